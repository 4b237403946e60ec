"""Smaller hardening items of issue 12: ``Vary: Origin`` on every answer that CORS could
change, a cap on the text ``POST /resolve`` tags, and per-client rate limits on ``/resolve``
and the writes, answered with 429 problem+json and ``Retry-After``."""

from __future__ import annotations

import pytest
from api_helpers import problem_of

from api import create_app
from timeline.store import Article

ARTICLE = {
    "title": "Kharkiv",
    "body": "Troops advanced late Wednesday.",
    "published_at": "2022-05-14T09:30:00+03:00",
}


def _client(database_url, **settings):
    return create_app(
        {"TIMELINE_DATABASE_URL": database_url, "TESTING": True, **settings}
    ).test_client()


@pytest.mark.parametrize("origins", ["https://grafana.example.org", "*"])
@pytest.mark.parametrize("origin", [None, "https://grafana.example.org", "https://evil.example"])
def test_vary_origin_on_every_answer_cors_can_change(db, database_url, origins, origin):
    client = _client(database_url, TIMELINE_CORS_ORIGINS=origins)
    headers = {"Origin": origin} if origin else {}
    for url in ("/api/v1/events", "/api/v1/nothing"):
        response = client.get(url, headers=headers)
        assert "Origin" in response.headers.get("Vary", ""), (url, response.headers)


def test_resolve_caps_its_text(db, database_url):
    client = _client(database_url, TIMELINE_RESOLVE_MAX_CHARS="1000")
    ok = client.post("/api/v1/resolve", json={"text": "x" * 1000, "reference": "2022-05-14"})
    assert ok.status_code == 200
    response = client.post("/api/v1/resolve", json={"text": "x" * 1001, "reference": "2022-05-14"})
    assert response.status_code == 422
    assert "1000" in " ".join(problem_of(response)["errors"]["text"])


def test_the_resolve_cap_is_in_the_served_document(db, database_url):
    client = _client(database_url, TIMELINE_RESOLVE_MAX_CHARS="1234")
    document = client.get("/api/v1/openapi.json").get_json()
    text = document["components"]["schemas"]["ResolveInput"]["properties"]["text"]
    assert text["maxLength"] == 1234


def test_resolve_is_rate_limited_per_client(db, database_url):
    client = _client(database_url, TIMELINE_RATE_LIMIT_RESOLVE="3/minute")
    body = {"text": "It rained on Monday.", "reference": "2022-05-14"}
    for _ in range(3):
        assert client.post("/api/v1/resolve", json=body).status_code == 200
    response = client.post("/api/v1/resolve", json=body)
    assert response.status_code == 429
    problem_of(response)
    assert int(response.headers["Retry-After"]) > 0
    other = client.post(
        "/api/v1/resolve", json=body, environ_overrides={"REMOTE_ADDR": "192.0.2.7"}
    )
    assert other.status_code == 200  # another client has its own budget
    assert client.get("/api/v1/events").status_code == 200  # reads are not limited


def test_writes_are_rate_limited(db, database_url):
    client = _client(database_url, TIMELINE_RATE_LIMIT_WRITES="2/minute")
    for index in range(2):
        assert (
            client.post("/api/v1/articles", json={**ARTICLE, "title": f"t{index}"}).status_code
            == 201
        )
    response = client.post("/api/v1/articles", json={**ARTICLE, "title": "t3"})
    assert response.status_code == 429
    assert response.headers["Retry-After"]
    assert problem_of(response)["status"] == 429
    assert client.delete("/api/v1/articles/1").status_code == 429
    assert Article.select().count() == 2


def test_rate_limits_can_be_turned_off(db, database_url):
    client = _client(database_url, TIMELINE_RATE_LIMIT_RESOLVE="")
    body = {"text": "It rained on Monday.", "reference": "2022-05-14"}
    assert all(client.post("/api/v1/resolve", json=body).status_code == 200 for _ in range(40))


def _operations(document):
    for path, item in document["paths"].items():
        for method, operation in item.items():
            if method in ("get", "post", "put", "delete", "patch"):
                yield method, path, operation


def test_the_served_document_without_keys_declares_no_security(db, database_url):
    document = _client(database_url).get("/api/v1/openapi.json").get_json()
    assert "securitySchemes" not in document["components"]
    for method, path, operation in _operations(document):
        assert "security" not in operation, (method, path)
        assert "401" not in operation["responses"], (method, path)
        assert "503" in operation["responses"], (method, path)


def test_the_served_document_with_keys_secures_the_writes(db, database_url):
    document = _client(database_url, TIMELINE_API_KEYS="k").get("/api/v1/openapi.json").get_json()
    secured = {(m, p) for m, p, op in _operations(document) if "security" in op}
    assert secured == {("post", "/api/v1/articles"), ("delete", "/api/v1/articles/{article_id}")}
    assert all("401" in op["responses"] for m, p, op in _operations(document) if (m, p) in secured)
    locked = (
        _client(database_url, TIMELINE_API_KEYS="k", TIMELINE_READS_REQUIRE_KEY="1")
        .get("/api/v1/openapi.json")
        .get_json()
    )
    open_ops = {p for m, p, op in _operations(locked) if "security" not in op}
    assert open_ops == {"/api/v1/health"}


def test_rate_limited_operations_declare_429(db, database_url):
    document = _client(database_url).get("/api/v1/openapi.json").get_json()
    limited = {(m, p) for m, p, op in _operations(document) if "429" in op["responses"]}
    assert limited == {
        ("post", "/api/v1/resolve"),
        ("post", "/api/v1/articles"),
        ("delete", "/api/v1/articles/{article_id}"),
    }
