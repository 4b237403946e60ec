"""Read queries over the store: the timeline of events, its buckets, and articles.

Everything here is plain Python over the store (the peewee models, and hand-written SQL on the
timeline's hot path); the REST API (:mod:`api`) and any other client call these functions and
serialise the dictionaries they return.

The timeline
    :func:`list_events` returns the events whose half-open interval ``[start, end)`` overlaps a
    window ``[from, to)``, ordered by ``start``, then ``end``, then ``id`` (reversed with
    ``order="desc"``), one page at a time. Pages are linked by an opaque *cursor*: the sort key
    of the last event served, so that a page is found by an index range scan however deep it
    is, and rows inserted meanwhile never shift a page (keyset pagination).

Overlap queries on a B-tree
    "``start < to`` and ``end > from``" is split into disjoint parts that each read one short
    index range in timeline order (:func:`_window_parts`): the events beginning in the window,
    and per span class (:data:`timeline.store.SPAN_CLASS_BOUNDS`) those still running at
    ``from``. A page merges the first keys of every part, then loads the rows it serves.

Buckets
    :func:`bucket_events` counts the same events per calendar day, ISO week or month of the
    window. An event is counted once, in the bucket where it begins, or in the first bucket
    when it began before the window, so the counts add up to the number of events
    :func:`list_events` pages through for the same filters.
"""

from __future__ import annotations

import base64
import binascii
import functools
import json
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import peewee as pw

from timeline.store import (
    SPAN_CLASS_BOUNDS,
    Article,
    Mention,
    database,
    db_time,
    is_postgres,
)
from timeline.temporal.types import GRANULARITIES

#: How an event was dated.
BASES = ("expression", "publication")

#: Bucket units of :func:`bucket_events`.
UNITS = ("day", "week", "month")

#: The largest page :func:`list_events` and :func:`list_articles` serve.
MAX_LIMIT = 500

#: The most buckets one :func:`bucket_events` call computes.
MAX_BUCKETS = 1000

#: Windows starting before this use a plain overlap test (see :func:`_window_parts`).
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
        _require_aware(**{"from": self.start, "to": self.end})
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


@functools.lru_cache(maxsize=128)
def _zone(offset_minutes: int) -> timezone:
    return timezone(timedelta(minutes=offset_minutes)) if offset_minutes else UTC


def _local(moment: datetime, offset_minutes: int) -> datetime:
    return moment.astimezone(_zone(offset_minutes or 0))


def _event_dict(row: tuple[Any, ...]) -> dict[str, Any]:
    """An event row (the columns of :data:`_EVENT_COLUMNS_SQL`, times aware) as JSON."""
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


# The timeline's hot path is written in SQL by hand: a page is one statement (the union of
# the window's parts) plus one to load the rows served, and the text of each statement is
# built once per *shape* (which filters are present, the order, a cursor or not) and cached;
# only the parameters change from request to request. peewee would rebuild the SQL of every
# part on every request, which costs more than running it.

_EVENT_COLUMNS_SQL = (
    'e.id, e.article_id, e.text, e."start", e."end", e.granularity, e.basis, e.tense, '
    "m.text, m.value, m.type, m.mod, a.title, a.source, a.url, a.published_at, "
    "a.utc_offset_minutes"
)
_EVENT_FROM_SQL = ("event e JOIN article a ON a.id = e.article_id "
                   "LEFT JOIN mention m ON m.id = e.mention_id")


def _fromdb_time(value: Any) -> datetime:
    """A stored UTC datetime column as read by the driver (text on SQLite), timezone-aware."""
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


@dataclass(frozen=True, slots=True)
class _Shape:
    """What the SQL text of an event query depends on (its parameters aside)."""

    postgres: bool
    parts: tuple[str, ...]  # "all", "before", "begins", "begins_open", "running", "class", "long"
    q: str  # "" (no text filter), "scan", "index" or "filter" (see :func:`_search_plan`)
    source: bool
    article: bool
    basis: bool
    granularities: int
    descending: bool
    cursor: bool


