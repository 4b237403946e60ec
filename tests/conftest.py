"""Shared fixtures.

``db`` gives a fresh, empty database bound to :data:`timeline.store.database`: a SQLite file
always, and PostgreSQL too when ``TIMELINE_TEST_DATABASE_URL`` is set (CI sets it); without it
the PostgreSQL parameter is reported as skipped.
"""

from __future__ import annotations

import os

import pytest

from timeline import store

PG_URL = os.environ.get("TIMELINE_TEST_DATABASE_URL")


def _reset_postgres(url: str) -> None:
    from playhouse.db_url import connect

    db = connect(url)
    db.connect()
    db.execute_sql("DROP SCHEMA IF EXISTS public CASCADE")
    db.execute_sql("CREATE SCHEMA public")
    db.close()


@pytest.fixture(
    params=[
        "sqlite",
        pytest.param("postgres", marks=pytest.mark.postgres),
    ]
)
def database_url(request, tmp_path):
    """A URL of an empty database: SQLite, and PostgreSQL where one is configured."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'timeline.db'}"
    if not PG_URL:
        pytest.skip("PostgreSQL tests need TIMELINE_TEST_DATABASE_URL")
    _reset_postgres(PG_URL)
    return PG_URL


@pytest.fixture
def db(database_url):
    """The store bound to a fresh database with the current schema."""
    database = store.init_db(database_url)
    yield database
    if not database.is_closed():
        database.close()
