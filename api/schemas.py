"""Marshmallow schemas of the REST API: what each endpoint reads and what it answers.

Query-string schemas parse and validate parameters (webargs); response schemas document (and,
where flask-smorest dumps through them, shape) the JSON answers. The names of the fields are
the contract of DESIGN.md.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import marshmallow as ma
from marshmallow import fields, validate

from timeline.articles import SUPPORTED_RANGE_TEXT, WEB_URL_PATTERN, check_supported
from timeline.exports import FORMATS
from timeline.ingest import parse_published_at
from timeline.queries import BASES, MAX_LIMIT, UNITS
from timeline.queries.filters import cursor_pattern
from timeline.temporal.types import GRANULARITIES


class Moment(fields.Field):
    """An ISO 8601 date or datetime. A date means its midnight; a datetime without an offset
    is taken as UTC. Loads a timezone-aware :class:`datetime`."""

    default_error_messages = {"invalid": "Not a valid ISO 8601 date or datetime."}

    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> datetime:
        try:
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

_YEAR = (r"(?:010[1-9]|01[1-9][0-9]|0[2-9][0-9]{2}|[1-8][0-9]{3}|9[0-7][0-9]{2}|98[0-8][0-9]"
         r"|989[0-8])")
_LEAP_YEAR = (r"(?:(?:0[1-9]|[1-8][0-9]|9[0-8])(?:0[48]|[2468][048]|[13579][26])"
              r"|(?:0[48]|[2468][048]|[13579][26])00)")
_DATE = (rf"(?:{_YEAR}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])"
         r"|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8]))"
         rf"|{_LEAP_YEAR}-02-29)")
_TIME = (r"(?:T(?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:\.[0-9]{1,6})?)?"
         r"(?:Z|[+-](?:0[0-9]|1[0-3]):[0-5][0-9]|[+-]14:00)?)?")
#: An ISO 8601 date or datetime (offset optional) between 0101 and 9898.
MOMENT_PATTERN = f"^{_DATE}{_TIME}$"
#: Text that is not blank and has no NUL character (what both doors store).
TEXT_PATTERN = r"^[^\x00]*[^\s\x00][^\x00]*$"
#: A query text: no NUL character.
QUERY_TEXT_PATTERN = r"^[^\x00]+$"


def _described(text: str, **extra: Any) -> dict[str, Any]:
    return {"metadata": {"description": text, **extra}}


class Base(ma.Schema):
    class Meta:
        ordered = True


# --- Query strings ----------------------------------------------------------------------------


class EventFilterArgs(Base):
    start = Moment(data_key="from", **_described(
        "Start of the window (inclusive): events whose interval ends after it. ISO 8601 date "
        "or datetime; UTC when no offset is given. Must be earlier than 'to' (a window "
        "with from >= to is refused with 422).", pattern=MOMENT_PATTERN))
    end = Moment(data_key="to", **_described(
        "End of the window (exclusive): events whose interval starts before it.",
        pattern=MOMENT_PATTERN))
    q = Text(validate=validate.Length(min=1, max=200), **_described(
        "Text to find (case-insensitive) in the event's sentence or its article's title.",
        pattern=QUERY_TEXT_PATTERN))
    source = Text(validate=validate.Length(min=1, max=200), **_described(
        "Only events of articles from this source.", pattern=QUERY_TEXT_PATTERN))
    article = fields.Integer(validate=validate.Range(min=1, max=MAX_ID),
                             **_described("Only events of this article id."))
    basis = Text(validate=validate.OneOf(BASES), **_described(
        "How the event was dated: by a temporal expression or by the publication time."))
    finest = Text(validate=validate.OneOf(GRANULARITIES), **_described(
        "Finest granularity to keep (finest=day drops minute- and hour-level events)."))
    coarsest = Text(validate=validate.OneOf(GRANULARITIES), **_described(
        "Coarsest granularity to keep (coarsest=month drops quarters, years, ...); not finer "
        "than 'finest' (refused with 422: nothing could match)."))


class EventListArgs(EventFilterArgs):
    order = Text(load_default="asc", validate=validate.OneOf(("asc", "desc")),
                          **_described("Timeline order (start, end, id) or its reverse."))
    limit = fields.Integer(load_default=50, validate=validate.Range(min=1, max=MAX_LIMIT),
                           **_described(f"Events per page, at most {MAX_LIMIT}."))
    cursor = Text(validate=validate.Length(min=1, max=60), **_described(
        "Position of the next page, from 'next_cursor' or the Link header (a string of this "
        "pattern is a position; any other is refused with 422).",
        pattern=cursor_pattern((datetime, datetime, int))))
    format = Text(validate=validate.OneOf(("json", *FORMATS)), **_described(
        "Response format; overrides Accept. json (default), csv, ndjson, timelinejs, ics "
        "(iCalendar) or grafana (annotations)."))


class TimelineArgs(EventFilterArgs):
    start = Moment(data_key="from", required=True, **_described(
        "Start of the window (inclusive); buckets are calendar units in its UTC offset. Must "
        "be earlier than 'to', and the window at most 1000 units long (else 422).",
        pattern=MOMENT_PATTERN))
    end = Moment(data_key="to", required=True,
                 **_described("End of the window (exclusive).", pattern=MOMENT_PATTERN))
    unit = Text(load_default="day", validate=validate.OneOf(UNITS),
                         **_described("Bucket size: day, week (ISO, from Monday) or month."))
    first = fields.Integer(load_default=3, validate=validate.Range(min=0, max=50),
                           **_described("How many of each bucket's first events to include."))


class ArticleListArgs(Base):
    source = Text(validate=validate.Length(min=1, max=200), **_described(
        "Only articles from this source.", pattern=QUERY_TEXT_PATTERN))
    published_from = Moment(**_described("Published at or after this time.",
                                         pattern=MOMENT_PATTERN))
    published_to = Moment(**_described("Published before this time.", pattern=MOMENT_PATTERN))
    q = Text(validate=validate.Length(min=1, max=200), **_described(
        "Text to find (case-insensitive) in the title or body.", pattern=QUERY_TEXT_PATTERN))
    order = Text(load_default="desc", validate=validate.OneOf(("asc", "desc")),
                          **_described("By publication time: newest first (desc) or oldest."))
    limit = fields.Integer(load_default=50, validate=validate.Range(min=1, max=MAX_LIMIT),
                           **_described(f"Articles per page, at most {MAX_LIMIT}."))
    cursor = Text(validate=validate.Length(min=1, max=60), **_described(
        "Position of the next page, from 'next_cursor' or the Link header (a string of this "
        "pattern is a position; any other is refused with 422).",
        pattern=cursor_pattern((datetime, int))))


# --- Bodies -----------------------------------------------------------------------------------


class ArticleInputSchema(Base):
    """An article to ingest (the same record `timeline ingest` reads)."""

    class Meta:
        ordered = True
        unknown = ma.RAISE

    title = fields.String(required=True, validate=validate.Length(min=1),
                          **_described("Headline: not blank, no NUL.", pattern=TEXT_PATTERN))
    body = fields.String(required=True, validate=validate.Length(min=1), **_described(
        "Full text; mention offsets index into it. Not blank, no NUL.", pattern=TEXT_PATTERN))
    published_at = fields.String(required=True, **_described(
        "Publication time: ISO 8601 date or datetime, offset optional (UTC when absent), in "
        f"the supported range {SUPPORTED_RANGE_TEXT}. Relative expressions are resolved "
        "against it, in its own offset.",
        example="2022-05-14T09:30:00+03:00", pattern=MOMENT_PATTERN))
    url = fields.String(allow_none=True, validate=validate.Regexp(WEB_URL_PATTERN), **_described(
        "Where the article was published: an absolute http:// or https:// URL with a host "
        "(other schemes, such as javascript:, are refused)."))
    source = fields.String(allow_none=True, **_described(
        "Publisher or feed name: not blank (omit it or send null), no NUL.",
        pattern=TEXT_PATTERN))
    language = fields.String(allow_none=True, **_described(
        "Language code; 'en' by default. Not blank (omit it or send null), no NUL.",
        pattern=TEXT_PATTERN))


class ResolveInputSchema(Base):
    class Meta:
        ordered = True
        unknown = ma.RAISE

    text = fields.String(required=True, **_described(
        "The text to tag: at most TIMELINE_RESOLVE_MAX_CHARS characters (the served document "
        "gives the configured number as maxLength)."))

    @ma.validates("text")
    def _not_too_long(self, value: str, **_kwargs: Any) -> None:
        from flask import current_app

        cap = current_app.config["TIMELINE_RESOLVE_MAX_CHARS"]
        if len(value) > cap:
            raise ma.ValidationError(
                f"Longer than {cap} characters (TIMELINE_RESOLVE_MAX_CHARS); send it in parts.")
    reference = Reference(required=True, **_described(
        "The time the text speaks from (an article's publication time): ISO 8601 date or "
        f"datetime with optional offset, in the supported range {SUPPORTED_RANGE_TEXT}.",
        pattern=MOMENT_PATTERN))


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
    start = fields.String(**_described("Start of the interval (inclusive), ISO 8601 with the "
                                       "article's UTC offset.", format="date-time"))
    end = fields.String(**_described("End of the interval (exclusive).", format="date-time"))
    granularity = fields.String(**_described("Calendar unit of the interval."))
    basis = fields.String(**_described("expression or publication."))
    tense = fields.String(allow_none=True, **_described("past, present or future."))
    expression = fields.Nested(ExpressionSchema, allow_none=True,
                               **_described("The mention that dated the event, or null."))
    title = fields.String(**_described("The article's title."))
    source = fields.String(allow_none=True)
    url = fields.String(allow_none=True)
    published_at = fields.String(metadata=DATE_TIME)


class EventPageSchema(Base):
    events = fields.List(fields.Nested(EventSchema), required=True)
    next_cursor = fields.String(allow_none=True, required=True, **_described(
        "Cursor of the next page; null on the last page."))


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
    count = fields.Integer(**_described(
        "Events that begin in the bucket (the first bucket also counts those that began "
        "before the window and still run in it)."))
    events = fields.List(fields.Nested(EventSchema),
                         **_described("The bucket's first events in timeline order."))


class TimelineSchema(Base):
    start = fields.String(data_key="from", metadata=DATE_TIME)
    end = fields.String(data_key="to", metadata=DATE_TIME)
    unit = fields.String()
    total = fields.Integer(**_described("Sum of the bucket counts."))
    buckets = fields.List(fields.Nested(BucketSchema))


class ArticleSchema(Base):
    id = fields.Integer()
    title = fields.String()
    published_at = fields.String(**_described("In the article's own UTC offset.",
                                              format="date-time"))
    source = fields.String(allow_none=True)
    url = fields.String(allow_none=True)
    language = fields.String()
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
    granularity = fields.String(allow_none=True)
    rule = fields.String()
    signal = fields.String()
    quant = fields.String()
    freq = fields.String()


class ResolveSchema(Base):
    reference = fields.String(metadata=DATE_TIME)
    timexes = fields.List(fields.Nested(TimexSchema))


class HealthSchema(Base):
    status = fields.String(**_described("'ok' when the database answers."))
    version = fields.String()
    database = fields.String(**_described("sqlite or postgresql."))
