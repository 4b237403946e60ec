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

What the document says is what is refused: an unknown filter key, an operator other than
``=``, an unknown target, a range bound that is no time. A filter *value* is free text typed
in a dashboard: one that no event can have (a basis or granularity that does not exist, an
article that is no id, no word to search, ``coarsest`` finer than ``finest``) selects
nothing, and so does a range whose ``to`` is not later than its ``from``: the answer is empty,
as for any filter that matches nothing.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from itertools import islice
from typing import Any
from urllib.parse import parse_qsl

import marshmallow as ma
from flask.views import MethodView
from flask_smorest import Blueprint
from marshmallow import fields

from api.resources import _event_filter, _missing_dependency, _query_error
from api.schemas import MOMENT_PATTERN, EventFilterArgs, Moment, _described
from timeline import exports, queries
from timeline.queries.search import parse as parse_words
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


#: An annotation's query string: ``key=value`` pairs of the filters joined by ``&`` (values
#: percent-encoded or not; ``+`` is a space), or nothing.
_PAIR = "(?:" + "|".join(TAG_KEYS) + ")=[^&]*"
ANNOTATION_QUERY_PATTERN = f"^(?:{_PAIR}(?:&{_PAIR})*)?$"


class RangeSchema(_Loose):
    start = Moment(
        data_key="from",
        required=True,
        **_described(
            "Start of the dashboard's range, as /events reads 'from' (an ISO 8601 time or epoch "
            "milliseconds). A range whose 'to' is not later selects nothing.",
            pattern=MOMENT_PATTERN,
        ),
    )
    end = Moment(
        data_key="to",
        required=True,
        **_described("End of the dashboard's range.", pattern=MOMENT_PATTERN),
    )


class FilterSchema(_Loose):
    key = fields.String(
        required=True, validate=ma.validate.OneOf(TAG_KEYS), **_described("The filter.")
    )
    operator = fields.String(load_default="=", validate=ma.validate.OneOf(["="]))
    value = fields.String(
        required=True,
        **_described(
            "Its value, as the /events parameter of that name takes it; a value no event has "
            "selects nothing."
        ),
    )


class FilterValue(fields.Field):
    """A filter value of a target's payload: a string, or an integer (an article id)."""

    default_error_messages = {"invalid": "Must be a string or an integer."}

    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> str:
        if isinstance(value, bool) or not isinstance(value, str | int):
            raise self.make_error("invalid")
        return str(value)


class PayloadSchema(ma.Schema):
    """The filters of one target, by the names of the /events parameters."""

    class Meta:
        unknown = ma.RAISE

    source, q, basis, finest, coarsest, article = (
        FilterValue(
            allow_none=True,
            metadata={
                "description": f"The /events '{key}' filter (a value no event has selects "
                "nothing; null or empty: no filter).",
                "oneOf": [{"type": "string"}, {"type": "integer"}],
            },
        )
        for key in TAG_KEYS
    )


class TargetSchema(_Loose):
    target = fields.String(load_default=TABLE, validate=ma.validate.OneOf((TABLE, COUNT)))
    refId = fields.String(load_default="A")  # noqa: N815
    type = fields.String(load_default=None, allow_none=True)
    payload = fields.Nested(PayloadSchema, load_default=dict)


class QuerySchema(_Loose):
    range = fields.Nested(RangeSchema, required=True)
    targets = fields.List(fields.Nested(TargetSchema), required=True)
    maxDataPoints = fields.Integer(load_default=DEFAULT_ROWS, strict=True)  # noqa: N815
    adhocFilters = fields.List(fields.Nested(FilterSchema), load_default=list)  # noqa: N815


class JSONBoolean(fields.Boolean):
    """A JSON true or false, nothing else (marshmallow's takes 0, 1, "yes" ...)."""

    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> bool:
        if not isinstance(value, bool):
            raise self.make_error("invalid", input=value)
        return value


class AnnotationSchema(_Loose):
    name = fields.String(load_default="timeline")
    query = fields.String(
        load_default="",
        allow_none=True,
        validate=ma.validate.Regexp(ANNOTATION_QUERY_PATTERN),
        **_described(
            "The filters as a query string (source=Wire&q=shelling); a value no event has "
            "selects nothing.",
            pattern=ANNOTATION_QUERY_PATTERN,
        ),
    )
    enable = JSONBoolean(load_default=True)


class AnnotationsSchema(_Loose):
    range = fields.Nested(RangeSchema, required=True)
    annotation = fields.Nested(AnnotationSchema, load_default=dict)


class SearchSchema(_Loose):
    target = fields.String(load_default="")


class TagValuesSchema(_Loose):
    key = fields.String(required=True)


#: The filters' own rules: those of the /events parameters of the same names.
_FILTER_ARGS = EventFilterArgs(only=TAG_KEYS)


def _filter(rng: dict[str, Any], given: dict[str, Any]) -> queries.EventFilter | None:
    """The :class:`EventFilter` of a Grafana range and filters (the keys are checked by the
    schemas), or None when nothing can match: an empty range, or a value no event has."""
    values = {key: value for key, value in given.items() if value not in (None, "")}
    try:
        args = _FILTER_ARGS.load(values)
        if args.get("q") is not None:
            parse_words(args["q"])
        return _event_filter({**args, "start": rng["start"], "end": rng["end"]})
    except (ma.ValidationError, queries.QueryError):
        return None


def _adhoc(filters: list[dict[str, Any]]) -> dict[str, str]:
    return {flt["key"]: flt["value"] for flt in filters}


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


def _series(flt: queries.EventFilter) -> tuple[queries.EventFilter, str]:
    """The finest bucket unit that keeps a range within :data:`queries.MAX_BUCKETS`, and the
    range itself, cut to its last :data:`queries.MAX_BUCKETS` months when even months are
    too many (a range of more than 80 years)."""
    assert flt.start is not None and flt.end is not None
    span = flt.end - flt.start
    if span <= timedelta(days=queries.MAX_BUCKETS - 2):
        return flt, "day"
    if span <= timedelta(weeks=queries.MAX_BUCKETS - 2):
        return flt, "week"
    earliest = flt.end - timedelta(days=28 * (queries.MAX_BUCKETS - 2))
    return replace(flt, start=max(flt.start, earliest)), "month"


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
                buckets = queries.bucket_events(*_series(flt), first=0) if flt else []
                answers.append(
                    {
                        "target": COUNT,
                        "refId": target["refId"],
                        "datapoints": [[b.count, int(b.start.timestamp() * 1000)] for b in buckets],
                    }
                )
            elif target["target"] == TABLE:
                rows = min(max(body["maxDataPoints"], 1), MAX_ROWS)
                events = islice(queries.iter_events(flt), rows) if flt else iter(())
                answers.append(
                    {
                        "type": "table",
                        "refId": target["refId"],
                        "columns": TABLE_COLUMNS,
                        "rows": [_row(e) for e in events],
                    }
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
        if flt is None:
            return []
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
