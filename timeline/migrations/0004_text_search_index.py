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

import peewee as pw

from timeline.migrations.search_indexes import create_external_content_fts, create_pg_trgm

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
        create_external_content_fts(db, fts, table, column, "trigram")


def _up_postgres(db: pw.Database) -> None:
    if not create_pg_trgm(db, "text search"):
        return
    for table, column, index in POSTGRES_TRGM:
        db.execute_sql(f"CREATE INDEX {index} ON {table} USING gin ({column} gin_trgm_ops)")
