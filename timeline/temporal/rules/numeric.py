"""Numeric dates in the orders people write them: "10-31-74", "10.31.1974", "31-Oct-74",
"2/15", "2015-3-3", "2014/10", "2/2013", "2018Q4", "18q4".

Day and month of "a/b" follow the locale of the text (:mod:`timeline.temporal.dateorder`:
month-first unless the locale writes the day first); a numeric date that is only a date in
the other order is read in that one. Forms that are also scores, ranges, fractions or version
numbers in running prose ("2-15", "2010-11", "1.2.10") are dates only where the context says
so: an isolated phrase ("on 2/15"), or a word before that names a date ("since 2/15").
"""

from __future__ import annotations

import re

from ..dateorder import month_day
from ..lexicon import alt, lookup
from ..rule import Found, Rule
from ..values import CalendarDate, Fixed, QuarterRef
from .common import (
    MONTH,
    ORDINAL_WORD,
    POD,
    SEASON,
    T_DIGIT,
    T_MONTH,
    T_WEEKDAY,
    UNIT,
    WEEKDAY_ANY,
    century_list_second,
    group,
    isolated,
    mod_from,
    month_number,
    ordinal,
    text_before,
    weekday_number,
)

#: No digit, dot, slash or dash right before or after a numeric date ("1.2.10.4", "3/4/5/6").
_NOT_AFTER = r"(?<![\d./-])"
_NOT_BEFORE = r"(?![.\-/]?\d)"
#: Words before a short numeric date ("2/15") that make it a date: ``lowercase_date_contexts``.
_DATE_WORD_BEFORE = re.compile(
    rf"(?<![\w'’-])(?:{alt('lowercase_date_contexts')})\s{{1,3}}$", re.IGNORECASE
)


def _year(text: str) -> int:
    """A year written with two digits is 1950-2049 ("74" = 1974, "15" = 2015)."""
    year = int(text)
    if len(text) == 2:
        year += 1900 if year >= 50 else 2000
    return year


#: A clock time right after a short date: "4/25 at 4:00pm"; or a range of hours ("a tech
#: could come 3/9 between 8 and 12", "3/9 btwn 2-4"; session 32, blind text 675).
_AT_TIME = re.compile(
    r"\s{1,3}(?:(?:at|@)\s{0,3}\d"
    r"|(?:between|btwn)\s{1,3}(?:1[0-2]|[1-9])(?::[0-5]\d)?"
    r"(?:\s{0,2}[-–]\s{0,2}|\s{1,3}(?:and|&)\s{1,3})(?:1[0-2]|[1-9])"
    r"(?=\s{0,3}(?:[,.;:!?)\n]|\Z|[ap]\.?m\b|o'?clock\b))(?![.,]\d))",
    re.IGNORECASE,
)
#: A post's stamp word that opens its line right before, maybe with a bracket: "EDIT 6/10:",
#: "EDIT (6/10, 9pm)", "Update [6/12]" (``post_stamp_words.tsv``).
_POST_WORD_BEFORE = re.compile(
    rf"(?:^|\n)[ \t*]{{0,3}}(?:{alt('post_stamp_words')})\s{{0,3}}[(\[]?\s{{0,3}}$",
    re.IGNORECASE,
)


def _in_date_context(m: re.Match[str]) -> bool:
    return (
        isolated(m)
        or _DATE_WORD_BEFORE.search(text_before(m, m.start())) is not None
        or _AT_TIME.match(m.string, m.end()) is not None
        or _POST_WORD_BEFORE.search(m.string, max(0, m.start() - 24), m.start()) is not None
    )


def build_numeric(m: re.Match[str]) -> Found | None:
    """The numeric forms of ``date_numeric``, by the alternative that matched."""
    if group(m, "a") is None:
        return build_year_month(m) if group(m, "sa") is None else build_short(m)
    return build_day_month_year(m)


