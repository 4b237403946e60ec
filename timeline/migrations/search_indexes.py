"""Text search indexes, shared by the migrations that create them: SQLite FTS5 tables over a
column, and PostgreSQL's pg_trgm extension.

A migration must keep doing the same thing forever: change this only by adding options, never
by changing what an existing call creates.
"""

from __future__ import annotations

import logging

import peewee as pw

log = logging.getLogger(__name__)


def create_external_content_fts(
    db: pw.Database, fts: str, table: str, column: str, tokenize: str
) -> None:
    """Create the FTS5 table ``fts`` over ``table.column`` (*external content*: it stores only
    the index), the triggers on insert, update and delete of ``table`` that keep it in step
    (so multi-row inserts, cascades and re-derivation need nothing else), and index the rows
    already stored (``rebuild``)."""
    db.execute_sql(
        f"CREATE VIRTUAL TABLE {fts} USING fts5({column}, content='{table}', "
        f"content_rowid='id', tokenize='{tokenize}', columnsize=0)"
    )
    # An external-content FTS5 table is told what to forget with the *old* value.
    delete = f"INSERT INTO {fts} ({fts}, rowid, {column}) VALUES ('delete', old.id, old.{column});"
    insert = f"INSERT INTO {fts} (rowid, {column}) VALUES (new.id, new.{column});"
    db.execute_sql(f"CREATE TRIGGER {fts}_insert AFTER INSERT ON {table} BEGIN {insert} END")
    db.execute_sql(f"CREATE TRIGGER {fts}_delete AFTER DELETE ON {table} BEGIN {delete} END")
    db.execute_sql(
        f"CREATE TRIGGER {fts}_update AFTER UPDATE OF id, {column} ON {table} "
        f"BEGIN {delete} {insert} END"
    )
    db.execute_sql(f"INSERT INTO {fts} ({fts}) VALUES ('rebuild')")


def create_pg_trgm(db: pw.Database, what: str) -> bool:
    """Create the ``pg_trgm`` extension if it is missing; false (with a warning saying that
    ``what`` stays unindexed and scans) when the server refuses. A refusal leaves the
    migration's transaction usable."""
    try:
        with db.atomic():  # a savepoint: a refusal must not abort the migration's transaction
            db.execute_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except pw.DatabaseError as error:
        log.warning(
            "%s stays unindexed: cannot create the pg_trgm extension (%s); "
            "searches scan the events",
            what,
            str(error).strip(),
        )
        return False
    return True
