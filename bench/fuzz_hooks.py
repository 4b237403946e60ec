"""Schemathesis hooks for ``bench/fuzz.py``: the rules across parameters that the OpenAPI
document states in words but cannot express as a schema.

The document gives each parameter exactly (patterns, bounds, enums); what JSON Schema cannot
say is how two parameters relate. A generated query that breaks one of these rules is dropped
before it is sent, so "schema-valid request rejected" means what it says:

- ``from`` must be earlier than ``to`` (``/events``, ``/timeline``; ``published_from`` and
  ``published_to`` of ``/articles`` may be in any order: they select nothing then);
- ``coarsest`` is not finer than ``finest``;
- a ``/timeline`` window is at most 1000 buckets of its ``unit``.

Each of these is refused with 422 naming the parameter, as ``tests/web_api/test_errors.py``
pins. Three more refusals depend on data, not on the form of a value, and are accepted as
422s too: a ``place`` that is not in the gazetteer, a ``q`` in which the search finds no
word (``timeline.queries.search.parse``: the pattern asks for a letter or digit, the search's
own reading of words is finer), and a source ``url`` whose host is, or resolves to, an
internal address (``timeline.sources.addresses``: what a name resolves to is DNS's answer).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import schemathesis

from timeline.queries.filters import MAX_BUCKETS
from timeline.temporal.types import GRANULARITIES

_UNIT_DAYS = {"day": 1, "week": 7, "month": 28}


def _moment(value: Any) -> datetime | None:
    """``value`` read as the API reads ``from``/``to`` (ISO 8601 or epoch milliseconds)."""
    import marshmallow

    from api.schemas import Moment

    try:
        return Moment().deserialize(value)
    except (marshmallow.ValidationError, ValueError, TypeError):
        return None


def follows_cross_parameter_rules(path: str, query: dict[str, Any]) -> bool:
    """Whether ``query`` (of the operation at ``path``) keeps the rules above."""
    start, end = _moment(query.get("from")), _moment(query.get("to"))
    if start is not None and end is not None:
        if not start < end:
            return False
        if path.endswith("/timeline"):
            days = _UNIT_DAYS.get(query.get("unit", "day"), 1)
            if (end - start).days > (MAX_BUCKETS - 2) * days:
                return False
    finest, coarsest = query.get("finest"), query.get("coarsest")
    return not (
        finest in GRANULARITIES
        and coarsest in GRANULARITIES
        and GRANULARITIES.index(finest) > GRANULARITIES.index(coarsest)
    )


@schemathesis.hook
def filter_query(context, query):
    if not query:
        return True
    operation = getattr(context, "operation", None)
    path = getattr(operation, "path", "") or ""
    return follows_cross_parameter_rules(path, query)


@schemathesis.hook
def filter_failure(context, failure, case, response):
    """Keep every failure except a 422 for a query that breaks one of the rules above (the
    coverage phase builds its cases without the query filter)."""
    if response is None or getattr(response, "status_code", None) != 422:
        return True
    query = dict(case.query or {})
    if not follows_cross_parameter_rules(case.path or "", query):
        return False
    try:
        fields = set(response.json().get("errors", {}))
    except (ValueError, AttributeError):
        return True
    if fields == {"place"}:
        return False
    if fields == {"url"} and _internal_address(response):
        return False
    return not (fields == {"q"} and not _has_words(query.get("q")))


def _has_words(q: Any) -> bool:
    from timeline.queries import QueryError
    from timeline.queries.search import parse

    try:
        parse(str(q))
    except QueryError:
        return False
    return True


def _internal_address(response: Any) -> bool:
    from timeline.sources.addresses import ALLOW_ENV

    return any(ALLOW_ENV in message for message in response.json()["errors"]["url"])
