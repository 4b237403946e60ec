"""timeline.exports: each format from hand-made events (pure functions, no database)."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime

from timeline.exports import FORMATS, to_csv, to_grafana, to_ical, to_ndjson, to_timelinejs


def event(**overrides):
    base = {
        "id": 7,
        "article_id": 3,
        "text": "Troops advanced late Wednesday, officials said.",
        "start": "2022-05-11T00:00:00+03:00",
        "end": "2022-05-12T00:00:00+03:00",
        "granularity": "day",
        "basis": "expression",
        "tense": "past",
        "expression": {
            "text": "late Wednesday",
            "value": "2022-05-11",
            "type": "DATE",
            "mod": "END",
        },
        "title": "Kharkiv",
        "source": "Wire",
        "url": "https://wire.example/k",
        "published_at": "2022-05-14T09:30:00+03:00",
    }
    return {**base, **overrides}


def test_csv_quotes_commas_quotes_and_newlines():
    text = 'He said "no", then left.\nLater: more.'
    rows = list(csv.DictReader(io.StringIO(to_csv([event(text=text, expression=None)]))))
    assert rows[0]["text"] == text
    assert rows[0]["expression_value"] == ""
    assert rows[0]["id"] == "7"


def test_ndjson_round_trips():
    events = [event(), event(id=8, text="Ünïcode ✓")]
    lines = to_ndjson(events).split("\n")
    assert lines[-1] == ""
    assert [json.loads(line) for line in lines[:-1]] == events


def test_timelinejs_parts_follow_granularity():
    month = event(
        start="2022-04-01T00:00:00+03:00", end="2022-05-01T00:00:00+03:00", granularity="month"
    )
    year = event(
        start="2021-01-01T00:00:00+00:00", end="2023-01-01T00:00:00+00:00", granularity="year"
    )
    minute = event(
        start="2022-05-11T07:30:00+03:00", end="2022-05-11T07:31:00+03:00", granularity="minute"
    )
    items = to_timelinejs([month, year, minute], title="Spring")["events"]
    assert items[0]["start_date"] == {"year": 2022, "month": 4} and "end_date" not in items[0]
    assert items[1]["end_date"] == {"year": 2022}
    assert items[2]["start_date"] == {"year": 2022, "month": 5, "day": 11, "hour": 7, "minute": 30}


def test_ical_all_day_timed_escaping_and_folding():
    long_title = "Ukraine " * 20
    text = to_ical(
        [
            event(title=long_title),
            event(
                id=8,
                granularity="partofday",
                start="2022-05-11T18:00:00+03:00",
                end="2022-05-11T21:00:00+03:00",
                text="a;b,c\\d",
            ),
        ]
    )
    lines = text.split("\r\n")
    assert lines[-1] == ""
    assert all(len(line.encode()) <= 75 for line in lines)
    unfolded = text.replace("\r\n ", "")
    assert "DTSTART;VALUE=DATE:20220511\r\nDTEND;VALUE=DATE:20220512" in unfolded
    assert "DTSTART:20220511T150000Z\r\nDTEND:20220511T180000Z" in unfolded
    assert "DESCRIPTION:a\\;b\\,c\\\\d" in unfolded
    assert f"SUMMARY:{long_title}" in unfolded
    assert "DTSTAMP:20220514T063000Z" in unfolded


def test_ical_folds_between_characters_not_inside_them():
    text = to_ical([event(title="Харків " * 20)])
    for line in text.split("\r\n"):
        line.encode().decode("utf-8")  # every physical line is valid UTF-8 on its own
        assert len(line.encode()) <= 75


def test_ical_day_granularity_not_at_midnight_is_timed():
    text = to_ical([event(start="2022-05-11T12:00:00+03:00", end="2022-05-12T12:00:00+03:00")])
    assert "DTSTART:20220511T090000Z" in text


def test_grafana_epoch_milliseconds_and_tags():
    (annotation,) = to_grafana([event(source=None)])
    assert (
        annotation["time"]
        == int(datetime.fromisoformat("2022-05-11T00:00:00+03:00").timestamp()) * 1000
    )
    assert annotation["timeEnd"] - annotation["time"] == 86_400_000
    assert annotation["tags"] == ["day", "expression"]


def test_registry_renders_every_format():
    for fmt in FORMATS.values():
        expected = bytes if fmt.name == "parquet" else str
        assert isinstance(fmt.render([event()]), expected), fmt.name
