"""Articles: listed, filtered and paged, and one article with its resolved mentions."""

from __future__ import annotations

import operator
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import reduce
from typing import Any

import peewee as pw

from timeline.queries import search as word_search
from timeline.queries.events import Sql, _local, event_rows
from timeline.queries.filters import (
    Page,
    _after,
    _page_descending,
    _require_aware,
    decode_cursor,
    encode_cursor,
)
from timeline.queries.snapshot import read_snapshot
from timeline.store import (
    Article,
    Mention,
)


@dataclass(frozen=True, slots=True)
class ArticleFilter:
    """Which articles :func:`list_articles` selects: ``source``, a publication window
    ``[published_from, published_to)`` and ``q``, words matched in the title or body (as
    :mod:`timeline.queries.search` reads them)."""

    source: str | None = None
    published_from: datetime | None = None
    published_to: datetime | None = None
    q: str | None = None

    def __post_init__(self) -> None:
        _require_aware(published_from=self.published_from, published_to=self.published_to)


def article_dict(article: Article, *, body: bool = False) -> dict[str, Any]:
    """An article as JSON: times in its own UTC offset; ``body`` only when asked."""
    offset = article.utc_offset_minutes or 0
    data = {
        "id": article.id,
        "title": article.title,
        "published_at": _local(article.published_at, offset).isoformat(),
        "source": article.source,
        "url": article.url,
        "language": article.language,
        "document_type": article.document_type,
        "content_hash": article.content_hash,
        "ingested_at": article.ingested_at.astimezone(UTC).isoformat(),
    }
    if body:
        data["body"] = article.body
    return data


def mention_dict(mention: Mention, offset_minutes: int) -> dict[str, Any]:
    """A resolved expression: its offsets into the article body and its TIMEX3 reading."""
    interval = None
    if mention.interval_start is not None and mention.interval_end is not None:
        interval = {
            "start": _local(mention.interval_start, offset_minutes).isoformat(),
            "end": _local(mention.interval_end, offset_minutes).isoformat(),
        }
    return {
        "id": mention.id,
        "start": mention.start,
        "end": mention.end,
        "text": mention.text,
        "type": mention.type,
        "value": mention.value,
        "mod": mention.mod,
        "signal": mention.signal,
        "interval": interval,
        "granularity": mention.granularity,
        "rule": mention.rule,
    }


def article_detail(article_id: int) -> dict[str, Any] | None:
    """The article with its body, mentions (in text order) and events (in timeline order),
    read in one snapshot."""
    with read_snapshot():
        return _article_detail(article_id)


def _article_detail(article_id: int) -> dict[str, Any] | None:
    article = Article.get_or_none(Article.id == article_id)
    if article is None:
        return None
    offset = article.utc_offset_minutes or 0
    data = article_dict(article, body=True)
    mentions = Mention.select().where(Mention.article == article.id)
    data["mentions"] = [
        mention_dict(m, offset) for m in mentions.order_by(Mention.start, Mention.end, Mention.id)
    ]
    events = event_rows(
        Sql("e.article_id = ?", (article.id,)), ' ORDER BY e."start", e."end", e.id'
    )
    data["events"] = [row.to_json() for row in events]
    return data


#: The kinds of the sort key a page of articles is linked by: ``(published_at, id)``.
CURSOR_KINDS: tuple[type, ...] = (datetime, int)


def list_articles(
    flt: ArticleFilter, *, order: str = "desc", limit: int = 50, cursor: str | None = None
) -> Page:
    """One page of articles by publication time (newest first unless ``order="asc"``)."""
    descending = _page_descending(order, limit)
    query = Article.select()
    if flt.source is not None:
        query = query.where(Article.source == flt.source)
    if flt.published_from is not None:
        query = query.where(Article.published_at >= flt.published_from)
    if flt.published_to is not None:
        query = query.where(Article.published_at < flt.published_to)
    if flt.q:
        for term in word_search.parse(flt.q):  # every term, any of its alternatives
            query = query.where(
                reduce(
                    operator.or_,
                    (
                        pw.NodeList((Article.words, pw.SQL("LIKE"), pattern))
                        for pattern in term.patterns()
                    ),
                )
            )
    if cursor:
        key = decode_cursor(cursor, CURSOR_KINDS)
        query = query.where(_after((Article.published_at, Article.id), key, descending))
    columns = (Article.published_at, Article.id)
    rows = list(
        query.order_by(*[c.desc() if descending else c.asc() for c in columns]).limit(limit + 1)
    )
    next_cursor = None
    if len(rows) > limit:
        last = rows[limit - 1]
        next_cursor = encode_cursor((last.published_at, last.id), CURSOR_KINDS)
    return Page([article_dict(a) for a in rows[:limit]], next_cursor)


def list_sources() -> list[str]:
    """Every source of a stored article, in alphabetical order."""
    query = (
        Article.select(Article.source)
        .where(Article.source.is_null(False))
        .distinct()
        .order_by(Article.source)
    )
    return [row.source for row in query]
