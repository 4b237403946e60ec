"""Buckets: the events of a window counted per day, ISO week or month (dashboards)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any

from timeline.queries.events import _count, _events_by_id, _first_keys, _search_plan
from timeline.queries.filters import MAX_BUCKETS, UNITS, EventFilter, QueryError
from timeline.queries.snapshot import read_snapshot


def bucket_floor(moment: datetime, unit: str) -> datetime:
    """The start of the day, ISO week (Monday) or month containing ``moment``, in its offset."""
    day = moment.replace(hour=0, minute=0, second=0, microsecond=0)
    if unit == "day":
        return day
    if unit == "week":
        return day - timedelta(days=day.weekday())
    if unit == "month":
        return day.replace(day=1)
    raise QueryError("unit", f"Must be one of: {', '.join(UNITS)}.")


def bucket_next(moment: datetime, unit: str) -> datetime:
    """The start of the bucket after the one starting at ``moment``."""
    if unit == "day":
        return moment + timedelta(days=1)
    if unit == "week":
        return moment + timedelta(days=7)
    if moment.month == 12:
        return moment.replace(year=moment.year + 1, month=1)
    return moment.replace(month=moment.month + 1)


def bucket_bounds(start: datetime, end: datetime, unit: str) -> list[tuple[datetime, datetime]]:
    """The calendar buckets of ``unit`` that cover ``[start, end)``, in ``start``'s offset."""
    bounds = []
    try:
        low = bucket_floor(start, unit)
    except OverflowError:
        raise QueryError("from", "The window starts before the first representable week.") from None
    while low < end:
        try:
            high = bucket_next(low, unit)
        except (OverflowError, ValueError):
            raise QueryError("to", "The window reaches past the last representable date.") from None
        bounds.append((low, high))
        if len(bounds) > MAX_BUCKETS:
            raise QueryError(
                "unit",
                f"The window spans more than {MAX_BUCKETS} {unit}s; "
                "choose a coarser unit or a shorter window.",
            )
        low = high
    return bounds


@dataclass(frozen=True, slots=True)
class Bucket:
    """A calendar bucket: its bounds, how many events it counts and the first of them."""

    start: datetime
    end: datetime
    count: int
    events: list[dict[str, Any]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "count": self.count,
            "events": self.events,
        }


def bucket_events(flt: EventFilter, unit: str, *, first: int = 3) -> list[Bucket]:
    """Count the events of ``flt`` per ``unit`` over its window (which must be closed).

    Bucket bounds are calendar days, ISO weeks or months in the UTC offset of the window's
    ``from``. Each bucket lists its ``first`` events in timeline order.
    """
    if flt.start is None or flt.end is None:
        raise QueryError(
            "from" if flt.start is None else "to",
            "Buckets need a closed window: give both 'from' and 'to'.",
        )
    if unit not in UNITS:
        raise QueryError("unit", f"Must be one of: {', '.join(UNITS)}.")
    if not 0 <= first <= 50:
        raise QueryError("first", "Must be between 0 and 50.")
    bounds = bucket_bounds(flt.start, flt.end, unit)
    with read_snapshot():  # every bucket's count and events from one state of the data
        return _buckets(flt, bounds, first)


def _buckets(flt: EventFilter, bounds: list[tuple[datetime, datetime]], first: int) -> list[Bucket]:
    search = _search_plan(flt)  # the same q for every bucket: read its matches once
    buckets = []
    for index, (low, high) in enumerate(bounds):
        window = replace(flt, end=min(high, flt.end))
        begins_at = None if index == 0 else low
        count = _count(window, begins_at, search)
        events: list[dict[str, Any]] = []
        if count and first:
            keys = _first_keys(window, first, False, begins_at=begins_at, search=search)
            events = _events_by_id([k[2] for k in keys])
        buckets.append(Bucket(low, high, count, events))
    return buckets