def build_day_month_year(m: re.Match[str]) -> Found | None:
    """ "10-31-74", "10.31.1974": a two-digit year only as an isolated phrase or after a date
    word (a dashed pair and a number are often a score or a range)."""
    if len(m.group("year")) == 2 and not _in_date_context(m):
        return None
    md = month_day(int(m.group("a")), int(m.group("b")))
    if md is None:
        return None
    return Found("DATE", CalendarDate(_year(m.group("year")), *md))


def build_weekday_numeric(m: re.Match[str]) -> Found | None:
    """ "Thursday 1/22", "Sat, 1/24/2026": a weekday before a numeric month and day (in the
    locale's order) is one date, the numeric one's; the weekday shows the numbers are a date."""
    md = month_day(int(m.group("a")), int(m.group("b")))
    if md is None:
        return None
    year = group(m, "year")
    # the weekday picks the year without one, as "Monday, March 9" does ("booked a tech for Mon
    # 3/9", written on 19 March 2026: 2026-03-09, a Monday; was 2027; s34-informal)
    weekday = None if year else weekday_number(m.group("wd").lower())
    return Found("DATE", CalendarDate(_year(year) if year else None, *md, weekday))


def build_day_month_name(m: re.Match[str]) -> Found | None:
    """ "31-Oct-74", "31/Oct/1974"."""
    day = int(m.group("day"))
    if not 1 <= day <= 31:
        return None
    return Found("DATE", CalendarDate(_year(m.group("year")), month_number(m.group("month")), day))


def build_short(m: re.Match[str]) -> Found | None:
    """ "2/15", "on 2/15", "2 - 15": a month and day without a year, only where the context says
    it is a date (else a fraction, a score or a range)."""
    if not _in_date_context(m):
        return None
    md = month_day(int(m.group("sa")), int(m.group("sb")))
    return None if md is None else Found("DATE", CalendarDate(None, *md))


def build_year_month(m: re.Match[str]) -> Found | None:
    """ "2014/10", "2014-10", "2/2013": a month of a year, as an isolated phrase or after a
    date word ("the 2010-11 season" is a span of years)."""
    year = int(m.group("ym_year") or m.group("my_year"))
    month = int(m.group("ym_month") or m.group("my_month"))
    if not (1 <= month <= 12 and 1000 <= year <= 2199) or not _in_date_context(m):
        return None
    return Found("DATE", CalendarDate(year, month))


def build_year_quarter(m: re.Match[str]) -> Found | None:
    """ "2018Q4", "18q4", "2018 Q4"."""
    return Found("DATE", QuarterRef(int(m.group("qn")), _year(m.group("year"))))


def build_year_era(m: re.Match[str]) -> Found | None:
    """ "2014 AD", "in 14 a.d.", "AD 79": a year of the common era, any number of digits; a year
    before it ("2014 BC", "753 B.C.") is TIMEX3's ``BC2014``, ``BC0753``: a DATE without an
    interval (no calendar Python holds reaches it)."""
    if group(m, "era_first"):  # "AD 79", "24 August AD 79": the era before the year
        year = int(m.group("year_after"))
        month = group(m, "month2")
        day = int(group(m, "day3") or 0)
        if year < 1 or (day and not 1 <= day <= 31):
            return None
        if month:
            return Found("DATE", CalendarDate(year, month_number(month), day or None))
        return Found("DATE", CalendarDate(year))
    era = m.group("era").lower().replace(".", "")
    year = int(m.group("year"))
    if year < 1:
        return None
    month = group(m, "month")
    day = int(group(m, "day") or group(m, "day2") or 0)
    if day and not 1 <= day <= 31:
        return None
    if era in ("bc", "bce"):
        # "15 March 44 BC", "in January 49 BC": the day and month with the year before the era
        value = f"BC{year:04d}"
        if month:
            value += f"-{month_number(month):02d}" + (f"-{day:02d}" if day else "")
        return Found("DATE", Fixed(value))
    if month:
        return Found("DATE", CalendarDate(year, month_number(month), day or None))
    return Found("DATE", CalendarDate(year))


#: An era before the common era after a year, as the rules below read it.
_BC = r"\s{0,2}(?:b\.c\.e\.|b\.c\.|bce|bc)(?!\w)"
#: The words that fire :data:`RULES`' era rules ("BC", "B.C." as "b", "c").
_T_ERA = r"(?:ad|bc|bce|ce|d|c|\d{1,4}(?:ad|bc))$"


