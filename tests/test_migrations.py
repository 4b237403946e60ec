"""Numbered migrations: a new database, an old one, a pre-migration one, and the models."""

from __future__ import annotations

import importlib
from datetime import datetime

from timeline import migrations, queries, store
from timeline.migrations import VERSION_TABLE, apply_pending, current_version, latest_version
from timeline.queries import events

word_search = importlib.import_module("timeline.migrations.0006_word_search")


def _index_shapes(db, table):
    return {
        (tuple(index.columns), index.unique)
        for index in db.get_indexes(table)
        if not index.name.endswith("_pkey")
    }


def _model_index_shapes(model):
    shapes = set()
    for index in model._meta.fields_to_index():
        columns = tuple(field.column_name for field in index._expressions)
        shapes.add((columns, bool(index._unique)))
    return shapes


def test_new_database_is_at_latest_version(db):
    assert current_version(db) == latest_version() == len(migrations.migrations())
    rows = db.execute_sql(f"SELECT version, name FROM {VERSION_TABLE} ORDER BY version")
    assert [r[0] for r in rows] == list(range(1, latest_version() + 1))
    assert store.upgrade() == []  # idempotent


def _search_index_shapes(db, table):
    """The word search's index the models cannot declare: on PostgreSQL a GIN index on
    ``event.words`` (shown by peewee as a plain index on it); none on SQLite, where it is an
    FTS5 table (checked by :func:`test_word_search_table_and_triggers`)."""
    if not store.is_postgres() or table != "event":
        return set()
    return {(("words",), False)}


def test_migrated_schema_matches_the_models(db):
    """Every field and index of the models exists after migrating (and nothing else but the
    text search's trigram indexes)."""
    for model in store.MODELS:
        table = model._meta.table_name
        columns = {c.name: c.null for c in db.get_columns(table)}
        expected = {f.column_name: f.null for f in model._meta.sorted_fields}
        assert columns == expected, table
        assert _index_shapes(db, table) == (
            _model_index_shapes(model) | _search_index_shapes(db, table)
        ), table


