"""The web page: server-rendered views of the stored timeline, for people rather than programs.

The blueprint :data:`bp` serves three pages from the same Flask app as the REST API:

``/``
    The timeline, in two views of the same filters (time window, text, source), which the
    page carries as a form filled from the query string so that a URL shares a view. A URL
    without a window opens on the days the stored articles were published in (a redirect, so
    the URL says so).

    ``view=happenings`` (the default): ``static/app/happenings.js`` loads the key dates from
    ``GET /api/v1/digest`` and one card per happening from ``GET /api/v1/happenings`` (page by
    page through the API's cursor), each card expandable to its reports
    (``GET /api/v1/happenings/<id>``).

    ``view=statements``: every dated statement. ``static/app/timeline.js`` loads them from
    ``GET /api/v1/events`` with the same filters, page by page (``Link: rel="next"``), so the
    page shows exactly what the API serves and a large timeline is never loaded at once;
    statements dated only by their publication are left out unless asked for. Above them,
    ``overview.js`` draws the events per day, week or month from ``GET /api/v1/timeline``,
    each bar a link to its window; with a window set, events already under way before it are
    folded into one group.
``/articles/<id>``
    One article, rendered on the server: its text with every resolved temporal expression
    highlighted, each one focusable and explained (TIMEX3 value, mod, interval, granularity and
    the rule that produced it), followed by the same facts as a table and the article's events.
``/try``
    The "try it" panel: ``static/app/try.js`` sends the text and a reference date to
    ``POST /api/v1/resolve`` as you type, and can store the text as an article through
    ``POST /api/v1/articles`` (sending an API key when the server requires one).

Templates live in ``api/templates``; the page's own CSS and JavaScript in ``api/static/app``,
served under ``/assets``. There is no build step and no third-party script: the page works on
a machine without network access.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from flask import Blueprint, current_app, redirect, render_template, request, url_for
from peewee import fn

from api.downloads import download_links
from timeline.articles import is_web_url, parse_moment
from timeline.exports import zone_name
from timeline.queries import article_detail, list_sources
from timeline.store import Article, UTCDateTimeField

bp = Blueprint(
    "web",
    __name__,
    template_folder="templates",
    static_folder="static/app",
    static_url_path="/assets",
)
# Only http(s) links are rendered as links: a stored "javascript:" URL stays text.
bp.add_app_template_global(is_web_url, "is_web_url")

#: The query-string filters of the statements view; the same names as ``GET /api/v1/events``.
#: The one list: every page carries it to the scripts (``<html data-filters>``, read by
#: ``common.js``).
FILTERS = ("from", "to", "q", "source", "place", "basis", "coarsest", "article")


@bp.app_context_processor
def _page_filters() -> dict[str, str]:
    return {"page_filters": " ".join(FILTERS)}


#: The query-string filters of the happenings view's form; the same names as
#: ``GET /api/v1/happenings`` and ``GET /api/v1/digest`` (the key dates). The page carries
#: them to ``happenings.js`` (``data-filters`` of the key dates).
HAPPENING_FILTERS = ("from", "to", "q", "source", "place")

#: What the happenings view passes from its URL to ``GET /api/v1/happenings``: its filters,
#: the granularity bounds a URL may set, and the order (``data-filters`` of the list).
HAPPENING_QUERY = (*HAPPENING_FILTERS, "finest", "coarsest", "order")

#: The views of the timeline page: what happened (grouped), or every dated statement.
VIEWS = ("happenings", "statements")

#: Sentences the try-it panel offers to fill in (label, sentence): one per kind of expression.
EXAMPLES = (
    ("late Wednesday", "Officials said late Wednesday that the talks had failed."),
    ("since the beginning of April", "Shelling has continued since the beginning of April."),
    ("the past day", "The governor said the past day was the quietest in weeks."),
    ("two days later", "The strike hit the depot on May 3. Two days later, the convoy left."),
    ("every Friday", "The ministers will meet next month and every Friday after that."),
)

#: Choices of the "coarsest" filter: drop events dated more vaguely than this granularity.
COARSEST = (
    ("day", "a day or finer"),
    ("week", "a week or finer"),
    ("month", "a month or finer"),
    ("year", "a year or finer"),
)


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of article text: plain (``mention is None``) or one highlighted expression."""

    text: str
    mention: dict[str, Any] | None = None


