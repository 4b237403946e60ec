"""Shared fixtures.

``db`` gives a fresh, empty database bound to :data:`timeline.store.database`: a SQLite file
always, and PostgreSQL too when ``TIMELINE_TEST_DATABASE_URL`` is set (CI sets it); without it
the PostgreSQL parameter is reported as skipped.

The schema is migrated once per test run: a SQLite template database is migrated the first
time a test asks for ``db`` and copied for each test after that (building the app never
migrates, see :func:`api.create_app`). On PostgreSQL the schema is migrated once per test
process and emptied for each test after that (:func:`_fresh_postgres`). Under pytest-xdist
each worker has its own PostgreSQL database (:func:`_worker_url`).
"""

from __future__ import annotations

import functools
import os
import shutil
from pathlib import Path

import pytest

from timeline import store


def _worker_url(url: str | None) -> str | None:
    """The PostgreSQL database of this test process: the configured one, or under
    pytest-xdist (``make check`` runs ``-n auto``) one database per worker, ``<name>_gw0``,
    ``<name>_gw1``... next to it, so that workers never reset each other's schema."""
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    if not url or not worker:
        return url
    head, query = (url.split("?", 1) + [""])[:2]
    base, _, name = head.rpartition("/")
    return f"{base}/{name}_{worker}" + (f"?{query}" if query else "")


PG_URL = _worker_url(os.environ.get("TIMELINE_TEST_DATABASE_URL"))


@functools.cache
def _ensure_database(url: str) -> None:
    """Create the database of ``url`` if it does not exist yet (a worker's own database),
    through the configured one."""
    from playhouse.db_url import connect

    name = url.split("?", 1)[0].rpartition("/")[2]
    server = connect(os.environ["TIMELINE_TEST_DATABASE_URL"])
    server.connect()
    try:
        exists = server.execute_sql("SELECT 1 FROM pg_database WHERE datname = %s", (name,))
        if exists.fetchone() is None:
            server.execute_sql(f'CREATE DATABASE "{name}"')
    finally:
        server.close()


def _reset_postgres(url: str) -> None:
    from playhouse.db_url import connect

    if url != os.environ.get("TIMELINE_TEST_DATABASE_URL"):
        _ensure_database(url)
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
    if "db" not in request.fixturenames:  # ``db`` empties a migrated schema itself
        _reset_postgres(PG_URL)
    return PG_URL


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory) -> Path:
    """A SQLite file migrated to the current schema, once per test run (copied, never used)."""
    path = tmp_path_factory.mktemp("template") / "timeline.db"
    database = store.init_db(f"sqlite:///{path}")
    database.close()  # the last connection: the write-ahead log is folded into the file
    return path


#: The shape (tables, columns, indexes) of a freshly migrated PostgreSQL schema, once this
#: test process has migrated one: see :func:`_fresh_postgres`.
_MIGRATED_SHAPE: list[frozenset[tuple[str, ...]]] = []


def _schema_shape(database) -> frozenset[tuple[str, ...]]:
    rows = database.execute_sql(
        "SELECT 'column', table_name::text, column_name::text, data_type::text "
        "FROM information_schema.columns WHERE table_schema = 'public' "
        "UNION ALL SELECT 'index', tablename::text, indexname::text, indexdef "
        "FROM pg_indexes WHERE schemaname = 'public' "
        "UNION ALL SELECT 'version', version::text, name::text, '' FROM timeline_schema_version"
    )
    return frozenset(tuple(row) for row in rows)


def _fresh_postgres(url: str):
    """The store bound to ``url`` with the current schema and no rows: the PostgreSQL side of
    the migrated template. The schema is migrated once per test process (per xdist worker);
    after that a test's rows are emptied (``TRUNCATE ... RESTART IDENTITY``), unless the
    schema is not the one migrated (a migration test, a job queue's tables), which is then
    dropped and migrated again."""
    if url != os.environ.get("TIMELINE_TEST_DATABASE_URL"):
        _ensure_database(url)
    database = store.init_db(url, migrate=False)
    if _MIGRATED_SHAPE and database.table_exists("timeline_schema_version"):
        if _schema_shape(database) == _MIGRATED_SHAPE[0]:
            tables = [t for t in database.get_tables() if t != "timeline_schema_version"]
            names = ", ".join(f'"{t}"' for t in tables)
            database.execute_sql(f"TRUNCATE {names} RESTART IDENTITY CASCADE")
            return database
    database.close()
    _reset_postgres(url)
    database = store.init_db(url)
    _MIGRATED_SHAPE[:] = [_schema_shape(database)]
    return database