def _window_parts(flt: EventFilter, begins_at: datetime | None = None
                  ) -> list[tuple[str, list[Any]]]:
    """Disjoint parts whose union is the window of ``flt``: ``(kind, parameters)``.

    An overlap query, "``start < to`` and ``end > from``", cannot use one index range on its
    own (that range would reach back to the first event ever stored). It is split into:

    - ``begins``: the events that begin in the window, ``from <= start < to``: one range of the
      ``(start, end, id)`` index, read in timeline order;
    - ``class``: for each span class of :data:`timeline.store.SPAN_CLASS_BOUNDS`, the events of
      the class already running at ``from``: they began at most one class bound before it.
      One short range of the ``(span_class, start)`` index each;
    - ``long``: the events longer than the last class bound that run at ``from`` (few by
      construction; read without an order, which would make SQLite walk the timeline index).

    Each part is read in order with its own ``LIMIT`` and the parts are merged, so a page costs
    a few short index ranges wherever the window lies in the history. ``begins_at`` keeps only
    the events beginning in ``[begins_at, to)`` (the buckets after the first).
    """
    if begins_at is not None:
        return [("begins", [db_time(begins_at), db_time(flt.end)])]
    if flt.start is None:
        return [("before", [db_time(flt.end)])] if flt.end is not None else [("all", [])]
    start = db_time(flt.start)
    parts: list[tuple[str, list[Any]]] = [
        ("begins", [start, db_time(flt.end)]) if flt.end is not None
        else ("begins_open", [start])
    ]
    if flt.start.astimezone(UTC) < _EARLIEST_INDEXED:
        # Too early to bound `start` from below by span class (the bound would fall before
        # year 1): one plain part, correct and only slower.
        return [*parts, ("running", [start, start])]
    for index, bound in enumerate(SPAN_CLASS_BOUNDS):
        lowest = db_time(flt.start - timedelta(seconds=bound))
        parts.append(("class", [index, lowest, start, start]))
    parts.append(("long", [len(SPAN_CLASS_BOUNDS), start, start]))
    return parts


_PART_SQL = {
    "all": "1 = 1",
    "before": 'e."start" < {p}',
    "begins": 'e."start" >= {p} AND e."start" < {p}',
    "begins_open": 'e."start" >= {p}',
    "running": 'e."start" < {p} AND e."end" > {p}',
    "class": 'e.span_class = {p} AND e."start" >= {p} AND e."start" < {p} AND e."end" > {p}',
    "long": 'e.span_class = {p} AND e."start" < {p} AND e."end" > {p}',
}


#: The shortest search a trigram index can serve (shorter ones scan).
MIN_INDEXED_SEARCH = 3


def _search_mode(q: str | None) -> str:
    """How the text filter ``q`` is answered: ``""`` (no filter), ``"index"`` or ``"scan"``.

    ``q`` matches an event when its sentence or its article's title contains it, ignoring
    case (``LIKE`` on SQLite, which folds ASCII letters only; ``ILIKE`` on PostgreSQL). With
    ``"index"``, the trigram indexes of migration ``0004_text_search_index`` find the
    candidates (every row containing ``q`` up to case, a superset) and the same ``LIKE`` then
    decides, so both modes return exactly the same events. A ``q`` shorter than three
    characters has no trigram, and a NUL character cannot be passed to FTS5: both scan.
    """
    if not q:
        return ""
    return "index" if len(q) >= MIN_INDEXED_SEARCH and "\0" not in q else "scan"


def _scan_threshold() -> int:
    """Above this many sentences containing ``q`` (SQLite), scanning in timeline order beats
    the index.

    A page of the index plan costs one row lookup per candidate (about 2 us each on a million
    events); the scan tests rows in timeline order and stops after a page, about
    ``page * events / candidates`` rows. They cost the same near ``sqrt(page * events)``
    candidates: some 7,000 on a million events. Above that a search is common enough for the
    scan ("the" is in most sentences: the first page is a few rows away), below it the index
    wins by ever more as the search gets rarer (a word in no sentence: one index probe
    instead of reading every event).
    """
    return max(1000, math.isqrt(50 * _event_count_bound()))


def _filter_threshold() -> int:
    """Above this many candidates (and up to :func:`_scan_threshold`), SQLite reads the
    timeline index in order and keeps the events among the candidates, instead of looking up
    every candidate: an index entry costs about a tenth of a row lookup, so this pays from
    about ``sqrt(page * events / 10)`` candidates on (some 2,200 on a million events)."""
    return max(200, math.isqrt(5 * _event_count_bound()))


def _event_count_bound() -> int:
    """The highest event id: at least the number of events, read from the end of the
    primary key index."""
    return database.execute_sql("SELECT MAX(id) FROM event").fetchone()[0] or 0


