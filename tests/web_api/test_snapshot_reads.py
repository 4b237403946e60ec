"""Reads that take more than one statement see one snapshot of the database (issue 12,
defect 1): a writer committing between the statements of a read changes nothing the read
returns. On PostgreSQL ``GET /events`` answered 500 (a KeyError) when an article was
updated between reading the page's sort keys and loading its rows.

The writer here is another connection that deletes a page's events exactly between the two
statements, so the race is hit every time instead of now and then.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

import pytest
from api_helpers import make_article, make_event

from timeline import queries, store
from timeline.queries import events as events_module


def _other_connection(database_url: str):
    """A second connection to the same database, committing on its own."""
    if database_url.startswith("sqlite:///"):
        connection = sqlite3.connect(database_url.removeprefix("sqlite:///"), isolation_level=None)
        return connection, "?"
    import psycopg2

    connection = psycopg2.connect(database_url)
    connection.autocommit = True
    return connection, "%s"


def _delete_events_of(database_url: str, article_id: int) -> None:
    connection, p = _other_connection(database_url)
    try:
        cursor = connection.cursor()
        cursor.execute(f"DELETE FROM event WHERE article_id = {p}", (article_id,))
    finally:
        connection.close()


def test_a_page_is_read_in_one_snapshot(db, database_url, story_articles, monkeypatch):
    wire = story_articles
    first_keys = events_module._first_keys

    def keys_then_a_writer_commits(*args, **kwargs):
        keys = first_keys(*args, **kwargs)
        _delete_events_of(database_url, wire)
        return keys

    monkeypatch.setattr(events_module, "_first_keys", keys_then_a_writer_commits)
    store.database.connect(reuse_if_open=True)
    page = queries.list_events(queries.EventFilter(), limit=50)
    assert [e["article_id"] for e in page.items] == [wire, wire]
    # The writer's commit is there for the next read.
    monkeypatch.setattr(events_module, "_first_keys", first_keys)
    assert queries.list_events(queries.EventFilter(), limit=50).items == []


def test_an_article_is_read_in_one_snapshot(db, database_url, story_articles, monkeypatch):
    wire = story_articles
    original = queries.articles.Mention.select

    def mentions_then_a_writer_commits(*args, **kwargs):
        _delete_events_of(database_url, wire)
        return original(*args, **kwargs)

    monkeypatch.setattr(queries.articles.Mention, "select", mentions_then_a_writer_commits)
    store.database.connect(reuse_if_open=True)
    detail = queries.article_detail(wire)
    assert len(detail["events"]) == 2


@pytest.fixture
def story_articles(db):
    """One article with two events, stored directly."""
    article = make_article(
        "Kharkiv",
        datetime(2022, 5, 14, tzinfo=UTC),
        body="Troops advanced late Wednesday. They held on Thursday.",
    )
    make_event(
        article,
        "Troops advanced late Wednesday.",
        datetime(2022, 5, 11, tzinfo=UTC),
        datetime(2022, 5, 12, tzinfo=UTC),
    )
    make_event(
        article,
        "They held on Thursday.",
        datetime(2022, 5, 12, tzinfo=UTC),
        datetime(2022, 5, 13, tzinfo=UTC),
        expression=None,
        basis="publication",
    )
    return article.id
