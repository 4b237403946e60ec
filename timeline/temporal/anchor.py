"""Anchoring: one small pure function per kind of underspecified value.

Each function takes the value a rule extracted and a :class:`Context` (reference time, tense of
the sentence, narrative anchor) and returns a :class:`Resolution`: the TIMEX3 value and, for
anything that sits on the timeline, the :class:`~timeline.temporal.calendar.Point` it denotes.
Nothing here reads the clock or the text.

Direction of underspecified dates (weekdays, "May 9", "April", seasons) follows the tense:
``past`` -> the most recent one on or before the reference day, ``future`` -> the next one on or
after it, ``present``/unknown -> the nearest one, ties going to the past (news is past-biased).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from typing import Any
from zoneinfo import ZoneInfo

from . import calendar as cal
from . import units
from .calendar import Point
from .types import Interval
from .units import duration_value
from .values import (
    CalendarDate,
    CalendarRelative,
    CenturyRef,
    ClockTime,
    ClosestWeekday,
    ComingSpan,
    CurrentPeriod,
    DayOffset,
    DayOfMonth,
    DecadeRef,
    Fixed,
    FromNow,
    HalfOfYear,
    HalfRef,
    HolidayRef,
    InAnchorYear,
    InOffset,
    IsoWeek,
    MonthOfYear,
    MonthRef,
    NewYear,
    NthInMonth,
    NthWeekdayAfter,
    NthWeekIn,
    Offset,
    Overnight,
    PartOfDay,
    PastSpan,
    PeriodOfYear,
    QuarterEnding,
    QuarterOfYear,
    QuarterRef,
    RestOf,
    SameDayIn,
    SeasonRef,
    ShiftFrom,
    SoFar,
    Spec,
    StoryNight,
    StoryPartOfDay,
    TurnOfYear,
    WeekdayDayOfMonth,
    WeekdayOfWeek,
    WeekdayRef,
    WeekendRef,
    WeekOf,
    YearEnd,
    needs_tense,
)


# Not frozen, unlike the values: a record built for every match or resolution of a tagging
# pass, where a frozen class's __init__ costs about twice as much (see frozen.py); nothing
# assigns to one after it is built.
@dataclass(slots=True, unsafe_hash=True)
class Context:
    """What anchoring may use: the reference, the tense of the sentence, the narrative anchor."""

    reference: datetime
    tense: str = "present"
    anchor: Point | None = None
    #: the tense of the story around a sentence without tense markers (used by weekdays)
    narrative_tense: str = "unknown"
    #: the last resolved day (or time of day): what "two days later" counts from
    day_anchor: Point | None = None
    #: the caller's direction for text without tense (``past``, ``future``, ``nearest``)
    prefer: str | None = None
    #: whether the tense is read from a verb or modal right before the expression ("closed in
    #: June"); when not ("told customers of a cutback in September"), a date a year away in
    #: the tense's direction yields to one within a month the other way (see :func:`_pick`)
    close: bool = True
    #: whether a phrase that looks ahead governs the expression ("ahead of Friday's vote")
    ahead: bool = False
    #: the text is telling a story at another time than the publication (a narrative, or a
    #: news background paragraph still in force): "overnight" is then the night after the
    #: day named
    in_story: bool = False
    #: ``day_anchor`` was named before the expression's sentence in a text that has named the
    #: publication's own day: the text is about that day, and a bare "overnight" is the night
    #: before it ("erupted at 4:12 a.m. on Tuesday ... warned on Sunday ... About 1,200
    #: residents were evacuated overnight", published Tuesday: Monday's night), not the night
    #: before the last day named (as in "closed lower Friday ... depressed by overnight losses"
    #: or "slipped on Thursday after overnight losses"); in a future clause, named before the
    #: expression's paragraph (a forecast's day ahead goes on through its paragraph)
    day_anchor_stale: bool = False
    #: the document is a narrative (history, biography): the story told from afar is the
    #: text's own time throughout, so a weekday named without a date follows it
    narrative: bool = False
    #: ``anchor`` is a night named earlier in the expression's own sentence ("last nite was
    #: insane, got home at 4am"), or a clock time of its evening ("lost power at 10ish and it
    #: came back at 1am"): a clock time in its small hours is on the next day
    night_before: bool = False
    #: a day more than a week ahead that the text wrote with its weekday ("We drive up on
    #: Friday 3 July"), the day of a plan the weekdays after it are around (see the engine), or
    #: one more than a week back, the day of a trip told after it ("On Friday 23 October we
    #: drove to Fort William"), whose weekdays in past clauses go on from it
    plan_day: date | None = None
    #: the expression is a clock time after "until"/"till" in a sentence that named its day
    #: (with no clock time between): a stretch of that day that runs "until 2am" ends in the
    #: small hours after its midnight ("On New Year's Eve trains will run until 02:00")
    runs_past_midnight: bool = False
    #: the last quarter or half named as an anchor: the period a report is about, which a news
    #: day named since ("shares rose yesterday") does not replace for "the same period last year"
    period_anchor: Point | None = None
    #: ``anchor`` was named earlier in the expression's own sentence ("For 2027 the board
    #: expects growth weighted towards the second half"); read only for an anchor of a week, a
    #: year or a half, by a weekday, a quarter or a half (or a value built on one): the engine
    #: looks the sentence up only then (False otherwise)
    anchor_in_sentence: bool = False
    #: the expression (a weekday) opens its sentence, alone or after "On": "Next week, the
    #: assembly will debate the bill. On Thursday, it will vote." goes on with the week named
    opens_sentence: bool = False
    #: the last month named as an anchor: the month a data release is about, which the
    #: release's own day named since ("released at 8:30 a.m. Friday") does not replace for a
    #: compared "a year ago"
    month_anchor: Point | None = None
    #: the expression is bounded by "since": it has begun, so a date a year back never yields
    #: to one days ahead (s31-intervals: "Sales have slumped since Halloween", written on 29
    #: October, is last year's Halloween, was the coming one)
    since: bool = False
    #: the text is chat (a ``colloquial`` document) whose talk is at a day it told with its
    #: date ("sat 27th") and the days around it (three either side): ``day_anchor`` is then
    #: a day of a plan, whose weekdays are around it (see :func:`anchor_weekday`)
    chat_plan: bool = False
    #: ``anchor`` is a clock time in the small hours the story reached from the evening or
    #: night of the day before ("gave way at 11:52 p.m. ... reached the town eight minutes
    #: later"): "the following afternoon|evening" is then the anchor's own day (s35-history2)
    crossed_night: bool = False
    #: s39-leftovers: a bare clock time after a verb of resuming whose anchor is a day a
    #: stretch lasted until late in ("went on until late Friday. It resumed shortly before
    #: noon"): the next day's (``engine``, ``resume_verbs.tsv``)
    resumed: bool = False
    #: s41-timebank: ``period_anchor`` was named in a future clause, an outlook ("will result
    #: in a fourth-quarter charge"), not the quarter a report is about
    period_ahead: bool = False

    @property
    def tz(self) -> tzinfo:
        return self.reference.tzinfo or UTC

    @property
    def today(self) -> date:
        return self.reference.date()


# Not frozen, unlike the values: a record built for every match or resolution of a tagging
# pass, where a frozen class's __init__ costs about twice as much (see frozen.py); nothing
# assigns to one after it is built.
@dataclass(slots=True, unsafe_hash=True)
class Resolution:
    """An anchored value: the TIMEX3 ``value`` and, when it sits on the timeline, its ``point``
    (or, for spans that are not calendar units, an explicit ``interval``)."""

    value: str
    point: Point | None = None
    interval: Interval | None = None
    granularity: str | None = None
    type: str | None = None


#: Days: a date this far in the tense's direction yields to one this near the other way, or
#: this near (``_NEAR_LOOSE``, a month: the month next to the current one counts) when the
#: tense is not read close to the date: news names a date a year off with its year ("March 12,
#: 1998", "last September"), while a date in the past or coming month needs none ("has
#: invited the ministers to a ceremony on March 12" in February is this March; "told oil
#: companies of a cutback in September" in August is this September).
_FAR, _NEAR, _NEAR_LOOSE = 300, 3, 31
#: How far ahead a holiday that names a noun ("Christmas shopping") is the one a past clause
#: means, a year away from the last one: the run-up that shops and chats talk of.
_OCCASION_NEAR = 45


def _near(ctx: Context) -> int:
    if ctx.since:
        return -1  # "since Halloween" two days before it: last year's, no yield (see _pick)
    return _NEAR if ctx.close else _NEAR_LOOSE


def _pick(candidates: list[date], today: date, tense: str, near: int = _NEAR) -> date:
    """The candidate the tense points at (see the module docstring). For whole units pass
    the first days of the candidates and the first day of the unit containing today: a unit
    then counts as past/future if it contains today. A candidate a year away in the tense's
    direction yields to one at most ``near`` days the other way."""
    past = [c for c in candidates if c <= today]
    future = [c for c in candidates if c >= today]
    if past and future:
        # a date a year away in the tense's direction while it fell or falls within days
        # the other way: "the ruling to repatriate the child by Jan. 14" on Jan. 15 is the
        # deadline that just passed, not next year's
        ahead, back = (min(future) - today).days, (today - max(past)).days
        if tense == "future" and ahead > _FAR and back <= near:
            return max(past)
        if tense == "past" and back > _FAR and ahead <= near:
            return min(future)
    if tense == "past" and past:
        return max(past)
    if tense == "future" and future:
        return min(future)
    best_past = max(past) if past else None
    best_future = min(future) if future else None
    if best_past is None:
        return best_future  # type: ignore[return-value]
    if best_future is None:
        return best_past
    return best_past if (today - best_past) <= (best_future - today) else best_future


def anchor_calendar_date(spec: CalendarDate, ctx: Context) -> Resolution | None:
    """Absolute dates keep their granularity; a missing year follows the tense."""
    today = ctx.today
    if spec.year is not None:
        try:
            if spec.day is not None:
                p = Point("day", date(spec.year, spec.month or 1, spec.day))
            elif spec.month is not None:
                p = Point("month", date(spec.year, spec.month, 1))
            else:
                p = Point("year", date(spec.year, 1, 1))
        except ValueError:
            return None
        return Resolution(cal.value(p), p)
    if spec.month is None:
        return None
    if spec.ahead and spec.day is None:
        # "for March delivery": the first March from the reference's month on
        y = today.year if spec.month >= today.month else today.year + 1
        p = Point("month", date(y, spec.month, 1))
        return Resolution(cal.value(p), p)
    if spec.day is not None:
        cands = []
        for y in range(today.year - 4, today.year + 5):  # wide enough for Feb. 29
            try:
                cands.append(date(y, spec.month, spec.day))
            except ValueError:
                continue
        if not cands:
            return None
        if spec.weekday is not None:
            # "Monday, Oct. 26": the year in which Oct. 26 is a Monday, if one is near
            fitting = [
                c for c in cands if c.isoweekday() == spec.weekday and abs(c.year - today.year) <= 1
            ]
            if fitting:
                cands = fitting
        if spec.ahead:
            # "raised its forecast for the fiscal year ending March 31": the first such day
            # from the reference day on, the end of the period under way
            p = Point("day", min(c for c in cands if c >= today))
            return Resolution(cal.value(p), p)
        tense = "present" if spec.nearest else ctx.tense
        p = Point("day", _pick(cands, today, tense, _near(ctx)))
        return Resolution(cal.value(p), p)
    firsts = [date(y, spec.month, 1) for y in (today.year - 1, today.year, today.year + 1)]
    p = Point("month", _pick(firsts, cal.floor("month", today), ctx.tense, _near(ctx)))
    return Resolution(cal.value(p), p)


def _beside_anchor(anchor: Point, unit: str, month: int, sign: int) -> date:
    """The start of the ``unit`` (a month or a season) that begins in ``month``: for "the
    following spring/January" (``sign`` > 0) the first to begin once the anchor's date is over,
    for "the previous winter/March" the last one over before it began."""
    first, end = anchor.first, cal.end_of(anchor.unit, anchor.first)
    if unit == "season" and month == 12 and anchor.unit == "year":
        # a winter runs across the New Year: the ones a year shares are its neighbours ("founded
        # in 1839. The following winter" = 1839-WI, from its December; "rebuilt in 2004 after a
        # fire the previous winter" = 2003-WI, into its February), not a whole year off
        return date(first.year - (sign < 0), 12, 1)
    starts = [date(year, month, 1) for year in range(first.year - 2, end.year + 2)]
    if sign > 0 and unit == "month" and anchor.unit == "season":
        # s40-years: a season is told as one time, not a stretch to wait out: "In the winter
        # of 2012 snow cracked the roof, and the council closed it the following January" is
        # the first January after the winter began (2013-01; was 2014-01, after it ended)
        return min(f for f in starts if f > first)
    if sign > 0:
        return min(f for f in starts if f >= end)
    return max(f for f in starts if cal.end_of(unit, f) <= first)


def anchor_month_ref(spec: MonthRef, ctx: Context) -> Resolution:
    """ "last April" = the latest April before the current month, "next April" the first
    after it, "this April" the reference year's; "April after next" (n=2) the second after it.
    "The following January" is the first January to begin once the narrative anchor's date is
    over, "the previous March" the last one over before it began."""
    today = ctx.today
    if spec.anchored and ctx.anchor is not None:
        p = Point("month", _beside_anchor(ctx.anchor, "month", spec.month, spec.anchored))
        return Resolution(cal.value(p), p)
    y = today.year
    if spec.n < 0:
        y = (y if spec.month < today.month else y - 1) + spec.n + 1
    elif spec.n > 0:
        y = (y if spec.month > today.month else y + 1) + spec.n - 1
    p = Point("month", date(y, spec.month, 1))
    return Resolution(cal.value(p), p)


def anchor_month_of_year(spec: MonthOfYear, ctx: Context) -> Resolution | None:
    """ "June last year" -> (reference year - 1)-06; "1 September last year" -> that day."""
    year = ctx.today.year + spec.n
    if spec.day is None:
        p = Point("month", date(year, spec.month, 1))
    else:
        try:
            p = Point("day", date(year, spec.month, spec.day))
        except ValueError:
            return None  # "30 February last year"
    return Resolution(cal.value(p), p)


def _nearer_next_month(day: int, today: date) -> bool:
    """Whether the ``day`` of next month is nearer ``today`` than this month's (which is past)."""
    try:
        ahead = cal.add_months(today.replace(day=1), 1).replace(day=day)
    except ValueError:
        return False
    return (ahead - today).days < today.day - day


