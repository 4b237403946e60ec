"""Happening links record whether their report speaks of the future: ``happening_event.tense``.

Grouping keeps a report of what is *expected, planned or announced* for a date ("the decision is
expected on Sunday") apart from a report that it happened ("the government decided on
Sunday"): the link stores ``"future"`` when the tense governing the report's own temporal
expression is the future, else ``""``. Links grouped before this migration do not know it, so
the happenings are rebuilt: their rows are removed and every stored article is noted for
grouping (the next ingest, delete or ``timeline reprocess`` groups them all, as after
``0008_happenings``). Happening ids change once.
"""

from __future__ import annotations

import peewee as pw


def up(db: pw.Database) -> None:
    """Add ``happening_event.tense`` (text, not null, default ``''``) and regroup everything."""
    db.execute_sql("ALTER TABLE happening_event ADD COLUMN tense TEXT NOT NULL DEFAULT ''")
    db.execute_sql("DELETE FROM happening_place")
    db.execute_sql("DELETE FROM happening_event")
    db.execute_sql("DELETE FROM happening")
    db.execute_sql("DELETE FROM happening_pending")
    db.execute_sql("INSERT INTO happening_pending (article_id) SELECT id FROM article")
