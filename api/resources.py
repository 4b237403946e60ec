"""The ``/api/v1`` endpoints: one MethodView per resource, I/O declared by decorators.

The views are thin: they parse arguments (webargs, :mod:`api.schemas`), call the core
(:mod:`timeline.queries`, :mod:`timeline.exports`, :mod:`timeline.ingest`) and shape the HTTP
answer. Timeline reads (``/events``, ``/timeline``) are serialised once to bytes, carry a
strong ``ETag`` and answer ``If-None-Match`` with 304.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from flask import Response, json, request, url_for
from flask.views import MethodView
from flask_smorest import Blueprint, abort

from api import errors, schemas, streaming
from api.sources import sources
from timeline import __version__, exports, queries, store
from timeline.ingest import delete_article, ingest_article

meta = Blueprint("meta", __name__, description="Service health and the tagger.")
articles = Blueprint("articles", __name__, description="Ingest, list, read and delete articles.")
events = Blueprint("events", __name__, description="The timeline: events and buckets.")

BLUEPRINTS = (meta, articles, events, sources)

_SECURED = [{"bearerAuth": []}]

_STRING = {"schema": {"type": "string"}}
_BINARY = {"schema": {"type": "string", "format": "binary"}}
#: Export media types whose answers are bytes, not text.
_BINARY_TYPES = {"application/vnd.apache.parquet"}

#: Media types a client can ask for with ``Accept`` instead of ``format=``: JSON and every
#: export format with a media type of its own (the JSON-typed ones need ``format=``).
_ACCEPTED = {
    "application/json": "json",
    **{f.essence: f.name for f in exports.FORMATS.values() if f.essence != "application/json"},
}

#: The answer shape of each JSON-typed export format, for the OpenAPI document (a test checks
#: that every such format has one).
JSON_FORMAT_SHAPES: dict[str, dict[str, Any]] = {
    "timelinejs": {"$ref": "#/components/schemas/TimelineJS"},
    "grafana": {"type": "array", "items": {"$ref": "#/components/schemas/GrafanaAnnotation"}},
}


def _query_error(error: queries.QueryError) -> Response:
    """A 422 problem naming the parameter a core query refused (any view that queries)."""
    return errors.problem(
        422, f"Invalid value for: {error.field}. {error.message}", {error.field: [error.message]}
    )


def _missing_dependency(error: exports.MissingDependency) -> Response:
    """A 501 problem for a format whose library this server lacks (Parquet without pyarrow)."""
    return errors.problem(501, str(error), {"format": [str(error)]})


for _blueprint in (articles, events):
    _blueprint.register_error_handler(queries.QueryError, _query_error)
    _blueprint.register_error_handler(exports.MissingDependency, _missing_dependency)


def _conditional_json(payload: Any, status: int = 200, **headers: str) -> Response:
    """A JSON answer with a strong ETag, 304 when the client already has it."""
    response = Response(json.dumps(payload), status=status, mimetype="application/json")
    return _conditional(response, headers)


def _conditional(response: Response, headers: dict[str, str]) -> Response:
    for name, value in headers.items():
        response.headers[name] = value
    response.add_etag()
    return response.make_conditional(request)


def _next_link(cursor: str | None) -> dict[str, str]:
    if cursor is None:
        return {}
    args = request.args.to_dict(flat=False)
    args["cursor"] = [cursor]
    url = f"{request.base_url}?{urlencode(args, doseq=True)}"
    return {"Link": f'<{url}>; rel="next"'}


def _event_filter(args: dict[str, Any]) -> queries.EventFilter:
    return queries.EventFilter(
        start=args.get("start"),
        end=args.get("end"),
        q=args.get("q"),
        source=args.get("source"),
        article_id=args.get("article"),
        basis=args.get("basis"),
        finest=args.get("finest"),
        coarsest=args.get("coarsest"),
        place=args.get("place"),
    )


# --- meta -------------------------------------------------------------------------------------


@meta.route("/health")
class Health(MethodView):
    @meta.response(200, schemas.HealthSchema)
    def get(self):
        """Is the service up?

        Answers 200 when the database answers a trivial query.
        """
        store.database.execute_sql("SELECT 1")
        return {
            "status": "ok",
            "version": __version__,
            "database": "postgresql" if store.is_postgres() else "sqlite",
        }


@meta.route("/resolve")
class Resolve(MethodView):
    @meta.arguments(schemas.ResolveInputSchema)
    @meta.response(200, schemas.ResolveSchema)
    @meta.alt_response(413, response="REQUEST_ENTITY_TOO_LARGE")
    @meta.alt_response(415, response="UNSUPPORTED_MEDIA_TYPE")
    def post(self, data):
        """Tag a text against a reference time

        Finds every temporal expression in `text` and resolves it against `reference`, as
        ingestion does for an article's body and publication time, reading the text as
        `document_type` says (auto: decided from the text). Stores nothing. `prefer` (past,
        future, nearest) settles the direction of a phrase without tense ("monday"), `locale`
        the order of a numeric date's day and month. Each expression has its own `interval`
        and the `event_interval` of the event it would date (its signal applied: "since April"
        dates an event from April 1 to the reference).
        """
        from timeline.temporal import read

        reference = data["reference"]
        reading = read(
            data["text"],
            reference,
            document_type=data["document_type"],
            prefer=data.get("prefer"),
            locale=data.get("locale"),
        )
        return {
            "reference": reference.isoformat(),
            "document_type": reading.document_type,
            "timexes": [_with_event_interval(timex, reference) for timex in reading.timexes],
        }


def _with_event_interval(timex, reference) -> dict[str, Any]:
    """A timex's JSON with ``event_interval``: the interval of the event it dates."""
    from timeline.temporal.signals import event_interval

    interval = event_interval(timex, reference)
    return {
        **timex.to_json(),
        "event_interval": None
        if interval is None
        else {"start": interval.start.isoformat(), "end": interval.end.isoformat()},
    }


