"""Articles record how their body is read: ``article.document_type``.

The tagger reads a text as ``news``, ``narrative`` or ``colloquial`` (``auto``: decided from the
text), which decides where underspecified dates find their year and which colloquial forms
count (:mod:`timeline.temporal.narrative`). Ingestion takes it with the article and
``timeline reprocess`` reads the body the same way again. Stored articles were read as
``auto`` (the tagger's default), which is what they get.
"""

from __future__ import annotations

import peewee as pw


def up(db: pw.Database) -> None:
    """Add ``article.document_type`` (text, not null, default ``auto``)."""
    db.execute_sql("ALTER TABLE article ADD COLUMN document_type TEXT NOT NULL DEFAULT 'auto'")
