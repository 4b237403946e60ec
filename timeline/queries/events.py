"""The timeline of events: a window of overlapping events, in order, a page at a time.

Every statement here is built from :class:`Sql` pieces, each carrying its own parameters, so
the text and the parameters of a statement cannot disagree; rows are read into
:class:`EventRow` records by column name.
"""

from __future__ import annotations

import functools
import json
import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from typing import Any, NamedTuple

from timeline.queries import search as word_search
from timeline.queries.filters import (
    _EARLIEST_INDEXED,
    MAX_LIMIT,
    EventFilter,
    Page,
    _page_descending,
    decode_cursor,
    encode_cursor,
)
from timeline.queries.snapshot import read_snapshot
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


@dataclass(frozen=True, slots=True)
class Sql:
    """A piece of SQL written with ``?`` placeholders and the parameters they take, in order.

    Pieces are joined with ``+`` and :meth:`join` and run with :func:`execute`, which checks
    that the count of placeholders and parameters agree and writes the bound database's
    placeholder. No SQL text here holds a literal ``?``.
    """

    text: str
    params: tuple[Any, ...] = ()

    def __add__(self, other: Sql) -> Sql:
        return Sql(self.text + other.text, self.params + other.params)

    @staticmethod
    def join(separator: str, pieces: Iterable[Sql]) -> Sql:
        pieces = list(pieces)
        return Sql(
            separator.join(p.text for p in pieces), tuple(v for p in pieces for v in p.params)
        )


def execute(statement: Sql) -> Any:
    """Run ``statement`` on the bound database; return the cursor."""
    text, params = _bind(statement)
    return database.execute_sql(text, params)


def _bind(statement: Sql) -> tuple[str, list[Any]]:
    """``statement`` as the driver takes it: its placeholders, its parameters as a list."""
    if statement.text.count("?") != len(statement.params):
        raise AssertionError(
            f"{statement.text.count('?')} placeholders, "
            f"{len(statement.params)} parameters: {statement.text}"
        )
    param = database.param
    text = statement.text if param == "?" else statement.text.replace("?", param)
    return text, list(statement.params)


def _fromdb_time(value: Any) -> datetime:
    """A stored UTC datetime column as read by the driver (text on SQLite), timezone-aware."""
    moment: datetime = datetime.fromisoformat(value) if isinstance(value, str) else value
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


class EventRow(NamedTuple):
    """One event as read for the API: its columns, its mention's and its article's (times as
    the driver returns them; :meth:`to_json` makes them aware)."""

    id: int
    article_id: int
    text: str
    start: Any
    end: Any
    granularity: str
    basis: str
    tense: str | None
    expression_text: str | None
    expression_value: str | None
    expression_type: str | None
    expression_mod: str | None
    title: str
    source: str | None
    url: str | None
    published_at: Any
    utc_offset_minutes: int

    def to_json(self) -> dict[str, Any]:
        """The event as the API serves it: times in its article's own offset."""
        offset = self.utc_offset_minutes
        return {
            "id": self.id,
            "article_id": self.article_id,
            "text": self.text,
            "start": _local(_fromdb_time(self.start), offset).isoformat(),
            "end": _local(_fromdb_time(self.end), offset).isoformat(),
            "granularity": self.granularity,
            "basis": self.basis,
            "tense": self.tense,
            "expression": (
                {
                    "text": self.expression_text,
                    "value": self.expression_value,
                    "type": self.expression_type,
                    "mod": self.expression_mod,
                }
                if self.expression_value is not None
                else None
            ),
            "title": self.title,
            "source": self.source,
            "url": self.url,
            "published_at": _local(_fromdb_time(self.published_at), offset).isoformat(),
        }


#: The column of each field of :class:`EventRow`.
EVENT_COLUMNS: dict[str, str] = {
    "id": "e.id",
    "article_id": "e.article_id",
    "text": "e.text",
    "start": 'e."start"',
    "end": 'e."end"',
    "granularity": "e.granularity",
    "basis": "e.basis",
    "tense": "e.tense",
    "expression_text": "m.text",
    "expression_value": "m.value",
    "expression_type": "m.type",
    "expression_mod": "m.mod",
    "title": "a.title",
    "source": "a.source",
    "url": "a.url",
    "published_at": "a.published_at",
    "utc_offset_minutes": "a.utc_offset_minutes",
}
assert tuple(EVENT_COLUMNS) == EventRow._fields
EVENT_SELECT = (
    f"SELECT {', '.join(EVENT_COLUMNS.values())} FROM event e "
    "JOIN article a ON a.id = e.article_id LEFT JOIN mention m ON m.id = e.mention_id"
)


