"""Helpers of the API tests: rows stored directly, and the one error shape."""

from __future__ import annotations

import hashlib
import json
import urllib.error
import urllib.request
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone

from timeline.store import Article, Event, Mention, span_class
from timeline.words import words_column


def make_article(
    title: str,
    published_at: datetime,
    *,
    source: str | None = "Wire",
    body: str | None = None,
    url: str | None = None,
) -> Article:
    body = body or f"{title}. Body text."
    offset = published_at.utcoffset() or timedelta(0)
    return Article.create(
        title=title,
        body=body,
        published_at=published_at,
        utc_offset_minutes=int(offset.total_seconds() // 60),
        source=source,
        url=url,
        content_hash=hashlib.sha256(f"{title}|{body}|{published_at}".encode()).hexdigest(),
        ingested_at=datetime(2022, 6, 1, tzinfo=UTC),
        words=words_column(title, body),
    )


def make_event(
    article: Article,
    text: str,
    start: datetime,
    end: datetime,
    *,
    granularity: str = "day",
    basis: str = "expression",
    expression: tuple[str, str] | None = ("Wednesday", "2022-05-11"),
    mod: str | None = None,
) -> Event:
    mention = None
    if basis == "expression" and expression is not None:
        position = article.body.index(expression[0])
        mention = Mention.create(
            article=article,
            start=position,
            end=position + len(expression[0]),
            text=expression[0],
            type="DATE",
            value=expression[1],
            mod=mod,
            interval_start=start,
            interval_end=end,
            granularity=granularity,
            rule="test_rule",
        )
    return Event.create(
        article=article,
        mention=mention,
        text=text,
        sentence_start=0,
        sentence_end=len(text),
        start=start,
        end=end,
        granularity=granularity,
        basis=basis,
        tense="past",
        span_class=span_class(start, end),
        words=words_column(text, article.title),
    )


KYIV = timezone(timedelta(hours=3))


def d(*parts: int, tz: timezone = UTC) -> datetime:
    return datetime(*parts, tzinfo=tz)


@dataclass
class Story:
    """The stored timeline: ids of the events by name, in timeline order."""

    articles: dict[str, int]
    events: dict[str, int]

    def ids(self, *names: str) -> list[int]:
        return [self.events[name] for name in names]


def problem_of(response) -> dict:
    """The problem+json body of an error response, after checking the shape every error has."""
    assert response.mimetype == "application/problem+json", response.data
    body = response.get_json()
    assert set(body) == {"type", "title", "status", "detail", "errors"}, body
    assert body["status"] == response.status_code
    assert body["type"] == "about:blank"
    assert isinstance(body["title"], str) and body["title"]
    assert isinstance(body["detail"], str) and body["detail"]
    assert isinstance(body["errors"], dict)
    assert all(
        isinstance(v, list) and all(isinstance(m, str) for m in v) for v in body["errors"].values()
    )
    return body


def request(url: str, data: dict | None = None) -> tuple[int, dict, bytes]:
    body = json.dumps(data).encode() if data is not None else None
    req = urllib.request.Request(url, data=body, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=10) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        with error:
            return error.code, dict(error.headers), error.read()
