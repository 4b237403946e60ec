"""Happenings: filtered, ordered by start or by importance, a page at a time.

A happening is listed when its interval overlaps the window ``[from, to)`` and it passes the
other filters: ``source`` (any of them: one of its reports comes from an article of that
source), ``place`` (a gazetteer place, by any of its names: "Kiev" finds Kyiv), ``finest`` /
``coarsest`` (its granularity) and ``q``, which is delegated to the event search
(:mod:`timeline.queries.events`): a happening matches when one of its reports does.

Pages are linked by a cursor holding the sort key of the last happening served: ``(start, end,
id)`` in ``order="start"``, ``(importance, id)`` (highest first, ties newest id first) in
``order="importance"``.
Counts of sources, articles and events are read through the links, never stored.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from timeline.queries.events import Sql, _fromdb_time, _local, event_rows
from timeline.queries.filters import (
    _EARLIEST_INDEXED,
    MAX_LIMIT,
    EventFilter,
    Page,
    QueryError,
    decode_cursor,
    encode_cursor,
)
from timeline.store import SPAN_CLASS_BOUNDS, database, db_time, is_postgres

#: Orders of :func:`list_happenings`.
ORDERS = ("start", "importance")

#: The sort key of each order, as :func:`timeline.queries.filters.decode_cursor` reads it.
#: Both have one form (:data:`CURSOR_KINDS`, the document's pattern), so every string of that
#: form is a position in either order.
ORDER_KINDS: dict[str, tuple[type, ...]] = {
    "start": (datetime, datetime, int),
    "importance": (float, int),
}
CURSOR_KINDS = ORDER_KINDS["start"]

#: ``q`` matches happenings through at most this many matching events (the most recent
#: window parts first); a search matching more is answered over those.
MAX_SEARCH_EVENTS = 20_000


@dataclass(frozen=True, slots=True)
class HappeningFilter:
    """Which happenings a query selects (see module docs). ``sources`` matches any of them."""

    start: datetime | None = None
    end: datetime | None = None
    q: str | None = None
    sources: tuple[str, ...] = ()
    place: str | None = None
    finest: str | None = None
    coarsest: str | None = None

    def __post_init__(self) -> None:
        # The window, granularities and place are checked as the event filter checks them.
        self.events(place=self.place)

    def events(self, **extra: Any) -> EventFilter:
        """The event filter with this window (and ``extra`` fields)."""
        return EventFilter(
            start=self.start, end=self.end, finest=self.finest, coarsest=self.coarsest, **extra
        )

    def place_id(self) -> str | None:
        """The gazetteer id of :attr:`place` (see :meth:`EventFilter.place_id`)."""
        return None if self.place is None else self.events(place=self.place).place_id()


def _where(flt: HappeningFilter) -> tuple[str, list[Any]]:
    """The ``WHERE`` conditions (on alias ``h``) and parameters of ``flt``."""
    p = database.param
    conditions: list[str] = []
    params: list[Any] = []
    if flt.end is not None:
        conditions.append(f'h."start" < {p}')
        params.append(db_time(flt.end))
    if flt.start is not None:
        conditions.append(f'h."end" > {p}')
        params.append(db_time(flt.start))
        if flt.start.astimezone(UTC) >= _EARLIEST_INDEXED:
            # As for events: a happening of span class k began at most one class bound before
            # the window, so each class reads one short index range.
            parts = []
            for index, bound in enumerate(SPAN_CLASS_BOUNDS):
                parts.append(f'(h.span_class = {p} AND h."start" >= {p})')
                params += [index, db_time(flt.start - _seconds(bound))]
            parts.append(f"h.span_class = {p}")
            params.append(len(SPAN_CLASS_BOUNDS))
            conditions.append("(" + " OR ".join(parts) + ")")
    granularities = flt.events().granularities()
    if granularities:
        conditions.append(f"h.granularity IN ({', '.join([p] * len(granularities))})")
        params += granularities
    if flt.sources:
        conditions.append(
            "h.id IN (SELECT he.happening_id FROM happening_event he JOIN event e ON "
            "e.id = he.event_id JOIN article a ON a.id = e.article_id WHERE a.source IN "
            f"({', '.join([p] * len(flt.sources))}))"
        )
        params += flt.sources
    place_id = flt.place_id()
    if place_id is not None:
        conditions.append(
            f"h.id IN (SELECT happening_id FROM happening_place WHERE place_id = {p})"
        )
        params.append(place_id)
    if flt.q:
        ids = _matching_events(flt)
        if is_postgres():
            conditions.append(
                "h.id IN (SELECT happening_id FROM happening_event WHERE "
                f"event_id = ANY (CAST({p} AS integer[])))"
            )
            params.append(ids)
        else:
            conditions.append(
                "h.id IN (SELECT happening_id FROM happening_event WHERE "
                f"event_id IN (SELECT value FROM json_each({p})))"
            )
            params.append(json.dumps(ids))
    return (" AND ".join(conditions) or "1 = 1"), params


def _seconds(bound: int):
    from datetime import timedelta

    return timedelta(seconds=bound)


def _matching_events(flt: HappeningFilter) -> list[int]:
    """The ids of the expression-dated events the event search finds for ``flt.q`` in the
    window (at most :data:`MAX_SEARCH_EVENTS`)."""
    from timeline.queries.events import keys_statement

    sql, params = keys_statement(flt.events(q=flt.q, basis="expression"), MAX_SEARCH_EVENTS)
    return sorted({row[2] for row in database.execute_sql(sql, params)})


_COLUMNS = (
    'h.id, h."start", h."end", h.granularity, h.utc_offset_minutes, h.title, '
    "h.importance, h.why, h.places, h.names"
)


def list_happenings(
    flt: HappeningFilter, *, order: str = "start", limit: int = 50, cursor: str | None = None
) -> Page:
    """One page of happenings in ``order`` (``start``: timeline order; ``importance``: the
    most important first)."""
    if order not in ORDERS:
        raise QueryError("order", f"Must be one of: {', '.join(ORDERS)}.")
    if not 1 <= limit <= MAX_LIMIT:
        raise QueryError("limit", f"Must be between 1 and {MAX_LIMIT}.")
    where, params = _where(flt)
    p = database.param
    if order == "start":
        order_sql = 'h."start", h."end", h.id'
        after = (
            f'(h."start" > {p} OR (h."start" = {p} AND (h."end" > {p} OR '
            f'(h."end" = {p} AND h.id > {p}))))'
        )
    else:
        # Both descending: one backward scan of the (importance, id) index, no sort.
        order_sql = "h.importance DESC, h.id DESC"
        after = f"(h.importance < {p} OR (h.importance = {p} AND h.id < {p}))"
    kinds = ORDER_KINDS[order]
    if cursor:
        key = decode_cursor(cursor, kinds)
        if order == "start":
            start, end = db_time(key[0]), db_time(key[1])
            params += [start, start, end, end, key[2]]
        else:
            params += [key[0], key[0], key[1]]
        where += f" AND {after}"
    sql = f"SELECT {_COLUMNS} FROM happening h WHERE {where} ORDER BY {order_sql} LIMIT {p}"
    rows = database.execute_sql(sql, [*params, limit + 1]).fetchall()
    items = _items(rows[:limit])
    next_cursor = None
    if len(rows) > limit:
        last = rows[limit - 1]
        key = (
            (_fromdb_time(last[1]), _fromdb_time(last[2]), last[0])
            if order == "start"
            else (float(last[6]), last[0])
        )
        next_cursor = encode_cursor(key, kinds)
    return Page(items, next_cursor)


def _items(rows: list[tuple[Any, ...]]) -> list[dict[str, Any]]:
    """The JSON of happening rows (:data:`_COLUMNS`), with their counts and sources."""
    if not rows:
        return []
    ids = [row[0] for row in rows]
    placeholders = ", ".join([database.param] * len(ids))
    counts = {
        hid: (events, articles)
        for hid, events, articles in database.execute_sql(
            "SELECT he.happening_id, COUNT(*), COUNT(DISTINCT e.article_id) "
            "FROM happening_event he "
            f"JOIN event e ON e.id = he.event_id WHERE he.happening_id IN ({placeholders}) "
            "GROUP BY he.happening_id",
            ids,
        )
    }
    sources: dict[int, list[str]] = defaultdict(list)
    for hid, source in database.execute_sql(
        "SELECT DISTINCT he.happening_id, a.source FROM happening_event he JOIN event e ON "
        "e.id = he.event_id JOIN article a ON a.id = e.article_id WHERE he.happening_id IN "
        f"({placeholders}) AND a.source IS NOT NULL ORDER BY he.happening_id, a.source",
        ids,
    ):
        sources[hid].append(source)
    items = []
    for hid, start, end, granularity, offset, title, importance, why, places, names in rows:
        events, articles = counts.get(hid, (0, 0))
        items.append(
            {
                "id": hid,
                "start": _local(_fromdb_time(start), offset).isoformat(),
                "end": _local(_fromdb_time(end), offset).isoformat(),
                "granularity": granularity,
                "title": title,
                "importance": float(importance),
                "why": why,
                "sources": sources.get(hid, []),
                "articles": articles,
                "events": events,
                "places": json.loads(places),
                "names": json.loads(names),
            }
        )
    return items


def happening_detail(happening_id: int) -> dict[str, Any] | None:
    """One happening with every event (report) in it, in timeline order; ``None`` if there
    is none with this id."""
    p = database.param
    rows = database.execute_sql(
        f"SELECT {_COLUMNS} FROM happening h WHERE h.id = {p}", (happening_id,)
    ).fetchall()
    if not rows:
        return None
    (item,) = _items(rows)
    events = event_rows(
        Sql(
            "e.id IN (SELECT event_id FROM happening_event WHERE happening_id = ?)", (happening_id,)
        ),
        ' ORDER BY e."start", e."end", e.id',
    )
    return {**item, "events": [row.to_json() for row in events]}
