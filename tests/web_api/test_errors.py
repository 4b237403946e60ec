"""Every error path of the API answers the one problem+json shape (RFC 9457).

Each case names the request, the status and the fields its ``errors`` must name; the shape
itself (type, title, status, detail, errors: {field: [message]}) is checked by
:func:`api_helpers.problem_of` for all of them. Failed writes store nothing.
"""

from __future__ import annotations

import json

import pytest
from api_helpers import problem_of

from api import create_app
from timeline.store import Article, Event

ARTICLE = {
    "title": "Kharkiv",
    "body": "Troops advanced late Wednesday.",
    "published_at": "2022-05-14T09:30:00+03:00",
    "source": "Wire",
}


def post_json(client, url, payload, **headers):
    return client.post(
        url, data=json.dumps(payload), headers={"Content-Type": "application/json", **headers}
    )


# (name, request function, status, fields named in `errors`)
CASES = [
    ("unknown url", lambda c: c.get("/api/v1/nothing"), 404, set()),
    ("unknown article", lambda c: c.get("/api/v1/articles/999999"), 404, set()),
    ("delete unknown article", lambda c: c.delete("/api/v1/articles/999999"), 404, set()),
    ("method not allowed", lambda c: c.put("/api/v1/events"), 405, set()),
    (
        "malformed JSON article",
        lambda c: c.post(
            "/api/v1/articles", data=b'{"title": ', headers={"Content-Type": "application/json"}
        ),
        400,
        {"body"},
    ),
    (
        "malformed JSON resolve",
        lambda c: c.post(
            "/api/v1/resolve", data=b"{nope}", headers={"Content-Type": "application/json"}
        ),
        400,
        {"body"},
    ),
    (
        "body not JSON",
        lambda c: c.post(
            "/api/v1/articles",
            data="title=x",
            headers={"Content-Type": "application/x-www-form-urlencoded"},
        ),
        415,
        {"Content-Type"},
    ),
    (
        "body without content type",
        lambda c: c.post("/api/v1/articles", data=b"{}"),
        415,
        {"Content-Type"},
    ),
    (
        "resolve as text",
        lambda c: c.post("/api/v1/resolve", data="hello", headers={"Content-Type": "text/plain"}),
        415,
        {"Content-Type"},
    ),
    (
        "article missing fields",
        lambda c: post_json(c, "/api/v1/articles", {"title": "x"}),
        422,
        {"body", "published_at"},
    ),
    (
        "article field of wrong type",
        lambda c: post_json(c, "/api/v1/articles", {**ARTICLE, "title": 5}),
        422,
        {"title"},
    ),
    (
        "article misspelt field",  # unknown keys are ignored: the required one is missing
        lambda c: post_json(
            c,
            "/api/v1/articles",
            {**{k: v for k, v in ARTICLE.items() if k != "published_at"}, "publised_at": "x"},
        ),
        422,
        {"published_at"},
    ),
    (
        "article body is a list",
        lambda c: post_json(c, "/api/v1/articles", [ARTICLE]),
        422,
        {"body"},
    ),
    (
        "article date the pipeline rejects",
        lambda c: post_json(c, "/api/v1/articles", {**ARTICLE, "published_at": "last spring"}),
        422,
        {"published_at"},
    ),
    (
        "resolve without reference",
        lambda c: post_json(c, "/api/v1/resolve", {"text": "today"}),
        422,
        {"reference"},
    ),
    (
        "resolve bad reference",
        lambda c: post_json(c, "/api/v1/resolve", {"text": "today", "reference": "soon"}),
        422,
        {"reference"},
    ),
    ("events bad from", lambda c: c.get("/api/v1/events?from=yesterday"), 422, {"from"}),
    (
        "events empty window",
        lambda c: c.get("/api/v1/events?from=2022-05-02&to=2022-05-01"),
        422,
        {"to"},
    ),
    ("events limit too large", lambda c: c.get("/api/v1/events?limit=501"), 422, {"limit"}),
    ("events limit zero", lambda c: c.get("/api/v1/events?limit=0"), 422, {"limit"}),
    ("events bad order", lambda c: c.get("/api/v1/events?order=up"), 422, {"order"}),
    ("events bad basis", lambda c: c.get("/api/v1/events?basis=guess"), 422, {"basis"}),
    ("events bad granularity", lambda c: c.get("/api/v1/events?finest=fortnight"), 422, {"finest"}),
    (
        "events granularity bounds crossed",
        lambda c: c.get("/api/v1/events?finest=month&coarsest=day"),
        422,
        {"coarsest"},
    ),
    (
        "events forged cursor",
        lambda c: c.get("/api/v1/events?cursor=bm90LWEtY3Vyc29y"),
        422,
        {"cursor"},
    ),
    ("events unknown format", lambda c: c.get("/api/v1/events?format=xml"), 422, {"format"}),
    ("events bad article id", lambda c: c.get("/api/v1/events?article=abc"), 422, {"article"}),
    ("timeline without window", lambda c: c.get("/api/v1/timeline"), 422, {"from", "to"}),
    (
        "timeline bad unit",
        lambda c: c.get("/api/v1/timeline?from=2022-01-01&to=2022-02-01&unit=hour"),
        422,
        {"unit"},
    ),
    (
        "timeline too many buckets",
        lambda c: c.get("/api/v1/timeline?from=1900-01-01&to=2022-01-01&unit=day"),
        422,
        {"unit"},
    ),
    (
        "articles bad published_from",
        lambda c: c.get("/api/v1/articles?published_from=May"),
        422,
        {"published_from"},
    ),
    ("articles forged cursor", lambda c: c.get("/api/v1/articles?cursor=e30"), 422, {"cursor"}),
    ("articles NUL in text search", lambda c: c.get("/api/v1/articles?q=%00"), 422, {"q"}),
    ("events NUL in text search", lambda c: c.get("/api/v1/events?q=a%00b"), 422, {"q"}),
    ("events search without words", lambda c: c.get("/api/v1/events?q=%25%25"), 422, {"q"}),
    ("articles search without words", lambda c: c.get("/api/v1/articles?q=--"), 422, {"q"}),
    (
        "timeline search without words",
        lambda c: c.get("/api/v1/timeline?from=2022-05-01&to=2022-06-01&q=_"),
        422,
        {"q"},
    ),
    ("events NUL in source", lambda c: c.get("/api/v1/events?source=%00"), 422, {"source"}),
]


