"""Day ranges written with a dash or "to": "May 2 - 3", "April 8-12", "10-12 October",
"14 - 24 August 2013", the further day ranges of a list that names its month once ("May 2 - 3,
9 - 10 and 16 - 17"), and year ranges with a dash: "2010-2015", "the 2014-15 season",
"1939-45", or a slash between consecutive years ("the 2019/20 season"). Each end is a date of
its own (TimeML annotates both), tagged where the text gives only a day number (or the last
two digits of a year); the month (and year, or century) the other end names complete it.
:func:`timeline.temporal.signals.link_ranges` then links the two ends into one event.
"""

from __future__ import annotations

import re

from ..lexicon import words
from ..rule import Found, Rule
from ..signals import FROM_CLOSERS
from ..values import CalendarDate
from .absolute import counts
from .common import MONTH, T_MONTH, group, is_capitalized, month_number, prev_word

#: The words or dashes between the two ends of a range.
_JOIN = r"\s{0,3}(?:" + "|".join(re.escape(w) for w in FROM_CLOSERS) + r")\s{0,3}"
_SUFFIX = r"(?:st|nd|rd|th)?"


def build_second_day(m: re.Match[str]) -> Found | None:
    """ "May 2 - 3": 3 is May 3 (only "3" is in the span; "May 2" is tagged on its own); "March
    1-3, 2024": "3, 2024" is March 3, 2024, and the engine gives "March 1" the year too. A
    number that counts something after the range is no year ("May 2-3, 2000 people")."""
    first, day = int(m.group("d1")), int(m.group("day"))
    if not is_capitalized(m.group("month")) or not first < day <= 31:
        return None
    year, trim_end = None, 0
    if group(m, "year"):
        if counts(m, ""):
            trim_end = m.end() - m.start("ypart")
        else:
            year = int(m.group("year"))
    return Found(
        "DATE",
        CalendarDate(year, month_number(m.group("month")), day),
        trim_start=m.start("day") - m.start(),
        trim_end=trim_end,
    )


def build_first_day(m: re.Match[str]) -> Found | None:
    """ "10-12 October [2013]": 10 is October 10 (only "10" is in the span; an ordinal's
    suffix is in it: "from 7th to 9th November", "7th")."""
    day, last = int(m.group("day")), int(m.group("d2"))
    if not is_capitalized(m.group("month")) or not 1 <= day < last <= 31:
        return None
    year = int(m.group("year")) if group(m, "year") else None
    return Found(
        "DATE",
        CalendarDate(year, month_number(m.group("month")), day),
        trim_end=m.end() - m.end("sfx"),
    )


_DASH = r"\s{0,3}[-–—]\s{0,3}"
_DAYS = rf"\d{{1,2}}{_SUFFIX}(?:{_DASH}\d{{1,2}}{_SUFFIX})?"
#: A month and the days or day ranges of a list before one of its later day ranges: "May 2 -
#: 3, " before "9 - 10", "June 1-2, 8-9 and " before "15-16".
_LIST_BEFORE = re.compile(
    rf"(?P<month>{MONTH})\.?\s{{1,3}}{_DAYS}(?:(?:\s{{0,2}},|,?\s{{1,3}}and)\s{{1,3}}{_DAYS}){{0,8}}"
    r"(?:\s{0,2},|,?\s{1,3}and)\s{1,3}$",
    re.IGNORECASE,
)


def _listed_days(m: re.Match[str]) -> tuple[int, int, int] | None:
    """(month, first day, last day) of a day range later in a list that names its month once
    ("May 2 - 3, 9 - 10": May, 9, 10), or None."""
    d1, d2 = int(m.group("d1")), int(m.group("d2"))
    if not 1 <= d1 < d2 <= 31:
        return None
    before = _LIST_BEFORE.search(m.string, max(0, m.start() - 160), m.start())
    if before is None or not is_capitalized(before.group("month")):
        return None
    return month_number(before.group("month")), d1, d2


def build_listed_first(m: re.Match[str]) -> Found | None:
    """ "(May 2 - 3,) 9 - 10": 9 is May 9 (only "9" is in the span)."""
    days = _listed_days(m)
    if days is None:
        return None
    return Found("DATE", CalendarDate(None, days[0], days[1]), trim_end=m.end() - m.end("d1"))


def build_listed_second(m: re.Match[str]) -> Found | None:
    """ "(May 2 - 3,) 9 - 10": 10 is May 10 (only "10" is in the span)."""
    days = _listed_days(m)
    if days is None:
        return None
    return Found("DATE", CalendarDate(None, days[0], days[2]), trim_start=m.start("d2") - m.start())


#: Words before a number that make it a label ("pages 1998-2004", "model 2010-15").
_NUMBER_LABELS = words("number_labels")
#: What after a year range makes it no date: more digits ("2010-11-05", an ISO date; a
#: code "2010-2015-7"), a percent sign.
_NOT_A_RANGE_AFTER = re.compile(r"[-/.:,]\d|\s{0,2}(?:%|percent\b)", re.IGNORECASE)
_NEXT_WORD = re.compile(r"\s{1,3}(?P<w>[\w'’]{1,30})")


