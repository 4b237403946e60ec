"""Read queries over the store: the timeline of events, its buckets, and articles.

Everything here is plain Python over the store (the peewee models, and hand-written SQL on the
timeline's hot path); the REST API (:mod:`api`) and any other client call these functions and
serialise the dictionaries they return.

The timeline
    :func:`list_events` returns the events whose half-open interval ``[start, end)`` overlaps a
    window ``[from, to)``, ordered by ``start``, then ``end``, then ``id`` (reversed with
    ``order="desc"``), one page at a time. Pages are linked by an opaque *cursor*: the sort key
    of the last event served, so that a page is found by an index range scan however deep it
    is, and rows inserted meanwhile never shift a page (keyset pagination).

Overlap queries on a B-tree
    "``start < to`` and ``end > from``" is split into disjoint parts that each read one short
    index range in timeline order (:func:`_window_parts`): the events beginning in the window,
    and per span class (:data:`timeline.store.SPAN_CLASS_BOUNDS`) those still running at
    ``from``. A page merges the first keys of every part, then loads the rows it serves.

Buckets
    :func:`bucket_events` counts the same events per calendar day, ISO week or month of the
    window. An event is counted once, in the bucket where it begins, or in the first bucket
    when it began before the window, so the counts add up to the number of events
    :func:`list_events` pages through for the same filters.

Its parts, one job each: :mod:`.filters` (filters, errors, cursors), :mod:`.events` (the
window query and its pages), :mod:`.buckets`, :mod:`.articles`.
"""

from timeline.queries.articles import (
    ArticleFilter,
    article_detail,
    article_dict,
    list_articles,
    list_sources,
    mention_dict,
)
from timeline.queries.buckets import Bucket, bucket_bounds, bucket_events, bucket_floor, bucket_next
from timeline.queries.events import (
    count_events,
    iter_events,
    keys_statement,
    list_events,
)
from timeline.queries.filters import (
    BASES,
    MAX_BUCKETS,
    MAX_EXPORT,
    MAX_LIMIT,
    UNITS,
    EventFilter,
    Page,
    QueryError,
    decode_cursor,
    encode_cursor,
)
from timeline.queries.freshness import Freshness, freshness

__all__ = [
    "BASES",
    "MAX_BUCKETS",
    "MAX_EXPORT",
    "MAX_LIMIT",
    "UNITS",
    "ArticleFilter",
    "Bucket",
    "EventFilter",
    "Freshness",
    "Page",
    "QueryError",
    "article_detail",
    "article_dict",
    "bucket_bounds",
    "bucket_events",
    "bucket_floor",
    "bucket_next",
    "count_events",
    "decode_cursor",
    "encode_cursor",
    "freshness",
    "iter_events",
    "keys_statement",
    "list_articles",
    "list_events",
    "list_sources",
    "mention_dict",
]
