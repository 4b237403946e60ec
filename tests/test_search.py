"""The indexed text search (``q``) returns exactly what the plain ``LIKE``/``ILIKE`` scan returns.

Searches of three characters or more go through the trigram indexes of migration
``0004_text_search_index`` (FTS5 tables on SQLite, GIN ``pg_trgm`` indexes on PostgreSQL);
shorter ones scan. Each check compares, on random sentences and titles (mixed case, accents,
``ß``, the Kelvin sign, ``%``, ``_``, backslashes, quotes), three answers: the indexed
:func:`timeline.queries.list_events` paged with cursors, the same call forced to scan, and a
``LIKE``/``ILIKE`` statement written here. The index must stay right as rows are ingested,
updated, re-derived and deleted.
"""

from __future__ import annotations

import importlib
import json
import logging
import random
from datetime import UTC, datetime

import peewee as pw
import pytest

from timeline import queries, store
from timeline.ingest import delete_article, ingest_article, reprocess
from timeline.queries import events
from timeline.store import Article, Event

search_index = importlib.import_module("timeline.migrations.0004_text_search_index")

ALPHABET = "abcABCeE éÉßẞ\u212ak%_\\\"'-"
WORDS = ["ceasefire", "Ceasefire", "CEASEFIRE", "talks", "Talks", "café", "CAFÉ", "straße",
         "100%", "a_b", "back\\slash", '"quoted"', "it's"]


def _phrase(rng: random.Random) -> str:
    """A few words of the vocabulary with random characters between them."""
    parts = []
    for _ in range(rng.randrange(1, 4)):
        parts.append(rng.choice(WORDS))
        parts.append("".join(rng.choices(ALPHABET, k=rng.randrange(0, 4))))
    return " ".join(parts).strip() or "quiet"


def _queries(rng: random.Random, texts: list[str], n: int) -> list[str]:
    """Searches: pieces of stored texts (some with their case flipped), vocabulary words and
    random strings, of one to eight characters."""
    found = []
    for _ in range(n):
        roll = rng.random()
        if roll < 0.5:
            text = rng.choice(texts)
            i = rng.randrange(len(text))
            q = text[i : i + rng.randrange(1, 9)]
            if rng.random() < 0.4:
                q = q.swapcase()
        elif roll < 0.8:
            q = rng.choice(WORDS)[: rng.randrange(1, 10)]
        else:
            q = "".join(rng.choices(ALPHABET, k=rng.randrange(1, 6)))
        found.append(q)
    return found


def _paged(flt: queries.EventFilter, rng: random.Random, order: str = "asc") -> list[int]:
    got, cursor = [], None
    while True:
        page = queries.list_events(flt, order=order, limit=rng.choice([1, 3, 50]), cursor=cursor)
        got += [e["id"] for e in page.items]
        cursor = page.next_cursor
        if cursor is None:
            return got


def _like_ids(q: str) -> set[int]:
    """The events whose sentence or article title contains ``q``, by a plain scan."""
    like = "ILIKE" if store.is_postgres() else "LIKE"
    p = store.database.param
    pattern = events._like_pattern(q)
    sql = (f"SELECT e.id FROM event e JOIN article a ON a.id = e.article_id "
           f"WHERE e.text {like} {p} ESCAPE '\\' OR a.title {like} {p} ESCAPE '\\'")
    return {row[0] for row in store.database.execute_sql(sql, [pattern, pattern])}