def build_part_era(m: re.Match[str]) -> Found | None:
    """ "the spring of 431 BC", "late summer of 415 B.C.", "the night of 27 August 413 BC": a
    season of a year, or a part of a day, before the common era (``BC0431-SP``,
    ``BC0413-08-27TNI``); no interval, as for the year alone."""
    if group(m, "season"):
        year = int(m.group("year"))
        if year < 1:
            return None
        value = f"BC{year:04d}-{lookup('seasons', m.group('season'))}"
        return Found("DATE", Fixed(value), mod_from(m, "part"))
    year, day = int(m.group("year2")), int(m.group("day"))
    if year < 1 or not 1 <= day <= 31:
        return None
    month = month_number(m.group("month"))
    pod = lookup("parts_of_day", m.group("pod"))
    return Found("TIME", Fixed(f"BC{year:04d}-{month:02d}-{day:02d}T{pod}"))


def build_century_era(m: re.Match[str]) -> Found | None:
    """ "the 5th century BC" (``BC04``: the years 500 to 401 before the era, TIMEX3's
    hundreds of the era counted as "the 5th century" is ``04``), "the late fourth century
    B.C." (mod END), "the 440s BC" (``BC044``); no interval."""
    mod = mod_from(m, "part")
    if group(m, "nth"):
        if not century_list_second(m):
            return None  # "the first centuries BC": a plural after a lone ordinal
        n = ordinal(m.group("nth"))
        if m.group("cunit").lower().startswith("millenni"):
            # "the third millennium BC" (``BC2``: the years 3000 to 2001 before the era, as a
            # millennium of the era is its thousands digit)
            return Found("DATE", Fixed(f"BC{n - 1}"), mod) if 1 <= n <= 9 else None
        return Found("DATE", Fixed(f"BC{n - 1:02d}"), mod) if 1 <= n <= 40 else None
    return Found("DATE", Fixed(f"BC{int(m.group('decade')) // 10:03d}"), mod)


def build_range_era(m: re.Match[str]) -> Found | None:
    """ "431" of "431–404 BC", "from 431 to 404 BC": the first year of a range whose era is
    written once, after the second (``BC0431``); years before the era count down, so the
    first is the larger ("the 1914–18 war" is no such range)."""
    year, end = int(m.group("year")), int(m.group("end"))
    if not year > end >= 1:
        return None
    # the match reaches the era, which every match of an era rule holds; the span is the year
    return Found("DATE", Fixed(f"BC{year:04d}"), trim_end=m.end() - m.end("year"))


