"""GET /api/v1/happenings and /api/v1/happenings/{id} over the fixture articles of
fixtures/happenings/ (see tests/test_happenings.py for their groups)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from api_helpers import problem_of

from timeline.ingest import ingest_paths

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "happenings"

#: The fields of a happening in a list, in the order the API gives them (clients rely on them).
FIELDS = [
    "id",
    "start",
    "end",
    "granularity",
    "title",
    "importance",
    "why",
    "sources",
    "articles",
    "events",
    "places",
    "names",
]


@pytest.fixture
def fixtures(db):
    ingest_paths([FIXTURES])


def _titles(response) -> list[str]:
    assert response.status_code == 200, response.data
    return [h["title"] for h in response.get_json()["happenings"]]


def test_list_items_carry_the_contract_fields(client, fixtures):
    body = client.get("/api/v1/happenings").get_json()
    assert list(body) == ["happenings", "next_cursor"]
    assert len(body["happenings"]) == 9
    for item in body["happenings"]:
        assert list(item) == FIELDS
        for place in item["places"]:
            assert list(place) == ["name", "country", "lat", "lon"]
    starts = [datetime.fromisoformat(h["start"]) for h in body["happenings"]]
    assert starts == sorted(starts)


def test_order_importance_pages_with_a_cursor(client, fixtures):
    first = client.get("/api/v1/happenings?order=importance&limit=3")
    body = first.get_json()
    assert len(body["happenings"]) == 3 and body["next_cursor"]
    assert 'rel="next"' in first.headers["Link"]
    rest = client.get(
        f"/api/v1/happenings?order=importance&limit=50&cursor={body['next_cursor']}"
    ).get_json()
    scores = [h["importance"] for h in body["happenings"] + rest["happenings"]]
    assert len(scores) == 9 and scores == sorted(scores, reverse=True)
    ids = [h["id"] for h in body["happenings"] + rest["happenings"]]
    assert len(set(ids)) == 9


def test_source_repeated_means_any_of_them(client, fixtures):
    one = client.get("/api/v1/happenings?source=Northern%20Post").get_json()["happenings"]
    assert all("Northern Post" in h["sources"] for h in one) and len(one) == 4
    both = client.get("/api/v1/happenings?source=Northern%20Post&source=Harbour%20Gazette")
    assert len(both.get_json()["happenings"]) == 7  # not the shares, nor Rotterdam


def test_place_by_any_of_its_names(client, fixtures):
    odesa = _titles(client.get("/api/v1/happenings?place=Odessa"))
    assert odesa == _titles(client.get("/api/v1/happenings?place=Odesa"))
    assert len(odesa) == 2 and all("Od" in t for t in odesa)
    assert _titles(client.get("/api/v1/happenings?place=Rotterdam")) == [
        "Dockworkers in Rotterdam also walked off the job on Wednesday in a strike over pay, "
        "halting container traffic there as well."
    ]


def test_unknown_place_is_a_clear_error(client, fixtures):
    problem = problem_of(client.get("/api/v1/happenings?place=Qwertyuiopville"))
    assert problem["status"] == 422
    assert "place" in problem["errors"]
    assert "gazetteer" in problem["detail"]


def test_q_finds_happenings_whose_events_match(client, fixtures):
    (grain,) = _titles(client.get("/api/v1/happenings?q=maize"))
    assert "grain ship" in grain


def test_window_and_granularity_filters(client, fixtures):
    day = _titles(
        client.get("/api/v1/happenings?from=2022-05-12T12:00:00Z&to=2022-05-12T13:00:00Z")
    )
    assert {t.split()[1] for t in day} <= {"railway", "explosion", "hospital"}
    assert len(day) == 2
    fine = _titles(client.get("/api/v1/happenings?coarsest=partofday"))
    assert len(fine) == 1 and "fuel depot" in fine[0]


def test_detail_lists_every_report_as_events_gives_it(client, fixtures):
    listed = client.get("/api/v1/happenings?place=Zaporizhzhia&q=bridge").get_json()
    (bridge,) = [h for h in listed["happenings"] if "bridge" in h["title"]]
    detail = client.get(f"/api/v1/happenings/{bridge['id']}").get_json()
    assert list(detail) == FIELDS
    assert {k: v for k, v in detail.items() if k != "events"} == {
        k: v for k, v in bridge.items() if k != "events"
    }
    assert len(detail["events"]) == bridge["events"] == 3
    for event in detail["events"]:
        for key in ("article_id", "source", "url", "published_at", "text", "expression"):
            assert key in event
    assert {e["source"] for e in detail["events"]} == set(bridge["sources"])


def test_missing_happening_is_404(client, fixtures):
    assert problem_of(client.get("/api/v1/happenings/999999"))["status"] == 404


def test_geojson_gives_points_of_the_places(client, fixtures):
    response = client.get("/api/v1/happenings?format=geojson&place=Antwerp")
    assert response.status_code == 200
    assert response.mimetype == "application/geo+json"
    collection = response.get_json()
    assert collection["type"] == "FeatureCollection"
    (feature,) = collection["features"]
    assert feature["geometry"]["type"] == "Point"
    lon, lat = feature["geometry"]["coordinates"]
    assert 51 < lat < 52 and 4 < lon < 5  # Antwerp
    assert feature["properties"]["place"] == {"name": "Antwerp", "country": "BE"}
    assert feature["properties"]["sources"] == ["Atlantic Desk", "Northern Post"]


@pytest.mark.parametrize(
    "name, media_type",
    [
        ("csv", "text/csv"),
        ("ndjson", "application/x-ndjson"),
        ("ics", "text/calendar"),
        ("timelinejs", "application/json"),
        ("grafana", "application/json"),
    ],
)
def test_the_formats_of_events(client, fixtures, name, media_type):
    response = client.get(f"/api/v1/happenings?format={name}&limit=2")
    assert response.status_code == 200
    assert response.mimetype == media_type
    assert response.data


def test_bad_order_and_cursor_are_refused(client, fixtures):
    assert problem_of(client.get("/api/v1/happenings?order=newest"))["status"] == 422
    assert problem_of(client.get("/api/v1/happenings?cursor=nonsense"))["status"] == 422


def test_events_filter_by_place_through_their_happenings(client, fixtures):
    events = client.get("/api/v1/events?place=Kiev").get_json()["events"]
    assert events == []
    zaporizhzhia = client.get("/api/v1/events?place=Zaporizhzhia").get_json()["events"]
    assert len(zaporizhzhia) == 4  # three bridge reports and the hospital's
    assert all(e["basis"] == "expression" for e in zaporizhzhia)
    assert problem_of(client.get("/api/v1/events?place=Qwertyuiopville"))["status"] == 422
