"""A day counted inside a month or a week: "the first Tuesday of October", "the last Monday
of March 2014", "the third last day of May", "the 20th of next month", "wednesday of next
week", "last week's sunday", "the third Tuesday after Christmas 2014".

The ordinals come from ``ordinals.tsv`` ("last" is -1; "third last" counts from the end), the
relative words from ``calendar_relatives.tsv``, the holidays from ``holidays.tsv``.
"""

from __future__ import annotations

import re

from ..lexicon import alt, alternation, lookup, table
from ..rule import Found, Rule
from ..values import (
    CalendarDate,
    CalendarRelative,
    ClosestWeekday,
    DayOffset,
    Fixed,
    HolidayRef,
    NthInMonth,
    NthWeekdayAfter,
    NthWeekIn,
    ShiftFrom,
    Spec,
    WeekdayOfWeek,
    WeekdayRef,
    WeekOf,
)
from .absolute import HOLIDAY_TRIGGER, generic_day
from .common import (
    MONTH,
    NUM,
    ORDINAL_WORD,
    SP,
    T_WEEKDAY,
    UNIT,
    WEEKDAY,
    WEEKDAY_ANY,
    group,
    isolated,
    last_words,
    month_number,
    number,
    ordinal,
    prev_word,
    unit_name,
    weekday_number,
    whole_number,
)

#: An ordinal word (including "last") or an ordinal in digits, optionally counted from the end
#: ("third last", "2nd last").
_ORD = (
    rf"(?P<ord>{alternation(list(table('ordinals')))}|\d{{1,2}}(?:st|nd|rd|th))"
    rf"(?P<from_end>{SP}last)?"
)
_REL = rf"(?:the{SP})?(?P<rel>{alt('calendar_relatives')})"
#: A month: named, with or without its year, or relative ("next month", "the month").
_MONTH_SPEC = (
    rf"(?:(?P<month>{MONTH})(?:,?{SP}(?P<year>\d{{4}})(?!\d))?|{_REL}{SP}month|"
    rf"(?P<the_month>the{SP}month))"
)


def _n(m: re.Match[str]) -> int | None:
    n = ordinal(m.group("ord"))
    if group(m, "from_end"):
        return -n if n > 0 else None
    return n


def _month(m: re.Match[str]) -> Spec:
    if group(m, "month"):
        year = int(m.group("year")) if group(m, "year") else None
        return CalendarDate(year, month_number(m.group("month")))
    if group(m, "the_month"):
        return CalendarRelative("month", 0)
    return CalendarRelative("month", int(lookup("calendar_relatives", m.group("rel"))))


def build_nth_in_month(m: re.Match[str]) -> Found | None:
    """ "the first Tuesday of October", "the last day of October 2015", "20th of next month";
    "the third Tuesday after Christmas 2014"."""
    if group(m, "name"):
        return build_nth_weekday_after(m)
    if group(m, "dnum"):
        n: int | None = int(m.group("dnum"))
        if group(m, "month"):
            return None  # "the 20th of March" is date_day_month_year's
    else:
        n = _n(m)
    if n is None or n == 0 or abs(n) > 31:
        return None
    wd = group(m, "wd")
    weekday = weekday_number(wd) if wd else None
    if weekday is not None and abs(n) > 5:
        return None
    if weekday is not None and group(m, "month") and not group(m, "year") and generic_day(m):
        # "An annual service is held on the last Sunday of August", "every year on the first
        # Monday of May": that weekday of the month in every year, the year unknown
        return Found("DATE", Fixed(f"XXXX-{month_number(m.group('month')):02d}-WXX-{weekday}"))
    return Found("DATE", NthInMonth(weekday, n, _month(m)))


def build_weekday_of_week(m: re.Match[str]) -> Found | None:
    """ "wednesday of next week", "sunday from last week", "last week's sunday"."""
    rel = int(lookup("calendar_relatives", group(m, "rel") or m.group("rel2")))
    wd = group(m, "wd") or m.group("wd2")
    return Found("DATE", WeekdayOfWeek(weekday_number(wd), CalendarRelative("week", rel)))


def build_nth_weekday_after(m: re.Match[str]) -> Found | None:
    """ "the third Tuesday after Christmas 2014"."""
    n = _n(m)
    if n is None or not 1 <= n <= 10:
        return None
    year = int(m.group("hyear")) if group(m, "hyear") else None
    base = HolidayRef(lookup("holidays", m.group("name")), year)
    return Found("DATE", NthWeekdayAfter(weekday_number(m.group("wd")), n, base))


