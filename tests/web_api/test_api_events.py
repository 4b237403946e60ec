"""GET /api/v1/events: window, order, filters, cursor pages, conditional GETs and formats."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime
from urllib.parse import parse_qs, urlsplit

import pytest

EVENTS = "/api/v1/events"


def publication_day_event(title: str, year: int, month: int, day: int) -> None:
    """An article of ``title`` published the day after, with one event dated by that day."""
    from api_helpers import KYIV, d, make_article, make_event

    article = make_article(title, d(year, month, day + 1, tz=KYIV))
    make_event(
        article,
        f"An event of {title.lower()}.",
        d(year, month, day, tz=KYIV),
        d(year, month, day + 1, tz=KYIV),
        basis="publication",
        expression=None,
    )


def ids(response) -> list[int]:
    assert response.status_code == 200, response.data
    return [event["id"] for event in response.get_json()["events"]]


def test_all_events_in_timeline_order(client, story):
    # start, then end, then id: "april" and "since" both start in April; "wed" and "evening"
    # both start on May 11 and the shorter "evening" (18:00) starts later than "wed" (00:00).
    assert ids(client.get(EVENTS)) == story.ids(
        "april", "since", "week", "wed", "evening", "pub", "june"
    )


def test_order_desc_reverses(client, story):
    assert ids(client.get(EVENTS, query_string={"order": "desc"})) == story.ids(
        "june", "pub", "evening", "wed", "week", "since", "april"
    )


def test_ties_on_start_are_broken_by_end_then_id(client, story, db):
    from api_helpers import KYIV, d, make_article, make_event

    article = make_article("Ties", d(2022, 7, 2, tz=KYIV))
    july = {"basis": "publication", "expression": None}
    longer = make_event(article, "Longer.", d(2022, 7, 1, tz=KYIV), d(2022, 7, 3, tz=KYIV), **july)
    shorter = make_event(
        article, "Shorter.", d(2022, 7, 1, tz=KYIV), d(2022, 7, 2, tz=KYIV), **july
    )
    same = make_event(article, "Same.", d(2022, 7, 1, tz=KYIV), d(2022, 7, 2, tz=KYIV), **july)
    got = ids(client.get(EVENTS, query_string={"from": "2022-07-01T00:00:00+03:00"}))
    assert got == [shorter.id, same.id, longer.id]


def test_event_json_carries_the_design_fields(client, story):
    events = client.get(EVENTS, query_string={"article": story.articles["wire"]}).get_json()
    wed = next(e for e in events["events"] if e["id"] == story.events["wed"])
    assert wed == {
        "id": story.events["wed"],
        "article_id": story.articles["wire"],
        "text": "Troops advanced late Wednesday.",
        "start": "2022-05-11T00:00:00+03:00",
        "end": "2022-05-12T00:00:00+03:00",
        "granularity": "day",
        "basis": "expression",
        "tense": "past",
        "expression": {"text": "Wednesday", "value": "2022-05-11", "type": "DATE", "mod": "END"},
        "title": "Kharkiv counteroffensive",
        "source": "Wire",
        "url": "https://wire.example/kharkiv",
        "published_at": "2022-05-14T09:30:00+03:00",
    }
    pub = next(e for e in events["events"] if e["id"] == story.events["pub"])
    assert pub["basis"] == "publication" and pub["expression"] is None


@pytest.mark.parametrize(
    ("window", "expected"),
    [
        # Overlap is half-open: an event ending exactly at `from` is out, one starting exactly
        # at `to` is out.
        ({"from": "2022-05-01T00:00:00+03:00", "to": "2022-05-09T00:00:00+03:00"}, ["since"]),
        (
            {"from": "2022-04-30T23:59:00+03:00", "to": "2022-05-09T00:00:01+03:00"},
            ["april", "since", "week"],
        ),
        (
            {"from": "2022-05-11T19:00:00+03:00", "to": "2022-05-11T20:00:00+03:00"},
            ["since", "week", "wed", "evening"],
        ),
        ({"from": "2022-05-15"}, ["week", "june"]),
        ({"to": "2022-04-14T21:00:00Z"}, ["april"]),  # "since" starts exactly at `to`
        ({"to": "2022-04-15"}, ["april", "since"]),
        # Dates are UTC midnights: 2022-05-14 UTC is 03:00 in Kyiv, inside "pub".
        ({"from": "2022-05-14", "to": "2022-05-14T01:00:00Z"}, ["week", "pub"]),
    ],
)
def test_window_selects_overlapping_events(client, story, window, expected):
    assert ids(client.get(EVENTS, query_string=window)) == story.ids(*expected)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"q": "troops"}, ["wed"]),  # case-insensitive, in the sentence
        ({"q": "azovstal"}, ["april", "since"]),  # in the article title
        ({"q": "100%"}, []),  # LIKE wildcards are literal
        ({"q": "residents said, in"}, ["evening"]),
        ({"source": "Ledger"}, ["april", "since"]),
        ({"source": "Nobody"}, []),
        ({"basis": "publication"}, ["pub"]),
        ({"basis": "expression", "source": "Wire", "to": "2022-05-12"}, ["week", "wed", "evening"]),
        ({"finest": "day"}, ["april", "since", "week", "wed", "pub", "june"]),
        ({"coarsest": "day"}, ["since", "wed", "evening", "pub", "june"]),
        ({"finest": "week", "coarsest": "month"}, ["april", "week"]),
        ({"finest": "partofday", "coarsest": "partofday"}, ["evening"]),
    ],
)
def test_filters(client, story, query, expected):
    assert ids(client.get(EVENTS, query_string=query)) == story.ids(*expected)


def test_article_filter(client, story):
    got = ids(client.get(EVENTS, query_string={"article": story.articles["ledger"]}))
    assert got == story.ids("april", "since")


@pytest.mark.parametrize("order", ["asc", "desc"])
def test_cursor_pages_cover_everything_once(client, story, order):
    expected = ids(client.get(EVENTS, query_string={"order": order}))
    seen, cursor, pages = [], None, 0
    while True:
        query = {"limit": 2, "order": order, **({"cursor": cursor} if cursor else {})}
        response = client.get(EVENTS, query_string=query)
        body = response.get_json()
        seen += [event["id"] for event in body["events"]]
        pages += 1
        cursor = body["next_cursor"]
        if cursor is None:
            assert "Link" not in response.headers
            break
        # The Link header repeats the query with the next cursor.
        link = response.headers["Link"]
        assert link.endswith('>; rel="next"')
        url = urlsplit(link[1 : link.index(">")])
        assert url.path == EVENTS
        assert parse_qs(url.query) == {"limit": ["2"], "order": [order], "cursor": [cursor]}
    assert seen == expected
    assert pages == 4


def test_cursor_keeps_filters_and_follows_the_link(client, story):
    first = client.get(EVENTS, query_string={"source": "Wire", "limit": 3})
    assert ids(first) == story.ids("week", "wed", "evening")
    link = first.headers["Link"]
    second = client.get(link[1 : link.index(">")].removeprefix("http://localhost"))
    assert ids(second) == story.ids("pub", "june")


def test_rows_inserted_before_the_cursor_do_not_shift_the_next_page(client, story):
    first = client.get(EVENTS, query_string={"limit": 3}).get_json()
    publication_day_event("Earlier", 2022, 3, 1)
    rest = client.get(EVENTS, query_string={"cursor": first["next_cursor"]})
    assert ids(rest) == story.ids("wed", "evening", "pub", "june")


def test_etag_and_if_none_match(client, story):
    first = client.get(EVENTS, query_string={"source": "Wire"})
    etag = first.headers["ETag"]
    again = client.get(EVENTS, query_string={"source": "Wire"}, headers={"If-None-Match": etag})
    assert again.status_code == 304
    assert again.data == b""
    other = client.get(EVENTS, query_string={"source": "Ledger"}, headers={"If-None-Match": etag})
    assert other.status_code == 200


def test_etag_changes_when_the_timeline_changes(client, story):
    etag = client.get(EVENTS).headers["ETag"]
    publication_day_event("Later", 2022, 7, 1)
    assert client.get(EVENTS, headers={"If-None-Match": etag}).status_code == 200


# --- formats ---------------------------------------------------------------------------------


def test_csv(client, story):
    response = client.get(EVENTS, query_string={"format": "csv", "source": "Wire", "limit": 2})
    assert response.mimetype == "text/csv"
    assert "Link" in response.headers
    rows = list(csv.DictReader(io.StringIO(response.data.decode())))
    assert [int(row["id"]) for row in rows] == story.ids("week", "wed")
    assert rows[1]["expression_value"] == "2022-05-11"
    assert rows[1]["expression_mod"] == "END"
    assert rows[1]["start"] == "2022-05-11T00:00:00+03:00"
    assert response.data.count(b"\r\n") == 3


def test_ndjson(client, story):
    response = client.get(EVENTS, query_string={"format": "ndjson"})
    assert response.mimetype == "application/x-ndjson"
    lines = response.data.decode().splitlines()
    assert [json.loads(line)["id"] for line in lines] == ids(client.get(EVENTS))
    assert json.loads(lines[0]) == client.get(EVENTS).get_json()["events"][0]


def test_timelinejs(client, story):
    body = client.get(EVENTS, query_string={"format": "timelinejs"}).get_json()
    by_id = {int(e["unique_id"].split("-")[1]): e for e in body["events"]}
    assert by_id[story.events["april"]]["start_date"] == {"year": 2022, "month": 4}
    assert "end_date" not in by_id[story.events["april"]]
    assert by_id[story.events["wed"]]["start_date"] == {"year": 2022, "month": 5, "day": 11}
    assert "end_date" not in by_id[story.events["wed"]]
    # [May 9, May 16) is shown as May 9 to May 15.
    assert by_id[story.events["week"]]["end_date"] == {"year": 2022, "month": 5, "day": 15}
    assert by_id[story.events["evening"]]["start_date"] == {
        "year": 2022,
        "month": 5,
        "day": 11,
        "hour": 18,
    }
    # The headline is the event's own sentence; the text links the article and names its
    # source and the zone.
    text = by_id[story.events["wed"]]["text"]
    assert text["headline"] == "Troops advanced late Wednesday."
    assert 'href="https://wire.example/kharkiv"' in text["text"]
    assert "Kharkiv counteroffensive" in text["text"] and "Wire" in text["text"]
    assert "UTC+03:00" in text["text"]


def test_ics(client, story):
    response = client.get(EVENTS, query_string={"format": "ics", "article": story.articles["wire"]})
    assert response.mimetype == "text/calendar"
    text = response.data.decode()
    assert text.startswith("BEGIN:VCALENDAR\r\n") and text.endswith("END:VCALENDAR\r\n")
    assert text.count("BEGIN:VEVENT") == 5
    # A day event is an all-day entry on its local date; the evening is timed, in UTC.
    assert "DTSTART;VALUE=DATE:20220511\r\nDTEND;VALUE=DATE:20220512" in text
    assert "DTSTART:20220511T150000Z\r\nDTEND:20220511T180000Z" in text
    assert "DESCRIPTION:Explosions were heard\\, residents said\\, in the evening." in text


def test_grafana(client, story):
    body = client.get(EVENTS, query_string={"format": "grafana", "basis": "publication"})
    assert body.get_json() == [
        {
            "id": story.events["pub"],
            "time": int(datetime.fromisoformat("2022-05-14T00:00:00+03:00").timestamp() * 1000),
            "timeEnd": int(datetime.fromisoformat("2022-05-15T00:00:00+03:00").timestamp() * 1000),
            "title": "Kharkiv counteroffensive",
            "text": "Officials gave no figures.",
            "tags": ["Wire", "day", "publication"],
        }
    ]


@pytest.mark.parametrize(
    ("accept", "mimetype"),
    [
        ("text/csv", "text/csv"),
        ("application/x-ndjson", "application/x-ndjson"),
        ("text/calendar", "text/calendar"),
        ("application/json", "application/json"),
        ("text/csv;q=0.5, application/json", "application/json"),
        ("*/*", "application/json"),
    ],
)
def test_accept_chooses_the_format(client, story, accept, mimetype):
    assert client.get(EVENTS, headers={"Accept": accept}).mimetype == mimetype


def test_format_parameter_overrides_accept(client, story):
    response = client.get(
        EVENTS, query_string={"format": "csv"}, headers={"Accept": "application/json"}
    )
    assert response.mimetype == "text/csv"
