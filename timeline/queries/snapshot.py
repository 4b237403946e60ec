"""One snapshot per read: a read that takes more than one statement sees the database as it
was at its first statement, whatever writers commit meanwhile.

PostgreSQL runs each statement of a plain transaction (READ COMMITTED) against the data
committed when *that statement* starts, so a page read as "the sort keys, then the rows"
could find rows gone that the keys named. :func:`read_snapshot` runs the read in one
``REPEATABLE READ READ ONLY`` transaction there; on SQLite (WAL) one transaction is already
one snapshot.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from timeline.store import database, is_postgres


@contextlib.contextmanager
def read_snapshot() -> Iterator[None]:
    """Run the reads inside the block in one snapshot (joins a transaction already open)."""
    if database.in_transaction():
        yield
        return
    with database.atomic():
        if is_postgres():
            database.execute_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        yield