def _assert_search_matches_scan(monkeypatch, rng: random.Random, n: int = 40) -> None:
    texts = [e.text for e in Event.select(Event.text)] + [a.title for a in Article.select()]
    window = (datetime(2022, 5, 1, tzinfo=UTC), datetime(2022, 5, 20, tzinfo=UTC))
    for q in _queries(rng, texts, n):
        flt = queries.EventFilter(q=q)
        windowed = queries.EventFilter(start=window[0], end=window[1], q=q)
        indexed = [_paged(flt, rng), _paged(flt, rng, "desc"), _paged(windowed, rng),
                   events._count(flt)]
        with monkeypatch.context() as m:
            m.setattr(events, "MIN_INDEXED_SEARCH", 10**6)
            assert events._search_plan(flt).mode == "scan"
            scanned = [_paged(flt, rng), _paged(flt, rng, "desc"), _paged(windowed, rng),
                       events._count(flt)]
        assert indexed == scanned, q
        plan = events._search_plan(flt)
        if plan.mode == "index":
            # A search with more candidates than the scan threshold takes the scan (so does
            # this one when the threshold is lowered below its count).
            candidates = (max(len(ids) for ids in plan.part_params) if store.is_postgres()
                          else len(json.loads(plan.params[0])))
            with monkeypatch.context() as m:
                m.setattr(events, "_scan_threshold", lambda n=candidates: n - 1)
                assert candidates == 0 or events._search_plan(flt).mode == "scan"
                assert [_paged(flt, rng), events._count(flt)] == [scanned[0], scanned[3]], q
        if plan.mode == "index" and not store.is_postgres():
            # More candidates than the other threshold: filter the timeline order with them.
            with monkeypatch.context() as m:
                m.setattr(events, "_filter_threshold", lambda n=candidates: n - 1)
                assert candidates == 0 or events._search_plan(flt).mode == "filter"
                filtered = [_paged(flt, rng), _paged(flt, rng, "desc"), _paged(windowed, rng),
                            events._count(flt)]
                assert filtered == scanned, q
        assert set(indexed[0]) == _like_ids(q), q
        assert len(indexed[0]) == len(set(indexed[0])) == indexed[3], q
    if not store.is_postgres():
        for _, _, fts in search_index.SQLITE_FTS:  # raises if the index and rows disagree
            store.database.execute_sql(f"INSERT INTO {fts} ({fts}, rank) "
                                       "VALUES ('integrity-check', 1)")


def _record(rng: random.Random, i: int, url: str | None = None) -> dict:
    day = rng.randrange(1, 28)
    sentences = [f"{_phrase(rng)} on 2022-05-{day:02d}." if rng.random() < 0.6
                 else f"{_phrase(rng)}." for _ in range(rng.randrange(1, 6))]
    return {"title": _phrase(rng), "body": " ".join(sentences),
            "published_at": "2022-05-14T09:00:00+03:00", "source": f"S{i % 3}",
            "url": url or f"https://example.org/{i}-{rng.random()}"}


def test_short_searches_scan_and_longer_ones_use_the_index():
    assert events._search_mode(None) == events._search_mode("") == ""
    assert events._search_mode("ab") == "scan"
    assert events._search_mode("ab\0c") == "scan"
    assert events._search_mode("abc") == "index"
    assert events._search_mode("ßẞé") == "index"  # characters, not bytes


@pytest.mark.parametrize("seed", range(2))
def test_indexed_search_equals_scan_through_writes(db, monkeypatch, fake_tagger, seed):
    rng = random.Random(seed)
    tagger = fake_tagger
    records = [_record(rng, i) for i in range(25)]
    ids = [ingest_article(r, tagger=tagger).article.id for r in records]
    _assert_search_matches_scan(monkeypatch, rng)

    # Same URL, new content: the article keeps its id, takes a new title and new events.
    for i in rng.sample(range(len(records)), 5):
        result = ingest_article(_record(rng, i, url=records[i]["url"]), tagger=tagger)
        assert result.status == "updated"
    # Direct updates of the indexed columns (and of one row's id).
    for event in rng.sample(list(Event.select()), 10):
        Event.update(text=_phrase(rng)).where(Event.id == event.id).execute()
    last = Event.select(pw.fn.MAX(Event.id)).scalar()
    Event.update(id=last + 1000).where(Event.id == last).execute()
    Article.update(title="Ceasefire talks, café").where(Article.id == ids[0]).execute()
    _assert_search_matches_scan(monkeypatch, rng)

    # Re-derivation replaces every event (the fake tagger now dates a day later).
    reprocess(tagger=type(fake_tagger)(shift_days=1))
    _assert_search_matches_scan(monkeypatch, rng)

    for article_id in rng.sample(ids, 8):
        assert delete_article(article_id)
    _assert_search_matches_scan(monkeypatch, rng)
    # Deleting mentions, then articles, directly: their events go by the foreign keys'
    # cascades, and out of the index with them.
    store.database.execute_sql(f"DELETE FROM mention WHERE article_id = {ids[1]}")
    Article.delete().where(Article.id.not_in(rng.sample(ids, 12))).execute()
    _assert_search_matches_scan(monkeypatch, rng)


