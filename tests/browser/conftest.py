"""Fixtures of the browser tests: the real server over the seeds, and a headless Chromium.

Every test module here carries ``pytestmark = pytest.mark.browser``. Without
``/usr/bin/chromium`` (``make browser`` installs Debian's package where it can) they are
skipped with that reason; Playwright's own browser download is never used.
"""

from __future__ import annotations

import pytest
from browser_harness import CHROMIUM, launch, running_server, watch_csp


@pytest.fixture(scope="session")
def chromium(playwright_api):
    """A headless Chromium for the session (skips when Debian's chromium is missing)."""
    if not CHROMIUM.exists():
        pytest.skip(f"no Chromium at {CHROMIUM}: run `make browser` (Debian's chromium package)")
    browser = launch(playwright_api)
    yield browser
    browser.close()


@pytest.fixture(scope="session")
def server(tmp_path_factory):
    """Base URL of ``timeline serve`` over a fresh SQLite database holding the seed articles."""
    with running_server(tmp_path_factory.mktemp("server")) as base:
        yield base


@pytest.fixture
def page(chromium, server):
    """A fresh desktop-sized page; fails the test on any script error in the page and on any
    Content-Security-Policy violation."""
    context = chromium.new_context(viewport={"width": 1280, "height": 900}, base_url=server)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    csp = watch_csp(page)
    yield page
    context.close()
    assert not errors, f"script errors in the page: {errors}"
    assert not csp, f"Content-Security-Policy violations: {csp}"