#: Direction words after a count of weekdays: "from now" (1), "ago", "back" (-1).
_COUNT_DIRECTION = {"from now": 1, "hence": 1, "ago": -1, "back": -1}


def build_weekday_count(m: re.Match[str]) -> Found | None:
    """ "3 fridays from now", "two sundays from now", "2 thursdays ago|back"; "friday after
    next" (the second such weekday after the reference day)."""
    if group(m, "wd2"):
        return Found("DATE", NthWeekdayAfter(weekday_number(m.group("wd2")), 2, DayOffset(0)))
    n = whole_number(m.group("num"))
    if n is None or not 1 <= n <= 52:
        return None
    sign = _COUNT_DIRECTION[" ".join(m.group("dir").lower().split())]
    return Found("DATE", NthWeekdayAfter(weekday_number(m.group("wd")), sign * n, DayOffset(0)))


def build_nth_week_in(m: re.Match[str]) -> Found | None:
    """ "the first week of October 2014", "the 2nd last week of 2018"; "the third weekend of
    July", "the last weekend in May": the weekend of the n-th Saturday of the month or year."""
    n = _n(m)
    if n is None or n == 0 or abs(n) > 53:
        return None
    if group(m, "wyear"):
        period: Spec = CalendarDate(int(m.group("wyear")))
    else:
        period = _month(m)
    return Found("DATE", NthWeekIn(n, period, bool(group(m, "we"))))


def build_shift_from(m: re.Match[str]) -> Found | None:
    """ "three days after Easter", "a year from Christmas", "3 years from today", as an isolated
    phrase; in running text TimeML keeps the duration and the date apart ("talks resumed
    [three days] after [Christmas]")."""
    shift = _shift(m) if isolated(m) else None
    if shift is None:
        return None
    n, unit = shift
    sign = _SHIFT_DIRECTION[m.group("dir").lower()]
    base: Spec
    if group(m, "deictic"):
        base = _deictic(m)
    else:
        year = int(m.group("year")) if group(m, "year") else None
        base = HolidayRef(lookup("holidays", m.group("name")), year)
    return Found("DATE", ShiftFrom(unit, sign * n, base))


def _shift(m: re.Match[str]) -> tuple[int, str] | None:
    """The count and unit of a shift ("three days", "a year"), or None if it is none."""
    n = number(m.group("num"))
    if n is None or n != int(n) or not 0 < n <= 1000:
        return None
    unit = unit_name(m.group("unit"))
    if unit == "fortnight":
        return 2 * int(n), "week"  # s30-wire: "a fortnight on Sunday", "a fortnight from Friday"
    return (int(n), unit) if unit in ("day", "week", "month", "quarter", "year") else None


def _deictic(m: re.Match[str]) -> Spec:
    return DayOffset(int(lookup("deictic_days", m.group("deictic"))))


#: Words after "<n> <unit> from <day>" that make the day the start of a range ("three days
#: from Monday to Friday": a duration and a range), not the base of a shift.
_RANGE_NEXT = re.compile(r"\s{0,3}(?:[-–—]|(?:to|through|thru|until|till|and)\b)", re.IGNORECASE)


#: Words before a count that make it a duration, not "a week on Friday": not data, grammar.
_DURATION_LEADS = frozenset({"for", "within", "over", "than", "of", "after", "about"})


def build_shift_from_day(m: re.Match[str]) -> Found | None:
    """ "a week from Friday", "two weeks from tomorrow", "a month from today": in running text
    too (as "a week from now" is) one date, the coming day moved by the count; so are the
    British "Monday week", "Tuesday fortnight" and "a week on Friday". Not the start of a
    range ("three days from Monday to Friday"), nor after "for" ("close for two weeks from
    Monday": a duration and its start)."""
    if _RANGE_NEXT.match(m.string, m.end()):
        return None
    if not (group(m, "wd2") or group(m, "wd3")) and prev_word(m).lower() == "for":
        return None  # "will close for two weeks from Monday": how long, from when
    if group(m, "wd2"):
        # British "Monday week", "Friday fortnight": a week (two) after the coming Monday
        weeks = 2 if m.group("unit2").lower() == "fortnight" else 1
        return Found(
            "DATE", ShiftFrom("week", weeks, WeekdayRef(weekday_number(m.group("wd2"))), True)
        )
    if group(m, "wd3"):
        # British "a week on Friday": as "a week from Friday"; only weeks make the idiom, and
        # not after "for" ("jailed for four years on Friday", "banned for two weeks on Monday":
        # a duration, then the day it was given)
        shift = _shift(m)
        if shift is None or shift[1] != "week" or prev_word(m).lower() in _DURATION_LEADS:
            return None
        return Found(
            "DATE", ShiftFrom(shift[1], shift[0], WeekdayRef(weekday_number(m.group("wd3"))), True)
        )
    shift = _shift(m)
    if shift is None:
        return None
    n, unit = shift
    if group(m, "deictic"):
        return Found("DATE", ShiftFrom(unit, n, _deictic(m)))
    return Found("DATE", ShiftFrom(unit, n, WeekdayRef(weekday_number(m.group("wd"))), True))


