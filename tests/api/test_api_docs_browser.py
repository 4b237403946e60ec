"""The interactive API docs render in a browser that can reach nothing but the app."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

CHROMIUM = Path(os.environ.get("TIMELINE_CHROMIUM", "/usr/bin/chromium"))


@pytest.fixture
def offline_page(server):
    """A Chromium page whose every request to anywhere but the app is aborted."""
    if not CHROMIUM.exists():
        pytest.skip(f"no Chromium at {CHROMIUM}: run `make browser`")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            args=["--no-sandbox", "--disable-gpu", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update"])
        page = browser.new_page()
        outside: list[str] = []

        def route(route):
            if route.request.url.startswith(server):
                route.continue_()
            else:
                outside.append(route.request.url)
                route.abort()

        page.route("**/*", route)
        errors: list[str] = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        yield page, server
        browser.close()
    assert not outside, f"the docs page reached out: {outside}"
    assert not errors, f"script errors: {errors}"


@pytest.mark.slow
def test_swagger_ui_renders_every_operation_offline(offline_page):
    page, server = offline_page
    page.goto(f"{server}/api/v1/docs")
    page.wait_for_selector(".opblock", timeout=15_000)
    summaries = page.locator(".opblock-summary-path").all_inner_texts()
    assert {"/api/v1/events", "/api/v1/timeline", "/api/v1/articles", "/api/v1/resolve",
            "/api/v1/health"} <= {s.strip().replace("\u200b", "") for s in summaries}
