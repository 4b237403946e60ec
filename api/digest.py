"""``GET /api/v1/digest``: the days that matter most in a window, with their best sentences.

The view parses its query (:class:`DigestArgs`), calls
:func:`timeline.happenings.digest.digest` and answers :class:`DigestSchema`. Its own blueprint,
so that the method (in the core) and the endpoint (here) each have one home.
"""

from __future__ import annotations

from flask.views import MethodView
from flask_smorest import Blueprint
from marshmallow import fields, validate

from api import schemas
from api.resources import _conditional_json, _query_error
from timeline import queries
from timeline.happenings.digest import MAX_DATES, MAX_SENTENCES, digest

blp = Blueprint(
    "digest",
    __name__,
    description="The timeline a journalist would write: key dates, best sentences.",
)
blp.register_error_handler(queries.QueryError, _query_error)

_described = schemas._described


class DigestArgs(schemas.Base):
    start = schemas.Moment(
        data_key="from",
        **_described(
            "Start of the window (inclusive): only days from this one on are picked. ISO 8601 "
            "date or datetime (UTC when no offset is given), or epoch milliseconds. Must be "
            "earlier than 'to' (else 422).",
            pattern=schemas.MOMENT_PATTERN,
        ),
    )
    end = schemas.Moment(
        data_key="to",
        **_described(
            "End of the window (exclusive): only days before it are picked.",
            pattern=schemas.MOMENT_PATTERN,
        ),
    )
    q = schemas.Text(
        validate=validate.Length(min=1, max=200),
        **_described(
            "Only events whose sentence or article title has these words (as q on /events).",
            pattern=schemas.WORDS_PATTERN,
        ),
    )
    source = fields.List(
        schemas.Text(
            validate=validate.Length(min=1, max=200),
            metadata={"pattern": schemas.QUERY_TEXT_PATTERN},
        ),
        **_described("Only events of articles from this source; repeat it for any of several."),
    )
    place = schemas.Text(
        validate=validate.Length(min=1, max=200),
        **_described(
            "Only events of happenings at this place (a country, US state or city, by any of its "
            "names: Kiev finds Kyiv); 422 for a name the gazetteer does not know.",
            pattern=schemas.QUERY_TEXT_PATTERN,
        ),
    )
    dates = fields.Integer(
        load_default=10,
        validate=validate.Range(min=1, max=MAX_DATES),
        **_described(f"How many days to pick, at most {MAX_DATES}."),
    )
    sentences = fields.Integer(
        load_default=2,
        validate=validate.Range(min=1, max=MAX_SENTENCES),
        **_described(f"How many sentences per day, at most {MAX_SENTENCES}."),
    )


class DigestDateSchema(schemas.Base):
    date = fields.String(
        required=True,
        **_described("The day (in the reporting articles' own UTC offsets).", format="date"),
    )
    score = fields.Float(
        required=True,
        **_described(
            "How much the day matters: the articles referring to it times ln(2 + the articles "
            "published on it or the next day). Days are picked by this score times d / (1 + d), "
            "d the days to the nearest day already picked, so that neighbours of a picked day "
            "need twice its rivals' score; this field is the day's own score."
        ),
    )
    sentences = fields.List(
        fields.String(),
        required=True,
        **_described(
            "The day's most central sentences (among those naming it and the leads of the day's "
            "articles), the first the most central, none repeating another."
        ),
    )
    happenings = fields.List(
        fields.Integer(),
        required=True,
        **_described("Ids of the day's happenings, most important first."),
    )


class DigestSchema(schemas.Base):
    dates = fields.List(
        fields.Nested(DigestDateSchema),
        required=True,
        **_described("The picked days in time order."),
    )


@blp.route("/digest")
class Digest(MethodView):
    @blp.arguments(DigestArgs, location="query")
    @blp.response(200, DigestSchema)
    @blp.alt_response(304, response="NOT_MODIFIED")
    def get(self, args):
        """The key dates of a window

        Picks the `dates` days that matter most among those the stored articles refer to in
        the window `[from, to)` (filtered by text and sources like `/events`, and by the
        place of their happenings) and, for each, its `sentences` most central sentences and
        the ids of its happenings, the most important first. A day matters when many articles
        name it (by a temporal expression of a day or finer: events dated only by their
        publication do not count), each article once, and many were published on it or the
        next day: the articles naming it times ln(2 + the articles published). The days come
        in time order.
        """
        flt = queries.EventFilter(start=args.get("start"), end=args.get("end"), q=args.get("q"))
        days = digest(
            flt,
            dates=args["dates"],
            sentences=args["sentences"],
            sources=args.get("source") or (),
            place=args.get("place"),
        )
        return _conditional_json({"dates": [day.to_json() for day in days]})
