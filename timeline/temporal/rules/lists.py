"""Lists of days that share one month: "12 and 13 June", "12, 13 and 14 June 2021",
"June 12 and 13", "March 3, 10 and 17". TimeML annotates each day as a date of its own; the
text writes the month (and year) once, at one end of the list, and the rules for a day and a
month tag only the element next to it. These rules tag the others: the days before the month
in a day-first list, the days after the first in a month-first one.

A regex search finds matches that do not overlap, so each position in a list has its own rule
(the second day, the third ...): lists of up to four days are read whole. A month-first list
must end with "and"/"&"/"or" and a day that no noun follows ("March 3 and 10 people" is a
count), and that day may carry the year ("March 3, 10 and 17, 2021").
"""

from __future__ import annotations

import re

from ..rule import Found, Rule
from ..values import CalendarDate
from .common import MONTH, T_MONTH, is_capitalized, month_number

_SUFFIX = r"(?:st|nd|rd|th)?"
_DAY = rf"\d{{1,2}}{_SUFFIX}"
#: Between two days of a list: a comma, or "and"/"&"/"or" (after an optional comma).
_COMMA = r"\s{0,3},\s{0,3}"
_AND = r",?\s{1,3}(?:and|&|or)\s{1,3}"
#: Up to two more days after a comma each (nested optional groups: no unbounded repetition).
_MORE = rf"(?:{_COMMA}{_DAY}(?:{_COMMA}{_DAY})?)?"
#: The rest of a list after a day: more days, then "and" + the last day.
_REST = re.compile(rf"{_MORE}{_AND}\d{{1,2}}{_SUFFIX}(?!\d)", re.IGNORECASE)
#: What may follow the last day of a month-first list: punctuation, the end, the year, or a
#: word that is no noun being counted.
_LAST_FOLLOW = re.compile(
    r"(?:,?\s{1,3}(?P<year>\d{4})(?![\d,.]\d))?"
    r"(?=\s{0,3}(?:$|[.,;:!?)\]\"'’”]|(?:in|at|on|to|from|for|respectively|when|while|before"
    r"|after|but|with|as)\b))",
    re.IGNORECASE,
)


def _valid(day: str, month: str) -> int | None:
    n = int(day)
    return n if 1 <= n <= 31 and is_capitalized(month) else None


def build_day_first(m: re.Match[str]) -> Found | None:
    """A day before "... and <day> <month>": that month's day (only the day in the span)."""
    day = _valid(m.group("day"), m.group("month"))
    if day is None:
        return None
    year = int(m.group("year")) if m.group("year") else None
    return Found(
        "DATE",
        CalendarDate(year, month_number(m.group("month")), day),
        trim_start=m.start("day") - m.start(),
        trim_end=m.end() - m.end("day"),
    )


def build_month_first(m: re.Match[str]) -> Found | None:
    """A later day of "<month> <day>, <day> and <day>" (only the day, or the last day and the
    year after it, in the span)."""
    day = _valid(m.group("day"), m.group("month"))
    if day is None:
        return None
    text, end = m.string, m.end()
    last = m.group("sep").strip(" ,").lower() in ("and", "&", "or")
    if not last:
        rest = _REST.match(text, end)
        if rest is None:
            return None  # "March 3, 10 people": no list
        end = rest.end()
    follow = _LAST_FOLLOW.match(text, end)
    if follow is None:
        return None  # "March 3 and 10 people": a count
    year = int(follow.group("year")) if follow.group("year") else None
    return Found(
        "DATE",
        CalendarDate(year, month_number(m.group("month")), day),
        trim_start=m.start("day") - m.start(),
        trim_end=-(follow.end() - m.end()) if last and year else 0,
    )


def build_list_head(m: re.Match[str]) -> Found | None:
    """The first day of a month-first list whose last day carries the year ("March 3" in
    "March 3, 10 and 17, 2021"); without a year the rule for a month and a day reads it."""
    day = _valid(m.group("day"), m.group("month"))
    rest = _REST.match(m.string, m.end())
    follow = _LAST_FOLLOW.match(m.string, rest.end()) if rest else None
    if day is None or follow is None or not follow.group("year"):
        return None
    return Found(
        "DATE", CalendarDate(int(follow.group("year")), month_number(m.group("month")), day)
    )


def _day_first(position: int) -> str:
    return (
        rf"{f'{_DAY}{_COMMA}' * position}(?P<day>\d{{1,2}}){_SUFFIX}{_MORE}{_AND}"
        rf"{_DAY}\s{{1,3}}(?P<month>{MONTH})(?:,?\s{{1,3}}(?P<year>\d{{4}})(?!\d))?(?!\w)"
    )


def _month_first(position: int) -> str:
    return (
        rf"(?P<month>{MONTH})\s{{0,3}}{_DAY}{f'{_COMMA}{_DAY}' * position}"
        rf"(?P<sep>{_COMMA}|{_AND})(?P<day>\d{{1,2}}){_SUFFIX}(?![\d:%]|\.\d)"
    )


RULES = (
    tuple(
        Rule(
            f"date_list_day_first_{k + 1}",
            f"<day>, ... <day {k + 1}> ... and <day> <month> [<year>]",
            _day_first(k),
            build_day_first,
            trigger=T_MONTH,
        )
        for k in range(2)
    )
    + tuple(
        Rule(
            f"date_list_month_first_{k + 2}",
            f"<month> <day>, ... <day {k + 2}> [... and <day>]",
            _month_first(k),
            build_month_first,
            trigger=T_MONTH,
        )
        for k in range(2)
    )
    + (
        Rule(
            "date_list_month_first_1",
            "<month> <day>, ... and <day>, <year>",
            rf"(?P<month>{MONTH})\s{{0,3}}(?P<day>\d{{1,2}}){_SUFFIX}(?=\s{{0,3}},|{_AND})",
            build_list_head,
            priority=9,  # over the rule for a month and a day, whose span it shares
            trigger=T_MONTH,
        ),
    )
)
