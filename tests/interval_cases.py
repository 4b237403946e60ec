"""What the blind event-interval batches (``tests/test_event_intervals_blind*.py``) write their
expectations with: an event's interval as a (start, end, basis) triple in UTC, built from a
day, a month, a year, a clock time in an IANA zone or a span, and the events the extraction
finds in a text, in the same shape."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from timeline.extraction import extract

#: The basis of an event dated by an expression of its sentence.
E = "expression"

Event = tuple[datetime, datetime, str]


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def local(zone: str, *args: int) -> datetime:
    """A wall-clock time in an IANA zone, as UTC."""
    return datetime(*args, tzinfo=ZoneInfo(zone)).astimezone(UTC)


def hour(zone: str, *args: int) -> Event:
    """A clock time written to the hour ("4 p.m. PT", "4 p.m. Sydney time"): that hour."""
    start = local(zone, *args)
    return (start, start + timedelta(hours=1), E)


def minute(zone: str, *args: int) -> Event:
    """A clock time written to the minute ("18:00 CET", "12:30 p.m.", "midnight"): that minute."""
    start = local(zone, *args)
    return (start, start + timedelta(minutes=1), E)


def day(*args: int) -> Event:
    start = utc(*args)
    return (start, start + timedelta(days=1), E)


def month(year: int, month: int) -> Event:
    end = utc(year + 1, 1, 1) if month == 12 else utc(year, month + 1, 1)
    return (utc(year, month, 1), end, E)


def year(year: int) -> Event:
    return (utc(year, 1, 1), utc(year + 1, 1, 1), E)


def span(start: datetime, end: datetime) -> Event:
    return (start, end, E)


def pub(day: date) -> Event:
    """The publication day's event."""
    start = utc(day.year, day.month, day.day)
    return (start, start + timedelta(days=1), "publication")


def events(body: str, reference: date | datetime) -> list[Event]:
    """The events the extraction finds in ``body``, as (start, end, basis) in UTC."""
    return [
        (e.start.astimezone(UTC), e.end.astimezone(UTC), e.basis)
        for e in extract(body, reference).events
    ]
