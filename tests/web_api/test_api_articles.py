"""Articles: ingest (POST), list with filters and pages, read with mentions, delete."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from timeline.store import Article, Event, Mention

ARTICLES = "/api/v1/articles"
FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


def post(client, payload, **headers):
    return client.post(
        ARTICLES, data=json.dumps(payload), headers={"Content-Type": "application/json", **headers}
    )


def fixture_article(name: str = "kharkiv-late-wednesday.json") -> dict:
    record = json.loads((FIXTURES / name).read_text(encoding="utf-8"))
    record.pop("expected_events", None)
    return record


# --- read, list, delete over stored rows -------------------------------------------------------


def test_list_newest_first_then_oldest(client, story):
    body = client.get(ARTICLES).get_json()
    # Both published on 2022-05-14 (Kyiv): the Wire piece at 09:30, the Ledger one at 08:00.
    assert [a["id"] for a in body["articles"]] == [story.articles["wire"], story.articles["ledger"]]
    assert body["next_cursor"] is None
    oldest = client.get(ARTICLES, query_string={"order": "asc"}).get_json()
    assert [a["id"] for a in oldest["articles"]] == [
        story.articles["ledger"],
        story.articles["wire"],
    ]
    first = body["articles"][0]
    assert first["published_at"] == "2022-05-14T09:30:00+03:00"
    assert first["source"] == "Wire" and first["url"] == "https://wire.example/kharkiv"
    assert "body" not in first


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"source": "Ledger"}, ["ledger"]),
        ({"q": "counteroffensive"}, ["wire"]),
        ({"q": "LATE wednesday"}, ["wire"]),  # in the body, any case
        # Wire: 09:30 in Kyiv (06:30 UTC); Ledger: 08:00 in Kyiv (05:00 UTC).
        ({"published_from": "2022-05-14T06:31:00Z"}, []),
        ({"published_from": "2022-05-14T05:30:00Z"}, ["wire"]),
        ({"published_from": "2022-05-14T05:00:00Z", "order": "asc"}, ["ledger", "wire"]),
        ({"published_to": "2022-05-14T06:00:00Z"}, ["ledger"]),
    ],
)
def test_list_filters(client, story, query, expected):
    body = client.get(ARTICLES, query_string=query).get_json()
    assert [a["id"] for a in body["articles"]] == [story.articles[n] for n in expected]


def test_list_pages(client, story):
    first = client.get(ARTICLES, query_string={"limit": 1})
    assert [a["id"] for a in first.get_json()["articles"]] == [story.articles["wire"]]
    link = first.headers["Link"]
    second = client.get(link[1 : link.index(">")].removeprefix("http://localhost"))
    body = second.get_json()
    assert [a["id"] for a in body["articles"]] == [story.articles["ledger"]]
    assert body["next_cursor"] is None


def test_read_with_mentions_and_events(client, story):
    response = client.get(f"{ARTICLES}/{story.articles['wire']}")
    body = response.get_json()
    assert "ETag" in response.headers
    assert body["body"].startswith("Troops advanced late Wednesday.")
    mentions = body["mentions"]
    # Offsets index into the body, so a client can highlight the expressions.
    assert [body["body"][m["start"] : m["end"]] for m in mentions] == [m["text"] for m in mentions]
    wednesday = next(m for m in mentions if m["text"] == "Wednesday")
    assert wednesday["interval"] == {
        "start": "2022-05-11T00:00:00+03:00",
        "end": "2022-05-12T00:00:00+03:00",
    }
    assert wednesday["mod"] == "END" and wednesday["rule"] == "test_rule"
    assert [e["id"] for e in body["events"]] == story.ids("week", "wed", "evening", "pub", "june")


def test_delete_removes_the_article_with_its_events(client, story):
    ledger = story.articles["ledger"]
    assert client.delete(f"{ARTICLES}/{ledger}").status_code == 204
    assert client.get(f"{ARTICLES}/{ledger}").status_code == 404
    assert Event.select().where(Event.article == ledger).count() == 0
    assert Mention.select().where(Mention.article == ledger).count() == 0
    assert Event.select().count() == 5
    assert client.delete(f"{ARTICLES}/{ledger}").status_code == 404


# --- ingest through the pipeline ---------------------------------------------------------------


def test_post_ingests_then_reports_present(client, db):
    record = fixture_article()
    created = post(client, record)
    assert created.status_code == 201, created.data
    body = created.get_json()
    assert created.headers["Location"] == f"{ARTICLES}/{body['id']}"
    assert body["title"] == record["title"]
    assert body["events"] and body["mentions"]
    # The stored article is what GET serves.
    assert client.get(created.headers["Location"]).get_json() == body

    again = post(client, record)
    assert again.status_code == 200
    assert again.get_json() == body
    assert Article.select().count() == 1


def test_posted_events_are_on_the_timeline(client, db):
    body = post(client, fixture_article()).get_json()
    timeline = client.get(
        "/api/v1/events", query_string={"article": body["id"], "limit": 500}
    ).get_json()
    assert [e["id"] for e in timeline["events"]] == [e["id"] for e in body["events"]]


def test_post_with_key(db, database_url):
    from api import create_app

    client = create_app(
        {"TIMELINE_DATABASE_URL": database_url, "TIMELINE_API_KEYS": "secret"}
    ).test_client()
    response = post(client, fixture_article(), Authorization="Bearer secret")
    assert response.status_code == 201
    # Reads stay open.
    assert client.get(response.headers["Location"]).status_code == 200
    assert client.delete(response.headers["Location"]).status_code == 401
    assert (
        client.delete(
            response.headers["Location"], headers={"Authorization": "Bearer secret"}
        ).status_code
        == 204
    )
