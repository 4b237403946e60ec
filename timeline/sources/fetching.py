"""Fetching like a good citizen: one :class:`Fetcher` per process, shared by every job in it.

- It says who it is (:data:`USER_AGENT`) and obeys ``robots.txt`` (read once per host per
  hour with :mod:`urllib.robotparser`; its ``Crawl-delay`` stretches the rate limit).
- It waits :attr:`FetchPolicy.per_host_interval` seconds between two requests to one host.
- Requests are conditional when the caller has an ``ETag`` or ``Last-Modified`` from before;
  a 304 comes back as :attr:`FetchResult.not_modified`.
- Timeouts, connection errors, 5xx and 429 are retried up to :attr:`FetchPolicy.retries`
  times with exponential backoff (a ``Retry-After`` is honoured, up to
  :attr:`FetchPolicy.max_retry_after`); other 4xx answers are final at once.
- Bodies are read as a stream and abandoned past :attr:`FetchPolicy.max_bytes`.
- Redirects are followed (at most :attr:`FetchPolicy.max_redirects`) and the final URL is kept.
- Only public addresses are connected to (:mod:`timeline.sources.addresses`): a host is
  resolved once, refused if it is internal (loopback, private, link-local ...), and the
  connection goes to the address checked; redirects and robots.txt go through the same check.
  :attr:`FetchPolicy.allow_private` (``TIMELINE_FETCH_ALLOW_PRIVATE=1``) turns it off.

Every failure is a :class:`FetchError` with a message fit for ``sources list`` and the HTTP
status when there was one.
"""

from __future__ import annotations

import threading
import time
import urllib.robotparser
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import httpcore
import httpx

from timeline import __version__
from timeline.sources.addresses import AddressRefused, checked_addresses
from timeline.sources.canonical import InvalidURL, check_url

USER_AGENT = f"timeline/{__version__} (news timeline fetcher; obeys robots.txt; see docs/deploy.md)"


@dataclass(frozen=True)
class FetchPolicy:
    """How politely and how patiently to fetch (the defaults suit public news sites)."""

    timeout: float = 10.0  # seconds to connect, and between two reads
    retries: int = 3  # further attempts after a timeout, connection error, 5xx or 429
    backoff: float = 1.0  # seconds before the first retry, doubled for each next one
    max_retry_after: float = 60.0  # the longest Retry-After waited for
    max_bytes: int = 10 * 1024 * 1024
    max_redirects: int = 5
    per_host_interval: float = 1.0  # seconds between two requests to one host
    obey_robots: bool = True
    user_agent: str = USER_AGENT
    allow_private: bool = False  # connect to loopback, private, link-local ... addresses too


class FetchError(Exception):
    """A fetch that failed for good; ``status`` is the last HTTP status, if any."""

    def __init__(self, message: str, status: int | None = None, url: str | None = None):
        self.message = message
        self.status = status
        self.url = url
        super().__init__(message)


@dataclass
class FetchResult:
    """A successful answer: the body, the URL it finally came from and its cache validators."""

    url: str
    final_url: str
    status: int
    content: bytes = b""
    content_type: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    attempts: int = 1

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    def text(self) -> str:
        """The body decoded with the charset the server declared (UTF-8 otherwise)."""
        charset = None
        for part in (self.content_type or "").split(";")[1:]:
            key, _, value = part.strip().partition("=")
            if key.lower() == "charset":
                charset = value.strip('"')
        try:
            return self.content.decode(charset or "utf-8", errors="replace")
        except LookupError:
            return self.content.decode("utf-8", errors="replace")


@dataclass
class _Robots:
    parser: urllib.robotparser.RobotFileParser | None  # None: everything allowed
    fetched: float


