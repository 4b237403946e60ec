"""Hostile and unlucky input at the API door: every one is a 4xx problem, never a 500.

Regression cases of issue 12 (a probe of the running service): JSON nested past the parser's
recursion limit, integers past Python's digit limit, publication times at the end of the
calendar, forged cursors, integer parameters past the database's range, chunked bodies over
the size limit and links with script schemes. Nothing is stored by a refused request.
"""

from __future__ import annotations

import base64
import io
import json

import pytest
from api_helpers import problem_of

from timeline.store import Article

ARTICLE = {
    "title": "Kharkiv",
    "body": "Troops advanced late Wednesday.",
    "published_at": "2022-05-14T09:30:00+03:00",
    "source": "Wire",
}


def post_raw(client, url, data: bytes, **headers):
    return client.post(url, data=data, headers={"Content-Type": "application/json", **headers})


DEEP = b'{"title": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
HUGE_INT = b'{"title": "x", "body": "y", "published_at": "2022-05-14", "n": ' + b"9" * 5000 + b"}"


@pytest.mark.parametrize("url", ["/api/v1/articles", "/api/v1/resolve"])
@pytest.mark.parametrize(
    "body",
    [DEEP, b"[" * 5000 + b"]" * 5000, HUGE_INT],
    ids=["deep object", "deep list", "5000-digit integer"],
)
def test_json_the_parser_cannot_hold_is_a_400(client, url, body):
    response = post_raw(client, url, body)
    assert response.status_code == 400, response.data
    problem = problem_of(response)
    assert "body" in problem["errors"]
    assert Article.select().count() == 0


@pytest.mark.parametrize(
    "published_at",
    [
        "9999-12-31",
        "9999-12-31T23:59+14:00",
        "9999-12-31T23:59:59-12:00",
        "0001-01-01",
        "0001-01-01T00:00+14:00",
        "9900-01-01",
    ],
)
def test_published_at_outside_the_supported_range_is_a_422_naming_it(client, published_at):
    response = client.post("/api/v1/articles", json={**ARTICLE, "published_at": published_at})
    assert response.status_code == 422, response.data
    problem = problem_of(response)
    assert "published_at" in problem["errors"]
    assert "0100-01-01" in " ".join(problem["errors"]["published_at"])
    assert Article.select().count() == 0


@pytest.mark.parametrize(
    "published_at", ["0100-01-01", "9899-12-31T23:59+14:00", "9899-12-31T11:59:59-12:00"]
)
def test_published_at_at_the_edges_of_the_range_is_stored(client, published_at):
    body = "Yesterday it rained. Next week they meet. The next century will tell. Tomorrow too."
    response = client.post(
        "/api/v1/articles", json={**ARTICLE, "body": body, "published_at": published_at}
    )
    assert response.status_code == 201, response.data
    article = response.get_json()
    assert client.get(f"/api/v1/articles/{article['id']}").status_code == 200
    assert client.get(f"/api/v1/events?article={article['id']}").status_code == 200
    for fmt in ("csv", "ics", "timelinejs", "grafana", "ndjson"):
        assert client.get(f"/api/v1/events?format={fmt}").status_code == 200


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


FORGED = [
    "0",
    "AAAA",
    "!!!",
    "x" * 500,
    _b64(b'["9999-12-31T23:59:59-14:00","9999-12-31T23:59:59-14:00",1]'),
    _b64(b'["2022-05-11T00:00:00+00:00","2022-05-12T00:00:00+00:00",99999999999999999999]'),
    _b64(b'["2022-05-11T00:00:00+00:00",1]'),
    "1652227200000000_1652313600000000_" + "9" * 19,
    "1652227200000000_1652313600000000_1_1",
    "1652227200000000_1652313600000000_-1",
]


@pytest.mark.parametrize("cursor", FORGED)
@pytest.mark.parametrize("url", ["/api/v1/events", "/api/v1/articles"])
def test_a_forged_cursor_is_a_422(client, story, url, cursor):
    response = client.get(url, query_string={"cursor": cursor})
    assert response.status_code == 422, response.data
    assert "cursor" in problem_of(response)["errors"]


@pytest.mark.parametrize(
    "cursor",
    [
        "-99999999999999999_-99999999999999999_1",
        "999999999999999999_999999999999999999_1",
        "0_0_0",
    ],
)
def test_a_cursor_of_the_documented_form_is_a_position_even_outside_the_calendar(
    client, story, cursor
):
    assert client.get("/api/v1/events", query_string={"cursor": cursor}).status_code == 200