#: How far back a past day told may lie for a clause that looks ahead to leave a day of the
#: month to the reference's month (:func:`anchor_day_of_month`): the talk's last days.
_MONTH_BACK = timedelta(days=31)


def anchor_day_of_month(spec: DayOfMonth, ctx: Context) -> Resolution | None:
    """ "on the 14th": in the narrative anchor's month, else, in a past clause, the month of the
    last day the text named ("flew out on 12 September. Turns out the schedule had changed in
    2022 ... We got to the port at 7.15pm on the 14th": September's, a year named between), else
    the reference month (the previous month in a past sentence, the next in a future one, when
    needed)."""
    today = ctx.today
    if (
        ctx.anchor is not None
        and ctx.anchor.unit in ("day", "month")
        # the reference's own day as the anchor (a chat stamp "Today at 12:52 PM", "this
        # morning") leaves the day to the tense, as if no day were told: "the 8th is my
        # sister's 30th" written on 30 July is 8 August (s30-informal); "I rang them this
        # morning, they found a leak on the 29th" written on 3 February is 29 January (was
        # 29 February, no day, and dropped)
        and not (ctx.anchor.unit == "day" and ctx.anchor.first == today)
        # nor does a past day told before a clause that looks ahead ("i only started it last
        # sunday" ... "ok 17th it is", written on 4 December: 17 December, the reference's
        # month, not November's; s35-informal2, blind text 956)
        and not (
            ctx.tense in ("present", "future")
            and ctx.anchor.unit == "day"
            and today - _MONTH_BACK <= ctx.anchor.first < today
            and spec.day >= today.day
        )
        # nor, outside a narrative, a month over long before in a clause that looks ahead
        # ("Last service was March 2025 ... The engineer can't come till the 22nd", "will
        # come on the 22nd", written in February 2027: the coming 22nd, not March 2025's;
        # s38-informal, blind text 1067)
        and not (
            ctx.tense != "past"
            and not ctx.narrative
            and cal.add_months(ctx.anchor.first.replace(day=1), 1) < today - _MONTH_BACK
        )
        # nor a month over before the reference's in a future clause: what "will" happen on
        # the 14th happens after now ("The jabs, postponed last month, will now take place on
        # the 14th", written on 1 December: 14 December, not November's; session 41, blind
        # text 1170)
        and not (
            ctx.tense == "future"
            and ctx.anchor.unit == "month"
            and ctx.anchor.first < today.replace(day=1)
        )
    ):
        base = ctx.anchor.first.replace(day=1)
        step = 0
    elif (
        ctx.tense == "past"
        and ctx.day_anchor is not None
        and ctx.day_anchor.first < today
        # outside a narrative, a text that has moved on from the last day it named to a later
        # time ("it did all the sides for Christmas dinner ... Over the summer ... I emailed
        # support on the 2nd", written on 14 November: 2 November, not 2 December before)
        # counts from the reference (s40-chatweek)
        and not (
            not ctx.narrative
            and ctx.anchor is not None
            and ctx.anchor.first >= cal.add_months(ctx.day_anchor.first.replace(day=1), 1)
        )
    ):
        base = ctx.day_anchor.first.replace(day=1)
        step = 0
    else:
        base = today.replace(day=1)
        step = 0
        if ctx.tense == "past" and spec.day > today.day:
            step = -1
        elif ctx.tense == "future" and spec.day < today.day:
            step = 1
        elif ctx.tense != "past" and spec.day < today.day and _nearer_next_month(spec.day, today):
            step = 1  # "flight home is 6:40am on the 7th" on the 29th: the coming 7th
    month = cal.add_months(base, step)
    try:
        p = Point("day", month.replace(day=spec.day))
    except ValueError:
        return None
    if (
        not ctx.narrative
        and ctx.anchor is not None
        and ctx.anchor.unit == "day"
        and base == ctx.anchor.first.replace(day=1)
        and (
            # a past clause after a day goes on from it: a day of the month before the day
            # told is the next month's, when that is over by the reference ("By Thanksgiving
            # the range had dropped ... Followed up on the 16th", written 14 January: 16
            # December, not 16 November; s40-chatweek)
            (ctx.tense == "past" and p.first < ctx.anchor.first)
            # a clause looking ahead does not stay behind the reference ("We drew 2-2 at
            # theirs on sat, winner gets a home tie on the 14th", written on the 21st: the
            # coming 14th; s40-chatweek)
            or (ctx.tense == "future" and p.first < today and ctx.anchor.first < today)
        )
    ):
        try:
            later = Point("day", cal.add_months(month, 1).replace(day=spec.day))
        except ValueError:
            later = p
        if later.first <= today or ctx.tense == "future":
            p = later
    if (
        p.first < today
        and ctx.tense != "past"
        and ctx.anchor is not None
        and ctx.anchor.unit == "day"
        and ctx.anchor.first > today
    ):
        # a clause that is not past after a day told ahead does not go back before the
        # reference: "they can do fri at 2 ... rent is due the 1st", written on 27 January, is
        # 1 February, not January's (s33-informal, blind text 825)
        try:
            p = Point("day", cal.add_months(month, 1).replace(day=spec.day))
        except ValueError:
            return None
    return Resolution(cal.value(p), p)


#: Seven days, built once (see calendar.day_step).
_WEEK = timedelta(days=7)


def anchor_weekday(spec: WeekdayRef, ctx: Context) -> Resolution:
    """The weekday in the tense's direction; the reference's own weekday is the reference day.
    A possessive weekday ("Thursday's closing price") is the most recent one, unless a phrase
    that looks ahead governs it in a clause that is not past ("ahead of Friday's vote")."""
    today = ctx.today
    if (
        (spec.told or spec.side > 0)
        and ctx.anchor is not None
        and ctx.anchor.unit in ("week", "weekend")
    ):
        # "You put out an appeal last week. - So on the Tuesday ...": the day of the week the
        # text named last; so is a diary's first heading after its week ("recap of this wk:\n\n
        # mon: easy 5k", s41-diaries, narrative 980: was the next Monday); a weekend's week from
        # its Saturday (session 41: "The weekend looks unsettled, with gales on Saturday")
        monday = ctx.anchor.first - timedelta(days=ctx.anchor.first.isoweekday() - 1)
        p = Point("day", monday + timedelta(days=spec.weekday - 1))
        return Resolution(cal.value(p), p)
    if spec.told and ctx.day_anchor is not None:
        # "i can leave fri 3rd ... working that fri": the day of that week the text named, the
        # nearest such weekday to the last day it told (three days either side)
        told = ctx.day_anchor.first
        offset = (spec.weekday - told.isoweekday()) % 7
        p = Point("day", told + timedelta(days=offset - 7 if offset > 3 else offset))
        return Resolution(cal.value(p), p)
    if spec.side and ctx.day_anchor is not None:
        # "the Saturday before the collapse": the last one before the day the text is at
        told = ctx.day_anchor.first
        step = (told.isoweekday() - spec.weekday) % 7 or 7
        if spec.side > 0:
            step = -((spec.weekday - told.isoweekday()) % 7 or 7)
        p = Point("day", told - timedelta(days=step))
        return Resolution(cal.value(p), p)
    if spec.anchored and spec.n and ctx.day_anchor is not None:
        today = ctx.day_anchor.first
    back = today - cal.day_step((today.isoweekday() - spec.weekday) % 7)
    fwd = today + cal.day_step((spec.weekday - today.isoweekday()) % 7)
    if spec.n < 0:
        day = back if back < today else back - _WEEK
    elif spec.n > 0:
        day = fwd if fwd > today else fwd + _WEEK
    elif spec.possessive and not (ctx.ahead and ctx.tense == "future"):
        day = back  # "Wednesday's ruling": on or before the reference day
        # (but "are cautious ahead of Friday's jobs report": the report is still to come)
    elif (
        ctx.chat_plan
        and ctx.tense != "past"
        and ctx.day_anchor is not None
        and not spec.possessive
        and not spec.this
        and _PLAN_STEP < (ctx.day_anchor.first - today).days <= _CHAT_PLAN_REACH
    ):
        # chat about a day it told ahead with its date ("the van is booked!! sat 27th ... how
        # about fri after work? ... my bro can help sat", "site is booked for fri 31st - sun
        # 2nd ... im driving up thurs night"): the talk is at the plan's days, and a weekday
        # is the one nearest the last day named, three days either side, as "that fri" is;
        # "this sat" stays this week's (s33-informal, blind texts 732, 791)
        told = ctx.day_anchor.first
        offset = (spec.weekday - told.isoweekday()) % 7
        day = told + timedelta(days=offset - 7 if offset > 3 else offset)
    elif spec.ahead and ctx.tense != "past":
        day = fwd  # "this Friday", a tweet's "this sat": on or after the reference day
        # (but "we went there this sat" is the one just over)
    elif (week := _week_ahead(ctx)) is not None:
        # "Next week, the assembly will debate the bill. On Thursday, it is expected to vote":
        # a weekday in a clause that is not past, after a sentence that named a week still to
        # come, is a day of that week (Thursday of next week, not this one)
        day = week + timedelta(days=spec.weekday - 1)
    elif (story_day := _story_day(ctx)) is not None:
        # "The landings began on 6 June 1944. On Saturday the army crossed the river": a story
        # told from afar moves forward from the last day it named (10 June), not from now
        day = story_day + timedelta(days=(spec.weekday - story_day.isoweekday()) % 7)
    elif _in_plan(ctx) and _plan_step(ctx, (spec.weekday - _plan_told(ctx).isoweekday()) % 7):
        # "We drive up on Friday 3 July ... Saturday is the big walk ... On Monday we need to
        # be out by 10am", written on 18 June: a plan for days weeks ahead, written by their
        # weekdays, goes on from the last of them the text named, a day to three days on
        # ("Parents' evening is on Thursday 12 September. Bookings open on Monday": the
        # coming Monday, no step of the plan); and a trip told after it, in past clauses ("On
        # Friday 23 October we drove to Fort William ... On Sunday the clocks went back",
        # written on 12 November: the trip's Sunday, 25 October)
        told = _plan_told(ctx)
        day = told + timedelta(days=(spec.weekday - told.isoweekday()) % 7)
    else:
        tense = ctx.narrative_tense if ctx.tense == "unknown" else ctx.tense
        ahead = ctx.day_anchor
        if (
            ctx.tense in ("unknown", "present")
            and tense != "past"
            and ahead is not None
            and 0 < (ahead.first - today).days <= 7
        ):
            # a programme's heading after the days ahead it named ("Friday, Aug. 18, through
            # Sunday, Aug. 20 ... SATURDAY: family day ... SUNDAY: brunch at 11 a.m."): the
            # text looks at the coming days, and a weekday without tense is one of them
            day = fwd
        else:
            day = _pick([back, fwd], today, tense)
    p = Point("day", day)
    return Resolution(cal.value(p), p)


#: How many days on from the last day of a plan its next weekday may be.
_PLAN_STEP = 3
#: How far ahead a day told in chat may lie for the talk to be at its days (five weeks).
_CHAT_PLAN_REACH = 35


def _in_plan(ctx: Context) -> bool:
    """True if the text is telling a plan (:attr:`Context.plan_day` ahead) in a clause that is
    not past, or a trip over (``plan_day`` back) in a past clause."""
    if ctx.plan_day is None:
        return False
    return ctx.tense != "past" if ctx.plan_day > ctx.today else ctx.tense == "past"


def _plan_step(ctx: Context, offset: int) -> bool:
    """True if a weekday ``offset`` days after the last day of a plan (or trip) the text named
    goes on from it: a day to three days on, or, in a trip told after it (past clauses), any
    later day of the same week ("The strike started on Monday, Feb. 2. It ended on Friday",
    written on 3 March: Friday 6 February, that week's, not the last Friday)."""
    if offset <= 0:
        return False
    if offset <= _PLAN_STEP:
        return True
    told = _plan_told(ctx)
    return told < ctx.today and told.isoweekday() + offset <= 7


def _plan_told(ctx: Context) -> date:
    """The last day of a plan the text named (see :attr:`Context.plan_day`)."""
    return ctx.day_anchor.first if ctx.day_anchor is not None else ctx.plan_day  # type: ignore[return-value]


def _week_ahead(ctx: Context) -> date | None:
    """The first day of a week after the reference's that an earlier sentence named ("Next
    week, ...", "scheduled for the week of Nov. 10."), for a weekday that opens its sentence
    in a clause that is not past (see :func:`anchor_weekday`): the story goes on in that week;
    None otherwise ("... expects services to return to normal next week. The union has planned
    rallies on Saturday" is this Saturday)."""
    anchor = ctx.anchor
    if (
        not ctx.opens_sentence
        or anchor is None
        or anchor.unit != "week"
        or ctx.anchor_in_sentence
        or ctx.tense == "past"
        or anchor.first <= ctx.today
    ):
        return None
    return anchor.first


def _story_day(ctx: Context) -> date | None:
    """The last day a narrative named (more than a week from the reference day), from which a
    weekday named without a date counts forward; None in news (whose weekdays are those of
    its own week, even after a background paragraph) or with no day told."""
    told = ctx.day_anchor
    if not ctx.narrative or told is None or abs(ctx.today - told.first) <= _TOLD_WEEK:
        return None
    return told.first


