"""How fresh the stored timeline is: a cheap validator for HTTP caches and calendar polls."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime

from timeline.queries.events import _fromdb_time
from timeline.store import database


@dataclass(frozen=True, slots=True)
class Freshness:
    """``tag`` changes whenever an article or event is added, replaced or deleted;
    ``last_modified`` is the latest ingestion time (``None`` on an empty store)."""

    tag: str
    last_modified: datetime | None


def freshness() -> Freshness:
    """The store's :class:`Freshness`, from four aggregates read off primary keys and one
    column (no row of the timeline is read): any insert raises a maximum id, any delete
    lowers a count, and reprocessing replaces events (new ids)."""
    row = database.execute_sql(
        "SELECT (SELECT COUNT(*) FROM article), (SELECT MAX(id) FROM article), "
        "(SELECT MAX(ingested_at) FROM article), (SELECT COUNT(*) FROM event), "
        "(SELECT MAX(id) FROM event)"
    ).fetchone()
    latest = _fromdb_time(row[2]) if row[2] is not None else None
    digest = hashlib.sha256(repr((row[0], row[1], latest, row[3], row[4])).encode())
    return Freshness(digest.hexdigest()[:32], latest.astimezone(UTC) if latest else None)
