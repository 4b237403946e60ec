"""Grafana's JSON data source, spoken natively: ``/api/v1/grafana/``.

A Grafana user adds this URL as a data source of the "JSON" plugin (``simpod-json-datasource``,
the maintained successor of "SimpleJson") and gets, with no plugin code of ours:

``GET /``              the connection test (200);
``POST /search``       the metrics a panel can ask for (``events``, ``event count``);
``POST /query``        ``events`` as a table (one row per event, times in epoch ms) and
                       ``event count`` as a time series (events per day, week or month);
``POST /annotations``  the events of the dashboard's range as annotations (region from start
                       to end, tags source, granularity, basis);
``POST /tag-keys``, ``POST /tag-values``  the filters, offered as ad hoc filters.

Filters are the ``/events`` ones (``source``, ``q``, ``basis``, ``finest``, ``coarsest``,
``article``), given as ad hoc filters (``key = value``), as a target's ``payload`` object or
as an annotation's query string (``source=Wire&q=shelling``). docs/grafana.md shows each
request as Grafana sends it.
"""

from __future__ import annotations

from datetime import timedelta
from itertools import islice
from typing import Any
from urllib.parse import parse_qsl

import marshmallow as ma
from flask.views import MethodView
from flask_smorest import Blueprint, abort
from marshmallow import fields

from api.resources import _missing_dependency, _query_error
from api.schemas import Moment
from timeline import exports, queries
from timeline.temporal.types import GRANULARITIES

grafana = Blueprint(
    "grafana", __name__, description="Grafana's JSON data source (simpod-json-datasource)."
)

grafana.register_error_handler(queries.QueryError, _query_error)
grafana.register_error_handler(exports.MissingDependency, _missing_dependency)

#: The metrics :class:`Search` offers.
TABLE, COUNT = "events", "event count"

#: Filter keys offered as Grafana tags, and the values each takes (None: any text).
TAG_KEYS = ("source", "q", "basis", "finest", "coarsest", "article")

#: Rows in one table answer unless the panel's ``maxDataPoints`` asks for fewer; at most
#: :data:`MAX_ROWS`.
DEFAULT_ROWS, MAX_ROWS = 1000, 10_000

TABLE_COLUMNS = [
    {"text": "Time", "type": "time"},
    {"text": "End", "type": "time"},
    {"text": "Sentence", "type": "string"},
    {"text": "Expression", "type": "string"},
    {"text": "Granularity", "type": "string"},
    {"text": "Basis", "type": "string"},
    {"text": "Title", "type": "string"},
    {"text": "Source", "type": "string"},
    {"text": "URL", "type": "string"},
    {"text": "Id", "type": "number"},
]


class _Loose(ma.Schema):
    class Meta:
        unknown = ma.EXCLUDE


class RangeSchema(_Loose):
    start = Moment(data_key="from", required=True)
    end = Moment(data_key="to", required=True)


class FilterSchema(_Loose):
    key = fields.String(required=True)
    operator = fields.String(load_default="=")
    value = fields.String(required=True)


class TargetSchema(_Loose):
    target = fields.String(load_default=TABLE)
    refId = fields.String(load_default="A")  # noqa: N815
    type = fields.String(load_default=None, allow_none=True)
    payload = fields.Dict(load_default=dict)


class QuerySchema(_Loose):
    range = fields.Nested(RangeSchema, required=True)
    targets = fields.List(fields.Nested(TargetSchema), required=True)
    maxDataPoints = fields.Integer(load_default=DEFAULT_ROWS)  # noqa: N815
    adhocFilters = fields.List(fields.Nested(FilterSchema), load_default=list)  # noqa: N815


class AnnotationSchema(_Loose):
    name = fields.String(load_default="timeline")
    query = fields.String(load_default="", allow_none=True)
    enable = fields.Boolean(load_default=True)


class AnnotationsSchema(_Loose):
    range = fields.Nested(RangeSchema, required=True)
    annotation = fields.Nested(AnnotationSchema, load_default=dict)


class SearchSchema(_Loose):
    target = fields.String(load_default="")


class TagValuesSchema(_Loose):
    key = fields.String(required=True)


def _filter(rng: dict[str, Any], given: dict[str, Any]) -> queries.EventFilter:
    """The :class:`EventFilter` of a Grafana range and filters (422 naming an unknown key)."""
    unknown = sorted(set(given) - set(TAG_KEYS))
    if unknown:
        abort(
            422,
            message=f"Unknown filter: {', '.join(unknown)}. Filters are {', '.join(TAG_KEYS)}.",
            errors={k: ["Unknown filter."] for k in unknown},
        )
    article = given.get("article")
    if article is not None:
        try:
            article = int(article)
        except ValueError:
            abort(
                422,
                message="Invalid value for: article.",
                errors={"article": ["Not an article id."]},
            )
    return queries.EventFilter(
        start=rng["start"],
        end=rng["end"],
        q=given.get("q") or None,
        source=given.get("source") or None,
        article_id=article,
        basis=given.get("basis") or None,
        finest=given.get("finest") or None,
        coarsest=given.get("coarsest") or None,
    )


