"""Numbered migrations: a new database, an old one, a pre-migration one, and the models."""

from __future__ import annotations

from datetime import datetime

from timeline import migrations, store
from timeline.migrations import VERSION_TABLE, apply_pending, current_version, latest_version


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


def test_migrated_schema_matches_the_models(db):
    """Every field and index of the models exists after migrating (and nothing else)."""
    for model in store.MODELS:
        table = model._meta.table_name
        columns = {c.name: c.null for c in db.get_columns(table)}
        expected = {f.column_name: f.null for f in model._meta.sorted_fields}
        assert columns == expected, table
        assert _index_shapes(db, table) == _model_index_shapes(model), table


def test_upgrade_keeps_data_and_backfills(database_url):
    db = store.init_db(database_url, migrate=False)
    assert apply_pending(db, target=1) == ["0001_initial"]
    db.execute_sql(
        "INSERT INTO article (title, body, published_at, utc_offset_minutes, language, "
        "content_hash, ingested_at) VALUES ('t', 'b', '2022-05-14 10:00:00', 180, 'en', 'h', "
        "'2022-05-14 12:00:00')"
    )
    for start, end in [
        ("2022-05-13 00:00:00", "2022-05-14 00:00:00"),  # a day
        ("2022-04-01 00:00:00", "2022-05-01 00:00:00"),  # a month
        ("1990-01-01 00:00:00", "2000-01-01 00:00:00"),  # a decade
    ]:
        db.execute_sql(
            'INSERT INTO event (article_id, text, sentence_start, sentence_end, "start", "end", '
            "granularity, basis) VALUES (1, 's', 0, 1, "
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
        title="t", body="b", published_at=datetime.fromisoformat("2022-05-14T00:00Z"),
        content_hash="x", ingested_at=datetime.fromisoformat("2022-05-14T00:00Z"),
    )
    assert store.Article.select().count() == 1
    db.close()


def test_migration_numbers_are_contiguous():
    versions = [m.version for m in migrations.migrations()]
    assert versions == list(range(1, len(versions) + 1))
