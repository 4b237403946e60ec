"""Storage: peewee models behind one database URL.

``database`` is a :class:`peewee.DatabaseProxy`; :func:`init_db` binds it to a URL parsed by
``playhouse.db_url`` (a SQLite file by default, PostgreSQL for larger deployments) and brings
the schema up to date with the numbered migrations in :mod:`timeline.migrations`.

Time is stored as naive UTC and comes back timezone-aware (:class:`UTCDateTimeField`). An
article keeps its original UTC offset (``utc_offset_minutes``) so that its local day, the
reference the tagger resolved "yesterday" against, can be rebuilt exactly.

The models below describe the *current* schema; the migrations are what create it. When a
field or index is added here, a new migration must add it too (``tests/test_migrations.py``
compares the two).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import peewee as pw

database = pw.DatabaseProxy()


class UTCDateTimeField(pw.DateTimeField):
    """A datetime stored as naive UTC and returned timezone-aware (UTC)."""

    def db_value(self, value):
        if value is None:
            return None
        if isinstance(value, datetime):
            if value.tzinfo is None:
                raise ValueError("naive datetime given to a UTC field")
            value = value.astimezone(UTC).replace(tzinfo=None)
        return super().db_value(value)

    def python_value(self, value):
        value = super().python_value(value)
        if isinstance(value, datetime):
            if value.tzinfo is None:
                return value.replace(tzinfo=UTC)
            return value.astimezone(UTC)
        return value


def db_time(moment: datetime, postgres: bool | None = None) -> Any:
    """``moment`` as a :class:`UTCDateTimeField` stores it: a naive UTC datetime for PostgreSQL,
    and for SQLite the text ``YYYY-MM-DD HH:MM:SS[.ffffff]`` that peewee and the sqlite3
    adapter make of that (here in two C calls instead of a chain of Python ones: ingestion
    converts a hundred of these per article). ``postgres`` defaults to the bound database's."""
    naive = moment.astimezone(UTC).replace(tzinfo=None)
    if postgres is None:
        postgres = is_postgres()
    return naive if postgres else naive.isoformat(" ")


class BaseModel(pw.Model):
    class Meta:
        database = database


class Article(BaseModel):
    """A news article as ingested.

    ``published_at`` is UTC; ``utc_offset_minutes`` is the offset the article was published
    with, and ``published_has_time`` is false when only a date was given (the tagger's
    reference is then that date, not a time of day). ``content_hash`` identifies the content
    (title, body, publication time, source, language; not the URL), so ingesting the same
    article twice stores nothing new.
    """

    title = pw.TextField()
    body = pw.TextField()
    published_at = UTCDateTimeField(index=True)  # UTC
    utc_offset_minutes = pw.IntegerField(default=0)  # the article's own offset
    published_has_time = pw.BooleanField(default=True)
    source = pw.TextField(null=True, index=True)
    url = pw.TextField(null=True, unique=True)  # an update replaces the article of a URL
    language = pw.TextField(default="en")
    content_hash = pw.CharField(max_length=64, unique=True)
    #: how the tagger reads the body: news, narrative, colloquial or auto (decided per body)
    document_type = pw.TextField(default="auto")
    ingested_at = UTCDateTimeField()
    words = pw.TextField(default="")  # see timeline.words.words_column (title, body)
    #: Where the publication time came from when a page was fetched (``feed``, ``json-ld``,
    #: ``opengraph``, ``meta``, ``time``, ``url``, ``byline``; ``fetched`` when none was found
    #: and the fetch time stands in for it, see :mod:`timeline.sources.dates`); null for
    #: articles given as JSON.
    published_at_source = pw.CharField(max_length=16, null=True)

    @property
    def local_tz(self) -> timezone:
        """The article's own UTC offset as a tzinfo."""
        return timezone(timedelta(minutes=self.utc_offset_minutes))

    @property
    def published_local(self) -> datetime:
        """The publication time in the article's own offset."""
        return self.published_at.astimezone(self.local_tz)

    @property
    def reference(self) -> datetime | date:
        """What the tagger resolves against: the local publication time, or its date."""
        local = self.published_local
        return local if self.published_has_time else local.date()


