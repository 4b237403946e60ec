"""Security headers on every answer.

Every answer: ``X-Content-Type-Options: nosniff`` (a JSON or CSV answer is never sniffed into
a script), ``X-Frame-Options: DENY`` (no page can be framed: clickjacking) and
``Referrer-Policy: same-origin`` (a link to an article's source sends no URL of this
service).

HTML answers (the web pages and the API docs) also carry :data:`CONTENT_SECURITY_POLICY`. The
pages load nothing from elsewhere and have no inline script or style (their JavaScript and
CSS are files under ``/assets``; the docs page's start-up script is
``/assets/swagger-init.js``), so the policy allows only this origin's files: a stored
``<script>`` that slipped into a page could not run. ``tests/web_api/test_security_headers.py``
checks the headers and the templates; the browser tests run with the policy and fail on a
violation.
"""

from __future__ import annotations

from flask import Flask, Response

CONTENT_SECURITY_POLICY = "; ".join(
    (
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",  # Swagger UI's icons are data: SVGs
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    )
)

COMMON = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
}


def add_security_headers(response: Response) -> Response:
    for name, value in COMMON.items():
        response.headers.setdefault(name, value)
    if response.mimetype == "text/html":
        response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
    return response


def init_app(app: Flask) -> None:
    app.after_request(add_security_headers)
