"""Re-deriving the mentions and events of stored articles with the current tagger."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from timeline.extraction import Extraction, Tagger, extract
from timeline.ingest.pool import _AHEAD_PER_WORKER, _in_order, _worker_pool
from timeline.ingest.writer import (
    _article_id,
    _delete_derived,
    _store_derived,
    group_happenings,
)
from timeline.store import Article, write_transaction


@dataclass(frozen=True, slots=True)
class ReprocessResult:
    """Totals of :func:`reprocess`."""

    articles: int
    mentions: int
    events: int


def reprocess(
    progress: Callable[[int, int], None] | None = None,
    *,
    tagger: Tagger | None = None,
    workers: int = 0,
) -> ReprocessResult:
    """Re-derive the mentions and events of every stored article with the current tagger, then
    regroup their happenings.

    Articles are visited in id order, one transaction each: the old derived rows are replaced
    by new ones, and the article row itself is never deleted, so an interruption leaves every
    article with either its old or its new events. ``progress(done, total)`` is called after
    each article. With ``workers`` > 0 the tagging runs in that many worker processes, a few
    articles ahead of the one being stored (see :func:`ingest_paths`).
    """
    total = Article.select().count()
    done = mentions = events = 0

    def rederive(article: Article, extraction: Extraction) -> None:
        nonlocal done, mentions, events
        with write_transaction():
            # Still stored with the content just tagged (content_hash is unique): one index
            # probe, not a re-read of the row and its body.
            if _article_id(Article.content_hash, article.content_hash) == article.id:
                _delete_derived(article.id)
                counts = _store_derived(article, extraction)
                mentions += counts[0]
                events += counts[1]
        done += 1
        if progress is not None:
            progress(done, max(total, done))

    if workers > 0:
        if tagger is not None:
            raise ValueError("worker processes tag with timeline.temporal: leave tagger unset")
        with _worker_pool(workers) as pool:
            tagged = _in_order(
                _stored_articles(),
                lambda article: (
                    article,
                    pool.submit(
                        extract, article.body, article.reference, None, article.document_type
                    ),
                ),
                workers * _AHEAD_PER_WORKER,
            )
            for _, article, extraction in tagged:
                rederive(article, extraction)
    else:
        for article in _stored_articles():
            rederive(
                article, extract(article.body, article.reference, tagger, article.document_type)
            )
    group_happenings()
    return ReprocessResult(done, mentions, events)


def _stored_articles() -> Iterator[Article]:
    """The stored articles in id order, read one at a time (an article stored meanwhile with
    a higher id is visited too)."""
    last_id = 0
    while True:
        article = Article.select().where(Article.id > last_id).order_by(Article.id).first()
        if article is None:
            return
        last_id = article.id
        yield article
