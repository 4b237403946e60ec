"""Storage: UTC round trips, the article's own offset, cascades, and the overlap condition."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from timeline import store
from timeline.queries import EventFilter, iter_events
from timeline.queries.events import Sql, _count, execute, overlap_condition
from timeline.store import Article, Event, Mention, span_class

KYIV = timezone(timedelta(hours=3))


def _article(**overrides) -> Article:
    fields = dict(
        title="Title",
        body="Body.",
        published_at=datetime(2022, 5, 14, 9, 30, tzinfo=KYIV),
        utc_offset_minutes=180,
        content_hash=f"hash-{random.random()}",
        ingested_at=datetime(2022, 5, 15, tzinfo=UTC),
    )
    fields.update(overrides)
    return Article.create(**fields)


def test_timestamps_are_utc_and_aware(db):
    article = Article.get_by_id(_article().id)
    assert article.published_at == datetime(2022, 5, 14, 6, 30, tzinfo=UTC)
    assert article.published_at.utcoffset() == timedelta(0)
    assert article.published_local == datetime(2022, 5, 14, 9, 30, tzinfo=KYIV)
    assert article.published_local.utcoffset() == timedelta(hours=3)
    assert article.reference == article.published_local


def test_date_only_article_references_its_date(db):
    article = _article(
        published_at=datetime(2022, 5, 14, tzinfo=UTC),
        utc_offset_minutes=0,
        published_has_time=False,
    )
    assert Article.get_by_id(article.id).reference == date(2022, 5, 14)


def test_naive_datetime_is_refused(db):
    with pytest.raises(ValueError, match="naive"):
        _article(published_at=datetime(2022, 5, 14))


def test_local_day_survives_utc_storage(db):
    """Published 01:30 in Kyiv is the previous day in UTC; the local day is kept."""
    article = Article.get_by_id(_article(published_at=datetime(2022, 5, 14, 1, 30, tzinfo=KYIV)).id)
    assert article.published_at.date() == date(2022, 5, 13)
    assert article.published_local.date() == date(2022, 5, 14)


def test_deleting_an_article_cascades(db):
    article = _article()
    mention = Mention.create(
        article=article, start=0, end=4, text="Body", type="DATE", value="2022", rule="r"
    )
    Event.create(
        article=article,
        mention=mention,
        text="Body.",
        sentence_start=0,
        sentence_end=5,
        start=datetime(2022, 1, 1, tzinfo=UTC),
        end=datetime(2023, 1, 1, tzinfo=UTC),
        granularity="year",
        basis="expression",
    )
    article.delete_instance()
    assert Mention.select().count() == 0
    assert Event.select().count() == 0


def test_sqlite_pragmas(tmp_path):
    db = store.init_db(f"sqlite:///{tmp_path / 'p.db'}")
    assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute_sql("PRAGMA synchronous").fetchone()[0] == 1  # normal
    assert db.execute_sql("PRAGMA wal_autocheckpoint").fetchone()[0] == 4000
    assert db.execute_sql("PRAGMA journal_size_limit").fetchone()[0] == 4000 * 4096
    db.close()


def test_default_database_url(monkeypatch, tmp_path):
    monkeypatch.delenv("TIMELINE_DATABASE_URL", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert store.default_database_url() == f"sqlite:///{tmp_path / 'timeline' / 'timeline.db'}"
    monkeypatch.setenv("TIMELINE_DATABASE_URL", "postgresql://x@127.0.0.1/y")
    assert store.default_database_url() == "postgresql://x@127.0.0.1/y"


@pytest.mark.parametrize(
    ("duration", "expected"),
    [
        (timedelta(minutes=1), 0),
        (timedelta(hours=1), 0),
        (timedelta(hours=8), 1),
        (timedelta(days=1), 1),
        (timedelta(days=2), 2),
        (timedelta(days=31), 3),
        (timedelta(days=92), 4),
        (timedelta(days=366), 5),
        (timedelta(days=3653), 6),
        (timedelta(days=36524), 7),
        (timedelta(days=40000), 8),
    ],
)
def test_span_class(duration, expected):
    start = datetime(2000, 1, 1, tzinfo=UTC)
    assert span_class(start, start + duration) == expected


def _oracle(window) -> set[int]:
    """The events :func:`overlap_condition` selects: the plain definition, in SQL."""
    flt = EventFilter(start=window[0], end=window[1])
    cursor = execute(Sql("SELECT e.id FROM event e WHERE ") + overlap_condition(flt))
    return {row[0] for row in cursor}


def _live(window) -> set[int]:
    """The events the timeline serves for the window (its split, indexed query), checked to
    come without duplicates and counted alike."""
    flt = EventFilter(start=window[0], end=window[1])
    served = [e["id"] for e in iter_events(flt, batch=97)]
    assert len(served) == len(set(served)) == _count(flt), window
    return set(served)


def test_the_timeline_window_matches_the_definition(db):
    """The live window query (one index range per span class) selects exactly the events of
    :func:`overlap_condition`, which selects those with start < to and end > from."""
    origin, rng = _random_events(_article(), 300)
    events = list(Event.select())
    for _ in range(60):
        lo = origin + timedelta(days=rng.randrange(-4000, 1200))
        hi = lo + timedelta(hours=rng.randrange(1, 24 * 90))
        for window in [(lo, hi), (lo, None), (None, hi), (None, None)]:
            expected = {
                e.id
                for e in events
                if (window[1] is None or e.start < window[1])
                and (window[0] is None or e.end > window[0])
            }
            assert _oracle(window) == expected, window
            assert _live(window) == expected, window


def _random_events(article, count, seed=7):
    rng = random.Random(seed)
    origin = datetime(2020, 1, 1, tzinfo=UTC)
    spans = [
        timedelta(minutes=1),
        timedelta(hours=1),
        timedelta(days=1),
        timedelta(days=7),
        timedelta(days=30),
        timedelta(days=365),
        timedelta(days=3650),
        timedelta(days=40000),
    ]
    rows = []
    for i in range(count):
        start = origin + timedelta(hours=rng.randrange(0, 3 * 365 * 24))
        end = start + rng.choice(spans)
        rows.append(
            dict(
                article=article,
                text=f"s{i % 5}",
                sentence_start=0,
                sentence_end=1,
                start=start,
                end=end,
                granularity="day",
                basis=rng.choice(["expression", "publication"]),
                span_class=span_class(start, end),
            )
        )
    Event.insert_many(rows).execute()
    return origin, rng


def test_the_timeline_window_near_year_one(db):
    """No class bound can fall before year 1; the live query stays exact."""
    article = _article()
    Event.create(
        article=article,
        text="s",
        sentence_start=0,
        sentence_end=1,
        start=datetime(1, 1, 2, tzinfo=UTC),
        end=datetime(1, 1, 3, tzinfo=UTC),
        granularity="day",
        basis="expression",
        span_class=1,
    )
    for lo in (datetime(1, 1, 1, tzinfo=UTC), datetime(200, 1, 1, tzinfo=UTC)):
        assert _live((lo, None)) == _oracle((lo, None)) == ({1} if lo.year == 1 else set())


def test_span_class_part_is_one_ordered_index_range(db):
    """A per-class part of the timeline query reads the covering index in order: no sort."""
    if not isinstance(db, store.pw.SqliteDatabase):
        pytest.skip("EXPLAIN QUERY PLAN is SQLite's")
    _random_events(_article(), 200)  # no ANALYZE: the plan must not depend on statistics
    lo = datetime(2022, 5, 1, tzinfo=UTC)
    query = (
        Event.select(Event.id, Event.start, Event.end)
        .where(
            Event.span_class == 3,
            Event.start >= lo - timedelta(days=32),
            Event.start < lo + timedelta(days=7),
            Event.end > lo,
        )
        .order_by(Event.start, Event.end, Event.id)
        .limit(50)
    )
    sql, params = query.sql()
    plan = " | ".join(row[-1] for row in db.execute_sql("EXPLAIN QUERY PLAN " + sql, params))
    assert "USING COVERING INDEX event_span_class_start_end_id" in plan, plan
    assert "TEMP B-TREE" not in plan, plan


def test_first_use_retries_while_sqlite_is_locked(tmp_path, monkeypatch):
    """A new file opened by several processes at once: "database is locked" is retried."""
    calls = []
    real_upgrade = store.upgrade

    def flaky():
        calls.append(1)
        if len(calls) < 3:
            raise store.pw.OperationalError("database is locked")
        return real_upgrade()

    monkeypatch.setattr(store, "upgrade", flaky)
    db = store.init_db(f"sqlite:///{tmp_path / 'locked.db'}")
    assert len(calls) == 3 and db.table_exists("event")
    db.close()

    def broken():
        raise store.pw.OperationalError("no such table: nothing")

    monkeypatch.setattr(store, "upgrade", broken)
    with pytest.raises(store.pw.OperationalError, match="no such table"):
        store.init_db(f"sqlite:///{tmp_path / 'other.db'}")


@pytest.mark.parametrize(
    "moment",
    [
        datetime(2022, 5, 14, 9, 30, tzinfo=KYIV),
        datetime(2022, 5, 14, 1, 30, 5, 123456, tzinfo=KYIV),  # the day before in UTC
        datetime(2022, 5, 14, 0, 0, 0, 1, tzinfo=timezone(timedelta(hours=-4, minutes=-30))),
        datetime(1, 1, 1, 12, tzinfo=UTC),
        datetime(9999, 12, 31, 23, 59, 59, 999999, tzinfo=UTC),
    ],
)
def test_db_time_stores_what_peewee_stores(db, moment):
    """Ingestion's fast conversion writes the very value the field writes: the same text on
    SQLite (compared as text there), the same timestamp on PostgreSQL."""
    from timeline.ingest.writer import _ARTICLE_FIELDS, _insert_rows

    through_peewee = _article(published_at=moment)
    row = [
        through_peewee.title,
        "Body.",
        moment,
        0,
        True,
        None,
        None,
        "en",
        f"fast-{random.random()}",
        moment,
        " title body ",
        None,  # words, date source
        "auto",
    ]  # document_type
    (fast_id,) = _insert_rows(Article, _ARTICLE_FIELDS, [tuple(row)], returning_ids=True)
    stored = dict(
        db.execute_sql(
            "SELECT id, published_at FROM article WHERE id IN (%s, %s)".replace("%s", db.param),
            (through_peewee.id, fast_id),
        )
    )
    assert stored[fast_id] == stored[through_peewee.id]
    assert stored[fast_id] == store.db_time(moment)
    assert Article.get_by_id(fast_id).published_at == moment