def event_rows(where: Sql, order: str = "") -> list[EventRow]:
    """The events ``where`` selects (``order``: an ``ORDER BY`` clause or nothing)."""
    statement = Sql(f"{EVENT_SELECT} WHERE ") + where + Sql(order)
    return [EventRow._make(row) for row in execute(statement).fetchall()]


def _events_by_id(ids: list[int]) -> list[dict[str, Any]]:
    """The JSON of the events ``ids``, in that order."""
    if not ids:
        return []
    rows = {
        row.id: row
        for row in event_rows(Sql(f"e.id IN ({', '.join(['?'] * len(ids))})", tuple(ids)))
    }
    return [rows[i].to_json() for i in ids]


# --- the window ----------------------------------------------------------------------------
# The timeline's hot path is written in SQL by hand: a page is one statement (the union of the
# window's parts) plus one to load the rows served. peewee would build a query tree per part on
# every request, which costs more than running it; :class:`Sql` pieces cost a few string joins.


def _window_parts(flt: EventFilter, begins_at: datetime | None = None) -> list[tuple[str, Sql]]:
    """Disjoint parts whose union is the window of ``flt``: ``(kind, condition)``.

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
    :func:`overlap_condition` is the same window as one plain condition (the oracle the tests
    check these parts against).
    """
    if begins_at is not None:
        assert flt.end is not None, "buckets after the first have a closed window"
        return [
            (
                "begins",
                Sql('e."start" >= ? AND e."start" < ?', (db_time(begins_at), db_time(flt.end))),
            )
        ]
    if flt.start is None:
        if flt.end is None:
            return [("all", Sql("1 = 1"))]
        return [("before", Sql('e."start" < ?', (db_time(flt.end),)))]
    start = db_time(flt.start)
    parts = [
        ("begins", Sql('e."start" >= ? AND e."start" < ?', (start, db_time(flt.end))))
        if flt.end is not None
        else ("begins_open", Sql('e."start" >= ?', (start,)))
    ]
    if flt.start.astimezone(UTC) < _EARLIEST_INDEXED:
        # Too early to bound `start` from below by span class (the bound would fall before
        # year 1): one plain part, correct and only slower.
        return [*parts, ("running", Sql('e."start" < ? AND e."end" > ?', (start, start)))]
    for index, bound in enumerate(SPAN_CLASS_BOUNDS):
        lowest = db_time(flt.start - timedelta(seconds=bound))
        parts.append(
            (
                "class",
                Sql(
                    'e.span_class = ? AND e."start" >= ? AND e."start" < ? AND e."end" > ?',
                    (index, lowest, start, start),
                ),
            )
        )
    parts.append(
        (
            "long",
            Sql(
                'e.span_class = ? AND e."start" < ? AND e."end" > ?',
                (len(SPAN_CLASS_BOUNDS), start, start),
            ),
        )
    )
    return parts


def overlap_condition(flt: EventFilter) -> Sql:
    """The window of ``flt`` as the plain definition, ``start < to AND end > from`` (no index
    can serve it well: the tests check :func:`list_events` against it, by name)."""
    condition = Sql("1 = 1")
    if flt.end is not None:
        condition += Sql(' AND e."start" < ?', (db_time(flt.end),))
    if flt.start is not None:
        condition += Sql(' AND e."end" > ?', (db_time(flt.start),))
    return condition


# --- the text search -----------------------------------------------------------------------


def _scan_threshold() -> int:
    """Above this many events matching ``q``, scanning in timeline order beats the index.

    A page of the index plan costs one row lookup per candidate; the scan tests rows in
    timeline order and stops after a page, about ``page * events / candidates`` rows. They
    cost the same near ``sqrt(page * events)`` candidates (docs/storage.md has the figures).
    Above that a search is common enough for the scan ("the" is in most sentences: the first
    page is a few rows away), below it the index wins by ever more as the search gets rarer.
    """
    return max(1000, math.isqrt(50 * _event_count_bound()))


def _filter_threshold() -> int:
    """Above this many candidates (and up to :func:`_scan_threshold`), SQLite reads the
    timeline index in order and keeps the events among the candidates, instead of looking up
    every candidate: an index entry costs about a tenth of a row lookup, so this pays from
    about ``sqrt(page * events / 10)`` candidates on."""
    return max(200, math.isqrt(5 * _event_count_bound()))


def _event_count_bound() -> int:
    """The highest event id: at least the number of events, read from the end of the
    primary key index."""
    return execute(Sql("SELECT MAX(id) FROM event")).fetchone()[0] or 0


