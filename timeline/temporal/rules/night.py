"""The night and the small hours: "overnight", "overnight Tuesday", "overnight into Friday",
"in the early hours (of Friday)", and a night named without its day: "late at night", "worked
through the night", "late into the night", "in the middle of the night".

TimeML 1.2.1 annotates a part of day with its day as a TIME (``2022-05-13TNI``: the night that
begins on May 13). "overnight" alone is the night next to the publication: the one that ended
on its day in a past or tenseless clause, the coming one in a future clause
(:class:`~timeline.temporal.values.Overnight`). "overnight Tuesday" and "overnight into
Tuesday" are the night that ends on Tuesday morning (news reports them the morning after),
"overnight Monday into Tuesday", "Monday overnight into Tuesday" and "overnight Monday night"
the night of Monday; "Tuesday overnight" (a forecast's order) is Tuesday's night, read by the
weekday rule. "the early hours of Friday" is the start of that
day (``2022-05-13``, mod START), as "early Friday" is; "in the early hours" alone is the start of
the reference day. A night named without its day is the night of the day the text is about, or
by the tense the last or the coming one (:class:`~timeline.temporal.values.StoryNight`); "late"
makes it mod END (22:00 to 02:00), "the middle|dead of the night" mod MID. "last night" and
"tonight" are :mod:`.relative`'s. Vocabulary: ``early_hours.tsv``, ``overnight_blockers.tsv``,
``overnight_followers.tsv``, ``night_prepositions.tsv``, ``night_followers.tsv``.
"""

from __future__ import annotations

import re

from ..lexicon import alt, lookup, words
from ..rule import Found, Rule
from ..values import (
    CalendarDate,
    DayOffset,
    DayOfMonth,
    HolidayRef,
    Offset,
    Overnight,
    PartOfDay,
    ShiftFrom,
    Spec,
    StoryNight,
    WeekdayRef,
)
from .common import MONTH, SP, WEEKDAY, group, month_number, prev_word, weekday_number

_BLOCKERS = words("overnight_blockers")
#: The word (or two) before "overnight".
_BEFORE = re.compile(r"([A-Za-z]+(?: [A-Za-z]+)?)\s{1,3}$")
#: A noun after "overnight" that makes it a kind of thing ("overnight rates", "an overnight
#: stay"): ``overnight_followers.tsv``.
_KIND_NEXT = re.compile(rf"\s{{1,3}}{alt('overnight_followers')}(?![\w'’-])", re.IGNORECASE)


def _night(m: re.Match[str]) -> bool:
    """ "overnight" names a night here, not "suddenly" ("almost overnight") nor a kind of
    thing ("an overnight stay", "the overnight shift"). Without a determiner an adjective use
    is a night too ("depressed by overnight losses in New York": last night's), but not
    before a noun of ``overnight_followers.tsv`` ("Overnight rates rose to 9%": money lent for
    a night, not the night before)."""
    if _KIND_NEXT.match(m.string, m.end()):
        return False
    before = _BEFORE.search(m.string, max(0, m.start() - 20), m.start())
    if before is None:
        return True
    two = before.group(1).lower()
    return two not in _BLOCKERS and two.split()[-1] not in _BLOCKERS


def _night_before(day: Spec) -> Spec:
    """The night that ends on the morning of ``day``."""
    return PartOfDay(ShiftFrom("day", -1, day), "NI")


#: A reporting clause right after "overnight" that names the day of the report ("Drones struck
#: the port overnight, officials said on Thursday"): the news is of the night before that day,
#: the day the text is about (``reporting_verbs.tsv``; s34-intervals: was the night before the
#: publication day).
_REPORTED_AFTER = re.compile(
    r",\s{1,3}(?:[\w.'’-]+\s{1,3}){0,5}?(?:"
    + alt("reporting_verbs")
    + rf")(?:\s{{1,3}}[\w.'’-]+){{0,2}}?\s{{1,3}}(?:on\s{{1,3}})?(?P<wd>{WEEKDAY})\b",
    re.IGNORECASE,
)
#: A word that points the clause before "overnight" ahead: the report's day is then no day of
#: the night's ("Rain will clear overnight, forecasters said on Thursday";
#: ``overnight_ahead_cues.tsv``).
_AHEAD_BEFORE = re.compile(
    rf"(?:\b|(?=['’])){alt('overnight_ahead_cues')}\b",
    re.IGNORECASE,
)
#: A noun of a forecast right after "overnight" (``overnight_weather_nouns.tsv``), and a
#: weekday's night named later in the same sentence: "Overnight lows of -3C to 1C are
#: forecast for Sunday night" is Sunday's night (s34-wire).
_WEATHER_NEXT = re.compile(rf"\s{{1,3}}{alt('overnight_weather_nouns')}\b", re.IGNORECASE)
_NAMED_NIGHT = re.compile(rf"[^.!?\n,;]{{0,100}}?\b(?P<wd>{WEEKDAY}){SP}night\b", re.IGNORECASE)


