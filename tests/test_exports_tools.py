"""The exports as the tools that read them see them: pandas (CSV and Parquet), TimelineJS
spans and slides, and streaming (the pieces add up to the whole, with the memory of one item).
"""

from __future__ import annotations

import io
import json
import tracemalloc
from datetime import UTC, datetime

import pytest
from test_exports import event

from timeline import exports
from timeline.exports import FORMATS, stream, to_csv, to_timelinejs, without_background

MIXED = [
    event(),
    event(
        id=8,
        start="2022-05-11T10:00:00-04:00",
        end="2022-05-11T11:00:00-04:00",
        granularity="hour",
        published_at="2022-05-12T08:00:00-04:00",
        expression=None,
        basis="publication",
    ),
]


# --- pandas ----------------------------------------------------------------------------------


def test_csv_has_utc_columns_pandas_parses_as_datetimes():
    pd = pytest.importorskip("pandas")
    frame = pd.read_csv(
        io.StringIO(to_csv(MIXED)), parse_dates=["start_utc", "end_utc", "published_at_utc"]
    )
    assert pd.api.types.is_datetime64_any_dtype(frame["start_utc"])
    assert str(frame["start_utc"].dt.tz) == "UTC"
    assert frame["start_utc"][0] == pd.Timestamp("2022-05-10T21:00:00Z")
    assert frame["start_utc"][1] == pd.Timestamp("2022-05-11T14:00:00Z")
    # The local columns keep each article's own offset, as text.
    assert frame["start"][1] == "2022-05-11T10:00:00-04:00"
    assert frame["id"].dtype.kind == "i"


def test_csv_columns_are_the_documented_ones():
    header = to_csv([]).strip().split(",")
    assert header == list(exports.COLUMN_TYPES)
    assert {"start_utc", "end_utc", "published_at_utc"} <= set(header)


def test_parquet_loads_in_pandas_with_utc_datetimes():
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    data = FORMATS["parquet"].render(MIXED)
    frame = pd.read_parquet(io.BytesIO(data))
    assert list(frame.columns) == list(exports.COLUMN_TYPES)
    assert str(frame["end_utc"].dtype).startswith("datetime64")
    assert str(frame["end_utc"].dt.tz) == "UTC"
    assert frame["end_utc"][0] == pd.Timestamp("2022-05-11T21:00:00Z")
    assert frame["id"].tolist() == [7, 8]
    assert frame["expression_text"].isna().tolist() == [False, True]


def test_parquet_row_groups_stream_and_still_make_one_file():
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    events = [event(id=i) for i in range(1, 26)]
    pieces = list(exports.stream_parquet(events, rows_per_group=10))
    assert len([p for p in pieces if p]) >= 3  # three row groups and the footer
    frame = pd.read_parquet(io.BytesIO(b"".join(pieces)))
    assert frame["id"].tolist() == list(range(1, 26))


# --- TimelineJS ------------------------------------------------------------------------------


def test_a_span_inside_one_year_keeps_its_months_days_and_end():
    since = event(
        start="2025-01-01T00:00:00+00:00",
        end="2025-04-30T00:00:00+00:00",
        granularity="year",
        text="Prices have risen since the start of the year.",
    )
    (slide,) = to_timelinejs([since])["events"]
    assert slide["start_date"] == {"year": 2025, "month": 1, "day": 1}
    assert slide["end_date"] == {"year": 2025, "month": 4, "day": 29}
    assert slide["display_date"] == "1 Jan 2025 – 29 Apr 2025"


def test_whole_units_keep_their_precision():
    month = event(
        start="2022-04-01T00:00:00+03:00", end="2022-05-01T00:00:00+03:00", granularity="month"
    )
    years = event(
        start="2021-01-01T00:00:00+00:00", end="2023-01-01T00:00:00+00:00", granularity="year"
    )
    first, second = to_timelinejs([month, years])["events"]
    assert first["start_date"] == {"year": 2022, "month": 4} and "end_date" not in first
    assert second["end_date"] == {"year": 2022}


def test_clock_times_end_at_their_minute_and_name_the_zone():
    evening = event(
        start="2022-05-11T18:00:00+03:00", end="2022-05-11T21:00:00+03:00", granularity="partofday"
    )
    (slide,) = to_timelinejs([evening])["events"]
    assert slide["start_date"] == {"year": 2022, "month": 5, "day": 11, "hour": 18}
    assert slide["end_date"] == {"year": 2022, "month": 5, "day": 11, "hour": 21}
    assert slide["display_date"] == "11 May 2022 18:00 – 11 May 2022 21:00 (UTC+03:00)"


def test_headline_is_the_event_text_with_the_article_link_and_source():
    (slide,) = to_timelinejs([event()])["events"]
    assert slide["text"]["headline"] == "Troops advanced late Wednesday, officials said."
    assert 'href="https://wire.example/k"' in slide["text"]["text"]
    assert "Kharkiv" in slide["text"]["text"] and "Wire" in slide["text"]["text"]
    assert "late Wednesday" in slide["text"]["text"]
    assert "UTC+03:00" in slide["text"]["text"]


def test_long_sentences_are_cut_at_a_word_in_the_headline_only():
    sentence = "The talks, " + "which went on " * 12 + "ended."
    (slide,) = to_timelinejs([event(text=sentence)])["events"]
    headline = slide["text"]["headline"]
    assert headline.endswith("…") and len(headline) <= exports.HEADLINE_CHARS + 1
    assert sentence in slide["text"]["text"]


def test_background_spans_that_start_long_before_the_window_are_left_out():
    week = (datetime(2022, 5, 9, tzinfo=UTC), datetime(2022, 5, 16, tzinfo=UTC))
    decade = event(id=1, start="2014-01-01T00:00:00+00:00", end="2024-01-01T00:00:00+00:00")
    running = event(id=2, start="2022-05-05T00:00:00+00:00", end="2022-05-10T00:00:00+00:00")
    inside = event(id=3)
    kept = [e["id"] for e in without_background([decade, running, inside], *week)]
    assert kept == [2, 3]
    assert [e["id"] for e in without_background([decade], None, week[1])] == [1]


# --- Streaming -------------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(set(FORMATS) - {"parquet"}))
def test_streamed_pieces_add_up_to_the_rendered_whole(name):
    events = [event(id=i) for i in range(1, 6)]
    whole = b"".join(stream(iter(events), name)).decode()
    assert whole == FORMATS[name].render(events)
    if name in ("timelinejs", "grafana"):
        json.loads(whole)


def _peak_bytes(name: str, count: int) -> int:
    """Peak traced memory while streaming ``count`` generated events as ``name``."""

    def generated():
        for i in range(count):
            yield event(id=i + 1)

    tracemalloc.start()
    try:
        for _piece in stream(generated(), name):
            pass
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize(
    "name",
    # 5,000 events per format: CSV in the quick loop, every format in `make test`
    [
        name if name == "csv" else pytest.param(name, marks=pytest.mark.slow)
        for name in sorted(set(FORMATS) - {"parquet"})
    ],
)
def test_streaming_memory_does_not_grow_with_the_number_of_events(name):
    small, large = _peak_bytes(name, 200), _peak_bytes(name, 5000)
    assert large < small * 1.5 + 20_000, (small, large)