# --- articles ---------------------------------------------------------------------------------


@articles.route("/articles")
class Articles(MethodView):
    @articles.arguments(schemas.ArticleListArgs, location="query")
    @articles.response(200, schemas.ArticlePageSchema)
    @articles.alt_response(304, response="NOT_MODIFIED")
    def get(self, args):
        """List articles

        Newest first by publication time (`order=asc` for oldest first), filtered by source,
        publication window `[published_from, published_to)` and text; cursor-paginated like
        the events (`next_cursor` and `Link: rel="next"`).
        """
        flt = queries.ArticleFilter(
            source=args.get("source"),
            published_from=args.get("published_from"),
            published_to=args.get("published_to"),
            q=args.get("q"),
        )
        page = queries.list_articles(
            flt, order=args["order"], limit=args["limit"], cursor=args.get("cursor")
        )
        return _conditional_json(
            {"articles": page.items, "next_cursor": page.next_cursor},
            **_next_link(page.next_cursor),
        )

    @articles.arguments(schemas.ArticleInputSchema)
    @articles.response(
        201,
        schemas.ArticleDetailSchema,
        headers={"Location": {"description": "URL of the article", "schema": {"type": "string"}}},
    )
    @articles.alt_response(
        200,
        schema=schemas.ArticleDetailSchema,
        description="The article was already stored: nothing changed.",
    )
    @articles.alt_response(401, response="UNAUTHORIZED")
    @articles.alt_response(413, response="REQUEST_ENTITY_TOO_LARGE")
    @articles.alt_response(415, response="UNSUPPORTED_MEDIA_TYPE")
    @articles.doc(security=_SECURED)
    def post(self, data):
        """Ingest an article

        Tags the body, resolves its expressions against `published_at` and stores the article
        with its mentions and events in one transaction (the pipeline of `timeline ingest`).
        201 with the stored article and a `Location` header; 200 with the stored article when
        the same content was already there. A rejected request stores nothing.
        """
        result = ingest_article(data)  # validated by ArticleInputSchema: parse_article's rules
        detail = queries.article_detail(result.article.id)
        location = url_for("articles.ArticleById", article_id=result.article.id)
        status = 201 if result.status == "ingested" else 200
        return detail, status, {"Location": location}


@articles.route("/articles/<int(min=1, max=9223372036854775807):article_id>")
class ArticleById(MethodView):
    @articles.response(200, schemas.ArticleDetailSchema)
    @articles.alt_response(404, response="NOT_FOUND")
    def get(self, article_id):
        """Read an article

        With its body, its resolved mentions (character offsets into the body, TIMEX3 value,
        interval) so a client can highlight them, and its events in timeline order.
        """
        detail = queries.article_detail(article_id)
        if detail is None:
            abort(404, message=f"There is no article {article_id}.")
        return _conditional_json(detail)

    @articles.response(204)
    @articles.alt_response(401, response="UNAUTHORIZED")
    @articles.alt_response(404, response="NOT_FOUND")
    @articles.doc(security=_SECURED)
    def delete(self, article_id):
        """Delete an article

        Removes the article with its mentions and events.
        """
        if not delete_article(article_id):
            abort(404, message=f"There is no article {article_id}.")
        return Response(status=204)


# --- events -----------------------------------------------------------------------------------


def _negotiate(requested: str | None) -> str:
    if requested:
        return requested
    best = request.accept_mimetypes.best_match(list(_ACCEPTED), default="application/json")
    return _ACCEPTED[best]


