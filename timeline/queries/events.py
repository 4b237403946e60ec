"""The timeline of events: a window of overlapping events, in order, a page at a time."""

from __future__ import annotations

import functools
import json
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from timeline.queries.filters import (
    _EARLIEST_INDEXED,
    MAX_LIMIT,
    EventFilter,
    Page,
    _page_descending,
    decode_cursor,
    encode_cursor,
)
from timeline.store import (
    SPAN_CLASS_BOUNDS,
    database,
    db_time,
    is_postgres,
)


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
    place: bool = False


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
    if shape.place:
        # The events of the happenings at the place (timeline.happenings).
        sql += (" AND e.id IN (SELECT he.event_id FROM happening_place hp JOIN happening_event "
                f"he ON he.happening_id = hp.happening_id WHERE hp.place_id = {p})")
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
    if flt.place is not None:
        params.append(flt.place_id())
    return params


def _shape(flt: EventFilter, parts: list[tuple[str, list[Any]]], search: _Search,
           descending: bool = False, cursor: bool = False) -> _Shape:
    return _Shape(is_postgres(), tuple(kind for kind, _ in parts), search.mode,
                  flt.source is not None, flt.article_id is not None, flt.basis is not None,
                  len(flt.granularities() or ()), descending, cursor, flt.place is not None)


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
