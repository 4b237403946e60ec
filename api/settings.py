"""The app's settings, as data: each has a name, a default, a parser and help text.

A setting is read from the environment variable of the same name, unless the ``config``
mapping given to :func:`api.create_app` sets it (tests do that). ``docs/api.md`` documents
every setting; ``tests/web_api/test_api_meta.py`` fails when one is missing there.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any


def parse_bool(value: Any) -> bool:
    """``1``/``true``/``yes``/``on`` (any case) are true; ``0``/``false``/``no``/``off``/empty
    are false."""
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in ("1", "true", "yes", "on"):
        return True
    if text in ("", "0", "false", "no", "off"):
        return False
    raise ValueError(f"not a boolean: {value!r}")


def parse_list(value: Any) -> tuple[str, ...]:
    """A comma-separated string (or a sequence) as a tuple of non-empty, stripped items."""
    items = value.split(",") if isinstance(value, str) else value
    return tuple(item.strip() for item in items if str(item).strip())


def parse_int(value: Any) -> int:
    number = int(value)
    if number < 0:
        raise ValueError(f"must not be negative: {value!r}")
    return number


def parse_optional_str(value: Any) -> str | None:
    return str(value).strip() or None


@dataclass(frozen=True, slots=True)
class Setting:
    """One setting: ``name`` (the environment variable and config key), ``default`` (already
    parsed), ``parse`` (text or value to value) and ``help``."""

    name: str
    default: Any
    parse: Callable[[Any], Any]
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "TIMELINE_DATABASE_URL",
        None,
        parse_optional_str,
        "Database URL in playhouse.db_url form (sqlite:///path/to/file.db, "
        "postgresql://user@host:5432/name). Default: a SQLite file in the per-user data "
        "directory (~/.local/share/timeline/timeline.db).",
    ),
    Setting(
        "TIMELINE_API_KEYS",
        (),
        parse_list,
        "Comma-separated API keys. When set, writes (POST /articles, DELETE /articles/{id}) "
        "need 'Authorization: Bearer <key>'. Empty: writes are open.",
    ),
    Setting(
        "TIMELINE_READS_REQUIRE_KEY",
        False,
        parse_bool,
        "When true (and TIMELINE_API_KEYS is set), reads need a key too: every endpoint "
        "except /health, the OpenAPI document and the docs page.",
    ),
    Setting(
        "TIMELINE_CORS_ORIGINS",
        (),
        parse_list,
        "Comma-separated origins allowed to call the API from a browser "
        "(e.g. https://grafana.example.org), or * for any. Empty: no CORS headers.",
    ),
    Setting(
        "TIMELINE_MAX_BODY_BYTES",
        2 * 1024 * 1024,
        parse_int,
        "Largest request body accepted, in bytes; larger ones get 413. Default 2 MB.",
    ),
    Setting(
        "TIMELINE_RESOLVE_MAX_CHARS",
        50_000,
        parse_int,
        "Longest text POST /resolve tags, in characters; longer ones get 422. Tagging costs "
        "about 4 ms per 1,000 characters of one worker's time.",
    ),
    Setting(
        "TIMELINE_RATE_LIMIT_RESOLVE",
        "120/minute",
        parse_optional_str,
        "Requests to POST /resolve one client (address) may make, in the limits notation "
        "(120/minute, 10/second;1000/hour); over it, 429 with Retry-After. Empty: no limit.",
    ),
    Setting(
        "TIMELINE_RATE_LIMIT_WRITES",
        "600/minute",
        parse_optional_str,
        "Writes (POST /articles, DELETE /articles/{id}) one client may make, as above. "
        "Empty: no limit.",
    ),
    Setting(
        "TIMELINE_RATE_LIMIT_STORAGE",
        "memory://",
        parse_optional_str,
        "Where the rate-limit counters live: memory:// (each worker process counts on its "
        "own, so N workers allow up to N times the budget) or a shared store such as "
        "redis://host:6379 (needs the redis package).",
    ),
    Setting(
        "TIMELINE_MAX_EXPORT",
        1_000_000,
        parse_int,
        "Most events one whole export (limit=all) streams; a larger window gets 413 before "
        "anything is written. Default 1,000,000.",
    ),
)


def load_settings(
    config: Mapping[str, Any] | None = None, environ: Mapping[str, str] | None = None
) -> dict[str, Any]:
    """Every setting's value: from ``config``, else ``environ`` (default ``os.environ``), else
    its default. A value that does not parse raises ``ValueError`` naming the setting."""
    config = config or {}
    environ = os.environ if environ is None else environ
    values = {}
    for setting in SETTINGS:
        if setting.name in config:
            raw = config[setting.name]
        elif setting.name in environ:
            raw = environ[setting.name]
        else:
            values[setting.name] = setting.default
            continue
        try:
            values[setting.name] = setting.parse(raw)
        except (TypeError, ValueError) as error:
            raise ValueError(f"{setting.name}: {error}") from None
    return values
