"""GET /api/v1/timeline: events bucketed by day, week or month over a window."""

from __future__ import annotations

import pytest

TIMELINE = "/api/v1/timeline"
EVENTS = "/api/v1/events"


def get(client, **query):
    response = client.get(TIMELINE, query_string=query)
    assert response.status_code == 200, response.data
    return response.get_json()


def test_month_buckets(client, story):
    body = get(
        client,
        **{
            "from": "2022-04-01T00:00:00+03:00",
            "to": "2022-07-01T00:00:00+03:00",
            "unit": "month",
            "first": 2,
        },
    )
    assert body["unit"] == "month"
    assert body["from"] == "2022-04-01T00:00:00+03:00"
    assert [(b["start"], b["end"], b["count"]) for b in body["buckets"]] == [
        ("2022-04-01T00:00:00+03:00", "2022-05-01T00:00:00+03:00", 2),
        ("2022-05-01T00:00:00+03:00", "2022-06-01T00:00:00+03:00", 4),
        ("2022-06-01T00:00:00+03:00", "2022-07-01T00:00:00+03:00", 1),
    ]
    assert body["total"] == 7
    assert [e["id"] for e in body["buckets"][1]["events"]] == story.ids("week", "wed")


def test_week_buckets_start_on_monday_and_count_earlier_events_first(client, story):
    # The window starts on a Wednesday; the first bucket is that ISO week (from Monday 9th).
    # "since" began before the window and still runs in it, so the first bucket counts it;
    # "april" ended before the window and is not counted at all.
    body = get(
        client,
        **{
            "from": "2022-05-11T00:00:00+03:00",
            "to": "2022-05-24T00:00:00+03:00",
            "unit": "week",
            "first": 5,
        },
    )
    buckets = body["buckets"]
    assert [b["start"] for b in buckets] == [
        "2022-05-09T00:00:00+03:00",
        "2022-05-16T00:00:00+03:00",
        "2022-05-23T00:00:00+03:00",
    ]
    assert [b["count"] for b in buckets] == [5, 0, 0]
    assert [e["id"] for e in buckets[0]["events"]] == story.ids(
        "since", "week", "wed", "evening", "pub"
    )
    assert buckets[1]["events"] == []


def test_day_buckets_and_first_zero(client, story):
    body = get(
        client,
        **{
            "from": "2022-05-10T00:00:00+03:00",
            "to": "2022-05-15T00:00:00+03:00",
            "unit": "day",
            "first": 0,
        },
    )
    assert [b["count"] for b in body["buckets"]] == [2, 2, 0, 0, 1]
    assert all(b["events"] == [] for b in body["buckets"])


@pytest.mark.parametrize("unit", ["day", "week", "month"])
@pytest.mark.parametrize(
    "query", [{}, {"source": "Wire"}, {"basis": "expression"}, {"q": "the"}, {"coarsest": "day"}]
)
def test_total_equals_the_events_of_the_same_window(client, story, unit, query):
    window = {"from": "2022-04-20T00:00:00+02:00", "to": "2022-06-01T12:00:00+02:00", **query}
    total = get(client, unit=unit, **window)["total"]
    assert total == len(
        client.get(EVENTS, query_string={**window, "limit": 500}).get_json()["events"]
    )


def test_conditional_get(client, story):
    query = {"from": "2022-05-01", "to": "2022-06-01"}
    etag = client.get(TIMELINE, query_string=query).headers["ETag"]
    again = client.get(TIMELINE, query_string=query, headers={"If-None-Match": etag})
    assert again.status_code == 304