def build_closest_weekday(m: re.Match[str]) -> Found | None:
    """ "the closest Monday to Oct 5th", "the second closest Mon to October fifth"."""
    n = ordinal(m.group("nth")) if group(m, "nth") else 1
    day = ordinal(m.group("dayw")) if group(m, "dayw") else int(m.group("day"))
    if not 1 <= n <= 5 or not 1 <= day <= 31:
        return None
    year = int(m.group("year")) if group(m, "year") else None
    base = CalendarDate(year, month_number(m.group("month")), day)
    return Found("DATE", ClosestWeekday(weekday_number(m.group("wd")), n, base))


def build_unit_around_holiday(m: re.Match[str]) -> Found | None:
    """ "the day before Christmas", "the day after Thanksgiving": one date, the holiday moved
    by a day, as "the day before yesterday" is (TimeBank's "day before last Tuesday"); "the
    week after Easter", "the week before Christmas": the calendar week of the day a week after
    (before) it. "the day" is no count here, so TimeML's split of "[three days] after
    [Christmas]" does not apply. The holiday's name in any case ("the day after xmas")."""
    sign = _SHIFT_DIRECTION[m.group("dir").lower()]
    year = int(m.group("year")) if group(m, "year") else None
    base = HolidayRef(lookup("holidays", m.group("name")), year)
    if m.group("unit").lower() == "day":
        return Found("DATE", ShiftFrom("day", sign, base))
    return Found("DATE", WeekOf(ShiftFrom("day", 7 * sign, base)))


def build_day_around_weekday(m: re.Match[str]) -> Found | None:
    """ "the day before last Tuesday('s hearing)", "the day after Friday's vote": one date, the
    weekday moved by a day, as "the day before Christmas" is (TimeBank's "day before last
    Tuesday"); the weekday's week is the one it has alone ("last", "next", else the tense's:
    "will fly out the day before Thursday's match" is the coming one). Not the week ("the
    week after Monday" is no calendar week)."""
    sign = _SHIFT_DIRECTION[m.group("dir").lower()]
    which = (group(m, "which") or "").lower()
    n = -1 if which == "last" else 1 if which == "next" else 0
    base = WeekdayRef(weekday_number(m.group("wd")), n)
    return Found("DATE", ShiftFrom("day", sign, base))


#: Which way "<n> days after|before|from <day>" moves.
_SHIFT_DIRECTION = {"after": 1, "from": 1, "before": -1}