class Mention(BaseModel):
    """One temporal expression found in an article body, as the tagger resolved it.

    ``start``/``end`` are str offsets into :attr:`Article.body`; ``rule`` is the id of the
    tagger rule that produced it. Vague expressions and unanchored durations are kept too,
    with no interval.
    """

    article = pw.ForeignKeyField(Article, backref="mentions", on_delete="CASCADE")
    start = pw.IntegerField()  # str offsets into Article.body
    end = pw.IntegerField()
    text = pw.TextField()
    type = pw.CharField(max_length=16)
    value = pw.TextField()
    mod = pw.CharField(max_length=16, null=True)
    signal = pw.CharField(max_length=16, null=True)
    interval_start = UTCDateTimeField(null=True)
    interval_end = UTCDateTimeField(null=True)
    granularity = pw.CharField(max_length=16, null=True)
    rule = pw.TextField()


#: Upper bounds (seconds) of the span classes of :attr:`Event.span_class`; an event of
#: duration ``d`` gets the first class whose bound is >= ``d``, and the last class (no bound)
#: otherwise. Chosen around the granularities: hour, day (with DST slack), week, month,
#: quarter, year, decade, century.
SPAN_CLASS_BOUNDS: tuple[int, ...] = (
    3_600,
    25 * 3_600,
    8 * 86_400,
    32 * 86_400,
    93 * 86_400,
    367 * 86_400,
    3_654 * 86_400,
    36_525 * 86_400,
)


def span_class(start: datetime, end: datetime) -> int:
    """The span class of an interval ``[start, end)`` (see :data:`SPAN_CLASS_BOUNDS`)."""
    seconds = (end - start).total_seconds()
    for index, bound in enumerate(SPAN_CLASS_BOUNDS):
        if seconds <= bound:
            return index
    return len(SPAN_CLASS_BOUNDS)


class Event(BaseModel):
    """A dated statement: a sentence of an article and the interval it is placed on.

    ``basis`` is ``"expression"`` when a temporal expression (``mention``) dated it and
    ``"publication"`` when it fell back on the article's publication day. ``span_class``
    buckets the duration of ``[start, end)`` so that overlap queries can bound ``start`` from
    below (see :mod:`timeline.queries.events` and docs/storage.md).

    ``words`` is the folded words of the sentence and of the article's title
    (:func:`timeline.words.words_column`), which the text search matches.
    """

    article = pw.ForeignKeyField(Article, backref="events", on_delete="CASCADE")
    mention = pw.ForeignKeyField(Mention, null=True, backref="events", on_delete="CASCADE")
    text = pw.TextField()  # the sentence
    sentence_start = pw.IntegerField()
    sentence_end = pw.IntegerField()
    start = UTCDateTimeField()
    end = UTCDateTimeField()
    granularity = pw.CharField(max_length=16)
    basis = pw.CharField(max_length=16)  # "expression" | "publication"
    tense = pw.CharField(max_length=16, null=True)  # "past" | "present" | "future"
    span_class = pw.SmallIntegerField(default=len(SPAN_CLASS_BOUNDS))
    words = pw.TextField(default="")  # see timeline.words.words_column (text, title)

    class Meta:
        indexes = (
            # The timeline order (start, end, id): an ordered scan with keyset pagination and
            # no sort, and covering for the "end > from" test of an overlap query.
            (("start", "end", "id"), False),
            # Overlap queries: per span class, one short ordered range of start that needs
            # no table lookup and no sort (see docs/storage.md).
            (("span_class", "start", "end", "id"), False),
        )


class Source(BaseModel):
    """A feed, sitemap or page followed (:mod:`timeline.sources`), with its schedule and the
    outcome of its last fetch.

    ``kind`` is told from the content at the first fetch (``rss``, ``atom``, ``jsonfeed``,
    ``sitemap``, ``news-sitemap``, ``sitemap-index``, ``page``); ``every_seconds`` is the
    polling interval and ``next_due`` the next time it is due. ``etag`` and ``last_modified``
    make the next fetch conditional.
    """

    url = pw.TextField(unique=True)
    name = pw.TextField(null=True)  # the ``source`` given to its articles
    kind = pw.CharField(max_length=16, null=True)
    every_seconds = pw.IntegerField(default=900)
    next_due = UTCDateTimeField(index=True)
    created_at = UTCDateTimeField()
    last_fetch = UTCDateTimeField(null=True)
    last_status = pw.CharField(max_length=16, null=True)  # ok | not-modified | error
    last_http_status = pw.IntegerField(null=True)
    last_error = pw.TextField(null=True)
    last_new = pw.IntegerField(default=0)  # articles stored by the last fetch
    etag = pw.TextField(null=True)
    last_modified = pw.TextField(null=True)


