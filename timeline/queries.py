"""Read queries over the store: the timeline of events, its buckets, and articles.

Everything here is plain Python over the peewee models; the REST API (:mod:`api`) and any
other client call these functions and serialise the dictionaries they return.

The timeline
    :func:`list_events` returns the events whose half-open interval ``[start, end)`` overlaps a
    window ``[from, to)``, ordered by ``start``, then ``end``, then ``id`` (reversed with
    ``order="desc"``), one page at a time. Pages are linked by an opaque *cursor*: the sort key
    of the last event served, so that a page is found by an index range scan however deep it
    is, and rows inserted meanwhile never shift a page (keyset pagination).

Overlap queries on a B-tree
    "``start < to`` and ``end > from``" is :func:`timeline.store.overlapping`, which bounds
    ``start`` from below per span class so that the scan covers the window, not the history.

Buckets
    :func:`bucket_events` counts the same events per calendar day, ISO week or month of the
    window. An event is counted once, in the bucket where it begins, or in the first bucket
    when it began before the window, so the counts add up to the number of events
    :func:`list_events` pages through for the same filters.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import peewee as pw

from timeline.store import SPAN_CLASS_BOUNDS, Article, Event, Mention, overlapping
from timeline.temporal.types import GRANULARITIES

#: How an event was dated.
BASES = ("expression", "publication")

#: Bucket units of :func:`bucket_events`.
UNITS = ("day", "week", "month")

#: The largest page :func:`list_events` and :func:`list_articles` serve.
MAX_LIMIT = 500

#: The most buckets one :func:`bucket_events` call computes.
MAX_BUCKETS = 1000

#: Windows starting before this use a plain overlap test (see :func:`_event_where`).
_EARLIEST_INDEXED = datetime.min.replace(tzinfo=UTC) + timedelta(
    seconds=max(SPAN_CLASS_BOUNDS) + 86_400)


class QueryError(ValueError):
    """A query that cannot be answered as asked; ``field`` names the offending parameter."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


