"""The try-it panel on a server that requires an API key for writes (``TIMELINE_API_KEYS``).

A server of its own (the session's server has no keys): the page asks for the key, a store
without it or with a wrong one is refused and stores nothing, the right key stores the
article. Resolving stays open, as reads do.
"""

from __future__ import annotations

import re

import pytest
from browser_harness import running_server

pytestmark = pytest.mark.browser

KEY = "browser-test-key"


@pytest.fixture(scope="module")
def keyed_server(chromium, tmp_path_factory):
    with running_server(tmp_path_factory.mktemp("keyed"), env={"TIMELINE_API_KEYS": KEY}) as base:
        yield base


def test_storing_needs_the_configured_api_key(chromium, keyed_server):
    context = chromium.new_context(base_url=keyed_server)
    page = context.new_page()
    before = page.request.get("/api/v1/articles?limit=500").json()["articles"]
    page.goto("/try")
    assert "accepts writes only with an API key" in page.locator(".store").inner_text()
    page.get_by_label("Reference date").fill("2022-05-14")
    page.get_by_label("Text").fill("The mayor spoke late Wednesday.")
    page.locator("#try-highlight mark.timex").first.wait_for()  # resolving needs no key
    page.get_by_label("Title").fill("Keyed store")
    status = page.locator("#store-status")

    page.get_by_role("button", name="Store article").click()
    assert "needs an API key" in status.inner_text()

    page.get_by_label("API key").fill("wrong-key")
    page.get_by_role("button", name="Store article").click()
    page.wait_for_function(
        "() => document.querySelector('#store-status').textContent.includes('Not')"
    )
    assert "refused" in status.inner_text()
    assert page.request.get("/api/v1/articles?limit=500").json()["articles"] == before

    page.get_by_label("API key").fill(KEY)
    page.get_by_role("button", name="Store article").click()
    page.get_by_role("link", name="Open the article").click()
    page.wait_for_url(re.compile(r"/articles/\d+$"))
    assert page.get_by_role("heading", level=1).inner_text() == "Keyed store"
    context.close()
