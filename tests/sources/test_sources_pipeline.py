"""Sources end to end against the local site (SQLite, and PostgreSQL when configured): feeds
of every kind in, articles stored once under their canonical URL, with the publication time
and where it came from; every failure recorded on its source."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from timeline import jobs
from timeline.sources import registry
from timeline.store import Article, Source


@pytest.fixture
def queue(db, fetcher):
    return jobs.InlineQueue(fetcher=fetcher)


def _article(site, path):
    return Article.get_or_none(Article.url == site.url(path))


def _poll(queue):
    jobs.enqueue_due(queue)
    return queue.run_pending()


def test_rss_feed_is_followed_and_its_articles_stored_once(site, queue):
    source = registry.add_source(site.url("/feeds/rss2.xml"), every="15m", name="Harbour")
    outcomes = _poll(queue)
    assert [o.status for o in outcomes] == ["queued", "ingested", "ingested", "ingested"]
    article = _article(site, "/pages/wordpress-yoast.html")  # no utm_* in the stored URL
    assert article.source == "Harbour" and article.published_at_source == "feed"
    assert article.published_at == datetime(2022, 5, 14, 8, 30, tzinfo=UTC)
    assert article.utc_offset_minutes == 60  # the feed's own offset
    assert article.events.count() > 0  # tagged
    # the AMP page is stored under its canonical URL
    assert _article(site, "/pages/amp-story.html") is not None
    assert _article(site, "/pages/amp/amp-story.html") is None
    source = Source.get_by_id(source.id)
    assert (source.kind, source.last_status, source.last_http_status, source.last_new) == (
        "rss",
        "ok",
        200,
        3,
    )
    # not due again yet: nothing happens; forced due: nothing new is fetched
    assert _poll(queue) == []
    Source.update(next_due=datetime.now(UTC)).execute()
    hits = site.hits["/pages/wordpress-yoast.html"]
    assert [o.status for o in _poll(queue)] == ["queued"] and Source.get().last_new == 0
    assert site.hits["/pages/wordpress-yoast.html"] == hits
    assert Article.select().count() == 3


@pytest.mark.parametrize(
    "path, kind, count",
    [
        ("/feeds/rss091.xml", "rss", 2),
        ("/feeds/rss1.rdf", "rss", 1),
        ("/feeds/atom.xml", "atom", 2),
        ("/feeds/feed.json", "jsonfeed", 3),
        ("/sitemap.xml", "sitemap", 3),
        ("/news-sitemap.xml", "news-sitemap", 1),
        ("/pages/ghost.html", "page", 1),
    ],
)
def test_every_kind_of_source(site, queue, path, kind, count):
    source = registry.add_source(site.url(path))
    _poll(queue)
    assert Source.get_by_id(source.id).kind == kind
    assert Article.select().count() == count
    assert {a.source for a in Article.select()} == {"127.0.0.1"}


def test_sitemap_index_reaches_the_pages_of_its_sitemaps(site, queue):
    registry.add_source(site.url("/sitemap-index.xml"))
    _poll(queue)
    assert Article.select().count() == 4
    french = _article(site, "/pages/byline-fr.html")
    assert (french.published_at_source, french.language) == ("feed", "fr")
    assert french.published_at == datetime(2022, 5, 14, 7, 30, tzinfo=UTC)


def test_the_same_article_by_two_urls_is_stored_once(site, queue):
    queue.ingest_url(site.url("/pages/ghost.html?utm_source=newsletter&fbclid=1"))
    queue.ingest_url(site.url("/redirect/pages/ghost.html"))
    queue.ingest_url(site.url("/pages/amp/amp-story.html"))
    queue.run_pending()
    queue.ingest_url(site.url("/pages/ghost.html"))
    queue.ingest_url(site.url("/pages/amp-story.html?utm_campaign=x"))
    statuses = [o.status for o in queue.run_pending()]
    assert statuses == ["present", "present"]
    assert Article.select().count() == 2


def test_a_page_without_a_date_is_stored_with_the_fetch_time_and_flagged(site, queue):
    queue.ingest_url(site.url("/pages/no-date.html"))
    (outcome,) = queue.run_pending()
    assert outcome.flagged and "fetch time used" in str(outcome)
    article = _article(site, "/pages/no-date.html")
    assert article.published_at_source == "fetched"
    assert abs((datetime.now(UTC) - article.published_at).total_seconds()) < 60


def test_a_page_dated_in_the_future_is_refused_with_the_reason(site, queue):
    queue.ingest_url(site.url("/pages/future-date.html"))
    (outcome,) = queue.run_pending()
    assert outcome.status == "failed" and "in the future" in outcome.message
    assert Article.select().count() == 0


@pytest.mark.parametrize(
    "path, status, error",
    [
        ("/gone", 404, "HTTP 404"),
        ("/private/feed.xml", None, "robots.txt"),
        ("/robots.txt", 200, "not a feed, sitemap or HTML page"),
    ],
)
def test_failures_are_recorded_on_the_source(site, queue, path, status, error):
    source = registry.add_source(site.url(path))
    _poll(queue)
    source = Source.get_by_id(source.id)
    assert (source.last_status, source.last_http_status) == ("error", status)
    assert error in source.last_error
    assert source.next_due > datetime.now(UTC)  # due again later, on schedule


def test_a_failing_page_of_a_feed_is_shown_on_the_source(site, queue, tmp_path):
    queue.ingest_url(
        site.url("/pages/future-date.html"),
        source_id=registry.add_source(site.url("/feeds/atom.xml")).id,
    )
    queue.run_pending()
    assert "future-date.html: no plausible publication date" in Source.get().last_error


def test_conditional_get_on_the_next_poll(site, queue):
    source = registry.add_source(site.url("/etag/feeds/rss091.xml"))
    _poll(queue)
    assert Source.get_by_id(source.id).etag
    Source.update(next_due=datetime.now(UTC)).execute()
    (outcome,) = _poll(queue)
    assert outcome.status == "not-modified"
    source = Source.get_by_id(source.id)
    assert (source.last_status, source.last_http_status) == ("not-modified", 304)


def test_poll_runs_through_the_queue_of_the_database(site, db, fetcher, monkeypatch, database_url):
    """``jobs.poll``: in-process on SQLite, through procrastinate on PostgreSQL."""
    monkeypatch.setattr(jobs, "_fetcher", fetcher)
    registry.add_source(site.url("/feeds/atom.xml"))
    assert jobs.poll(database_url) == 1
    db.connect(reuse_if_open=True)
    assert Article.select().count() == 2
    assert jobs.poll(database_url) == 0


def test_claim_due_gives_each_due_source_to_one_scheduler(db):
    first = registry.add_source("http://a.example/feed", every="1h")
    registry.add_source("http://b.example/feed", every="1h")
    assert registry.claim_due() == [first.id, first.id + 1]
    assert registry.claim_due() == []


@pytest.mark.parametrize(
    "every, seconds", [("15m", 900), ("2h", 7200), ("1d", 86400), ("90s", 90), ("5", 300)]
)
def test_parse_every(every, seconds):
    assert registry.parse_every(every) == seconds


@pytest.mark.parametrize("every", ["5s", "soon", "-1m", ""])
def test_bad_intervals_are_refused(every):
    with pytest.raises(registry.SourceError):
        registry.parse_every(every)


def test_a_source_is_followed_once(db):
    registry.add_source("https://example.org/feed.xml?utm_source=x")
    with pytest.raises(registry.SourceError, match="already followed"):
        registry.add_source("https://EXAMPLE.org/feed.xml")
