"""The two jobs of live sources, safe to run again after a crash (:mod:`timeline.jobs` runs
them, in-process or from the PostgreSQL queue):

:func:`fetch_source`
    Fetch a followed source (conditionally), tell what it is from its content, and queue one
    :func:`ingest_url` job per listed link not stored yet (an article page is read at once).
    The outcome is recorded on the source.
:func:`ingest_url`
    Fetch one URL: an article page is read, dated, tagged and stored (one transaction); a feed
    or sitemap queues its links in turn. A URL whose canonical form is stored already is not
    fetched again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Protocol
from urllib.parse import urlsplit

from timeline.ingest import ingest_article
from timeline.sources import registry
from timeline.sources.canonical import InvalidURL, canonical_url
from timeline.sources.dates import DateRefused
from timeline.sources.feeds import NotAFeed, entries, sniff
from timeline.sources.fetching import Fetcher, FetchError
from timeline.sources.pages import NotAnArticle, read_page
from timeline.store import Article, Source


class Enqueue(Protocol):
    """Where jobs that a job creates go (:class:`timeline.jobs.InlineQueue` or the PostgreSQL
    queue)."""

    def ingest_url(
        self,
        url: str,
        *,
        source: str | None = None,
        feed_date: str | None = None,
        feed_title: str | None = None,
        source_id: int | None = None,
    ) -> None: ...


@dataclass(frozen=True, slots=True)
class Outcome:
    """What a job did: ``status`` is ``ingested``, ``updated``, ``present`` (stored already),
    ``queued`` (a feed: ``queued`` links), ``not-modified`` or ``failed`` (``message`` says
    why); ``flagged`` when the page's date was not found and the fetch time stands in."""

    url: str
    status: str
    message: str = ""
    kind: str | None = None
    queued: int = 0
    published_at_source: str | None = None
    article_id: int | None = None

    @property
    def flagged(self) -> bool:
        return self.published_at_source == "fetched"

    def __str__(self) -> str:
        text = f"{self.url}: {self.status}"
        if self.status == "queued":
            text += f" {self.queued} links ({self.kind})"
        if self.published_at_source:
            text += f" (date from {self.published_at_source}"
            text += ", not found: fetch time used)" if self.flagged else ")"
        return text + (f": {self.message}" if self.message else "")


def default_source_name(url: str) -> str:
    """The host of ``url`` without ``www.``: the ``source`` of articles from an unnamed
    source."""
    host = (urlsplit(url).hostname or "").lower()
    return host[4:] if host.startswith("www.") else host


def is_stored(url: str) -> bool:
    """Whether an article is stored under the canonical form of ``url``."""
    try:
        canonical = canonical_url(url)
    except InvalidURL:
        return False
    return Article.select(Article.id).where(Article.url == canonical).exists()


def fetch_source(
    source_id: int, fetcher: Fetcher, queue: Enqueue, now: datetime | None = None
) -> Outcome:
    """Fetch a followed source once and record the outcome on it (see the module docs)."""
    source = Source.get_or_none(Source.id == source_id)
    if source is None:
        return Outcome(f"source {source_id}", "failed", "no such source (removed?)")
    name = source.name or default_source_name(source.url)
    try:
        result = fetcher.fetch(source.url, etag=source.etag, last_modified=source.last_modified)
    except FetchError as error:
        registry.record_fetch(
            source_id, status="error", http_status=error.status, error=error.message, now=now
        )
        return Outcome(source.url, "failed", error.message)
    if result.not_modified:
        registry.record_fetch(source_id, status="not-modified", http_status=304, now=now, new=0)
        return Outcome(source.url, "not-modified", kind=source.kind)
    outcome = _handle(
        result.content,
        result.final_url,
        fetcher,
        queue,
        source=name,
        source_id=source_id,
        feed_date=None,
        feed_title=None,
        fetched_at=now or datetime.now(UTC),
    )
    if outcome.status == "failed":
        registry.record_fetch(
            source_id,
            status="error",
            http_status=result.status,
            error=outcome.message,
            kind=outcome.kind,
            now=now,
        )
    else:
        new = (
            outcome.queued
            if outcome.status == "queued"
            else int(outcome.status in ("ingested", "updated"))
        )
        registry.record_fetch(
            source_id,
            status="ok",
            http_status=result.status,
            new=new,
            kind=outcome.kind,
            etag=result.etag,
            last_modified=result.last_modified,
            now=now,
        )
    return outcome


def ingest_url(
    url: str,
    fetcher: Fetcher,
    queue: Enqueue,
    *,
    source: str | None = None,
    feed_date: str | None = None,
    feed_title: str | None = None,
    source_id: int | None = None,
    now: datetime | None = None,
) -> Outcome:
    """Fetch ``url`` and store the article it is, or queue the links it lists."""
    if is_stored(url):
        return Outcome(url, "present", "stored already; not fetched again")
    try:
        result = fetcher.fetch(url)
    except FetchError as error:
        outcome = Outcome(url, "failed", error.message)
    else:
        outcome = _handle(
            result.content,
            result.final_url,
            fetcher,
            queue,
            source=source or default_source_name(result.final_url),
            source_id=source_id,
            feed_date=feed_date,
            feed_title=feed_title,
            fetched_at=now or datetime.now(UTC),
        )
    if outcome.status == "failed" and source_id is not None:
        registry.record_page_error(source_id, url, outcome.message)
    return outcome


def _handle(
    content: bytes,
    url: str,
    fetcher: Fetcher,
    queue: Enqueue,
    *,
    source: str,
    source_id: int | None,
    feed_date: str | None,
    feed_title: str | None,
    fetched_at: datetime,
) -> Outcome:
    try:
        kind = sniff(content)
    except NotAFeed as error:
        return Outcome(url, "failed", f"not a feed, sitemap or HTML page: {error}")
    if kind != "page":
        return _queue_links(content, kind, url, queue, source, source_id)
    try:
        page = read_page(
            content, url, fetched_at, feed_date=feed_date, feed_title=feed_title, source=source
        )
    except (NotAnArticle, DateRefused) as error:
        return Outcome(url, "failed", str(error), kind)
    result = ingest_article(page.article)
    return Outcome(
        url,
        result.status,
        kind=kind,
        published_at_source=page.date.source,
        article_id=result.article.id,
    )


def _queue_links(
    content: bytes, kind: str, url: str, queue: Enqueue, source: str, source_id: int | None
) -> Outcome:
    try:
        links = entries(content, kind, url)
    except ValueError as error:
        return Outcome(url, "failed", f"{kind} that cannot be read: {error}", kind)
    queued = 0
    for entry in links:
        try:
            canonical_url(entry.url)
        except InvalidURL:
            continue  # a feed may list mailto: or relative junk; not ours to fetch
        if kind != "sitemap-index" and is_stored(entry.url):
            continue
        queue.ingest_url(
            entry.url,
            source=source,
            feed_date=entry.published,
            feed_title=entry.title,
            source_id=source_id,
        )
        queued += 1
    return Outcome(url, "queued", kind=kind, queued=queued)
