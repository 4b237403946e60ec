"""The ``/api/v1/happenings`` endpoints: what happened, ranked, with every report of it.

Thin views like those of :mod:`api.resources` (whose helpers they share): parse arguments,
call :mod:`timeline.queries.happenings`, shape the answer (JSON with a strong ETag, or one of
the export formats of :mod:`timeline.happenings.exports`).
"""

from __future__ import annotations

from flask import Response
from flask.views import MethodView
from flask_smorest import Blueprint, abort

from api import schemas
from api.resources import (
    _conditional,
    _conditional_json,
    _negotiate,
    _next_link,
    _query_error,
    formats_doc,
)
from timeline import queries
from timeline.happenings.exports import FORMATS
from timeline.queries.happenings import HappeningFilter, happening_detail, list_happenings

happenings = Blueprint(
    "happenings", __name__, description="What happened: events grouped into happenings, ranked."
)
happenings.register_error_handler(queries.QueryError, _query_error)


_FORMATS_DOC = formats_doc(
    "happenings", "HappeningPage", **{"application/geo+json": {"schema": {"type": "object"}}}
)


@happenings.route("/happenings")
class Happenings(MethodView):
    @happenings.arguments(schemas.HappeningListArgs, location="query")
    @happenings.response(200, schemas.HappeningPageSchema)
    @happenings.alt_response(304, response="NOT_MODIFIED")
    @happenings.doc(**_FORMATS_DOC)
    def get(self, args):
        """What happened

        Happenings whose interval overlaps the window `[from, to)`: events of one or many
        articles that report the same thing at the same time, each with its title (the most
        central report), importance and why, sources, counts, places and names. Events dated
        only by their article's publication make no happenings.

        Filters: `q` (happenings one of whose events matches the event search), `source`
        (repeat it: any of them), `place` (a gazetteer place by any of its names), `finest`
        and `coarsest`. Order: `start` (timeline order) or `importance` (most important
        first). Pages of `limit` (at most 500) linked by `next_cursor` and `Link: rel="next"`.

        Formats (`format=` or `Accept`): JSON (default), CSV, NDJSON, TimelineJS, iCalendar,
        Grafana annotations and GeoJSON (`format=geojson`: a point per place, with the
        happening's fields as properties).
        """
        flt = HappeningFilter(
            start=args.get("start"),
            end=args.get("end"),
            q=args.get("q"),
            sources=tuple(args.get("source") or ()),
            place=args.get("place"),
            finest=args.get("finest"),
            coarsest=args.get("coarsest"),
        )
        page = list_happenings(
            flt, order=args["order"], limit=args["limit"], cursor=args.get("cursor")
        )
        link = _next_link(page.next_cursor)
        name = _negotiate(args.get("format"))
        if name == "json":
            return _conditional_json(
                {"happenings": page.items, "next_cursor": page.next_cursor}, **link
            )
        fmt = FORMATS[name]
        response = Response(fmt.render(page.items), content_type=fmt.media_type)
        return _conditional(response, link)


@happenings.route("/happenings/<int(min=1, max=9223372036854775807):happening_id>")
class HappeningById(MethodView):
    @happenings.response(200, schemas.HappeningDetailSchema)
    @happenings.alt_response(304, response="NOT_MODIFIED")
    @happenings.alt_response(404, response="NOT_FOUND")
    def get(self, happening_id):
        """One happening with every report

        The happening as `/happenings` lists it, with `events` holding every event (report)
        in it as `/events` returns them (article, source, url, publication time, sentence,
        expression), in timeline order.
        """
        detail = happening_detail(happening_id)
        if detail is None:
            abort(404, message=f"There is no happening {happening_id}.")
        return _conditional_json(detail)
