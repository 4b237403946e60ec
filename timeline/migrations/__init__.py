"""Numbered schema migrations, applied in order by ``timeline db upgrade``.

Each migration is a module ``NNNN_name.py`` in this package with a function
``up(db: peewee.Database) -> None`` that changes the schema (and data) of ``db``. It must not
import the models of :mod:`timeline.store`: those describe the *latest* schema, while a
migration describes one step and must keep doing the same thing forever. ``0001_initial``
therefore declares its own frozen copy of the first models.

The table ``timeline_schema_version`` records every applied migration (``version``, ``name``,
``applied_at``). :func:`apply_pending` runs the missing ones inside one transaction while
holding the database's write lock (SQLite ``BEGIN IMMEDIATE``, a PostgreSQL advisory lock), so
two processes starting at once on a new database do not both create it; either every pending
migration is applied or none is. :func:`timeline.store.init_db` calls it, so a new database
is ready on first use.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

import peewee as pw

VERSION_TABLE = "timeline_schema_version"
_NAME = re.compile(r"^(?P<version>\d{4})_(?P<label>\w+)$")
#: An arbitrary constant naming the PostgreSQL advisory lock taken while migrating.
_PG_LOCK_KEY = 0x74696D65  # "time"


@dataclass(frozen=True)
class Migration:
    """One migration module: its number, its name and its ``up`` function."""

    version: int
    name: str
    up: Callable[[pw.Database], None]


def migrations() -> list[Migration]:
    """All migrations of this package, in version order."""
    found = []
    for info in pkgutil.iter_modules(__path__):
        match = _NAME.match(info.name)
        if not match:
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        found.append(Migration(int(match["version"]), info.name, module.up))
    found.sort(key=lambda m: m.version)
    versions = [m.version for m in found]
    if versions != list(range(1, len(found) + 1)):
        raise RuntimeError(f"migration numbers must be 1..n without gaps: {versions}")
    return found


def latest_version() -> int:
    """The version a fully upgraded database has."""
    return len(migrations())


def current_version(db: pw.Database) -> int:
    """The highest migration applied to ``db`` (0 for a new database)."""
    if not db.table_exists(VERSION_TABLE):
        return 0
    cursor = db.execute_sql(f"SELECT MAX(version) FROM {VERSION_TABLE}")
    return cursor.fetchone()[0] or 0


def apply_pending(db: pw.Database, target: int | None = None) -> list[str]:
    """Apply the migrations ``db`` lacks (up to ``target``), return their names.

    A database created before migrations existed (the tables of ``0001_initial`` present, no
    version table) is recorded as being at version 1 and upgraded from there.
    """
    todo = migrations()
    target = len(todo) if target is None else target
    if current_version(db) >= target:
        return []
    applied = []
    with _migration_lock(db):
        _create_version_table(db)
        version = current_version(db)
        if version == 0 and db.table_exists("article"):
            _record(db, todo[0])
            version = 1
        for migration in todo[version:target]:
            migration.up(db)
            _record(db, migration)
            applied.append(migration.name)
    return applied


def _migration_lock(db: pw.Database) -> pw._atomic:
    if isinstance(db, pw.SqliteDatabase):
        return db.atomic("IMMEDIATE")
    atomic = db.atomic()

    class _Locked:
        def __enter__(self):
            context = atomic.__enter__()
            if isinstance(db, pw.PostgresqlDatabase):
                db.execute_sql("SELECT pg_advisory_xact_lock(%s)", (_PG_LOCK_KEY,))
            return context

        def __exit__(self, *exc):
            return atomic.__exit__(*exc)

    return _Locked()


def _create_version_table(db: pw.Database) -> None:
    db.execute_sql(
        f"CREATE TABLE IF NOT EXISTS {VERSION_TABLE} ("
        "version INTEGER NOT NULL PRIMARY KEY, name VARCHAR(255) NOT NULL, "
        "applied_at TIMESTAMP NOT NULL)"
    )


def _record(db: pw.Database, migration: Migration) -> None:
    now = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
    db.execute_sql(
        f"INSERT INTO {VERSION_TABLE} (version, name, applied_at) VALUES ({db.param}, "
        f"{db.param}, {db.param})",
        (migration.version, migration.name, now.isoformat(sep=" ")),
    )
