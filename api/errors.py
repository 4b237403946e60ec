"""One error shape for the whole API: ``application/problem+json`` (RFC 9457).

Every 4xx and 5xx answer, whoever raised it (Flask's routing, webargs validation, a view's
``abort``, the body size limit, an unexpected exception), is rendered by :func:`problem`::

    {"type": "about:blank", "title": "Unprocessable Entity", "status": 422,
     "detail": "Invalid value for: published_at.",
     "errors": {"published_at": ["Not a valid date or datetime."]}}

``errors`` maps a parameter or body field (dotted for nested fields, ``body`` for the body as
a whole) to its messages; it is ``{}`` when the error is not about fields.
"""

from __future__ import annotations

import http
from collections.abc import Mapping
from typing import Any

import marshmallow as ma
from flask import Response, current_app, json
from werkzeug.exceptions import HTTPException

PROBLEM_JSON = "application/problem+json"


class ProblemSchema(ma.Schema):
    """An RFC 9457 problem detail (documentation only: :func:`problem` builds the payload)."""

    type = ma.fields.String(
        required=True,
        metadata={
            "description": "A URI reference identifying the problem type; 'about:blank' when the "
            "HTTP status says it all."
        },
    )
    title = ma.fields.String(required=True, metadata={"description": "The HTTP status phrase."})
    status = ma.fields.Integer(required=True, metadata={"description": "The HTTP status code."})
    detail = ma.fields.String(
        required=True, metadata={"description": "What went wrong with this request, for people."}
    )
    errors = ma.fields.Dict(
        keys=ma.fields.String(),
        values=ma.fields.List(ma.fields.String()),
        required=True,
        metadata={
            "description": "Messages per offending field (dotted for nested fields, "
            "'body' for the whole body); empty when not about fields."
        },
    )


#: What a client should read when Werkzeug gives no better description.
_DETAILS = {
    400: "The request could not be understood.",
    401: "This endpoint needs 'Authorization: Bearer <key>' with a valid API key.",
    404: "There is nothing at this URL.",
    405: "This URL does not accept that method.",
    413: "The request body is larger than this server accepts.",
    415: "Send the body as JSON with 'Content-Type: application/json'.",
    422: "The request has invalid fields.",
    500: "The server failed to answer this request; the failure has been logged.",
}

_LOCATION_FIELD = {
    "json": "body",
    "query": "query",
    "querystring": "query",
    "view_args": "path",
    "headers": "headers",
}


def flatten_messages(messages: Any, prefix: str = "") -> dict[str, list[str]]:
    """webargs/marshmallow nested messages as ``{"field.sub": ["message", ...]}``."""
    if isinstance(messages, Mapping):
        out: dict[str, list[str]] = {}
        for key, value in messages.items():
            name = prefix if key == "_schema" and prefix else str(key)
            if prefix and key != "_schema":
                name = f"{prefix}.{key}"
            for field, texts in flatten_messages(value, name).items():
                out.setdefault(field, []).extend(texts)
        return out
    if isinstance(messages, list | tuple):
        texts: list[str] = []
        nested: dict[str, list[str]] = {}
        for item in messages:
            if isinstance(item, Mapping):
                for field, values in flatten_messages(item, prefix).items():
                    nested.setdefault(field, []).extend(values)
            else:
                texts.append(str(item))
        if texts:
            nested.setdefault(prefix or "body", []).extend(texts)
        return nested
    return {prefix or "body": [str(messages)]}


def _webargs_errors(messages: Mapping[str, Any]) -> dict[str, list[str]]:
    """webargs messages are keyed by location first (``{"json": {...}, "query": {...}}``):
    fields keep their names, messages about a location as a whole go under its name."""
    out: dict[str, list[str]] = {}
    for location, value in messages.items():
        if isinstance(value, Mapping):
            fields = {
                (_LOCATION_FIELD.get(location, location) if k == "_schema" else k): v
                for k, v in value.items()
            }
            found = flatten_messages(fields)
        else:
            found = flatten_messages(value, _LOCATION_FIELD.get(location, location))
        for field, texts in found.items():
            out.setdefault(field, []).extend(texts)
    return out


def problem(
    status: int,
    detail: str | None = None,
    errors: Mapping[str, list[str]] | None = None,
    headers: Mapping[str, str] | None = None,
) -> Response:
    """A ``problem+json`` response."""
    body = {
        "type": "about:blank",
        "title": http.HTTPStatus(status).phrase,
        "status": status,
        "detail": detail or _DETAILS.get(status) or http.HTTPStatus(status).description,
        "errors": dict(errors or {}),
    }
    response = Response(json.dumps(body), status=status, mimetype=PROBLEM_JSON)
    for name, value in (headers or {}).items():
        response.headers[name] = value
    return response


def handle_http_exception(error: HTTPException) -> Response:
    """Render any :class:`~werkzeug.exceptions.HTTPException` as a problem.

    ``abort(status, message=..., errors=..., headers=...)`` (flask-smorest's) fills in the
    detail, field errors and headers; webargs validation errors arrive as ``messages``.
    """
    status = error.code or 500
    data = getattr(error, "data", None) or {}
    errors: dict[str, list[str]] = {}
    if "errors" in data:
        errors = {k: list(v) for k, v in data["errors"].items()}
    elif "messages" in data:
        errors = _webargs_errors(data["messages"])
    detail = data.get("message")
    if detail is None and errors and status in (400, 422):
        if status == 400 and "body" in errors:
            detail = "The request body is not valid JSON."
        else:
            detail = f"Invalid value for: {', '.join(sorted(errors))}."
    if detail is None and status == 413:
        limit = current_app.config.get("MAX_CONTENT_LENGTH")
        detail = f"The request body is larger than the limit of {limit} bytes."
        errors = {"body": [detail]}
    if detail is None and status not in _DETAILS and error.description:
        detail = error.description
    headers = dict(data.get("headers") or {})
    if status == 405:
        for name, value in error.get_headers():
            if name.lower() == "allow":
                headers["Allow"] = value
    return problem(status, detail, errors, headers)
