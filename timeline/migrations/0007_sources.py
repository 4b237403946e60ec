"""Live sources: the ``source`` table (feeds, sitemaps and pages followed, with their schedule
and last fetch status) and ``article.published_at_source`` (where a fetched page's publication
time came from). See :mod:`timeline.sources`.

The job queue itself (procrastinate's tables, PostgreSQL only) is not created here: it has
its own schema and versions, applied by :func:`timeline.jobs.ensure_queue_schema` when a
worker or ``timeline poll`` first needs it.
"""

from __future__ import annotations

import peewee as pw
from playhouse.migrate import PostgresqlMigrator, SqliteMigrator, migrate


class _UTCDateTime(pw.DateTimeField):
    """Stored like ``timeline.store.UTCDateTimeField`` (naive UTC); only the DDL matters here."""


class Source(pw.Model):
    url = pw.TextField(unique=True)
    name = pw.TextField(null=True)
    kind = pw.CharField(max_length=16, null=True)
    every_seconds = pw.IntegerField(default=900)
    next_due = _UTCDateTime(index=True)
    created_at = _UTCDateTime()
    last_fetch = _UTCDateTime(null=True)
    last_status = pw.CharField(max_length=16, null=True)
    last_http_status = pw.IntegerField(null=True)
    last_error = pw.TextField(null=True)
    last_new = pw.IntegerField(default=0)
    etag = pw.TextField(null=True)
    last_modified = pw.TextField(null=True)


def up(db: pw.Database) -> None:
    """Create ``source``; add the nullable ``article.published_at_source``."""
    with db.bind_ctx((Source,)):
        db.create_tables((Source,))
    migrator = (
        PostgresqlMigrator(db) if isinstance(db, pw.PostgresqlDatabase) else SqliteMigrator(db)
    )
    migrate(
        migrator.add_column(
            "article", "published_at_source", pw.CharField(max_length=16, null=True)
        )
    )
