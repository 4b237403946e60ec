"""The served OpenAPI document says what *this* configuration accepts.

The decorators of :mod:`api.resources` describe the API once; :func:`adapt` fits the
document to the app's settings every time it is served (and when ``make openapi`` writes
``api/openapi.json``, with the default settings):

- keys (``TIMELINE_API_KEYS``): with none configured, no operation declares ``bearerAuth``
  or a 401; with keys, writes do, and with ``TIMELINE_READS_REQUIRE_KEY`` every operation
  but ``/health`` and the document itself;
- ``POST /resolve``'s ``text`` has ``maxLength`` = ``TIMELINE_RESOLVE_MAX_CHARS``;
- operations with a rate limit (``TIMELINE_RATE_LIMIT_*``) declare 429, and every operation
  that reads the database declares 503 (the database away), both with ``Retry-After``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

_SECURED = [{"bearerAuth": []}]
_OPEN = ("/api/v1/health",)
_WRITES = {("post", "/api/v1/articles"), ("delete", "/api/v1/articles/{article_id}")}
_LIMITED = {
    "TIMELINE_RATE_LIMIT_RESOLVE": {("post", "/api/v1/resolve")},
    "TIMELINE_RATE_LIMIT_WRITES": _WRITES,
}
_RETRY_AFTER = {
    "Retry-After": {
        "description": "Seconds to wait before trying again.",
        "schema": {"type": "integer", "minimum": 1},
    }
}
_METHODS = ("get", "post", "put", "delete", "patch")


def _problem(description: str) -> dict[str, Any]:
    return {
        "description": description,
        "headers": dict(_RETRY_AFTER),
        "content": {
            "application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}
        },
    }


def adapt(document: dict[str, Any], config: Mapping[str, Any]) -> dict[str, Any]:
    """``document`` (as apispec makes it) fitted to ``config``; changed in place, returned."""
    keys = bool(config.get("TIMELINE_API_KEYS"))
    reads_locked = keys and bool(config.get("TIMELINE_READS_REQUIRE_KEY"))
    limited = {op for name, ops in _LIMITED.items() if config.get(name) for op in ops}
    components = document.setdefault("components", {})
    if not keys:
        components.pop("securitySchemes", None)
    responses = components.setdefault("responses", {})
    responses["TOO_MANY_REQUESTS"] = _problem(
        "Too many requests from this client: wait Retry-After seconds."
    )
    responses["SERVICE_UNAVAILABLE"] = _problem(
        "The database is not answering: try again after Retry-After seconds."
    )
    for path, item in document.get("paths", {}).items():
        for method in _METHODS:
            operation = item.get(method)
            if operation is None:
                continue
            answers = operation.setdefault("responses", {})
            secured = keys and ((method, path) in _WRITES or (reads_locked and path not in _OPEN))
            if secured:
                operation["security"] = _SECURED
                answers.setdefault("401", {"$ref": "#/components/responses/UNAUTHORIZED"})
            else:
                operation.pop("security", None)
                answers.pop("401", None)
            if (method, path) in limited:
                answers["429"] = {"$ref": "#/components/responses/TOO_MANY_REQUESTS"}
            answers["503"] = {"$ref": "#/components/responses/SERVICE_UNAVAILABLE"}
    resolve = components.get("schemas", {}).get("ResolveInput", {})
    if "text" in resolve.get("properties", {}):
        resolve["properties"]["text"]["maxLength"] = config["TIMELINE_RESOLVE_MAX_CHARS"]
    return document


def install(spec: Any, config: Mapping[str, Any]) -> None:
    """Make ``spec.to_dict()`` (what flask-smorest serves) return the adapted document."""
    original: Callable[[], dict[str, Any]] = spec.to_dict
    spec.to_dict = lambda: adapt(original(), config)