RULES: tuple[Rule, ...] = (
    Rule(
        "date_nth_week_in",
        "the <nth> week of <month>|<year>",
        rf"(?:the{SP})?{_ORD}{SP}week(?P<we>end)?{SP}(?:of|in){SP}(?:{_MONTH_SPEC}|(?P<wyear>\d{{4}})(?!\d))",
        build_nth_week_in,
        priority=2,
        trigger=r"week(?:end)?$",
    ),
    Rule(
        "date_unit_around_holiday",
        "the day|week after|before <holiday>",
        rf"the{SP}(?P<unit>day|week){SP}(?P<dir>after|before){SP}"
        rf"(?P<name>{alt('holidays')})(?:{SP}(?P<year>\d{{4}})(?!\d))?",
        build_unit_around_holiday,
        priority=3,
        trigger=HOLIDAY_TRIGGER,
    ),
    Rule(
        "date_day_around_weekday",
        "the day after|before (last|next) <weekday>('s)",
        rf"the{SP}day{SP}(?P<dir>after|before){SP}(?:(?P<which>last|next){SP})?"
        rf"(?P<wd>{WEEKDAY})(?![\w-])"
        # "the day before Monday week" (a week after it), "the day after Friday night"
        rf"(?!{SP}(?:week|fortnight|night|morning|afternoon|evening)\b)",
        build_day_around_weekday,
        priority=3,
        trigger=T_WEEKDAY,
    ),
    Rule(
        "date_shift_from",
        "<n> <unit> after|before|from <holiday>|today|tomorrow",
        rf"^(?P<num>{NUM}){SP}(?P<unit>{UNIT}){SP}(?P<dir>after|before|from){SP}"
        rf"(?:(?P<name>{alt('holidays')})(?:{SP}(?P<year>\d{{4}})(?!\d))?"
        rf"|(?P<deictic>{alt('deictic_days')}))",
        build_shift_from,
        priority=3,
        trigger=rf"(?:{HOLIDAY_TRIGGER}|{last_words('deictic_days')}$)",
    ),
    Rule(
        "date_shift_from_day",
        "<n> <unit> from <weekday>|today|tomorrow, <weekday> week, <n> <unit> on <weekday>",
        rf"(?P<num>{NUM}){SP}(?P<unit>{UNIT}){SP}(?:from{SP}"
        rf"(?:(?P<deictic>{alt('deictic_days')})|(?P<wd>{WEEKDAY}))"
        rf"|on{SP}(?P<wd3>{WEEKDAY})(?![\w'’-]))"
        rf"|(?P<wd2>{WEEKDAY}){SP}(?P<unit2>week|fortnight)(?![\w'’-])",
        build_shift_from_day,
        priority=2,
        trigger=rf"(?:{T_WEEKDAY}|{last_words('deictic_days')}$)",
    ),
    Rule(
        "date_weekday_count",
        "<n> <weekday>s from now|ago|<weekday> after next",
        rf"(?:(?P<num>{NUM}){SP}(?P<wd>{WEEKDAY})s{SP}"
        rf"(?P<dir>{alternation(list(_COUNT_DIRECTION))})|(?P<wd2>{WEEKDAY_ANY}){SP}after{SP}next)",
        build_weekday_count,
        priority=2,
        trigger=T_WEEKDAY,
    ),
    Rule(
        "date_nth_in_month",
        "the <nth> <weekday> of <month>|after <holiday>",
        rf"(?:the{SP})?{_ORD}{SP}(?P<wd>{WEEKDAY_ANY}){SP}(?:(?:of|in){SP}{_MONTH_SPEC}|after{SP}"
        rf"(?P<name>{alt('holidays')})(?:{SP}(?P<hyear>\d{{4}})(?!\d))?)",
        build_nth_in_month,
        priority=2,
        trigger=T_WEEKDAY,
    ),
    Rule(
        "date_nth_day_in_month",
        "the <nth> day of <month>|the <n> of next month",
        rf"(?:the{SP})?(?:{_ORD}{SP}day|(?P<dnum>\d{{1,2}})(?:st|nd|rd|th)?(?:{SP}day)?){SP}"
        rf"(?:of|in){SP}{_MONTH_SPEC}",
        build_nth_in_month,
        priority=2,
        trigger=r"(?:day|month)$",
    ),
    Rule(
        "date_closest_weekday",
        "the [<nth>] closest <weekday> to <month> <day>",
        rf"(?:the{SP})?(?:(?P<nth>{ORDINAL_WORD}|\d{{1,2}}(?:st|nd|rd|th)){SP})?{alt('closest_words')}"
        rf"{SP}(?P<wd>{WEEKDAY_ANY}){SP}to{SP}(?:the{SP})?(?P<month>{MONTH}){SP}(?:the{SP})?"
        rf"(?:(?P<day>\d{{1,2}})(?:st|nd|rd|th)?|(?P<dayw>{ORDINAL_WORD}))(?![-\w])"
        rf"(?:,?{SP}(?P<year>\d{{4}})(?!\d))?",
        build_closest_weekday,
        priority=2,
        trigger=rf"{alt('closest_words')}$",
    ),
    Rule(
        "date_weekday_of_week",
        "<weekday> of next week|last week's <weekday>",
        rf"(?:(?P<wd>{WEEKDAY_ANY})(?:{SP}(?:of|from))?{SP}{_REL}{SP}(?:week|wk)(?!['’\w])|"
        rf"{_REL.replace('?P<rel>', '?P<rel2>')}{SP}week['’]s{SP}(?P<wd2>{WEEKDAY_ANY}))",
        build_weekday_of_week,
        priority=2,
        trigger=T_WEEKDAY,
    ),
)
