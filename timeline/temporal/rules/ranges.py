"""Day ranges written with a dash or "to": "May 2 - 3", "April 8-12", "10-12 October",
"14 - 24 August 2013". Each end is a date of its own (TimeML annotates both), tagged where
the text gives only a day number; the month (and year) the other end names complete it.
:func:`timeline.temporal.signals.link_ranges` then links the two ends into one event.
"""

from __future__ import annotations

import re

from ..rule import Found, Rule
from ..signals import FROM_CLOSERS
from ..values import CalendarDate
from .common import MONTH, T_MONTH, group, is_capitalized, month_number

#: The words or dashes between the two ends of a range.
_JOIN = r"\s{0,3}(?:" + "|".join(re.escape(w) for w in FROM_CLOSERS) + r")\s{0,3}"
_SUFFIX = r"(?:st|nd|rd|th)?"


def build_second_day(m: re.Match[str]) -> Found | None:
    """ "May 2 - 3": 3 is May 3 (only "3" is in the span; "May 2" is tagged on its own)."""
    first, day = int(m.group("d1")), int(m.group("day"))
    if not is_capitalized(m.group("month")) or not first < day <= 31:
        return None
    return Found(
        "DATE",
        CalendarDate(None, month_number(m.group("month")), day),
        trim_start=m.start("day") - m.start(),
    )


def build_first_day(m: re.Match[str]) -> Found | None:
    """ "10-12 October [2013]": 10 is October 10 (only "10" is in the span)."""
    day, last = int(m.group("day")), int(m.group("d2"))
    if not is_capitalized(m.group("month")) or not 1 <= day < last <= 31:
        return None
    year = int(m.group("year")) if group(m, "year") else None
    return Found(
        "DATE",
        CalendarDate(year, month_number(m.group("month")), day),
        trim_end=m.end() - m.end("day"),
    )


RULES = (
    Rule(
        "date_range_second_day",
        "<month> <day> - <day>",
        rf"(?P<month>{MONTH})\s{{0,3}}(?P<d1>\d{{1,2}}){_SUFFIX}{_JOIN}(?P<day>\d{{1,2}}){_SUFFIX}"
        r"(?![\d:%]|\.\d|\s{0,2}[ap]\.?m\b)",
        build_second_day,
        trigger=T_MONTH,
    ),
    Rule(
        "date_range_first_day",
        "<day> - <day> <month> [<year>]",
        rf"(?P<day>\d{{1,2}}){_SUFFIX}{_JOIN}(?P<d2>\d{{1,2}}){_SUFFIX}\s{{1,3}}(?P<month>{MONTH})"
        r"(?:,?\s{1,3}(?P<year>\d{4})(?!\d))?",
        build_first_day,
        trigger=T_MONTH,
    ),
)
