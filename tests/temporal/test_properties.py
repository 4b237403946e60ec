"""Properties of tag() on any text: well-formed, non-overlapping spans and intervals, no exception,
the same answer twice."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.temporal import tag
from timeline.temporal.types import GRANULARITIES, TYPES

#: Words and fragments that make the tagger's rules fire, to build date-dense texts.
WORDS = (
    "the",
    "a",
    "of",
    "in",
    "on",
    "at",
    "since",
    "until",
    "by",
    "from",
    "to",
    "between",
    "and",
    "for",
    "said",
    "will",
    "was",
    "is",
    "last",
    "next",
    "this",
    "coming",
    "past",
    "recent",
    "ago",
    "later",
    "earlier",
    "before",
    "after",
    "early",
    "mid",
    "mid-",
    "late",
    "end",
    "beginning",
    "first",
    "second",
    "half",
    "quarter",
    "Q3",
    "fiscal",
    "May",
    "may",
    "March",
    "march",
    "April",
    "Jan.",
    "Sept.",
    "Monday",
    "Wednesday",
    "Sunday",
    "Times",
    "today",
    "yesterday",
    "tomorrow",
    "tonight",
    "morning",
    "night",
    "now",
    "currently",
    "recently",
    "future",
    "day",
    "days",
    "week",
    "weeks",
    "weekend",
    "month",
    "months",
    "year",
    "years",
    "decade",
    "century",
    "summer",
    "winter",
    "fall",
    "spring",
    "every",
    "each",
    "daily",
    "weekly",
    "twice",
    "1990s",
    "'90s",
    "21st",
    "2013",
    "1998",
    "2000",
    "22",
    "3/22/2013",
    "2013-03-22",
    "10",
    "a.m.",
    "p.m.",
    "3:30",
    "noon",
    "midnight",
    "EST",
    "GMT",
    "two",
    "three",
    "several",
    "few",
    ",",
    ".",
    ";",
    "-",
    "'s",
    "\n",
    "\r\n",
    "  ",
)

REFERENCES = st.one_of(
    st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)),
    st.builds(
        lambda d, minutes, offset: (
            datetime.combine(d, datetime.min.time(), timezone(timedelta(minutes=offset)))
            + timedelta(minutes=minutes)
        ),
        st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)),
        st.integers(0, 24 * 60 - 1),
        st.integers(-12 * 60, 14 * 60).map(lambda m: m - m % 15),
    ),
)

TEXTS = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(WORDS), max_size=60).map(" ".join),
    st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=5)), max_size=40).map("".join),
)


def check(text: str, reference: date | datetime) -> list:
    timexes = tag(text, reference)
    previous_end = 0
    for t in timexes:
        assert 0 <= t.start < t.end <= len(text), t
        assert t.start >= previous_end, f"overlapping or unordered: {t}"
        previous_end = t.end
        assert t.text == text[t.start : t.end]
        assert t.type in TYPES
        assert t.value
        assert t.rule
        if t.interval is not None:
            assert t.interval.start.tzinfo is not None and t.interval.end.tzinfo is not None
            assert t.interval.start < t.interval.end
            assert t.granularity in GRANULARITIES
    return timexes


@settings(max_examples=200, deadline=None)
@given(TEXTS, REFERENCES)
def test_any_text_gives_well_formed_expressions(text: str, reference: date | datetime) -> None:
    check(text, reference)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=40).map(" ".join), REFERENCES)
def test_tagging_is_deterministic(text: str, reference: date | datetime) -> None:
    assert tag(text, reference) == tag(text, reference)


def test_naive_datetime_reference_is_utc() -> None:
    text = "The talks ended yesterday and resume next week."
    naive = tag(text, datetime(2022, 5, 14, 9, 30))
    aware = tag(text, datetime(2022, 5, 14, 9, 30, tzinfo=UTC))
    assert naive == aware
    assert check(text, date(2022, 5, 14))


CLOCK_PHRASES = st.builds(
    lambda hour, minute, half, zone: f"It happened at {hour}:{minute:02d} {half} {zone}.",
    st.integers(1, 12),
    st.integers(0, 59),
    st.sampled_from(["a.m.", "p.m.", ""]),
    st.sampled_from(["EDT", "PT", "Kyiv time", "GMT+3", "UTC", "Moscow time", "local time", ""]),
)


@settings(max_examples=200, deadline=None)
@given(CLOCK_PHRASES, REFERENCES, st.sampled_from([None, "past", "future", "nearest"]))
def test_an_isolated_clock_time_in_any_zone_resolves_with_any_preference(
    text: str, reference: date | datetime, prefer: str | None
) -> None:
    # "at 11:45 p.m. EDT" with prefer=past raised IndexError when the zone put every candidate
    # time after the reference (the candidates spanned one day either side)
    for t in tag(text, reference, prefer=prefer):
        if t.interval is not None:
            assert t.interval.start.tzinfo is not None and t.interval.start < t.interval.end
