"""``/api/v1/sources``: the feeds, sitemaps and pages followed (:mod:`timeline.sources`).

Reads are open like the other reads; adding and removing a source are writes, behind the API
key when keys are configured (:mod:`api.security`). A new source is due at once: a
``timeline worker`` (or ``timeline serve --with-worker``) fetches it.
"""

from __future__ import annotations

import re

import marshmallow as ma
from flask import Response, url_for
from flask.views import MethodView
from flask_smorest import Blueprint, abort
from marshmallow import fields, validate

from api.schemas import Base, Text, _described
from timeline.articles import SPACE, TEXT_PATTERN
from timeline.sources import registry
from timeline.sources.feeds import KINDS

sources = Blueprint(
    "sources", __name__, description="Feeds, sitemaps and pages followed, and their last fetch."
)

_SECURED = [{"bearerAuth": []}]


#: The URLs a source may have, as the document states them: http(s), a host (no user info,
#: no brackets), a port 0-65535 if any, then anything without white space.
SOURCE_URL_PATTERN = (
    rf"^[Hh][Tt][Tt][Pp][Ss]?://[^{SPACE}/?#@:\[\]\x00-\x1f\x7f]+"
    r"(?::(?:[0-9]{1,4}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}"
    rf"|655[0-2][0-9]|6553[0-5]))?(?:[/?#][^{SPACE}\x00-\x1f\x7f]*)?$"
)
#: The intervals a source may be fetched at, as the document states them: at least 10
#: seconds (``30s``), minutes (``15m``, or a bare number), hours or days, bounded so the
#: interval fits the database's integer.
EVERY_PATTERN = (
    r"^(?:[1-9][0-9]{1,6}[sS]|[1-9][0-9]{0,4}[mM]?|[1-9][0-9]{0,3}[hH]"
    r"|[1-9][0-9]{0,2}[dD])$"
)


def _valid_url(value: str) -> None:
    """The URL checks of :mod:`timeline.sources.canonical` (their message), then the form the
    document states (:data:`SOURCE_URL_PATTERN`)."""
    from timeline.sources.canonical import InvalidURL, check_url

    try:
        check_url(value)
    except InvalidURL as error:
        raise ma.ValidationError(str(error)) from None
    if not re.fullmatch(SOURCE_URL_PATTERN, value):
        raise ma.ValidationError(
            f"{value!r} is not an http or https URL of the form the API takes (a host without "
            "brackets, a port up to 65535)"
        )


def _valid_every(value: str) -> None:
    """The interval checks of :func:`timeline.sources.registry.parse_every` (their message),
    then the bounded form the document states (:data:`EVERY_PATTERN`)."""
    try:
        registry.parse_every(value)
    except registry.SourceError as error:
        raise ma.ValidationError(str(error)) from None
    if not re.fullmatch(EVERY_PATTERN, value):
        raise ma.ValidationError(
            f"interval {value!r} is not of the form 30s, 15m, 2h or 1d (at most 9,999,999 s, "
            "99,999 m, 9,999 h or 999 d)"
        )


class SourceInputSchema(Base):
    """A source to follow."""

    class Meta:
        ordered = True
        unknown = ma.RAISE

    url = fields.String(
        required=True,
        validate=[validate.Length(min=1, max=2048), _valid_url],
        **_described(
            "An http(s) URL of an RSS/Atom/JSON feed, a sitemap (news, index) or an article page; "
            "its kind is told from its content at the first fetch.",
            example="https://example.org/feed.xml",
            pattern=SOURCE_URL_PATTERN,
        ),
    )
    every = fields.String(
        load_default="15m",
        validate=_valid_every,
        **_described(
            "How often to fetch it: 30s, 15m, 2h, 1d (at least 10 s).",
            example="15m",
            pattern=EVERY_PATTERN,
        ),
    )
    source = Text(
        allow_none=True,
        load_default=None,
        validate=validate.Length(min=1, max=200),
        **_described(
            "The source name its articles get (default: the site's host): not blank, no NUL.",
            pattern=TEXT_PATTERN,
        ),
    )


class SourceSchema(Base):
    id = fields.Integer(required=True)
    url = fields.String(required=True, **_described("The URL followed (canonical form)."))
    name = fields.String(allow_none=True, **_described("The source name of its articles."))
    kind = fields.String(
        allow_none=True,
        validate=validate.OneOf(KINDS),
        **_described("What the content was at the last fetch; null until the first."),
    )
    every = fields.String(required=True, **_described("The polling interval, e.g. 15m."))
    every_seconds = fields.Integer(required=True)
    next_due = fields.String(required=True, **_described("When it is fetched next (UTC)."))
    last_fetch = fields.String(allow_none=True, **_described("When it was last fetched."))
    last_status = fields.String(
        allow_none=True,
        validate=validate.OneOf(["ok", "not-modified", "error"]),
        **_described("The outcome of the last fetch."),
    )
    last_http_status = fields.Integer(allow_none=True)
    last_error = fields.String(
        allow_none=True,
        **_described(
            "Why the last fetch failed (HTTP status, timeout, robots.txt, a page that could not "
            "be read or dated), or null."
        ),
    )
    last_new = fields.Integer(
        required=True, **_described("New links found (or 1 for a page stored) by the last fetch.")
    )


@sources.route("/sources")
class Sources(MethodView):
    @sources.response(200, SourceSchema(many=True))
    def get(self):
        """List the sources followed

        With the outcome of each one's last fetch and when it is due next.
        """
        return [registry.source_json(source) for source in registry.list_sources()]

    @sources.arguments(SourceInputSchema)
    @sources.response(
        201,
        SourceSchema,
        headers={"Location": {"description": "URL of the source", "schema": {"type": "string"}}},
    )
    @sources.alt_response(401, response="UNAUTHORIZED")
    @sources.alt_response(409, response="CONFLICT")
    @sources.alt_response(415, response="UNSUPPORTED_MEDIA_TYPE")
    @sources.doc(security=_SECURED)
    def post(self, data):
        """Follow a feed, sitemap or page

        It is due at once; a worker fetches it and then every `every`. 409 when the URL (in
        its canonical form) is followed already. 422 naming the address when its host is, or
        resolves to, an internal address (loopback, private, link-local such as the cloud
        metadata's 169.254.169.254, unique-local, multicast, unspecified): those are not
        fetched unless the server sets `TIMELINE_FETCH_ALLOW_PRIVATE=1` (docs/deploy.md).
        """
        try:
            source = registry.add_source(data["url"], every=data["every"], name=data["source"])
        except registry.SourceError as error:
            message = str(error)
            if "already followed" in message:
                abort(409, message=message)
            abort(
                422, message=f"Invalid value for: {error.field}.", errors={error.field: [message]}
            )
        location = url_for("sources.SourceById", source_id=source.id)
        return registry.source_json(source), 201, {"Location": location}


@sources.route("/sources/<int(min=1, max=9223372036854775807):source_id>")
class SourceById(MethodView):
    @sources.response(200, SourceSchema)
    @sources.alt_response(404, response="NOT_FOUND")
    def get(self, source_id):
        """Read a source"""
        source = registry.find_source(source_id)
        if source is None:
            abort(404, message=f"There is no source {source_id}.")
        return registry.source_json(source)

    @sources.response(204)
    @sources.alt_response(401, response="UNAUTHORIZED")
    @sources.alt_response(404, response="NOT_FOUND")
    @sources.doc(security=_SECURED)
    def delete(self, source_id):
        """Stop following a source

        The articles it brought stay.
        """
        if not registry.remove_source(source_id):
            abort(404, message=f"There is no source {source_id}.")
        return Response(status=204)