def formats_doc(what: str, page_schema: str, **extra_content: dict[str, Any]) -> dict[str, Any]:
    """The OpenAPI ``200`` answer of a paged list in every export format: JSON (the page
    schema, or the shape of each JSON-typed export format), every other export format's media
    type, and ``extra_content`` (media type -> content), with the paging and caching headers."""
    return {
        "responses": {
            "200": {
                "description": f"A page of {what} in the requested format",
                "content": {
                    "application/json": {
                        "schema": {
                            "anyOf": [
                                {"$ref": f"#/components/schemas/{page_schema}"},
                                *(
                                    JSON_FORMAT_SHAPES[f.name]
                                    for f in exports.FORMATS.values()
                                    if f.essence == "application/json"
                                ),
                            ]
                        }
                    },
                    **extra_content,
                    **{
                        media_type: (_BINARY if media_type in _BINARY_TYPES else _STRING)
                        for media_type in _ACCEPTED
                        if media_type != "application/json"
                    },
                },
                "headers": {
                    "Link": {
                        "description": 'The next page: <url>; rel="next"',
                        "schema": {"type": "string"},
                    },
                    "ETag": {
                        "description": "Entity tag for If-None-Match (weak for limit=all)",
                        "schema": {"type": "string"},
                    },
                    "Last-Modified": {
                        "description": "limit=all: the latest ingestion time, "
                        "for If-Modified-Since",
                        "schema": _STRING["schema"],
                    },
                    "X-Total-Count": {
                        "description": "limit=all: how many items the body holds",
                        "schema": {"type": "integer"},
                    },
                },
            },
        }
    }


_EVENT_FORMATS_DOC = formats_doc("events", "EventPage")


@events.route("/events")
class Events(MethodView):
    @events.arguments(schemas.EventListArgs, location="query")
    @events.response(200, schemas.EventPageSchema)
    @events.alt_response(304, response="NOT_MODIFIED")
    @events.doc(**_EVENT_FORMATS_DOC)
    def get(self, args):
        """The timeline

        Events whose interval `[start, end)` overlaps the window `[from, to)`, ordered by
        start, then end, then id (`order=desc` reverses), filtered by text, source, article,
        basis and granularity. Pages of `limit` events (at most 500) are linked by an opaque
        cursor: `next_cursor` in JSON, `Link: rel="next"` in every format.

        Formats: JSON (default) and those of the `format` parameter, which can also be asked
        for with `Accept` when their media type is not JSON.

        `limit=all` answers the whole window at once in any format, streamed as it is read
        (no `Content-Length`, no cursor), up to `TIMELINE_MAX_EXPORT` events (413 above). It
        carries a weak `ETag` and `Last-Modified` and answers `If-None-Match` or
        `If-Modified-Since` with 304 without reading the timeline: the URL a calendar
        subscribes to, e.g. `/api/v1/events?format=ics&limit=all&source=Wire`. TimelineJS
        leaves out spans that began more than one window length (and more than a week)
        before `from` unless `background=true`.
        """
        flt = _event_filter(args)
        name = _negotiate(args.get("format"))
        if args["limit"] == "all":
            return streaming.whole_export(
                lambda: _exported(queries.iter_events(flt, order=args["order"]), name, args),
                lambda: queries.count_events(flt),
                name,
                "events",
            )
        page = queries.list_events(
            flt, order=args["order"], limit=args["limit"], cursor=args.get("cursor")
        )
        link = _next_link(page.next_cursor)
        if name == "json":
            return _conditional_json(
                {"events": page.items, "next_cursor": page.next_cursor}, **link
            )
        fmt = exports.FORMATS[name]
        response = Response(
            fmt.render(_exported(page.items, name, args)), content_type=fmt.media_type
        )
        return _conditional(response, link)


def _exported(items, name: str, args: dict[str, Any]):
    """The items a format shows: TimelineJS leaves background spans out unless asked."""
    if name == "timelinejs" and not args["background"]:
        return exports.without_background(items, args.get("start"), args.get("end"))
    return items


@events.route("/timeline")
class Timeline(MethodView):
    @events.arguments(schemas.TimelineArgs, location="query")
    @events.response(200, schemas.TimelineSchema)
    @events.alt_response(304, response="NOT_MODIFIED")
    def get(self, args):
        """Events per day, week or month

        Buckets the events of the window `[from, to)` (same filters as `/events`) by calendar
        day, ISO week or month in the UTC offset of `from`. Each bucket has its bounds, its
        count and its `first` events. An event counts once, in the bucket where it begins (the
        first bucket also counts events that began before the window), so `total` equals the
        number of events `/events` pages through for the same filters. At most 1000 buckets.
        """
        flt = _event_filter(args)
        buckets = queries.bucket_events(flt, args["unit"], first=args["first"])
        return _conditional_json(
            {
                "from": flt.start.isoformat(),
                "to": flt.end.isoformat(),
                "unit": args["unit"],
                "total": sum(b.count for b in buckets),
                "buckets": [b.to_json() for b in buckets],
            }
        )


# The happenings' views live in their own module and use the helpers above.
from api.happenings import happenings  # noqa: E402

BLUEPRINTS = (*BLUEPRINTS, happenings)
