"""Canonical URLs: tracking parameters, AMP variants and rel=canonical lead to one URL."""

from __future__ import annotations

import pytest

from timeline.sources.canonical import InvalidURL, canonical_url, page_canonical


@pytest.mark.parametrize(
    "given, expected",
    [
        (
            "https://News.Example.org:443/a/story.html?utm_source=rss&utm_medium=feed",
            "https://news.example.org/a/story.html",
        ),
        (
            "http://example.org:80/story?b=2&fbclid=xyz&a=1#comments",
            "http://example.org/story?a=1&b=2",
        ),
        ("https://example.org/news/story/amp", "https://example.org/news/story/"),
        ("https://example.org/amp/news/story.html", "https://example.org/news/story.html"),
        ("https://example.org/news/story.amp.html", "https://example.org/news/story.html"),
        ("https://example.org/news/story.html?amp=1", "https://example.org/news/story.html"),
        ("https://amp.example.org/news/story.html", "https://example.org/news/story.html"),
        ("https://example.org", "https://example.org/"),
        ("http://127.0.0.1:8123/p?id=7", "http://127.0.0.1:8123/p?id=7"),
    ],
)
def test_canonical_url(given, expected):
    assert canonical_url(given) == expected
    assert canonical_url(expected) == expected  # idempotent


@pytest.mark.parametrize(
    "bad", ["ftp://example.org/x", "example.org/x", "http:///x", "http://example.org:99999/"]
)
def test_not_http_urls_are_refused(bad):
    with pytest.raises(InvalidURL):
        canonical_url(bad)


def test_the_page_declared_canonical_wins_on_the_same_site():
    assert (
        page_canonical("https://www.example.org/amp/s.html", "/s.html")
        == "https://www.example.org/s.html"
    )
    assert (
        page_canonical("https://www.example.org/s.html?utm_term=x", "https://example.org/s.html")
        == "https://example.org/s.html"
    )


def test_a_canonical_on_another_site_is_ignored():
    assert (
        page_canonical("https://example.org/s.html", "https://evil.example.net/s.html")
        == "https://example.org/s.html"
    )
