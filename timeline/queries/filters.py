"""Filters, their errors and cursors: what every query of the timeline takes."""

from __future__ import annotations

import math
import re
import struct
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import peewee as pw

from timeline.store import (
    SPAN_CLASS_BOUNDS,
)
from timeline.temporal.types import GRANULARITIES

#: How an event was dated.
BASES = ("expression", "publication")

#: Bucket units of :func:`bucket_events`.
UNITS = ("day", "week", "month")

#: The largest page :func:`list_events` and :func:`list_articles` serve.
MAX_LIMIT = 500

#: The most events one whole export (``limit=all``) streams by default; a larger window is
#: refused before anything is written (the REST API's ``TIMELINE_MAX_EXPORT`` overrides it).
MAX_EXPORT = 1_000_000

#: The most buckets one :func:`bucket_events` call computes.
MAX_BUCKETS = 1000

#: Windows starting before this use a plain overlap test (see :func:`_window_parts`).
_EARLIEST_INDEXED = datetime.min.replace(tzinfo=UTC) + timedelta(
    seconds=max(SPAN_CLASS_BOUNDS) + 86_400
)


class QueryError(ValueError):
    """A query that cannot be answered as asked; ``field`` names the offending parameter."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


def _require_aware(**moments: datetime | None) -> None:
    """Raise :class:`QueryError` naming the first parameter whose datetime has no offset."""
    for name, moment in moments.items():
        if moment is not None and moment.tzinfo is None:
            raise QueryError(name, "Datetimes must carry a UTC offset.")


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Which events a timeline query selects.

    ``start``/``end`` are the window ``[from, to)`` (timezone-aware; either may be open);
    ``q`` matches case-insensitively in the event's sentence or its article's title;
    ``finest``/``coarsest`` bound the granularity (``finest="day"`` drops minute- and
    hour-level events, ``coarsest="month"`` drops quarters, years and coarser); ``place``
    keeps the events of the happenings at a gazetteer place (:mod:`timeline.happenings`).
    """

    start: datetime | None = None
    end: datetime | None = None
    q: str | None = None
    source: str | None = None
    article_id: int | None = None
    basis: str | None = None
    finest: str | None = None
    coarsest: str | None = None
    place: str | None = None

    def __post_init__(self) -> None:
        _require_aware(**{"from": self.start, "to": self.end})
        if self.place is not None:
            self.place_id()
        if self.start is not None and self.end is not None and not self.start < self.end:
            raise QueryError("to", "The window is empty: 'to' must be later than 'from'.")
        if self.basis is not None and self.basis not in BASES:
            raise QueryError("basis", f"Must be one of: {', '.join(BASES)}.")
        for name in ("finest", "coarsest"):
            value = getattr(self, name)
            if value is not None and value not in GRANULARITIES:
                raise QueryError(name, f"Must be one of: {', '.join(GRANULARITIES)}.")
        if (
            self.finest
            and self.coarsest
            and GRANULARITIES.index(self.finest) > GRANULARITIES.index(self.coarsest)
        ):
            raise QueryError("coarsest", "'coarsest' is finer than 'finest': nothing can match.")

    def place_id(self) -> str:
        """The gazetteer id of :attr:`place` (any of its names); :class:`QueryError` if the
        gazetteer has none."""
        from timeline.happenings.places import lookup

        found = lookup(self.place or "")
        if found is None:
            raise QueryError(
                "place",
                f"No place called {self.place!r} in the gazetteer "
                "(a country, a US state or a city of 15,000 people or "
                "more, by any of its names).",
            )
        return found.id

    def granularities(self) -> tuple[str, ...] | None:
        """The granularities allowed by ``finest``/``coarsest`` (``None``: no bound)."""
        if self.finest is None and self.coarsest is None:
            return None
        low = GRANULARITIES.index(self.finest) if self.finest else 0
        high = GRANULARITIES.index(self.coarsest) if self.coarsest else len(GRANULARITIES) - 1
        return GRANULARITIES[low : high + 1]


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
#: Positions are clamped a day inside the calendar, so that any UTC offset can show them.
_FIRST_POSITION = datetime(1, 1, 2, tzinfo=UTC)
_LAST_POSITION = datetime(9999, 12, 30, tzinfo=UTC)