def _years(m: re.Match[str]) -> tuple[int, int] | None:
    """The two years of "2010-2015", "2014-15", "1999-00", "1871–2", or None when the text is
    no range of years: a label's number ("pages 1998-2004", ``number_labels.tsv``), a count
    ("1990-2010 cars"), a measure or a clock time ("1900-2100 kHz", "1900-2300 GMT"), part of a
    longer code or date ("2010-11-05")."""
    y1, raw = int(m.group("y1")), m.group("y2")
    if not 1000 <= y1 <= 2199:
        return None
    if len(raw) == 1:
        # "1871–2", as architectural and local histories write a building's two years
        # (s39-history2): the next years of the same decade only
        y2 = y1 // 10 * 10 + int(raw)
        if y2 <= y1 or prev_word(m).isdigit():
            return None  # "2019-2", and a phone number's groups ("0161 1904-5")
    elif len(raw) == 2:
        y2 = y1 // 100 * 100 + int(raw)
        if y2 <= y1:
            if not (y1 % 100 >= 90 and int(raw) <= 10):
                return None  # "2014-13"; but "1999-00", "1995-05" cross the century
            y2 += 100
    else:
        y2 = int(raw)
    if not y1 < y2 <= 2199 or (group(m, "slash") and y2 != y1 + 1):
        return None  # with a slash, a season or fiscal year: "2019/20", not "2010/05"
    text = m.string
    if text[m.start() - 1 : m.start()] in ("-", "/", ".", "#", ":", "$") and m.start() > 0:
        return None
    if _NOT_A_RANGE_AFTER.match(text, m.end()):
        return None
    before = prev_word(m).lower()
    if before in _NUMBER_LABELS or counts(m, before):
        return None
    nxt = _NEXT_WORD.match(text, m.end())
    word = nxt.group("w") if nxt else ""
    if any(c.isupper() for c in word[1:]) or word.lower() in ("hours", "hrs", "local"):
        return None  # "1900-2100 kHz", "1900-2300 GMT", "0600-1800 hours"
    return y1, y2


def build_first_year(m: re.Match[str]) -> Found | None:
    """ "2010-2015": 2010 (only "2010" is in the span; see :func:`_years`)."""
    years = _years(m)
    if years is None:
        return None
    return Found("DATE", CalendarDate(years[0]), trim_end=m.end() - m.end("y1"))


def build_second_year(m: re.Match[str]) -> Found | None:
    """ "2010-2015": 2015; "2014-15": 2015 with "15" in the span."""
    years = _years(m)
    if years is None:
        return None
    return Found("DATE", CalendarDate(years[1]), trim_start=m.start("y2") - m.start())


#: Two years joined by a dash: "2010-2015", "2014-15", "1939 – 45"; or by a slash, a sports
#: season or fiscal year of two calendar years: "2019/20", "1999/2000".
_YEAR_RANGE = (
    r"(?P<y1>\d{4})(?:\s{0,2}[-–—]\s{0,2}|(?P<slash>/))(?P<y2>\d{4}|\d{2}|\d)(?![\d%]|[.,]\d)"
)

#: A day range after a list that named its month: "9 - 10" in "May 2 - 3, 9 - 10".
_LISTED_RANGE = (
    rf"(?P<d1>\d{{1,2}}){_SUFFIX}{_DASH}(?P<d2>\d{{1,2}}){_SUFFIX}"
    r"(?![\d:%]|\.\d|\s{0,2}[ap]\.?m\b)"
)

RULES: tuple[Rule, ...] = (
    Rule(
        "date_range_listed_first_day",
        "<month> <day>-<day>, <day>(-<day>)",
        _LISTED_RANGE,
        build_listed_first,
        trigger=r"\d{1,2}(?:st|nd|rd|th)?$",
    ),
    Rule(
        "date_range_listed_second_day",
        "<month> <day>-<day>, <day>-(<day>)",
        _LISTED_RANGE,
        build_listed_second,
        trigger=r"\d{1,2}(?:st|nd|rd|th)?$",
    ),
    Rule(
        "date_range_first_year",
        "<year>-<year>",
        _YEAR_RANGE,
        build_first_year,
        trigger=r"\d{4}$",
    ),
    Rule(
        "date_range_second_year",
        "<year>-<year>|<yy>",
        _YEAR_RANGE,
        build_second_year,
        trigger=r"\d{4}$",
    ),
    Rule(
        "date_range_second_day",
        "<month> <day> - <day>[, <year>]",
        rf"(?P<month>{MONTH})\s{{0,3}}(?P<d1>\d{{1,2}}){_SUFFIX}{_JOIN}(?P<day>\d{{1,2}}){_SUFFIX}"
        r"(?![\d:%]|\.\d|\s{0,2}[ap]\.?m\b)(?P<ypart>,?\s{1,3}(?P<year>\d{4})(?!\d))?",
        build_second_day,
        trigger=T_MONTH,
    ),
    Rule(
        "date_range_first_day",
        "<day> - <day> <month> [<year>]",
        rf"(?P<day>\d{{1,2}})(?P<sfx>{_SUFFIX}){_JOIN}(?P<d2>\d{{1,2}}){_SUFFIX}\s{{1,3}}(?P<month>{MONTH})"
        r"(?:,?\s{1,3}(?P<year>\d{4})(?!\d))?",
        build_first_day,
        trigger=T_MONTH,
    ),
)