def segments(body: str, mentions: Iterable[dict[str, Any]]) -> Iterator[Segment]:
    """Cut ``body`` into plain runs and expression runs, in text order.

    ``mentions`` are the API's mention objects (``start``/``end`` offsets into ``body``). One
    that overlaps an earlier one (which the tagger should not produce, but a stored row might)
    is left out of the highlighting rather than garbling the text; the table lists it anyway.
    """
    position = 0
    for mention in sorted(mentions, key=lambda m: (m["start"], -m["end"])):
        start, end = mention["start"], mention["end"]
        if start < position or end > len(body) or start >= end:
            continue
        if start > position:
            yield Segment(body[position:start])
        yield Segment(body[start:end], mention)
        position = end
    if position < len(body):
        yield Segment(body[position:])


def describe_interval(start: str | None, end: str | None) -> str:
    """A short human reading of a half-open interval given as ISO 8601 strings.

    Whole days read as inclusive dates: ``[2022-05-11T00:00, 2022-05-12T00:00)`` is
    "2022-05-11" and ``[2022-05-09, 2022-05-16)`` is "2022-05-09 – 2022-05-15"; anything else
    shows both bounds to the minute, in the offset they carry (the article's own).
    """
    if not start or not end:
        return "none (vague or unanchored)"
    first, after = datetime.fromisoformat(start), datetime.fromisoformat(end)
    if first.time() == time() and after.time() == time():
        last = (after - timedelta(days=1)).date()
        if last <= first.date():
            return first.date().isoformat()
        return f"{first.date().isoformat()} – {last.isoformat()}"
    return f"{first:%Y-%m-%d %H:%M} – {after:%Y-%m-%d %H:%M}"


def utc_offset(moment: datetime) -> str:
    """``UTC+03:00`` for a datetime three hours ahead of UTC (``UTC`` when it is UTC)."""
    return zone_name(moment)


def api_key_required() -> bool:
    """Whether writes need ``Authorization: Bearer <key>`` (``TIMELINE_API_KEYS`` is set; like
    every setting, :func:`api.create_app` put it in the app's config)."""
    return bool(current_app.config["TIMELINE_API_KEYS"])


def reads_locked() -> bool:
    """Whether reads need a key too; then the pages show no stored data to a browser that
    cannot send one (they would otherwise go round the API's own rule)."""
    return api_key_required() and bool(current_app.config["TIMELINE_READS_REQUIRE_KEY"])


LOCKED = (
    "This server requires an API key to read its timeline "
    "(TIMELINE_READS_REQUIRE_KEY is set), so the page cannot show it. "
    "Programs can read it through the API with 'Authorization: Bearer <key>'."
)


def news_window() -> tuple[date, date] | None:
    """The days the stored articles were published in, ``[first, last + 1 day)``.

    The overview above the timeline spans this window when the URL sets none: it is where the
    news is, while the events themselves may reach back decades ("since 1991").
    """
    first, last = Article.select(fn.MIN(Article.published_at), fn.MAX(Article.published_at)).scalar(
        as_tuple=True
    )
    if first is None or last is None:
        return None
    first, last = UTCDateTimeField().python_value(first), UTCDateTimeField().python_value(last)
    return first.date(), last.date() + timedelta(days=1)


def known_sources() -> list[str]:
    """The distinct article sources, for the source filter's choices."""
    return [source for source in list_sources() if source]