def anchor_weekend(spec: WeekendRef, ctx: Context) -> Resolution:
    """ "the weekend": the weekend containing the reference day, else the tense's nearest. In
    a story told from afar, the first weekend from the last day it named ("The landings began
    on 6 June 1944. By the weekend ..." = 1944-W23-WE), as a weekday counts from it."""
    today = ctx.today
    story_day = _story_day(ctx)
    if story_day is None and ctx.in_story and ctx.tense == "past" and ctx.day_anchor is not None:
        # s36 (blind text 969): in a past clause of a news background told from afar, "the
        # weekend" goes on from the day it told ("burst its banks on the evening of 5
        # December 2016. The next morning soldiers arrived, and by the weekend ..." =
        # 2016-W49-WE), not the publication's
        told = ctx.day_anchor.first
        if abs(today - told) > _TOLD_WEEK:
            story_day = told
    if story_day is not None:
        p = Point("weekend", cal.floor("weekend", story_day))
        return Resolution(cal.value(p), p)
    if _in_plan(ctx):
        # "Protests erupted on Friday, Oct. 10. Over the weekend, they spread", written on 30
        # October: the weekend after that Friday, as a weekday goes on from it (a plan's, or a
        # trip's told after it)
        told = _plan_told(ctx)
        saturday = cal.floor("weekend", told)
        if _plan_step(ctx, (saturday - told).days) or saturday <= told:
            p = Point("weekend", saturday)
            return Resolution(cal.value(p), p)
    this_sat = cal.floor("weekend", today)
    if today >= this_sat:
        first = this_sat
    else:
        first = _pick([this_sat - timedelta(days=7), this_sat], today, ctx.tense)
    p = Point("weekend", first)
    return Resolution(cal.value(p), p)


def anchor_in_offset(spec: InOffset, ctx: Context) -> Resolution | None:
    """ "in two years": future sentence -> the DATE two years on; else the DURATION P2Y."""
    if ctx.tense != "future":
        return Resolution(duration_value(spec.unit, spec.n), type="DURATION")
    res = anchor_offset(Offset(spec.unit, spec.n, "ref"), ctx)
    if res is None:
        return None
    return replace(res, type="DATE")


def anchor_day_offset(spec: DayOffset, ctx: Context) -> Resolution:
    """today / yesterday / tomorrow / the day before yesterday."""
    p = Point("day", ctx.today + cal.day_step(spec.days))
    return Resolution(cal.value(p), p)


def anchor_calendar_relative(spec: CalendarRelative, ctx: Context) -> Resolution:
    """this/last/next + unit: the unit containing the reference day, moved by ``n``. "This
    weekend" in a past clause written from Monday to Wednesday is the one just over
    ("Thousands marched this weekend", published on a Monday), on a Thursday or a Friday the
    one ahead (a report's backshift: "said there were no plans for this weekend"); "this
    coming weekend" is the first one still to begin."""
    if spec.coming:
        # "this coming weekend": the first one still to begin (this week's before Saturday)
        p = cal.point(spec.unit, ctx.today, 0)
        if p.first <= ctx.today:
            p = cal.point(spec.unit, ctx.today, 1)
        return Resolution(cal.value(p), p)
    p = cal.point(spec.unit, ctx.today, spec.n)
    if (
        spec.unit == "weekend"
        and spec.n == 0
        and ctx.tense == "past"
        and p.first > ctx.today
        # written on a Thursday or a Friday, a past clause is the report's backshift of a plan
        # ("said on Friday that there were no plans for restrictions this weekend"): the
        # weekend ahead; early in the week it is the one just over
        and ctx.today.weekday() < _THURSDAY
    ):
        p = cal.point(spec.unit, ctx.today, -1)
    elif spec.this and spec.n == 0 and ctx.tense == "future" and ctx.today.weekday() == _SUNDAY:
        # "Transition teams will meet this week", written on a Sunday: the ISO week ends that
        # day, the week a Sunday paper looks ahead to is the one that begins on Monday
        p = cal.point(spec.unit, ctx.today, 1)
    return Resolution(cal.value(p), p)


def _clock_offset(spec: Offset, ctx: Context) -> Resolution:
    """ "two hours later", "48 hours earlier": a TIME that far from the story's clock time
    when the text has given one ("The blast hit at 9 a.m. Two hours later ..." = 11:00); with
    only a day known, no time of day can be told and the expression is the DURATION it names
    (``PT2H``), as TimeBank annotates "[over an hour] later"."""
    a = ctx.anchor
    if a is None or a.clock is None:
        value = spec.written or units.duration_value(spec.unit, abs(spec.n))
        return Resolution(value, type="DURATION")
    tz = a.tz or ctx.tz
    seconds = abs(spec.n) * (units.unit(spec.unit).seconds or 0)
    moved = datetime.combine(a.first, a.clock, tz) + timedelta(seconds=seconds) * (
        1 if spec.n > 0 else -1
    )
    clock_unit = "minute" if spec.unit != "hour" or a.clock_unit == "minute" else "hour"
    p = Point("day", moved.date(), clock=moved.time(), clock_unit=clock_unit, tz=a.tz)
    return Resolution(cal.value(p), p, type="TIME")


#: The anchor units a year offset keeps (see :func:`anchor_offset`), for one year (``True``)
#: and for more. "A year earlier" compares with the same day, month, quarter or season a year
#: before ("a dividend of 4.6 pence, up from 4 pence a year earlier" after a day is that day
#: a year before, as TimeBank annotates it); several years away only a period of account is
#: kept ("the third quarter ... two years earlier"): "seven years earlier" after "the autumn
#: of 1868" or "six years later" after "21 October 2014" tell the year (1861, 2020), as "two
#: years later" after "1882" does. A narrative compares no periods of account: there even "A
#: year later" after "4 December 1851" is the year 1852.
#: date.weekday() of a Thursday, from which a week's weekend is the one ahead in any clause.
_THURSDAY = 3
#: date.weekday() of a Saturday, the first day of a weekend.
_SATURDAY = 5
#: date.weekday() of a Sunday, the last day of an ISO week.
_SUNDAY = 6

_KEPT_BY_YEARS = {
    True: ("day", "month", "quarter", "half", "season"),
    False: ("quarter", "half"),
}


#: How far from the publication a day named is the news day of a report ("yesterday", "on
#: Tuesday"), not a period it reports on.
_NEWS_DAY = timedelta(days=7)
#: How long after its month's end a monthly figure is still the news a data release reports.
_RELEASE_LAG = timedelta(days=62)


def _unknown_in(anchor: Point, unit: str) -> str:
    """The TIMEX3 value of a day, week or weekend in the year or month ``anchor`` whose place in
    it the text does not give ("1945-06-XX", "1965-WXX", "1965-WXX-WE")."""
    year = f"{anchor.first.year:04d}"
    if unit == "day":
        return f"{year}-{anchor.first.month:02d}-XX" if anchor.unit == "month" else f"{year}-XX-XX"
    return f"{year}-WXX" + ("-WE" if unit == "weekend" else "")


#: How long after a calendar quarter or half a fiscal one may end (retailers' quarters end on
#: a Saturday up to five weeks later: "the three months ended Aug. 3" is a second quarter).
_FISCAL_LAG = timedelta(days=40)


def _fiscal_end(day: date, period: Point) -> bool:
    """True if ``day`` may be the last day of the fiscal ``period`` the text reports on: in its
    last weeks, or up to :data:`_FISCAL_LAG` after its calendar end."""
    end = cal.end_of(period.unit, period.first)
    return end - timedelta(days=14) <= day < end + _FISCAL_LAG


def anchor_offset(spec: Offset, ctx: Context) -> Resolution | None:
    """ "two days ago" (from the reference), "a year earlier" (from the narrative anchor).

    The result has the offset's unit, except that a year offset keeps a finer anchor's unit
    (:data:`_KEPT_BY_YEARS`: "a year earlier" after "the third quarter" is the same quarter a
    year before, "a year ago" in a quarterly report too), as TimeBank annotates it;
    ``spec.period`` forces the unit ("the year-ago quarter").
    """
    unit, n = spec.unit, spec.n
    anchor = ctx.anchor
    if spec.period is not None and spec.base == "ref":
        # "a year ago today", "this time last year": the reference's own day (week, month)
        # that many units back
        p = cal.point(spec.period, cal.shift(unit, ctx.today, n))
        if spec.pod is not None:
            p = replace(p, pod=spec.pod)  # "ten years ago tonight"
        return Resolution(cal.value(p), p)
    if spec.period is not None:
        anchor = _reported(anchor, ctx)
        if (
            anchor is not None
            and anchor.unit in ("quarter", "half")
            and cal.end_of(anchor.unit, anchor.first) > ctx.today
        ):
            # "profit for the first half ... expected trading in the second half to be similar
            # ... from £535 million in the same period a year earlier", written in August: a
            # half or quarter still under way is an outlook, and a year-ago comparison is of
            # the period reported on, the last one over (2024-H1, was 2024-H2)
            anchor = Point(anchor.unit, cal.shift(anchor.unit, anchor.first, -1))
        period = spec.period
        if period == "period":
            # "the same period last year": the unit the text reports on, a half ("sales in the
            # first half of the year were up on the same period last year") or else a quarter
            reported = anchor
            if reported is not None and reported.unit == "day" and ctx.period_anchor is not None:
                reported = ctx.period_anchor  # a news day after the reported half
            period = "half" if reported is not None and reported.unit == "half" else "quarter"
        if (
            anchor is not None
            and anchor.unit == "day"
            and ctx.period_anchor is not None
            and ctx.period_anchor.unit == period
            and (
                abs(anchor.first - ctx.today) <= _NEWS_DAY
                or _fiscal_end(anchor.first, ctx.period_anchor)
            )
        ):
            # "earnings rose in the fiscal first quarter ... shares rose yesterday ... orders
            # climbed from the same period last year": the news day is no period reported on;
            # nor is the day a fiscal quarter ends ("second-quarter profit ... for the three
            # months ended Aug. 3, ... in the year-ago quarter" = the second quarter's)
            anchor = _reported(ctx.period_anchor, ctx)
        if anchor is not None and anchor.unit == period and anchor.pod is None:
            base = anchor
        elif anchor is not None and anchor.unit in ("day", "month"):
            base = cal.point(period, anchor.first)
        else:
            base = cal.point(period, ctx.today, -1 if period == "quarter" else 0)
        if base.unit == "week" and unit == "year":
            # "up 14 percent on the same week last year" after "the week to Sunday 6 December
            # 2026" (2026-W49): the week of that number a year back, 2025-W49 (s37-known, blind
            # text 927: was the week of 30 November 2025, 2025-W48)
            year, week, _ = base.first.isocalendar()
            weeks = date(year + n, 12, 28).isocalendar()[1]
            p = Point("week", date.fromisocalendar(year + n, min(week, weeks), 1))
            return Resolution(cal.value(p), p)
        p = Point(base.unit, cal.shift(unit, base.first, n))
        return Resolution(cal.value(p), p)
    keep = False
    if (
        spec.base == "anchor"
        and unit in ("day", "week", "weekend")
        and anchor is not None
        and (anchor.unit not in ("day", "week", "weekend"))
    ):
        if (
            ctx.narrative
            and anchor.unit in ("year", "month")
            and ctx.day_anchor is not None
            and ctx.day_anchor.first < anchor.first
        ):
            # "sank on 3 May 1941. In June 1945 the war ended. The next day ...": the story has
            # moved past the last day it named; the day is one of June 1945, which one the
            # text does not say (TIMEX3 writes it unknown: 1945-06-XX)
            return Resolution(_unknown_in(anchor, unit))
        # "three days later" after "the third quarter" counts from the last day mentioned
        anchor = ctx.day_anchor
    elif (
        spec.base == "anchor"
        and unit == "day"
        and anchor is not None
        and anchor.unit == "week"
        and ctx.day_anchor is not None
    ):
        # "raised rates on Thursday, as economists polled last week expected ... from the
        # previous day's close": a day counts from the last day, not from a week told since
        anchor = ctx.day_anchor
    if (
        spec.base == "anchor"
        and unit == "quarter"
        and n < 0
        and anchor is not None
        and anchor.unit in ("year", "decade", "century")
    ):
        # "fell 9% from the previous quarter" after "18% of revenue in fiscal 2023": business
        # news compares the reported quarter with the one before it, not a year with its last
        # quarter; the reported quarter is the last complete one, as for "the quarter" with no
        # quarter told (2024-Q2 written in October 2024). "In 2019 ... the following quarter"
        # moves the story on from the year (2020-Q1).
        anchor = cal.point("quarter", ctx.today, -1)
    if (
        spec.compared
        and anchor is not None
        and anchor.unit == "day"
        and abs(anchor.first - ctx.today) <= _NEWS_DAY
        and ctx.month_anchor is not None
        and timedelta(0) <= ctx.today - cal.end_of("month", ctx.month_anchor.first) <= _RELEASE_LAG
    ):
        # "added 94,000 jobs last month. The report, released Friday, ... wages rose 3.6%
        # from a year ago": the release's day is no month reported on
        anchor = ctx.month_anchor
    if spec.base == "anchor" and anchor is not None:
        base, keep = anchor, spec.keep
    elif (
        unit == "year"
        and anchor is not None
        and (anchor.unit in ("quarter", "half") or (spec.compared and anchor.unit == "month"))
        # "will respond in the first quarter of next year. ... fined £4.2m last year": an
        # outlook is no period reported on, a year back from it no such period either; a
        # month reported on is kept by a comparison ("wages rose in February, up 3.6% from a
        # year ago": 2025-02)
        and _reported(anchor, ctx) is not None
    ):
        base, keep = anchor, spec.keep
    else:
        base = Point("day", ctx.today)
    if unit in ("second", "minute", "hour"):
        return _clock_offset(spec, ctx) if spec.base == "anchor" else None
    if unit not in cal.MONTHS:
        # a unit the calendar has no place for ("the following fortnight") counts in its
        # offset unit (units.tsv)
        unit, scale = units.offset_unit(unit)
        n *= scale
    if unit == "year" and keep and base.unit in _KEPT_BY_YEARS[abs(n) == 1 and not ctx.narrative]:
        if base.unit == "day":
            p = Point("day", cal.add_months(base.first, 12 * n))
        else:
            p = Point(base.unit, cal.shift("year", base.first, n))
        return Resolution(cal.value(p), p)
    if unit == "weekend" and base.unit in ("day", "weekend"):
        # "lost on Friday 15 December 1899 ... that weekend", "the following weekend": the
        # weekend of the day's week, the first one after it (the next week's after a
        # Saturday or Sunday)
        if n > 0 and base.unit == "day" and base.first.weekday() < _SATURDAY:
            n -= 1
    elif unit == "weekend":
        unit = "week"
    try:
        p = cal.point(unit, base.first, n)
    except (ValueError, OverflowError):
        return None
    return Resolution(cal.value(p), p)


