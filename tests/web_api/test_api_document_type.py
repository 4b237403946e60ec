"""``document_type`` on ``POST /api/v1/resolve`` and on the article record of the API."""

from __future__ import annotations

import json

STORY = "The war in Europe began in 1939. In September, Germany invaded Poland."
RECORD = {
    "title": "1939",
    "body": STORY,
    "published_at": "2024-05-01",
    "document_type": "narrative",
}


def test_resolve_takes_and_reports_the_type(client):
    response = client.post(
        "/api/v1/resolve",
        json={"text": STORY, "reference": "2024-05-01", "document_type": "narrative"},
    )
    assert response.status_code == 200, response.data
    body = response.get_json()
    assert body["document_type"] == "narrative"
    assert [t["value"] for t in body["timexes"]] == ["1939", "1939-09"]
    auto = client.post("/api/v1/resolve", json={"text": "gym tmrw lol", "reference": "2014-04-23"})
    assert auto.get_json()["document_type"] == "colloquial"
    assert [t["value"] for t in auto.get_json()["timexes"]] == ["2014-04-24"]


def test_resolve_refuses_an_unknown_type(client):
    response = client.post(
        "/api/v1/resolve", json={"text": STORY, "reference": "2024-05-01", "document_type": "essay"}
    )
    assert response.status_code == 422
    assert "document_type" in json.dumps(response.get_json())


def test_articles_show_their_type(client):
    created = client.post("/api/v1/articles", json=RECORD)
    assert created.status_code == 201, created.data
    assert created.get_json()["document_type"] == "narrative"
    plain = client.post(
        "/api/v1/articles",
        json={**RECORD, "title": "x", "body": "Rain fell.", "document_type": None},
    )
    assert plain.get_json()["document_type"] == "auto"
