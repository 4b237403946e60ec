"""Publication dates of web pages: where to look, in which order of trust, and how to read
what is found.

:func:`find_published_at` runs the finders of :data:`FINDERS` in order, most trusted first:

====================  =========================================================================
``feed``              the date the feed entry gave (passed in by the caller)
``json-ld``           ``datePublished`` of the page's own Article/NewsArticle/BlogPosting object
``opengraph``         ``<meta property="article:published_time">``
``meta``              other meta tags and microdata (``pubdate``, ``DC.date.issued``,
                      ``parsely-pub-date``, ``itemprop="datePublished"`` ...)
``time``              a ``<time datetime>`` element of the article (not of a related-articles box,
                      navigation, sidebar or footer)
``url``               a day in the URL path (``/2022/05/14/``, ``/2022-05-14-``)
``byline``            the visible byline: "Published 14 May 2022, 09:30 BST", "14 мая 2022",
                      "vor 2 Stunden", read with dateparser in the page's language
====================  =========================================================================

The first plausible date wins and the answer says which finder gave it
(``published_at_source``). A date more than :data:`FUTURE_TOLERANCE` after the fetch or before
:data:`EARLIEST` (the first web page) is not plausible: it is set aside with a reason and the
next finder is asked. When only implausible dates were found the page is refused
(:class:`DateRefused`); when none was found at all, the fetch time stands in, with
``published_at_source = "fetched"`` so the article is flagged, never silently dated.

A date without a UTC offset takes the offset of another date on the same page that has one
(sites write the same zone everywhere), else UTC. Named zones the text gives ("BST", "ET",
"Kyiv time", "МСК") bind to the clock time; relative bylines ("2 hours ago") count back from
the fetch time.
"""

from __future__ import annotations

import email.utils
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from lxml import html as lxml_html

#: The first web page went online on 6 August 1991: no web page was published before.
EARLIEST = datetime(1991, 8, 6, tzinfo=UTC)
#: How far after the fetch a publication time may lie (clock skew, a zone written wrongly).
FUTURE_TOLERANCE = timedelta(days=1)