class Happening(BaseModel):
    """Events of one or many articles that report the same thing at the same time (derived:
    :mod:`timeline.happenings` builds, merges, splits and deletes them).

    ``start``/``end``/``granularity`` are those of its most precise report, shown in that
    report's UTC offset (``utc_offset_minutes``); ``title`` is its most central report's
    sentence; ``places`` and ``names`` are JSON lists. How many sources, articles and events
    report it is read through :class:`HappeningEvent`, never stored here.
    """

    start = UTCDateTimeField()
    end = UTCDateTimeField()
    granularity = pw.CharField(max_length=16)
    span_class = pw.SmallIntegerField()
    utc_offset_minutes = pw.IntegerField(default=0)
    title = pw.TextField()
    title_event_id = pw.IntegerField(null=True)
    importance = pw.FloatField(default=0)
    why = pw.TextField(default="")
    places = pw.TextField(default="[]")
    names = pw.TextField(default="[]")

    class Meta:
        indexes = (
            (("start", "end", "id"), False),
            (("span_class", "start", "end", "id"), False),
            (("importance", "id"), False),
        )


class HappeningEvent(BaseModel):
    """The link of an (expression-dated) event to its happening, with the features grouping
    compares: ``terms`` (the sentence's words without its temporal expressions, space
    separated), ``places`` (gazetteer ids, space separated) and ``tense`` (``"future"`` when
    the tense governing the event's own expression is the future, else ``""``)."""

    event = pw.ForeignKeyField(Event, primary_key=True, on_delete="CASCADE", on_update="CASCADE")
    happening = pw.ForeignKeyField(Happening, backref="links", on_delete="CASCADE", index=False)
    terms = pw.TextField()
    places = pw.TextField(default="")
    tense = pw.TextField(default="")

    class Meta:
        table_name = "happening_event"
        indexes = ((("happening", "event"), False),)


class HappeningPlace(BaseModel):
    """A gazetteer place of a happening (``place_id`` as :mod:`timeline.happenings.places`
    names it), for ``place=`` filters."""

    happening = pw.ForeignKeyField(Happening, on_delete="CASCADE")
    place_id = pw.CharField(max_length=32)

    class Meta:
        table_name = "happening_place"
        primary_key = False
        indexes = ((("place_id", "happening"), False),)


class HappeningPending(BaseModel):
    """Grouping still to do: an article whose events are not grouped yet, or a happening that
    lost events (see :func:`timeline.happenings.group_pending`)."""

    article_id = pw.IntegerField(null=True)
    happening_id = pw.IntegerField(null=True)

    class Meta:
        table_name = "happening_pending"


MODELS = (
    Article,
    Mention,
    Event,
    Source,
    Happening,
    HappeningEvent,
    HappeningPlace,
    HappeningPending,
)


def overlapping(window_start: datetime | None, window_end: datetime | None) -> pw.Expression:
    """A condition selecting the events whose interval overlaps ``[window_start, window_end)``.

    Either bound may be ``None`` (unbounded). Overlap is ``start < window_end AND end >
    window_start``; on its own that can only use an index to bound ``start`` from above, which
    for a window late in a long history scans nearly every event. Because an event of span
    class ``k`` lasts at most ``SPAN_CLASS_BOUNDS[k]``, it can only overlap the window if it
    starts after ``window_start - SPAN_CLASS_BOUNDS[k]``; the condition adds that lower bound
    per class, which the ``(span_class, start, end, id)`` index turns into one short range
    scan per class (SQLite "MULTI-INDEX OR", PostgreSQL "BitmapOr"). It suits counts and other
    unordered uses; the ordered, paginated timeline runs each class as its own ordered query
    and merges them (:func:`timeline.queries.list_events`), which avoids sorting the window.
    Grouping happenings reads the reports near a changed one with it
    (:mod:`timeline.happenings.grouping`).
    """
    condition: pw.Expression | None = None
    if window_end is not None:
        condition = Event.start < window_end
    if window_start is None:
        return condition if condition is not None else pw.SQL("1 = 1")
    ends_after = Event.end > window_start
    condition = ends_after if condition is None else condition & ends_after
    earliest = datetime.min.replace(tzinfo=UTC) + timedelta(seconds=SPAN_CLASS_BOUNDS[-1])
    if window_start <= earliest:
        return condition  # the bounds would fall before year 1: correct, only slower
    per_class = [
        (Event.span_class == index) & (Event.start >= window_start - timedelta(seconds=bound))
        for index, bound in enumerate(SPAN_CLASS_BOUNDS)
    ]
    per_class.append(Event.span_class == len(SPAN_CLASS_BOUNDS))
    bounded = per_class[0]
    for term in per_class[1:]:
        bounded = bounded | term
    return condition & bounded


