"""Database URLs: refuse the ones timeline cannot open, with one line that says how to fix
them, before any driver sees them (a driver's answer is a traceback about keyword arguments).
"""

from __future__ import annotations

from urllib.parse import urlsplit

#: The ``playhouse.db_url`` schemes of the databases timeline runs on.
SQLITE_SCHEMES = ("sqlite", "sqliteext")
POSTGRES_SCHEMES = ("postgresql", "postgres", "postgresqlext", "postgresext")

_EXAMPLES = (
    "sqlite:///timeline.db (a file here), sqlite:////var/lib/timeline.db (an "
    "absolute path) or postgresql://user@host:5432/name"
)


class InvalidDatabaseURL(ValueError):
    """A database URL timeline cannot use; the message says why and what to write."""


def check_database_url(url: str) -> None:
    """Raise :class:`InvalidDatabaseURL` unless ``url`` names a SQLite file or a PostgreSQL
    database in ``playhouse.db_url`` form."""
    if "://" not in url:
        raise InvalidDatabaseURL(
            f"{url!r} is not a database URL; write e.g. "
            f"sqlite:///{url if url.endswith('.db') else 'timeline.db'} (three slashes for a "
            f"file) or postgresql://user@host:5432/name"
        )
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme in SQLITE_SCHEMES:
        if parts.netloc:
            raise InvalidDatabaseURL(
                f"{url!r} names a host, not a file: a SQLite file needs three slashes, "
                f"{scheme}:///{parts.netloc}{parts.path} (relative) or "
                f"{scheme}:////{parts.netloc}{parts.path} (absolute)"
            )
        if parts.path in ("", "/"):
            raise InvalidDatabaseURL(f"{url!r} names no file; write e.g. {_EXAMPLES}")
        return
    if scheme in POSTGRES_SCHEMES:
        if not parts.path.strip("/"):
            raise InvalidDatabaseURL(
                f"{url!r} names no database; write e.g. postgresql://user@host:5432/name"
            )
        return
    raise InvalidDatabaseURL(
        f"unsupported database {scheme!r} in {url!r}: timeline runs on SQLite or PostgreSQL, "
        f"e.g. {_EXAMPLES}"
    )