_ARTICLE_TYPES = frozenset(
    {
        "article",
        "newsarticle",
        "blogposting",
        "reportagenews",
        "analysisnewsarticle",
        "opinionnewsarticle",
        "reviewnewsarticle",
        "backgroundnewsarticle",
        "liveblogposting",
        "scholarlyarticle",
        "techarticle",
        "report",
        "webpage",
        "posting",
        "socialmediaposting",
    }
)
_OPENGRAPH = (
    "article:published_time",
    "og:article:published_time",
    "og:published_time",
    "article:published",
)
_META_NAMES = (
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "publication_date",
    "published_time",
    "published-date",
    "article:published_time",
    "article.published",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date.created",
    "dcterms.created",
    "dc.date",
    "dcterms.date",
    "citation_publication_date",
    "citation_date",
    "parsely-pub-date",
    "sailthru.date",
    "date",
    "datepublished",
    "originalpublicationdate",
    "article_date_original",
    "cxenseparse:recs:publishtime",
    "timestamp",
)
#: Class or id words of containers whose dates are not the article's own.
_ELSEWHERE = re.compile(
    r"related|recommend|more-?stories|read-?more|teaser|sidebar|trending|popular|most-?read|"
    r"comment|footer|nav|promo|also|latest|widget|newsletter|other",
    re.I,
)
_ELSEWHERE_TAGS = frozenset({"aside", "nav", "footer"})
#: Class or id words of elements that hold a byline or dateline.
_BYLINE = re.compile(
    r"byline|dateline|date|time|publi|posted|meta|article-info|story-info|"
    r"timestamp|datum|data",
    re.I,
)
#: Words that introduce a publication date in a byline (stripped before parsing); words that
#: introduce an *update* date mark the snippet as less trusted.
_PUBLISHED_WORDS = re.compile(
    r"^\s*(?:first\s+)?(?:published(?:\s+on)?|posted(?:\s+on)?|date|dated|on|"
    r"veröffentlicht(?:\s+am)?|erschienen(?:\s+am)?|stand|"
    r"publié(?:\s+le)?|mis\s+en\s+ligne(?:\s+le)?|le|"
    r"опубликовано|дата\s+публикации|опубліковано|дата\s+публікації|"
    r"publicado(?:\s+el)?|pubblicato(?:\s+il)?)\s*[:\-–—]?\s*",
    re.I,
)
_UPDATED_WORDS = re.compile(
    r"updated|aktualisiert|mis\s+à\s+jour|обновлено|оновлено|actualizado|aggiornato", re.I
)
#: Zone names dateparser does not know, or knows with a fixed offset where the zone has
#: summer time: bound with zoneinfo to the date they qualify.
_NAMED_ZONES = (
    (re.compile(r"\b(?:ET|Eastern(?:\s+Time)?)\b"), "America/New_York"),
    (re.compile(r"\b(?:CT|Central\s+Time)\b"), "America/Chicago"),
    (re.compile(r"\b(?:MT|Mountain\s+Time)\b"), "America/Denver"),
    (re.compile(r"\b(?:PT|Pacific\s+Time)\b"), "America/Los_Angeles"),
    (
        re.compile(
            r"\b(?:Kyiv|Kiev)\s+time\b|за\s+київським\s+часом|\(?\bкиївського\s+часу\)?", re.I
        ),
        "Europe/Kyiv",
    ),
    (re.compile(r"\bMoscow\s+time\b|\bМСК\b|по\s+московскому\s+времени", re.I), "Europe/Moscow"),
    (re.compile(r"\bBerlin\s+time\b", re.I), "Europe/Berlin"),
    (re.compile(r"\bParis\s+time\b|heure\s+de\s+Paris", re.I), "Europe/Paris"),
)
_URL_DAY = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})(?P<sep>[/_-])(?P<m>0?[1-9]|1[0-2])(?P=sep)"
    r"(?P<d>0?[1-9]|[12]\d|3[01])(?!\d)"
    r"|/(?P<y2>(?:19|20)\d{2})(?P<m2>0[1-9]|1[0-2])(?P<d2>0[1-9]|[12]\d|3[01])(?=[/_.-])"
)
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_FRENCH_HOURS = re.compile(r"(\d{1,2})\s*h\s*(\d{2})\b")
_UHR = re.compile(r"\s*\bUhr\b", re.I)


class DateRefused(ValueError):
    """Dates were found, but none is plausible; ``reason`` says why."""

    def __init__(self, reason: str):
        self.reason = reason
        super().__init__(reason)


@dataclass(frozen=True, slots=True)
class Candidate:
    """A date string found by one finder, before it is read."""

    source: str
    text: str


@dataclass(frozen=True, slots=True)
class FoundDate:
    """A publication time: aware (``moment`` in the page's own offset), whether it had a time of
    day, which finder gave it, the text it was read from, and the candidates set aside."""

    moment: datetime
    has_time: bool
    source: str
    text: str = ""
    refused: tuple[str, ...] = field(default=())

    @property
    def flagged(self) -> bool:
        """True when no date was found and the fetch time stands in."""
        return self.source == "fetched"


@dataclass(slots=True)
class Page:
    """What the finders look at: the parsed HTML (or ``None``), its URL and language, the
    fetch time, and the feed entry's date if the page came from a feed."""

    tree: lxml_html.HtmlElement | None
    url: str
    fetched_at: datetime
    language: str | None = None
    feed_date: str | None = None


# --- the finders, in order of trust ----------------------------------------------------------


def from_feed(page: Page) -> Iterator[Candidate]:
    if page.feed_date:
        yield Candidate("feed", page.feed_date)


def from_json_ld(page: Page) -> Iterator[Candidate]:
    """``datePublished`` of the page's own article object; objects nested in another one
    (related articles, item lists) are not the page's."""
    if page.tree is None:
        return
    own, others = [], []
    for script in page.tree.iterfind(".//script[@type]"):
        if script.get("type", "").strip().lower() != "application/ld+json":
            continue
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        for item in _top_level_objects(data):
            types = item.get("@type")
            types = types if isinstance(types, list) else [types]
            if not any(isinstance(t, str) and t.lower() in _ARTICLE_TYPES for t in types):
                continue
            published = item.get("datePublished") or item.get("dateCreated")
            if isinstance(published, str) and published.strip():
                target = own if _is_this_page(item, page.url) else others
                target.append(Candidate("json-ld", published))
    yield from own
    yield from others


