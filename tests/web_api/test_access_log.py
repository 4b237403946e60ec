"""``timeline serve --access-log`` writes no credentials (issue 12, defect 12): gunicorn's
default format decodes the user of Basic auth (``%(u)s``) and writes query strings; a key
sent as Basic auth, in a query string or a Referer with user info must not reach the log."""

from __future__ import annotations

import base64
import os
import time
import urllib.request

import pytest
from serving import serving

KEY = "k3y-that-must-not-be-logged"


def _get(url: str, headers: dict[str, str]) -> int:
    request = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as error:
        error.close()
        return error.code


@pytest.mark.slow
def test_the_access_log_has_no_credentials(tmp_path):
    env = {
        **os.environ,
        "TIMELINE_API_KEYS": KEY,
        "TIMELINE_DATABASE_URL": f"sqlite:///{tmp_path / 'log.db'}",
    }
    log = tmp_path / "server.log"
    basic = base64.b64encode(f"{KEY}:{KEY}".encode()).decode()
    with serving(["--workers", "1", "--access-log"], env, log) as base:
        assert _get(f"{base}/api/v1/events", {"Authorization": f"Basic {basic}"}) == 200
        assert _get(f"{base}/api/v1/events", {"Authorization": f"Bearer {KEY}"}) == 200
        assert _get(f"{base}/api/v1/events?api_key={KEY}&limit=1", {}) == 200
        assert _get(f"{base}/api/v1/events", {"Referer": f"https://{KEY}:{KEY}@x.example/"}) == 200
        time.sleep(0.5)  # gunicorn writes the access log after the answer
    text = log.read_text()
    assert text.count("/api/v1/events") >= 4, text  # the requests are logged ...
    assert KEY not in text and basic not in text, text  # ... without what authenticates them
