"""``/api/v1/sources``: list, add, read and remove followed sources; writes need the key."""

from __future__ import annotations

import pytest
from api_helpers import problem_of

from api import create_app

AUTH = {"Authorization": "Bearer secret"}


@pytest.fixture
def keyed(db, database_url):
    return create_app(
        {"TIMELINE_DATABASE_URL": database_url, "TESTING": True, "TIMELINE_API_KEYS": "secret"}
    ).test_client()


def test_add_list_read_remove(keyed):
    assert keyed.get("/api/v1/sources").get_json() == []
    response = keyed.post(
        "/api/v1/sources",
        headers=AUTH,
        json={
            "url": "https://example.org/feed.xml?utm_source=x",
            "every": "2h",
            "source": "Example",
        },
    )
    assert response.status_code == 201
    created = response.get_json()
    assert response.headers["Location"].endswith(f"/api/v1/sources/{created['id']}")
    assert created["url"] == "https://example.org/feed.xml"
    assert (created["every"], created["every_seconds"], created["name"]) == ("2h", 7200, "Example")
    assert created["kind"] is None and created["last_status"] is None
    assert keyed.get("/api/v1/sources").get_json() == [created]
    assert keyed.get(f"/api/v1/sources/{created['id']}").get_json() == created
    assert keyed.delete(f"/api/v1/sources/{created['id']}", headers=AUTH).status_code == 204
    assert keyed.get("/api/v1/sources").get_json() == []
    missing = keyed.delete(f"/api/v1/sources/{created['id']}", headers=AUTH)
    assert missing.status_code == 404 and "no source" in problem_of(missing)["detail"]


def test_writes_need_the_key(keyed):
    no_key = keyed.post("/api/v1/sources", json={"url": "https://example.org/feed.xml"})
    assert no_key.status_code == 401
    assert keyed.delete("/api/v1/sources/1").status_code == 401
    assert keyed.get("/api/v1/sources").status_code == 200


def test_following_twice_is_a_conflict(keyed):
    body = {"url": "https://example.org/feed.xml"}
    assert keyed.post("/api/v1/sources", headers=AUTH, json=body).status_code == 201
    again = keyed.post(
        "/api/v1/sources", headers=AUTH, json={"url": "https://EXAMPLE.org/feed.xml"}
    )
    assert again.status_code == 409 and "already followed" in problem_of(again)["detail"]


@pytest.mark.parametrize(
    "body, field, message",
    [
        ({"url": "ftp://example.org/feed"}, "url", "not an http or https URL"),
        ({"url": "https://example.org/f", "every": "1s"}, "every", "shorter than 10 seconds"),
        ({"url": "https://example.org/f", "every": "often"}, "every", "is not a number"),
        ({"url": "https://example.org/f", "source": "  "}, "source", "must not be empty"),
    ],
)
def test_bad_input_is_named(keyed, body, field, message):
    response = keyed.post("/api/v1/sources", headers=AUTH, json=body)
    assert response.status_code == 422
    problem = problem_of(response)
    assert message in " ".join(problem["errors"][field])
    assert keyed.get("/api/v1/sources").get_json() == []


def test_a_body_that_is_not_json_is_refused(keyed):
    response = keyed.post("/api/v1/sources", headers=AUTH, data="url=https://example.org/f")
    assert response.status_code == 415


@pytest.mark.parametrize("name", ["Wire\x00desk", " \u3000", ""])
def test_a_source_name_with_nul_or_blank_is_a_422(keyed, name):
    """PostgreSQL refuses NUL in text: a 500 once (found by schemathesis on PostgreSQL)."""
    response = keyed.post(
        "/api/v1/sources",
        headers=AUTH,
        json={"url": "https://example.org/feed.xml", "source": name},
    )
    assert response.status_code == 422
    assert "source" in problem_of(response)["errors"]