@dataclass(frozen=True, slots=True)
class _Search:
    """How one query answers its text filter: ``mode`` (see :func:`_search_mode`) and the
    parameters of :func:`_search_sql`."""

    mode: str
    params: tuple[Any, ...] = ()
    part_params: tuple[Any, ...] = ()  # PostgreSQL: the matching events' and articles' ids


def _search_plan(flt: EventFilter) -> _Search:
    """Decide how ``flt.q`` is answered, reading the trigram index once if it can serve it.

    Neither planner can tell how many rows a substring matches before reading the index, and
    the right plan depends on it (a rare word: look its few rows up; a common one: walk the
    timeline in order, the first page is a few rows away). So the matches are read here
    first, at most :func:`_scan_threshold` of them; a search with more takes the scan.

    SQLite: the candidates from ``event_text_fts`` go to the statement as a JSON array. Up to
    :func:`_filter_threshold` of them (mode ``"index"``) they are looked up by id; more (mode
    ``"filter"``) filter the events read in timeline order. PostgreSQL: the ids of the
    matching events and articles (the ``ILIKE`` itself, answered from the GIN trigram
    indexes) go to each part of the statement as two arrays, whose sizes its planner sees.
    """
    mode = _search_mode(flt.q)
    if mode != "index":
        return _Search(mode)
    assert flt.q is not None
    pattern = _like_pattern(flt.q)
    threshold = _scan_threshold()
    if is_postgres():
        found = [[row[0] for row in database.execute_sql(
            f"SELECT id FROM {table} WHERE {column} ILIKE %s ESCAPE '\\' LIMIT %s",
            (pattern, threshold + 1))] for table, column in (("event", "text"),
                                                             ("article", "title"))]
        if any(len(ids) > threshold for ids in found):
            return _Search("scan")
        return _Search(mode, (), tuple(found))
    phrase = '"' + flt.q.replace('"', '""') + '"'  # an FTS5 string: the whole q, one phrase
    ids = [row[0] for row in database.execute_sql(
        "SELECT rowid FROM event_text_fts WHERE event_text_fts MATCH ? LIMIT ?",
        (phrase, threshold + 1))]
    if len(ids) > threshold:
        return _Search("scan")
    candidates = json.dumps(ids, separators=(",", ":"))
    if len(ids) > _filter_threshold():
        return _Search("filter", (phrase, pattern, candidates))
    return _Search(mode, (candidates, phrase, pattern))


def _search_sql(shape: _Shape, p: str) -> str:
    """The ``WITH`` clause of an indexed search (empty otherwise), computed once per statement
    and read by every part of the window (see :func:`_filter_sql`).

    SQLite: ``search_text``, the ids of the events whose sentence contains ``q`` up to case
    (the FTS5 trigram table's answer to ``MATCH '"ceasefire"'``, one quoted phrase, read by
    :func:`_search_plan`), and ``search_titles``, the articles whose title passes the
    ``LIKE`` among those the title table finds. PostgreSQL needs none (see
    :func:`_search_plan`).
    """
    if shape.q not in ("index", "filter") or shape.postgres:
        return ""
    titles = ("search_titles (id) AS MATERIALIZED (SELECT id FROM article WHERE id IN "
              f"(SELECT rowid FROM article_title_fts WHERE article_title_fts MATCH {p}) "
              f"AND title LIKE {p} ESCAPE '\\')")
    if shape.q == "filter":
        return (f"WITH {titles}, search_hits (id) AS MATERIALIZED (SELECT value FROM "
                f"json_each({p}) UNION SELECT id FROM event WHERE article_id IN search_titles) ")
    return (f"WITH search_text (id) AS MATERIALIZED (SELECT value FROM json_each({p})), "
            f"{titles} ")


def _like_pattern(q: str) -> str:
    """``q`` as a ``LIKE`` pattern matching it anywhere (``\\`` escapes ``%``, ``_``, itself)."""
    return "%" + re.sub(r"([\\%_])", r"\\\1", q) + "%"


