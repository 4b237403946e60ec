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

from timeline.exports import FORMATS
from timeline.happenings.exports import FORMATS as HAPPENING_FORMATS
from timeline.ingest import parse_published_at
from timeline.queries import BASES, MAX_LIMIT, UNITS
from timeline.queries.happenings import ORDERS as HAPPENING_ORDERS
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


def _described(text: str, **extra: Any) -> dict[str, Any]:
    return {"metadata": {"description": text, **extra}}


class Base(ma.Schema):
    class Meta:
        ordered = True


# --- Query strings ----------------------------------------------------------------------------


class EventFilterArgs(Base):
    start = Moment(data_key="from", **_described(
        "Start of the window (inclusive): events whose interval ends after it. ISO 8601 date "
        "or datetime; UTC when no offset is given.", format="date-time"))
    end = Moment(data_key="to", **_described(
        "End of the window (exclusive): events whose interval starts before it.",
        format="date-time"))
    q = Text(validate=validate.Length(min=1, max=200), **_described(
        "Text to find (case-insensitive) in the event's sentence or its article's title."))
    source = Text(validate=validate.Length(min=1, max=200), **_described(
        "Only events of articles from this source."))
    article = fields.Integer(validate=validate.Range(min=1),
                             **_described("Only events of this article id."))
    basis = Text(validate=validate.OneOf(BASES), **_described(
        "How the event was dated: by a temporal expression or by the publication time."))
    finest = Text(validate=validate.OneOf(GRANULARITIES), **_described(
        "Finest granularity to keep (finest=day drops minute- and hour-level events)."))
    coarsest = Text(validate=validate.OneOf(GRANULARITIES), **_described(
        "Coarsest granularity to keep (coarsest=month drops quarters, years, ...)."))
    place = Text(validate=validate.Length(min=1, max=200), **_described(
        "Only events of happenings at this place: a country, US state or city of the GeoNames "
        "gazetteer, by any of its names (Kiev finds Kyiv)."))


class EventListArgs(EventFilterArgs):
    order = Text(load_default="asc", validate=validate.OneOf(("asc", "desc")),
                          **_described("Timeline order (start, end, id) or its reverse."))
    limit = fields.Integer(load_default=50, validate=validate.Range(min=1, max=MAX_LIMIT),
                           **_described(f"Events per page, at most {MAX_LIMIT}."))
    cursor = Text(validate=validate.Length(min=1, max=500), **_described(
        "Opaque position of the next page, from 'next_cursor' or the Link header."))
    format = Text(validate=validate.OneOf(("json", *FORMATS)), **_described(
        "Response format; overrides Accept. json (default), csv, ndjson, timelinejs, ics "
        "(iCalendar) or grafana (annotations)."))


class TimelineArgs(EventFilterArgs):
    start = Moment(data_key="from", required=True, **_described(
        "Start of the window (inclusive); buckets are calendar units in its UTC offset.",
        format="date-time"))
    end = Moment(data_key="to", required=True,
                 **_described("End of the window (exclusive).", format="date-time"))
    unit = Text(load_default="day", validate=validate.OneOf(UNITS),
                         **_described("Bucket size: day, week (ISO, from Monday) or month."))
    first = fields.Integer(load_default=3, validate=validate.Range(min=0, max=50),
                           **_described("How many of each bucket's first events to include."))


class ArticleListArgs(Base):
    source = Text(validate=validate.Length(min=1, max=200),
                           **_described("Only articles from this source."))
    published_from = Moment(**_described("Published at or after this time.",
                                         format="date-time"))
    published_to = Moment(**_described("Published before this time.", format="date-time"))
    q = Text(validate=validate.Length(min=1, max=200),
                      **_described("Text to find (case-insensitive) in the title or body."))
    order = Text(load_default="desc", validate=validate.OneOf(("asc", "desc")),
                          **_described("By publication time: newest first (desc) or oldest."))
    limit = fields.Integer(load_default=50, validate=validate.Range(min=1, max=MAX_LIMIT),
                           **_described(f"Articles per page, at most {MAX_LIMIT}."))
    cursor = Text(validate=validate.Length(min=1, max=500),
                           **_described("Opaque position of the next page."))


# --- Bodies -----------------------------------------------------------------------------------