@dataclass(frozen=True, slots=True)
class _Search:
    """How one query answers its text filter: ``mode`` (``""``: no ``q``; ``"index"``,
    ``"filter"`` or ``"scan"``), the ``WITH`` clause it needs and the condition every part of
    the window adds."""

    mode: str
    with_clause: Sql = Sql("")
    condition: Sql = Sql("")


def _search_plan(flt: EventFilter, *, indexed: bool = True) -> _Search:
    """Decide how ``flt.q`` is answered, reading the word index once if it can serve it.

    A term matches when ``event.words`` holds it (:mod:`timeline.queries.search`): that
    ``LIKE`` decides on both databases. Neither planner can tell how many rows match before
    reading the index, and the right plan depends on it (a rare word: look its few rows up; a
    common one: walk the timeline in order, the first page is a few rows away). So the
    matches are read here first, at most :func:`_scan_threshold` of them; a search with more
    takes the scan (so does every search with ``indexed=False``: the tests compare the two).

    SQLite: the candidates from the FTS5 table ``event_words_fts`` go to the statement as a
    JSON array; up to :func:`_filter_threshold` of them (mode ``"index"``) are looked up by
    id, more (mode ``"filter"``) filter the events read in timeline order; the ``LIKE``
    decides among them. PostgreSQL: the ids of the matching events (the ``LIKE`` itself,
    answered from the GIN trigram index) go to each part as an array whose size the planner
    sees.
    """
    if not flt.q:
        return _Search("")
    terms = word_search.parse(flt.q)
    like, patterns = word_search.condition("e.words", terms)
    scan = _Search("scan", condition=Sql(f" AND {like}", tuple(patterns)))
    if not indexed:
        return scan
    threshold = _scan_threshold()
    if is_postgres():
        ids = [
            row[0]
            for row in execute(
                Sql(f"SELECT e.id FROM event e WHERE {like} LIMIT ?", (*patterns, threshold + 1))
            )
        ]
        if len(ids) > threshold:
            return scan
        return _Search("index", condition=Sql(" AND e.id = ANY (CAST(? AS integer[]))", (ids,)))
    ids = [
        row[0]
        for row in execute(
            Sql(
                "SELECT rowid FROM event_words_fts WHERE event_words_fts MATCH ? LIMIT ?",
                (word_search.fts_query(terms), threshold + 1),
            )
        )
    ]
    if len(ids) > threshold:
        return scan
    candidates = Sql(
        "WITH search_hits (id) AS MATERIALIZED (SELECT value FROM json_each(?)) ",
        (json.dumps(ids, separators=(",", ":")),),
    )
    if len(ids) > _filter_threshold():
        # Many candidates: "+" keeps SQLite from looking each one up by id; the parts read
        # their index ranges in timeline order and test the id against the candidates
        # without reading the row, and the LIKE only for those that are.
        return _Search(
            "filter", candidates, Sql(f" AND +e.id IN search_hits AND {like}", tuple(patterns))
        )
    return _Search(
        "index", candidates, Sql(f" AND e.id IN search_hits AND {like}", tuple(patterns))
    )


def _filters(flt: EventFilter, search: _Search) -> Sql:
    """The conditions of ``flt`` beyond its window, each with its parameters."""
    # Article conditions are subqueries, evaluated once, rather than a join tested per event.
    sql = search.condition
    if flt.source is not None:
        sql += Sql(" AND e.article_id IN (SELECT id FROM article WHERE source = ?)", (flt.source,))
    if flt.article_id is not None:
        sql += Sql(" AND e.article_id = ?", (flt.article_id,))
    if flt.basis is not None:
        sql += Sql(" AND e.basis = ?", (flt.basis,))
    granularities = flt.granularities()
    if granularities:
        sql += Sql(
            f" AND e.granularity IN ({', '.join(['?'] * len(granularities))})", tuple(granularities)
        )
    if flt.place is not None:
        # The events of the happenings at the place (timeline.happenings).
        sql += Sql(
            " AND e.id IN (SELECT he.event_id FROM happening_place hp JOIN "
            "happening_event he ON he.happening_id = hp.happening_id "
            "WHERE hp.place_id = ?)",
            (flt.place_id(),),
        )
    return sql


# --- statements ------------------------------------------------------------------------------