@pytest.fixture
def db(database_url, request):
    """The store bound to a fresh database with the current schema."""
    if database_url.startswith("sqlite:///"):
        shutil.copyfile(
            request.getfixturevalue("sqlite_template"), database_url.removeprefix("sqlite:///")
        )
        database = store.init_db(database_url, migrate=False)
    else:
        database = _fresh_postgres(database_url)
    yield database
    if not database.is_closed():
        database.close()


class FakeTagger:
    """A tiny stand-in for :mod:`timeline.temporal`, for tests of the pipeline mechanics only.

    It knows ISO dates (``2022-05-11``, a day in the reference's offset; after "since" it
    carries that signal), ``now`` (vague, no interval) and ``weeks`` (an unanchored duration).
    Tense: "will" is future, "is"/"are" present, anything else past. End-to-end tests use the
    real tagger.
    """

    import re as _re

    _PATTERN = _re.compile(
        r"(?:(?P<signal>since) )?(?P<date>\d{4}-\d{2}-\d{2})|\b(?P<now>now)\b"
        r"|\b(?P<weeks>weeks)\b"
    )

    def __init__(self, shift_days: int = 0):
        self.shift_days = shift_days
        self.calls = 0

    def tag(self, text, reference):
        from datetime import UTC, date, datetime, timedelta

        from timeline.temporal.types import Interval, Timex

        self.calls += 1
        tz = reference.tzinfo if isinstance(reference, datetime) else UTC
        found = []
        for m in self._PATTERN.finditer(text):
            if m["date"]:
                day = date.fromisoformat(m["date"]) + timedelta(days=self.shift_days)
                start = datetime(day.year, day.month, day.day, tzinfo=tz)
                found.append(
                    Timex(
                        m.start("date"),
                        m.end("date"),
                        m["date"],
                        "DATE",
                        day.isoformat(),
                        interval=Interval(start, start + timedelta(1)),
                        granularity="day",
                        rule="fake_iso_date",
                        signal=m["signal"],
                    )
                )
            elif m["now"]:
                found.append(
                    Timex(m.start(), m.end(), "now", "DATE", "PRESENT_REF", rule="fake_now")
                )
            else:
                found.append(
                    Timex(m.start(), m.end(), "weeks", "DURATION", "PXW", rule="fake_weeks")
                )
        return found

    def event_interval(self, timex, reference):
        from datetime import UTC, datetime

        from timeline.temporal.types import Interval

        if timex.interval is None:
            return None
        if timex.signal == "since":
            if not isinstance(reference, datetime):
                reference = datetime(reference.year, reference.month, reference.day, tzinfo=UTC)
            return Interval(timex.interval.start, reference)
        return timex.interval

    def read(self, text, reference):
        """What :func:`timeline.temporal.read` returns: the expressions, the sentences (the
        real splitter's) and their tenses."""
        from types import SimpleNamespace

        from timeline.text import split_sentences

        return SimpleNamespace(
            timexes=self.tag(text, reference),
            sentences=split_sentences(text),
            tense=lambda sentence: self.sentence_tense(sentence.text),
        )

    def sentence_tense(self, sentence):
        words = sentence.lower().split()
        if "will" in words:
            return "future"
        if "is" in words or "are" in words:
            return "present"
        return "past"


@pytest.fixture
def fake_tagger():
    """A :class:`FakeTagger` (pipeline mechanics only; never for end-to-end tests)."""
    return FakeTagger()


@pytest.fixture(scope="session")
def playwright_api():
    """One Playwright for the whole run, shared by tests/browser and tests/web_api: a second
    sync_playwright() in the same thread fails while the first one runs."""
    sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright is not installed")
    with sync_api.sync_playwright() as playwright:
        yield playwright
