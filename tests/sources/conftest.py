"""Fixtures of the live-source tests: the local fixture site (:mod:`fixture_server`) and a
fetcher with short timeouts and no per-host pause (the site is one host on loopback)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fixture_server import FixtureServer  # noqa: E402
from source_helpers import FAST  # noqa: E402

from timeline.sources.fetching import Fetcher  # noqa: E402


@pytest.fixture(autouse=True)
def _loopback_allowed(monkeypatch):
    """The fixture site is on 127.0.0.1: its sources may be added (the fetchers of these
    tests allow it in their policy). ``test_sources_addresses`` takes it away again."""
    monkeypatch.setenv("TIMELINE_FETCH_ALLOW_PRIVATE", "1")


@pytest.fixture(scope="session")
def site():
    with FixtureServer(slow_seconds=4.0) as server:
        yield server


@pytest.fixture
def fetcher():
    fetcher = Fetcher(FAST)
    yield fetcher
    fetcher.close()
