"""Storing one article: validated input in, the article with its mentions and events out, in
one transaction (see :mod:`timeline.ingest`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import peewee as pw

from timeline.articles import ArticleInput, parse_article
from timeline.extraction import BASIS_EXPRESSION, Extraction, Tagger, extract
from timeline.happenings.pending import mark_article, mark_deleted
from timeline.store import (
    Article,
    Event,
    Mention,
    UTCDateTimeField,
    db_time,
    is_postgres,
    span_class,
    write_transaction,
)
from timeline.words import words_column

STATUSES = ("ingested", "present", "updated")


@dataclass(frozen=True, slots=True)
class IngestResult:
    """What :func:`ingest_article` did: ``status`` (see :data:`STATUSES`) and the article."""

    status: str
    article: Article
    mentions: int = 0
    events: int = 0


def ingest_article(
    record: dict | ArticleInput, *, tagger: Tagger | None = None, group: bool = True
) -> IngestResult:
    """Store one article with its mentions and events in one transaction (see module docs).

    Then, unless ``group`` is false, its reports join their happenings in a second transaction
    (:func:`group_happenings`; one that left pending work is simply run again).
    Raises :class:`InvalidArticle` for an invalid record; nothing is written then.
    """
    article_input = record if isinstance(record, ArticleInput) else parse_article(record)
    content_hash = article_input.content_hash
    present = _present(content_hash)
    if present is not None:
        return present
    extraction = extract(
        article_input.body, article_input.reference, tagger, article_input.document_type
    )
    result = _commit(article_input, content_hash, extraction)
    if group:
        group_happenings()
    return result


def group_happenings() -> None:
    """Group what ingestion and deletion left pending into happenings (one transaction).

    A writer that deleted or replaced reports meanwhile (PostgreSQL: writers do not queue)
    makes the grouping fail whole; its work is still noted, so it is simply run again."""
    from timeline.happenings.grouping import group_pending

    for attempt in range(_ATTEMPTS):
        try:
            group_pending()
            return
        except pw.IntegrityError:
            if attempt == _ATTEMPTS - 1:
                raise


def _commit(article_input: ArticleInput, content_hash: str, extraction: Extraction) -> IngestResult:
    """Store a tagged article in one transaction (see :func:`ingest_article`)."""
    for attempt in range(_ATTEMPTS):
        try:
            with write_transaction():
                return _store(article_input, content_hash, extraction)
        except pw.IntegrityError:
            # Another writer stored this content, or an article under this URL, between our
            # checks and our insert (PostgreSQL: writers do not queue; the unique indexes on
            # content_hash and url stop the second one). Look again: it is present now, or
            # an update of the article the other writer stored.
            if attempt == _ATTEMPTS - 1:
                raise
    raise AssertionError("unreachable")


#: How often :func:`ingest_article` looks again after losing a race to another writer.
_ATTEMPTS = 3


def _article_id(field: pw.Field, value: str) -> int | None:
    """The id of the article whose ``field`` (a unique one) equals ``value``, if any."""
    return Article.select(Article.id).where(field == value).order_by(Article.id).scalar()


def _present(content_hash: str) -> IngestResult | None:
    """The result ``present`` if an article with this content is stored, else ``None``."""
    existing = _article_id(Article.content_hash, content_hash)
    return IngestResult("present", Article.get_by_id(existing)) if existing is not None else None


def _store(article_input: ArticleInput, content_hash: str, extraction: Extraction) -> IngestResult:
    present = _present(content_hash)
    if present is not None:
        return present
    fields = dict(
        title=article_input.title,
        body=article_input.body,
        published_at=article_input.published_at.astimezone(UTC),
        utc_offset_minutes=article_input.utc_offset_minutes,
        published_has_time=article_input.has_time,
        source=article_input.source,
        url=article_input.url,
        language=article_input.language,
        document_type=article_input.document_type,
        content_hash=content_hash,
        ingested_at=datetime.now(UTC),
        words=words_column(article_input.title, article_input.body),
        published_at_source=article_input.published_at_source,
    )
    previous = None
    if article_input.url is not None:
        previous = _article_id(Article.url, article_input.url)
    if previous is not None and _article_id(Article.content_hash, content_hash) == previous:
        # Another writer committed this very content since the check above (PostgreSQL reads
        # each statement's own snapshot): it is present, not an update.
        return IngestResult("present", Article.get_by_id(previous))
    if previous is not None:
        _delete_derived(previous)
        Article.update(**fields).where(Article.id == previous).execute()
        article_id, status = previous, "updated"
    else:
        row = tuple(fields[f.name] for f in _ARTICLE_FIELDS)
        (article_id,) = _insert_rows(Article, _ARTICLE_FIELDS, [row], returning_ids=True)
        status = "ingested"
    article = Article(id=article_id, **fields)
    mentions, events = _store_derived(article, extraction)
    return IngestResult(status, article, mentions, events)


_ARTICLE_FIELDS = (
    Article.title,
    Article.body,
    Article.published_at,
    Article.utc_offset_minutes,
    Article.published_has_time,
    Article.source,
    Article.url,
    Article.language,
    Article.content_hash,
    Article.ingested_at,
    Article.words,
    Article.published_at_source,
    Article.document_type,
)
#: Columns written for each mention and event, in the order of the rows built below.
_MENTION_FIELDS = (
    Mention.article,
    Mention.start,
    Mention.end,
    Mention.text,
    Mention.type,
    Mention.value,
    Mention.mod,
    Mention.signal,
    Mention.interval_start,
    Mention.interval_end,
    Mention.granularity,
    Mention.rule,
)
_EVENT_FIELDS = (
    Event.article,
    Event.mention,
    Event.text,
    Event.sentence_start,
    Event.sentence_end,
    Event.start,
    Event.end,
    Event.granularity,
    Event.basis,
    Event.tense,
    Event.span_class,
    Event.words,
)
#: Rows per INSERT statement (SQLite allows 32,766 parameters per statement).
_ROWS_PER_STATEMENT = 500


def _store_derived(article: Article, extraction: Extraction) -> tuple[int, int]:
    """Insert the mentions and events of ``extraction`` for ``article``; return their counts."""
    mention_ids: dict[int, int] = {}
    if extraction.timexes:
        rows = [
            (
                article.id,
                t.start,
                t.end,
                t.text,
                t.type,
                t.value,
                t.mod,
                t.signal,
                t.interval.start if t.interval else None,
                t.interval.end if t.interval else None,
                t.granularity,
                t.rule,
            )
            for t in extraction.timexes
        ]
        ids = _insert_rows(Mention, _MENTION_FIELDS, rows, returning_ids=True)
        mention_ids = {id(t): i for t, i in zip(extraction.timexes, ids, strict=True)}
    if extraction.events:
        rows = [
            (
                article.id,
                mention_ids[id(e.timex)] if e.timex is not None else None,
                e.sentence.text,
                e.sentence.start,
                e.sentence.end,
                e.start,
                e.end,
                e.granularity,
                e.basis,
                e.tense,
                span_class(e.start, e.end),
                words_column(e.sentence.text, article.title),
            )
            for e in extraction.events
        ]
        _insert_rows(Event, _EVENT_FIELDS, rows)
        if any(e.basis == BASIS_EXPRESSION for e in extraction.events):
            mark_article(article.id)
    return len(extraction.timexes), len(extraction.events)


def _insert_rows(
    model: type[pw.Model],
    fields: tuple[pw.Field, ...],
    rows: list[tuple[Any, ...]],
    *,
    returning_ids: bool = False,
) -> list[int]:
    """Multi-row ``INSERT``s of ``rows`` (values in the order of ``fields``).

    This is what ``Model.insert_many`` does, minus building a query tree per value, which
    costs more than the database itself for an article's hundred rows. Timestamps go through
    :func:`timeline.store.db_time` (naive UTC), so stored values are identical to peewee's. With
    ``returning_ids`` the new ids are returned in row order (``RETURNING``, as peewee does).
    """
    database = model._meta.database
    table = model._meta.table_name
    columns = ", ".join(f'"{f.column_name}"' for f in fields)
    postgres = is_postgres()
    times = [index for index, field in enumerate(fields) if isinstance(field, UTCDateTimeField)]
    ids: list[int] = []
    for offset in range(0, len(rows), _ROWS_PER_STATEMENT):
        chunk = rows[offset : offset + _ROWS_PER_STATEMENT]
        params: list[Any] = []
        for row in chunk:
            values = list(row)
            for index in times:
                if values[index] is not None:
                    values[index] = db_time(values[index], postgres)
            params.extend(values)
        placeholder = "(" + ", ".join([database.param] * len(fields)) + ")"
        sql = f'INSERT INTO "{table}" ({columns}) VALUES ' + ", ".join([placeholder] * len(chunk))
        if returning_ids:
            sql += ' RETURNING "id"'
        cursor = database.execute_sql(sql, params)
        if returning_ids:
            ids.extend(row[0] for row in cursor.fetchall())
    return ids


def _delete_derived(article_id: int) -> None:
    mark_deleted(article_id)
    Event.delete().where(Event.article == article_id).execute()
    Mention.delete().where(Mention.article == article_id).execute()


def delete_article(article_id: int) -> bool:
    """Delete an article with its mentions and events; false if there was none. Its reports
    leave their happenings (an emptied happening is deleted) right after."""
    with write_transaction():
        _delete_derived(article_id)
        deleted = Article.delete().where(Article.id == article_id).execute() > 0
    group_happenings()
    return deleted
