"""Publication times at either end of the supported range (issue 12, defect 3): everything
derived from them stays inside it. Expressions relative to the publication time ("tomorrow",
"next week", "the next century", "5,000 years ago") either give an interval inside
[0100-01-01, 9900-01-01) UTC or none (the value is kept, nothing is placed on the timeline),
and every event can be shown in any UTC offset."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.articles import SUPPORTED_FROM, SUPPORTED_UNTIL, parse_article
from timeline.extraction import BASIS_EXPRESSION, extract

PHRASES = [
    "Tomorrow it rains.",
    "Yesterday they met.",
    "Next week talks resume.",
    "The next century will tell.",
    "It began 5,000 years ago.",
    "In 9000 years it ends.",
    "Last year was calm.",
    "Next year is the year.",
    "Since last month it has rained.",
    "The next decade matters.",
    "On December 31 they left.",
    "In January they return.",
    "Two days later the convoy left.",
    "Late Wednesday they spoke.",
    "The year 9950 is far.",
    "In 0050 a city stood here.",
]

EDGES = st.one_of(
    st.datetimes(min_value=datetime(100, 1, 1, 14), max_value=datetime(100, 1, 20)),
    st.datetimes(min_value=datetime(9899, 12, 10), max_value=datetime(9899, 12, 31, 9, 59)),
)
OFFSETS = st.integers(min_value=-14 * 60, max_value=14 * 60).map(
    lambda minutes: timezone(timedelta(minutes=minutes))
)


@settings(max_examples=200, deadline=None)
@given(
    moment=EDGES,
    zone=OFFSETS,
    text=st.lists(st.sampled_from(PHRASES), min_size=1, max_size=4).map(" ".join),
)
def test_everything_derived_from_an_edge_publication_time_stays_inside(moment, zone, text):
    published = moment.replace(tzinfo=zone)
    if not SUPPORTED_FROM <= published.astimezone(UTC) < SUPPORTED_UNTIL:
        return
    article = parse_article({"title": "t", "body": text, "published_at": published.isoformat()})
    extraction = extract(article.body, article.reference)
    for timex in extraction.timexes:
        if timex.interval is not None:
            assert SUPPORTED_FROM <= timex.interval.start < timex.interval.end <= SUPPORTED_UNTIL
    for event in extraction.events:
        if event.basis == BASIS_EXPRESSION:
            assert SUPPORTED_FROM <= event.start and event.end <= SUPPORTED_UNTIL
        for minutes in (-14 * 60, 0, 14 * 60):  # shown in any offset
            event.start.astimezone(timezone(timedelta(minutes=minutes)))
            event.end.astimezone(timezone(timedelta(minutes=minutes)))