def _top_level_objects(data: object) -> Iterator[dict]:
    if isinstance(data, list):
        for item in data:
            yield from _top_level_objects(item)
    elif isinstance(data, dict):
        if isinstance(data.get("@graph"), list):
            yield from (item for item in data["@graph"] if isinstance(item, dict))
        else:
            yield data


def _is_this_page(item: dict, url: str) -> bool:
    page = item.get("mainEntityOfPage")
    if isinstance(page, dict):
        page = page.get("@id") or page.get("url")
    declared = [
        value for value in (item.get("url"), page, item.get("@id")) if isinstance(value, str)
    ]
    if not declared:
        return True  # an article object that names no URL describes the page it is on
    path = url.split("?")[0].rstrip("/")
    return any(
        value.split("?")[0].rstrip("/").endswith(path.split("/", 3)[-1]) for value in declared
    )


def from_opengraph(page: Page) -> Iterator[Candidate]:
    for name in _OPENGRAPH:
        for content in _meta_values(page, name):
            yield Candidate("opengraph", content)


def from_meta(page: Page) -> Iterator[Candidate]:
    for name in _META_NAMES:
        for content in _meta_values(page, name):
            yield Candidate("meta", content)
    if page.tree is None:
        return
    for element in page.tree.iterfind(".//*[@itemprop]"):
        if element.get("itemprop", "").lower() == "datepublished" and not _elsewhere(element):
            value = element.get("content") or element.get("datetime") or element.text_content()
            if value and value.strip():
                yield Candidate("meta", value)
    for element in page.tree.iterfind(".//*[@title]"):  # microformats: hAtom, h-entry
        classes = set(element.get("class", "").split())
        if classes & {"published", "dt-published"} and not _elsewhere(element):
            yield Candidate("meta", element.get("title"))


def _meta_values(page: Page, name: str) -> Iterator[str]:
    if page.tree is None:
        return
    for meta in page.tree.iterfind(".//meta"):
        key = (
            meta.get("property")
            or meta.get("name")
            or meta.get("itemprop")
            or meta.get("http-equiv")
            or ""
        )
        if key.strip().lower() == name and (meta.get("content") or "").strip():
            yield meta.get("content")


def from_time_elements(page: Page) -> Iterator[Candidate]:
    """``<time>`` elements of the article: those marked as the publication time first
    (``pubdate``, ``itemprop``, a class naming "publish"), then the others in document order,
    leaving out related-article boxes, navigation, sidebars and footers, and update times."""
    if page.tree is None:
        return
    marked, plain = [], []
    for element in page.tree.iter("time"):
        if _elsewhere(element):
            continue
        marks = " ".join(
            filter(
                None,
                (
                    element.get("class"),
                    element.get("itemprop"),
                    element.getparent().get("class") if element.getparent() is not None else None,
                ),
            )
        )
        if _UPDATED_WORDS.search(marks) or re.search(r"modified", marks, re.I):
            continue
        value = element.get("datetime") or element.text_content()
        if not value or not value.strip():
            continue
        is_marked = element.get("pubdate") is not None or re.search(
            r"publish|pubdate|posted", marks, re.I
        )
        (marked if is_marked else plain).append(Candidate("time", value))
    yield from marked
    yield from plain


def from_url(page: Page) -> Iterator[Candidate]:
    match = _URL_DAY.search(page.url.split("?")[0])
    if match:
        if match["y"]:
            year, month, day = match["y"], match["m"], match["d"]
        else:
            year, month, day = match["y2"], match["m2"], match["d2"]
        yield Candidate("url", f"{int(year):04d}-{int(month):02d}-{int(day):02d}")


