"""Joining a day and a clock time that stand side by side into one time.

"tomorrow at 5pm", "Saturday morning at 9", "4/25 at 4:00pm", "Fri, Jul 18, 2014 07:00 PM",
"8 tonight", "9 tomorrow morning", "7:30 PM on Fri, Sep 20": the rules find the day and the
time apart; here, after selection and before anchoring, a day followed by a time it governs
(or a time followed by its day) becomes one TIME on that day (rule ``time_day_clock``). A part
of the day settles a clock time without a.m./p.m.: "tonight at 8" is 20:00, "tomorrow
afternoon at 5" 17:00.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from .frozen import fast_init
from .lexicon import alt, alternation, flat_alternation, lookup, rows, words
from .rule import Found, Rule
from .rules.common import DASH_WEEKDAY_AFTER, MORNING_CUE, whole_rate
from .signals import DAY_RANGE_JOINS, RANGE_JOINS
from .tense import Clauses, tense_at
from .values import (
    CalendarDate,
    ClockTime,
    DayOffset,
    DayOfMonth,
    Fixed,
    HolidayRef,
    InOffset,
    MonthOfYear,
    Offset,
    PartOfDay,
    ShiftFrom,
    Spec,
    WeekdayDayOfMonth,
    WeekdayRef,
)

#: The day of a part of the day named alone ("mid-morning", "late afternoon"): the story's.
_STORY_DAY = Offset("day", 0, "anchor")

#: The rule a joined day and time is credited to (it matches nothing by itself).
DAY_CLOCK = Rule(
    "time_day_clock",
    "<day> [at] <clock time> | <clock time> [on] <day>",
    r"(?!x)x",
    lambda m: None,
    trigger=r"(?!x)x",
)

_JOIN = {r[0]: r[1] for r in rows("day_clock_joins")}
#: What may stand between a day and the time after it ("tomorrow at 5pm", "Fri, Jul 18, 2014
#: 07:00 PM") and between a time and its day ("8 tonight", "7:30 PM on Fri, Sep 20").
_DAY_THEN_TIME = re.compile(
    rf"\s{{0,3}},?\s{{0,3}}(?:{alternation([w for w, k in _JOIN.items() if k != 'time-day'])}"
    r"\s{1,3})?",
    re.IGNORECASE,
)
_TIME_THEN_DAY = re.compile(
    rf"\s{{0,3}},?\s{{0,3}}(?:{alternation([w for w, k in _JOIN.items() if k != 'day-time'])}"
    r"\s{1,3})?",
    re.IGNORECASE,
)
#: The values that may name a day (a cheap first test before :func:`with_bare_hour`), as a set
#: of the kinds: every kind of value is a final class, so ``type(spec) in DAY_SPECS`` is the
#: ``isinstance`` test without its look-up of ``__class__`` on every kind that fails.
DAY_SPECS: frozenset[type[Spec]] = frozenset(
    {
        DayOffset,
        WeekdayRef,
        WeekdayDayOfMonth,
        DayOfMonth,
        CalendarDate,
        PartOfDay,
        Offset,
        InOffset,
    }
)
#: The values :func:`_day` takes as a day by themselves.
_DAYS = frozenset({DayOffset, WeekdayRef, WeekdayDayOfMonth, DayOfMonth})
#: The days a date names with its day of the month, after which a dot clock may follow a comma.
_DATED_DAYS = frozenset({CalendarDate, WeekdayDayOfMonth, DayOfMonth})
#: The hour a night's small hours end: a clock time before it in a night ("2 a.m. last night")
#: is on the day after the night's (the night is 20:00 to 06:00, calendar.PART_OF_DAY_HOURS).
SMALL_HOURS_END = 6
#: Hours added to a clock time without a.m./p.m. in a part of the day (from hour, add).
_POD_HOURS = {"MO": (0, 0), "AF": (1, 12), "EV": (1, 12), "NI": (5, 12)}


@dataclass(frozen=True, slots=True)
class Piece:
    """A selected candidate as the joiner sees it."""

    start: int
    end: int
    found: Found


fast_init(Piece)


def _day(spec: Spec) -> tuple[Spec, str | None] | None:
    """The day a spec names and its part of the day, if it names a day."""
    if type(spec) is PartOfDay:
        inner = _day(spec.base)
        return (inner[0], spec.pod) if inner and inner[1] is None else None
    if type(spec) in _DAYS:
        return spec, None  # "midnight on the 20th", "at 0200 on the 15th": DayOfMonth
    if type(spec) is Offset and spec.unit == "day":
        return spec, None  # "the next morning at 9", "early morning @ 3"
    if type(spec) is InOffset and spec.unit in ("day", "week"):
        # "in 7 days at 5pm": with a clock time, a day so many days on, whatever the tense
        return Offset("day", spec.n * (7 if spec.unit == "week" else 1)), None
    if type(spec) is CalendarDate and spec.day is not None:
        return spec, None
    if type(spec) is MonthOfYear and spec.day is not None:
        return spec, None  # "at 7pm on 1 September last year"
    if type(spec) is HolidayRef:
        return spec, None  # "at 2 p.m. on Christmas Eve": every holiday of holidays.tsv is a day
    if type(spec) is ShiftFrom and spec.unit in ("day", "week") and spec.ahead:
        # "7.45pm on Tuesday week", "at 3pm a week on Saturday": the day the shift lands on
        # (s38-wire: was the clock time on the coming Tuesday, "week" left over)
        return spec, None
    return None


def _clock(spec: Spec) -> ClockTime | None:
    return spec if type(spec) is ClockTime and spec.base is None else None


_HOUR_WORDS = {
    r[0]: int(r[1])
    for r in rows("numbers")
    if r[1].isdigit() and 1 <= int(r[1]) <= 12 and r[0].isalpha() and len(r[0]) > 2
}
_BARE = rf"(?P<h>\d{{1,2}})(?::(?P<mi>\d{{2}}))?|(?P<hw>{alternation(list(_HOUR_WORDS))})"
#: A bare hour after a day: "tonight at 8", "Saturday morning @ 9", "this morning at 10:30",
#: and the British "tomorrow at 10.30", "every day at 10.30" (not an amount: "at 1.15 billion").
_BARE_AFTER = re.compile(
    rf"\s{{0,3}},?\s{{0,3}}(?:at|@)\s{{0,3}}(?:{_BARE}|(?P<hd>\d{{1,2}})\.(?P<mid>[0-5]\d))"
    r"(?![\w:%]|[.,]\d|\s{0,2}(?:%|per\s?cent\b|points?\b|to\s|[ap]\.?\s?m\b|o'"
    r"|[mb]illion\b|trillion\b|bn\b))"
    # a count of a plural noun: "tomorrow at 3 sites", "Saturdays at 9 branches"
    r"(?!\s{1,3}(?!(?:is|was|has|as|its|his|always)\b)[a-z]{2,}s\b)",
    re.IGNORECASE,
)
#: The British clock with a dot after a date and a comma, as a schedule writes it ("mon 12th
#: oct, 9.30 for the induction", "Monday 12 October, 9.30, main hall"; not an amount).
_DOT_AFTER_DATE = re.compile(
    r"[ \t]{0,3},[ \t]{0,3}(?P<hd>\d{1,2})\.(?P<mid>[0-5]\d)"
    # then the end of its phrase or a preposition: no amount ("9.30 pence", "3.25 million")
    r"(?=[ \t]*(?:[,;:!?)\n]|\.(?!\d)|$)|[ \t]{1,3}(?:for|at|in|to|till?|until|start|sharp)\b)",
    re.IGNORECASE,
)
#: A bare hour before a part of a day: "8 tonight", "nine tomorrow morning".
_BARE_BEFORE = re.compile(rf"(?<![\w.,:$])(?:{_BARE})\s{{1,3}}$", re.IGNORECASE)


#: What may stand before a bare hour before its day: the start of the text, "at", or another
#: preposition of time (``half_hour_leads.tsv``: "around 4 this afternoon", "since 6 this
#: morning", "by 9 tonight").
_AT_END = re.compile(
    rf"(?:^\s*|(?<!\w)(?:at|@|{alternation(sorted(words('half_hour_leads')))})\s{{1,3}})$",
    re.IGNORECASE,
)


def _bare_clock(m: re.Match[str]) -> ClockTime | None:
    dot = m.groupdict().get("hd")
    if dot is not None:  # "at 10.30"
        h, mi, unit = int(dot), int(m.group("mid")), "minute"
        return None if h > 23 else ClockTime(h, mi, unit, twelve_hour=1 <= h <= 12)
    h = _HOUR_WORDS[m.group("hw").lower()] if m.group("hw") else int(m.group("h"))
    mi = int(m.group("mi") or 0)
    if h > 23 or mi > 59:
        return None
    unit = "minute" if m.group("mi") else "hour"
    return ClockTime(h, mi, unit, twelve_hour=1 <= h <= 12)


def with_bare_hour(text: str, piece: Piece, chat: bool = False) -> tuple[int, int, Found] | None:
    """A day and a bare hour beside it ("tonight at 8", "8 tonight") as one TIME: (start,
    end, found), or None. Before the day, only before a part of the day or a deictic day ("8
    tonight", "9 tomorrow", not "25 Friday"). ``chat``: in a colloquial document."""
    day = _day(piece.found.spec)
    if day is None:
        return None
    after = _BARE_AFTER.match(text, piece.end)
    if after is None and day[1] is None and type(day[0]) in _DATED_DAYS:
        after = _DOT_AFTER_DATE.match(text, piece.end)
    if after is not None:
        clock = _bare_clock(after)
        if clock is not None:
            if day[1] is None:
                clock = _afternoon(text, clock, piece.start, after.end(), chat)
            return piece.start, after.end(), _on_day(clock, *day)
    if day[1] is None and type(day[0]) is not DayOffset:
        return None  # "8 tonight", "9 tomorrow", but not "25 Friday"
    before = _BARE_BEFORE.search(text, max(0, piece.start - 12), piece.start)
    if before is not None and not _AT_END.search(text, max(0, before.start() - 8), before.start()):
        return None  # "killed 9 tonight": "9 tomorrow" only after "at" or as a phrase
    if before is not None:
        clock = _bare_clock(before)
        if clock is not None:
            if day[1] is None:
                clock = _afternoon(text, clock, before.start(), piece.end, chat)
            return before.start(), piece.end, _on_day(clock, *day)
    return None


def set_with_bare_hour(text: str, piece: Piece) -> tuple[int, Found] | None:
    """A recurring day and a bare hour after it ("every morning at 7" XXXX-XX-XXT07:00,
    "Sundays at 10" XXXX-WXX-7T10:00) as one SET (:func:`_set_clock`): (end, found), or None."""
    after = _BARE_AFTER.match(text, piece.end)
    if after is None:
        return None
    clock = _bare_clock(after)
    found = _set_clock(piece.found, clock) if clock is not None else None
    return (after.end(), found) if found is not None else None


#: How far (characters) around the day and its bare hour such a word is looked for.
_CUE_REACH = 60


def _afternoon(text: str, clock: ClockTime, start: int, end: int, chat: bool = False) -> ClockTime:
    """A bare hour from 1 to 5 joined to a day without a part of it ("close at 5 today", "meet
    at 3 tomorrow") is the afternoon's, when offices close and people meet, unless a morning
    cue stands beside it ("the alarm goes off at 4 tomorrow"); in chat from 1 to 6, as a bare
    hour of chat is read (``colloquial.british_clock``: "im on call til 6 tmrw", "mums coming
    round about 6 tmrw" = 18:00; s38-informal, blind texts 1071, 1002: were 06:00)."""
    top = 6 if chat else 5
    if not (clock.twelve_hour and 1 <= clock.hour <= top):
        return clock
    # the cue is looked for on the line only ("the early close tonight?\nyes close at 5 today":
    # the message before has its own "early")
    lo = max(start - _CUE_REACH, text.rfind("\n", 0, start) + 1)
    nl = text.find("\n", end)
    hi = min(end + _CUE_REACH, nl if nl >= 0 else len(text))
    if MORNING_CUE.search(text, lo, hi):
        return clock
    return replace(clock, hour=clock.hour + 12, twelve_hour=False)


def _on_day(clock: ClockTime, base: Spec, pod: str | None) -> Found:
    hour = clock.hour
    if clock.twelve_hour and pod in _POD_HOURS:
        low, add = _POD_HOURS[pod]
        if low <= hour < 12:
            hour += add
    if pod == "NI" and hour < SMALL_HOURS_END:
        # "2 a.m. last night", "Tuesday night at 1 a.m.": the night runs into the next day
        base = ShiftFrom("day", 1, base)
    return Found("TIME", replace(clock, hour=hour, base=base, twelve_hour=False))


def _joins(words: Iterable[str]) -> str:
    """An alternation of range words (``signals.RANGE_JOINS``), escaped."""
    return "|".join(re.escape(w) for w in words)


#: A weekday and a range word before a day: the day closes a range of days ("Tuesday through
#: Sunday, 10am-6pm"), and the hours after it are those of every day of the range, not of its
#: last day alone.
_DAYS_RANGE_BEFORE = re.compile(
    rf"(?<!\w)(?:{alt('weekdays')})\.?\s{{0,3}}(?:{_joins(DAY_RANGE_JOINS)})\s{{0,3}}$",
    re.IGNORECASE,
)


#: The SET values a clock time narrows: a weekday ("Saturdays", "every Tuesday morning"), a
#: part of every day ("every morning"), or every day ("daily", "every day": P1D).
_RECURRING_DAY = re.compile(r"XXXX-WXX-[1-7](?:T(?:MO|AF|EV|NI))?|XXXX-XX-XXT(?:MO|AF|EV|NI)|P1D")

#: A range word before a clock time: the time closes a range of hours ("from 8 a.m. to 1 p.m.
#: on Saturdays"), which the day after it governs whole, not its last hour alone.
_RANGE_BEFORE = re.compile(
    rf"(?<!\w)(?:{_joins(w for w in RANGE_JOINS if w[0].isalpha())})\s{{1,3}}$"
    rf"|(?:{_joins(w for w in RANGE_JOINS if not w[0].isalpha())})\s{{0,3}}$"
)


def _set_clock(set_found: Found, clock: ClockTime) -> Found | None:
    """A recurring day and a clock time as one SET ("Saturdays at 9 a.m." XXXX-WXX-6T09:00,
    "daily at 5 p.m." XXXX-XX-XXT17:00, "every morning at 7" XXXX-XX-XXT07:00): TimeML 1.2.1
    marks a recurring time as one SET whose value is the partial point in time that recurs, so
    the time of day belongs in it, as "Tuesday nights" is XXXX-WXX-2TNI. A clock time stated
    in UTC (or GMT, an offset of 0) keeps its ``Z`` ("every night at 02:00 UTC"
    XXXX-XX-XXT02:00Z, as a UTC clock time's value ends in Z); one in another zone keeps its
    wall-clock time as written, as a TIME's value does ("every Wed at 9pm ET" XXXX-WXX-3T21:00,
    a guild's weekly scrims: s29-informal; a SET has no interval, so no day is needed to find
    the zone's offset on)."""
    spec = set_found.spec
    utc = clock.tz_minutes == 0 and clock.zone is None
    if (
        type(spec) is not Fixed
        or set_found.freq is not None
        or not _RECURRING_DAY.fullmatch(spec.value)
    ):
        return None
    day, _, pod = ("XXXX-XX-XX" if spec.value == "P1D" else spec.value).partition("T")
    hour = clock.hour
    if clock.twelve_hour and pod in _POD_HOURS:
        low, add = _POD_HOURS[pod]
        if low <= hour < 12:
            hour += add  # "every evening at 7": 19:00
    if pod == "NI" and hour < SMALL_HOURS_END and "W" in day:
        return None  # "Tuesday nights at 1 a.m.": the small hours are on Wednesdays
    time = f"{hour:02d}:{clock.minute:02d}"
    if clock.unit == "second":
        time += f":{clock.second:02d}"
    return replace(set_found, spec=Fixed(f"{day}T{time}{'Z' if utc else ''}"))


#: A range word and a digit after a clock time: the time opens a range of hours ("Thursday 12
#: September, 4-7pm", "every Friday, 5-7:30 p.m."), which the day before it governs whole.
_OPENS_RANGE = re.compile(
    rf"\s{{0,3}}(?:{_joins(w for w in RANGE_JOINS if w[0].isalpha())})\s{{1,3}}\d"
    rf"|\s{{0,3}}(?:{_joins(w for w in RANGE_JOINS if not w[0].isalpha())})\s{{0,3}}\d",
    re.IGNORECASE,
)


#: Words that open a sentence ("The", "That", "Two"): capitalised after a clock time's "a.m."
#: or "p.m.", the clock time ended the sentence before.
_SENTENCE_OPENERS = words("sentence_openers")
_FIRST_WORD = re.compile(r"[A-Za-z]+")


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the word at ``start`` is one that opens sentences (``sentence_openers.tsv``)."""
    m = _FIRST_WORD.match(text, start)
    return m is not None and m.group().lower() in _SENTENCE_OPENERS


def join(text: str, first: Piece, second: Piece) -> Found | None:
    """The TIME of ``first`` and ``second`` (a day and a clock time, in either order, with
    only a joining word between them), or None; the SET of a recurring day and a clock time
    (:func:`_set_clock`). A clock time that opens a range of hours stays apart from the day
    before it: the day governs both ends."""
    if not (type(first.found.spec) is ClockTime or type(second.found.spec) is ClockTime):
        return None  # most neighbours: no clock time, nothing to join
    if type(second.found.spec) is ClockTime and _OPENS_RANGE.match(text, second.end):
        return None
    if type(first.found.spec) is ClockTime and DASH_WEEKDAY_AFTER.match(text, second.end):
        # "until 11pm Mon-Sat": the weekday opens a weekly schedule's range of days, the clock
        # time is its days' (s41b-habits, narrative 1128: was the coming Monday's)
        return None
    gap = text[first.end : second.start]
    if (
        text[first.end - 1] == "."
        and text[second.start].isupper()
        and _opens_sentence(text, second.start)
        and not gap.strip()
    ):
        # "was hit at 4 a.m. Two days later she reached Malta": the clock time's period ended
        # its sentence and the next one opens with the day (s35-history2); "at 9 p.m. Tuesday"
        # stays one TIME
        return None
    if first.found.type == "SET" or second.found.type == "SET":
        set_first = first.found.type == "SET"
        found, other = (first.found, second) if set_first else (second.found, first)
        clock = _clock(other.found.spec)
        if clock is None or other.found.mod is not None:
            return None
        if not (_DAY_THEN_TIME if set_first else _TIME_THEN_DAY).fullmatch(gap):
            return None
        if not set_first and _RANGE_BEFORE.search(text, max(0, first.start - 12), first.start):
            return None  # "from 8 a.m. to 1 p.m. on Saturdays": the hours of every Saturday
        return _set_clock(found, clock)
    day = _day(first.found.spec)
    clock = _clock(second.found.spec)
    mod = second.found.mod
    if (
        day is not None
        and clock is not None
        and _DAYS_RANGE_BEFORE.search(text, max(0, first.start - 24), first.start)
    ):
        return None  # "Tuesday through Sunday, 10am-6pm": the hours of each day
    if (
        day is not None
        and clock is not None
        and "," in gap
        and type(first.found.spec) is Offset
        and first.found.spec.base == "anchor"
    ):
        # "reached Bergen two days later, at 9:15 p.m.", "the next day, at 6 a.m.,": a count
        # of days and the clock time set off after it are two expressions, as "Fifteen years
        # ago today, at 12.51pm" is (s35-history, blind text 934); "the next morning at 8"
        # and "Saturday, April 2, at 2 p.m." stay one TIME
        return None
    if day is None or clock is None or not _DAY_THEN_TIME.fullmatch(gap):
        day = _day(second.found.spec)
        clock = _clock(first.found.spec)
        mod = first.found.mod
        if day is None or clock is None or not _TIME_THEN_DAY.fullmatch(gap):
            return None
    joined = _on_day(clock, *day)
    return replace(joined, mod=mod) if mod else joined  # "tomorrow at 3ish pm": APPROX


#: What joins a part of the day to the day after it: "mid-morning on Thursday".
_POD_ON = re.compile(r"\s{1,3}on\s{1,3}", re.IGNORECASE)


def pod_on_day(text: str, first: Piece, second: Piece) -> Found | None:
    """The TIME of a part of the day with no day of its own and the day after it ("until
    mid-morning on Thursday", "late afternoon on Friday", "the early evening on 4 March"):
    that part of that day, as "Thursday mid-morning" is, with the part's mod; None for other
    pairs or any other word between them ("in the morning, and on Friday")."""
    pod = first.found.spec
    if not (
        type(pod) is PartOfDay
        and pod.base == _STORY_DAY
        and _POD_ON.fullmatch(text, first.end, second.start)
    ):
        return None
    day = _day(second.found.spec)
    if day is None or day[1] is not None or second.found.mod is not None:
        return None
    return Found("TIME", PartOfDay(day[0], pod.pod), first.found.mod)


#: "the night of 13/14 February 1945", "the intervening night of 5 and 6 October": a night
#: written as its two days (rule ``time_night_of_two_days``).
_NIGHT_OF = re.compile(
    rf"\b(?P<the>the)\s{{1,3}}(?:{alt('night_between_words')}\s{{1,3}})?night\s{{1,3}}of\s{{1,3}}"
    r"(?P<first>\d{1,2})(?:st|nd|rd|th)?(?:\s{0,2}[/–-]\s{0,2}|\s{1,3}(?:and|&)\s{1,3})$",
    re.IGNORECASE,
)

#: The rule a night written as two days is credited to (it matches nothing by itself).
NIGHT_OF_TWO_DAYS = Rule(
    "time_night_of_two_days",
    "the night of <day>/<day> <month> [<year>]",
    r"(?!x)x",
    lambda m: None,
    trigger=r"(?!x)x",
)


#: "the morning of 17 June": a part of a day named after it (``pod_of_day.tsv``; rule
#: ``time_pod_of_day``).
_POD_OF = re.compile(
    rf"\b(?P<the>the)\s{{1,3}}(?:(?P<part>early|mid|late)(?:\s{{1,3}}|-))?"
    rf"(?P<pod>{alt('pod_of_day')})\s{{1,3}}of\s{{1,3}}$",
    re.IGNORECASE,
)
#: The modifier of "the early|mid|late morning of <day>".
_POD_MODS = {"early": "START", "mid": "MID", "late": "END"}

#: The rule a part of a day named after it is credited to (it matches nothing by itself).
POD_OF_DAY = Rule(
    "time_pod_of_day",
    "the [early|mid|late] morning|afternoon|evening|night of <day> <month> [<year>]",
    r"(?!x)x",
    lambda m: None,
    trigger=r"(?!x)x",
)


def night_of_two_days(text: str, piece: Piece) -> tuple[int, Found, Rule] | None:
    """ "the night of 13/14 February 1945": the night that begins on the first day, a TIME
    (``1945-02-13TNI``), with the start of the phrase; the rules found "14 February 1945".
    So is "the morning of 17 June" (``1815-06-17TMO``) and "the night of 11 April"
    (``…-04-11TNI``; rule ``time_pod_of_day``): TimeML 1.2.1 and TIDES mark the part of a
    named day with the day ("Friday morning"), whichever comes first; TimeBank's older
    annotations leave "the night of Oct. 23" as the date (2 of 2)."""
    spec = piece.found.spec
    if piece.found.mod is not None:
        return None
    if (
        type(spec) is DayOfMonth
        or (type(spec) is Offset and spec.unit == "day" and spec.base == "anchor")
        or (type(spec) is WeekdayRef and piece.found.type == "DATE" and not spec.possessive)
    ):
        # "On the afternoon of the 9th": a day of the story's month; "on the evening of the
        # same day", "the morning of the next day": a day of the story; "on the evening of
        # Wednesday": a weekday, as "Wednesday evening" (s24-wire)
        m = _POD_OF.search(text, max(0, piece.start - 32), piece.start)
        if m is None:
            return None
        pod = lookup("parts_of_day", m.group("pod"))
        part = m.group("part")
        mod = _POD_MODS[part.lower()] if part else None
        return m.start("the"), Found("TIME", PartOfDay(spec, pod), mod), POD_OF_DAY
    if type(spec) is not CalendarDate or spec.day is None:
        return None
    lo = max(0, piece.start - 40)  # "the intervening night of 5th and "
    m = _NIGHT_OF.search(text, lo, piece.start)
    if m is not None and int(m.group("first")) == spec.day - 1:  # consecutive days only
        found = Found("TIME", PartOfDay(replace(spec, day=spec.day - 1), "NI"))
        return m.start("the"), found, NIGHT_OF_TWO_DAYS
    m = _POD_OF.search(text, max(0, piece.start - 32), piece.start)
    if m is not None:
        pod = lookup("parts_of_day", m.group("pod"))
        part = m.group("part")
        mod = _POD_MODS[part.lower()] if part else None
        return m.start("the"), Found("TIME", PartOfDay(spec, pod), mod), POD_OF_DAY
    return None


#: The words between a recurring day and the range of hours after it ("daily from 10 a.m. to 5
#: p.m.", "on Saturdays between 9 and noon", "weekdays, 8 a.m.-6 p.m.") or before it ("from 8
#: a.m. to 1 p.m. on Saturdays", "10am-4pm daily").
_SET_THEN_HOURS = re.compile(r"\s{0,3},?\s{0,3}(?:(?:from|between)\s{1,3})?", re.IGNORECASE)
#: "from" alone between a recurring day and an hour: "daily from 8am until the last exam".
_SET_THEN_FROM = re.compile(r"\s{0,3},?\s{0,3}from\s{1,3}", re.IGNORECASE)
_HOURS_THEN_SET = re.compile(r"\s{0,3},?\s{0,3}(?:(?:on|every|(?P<at>at))\s{1,3})?", re.IGNORECASE)
#: The words between the two ends of a range of hours.
_HOURS_JOIN = re.compile(
    rf"(?:\s{{0,3}}(?:{_joins(w for w in RANGE_JOINS if w[0].isalpha())}|and)\s{{1,3}}"
    rf"|\s{{0,3}}(?:{_joins(w for w in RANGE_JOINS if not w[0].isalpha())})\s{{0,3}})"
    # "from 7am til about 9.45pm": the second end approximated (approximate.py adds the word)
    rf"(?:{alternation(r[0] for r in rows('point_approximators') if r[0].isalpha())}\s{{1,3}})?",
    re.IGNORECASE,
)


def _recurring_clock(set_found: Found, clock: Spec) -> Found | None:
    """A clock time of a range of hours that a recurring day governs, as a TIME on that
    recurring day ("daily from 10 a.m." XXXX-XX-XXT10:00, "on Saturdays from 8 a.m."
    XXXX-WXX-6T08:00): the hours of every such day, not of the reference day; no interval.
    A zone keeps what :func:`_set_clock` makes of it ("from 9am to 6pm UK time on weekdays"
    XXXX-XX-XXT18:00, "daily from 02:00 to 04:00 UTC" XXXX-XX-XXT04:00Z; session 42, blind text
    1220: were the publication day's)."""
    if type(clock) is not ClockTime or clock.base is not None:
        return None
    recurring = _set_clock(set_found, clock)
    if recurring is None:
        return None
    return Found("TIME", recurring.spec)


def _zone_shared(first: Piece, second: Piece) -> tuple[Spec, Spec]:
    """The specs of a range of hours' two ends, the first given the zone written after the
    second ("from 02:00 to 04:00 UTC": both UTC)."""
    a, b = first.found.spec, second.found.spec
    if (
        isinstance(a, ClockTime)
        and isinstance(b, ClockTime)
        and a.tz_minutes is None
        and a.zone is None
        and (b.tz_minutes is not None or b.zone is not None)
    ):
        a = replace(a, tz_minutes=b.tz_minutes, zone=b.zone)
    return a, b


def _ranged_days(text: str, before: Piece, days: Piece) -> bool:
    """Whether ``days``, a recurring weekday, closes a range of them that ``before`` opens
    ("Mondays to Fridays")."""
    return (
        before.found.type == "SET"
        and type(before.found.spec) is Fixed
        and _RECURRING_DAY.fullmatch(before.found.spec.value) is not None
        and before.found.spec.value.startswith("XXXX-WXX-")
        and _HOURS_JOIN.fullmatch(text[before.end : days.start]) is not None
        # a pair keeps its last day's pattern ("Tuesdays and Thursdays, 6:30-8pm": the
        # Thursday's, as the hand-annotated texts have it)
        and text[before.end : days.start].strip().lower() != "and"
    )


#: What may stand between a recurring time and a clock time of the same days after it
#: (``recurring_clock_leads.tsv``): "every night at 02:00 UTC instead of midnight", "on
#: Sundays after 4pm".
_RECURRING_THEN_CLOCK = re.compile(
    r"\s{1,3}" + flat_alternation(words("recurring_clock_leads")) + r"\s{1,3}", re.IGNORECASE
)
#: The day part of a recurring SET value (with its part of day or clock time, if any).
_RECURRING_DAYS = re.compile(r"(XXXX-WXX-[1-7]|XXXX-XX-XX)(?:T[\dA-Z:]+)?")
#: A SET of a period shorter than a day ("every 20 minutes" PT20M, "every hour" PT1H, "every
#: half hour" PT30M): the times it repeats at are of every day, so a clock time that bounds
#: them ("runs every 20 minutes from 8.30am", "every 15 minutes between 7am and 7pm") is one
#: of every day (XXXX-XX-XXT08:30), as after "daily".
_SUB_DAY = re.compile(r"PT\d+(?:\.\d+)?[HMS]")
#: The end of a sentence between two expressions.
_SENTENCE_BREAK = re.compile(r"[.!?]\s|\n")


def _day_told_before(text: str, pieces: list[Piece], i: int) -> bool:
    """Whether a sub-day SET (``pieces[i]``) repeats on one day rather than every day: a date
    or time stands before it in its sentence ("on New Year's Eve extra trains will run every 30
    minutes until 02:00": the night's 02:00), or its clause is past, an episode ("Sirens
    sounded every hour until 11pm")."""
    for j in range(i - 1, -1, -1):
        q = pieces[j]
        if _SENTENCE_BREAK.search(text, q.end, pieces[j + 1].start):
            break
        if q.found.type in ("DATE", "TIME"):
            return True
    p = pieces[i]
    starts = [m.end() for m in _SENTENCE_BREAK.finditer(text, max(0, p.start - 300), p.start)]
    start = starts[-1] if starts else max(0, p.start - 300)
    after = _SENTENCE_BREAK.search(text, p.end, p.end + 300)
    end = after.start() + 1 if after else min(len(text), p.end + 300)
    return tense_at(text[start:end], p.start - start, p.end - start) == "past"


def _past_clause(text: str, start: int, end: int) -> bool:
    """Whether the sentence around ``text[start:end]`` is past there (an episode)."""
    starts = [m.end() for m in _SENTENCE_BREAK.finditer(text, max(0, start - 300), start)]
    first = starts[-1] if starts else max(0, start - 300)
    after = _SENTENCE_BREAK.search(text, end, end + 300)
    last = after.start() + 1 if after else min(len(text), end + 300)
    return tense_at(text[first:last], start - first, end - first) == "past"


def recurring_clock_after(text: str, pieces: list[Piece]) -> dict[int, Found]:
    """A clock time without a day right after a recurring day or time and a word of
    ``_RECURRING_THEN_CLOCK`` (by index in ``pieces``): a time of the same days ("bonfires
    only on Sundays after 4pm" XXXX-WXX-7T16:00, "every night at 02:00 UTC instead of
    midnight" XXXX-XX-XXT24:00; after a period shorter than a day, of every day: "runs every
    20 minutes from 8.30am" XXXX-XX-XXT08:30), not one of the reference day."""
    out: dict[int, Found] = {}
    for i in range(1, len(pieces)):
        p, q = pieces[i - 1], pieces[i]
        clock = q.found.spec
        if (
            p.found.type != "SET"
            or type(p.found.spec) is not Fixed
            or type(clock) is not ClockTime
            or clock.base is not None
            or (clock.tz_minutes is not None and clock.tz_minutes != 0)
            or clock.zone is not None
            or not _RECURRING_THEN_CLOCK.fullmatch(text, p.end, q.start)
        ):
            continue
        days = _RECURRING_DAYS.fullmatch(p.found.spec.value)
        if days is not None:
            day_part = days.group(1)
        elif _SUB_DAY.fullmatch(p.found.spec.value) and not _day_told_before(text, pieces, i - 1):
            day_part = "XXXX-XX-XX"  # "every 20 minutes until 11pm": of every day
        else:
            continue
        value = f"{day_part}T{clock.hour:02d}:{clock.minute:02d}"
        out[i] = Found("TIME", Fixed(value + ("Z" if clock.tz_minutes == 0 else "")), q.found.mod)
    return out


#: How far back in its sentence a clock time may find the recurring weekday that governs it.
_RECURRING_REACH = 160


def recurring_clock_in_sentence(text: str, pieces: list[Piece]) -> dict[int, Found]:
    """A clock time without a day later in the sentence of a recurring weekday, with no day
    told between them (by index in ``pieces``): a time of those days ("Further closures are
    planned on Sundays in April, when the last train will leave at 21:15 instead of 23:40" =
    XXXX-WXX-7T21:15, XXXX-WXX-7T23:40; "the timetable on Saturdays changes: the first
    departure moves to 06:10 and trains run every half hour until midday" = XXXX-WXX-6T06:10,
    XXXX-WXX-6T12:00), not of the reference day nor of a date told before the weekday. A month
    or a year between them, another such clock time and a SET of a period shorter than a day
    leave the weekday governing (blind text 699, s31)."""
    out: dict[int, Found] = {}
    for i, q in enumerate(pieces):
        clock = q.found.spec
        if (
            type(clock) is not ClockTime
            or clock.base is not None
            or clock.zone is not None
            or (clock.tz_minutes is not None and clock.tz_minutes != 0)
            or q.found.type != "TIME"
        ):
            continue
        for j in range(i - 1, -1, -1):
            p = pieces[j]
            if q.start - p.end > _RECURRING_REACH or _SENTENCE_BREAK.search(
                text, p.end, pieces[j + 1].start
            ):
                break
            spec = p.found.spec
            if p.found.type == "SET" and type(spec) is Fixed:
                days = _RECURRING_DAYS.fullmatch(spec.value)
                if days is not None and days.group(1).startswith("XXXX-WXX-"):
                    value = f"{days.group(1)}T{clock.hour:02d}:{clock.minute:02d}"
                    out[i] = Found(
                        "TIME", Fixed(value + ("Z" if clock.tz_minutes == 0 else "")), q.found.mod
                    )
                    break
                if _SUB_DAY.fullmatch(spec.value):
                    continue
                break
            if (
                j in out
                or (type(spec) is ClockTime and spec.base is None)
                or (type(spec) is CalendarDate and spec.day is None)
            ):
                continue  # another clock time of those days, a month or a year between
            break
    return out


#: A word of ``recurring_clock_leads.tsv`` right before a clock time ("until 9pm on Thursdays").
_CLOCK_LEAD_BEFORE = re.compile(
    r"(?:^|\W)" + flat_alternation(words("recurring_clock_leads")) + r"\s{1,3}$", re.IGNORECASE
)
#: What may stand between such a clock time and the recurring day after it: "on", "every".
_CLOCK_THEN_DAYS = re.compile(
    r"\s{0,3},?\s{1,3}(?P<joined>(?:or|and)\s{1,3})?(?:on|every|at)\s{1,3}", re.IGNORECASE
)


def recurring_clock_before(text: str, pieces: list[Piece]) -> dict[int, Found]:
    """A clock time without a day after a word of ``recurring_clock_leads.tsv`` and right
    before "on" or "every" and a recurring weekday (by index in ``pieces``): a time of those
    days, as after them ("stays open until 9pm on Thursdays" XXXX-WXX-4T21:00, "no music after
    11pm on Sundays"; s28-longform), the SET alone as at the end of a range of hours, not a
    time of the reference day."""
    out: dict[int, Found] = {}
    for i in range(len(pieces) - 1):
        q, p = pieces[i], pieces[i + 1]
        clock = q.found.spec
        if (
            p.found.type != "SET"
            or q.found.type != "TIME"
            or type(p.found.spec) is not Fixed
            or type(clock) is not ClockTime
            or clock.base is not None
            or clock.tz_minutes is not None
            or clock.zone is not None
            or not (joins := _CLOCK_THEN_DAYS.fullmatch(text, q.end, p.start))
            or not _CLOCK_LEAD_BEFORE.search(text, max(0, q.start - 16), q.start)
        ):
            continue
        if joins.group("joined"):
            # "no noisy work before 9.30am or on weekends": a rule of its own beside the
            # recurring days, a clock time of every day (s35-known, blind text 891)
            # ("He arrived before 9am and on Sundays he rests": a past episode keeps its day)
            if (
                _RECURRING_DAYS.fullmatch(p.found.spec.value) or p.found.spec.value in _WEEK_PARTS
            ) and not _past_clause(text, q.start, q.end):
                value = f"XXXX-XX-XXT{clock.hour:02d}:{clock.minute:02d}"
                out[i] = Found("TIME", Fixed(value), q.found.mod)
            continue
        if p.found.spec.value in _WEEK_PARTS:
            # s40-habitual: "open until 2pm on weekends", "till 6 at weekends": the hours of
            # every day of them, a time of any day as "on weekends from 10am" and "weekend
            # hours are" (XXXX-XX-XXT14:00; was the reference day's), unless its clause is
            # past, an episode ("we stayed until 2pm on weekdays" keeps none)
            if not _past_clause(text, q.start, q.end):
                value = f"XXXX-XX-XXT{clock.hour:02d}:{clock.minute:02d}"
                out[i] = Found("TIME", Fixed(value), q.found.mod)
            continue
        if joins.group().strip().lower() == "at":
            continue  # "until 9pm at weekends" is not yet read as those days' clock time
        days = _RECURRING_DAYS.fullmatch(p.found.spec.value)
        if days is None or days.group(1) != p.found.spec.value:
            continue  # a weekday alone ("Thursdays"), not one with a time of its own
        value = f"{days.group(1)}T{clock.hour:02d}:{clock.minute:02d}"
        out[i] = Found("TIME", Fixed(value), q.found.mod)
    return out


#: A count of units filling the unit of a rate ("seven days a week", "7 days a week", "365
#: days a year"; :func:`.rules.common.whole_rate` decides) right after a range of hours, or
#: right before one.
_WHOLE_RATE = r"([\w-]{1,12})\s{1,3}([a-z]{3,6})\s{1,3}(?:an?|per)\s{1,3}([a-z]{3,5})\b"
_RATE_AFTER_HOURS = re.compile(r"\s{0,3},?\s{0,3}" + _WHOLE_RATE, re.IGNORECASE)
_RATE_BEFORE_HOURS = re.compile(
    _WHOLE_RATE + r"\s{0,3},?\s{0,3}(?:(?:from|between)\s{1,3})?$", re.IGNORECASE
)


def _hour_ranges(text: str, pieces: list[Piece]) -> Iterator[tuple[int, Piece, Piece]]:
    """Each pair of clock times next to each other in ``pieces`` joined as a range of hours
    ("10am to 4pm", "9am-1pm"), with the index of the first."""
    for a in range(len(pieces) - 1):
        first, second = pieces[a], pieces[a + 1]
        if first.found.type != "TIME" or second.found.type != "TIME":
            continue
        if _HOURS_JOIN.fullmatch(text[first.end : second.start]):
            yield a, first, second


def whole_rate_hours(text: str, pieces: list[Piece]) -> dict[int, Found]:
    """The clock times (by index in ``pieces``) of a range of hours beside a whole rate, which
    is left untagged ("open from 8am to 8pm, seven days a week", "seven days a week, 9am-5pm"):
    the hours of every day, as "daily from 8am to 8pm" are (``XXXX-XX-XXT08:00``), not the
    publication day's."""
    out: dict[int, Found] = {}
    every_day = Found("SET", Fixed("P1D"))
    for a, first, second in _hour_ranges(text, pieces):
        m = _RATE_AFTER_HOURS.match(text, second.end) or _RATE_BEFORE_HOURS.search(
            text, max(0, first.start - 40), first.start
        )
        if m is None or not whole_rate(m.group(1), m.group(2), m.group(3)):
            continue
        ends = [_recurring_clock(every_day, q.found.spec) for q in (first, second)]
        if ends[0] is not None and ends[1] is not None:
            out[a], out[a + 1] = ends[0], ends[1]
    return out


#: A weekday, "weekend" or "weekday" used as an adjective before a noun of the hours kept
#: (``day_hours_nouns.tsv``) and a copula or a colon, right before a range of hours: "Sunday
#: hours are 10am to 4pm", "Saturday opening hours: 9am-1pm", "weekend hours are from 10".
_DAY_HOURS_BEFORE = re.compile(
    rf"(?<!\w)(?P<day>{alternation(r[0] for r in rows('weekdays') if len(r) == 2)}"
    rf"|weekend|weekday)s?\s{{1,3}}(?:{alt('day_hours_nouns')})\s{{0,3}}"
    r"(?:(?:are|were|will\s{1,3}be|would\s{1,3}be)\s{1,3}|:\s{0,3})"
    r"(?:(?:from|between)\s{1,3})?$",
    re.IGNORECASE,
)
#: ISO weekday numbers by the full names of ``weekdays.tsv``.
_WEEKDAY_NUMBERS = {r[0]: r[1] for r in rows("weekdays") if len(r) == 2}


def day_hours(text: str, pieces: list[Piece]) -> dict[int, Found]:
    """The clock times (by index in ``pieces``) of a range of hours after a weekday's hours
    ("Sunday hours are 10am to 4pm": ``XXXX-WXX-7T10:00``, ``XXXX-WXX-7T16:00``) or the
    weekend's ("weekend opening hours: 10am-6pm", every such day's, ``XXXX-XX-XXT10:00`` as
    "on weekends from 10am" is): the hours of every such day, which the weekday, used as an
    adjective, leaves untagged (``weekday_blockers.tsv``), not the publication day's (s38-known)."""
    out: dict[int, Found] = {}
    for a, first, second in _hour_ranges(text, pieces):
        m = _DAY_HOURS_BEFORE.search(text, max(0, first.start - 48), first.start)
        if m is None:
            continue
        number = _WEEKDAY_NUMBERS.get(m.group("day").lower())
        days = Found("SET", Fixed(f"XXXX-WXX-{number}" if number else "P1D"))
        ends = [_recurring_clock(days, q.found.spec) for q in (first, second)]
        if ends[0] is not None and ends[1] is not None:
            out[a], out[a + 1] = ends[0], ends[1]
    return out


#: The SETs of the working days and of the weekends (rules.sets: "every weekday", "on
#: weekends").
_WEEK_PARTS = frozenset({"XXXX-WXX-WD", "XXXX-WXX-WE"})


def recurring_hours(text: str, pieces: list[Piece]) -> dict[int, Found]:
    """The clock times (by index in ``pieces``, the selected expressions in text order) of a
    range of hours beside a recurring day: "open daily from 10 a.m. to 5 p.m.", "from 8 a.m. to
    1 p.m. on Saturdays". TimeML 1.2.1 values a time whose day is any of a recurring set with
    that set's partial date (``XXXX-XX-XXT10:00``); read against the reference, each end would
    be a time on the publication day."""
    out: dict[int, Found] = {}
    for i, p in enumerate(pieces):
        if p.found.type != "SET" or type(p.found.spec) is not Fixed:
            continue
        sub_day = _SUB_DAY.fullmatch(p.found.spec.value) is not None
        if sub_day and _day_told_before(text, pieces, i):
            continue
        # "open every weekday from 10am to 2pm", "on weekends from 8": hours of every such
        # day, which TIMEX3 writes as any day's (XXXX-XX-XXT10:00), as after "daily"
        sub_day = sub_day or p.found.spec.value in _WEEK_PARTS
        if not sub_day and not _RECURRING_DAY.fullmatch(p.found.spec.value):
            continue
        for a, b, gap in ((i + 1, i + 2, _SET_THEN_HOURS), (i - 2, i - 1, _HOURS_THEN_SET)):
            if a < 0 or b >= len(pieces):
                continue
            first, second = pieces[a], pieces[b]
            near = text[p.end : first.start] if a > i else text[second.end : p.start]
            joined = gap.fullmatch(near)
            if not joined or not _HOURS_JOIN.fullmatch(text[first.end : second.start]):
                continue
            if joined.groupdict().get("at") and p.found.spec.value not in _WEEK_PARTS:
                continue  # "9am to 5pm at weekends" (British "on"), not "at" a weekday
            days = Found("SET", Fixed("P1D")) if sub_day else p.found
            if a > i and i > 0 and _ranged_days(text, pieces[i - 1], p):
                # "open Mondays to Fridays from 9am to 4pm": the hours of every day of the
                # range, which no one weekday's pattern holds, as "daily" is
                # (XXXX-XX-XXT09:00)
                days = Found("SET", Fixed("P1D"))
            ends = [_recurring_clock(days, spec) for spec in _zone_shared(first, second)]
            if ends[0] is not None and ends[1] is not None:
                out[a], out[b] = ends[0], ends[1]
        nxt = i + 1
        if (
            nxt not in out
            and nxt < len(pieces)
            and _SET_THEN_FROM.fullmatch(text, p.end, pieces[nxt].start)
        ):
            # "will run daily from 8am until the last exam", "Buses run every day from 6am":
            # an open range's start beside the recurring day is its hour, any day's (s33,
            # blind text 850: was the publication day's)
            days = Found("SET", Fixed("P1D")) if sub_day else p.found
            start = _recurring_clock(days, pieces[nxt].found.spec)
            if start is not None:
                out[nxt] = start
    return out


#: What joins a holiday to a recurring time before it in a list of days: "closed on Sundays
#: and on Christmas Day", "every weekend in summer and on Boxing Day", "weekends, or Easter".
_LIST_JOIN = re.compile(
    r"\s{0,3},?\s{1,3}(?:and|or)\s{1,3}(?:on\s{1,3})?|\s{0,3},\s{1,3}(?:on\s{1,3})?"
)
#: How far back in its clause the recurring time of such a list may stand.
_LIST_REACH = 60
#: A holiday on a fixed day of the year (``holidays.tsv``'s "12-25").
_FIXED_DAY_RULE = re.compile(r"\d\d-\d\d")


#: A word that opens the days excepted from a recurring time (``list_exception_words.tsv``).
_EXCEPTED = re.compile(rf"\b(?:{alternation(words('list_exception_words'))})\b", re.IGNORECASE)


def recurring_holidays(text: str, pieces: list[Piece]) -> dict[int, Found]:
    """A holiday on a fixed day, without a year, joined to the end of a list of days that a
    recurring time opens (by index in ``pieces``): a day of every year, as the rest of the
    list is ("The shop is closed on Sundays and on Christmas Day" = XXXX-12-25; "steam trains
    run every weekend in summer and on Boxing Day" = XXXX-12-26; session 35, blind text 957),
    not the one the tense points at."""
    out: dict[int, Found] = {}
    for i in range(1, len(pieces)):
        q = pieces[i]
        spec = q.found.spec
        if (
            type(spec) is not HolidayRef
            or spec.year is not None
            or spec.n
            or spec.this
            or not _FIXED_DAY_RULE.fullmatch(spec.rule)
            or not _LIST_JOIN.fullmatch(text, pieces[i - 1].end, q.start)
        ):
            continue
        later = q
        for p in reversed(pieces[:i]):
            between = text[p.end : q.start]
            if q.start - p.end > _LIST_REACH or any(ch in between for ch in ".;!?\n"):
                break
            if _EXCEPTED.search(text, p.end, later.start):
                # "each day except Christmas Day and Boxing Day": the list is of the days
                # excepted, not of the recurring one (session 36, blind text 917)
                break
            if p.found.type == "SET":
                out[i] = Found("DATE", Fixed(f"XXXX-{spec.rule}"), q.found.mod)
                break
            later = p
    return out


#: "from" or "between" between a recurring time and the range of months after it ("open every
#: weekend from April to October").
_SET_MONTH_LEAD = re.compile(r"\s{1,3}(?:from|between)\s{1,3}")
#: The join of a range of months ("April to October", "May and September", "June–August").
_MONTH_RANGE_JOIN = re.compile(r"\s{1,3}(?:to|until|till|through|and)\s{1,3}|\s{0,2}[-–]\s{0,2}")
#: The tense markers of a habit told in the present ("is open", the schedule's "sails").
_HABIT_KINDS = frozenset({"present", "scheduled"})
#: The end of a sentence or a line, for the clause of such a month.
_SENTENCE_MARK = re.compile(r"[.!?;\n]")


def _bare_month(found: Found) -> int | None:
    """The month of a month named alone, without its year or a day ("April"), else None."""
    spec = found.spec
    if (
        found.type != "DATE"
        or type(spec) is not CalendarDate
        or spec.year is not None
        or spec.month is None
        or spec.day is not None
        or spec.nearest
        or spec.ahead
    ):
        return None
    return spec.month


def recurring_months(text: str, pieces: list[Piece]) -> dict[int, Found]:
    """A range of months without their year right after a recurring time (by index in
    ``pieces``), in a sentence with no past or future verb (a present of schedules is none):
    the months of every year the set recurs in, as a season there is ("the museum is open
    every weekend from April to October"
    = XXXX-04, XXXX-10; s39-history, blind text 1107: were the publication year's). A start
    alone is when the habit begins ("biweekly from January", "3 days a week from november":
    that month), and "In 1995 it opened every weekend from April to October" keeps the
    story's."""
    out: dict[int, Found] = {}
    for i in range(1, len(pieces)):
        p, q = pieces[i - 1], pieces[i]
        month = _bare_month(q.found)
        if (
            p.found.type != "SET"
            or month is None
            or _SET_MONTH_LEAD.fullmatch(text, p.end, q.start) is None
        ):
            continue
        ends = [(i, month)]
        if i + 1 < len(pieces):
            r = pieces[i + 1]
            second = _bare_month(r.found)
            if second is not None and _MONTH_RANGE_JOIN.fullmatch(text, q.end, r.start):
                ends.append((i + 1, second))
        if len(ends) < 2:
            continue
        lo = max(0, p.start - 300)
        marks = list(_SENTENCE_MARK.finditer(text, lo, p.start))
        start = marks[-1].end() if marks else lo
        stop = _SENTENCE_MARK.search(text, pieces[ends[-1][0]].end)
        kinds = Clauses(text[start : stop.start() if stop else len(text)]).kinds
        if not set(kinds) <= _HABIT_KINDS:
            continue
        for k, m in ends:
            out[k] = Found("DATE", Fixed(f"XXXX-{m:02d}"), pieces[k].found.mod)
    return out
