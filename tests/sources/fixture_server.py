"""A local HTTP server for the live-source tests and ``bench/sources.py``: the fixture site
(``tests/sources/site``: pages, feeds, sitemaps, robots.txt) plus routes that misbehave on
purpose. Loopback only; every request is counted per path (:attr:`FixtureServer.hits`).

Routes besides the files (``{{base}}`` in .xml, .json and .rdf files becomes the server's URL):

``/redirect/<path>``   301 to ``/<path>``
``/away?to=<url>``     302 to ``<url>`` (any site)
``/flaky/<path>``      429 (``Retry-After: 0``), then 500, then the file (counted per path)
``/etag/<path>``       the file with an ``ETag``; ``If-None-Match`` with it answers 304
``/never``             accepts the request and never answers (until the server stops)
``/huge``              a 50 MB HTML page, generated as it is sent (chunked, no length)
``/gone``              404
``/gen/<n>.html``      a generated article page number ``n`` (a distinct story and date)
``/slow/<n>.html``     the same, after :attr:`FixtureServer.slow_seconds`
``/gen-feed/<a>-<b>.xml``  an RSS feed listing ``/gen/a.html`` .. ``/gen/(b-1).html``
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

SITE = Path(__file__).resolve().parent / "site"
_TEMPLATED = (".xml", ".json", ".rdf")
_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".xml": "application/xml",
    ".rdf": "application/rdf+xml",
    ".json": "application/feed+json",
    ".txt": "text/plain",
}
HUGE_BYTES = 50 * 1024 * 1024
#: The publication time of generated page 0; page n is n minutes later.
GEN_START = datetime(2022, 5, 1, 6, 0, tzinfo=UTC)
_WORDS = (
    "council",
    "harbour",
    "bridge",
    "library",
    "tram",
    "school",
    "market",
    "river",
    "hospital",
    "station",
    "stadium",
    "museum",
    "park",
    "airport",
    "factory",
    "theatre",
)


def generated_page(n: int) -> str:
    """Article page ``n``: its own title, text and JSON-LD date (:data:`GEN_START` + n min)."""
    published = GEN_START + timedelta(minutes=n)
    a, b = _WORDS[n % len(_WORDS)], _WORDS[(n // len(_WORDS)) % len(_WORDS)]
    title = f"Story {n}: the {a} and the {b}"
    text = (
        f"<p>Officials said on Tuesday that work on the {a} would resume next week, "
        f"story number {n} reports. The plan was first announced in March 2021 and "
        f"delayed twice since then.</p><p>Residents near the {b} were told late Wednesday "
        f"that the works would last until the end of June. A public meeting is planned "
        f"for Friday evening, and a decision is expected within two weeks.</p>"
    )
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}'
        f'</title><script type="application/ld+json">{{"@context":"https://schema.org",'
        f'"@type":"NewsArticle","headline":"{title}","datePublished":'
        f'"{published.isoformat()}"}}</script></head><body><article><h1>{title}</h1>'
        f"{text}</article></body></html>"
    )


class FixtureServer:
    """The server, running in a daemon thread until :meth:`stop`."""

    def __init__(self, host: str = "127.0.0.1", port: int = 0, slow_seconds: float = 3.0):
        self.hits: Counter[str] = Counter()
        self.user_agents: set[str] = set()
        self.slow_seconds = slow_seconds
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._flaky: Counter[str] = Counter()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            # Headers and body go out in two writes: without TCP_NODELAY, Nagle's algorithm
            # and the client's delayed ACK hold the body back ~40 ms (real servers set it too).
            disable_nagle_algorithm = True

            def log_message(self, *args) -> None:
                pass

            def do_GET(self) -> None:  # noqa: N802 - http.server's naming
                path = self.path.split("?")[0]
                with server._lock:
                    server.hits[path] += 1
                    server.user_agents.add(self.headers.get("User-Agent", ""))
                try:
                    server._route(self, path)
                except (BrokenPipeError, ConnectionResetError):
                    pass

        self._httpd = ThreadingHTTPServer((host, port), Handler)
        self._httpd.daemon_threads = True
        self.port = self._httpd.server_address[1]
        self.base = f"http://{host}:{self.port}"
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    def start(self) -> FixtureServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        self._httpd.shutdown()
        self._httpd.server_close()

    def __enter__(self) -> FixtureServer:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    def url(self, path: str) -> str:
        return f"{self.base}/{path.lstrip('/')}"

    # --- routes ---------------------------------------------------------------------------

    def _route(self, handler: BaseHTTPRequestHandler, path: str) -> None:
        if path.startswith("/redirect/"):
            return self._send(handler, 301, b"", headers={"Location": path[len("/redirect") :]})
        if path == "/away":
            target = parse_qs(urlsplit(handler.path).query).get("to", ["/"])[0]
            return self._send(handler, 302, b"", headers={"Location": target})
        if path.startswith("/flaky/"):
            with self._lock:
                self._flaky[path] += 1
                count = self._flaky[path]
            if count == 1:
                return self._send(handler, 429, b"slow down", headers={"Retry-After": "0"})
            if count == 2:
                return self._send(handler, 500, b"oops")
            return self._file(handler, path[len("/flaky") :])
        if path.startswith("/etag/"):
            return self._file(handler, path[len("/etag") :], etag=True)
        if path == "/never":
            self._stopping.wait(60)
            return None
        if path == "/huge":
            return self._huge(handler)
        if path.startswith("/gen/") or path.startswith("/slow/"):
            if path.startswith("/slow/"):
                time.sleep(self.slow_seconds)
            number = path.rsplit("/", 1)[-1].removesuffix(".html")
            if not number.isdigit():
                return self._send(handler, 404, b"no such page")
            return self._send(
                handler, 200, generated_page(int(number)).encode(), "text/html; charset=utf-8"
            )
        if path.startswith("/gen-feed/"):
            first, _, last = path.rsplit("/", 1)[-1].removesuffix(".xml").partition("-")
            return self._send(
                handler, 200, self._gen_feed(int(first), int(last)), "application/rss+xml"
            )
        return self._file(handler, path)

    def _file(self, handler, path: str, etag: bool = False) -> None:
        target = (SITE / path.lstrip("/")).resolve()
        if SITE not in target.parents or not target.is_file():
            return self._send(handler, 404, b"not found")
        content = target.read_bytes()
        if target.suffix in _TEMPLATED:
            content = content.replace(b"{{base}}", self.base.encode())
        headers = {}
        if etag:
            tag = f'"v{len(content)}"'
            headers["ETag"] = tag
            if handler.headers.get("If-None-Match") == tag:
                return self._send(handler, 304, b"", headers=headers)
        return self._send(handler, 200, content, _TYPES.get(target.suffix, "text/plain"), headers)

    def _gen_feed(self, first: int, last: int) -> bytes:
        items = "".join(
            f"<item><title>Story {n}</title><link>{self.base}/gen/{n}.html?utm_source=rss</link>"
            f"<guid>{self.base}/gen/{n}.html</guid></item>"
            for n in range(first, last)
        )
        return (
            f'<?xml version="1.0"?><rss version="2.0"><channel><title>Generated</title>'
            f"<link>{self.base}/</link><description>bench</description>{items}"
            f"</channel></rss>"
        ).encode()

    def _huge(self, handler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html; charset=utf-8")
        handler.send_header("Transfer-Encoding", "chunked")
        handler.end_headers()
        chunk = b"<p>" + b"filler text " * 5000 + b"</p>\n"
        sent = 0
        while sent < HUGE_BYTES and not self._stopping.is_set():
            handler.wfile.write(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
            sent += len(chunk)
        handler.wfile.write(b"0\r\n\r\n")

    @staticmethod
    def _send(
        handler,
        status: int,
        body: bytes,
        content_type: str = "text/plain",
        headers: dict[str, str] | None = None,
    ) -> None:
        handler.send_response(status)
        if status != 304:
            handler.send_header("Content-Type", content_type)
            handler.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            handler.send_header(name, value)
        handler.end_headers()
        if body and status != 304:
            handler.wfile.write(body)
