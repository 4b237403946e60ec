"""A Python client of the timeline REST API, for notebooks and scripts (docs/notebook.md).

>>> from timeline.client import Client
>>> api = Client("http://127.0.0.1:5000", api_key=None)
>>> api.health()["status"]
'ok'
>>> df = api.events(from_="2022-05-01", to="2022-06-01", source="Kyiv Ledger").to_dataframe()

Every endpoint is a method with the API's parameter names (``from`` is ``from_``, a Python
keyword); lists are :class:`Pages`, iterators that follow the cursors (``next_cursor``) page by
page as they are read; errors are :class:`TimelineError` carrying the problem details the
API answered (``status``, ``detail``, ``errors``). Only the standard library is needed;
:meth:`Pages.to_dataframe` needs pandas.

Adding an endpoint is one small method: a list is ``self._pages(path, key, params)``, one
object ``self._json("GET", path, params)``.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator, Mapping
from datetime import date, datetime
from typing import Any, TypedDict
from urllib.parse import urlencode

from timeline.exports import COLUMN_TYPES, flat_row


class Expression(TypedDict):
    text: str
    value: str
    type: str
    mod: str | None


class Event(TypedDict):
    """An event as ``/events`` serves it (see docs/api.md)."""

    id: int
    article_id: int
    text: str
    start: str
    end: str
    granularity: str
    basis: str
    tense: str | None
    expression: Expression | None
    title: str
    source: str | None
    url: str | None
    published_at: str


class Article(TypedDict, total=False):
    id: int
    title: str
    published_at: str
    source: str | None
    url: str | None
    language: str
    content_hash: str
    ingested_at: str
    body: str
    mentions: list[dict[str, Any]]
    events: list[Event]


#: ``transport(method, url, headers, body) -> (status, headers, body)``: how requests are sent.
Transport = Callable[
    [str, str, Mapping[str, str], bytes | None], tuple[int, Mapping[str, str], bytes]
]


class TimelineError(Exception):
    """An error answer of the API, with its problem details (RFC 9457): ``status``,
    ``title``, ``detail`` and ``errors`` (the offending fields and their messages)."""

    def __init__(self, status: int, problem: Mapping[str, Any]) -> None:
        self.status = status
        self.problem = dict(problem)
        self.title = str(problem.get("title", ""))
        self.detail = str(problem.get("detail", ""))
        self.errors: dict[str, list[str]] = dict(problem.get("errors") or {})
        super().__init__(f"{status} {self.title}: {self.detail}".strip())


def urllib_transport(timeout: float = 30.0) -> Transport:
    """The default transport: :mod:`urllib.request`."""

    def send(
        method: str, url: str, headers: Mapping[str, str], body: bytes | None
    ) -> tuple[int, Mapping[str, str], bytes]:
        request = urllib.request.Request(url, data=body, headers=dict(headers), method=method)
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                return response.status, dict(response.headers), response.read()
        except urllib.error.HTTPError as error:
            return error.code, dict(error.headers), error.read()
        except urllib.error.URLError as error:
            raise TimelineError(
                0, {"title": "Connection failed", "detail": f"{url}: {error.reason}"}
            ) from None

    return send


def _param(value: Any) -> str:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _params(values: Mapping[str, Any]) -> list[tuple[str, str]]:
    """Query parameters without the ``None`` ones; ``from_`` is sent as ``from``; a list or
    tuple is a repeated parameter."""
    pairs = []
    for name, value in values.items():
        if value is None:
            continue
        name = "from" if name == "from_" else name
        for item in value if isinstance(value, list | tuple) else (value,):
            pairs.append((name, _param(item)))
    return pairs


def to_dataframe(events: Any):
    """A pandas DataFrame of events: the columns of the CSV export (docs/api.md), with
    ``start_utc``, ``end_utc`` and ``published_at_utc`` as UTC datetimes and ``id`` and
    ``article_id`` as integers."""
    import pandas as pd

    frame = pd.DataFrame([flat_row(event) for event in events], columns=list(COLUMN_TYPES))
    for name, kind in COLUMN_TYPES.items():
        if kind == "utc":
            frame[name] = pd.to_datetime(frame[name], utc=True, format="ISO8601")
        elif kind == "integer":
            frame[name] = frame[name].astype("Int64")
    return frame


class Pages:
    """The items of a paginated list, fetched a page at a time as they are iterated (each
    iteration starts again from the first page)."""

    def __init__(self, client: Client, path: str, key: str, params: Mapping[str, Any]) -> None:
        self._client, self._path, self._key, self._params = client, path, key, dict(params)

    def __iter__(self) -> Iterator[dict[str, Any]]:
        params = dict(self._params)
        while True:
            page = self._client._json("GET", self._path, params)
            yield from page[self._key]
            if not page.get("next_cursor"):
                return
            params["cursor"] = page["next_cursor"]

    def to_list(self) -> list[dict[str, Any]]:
        return list(self)

    def to_dataframe(self):
        """Every item as a pandas DataFrame (:func:`to_dataframe`)."""
        return to_dataframe(self)


class Client:
    """The timeline API at ``base_url`` (``http://host:port``, with or without ``/api/v1``).

    ``api_key`` is sent as ``Authorization: Bearer`` (writes need one when the server has
    keys). ``transport`` replaces how requests are sent (tests, retries, a session).
    """

    def __init__(
        self,
        base_url: str,
        api_key: str | None = None,
        *,
        timeout: float = 30.0,
        transport: Transport | None = None,
    ) -> None:
        base = base_url.rstrip("/")
        self.base_url = base if base.endswith("/api/v1") else base + "/api/v1"
        self.api_key = api_key
        self._send = transport or urllib_transport(timeout)

    # --- plumbing --------------------------------------------------------------------------

    def _request(
        self, method: str, path: str, params: Mapping[str, Any] | None = None, body: Any = None
    ) -> tuple[int, Mapping[str, str], bytes]:
        url = self.base_url + path
        query = _params(params or {})
        if query:
            url += "?" + urlencode(query)
        headers = {"Accept": "application/json"}
        if self.api_key:
            headers["Authorization"] = f"Bearer {self.api_key}"
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        status, answer_headers, content = self._send(method, url, headers, data)
        if status >= 400:
            try:
                problem = json.loads(content)
            except ValueError:
                problem = {"title": "Error", "detail": content.decode(errors="replace")[:500]}
            raise TimelineError(status, problem)
        return status, answer_headers, content

    def _json(
        self, method: str, path: str, params: Mapping[str, Any] | None = None, body: Any = None
    ) -> Any:
        _status, _headers, content = self._request(method, path, params, body)
        return json.loads(content) if content else None

    def _pages(self, path: str, key: str, params: Mapping[str, Any]) -> Pages:
        return Pages(self, path, key, params)

    # --- endpoints -------------------------------------------------------------------------

    def health(self) -> dict[str, Any]:
        """``GET /health``: ``{"status", "version", "database"}``."""
        return self._json("GET", "/health")

    def articles(
        self,
        *,
        source: str | None = None,
        published_from: Any = None,
        published_to: Any = None,
        q: str | None = None,
        order: str = "desc",
        page_size: int = 100,
    ) -> Pages:
        """``GET /articles``, every page: newest first (``order="asc"``: oldest)."""
        return self._pages(
            "/articles",
            "articles",
            {
                "source": source,
                "published_from": published_from,
                "published_to": published_to,
                "q": q,
                "order": order,
                "limit": page_size,
            },
        )

    def article(self, article_id: int) -> Article:
        """``GET /articles/{id}``: the article with its body, mentions and events."""
        return self._json("GET", f"/articles/{int(article_id)}")

    def create_article(
        self,
        title: str,
        body: str,
        published_at: str | datetime | date,
        *,
        url: str | None = None,
        source: str | None = None,
        language: str | None = None,
    ) -> Article:
        """``POST /articles``: ingest one article (stored already: the stored one)."""
        record = {
            "title": title,
            "body": body,
            "published_at": _param(published_at),
            "url": url,
            "source": source,
            "language": language,
        }
        return self._json(
            "POST", "/articles", body={k: v for k, v in record.items() if v is not None}
        )

    def delete_article(self, article_id: int) -> None:
        """``DELETE /articles/{id}``."""
        self._request("DELETE", f"/articles/{int(article_id)}")

    def events(
        self,
        *,
        from_: Any = None,
        to: Any = None,
        q: str | None = None,
        source: str | None = None,
        article: int | None = None,
        basis: str | None = None,
        finest: str | None = None,
        coarsest: str | None = None,
        order: str = "asc",
        page_size: int = 500,
    ) -> Pages:
        """``GET /events``, every page: the events overlapping ``[from_, to)`` in timeline
        order, filtered as the API filters (the same names)."""
        return self._pages(
            "/events",
            "events",
            {
                "from_": from_,
                "to": to,
                "q": q,
                "source": source,
                "article": article,
                "basis": basis,
                "finest": finest,
                "coarsest": coarsest,
                "order": order,
                "limit": page_size,
            },
        )

    def export(self, format: str, **filters: Any) -> bytes:
        """``GET /events?limit=all&format=...``: the whole window in one format (``csv``,
        ``ics``, ``parquet``...: the ``format`` values the server documents), as bytes."""
        _status, _headers, content = self._request(
            "GET", "/events", {**filters, "format": format, "limit": "all"}
        )
        return content

    def timeline(
        self, from_: Any, to: Any, *, unit: str = "day", first: int = 3, **filters: Any
    ) -> dict[str, Any]:
        """``GET /timeline``: events counted per day, week or month over ``[from_, to)``."""
        return self._json(
            "GET", "/timeline", {"from_": from_, "to": to, "unit": unit, "first": first, **filters}
        )

    def resolve(self, text: str, reference: str | datetime | date) -> dict[str, Any]:
        """``POST /resolve``: the temporal expressions of ``text`` resolved against
        ``reference``; stores nothing."""
        return self._json("POST", "/resolve", body={"text": text, "reference": _param(reference)})
