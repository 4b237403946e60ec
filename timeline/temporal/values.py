"""Underspecified values: what a rule extracts before it is anchored.

Rules do not compute dates. They say what the text says ("a Wednesday", "one day before the
reference", "the third quarter of some year") as one of these small frozen records; the
functions of :mod:`timeline.temporal.anchor` then turn each kind into a TIMEX3 value and an
interval, using the reference time, the tense of the sentence and the narrative anchor.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .frozen import fast_init


class Spec:
    """Base class of every underspecified value."""

    __slots__ = ()


@dataclass(frozen=True, slots=True)
class CalendarDate(Spec):
    """A calendar date, year-month-day from coarse to fine; ``year=None`` is underspecified.

    "March 22, 2013" = (2013, 3, 22); "March 2013" = (2013, 3); "2013" = (2013,);
    "March 22" = (None, 3, 22); "April" = (None, 4). ``weekday`` ("Monday, Oct. 26") picks the
    year in which that day falls on that weekday. ``nearest``: a date set in advance ("the
    Jan. 14 deadline") is the nearest such day whatever the tense of its sentence. ``ahead``:
    a month a contract delivers in ("for March delivery", "the December contract") is the
    first such month from the reference's on, whatever the tense; a day, the end of a period a
    forecast looks to ("its forecast for the fiscal year ending March 31"), the first such day
    from the reference day on.
    """

    year: int | None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    nearest: bool = False
    ahead: bool = False


fast_init(CalendarDate)


@dataclass(frozen=True, slots=True)
class WeekdayRef(Spec):
    """A weekday (ISO number, Monday = 1) whose week follows from tense: "said Wednesday".

    ``n=-1`` forces the last one strictly before the reference day ("last Friday"), ``n=1``
    the next one strictly after it ("next Friday"). ``anchored``: counted from the last day
    mentioned instead of the reference ("the previous Friday", "the following Monday").
    ``possessive``: "Wednesday's ruling" names something that has happened, so it is the most
    recent such day whatever the tense ("they will appeal Wednesday's ruling"). ``ahead``: the
    one on or after the reference day whatever the tense (a tweet's "this sat"). ``told``: the
    one nearest the last day the text named ("leave fri 3rd ... working that fri"). ``side``:
    the last one before (-1) or the first after (1) the day the text is at, when it has one
    ("the Saturday before the collapse", "the Monday after the vote"); else as a bare weekday.
    ``this``: written after "this" ("this sat"), this week's whatever a chat's plan is at.
    """

    weekday: int
    n: int = 0
    anchored: bool = False
    possessive: bool = False
    ahead: bool = False
    told: bool = False
    side: int = 0
    this: bool = False


fast_init(WeekdayRef)


@dataclass(frozen=True, slots=True)
class DayOffset(Spec):
    """A day counted from the reference day: today 0, yesterday -1, tomorrow 1."""

    days: int


fast_init(DayOffset)


@dataclass(frozen=True, slots=True)
class CalendarRelative(Spec):
    """The calendar ``unit`` containing the reference, moved by ``n``: "last week" = (week, -1).
    ``coming`` ("this coming weekend"): the first such unit still to begin. ``this``: written
    "this <unit>" in news ("will meet this week"), not chat's "over the week"."""

    unit: str
    n: int
    coming: bool = False
    this: bool = False


fast_init(CalendarRelative)


@dataclass(frozen=True, slots=True)
class TurnOfYear(Spec):
    """ "the turn of the year": the year that begins at the New Year the tense points at (the
    last one in a past clause, the next in a future one, else the nearest)."""


fast_init(TurnOfYear)


@dataclass(frozen=True, slots=True)
class Offset(Spec):
    """``n`` units from a base: "two days ago" (day, -2, ref), "a year earlier" (year, -1, anchor).

    ``base`` is ``"ref"`` (the reference time) or ``"anchor"`` (the last resolved date in the text,
    falling back to the reference). ``keep``: a year offset keeps a finer anchor's unit ("a year
    earlier" after "the third quarter" is a quarter); "the following year" does not.
    ``period``: the unit the result must have ("the year-ago quarter"). ``compared``: the
    offset is the term of a comparison ("rose 3.6% from a year ago"), which keeps a reported
    month too. ``written``: the duration as a compound writes it ("two hours and forty minutes
    later" = ``PT2H40M``, counted as 160 minutes), the value when no clock time anchors it.
    ``pod``: the part of the day of a ``period`` "day" ("ten years ago tonight").
    """

    unit: str
    n: int
    base: str = "ref"
    keep: bool = True
    period: str | None = None
    compared: bool = False
    written: str | None = None
    #: the part of that day ("Thirty-seven years ago tonight": ``NI``), with ``period`` "day"
    pod: str | None = None


@dataclass(frozen=True, slots=True)
class QuarterRef(Spec):
    """Quarter ``quarter`` (1-4) of ``year``; ``year=None`` = the nearest such quarter.
    ``ahead``: a forecast's quarter ("raised its third-quarter forecast"), dated as in a clause
    that is not past whatever the tense. ``results``: a quarter whose results a clause names
    ("will report fourth-quarter results", "earnings for the fourth quarter"): published once
    it is over, so in a clause that is not past the last one over when this year's has not
    begun ("will report fourth-quarter results on Feb. 12", in January: last year's)."""

    quarter: int
    year: int | None = None
    ahead: bool = False
    results: bool = False


fast_init(QuarterRef)


@dataclass(frozen=True, slots=True)
class HalfRef(Spec):
    """Half ``half`` (1-2) of ``year``; ``year=None`` = the nearest such half. ``ahead``: a
    forecast's half ("confirmed its H2 guidance"), as :class:`QuarterRef`'s."""

    half: int
    year: int | None = None
    ahead: bool = False


fast_init(HalfRef)


@dataclass(frozen=True, slots=True)
class CurrentPeriod(Spec):
    """ "the quarter", "the latest quarter": the reporting period the text is about.

    The narrative anchor's period when there is one, else the last completed ``unit``; with
    ``current`` ("the end of the month") the one containing the anchor or the reference. A
    year without an anchor is the reference's ("the fiscal year"), unless ``completed`` says
    it is over ("the latest fiscal year": the last complete year).
    """

    unit: str
    current: bool = False
    completed: bool = False
    #: the START/MID/END of a ``current`` unit ("the end of the month", "by mid-year"): without
    #: a story date, a part still to come in a past clause is the previous unit's, and a part
    #: over in a future clause the next unit's
    part: str | None = None


fast_init(CurrentPeriod)


@dataclass(frozen=True, slots=True)
class SeasonRef(Spec):
    """A season (SP, SU, FA, WI) of ``year``; with ``year=None`` the direction follows tense,
    unless ``n`` is given ("this summer" n=0, "last fall" n=-1, "next spring" n=1).
    ``anchored`` counts from the narrative anchor instead: "the following spring" (1), "the
    previous winter" (-1). ``of_year`` is the season of the reference's year moved by it: "the
    autumn of last year" (-1), "summer next year" (1)."""

    season: str
    year: int | None = None
    n: int | None = None
    anchored: int = 0
    of_year: int | None = None


fast_init(SeasonRef)


@dataclass(frozen=True, slots=True)
class DecadeRef(Spec):
    """The decade starting in ``year`` (1990 for "the 1990s"); ``century_known`` is False for
    "the '90s", which is placed in the reference's century (or the previous one if in the
    future)."""

    year: int
    century_known: bool = True
    half: int = 0  # 1 or 2: "the first (last) half of the 1980s", that half's years


fast_init(DecadeRef)


@dataclass(frozen=True, slots=True)
class CenturyRef(Spec):
    """The ``ordinal``-th century: 21 = years 2000-2099 (TIMEX3 value ``20``); ``half`` 1 or 2:
    "the first (second) half of the 20th century", that half's years."""

    ordinal: int
    half: int = 0


fast_init(CenturyRef)


@dataclass(frozen=True, slots=True)
class HolidayRef(Spec):
    """A holiday by its ``holidays.tsv`` rule (``12-25``, ``easter+1``, ``thanksgiving``).
    ``n``: -1 the last one before the reference day ("last Thanksgiving"), 1 the next one after
    it ("next Christmas"), 0 the one the tense points at (or, with ``this``, the reference
    year's)."""

    rule: str
    year: int | None = None
    n: int = 0
    this: bool = False
    #: Before a noun of its run-up ("Christmas shopping", "the Christmas rush"): the coming one
    #: within weeks of the reference even in a past clause (anchor._OCCASION_NEAR).
    nearest: bool = False


fast_init(HolidayRef)


@dataclass(frozen=True, slots=True)
class PartOfDay(Spec):
    """A part of day (MO, AF, EV, NI) of the day ``base`` resolves to: "Wednesday night".
    ``coming``: chat's "in the morning" without a day, the reference day's, or the next day's
    in a future clause when the reference's own is over (anchor.py)."""

    base: Spec
    pod: str
    coming: bool = False


fast_init(PartOfDay)


@dataclass(frozen=True, slots=True)
class ClockTime(Spec):
    """A time of day on the day ``base`` resolves to (the reference day if None).

    ``unit`` is ``hour`` for "10 a.m." and ``minute`` for "3:30 p.m."; ``tz_minutes`` is the
    UTC offset of an explicit fixed zone ("EST" = -300, "GMT+3" = 180), ``zone`` an IANA zone
    named in the text ("Kyiv time" = ``Europe/Kyiv``).
    """

    hour: int
    minute: int
    unit: str
    base: Spec | None = None
    tz_minutes: int | None = None
    zone: str | None = None
    #: an hour from 1 to 12 written without a.m./p.m. or a part of day ("at 3:30"): with a
    #: preferred direction it is the next (or last) such time on a 12-hour clock
    twelve_hour: bool = False
    #: the seconds of a time written to the second ("15:23:24", ``unit`` ``second``)
    second: int = 0


fast_init(ClockTime)


@dataclass(frozen=True, slots=True)
class QuarterEnding(Spec):
    """ "the quarter ended July 31": a fiscal quarter, named as the calendar quarter most of its
    three months fall in (the quarter of the day 45 days before ``end``): 2022-Q2 for a quarter
    ended July 31, 2022-Q3 for one ended Sept. 30. ``ending`` ("the quarter ending March 31"):
    the quarter may be under way, whatever the tense ("said its results for the quarter ending
    March 31 would be weak", written on March 12: the coming March 31, less than a quarter
    ahead). ``named``: the quarter's months are named ("the January-March quarter", "the March
    quarter"): no quarter the text has named before stands for it."""

    end: CalendarDate
    ending: bool = False
    named: bool = False


fast_init(QuarterEnding)


@dataclass(frozen=True, slots=True)
class IsoWeek(Spec):
    """The ISO week numbered ``n`` of ``year``: "week 47 of 2025", a surveillance report's
    "week 48"; without a year, the week with that number the tense points at."""

    n: int
    year: int | None = None


fast_init(IsoWeek)


@dataclass(frozen=True, slots=True)
class WeekOf(Spec):
    """The week containing the day ``base`` resolves to: "the week of March 6"; with ``unit``
    "weekend", the weekend of that day's ISO week: "the weekend of 14-15 March"; with ``back``
    days, the week of the day that many days before it ("the week ended May 11": the ISO week
    most of the seven days ending on May 11 fall in, that of May 8)."""

    base: Spec
    unit: str = "week"
    back: int = 0


fast_init(WeekOf)


@dataclass(frozen=True, slots=True)
class Fixed(Spec):
    """A value that needs no anchoring: PRESENT_REF, PXW, P1W (sets), XXXX-WI ..."""

    value: str


fast_init(Fixed)


@dataclass(frozen=True, slots=True)
class PastSpan(Spec):
    """A DURATION that ends at the reference: "the past two weeks" (P2W, [ref - 2w, ref)).

    ``n=None`` is a vague count ("the past few weeks", PXW, no interval).
    """

    unit: str
    n: int | None


fast_init(PastSpan)


@dataclass(frozen=True, slots=True)
class ComingSpan(Spec):
    """A DURATION that starts at the reference: "the next three days" (P3D, [ref, ref + 3d)).

    ``sequel``: "the following three years", which counts on from a time the text told and
    only from one (no interval without it)."""

    unit: str
    n: int | None
    sequel: bool = False


fast_init(ComingSpan)


@dataclass(frozen=True, slots=True)
class YearEnd(Spec):
    """ "year-end" without a year: the end of the reference's year, or, in a past clause or
    after "since", of the last year that has ended ("has risen since year-end", said in March,
    is the end of the year before)."""


fast_init(YearEnd)


@dataclass(frozen=True, slots=True)
class NewYear(Spec):
    """ "in the new year", "early in the new year": the year that begins next, said in the second
    half of a year (a decision "early in the new year" promised in the autumn is next year's),
    else, after "since" or in a past clause, the year just begun ("since the new year", "Prices
    rose in the new year"); counted from the story's date in a narrative."""

    since: bool = False


fast_init(NewYear)


@dataclass(frozen=True, slots=True)
class SoFar(Spec):
    """ "earlier this month": the calendar unit's value, interval [unit start, end of ref day).
    ``anchored`` ("earlier in the day"): the unit of the day the story is on, if any."""

    unit: str
    anchored: bool = False


fast_init(SoFar)


@dataclass(frozen=True, slots=True)
class RestOf(Spec):
    """ "later this year": the calendar unit's value, interval [ref day, unit end).
    ``anchored`` ("later in the day"): the unit of the day the story is on, if any."""

    unit: str
    anchored: bool = False


fast_init(RestOf)


@dataclass(frozen=True, slots=True)
class MonthRef(Spec):
    """A month name with "last" (n=-1), "this" (0) or "next" (1): "last April".

    ``anchored`` counts from the narrative anchor instead: "the following January" (1), "the
    previous March" (-1); without a date before it, it is ``n`` from the reference."""

    month: int
    n: int
    anchored: int = 0


fast_init(MonthRef)


@dataclass(frozen=True, slots=True)
class MonthOfYear(Spec):
    """Month ``month`` of the reference year moved by ``n``: "June last year"; with ``day``,
    that day of it: "1 September last year"."""

    month: int
    n: int
    day: int | None = None


fast_init(MonthOfYear)


@dataclass(frozen=True, slots=True)
class QuarterOfYear(Spec):
    """Quarter ``quarter`` of the reference year moved by ``n``: "next year's first quarter".
    ``told`` ("the fourth quarter of the year") is of a year its sentence named before it."""

    quarter: int
    n: int
    told: bool = False


fast_init(QuarterOfYear)


@dataclass(frozen=True, slots=True)
class HalfOfYear(Spec):
    """Half ``half`` of the reference year moved by ``n``: "the second half of next year".
    ``told`` ("the first half of the year") is of a year its sentence named before it."""

    half: int
    n: int
    told: bool = False


fast_init(HalfOfYear)


@dataclass(frozen=True, slots=True)
class WeekendRef(Spec):
    """ "the weekend": the nearest weekend in the tense's direction."""


fast_init(WeekendRef)


@dataclass(frozen=True, slots=True)
class InOffset(Spec):
    """ "in two years": a DATE ``n`` units after the reference in a future sentence, otherwise
    ("the first time in two years") a DURATION."""

    unit: str
    n: int


fast_init(InOffset)


@dataclass(frozen=True, slots=True)
class PeriodOfYear(Spec):
    """ "the 1988 period": the reporting period the text is about, in ``year``; ``unit``
    "quarter" for "the 1988 quarter"."""

    year: int
    unit: str = "period"


fast_init(PeriodOfYear)


@dataclass(frozen=True, slots=True)
class DayOfMonth(Spec):
    """ "on the 14th": that day of the month the story is in (the narrative anchor's month,
    else the reference's), moved a month by tense if it would otherwise be on the wrong side."""

    day: int


fast_init(DayOfMonth)


@dataclass(frozen=True, slots=True)
class WeekdayDayOfMonth(Spec):
    """ "Thu 15th", "Tuesday the 19th": day ``day`` of the month in which it falls on that ISO
    ``weekday``, the one the tense points at."""

    weekday: int
    day: int


fast_init(WeekdayDayOfMonth)


@dataclass(frozen=True, slots=True)
class NthInMonth(Spec):
    """The ``n``-th ISO ``weekday`` (or, with ``weekday=None``, the ``n``-th day) of the month
    ``month`` resolves to; ``n < 0`` counts from its end: "the first Tuesday of October" (2,
    1), "the last day of October 2015" (None, -1), "the 20th of next month" (None, 20)."""

    weekday: int | None
    n: int
    month: Spec


fast_init(NthInMonth)


@dataclass(frozen=True, slots=True)
class WeekdayOfWeek(Spec):
    """ISO ``weekday`` of the week ``week`` resolves to: "wednesday of next week"."""

    weekday: int
    week: Spec


fast_init(WeekdayOfWeek)


@dataclass(frozen=True, slots=True)
class NthWeekdayAfter(Spec):
    """The ``n``-th ISO ``weekday`` after the day ``base`` resolves to ("the third Tuesday
    after Christmas 2014", "3 fridays from now"), or before it with ``n < 0`` ("2 thursdays
    ago")."""

    weekday: int
    n: int
    base: Spec


fast_init(NthWeekdayAfter)


@dataclass(frozen=True, slots=True)
class FromNow(Spec):
    """A time ``seconds`` after the reference: "2 minutes from now", and "in half an hour"
    read with a preferred direction in a sentence without tense (else ``always`` is False and
    it is the DURATION ``duration``, as TimeML reads "in half an hour" in news)."""

    seconds: int
    duration: str
    always: bool = False


fast_init(FromNow)


@dataclass(frozen=True, slots=True)
class NthWeekIn(Spec):
    """The ``n``-th Monday-to-Sunday week wholly inside the month or year ``period`` resolves
    to (``n < 0`` from its end): "the first week of October 2014", "the third last week of
    2018"; with ``weekend``, the weekend of its ``n``-th Saturday ("the third weekend of July",
    "the last weekend in May")."""

    n: int
    period: Spec
    weekend: bool = False


fast_init(NthWeekIn)


@dataclass(frozen=True, slots=True)
class ShiftFrom(Spec):
    """The day ``base`` resolves to, moved by ``n`` ``unit``s: "three days after Easter", "a
    year from Christmas", "3 years from today". ``ahead``: the base is the coming one, whatever
    the tense ("a week from Friday" is a week after the coming Friday)."""

    unit: str
    n: int
    base: Spec
    ahead: bool = False


fast_init(ShiftFrom)


@dataclass(frozen=True, slots=True)
class ClosestWeekday(Spec):
    """The ``n``-th closest ISO ``weekday`` to the day ``base`` resolves to: "the closest
    Monday to Oct 5th" (n=1), "the second closest Mon to October fifth" (n=2); of two equally
    close, the earlier."""

    weekday: int
    n: int
    base: Spec


fast_init(ClosestWeekday)


@dataclass(frozen=True, slots=True)
class StoryNight(Spec):
    """The night an episode of the story happened in, named without its day ("late at night",
    "worked through the night", "late into the night"): the night of the day the text is about
    (the last day named, if recent or in a story told from afar), else by the tense the night
    before the reference day (past), or its own night (future). A TIME of part of day NI. In a
    present clause the phrase is habitual ("Bars stay open late into the night") and names no
    night."""


fast_init(StoryNight)


@dataclass(frozen=True, slots=True)
class SameDayIn(Spec):
    """The reference's month and day in ``year``: "On this day in 1969" (an almanac's "this
    day", the publication's date that many years back)."""

    year: int


fast_init(SameDayIn)


@dataclass(frozen=True, slots=True)
class InAnchorYear(Spec):
    """A month or season of the year the story is in, moved by ``n`` years: "in March of that
    year" (0), "the spring of the following year" (1), "December of the previous year" (-1).
    ``base`` (a :class:`CalendarDate` with a month, a :class:`SeasonRef`, or a quarter or half of
    the year: "the second half of that year", or a holiday: "Easter the year after") has no
    year: it
    takes that of the narrative anchor (the last date resolved), else the reference's."""

    base: CalendarDate | SeasonRef | QuarterRef | HalfRef | HolidayRef
    n: int


fast_init(InAnchorYear)


@dataclass(frozen=True, slots=True)
class StoryPartOfDay(Spec):
    """A part of the day an episode of a story happened in, named without its day ("The
    Prussians arrived in the afternoon", "during the morning"): that part (``pod``: MO, AF, EV)
    of the day the text is about (the last day named, if within a week of the reference or in
    a story told from afar), as TimeBank tags "the morning" of a known day. With no such day,
    or in a present clause (a habit: "The museum is quiet in the morning"), it names no time.
    ``flashback``: a past perfect governs it ("He had spent the evening at a bar"), which tells
    what came before the story's time."""

    pod: str
    flashback: bool = False


fast_init(StoryPartOfDay)


@dataclass(frozen=True, slots=True)
class Overnight(Spec):
    """The night next to the reference (bare "overnight", "in the early hours"): in a past or
    tenseless clause the night that ended on the reference day, in a future one the night that
    begins on it. A TIME of part of day NI (TimeML 1.2.1)."""


fast_init(Overnight)


def moves_story_on(spec: Spec) -> bool:
    """True for a forward offset of months or years from the story's time ("The next year",
    "two years later"): the story goes on there, so a month named after it is in that year
    ("The next year ... in February")."""
    return (
        type(spec) is Offset
        and spec.base == "anchor"
        and spec.n > 0
        and spec.unit in ("month", "year")
    )


def is_derived(spec: Spec) -> bool:
    """True for values that do not become the narrative anchor: comparisons computed from it
    ("a year earlier", "the year-ago quarter", "the quarter"). Day and week offsets ("two
    days later", "the next day") and months from the publication or forward ("two months
    ago", "a month later") do move the narrative on; months back from the story are a
    flashback ("sank on 7 June. It had failed the previous month ... two months later" counts
    from June, not May)."""
    if type(spec) is Offset:
        # "two days later" moves the story on, and so does a year forward from the story's
        # time (:func:`moves_story_on`); "a year earlier" is a comparison
        if spec.unit == "month":
            return spec.base == "anchor" and spec.n < 0
        if spec.unit in ("minute", "hour") and spec.base == "anchor" and spec.n > 0:
            # "separated about 20 minutes later and sent its first signals an hour after
            # that": the story's moment moves on, the next offset counts from it (session 32)
            return False
        if spec.base == "ref" and spec.unit == "year" and spec.n <= -2:
            return False  # "ten years ago", "Thirty-five years ago today": a past it tells of
        return spec.unit not in ("day", "week", "weekend") and not moves_story_on(spec)
    if type(spec) is InOffset or type(spec) is PeriodOfYear:
        return True
    if type(spec) is PartOfDay or type(spec) is WeekOf:
        return is_derived(spec.base)
    if type(spec) is ClockTime:
        return spec.base is not None and is_derived(spec.base)
    return False


def needs_tense(spec: Spec) -> bool:
    """True for values whose anchoring depends on the tense of their sentence (a weekday, a
    date without a year, "in two years", "two years later"); the engine analyses a sentence
    only for these.

    One look-up of the value's kind in :data:`_TENSED` (every kind is a final class, as
    :data:`~.anchor.ANCHORS` has them), not a chain of ``isinstance`` tests through the kinds:
    the chain took about 8,000 instructions a call, 15 million a TimeBank pass."""
    test = _TENSED.get(type(spec), False)
    return test if type(test) is bool else test(spec)


def _year_unknown(spec: CalendarDate | QuarterRef | HalfRef | HolidayRef | IsoWeek) -> bool:
    return spec.year is None


def _base_needs_tense(
    spec: PartOfDay | WeekOf | NthWeekdayAfter | ShiftFrom | ClosestWeekday,
) -> bool:
    return needs_tense(spec.base)


def _pod_needs_tense(spec: PartOfDay) -> bool:
    # "ill check the shed in the morning", said in the evening (PartOfDay.coming, anchor.py)
    return spec.coming or needs_tense(spec.base)


def _current_needs_tense(spec: CurrentPeriod) -> bool:
    # "by the end of the year" in a future clause is not the story's past year; "the full
    # year" told as over early in a year is the year before (anchor.py)
    return spec.current or spec.unit == "year"


def _so_far_needs_tense(spec: SoFar | RestOf) -> bool:
    # "earlier in the day" in a past clause is not on a day still to come (anchor.py)
    return spec.anchored


def _relative_needs_tense(spec: CalendarRelative) -> bool:
    # "marched this weekend", "will meet this week" written on a Sunday (anchor.py)
    return spec.n == 0 and (spec.unit == "weekend" or spec.this)


def _weekday_of_week_needs_tense(spec: WeekdayOfWeek) -> bool:
    # "Thursday this week" written on a Sunday: the coming week's in a clause that is not past
    # (anchor.py, session 42)
    return type(spec.week) is CalendarRelative and spec.week.n == 0


def _season_needs_tense(spec: SeasonRef) -> bool:
    # "this winter" written in spring: the one just over in a past clause (anchor.py)
    return (
        spec.year is None
        and spec.of_year is None
        and (spec.n is None or (spec.n == 0 and spec.season == "WI"))
    )


def _offset_needs_tense(spec: Offset) -> bool:
    # "ten years later" in a past clause cannot land after the publication
    return spec.base == "anchor" and spec.n > 0


def _clock_needs_tense(spec: ClockTime) -> bool:
    # a clock time with no day moves a day by the tense when the reference has a time of
    # day ("happened at 11 p.m.", published at 14:00: see anchor._tense_moves_clock)
    return spec.base is None or needs_tense(spec.base)


#: Kind of value -> whether its anchoring depends on the tense (:func:`needs_tense`): always
#: (True), or as a test of the value says; a kind not here never does.
_TENSED: dict[type[Spec], bool | Callable[[Any], bool]] = {
    WeekdayOfWeek: _weekday_of_week_needs_tense,
    **dict.fromkeys(
        (
            WeekdayRef,
            WeekendRef,
            InOffset,
            DayOfMonth,
            WeekdayDayOfMonth,
            FromNow,
            Overnight,
            StoryNight,
            StoryPartOfDay,
            YearEnd,
            NewYear,
        ),
        True,
    ),
    **dict.fromkeys((CalendarDate, QuarterRef, HalfRef, HolidayRef, IsoWeek), _year_unknown),
    CurrentPeriod: _current_needs_tense,
    SoFar: _so_far_needs_tense,
    RestOf: _so_far_needs_tense,
    CalendarRelative: _relative_needs_tense,
    SeasonRef: _season_needs_tense,
    **dict.fromkeys((WeekOf, NthWeekdayAfter, ShiftFrom, ClosestWeekday), _base_needs_tense),
    PartOfDay: _pod_needs_tense,
    # "the second half of the year" after a past year its sentence named: a future clause's is
    # the reference's (anchor._told_year; s37-wire3)
    QuarterOfYear: lambda spec: spec.told,
    HalfOfYear: lambda spec: spec.told,
    NthInMonth: lambda spec: needs_tense(spec.month),
    NthWeekIn: lambda spec: needs_tense(spec.period),
    QuarterEnding: lambda spec: needs_tense(spec.end),
    Offset: _offset_needs_tense,
    ClockTime: _clock_needs_tense,
    # "she spent the next two years laid up" after a year told: counted from it (anchor.py)
    ComingSpan: lambda spec: spec.n is not None,
}