def anchor_quarter(spec: QuarterRef, ctx: Context) -> Resolution:
    """ "the third quarter": of the given year, else the nearest in the tense's direction."""
    if spec.year is not None:
        p = Point("quarter", date(spec.year, 3 * spec.quarter - 2, 1))
        return Resolution(cal.value(p), p)
    if spec.ahead and ctx.tense == "past":
        # "raised its third-quarter forecast" in May: the quarter forecast, this year's
        ctx = replace(ctx, tense="present")
    y = _period_year(ctx)
    firsts = [date(yy, 3 * spec.quarter - 2, 1) for yy in (y - 1, y, y + 1)]
    here = cal.floor("quarter", ctx.today)
    # a quarter of the current year that has not begun is this year's unless the sentence is past
    this_year = firsts[1]
    if (
        spec.results
        and not spec.ahead
        and y == ctx.today.year
        and ctx.tense != "past"
        and this_year > here
        and firsts[0] == cal.shift("quarter", here, -1)
    ):
        # s39-wire (blind text 1104): "It will report fourth-quarter results on Feb. 12",
        # written in January: results come once the quarter is over, the one just over (was
        # this year's fourth quarter, still to begin)
        p = Point("quarter", firsts[0])
    elif (
        y == ctx.today.year and ctx.tense == "future" and this_year < cal.shift("quarter", here, -1)
    ):
        # "will close its plant in Q1", "the new model goes on sale in the second quarter"
        # written in December: a quarter that ended before the last one is next year's to a
        # clause that looks ahead (the last one is still reported on: "will report
        # third-quarter results" in October)
        p = Point("quarter", firsts[2])
    elif y != ctx.today.year or ctx.tense != "past" or this_year <= here:
        p = Point("quarter", this_year)
    else:
        p = Point("quarter", firsts[0])
    return Resolution(cal.value(p), p)


def _sentence_year(ctx: Context) -> int | None:
    """The year named earlier in the expression's sentence, if the anchor is one."""
    a = ctx.anchor
    if ctx.anchor_in_sentence and a is not None and a.unit == "year":
        return a.first.year
    return None


def _period_year(ctx: Context) -> int:
    """The year of a quarter or half named without one: a coming year the text has just named
    ("For 2027 the board expects growth weighted towards the second half": 2027-H2) earlier in
    its sentence, or, in a past clause, a half of a past year named there ("The recovery began
    in the second half of 2019, and in Q3 the company reported its first profit": 2019-Q3),
    else the reference's. A past whole year is no such anchor: "handled 440 million tonnes in
    2024, and its operator reported a fall in the third quarter" is the quarter just reported."""
    year = _sentence_year(ctx)
    if year is not None and year > ctx.today.year:
        return year
    a = ctx.anchor
    if (
        ctx.tense == "past"
        and ctx.anchor_in_sentence
        and a is not None
        and a.unit == "half"
        and a.first.year < ctx.today.year
    ):
        return a.first.year
    return ctx.today.year


def anchor_half(spec: HalfRef, ctx: Context) -> Resolution:
    """ "the first half of 2012" -> 2012-H1; without a year, the reference's year, or, as for
    a quarter, the year before's in a past clause when it has not begun ("Sales slowed in the
    second half", written in February: the half just reported)."""
    if spec.ahead and ctx.tense == "past":
        # "confirmed its H2 guidance" in May: the half forecast, this year's
        ctx = replace(ctx, tense="present")
    y = spec.year if spec.year is not None else _period_year(ctx)
    first = date(y, 1 if spec.half == 1 else 7, 1)
    if spec.year is None and y == ctx.today.year:
        last = date(y, 6, 30) if spec.half == 1 else date(y, 12, 31)
        if ctx.tense == "past" and first > ctx.today:
            first = first.replace(year=y - 1)
        elif ctx.tense == "future" and last < cal.shift(
            "quarter", cal.floor("quarter", ctx.today), -1
        ):
            # "will finish by the end of H1", in December: as for a quarter, a half that
            # ended before the last quarter is next year's
            first = first.replace(year=y + 1)
    p = Point("half", first)
    return Resolution(cal.value(p), p)


def anchor_quarter_of_year(spec: QuarterOfYear, ctx: Context) -> Resolution:
    """ "next year's first quarter" -> (reference year + 1)-Q1; "the fourth quarter of the
    year" after a year its sentence named, that year's (:func:`_told_year`)."""
    year = _told_year(ctx, spec.n) if spec.told else ctx.today.year + spec.n
    p = Point("quarter", date(year, 3 * spec.quarter - 2, 1))
    return Resolution(cal.value(p), p)


def anchor_half_of_year(spec: HalfOfYear, ctx: Context) -> Resolution:
    """ "the second half of next year" -> (reference year + 1)-H2; "the first half of the year"
    after a year its sentence named, that year's (:func:`_told_year`)."""
    year = _told_year(ctx, spec.n) if spec.told else ctx.today.year + spec.n
    p = Point("half", date(year, 1 if spec.half == 1 else 7, 1))
    return Resolution(cal.value(p), p)


def _told_year(ctx: Context, n: int) -> int:
    """The year of "the year" in "the first half of the year", "the fourth quarter of the year":
    a year named earlier in the same sentence ("Profit rose 14% in 1997, lifted by orders in
    the first half of the year" = 1997-H1), else the reference's moved by ``n``. A past year
    is no such year for a future clause ("Owners of the Pixa 6, released in 2023, will get it
    in the second half of the year": the reference's; s37-wire3, blind text 1042)."""
    year = _sentence_year(ctx)
    if year is not None and ctx.tense == "future" and year < ctx.today.year:
        year = None
    return year if year is not None else ctx.today.year + n


def anchor_period_of_year(spec: PeriodOfYear, ctx: Context) -> Resolution:
    """ "the 1988 period": the narrative anchor's quarter (or half) in that year, else the
    year; ``unit="year"`` (after "the first nine months") is the year itself."""
    a = ctx.anchor
    if spec.unit == "year":
        p = Point("year", date(spec.year, 1, 1))
    elif a is not None and a.unit in ("quarter", "half", "month") and a.pod is None:
        p = Point(a.unit, a.first.replace(year=spec.year))
    elif spec.unit == "quarter":
        # "the 1988 quarter" after "last year": the quarter a report is about is the last one
        coarse = a is None or a.unit in ("year", "decade", "century")
        first = cal.shift("quarter", ctx.today, -1) if coarse else a.first  # type: ignore[union-attr]
        p = cal.point("quarter", first.replace(year=spec.year))
    else:
        p = Point("year", date(spec.year, 1, 1))
    return Resolution(cal.value(p), p)


def _reported(anchor: Point | None, ctx: Context) -> Point | None:
    """The narrative anchor as a reporting period, or None: a period that begins after the
    reference day ("forecasts for 1992", "the third quarter of 1990") is an outlook, not the
    period a report is about, so "the full year" and "the year-ago period" ignore it."""
    if anchor is None or anchor.first > ctx.today:
        return None
    return anchor


#: How long a period must be over before a future clause cannot be about it (a fiscal quarter
#: written as a calendar one may look over for months while its report is still news).
_STALE = timedelta(days=366)


#: The calendar units a "the <unit>" of the text's current period can be, finest first: an
#: anchor coarser than the unit does not say which one it is (a year names no month).
_COARSER = {
    "day": 1,
    "week": 2,
    "month": 3,
    "quarter": 4,
    "season": 4,
    "half": 5,
    "year": 6,
    "decade": 7,
    "century": 8,
}


def anchor_current_period(spec: CurrentPeriod, ctx: Context) -> Resolution:
    """ "the quarter": the narrative anchor's period if it is one, else the last complete one.
    An anchor in the future is no reporting period (see :func:`_reported`), and an anchor over
    for a year or more is no period of a future clause: "The last flood hit in July 1997.
    Insurers expect claims to top 2 billion euros by the end of the year" is the reference's
    year (a quarter that has just ended still is: "said it expected to break even for the
    quarter", written four weeks after it)."""
    if (
        ctx.tense == "future"
        and ctx.anchor is not None
        and cal.end_of(ctx.anchor.unit, ctx.anchor.first) <= ctx.today - _STALE
    ):
        ctx = replace(ctx, anchor=None)
    a = _reported(ctx.anchor, ctx)
    if (
        spec.unit == "quarter"
        and not spec.current
        and a is not None
        and a.unit in ("day", "month")
        and ctx.period_anchor is not None
        and ctx.period_anchor.unit == "quarter"
        and cal.end_of("quarter", ctx.period_anchor.first) <= ctx.today
    ):
        a = ctx.period_anchor
    if a is not ctx.anchor:
        ctx = replace(ctx, anchor=a)
    if (
        a is not None
        and a.unit == spec.unit
        and a.pod is None
        and (
            spec.current
            or spec.unit != "quarter"
            or cal.end_of(a.unit, a.first) <= ctx.today
            or (
                a == ctx.period_anchor
                and not ctx.period_ahead
                and (ctx.tense == "past" or (spec.completed and ctx.tense != "future"))
            )
        )
    ):
        # the period the text is about: a reported quarter is over, or the quarter a report
        # named as its own in a clause that is not ahead, which a past clause or "the latest"
        # goes on with ("fourth-quarter earnings fell ... Sales in the latest period were",
        # written in November: a fiscal fourth quarter that ended Sept. 30, numbered as the
        # company numbers it; s41-timebank, TimeBank wsj_0189: was 1989-Q3)
        p = a
    elif spec.current:
        base = ctx.anchor.first if ctx.anchor is not None else ctx.today
        if (
            ctx.anchor is not None
            and not ctx.narrative
            and _COARSER.get(ctx.anchor.unit, 0) > _COARSER.get(spec.unit, 9)
        ):
            # news: "He moved the money in 2021. The judge gave the defence until the end of
            # the month": a year told names no month; the month is the publication's
            ctx = replace(ctx, anchor=None)
            base = ctx.today
        p = cal.point(spec.unit, base)
        if ctx.anchor is None and spec.part is not None and ctx.tense in ("past", "future"):
            # "Sales slumped at the end of the month", written on the 14th: the month before;
            # "Talks will resume in midweek", written on a Saturday: the next week's
            part = cal.narrow(p, spec.part, ctx.tz)
            if ctx.tense == "past" and part.start.date() > ctx.today:
                p = cal.point(spec.unit, base, -1)
            elif ctx.tense == "future" and part.end.date() <= ctx.today:
                p = cal.point(spec.unit, base, 1)
    elif (
        ctx.anchor is not None
        and spec.unit == "year"
        and ctx.anchor.unit in ("quarter", "half", "month")
        and ctx.today.year - 1 <= ctx.anchor.first.year <= ctx.today.year
    ):
        p = cal.point("year", ctx.anchor.first)
    elif spec.unit == "year" and ctx.tense == "past" and ctx.today.month <= _ANNUAL_SEASON:
        # "Revenue for the full year rose 8%" written in March: a year reported as over is
        # the one that ended last (fiscal years that end within the year are reported from
        # its spring on: "Sales for the fiscal year were $6.6 billion" in November is its own)
        p = cal.point("year", ctx.today, -1)
    else:
        p = cal.point(spec.unit, ctx.today, -1 if spec.unit == "quarter" or spec.completed else 0)
    return Resolution(cal.value(p), p)


#: The last month of the season of annual results (January to March): a year told as over
#: in a past clause then is the calendar year before.
_ANNUAL_SEASON = 3


def anchor_season(spec: SeasonRef, ctx: Context) -> Resolution:
    """A season: of a given year, "this/last/next" season, or the tense's nearest."""
    month = cal.SEASON_START[spec.season]
    if spec.year is not None or spec.of_year is not None:
        # "the autumn of 1994"; "the autumn of last year": the reference's year moved
        year = spec.year if spec.year is not None else ctx.today.year + (spec.of_year or 0)
        p = Point("season", date(year, month, 1))
        return Resolution(cal.value(p), p)
    if spec.anchored and ctx.anchor is not None:
        p = Point("season", _beside_anchor(ctx.anchor, "season", month, spec.anchored))
        return Resolution(cal.value(p), p)
    if spec.anchored:
        spec = replace(spec, n=spec.anchored)  # no date before it: next/last from the reference
    y = ctx.today.year
    firsts = [date(yy, month, 1) for yy in (y - 2, y - 1, y, y + 1)]
    if spec.n is None:
        first = _pick(firsts, cal.floor("season", ctx.today), ctx.tense, _near(ctx))
    elif spec.n == 0:
        # "this summer": the season of the reference's year; "this winter" in January or
        # February is the one that began in December, and in a past or present clause in
        # spring the one just over ("the drought ended this winter", "Case numbers this winter
        # are double those of a year ago", written in March); a future one looks ahead
        first = date(y, month, 1)
        if spec.season == "WI" and (
            ctx.today.month < 3 or (ctx.today.month < 6 and ctx.tense in ("past", "present"))
        ):
            first = date(y - 1, month, 1)
    elif spec.n < 0:
        # "last winter": the latest one that is over; "2 summers ago" the one a year before it
        first = max(f for f in firsts if cal.end_of("season", f) <= ctx.today)
        first = first.replace(year=first.year + spec.n + 1)
    else:
        # "next summer": the one of next year ("next winter": the one reaching into next year;
        # written in December, when this year's winter is under way, the one after it,
        # s39-wikinews)
        first = date(y + 1 if spec.season != "WI" or ctx.today.month == 12 else y, month, 1)
    p = Point("season", first)
    return Resolution(cal.value(p), p)


def anchor_decade(spec: DecadeRef, ctx: Context) -> Resolution | None:
    """ "the 1990s" -> 199; "the '90s" -> the most recent such decade."""
    year = spec.year
    if not spec.century_known:
        year = ctx.today.year // 100 * 100 + year % 100
        if year > ctx.today.year:
            year -= 100
    if year < 1:
        return None
    p = Point("decade", date(year, 1, 1))
    return _half_of(p, spec.half, 10, ctx) if spec.half else Resolution(cal.value(p), p)