def _micros(moment: datetime) -> int:
    delta = moment.astimezone(UTC) - _EPOCH
    return (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds


def _micros_moment(text: str) -> datetime:
    micros = min(max(int(text), _micros(_FIRST_POSITION)), _micros(_LAST_POSITION))
    return _EPOCH + timedelta(microseconds=micros)


def _float_halves(value: float) -> str:
    high, low = struct.unpack("<II", struct.pack("<d", value))[::-1]
    return f"{high}_{low}"


def _halves_float(text: str) -> float:
    """The float of two 32-bit halves. Any two integers are a position: each is read modulo
    2**32, and bits that are no finite number stand for the largest float of their sign (a NaN
    for the top: before every happening)."""
    high, low = (int(half) % 2**32 for half in text.split("_"))
    value = float(struct.unpack("<d", struct.pack("<II", low, high))[0])
    if math.isnan(value):
        return sys.float_info.max
    return max(-sys.float_info.max, min(value, sys.float_info.max))


@dataclass(frozen=True, slots=True)
class CursorPart:
    """How a cursor writes one kind of sort-key value: its exact form (a regular expression),
    the text of a value, and the value of a text of that form (``ValueError`` for one that is
    no position)."""

    pattern: str
    write: Callable[[Any], str]
    read: Callable[[str], Any]


#: A cursor is the sort key of the last row served, its parts joined by ``_``, each written as
#: its kind says: a datetime as microseconds since 1970-01-01T00:00Z (UTC), an id as itself,
#: a float (an importance) exactly, as the high and low 32-bit halves of its IEEE 754 bits.
#: Every string of a key's form is a position (times beyond the calendar are taken as its
#: first or last moment, a float's halves as :func:`_halves_float` says); every other string
#: is refused. A float's form is that of two datetimes, so ``(float, int)`` and
#: ``(datetime, datetime, int)`` keys share one pattern.
CURSOR_PARTS: dict[type, CursorPart] = {
    datetime: CursorPart("-?[0-9]{1,18}", lambda v: str(_micros(v)), _micros_moment),
    int: CursorPart("[0-9]{1,18}", lambda v: str(int(v)), int),
    float: CursorPart(
        "-?[0-9]{1,18}_-?[0-9]{1,18}", lambda v: _float_halves(float(v)), _halves_float
    ),
}


def cursor_pattern(kinds: tuple[type, ...]) -> str:
    """The regular expression (anchored) of the cursors of a sort key of ``kinds``: the
    ``pattern`` the OpenAPI document gives them."""
    return "^" + "_".join(CURSOR_PARTS[kind].pattern for kind in kinds) + "$"


def encode_cursor(key: tuple[Any, ...], kinds: tuple[type, ...]) -> str:
    """An opaque, URL-safe token for a sort key of ``kinds`` (see :data:`CURSOR_PARTS`)."""
    return "_".join(CURSOR_PARTS[kind].write(value) for value, kind in zip(key, kinds, strict=True))


def decode_cursor(token: str, kinds: tuple[type, ...]) -> tuple[Any, ...]:
    """The sort key inside ``token``; ``kinds`` are the expected types (``datetime``,
    ``int``, ``float``). Raises :class:`QueryError` for a token not of the form of
    :func:`cursor_pattern`, or that holds no position."""
    groups = "_".join(f"({CURSOR_PARTS[kind].pattern})" for kind in kinds)
    match = re.fullmatch(groups, token) if isinstance(token, str) else None
    try:
        if match is None:
            raise ValueError(token)
        return tuple(
            CURSOR_PARTS[kind].read(part) for part, kind in zip(match.groups(), kinds, strict=True)
        )
    except ValueError:
        raise QueryError(
            "cursor",
            "Not a cursor served by this API (take it from 'next_cursor' or the Link header).",
        ) from None


def _after(columns: tuple[pw.Node, ...], key: tuple[Any, ...], descending: bool) -> pw.Node:
    """``columns > key`` in lexicographic order (``<`` when ``descending``), spelled out so that
    every database can use the index on the leading column."""
    op = "__lt__" if descending else "__gt__"
    head, *rest = columns
    condition = getattr(head, op)(key[0])
    if rest:
        condition = condition | ((head == key[0]) & _after(tuple(rest), key[1:], descending))
    return condition


@dataclass(frozen=True, slots=True)
class Page:
    """One page of results and the cursor of the next one (``None`` on the last page)."""

    items: list[dict[str, Any]]
    next_cursor: str | None = None


def _page_descending(order: str, limit: int) -> bool:
    """Whether a page in ``order`` runs newest first; :class:`QueryError` for a bad ``order``
    or a ``limit`` outside ``1..MAX_LIMIT``."""
    if order not in ("asc", "desc"):
        raise QueryError("order", "Must be 'asc' or 'desc'.")
    if not 1 <= limit <= MAX_LIMIT:
        raise QueryError("limit", f"Must be between 1 and {MAX_LIMIT}.")
    return order == "desc"