def _adhoc(filters: list[dict[str, Any]]) -> dict[str, str]:
    given = {}
    for flt in filters:
        if flt["operator"] != "=":
            abort(
                422,
                message=f"Only '=' filters are supported, not {flt['operator']!r} on {flt['key']}.",
                errors={flt["key"]: ["Only '=' is supported."]},
            )
        given[flt["key"]] = flt["value"]
    return given


def _row(event: dict[str, Any]) -> list[Any]:
    expression = event.get("expression") or {}
    return [
        exports.epoch_ms(event["start"]),
        exports.epoch_ms(event["end"]),
        event["text"],
        expression.get("text"),
        event["granularity"],
        event["basis"],
        event.get("title"),
        event.get("source"),
        event.get("url"),
        event["id"],
    ]


def _unit(flt: queries.EventFilter) -> str:
    """The finest bucket unit that keeps a range within :data:`queries.MAX_BUCKETS`."""
    assert flt.start is not None and flt.end is not None
    span = flt.end - flt.start
    if span <= timedelta(days=queries.MAX_BUCKETS - 2):
        return "day"
    return "week" if span <= timedelta(weeks=queries.MAX_BUCKETS - 2) else "month"


@grafana.route("/")
class Root(MethodView):
    @grafana.response(200, description="The data source answers (Grafana's 'Save & test').")
    def get(self):
        """Connection test"""
        return {"status": "ok"}


@grafana.route("/search")
class Search(MethodView):
    @grafana.arguments(SearchSchema, required=False)  # Grafana may send none: every metric
    @grafana.response(200)
    def post(self, body):
        """The metrics a panel can query: `events` (a table) and `event count` (a series)"""
        return [m for m in (TABLE, COUNT) if body["target"].lower() in m]


@grafana.route("/metrics")
class Metrics(MethodView):
    @grafana.response(200)
    def post(self):
        """The metrics, as the JSON data source's metric picker lists them"""
        return [
            {"label": "Events (table)", "value": TABLE},
            {"label": "Event count (time series)", "value": COUNT},
        ]


@grafana.route("/query")
class Query(MethodView):
    @grafana.arguments(QuerySchema)
    @grafana.response(200)
    def post(self, body):
        """Table of events or series of counts, for the dashboard's range and filters"""
        adhoc = _adhoc(body["adhocFilters"])
        answers = []
        for target in body["targets"]:
            flt = _filter(body["range"], {**adhoc, **target["payload"]})
            if target["target"] == COUNT:
                buckets = queries.bucket_events(flt, _unit(flt), first=0)
                answers.append(
                    {
                        "target": COUNT,
                        "refId": target["refId"],
                        "datapoints": [[b.count, int(b.start.timestamp() * 1000)] for b in buckets],
                    }
                )
            elif target["target"] == TABLE:
                rows = min(max(body["maxDataPoints"], 1), MAX_ROWS)
                events = islice(queries.iter_events(flt), rows)
                answers.append(
                    {
                        "type": "table",
                        "refId": target["refId"],
                        "columns": TABLE_COLUMNS,
                        "rows": [_row(e) for e in events],
                    }
                )
            else:
                abort(
                    422,
                    message=f"Unknown target {target['target']!r}: use {TABLE!r} or {COUNT!r}.",
                    errors={"target": [f"One of: {TABLE}, {COUNT}."]},
                )
        return answers


@grafana.route("/annotations")
class Annotations(MethodView):
    @grafana.arguments(AnnotationsSchema)
    @grafana.response(200)
    def post(self, body):
        """The range's events as annotations (the annotation's query holds the filters)"""
        annotation = body["annotation"]
        flt = _filter(body["range"], dict(parse_qsl(annotation.get("query") or "")))
        return [
            {**exports.grafana_annotation(event), "annotation": annotation}
            for event in islice(queries.iter_events(flt), MAX_ROWS)
        ]


@grafana.route("/tag-keys")
class TagKeys(MethodView):
    @grafana.response(200)
    def post(self):
        """The filters, as ad hoc filter keys"""
        return [
            {"type": "number" if key == "article" else "string", "text": key} for key in TAG_KEYS
        ]


@grafana.route("/tag-values")
class TagValues(MethodView):
    @grafana.arguments(TagValuesSchema)
    @grafana.response(200)
    def post(self, body):
        """The values a filter takes (sources stored, bases, granularities)"""
        key = body["key"]
        if key == "source":
            values = queries.list_sources()
        elif key == "basis":
            values = list(queries.BASES)
        elif key in ("finest", "coarsest"):
            values = list(GRANULARITIES)
        else:
            values = []
        return [{"text": value} for value in values]
