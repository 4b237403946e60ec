"""Fixtures of the API tests: an app over the ``db`` fixture (SQLite, and PostgreSQL in CI)
and a small, hand-written timeline stored directly (no tagger involved), so that every
filter, order and format has known answers."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from api_helpers import KYIV, Story, d, make_article, make_event
from csp_watch import watch_csp
from serving import serving

from api import create_app


@pytest.fixture
def app(db, database_url):
    """The app over the fresh test database; exceptions become 500 problems as in production."""
    return create_app(
        {"TIMELINE_DATABASE_URL": database_url, "TESTING": True, "PROPAGATE_EXCEPTIONS": False}
    )


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def story(db) -> Story:
    """Two articles, seven events across April and May 2022 (Kyiv time, UTC+3):

    ======== ============================ =========== ============ ==========
    name     interval (local)             granularity basis        source
    ======== ============================ =========== ============ ==========
    april    2022-04-01 .. 2022-05-01     month       expression   Ledger
    since    2022-04-15 .. 2022-05-14     day         expression   Ledger
    week     2022-05-09 .. 2022-05-16     week        expression   Wire
    wed      2022-05-11 .. 2022-05-12     day         expression   Wire
    evening  2022-05-11 18:00 .. 21:00    partofday   expression   Wire
    pub      2022-05-14 .. 2022-05-15     day         publication  Wire
    june     2022-06-01 .. 2022-06-02     day         expression   Wire
    ======== ============================ =========== ============ ==========
    """
    wire = make_article(
        "Kharkiv counteroffensive",
        d(2022, 5, 14, 9, 30, tz=KYIV),
        source="Wire",
        url="https://wire.example/kharkiv",
        body="Troops advanced late Wednesday. Explosions were heard, residents "
        "said, in the evening. The week was quiet. Officials gave no "
        "figures. Talks resume on June 1.",
    )
    ledger = make_article(
        "Azovstal blockade",
        d(2022, 5, 14, 8, tz=KYIV),
        source="Ledger",
        body="Shelling went on in April. The siege has lasted since mid-April.",
    )
    k = KYIV
    events = {
        "april": make_event(
            ledger,
            "Shelling went on in April.",
            d(2022, 4, 1, tz=k),
            d(2022, 5, 1, tz=k),
            granularity="month",
            expression=("April", "2022-04"),
        ),
        "since": make_event(
            ledger,
            "The siege has lasted since mid-April.",
            d(2022, 4, 15, tz=k),
            d(2022, 5, 14, tz=k),
            expression=("mid-April", "2022-04"),
            mod="MID",
        ),
        "week": make_event(
            wire,
            "The week was quiet.",
            d(2022, 5, 9, tz=k),
            d(2022, 5, 16, tz=k),
            granularity="week",
            expression=("The week", "2022-W19"),
        ),
        "wed": make_event(
            wire,
            "Troops advanced late Wednesday.",
            d(2022, 5, 11, tz=k),
            d(2022, 5, 12, tz=k),
            mod="END",
        ),
        "evening": make_event(
            wire,
            "Explosions were heard, residents said, in the evening.",
            d(2022, 5, 11, 18, tz=k),
            d(2022, 5, 11, 21, tz=k),
            granularity="partofday",
            expression=("evening", "2022-05-11TEV"),
        ),
        "pub": make_event(
            wire,
            "Officials gave no figures.",
            d(2022, 5, 14, tz=k),
            d(2022, 5, 15, tz=k),
            basis="publication",
            expression=None,
        ),
        "june": make_event(
            wire,
            "Talks resume on June 1.",
            d(2022, 6, 1, tz=k),
            d(2022, 6, 2, tz=k),
            expression=("June 1", "2022-06-01"),
        ),
    }
    return Story(
        {"wire": wire.id, "ledger": ledger.id}, {name: event.id for name, event in events.items()}
    )


@pytest.fixture
def server(story, database_url, tmp_path):
    env = {**os.environ, "TIMELINE_API_KEYS": ""}
    with serving(
        ["--workers", "2", "--database-url", database_url], env, tmp_path / "server.log"
    ) as base:
        yield base


CHROMIUM = Path(os.environ.get("TIMELINE_CHROMIUM", "/usr/bin/chromium"))


@pytest.fixture
def offline_page(server, playwright_api):
    """A Chromium page whose every request to anywhere but the app is aborted."""
    if not CHROMIUM.exists():
        pytest.skip(f"no Chromium at {CHROMIUM}: run `make browser`")
    browser = playwright_api.chromium.launch(
        executable_path=str(CHROMIUM),
        args=[
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
        ],
    )
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
    csp = watch_csp(page)
    yield page, server
    browser.close()
    assert not outside, f"the page reached out: {outside}"
    assert not errors, f"script errors: {errors}"
    assert not csp, f"Content-Security-Policy violations: {csp}"