RULES: tuple[Rule, ...] = (
    Rule(
        "date_part_era",
        "[the] [early|late] <season> of <year> BC; the <part of day> of <day> <month> <year> BC",
        rf"(?:the\s{{1,3}})?(?:(?P<part>early|mid|late)[-\s]{{1,3}})?(?P<season>{SEASON})"
        rf"\s{{1,3}}of\s{{1,3}}(?P<year>\d{{1,4}}){_BC}"
        rf"|the\s{{1,3}}(?P<pod>{POD})\s{{1,3}}of\s{{1,3}}(?P<day>\d{{1,2}})"
        rf"(?:\s{{0,2}}[-–/]\s{{0,2}}\d{{1,2}})?\s{{1,3}}(?P<month>{MONTH})\s{{1,3}}"
        rf"(?P<year2>\d{{1,4}}){_BC}",
        build_part_era,
        priority=3,
        trigger=_T_ERA,
    ),
    Rule(
        "date_century_era",
        "the [early|mid|late] <nth> century|millennium BC; the <yyy0>s BC",
        rf"(?:the\s{{1,3}})?(?:(?P<part>early|mid|late)[-\s]{{1,3}})?"
        rf"(?:(?P<nth>\d{{1,2}}(?:st|nd|rd|th)|{ORDINAL_WORD})[-\s]{{1,3}}"
        r"(?P<cunit>centur(?:y|ies)|millennium)"
        rf"|(?P<decade>\d{{1,3}}0)['’]?s){_BC}",
        build_century_era,
        priority=3,
        trigger=_T_ERA,
    ),
    Rule(
        "date_range_era",
        "<year>–<year> BC (the first year)",
        rf"(?<![\w.,/–-])(?P<year>\d{{1,4}})\s{{0,2}}(?:[-–—]|to|and|until|till)\s{{0,2}}"
        rf"(?P<end>\d{{1,4}}){_BC}",
        build_range_era,
        priority=2,
        trigger=_T_ERA,
    ),
    Rule(
        "date_year_era",
        "[[<day>] <month>] <year> AD|BC; <month> <day>, <year> BC; [[<day>] <month>] AD <year>",
        rf"(?:(?:(?P<day>\d{{1,2}})\s{{1,3}})?(?P<month>{MONTH})\s{{1,3}}"
        rf"(?:(?P<day2>\d{{1,2}}),\s{{1,3}})?)?"
        r"(?P<year>\d{1,4})\s{0,2}(?P<era>a\.d\.|ad|c\.e\.|ce|b\.c\.|bc|bce|b\.c\.e\.)(?!\w)"
        rf"|(?:(?:(?P<day3>\d{{1,2}})\s{{1,3}})?(?P<month2>{MONTH})\s{{1,3}})?"
        r"(?-i:(?P<era_first>A\.D\.|AD))\s{1,2}(?P<year_after>\d{1,4})(?!\d|[.,]\d)",
        build_year_era,
        priority=2,
        trigger=_T_ERA,  # "a.d." is the words "a", "d"
    ),
    Rule(
        "date_weekday_numeric",
        "<weekday> <m>/<d>[/<yyyy>]",
        rf"(?P<wd>{WEEKDAY_ANY})(?<=\w)\.?,?\s{{1,3}}(?P<a>\d{{1,2}})/(?P<b>\d{{1,2}})"
        rf"(?:/(?P<year>\d{{4}}|\d{{2}}))?{_NOT_BEFORE}(?!\s{{0,2}}(?:{UNIT})(?!\w))",
        build_weekday_numeric,
        priority=3,
        trigger=T_WEEKDAY,
    ),
    Rule(
        "date_day_month_name_numeric",
        "<d>-<Mon>-<yy>",
        rf"{_NOT_AFTER}(?P<day>\d{{1,2}})(?P<sep>[-/])(?P<month>{MONTH})(?P=sep)"
        rf"(?P<year>\d{{4}}|\d{{2}}){_NOT_BEFORE}",
        build_day_month_name,
        priority=3,
        trigger=T_MONTH,
    ),
    Rule(
        "date_numeric",
        "<m>-<d>-<yy>|<m>.<d>.<yyyy>|<yyyy>/<mm>|<m>/<yyyy>|<m>/<d>",
        # one pattern for the numeric forms (one scan of the text's numbers instead of four);
        # the longest form first, since an alternation takes the first that matches
        rf"{_NOT_AFTER}(?:(?P<a>\d{{1,2}})(?P<sep>[-.])(?P<b>\d{{1,2}})(?P=sep)"
        rf"(?P<year>\d{{4}}|\d{{2}})|(?P<ym_year>\d{{4}})[-/](?P<ym_month>\d{{1,2}})|"
        rf"(?P<my_month>\d{{1,2}})/(?P<my_year>\d{{4}})|(?P<sa>\d{{1,2}})\s{{0,2}}[/-]\s{{0,2}}"
        rf"(?P<sb>\d{{1,2}})(?!\s{{0,2}}[/-]\s{{0,2}}\d)){_NOT_BEFORE}",
        build_numeric,
        priority=3,
        trigger=T_DIGIT,
    ),
    Rule(
        "date_year_quarter_code",
        "<yyyy>Q<n>",
        r"(?P<year>\d{4}|\d{2})\s?[qQ](?P<qn>[1-4])",
        build_year_quarter,
        priority=2,
        trigger=r"(?:\d{2}|\d{4})?q[1-4]$",
    ),
)