@dataclass
class Fetcher:
    """Fetches URLs under a :class:`FetchPolicy`; thread-safe, one per process."""

    policy: FetchPolicy = field(default_factory=FetchPolicy)
    sleep: Callable[[float], None] = time.sleep
    clock: Callable[[], float] = time.monotonic

    def __post_init__(self) -> None:
        self._client = httpx.Client(
            headers={
                "User-Agent": self.policy.user_agent,
                "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,"
                "application/rss+xml,application/atom+xml,"
                "application/feed+json,application/json;q=0.8,*/*;q=0.5",
            },
            timeout=httpx.Timeout(self.policy.timeout),
            follow_redirects=True,
            max_redirects=self.policy.max_redirects,
            trust_env=False,
            transport=None if self.policy.allow_private else _PublicTransport(),
        )
        self._lock = threading.Lock()
        self._next_slot: dict[str, float] = {}
        self._robots: dict[str, _Robots] = {}

    def close(self) -> None:
        self._client.close()

    def fetch(
        self, url: str, *, etag: str | None = None, last_modified: str | None = None
    ) -> FetchResult:
        """GET ``url`` (conditionally when validators are given); raises :class:`FetchError`."""
        try:
            url = check_url(url)
        except InvalidURL as error:
            raise FetchError(str(error), url=url) from None
        try:
            return self._fetch(url, etag, last_modified)
        except AddressRefused as error:
            raise FetchError(error.message, url=url) from None

    def _fetch(self, url: str, etag: str | None, last_modified: str | None) -> FetchResult:
        if self.policy.obey_robots and not self.allowed(url):
            raise FetchError("refused by the site's robots.txt", url=url)
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        attempts = self.policy.retries + 1
        for attempt in range(1, attempts + 1):
            self._wait_for_host(url)
            try:
                result = self._attempt(url, headers)
            except _Retryable as error:
                if attempt == attempts:
                    raise FetchError(
                        f"{error.message} (after {attempt} attempts)", error.status, url
                    ) from None
                self.sleep(
                    error.retry_after
                    if error.retry_after is not None
                    else self.policy.backoff * 2 ** (attempt - 1)
                )
                continue
            result.attempts = attempt
            return result
        raise AssertionError("unreachable")

    def _attempt(self, url: str, headers: dict[str, str]) -> FetchResult:
        try:
            with self._client.stream("GET", url, headers=headers) as response:
                status = response.status_code
                final = str(response.url)
                if status == 429 or status >= 500:
                    raise _Retryable(
                        f"HTTP {status} {response.reason_phrase}".strip(),
                        status,
                        self._retry_after(response.headers.get("Retry-After")),
                    )
                if status == 304:
                    return FetchResult(
                        url,
                        final,
                        304,
                        etag=response.headers.get("ETag"),
                        last_modified=response.headers.get("Last-Modified"),
                    )
                if status >= 400:
                    raise FetchError(f"HTTP {status} {response.reason_phrase}".strip(), status, url)
                if status >= 300:
                    raise FetchError(
                        f"HTTP {status}: a redirect without a usable Location", status, url
                    )
                declared = response.headers.get("Content-Length")
                if declared and declared.isdigit() and int(declared) > self.policy.max_bytes:
                    raise FetchError(self._too_large(int(declared)), status, url)
                chunks, size = [], 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > self.policy.max_bytes:
                        raise FetchError(self._too_large(None), status, url)
                    chunks.append(chunk)
                return FetchResult(
                    url,
                    final,
                    status,
                    b"".join(chunks),
                    response.headers.get("Content-Type"),
                    response.headers.get("ETag"),
                    response.headers.get("Last-Modified"),
                )
        except httpx.TooManyRedirects:
            raise FetchError(f"more than {self.policy.max_redirects} redirects", url=url) from None
        except httpx.TimeoutException:
            raise _Retryable(f"timed out (no answer within {self.policy.timeout:g} s)") from None
        except httpx.TransportError as error:
            raise _Retryable(f"connection failed: {error or type(error).__name__}") from None

    def _too_large(self, size: int | None) -> str:
        limit = self.policy.max_bytes
        told = f" ({size:,} bytes)" if size else ""
        return f"larger than the limit of {limit:,} bytes{told}; not read"

    def _retry_after(self, value: str | None) -> float | None:
        if value is None:
            return None
        try:
            seconds = float(value)
        except ValueError:
            import email.utils
            from datetime import UTC, datetime

            try:
                moment = email.utils.parsedate_to_datetime(value)
            except (TypeError, ValueError):
                return None
            seconds = (moment - datetime.now(UTC)).total_seconds()
        return max(0.0, min(seconds, self.policy.max_retry_after))

    def _wait_for_host(self, url: str) -> None:
        host = (urlsplit(url).netloc or "").lower()
        interval = max(self.policy.per_host_interval, self._crawl_delay(host))
        with self._lock:
            now = self.clock()
            slot = max(now, self._next_slot.get(host, now))
            self._next_slot[host] = slot + interval
        if slot > now:
            self.sleep(slot - now)

    def _crawl_delay(self, host: str) -> float:
        robots = self._robots.get(host)
        if robots is None or robots.parser is None:
            return 0.0
        delay = robots.parser.crawl_delay(self.policy.user_agent)
        return min(float(delay), 30.0) if delay else 0.0

    def allowed(self, url: str) -> bool:
        """Whether the site's robots.txt lets this fetcher read ``url`` (read once an hour;
        a missing robots.txt allows everything, one that cannot be read for a 5xx forbids)."""
        parts = urlsplit(url)
        host = parts.netloc.lower()
        robots = self._robots.get(host)
        if robots is None or self.clock() - robots.fetched > 3600:
            robots = _Robots(
                self._read_robots(f"{parts.scheme}://{parts.netloc}/robots.txt"), self.clock()
            )
            self._robots[host] = robots
        return robots.parser is None or robots.parser.can_fetch(self.policy.user_agent, url)

    def _read_robots(self, robots_url: str) -> urllib.robotparser.RobotFileParser | None:
        parser = urllib.robotparser.RobotFileParser(robots_url)
        try:
            self._wait_for_host(robots_url)
            response = self._client.get(robots_url)
        except httpx.HTTPError:
            return None  # unreachable: treated as absent
        if response.status_code >= 500:
            parser.disallow_all = True
            return parser
        if response.status_code >= 400:
            return None
        parser.parse(response.text[:500_000].splitlines())
        return parser


class _PublicBackend(httpcore.SyncBackend):
    """Opens TCP connections to public addresses only: the host is resolved once, refused
    (:class:`AddressRefused`) when an address of it is internal, and the connection made to
    the addresses checked, never to a second answer of the resolver."""

    def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
        try:
            addresses = checked_addresses(host, port)
        except (OSError, UnicodeError, ValueError) as error:  # no such name, or no name at all
            reason = getattr(error, "strerror", None) or error
            raise httpcore.ConnectError(f"{host}: {reason}") from None
        failure: Exception | None = None
        for _family, address in addresses:
            try:
                return super().connect_tcp(address, port, timeout, local_address, socket_options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as error:
                failure = error
        raise failure or httpcore.ConnectError(f"{host}: no address")


class _PublicTransport(httpx.HTTPTransport):
    """httpx's transport with :class:`_PublicBackend` under its connection pool (TLS still
    names and verifies the host, not the address)."""

    def __init__(self) -> None:
        super().__init__(trust_env=False)
        limits = httpx.Limits(max_connections=100, max_keepalive_connections=20)
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(trust_env=False),
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            network_backend=_PublicBackend(),
        )


class _Retryable(Exception):
    def __init__(self, message: str, status: int | None = None, retry_after: float | None = None):
        self.message = message
        self.status = status
        self.retry_after = retry_after
        super().__init__(message)
