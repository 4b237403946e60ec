"""Feeds and sitemaps told apart by content, and the links each lists."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.sources.feeds import NotAFeed, entries, sniff

SITE = Path(__file__).resolve().parent / "site"
BASE = "http://127.0.0.1:9"


def _content(name: str) -> bytes:
    return (SITE / name).read_bytes().replace(b"{{base}}", BASE.encode())


@pytest.mark.parametrize(
    "name, kind",
    [
        ("feeds/rss2.xml", "rss"),
        ("feeds/rss091.xml", "rss"),
        ("feeds/rss1.rdf", "rss"),
        ("feeds/atom.xml", "atom"),
        ("feeds/feed.json", "jsonfeed"),
        ("sitemap.xml", "sitemap"),
        ("news-sitemap.xml", "news-sitemap"),
        ("sitemap-index.xml", "sitemap-index"),
        ("pages/ghost.html", "page"),
    ],
)
def test_kind_is_told_by_content(name, kind):
    assert sniff(_content(name)) == kind


@pytest.mark.parametrize(
    "content, problem",
    [
        (b'{"items": []}', "not a JSON Feed"),
        (b"<svg xmlns='http://www.w3.org/2000/svg'/>", "root <svg>"),
        (b"just text", "neither XML, JSON nor HTML"),
    ],
)
def test_other_content_is_refused_with_a_reason(content, problem):
    with pytest.raises(NotAFeed, match=problem):
        sniff(content)


def test_rss2_entries_keep_the_feed_date_as_written():
    found = entries(_content("feeds/rss2.xml"), "rss", BASE)
    assert found[0].url == f"{BASE}/pages/wordpress-yoast.html?utm_source=rss&utm_medium=feed"
    assert found[0].published == "Sat, 14 May 2022 09:30:00 +0100"
    assert len(found) == 3


def test_rss091_entries_have_no_dates():
    found = entries(_content("feeds/rss091.xml"), "rss", BASE)
    assert [e.published for e in found] == [None, None] and len(found) == 2


def test_atom_relative_links_resolve_and_updated_stands_in_for_published():
    found = entries(_content("feeds/atom.xml"), "atom", f"{BASE}/feeds/atom.xml")
    assert found[0].published == "2022-04-30T19:12:44Z"
    assert found[1].url == f"{BASE}/pages/arc-xp.html"
    assert found[1].published == "2022-05-11T13:20:00Z"


def test_json_feed_uses_url_or_external_url():
    found = entries(_content("feeds/feed.json"), "jsonfeed", BASE)
    assert [e.url.rsplit("/", 1)[-1] for e in found] == [
        "opengraph-only.html",
        "byline-de.html",
        "time-only.html",
    ]
    assert found[1].published == "2022-05-14T09:30:00+02:00"


def test_news_sitemap_has_publication_dates_and_a_sitemap_has_none():
    (news,) = entries(_content("news-sitemap.xml"), "news-sitemap", BASE)
    assert news.published == "2022-05-14T09:30:00+02:00" and news.title
    plain = entries(_content("sitemap.xml"), "sitemap", BASE)
    assert len(plain) == 3 and all(e.published is None for e in plain)  # lastmod is no date


def test_sitemap_index_lists_sitemaps():
    found = entries(_content("sitemap-index.xml"), "sitemap-index", BASE)
    assert [e.url for e in found] == [f"{BASE}/sitemap.xml", f"{BASE}/news-sitemap.xml"]
