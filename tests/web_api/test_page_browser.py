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
    with page.expect_request(re.compile(r"/api/v1/events\?")) as events, \
            page.expect_request(re.compile(r"/api/v1/timeline\?")) as overview:
        page.goto(f"{server}/?source=Wire&q=week&basis=expression&coarsest=month&article=1"
                  "&limit=7&from=2022-05-01&to=2022-06-01&other=x")
    assert parse_qs(urlparse(events.value.url).query) == {
        "from": ["2022-05-01"], "to": ["2022-06-01"], "q": ["week"], "source": ["Wire"],
        "basis": ["expression"], "coarsest": ["month"], "article": ["1"], "limit": ["7"]}
    assert parse_qs(urlparse(overview.value.url).query) == {
        "from": ["2022-05-01"], "to": ["2022-06-01"], "unit": ["day"], "first": ["0"],
        "q": ["week"], "source": ["Wire"], "basis": ["expression"], "coarsest": ["month"],
        "article": ["1"]}