# ---------------------------------------------------------------------------------------------
# Filters and cursors


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Which events a timeline query selects.

    ``start``/``end`` are the window ``[from, to)`` (timezone-aware; either may be open);
    ``q`` matches case-insensitively in the event's sentence or its article's title;
    ``finest``/``coarsest`` bound the granularity (``finest="day"`` drops minute- and
    hour-level events, ``coarsest="month"`` drops quarters, years and coarser).
    """

    start: datetime | None = None
    end: datetime | None = None
    q: str | None = None
    source: str | None = None
    article_id: int | None = None
    basis: str | None = None
    finest: str | None = None
    coarsest: str | None = None

    def __post_init__(self) -> None:
        for name in ("start", "end"):
            moment = getattr(self, name)
            if moment is not None and moment.tzinfo is None:
                raise QueryError("from" if name == "start" else "to",
                                 "Datetimes must carry a UTC offset.")
        if self.start is not None and self.end is not None and not self.start < self.end:
            raise QueryError("to", "The window is empty: 'to' must be later than 'from'.")
        if self.basis is not None and self.basis not in BASES:
            raise QueryError("basis", f"Must be one of: {', '.join(BASES)}.")
        for name in ("finest", "coarsest"):
            value = getattr(self, name)
            if value is not None and value not in GRANULARITIES:
                raise QueryError(name, f"Must be one of: {', '.join(GRANULARITIES)}.")
        if (self.finest and self.coarsest
                and GRANULARITIES.index(self.finest) > GRANULARITIES.index(self.coarsest)):
            raise QueryError("coarsest", "'coarsest' is finer than 'finest': nothing can match.")

    def granularities(self) -> tuple[str, ...] | None:
        """The granularities allowed by ``finest``/``coarsest`` (``None``: no bound)."""
        if self.finest is None and self.coarsest is None:
            return None
        low = GRANULARITIES.index(self.finest) if self.finest else 0
        high = GRANULARITIES.index(self.coarsest) if self.coarsest else len(GRANULARITIES) - 1
        return GRANULARITIES[low : high + 1]


def encode_cursor(key: tuple[Any, ...]) -> str:
    """An opaque, URL-safe token for a sort key (datetimes become ISO strings)."""
    parts = [k.astimezone(UTC).isoformat() if isinstance(k, datetime) else k for k in key]
    raw = json.dumps(parts, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(token: str, kinds: tuple[type, ...]) -> tuple[Any, ...]:
    """The sort key inside ``token``; ``kinds`` are the expected types (``datetime``, ``int``,
    ``str``). Raises :class:`QueryError` for a token this module did not make."""
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        parts = json.loads(raw)
        if not isinstance(parts, list) or len(parts) != len(kinds):
            raise ValueError
        key = []
        for part, kind in zip(parts, kinds, strict=True):
            if kind is datetime:
                moment = datetime.fromisoformat(part)
                if moment.tzinfo is None:
                    raise ValueError
                key.append(moment.astimezone(UTC))
            elif kind is int and isinstance(part, int) and not isinstance(part, bool):
                key.append(part)
            elif kind is str and isinstance(part, str):
                key.append(part)
            else:
                raise ValueError
    except (ValueError, TypeError, binascii.Error, UnicodeDecodeError):
        raise QueryError("cursor", "Not a cursor served by this API (take it from 'next').") \
            from None
    return tuple(key)


def _after(columns: tuple[pw.Node, ...], key: tuple[Any, ...], descending: bool) -> pw.Node:
    """``columns > key`` in lexicographic order (``<`` when ``descending``), spelled out so that
    every database can use the index on the leading column."""
    op = "__lt__" if descending else "__gt__"
    head, *rest = columns
    condition = getattr(head, op)(key[0])
    if rest:
        condition = condition | ((head == key[0]) & _after(tuple(rest), key[1:], descending))
    return condition


# ---------------------------------------------------------------------------------------------
# Events


_EVENT_COLUMNS = (
    Event.id, Event.article, Event.text, Event.start, Event.end, Event.granularity, Event.basis,
    Event.tense, Mention.text, Mention.value, Mention.type, Mention.mod, Article.title,
    Article.source, Article.url, Article.published_at, Article.utc_offset_minutes,
)


def _local(moment: datetime, offset_minutes: int) -> datetime:
    return moment.astimezone(timezone(timedelta(minutes=offset_minutes or 0)))


def _event_dict(row: tuple[Any, ...]) -> dict[str, Any]:
    (event_id, article_id, text, start, end, granularity, basis, tense, m_text, m_value, m_type,
     m_mod, title, source, url, published_at, offset) = row
    return {
        "id": event_id,
        "article_id": article_id,
        "text": text,
        "start": _local(start, offset).isoformat(),
        "end": _local(end, offset).isoformat(),
        "granularity": granularity,
        "basis": basis,
        "tense": tense,
        "expression": (
            {"text": m_text, "value": m_value, "type": m_type, "mod": m_mod}
            if m_value is not None else None
        ),
        "title": title,
        "source": source,
        "url": url,
        "published_at": _local(published_at, offset).isoformat(),
    }


def _event_base() -> pw.ModelSelect:
    return (
        Event.select(*_EVENT_COLUMNS)
        .join(Article, on=(Event.article == Article.id))
        .switch(Event)
        .join(Mention, pw.JOIN.LEFT_OUTER, on=(Event.mention == Mention.id))
    )


def _event_where(query: pw.ModelSelect, flt: EventFilter,
                 start_from: datetime | None = None) -> pw.ModelSelect:
    """Apply ``flt`` to a select over events joined with articles.

    ``start_from`` replaces the window's lower bound on ``Event.start`` when the caller knows a
    tighter one (the buckets after the first)."""
    if start_from is not None:
        query = query.where(Event.start >= start_from)
        if flt.end is not None:
            query = query.where(Event.start < flt.end)
    elif flt.start is not None and flt.start.astimezone(UTC) < _EARLIEST_INDEXED:
        # Too early to bound `start` from below by span class (the bound would fall before
        # year 1): a plain overlap test, which is correct and only slower.
        query = query.where(Event.end > flt.start)
        if flt.end is not None:
            query = query.where(Event.start < flt.end)
    elif flt.start is not None or flt.end is not None:
        query = query.where(overlapping(flt.start, flt.end))
    if flt.q:
        query = query.where(Event.text.contains(flt.q) | Article.title.contains(flt.q))
    if flt.source is not None:
        query = query.where(Article.source == flt.source)
    if flt.article_id is not None:
        query = query.where(Event.article == flt.article_id)
    if flt.basis is not None:
        query = query.where(Event.basis == flt.basis)
    allowed = flt.granularities()
    if allowed is not None:
        query = query.where(Event.granularity.in_(allowed))
    return query


def _event_order(descending: bool) -> list[pw.Node]:
    columns = (Event.start, Event.end, Event.id)
    return [c.desc() if descending else c.asc() for c in columns]


@dataclass(frozen=True, slots=True)
class Page:
    """One page of results and the cursor of the next one (``None`` on the last page)."""

    items: list[dict[str, Any]]
    next_cursor: str | None = None


def list_events(flt: EventFilter, *, order: str = "asc", limit: int = 50,
                cursor: str | None = None) -> Page:
    """One page of the timeline: events overlapping the window, in timeline order."""
    if order not in ("asc", "desc"):
        raise QueryError("order", "Must be 'asc' or 'desc'.")
    if not 1 <= limit <= MAX_LIMIT:
        raise QueryError("limit", f"Must be between 1 and {MAX_LIMIT}.")
    descending = order == "desc"
    query = _event_where(_event_base(), flt)
    if cursor:
        key = decode_cursor(cursor, (datetime, datetime, int))
        query = query.where(_after((Event.start, Event.end, Event.id), key, descending))
    rows = list(query.order_by(*_event_order(descending)).limit(limit + 1).tuples())
    items = [_event_dict(row) for row in rows[:limit]]
    next_cursor = None
    if len(rows) > limit:
        last = rows[limit - 1]
        next_cursor = encode_cursor((last[3], last[4], last[0]))
    return Page(items, next_cursor)


def iter_events(flt: EventFilter, *, order: str = "asc", batch: int = MAX_LIMIT
                ) -> Iterator[dict[str, Any]]:
    """Every event of ``flt`` in timeline order, fetched page by page."""
    cursor = None
    while True:
        page = list_events(flt, order=order, limit=batch, cursor=cursor)
        yield from page.items
        if page.next_cursor is None:
            return
        cursor = page.next_cursor


# ---------------------------------------------------------------------------------------------
# Buckets


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
        raise QueryError("from", "The window starts before the first representable week.") \
            from None
    while low < end:
        try:
            high = bucket_next(low, unit)
        except (OverflowError, ValueError):
            raise QueryError("to", "The window reaches past the last representable date.") \
                from None
        bounds.append((low, high))
        if len(bounds) > MAX_BUCKETS:
            raise QueryError("unit", f"The window spans more than {MAX_BUCKETS} {unit}s; "
                                     "choose a coarser unit or a shorter window.")
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
        return {"start": self.start.isoformat(), "end": self.end.isoformat(),
                "count": self.count, "events": self.events}


def bucket_events(flt: EventFilter, unit: str, *, first: int = 3) -> list[Bucket]:
    """Count the events of ``flt`` per ``unit`` over its window (which must be closed).

    Bucket bounds are calendar days, ISO weeks or months in the UTC offset of the window's
    ``from``. Each bucket lists its ``first`` events in timeline order.
    """
    if flt.start is None or flt.end is None:
        raise QueryError("from" if flt.start is None else "to",
                         "Buckets need a closed window: give both 'from' and 'to'.")
    if unit not in UNITS:
        raise QueryError("unit", f"Must be one of: {', '.join(UNITS)}.")
    if not 0 <= first <= 50:
        raise QueryError("first", "Must be between 0 and 50.")
    buckets = []
    for index, (low, high) in enumerate(bucket_bounds(flt.start, flt.end, unit)):
        window = replace(flt, end=min(high, flt.end))
        start_from = None if index == 0 else low
        count = _event_where(
            Event.select().join(Article, on=(Event.article == Article.id)), window, start_from
        ).count()
        events: list[dict[str, Any]] = []
        if count and first:
            rows = (_event_where(_event_base(), window, start_from)
                    .order_by(*_event_order(False)).limit(first).tuples())
            events = [_event_dict(row) for row in rows]
        buckets.append(Bucket(low, high, count, events))
    return buckets


# ---------------------------------------------------------------------------------------------
# Articles


@dataclass(frozen=True, slots=True)
class ArticleFilter:
    """Which articles :func:`list_articles` selects: ``source``, a publication window
    ``[published_from, published_to)`` and ``q``, matched in the title or body."""

    source: str | None = None
    published_from: datetime | None = None
    published_to: datetime | None = None
    q: str | None = None

    def __post_init__(self) -> None:
        for name in ("published_from", "published_to"):
            moment = getattr(self, name)
            if moment is not None and moment.tzinfo is None:
                raise QueryError(name, "Datetimes must carry a UTC offset.")


def article_dict(article: Article, *, body: bool = False) -> dict[str, Any]:
    """An article as JSON: times in its own UTC offset; ``body`` only when asked."""
    offset = article.utc_offset_minutes or 0
    data = {
        "id": article.id,
        "title": article.title,
        "published_at": _local(article.published_at, offset).isoformat(),
        "source": article.source,
        "url": article.url,
        "language": article.language,
        "content_hash": article.content_hash,
        "ingested_at": article.ingested_at.astimezone(UTC).isoformat(),
    }
    if body:
        data["body"] = article.body
    return data


def mention_dict(mention: Mention, offset_minutes: int) -> dict[str, Any]:
    """A resolved expression: its offsets into the article body and its TIMEX3 reading."""
    interval = None
    if mention.interval_start is not None and mention.interval_end is not None:
        interval = {"start": _local(mention.interval_start, offset_minutes).isoformat(),
                    "end": _local(mention.interval_end, offset_minutes).isoformat()}
    return {
        "id": mention.id,
        "start": mention.start,
        "end": mention.end,
        "text": mention.text,
        "type": mention.type,
        "value": mention.value,
        "mod": mention.mod,
        "signal": mention.signal,
        "interval": interval,
        "granularity": mention.granularity,
        "rule": mention.rule,
    }


def article_detail(article_id: int) -> dict[str, Any] | None:
    """The article with its body, mentions (in text order) and events (in timeline order)."""
    article = Article.get_or_none(Article.id == article_id)
    if article is None:
        return None
    offset = article.utc_offset_minutes or 0
    data = article_dict(article, body=True)
    mentions = Mention.select().where(Mention.article == article.id)
    data["mentions"] = [mention_dict(m, offset)
                        for m in mentions.order_by(Mention.start, Mention.end, Mention.id)]
    events = (_event_base().where(Event.article == article.id)
              .order_by(*_event_order(False)).tuples())
    data["events"] = [_event_dict(row) for row in events]
    return data


def list_articles(flt: ArticleFilter, *, order: str = "desc", limit: int = 50,
                  cursor: str | None = None) -> Page:
    """One page of articles by publication time (newest first unless ``order="asc"``)."""
    if order not in ("asc", "desc"):
        raise QueryError("order", "Must be 'asc' or 'desc'.")
    if not 1 <= limit <= MAX_LIMIT:
        raise QueryError("limit", f"Must be between 1 and {MAX_LIMIT}.")
    descending = order == "desc"
    query = Article.select()
    if flt.source is not None:
        query = query.where(Article.source == flt.source)
    if flt.published_from is not None:
        query = query.where(Article.published_at >= flt.published_from)
    if flt.published_to is not None:
        query = query.where(Article.published_at < flt.published_to)
    if flt.q:
        query = query.where(Article.title.contains(flt.q) | Article.body.contains(flt.q))
    if cursor:
        key = decode_cursor(cursor, (datetime, int))
        query = query.where(_after((Article.published_at, Article.id), key, descending))
    columns = (Article.published_at, Article.id)
    rows = list(query.order_by(*[c.desc() if descending else c.asc() for c in columns])
                .limit(limit + 1))
    next_cursor = None
    if len(rows) > limit:
        last = rows[limit - 1]
        next_cursor = encode_cursor((last.published_at, last.id))
    return Page([article_dict(a) for a in rows[:limit]], next_cursor)