@pytest.mark.parametrize("cursor", ["-99999999999999999_1", "999999999999999999_1", "0_0"])
def test_an_article_cursor_of_the_documented_form_is_a_position(client, story, cursor):
    assert client.get("/api/v1/articles", query_string={"cursor": cursor}).status_code == 200


def test_cursors_served_by_the_api_still_page(client, story):
    first = client.get("/api/v1/events?limit=2").get_json()
    second = client.get("/api/v1/events", query_string={"limit": 2, "cursor": first["next_cursor"]})
    assert second.status_code == 200
    assert [e["id"] for e in second.get_json()["events"]] == story.ids("week", "wed")
    page = client.get("/api/v1/articles?limit=1").get_json()
    assert (
        client.get(
            "/api/v1/articles", query_string={"limit": 1, "cursor": page["next_cursor"]}
        ).status_code
        == 200
    )


@pytest.mark.parametrize(
    "query",
    [
        "article=99999999999999999999",
        "article=9223372036854775808",
        "article=0",
        "limit=99999999999999999999",
        "first=99999999999999999999",
    ],
)
def test_integer_parameters_out_of_range_are_422(client, story, query):
    url = (
        "/api/v1/timeline?from=2022-05-01&to=2022-05-02&"
        if query.startswith("first")
        else "/api/v1/events?"
    )
    response = client.get(url + query)
    assert response.status_code == 422, response.data
    assert problem_of(response)["errors"]


def test_integer_bounds_are_in_the_document(client):
    document = client.get("/api/v1/openapi.json").get_json()
    parameters = {
        p["name"]: p["schema"] for p in document["paths"]["/api/v1/events"]["get"]["parameters"]
    }
    assert parameters["article"]["maximum"] == 2**63 - 1
    assert parameters["article"]["minimum"] == 1


#: What gunicorn tells the app of a chunked body: the stream ends where the body does.
CHUNKED = {"wsgi.input_terminated": True}


def test_a_chunked_body_over_the_limit_is_a_413(app, client):
    app.config["MAX_CONTENT_LENGTH"] = 1000
    body = json.dumps({**ARTICLE, "body": "x" * 5000}).encode()
    response = client.post(
        "/api/v1/articles",
        input_stream=io.BytesIO(body),
        headers={"Content-Type": "application/json", "Transfer-Encoding": "chunked"},
        environ_overrides=CHUNKED,
    )
    assert response.status_code == 413, response.data
    assert "body" in problem_of(response)["errors"]
    assert Article.select().count() == 0


def test_a_chunked_body_under_the_limit_is_read(client):
    body = json.dumps(ARTICLE).encode()
    response = client.post(
        "/api/v1/articles",
        input_stream=io.BytesIO(body),
        headers={"Content-Type": "application/json", "Transfer-Encoding": "chunked"},
        environ_overrides=CHUNKED,
    )
    assert response.status_code == 201, response.data


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(document.domain)",
        "JavaScript:alert(1)",
        " javascript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:x",
        "//evil.example/x",
        "ftp://example.org/x",
        "http://",
        "https:///path",
        "example.org/news",
    ],
)
def test_only_http_and_https_links_are_accepted(client, url):
    response = client.post("/api/v1/articles", json={**ARTICLE, "url": url})
    assert response.status_code == 422, response.data
    assert "url" in problem_of(response)["errors"]
    assert Article.select().count() == 0


@pytest.mark.parametrize("url", ["https://wire.example/kharkiv?a=1#b", "HTTP://Example.org/"])
def test_http_links_are_accepted(client, url):
    assert client.post("/api/v1/articles", json={**ARTICLE, "url": url}).status_code == 201


def test_a_stored_script_link_is_not_rendered_as_a_link(client, story):
    # Rows stored before validation existed (or by hand) are shown as text, never as a link.
    Article.update(url="javascript:alert(document.domain)").where(
        Article.id == story.articles["wire"]
    ).execute()
    page = client.get(f"/articles/{story.articles['wire']}").get_data(as_text=True)
    assert "javascript:" not in page
    ics = client.get("/api/v1/events?format=ics").get_data(as_text=True)
    assert "javascript:" not in ics


@pytest.mark.parametrize(
    "url", ["/articles/99999999999999999999", "/api/v1/articles/99999999999999999999"]
)
def test_an_id_past_the_database_integer_is_not_found(client, url):
    assert client.get(url).status_code == 404
