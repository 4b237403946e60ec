"""Fixtures of the live-source tests: the local fixture site (:mod:`fixture_server`) and a
fetcher with short timeouts and no per-host pause (the site is one host on loopback)."""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fixture_server import FixtureServer  # noqa: E402

from timeline.sources.fetching import Fetcher, FetchPolicy  # noqa: E402

#: The fetch time the date tests use: relative bylines ("2 hours ago") count back from it.
FETCHED_AT = datetime(2022, 5, 15, 12, 0, tzinfo=UTC)
FAST = FetchPolicy(timeout=1.0, retries=2, backoff=0.01, per_host_interval=0.0,
                   max_bytes=5 * 1024 * 1024)


@pytest.fixture(scope="session")
def site():
    with FixtureServer(slow_seconds=4.0) as server:
        yield server


@pytest.fixture
def fetcher():
    fetcher = Fetcher(FAST)
    yield fetcher
    fetcher.close()
