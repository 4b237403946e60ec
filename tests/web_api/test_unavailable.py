"""The database away: every endpoint answers 503 problem+json with ``Retry-After``, /health
names the dependency that is down, and the log has one line when the database goes away and
one when it is back, not a traceback per request (issue 12, defect 6).

The outage is simulated by making the connection fail as psycopg2 does when the server is
gone; ``tests/test_pg_outage.py`` stops a real PostgreSQL under ``timeline serve``.
"""

from __future__ import annotations

import logging

import peewee
import pytest
from api_helpers import problem_of

from timeline import store

ENDPOINTS = [
    ("GET", "/api/v1/health"),
    ("GET", "/api/v1/events"),
    ("GET", "/api/v1/articles"),
    ("GET", "/api/v1/articles/1"),
    ("GET", "/api/v1/timeline?from=2022-05-01&to=2022-05-02"),
    ("POST", "/api/v1/articles"),
    ("DELETE", "/api/v1/articles/1"),
]
ARTICLE = {
    "title": "Kharkiv",
    "body": "Troops advanced late Wednesday.",
    "published_at": "2022-05-14T09:30:00+03:00",
}


@pytest.fixture
def outage(monkeypatch):
    """Make every new connection fail, as it does when the server is down; undo it by
    calling the returned function."""
    real_connect = type(store.database.obj).connect

    def refused(self, reuse_if_open=False):
        raise peewee.OperationalError(
            'connection to server at "127.0.0.1", port 5432 failed: Connection refused'
        )

    if not store.database.is_closed():
        store.database.close()
    monkeypatch.setattr(type(store.database.obj), "connect", refused)
    return lambda: monkeypatch.setattr(type(store.database.obj), "connect", real_connect)


@pytest.mark.parametrize(("method", "url"), ENDPOINTS)
def test_every_endpoint_answers_503_while_the_database_is_away(client, outage, method, url):
    response = client.open(url, method=method, json=ARTICLE if method == "POST" else None)
    assert response.status_code == 503, response.data
    problem = problem_of(response)
    assert int(response.headers["Retry-After"]) > 0
    assert "database" in problem["errors"]


def test_health_names_the_dependency(client, outage):
    problem = problem_of(client.get("/api/v1/health"))
    assert "database" in problem["detail"]
    assert problem["errors"]["database"]


def test_the_pages_answer_503_too(client, outage):
    response = client.get("/")
    assert response.status_code == 503
    assert response.headers["Retry-After"]


def test_one_log_line_when_it_goes_and_one_when_it_is_back(client, outage, caplog):
    caplog.set_level(logging.INFO, logger="api")
    for _ in range(5):
        assert client.get("/api/v1/events").status_code == 503
    outage()  # the database is back
    for _ in range(3):
        assert client.get("/api/v1/events").status_code == 200
    lines = [r for r in caplog.records if r.name.startswith("api")]
    assert [r.levelname for r in lines] == ["WARNING", "WARNING"], [r.message for r in lines]
    assert "unavailable" in lines[0].message and "available again" in lines[1].message
    assert not any(r.exc_info for r in caplog.records)


def test_a_programming_error_is_still_a_500(client, monkeypatch):
    from timeline import queries

    def broken(*args, **kwargs):
        raise peewee.OperationalError('near "SELEC": syntax error')

    monkeypatch.setattr(queries, "list_events", broken)
    if store.is_postgres():
        pytest.skip("PostgreSQL reports syntax errors as ProgrammingError")
    assert client.get("/api/v1/events").status_code == 500


def test_an_app_starts_while_the_database_is_away(db):
    """A gunicorn worker (re)started during an outage must come up and answer 503, not fail
    to boot (which stops the whole server)."""
    from serving import free_port

    from api import create_app

    url = f"postgresql://postgres@127.0.0.1:{free_port()}/nothing"
    client = create_app(
        {"TIMELINE_DATABASE_URL": url, "TESTING": True, "PROPAGATE_EXCEPTIONS": False}
    ).test_client()
    response = client.get("/api/v1/health")
    assert response.status_code == 503
    assert "postgresql" in problem_of(response)["detail"]


def test_health_is_one_trivial_statement(client, monkeypatch):
    """/health stays cheap: one connection and ``SELECT 1``, nothing read, nothing loaded."""
    statements = []
    real = type(store.database.obj).execute_sql

    def counted(self, sql, params=None, *args, **kwargs):
        statements.append(sql)
        return real(self, sql, params, *args, **kwargs)

    monkeypatch.setattr(type(store.database.obj), "execute_sql", counted)
    response = client.get("/api/v1/health")
    assert response.status_code == 200
    assert statements == ["SELECT 1"]


def test_a_postgresql_connection_attempt_gives_up():
    """A server that does not answer holds /health for at most the connect timeout, not the
    system's TCP timeout; a URL's own ``connect_timeout`` wins."""
    assert store.connect("postgresql://u@db.invalid/x").connect_params["connect_timeout"] == (
        store.PG_CONNECT_TIMEOUT
    )
    own = store.connect("postgresql://u@db.invalid/x?connect_timeout=30")
    assert str(own.connect_params["connect_timeout"]) == "30"
