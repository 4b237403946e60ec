"""`timeline serve` for real: gunicorn in a subprocess, spoken to over HTTP on loopback."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

TIMELINE = Path(sys.executable).with_name("timeline")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def request(url: str, data: dict | None = None) -> tuple[int, dict, bytes]:
    body = json.dumps(data).encode() if data is not None else None
    req = urllib.request.Request(url, data=body, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=10) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        with error:
            return error.code, dict(error.headers), error.read()


@pytest.fixture
def server(story, database_url):
    port = free_port()
    env = {**os.environ, "TIMELINE_API_KEYS": ""}
    process = subprocess.Popen(
        [str(TIMELINE), "serve", "--port", str(port), "--workers", "2",
         "--database-url", database_url],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                if request(f"{base}/api/v1/health")[0] == 200:
                    break
            except OSError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(process.stderr.read().decode())
            time.sleep(0.1)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=10)
        process.stderr.close()


@pytest.mark.slow
def test_serve_answers_over_http(server, story):
    status, headers, body = request(f"{server}/api/v1/events?source=Wire&limit=2")
    assert status == 200
    assert headers["Server"].startswith("gunicorn")
    page = json.loads(body)
    assert [e["id"] for e in page["events"]] == story.ids("week", "wed")
    assert 'rel="next"' in headers["Link"]

    status, headers, body = request(f"{server}/api/v1/events?format=ics&limit=1")
    assert status == 200 and body.startswith(b"BEGIN:VCALENDAR")

    status, headers, body = request(f"{server}/api/v1/articles/999999")
    assert status == 404 and headers["Content-Type"] == "application/problem+json"

    status, headers, body = request(f"{server}/api/v1/articles", {
        "title": "Bridge reopens", "body": "The bridge reopened on Monday.",
        "published_at": "2022-05-18T10:00:00+03:00"})
    assert status == 201
    assert headers["Location"] == f"/api/v1/articles/{json.loads(body)['id']}"

    status, _, body = request(f"{server}/api/v1/docs")
    assert status == 200 and b"swagger-ui" in body
    status, _, body = request(f"{server}/")
    assert status == 200