def test_buckets_count_the_indexed_search(db, fake_tagger):
    tagger = fake_tagger
    rng = random.Random(7)
    for i in range(15):
        ingest_article(_record(rng, i), tagger=tagger)
    window = queries.EventFilter(start=datetime(2022, 5, 1, tzinfo=UTC),
                                 end=datetime(2022, 6, 1, tzinfo=UTC), q="ceasefire")
    buckets = queries.bucket_events(window, "week", first=2)
    listed = list(queries.iter_events(window))
    assert sum(b.count for b in buckets) == len(listed) > 0
    assert {e["id"] for e in listed} == {
        i for i in _like_ids("ceasefire")
        if Event.get_by_id(i).end > window.start and Event.get_by_id(i).start < window.end}


def test_sqlite_plan_reads_the_fts_tables(db):
    if store.is_postgres():
        pytest.skip("SQLite's plan")
    flt = queries.EventFilter(q="ceasefire")
    sql, params = queries.keys_statement(flt, 51)
    steps = [row[3] for row in db.execute_sql("EXPLAIN QUERY PLAN " + sql, params)]
    # The sentences' candidates were read from event_text_fts, and arrive as a JSON array.
    assert "MATERIALIZE search_text" in steps and params[0] == "[]", (steps, params)
    assert "SCAN article_title_fts VIRTUAL TABLE INDEX 0:M1" in steps, steps
    # Neither the events nor the titles are scanned: rows are looked up by id.
    assert not {"SCAN e", "SCAN event", "SCAN article"} & set(steps), steps
    assert "SEARCH e USING INTEGER PRIMARY KEY (rowid=?)" in steps, steps
    short, params = queries.keys_statement(queries.EventFilter(q="ce"), 51)
    plan = " | ".join(row[3] for row in db.execute_sql("EXPLAIN QUERY PLAN " + short, params))
    assert "fts" not in plan, plan


def test_sqlite_candidates_come_from_the_fts_table(db, fake_tagger, monkeypatch):
    if store.is_postgres():
        pytest.skip("SQLite's FTS5 tables")
    ingest_article(_record(random.Random(5), 5), tagger=fake_tagger)
    statements = []
    execute = db.execute_sql
    monkeypatch.setattr(db, "execute_sql",
                        lambda sql, params=None: statements.append(sql) or execute(sql, params))
    queries.list_events(queries.EventFilter(q="ceasefire"))
    assert any("FROM event_text_fts WHERE event_text_fts MATCH" in sql for sql in statements)


def test_postgres_ilike_can_use_the_trigram_index(db, fake_tagger):
    if not store.is_postgres():
        pytest.skip("PostgreSQL's plan")
    ingest_article(_record(random.Random(1), 1), tagger=fake_tagger)
    with db.atomic():
        db.execute_sql("SET LOCAL enable_seqscan = off")
        plan = " ".join(row[0] for row in db.execute_sql(
            "EXPLAIN SELECT id FROM event WHERE text ILIKE %s", ["%ceasefire%"]))
        title_plan = " ".join(row[0] for row in db.execute_sql(
            "EXPLAIN SELECT id FROM article WHERE title ILIKE %s", ["%ceasefire%"]))
    assert "event_text_trgm" in plan, plan
    assert "article_title_trgm" in title_plan, title_plan


class _NoExtensions:
    """A PostgreSQL database that refuses ``CREATE EXTENSION`` as an unprivileged role would."""

    def __init__(self, db: pw.Database):
        self._db = db

    def __getattr__(self, name):
        return getattr(self._db, name)

    def execute_sql(self, sql, params=None):
        if sql.startswith("CREATE EXTENSION"):
            raise pw.ProgrammingError('permission denied to create extension "pg_trgm"')
        return self._db.execute_sql(sql, params)


def test_postgres_without_pg_trgm_skips_the_index(db, caplog, fake_tagger):
    if not store.is_postgres():
        pytest.skip("PostgreSQL's extension")
    for _, _, index in search_index.POSTGRES_TRGM:
        db.execute_sql(f"DROP INDEX {index}")
    with caplog.at_level(logging.WARNING), db.atomic():
        search_index._up_postgres(_NoExtensions(db))
        db.execute_sql("SELECT 1")  # the migration's transaction is still usable
    assert "pg_trgm" in caplog.text
    names = {i.name for table in ("event", "article") for i in db.get_indexes(table)}
    assert not names & {index for _, _, index in search_index.POSTGRES_TRGM}
    ingest_article(_record(random.Random(2), 2), tagger=fake_tagger)
    assert {e["id"] for e in queries.list_events(queries.EventFilter(q="e")).items} \
        == _like_ids("e")
    assert {e["id"] for e in queries.iter_events(queries.EventFilter(q="talks"))} \
        == _like_ids("talks")

