"""/api/v1/grafana: the requests docs/grafana.md shows, as Grafana's JSON data source sends
them, replayed against the story; and the dashboard it offers to import."""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path

import pytest
from api_helpers import problem_of

GRAFANA = "/api/v1/grafana"
DOC = Path(__file__).resolve().parents[2] / "docs" / "grafana.md"


def documented_requests() -> dict[str, dict]:
    text = DOC.read_text(encoding="utf-8")
    found = re.findall(r"<!-- request: POST (/[\w-]+) -->\n```json\n(.*?)\n```", text, re.S)
    return {path: json.loads(body) for path, body in found}


def documented_dashboard() -> dict:
    text = DOC.read_text(encoding="utf-8")
    (body,) = re.findall(r"<!-- dashboard -->\n```json\n(.*?)\n```", text, re.S)
    return json.loads(body)


REQUESTS = documented_requests()


def post(client, path: str, body: dict | None = None):
    return client.post(GRAFANA + path, json=REQUESTS[path] if body is None else body)


def ms(iso: str) -> int:
    return int(datetime.fromisoformat(iso).timestamp() * 1000)


def test_the_doc_shows_every_endpoint():
    assert set(REQUESTS) == {
        "/search",
        "/metrics",
        "/query",
        "/annotations",
        "/tag-keys",
        "/tag-values",
    }


def test_connection_test(client, story):
    response = client.get(GRAFANA + "/")
    assert response.status_code == 200


def test_search_and_metrics(client, story):
    assert post(client, "/search").get_json() == ["events", "event count"]
    values = [m["value"] for m in post(client, "/metrics").get_json()]
    assert values == ["events", "event count"]


def test_query_answers_a_table_and_a_series(client, story):
    response = post(client, "/query")
    assert response.status_code == 200, response.data
    table, series = response.get_json()
    assert table["type"] == "table" and table["refId"] == "A"
    assert [c["text"] for c in table["columns"]][:3] == ["Time", "End", "Sentence"]
    # Wire (payload) and basis=expression (ad hoc) in May 2022 UTC: the week, Wednesday and
    # its evening, and June 1 in Kyiv (May 31, 21:00 UTC); not the publication-dated event,
    # not the Ledger's.
    ids = [row[-1] for row in table["rows"]]
    assert ids == story.ids("week", "wed", "evening", "june")
    assert table["rows"][1][0] == ms("2022-05-11T00:00:00+03:00")
    assert series["target"] == "event count" and series["refId"] == "B"
    counts = dict((t, c) for c, t in series["datapoints"])
    assert sum(counts.values()) == 5  # every expression-dated event overlapping May (UTC)
    assert counts[ms("2022-05-11T00:00:00+00:00")] == 1  # the evening begins on the 11th UTC


def test_query_respects_max_data_points(client, story):
    body = {
        **REQUESTS["/query"],
        "maxDataPoints": 1,
        "targets": [{"target": "events", "refId": "A"}],
        "adhocFilters": [],
    }
    (table,) = post(client, "/query", body).get_json()
    assert len(table["rows"]) == 1


def test_annotations_carry_the_filters_of_their_query(client, story):
    response = post(client, "/annotations")
    assert response.status_code == 200, response.data
    annotations = response.get_json()
    assert {a["id"] for a in annotations} == set(story.ids("week", "wed", "evening", "pub", "june"))
    first = annotations[0]
    assert first["time"] < first["timeEnd"]
    assert "Wire" in first["tags"] and first["annotation"]["name"] == "timeline"


def test_annotations_accept_epoch_milliseconds(client, story):
    body = {
        "range": {
            "from": str(ms("2022-05-11T00:00:00+03:00")),
            "to": str(ms("2022-05-12T00:00:00+03:00")),
        },
        "annotation": {"query": "basis=expression&finest=day&coarsest=day"},
    }
    annotations = post(client, "/annotations", body).get_json()
    assert [a["id"] for a in annotations] == story.ids("since", "wed")


def test_tag_keys_and_values(client, story):
    keys = [k["text"] for k in post(client, "/tag-keys").get_json()]
    assert keys == ["source", "q", "basis", "finest", "coarsest", "article"]
    assert post(client, "/tag-values").get_json() == [{"text": "Ledger"}, {"text": "Wire"}]
    basis = post(client, "/tag-values", {"key": "basis"}).get_json()
    assert basis == [{"text": "expression"}, {"text": "publication"}]


