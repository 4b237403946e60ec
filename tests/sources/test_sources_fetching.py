"""The fetcher as a good citizen, against the local fixture site: redirects, conditional GET,
retries for 429/5xx/timeouts and none for 4xx, size limits, robots.txt, User-Agent, and the
per-host pause."""

from __future__ import annotations

import time

import pytest
from source_helpers import FAST

from timeline.sources.fetching import USER_AGENT, Fetcher, FetchError, FetchPolicy


def test_redirect_is_followed_and_the_final_url_kept(site, fetcher):
    result = fetcher.fetch(site.url("/redirect/pages/ghost.html"))
    assert result.status == 200
    assert result.final_url == site.url("/pages/ghost.html")
    assert result.url == site.url("/redirect/pages/ghost.html")


def test_conditional_get_answers_304(site, fetcher):
    first = fetcher.fetch(site.url("/etag/feeds/rss2.xml"))
    assert first.status == 200 and first.etag
    again = fetcher.fetch(site.url("/etag/feeds/rss2.xml"), etag=first.etag)
    assert again.not_modified and again.content == b""


def test_429_then_500_then_200_is_retried_to_success(site, fetcher):
    result = fetcher.fetch(site.url("/flaky/pages/joomla.html"))
    assert (result.status, result.attempts) == (200, 3)
    assert b"Joomla" in result.content or b"<html" in result.content


def test_4xx_is_final_at_once(site, fetcher):
    before = site.hits["/gone"]
    with pytest.raises(FetchError, match="HTTP 404") as caught:
        fetcher.fetch(site.url("/gone"))
    assert caught.value.status == 404
    assert site.hits["/gone"] - before == 1


def test_a_server_that_never_answers_times_out_after_the_retries(site):
    fetcher = Fetcher(
        FetchPolicy(timeout=0.5, retries=1, backoff=0.01, per_host_interval=0, allow_private=True)
    )
    started = time.monotonic()
    with pytest.raises(FetchError, match=r"timed out .*after 2 attempts"):
        fetcher.fetch(site.url("/never"))
    assert time.monotonic() - started < 5


def test_a_50_mb_page_is_abandoned_past_the_size_limit(site, fetcher):
    started = time.monotonic()
    with pytest.raises(FetchError, match="larger than the limit of 5,242,880 bytes"):
        fetcher.fetch(site.url("/huge"))
    assert time.monotonic() - started < 10


def test_a_declared_length_over_the_limit_is_not_read(site):
    fetcher = Fetcher(FetchPolicy(max_bytes=100, per_host_interval=0, allow_private=True))
    with pytest.raises(FetchError, match=r"larger than the limit of 100 bytes \("):
        fetcher.fetch(site.url("/pages/ghost.html"))


def test_robots_txt_is_obeyed_and_the_user_agent_sent(site, fetcher):
    with pytest.raises(FetchError, match="robots.txt"):
        fetcher.fetch(site.url("/private/secret.html"))
    assert site.hits["/private/secret.html"] == 0
    fetcher.fetch(site.url("/pages/ghost.html"))
    assert USER_AGENT in site.user_agents


def test_requests_to_one_host_are_spaced():
    slept = []
    now = [100.0]
    fetcher = Fetcher(FetchPolicy(per_host_interval=2.0), sleep=slept.append, clock=lambda: now[0])
    for _ in range(3):
        fetcher._wait_for_host("http://a.example/x")
    fetcher._wait_for_host("http://b.example/x")
    assert slept == [2.0, 4.0]  # the third waits for the second; another host does not


@pytest.mark.parametrize("url", ["ftp://example.org/feed", "javascript:alert(1)", "/relative"])
def test_only_http_urls_are_fetched(url):
    with pytest.raises(FetchError, match="not an http or https URL"):
        Fetcher(FAST).fetch(url)