def from_byline(page: Page) -> Iterator[Candidate]:
    """Short texts of byline-like elements (class or id naming a date, byline, meta line) in
    document order, outside related-article boxes; publication wording before update wording."""
    if page.tree is None:
        return
    updates = []
    for element in page.tree.iter():
        if not isinstance(element.tag, str) or element.tag in ("script", "style", "time"):
            continue
        marks = f"{element.get('class', '')} {element.get('id', '')}"
        if not _BYLINE.search(marks) or _elsewhere(element):
            continue
        text = " ".join(element.text_content().split())
        if (
            not text
            or len(text) > 160
            or not re.search(r"\d|ago|tage|назад|тому|hier|вчера", text, re.I)
        ):
            continue
        for part in re.split(r"\s[|·•]\s|;\s", text):
            candidate = Candidate("byline", part)
            if _UPDATED_WORDS.search(part):
                updates.append(candidate)
            else:
                yield candidate
    yield from updates


def _elsewhere(element: lxml_html.HtmlElement) -> bool:
    """Whether ``element`` sits in a box about other pages (related, sidebar, footer ...)."""
    node = element
    while node is not None:
        if node.tag in _ELSEWHERE_TAGS:
            return True
        marks = f"{node.get('class', '')} {node.get('id', '')}"
        if marks.strip() and _ELSEWHERE.search(marks) and node.tag not in ("html", "body"):
            return True
        node = node.getparent()
    return False


#: The finders in order of trust, as data: ``(published_at_source, finder)``.
FINDERS: tuple[tuple[str, Callable[[Page], Iterator[Candidate]]], ...] = (
    ("feed", from_feed),
    ("json-ld", from_json_ld),
    ("opengraph", from_opengraph),
    ("meta", from_meta),
    ("time", from_time_elements),
    ("url", from_url),
    ("byline", from_byline),
)


# --- reading a date string --------------------------------------------------------------------


def read_date(
    text: str, *, languages: tuple[str, ...] | None = None, relative_base: datetime | None = None
) -> tuple[datetime, bool] | None:
    """A date string as ``(datetime, has_time)``; the datetime is naive when the text gave no
    offset or zone. ISO 8601 and RFC 822 (feeds) are read exactly; anything else goes to
    dateparser with ``languages`` (and English), relative phrases counting back from
    ``relative_base`` (naive UTC). ``None`` when nothing could be read."""
    cleaned = " ".join(text.split())
    if not cleaned or len(cleaned) > 200:
        return None
    exact = _read_exact(cleaned)
    if exact is not None:
        return exact
    cleaned = _PUBLISHED_WORDS.sub("", cleaned, count=1)
    cleaned = _PUBLISHED_WORDS.sub("", cleaned, count=1)  # "Published: on ..."
    zone = None
    for pattern, name in _NAMED_ZONES:
        if pattern.search(cleaned):
            zone = ZoneInfo(name)
            cleaned = pattern.sub(" ", cleaned)
            break
    cleaned = _UHR.sub("", _FRENCH_HOURS.sub(r"\1:\2", cleaned)).strip(" ,.:()-–—")
    if not re.search(r"\d", cleaned) and not re.search(r"[^\W\d_]{3,}", cleaned):
        return None
    parsed = _dateparser(cleaned, languages, relative_base)
    if parsed is None:
        return None
    moment, has_time = parsed
    if zone is not None and moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone)
        moment = moment.astimezone(timezone(moment.utcoffset() or timedelta(0)))
    return moment, has_time


def _read_exact(text: str) -> tuple[datetime, bool] | None:
    if _ISO_DATE.match(text):
        try:
            return datetime.fromisoformat(text), False
        except ValueError:
            return None
    if re.match(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}|^\d{8}T\d{4}", text):
        try:
            return datetime.fromisoformat(text.replace("z", "Z")), True
        except ValueError:
            pass
    if re.match(r"^(?:[A-Z][a-z]{2},\s*)?\d{1,2}\s+[A-Z][a-z]{2}\s+\d{4}\s+\d", text):
        try:
            moment = email.utils.parsedate_to_datetime(text)
        except (TypeError, ValueError):
            return None
        # A zone the RFC does not know ("BST") comes back naive: dateparser knows more.
        return (moment, True) if moment.tzinfo is not None else None
    return None