def _filter_sql(shape: _Shape, p: str) -> str:
    like = "ILIKE" if shape.postgres else "LIKE"
    sql = ""
    # Article conditions are subqueries, evaluated once, rather than a join tested per event.
    if shape.q == "index" and shape.postgres:
        # The ids of the events whose sentence, and of the articles whose title, matches
        # (exact: read with the ILIKE itself): the planner sees the arrays' sizes and ORs two
        # index scans, or reads a window's range and tests them.
        sql += (f" AND (e.id = ANY (CAST({p} AS integer[])) "
                f"OR e.article_id = ANY (CAST({p} AS integer[])))")
    elif shape.q == "index":
        # The trigram table's candidates pass the same LIKE as a scan: FTS5 folds the case of
        # every letter, LIKE of ASCII ones only. One lookup per candidate, which SQLite can
        # drive from either arm of the OR (or from the window's index range).
        sql += (f" AND ((e.id IN search_text AND e.text LIKE {p} ESCAPE '\\') "
                "OR e.article_id IN search_titles)")
    elif shape.q == "filter":
        # Many candidates: "+" keeps SQLite from looking each one up by id; the parts read
        # their index ranges in timeline order, test the id against the candidates without
        # reading the row, and the LIKE only for those that are.
        sql += (f" AND +e.id IN search_hits AND (e.text LIKE {p} ESCAPE '\\' "
                "OR e.article_id IN search_titles)")
    elif shape.q == "scan":
        sql += (f" AND (e.text {like} {p} ESCAPE '\\' OR e.article_id IN "
                f"(SELECT id FROM article WHERE title {like} {p} ESCAPE '\\'))")
    if shape.source:
        sql += f" AND e.article_id IN (SELECT id FROM article WHERE source = {p})"
    if shape.article:
        sql += f" AND e.article_id = {p}"
    if shape.basis:
        sql += f" AND e.basis = {p}"
    if shape.granularities:
        sql += f" AND e.granularity IN ({', '.join([p] * shape.granularities)})"
    return sql


def _filter_params(flt: EventFilter, search: _Search) -> list[Any]:
    params: list[Any] = []
    if search.mode == "scan":
        pattern = _like_pattern(flt.q or "")
        params += [pattern, pattern]
    elif search.mode in ("index", "filter") and not is_postgres():
        params.append(_like_pattern(flt.q or ""))
    elif search.mode == "index":
        params += search.part_params
    if flt.source is not None:
        params.append(flt.source)
    if flt.article_id is not None:
        params.append(flt.article_id)
    if flt.basis is not None:
        params.append(flt.basis)
    params += flt.granularities() or ()
    return params


def _shape(flt: EventFilter, parts: list[tuple[str, list[Any]]], search: _Search,
           descending: bool = False, cursor: bool = False) -> _Shape:
    return _Shape(is_postgres(), tuple(kind for kind, _ in parts), search.mode,
                  flt.source is not None, flt.article_id is not None, flt.basis is not None,
                  len(flt.granularities() or ()), descending, cursor)


@functools.lru_cache(maxsize=256)
def _keys_sql(shape: _Shape, p: str) -> str:
    """One statement: the first ``limit`` keys ``(start, end, id)`` of every part, unioned."""
    direction = "DESC" if shape.descending else "ASC"
    op = "<" if shape.descending else ">"
    order = f'ORDER BY e."start" {direction}, e."end" {direction}, e.id {direction}'
    after = ""
    if shape.cursor:
        after = (f' AND (e."start" {op} {p} OR (e."start" = {p} AND (e."end" {op} {p} OR '
                 f'(e."end" = {p} AND e.id {op} {p}))))')
    selects = []
    for index, kind in enumerate(shape.parts):
        where = _PART_SQL[kind].format(p=p) + _filter_sql(shape, p) + after
        select = f'SELECT e."start", e."end", e.id FROM event e WHERE {where}'
        if kind != "long":
            select += f" {order} LIMIT {p}"
        selects.append(f"SELECT * FROM ({select}) AS part{index}")
    return _search_sql(shape, p) + " UNION ALL ".join(selects)


@functools.lru_cache(maxsize=256)
def _count_sql(shape: _Shape, p: str) -> str:
    counts = [f"(SELECT COUNT(*) FROM event e WHERE "
              f"{_PART_SQL[kind].format(p=p)}{_filter_sql(shape, p)})" for kind in shape.parts]
    return _search_sql(shape, p) + "SELECT " + " + ".join(counts)


