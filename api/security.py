"""Request gates of the API: API keys, JSON bodies, and CORS for browser dashboards.

Keys (``TIMELINE_API_KEYS``)
    When keys are configured, writes (``POST /articles``, ``DELETE /articles/{id}``,
    ``POST /sources``, ``DELETE /sources/{id}``) need
    ``Authorization: Bearer <key>``; reads stay open unless ``TIMELINE_READS_REQUIRE_KEY`` is
    true. ``POST /resolve`` stores nothing, so it counts as a read. ``/health``, the OpenAPI
    document and the docs page are always open. A refusal is a 401 problem with
    ``WWW-Authenticate: Bearer``.

Bodies
    Endpoints that read a JSON body answer 415 to any other ``Content-Type`` before the body
    is read.

CORS (``TIMELINE_CORS_ORIGINS``)
    Answers from an allowed ``Origin`` carry ``Access-Control-Allow-Origin`` and expose the
    ``Link``, ``ETag`` and ``Location`` headers; preflight ``OPTIONS`` requests are answered
    with the allowed methods and headers.
"""

from __future__ import annotations

import hmac

from flask import Flask, Response, current_app, request
from flask_smorest import abort

#: Endpoints that are never behind a key.
PUBLIC_ENDPOINTS = {"meta.Health", "api-docs.openapi_json", "api-docs.openapi_swagger_ui"}

#: Endpoints that take a JSON body.
JSON_BODY_ENDPOINTS = {
    ("POST", "articles.Articles"),
    ("POST", "meta.Resolve"),
    ("POST", "sources.Sources"),
}

#: POST endpoints that store nothing.
READ_ONLY_POSTS = {"meta.Resolve"} | {
    f"grafana.{view}"
    for view in ("Search", "Metrics", "Query", "Annotations", "TagKeys", "TagValues")
}

_API_BLUEPRINTS = {"meta", "articles", "events", "sources", "grafana", "happenings"}


def _is_write() -> bool:
    if request.method in ("GET", "HEAD", "OPTIONS"):
        return False
    return request.endpoint not in READ_ONLY_POSTS


def _presented_key() -> str | None:
    scheme, _, credentials = request.headers.get("Authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not credentials.strip():
        return None
    return credentials.strip()


def require_key() -> None:
    """Refuse (401) a request that needs a key and has none of the configured ones."""
    if request.blueprint not in _API_BLUEPRINTS or request.endpoint in PUBLIC_ENDPOINTS:
        return
    keys = current_app.config["TIMELINE_API_KEYS"]
    if not keys or request.method == "OPTIONS":
        return
    if not _is_write() and not current_app.config["TIMELINE_READS_REQUIRE_KEY"]:
        return
    presented = _presented_key()
    if presented is None:
        abort(
            401,
            message="This endpoint needs 'Authorization: Bearer <key>'.",
            headers={"WWW-Authenticate": 'Bearer realm="timeline"'},
        )
    if not any(hmac.compare_digest(presented.encode(), key.encode()) for key in keys):
        abort(
            401,
            message="The API key is not valid.",
            headers={"WWW-Authenticate": 'Bearer realm="timeline", error="invalid_token"'},
        )


def require_json() -> None:
    """Refuse (415) a body that is not declared as JSON on endpoints that read JSON."""
    if (request.method, request.endpoint) in JSON_BODY_ENDPOINTS and not request.is_json:
        given = request.mimetype or "none"
        abort(
            415,
            message=f"Send the body as JSON ('Content-Type: application/json'), not {given}.",
            errors={"Content-Type": [f"Expected application/json, got {given}."]},
        )


def cors(response: Response) -> Response:
    """Add CORS headers for an allowed ``Origin``."""
    origins = current_app.config["TIMELINE_CORS_ORIGINS"]
    if not origins:
        return response
    # Whether (and which) grant an answer carries depends on the Origin: caches must know.
    response.vary.add("Origin")
    origin = request.headers.get("Origin")
    if not origin:
        return response
    if "*" in origins:
        response.headers["Access-Control-Allow-Origin"] = "*"
    elif origin in origins:
        response.headers["Access-Control-Allow-Origin"] = origin
    else:
        return response
    response.headers["Access-Control-Expose-Headers"] = "Link, ETag, Location"
    if request.method == "OPTIONS":
        response.headers["Access-Control-Allow-Methods"] = "GET, HEAD, POST, DELETE, OPTIONS"
        response.headers["Access-Control-Allow-Headers"] = (
            "Authorization, Content-Type, If-None-Match, Accept"
        )
        response.headers["Access-Control-Max-Age"] = "600"
    return response


def init_app(app: Flask) -> None:
    """Install the gates; they run before the per-request database connection opens."""
    from api.bodies import read_json_body

    app.before_request_funcs.setdefault(None, [])[:0] = [require_key, require_json, read_json_body]
    app.after_request(cors)