@pytest.mark.parametrize(
    ("path", "body", "field"),
    [
        (
            "/query",
            {"range": {"from": "2022-05-01", "to": "2022-06-01"}, "targets": [{"target": "cpu"}]},
            "target",
        ),
        (
            "/query",
            {
                "range": {"from": "2022-05-01", "to": "2022-06-01"},
                "targets": [],
                "adhocFilters": [{"key": "source", "operator": "!=", "value": "Wire"}],
            },
            "operator",
        ),
        (
            "/query",
            {
                "range": {"from": "2022-05-01", "to": "2022-06-01"},
                "targets": [{"target": "events", "payload": {"city": "Kyiv"}}],
            },
            "city",
        ),
        (
            "/annotations",
            {
                "range": {"from": "2022-05-01", "to": "2022-06-01"},
                "annotation": {"query": "city=Kyiv"},
            },
            "query",
        ),
        ("/query", {"targets": []}, "range"),
    ],
)
def test_bad_requests_name_the_problem(client, story, path, body, field):
    response = post(client, path, body)
    assert response.status_code == 422
    assert field in json.dumps(problem_of(response)["errors"])


@pytest.mark.parametrize(
    "filters",
    [
        {"basis": "guesswork"},
        {"finest": "fortnight"},
        {"article": "first"},
        {"q": "!!!"},
        {"source": "Wire\x00"},
        {"finest": "year", "coarsest": "day"},
    ],
)
def test_a_filter_value_no_event_has_selects_nothing(client, story, filters):
    """A dashboard's filter values are free text: one that no event can have answers empty,
    as the document says (its schema takes any string), never 422."""
    rng = {"from": "2022-05-01", "to": "2022-06-01"}
    adhoc = [{"key": key, "operator": "=", "value": value} for key, value in filters.items()]
    table = post(client, "/query", {"range": rng, "targets": [{}], "adhocFilters": adhoc})
    assert table.status_code == 200 and table.get_json()[0]["rows"] == []
    query = "&".join(f"{key}={value}" for key, value in filters.items())
    notes = post(client, "/annotations", {"range": rng, "annotation": {"query": query}})
    assert notes.status_code == 200 and notes.get_json() == []
    everything = post(client, "/query", {"range": rng, "targets": [{}]}).get_json()
    assert everything[0]["rows"]  # the story's events, without the filter


def test_an_empty_or_very_long_range(client, story):
    empty = {"from": "2022-06-01", "to": "2022-06-01"}
    table = post(client, "/query", {"range": empty, "targets": [{}, {"target": "event count"}]})
    assert table.status_code == 200
    assert table.get_json()[0]["rows"] == [] and table.get_json()[1]["datapoints"] == []
    ages = {"from": "0101-01-01", "to": "9898-01-01"}
    series = post(client, "/query", {"range": ages, "targets": [{"target": "event count"}]})
    assert series.status_code == 200
    points = series.get_json()[0]["datapoints"]
    assert 900 < len(points) <= 1000  # its last 1000 months


def test_the_dashboard_imports_into_what_the_source_serves(client, story):
    dashboard = documented_dashboard()
    metrics = set(post(client, "/search", {"target": ""}).get_json())
    targets = [t["target"] for p in dashboard["panels"] for t in p["targets"]]
    assert targets and set(targets) <= metrics
    for annotation in dashboard["annotations"]["list"]:
        body = {**REQUESTS["/annotations"], "annotation": annotation}
        assert post(client, "/annotations", body).status_code == 200
    assert all(p["datasource"]["type"] == "simpod-json-datasource" for p in dashboard["panels"])


def test_reads_behind_a_key_cover_grafana_too(db, database_url, story):
    from api import create_app

    app = create_app(
        {
            "TIMELINE_DATABASE_URL": database_url,
            "TESTING": True,
            "TIMELINE_API_KEYS": "k1",
            "TIMELINE_READS_REQUIRE_KEY": True,
        }
    )
    client = app.test_client()
    assert client.post(GRAFANA + "/query", json=REQUESTS["/query"]).status_code == 401
    ok = client.post(
        GRAFANA + "/query", json=REQUESTS["/query"], headers={"Authorization": "Bearer k1"}
    )
    assert ok.status_code == 200
    # Without the read setting, the data source's POSTs are reads, not writes.
    open_app = create_app(
        {"TIMELINE_DATABASE_URL": database_url, "TESTING": True, "TIMELINE_API_KEYS": "k1"}
    )
    assert (
        open_app.test_client().post(GRAFANA + "/query", json=REQUESTS["/query"]).status_code == 200
    )
