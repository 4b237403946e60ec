"""The web page's server side (:mod:`api.web`) through the Flask test client.

The browser tests (``tests/browser``) drive the same pages in Chromium over the seeds; these
pin what the server renders on its own, over a small hand-made article: the highlighting of
every expression with its explanation, the filter form filled from the URL, the try-it page's
API-key notice, and the pages that refuse or miss.
"""

from __future__ import annotations

import hashlib
import html
import re
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from api import create_app
from api.web import describe_interval, parse_reference, segments
from timeline.store import Article, Event, Mention

KYIV = timezone(timedelta(hours=3))
BODY = "Officials said late Wednesday that talks would resume next week.\n\nNothing else."


def make_app(database_url: str, **config):
    return create_app({"TIMELINE_DATABASE_URL": database_url, "TESTING": True, **config})


@pytest.fixture
def app(db, database_url):
    return make_app(database_url)


@pytest.fixture
def article(app):
    """One article with two resolved expressions and the events they date."""
    with app.app_context():
        stored = Article.create(
            title="Talks to resume",
            body=BODY,
            source="Kyiv Ledger",
            published_at=datetime(2022, 5, 14, 10, tzinfo=KYIV),
            utc_offset_minutes=180,
            content_hash=hashlib.sha256(BODY.encode()).hexdigest(),
            ingested_at=datetime(2022, 5, 14, 12, tzinfo=UTC),
        )
        late = Mention.create(
            article=stored,
            start=15,
            end=29,
            text=BODY[15:29],
            type="DATE",
            value="2022-05-11",
            mod="END",
            granularity="partofday",
            rule="date_partword_weekday",
            interval_start=datetime(2022, 5, 11, 12, tzinfo=KYIV),
            interval_end=datetime(2022, 5, 12, tzinfo=KYIV),
        )
        week = Mention.create(
            article=stored,
            start=54,
            end=63,
            text=BODY[54:63],
            type="DATE",
            value="2022-W20",
            granularity="week",
            rule="date_next_unit",
            interval_start=datetime(2022, 5, 16, tzinfo=KYIV),
            interval_end=datetime(2022, 5, 23, tzinfo=KYIV),
        )
        for mention in (late, week):
            Event.create(
                article=stored,
                mention=mention,
                text=BODY[:65],
                sentence_start=0,
                sentence_end=65,
                start=mention.interval_start,
                end=mention.interval_end,
                granularity=mention.granularity,
                basis="expression",
                tense="past",
            )
        return stored.id


def test_the_article_page_highlights_every_expression_with_its_reading(app, article):
    page = app.test_client().get(f"/articles/{article}").get_data(as_text=True)
    body = page.split('id="article-body">', 1)[1].split("</div>", 1)[0]
    marks = re.findall(r'<mark class="timex[^"]*"[^>]*>([^<]*)</mark>', body)
    assert marks == ["late Wednesday", "next week"]
    tip = body.split('role="tooltip"', 1)[1].split("</span></span>", 1)[0]
    for fact in (
        "2022-05-11",
        "END",
        "2022-05-11 12:00 – 2022-05-12 00:00",
        "partofday",
        "date_partword_weekday",
    ):
        assert fact in tip
    # The highlighted text, tags removed, is the article body exactly.
    body = re.sub(r'<span class="tip".*?</span></span>', "", body, flags=re.S)
    assert html.unescape(re.sub(r"<[^>]+>", "", body)) == BODY
    assert "Saturday 14 May 2022, 10:00 (UTC+03:00)" in page
    assert "2022-05-16 – 2022-05-22" in page  # the week, as inclusive days


def test_an_unknown_article_is_a_page_not_a_problem_document(app):
    response = app.test_client().get("/articles/999")
    assert response.status_code == 404
    assert response.mimetype == "text/html"
    assert "There is no article 999" in response.get_data(as_text=True)


def test_the_timeline_page_keeps_the_filters_of_its_url(app, article):
    response = app.test_client().get(
        "/?view=statements&from=2022-05-01&to=2022-06-01&q=%3Cscript%3E&source=Kyiv+Ledger"
        "&basis=expression&coarsest=week"
    )
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert 'name="from" type="date" value="2022-05-01"' in page
    assert 'name="to" type="date" value="2022-06-01"' in page
    assert 'value="&lt;script&gt;"' in page and "<script>" not in page.split("</form>")[0]
    assert '<option value="Kyiv Ledger" selected>' in page
    assert '<option value="expression" selected>' in page
    assert '<option value="week" selected>a week or finer</option>' in page
    assert 'data-api="/api/v1/events"' in page
    # The overview spans the days the articles were published in (UTC), end exclusive.
    assert 'data-from="2022-05-14"' in page and 'data-to="2022-05-15"' in page
    assert "Skip the background" not in page  # the URL already sets a window


