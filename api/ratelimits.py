"""Per-client rate limits on the expensive and the writing endpoints (Flask-Limiter).

``POST /resolve`` runs the tagger on up to ``TIMELINE_RESOLVE_MAX_CHARS`` characters for
anyone, key or not; writes store and tag articles. Each has a budget per client (its
address, ``REMOTE_ADDR``: behind a proxy, have the proxy set it, e.g. gunicorn's
``--forwarded-allow-ips``), set by ``TIMELINE_RATE_LIMIT_RESOLVE`` and
``TIMELINE_RATE_LIMIT_WRITES`` in the ``limits`` notation (``120/minute``,
``10/second;1000/hour``); empty turns a limit off. Reads are not limited.

A client over its budget gets ``429 Too Many Requests`` as problem+json with ``Retry-After``
(seconds) and the ``X-RateLimit-*`` headers. The counters live in
``TIMELINE_RATE_LIMIT_STORAGE`` (``memory://`` by default: per worker process, so with
``--workers N`` a client may get up to N times the budget; a ``redis://`` URL shares them).
"""

from __future__ import annotations

from flask import Flask
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address

#: (setting, scope, methods, endpoints) of each budget.
BUDGETS = (
    ("TIMELINE_RATE_LIMIT_RESOLVE", "resolve", ["POST"], ("meta.Resolve",)),
    (
        "TIMELINE_RATE_LIMIT_WRITES",
        "writes",
        ["POST", "DELETE"],
        ("articles.Articles", "articles.ArticleById"),
    ),
)


def init_app(app: Flask) -> Limiter:
    """Attach a limiter with the configured budgets to the registered endpoints."""
    limiter = Limiter(
        get_remote_address,
        app=app,
        headers_enabled=True,
        storage_uri=app.config["TIMELINE_RATE_LIMIT_STORAGE"],
        strategy="moving-window",
    )
    for setting, scope, methods, endpoints in BUDGETS:
        value = app.config[setting]
        if not value:
            continue
        shared = limiter.shared_limit(value, scope=scope, methods=methods)
        for endpoint in endpoints:
            app.view_functions[endpoint] = shared(app.view_functions[endpoint])
    return limiter