def _after(key: tuple[Any, ...] | None, descending: bool) -> Sql:
    """The events after the sort key ``key`` (``(start, end, id)``) in the page's order.

    The leading ``start >= key`` (a bound the OR implies) lets the index seek to the cursor:
    without it SQLite scans the index from the first event on every page, and a whole export
    (``limit=all``, page after page) costs O(n²)."""
    if key is None:
        return Sql("")
    op = "<" if descending else ">"
    start, end = db_time(key[0]), db_time(key[1])
    return Sql(
        f' AND e."start" {op}= ? AND (e."start" {op} ? OR (e."start" = ? AND '
        f'(e."end" {op} ? OR (e."end" = ? AND e.id {op} ?))))',
        (start, start, start, end, end, key[2]),
    )


def keys_statement(
    flt: EventFilter,
    limit: int,
    descending: bool = False,
    key: tuple[Any, ...] | None = None,
    begins_at: datetime | None = None,
    search: _Search | None = None,
) -> tuple[str, list[Any]]:
    """The SQL (and parameters) that reads the first ``limit`` sort keys ``(start, end, id)``
    of every part of ``flt``'s window after ``key``, unioned; the caller merges them
    (``search``: ``flt``'s :func:`_search_plan` when the caller has it already). Public so
    that benchmarks can run the very statement elsewhere."""
    search = _search_plan(flt) if search is None else search
    direction = "DESC" if descending else "ASC"
    order = f' ORDER BY e."start" {direction}, e."end" {direction}, e.id {direction} LIMIT ?'
    rest = _filters(flt, search) + _after(key, descending)
    selects = []
    for index, (kind, part) in enumerate(_window_parts(flt, begins_at)):
        select = Sql('SELECT e."start", e."end", e.id FROM event e WHERE ') + part + rest
        if kind != "long":
            select += Sql(order, (limit,))
        selects.append(Sql("SELECT * FROM (") + select + Sql(f") AS part{index}"))
    return _bind(search.with_clause + Sql.join(" UNION ALL ", selects))


def _count(
    flt: EventFilter, begins_at: datetime | None = None, search: _Search | None = None
) -> int:
    """How many events of ``flt`` (only those beginning at or after ``begins_at`` if given);
    ``search`` is ``flt``'s :func:`_search_plan` when the caller has it already."""
    search = _search_plan(flt) if search is None else search
    rest = _filters(flt, search)
    counts = [
        Sql("(SELECT COUNT(*) FROM event e WHERE ") + part + rest + Sql(")")
        for _, part in _window_parts(flt, begins_at)
    ]
    statement = search.with_clause + Sql("SELECT ") + Sql.join(" + ", counts)
    return execute(statement).fetchone()[0] or 0


def _first_keys(
    flt: EventFilter,
    limit: int,
    descending: bool,
    key: tuple[Any, ...] | None = None,
    begins_at: datetime | None = None,
    search: _Search | None = None,
) -> list[tuple[datetime, datetime, int]]:
    """The sort keys ``(start, end, id)`` of the first ``limit`` events after ``key``."""
    sql, params = keys_statement(flt, limit, descending, key, begins_at, search)
    rows = database.execute_sql(sql, params).fetchall()
    # Sorted as read: SQLite's text timestamps sort as SQLite sorts them, PostgreSQL's are
    # datetimes.
    rows.sort(reverse=descending)
    return [(_fromdb_time(s), _fromdb_time(e), i) for s, e, i in rows[:limit]]


#: The kinds of the sort key a page of events is linked by: ``(start, end, id)``.
CURSOR_KINDS: tuple[type, ...] = (datetime, datetime, int)


def list_events(
    flt: EventFilter, *, order: str = "asc", limit: int = 50, cursor: str | None = None
) -> Page:
    """One page of the timeline: events overlapping the window, in timeline order."""
    descending = _page_descending(order, limit)
    key = decode_cursor(cursor, CURSOR_KINDS) if cursor else None
    with read_snapshot():  # the keys and the rows they name: one snapshot
        keys = _first_keys(flt, limit + 1, descending, key)
        items = _events_by_id([k[2] for k in keys[:limit]])
    next_cursor = encode_cursor(keys[limit - 1], CURSOR_KINDS) if len(keys) > limit else None
    return Page(items, next_cursor)


def iter_events(
    flt: EventFilter, *, order: str = "asc", batch: int = MAX_LIMIT
) -> Iterator[dict[str, Any]]:
    """Every event of ``flt`` in timeline order, fetched page by page."""
    cursor = None
    while True:
        page = list_events(flt, order=order, limit=batch, cursor=cursor)
        yield from page.items
        if page.next_cursor is None:
            return
        cursor = page.next_cursor


def count_events(flt: EventFilter) -> int:
    """How many events :func:`iter_events` yields for ``flt`` (one counting statement)."""
    return _count(flt)