class ArticleInputSchema(Base):
    """An article to ingest (the same record `timeline ingest` reads)."""

    class Meta:
        ordered = True
        unknown = ma.RAISE

    title = fields.String(required=True, validate=validate.Length(min=1),
                          **_described("Headline."))
    body = fields.String(required=True, validate=validate.Length(min=1),
                         **_described("Full text; mention offsets index into it."))
    published_at = fields.String(required=True, **_described(
        "Publication time: ISO 8601 date or datetime, offset optional (UTC when absent). "
        "Relative expressions are resolved against it, in its own offset.",
        example="2022-05-14T09:30:00+03:00"))
    url = fields.String(allow_none=True, **_described("Where the article was published."))
    source = fields.String(allow_none=True, **_described("Publisher or feed name."))
    language = fields.String(allow_none=True, **_described("Language code; 'en' by default."))


class ResolveInputSchema(Base):
    class Meta:
        ordered = True
        unknown = ma.RAISE

    text = fields.String(required=True, **_described("The text to tag."))
    reference = Moment(required=True, **_described(
        "The time the text speaks from (an article's publication time): ISO 8601 date or "
        "datetime with optional offset.", format="date-time"))


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


# --- Happenings -------------------------------------------------------------------------------


class HappeningListArgs(Base):
    start = Moment(data_key="from", **_described(
        "Start of the window (inclusive): happenings whose interval ends after it.",
        format="date-time"))
    end = Moment(data_key="to", **_described(
        "End of the window (exclusive): happenings whose interval starts before it.",
        format="date-time"))
    q = Text(validate=validate.Length(min=1, max=200), **_described(
        "Text search, as on /events: happenings one of whose events matches."))
    source = fields.List(Text(validate=validate.Length(min=1, max=200)), **_described(
        "Only happenings reported by this source; repeat it for any of several "
        "(source=a&source=b)."))
    place = Text(validate=validate.Length(min=1, max=200), **_described(
        "Only happenings at this place: a country, US state or city of the GeoNames "
        "gazetteer, by any of its names (Kiev finds Kyiv)."))
    finest = Text(validate=validate.OneOf(GRANULARITIES), **_described(
        "Finest granularity to keep (finest=day drops happenings known to the hour)."))
    coarsest = Text(validate=validate.OneOf(GRANULARITIES), **_described(
        "Coarsest granularity to keep (coarsest=day drops weeks, months, years, ...)."))
    order = Text(load_default="start", validate=validate.OneOf(HAPPENING_ORDERS),
                 **_described("start: timeline order (start, end, id); importance: the most "
                              "important first."))
    limit = fields.Integer(load_default=50, validate=validate.Range(min=1, max=MAX_LIMIT),
                           **_described(f"Happenings per page, at most {MAX_LIMIT}."))
    cursor = Text(validate=validate.Length(min=1, max=500), **_described(
        "Opaque position of the next page, from 'next_cursor' or the Link header."))
    format = Text(validate=validate.OneOf(("json", *HAPPENING_FORMATS)), **_described(
        "Response format; overrides Accept. json (default), csv, ndjson, timelinejs, ics, "
        "grafana or geojson (a point per place)."))


class PlaceSchema(Base):
    name = fields.String(**_described("The gazetteer's name of the place."))
    country = fields.String(**_described("ISO 3166-1 alpha-2 country code."))
    lat = fields.Float(allow_none=True, **_described("Latitude (a country's is its capital's)."))
    lon = fields.Float(allow_none=True, **_described("Longitude."))


class HappeningSchema(Base):
    id = fields.Integer()
    start = fields.String(**_described(
        "Start (inclusive) of its most precise report's interval, in that report's UTC "
        "offset.", format="date-time"))
    end = fields.String(**_described("End (exclusive).", format="date-time"))
    granularity = fields.String(**_described("Calendar unit of the interval."))
    title = fields.String(**_described("Its most central report's sentence."))
    importance = fields.Float(**_described("Score of sources, articles, later references "
                                           "to its date and precision (see why)."))
    why = fields.String(**_described("The importance in words."))
    sources = fields.List(fields.String(), **_described("Distinct sources reporting it."))
    articles = fields.Integer(**_described("Articles reporting it."))
    events = fields.Integer(**_described("Reports (events) in it."))
    places = fields.List(fields.Nested(PlaceSchema), **_described("Places it happened at, "
                                                                  "most named first."))
    names = fields.List(fields.String(), **_described("People and organisations named."))


class HappeningPageSchema(Base):
    happenings = fields.List(fields.Nested(HappeningSchema), required=True)
    next_cursor = fields.String(allow_none=True, required=True, **_described(
        "Cursor of the next page; null on the last page."))


class HappeningDetailSchema(HappeningSchema):
    events = fields.List(fields.Nested(EventSchema), **_described(
        "Every report of the happening, as /events returns it, in timeline order."))
