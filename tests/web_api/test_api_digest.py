"""GET /api/v1/digest: the key dates of a window, each with its best sentences."""

from __future__ import annotations

import pytest
from api_helpers import problem_of

DIGEST = "/api/v1/digest"
MAY = {"from": "2022-04-01T00:00:00+03:00", "to": "2022-07-01T00:00:00+03:00"}


def get(client, query):
    response = client.get(DIGEST, query_string=query)
    assert response.status_code == 200, response.data
    return response.get_json()


def test_days_in_time_order_with_sentences_and_happenings(client, story):
    body = get(client, {**MAY, "dates": 5, "sentences": 2})
    # The story's day references: May 11 (a report, two sentences of one article), June 1
    # (announced ahead). "since mid-April" spans weeks and the publication-dated sentence is
    # no reference, so neither makes a day.
    assert [day["date"] for day in body["dates"]] == ["2022-05-11", "2022-06-01"]
    may_11 = body["dates"][0]
    # "Troops advanced late Wednesday." is too short to summarise a day that has a longer one.
    assert may_11["sentences"] == ["Explosions were heard, residents said, in the evening."]
    assert may_11["happenings"] == []
    # One article names each day and nobody published on either (or the day after): the
    # same evidence, the same score (one reference times ln 2).
    assert body["dates"][0]["score"] == body["dates"][1]["score"] == 0.693


def test_dates_caps_the_days_and_keeps_the_best(client, story):
    body = get(client, {**MAY, "dates": 1, "sentences": 1})
    assert [(d["date"], len(d["sentences"])) for d in body["dates"]] == [("2022-05-11", 1)]


def test_filters_window_text_and_repeated_source(client, story):
    june = get(client, {"from": "2022-05-20", "to": "2022-07-01"})
    assert [d["date"] for d in june["dates"]] == ["2022-06-01"]
    assert [d["date"] for d in get(client, {**MAY, "q": "resume"})["dates"]] == ["2022-06-01"]
    assert get(client, {**MAY, "source": "Ledger"})["dates"] == []
    both = client.get(
        DIGEST, query_string=[*MAY.items(), ("source", "Ledger"), ("source", "Wire")]
    ).get_json()
    assert [d["date"] for d in both["dates"]] == ["2022-05-11", "2022-06-01"]


def test_an_empty_store_has_no_key_dates(client, db):
    assert get(client, {})["dates"] == []


def test_the_answer_carries_an_etag(client, story):
    first = client.get(DIGEST, query_string=MAY)
    again = client.get(DIGEST, query_string=MAY, headers={"If-None-Match": first.headers["ETag"]})
    assert again.status_code == 304


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ({"dates": 0}, "dates"),
        ({"dates": 101}, "dates"),
        ({"sentences": 11}, "sentences"),
        ({"from": "soon"}, "from"),
        ({"from": "2022-05-02", "to": "2022-05-01"}, "to"),
        ({"source": ""}, "source"),
    ],
)
def test_bad_parameters_are_named(client, db, query, field):
    response = client.get(DIGEST, query_string=query)
    assert response.status_code == 422, response.data
    assert [key.split(".")[0] for key in problem_of(response)["errors"]] == [field]


def test_an_unknown_place_is_named(client, db):
    response = client.get(DIGEST, query_string={"place": "Qwzxville"})
    assert response.status_code == 422, response.data
    assert "place" in problem_of(response)["errors"]
