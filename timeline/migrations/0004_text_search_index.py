"""Index the text search: trigram indexes over ``event.text`` and ``article.title``.

The timeline's ``q`` filter is a case-insensitive substring test (``LIKE`` on SQLite, ``ILIKE``
on PostgreSQL). Without an index it reads every event; a *trigram* index finds the rows that
contain every three-character piece of the words searched for, and only those are tested.
A trigram index cannot serve a search of fewer than three characters, which keeps the scan
(:mod:`timeline.queries` decides).

SQLite
    Two FTS5 tables with ``tokenize='trigram'`` (case-insensitive by default), *external
    content* tables over ``event.text`` and ``article.title``: they store only the index, and
    triggers on insert, update and delete of the base rows keep them in step (so the raw
    multi-row inserts of ingestion, cascades and re-derivation need nothing else). Existing
    rows are indexed by a ``rebuild``.

PostgreSQL
    The ``pg_trgm`` extension and a GIN ``gin_trgm_ops`` index on each column, which ``ILIKE``
    uses directly. Creating an extension can be refused (pg_trgm is a trusted extension from
    PostgreSQL 13, so it needs the ``CREATE`` privilege on the database; older servers need a
    superuser). Then the migration logs a warning and creates no index: search keeps working,
    by scanning, and a later ``timeline db upgrade`` does not retry (create the extension and
    the indexes by hand, as below, to add them).
"""

from __future__ import annotations

import logging

import peewee as pw

log = logging.getLogger(__name__)

#: ``(table, column, FTS5 table)`` indexed on SQLite.
SQLITE_FTS = (("event", "text", "event_text_fts"), ("article", "title", "article_title_fts"))

#: ``(table, column, index name)`` indexed on PostgreSQL.
POSTGRES_TRGM = (("event", "text", "event_text_trgm"), ("article", "title", "article_title_trgm"))


def up(db: pw.Database) -> None:
    """Create the trigram indexes of this database and index the rows already stored."""
    if isinstance(db, pw.PostgresqlDatabase):
        _up_postgres(db)
    else:
        _up_sqlite(db)


def _up_sqlite(db: pw.Database) -> None:
    for table, column, fts in SQLITE_FTS:
        db.execute_sql(
            f"CREATE VIRTUAL TABLE {fts} USING fts5({column}, content='{table}', "
            "content_rowid='id', tokenize='trigram', columnsize=0)"
        )
        # An external-content FTS5 table is told what to forget with the *old* value.
        delete = (f"INSERT INTO {fts} ({fts}, rowid, {column}) "
                  f"VALUES ('delete', old.id, old.{column});")
        insert = f"INSERT INTO {fts} (rowid, {column}) VALUES (new.id, new.{column});"
        db.execute_sql(f"CREATE TRIGGER {fts}_insert AFTER INSERT ON {table} BEGIN {insert} END")
        db.execute_sql(f"CREATE TRIGGER {fts}_delete AFTER DELETE ON {table} BEGIN {delete} END")
        db.execute_sql(f"CREATE TRIGGER {fts}_update AFTER UPDATE OF id, {column} ON {table} "
                       f"BEGIN {delete} {insert} END")
        db.execute_sql(f"INSERT INTO {fts} ({fts}) VALUES ('rebuild')")


def _up_postgres(db: pw.Database) -> None:
    try:
        with db.atomic():  # a savepoint: a refusal must not abort the migration's transaction
            db.execute_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except pw.DatabaseError as error:
        log.warning("text search stays unindexed: cannot create the pg_trgm extension (%s); "
                    "searches scan the events", str(error).strip())
        return
    for table, column, index in POSTGRES_TRGM:
        db.execute_sql(f"CREATE INDEX {index} ON {table} USING gin ({column} gin_trgm_ops)")
