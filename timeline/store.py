"""Storage: peewee models behind one database URL.

``database`` is a :class:`peewee.DatabaseProxy`; :func:`init_db` binds it to a URL parsed by
``playhouse.db_url`` (SQLite file by default, PostgreSQL for larger deployments).
Timestamps are stored as UTC; see :class:`UTCDateTimeField`.
"""

from __future__ import annotations

from datetime import UTC, datetime

import peewee as pw

database = pw.DatabaseProxy()


class UTCDateTimeField(pw.DateTimeField):
    """A datetime stored as naive UTC and returned timezone-aware (UTC)."""

    def db_value(self, value):
        if value is None:
            return None
        if isinstance(value, datetime):
            if value.tzinfo is None:
                raise ValueError("naive datetime given to a UTC field")
            value = value.astimezone(UTC).replace(tzinfo=None)
        return super().db_value(value)

    def python_value(self, value):
        value = super().python_value(value)
        if isinstance(value, datetime):
            if value.tzinfo is None:
                return value.replace(tzinfo=UTC)
            return value.astimezone(UTC)
        return value


class BaseModel(pw.Model):
    class Meta:
        database = database


class Article(BaseModel):
    title = pw.TextField()
    body = pw.TextField()
    published_at = UTCDateTimeField(index=True)  # UTC
    utc_offset_minutes = pw.IntegerField(default=0)  # the article's own offset
    source = pw.TextField(null=True, index=True)
    url = pw.TextField(null=True, index=True)
    language = pw.TextField(default="en")
    content_hash = pw.CharField(max_length=64, unique=True)
    ingested_at = UTCDateTimeField()


class Mention(BaseModel):
    article = pw.ForeignKeyField(Article, backref="mentions", on_delete="CASCADE")
    start = pw.IntegerField()  # str offsets into Article.body
    end = pw.IntegerField()
    text = pw.TextField()
    type = pw.CharField(max_length=16)
    value = pw.TextField()
    mod = pw.CharField(max_length=16, null=True)
    signal = pw.CharField(max_length=16, null=True)
    interval_start = UTCDateTimeField(null=True)
    interval_end = UTCDateTimeField(null=True)
    granularity = pw.CharField(max_length=16, null=True)
    rule = pw.TextField()


class Event(BaseModel):
    article = pw.ForeignKeyField(Article, backref="events", on_delete="CASCADE")
    mention = pw.ForeignKeyField(Mention, null=True, backref="events", on_delete="CASCADE")
    text = pw.TextField()  # the sentence
    sentence_start = pw.IntegerField()
    sentence_end = pw.IntegerField()
    start = UTCDateTimeField()
    end = UTCDateTimeField()
    granularity = pw.CharField(max_length=16)
    basis = pw.CharField(max_length=16)  # "expression" | "publication"
    tense = pw.CharField(max_length=16, null=True)  # "past" | "present" | "future"

    class Meta:
        indexes = ((("start", "end"), False),)


MODELS = (Article, Mention, Event)


def default_database_url() -> str:
    """``TIMELINE_DATABASE_URL`` or a SQLite file in the per-user data directory."""
    import os
    from pathlib import Path

    url = os.environ.get("TIMELINE_DATABASE_URL")
    if url:
        return url
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    path = base / "timeline" / "timeline.db"
    path.parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{path}"


def init_db(url: str | None = None) -> pw.Database:
    """Bind :data:`database` to ``url`` (default :func:`default_database_url`) and return it.

    SQLite gets WAL mode and foreign keys. The schema is brought up to date
    (see :func:`upgrade`).
    """
    from playhouse.db_url import connect

    url = url or default_database_url()
    if url.startswith("sqlite"):
        db = connect(url, pragmas={"journal_mode": "wal", "foreign_keys": 1,
                                   "synchronous": "normal", "busy_timeout": 5000})
    else:
        db = connect(url)
    database.initialize(db)
    upgrade()
    return db


def upgrade() -> None:
    """Create or migrate the schema. (To be replaced by numbered migrations.)"""
    database.create_tables(MODELS, safe=True)