def build_overnight(m: re.Match[str]) -> Found | None:
    if not _night(m):
        return None
    s = m.string
    if "," in s[m.end() : m.end() + 2]:
        reported = _REPORTED_AFTER.match(s, m.end())
        head = s[max(0, s.rfind(".", 0, m.start()) + 1) : m.start()]
        if reported is not None and _AHEAD_BEFORE.search(head) is None:
            # "Drones struck the port overnight, officials said on Thursday": the night before
            # the report's day, as "overnight Thursday" is; the report is told, so its day is
            # the last such one whatever the clause's tense
            day = WeekdayRef(weekday_number(reported.group("wd")), possessive=True)
            return Found("TIME", _night_before(day))
    if _WEATHER_NEXT.match(s, m.end()):
        named = _NAMED_NIGHT.match(s, m.end())
        if named is not None:
            return Found("TIME", PartOfDay(WeekdayRef(weekday_number(named.group("wd"))), "NI"))
    return Found("TIME", Overnight())


def build_overnight_day(m: re.Match[str]) -> Found | None:
    if m.group("wd0"):
        # "Thursday overnight into Friday": the night of Thursday
        return Found("TIME", PartOfDay(WeekdayRef(weekday_number(m.group("wd0"))), "NI"))
    first = WeekdayRef(weekday_number(m.group("wd")))
    if m.group("wd2") or m.group("night"):
        # "overnight Monday into Tuesday", "overnight Monday night": the night of Monday
        return Found("TIME", PartOfDay(first, "NI"))
    return Found("TIME", _night_before(first))


def build_overnight_date(m: re.Match[str]) -> Found | None:
    """ "overnight on 9 February", "overnight into March 3, 1947": the night that ends on the
    morning of that day, as "overnight on Thursday" is (s33-history)."""
    year = group(m, "year") or group(m, "yearf")
    number = int(group(m, "day") or m.group("dayf"))
    if not 1 <= number <= 31:
        return None
    month = month_number(group(m, "month") or m.group("monthf"))
    return Found("TIME", _night_before(CalendarDate(int(year) if year else None, month, number)))


def build_night_between(m: re.Match[str]) -> Found | None:
    """ "overnight from Saturday to Sunday", "the night from Saturday to Sunday", "the night of
    Saturday to Sunday", "the night between Saturday and Sunday": the night of the first day,
    when the second is the day after it."""
    first, second = weekday_number(m.group("wdf")), weekday_number(m.group("wdt"))
    if second != first % 7 + 1:
        return None
    return Found("TIME", PartOfDay(WeekdayRef(first), "NI"))


def build_early_hours(m: re.Match[str]) -> Found | None:
    day: Spec
    if m.group("wd"):
        day = WeekdayRef(weekday_number(m.group("wd")))
    elif m.group("deictic"):
        deictic = m.group("deictic").lower()
        # "the early hours of this morning": the reference day's, as "of today"
        day = DayOffset(0 if deictic == "this" else int(lookup("deictic_days", deictic)))
    elif m.group("month") or m.group("monthf"):
        # "the early hours of September 12", "of 12 September 1683"
        month = month_number(group(m, "month") or m.group("monthf"))
        year = group(m, "year") or group(m, "yearf")
        number = int(group(m, "day") or m.group("dayf"))
        day = CalendarDate(int(year) if year else None, month, number)
    elif m.group("holiday"):
        # "In the early hours of Easter Sunday", "of Christmas Day 1914": the holiday's
        # (s39-history, blind text 1110: was the early hours of the story's day and the holiday
        # apart)
        year = group(m, "hyear")
        day = HolidayRef(lookup("holidays", m.group("holiday")), int(year) if year else None)
    elif m.group("nth"):
        # "In the early hours of the 7th": a day of the story's month
        number = int(m.group("nth"))
        if not 1 <= number <= 31:
            return None
        day = DayOfMonth(number)
    else:
        # "in the early hours": of the day the text is about (the last day named, else the
        # reference day), as "by mid-afternoon" is
        day = Offset("day", 0, "anchor")
    return Found("DATE", day, "START")


_EARLY = alt("early_hours")

