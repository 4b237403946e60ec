"""Make the span-class index cover the timeline order: ``(span_class, start, end, id)``.

With it, "events of span class k starting in [a, b), in timeline order, ending after c" is
one ordered range scan of the index that needs neither a sort nor table lookups; the timeline
query runs one such scan per class and merges them (see docs/storage.md).
"""

from __future__ import annotations

import peewee as pw


def up(db: pw.Database) -> None:
    """Replace ``event_span_class_start`` with ``event_span_class_start_end_id``."""
    db.execute_sql("DROP INDEX IF EXISTS event_span_class_start")
    db.execute_sql(
        'CREATE INDEX event_span_class_start_end_id ON event (span_class, "start", "end", id)'
    )
