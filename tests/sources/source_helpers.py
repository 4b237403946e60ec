"""Constants shared by the live-source tests (a module of its own: ``conftest`` is a name
every test folder has)."""

from __future__ import annotations

from datetime import UTC, datetime

from timeline.sources.fetching import FetchPolicy

#: The fetch time the date tests use: relative bylines ("2 hours ago") count back from it.
FETCHED_AT = datetime(2022, 5, 15, 12, 0, tzinfo=UTC)
#: Short timeouts, quick retries and no per-host pause; loopback allowed (the fixture site is
#: one host on 127.0.0.1).
FAST = FetchPolicy(
    timeout=1.0,
    retries=2,
    backoff=0.01,
    per_host_interval=0.0,
    max_bytes=5 * 1024 * 1024,
    allow_private=True,
)