def _half_of(p: Point, half: int, years: int, ctx: Context) -> Resolution:
    """The first or second half of a decade or century: its value (the mod says which half),
    the interval of that half's years, the unit's granularity."""
    start = p.first.year + (years // 2 if half == 2 else 0)
    lo = cal.interval(Point("year", date(start, 1, 1)), ctx.tz).start
    hi = cal.interval(Point("year", date(start + years // 2 - 1, 1, 1)), ctx.tz).end
    return Resolution(cal.value(p), interval=Interval(lo, hi), granularity=p.unit)


def anchor_century(spec: CenturyRef, ctx: Context) -> Resolution | None:
    """ "the 21st century" -> value ``20``, years 2000-2099; "the 1st century AD" -> ``00``,
    from the year 1 (the calendar has no year 0)."""
    year = (spec.ordinal - 1) * 100
    if spec.ordinal < 1 or year > 9000:
        return None
    p = Point("century", date(max(year, 1), 1, 1))
    return _half_of(p, spec.half, 100, ctx) if spec.half else Resolution(cal.value(p), p)


def _easter(year: int) -> date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    m = (32 + 2 * e + 2 * i - h - k) % 7
    n = (a + 11 * h + 22 * m) // 451
    month = (h + m - 7 * n + 114) // 31
    day = (h + m - 7 * n + 114) % 31 + 1
    return date(year, month, day)


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The ``n``-th ISO ``weekday`` of a month; ``n < 0`` counts from its end (-1 = the last).
    May fall outside the month when it has no such day ("the fifth Monday")."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))
    last = cal.end_of("month", date(year, month, 1)) - timedelta(days=1)
    return last - timedelta(days=(last.isoweekday() - weekday) % 7 - 7 * (n + 1))


#: Holiday rules that are a weekday of a month, not a fixed day: rule -> date in a year.
_MOVABLE_HOLIDAYS: dict[str, Callable[[int], date]] = {
    "thanksgiving": lambda y: _nth_weekday(y, 11, 4, 4),
    "labor": lambda y: _nth_weekday(y, 9, 1, 1),
    # s36-wire: "Labour Day" where English writes it with a "u": International Workers' Day in
    # most of the world; New Zealand's is the fourth Monday of October (see holiday_rule)
    "labour": lambda y: date(y, 5, 1),
    "labour_nz": lambda y: _nth_weekday(y, 10, 1, 4),
    "memorial": lambda y: _nth_weekday(y, 5, 1, -1),
    "mlk": lambda y: _nth_weekday(y, 1, 1, 3),
    "election": lambda y: _nth_weekday(y, 11, 1, 1) + timedelta(days=1),
    # the days chat names (colloquial_holidays.tsv): Father's Day and Mother's Day as most
    # countries keep them (the third Sunday of June, the second of May), the shopping days
    # after Thanksgiving
    "fathers": lambda y: _nth_weekday(y, 6, 7, 3),
    "mothers": lambda y: _nth_weekday(y, 5, 7, 2),
    "blackfriday": lambda y: _nth_weekday(y, 11, 4, 4) + timedelta(days=1),
    "cybermonday": lambda y: _nth_weekday(y, 11, 4, 4) + timedelta(days=4),
    # the days of notices and calendars (holidays.tsv): Presidents' Day and Columbus Day (the
    # third Monday of February, the second of October), Remembrance Sunday (the second Sunday
    # of November), Advent Sunday (the Sunday from 27 November to 3 December)
    "presidents": lambda y: _nth_weekday(y, 2, 1, 3),
    "columbus": lambda y: _nth_weekday(y, 10, 1, 2),
    "remembrance": lambda y: _nth_weekday(y, 11, 7, 2),
    "advent": lambda y: date(y, 11, 27) + timedelta(days=(7 - date(y, 11, 27).isoweekday()) % 7),
}


#: s36-wire: UTC offsets (hours) of the Americas, where "Labour Day" is Canada's (the US's
#: date), and of New Zealand, where it is the fourth Monday of October.
_AMERICAS_OFFSETS = (-10.0, -2.5)
_NZ_OFFSET = 12.0


def holiday_rule(rule: str, ctx: Context) -> str:
    """The rule of a holiday whose day depends on the country the text is written in, chosen by
    the reference's UTC offset: "Labour Day" (``labour``) is May 1, Canada's first Monday of
    September at an offset of the Americas, New Zealand's fourth Monday of October from
    +12:00."""
    if rule != "labour":
        return rule
    offset = ctx.reference.utcoffset()
    hours = offset.total_seconds() / 3600 if offset is not None else 0.0
    if _AMERICAS_OFFSETS[0] <= hours <= _AMERICAS_OFFSETS[1]:
        return "labor"
    return "labour_nz" if hours >= _NZ_OFFSET else rule


def holiday_date(rule: str, year: int) -> date:
    """The date of a holiday rule (``12-25``, ``easter-2``, ``thanksgiving`` ...) in ``year``."""
    if rule.startswith("easter"):
        return _easter(year) + timedelta(days=int(rule[6:] or 0))
    if rule in _MOVABLE_HOLIDAYS:
        return _MOVABLE_HOLIDAYS[rule](year)
    month, day = rule.split("-")
    return date(year, int(month), int(day))


def anchor_holiday(spec: HolidayRef, ctx: Context) -> Resolution:
    """A holiday of a given year, the last or next one ("last Thanksgiving"), this year's, or
    the one the tense points at."""
    y = ctx.today.year
    rule = holiday_rule(spec.rule, ctx)
    if spec.year is not None or spec.this:
        p = Point("day", holiday_date(rule, spec.year if spec.year is not None else y))
    else:
        cands = [holiday_date(rule, yy) for yy in (y - 1, y, y + 1)]
        if spec.n < 0:
            day = max(c for c in cands if c < ctx.today)  # "last Thanksgiving"
        elif spec.n > 0:
            day = min(c for c in cands if c > ctx.today)  # "next Christmas"
        elif spec.nearest and not ctx.narrative:
            # "helped by early Christmas shopping" on 3 December: the coming Christmas, which
            # the run-up to it (:data:`_OCCASION_NEAR` days) talks of whatever the tense
            day = _pick(cands, ctx.today, ctx.tense, _OCCASION_NEAR)
        else:
            day = _pick(cands, ctx.today, ctx.tense, _near(ctx))
        p = Point("day", day)
    return Resolution(cal.value(p), p)


def _day_of(base: Spec | None, ctx: Context) -> Point | None:
    if base is None:
        # a bare clock time ("at 10 p.m.") is on the day the narrative is about
        if ctx.tense == "future" and not ctx.narrative:
            # "A curfew will be in force from 9 p.m." after "struck on Saturday": not a day
            # that is over
            if ctx.anchor is not None and ctx.anchor.unit == "day":
                if ctx.anchor.first >= ctx.today:
                    return Point("day", ctx.anchor.first)
                return Point("day", ctx.today)
        if ctx.anchor is not None and ctx.anchor.unit == "day":
            if ctx.resumed and ctx.anchor.first < ctx.today:
                return Point("day", ctx.anchor.first + timedelta(days=1))
            return Point("day", ctx.anchor.first)
        told = ctx.day_anchor
        if (
            ctx.anchor is not None
            and told is not None
            and not (ctx.tense == "future" and told.first < ctx.today)
            and not ctx.narrative
            and (abs(ctx.today - told.first) <= _TOLD_WEEK or _in_plan(ctx))
        ):
            # news that named its day and then a year or a month of its background ("On
            # Monday, voters returned the party it led four years ago. Polls closed at 9:30
            # p.m."): the clock is still on the story's day, not the publication's; so in a
            # plan or a trip told by its days ("On Tuesday we caught the ferry. We had booked
            # it back in August: the 11am sailing was full")
            return Point("day", told.first)
        return Point("day", ctx.today)
    res = resolve(base, ctx)
    if res is None or res.point is None or res.point.unit != "day":
        return None
    return res.point


#: The reference's own day ("tonight", "this morning" are its parts).
_TODAY_OFFSET = DayOffset(0)

#: The parts of a day after its morning: "the next afternoon|evening" after a small-hours clock
#: time the story reached from the evening before is that day's (:attr:`Context.crossed_night`).
_PARTS_AFTER_NIGHT = frozenset({"AF", "EV"})


def anchor_part_of_day(spec: PartOfDay, ctx: Context) -> Resolution | None:
    """ "tonight" = the reference day's night, "Wednesday night" = that day's: a TIME whose
    value is the day with the part of day (``2022-05-11TNI``), as TimeML 1.2.1 annotates a
    part of day with its day (TimeBank's older annotations often give the bare day; see
    docs/temporal.md)."""
    base = spec.base
    a = ctx.anchor
    if (
        (spec.pod == "MO" or (spec.pod in _PARTS_AFTER_NIGHT and ctx.crossed_night))
        and type(base) is Offset
        and base.base == "anchor"
        and base.unit == "day"
        and base.n == 1
        and a is not None
        and a.unit == "day"
        and a.clock is not None
        and a.clock.hour < _NIGHT_ENDS
    ):
        # "found them at 2.40am ... The next morning": the morning after that night, the
        # small hours' own day; so "the following afternoon|evening" when the story reached
        # those small hours from the evening before (s35-history2, blind text 966: "gave way
        # at 11:52 p.m. ... reached the town eight minutes later ... the following
        # afternoon"), not after a small-hours time told on its own day ("At 1:23 a.m. [on 26
        # April] ... evacuated the following afternoon" = 27 April, blind text 465)
        base = replace(base, n=0)
    elif (
        type(base) is Offset
        and base.base == "anchor"
        and base.unit == "day"
        and base.n == 0
        and a is not None
        and a.unit == "day"
    ):
        if spec.pod == "NI" and a.clock is not None and a.clock.hour < _NIGHT_ENDS:
            # "The ship sank at 2 a.m. on 15 April 1912. About 1,500 people died that night":
            # the night whose small hours those are, which began the day before (session 32,
            # blind text 788)
            base = replace(base, n=-1)
        elif spec.pod in ("MO", "AF") and a.pod == "NI" and a.clock is None:
            # "gales overnight into Friday, with gusts until early afternoon", "on Thursday
            # night ... by mid-morning": the morning or afternoon after the night told, as "In
            # the morning" after it is (s38, blind text 1097: was the afternoon before the night)
            base = replace(base, n=1)
    elif (
        spec.coming
        and spec.pod in ("MO", "AF")
        and ctx.tense == "future"
        and ctx.reference.hour >= cal.PART_OF_DAY_HOURS[spec.pod][1]
    ):
        # "ill check the shed in the morning", said at 21:40: the morning to come, the next
        # day's, when the reference's own is over (s39, blind text 1125)
        base = DayOffset(1)
    elif (
        type(base) is WeekdayRef
        and spec.pod in ("EV", "NI")
        and not (base.n or base.possessive or base.told or base.side or base.anchored)
        and ctx.tense == "future"
        and base.weekday == ctx.reference.isoweekday()
        and ctx.reference.hour >= cal.PART_OF_DAY_HOURS[spec.pod][0]
    ):
        # s41b-shifts: "Next update sun night probably, if I survive", written on a Sunday at
        # 21:15: that night is under way (its writer would say "tonight"), so the weekday's
        # night still to come is next week's (narratives 980, 1174: were the reference's own
        # night); a heading names the night it is written in ("Sunday night notes")
        base = replace(base, n=1)
    day = (
        # "the rest of the evening": that part of the story's day, else the reference's
        Point("day", _so_far_day(base.anchored, ctx))
        if type(base) is RestOf
        else _day_of(base, ctx)
    )
    if day is None:
        return None
    if (
        spec.pod == "NI"
        and base == _TODAY_OFFSET
        and ctx.tense != "future"
        and _in_small_hours(ctx)
    ):
        # "Tonight Ohio chose a different road," said at 2 a.m. (published at 03:10): the night
        # under way, which began on the day before the reference's ("Storms will hit tonight"
        # still looks to the coming one)
        day = replace(day, first=day.first - timedelta(days=1))
    p = replace(day, pod=spec.pod, clock=None, clock_unit=None)
    return Resolution(cal.value(p), p, type="TIME")


#: How far before the reference day a named day may be for a bare "overnight" to be the night
#: before it ("slipped on Thursday after overnight losses", published the Monday after).
_TOLD_NIGHT = timedelta(days=4)


def anchor_overnight(spec: Overnight, ctx: Context) -> Resolution | None:
    """ "overnight": in a past or tenseless clause the night before the day the text is about
    (the last day named, if at most four days before the reference day and not named before
    the sentence of a text that has named the reference day, else the reference day; a night
    named is that night:
    ``2022-05-13TNI`` for a Saturday reference), as "overnight Tuesday" is the night before
    Tuesday; in a story told from far after it (``ctx.in_story``: a narrative, or a background
    paragraph), the night that begins on the day named; in a future clause the night of the day
    ahead the text is about (the last day named, at most a week after the reference day; the
    night before it after a morning of that day), else the reference day's night (see
    :class:`~timeline.temporal.values.Overnight`)."""
    if ctx.tense == "future":
        if _in_small_hours(ctx):
            # "expect the typhoon to weaken as it crosses Honshu overnight", published at 00:20:
            # the night under way, which began the day before
            return anchor_part_of_day(PartOfDay(DayOffset(-1), "NI"), ctx)
        ahead = ctx.day_anchor
        if (
            ahead is not None
            and not ctx.day_anchor_stale
            and timedelta(0) < ahead.first - ctx.today <= _TOLD_WEEK
        ):
            # "Friday will be wet. Rain will clear overnight": the night of the day ahead the
            # text is about, not the publication's; after a morning of it ("from 6 p.m. on
            # Friday until 9 a.m. on Saturday ... expected overnight") the night before
            night = ahead.first
            if ahead.pod == "MO" or (ahead.clock is not None and ahead.clock.hour < 12):
                night -= timedelta(days=1)
            return anchor_part_of_day(
                PartOfDay(CalendarDate(night.year, night.month, night.day), "NI"), ctx
            )
        return anchor_part_of_day(PartOfDay(DayOffset(0), "NI"), ctx)
    told = ctx.day_anchor
    recent = (
        told is not None
        and not ctx.day_anchor_stale
        and timedelta(0) <= ctx.today - told.first <= _TOLD_NIGHT
    )
    day = told.first if told is not None and recent else ctx.today
    night = day - timedelta(days=1)
    if recent and told is not None and told.pod == "NI":
        # "made landfall on Sunday night and moved inland overnight": the night named
        night = told.first
    elif (
        told is not None
        and (
            (told.clock is not None and told.clock.hour >= _EVENING_CLOCK)
            # not the publication day's afternoon, whose night is still to come
            or (told.clock is None and told.pod in _LATE_PODS and told.first < ctx.today)
        )
        and timedelta(0) <= ctx.today - told.first <= _TOLD_NIGHT
    ):
        # "The fault struck at 21:47 UTC on Sunday ... Engineers were called in overnight"
        # (published on Wednesday, whose day the text named first), "an update installed on
        # Friday afternoon. Engineers rolled it back overnight": the night after an evening's
        # clock time, an afternoon or an evening told last, whatever day the text is about
        night = told.first
    if ctx.in_story and told is not None and ctx.today - told.first > _TOLD_NIGHT:
        # a story told from far after it ("On May 30, 1684 ... closed the breach overnight"):
        # the text moves forward, the night after the day named
        night = told.first
    return anchor_part_of_day(
        PartOfDay(CalendarDate(night.year, night.month, night.day), "NI"), ctx
    )


#: The hour from which a clock time told last is an evening's, whose night "overnight" is.
_EVENING_CLOCK = 18
#: The parts of a day told last whose night "overnight" is (the one after them).
_LATE_PODS = frozenset({"AF", "EV"})
#: How far from the reference day the last day named may be for a night named without its day
#: to be that day's ("On Friday, crews will work through the night").
_TOLD_WEEK = timedelta(days=7)


def anchor_same_day_in(spec: SameDayIn, ctx: Context) -> Resolution | None:
    """ "this day in 1969": the reference's month and day in that year (none for 29 February
    in a year that has no such day)."""
    try:
        p = Point("day", date(spec.year, ctx.today.month, ctx.today.day))
    except ValueError:
        return None
    return Resolution(cal.value(p), p)


def anchor_in_anchor_year(spec: InAnchorYear, ctx: Context) -> Resolution | None:
    """ "in the autumn of that year", "March of the following year" (see
    :class:`~timeline.temporal.values.InAnchorYear`)."""
    year = (ctx.anchor.first.year if ctx.anchor is not None else ctx.today.year) + spec.n
    if not 1 <= year <= 9999:
        return None
    return resolve(replace(spec.base, year=year), ctx)


def _told_day(ctx: Context) -> date | None:
    """The day the text is about, for a part of day named without its day: the last day named
    when it is within a week of the reference day or the text tells a story from afar."""
    told = ctx.day_anchor
    if told is not None and (
        ctx.in_story
        or abs(ctx.today - told.first) <= _TOLD_WEEK
        or (
            # "On 24 June contactless payments failed in the evening": the day its own
            # sentence named, however far back (s39-wire2, blind text 1132: was untagged)
            ctx.anchor_in_sentence
            and ctx.anchor is not None
            and ctx.anchor.unit == "day"
            and ctx.anchor.first == told.first
        )
    ):
        return told.first
    return None


def anchor_story_pod(spec: StoryPartOfDay, ctx: Context) -> Resolution | None:
    """ "in the afternoon", "during the morning" (see
    :class:`~timeline.temporal.values.StoryPartOfDay`): that part of the day the text is about;
    nothing without one or in a present clause."""
    day = _told_day(ctx) if ctx.tense != "present" else None
    if day is None:
        return None
    told = ctx.day_anchor
    if spec.pod == "MO" and told is not None and told.pod == "NI":
        day += timedelta(days=1)  # "fought through the night ... In the morning": the next one
    elif (
        spec.pod in ("AF", "EV")
        and spec.flashback
        and ctx.tense == "past"
        and ctx.anchor is not None
        and ctx.anchor.unit == "day"
        and ctx.anchor.first == day
        and ctx.anchor.clock is not None
        and ctx.anchor.clock.hour < _NIGHT_ENDS
    ):
        # "found on Market Street at about 2.40am. He had spent the evening at a bar": the
        # evening before the small hours the story is in, as "through the night" is the night
        # that began the day before (s37, blind text 1032: was that day's evening, still to come)
        day -= timedelta(days=1)
    return anchor_part_of_day(PartOfDay(CalendarDate(day.year, day.month, day.day), spec.pod), ctx)


def anchor_story_night(spec: StoryNight, ctx: Context) -> Resolution | None:
    """ "late at night", "through the night" (see :class:`~timeline.temporal.values.StoryNight`):
    the night of the last day named when that day is within a week of the reference day or the
    text tells a story from afar (in news, a past clause of a day whose night has not begun at
    the reference: the night before it), else the night before the reference day in a past
    or tenseless clause, the reference day's own in a future one; nothing in a present clause
    (a habit: "Bars stay open late into the night")."""
    if ctx.tense == "present":
        return None
    told = _told_day(ctx)
    if told is not None:
        night = told
        if ctx.tense == "past" and not ctx.in_story and _night_not_begun(told, ctx):
            # news of the publication day: "struck at 12:17 a.m. ... officials said on Monday.
            # Rescue teams worked through the night" is the night that ended that morning, as
            # "overnight" is; the night that begins on it is still to come
            night = told - timedelta(days=1)
        elif (
            ctx.tense == "past"
            and ctx.anchor is not None
            and ctx.anchor.unit == "day"
            and ctx.anchor.first == told
            and ctx.anchor.clock is not None
            and ctx.anchor.clock.hour < _NIGHT_ENDS
        ):
            # "The collision happened at 12:07 a.m. ... Rescuers worked through the night": the
            # night whose small hours the story is in, which began the day before (s31-wire)
            night = told - timedelta(days=1)
        elif (
            ctx.tense == "future"
            and ctx.day_anchor is not None
            and ctx.day_anchor.first == told
            and told > ctx.today
            and (
                ctx.day_anchor.pod == "MO"
                or (ctx.day_anchor.clock is not None and ctx.day_anchor.clock.hour < 12)
            )
        ):
            # "The rain should change to snow by Friday morning ... crews would be on standby
            # through the night" (on Thursday): the night before that morning, as "overnight"
            # is read after one (session 32, blind text 770)
            night = told - timedelta(days=1)
    elif ctx.tense == "future":
        # published in the small hours, the night under way ("crews will work through the
        # night", at 02:00)
        night = ctx.today - timedelta(days=1) if _in_small_hours(ctx) else ctx.today
    else:
        night = ctx.today - timedelta(days=1)
    return anchor_part_of_day(
        PartOfDay(CalendarDate(night.year, night.month, night.day), "NI"), ctx
    )


def _in_small_hours(ctx: Context) -> bool:
    """Whether the reference has a time of day in the small hours of its night, after midnight
    and before 06:00 in its offset (a reference given as a day, midnight, has none): a night
    still to come is then the one under way."""
    return in_small_hours(ctx.reference)


def in_small_hours(reference: datetime) -> bool:
    """Whether ``reference`` is after midnight and before the night's end (06:00)."""
    return time(0) < reference.time() < time(_NIGHT_ENDS)


def _night_not_begun(day: date, ctx: Context) -> bool:
    """Whether the night that begins on ``day`` (at 20:00 in the reference's offset) begins
    after the reference: a reference given as a day (midnight) is before its own night."""
    start = cal.PART_OF_DAY_HOURS["NI"][0]
    return datetime.combine(day, time(start), ctx.tz) > ctx.reference


def anchor_clock_time(spec: ClockTime, ctx: Context) -> Resolution | None:
    """ "10 a.m." on the base day (the reference day by default), in an explicit zone if given:
    a fixed offset ("EST", "GMT+3") or an IANA zone ("Kyiv time"), whose offset is the one in
    force at that moment. A clock time in UTC has a value ending in ``Z``."""
    day = _day_of(spec.base, ctx)
    if day is None:
        return None
    if _evening_hour(spec, ctx):
        # "gym tonight anyone?? im going at 7ish": the hour of the evening or night the
        # text is about, not the morning before it
        spec = replace(spec, hour=spec.hour + 12, twelve_hour=False)
    if _small_hours_of_night(spec, ctx):
        # "last nite was insane, got home at 4am": the night runs past midnight, so its small
        # hours are on the next day (the reference's), not at dawn of the day it began on;
        # the day after the night's own day, not after the one a future clause moved to
        # ("The euro fell overnight, and shares are expected to open at 9 a.m.", published
        # at 07:15: this morning's, s31-wire), unless that morning is already past
        after = day.first + timedelta(days=1)
        if ctx.anchor is not None and ctx.anchor.unit == "day" and ctx.anchor.first < day.first:
            morning = ctx.anchor.first + timedelta(days=1)
            at = datetime.combine(morning, time(spec.hour % 24, spec.minute), ctx.tz)
            if not (ctx.tense == "future" and at < ctx.reference):
                after = morning
        day = Point("day", after)
    tz: tzinfo | None = None
    if spec.zone is not None:
        tz = ZoneInfo(spec.zone)
    elif spec.tz_minutes is not None:
        tz = timezone(timedelta(minutes=spec.tz_minutes))
    day = _day_in_zone(spec, day, tz, ctx)
    if _tense_moves_clock(spec, ctx):
        # a publication with its time of day and a sentence with a tense: the last such time
        # before it or the next after it ("the blast happened at 11 p.m.", published at 14:00:
        # the night before; "the vote will close at 9 a.m.": the next morning)
        at = datetime.combine(day.first, time(0), tz or ctx.tz) + timedelta(
            hours=spec.hour, minutes=spec.minute
        )
        if ctx.tense == "past" and at > ctx.reference:
            day = Point("day", day.first - timedelta(days=1))
        elif ctx.tense == "future" and at < ctx.reference:
            day = Point("day", day.first + timedelta(days=1))
    if ctx.resumed and ctx.reference.time() != time(0):
        at = datetime.combine(day.first, time(spec.hour % 24, spec.minute), tz or ctx.tz)
        if at > ctx.reference:
            # the next day's clock not come yet at the publication: the stretch's own day
            day = Point("day", day.first - timedelta(days=1))
    if spec.hour == 24:
        # midnight: the end of the day, i.e. the instant 00:00 of the next one (TIMEX3 value
        # T24:00); with no day of its own in a past clause, the midnight that began the
        # reference day ("The ceasefire took effect at midnight": 2025-03-11T24:00), as a past
        # "at 11 p.m." is the last one (a reference with a time of day is moved above)
        if _midnight_passed(spec, ctx):
            day = Point("day", day.first - timedelta(days=1))
        nxt = Point(
            "day", day.first + timedelta(days=1), clock=time(0, 0), clock_unit="minute", tz=tz
        )
        # "midnight GMT" is UTC's: ``Z`` as for any clock time stated in UTC
        return Resolution(f"{day.first.isoformat()}T24:00{cal.utc_suffix(nxt)}", nxt)
    first, hour = day.first, spec.hour % 24
    if spec.base is None and ctx.anchor is None and ctx.prefer in ("past", "future"):
        # an isolated clock time ("at 3 in the morning") with a preferred direction: the next
        # (or last) such time, not the one of the reference day that has passed (or is to
        # come); "at 3:30" without a.m./p.m. is the next (last) 3:30 on a 12-hour clock
        zone = tz or ctx.tz
        hours = (hour % 12, hour % 12 + 12) if spec.twelve_hour else (hour,)
        # two days either side: the stated zone may be a day away from the reference's
        # ("11:45 p.m. EDT" is already the next day in UTC)
        times = sorted(
            datetime.combine(first + timedelta(days=k), time(h, spec.minute, spec.second), zone)
            for k in (-2, -1, 0, 1, 2)
            for h in hours
        )
        ref = ctx.reference
        if ctx.prefer == "future":
            pick = next(t for t in times if t >= ref)
        else:
            pick = next(t for t in reversed(times) if t <= ref)
        first, hour = pick.date(), pick.hour
    clock = time(hour, spec.minute, spec.second)
    p = Point("day", first, clock=clock, clock_unit=spec.unit, tz=tz)
    return Resolution(cal.value(p), p)


def _day_in_zone(spec: ClockTime, day: Point, tz: tzinfo | None, ctx: Context) -> Point:
    """The story's day as the zone a clock time states counts it: after "lifted off at 9:04
    p.m. local time on Monday" in Kourou, "picked up its first signal at 01:47 CET" is on
    Tuesday, the day the launch moment already was in Central Europe (s31-wire). Only for a
    clock time with its own zone and no day, on the day of a clock time stated in another
    (a gloss in parentheses sets no day: ``engine._zone_gloss``)."""
    a = ctx.anchor
    if (
        tz is None
        or spec.base is not None
        or a is None
        or a.unit != "day"
        or a.clock is None
        or a.tz is None
        or a.first != day.first
    ):
        return day
    moment = datetime.combine(a.first, a.clock, a.tz)
    if moment.utcoffset() == datetime.combine(a.first, a.clock, tz).utcoffset():
        return day
    there = moment.astimezone(tz).date()
    # only forward, to a zone where that moment's day has already turned: a zone behind it
    # is told by the text's own day ("Alaska shuts at 1 a.m. ET ... not before 11 p.m. PT")
    return Point("day", there) if there > day.first else day


def _evening_hour(spec: ClockTime, ctx: Context) -> bool:
    """Whether a clock time said without a.m./p.m. ("at 7ish", "at 9:30") from 6 to 11
    follows an evening or a night the text has named ("tonight", "tmrw nite", "Friday
    evening") or a clock time of the evening in its sentence ("a 7:30 reservation ... till
    8:15"): then it is that evening's hour."""
    return (
        spec.twelve_hour
        and spec.base is None
        and 6 <= spec.hour <= 11
        and ctx.anchor is not None
        and ctx.anchor.unit == "day"
        and (
            ctx.anchor.pod in ("EV", "NI")
            # a clock time of the evening earlier in the sentence, not later on the clock:
            # "had a 7:30 reservation and didn't get seated till 8:15" (but "ended at 10 p.m.
            # and we had breakfast at 8:15" is the morning's)
            or (
                ctx.night_before
                and ctx.anchor.clock is not None
                and spec.hour + 12 >= ctx.anchor.clock.hour
            )
        )
    )


#: The hour a night ends (``calendar.PART_OF_DAY_HOURS``: NI runs 20:00 to 06:00 next day).
_NIGHT_ENDS = cal.PART_OF_DAY_HOURS["NI"][1] - 24
#: The hour a morning ends (MO runs 06:00 to 12:00).
_MORNING_ENDS = cal.PART_OF_DAY_HOURS["MO"][1]


#: The hours after midnight up to which a stretch of a day named "until" a clock time runs
#: on past that midnight ("open until 3am" on a Friday is Saturday's 03:00; "closed on Sunday
#: until 5am" is Sunday's).
_UNTIL_SMALL_HOURS_END = 4


def _small_hours_of_night(spec: ClockTime, ctx: Context) -> bool:
    """Whether a clock time with no day of its own follows a night named in its sentence
    ("last nite was insane, got home at 4am", "party tonight, wont be home til 2am") or a clock
    time of that day's evening ("lost power at 10ish and it came back at 1am", "left at 11pm
    and got home at 2am") and falls in the hours after its midnight: then it is on the day
    after the one the night (or the evening) began on.
    Not a night of another sentence ("Morning, afternoon and night rehearsals! Left camp at
    5am"): the day the text is about."""
    if (
        ctx.runs_past_midnight
        and spec.base is None
        and spec.hour < _UNTIL_SMALL_HOURS_END
        and spec.minute + spec.hour > 0
        and ctx.anchor is not None
        and (ctx.tense != "past" or ctx.anchor.first < ctx.today)
    ):
        return True
    return (
        spec.base is None
        and ctx.night_before
        and ctx.anchor is not None
        and ctx.anchor.unit == "day"
        and (
            ctx.anchor.pod == "NI"
            # an evening clock time: not when the next day is past the publication in a past
            # clause ("The bar closed at 11 p.m. and the fight began at 2 a.m." published that
            # day keeps the publication's 2 a.m., as a past clock time does)
            or (
                ctx.anchor.clock is not None
                and (ctx.tense != "past" or ctx.anchor.first < ctx.today)
            )
        )
        and (
            spec.hour < _NIGHT_ENDS
            # a morning hour written as such after a night named ("negotiated overnight into
            # Sunday, and the text was agreed at 6.40am"): the morning the night ran into
            or (ctx.anchor.pod == "NI" and not spec.twelve_hour and spec.hour < _MORNING_ENDS)
        )
    )


def _midnight_passed(spec: ClockTime, ctx: Context) -> bool:
    """Whether a bare "midnight" of a past clause, with a reference given as a day, is the one
    that began that day (the reference itself) rather than the one that ends it."""
    return (
        spec.base is None
        and ctx.anchor is None
        and ctx.prefer is None
        and ctx.tense == "past"
        and ctx.reference.time() == time(0)
    )


def _in_part(spec: ClockTime, pod: str) -> bool:
    """Whether the clock time ``spec`` lies in the part of day ``pod`` (its hours of
    :data:`cal.PART_OF_DAY_HOURS`, the night's past midnight)."""
    lo, hi = cal.PART_OF_DAY_HOURS.get(pod, (0, 24))
    hour = spec.hour % 24
    return lo <= hour < hi or lo <= hour + 24 < hi


def _tense_moves_clock(spec: ClockTime, ctx: Context) -> bool:
    """Whether a clock time with no day of its own moves to the day before or after the
    reference's by the tense: only where the reference has a time of day (a reference given as
    a day, midnight, keeps its day, as TimeML resolves clock times against a creation date) and
    no story or preference says otherwise. A story on the reference day itself, named as a day,
    is no other day: "Voting ended on Tuesday. The last stations will shut at 1 a.m. ET",
    published at 21:30, is the next 1 a.m."""
    return (
        spec.base is None
        and (
            ctx.anchor is None
            or (
                ctx.anchor.unit == "day"
                and ctx.anchor.first == ctx.today
                and ctx.anchor.clock is None
                # "this morning ... At a little after 9 am": a part of the day named places the
                # clock times inside it; not one ahead outside it that is over ("Freezing rain
                # will begin this evening. ... Schools will decide by 6 a.m.", published at
                # 16:30: the next 6 a.m.; s41-blindnews)
                and (
                    ctx.anchor.pod is None
                    or (ctx.tense == "future" and not _in_part(spec, ctx.anchor.pod))
                )
                and not ctx.narrative
            )
        )
        and ctx.prefer is None
        and ctx.tense in ("past", "future")
        and ctx.reference.time() != time(0)
    )


#: The longest a quarter lasts: a quarter ending within it after the reference day has begun.
_QUARTER_LENGTH = timedelta(days=92)
#: How far after the end of the quarter a text has named a quarter's end must lie for the
#: quarter to be another one: a fiscal quarter a month off the calendar (a retailer's fourth
#: quarter ended Jan. 31) is still the quarter named.
_OUTLOOK_GAP = timedelta(days=45)


def anchor_quarter_ending(spec: QuarterEnding, ctx: Context) -> Resolution | None:
    """ "the quarter ended July 31" = the calendar quarter of the day 45 days before its end
    (2022-Q2): the quarter most of the fiscal quarter's three months fall in. A quarter the
    text has just named ("its fiscal second quarter ... the quarter ended Sept. 30") wins,
    unless the quarter ends ahead of the publication and after that one: "reported its third
    quarter ... expects revenue of $3.3 billion for the quarter ending in December" is the
    outlook's quarter (2024-Q4). A quarter whose months are named ("the January-March quarter",
    "the June quarter") is that calendar quarter whatever quarter the text named before it."""
    a = None if spec.named else _reported(ctx.anchor, ctx)
    end = anchor_calendar_date(spec.end, ctx)
    if spec.ending:
        # "the quarter ending March 31" written on March 12: the quarter under way, if it has
        # begun (its end at most a quarter after the reference day), whatever the tense
        ahead = anchor_calendar_date(spec.end, replace(ctx, tense="future"))
        if ahead is not None and ahead.point is not None:
            if ahead.point.first - ctx.today <= _QUARTER_LENGTH:
                end = ahead
    if (
        a is not None
        and a.unit == "quarter"
        and a.pod is None
        and not (
            end is not None
            and end.point is not None
            and end.point.first > ctx.today
            and end.point.first >= cal.end_of("quarter", a.first) + _OUTLOOK_GAP
        )
    ):
        return Resolution(cal.value(a), a)
    if end is None or end.point is None:
        return None
    p = cal.point("quarter", end.point.first - timedelta(days=45))
    return Resolution(cal.value(p), p)


def anchor_week_of(spec: WeekOf, ctx: Context) -> Resolution | None:
    """ "the week of March 6" = the ISO week containing that day; "Easter week" is this
    week when this week holds Easter, else the week of the Easter the tense points at; "the
    Thanksgiving weekend" likewise the weekend beside the holiday (`_holiday_weekend`)."""
    base = spec.base
    if type(base) is HolidayRef and base.year is None:
        this_week = cal.point("week", ctx.today)
        for year in (ctx.today.year - 1, ctx.today.year, ctx.today.year + 1):
            day = holiday_date(holiday_rule(base.rule, ctx), year)
            if spec.unit == "weekend":
                p = _holiday_weekend(day)
                if min(p.first, day) <= ctx.today <= max(p.first + timedelta(days=1), day):
                    return Resolution(cal.value(p), p)  # written over that weekend
            elif cal.point("week", day) == this_week:
                return Resolution(cal.value(this_week), this_week)
    day_point = _day_of(spec.base, ctx)
    if day_point is None:
        return None
    if type(base) is HolidayRef and spec.unit == "weekend":
        p = _holiday_weekend(day_point.first)
    else:
        p = cal.point(spec.unit, day_point.first - timedelta(days=spec.back))
    return Resolution(cal.value(p), p)


def anchor_iso_week(spec: IsoWeek, ctx: Context) -> Resolution | None:
    """ "week 47 of 2025" = `2025-W47`; a bare "week 48" is the week with that number the tense
    points at among last year's, this year's and next year's (a report's past weeks)."""
    years = [spec.year] if spec.year is not None else [ctx.today.year + k for k in (-1, 0, 1)]
    firsts = []
    for year in years:
        try:
            firsts.append(date.fromisocalendar(year, spec.n, 1))
        except ValueError:
            continue  # a year without a 53rd week
    if not firsts:
        return None
    first = firsts[0]
    if spec.year is None:
        first = _pick(firsts, cal.floor("week", ctx.today), ctx.tense, _near(ctx))
    p = Point("week", first)
    return Resolution(cal.value(p), p)


def _holiday_weekend(day: date) -> Point:
    """The weekend beside a holiday: the one before it when it falls on a Monday or a Tuesday
    ("Labor Day weekend", "the Easter Monday weekend"), else that of its week ("the
    Thanksgiving weekend", "the Easter weekend")."""
    back = day.weekday() + 1 if day.weekday() < 2 else 0
    return cal.point("weekend", day - timedelta(days=back))


def anchor_fixed(spec: Fixed, ctx: Context) -> Resolution:
    """Vague references, unanchored durations and sets keep their value and get no interval;
    but for a caller that prefers a direction (an isolated phrase), "now" is the reference
    instant: PRESENT_REF over its second."""
    if spec.value == "PRESENT_REF" and ctx.prefer is not None:
        now = ctx.reference.replace(microsecond=0)
        return Resolution(
            spec.value, interval=Interval(now, now + timedelta(seconds=1)), granularity="minute"
        )
    return Resolution(spec.value)


def _ref_shift(ctx: Context, name: str, n: int, start: datetime | None = None) -> datetime:
    """The reference (or ``start``) moved by ``n`` units (months clamped to the end of the
    target month)."""
    ref = ctx.reference if start is None else start
    secs = units.unit(name).seconds
    if secs is not None:
        return ref + timedelta(seconds=secs * n)
    d = cal.add_months(ref.date(), cal.MONTHS[name] * n)
    return datetime.combine(d, ref.timetz())


def _reference_span(unit: str, n: int | None, ctx: Context, forward: bool) -> Resolution:
    """The DURATION of ``n`` units that ends at the reference (or starts there if ``forward``);
    no interval for a vague or unplaceable count."""
    value = duration_value(unit, n)
    if n is None or n <= 0:
        return Resolution(value)
    try:
        other = _ref_shift(ctx, unit, n if forward else -n)
    except (ValueError, OverflowError):
        return Resolution(value)
    start, end = (ctx.reference, other) if forward else (other, ctx.reference)
    return Resolution(value, interval=Interval(start, end), granularity=_span_granularity(unit))


def anchor_past_span(spec: PastSpan, ctx: Context) -> Resolution:
    """ "the past two weeks" = P2W over [reference - 2 weeks, reference)."""
    return _reference_span(spec.unit, spec.n, ctx, forward=False)


def anchor_coming_span(spec: ComingSpan, ctx: Context) -> Resolution:
    """ "the next three days" = P3D over [reference, reference + 3 days); in a past clause
    after a time the text told, from the end of that time ("withdrew her at the end of 1971,
    and she spent the next two years laid up" = 1972 and 1973)."""
    told = ctx.anchor
    if (
        ctx.tense == "past"
        and told is not None
        and (
            ctx.in_story
            # s39-wire (blind text 1101): "The quake hit at 12:47 p.m. ... At least 40
            # aftershocks followed over the next 18 hours": hours told after a past clock time
            # run from it, in news as in a story told from afar (was from the publication)
            or (told.clock is not None and spec.unit in ("hour", "minute"))
        )
        and spec.n is not None
        and spec.n > 0
    ):
        told_interval = cal.interval(told, ctx.tz)
        # in news a clock time is an instant: its hours run from it ("arrived at 6 p.m. and
        # searched the house for the next three hours" = 18:00-21:00); a story's time told
        # from afar runs from its end
        start = told_interval.end if ctx.in_story else told_interval.start
        if start <= ctx.reference:
            try:
                end = _ref_shift(ctx, spec.unit, spec.n, start)
            except (ValueError, OverflowError):
                return Resolution(duration_value(spec.unit, spec.n))
            return Resolution(
                duration_value(spec.unit, spec.n),
                interval=Interval(start, end),
                granularity=_span_granularity(spec.unit),
            )
    if spec.sequel:
        # "the following three years" with no time told before it: that long, not placed
        return Resolution(duration_value(spec.unit, spec.n))
    return _reference_span(spec.unit, spec.n, ctx, forward=True)


def _span_granularity(unit: str) -> str:
    return {"second": "minute", "fortnight": "week", "millennium": "century"}.get(unit, unit)


def _so_far_day(anchored: bool, ctx: Context, earlier: bool = False) -> date:
    """The day "earlier"/"later" count from: the story's day for "earlier in the day" (when
    the text is on another day), else the reference day. A past clause is not on a day still
    to come, nor is "earlier" outside a future one ("... until Thursday. Earlier in the day,
    the Met Office issued a warning", "will run until 6 a.m. Monday. Prosecutors said earlier
    in the day": the reference day, s26-news: was that Thursday, that Monday)."""
    if anchored and ctx.day_anchor is not None:
        ahead = ctx.day_anchor.first > ctx.today
        if ahead and (ctx.tense == "past" or (earlier and ctx.tense != "future")):
            return ctx.today
        return ctx.day_anchor.first
    return ctx.today


def anchor_year_end(spec: YearEnd, ctx: Context) -> Resolution:
    """ "year-end": the reference's year (mod END narrows it); in a past clause, the last year
    whose end is over: a year-end that has not come cannot be past."""
    year = ctx.today.year
    if ctx.tense == "past" and (ctx.today.month, ctx.today.day) != (12, 31):
        year -= 1
    p = Point("year", date(year, 1, 1))
    return Resolution(cal.value(p), p)


def anchor_new_year(spec: NewYear, ctx: Context) -> Resolution:
    """ "the new year" (see :class:`~timeline.temporal.values.NewYear`): from July on the next
    year, unless after "since" or in a past clause of news; else the year of the reference (or
    of the story told from afar, whose past clauses look ahead from the story's day: "had passed
    by Christmas, although cases continued into the new year" = the year after that
    Christmas's)."""
    base = ctx.anchor.first if ctx.narrative and ctx.anchor is not None else ctx.today
    told = ctx.narrative and ctx.anchor is not None
    ahead = not spec.since and (told or ctx.tense != "past") and base.month >= _NEW_YEAR_FROM
    if told and ctx.anchor is not None and ctx.anchor.unit == "year" and not spec.since:
        # s41-blindhist: a story at a year told whole ("In 1914 ...", "Late in 1914 the
        # battalion sailed; early in the new year it was at Ypres") is over by the new year:
        # the next one (was the story's year, from its January)
        ahead = True
    year = base.year + 1 if ahead else base.year
    p = Point("year", date(year, 1, 1))
    return Resolution(cal.value(p), p)


#: The month from which "the new year" is the next one rather than the one just begun.
_NEW_YEAR_FROM = 7


def anchor_so_far(spec: SoFar, ctx: Context) -> Resolution:
    """ "earlier this month" = the month's value over [month start, end of the reference day);
    "earlier in the day" = that day."""
    day = _so_far_day(spec.anchored, ctx, earlier=True)
    p = cal.point(spec.unit, day)
    whole = cal.interval(p, ctx.tz)
    end = cal.interval(Point("day", day), ctx.tz).end
    return Resolution(
        cal.value(p), interval=Interval(whole.start, min(end, whole.end)), granularity=spec.unit
    )


def anchor_rest_of(spec: RestOf, ctx: Context) -> Resolution:
    """ "later this year" = the year's value over [reference day, year end); "later in the
    day" = that day."""
    day = _so_far_day(spec.anchored, ctx)
    if spec.unit == "week" and not spec.anchored and day.weekday() == _SUNDAY:
        # "later this week" written on a Sunday: nothing of the ISO week is left after it, the
        # writer means the week that begins on Monday (as "this week" in a future clause)
        day += timedelta(days=1)
    p = cal.point(spec.unit, day)
    whole = cal.interval(p, ctx.tz)
    start = cal.interval(Point("day", day), ctx.tz).start
    return Resolution(
        cal.value(p), interval=Interval(max(start, whole.start), whole.end), granularity=spec.unit
    )


def anchor_weekday_day_of_month(spec: WeekdayDayOfMonth, ctx: Context) -> Resolution | None:
    """ "Thu 15th": the 15th of a month in which it is a Thursday, within a year of the
    reference, in the tense's direction. In a narrative it is the one nearest the month the
    story is in ("On Monday 8 December [1941] ... On Thursday the 11th" = 1941-12-11), the
    later one when two are as near."""
    if ctx.narrative and ctx.anchor is not None and ctx.anchor.unit in ("day", "month"):
        base = ctx.anchor.first.replace(day=1)
        for k in sorted(range(-13, 14), key=lambda k: (abs(k), k < 0)):
            try:
                d = cal.add_months(base, k).replace(day=spec.day)
            except ValueError:
                continue
            if d.isoweekday() == spec.weekday:
                p = Point("day", d)
                return Resolution(cal.value(p), p)
        return None
    first = ctx.today.replace(day=1)
    days = []
    for k in range(-13, 14):
        try:
            d = cal.add_months(first, k).replace(day=spec.day)
        except ValueError:
            continue
        if d.isoweekday() == spec.weekday:
            days.append(d)
    if not days:
        return None
    p = Point("day", _pick(days, ctx.today, ctx.tense, -1 if ctx.since else _NEAR))
    return Resolution(cal.value(p), p)


def _unit_of(spec: Spec, ctx: Context, unit: str) -> Point | None:
    """The point ``spec`` resolves to if it is a ``unit``."""
    res = resolve(spec, ctx)
    if res is None or res.point is None or res.point.unit != unit or res.point.pod is not None:
        return None
    return res.point


def anchor_nth_in_month(spec: NthInMonth, ctx: Context) -> Resolution | None:
    """ "the first Tuesday of October", "the last day of October 2015", "the 20th of next
    month"."""
    month = _unit_of(spec.month, ctx, "month")
    if month is None or spec.n == 0:
        return None
    first = month.first
    last = cal.end_of("month", first) - timedelta(days=1)
    if spec.weekday is None:
        day = first + timedelta(days=spec.n - 1) if spec.n > 0 else last + timedelta(spec.n + 1)
    else:
        day = _nth_weekday(first.year, first.month, spec.weekday, spec.n)
    if day.replace(day=1) != first:
        return None  # "the fifth Monday of February"
    p = Point("day", day)
    return Resolution(cal.value(p), p)


def anchor_weekday_of_week(spec: WeekdayOfWeek, ctx: Context) -> Resolution | None:
    """ "wednesday of next week" = that weekday of the week the rest names."""
    week = _unit_of(spec.week, ctx, "week")
    if week is None:
        return None
    day = week.first + timedelta(days=spec.weekday - 1)
    if (
        type(spec.week) is CalendarRelative
        and spec.week.n == 0
        and ctx.today.weekday() == _SUNDAY
        and day < ctx.today
        and ctx.tense in ("present", "future")
    ):
        # session 42 (blind text 1239): "Bin day is moving to Thursday this week", written on
        # a Sunday: the ISO week ends that day, a day of it still to come is the coming week's,
        # as "will meet this week" is (was the Thursday just gone)
        day += timedelta(days=7)
    p = Point("day", day)
    return Resolution(cal.value(p), p)


def anchor_nth_weekday_after(spec: NthWeekdayAfter, ctx: Context) -> Resolution | None:
    """ "the third Tuesday after Christmas 2014": counted from the day after the base ("two
    Thursdays ago": back from the day before it)."""
    base = _unit_of(spec.base, ctx, "day")
    if base is None or spec.n == 0:
        return None
    if spec.n > 0:
        nxt = base.first + timedelta(days=1)
        day = nxt + timedelta(days=(spec.weekday - nxt.isoweekday()) % 7 + 7 * (spec.n - 1))
    else:  # "2 thursdays ago": counted back from the day before the base
        prv = base.first - timedelta(days=1)
        day = prv - timedelta(days=(prv.isoweekday() - spec.weekday) % 7 - 7 * (spec.n + 1))
    p = Point("day", day)
    return Resolution(cal.value(p), p)


def _day_reference(reference: datetime) -> bool:
    """Whether the reference is a day's: a ``date`` is read as midnight UTC
    (``engine.as_reference``)."""
    return reference.utcoffset() == timedelta(0) and reference.time() == time(0)


def anchor_from_now(spec: FromNow, ctx: Context) -> Resolution:
    """ "2 minutes from now": the reference moved on, to the second; "in half an hour" too, when
    the caller prefers a direction and the sentence has no tense, else the DURATION."""
    if not spec.always and (ctx.prefer is None or ctx.tense != "future"):
        return Resolution(spec.duration, type="DURATION")
    if spec.seconds < 0 and _day_reference(ctx.reference):
        # "2 hours ago" against a day's reference (midnight UTC): no hour to count back from,
        # a time before the reference (as chat's "1+ hr ago")
        return Resolution("PAST_REF", type="DATE")
    when = ctx.reference + timedelta(seconds=spec.seconds)
    clock = when.timetz().replace(tzinfo=None, microsecond=0)
    p = Point("day", when.date(), clock=clock, clock_unit="minute")
    return Resolution(cal.value(p), p, type="TIME")


def anchor_nth_week_in(spec: NthWeekIn, ctx: Context) -> Resolution | None:
    """ "the first week of October 2014": the first Monday-to-Sunday week wholly inside; "the
    third weekend of July": the weekend of the month's third Saturday ("the last weekend of":
    of its last Saturday)."""
    res = resolve(spec.period, ctx)
    if res is None or res.point is None or res.point.unit not in ("month", "year"):
        return None
    first = res.point.first
    end = cal.end_of(res.point.unit, first)  # the day after the period
    if spec.weekend:
        saturdays = (first + timedelta(days=(6 - first.isoweekday()) % 7), end - timedelta(days=1))
        saturday = (
            saturdays[0] + timedelta(weeks=spec.n - 1)
            if spec.n > 0
            else saturdays[1]
            - timedelta(days=(saturdays[1].isoweekday() - 6) % 7)
            + timedelta(weeks=spec.n + 1)
        )
        if not first <= saturday < end:
            return None  # "the fifth weekend of February"
        p = Point("weekend", saturday)
        return Resolution(cal.value(p), p)
    monday = first + timedelta(days=(1 - first.isoweekday()) % 7)
    last_monday = end - timedelta(days=7) - timedelta(days=(end.isoweekday() - 1) % 7)
    if spec.n > 0:
        start = monday + timedelta(weeks=spec.n - 1)
    else:
        start = last_monday + timedelta(weeks=spec.n + 1)
    if spec.n == 0 or start < monday or start > last_monday:
        return None
    p = Point("week", start)
    return Resolution(cal.value(p), p)


def anchor_shift_from(spec: ShiftFrom, ctx: Context) -> Resolution | None:
    """ "three days after Easter" = Easter + 3 days; the result is a day. A base whose year
    the tense decides is the one that puts the result on the tense's side ("a year from
    Christmas" said in February, looking ahead: last Christmas + 1 year, the coming one)."""
    if spec.ahead:
        ctx = replace(ctx, tense="future", narrative_tense="future", prefer="future")
    elif needs_tense(spec.base) and type(spec.base) is not WeekdayRef:
        # (a weekday keeps the week it has alone: "the day before Thursday's match" is the
        # day before the last Thursday, s41-timebank)
        ctx = replace(ctx, reference=_ref_shift(ctx, spec.unit, -spec.n))
    base = _unit_of(spec.base, ctx, "day")
    if base is None:
        return None
    try:
        day = cal.shift(spec.unit, base.first, spec.n)
    except (ValueError, OverflowError):
        return None
    p = Point("day", day)
    return Resolution(cal.value(p), p)


def anchor_closest_weekday(spec: ClosestWeekday, ctx: Context) -> Resolution | None:
    """ "the closest Monday to Oct 5th": the days of that weekday around the base, nearest
    first (the earlier of two equally near), the ``n``-th of them."""
    base = _unit_of(spec.base, ctx, "day")
    if base is None or spec.n < 1:
        return None
    first = base.first
    ahead = (spec.weekday - first.isoweekday()) % 7
    days = [first + timedelta(days=ahead + 7 * k) for k in range(-spec.n - 1, spec.n + 1)]
    days.sort(key=lambda d: (abs((d - first).days), d))
    p = Point("day", days[spec.n - 1])
    return Resolution(cal.value(p), p)


def anchor_turn_of_year(spec: TurnOfYear, ctx: Context) -> Resolution:
    """ "since the turn of the year" (written in May 2024): 2024, whose start the mod (START)
    narrows to; "by the turn of the year" in a future clause is next year's start."""
    today = ctx.today
    first = _pick([date(today.year, 1, 1), date(today.year + 1, 1, 1)], today, ctx.tense)
    p = cal.point("year", first)
    return Resolution(cal.value(p), p)


#: The anchor function of each kind of value. Each function takes the kind it is listed under,
#: which a dict's type cannot say (its values would have to accept every ``Spec``), hence
#: ``Any`` for the first parameter; tests/temporal/test_anchor_table.py checks that each
#: function's first parameter is annotated with its key, and that every kind has one.
ANCHORS: dict[type[Spec], Callable[[Any, Context], Resolution | None]] = {
    CalendarDate: anchor_calendar_date,
    WeekdayRef: anchor_weekday,
    DayOfMonth: anchor_day_of_month,
    WeekendRef: anchor_weekend,
    InOffset: anchor_in_offset,
    MonthRef: anchor_month_ref,
    MonthOfYear: anchor_month_of_year,
    DayOffset: anchor_day_offset,
    CalendarRelative: anchor_calendar_relative,
    Offset: anchor_offset,
    QuarterRef: anchor_quarter,
    HalfRef: anchor_half,
    QuarterOfYear: anchor_quarter_of_year,
    HalfOfYear: anchor_half_of_year,
    CurrentPeriod: anchor_current_period,
    PeriodOfYear: anchor_period_of_year,
    SeasonRef: anchor_season,
    DecadeRef: anchor_decade,
    CenturyRef: anchor_century,
    HolidayRef: anchor_holiday,
    TurnOfYear: anchor_turn_of_year,
    PartOfDay: anchor_part_of_day,
    Overnight: anchor_overnight,
    StoryNight: anchor_story_night,
    StoryPartOfDay: anchor_story_pod,
    InAnchorYear: anchor_in_anchor_year,
    SameDayIn: anchor_same_day_in,
    ClockTime: anchor_clock_time,
    WeekOf: anchor_week_of,
    IsoWeek: anchor_iso_week,
    QuarterEnding: anchor_quarter_ending,
    Fixed: anchor_fixed,
    PastSpan: anchor_past_span,
    ComingSpan: anchor_coming_span,
    SoFar: anchor_so_far,
    YearEnd: anchor_year_end,
    NewYear: anchor_new_year,
    RestOf: anchor_rest_of,
    WeekdayDayOfMonth: anchor_weekday_day_of_month,
    NthInMonth: anchor_nth_in_month,
    WeekdayOfWeek: anchor_weekday_of_week,
    NthWeekdayAfter: anchor_nth_weekday_after,
    FromNow: anchor_from_now,
    NthWeekIn: anchor_nth_week_in,
    ShiftFrom: anchor_shift_from,
    ClosestWeekday: anchor_closest_weekday,
}


def resolve(spec: Spec, ctx: Context) -> Resolution | None:
    """Anchor any value; ``None`` when it cannot be placed (an impossible date)."""
    return ANCHORS[type(spec)](spec, ctx)
