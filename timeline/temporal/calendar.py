"""Calendar units: their boundaries, arithmetic, TIMEX3 values and intervals.

A resolved date-like expression is a :class:`Point`: a calendar unit (day, week, month, ...)
identified by its first day. Everything the tagger outputs for a DATE is derived from a Point:
the TIMEX3 value (``2022-W19``, ``2022-Q1``, ``199``), the half-open interval in the
reference's time zone, and the narrowed interval of a modifier (thirds of the unit, see
``docs/temporal.md``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from .frozen import fast_init
from .types import Interval

#: Season code -> first month of the (meteorological) season.
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}

#: Part-of-day code -> (start hour, end hour) on its day; night runs into the next morning.
PART_OF_DAY_HOURS = {"MO": (6, 12), "AF": (12, 18), "EV": (18, 24), "NI": (20, 30)}
#: (part of day, modifier) -> (start hour, end hour) where a reader's sense is not the thirds of
#: the part: "late at night", "late last night" are the late evening to the first hours after
#: midnight (22:00 to 02:00), not the last third of 20:00-06:00 (02:40-06:00, which a reader
#: calls "early morning").
PART_OF_DAY_MOD_HOURS = {("NI", "END"): (22, 26)}

#: Months in a calendar unit counted in months (a season is three).
MONTHS = {
    "month": 1,
    "quarter": 3,
    "half": 6,
    "season": 3,
    "year": 12,
    "decade": 120,
    "century": 1200,
}

#: First month of a season -> its code.
_SEASON_CODE = {month: code for code, month in SEASON_START.items()}


@dataclass(frozen=True, slots=True)
class Point:
    """A calendar unit, identified by its unit name and its first day.

    ``pod`` (part of day: MO, AF, EV, NI) and ``clock`` (a time of day, with ``clock_unit``
    hour or minute and an optional explicit zone ``tz``) refine a day.
    """

    unit: str
    first: date
    pod: str | None = None
    clock: time | None = None
    clock_unit: str | None = None
    tz: tzinfo | None = None

    @property
    def granularity(self) -> str:
        if self.clock is not None:
            # a time to the second is on the timeline's finest granularity, the minute
            return "minute" if self.clock_unit in (None, "second") else self.clock_unit
        if self.pod is not None:
            return "partofday"
        return self.unit


fast_init(Point)


#: ``timedelta(days=k)`` for the counts of days the tagger moves by (up to 400 either way),
#: built once: building a timedelta costs several times the sum it is for.
_DAY_STEPS = {k: timedelta(days=k) for k in range(-400, 401)}


def day_step(n: int) -> timedelta:
    """``timedelta(days=n)``, from :data:`_DAY_STEPS` when it holds it."""
    step = _DAY_STEPS.get(n)
    return timedelta(days=n) if step is None else step


#: ``timedelta(hours=h)`` for the hours the intervals of parts of days and their thirds start
#: and end at, built on first use (see :data:`_DAY_STEPS`).
_HOUR_STEPS: dict[float, timedelta] = {}


def hour_step(h: float) -> timedelta:
    """``timedelta(hours=h)``, built once for each ``h``."""
    step = _HOUR_STEPS.get(h)
    if step is None:
        step = _HOUR_STEPS[h] = timedelta(hours=h)
    return step


def add_months(d: date, n: int) -> date:
    """``d`` moved by ``n`` months, clamped to the end of the target month."""
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    if d.day <= 28 and y < 9999:
        # a day every month has (most dates moved are a month's first); the year 9999 goes
        # the long way, which raises for its December as it always has
        return date(y, m, d.day)
    last = (date(y + (m == 12), m % 12 + 1, 1) - timedelta(days=1)).day
    return date(y, m, min(d.day, last))


def floor(unit: str, d: date) -> date:
    """The first day of the ``unit`` that contains ``d``."""
    if unit == "day":
        return d
    if unit == "week":
        return d - _DAY_STEPS[d.weekday()]
    if unit == "weekend":
        # the weekend of d's ISO week (Saturday)
        return d - _DAY_STEPS[d.weekday()] + _DAY_STEPS[5]
    if unit == "month":
        return d.replace(day=1)
    if unit == "quarter":
        return date(d.year, 3 * ((d.month - 1) // 3) + 1, 1)
    if unit == "half":
        return date(d.year, 1 if d.month <= 6 else 7, 1)
    if unit == "season":
        if d.month in (1, 2):
            return date(d.year - 1, 12, 1)
        return date(d.year, 3 * (d.month // 3), 1)
    if unit == "year":
        return date(d.year, 1, 1)
    if unit == "decade":
        return date(d.year // 10 * 10, 1, 1)
    if unit == "century":
        return date(max(d.year // 100 * 100, 1), 1, 1)  # the first century starts in the year 1
    raise ValueError(f"unknown unit {unit!r}")


def shift(unit: str, d: date, n: int) -> date:
    """``d`` moved by ``n`` units (a week is 7 days, a quarter 3 months, ...)."""
    if unit == "day":
        return d + day_step(n)
    if unit in ("week", "weekend"):
        return d + day_step(7 * n)
    months = MONTHS.get(unit)
    if months is None:
        raise ValueError(f"unknown unit {unit!r}")
    return add_months(d, months * n)


def point(unit: str, d: date, n: int = 0) -> Point:
    """The ``unit`` containing ``d``, moved by ``n`` units."""
    return Point(unit, floor(unit, shift(unit, floor(unit, d), n)))


def end_of(unit: str, first: date) -> date:
    """The first day after the unit starting at ``first``."""
    if unit == "weekend":
        return first + _DAY_STEPS[2]
    if unit == "season":
        return add_months(first, 3)
    if unit == "century":
        # the first century starts in the year 1 (there is no year 0) and ends with 99
        return date(first.year // 100 * 100 + 100, 1, 1)
    return shift(unit, first, 1)


def value(p: Point) -> str:
    """The TIMEX3 value of a point."""
    d = p.first
    if p.unit == "day":
        base = d.isoformat()
        if p.clock is not None:
            seconds = f":{p.clock.second:02d}" if p.clock_unit == "second" else ""
            return f"{base}T{p.clock.hour:02d}:{p.clock.minute:02d}{seconds}{utc_suffix(p)}"
        if p.pod:
            return f"{base}T{p.pod}"
        return base
    if p.unit == "week":
        y, w, _ = d.isocalendar()
        return f"{y:04d}-W{w:02d}"
    if p.unit == "weekend":
        y, w, _ = d.isocalendar()
        return f"{y:04d}-W{w:02d}-WE"
    if p.unit == "month":
        return f"{d.year:04d}-{d.month:02d}"
    if p.unit == "quarter":
        return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
    if p.unit == "half":
        return f"{d.year:04d}-H{1 if d.month <= 6 else 2}"
    if p.unit == "season":
        return f"{d.year:04d}-{_SEASON_CODE[d.month]}"
    if p.unit == "year":
        return f"{d.year:04d}"
    if p.unit == "decade":
        return f"{d.year // 10:03d}"
    if p.unit == "century":
        return f"{d.year // 100:02d}"
    raise ValueError(f"unknown unit {p.unit!r}")


def utc_suffix(p: Point) -> str:
    """``Z`` for a clock time stated in UTC (or a zone at UTC+0 that day, such as GMT), as
    ISO 8601 and TIMEX3 write it; nothing for other zones, whose value keeps the wall-clock
    time as written (the interval carries the offset)."""
    if p.tz is None or p.clock is None:
        return ""
    offset = datetime.combine(p.first, p.clock, tzinfo=p.tz).utcoffset()
    return "Z" if offset == timedelta(0) else ""


#: The length of a clock time's interval by its unit ("10 a.m." an hour, "15:23:24" a second).
_CLOCK_STEP = {
    "hour": timedelta(hours=1),
    "minute": timedelta(minutes=1),
    "second": timedelta(seconds=1),
}


_MIDNIGHT = time(0)
_MINUTE = timedelta(minutes=1)
_HOUR = timedelta(hours=1)


def _at(d: date, tz: tzinfo, h: float = 0) -> datetime:
    """``h`` hours after the midnight that opens ``d`` in ``tz``."""
    # the zone by position: by keyword the call costs about half as much again
    midnight = datetime.combine(d, _MIDNIGHT, tz)
    return midnight + hour_step(h) if h else midnight


def interval(p: Point, tz: tzinfo) -> Interval:
    """The half-open interval of a point, in ``tz`` (or the point's own explicit zone)."""
    zone = p.tz or tz
    if p.clock is not None:
        start = datetime.combine(p.first, p.clock, zone)
        step = _CLOCK_STEP.get(p.clock_unit or "minute", _MINUTE)
        return Interval(start, start + step)
    if p.pod is not None:
        lo, hi = PART_OF_DAY_HOURS[p.pod]
        return Interval(_at(p.first, zone, lo), _at(p.first, zone, hi))
    return Interval(_at(p.first, zone), _at(end_of(p.unit, p.first), zone))


def narrow(p: Point, mod: str | None, tz: tzinfo) -> Interval:
    """The interval of ``p`` narrowed by a START/MID/END modifier (thirds of the unit).

    Days split at 08:00 and 16:00; months at the 11th and the 21st; other units in whole
    sub-units (months of a year, years of a decade), the first third rounded up. A clock time
    with BEFORE / AFTER ("shortly before 2 a.m.") is the hour before it / the hour from it.
    """
    whole = interval(p, tz)
    if p.clock is not None and mod in ("BEFORE", "AFTER"):
        # "shortly before 2 a.m." = the hour before it, "just after noon" the hour after
        if mod == "BEFORE":
            return Interval(whole.start - _HOUR, whole.start)
        return Interval(whole.start, whole.start + _HOUR)
    if mod not in ("START", "MID", "END") or p.clock is not None:
        return whole
    if p.pod is not None and (p.pod, mod) in PART_OF_DAY_MOD_HOURS:
        lo_h, hi_h = PART_OF_DAY_MOD_HOURS[(p.pod, mod)]
        start_h = PART_OF_DAY_HOURS[p.pod][0]
        return Interval(
            whole.start + hour_step(lo_h - start_h), whole.start + hour_step(hi_h - start_h)
        )
    if p.pod is not None or p.unit in ("day", "week", "weekend"):
        span = whole.end - whole.start
        hours = span.total_seconds() / 3600
        cuts = [0, hours / 3, 2 * hours / 3, hours]
        lo, hi = {"START": (0, 1), "MID": (1, 2), "END": (2, 3)}[mod]
        return Interval(whole.start + hour_step(cuts[lo]), whole.start + hour_step(cuts[hi]))
    zone = p.tz or tz
    if p.unit == "month":
        days = {"START": (1, 11), "MID": (11, 21), "END": (21, None)}[mod]
        start = p.first.replace(day=days[0])
        end = p.first.replace(day=days[1]) if days[1] else end_of("month", p.first)
        return Interval(_at(start, zone), _at(end, zone))
    # count sub-units: months for quarter/half/season/year, years for decade/century
    if p.unit in ("decade", "century"):
        n, step = MONTHS[p.unit] // 12, "year"
    else:
        n, step = MONTHS[p.unit], "month"
    a, b = math.ceil(n / 3), math.ceil(2 * n / 3)
    lo, hi = {"START": (0, a), "MID": (math.floor(n / 3), b), "END": (b, n)}[mod]
    start = shift(step, p.first, lo)
    end = shift(step, p.first, hi)
    return Interval(_at(start, zone), _at(end, zone))