@bp.get("/")
def timeline_page() -> Any:
    """The timeline: happenings by default (``happenings.js``), or every dated statement
    (``view=statements``, ``timeline.js``), with the filter form filled from the URL.

    A URL that sets no window (neither ``from`` nor ``to``) is redirected to the days the
    stored articles were published in (:func:`news_window`), and one of the statements view
    without ``basis`` to ``basis=expression``, so that the page opens on the news rather than
    on decades of background, without the sentences that only their publication dates, and
    the URL always says what the page shows. ``from=`` (empty) asks for the whole history and
    ``basis=`` for every statement.
    """
    if reads_locked():
        return render_template("message.html", title="API key required", message=LOCKED), 401
    view = request.args.get("view", "").strip() or "happenings"
    if view not in VIEWS:
        view = "happenings"
    window = news_window()
    defaults = view_defaults(view, window)
    missing = {name: value for name, value in defaults.items() if name not in request.args}
    if missing:
        if "from" in request.args or "to" in request.args:
            missing.pop("from", None)
            missing.pop("to", None)
        if missing:
            args = request.args.to_dict(flat=False)
            return redirect(url_for("web.timeline_page", **args, **missing))
    names = FILTERS if view == "statements" else HAPPENING_FILTERS
    filters = {name: request.args.get(name, "").strip() for name in names}
    active = sum(1 for name, value in filters.items() if value and value != defaults.get(name))
    switch = {
        other: url_for(
            "web.timeline_page",
            **{
                **{
                    name: value
                    for name, value in request.args.items()
                    if name not in ("view", "basis", "cursor")
                },
                "view": other,
            },
        )
        for other in VIEWS
    }
    common = {
        "filters": filters,
        "window": window,
        "active": active,
        "switch": switch,
        "view": view,
        "sources": known_sources(),
        "article_count": Article.select().count(),
    }
    if view == "happenings":
        return render_template(
            "happenings.html",
            order=request.args.get("order", ""),
            digest_filters=" ".join(HAPPENING_FILTERS),
            happening_query=" ".join(HAPPENING_QUERY),
            **common,
        )
    news_start = None
    if window and not filters["from"]:
        # Decades of background ("since 1814") come first in time order; this skips to the news.
        args = {name: value for name, value in filters.items() if value}
        news_start = url_for(
            "web.timeline_page", **{**args, "view": view, "from": window[0].isoformat()}
        )
    return render_template(
        "timeline.html",
        news_start=news_start,
        coarsest_choices=COARSEST,
        downloads=download_links(filters),
        **common,
    )


def view_defaults(view: str, window: tuple[date, date] | None) -> dict[str, str]:
    """The query-string values a view takes when its URL does not set them: the news window
    and, for the statements, only those dated by an expression."""
    defaults = {"view": view}
    if window:
        defaults.update({"from": window[0].isoformat(), "to": window[1].isoformat()})
    if view == "statements":
        defaults["basis"] = "expression"
    return defaults


@bp.get("/articles/<int(max=9223372036854775807):article_id>")  # past int64: 404
def article_page(article_id: int) -> str | tuple[str, int]:
    """One article with its resolved expressions highlighted and explained.

    The data is :func:`timeline.queries.article_detail`, the very object
    ``GET /api/v1/articles/<id>`` serves, so the page and the API show the same reading.
    """
    if reads_locked():
        return render_template("message.html", title="API key required", message=LOCKED), 401
    article = article_detail(article_id)
    if article is None:
        # Rendered here rather than through abort(): the app's error handlers answer the API's
        # clients in problem+json, while a person following a stale link wants a page.
        message = f"There is no article {article_id}. It may have been deleted."
        return render_template("message.html", title="Not found", message=message), 404
    mentions = article["mentions"]
    return render_template(
        "article.html",
        article=article,
        published=datetime.fromisoformat(article["published_at"]),
        segments=list(segments(article["body"], mentions)),
        mentions=mentions,
        events=article["events"],
        describe=describe_interval,
        utc_offset=utc_offset,
    )


@bp.get("/try")
def try_page() -> str:
    """The "try it" panel: resolve a text live, optionally store it as an article.

    ``?text=…&reference=…`` fills the form (the script keeps the URL in step as you type, so
    a resolved text can be shared); ``reference`` is a date or an ISO datetime with offset.
    The reference defaults to today, read from the clock here, in the page, never in the
    tagger.
    """
    reference = parse_reference(request.args.get("reference", ""))
    return render_template(
        "try.html",
        text=request.args.get("text", ""),
        reference=reference or {"date": date.today().isoformat(), "time": "", "offset": "+00:00"},
        examples=EXAMPLES,
        api_key_required=api_key_required(),
        reads_locked=reads_locked(),
    )


def parse_reference(text: str) -> dict[str, str] | None:
    """Split a reference for the form's date, time and offset fields (``None`` if invalid).

    >>> parse_reference("2022-05-14T09:30:00+03:00")
    {'date': '2022-05-14', 'time': '09:30', 'offset': '+03:00'}
    """
    try:
        parsed = parse_moment(text)  # the one ISO 8601 parser (timeline.articles)
    except ValueError:
        return None
    moment = parsed.value
    if not parsed.has_time:
        return {"date": moment.date().isoformat(), "time": "", "offset": "+00:00"}
    offset = utc_offset(moment)[3:] or "+00:00"
    return {"date": moment.date().isoformat(), "time": f"{moment:%H:%M}", "offset": offset}
