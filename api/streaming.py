"""Whole exports (``limit=all``), streamed: any iterator of JSON-shaped items in any format.

:func:`whole_export` is what a view returns for ``limit=all``: it answers 304 from a cheap
validator of the store before reading a row, 413 when the window holds more than
``TIMELINE_MAX_EXPORT`` items, and otherwise a response whose body is written while the items
are read (chunked, no ``Content-Length``), so the server holds one item at a time whatever
the window. It knows nothing of events: ``/events`` passes :func:`timeline.queries.iter_events`,
another collection (happenings) passes its own iterator, count and JSON key.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from flask import Response, current_app, request, stream_with_context
from werkzeug.http import is_resource_modified

from api import errors
from timeline import exports, queries


def stream_body(items: Iterable[dict[str, Any]], name: str, key: str) -> Iterator[bytes]:
    """``items`` as format ``name`` (``json``: ``{key: [...], "next_cursor": null}``)."""
    if name == "json":
        for piece in exports.stream_json_page(items, key):
            yield piece.encode()
    else:
        yield from exports.stream(items, name)


def media_type(name: str) -> str:
    return "application/json" if name == "json" else exports.FORMATS[name].media_type


def whole_export(
    items: Callable[[], Iterable[dict[str, Any]]], count: Callable[[], int], name: str, key: str
) -> Response:
    """The streamed answer of ``limit=all`` (see the module); ``items`` and ``count`` are
    called only when the body is needed."""
    fresh = queries.freshness()
    # The validator names the data and the request (its whole query string and format):
    # weak, as the body is not hashed.
    asked = hashlib.sha256(request.query_string + b"\0" + name.encode()).hexdigest()[:16]
    etag = f"{fresh.tag}-{asked}"
    if not is_resource_modified(
        request.environ, etag=f'W/"{etag}"', last_modified=fresh.last_modified
    ):
        response = Response(status=304)
        _validators(response, etag, fresh)
        return response
    cap = current_app.config.get("TIMELINE_MAX_EXPORT", queries.MAX_EXPORT)
    total = count()
    if total > cap:
        return errors.problem(
            413,
            f"The window holds {total:,} {key}, more than one export serves ({cap:,}, "
            f"TIMELINE_MAX_EXPORT): narrow it with from/to or other filters, or page "
            f"through it with a numeric limit.",
            {"limit": [f"At most {cap} for 'all'."]},
        )
    if name == "parquet":
        exports.parquet_schema()  # raises MissingDependency now, before the status is sent
    body = stream_with_context(stream_body(items(), name, key))
    response = Response(body, content_type=media_type(name))
    _validators(response, etag, fresh)
    response.headers["X-Total-Count"] = str(total)
    return response


def _validators(response: Response, etag: str, fresh: queries.Freshness) -> None:
    response.set_etag(etag, weak=True)
    if fresh.last_modified is not None:
        response.last_modified = fresh.last_modified
