"""The answers gunicorn gives before the app sees a request, exactly as docs/api.md says
(the one exception to problem+json): 414 for a request line over 8,190 bytes, 431 for more
than 100 header fields or a field over 8,190 bytes, 400 for bytes that are not HTTP; a
request line of 8,000 bytes still reaches the app."""

from __future__ import annotations

import os
import socket
from urllib.parse import urlsplit

import pytest
from serving import serving

pytestmark = pytest.mark.slow


def _status(base: str, data: bytes) -> tuple[int, str]:
    parts = urlsplit(base)
    with socket.create_connection((parts.hostname, parts.port), timeout=10) as sock:
        sock.sendall(data)
        head = b""
        while b"\r\n\r\n" not in head:
            chunk = sock.recv(65536)
            if not chunk:
                break
            head += chunk
    lines = head.split(b"\r\n\r\n")[0].decode().split("\r\n")
    kind = next(
        (
            line.split(":", 1)[1].strip()
            for line in lines
            if line.lower().startswith("content-type:")
        ),
        "",
    )
    return int(lines[0].split()[1]), kind


def test_gunicorn_limits_are_as_documented(tmp_path):
    env = {**os.environ, "TIMELINE_DATABASE_URL": f"sqlite:///{tmp_path / 'limits.db'}"}
    with serving(["--workers", "1"], env, tmp_path / "server.log") as base:
        ok = _status(
            base,
            b"GET /api/v1/events?x="
            + b"a" * 8000
            + b" HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
        )
        assert ok == (200, "application/json")
        assert _status(
            base, b"GET /api/v1/events?q=" + b"a" * 9000 + b" HTTP/1.1\r\nHost: x\r\n\r\n"
        ) == (414, "text/html")
        many = b"".join(b"X-%d: y\r\n" % i for i in range(101))
        assert _status(base, b"GET /api/v1/health HTTP/1.1\r\nHost: x\r\n" + many + b"\r\n") == (
            431,
            "text/html",
        )
        assert _status(
            base, b"GET /api/v1/health HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 9000 + b"\r\n\r\n"
        ) == (431, "text/html")
        assert _status(base, b"HELLO\r\n\r\n") == (400, "text/html")
