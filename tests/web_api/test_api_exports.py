"""Whole exports: ``limit=all`` in every format, streamed, capped, with cheap conditional GETs
(the URL a calendar subscribes to), and epoch milliseconds wherever a time is."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime

import pytest
from api_helpers import KYIV, d, make_article, make_event, problem_of

from api import create_app
from timeline.exports import FORMATS

EVENTS = "/api/v1/events"
ALL_FORMATS = ("json", *FORMATS)


def _ids(client, **query) -> list[int]:
    return [e["id"] for e in client.get(EVENTS, query_string=query).get_json()["events"]]


@pytest.mark.parametrize("name", ALL_FORMATS)
def test_limit_all_streams_the_whole_window_in_every_format(client, story, name):
    if name == "parquet":
        pytest.importorskip("pyarrow")
    response = client.get(EVENTS, query_string={"format": name, "limit": "all"})
    assert response.status_code == 200, response.data
    assert response.is_streamed
    assert "Content-Length" not in response.headers
    assert response.headers["X-Total-Count"] == "7"
    assert "Link" not in response.headers
    assert response.data  # read it all: a streamed body must be consumed or closed


def test_limit_all_json_and_ndjson_hold_every_event_in_order(client, story):
    expected = _ids(client, limit=500)
    body = client.get(EVENTS, query_string={"limit": "all"}).get_json()
    assert [e["id"] for e in body["events"]] == expected and body["next_cursor"] is None
    lines = client.get(EVENTS, query_string={"limit": "all", "format": "ndjson"}).data
    assert [json.loads(line)["id"] for line in lines.splitlines()] == expected
    rows = csv.DictReader(
        io.StringIO(
            client.get(
                EVENTS, query_string={"limit": "all", "format": "csv", "source": "Wire"}
            ).data.decode()
        )
    )
    assert [int(r["id"]) for r in rows] == _ids(client, source="Wire")


def test_limit_all_parquet_loads_in_pandas(client, story):
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    data = client.get(EVENTS, query_string={"limit": "all", "format": "parquet"}).data
    frame = pd.read_parquet(io.BytesIO(data))
    assert frame["id"].tolist() == _ids(client)
    assert str(frame["start_utc"].dt.tz) == "UTC"


@pytest.mark.parametrize("limit", ["0", "501", "ALL", "1.5", "many", "-3"])
def test_bad_limits_are_refused_by_name(client, story, limit):
    response = client.get(EVENTS, query_string={"limit": limit})
    assert response.status_code == 422
    assert "limit" in problem_of(response)["errors"]


def test_a_window_over_the_cap_is_refused_before_anything_is_written(db, database_url, story):
    app = create_app(
        {"TIMELINE_DATABASE_URL": database_url, "TESTING": True, "TIMELINE_MAX_EXPORT": 3}
    )
    client = app.test_client()
    response = client.get(EVENTS, query_string={"limit": "all", "format": "csv"})
    assert response.status_code == 413
    assert (
        "7" in problem_of(response)["detail"]
        and "TIMELINE_MAX_EXPORT" in problem_of(response)["detail"]
    )
    ok = client.get(EVENTS, query_string={"limit": "all", "source": "Ledger"})
    assert ok.status_code == 200 and len(ok.get_json()["events"]) == 2


def test_the_ics_feed_answers_conditional_gets_with_304(client, story):
    query = {"format": "ics", "limit": "all"}
    first = client.get(EVENTS, query_string=query)
    assert first.data.startswith(b"BEGIN:VCALENDAR")
    etag, modified = first.headers["ETag"], first.headers["Last-Modified"]
    assert etag.startswith('W/"')
    again = client.get(EVENTS, query_string=query, headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.data == b""
    since = client.get(EVENTS, query_string=query, headers={"If-Modified-Since": modified})
    assert since.status_code == 304
    # Another query is another resource.
    other = client.get(
        EVENTS, query_string={**query, "source": "Wire"}, headers={"If-None-Match": etag}
    )
    assert other.status_code == 200 and other.data.count(b"BEGIN:VEVENT") == 5


def test_the_etag_changes_when_an_event_is_added(client, story):
    query = {"format": "ics", "limit": "all"}
    first = client.get(EVENTS, query_string=query)
    etag = first.headers["ETag"]
    first.close()
    article = make_article("Later", d(2022, 6, 2, tz=KYIV), body="Talks ended on June 2.")
    make_event(
        article,
        "Talks ended on June 2.",
        d(2022, 6, 2, tz=KYIV),
        d(2022, 6, 3, tz=KYIV),
        expression=("June 2", "2022-06-02"),
    )
    response = client.get(EVENTS, query_string=query, headers={"If-None-Match": etag})
    assert response.status_code == 200
    assert response.data.decode().count("BEGIN:VEVENT") == 8


def test_epoch_milliseconds_are_accepted_for_from_and_to(client, story):
    iso = {"from": "2022-05-11T00:00:00+03:00", "to": "2022-05-12T00:00:00+03:00"}
    epoch = {k: str(int(datetime.fromisoformat(v).timestamp() * 1000)) for k, v in iso.items()}
    assert _ids(client, **epoch) == _ids(client, **iso) != []
    timeline = client.get("/api/v1/timeline", query_string=epoch)
    assert timeline.status_code == 200
    assert timeline.get_json()["from"] == "2022-05-10T21:00:00+00:00"


def test_short_digit_runs_stay_iso_dates(client, story):
    assert client.get(EVENTS, query_string={"from": "20220511"}).status_code == 200
    bad = client.get(EVENTS, query_string={"from": "99999999999999999"})
    assert bad.status_code == 422 and "from" in problem_of(bad)["errors"]


def test_timelinejs_leaves_background_spans_out_unless_asked(client, story):
    # A two-day window: the siege "since mid-April" (begun 26 days before) is background.
    window = {"format": "timelinejs", "from": "2022-05-11", "to": "2022-05-13", "limit": "all"}
    slides = client.get(EVENTS, query_string=window).get_json()["events"]
    ids = {int(s["unique_id"].split("-")[1]) for s in slides}
    assert story.events["since"] not in ids
    assert story.events["wed"] in ids and story.events["week"] in ids
    everything = client.get(EVENTS, query_string={**window, "background": "true"}).get_json()
    assert story.events["since"] in {
        int(s["unique_id"].split("-")[1]) for s in everything["events"]
    }
