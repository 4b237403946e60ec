"""Feeds and sitemaps: what a fetched document is (told from its content, never from its URL
or ``Content-Type``, which sites get wrong), and the article links it lists.

Kinds (:data:`KINDS`): ``rss`` (RSS 0.9x, 1.0 and 2.0), ``atom``, ``jsonfeed``, ``sitemap``,
``news-sitemap`` (a sitemap with Google News ``<news:publication_date>``), ``sitemap-index``
(a list of sitemaps, whose entries are sitemaps to read in turn) and ``page`` (HTML: an
article). RSS and Atom are read with feedparser, JSON Feed with :mod:`json`, sitemaps with
lxml (no entities, no network).

Each :class:`Entry` keeps the date string of its feed exactly as written (``Sat, 14 May 2022
09:30:00 +0100``), so the page's publication time keeps the feed's own offset.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from urllib.parse import urljoin

KINDS = ("rss", "atom", "jsonfeed", "sitemap", "news-sitemap", "sitemap-index", "page")
FEED_KINDS = frozenset(KINDS) - {"page"}

_PROLOGUE = re.compile(rb"^(?:\s+|<\?[^>]*\?>|<!--.*?-->|<!DOCTYPE[^>]*>)*", re.S | re.I)
_ROOT = re.compile(rb"<(?:[\w.-]+:)?([\w.-]+)")
_NEWS_NS = b"google.com/schemas/sitemap-news"
_SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
_NEWS = "{http://www.google.com/schemas/sitemap-news/0.9}"


class NotAFeed(ValueError):
    """Content that is neither a feed, a sitemap nor an HTML page."""


@dataclass(frozen=True, slots=True)
class Entry:
    """One link of a feed or sitemap: the URL, the entry's date as written, its title."""

    url: str
    published: str | None = None
    title: str | None = None


def sniff(content: bytes) -> str:
    """The kind of ``content`` (see :data:`KINDS`); raises :class:`NotAFeed`."""
    head = content[:4096].lstrip(b"\xef\xbb\xbf")
    stripped = head.lstrip()
    if stripped.startswith((b"{", b"[")):
        try:
            data = json.loads(content.decode("utf-8-sig"))
        except ValueError:
            raise NotAFeed("JSON that cannot be read") from None
        if isinstance(data, dict) and "jsonfeed.org" in str(data.get("version", "")):
            return "jsonfeed"
        raise NotAFeed("JSON, but not a JSON Feed (no jsonfeed.org version)")
    body = _PROLOGUE.sub(b"", head, count=1)
    match = _ROOT.match(body)
    if match is None:
        raise NotAFeed("neither XML, JSON nor HTML")
    root = match[1].lower()
    if root in (b"rss", b"rdf", b"channel"):
        return "rss"
    if root == b"feed":
        return "atom"
    if root == b"urlset":
        return "news-sitemap" if _NEWS_NS in head or _NEWS_NS in content[:65536] else "sitemap"
    if root == b"sitemapindex":
        return "sitemap-index"
    if root in (b"html", b"head", b"body", b"meta", b"title", b"article", b"div", b"p"):
        return "page"
    raise NotAFeed(
        f"an XML document with root <{root.decode(errors='replace')}>, not RSS, Atom or a sitemap"
    )


def entries(content: bytes, kind: str, base_url: str) -> list[Entry]:
    """The links listed by a feed or sitemap of ``kind``, resolved against ``base_url``."""
    if kind in ("rss", "atom"):
        return _feedparser_entries(content, base_url)
    if kind == "jsonfeed":
        return _json_feed_entries(content, base_url)
    if kind in ("sitemap", "news-sitemap", "sitemap-index"):
        return _sitemap_entries(content, kind, base_url)
    raise ValueError(f"not a feed kind: {kind!r}")


def _feedparser_entries(content: bytes, base_url: str) -> list[Entry]:
    import feedparser

    parsed = feedparser.parse(content, response_headers={"content-location": base_url})
    found = []
    for item in parsed.entries:
        link = item.get("link") or next(
            (link.get("href") for link in item.get("links", []) if link.get("href")), None
        )
        if not link:
            continue
        published = item.get("published") or item.get("updated") or item.get("created")
        found.append(Entry(urljoin(base_url, link.strip()), published, item.get("title")))
    return found


def _json_feed_entries(content: bytes, base_url: str) -> list[Entry]:
    data = json.loads(content.decode("utf-8-sig"))
    found = []
    for item in data.get("items") or []:
        if not isinstance(item, dict):
            continue
        link = item.get("url") or item.get("external_url")
        if isinstance(link, str) and link.strip():
            published = item.get("date_published")
            found.append(
                Entry(
                    urljoin(base_url, link.strip()),
                    published if isinstance(published, str) else None,
                    item.get("title") if isinstance(item.get("title"), str) else None,
                )
            )
    return found


def _sitemap_entries(content: bytes, kind: str, base_url: str) -> list[Entry]:
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, recover=True)
    root = etree.fromstring(content, parser)
    if root is None:
        return []
    element = "sitemap" if kind == "sitemap-index" else "url"
    found = []
    for item in root.iter(f"{_SITEMAP_NS}{element}", element):
        loc = item.findtext(f"{_SITEMAP_NS}loc") or item.findtext("loc")
        if not loc or not loc.strip():
            continue
        published = item.findtext(f"{_NEWS}news/{_NEWS}publication_date")
        title = item.findtext(f"{_NEWS}news/{_NEWS}title")
        found.append(
            Entry(urljoin(base_url, loc.strip()), published.strip() if published else None, title)
        )
    return found