def _count(flt: EventFilter, begins_at: datetime | None = None,
           search: _Search | None = None) -> int:
    """How many events of ``flt`` (only those beginning at or after ``begins_at`` if given);
    ``search`` is ``flt``'s :func:`_search_plan` when the caller has it already."""
    parts = _window_parts(flt, begins_at)
    search = _search_plan(flt) if search is None else search
    shape = _shape(flt, parts, search)
    filters = _filter_params(flt, search)
    params = list(search.params)
    params += [value for _, values in parts for value in (*values, *filters)]
    sql = _count_sql(shape, database.param)
    return database.execute_sql(sql, params).fetchone()[0] or 0


def keys_statement(flt: EventFilter, limit: int, descending: bool = False,
                   key: tuple[Any, ...] | None = None,
                   begins_at: datetime | None = None,
                   search: _Search | None = None) -> tuple[str, list[Any]]:
    """The SQL (and parameters) that reads the first ``limit`` sort keys ``(start, end, id)``
    of every part of ``flt``'s window after ``key``; the caller merges them (``search`` as in
    :func:`_count`). Public so that benchmarks can run the very statement elsewhere."""
    parts = _window_parts(flt, begins_at)
    search = _search_plan(flt) if search is None else search
    shape = _shape(flt, parts, search, descending, key is not None)
    filters = _filter_params(flt, search)
    after: list[Any] = []
    if key is not None:
        start, end, last_id = db_time(key[0]), db_time(key[1]), key[2]
        after = [start, start, end, end, last_id]
    params = list(search.params)
    for kind, values in parts:
        params += [*values, *filters, *after]
        if kind != "long":
            params.append(limit)
    return _keys_sql(shape, database.param), params


def _first_keys(flt: EventFilter, limit: int, descending: bool,
                key: tuple[Any, ...] | None = None,
                begins_at: datetime | None = None,
                search: _Search | None = None) -> list[tuple[datetime, datetime, int]]:
    """The sort keys ``(start, end, id)`` of the first ``limit`` events after ``key``."""
    sql, params = keys_statement(flt, limit, descending, key, begins_at, search)
    rows = database.execute_sql(sql, params).fetchall()
    # Sorted as read: SQLite's text timestamps sort as SQLite sorts them, PostgreSQL's are
    # datetimes.
    rows.sort(reverse=descending)
    return [(_fromdb_time(s), _fromdb_time(e), i) for s, e, i in rows[:limit]]


def _event_rows(where: str, params: list[Any], order: str = "") -> list[list[Any]]:
    """The rows (:data:`_EVENT_COLUMNS_SQL`, times aware) of the events ``where`` selects."""
    sql = f"SELECT {_EVENT_COLUMNS_SQL} FROM {_EVENT_FROM_SQL} WHERE {where}{order}"
    rows = []
    for row in database.execute_sql(sql, params).fetchall():
        row = list(row)
        for index in (3, 4, 15):  # start, end, published_at
            row[index] = _fromdb_time(row[index])
        rows.append(row)
    return rows


def _events_by_id(ids: list[int]) -> list[dict[str, Any]]:
    """The JSON of the events ``ids``, in that order."""
    if not ids:
        return []
    placeholders = ", ".join([database.param] * len(ids))
    rows = {row[0]: row for row in _event_rows(f"e.id IN ({placeholders})", ids)}
    return [_event_dict(rows[i]) for i in ids]


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


def list_events(flt: EventFilter, *, order: str = "asc", limit: int = 50,
                cursor: str | None = None) -> Page:
    """One page of the timeline: events overlapping the window, in timeline order."""
    descending = _page_descending(order, limit)
    key = decode_cursor(cursor, (datetime, datetime, int)) if cursor else None
    keys = _first_keys(flt, limit + 1, descending, key)
    items = _events_by_id([k[2] for k in keys[:limit]])
    next_cursor = encode_cursor(keys[limit - 1]) if len(keys) > limit else None
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
    bounds = bucket_bounds(flt.start, flt.end, unit)
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
        _require_aware(published_from=self.published_from, published_to=self.published_to)


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
    events = _event_rows(f"e.article_id = {database.param}", [article.id],
                         ' ORDER BY e."start", e."end", e.id')
    data["events"] = [_event_dict(row) for row in events]
    return data


def list_articles(flt: ArticleFilter, *, order: str = "desc", limit: int = 50,
                  cursor: str | None = None) -> Page:
    """One page of articles by publication time (newest first unless ``order="asc"``)."""
    descending = _page_descending(order, limit)
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
