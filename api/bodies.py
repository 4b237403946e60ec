"""JSON request bodies, read once and safely, before any view or schema sees them.

A body is refused with a problem before webargs or a view parses it:

- 413 when it is larger than ``TIMELINE_MAX_BODY_BYTES`` (``MAX_CONTENT_LENGTH``), whether
  it declares a ``Content-Length`` or arrives chunked (``Transfer-Encoding: chunked``: it is
  read up to one byte past the limit, never further);
- 400 when it is not JSON that Python can hold: a syntax error, text that is not UTF-8, a
  value nested deeper than :data:`MAX_DEPTH` (the decoder would exhaust the stack) or an
  integer longer than Python's digit limit (``sys.get_int_max_str_digits()``, 4,300).

The bytes read are kept on the request, so the schemas and ``request.get_json()`` read the
same body without touching the stream again.
"""

from __future__ import annotations

import json
from typing import Any

from flask import current_app, request
from flask_smorest import abort

#: Deepest nesting of arrays and objects a body may have (an article is 1 deep).
MAX_DEPTH = 64


def _depth_exceeds(text: str, limit: int) -> bool:
    """Whether ``text`` (JSON) nests arrays/objects more than ``limit`` deep; strings are
    skipped, so brackets inside them do not count. Iterative: no recursion on any input."""
    depth = 0
    in_string = escaped = False
    for char in text:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            if depth > limit:
                return True
        elif char in "]}":
            depth -= 1
    return False


def parse_json_text(text: str, max_depth: int = MAX_DEPTH) -> Any:
    """Decode ``text``; :class:`ValueError` with a reason a person can act on for anything
    the decoder cannot hold (too deep, an integer too long) or that is not JSON."""
    if _depth_exceeds(text, max_depth):
        raise ValueError(f"JSON nested deeper than {max_depth} levels")
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise ValueError(
            f"not valid JSON: {error.msg} (line {error.lineno}, column {error.colno})"
        ) from None
    except RecursionError:  # pragma: no cover - the depth check comes first
        raise ValueError(f"JSON nested deeper than {max_depth} levels") from None
    except ValueError as error:  # "Exceeds the limit (4300 digits) for integer string ..."
        raise ValueError(f"a number in the JSON is too long: {error}") from None


def _read_body() -> bytes:
    """The request body, at most ``MAX_CONTENT_LENGTH`` bytes (413 past it)."""
    limit = current_app.config.get("MAX_CONTENT_LENGTH")
    if request.content_length is not None or limit is None:
        return request.get_data(cache=True)  # Werkzeug refuses a declared length over limit
    chunks, size = [], 0
    stream = request.stream
    while True:
        chunk = stream.read(min(65536, limit + 1 - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
        if size > limit:
            abort(413)
    return b"".join(chunks)


def read_json_body() -> None:
    """The gate (for endpoints that take a JSON body): read, size-check and decode the body
    once; keep bytes and value on the request for the schemas and the view."""
    from api.security import JSON_BODY_ENDPOINTS

    if (request.method, request.endpoint) not in JSON_BODY_ENDPOINTS or not request.is_json:
        return
    data = _read_body()
    request._cached_data = data  # what request.get_data() and webargs read from now on
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        _bad_body(
            f"not UTF-8: byte 0x{data[error.start : error.start + 1].hex()} at offset {error.start}"
        )
    try:
        value = parse_json_text(text)
    except ValueError as error:
        _bad_body(str(error))
    request._cached_json = (value, value)  # what request.get_json() returns


def _bad_body(reason: str) -> None:
    abort(
        400,
        message=f"The request body is not valid JSON: {reason}.",
        errors={"body": [reason[0].upper() + reason[1:] + "."]},
    )
