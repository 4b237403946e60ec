"""The timeline page's scripts ask the API for what the page's URL says."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlparse

import pytest

pytestmark = pytest.mark.browser


def test_the_page_filters_go_to_the_events_and_the_overview(offline_page):
    """``timeline.js`` passes every filter (and the page size) to ``/events``; ``overview.js``
    passes the ones other than its window to ``/timeline``; other parameters go nowhere."""
    page, server = offline_page
    with (
        page.expect_request(re.compile(r"/api/v1/events\?")) as events,
        page.expect_request(re.compile(r"/api/v1/timeline\?")) as overview,
    ):
        page.goto(
            f"{server}/?view=statements&source=Wire&q=week&basis=expression"
            "&coarsest=month&article=1&place=Kiev"
            "&limit=7&from=2022-05-01&to=2022-06-01&other=x"
        )
    assert parse_qs(urlparse(events.value.url).query) == {
        "from": ["2022-05-01"],
        "to": ["2022-06-01"],
        "q": ["week"],
        "source": ["Wire"],
        "place": ["Kiev"],
        "basis": ["expression"],
        "coarsest": ["month"],
        "article": ["1"],
        "limit": ["7"],
    }
    assert parse_qs(urlparse(overview.value.url).query) == {
        "from": ["2022-05-01"],
        "to": ["2022-06-01"],
        "unit": ["day"],
        "first": ["0"],
        "q": ["week"],
        "source": ["Wire"],
        "place": ["Kiev"],
        "basis": ["expression"],
        "coarsest": ["month"],
        "article": ["1"],
    }


def test_the_happenings_view_sends_its_filters_to_the_happenings_and_the_digest(offline_page):
    """``happenings.js`` passes the window, text, sources (repeated), place, order and page
    size to ``/happenings``, and the window, text, sources and place to ``/digest`` with its
    own sizes."""
    page, server = offline_page
    with (
        page.expect_request(re.compile(r"/api/v1/happenings\?")) as happenings,
        page.expect_request(re.compile(r"/api/v1/digest\?")) as digest,
    ):
        page.goto(
            f"{server}/?view=happenings&source=Wire&source=Ledger&q=week&place=Kiev"
            "&order=importance&limit=7&from=2022-05-01&to=2022-06-01&other=x"
        )
    assert parse_qs(urlparse(happenings.value.url).query) == {
        "from": ["2022-05-01"],
        "to": ["2022-06-01"],
        "q": ["week"],
        "place": ["Kiev"],
        "source": ["Wire", "Ledger"],
        "order": ["importance"],
        "limit": ["7"],
    }
    assert parse_qs(urlparse(digest.value.url).query) == {
        "from": ["2022-05-01"],
        "to": ["2022-06-01"],
        "q": ["week"],
        "place": ["Kiev"],
        "source": ["Wire", "Ledger"],
        "dates": ["8"],
        "sentences": ["1"],
    }