def _dateparser(
    text: str, languages: tuple[str, ...] | None, relative_base: datetime | None
) -> tuple[datetime, bool] | None:
    from dateparser.date import DateDataParser
    from dateparser.search import search_dates

    settings = dict(_SETTINGS)
    if relative_base is not None:
        settings["RELATIVE_BASE"] = relative_base
    names = list(languages) if languages else None
    parser = DateDataParser(languages=names, settings=settings)
    data = parser.get_date_data(text)
    if data.date_obj is None:
        # A byline with more than the date in it ("By Jane Doe, 14 May 2022"): look for the
        # date inside; only a match with a digit counts (not a stray "now" or "may").
        for found_text, _moment in search_dates(text, languages=names, settings=settings) or ():
            if re.search(r"\d", found_text):
                data = parser.get_date_data(found_text)
                break
    if data.date_obj is None:
        return None
    return data.date_obj, data.period == "time"


_SETTINGS = {
    "RETURN_TIME_AS_PERIOD": True,
    "PREFER_DATES_FROM": "past",
    "PREFER_DAY_OF_MONTH": "first",
}


# --- the pipeline -----------------------------------------------------------------------------


def find_published_at(page: Page) -> FoundDate:
    """The publication time of ``page`` (see the module docs); raises :class:`DateRefused`
    when dates were found but none is plausible."""
    fetched = page.fetched_at.astimezone(UTC)
    languages = _languages(page.language)
    base = fetched.replace(tzinfo=None)
    refused: list[str] = []
    chosen: tuple[Candidate, datetime, bool] | None = None
    hint = None
    for candidate in _candidates(page):
        parsed = read_date(candidate.text, languages=languages, relative_base=base)
        if parsed is None:
            continue
        moment, has_time = parsed
        if hint is None and moment.tzinfo is not None and has_time:
            hint = moment.tzinfo
        if chosen is not None:
            if hint is not None:
                break  # the chosen time without a zone now has the page's offset
            continue
        reason = implausible(_aware(moment, has_time, None), fetched)
        if reason:
            refused.append(f"{candidate.source} {candidate.text.strip()!r}: {reason}")
            continue
        chosen = (candidate, moment, has_time)
        if moment.tzinfo is not None or not has_time:
            break  # nothing later can change it: stop before the costlier finders
    if chosen is None:
        if refused:
            raise DateRefused("no plausible publication date: " + "; ".join(refused))
        return FoundDate(fetched, True, "fetched", "")
    candidate, moment, has_time = chosen
    aware = _aware(moment, has_time, hint)
    reason = implausible(aware, fetched)
    if reason:  # the page's offset moved it out of bounds (a day's tolerance: rare)
        raise DateRefused(
            f"no plausible publication date: {candidate.source} "
            f"{candidate.text.strip()!r}: {reason}"
        )
    return FoundDate(aware, has_time, candidate.source, candidate.text.strip(), tuple(refused))


def _candidates(page: Page) -> Iterator[Candidate]:
    for _name, finder in FINDERS:
        yield from finder(page)


def implausible(moment: datetime, fetched_at: datetime) -> str | None:
    """Why ``moment`` cannot be a publication time of a page fetched at ``fetched_at``, or
    ``None`` when it can."""
    if moment < EARLIEST:
        return f"{moment.isoformat()} is before the web (first page: 1991-08-06)"
    if moment > fetched_at + FUTURE_TOLERANCE:
        fetched = fetched_at.isoformat(timespec="seconds")
        return f"{moment.isoformat()} is in the future (fetched {fetched})"
    return None


def _aware(moment: datetime, has_time: bool, hint) -> datetime:
    if moment.tzinfo is not None:
        return moment.astimezone(timezone(moment.utcoffset() or timedelta(0)))
    if not has_time:
        return moment.replace(tzinfo=UTC)  # a date is midnight UTC, as for JSON articles
    return moment.replace(tzinfo=hint or UTC)


def _languages(language: str | None) -> tuple[str, ...] | None:
    if not language:
        return None
    primary = language.split("-")[0].split("_")[0].lower()
    return (primary,) if primary == "en" else (primary, "en")