def test_the_whole_history_offers_to_skip_to_the_news(app, article):
    page = app.test_client().get("/?view=statements&basis=&source=Kyiv+Ledger&from=")
    assert page.status_code == 200
    link = re.search(r'<a href="([^"]+)">Skip the background', page.get_data(as_text=True))
    assert link and sorted(html.unescape(link[1])[2:].split("&")) == [
        "from=2022-05-14",
        "source=Kyiv+Ledger",
        "view=statements",
    ]


@pytest.mark.parametrize(
    ("path", "target"),
    [
        # The page opens on the days of the news, happenings first.
        ("/", {"view": ["happenings"], "from": ["2022-05-14"], "to": ["2022-05-15"]}),
        (
            "/?q=talks",
            {"view": ["happenings"], "from": ["2022-05-14"], "to": ["2022-05-15"], "q": ["talks"]},
        ),
        # The statements view shows those dated by an expression unless asked otherwise.
        (
            "/?view=statements",
            {
                "view": ["statements"],
                "from": ["2022-05-14"],
                "to": ["2022-05-15"],
                "basis": ["expression"],
            },
        ),
        # A window set (even half, even empty: the whole history) is kept as it is.
        (
            "/?view=statements&from=2022-01-01",
            {"view": ["statements"], "from": ["2022-01-01"], "basis": ["expression"]},
        ),
        ("/?from=&to=", {"view": ["happenings"], "from": [""], "to": [""]}),
        ("/?view=nonsense&from=2022-05-01", {"view": ["happenings"], "from": ["2022-05-01"]}),
    ],
)
def test_a_url_without_a_view_or_window_opens_on_the_news(app, article, path, target):
    from urllib.parse import parse_qs, urlparse

    response = app.test_client().get(path)
    if path == "/?view=nonsense&from=2022-05-01":
        assert response.status_code == 200  # an unknown view shows the default one
        assert 'data-api="/api/v1/happenings"' in response.get_data(as_text=True)
        return
    assert response.status_code == 302
    location = urlparse(response.headers["Location"])
    assert location.path == "/"
    assert parse_qs(location.query, keep_blank_values=True) == target


def test_the_happenings_view_keeps_its_filters_and_switches_with_them(app, article):
    response = app.test_client().get(
        "/?view=happenings&from=2022-05-01&to=2022-06-01&q=talks&source=Kyiv+Ledger"
        "&order=importance&place=Kiev"
    )
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert 'data-api="/api/v1/happenings"' in page and 'data-api="/api/v1/digest"' in page
    assert 'name="q" type="search" value="talks"' in page
    assert 'name="place" type="search" value="Kiev"' in page
    assert '<span class="badge">5 active</span>' in page  # window, text, source, place
    assert '<option value="importance" selected>by importance</option>' in page
    assert '<option value="Kyiv Ledger" selected>' in page
    switch = re.search(r'<a class="views__link" href="([^"]+)"\s+>Every statement', page)
    assert switch, page
    assert sorted(html.unescape(switch[1])[2:].split("&")) == [
        "from=2022-05-01",
        "order=importance",
        "place=Kiev",
        "q=talks",
        "source=Kyiv+Ledger",
        "to=2022-06-01",
        "view=statements",
    ]
    assert (
        '<a class="views__link" href="/?' in page
        and 'aria-current="page">What happened' in " ".join(page.split())
    )


@pytest.mark.parametrize(("keys", "shown"), [((), False), (("s3cret",), True)])
def test_the_try_page_asks_for_a_key_only_when_writes_need_one(database_url, keys, shown):
    app = make_app(database_url, TIMELINE_API_KEYS=keys)
    page = app.test_client().get("/try").get_data(as_text=True)
    assert ('id="store-key"' in page) is shown
    assert ("accepts writes only with an API key" in page) is shown


