"""The sources followed: add, list, remove, the schedule, and the outcome of each fetch.

A source is due when ``next_due`` has passed. :func:`claim_due` moves ``next_due`` on by the
source's interval in one conditional ``UPDATE`` per source, so when several schedulers (one per
worker, on several machines) look at the same moment, each due source is claimed by exactly one
of them.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import peewee as pw

from timeline.sources.addresses import AddressRefused, check_host, private_allowed_by_env
from timeline.sources.canonical import canonical_url
from timeline.store import Source, write_transaction

#: The shortest polling interval accepted (be kind to the sites).
MIN_EVERY = 10
DEFAULT_EVERY = 15 * 60
_EVERY = re.compile(r"^\s*(\d+)\s*(s|sec|m|min|h|d)?\s*$", re.I)
_UNIT_SECONDS = {"s": 1, "sec": 1, "m": 60, "min": 60, "h": 3600, "d": 86400}


class SourceError(ValueError):
    """A source that cannot be added (bad URL, bad interval, already followed); ``field`` is
    the input at fault (``url``, ``every`` or ``source``)."""

    def __init__(self, message: str, field: str = "url"):
        self.field = field
        super().__init__(message)


def parse_every(text: str | int) -> int:
    """An interval such as ``15m``, ``2h``, ``1d``, ``90s`` (a bare number is minutes) in
    seconds; raises :class:`SourceError`."""
    if isinstance(text, int):
        seconds = text
    else:
        match = _EVERY.match(str(text))
        if not match:
            raise SourceError(
                f"interval {text!r} is not a number with s, m, h or d (e.g. 15m, 2h, 1d)",
                "every",
            )
        seconds = int(match[1]) * _UNIT_SECONDS[(match[2] or "m").lower()]
    if seconds < MIN_EVERY:
        raise SourceError(f"interval {text!r} is shorter than {MIN_EVERY} seconds", "every")
    return seconds


def format_every(seconds: int) -> str:
    """``900`` -> ``15m`` (the largest unit that divides it)."""
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"


def add_source(
    url: str,
    *,
    every: str | int = DEFAULT_EVERY,
    name: str | None = None,
    now: datetime | None = None,
    allow_private: bool | None = None,
) -> Source:
    """Follow ``url`` (stored canonical), due at once; raises :class:`SourceError`, also for
    a URL whose host is an internal address (:mod:`timeline.sources.addresses`) unless
    ``allow_private`` (by default ``TIMELINE_FETCH_ALLOW_PRIVATE``)."""
    try:
        canonical = canonical_url(url)
    except ValueError as error:
        raise SourceError(str(error)) from None
    seconds = parse_every(every)
    if name is not None and not name.strip():
        raise SourceError("the source name must not be empty (omit it to use the host)", "source")
    if not (private_allowed_by_env() if allow_private is None else allow_private):
        try:
            check_host(canonical)
        except AddressRefused as error:
            raise SourceError(error.message) from None
    now = now or datetime.now(UTC)
    try:
        with write_transaction():
            return Source.create(
                url=canonical,
                name=name.strip() if name else None,
                every_seconds=seconds,
                next_due=now,
                created_at=now,
            )
    except pw.IntegrityError:
        raise SourceError(f"{canonical} is already followed") from None


def list_sources() -> list[Source]:
    return list(Source.select().order_by(Source.id))


def find_source(key: str | int) -> Source | None:
    """A source by id or by URL (given or canonical)."""
    if isinstance(key, int) or str(key).isdigit():
        return Source.get_or_none(Source.id == int(key))
    try:
        return Source.get_or_none(Source.url == canonical_url(str(key)))
    except ValueError:
        return None


def remove_source(key: str | int) -> bool:
    """Stop following a source (its articles stay); false when there was none."""
    source = find_source(key)
    if source is None:
        return False
    with write_transaction():
        return Source.delete().where(Source.id == source.id).execute() > 0


def claim_due(now: datetime | None = None) -> list[int]:
    """The ids of the sources due at ``now``, each moved on to its next due time; a source
    claimed by another scheduler meanwhile is left out."""
    now = now or datetime.now(UTC)
    due = list(
        Source.select(Source.id, Source.every_seconds, Source.next_due)
        .where(Source.next_due <= now)
        .order_by(Source.next_due)
    )
    claimed = []
    for source in due:
        with write_transaction():
            moved = (
                Source.update(next_due=now + timedelta(seconds=source.every_seconds))
                .where((Source.id == source.id) & (Source.next_due == source.next_due))
                .execute()
            )
        if moved:
            claimed.append(source.id)
    return claimed


def record_fetch(
    source_id: int,
    *,
    status: str,
    http_status: int | None = None,
    error: str | None = None,
    new: int = 0,
    kind: str | None = None,
    etag: str | None = None,
    last_modified: str | None = None,
    now: datetime | None = None,
) -> None:
    """Record the outcome of a fetch of a source (``status``: ok, not-modified, error)."""
    values: dict = dict(
        last_fetch=now or datetime.now(UTC),
        last_status=status,
        last_http_status=http_status,
        last_error=error,
        last_new=new,
    )
    if kind:
        values["kind"] = kind
    if status == "ok":
        values.update(etag=etag, last_modified=last_modified)
    with write_transaction():
        Source.update(**values).where(Source.id == source_id).execute()


def record_page_error(source_id: int, url: str, error: str) -> None:
    """Record that a page listed by a source could not be stored (shown as its last error)."""
    with write_transaction():
        Source.update(last_error=f"{url}: {error}").where(Source.id == source_id).execute()


def source_json(source) -> dict:
    """A source as the CLI's ``--json`` and the API show it."""

    def when(moment):
        return moment.isoformat() if moment else None

    return {
        "id": source.id,
        "url": source.url,
        "name": source.name,
        "kind": source.kind,
        "every": format_every(source.every_seconds),
        "every_seconds": source.every_seconds,
        "next_due": when(source.next_due),
        "last_fetch": when(source.last_fetch),
        "last_status": source.last_status,
        "last_http_status": source.last_http_status,
        "last_error": source.last_error,
        "last_new": source.last_new,
    }