def test_word_search_table_and_triggers(db):
    """SQLite: one external-content FTS5 table (ascii tokenizer) over ``event.words``, with
    the triggers that keep it in step, and no trigram table left; PostgreSQL: the GIN trigram
    index by name, and not the old ones."""
    if store.is_postgres():
        names = {i.name for table in ("event", "article") for i in db.get_indexes(table)}
        assert word_search.POSTGRES_TRGM in names
        assert not names & {"event_text_trgm", "article_title_trgm"}
        return
    rows = db.execute_sql("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    fts = word_search.SQLITE_FTS
    (sql,) = [r[3] for r in rows if r[0] == "table" and r[1] == fts]
    assert "fts5(words, content='event'" in sql and "tokenize='ascii'" in sql, sql
    triggers = {r[1] for r in rows if r[0] == "trigger"}
    assert triggers == {f"{fts}_insert", f"{fts}_delete", f"{fts}_update"}
    assert not {r[1] for r in rows} & {"event_text_fts", "article_title_fts"}


def test_upgrade_keeps_data_and_backfills(database_url):
    db = store.init_db(database_url, migrate=False)
    assert apply_pending(db, target=1) == ["0001_initial"]
    db.execute_sql(
        "INSERT INTO article (title, body, published_at, utc_offset_minutes, language, "
        "content_hash, ingested_at) VALUES ('Kramatorsk café', 'b', '2022-05-14 10:00:00', 180, "
        "'en', 'h', "
        "'2022-05-14 12:00:00')"
    )
    for start, end in [
        ("2022-05-13 00:00:00", "2022-05-14 00:00:00"),  # a day
        ("2022-04-01 00:00:00", "2022-05-01 00:00:00"),  # a month
        ("1990-01-01 00:00:00", "2000-01-01 00:00:00"),  # a decade
    ]:
        db.execute_sql(
            'INSERT INTO event (article_id, text, sentence_start, sentence_end, "start", "end", '
            "granularity, basis) VALUES (1, 'Shelling resumed.', 0, 1, "
            f"'{start}', '{end}', 'day', 'expression')"
        )
    assert current_version(db) == 1
    applied = apply_pending(db)
    assert applied == [m.name for m in migrations.migrations()[1:]]
    article = store.Article.get()
    assert article.published_has_time is True
    assert article.utc_offset_minutes == 180
    classes = [e.span_class for e in store.Event.select().order_by(store.Event.id)]
    expected = [
        store.span_class(e.start, e.end) for e in store.Event.select().order_by(store.Event.id)
    ]
    assert classes == expected == [1, 3, 6]
    # The rows stored before the word search are found through its index, by their words
    # and their article's title (accents folded).
    for q in ("SHELLING", "shelling CAFE", '"kramatorsk cafe"'):
        assert events._search_plan(queries.EventFilter(q=q)).mode == "index"
        page = queries.list_events(queries.EventFilter(q=q))
        assert [e["text"] for e in page.items] == ["Shelling resumed."] * 3, q
    assert queries.list_events(queries.EventFilter(q="SHELL")).items == []
    assert [a["id"] for a in queries.list_articles(queries.ArticleFilter(q="Café")).items] == [1]
    db.close()


def test_database_from_before_migrations_is_adopted(database_url):
    """Tables made by the first models without a version table count as version 1."""
    db = store.init_db(database_url, migrate=False)
    initial = migrations.migrations()[0]
    initial.up(db)
    assert not db.table_exists(VERSION_TABLE)
    assert apply_pending(db) == [m.name for m in migrations.migrations()[1:]]
    assert current_version(db) == latest_version()
    store.Article.create(
        title="t",
        body="b",
        published_at=datetime.fromisoformat("2022-05-14T00:00Z"),
        content_hash="x",
        ingested_at=datetime.fromisoformat("2022-05-14T00:00Z"),
    )
    assert store.Article.select().count() == 1
    db.close()


def test_migration_numbers_are_contiguous():
    versions = [m.version for m in migrations.migrations()]
    assert versions == list(range(1, len(versions) + 1))


def test_unique_url_keeps_every_article_and_gives_the_url_to_the_newest(database_url, caplog):
    """Twins under one URL (two writers racing before 0005) are all kept; the most recently
    ingested keeps the URL, the others lose it, and a second article cannot take it again."""
    import peewee as pw
    import pytest

    db = store.init_db(database_url, migrate=False)
    assert apply_pending(db, target=4)[-1] == "0004_text_search_index"
    rows = [  # (content hash, url, ingested at)
        ("a", "https://x.example/1", "2022-05-14 12:00:00"),
        ("b", "https://x.example/1", "2022-05-14 12:00:05"),  # the newest of the twins
        ("c", "https://x.example/1", "2022-05-14 12:00:01"),
        ("d", "https://x.example/2", "2022-05-14 12:00:00"),
        ("e", None, "2022-05-14 12:00:00"),
        ("f", None, "2022-05-14 12:00:00"),
    ]
    for content_hash, url, ingested_at in rows:
        db.execute_sql(
            "INSERT INTO article (title, body, published_at, utc_offset_minutes, language, "
            f"content_hash, ingested_at, url) VALUES ('t', 'b', '2022-05-14 10:00:00', 0, 'en', "
            f"{db.param}, {db.param}, {db.param})",
            (content_hash, ingested_at, url),
        )
    with caplog.at_level("WARNING"):
        assert apply_pending(db) == [m.name for m in migrations.migrations()[4:]]
    assert "2 article(s) shared a URL" in caplog.text
    urls = dict(db.execute_sql("SELECT content_hash, url FROM article").fetchall())
    assert urls == {
        "a": None,
        "b": "https://x.example/1",
        "c": None,
        "d": "https://x.example/2",
        "e": None,
        "f": None,
    }
    with pytest.raises(pw.IntegrityError), db.atomic():
        db.execute_sql(
            "INSERT INTO article (title, body, published_at, utc_offset_minutes, language, "
            "content_hash, ingested_at, url) VALUES ('t', 'b', '2022-05-14 10:00:00', 0, 'en', "
            "'g', '2022-05-14 12:00:00', 'https://x.example/2')"
        )
    db.close()
