"""timeline.client.Client: every method, cursor-following iterators, problem details as
exceptions, DataFrames; over the Flask test client (a transport) and, once, over HTTP
against ``timeline serve``."""

from __future__ import annotations

import io
from datetime import date

import pytest

from timeline.client import Client, Pages, TimelineError, to_dataframe


def flask_transport(test_client):
    """A transport that sends the client's requests to the app in-process."""

    def send(method, url, headers, body):
        response = test_client.open(
            url.removeprefix("http://app"), method=method, headers=dict(headers), data=body
        )
        return response.status_code, dict(response.headers), response.get_data()

    return send


@pytest.fixture
def api(client):
    return Client("http://app", transport=flask_transport(client))


@pytest.mark.slow  # starts gunicorn with two workers
def test_over_http_against_a_served_app(server, story):
    served = Client(server + "/api/v1/")
    assert served.health()["status"] == "ok"
    assert len(served.events(page_size=3).to_list()) == 7
    with pytest.raises(TimelineError) as caught:
        served.events(basis="rumour").to_list()
    assert caught.value.status == 422 and "basis" in caught.value.errors


def test_events_follow_the_cursor_across_pages(api, story):
    events = api.events(page_size=2)
    assert isinstance(events, Pages)
    ids = [e["id"] for e in events]
    assert ids == [
        story.events[n] for n in ("april", "since", "week", "wed", "evening", "pub", "june")
    ]
    assert [e["id"] for e in events] == ids  # iterating again starts over


def test_events_filters_have_the_api_names(api, story):
    wire = api.events(from_=date(2022, 5, 11), to="2022-05-12", source="Wire", basis="expression")
    assert [e["id"] for e in wire] == story.ids("week", "wed", "evening")
    assert [e["id"] for e in api.events(finest="day", coarsest="day", q="siege")] == story.ids(
        "since"
    )


def test_errors_carry_the_problem_details(api, story):
    with pytest.raises(TimelineError) as caught:
        api.events(from_="yesterday").to_list()
    assert caught.value.status == 422
    assert "from" in caught.value.errors
    assert "from" in caught.value.detail
    with pytest.raises(TimelineError) as missing:
        api.article(999_999)
    assert missing.value.status == 404


def test_a_refused_connection_is_a_timeline_error():
    with pytest.raises(TimelineError) as caught:
        Client("http://127.0.0.1:9", timeout=2).health()
    assert caught.value.status == 0 and "127.0.0.1:9" in caught.value.detail


def test_articles_create_get_list_delete(api, story):
    created = api.create_article(
        "Ceasefire talks", "Talks resumed on Monday.", "2022-05-18T10:00:00+03:00", source="Courier"
    )
    assert created["events"] and created["source"] == "Courier"
    assert api.article(created["id"])["title"] == "Ceasefire talks"
    assert [a["id"] for a in api.articles(source="Courier")] == [created["id"]]
    assert len(api.articles(page_size=1).to_list()) == 3
    api.delete_article(created["id"])
    with pytest.raises(TimelineError):
        api.article(created["id"])


def test_timeline_and_resolve(api, story):
    buckets = api.timeline("2022-04-01", "2022-07-01", unit="month", first=0)
    assert buckets["total"] == 7 and len(buckets["buckets"]) == 3
    resolved = api.resolve("It rained on Friday.", "2022-05-14")
    assert resolved["timexes"][0]["text"] == "Friday"


def test_export_streams_a_whole_window(api, story):
    assert api.export("ics", source="Ledger").count(b"BEGIN:VEVENT") == 2


def test_to_dataframe_has_utc_datetimes(api, story):
    pd = pytest.importorskip("pandas")
    frame = api.events(source="Wire").to_dataframe()
    assert len(frame) == 5
    assert str(frame["start_utc"].dt.tz) == "UTC"
    assert frame["start_utc"].iloc[1] == pd.Timestamp("2022-05-10T21:00:00Z")
    assert frame["id"].dtype.name == "Int64"
    assert to_dataframe([]).empty
    parquet = pd.read_parquet(io.BytesIO(api.export("parquet", source="Wire")))
    assert parquet["id"].tolist() == frame["id"].tolist()
