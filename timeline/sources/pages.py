"""Article pages: fetched HTML in, an :class:`~timeline.articles.ArticleInput` out.

The page is parsed once with lxml; the title, language and canonical URL come from its
metadata, the publication time from :mod:`timeline.sources.dates`, and the article text from
trafilatura (main text only: navigation, comments, related boxes left out).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from lxml import html as lxml_html

from timeline.articles import ArticleInput
from timeline.sources.canonical import page_canonical
from timeline.sources.dates import FoundDate, Page, find_published_at


class NotAnArticle(ValueError):
    """A page from which no article could be read (no text, no title)."""


@dataclass(frozen=True, slots=True)
class ReadPage:
    """An article read from a page, and the publication date with where it came from."""

    article: ArticleInput
    date: FoundDate


def parse_html(content: bytes | str) -> lxml_html.HtmlElement:
    """The page as an lxml tree (bytes: the ``<meta charset>`` decides the encoding)."""
    try:
        return lxml_html.document_fromstring(content)
    except (ValueError, lxml_html.etree.ParserError) as error:
        raise NotAnArticle(f"not HTML that can be read: {error}") from None


def read_page(
    content: bytes | str,
    url: str,
    fetched_at: datetime,
    *,
    feed_date: str | None = None,
    feed_title: str | None = None,
    source: str | None = None,
) -> ReadPage:
    """Read an article page fetched from ``url`` (the final URL, after redirects).

    Raises :class:`NotAnArticle` when there is no text, and
    :class:`~timeline.sources.dates.DateRefused` when only implausible dates were found.
    """
    tree = parse_html(content)
    language = page_language(tree)
    date = find_published_at(Page(tree, url, fetched_at, language, feed_date))
    canonical = page_canonical(url, declared_canonical(tree))
    title = page_title(tree) or (feed_title or "").strip()
    body = article_text(content, url)
    if not title:
        raise NotAnArticle("no title (no og:title, <h1> or <title>)")
    if not body:
        raise NotAnArticle("no article text found")
    article = ArticleInput(
        title=title,
        body=body,
        published_at=date.moment,
        has_time=date.has_time,
        url=canonical,
        source=source,
        language=(language or "en").split("-")[0].lower(),
        published_at_source=date.source,
    )
    return ReadPage(article, date)


def _meta(tree: lxml_html.HtmlElement, *names: str) -> str | None:
    wanted = {name.lower() for name in names}
    for meta in tree.iterfind(".//meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("http-equiv") or "").lower()
        if key in wanted and (meta.get("content") or "").strip():
            return meta.get("content").strip()
    return None


def page_title(tree: lxml_html.HtmlElement) -> str | None:
    """``og:title``, else the first ``<h1>``, else ``<title>``."""
    title = _meta(tree, "og:title", "twitter:title")
    if title:
        return " ".join(title.split())
    for path in (".//h1", ".//title"):
        element = tree.find(path)
        if element is not None:
            text = " ".join(element.text_content().split())
            if text:
                return text
    return None


def page_language(tree: lxml_html.HtmlElement) -> str | None:
    """The ``<html lang>``, else ``Content-Language`` or ``og:locale``."""
    lang = tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang")
    lang = lang or _meta(tree, "content-language", "og:locale", "language")
    return lang.strip().replace("_", "-") if lang and lang.strip() else None


def declared_canonical(tree: lxml_html.HtmlElement) -> str | None:
    """What the page says its URL is: ``<link rel="canonical">``, else ``og:url``."""
    for link in tree.iterfind(".//link[@rel]"):
        if "canonical" in link.get("rel", "").lower().split() and link.get("href"):
            return link.get("href")
    return _meta(tree, "og:url")


def article_text(content: bytes | str, url: str) -> str:
    """The main text of the page, paragraphs separated by blank lines ('' when none)."""
    import trafilatura

    text = trafilatura.extract(
        content,
        url=url,
        include_comments=False,
        include_tables=False,
        with_metadata=False,
        deduplicate=False,
        favor_recall=True,
    )
    if not text:
        return ""
    return "\n\n".join(line.strip() for line in text.splitlines() if line.strip())