_NIGHT_PREPOSITIONS = words("night_prepositions")
#: A word after "the night" that makes it no night of the story (``night_followers.tsv``).
_NIGHT_FOLLOWER = re.compile(
    rf"\s{{1,3}}(?:{alt('night_followers')}|{alt('pod_nouns')})(?![\w'’-])", re.IGNORECASE
)


def build_story_night(m: re.Match[str]) -> Found | None:
    """ "late at night", "late into the night", "(through) the night", "(in) the middle of the
    night": the night of the story (:class:`~timeline.temporal.values.StoryNight`)."""
    if _NIGHT_FOLLOWER.match(m.string, m.end()) or m.string.startswith(("'s", "’s"), m.end()):
        return None  # "through the night sky", "the night of March 3", "the night's work"
    if group(m, "late"):
        return Found("TIME", StoryNight(), "END")
    if prev_word(m).lower() not in _NIGHT_PREPOSITIONS:
        return None  # "the night" as a subject or object names no time of the story
    return Found("TIME", StoryNight(), "MID" if group(m, "middle") else None)


RULES: tuple[Rule, ...] = (
    Rule(
        "time_overnight_day",
        "overnight [on|into] <weekday> [night] | overnight <weekday> into <weekday> | <weekday>"
        " overnight into <weekday>",
        rf"(?:(?P<wd0>{WEEKDAY}){SP}overnight{SP}(?:into|to){SP}{WEEKDAY}"
        rf"|overnight{SP}(?:(?:on|into|to){SP})?(?P<wd>{WEEKDAY})"
        rf"(?:{SP}(?:into|to){SP}(?P<wd2>{WEEKDAY})|{SP}(?P<night>night))?)",
        build_overnight_day,
        priority=2,
        trigger=r"overnight",
    ),
    Rule(
        "time_overnight_date",
        "overnight on|into <day> <month> [<year>] | <month> <day>[, <year>]",
        rf"overnight{SP}(?:on|into){SP}(?:(?P<month>{MONTH}){SP}(?P<day>[0-3]?\d)(?![\d:])"
        rf"(?:,?{SP}(?P<year>[12]\d{{3}})(?!\d))?"
        rf"|(?P<dayf>[0-3]?\d)(?:st|nd|rd|th)?{SP}(?P<monthf>{MONTH})(?:{SP}(?P<yearf>[12]\d{{3}})(?!\d))?)",
        build_overnight_date,
        priority=2,
        trigger=r"overnight",
    ),
    Rule(
        "time_night_between_days",
        "overnight|the [intervening] night from|of|between <weekday> to|into|and <weekday>",
        rf"(?:overnight|the{SP}(?:{alt('night_between_words')}{SP})?night){SP}(?:from|of|between){SP}"
        rf"(?P<wdf>{WEEKDAY}){SP}(?:to|into|and){SP}(?P<wdt>{WEEKDAY})",
        build_night_between,
        priority=3,
        trigger=r"(?:overnight|night)$",
    ),
    Rule(
        "time_overnight",
        "overnight",
        r"(?P<word>overnight)",
        build_overnight,
        trigger=r"overnight",
    ),
    Rule(
        "time_story_night",
        "late at|in|into the night | [in] the night | [in] the middle|dead of the night",
        rf"(?P<late>late){SP}(?:at{SP}night|(?:in|into){SP}the{SP}night)"
        rf"|the{SP}(?:(?P<middle>middle|dead){SP}of{SP}(?:the{SP})?)?night",
        build_story_night,
        trigger=r"night$",
    ),
    Rule(
        "time_early_hours",
        "the early|small|wee hours [of <weekday>|today|yesterday|this|<month> <day>|<day> <month>"
        " [<year>]|<holiday> [<year>]|the <nth>] [morning]",
        rf"the{SP}{_EARLY}(?:{SP}of{SP}(?:(?P<wd>{WEEKDAY})"
        rf"|(?P<deictic>today|yesterday|this(?={SP}morning\b))"
        rf"|(?P<month>{MONTH}){SP}(?P<day>[0-3]?\d)(?!\d)(?:,?{SP}(?P<year>[12]\d{{3}})(?!\d))?"
        rf"|(?P<dayf>[0-3]?\d){SP}(?P<monthf>{MONTH})(?:{SP}(?P<yearf>[12]\d{{3}})(?!\d))?"
        rf"|(?P<holiday>{alt('holidays')})(?:{SP}(?P<hyear>[12]\d{{3}})(?!\d))?"
        rf"|the{SP}(?P<nth>[0-3]?\d)(?:st|nd|rd|th)(?![\w-]))"
        rf"(?:{SP}morning)?)?",
        build_early_hours,
        priority=2,
        trigger=r"hours",
    ),
)