@pytest.mark.parametrize(
    ("name", "call", "status", "fields"), CASES, ids=[case[0] for case in CASES]
)
def test_error_shape(client, name, call, status, fields):
    response = call(client)
    assert response.status_code == status, response.data
    body = problem_of(response)
    assert set(body["errors"]) == fields
    assert Article.select().count() == 0
    assert Event.select().count() == 0


def test_405_says_what_is_allowed(client):
    response = client.delete("/api/v1/events")
    problem_of(response)
    assert set(response.headers["Allow"].split(", ")) >= {"GET", "HEAD", "OPTIONS"}


def test_detail_names_the_invalid_fields(client):
    body = problem_of(client.get("/api/v1/events?limit=9999&order=sideways"))
    assert body["detail"] == "Invalid value for: limit, order."
    assert body["errors"]["limit"] == ["Must be between 1 and 500, or 'all'."]


@pytest.mark.parametrize(
    "url",
    [
        "/api/v1/events?from=2022-05-02&to=2022-05-01",
        "/api/v1/timeline?from=2022-05-02&to=2022-05-01",
    ],
)
def test_detail_of_a_window_the_core_refuses(client, url):
    body = problem_of(client.get(url))
    message = "The window is empty: 'to' must be later than 'from'."
    assert body["status"] == 422
    assert body["detail"] == f"Invalid value for: to. {message}"
    assert body["errors"] == {"to": [message]}


def test_413_body_over_the_limit(db, database_url):
    app = create_app({"TIMELINE_DATABASE_URL": database_url, "TIMELINE_MAX_BODY_BYTES": 200})
    response = post_json(app.test_client(), "/api/v1/articles", {**ARTICLE, "body": "word " * 100})
    assert response.status_code == 413
    body = problem_of(response)
    assert body["detail"] == "The request body is larger than the limit of 200 bytes."
    assert set(body["errors"]) == {"body"}
    assert Article.select().count() == 0


def test_default_body_limit_is_2_mb(client):
    assert client.application.config["MAX_CONTENT_LENGTH"] == 2 * 1024 * 1024


@pytest.fixture
def keyed(db, database_url):
    return create_app(
        {"TIMELINE_DATABASE_URL": database_url, "TIMELINE_API_KEYS": "k1, k2"}
    ).test_client()


@pytest.mark.parametrize("authorization", [None, "Bearer", "Basic azE6", "Bearer wrong"])
def test_401_writes_without_a_valid_key(keyed, authorization):
    headers = {"Authorization": authorization} if authorization else {}
    response = post_json(keyed, "/api/v1/articles", ARTICLE, **headers)
    assert response.status_code == 401
    problem_of(response)
    assert response.headers["WWW-Authenticate"].startswith('Bearer realm="timeline"')
    assert problem_of(keyed.delete("/api/v1/articles/1", headers=headers))["status"] == 401
    assert Article.select().count() == 0


def test_401_reads_when_configured(db, database_url):
    client = create_app(
        {
            "TIMELINE_DATABASE_URL": database_url,
            "TIMELINE_API_KEYS": "k1",
            "TIMELINE_READS_REQUIRE_KEY": "true",
        }
    ).test_client()
    for url in (
        "/api/v1/events",
        "/api/v1/timeline?from=2022-01-01&to=2022-02-01",
        "/api/v1/articles",
        "/api/v1/articles/1",
    ):
        assert problem_of(client.get(url))["status"] == 401
    assert (
        problem_of(post_json(client, "/api/v1/resolve", {"text": "x", "reference": "2022-05-14"}))[
            "status"
        ]
        == 401
    )


def test_500_is_a_problem_too(client, monkeypatch):
    from timeline import queries

    def broken(*args, **kwargs):
        raise RuntimeError("database on fire")

    monkeypatch.setattr(queries, "list_events", broken)
    response = client.get("/api/v1/events")
    assert response.status_code == 500
    body = problem_of(response)
    assert "fire" not in body["detail"]  # internals are logged, not shown


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ({"from": "0001-01-01T00:00:00+01:00"}, "from"),  # before year 1 in UTC
        ({"to": "9999-12-31T23:00:00-05:00"}, "to"),  # after year 9999 in UTC
    ],
)
def test_422_datetimes_outside_the_calendar(client, query, field):
    body = problem_of(client.get("/api/v1/events", query_string=query))
    assert body["status"] == 422 and set(body["errors"]) == {field}


def test_422_buckets_outside_the_calendar(client):
    query = {"from": "9999-12-01", "to": "9999-12-31T12:00:00", "unit": "month"}
    body = problem_of(client.get("/api/v1/timeline", query_string=query))
    assert body["status"] == 422 and set(body["errors"]) == {"to"}


def test_very_early_windows_still_answer(client, story):
    response = client.get("/api/v1/events", query_string={"from": "0050-01-01"})
    assert response.status_code == 200
    assert len(response.get_json()["events"]) == 7