def default_database_url() -> str:
    """``TIMELINE_DATABASE_URL``, or a SQLite file in the per-user data directory.

    The file is ``$XDG_DATA_HOME/timeline/timeline.db`` (``~/.local/share/timeline/`` when
    ``XDG_DATA_HOME`` is unset).
    """
    url = os.environ.get("TIMELINE_DATABASE_URL")
    if url:
        return url
    path = data_dir() / "timeline.db"
    path.parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{path}"


def data_dir() -> Path:
    """The per-user data directory: ``$XDG_DATA_HOME/timeline`` (``~/.local/share/timeline``
    when ``XDG_DATA_HOME`` is unset). Not created here."""
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "timeline"


#: SQLite copies the write-ahead log back into the database (a checkpoint, with an fsync) once
#: it holds this many pages. SQLite's default, 1,000 pages (4 MB), checkpoints every ~30
#: ingested articles; at 4,000 (16 MB) the pages an article rewrites again and again (index
#: and FTS leaves) are copied back once per ~120 articles (docs/storage.md measures what that
#: saves). ``journal_size_limit`` keeps the log file from staying larger.
SQLITE_CHECKPOINT_PAGES = 4000


def connect(url: str) -> pw.Database:
    """An unbound peewee database for ``url``; SQLite gets WAL mode and foreign keys.
    Raises :class:`timeline.database_url.InvalidDatabaseURL` for a URL it cannot use."""
    from playhouse.db_url import connect as db_url_connect

    from timeline.database_url import check_database_url

    check_database_url(url)

    if url.startswith("sqlite"):
        return db_url_connect(
            url,
            pragmas={
                "journal_mode": "wal",
                "foreign_keys": 1,
                "synchronous": "normal",
                "busy_timeout": 30_000,
                "wal_autocheckpoint": SQLITE_CHECKPOINT_PAGES,
                "journal_size_limit": SQLITE_CHECKPOINT_PAGES * 4096,
            },
        )
    # A server that does not answer (a dropped route, a firewall) would hold every request,
    # /health included, for the system's TCP timeout (minutes): a connection attempt gives up
    # after PG_CONNECT_TIMEOUT seconds unless the URL says otherwise (docs/reliability.md).
    extra = {} if "connect_timeout=" in url else {"connect_timeout": PG_CONNECT_TIMEOUT}
    return db_url_connect(url, **extra)


#: Seconds a PostgreSQL connection attempt may take (``?connect_timeout=`` in the URL wins).
PG_CONNECT_TIMEOUT = 5


def init_db(url: str | None = None, *, migrate: bool = True) -> pw.Database:
    """Bind :data:`database` to ``url`` (default :func:`default_database_url`) and return it.

    Unless ``migrate`` is false, pending migrations are applied first (see :func:`upgrade`),
    so a new database is ready on first use.
    """
    db = connect(url or default_database_url())
    database.initialize(db)
    if migrate:
        _retry_while_locked(db, upgrade)
    return db


def _retry_while_locked(db: pw.Database, action: Callable[[], object], attempts: int = 8) -> None:
    """Run ``action``, retrying while SQLite reports "database is locked".

    Processes opening a new SQLite file at the same moment race to switch it to WAL mode and to
    create the schema; a few of those steps fail at once instead of waiting for the busy
    timeout. Waiting a little and trying again resolves it; any other error is raised.
    """
    for attempt in range(attempts):
        try:
            action()
            return
        except pw.OperationalError as error:
            if not isinstance(db, pw.SqliteDatabase) or "locked" not in str(error):
                raise
            if attempt == attempts - 1:
                raise
            if not db.is_closed():
                db.close()
            time.sleep(0.05 * 2**attempt)


def upgrade() -> list[str]:
    """Apply the pending migrations to the bound database; return the names applied."""
    from timeline.migrations import apply_pending

    return apply_pending(database.obj)


def write_transaction() -> pw._atomic:
    """A transaction (or savepoint, when nested) for writes.

    On SQLite it begins ``IMMEDIATE``, taking the write lock up front: two writers then wait
    for each other (``busy_timeout``) instead of failing when a read lock cannot be upgraded.
    """
    if isinstance(database.obj, pw.SqliteDatabase):
        return database.atomic("IMMEDIATE")
    return database.atomic()


def is_postgres() -> bool:
    """Whether the bound database is PostgreSQL."""
    return isinstance(database.obj, pw.PostgresqlDatabase)
