"""Marshmallow schemas of the REST API: what each endpoint reads and what it answers.

Query-string schemas parse and validate parameters (webargs); response schemas document (and,
where flask-smorest dumps through them, shape) the JSON answers. The names of the fields are
the contract of docs/design.md.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import marshmallow as ma
from marshmallow import fields, validate

from timeline.articles import (
    SUPPORTED_RANGE_TEXT,
    TEXT_PATTERN,
    WEB_URL_PATTERN,
    ArticleInput,
    InvalidArticle,
    check_supported,
    parse_article,
    parse_published_at,
)
from timeline.epoch import from_epoch_ms
from timeline.exports import FORMATS
from timeline.happenings.exports import FORMATS as HAPPENING_FORMATS
from timeline.queries import BASES, MAX_LIMIT, UNITS
from timeline.queries import articles as article_queries
from timeline.queries import events as event_queries
from timeline.queries.filters import cursor_pattern
from timeline.queries.happenings import CURSOR_KINDS as HAPPENING_CURSOR
from timeline.queries.happenings import ORDERS as HAPPENING_ORDERS
from timeline.temporal import DOCUMENT_TYPES
from timeline.temporal.types import GRANULARITIES


class Moment(fields.Field):
    """An ISO 8601 date or datetime, or epoch milliseconds (Grafana's ``${__from}``). A date
    means its midnight; a datetime without an offset is taken as UTC. Loads a timezone-aware
    :class:`datetime`."""

    default_error_messages = {
        "invalid": "Not a valid ISO 8601 date or datetime, nor epoch milliseconds."
    }

    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> datetime:
        try:
            if isinstance(value, str) and (epoch := from_epoch_ms(value)) is not None:
                return epoch
            moment, _has_time = parse_published_at(value)  # the article input's own rules
        except ValueError:
            raise self.make_error("invalid") from None
        return moment


class Reference(Moment):
    """A :class:`Moment` inside the supported range of publication times (what an article's
    ``published_at`` may be), for the tagger's reference."""

    default_error_messages = {"range": f"Outside the supported range {SUPPORTED_RANGE_TEXT}."}

    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> datetime:
        moment = super()._deserialize(value, attr, data, **kwargs)
        try:
            check_supported(moment)
        except ValueError:
            raise self.make_error("range") from None
        return moment


#: The largest id a database integer holds (and so the largest id parameter accepted).
MAX_ID = 2**63 - 1


class Text(fields.String):
    """A string without NUL characters: no database stores them in text, and PostgreSQL
    refuses them even in a query parameter."""

    default_error_messages = {"nul": "Must not contain NUL characters."}

    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> str:
        text = super()._deserialize(value, attr, data, **kwargs)
        if "\x00" in text:
            raise self.make_error("nul")
        return text


#: OpenAPI metadata of a datetime string in a response.
DATE_TIME = {"format": "date-time"}

# --- Patterns of the document -----------------------------------------------------------------
# What the document promises is accepted. Every string a pattern matches is accepted; a few
# other spellings are accepted too (ISO 8601 basic format, years 0100 and 9899 in offsets that
# keep them in range), as the descriptions say.

_YEAR = (
    r"(?:010[1-9]|01[1-9][0-9]|0[2-9][0-9]{2}|[1-8][0-9]{3}|9[0-7][0-9]{2}|98[0-8][0-9]"
    r"|989[0-8])"
)
_LEAP_YEAR = (
    r"(?:(?:0[1-9]|[1-8][0-9]|9[0-8])(?:0[48]|[2468][048]|[13579][26])"
    r"|(?:0[48]|[2468][048]|[13579][26])00)"
)
_DATE = (
    rf"(?:{_YEAR}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])"
    r"|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8]))"
    rf"|{_LEAP_YEAR}-02-29)"
)
_TIME = (
    r"(?:T(?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:\.[0-9]{1,6})?)?"
    r"(?:Z|[+-](?:0[0-9]|1[0-3]):[0-5][0-9]|[+-]14:00)?)?"
)
#: An ISO 8601 date or datetime (offset optional) between 0101 and 9898, or epoch
#: milliseconds (what Grafana sends: 11 to 14 digits, 1973 to 5138).
MOMENT_PATTERN = f"^(?:{_DATE}{_TIME}|[0-9]{{11,14}})$"
#: An article's publication time: ISO 8601 only (no epoch milliseconds).
ISO_MOMENT_PATTERN = f"^{_DATE}{_TIME}$"
#: A query text: no NUL character.
QUERY_TEXT_PATTERN = r"^[^\x00]+$"
#: Words to search for: no NUL. Whether the text holds a word (a letter or digit, as
#: :mod:`timeline.words` reads them: Unicode's) is the search's to say, with 422 naming
#: ``q``: JSON Schema's patterns (ECMAScript's) know only ASCII letters.
WORDS_PATTERN = QUERY_TEXT_PATTERN


def _described(text: str, **extra: Any) -> dict[str, Any]:
    return {"metadata": {"description": text, **extra}}


class Base(ma.Schema):
    """The API's schemas (fields keep their declaration order: marshmallow 4 always does)."""


# --- Query strings ----------------------------------------------------------------------------


class Limit(fields.Field):
    """A page size ``1..MAX_LIMIT``, or ``all``: the whole window, streamed."""

    default_error_messages = {"invalid": f"Must be between 1 and {MAX_LIMIT}, or 'all'."}

    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> int | str:
        if value == "all":
            return "all"
        try:
            number = int(value)
        except (TypeError, ValueError):
            raise self.make_error("invalid") from None
        if not 1 <= number <= MAX_LIMIT or str(value).strip() != str(number):
            raise self.make_error("invalid")
        return number


class EventFilterArgs(Base):
    start = Moment(
        data_key="from",
        **_described(
            "Start of the window (inclusive): events whose interval ends after it. ISO 8601 date "
            "or datetime (UTC when no offset is given), or epoch milliseconds. Must be earlier "
            "than 'to' (a window with from >= to is refused with 422).",
            pattern=MOMENT_PATTERN,
        ),
    )
    end = Moment(
        data_key="to",
        **_described(
            "End of the window (exclusive): events whose interval starts before it.",
            pattern=MOMENT_PATTERN,
        ),
    )
    q = Text(
        validate=validate.Length(min=1, max=200),
        **_described(
            "Words to find in the event's sentence or its article's title: all of them, in any "
            'order; "quoted phrases" as written; case and accents ignored; a city also matches '
            "its other names (Kiev, Kyiv).",
            pattern=WORDS_PATTERN,
        ),
    )
    source = Text(
        validate=validate.Length(min=1, max=200),
        **_described("Only events of articles from this source.", pattern=QUERY_TEXT_PATTERN),
    )
    article = fields.Integer(
        validate=validate.Range(min=1, max=MAX_ID), **_described("Only events of this article id.")
    )
    basis = Text(
        validate=validate.OneOf(BASES),
        **_described(
            "How the event was dated: by a temporal expression or by the publication time."
        ),
    )
    finest = Text(
        validate=validate.OneOf(GRANULARITIES),
        **_described(
            "Finest granularity to keep (finest=day drops minute- and hour-level events)."
        ),
    )
    coarsest = Text(
        validate=validate.OneOf(GRANULARITIES),
        **_described(
            "Coarsest granularity to keep (coarsest=month drops quarters, years, ...); not finer "
            "than 'finest' (refused with 422: nothing could match)."
        ),
    )
    place = Text(
        validate=validate.Length(min=1, max=200),
        **_described(
            "Only events of happenings at this place: a country, US state or city of the GeoNames "
            "gazetteer, by any of its names (Kiev finds Kyiv).",
            pattern=QUERY_TEXT_PATTERN,
        ),
    )


class EventListArgs(EventFilterArgs):
    order = Text(
        load_default="asc",
        validate=validate.OneOf(("asc", "desc")),
        **_described("Timeline order (start, end, id) or its reverse."),
    )
    limit = Limit(
        load_default=50,
        **_described(
            f"Events per page, at most {MAX_LIMIT}; or 'all': the whole window in one streamed "
            "answer (no cursor; refused with 413 above TIMELINE_MAX_EXPORT events).",
            type="string",
            pattern=r"^([1-9][0-9]?|[1-4][0-9]{2}|500|all)$",
            example="all",
        ),
    )
    cursor = Text(
        validate=validate.Length(min=1, max=60),
        **_described(
            "Position of the next page, from 'next_cursor' or the Link header (a string of this "
            "pattern is a position; any other is refused with 422).",
            pattern=cursor_pattern(event_queries.CURSOR_KINDS),
        ),
    )
    format = Text(
        validate=validate.OneOf(("json", *FORMATS)),
        **_described(
            "Response format; overrides Accept. json (default), "
            + ", ".join(f"{f.name} ({f.description})" for f in FORMATS.values())
            + "."
        ),
    )
    background = fields.Boolean(
        load_default=False,
        **_described(
            "format=timelinejs only: keep the spans that began more than one window length (and "
            "more than a week) before 'from' (left out by default: they zoom the axis out)."
        ),
    )


class TimelineArgs(EventFilterArgs):
    start = Moment(
        data_key="from",
        required=True,
        **_described(
            "Start of the window (inclusive); buckets are calendar units in its UTC offset. Must "
            "be earlier than 'to', and the window at most 1000 units long (else 422).",
            pattern=MOMENT_PATTERN,
        ),
    )
    end = Moment(
        data_key="to",
        required=True,
        **_described("End of the window (exclusive).", pattern=MOMENT_PATTERN),
    )
    unit = Text(
        load_default="day",
        validate=validate.OneOf(UNITS),
        **_described("Bucket size: day, week (ISO, from Monday) or month."),
    )
    first = fields.Integer(
        load_default=3,
        validate=validate.Range(min=0, max=50),
        **_described("How many of each bucket's first events to include."),
    )


class ArticleListArgs(Base):
    source = Text(
        validate=validate.Length(min=1, max=200),
        **_described("Only articles from this source.", pattern=QUERY_TEXT_PATTERN),
    )
    published_from = Moment(
        **_described("Published at or after this time.", pattern=MOMENT_PATTERN)
    )
    published_to = Moment(**_described("Published before this time.", pattern=MOMENT_PATTERN))
    q = Text(
        validate=validate.Length(min=1, max=200),
        **_described(
            "Words to find in the title or body, as the q of /events reads them.",
            pattern=WORDS_PATTERN,
        ),
    )
    order = Text(
        load_default="desc",
        validate=validate.OneOf(("asc", "desc")),
        **_described("By publication time: newest first (desc) or oldest."),
    )
    limit = fields.Integer(
        load_default=50,
        validate=validate.Range(min=1, max=MAX_LIMIT),
        **_described(f"Articles per page, at most {MAX_LIMIT}."),
    )
    cursor = Text(
        validate=validate.Length(min=1, max=60),
        **_described(
            "Position of the next page, from 'next_cursor' or the Link header (a string of this "
            "pattern is a position; any other is refused with 422).",
            pattern=cursor_pattern(article_queries.CURSOR_KINDS),
        ),
    )


# --- Bodies -----------------------------------------------------------------------------------


class ArticleInputSchema(Base):
    """An article to ingest: the record `timeline ingest` reads, checked by the same rules.

    :func:`timeline.articles.parse_article` is the validator of both doors: it runs before
    the fields below (which document the record and can then never fail) and loads an
    :class:`~timeline.articles.ArticleInput`. Keys other than these are ignored, as
    `timeline ingest` ignores them.
    """

    class Meta:
        unknown = ma.EXCLUDE

    @ma.pre_load
    def _parse(self, record: Any, **_kwargs: Any) -> Any:
        try:
            parse_article(record)
        except InvalidArticle as error:
            messages = dict(error.errors)
            if "_record" in messages:
                messages["_schema"] = messages.pop("_record")
            raise ma.ValidationError(messages) from None
        return record

    @ma.post_load
    def _article(self, data: dict[str, Any], **_kwargs: Any) -> ArticleInput:
        return parse_article(data)  # the fields kept the strings parse_article accepted

    title = fields.String(
        required=True,
        validate=validate.Length(min=1),
        **_described("Headline: not blank, no NUL.", pattern=TEXT_PATTERN),
    )
    body = fields.String(
        required=True,
        validate=validate.Length(min=1),
        **_described(
            "Full text; mention offsets index into it. Not blank, no NUL.", pattern=TEXT_PATTERN
        ),
    )
    published_at = fields.String(
        required=True,
        **_described(
            "Publication time: ISO 8601 date or datetime, offset optional (UTC when absent), in "
            f"the supported range {SUPPORTED_RANGE_TEXT}. Relative expressions are resolved "
            "against it, in its own offset.",
            example="2022-05-14T09:30:00+03:00",
            pattern=ISO_MOMENT_PATTERN,
        ),
    )
    url = fields.String(
        allow_none=True,
        validate=validate.Regexp(WEB_URL_PATTERN),
        **_described(
            "Where the article was published: an absolute http:// or https:// URL with a host "
            "(other schemes, such as javascript:, are refused)."
        ),
    )
    source = fields.String(
        allow_none=True,
        **_described(
            "Publisher or feed name: not blank (omit it or send null), no NUL.",
            pattern=TEXT_PATTERN,
        ),
    )
    language = fields.String(
        allow_none=True,
        **_described(
            "Language code; 'en' by default. Not blank (omit it or send null), no NUL.",
            pattern=TEXT_PATTERN,
        ),
    )
    document_type = fields.String(
        allow_none=True,
        validate=validate.OneOf(DOCUMENT_TYPES),
        **_described(
            "How the body is read: news, narrative (underspecified dates follow the year the story "
            "is in), colloquial (tweets and chat) or auto (decided from the text; the default)."
        ),
    )


class ResolveInputSchema(Base):
    class Meta:
        unknown = ma.RAISE

    text = fields.String(
        required=True,
        **_described(
            "The text to tag: at most TIMELINE_RESOLVE_MAX_CHARS characters (the served document "
            "gives the configured number as maxLength)."
        ),
    )

    @ma.validates("text")
    def _not_too_long(self, value: str, **_kwargs: Any) -> None:
        from flask import current_app

        cap = current_app.config["TIMELINE_RESOLVE_MAX_CHARS"]
        if len(value) > cap:
            raise ma.ValidationError(
                f"Longer than {cap} characters (TIMELINE_RESOLVE_MAX_CHARS); send it in parts."
            )

    reference = Reference(
        required=True,
        **_described(
            "The time the text speaks from (an article's publication time): ISO 8601 date or "
            f"datetime with optional offset, in the supported range {SUPPORTED_RANGE_TEXT}.",
            pattern=MOMENT_PATTERN,
        ),
    )
    prefer = fields.String(
        load_default=None,
        allow_none=True,
        validate=validate.OneOf(["past", "future", "nearest"]),
        **_described(
            "The direction of an expression whose text gives none (an isolated 'monday', "
            "'at 3 in the morning'): past, future (Duckling's convention) or nearest; with "
            "it, 'now' (PRESENT_REF) is the reference instant. Absent: the tense of the "
            "sentence decides, as for news, and 'now' has no interval.",
            example="future",
        ),
    )
    locale = fields.String(
        load_default=None,
        allow_none=True,
        validate=validate.Length(min=2, max=20),
        **_described(
            "The locale of the text, for numeric dates: 'en-GB' reads 3/4/2021 as "
            "3 April, 'en-US' (the default) as March 4.",
            example="en-GB",
        ),
    )
    document_type = fields.String(
        load_default="auto",
        validate=validate.OneOf(DOCUMENT_TYPES),
        **_described(
            "What kind of text it is: news, narrative (underspecified dates follow the "
            "year the story is in), colloquial (tweets and chat), or auto (decided "
            "from the text)."
        ),
    )


# --- Responses --------------------------------------------------------------------------------


class ExpressionSchema(Base):
    text = fields.String(**_described("The expression as written."))
    value = fields.String(**_described("Its TIMEX3 value."))
    type = fields.String(**_described("DATE, TIME, DURATION or SET."))
    mod = fields.String(allow_none=True, **_described("TIMEX3 modifier, if any."))


class EventSchema(Base):
    id = fields.Integer()
    article_id = fields.Integer()
    text = fields.String(**_described("The sentence that states the event."))
    start = fields.String(
        **_described(
            "Start of the interval (inclusive), ISO 8601 with the article's UTC offset.",
            format="date-time",
        )
    )
    end = fields.String(**_described("End of the interval (exclusive).", format="date-time"))
    granularity = fields.String(**_described("Calendar unit of the interval."))
    basis = fields.String(**_described("expression or publication."))
    tense = fields.String(allow_none=True, **_described("past, present or future."))
    expression = fields.Nested(
        ExpressionSchema,
        allow_none=True,
        **_described("The mention that dated the event, or null."),
    )
    title = fields.String(**_described("The article's title."))
    source = fields.String(allow_none=True)
    url = fields.String(allow_none=True)
    published_at = fields.String(metadata=DATE_TIME)


class EventPageSchema(Base):
    events = fields.List(fields.Nested(EventSchema), required=True)
    next_cursor = fields.String(
        allow_none=True,
        required=True,
        **_described("Cursor of the next page; null on the last page."),
    )


class TimelineJSDateSchema(Base):
    year = fields.Integer(required=True)
    month = fields.Integer()
    day = fields.Integer()
    hour = fields.Integer()
    minute = fields.Integer()


class TimelineJSTextSchema(Base):
    headline = fields.String()
    text = fields.String()


class TimelineJSEventSchema(Base):
    unique_id = fields.String()
    start_date = fields.Nested(TimelineJSDateSchema, required=True)
    end_date = fields.Nested(TimelineJSDateSchema)
    display_date = fields.String(
        **_described("The span in words with its zone, as the slide shows it.")
    )
    text = fields.Nested(TimelineJSTextSchema)
    group = fields.String()


class TimelineJSTitleSchema(Base):
    text = fields.Nested(TimelineJSTextSchema)


class TimelineJSSchema(Base):
    """Knight Lab TimelineJS JSON (format=timelinejs)."""

    title = fields.Nested(TimelineJSTitleSchema, required=True)
    events = fields.List(fields.Nested(TimelineJSEventSchema), required=True)


class GrafanaAnnotationSchema(Base):
    """One Grafana annotation (format=grafana answers a list of them)."""

    id = fields.Integer(required=True)
    time = fields.Integer(required=True, **_described("Start, epoch milliseconds."))
    timeEnd = fields.Integer(required=True, **_described("End, epoch milliseconds."))  # noqa: N815
    title = fields.String(required=True)
    text = fields.String(required=True)
    tags = fields.List(fields.String(), required=True)


class BucketSchema(Base):
    start = fields.String(metadata=DATE_TIME)
    end = fields.String(metadata=DATE_TIME)
    count = fields.Integer(
        **_described(
            "Events that begin in the bucket (the first bucket also counts those that began "
            "before the window and still run in it)."
        )
    )
    events = fields.List(
        fields.Nested(EventSchema), **_described("The bucket's first events in timeline order.")
    )


class TimelineSchema(Base):
    start = fields.String(data_key="from", metadata=DATE_TIME)
    end = fields.String(data_key="to", metadata=DATE_TIME)
    unit = fields.String()
    total = fields.Integer(**_described("Sum of the bucket counts."))
    buckets = fields.List(fields.Nested(BucketSchema))


class ArticleSchema(Base):
    id = fields.Integer()
    title = fields.String()
    published_at = fields.String(
        **_described("In the article's own UTC offset.", format="date-time")
    )
    source = fields.String(allow_none=True)
    url = fields.String(allow_none=True)
    language = fields.String()
    document_type = fields.String(
        **_described("How the body is read: news, narrative, colloquial or auto.")
    )
    content_hash = fields.String(**_described("SHA-256 of the content; unique."))
    ingested_at = fields.String(metadata=DATE_TIME)


class IntervalSchema(Base):
    start = fields.String(metadata=DATE_TIME)
    end = fields.String(metadata=DATE_TIME)


class MentionSchema(Base):
    id = fields.Integer()
    start = fields.Integer(**_described("Offset of the first character in the body."))
    end = fields.Integer(**_described("Offset after the last character."))
    text = fields.String()
    type = fields.String()
    value = fields.String()
    mod = fields.String(allow_none=True)
    signal = fields.String(allow_none=True)
    interval = fields.Nested(IntervalSchema, allow_none=True)
    granularity = fields.String(allow_none=True)
    rule = fields.String()


class ArticleDetailSchema(ArticleSchema):
    body = fields.String()
    mentions = fields.List(fields.Nested(MentionSchema))
    events = fields.List(fields.Nested(EventSchema))


class ArticlePageSchema(Base):
    articles = fields.List(fields.Nested(ArticleSchema), required=True)
    next_cursor = fields.String(allow_none=True, required=True)


class TimexIntervalSchema(IntervalSchema):
    """The same interval, under its own name in the document (``TimexInterval``)."""


class TimexSchema(Base):
    start = fields.Integer()
    end = fields.Integer()
    text = fields.String()
    type = fields.String()
    value = fields.String()
    mod = fields.String(allow_none=True)
    interval = fields.Nested(TimexIntervalSchema, allow_none=True)
    event_interval = fields.Nested(
        TimexIntervalSchema,
        allow_none=True,
        **_described(
            "The interval of the event the expression dates, its signal applied ('since April': "
            "from April 1 to the reference); null when it has no interval."
        ),
    )
    granularity = fields.String(allow_none=True)
    rule = fields.String()
    signal = fields.String()
    quant = fields.String()
    freq = fields.String()


class ResolveSchema(Base):
    reference = fields.String(metadata=DATE_TIME)
    document_type = fields.String(
        **_described("How the text was read: news, narrative or colloquial (what auto decided).")
    )
    timexes = fields.List(fields.Nested(TimexSchema))


class HealthSchema(Base):
    status = fields.String(**_described("'ok' when the database answers."))
    version = fields.String()
    database = fields.String(**_described("sqlite or postgresql."))


# --- Happenings -------------------------------------------------------------------------------


class HappeningListArgs(Base):
    start = Moment(
        data_key="from",
        **_described(
            "Start of the window (inclusive): happenings whose interval ends after it. ISO 8601 "
            "date or datetime (UTC when no offset is given), or epoch milliseconds. Must be "
            "earlier than 'to' (else 422).",
            pattern=MOMENT_PATTERN,
        ),
    )
    end = Moment(
        data_key="to",
        **_described(
            "End of the window (exclusive): happenings whose interval starts before it.",
            pattern=MOMENT_PATTERN,
        ),
    )
    q = Text(
        validate=validate.Length(min=1, max=200),
        **_described(
            "Text search, as on /events: happenings one of whose events matches.",
            pattern=WORDS_PATTERN,
        ),
    )
    source = fields.List(
        Text(validate=validate.Length(min=1, max=200), metadata={"pattern": QUERY_TEXT_PATTERN}),
        **_described(
            "Only happenings reported by this source; repeat it for any of several "
            "(source=a&source=b)."
        ),
    )
    place = Text(
        validate=validate.Length(min=1, max=200),
        **_described(
            "Only happenings at this place: a country, US state or city of the GeoNames "
            "gazetteer, by any of its names (Kiev finds Kyiv); 422 for a name it does not know.",
            pattern=QUERY_TEXT_PATTERN,
        ),
    )
    finest = Text(
        validate=validate.OneOf(GRANULARITIES),
        **_described(
            "Finest granularity to keep (finest=day drops happenings known to the hour). Not "
            "coarser than 'coarsest' (refused with 422: nothing could match)."
        ),
    )
    coarsest = Text(
        validate=validate.OneOf(GRANULARITIES),
        **_described(
            "Coarsest granularity to keep (coarsest=day drops weeks, months, years, ...)."
        ),
    )
    order = Text(
        load_default="start",
        validate=validate.OneOf(HAPPENING_ORDERS),
        **_described(
            "start: timeline order (start, end, id); importance: the most important first."
        ),
    )
    limit = fields.Integer(
        load_default=50,
        validate=validate.Range(min=1, max=MAX_LIMIT),
        **_described(f"Happenings per page, at most {MAX_LIMIT}."),
    )
    cursor = Text(
        validate=validate.Length(min=1, max=60),
        **_described(
            "Position of the next page, from 'next_cursor' or the Link header (a string of this "
            "pattern is a position in either order; any other is refused with 422).",
            pattern=cursor_pattern(HAPPENING_CURSOR),
        ),
    )
    format = Text(
        validate=validate.OneOf(("json", *HAPPENING_FORMATS)),
        **_described(
            "Response format; overrides Accept. json (default), csv, ndjson, timelinejs, ics, "
            "grafana or geojson (a point per place)."
        ),
    )


class PlaceSchema(Base):
    name = fields.String(**_described("The gazetteer's name of the place."))
    country = fields.String(**_described("ISO 3166-1 alpha-2 country code."))
    lat = fields.Float(allow_none=True, **_described("Latitude (a country's is its capital's)."))
    lon = fields.Float(allow_none=True, **_described("Longitude."))


class HappeningSchema(Base):
    id = fields.Integer()
    start = fields.String(
        **_described(
            "Start (inclusive) of its most precise report's interval, in that report's UTC offset.",
            format="date-time",
        )
    )
    end = fields.String(**_described("End (exclusive).", format="date-time"))
    granularity = fields.String(**_described("Calendar unit of the interval."))
    title = fields.String(**_described("Its most central report's sentence."))
    importance = fields.Float(
        **_described(
            "Score of sources, articles, later references to its date and precision (see why)."
        )
    )
    why = fields.String(**_described("The importance in words."))
    sources = fields.List(fields.String(), **_described("Distinct sources reporting it."))
    articles = fields.Integer(**_described("Articles reporting it."))
    events = fields.Integer(**_described("Reports (events) in it."))
    places = fields.List(
        fields.Nested(PlaceSchema), **_described("Places it happened at, most named first.")
    )
    names = fields.List(fields.String(), **_described("People and organisations named."))


class HappeningPageSchema(Base):
    happenings = fields.List(fields.Nested(HappeningSchema), required=True)
    next_cursor = fields.String(
        allow_none=True,
        required=True,
        **_described("Cursor of the next page; null on the last page."),
    )


class HappeningDetailSchema(HappeningSchema):
    events = fields.List(
        fields.Nested(EventSchema),
        **_described("Every report of the happening, as /events returns it, in timeline order."),
    )
