"""`timeline serve` for real: gunicorn in a subprocess, spoken to over HTTP on loopback."""

from __future__ import annotations

import json

import pytest
from api_helpers import request


@pytest.mark.slow
def test_serve_answers_over_http(server, story):
    status, headers, body = request(f"{server}/api/v1/events?source=Wire&limit=2")
    assert status == 200
    assert headers["Server"].startswith("gunicorn")
    page = json.loads(body)
    assert [e["id"] for e in page["events"]] == story.ids("week", "wed")
    assert 'rel="next"' in headers["Link"]

    status, headers, body = request(f"{server}/api/v1/events?format=ics&limit=1")
    assert status == 200 and body.startswith(b"BEGIN:VCALENDAR")

    status, headers, body = request(f"{server}/api/v1/articles/999999")
    assert status == 404 and headers["Content-Type"] == "application/problem+json"

    status, headers, body = request(
        f"{server}/api/v1/articles",
        {
            "title": "Bridge reopens",
            "body": "The bridge reopened on Monday.",
            "published_at": "2022-05-18T10:00:00+03:00",
        },
    )
    assert status == 201
    assert headers["Location"] == f"/api/v1/articles/{json.loads(body)['id']}"

    status, _, body = request(f"{server}/api/v1/docs")
    assert status == 200 and b"swagger-ui" in body
    status, _, body = request(f"{server}/")
    assert status == 200