def test_locked_reads_keep_the_pages_closed(database_url, article):
    app = make_app(database_url, TIMELINE_API_KEYS=("s3cret",), TIMELINE_READS_REQUIRE_KEY=True)
    client = app.test_client()
    for path in ("/", f"/articles/{article}"):
        response = client.get(path)
        assert response.status_code == 401
        assert "Talks to resume" not in response.get_data(as_text=True)


def test_segments_cut_the_text_and_skip_overlapping_expressions():
    mentions = [{"start": 4, "end": 9}, {"start": 6, "end": 12}, {"start": 0, "end": 3}]
    cut = list(segments("The quick brown fox", mentions))
    assert [(s.text, s.mention is not None) for s in cut] == [
        ("The", True),
        (" ", False),
        ("quick", True),
        (" brown fox", False),
    ]


@pytest.mark.parametrize(
    ("start", "end", "reading"),
    [
        ("2022-05-11T00:00:00+03:00", "2022-05-12T00:00:00+03:00", "2022-05-11"),
        ("2022-05-09T00:00:00+03:00", "2022-05-16T00:00:00+03:00", "2022-05-09 – 2022-05-15"),
        (
            "2022-05-11T12:00:00+03:00",
            "2022-05-12T00:00:00+03:00",
            "2022-05-11 12:00 – 2022-05-12 00:00",
        ),
        (None, None, "none (vague or unanchored)"),
    ],
)
def test_intervals_read_as_inclusive_days_or_minutes(start, end, reading):
    assert describe_interval(start, end) == reading


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        ("2022-05-14", {"date": "2022-05-14", "time": "", "offset": "+00:00"}),
        ("2022-05-14T09:30:00+03:00", {"date": "2022-05-14", "time": "09:30", "offset": "+03:00"}),
        ("2022-05-14T09:30:00-04:30", {"date": "2022-05-14", "time": "09:30", "offset": "-04:30"}),
        ("2022-05-14T09:30", {"date": "2022-05-14", "time": "09:30", "offset": "+00:00"}),
        ("next Tuesday", None),
    ],
)
def test_a_reference_in_the_url_fills_the_try_form(text, fields):
    assert parse_reference(text) == fields


def test_the_try_page_is_filled_from_its_url(app):
    page = (
        app.test_client()
        .get("/try?text=He+left+late+Wednesday.&reference=2022-05-14T09:30:00%2B03:00")
        .get_data(as_text=True)
    )
    assert ">He left late Wednesday.</textarea>" in page
    assert 'type="date" required value="2022-05-14"' in page
    assert 'type="time" value="09:30"' in page
    assert 'value="+03:00"' in page


def test_an_empty_store_says_how_to_fill_it(app):
    page = app.test_client().get("/", follow_redirects=True).get_data(as_text=True)
    assert "No article is stored yet" in page and "timeline ingest PATH" in page
    assert 'id="overview"' not in page  # no publication window to draw


def test_the_page_filters_are_listed_once(app):
    """The scripts read the filter names from the page (api.web.FILTERS); each is a query
    parameter of GET /api/v1/events."""
    from api import schemas, web

    page = app.test_client().get("/?view=statements&basis=").get_data(as_text=True)
    assert f'<html lang="en" data-filters="{" ".join(web.FILTERS)}">' in page
    js = (Path(web.__file__).parent / "static" / "app" / "common.js").read_text()
    assert '"coarsest"' not in js  # no second copy of the list
    arguments = {f.data_key or name for name, f in schemas.EventListArgs().fields.items()}
    assert set(web.FILTERS) <= arguments


def test_the_happenings_view_lists_its_filters_once(app):
    """happenings.js reads the names it passes on from the page (api.web.HAPPENING_QUERY for
    the list, HAPPENING_FILTERS for the key dates); each is a query parameter of its
    endpoint."""
    from api import schemas, web
    from api.digest import DigestArgs

    page = app.test_client().get("/?view=happenings&from=2022-05-01").get_data(as_text=True)
    assert f'data-filters="{" ".join(web.HAPPENING_QUERY)}"' in page
    assert f'data-filters="{" ".join(web.HAPPENING_FILTERS)}"' in page
    js = (Path(web.__file__).parent / "static" / "app" / "happenings.js").read_text()
    assert '"place"' not in js  # no second copy of the lists

    def names(schema):
        return {f.data_key or name for name, f in schema.fields.items()}

    assert set(web.HAPPENING_QUERY) <= names(schemas.HappeningListArgs())
    assert set(web.HAPPENING_FILTERS) <= names(DigestArgs())
