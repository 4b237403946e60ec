"""The interactive API docs render in a browser that can reach nothing but the app."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser


@pytest.mark.slow
def test_swagger_ui_renders_every_operation_offline(offline_page):
    page, server = offline_page
    page.goto(f"{server}/api/v1/docs")
    page.wait_for_selector(".opblock", timeout=15_000)
    summaries = page.locator(".opblock-summary-path").all_inner_texts()
    assert {
        "/api/v1/events",
        "/api/v1/timeline",
        "/api/v1/articles",
        "/api/v1/resolve",
        "/api/v1/health",
    } <= {s.strip().replace("\u200b", "") for s in summaries}
