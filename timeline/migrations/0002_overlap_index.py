"""Fast overlap queries and date-only publication times.

- ``event.span_class``: the duration class of ``[start, end)`` (bounds below), backfilled for
  existing events, with an index on ``(span_class, start)``; see docs/storage.md.
- The ``(start, end)`` index becomes ``(start, end, id)``: the full timeline order, so keyset
  pagination reads the index in order with no sort.
- ``article.published_has_time``: false when the article gave only a date.
"""

from __future__ import annotations

import peewee as pw

#: Frozen copy of ``timeline.store.SPAN_CLASS_BOUNDS`` as of this migration (seconds).
BOUNDS = (
    3_600,
    25 * 3_600,
    8 * 86_400,
    32 * 86_400,
    93 * 86_400,
    367 * 86_400,
    3_654 * 86_400,
    36_525 * 86_400,
)


def up(db: pw.Database) -> None:
    """Add the columns, backfill ``span_class`` in one statement, swap the indexes."""
    db.execute_sql(
        "ALTER TABLE article ADD COLUMN published_has_time BOOLEAN NOT NULL DEFAULT TRUE"
    )
    db.execute_sql(
        f"ALTER TABLE event ADD COLUMN span_class SMALLINT NOT NULL DEFAULT {len(BOUNDS)}"
    )
    if isinstance(db, pw.PostgresqlDatabase):
        seconds = 'EXTRACT(EPOCH FROM ("end" - "start"))'
    else:
        seconds = '((julianday("end") - julianday("start")) * 86400.0)'
    cases = " ".join(f"WHEN {seconds} <= {bound} THEN {i}" for i, bound in enumerate(BOUNDS))
    db.execute_sql(f"UPDATE event SET span_class = CASE {cases} ELSE {len(BOUNDS)} END")
    db.execute_sql("DROP INDEX IF EXISTS event_start_end")
    db.execute_sql('CREATE INDEX event_start_end_id ON event ("start", "end", id)')
    db.execute_sql('CREATE INDEX event_span_class_start ON event (span_class, "start")')
