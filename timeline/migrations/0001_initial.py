"""The first schema: articles, mentions and events (a frozen copy of the first models)."""

from __future__ import annotations

import peewee as pw


class _UTCDateTime(pw.DateTimeField):
    """Stored like ``timeline.store.UTCDateTimeField`` (naive UTC); only the DDL matters here."""


class _Base(pw.Model):
    pass


class Article(_Base):
    title = pw.TextField()
    body = pw.TextField()
    published_at = _UTCDateTime(index=True)
    utc_offset_minutes = pw.IntegerField(default=0)
    source = pw.TextField(null=True, index=True)
    url = pw.TextField(null=True, index=True)
    language = pw.TextField(default="en")
    content_hash = pw.CharField(max_length=64, unique=True)
    ingested_at = _UTCDateTime()


class Mention(_Base):
    article = pw.ForeignKeyField(Article, backref="mentions", on_delete="CASCADE")
    start = pw.IntegerField()
    end = pw.IntegerField()
    text = pw.TextField()
    type = pw.CharField(max_length=16)
    value = pw.TextField()
    mod = pw.CharField(max_length=16, null=True)
    signal = pw.CharField(max_length=16, null=True)
    interval_start = _UTCDateTime(null=True)
    interval_end = _UTCDateTime(null=True)
    granularity = pw.CharField(max_length=16, null=True)
    rule = pw.TextField()


class Event(_Base):
    article = pw.ForeignKeyField(Article, backref="events", on_delete="CASCADE")
    mention = pw.ForeignKeyField(Mention, null=True, backref="events", on_delete="CASCADE")
    text = pw.TextField()
    sentence_start = pw.IntegerField()
    sentence_end = pw.IntegerField()
    start = _UTCDateTime()
    end = _UTCDateTime()
    granularity = pw.CharField(max_length=16)
    basis = pw.CharField(max_length=16)
    tense = pw.CharField(max_length=16, null=True)

    class Meta:
        indexes = ((("start", "end"), False),)


MODELS = (Article, Mention, Event)


def up(db: pw.Database) -> None:
    """Create the three tables with their indexes and foreign keys."""
    with db.bind_ctx(MODELS):
        db.create_tables(MODELS)
