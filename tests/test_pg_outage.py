"""PostgreSQL stopped and started under a running ``timeline serve`` (issue 12): 503
problem+json with ``Retry-After`` while it is down, 200 from the first request after it is
back, without restarting the service; one log line per worker when it goes, one when it is
back. The cluster is a throw-away one this test starts itself (``throwaway_pg``).
"""

from __future__ import annotations

import json
import os
import urllib.error
import urllib.request

import pytest
from serving import serving
from throwaway_pg import throwaway_cluster

pytestmark = pytest.mark.slow


def _get(url: str) -> tuple[int, dict[str, str], bytes]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        with error:
            return error.code, dict(error.headers), error.read()


def test_postgresql_stopped_and_started_under_serve(tmp_path):
    try:
        cluster_context = throwaway_cluster()
        cluster = cluster_context.__enter__()
    except (RuntimeError, OSError) as error:
        pytest.skip(f"cannot start a throw-away PostgreSQL: {error}")
    try:
        env = {**os.environ, "TIMELINE_DATABASE_URL": cluster.url, "TIMELINE_API_KEYS": ""}
        log = tmp_path / "server.log"
        urls = [
            "/api/v1/health",
            "/api/v1/events",
            "/api/v1/articles",
            "/api/v1/timeline?from=2022-05-01&to=2022-05-08",
        ]
        with serving(["--workers", "2"], env, log) as base:
            assert all(_get(base + url)[0] == 200 for url in urls)

            cluster.stop()
            for _ in range(3):
                for url in urls:
                    status, headers, body = _get(base + url)
                    assert status == 503, (url, body)
                    assert headers["Content-Type"] == "application/problem+json"
                    assert int(headers["Retry-After"]) > 0
                    assert "database" in json.loads(body)["errors"]

            cluster.start()
            for url in urls:  # the first request after is answered
                status, _, body = _get(base + url)
                assert status == 200, (url, body)
        text = log.read_text()
        assert "Traceback" not in text, text
        gone = text.count("database unavailable")
        back = text.count("database available again")
        # One line per worker that found it gone, one per worker that found it back.
        assert 1 <= back <= gone <= 2, text
    finally:
        cluster_context.__exit__(None, None, None)
