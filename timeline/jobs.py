"""The job queue: fetching sources and ingesting pages as jobs, in-process or in PostgreSQL.

Two jobs exist (:mod:`timeline.sources.work`): ``fetch_source`` (keyed ``source:<id>``) and
``ingest_url`` (keyed by the canonical URL). A job's key is its queueing lock and its lock:
enqueuing the same work twice while it waits does nothing, and two workers never run it at
once. Job bodies are safe to run again (an article is stored once, by content and URL).

On PostgreSQL the queue is **procrastinate** (its own tables, created on first use by
:func:`ensure_queue_schema`): any number of ``timeline worker`` processes on any number of
machines share the work. A worker sends a heartbeat; a worker that dies (killed, machine
lost) stops sending it, and after :data:`STALLED_AFTER` seconds the jobs it held are put back
by the other workers (:func:`_retry_stalled`). Failed jobs (an error other than a failed
fetch, which is recorded and is not an error of the job) are retried up to
:data:`MAX_ATTEMPTS` times with backoff.

On SQLite the same jobs run in the process that enqueues them (:class:`InlineQueue`): one
machine, one writer, no queue to operate.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime

import procrastinate
import procrastinate.testing
from procrastinate.exceptions import AlreadyEnqueued

from timeline import store
from timeline.sources import registry, work
from timeline.sources.addresses import private_allowed_by_env
from timeline.sources.canonical import InvalidURL, canonical_url
from timeline.sources.fetching import Fetcher, FetchPolicy

log = logging.getLogger(__name__)

#: Attempts of a job that raised (a failed fetch does not raise: it is recorded).
MAX_ATTEMPTS = 3
#: Seconds without a heartbeat after which a worker counts as dead and its jobs are retried.
STALLED_AFTER = float(os.environ.get("TIMELINE_WORKER_STALLED_AFTER", "30"))
#: Seconds between a worker's heartbeats.
HEARTBEAT_EVERY = max(0.5, STALLED_AFTER / 4)
#: An arbitrary constant naming the advisory lock taken while creating the queue's tables.
_SCHEMA_LOCK_KEY = 0x6A6F6273  # "jobs"

OnOutcome = Callable[[work.Outcome], None]


def _job_key(url: str) -> str:
    try:
        return canonical_url(url)
    except InvalidURL:
        return url


_fetcher: Fetcher | None = None


def process_fetcher() -> Fetcher:
    """The process's one :class:`Fetcher` (its rate limits and robots cache are shared by every
    job the process runs), with the policy of the ``TIMELINE_FETCH_*`` environment."""
    global _fetcher
    if _fetcher is None:
        _fetcher = Fetcher(policy_from_env())
    return _fetcher


def policy_from_env() -> FetchPolicy:
    """A :class:`FetchPolicy` with the defaults overridden by ``TIMELINE_FETCH_TIMEOUT``,
    ``TIMELINE_FETCH_RETRIES``, ``TIMELINE_FETCH_BACKOFF``, ``TIMELINE_FETCH_HOST_INTERVAL``,
    ``TIMELINE_FETCH_MAX_BYTES`` and ``TIMELINE_FETCH_ALLOW_PRIVATE`` (see docs/deploy.md)."""
    defaults = FetchPolicy()
    env = os.environ

    def number(name: str, default: float, kind: type = float):
        value = env.get(name)
        if value is None or not value.strip():
            return default
        try:
            return kind(value)
        except ValueError:
            raise ValueError(f"{name}={value!r} is not a number") from None

    return FetchPolicy(
        timeout=number("TIMELINE_FETCH_TIMEOUT", defaults.timeout),
        retries=number("TIMELINE_FETCH_RETRIES", defaults.retries, int),
        backoff=number("TIMELINE_FETCH_BACKOFF", defaults.backoff),
        per_host_interval=number("TIMELINE_FETCH_HOST_INTERVAL", defaults.per_host_interval),
        max_bytes=number("TIMELINE_FETCH_MAX_BYTES", defaults.max_bytes, int),
        allow_private=private_allowed_by_env(),
    )


# --- in-process (SQLite) ----------------------------------------------------------------------


@dataclass
class InlineQueue:
    """Jobs run in this process, in the order enqueued, by :meth:`run_pending`."""

    fetcher: Fetcher = field(default_factory=process_fetcher)
    on_outcome: OnOutcome | None = None
    _pending: deque = field(default_factory=deque)
    _keys: set = field(default_factory=set)

    def fetch_source(self, source_id: int) -> None:
        self._add(f"source:{source_id}", work.fetch_source, (source_id, self.fetcher, self), {})

    def ingest_url(
        self,
        url: str,
        *,
        source: str | None = None,
        feed_date: str | None = None,
        feed_title: str | None = None,
        source_id: int | None = None,
    ) -> None:
        self._add(
            _job_key(url),
            work.ingest_url,
            (url, self.fetcher, self),
            dict(source=source, feed_date=feed_date, feed_title=feed_title, source_id=source_id),
        )

    def _add(self, key: str, function, args: tuple, kwargs: dict) -> None:
        if key in self._keys:
            return
        self._keys.add(key)
        self._pending.append((key, function, args, kwargs))

    def run_pending(self) -> list[work.Outcome]:
        """Run every queued job, and the jobs they queue, until none is left."""
        outcomes = []
        while self._pending:
            key, function, args, kwargs = self._pending.popleft()
            self._keys.discard(key)
            outcome = function(*args, **kwargs)
            outcomes.append(outcome)
            if self.on_outcome is not None:
                self.on_outcome(outcome)
        return outcomes


# --- PostgreSQL (procrastinate) ---------------------------------------------------------------

#: The procrastinate app holding timeline's tasks; :func:`queue_app` binds it to a database.
app = procrastinate.App(connector=procrastinate.testing.InMemoryConnector())
_RETRY = procrastinate.RetryStrategy(max_attempts=MAX_ATTEMPTS, exponential_wait=2)


@app.task(name="timeline.fetch_source", retry=_RETRY, pass_context=True)
def fetch_source_task(context: procrastinate.JobContext, source_id: int) -> str:
    with _connection():
        outcome = work.fetch_source(source_id, process_fetcher(), PostgresQueue(context.app))
    log.info("%s", outcome)
    return str(outcome)


@app.task(name="timeline.ingest_url", retry=_RETRY, pass_context=True)
def ingest_url_task(
    context: procrastinate.JobContext,
    url: str,
    source: str | None = None,
    feed_date: str | None = None,
    feed_title: str | None = None,
    source_id: int | None = None,
) -> str:
    with _connection():
        outcome = work.ingest_url(
            url,
            process_fetcher(),
            PostgresQueue(context.app),
            source=source,
            feed_date=feed_date,
            feed_title=feed_title,
            source_id=source_id,
        )
    log.info("%s", outcome)
    return str(outcome)


class _connection:
    """The store's connection for this thread during one job. procrastinate runs synchronous
    jobs in the threads of a small pool; peewee keeps one connection per thread, and it is
    kept open for the thread's next job (connecting anew costs more than a page's inserts),
    unless the job failed, which may have left it broken."""

    def __enter__(self):
        store.database.connect(reuse_if_open=True)

    def __exit__(self, exc_type, *exc):
        if exc_type is not None and not store.database.is_closed():
            store.database.close()


@contextlib.contextmanager
def queue_app(database_url: str) -> Iterator[procrastinate.App]:
    """:data:`app` bound to the PostgreSQL of ``database_url`` for the duration of the block
    (not yet opened: ``with app.open()`` or ``async with app.open_async()``)."""
    from procrastinate import PsycopgConnector

    with app.replace_connector(PsycopgConnector(conninfo=_conninfo(database_url))) as bound:
        yield bound


def _conninfo(database_url: str) -> str:
    """A libpq URL from a ``TIMELINE_DATABASE_URL`` (``postgres://``, ``postgresql://``, and
    peewee's ``postgresext://``)."""
    scheme, sep, rest = database_url.partition("://")
    return f"postgresql://{rest}" if sep and scheme.startswith("postgres") else database_url


def ensure_queue_schema(database_url: str) -> bool:
    """Create procrastinate's tables unless they exist (under an advisory lock, so workers
    starting together create them once); true when they were created."""
    import psycopg
    from procrastinate.schema import SchemaManager

    with psycopg.connect(_conninfo(database_url), autocommit=False) as connection:
        connection.execute("SELECT pg_advisory_xact_lock(%s)", (_SCHEMA_LOCK_KEY,))
        exists = connection.execute(
            "SELECT to_regclass('procrastinate_jobs') IS NOT NULL"
        ).fetchone()[0]
        if not exists:
            connection.execute(SchemaManager.get_schema())
        connection.commit()
    return not exists


@dataclass
class PostgresQueue:
    """Enqueues jobs into procrastinate (synchronously: from the CLI, the API or a job)."""

    app: procrastinate.App

    def fetch_source(self, source_id: int) -> None:
        self._defer(fetch_source_task, f"source:{source_id}", source_id=source_id)

    def ingest_url(
        self,
        url: str,
        *,
        source: str | None = None,
        feed_date: str | None = None,
        feed_title: str | None = None,
        source_id: int | None = None,
    ) -> None:
        self._defer(
            ingest_url_task,
            _job_key(url),
            url=url,
            source=source,
            feed_date=feed_date,
            feed_title=feed_title,
            source_id=source_id,
        )

    def _defer(self, task, key: str, **kwargs) -> None:
        try:
            task.configure(lock=key, queueing_lock=key).defer(**kwargs)
        except AlreadyEnqueued:
            pass  # the same work is waiting already


async def _schedule(app: procrastinate.App, tick: float) -> None:
    """Every ``tick`` seconds: claim the due sources and queue a fetch of each."""
    queue = PostgresQueue(app)
    while True:
        try:
            claimed = await asyncio.to_thread(_claim_due)
            for source_id in claimed:
                await asyncio.to_thread(queue.fetch_source, source_id)
        except Exception:  # noqa: BLE001 - the scheduler must outlive a database hiccup
            log.exception("scheduling due sources failed; trying again in %s s", tick)
        await asyncio.sleep(tick)


def _warm_up() -> None:
    """Load the tagger's rules and the extractors before the first job, not during it."""
    from datetime import date

    import trafilatura  # noqa: F401

    from timeline.temporal import tag

    tag("It rained on Monday, two days ago.", date(2022, 5, 14))


def _claim_due() -> list[int]:
    with _connection():
        return registry.claim_due()


async def _retry_stalled(app: procrastinate.App) -> None:
    """Put back the jobs of workers that stopped sending heartbeats (killed, machine lost)."""
    while True:
        try:
            for job in await app.job_manager.get_stalled_jobs(
                seconds_since_heartbeat=STALLED_AFTER
            ):
                log.warning("job %s (%s) of a dead worker: retrying", job.id, job.task_name)
                await app.job_manager.retry_job(job)
        except Exception:  # noqa: BLE001
            log.exception("looking for stalled jobs failed")
        await asyncio.sleep(max(1.0, STALLED_AFTER / 3))


async def run_postgres_worker(
    database_url: str,
    *,
    concurrency: int = 2,
    tick: float = 5.0,
    until_idle: bool = False,
    schedule: bool = True,
) -> None:
    """Run jobs from the PostgreSQL queue: forever (a ``timeline worker``), or until the queue
    is empty (``until_idle``: ``timeline poll``). With ``schedule``, due sources are queued
    every ``tick`` seconds; jobs of dead workers are put back."""
    await asyncio.to_thread(ensure_queue_schema, database_url)
    await asyncio.to_thread(_warm_up)
    with queue_app(database_url) as bound:
        await _work(bound, concurrency, tick, until_idle, schedule)


async def _work(
    app: procrastinate.App, concurrency: int, tick: float, until_idle: bool, schedule: bool
) -> None:
    async with app.open_async():
        helpers = []
        if schedule and not until_idle:
            helpers.append(asyncio.create_task(_schedule(app, tick)))
        if not until_idle:
            helpers.append(asyncio.create_task(_retry_stalled(app)))
        try:
            while True:
                await app.run_worker_async(
                    concurrency=concurrency,
                    wait=not until_idle,
                    install_signal_handlers=True,
                    update_heartbeat_interval=HEARTBEAT_EVERY,
                    stalled_worker_timeout=STALLED_AFTER,
                    fetch_job_polling_interval=tick,
                    delete_jobs="never",
                )
                # A worker told to stop when idle stops as soon as one of its slots finds
                # nothing, though a running job may still queue more (a feed's pages).
                if not until_idle or not await _jobs_ready(app):
                    break
        finally:
            for helper in helpers:
                helper.cancel()
            await asyncio.gather(*helpers, return_exceptions=True)


async def _jobs_ready(app: procrastinate.App) -> bool:
    """Whether a job waits in the queue that may run now (not one scheduled for later)."""
    now = datetime.now(UTC)
    return any(
        job.scheduled_at is None or job.scheduled_at <= now
        for job in await app.job_manager.list_jobs_async(status="todo")
    )


# --- the front door: one call for either database ---------------------------------------------


def enqueue_due(queue) -> int:
    """Claim the due sources and queue a fetch of each; return how many."""
    claimed = registry.claim_due()
    for source_id in claimed:
        queue.fetch_source(source_id)
    return len(claimed)


def poll(database_url: str, on_outcome: OnOutcome | None = None) -> int:
    """Fetch every due source once and process what it lists, then return (``timeline
    poll``); returns the number of sources fetched. SQLite: in this process; PostgreSQL: the
    jobs go through the queue, and this process works on it until it is empty (other workers
    may take part)."""
    if not store.is_postgres():
        queue = InlineQueue(on_outcome=on_outcome)
        count = enqueue_due(queue)
        queue.run_pending()
        return count
    ensure_queue_schema(database_url)
    with queue_app(database_url) as bound, bound.open():
        count = enqueue_due(PostgresQueue(bound))
    store.database.close()
    run_async(run_postgres_worker, database_url, until_idle=True)
    return count


def run_async(function, *args, **kwargs):
    """Run the coroutine ``function(*args, **kwargs)`` to its end from synchronous code, on a
    thread of its own when this thread already runs an event loop (an embedding application,
    a test harness)."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(function(*args, **kwargs))
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(1) as executor:
        return executor.submit(lambda: asyncio.run(function(*args, **kwargs))).result()


def run_inline_worker(
    tick: float = 5.0, on_outcome: OnOutcome | None = None, stop: Callable[[], bool] = lambda: False
) -> None:
    """``timeline worker`` on SQLite: every ``tick`` seconds, fetch the due sources and
    process what they list, until ``stop()`` is true."""
    import time

    queue = InlineQueue(on_outcome=on_outcome)
    while not stop():
        started = datetime.now(UTC)
        try:
            enqueue_due(queue)
            queue.run_pending()
        finally:
            if not store.database.is_closed():
                store.database.close()
        spent = (datetime.now(UTC) - started).total_seconds()
        time.sleep(max(0.0, tick - spent))


def ingest_urls(
    database_url: str,
    urls: list[str],
    on_outcome: OnOutcome | None = None,
    source: str | None = None,
) -> None:
    """``timeline ingest URL...``: fetch each URL once (feeds: their links too) and store the
    articles, in this process on either database (the fetches still go through the queue's
    job bodies, so the outcome is the same as a worker's)."""
    queue = InlineQueue(on_outcome=on_outcome)
    for url in urls:
        queue.ingest_url(url, source=source)
    queue.run_pending()


def enqueue_urls(database_url: str, urls: list[str], source: str | None = None) -> int:
    """Queue ``ingest_url`` jobs for the workers (PostgreSQL only); returns how many."""
    ensure_queue_schema(database_url)
    with queue_app(database_url) as bound, bound.open():
        queue = PostgresQueue(bound)
        for url in urls:
            queue.ingest_url(url, source=source)
    return len(urls)
