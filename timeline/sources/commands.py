"""``timeline sources add|list|remove``, ``timeline poll`` and ``timeline worker``, added to the
core command group by :func:`register`."""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime

import click

from timeline.sources.registry import DEFAULT_EVERY, format_every, source_json


def _open(database_url: str | None):
    import peewee

    from timeline.store import default_database_url, init_db

    url = database_url or default_database_url()
    try:
        init_db(url)
    except peewee.OperationalError as error:
        raise click.ClickException(f"cannot open the database: {error}") from None
    return url


_database_url_option = click.option(
    "--database-url",
    envvar="TIMELINE_DATABASE_URL",
    metavar="URL",
    help="The database (SQLite or PostgreSQL URL). Default: $TIMELINE_DATABASE_URL, else a "
    "SQLite file in $XDG_DATA_HOME/timeline (~/.local/share/timeline).",
)


@click.group("sources")
def sources_group() -> None:
    """Follow feeds, sitemaps and pages: `timeline poll` or `timeline worker` fetches them.

    RSS (0.9x, 1.0, 2.0), Atom, JSON Feed, XML sitemaps (news sitemaps and sitemap indexes
    too) and single article pages are told apart by their content at the first fetch. Every
    article page they list is fetched once, dated (see docs/sources.md), tagged and stored.
    """


@sources_group.command("add")
@click.argument("url")
@click.option(
    "--every",
    default=format_every(DEFAULT_EVERY),
    show_default=True,
    metavar="INTERVAL",
    help="How often to fetch it: 30s, 15m, 2h, 1d (a bare number is minutes; at least 10 s).",
)
@click.option(
    "--source",
    "name",
    metavar="NAME",
    help="The source name its articles get (default: the site's host, e.g. example.org).",
)
@_database_url_option
def sources_add(url: str, every: str, name: str | None, database_url: str | None) -> None:
    """Follow URL: a feed, a sitemap or a page. It is due at once. For example

    \b
        $ timeline sources add https://example.org/feed.xml --every 15m --source Example
        added source 1: https://example.org/feed.xml every 15m
        $ timeline poll
    """
    from timeline.sources.registry import SourceError, add_source

    _open(database_url)
    try:
        source = add_source(url, every=every, name=name)
    except SourceError as error:
        raise click.ClickException(str(error)) from None
    click.echo(
        f"added source {source.id}: {source.url} every {format_every(source.every_seconds)}"
        + (f" as {source.name!r}" if source.name else "")
    )


@sources_group.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print the sources as JSON.")
@_database_url_option
def sources_list(as_json: bool, database_url: str | None) -> None:
    """List the sources followed, with the outcome of their last fetch and when each is due.

    A failed fetch shows its error (HTTP status, timeout, robots.txt refusal, a page that
    could not be dated ...) until the next fetch succeeds.
    """
    from timeline.sources.registry import list_sources

    _open(database_url)
    sources = list_sources()
    if as_json:
        click.echo(json.dumps([source_json(s) for s in sources], ensure_ascii=False, indent=2))
        return
    if not sources:
        click.echo("no sources; add one with `timeline sources add URL`")
        return
    now = datetime.now(UTC)
    for source in sources:
        status = source.last_status or "never fetched"
        if source.last_http_status:
            status += f" (HTTP {source.last_http_status})"
        if source.last_fetch:
            status += f" at {source.last_fetch:%Y-%m-%d %H:%M}Z, {source.last_new} new"
        due = "due now" if source.next_due <= now else f"next {source.next_due:%Y-%m-%d %H:%M}Z"
        click.echo(
            f"{source.id:>4}  {source.url}  [{source.kind or 'kind unknown'}] every "
            f"{format_every(source.every_seconds)}, {due}"
            + (f", as {source.name!r}" if source.name else "")
        )
        click.echo(f"      last: {status}")
        if source.last_error:
            click.echo(f"      error: {source.last_error}")


@sources_group.command("remove")
@click.argument("source")
@_database_url_option
def sources_remove(source: str, database_url: str | None) -> None:
    """Stop following SOURCE (its id or URL). The articles it brought stay."""
    from timeline.sources.registry import remove_source

    _open(database_url)
    if not remove_source(source):
        raise click.ClickException(f"no source {source!r}; `timeline sources list` shows them")
    click.echo(f"removed source {source}")


def _echo_outcome(outcome) -> None:
    stream_err = outcome.status == "failed"
    click.echo(str(outcome), err=stream_err)


@click.command()
@_database_url_option
@click.option("--quiet", "-q", is_flag=True, help="Print only the summary.")
def poll(database_url: str | None, quiet: bool) -> None:
    """Fetch every due source once, store the new articles they list, and exit.

    On SQLite everything runs in this process. On PostgreSQL the work goes through the job
    queue and this process works on it until the queue is empty (running workers help). Run
    it from cron, or run `timeline worker` instead.
    """
    from timeline import jobs

    url = _open(database_url)
    count = jobs.poll(url, on_outcome=None if quiet else _echo_outcome)
    click.echo(f"polled {count} due source(s)")


@click.command()
@_database_url_option
@click.option(
    "--tick",
    type=click.FloatRange(0.1),
    default=5.0,
    show_default=True,
    help="Seconds between two looks for due sources (and, on PostgreSQL, for jobs "
    "when no notification arrives).",
)
@click.option(
    "--concurrency",
    type=click.IntRange(1, 64),
    default=2,
    show_default=True,
    help="Jobs run at once by this worker (PostgreSQL; threads, which overlap one "
    "job's network and database waits with another's work). More workers on "
    "more machines scale further.",
)
def worker(database_url: str | None, tick: float, concurrency: int) -> None:
    """Fetch due sources and process the queue for as long as it runs (stop with Ctrl+C).

    PostgreSQL: start any number of workers on any number of machines with the same
    TIMELINE_DATABASE_URL; they share the jobs, a job runs once, and the jobs of a worker
    that dies are retried by the others (see docs/deploy.md). SQLite: one worker, jobs run
    in this process.
    """
    import logging

    from timeline import jobs, store

    logging.basicConfig(level=logging.WARNING, format="timeline worker: %(message)s")
    logging.getLogger("timeline").setLevel(logging.INFO)
    url = _open(database_url)
    click.echo(
        f"timeline worker: {'PostgreSQL queue' if store.is_postgres() else 'SQLite'}, "
        f"looking for due sources every {tick:g} s",
        err=True,
    )
    try:
        if store.is_postgres():
            store.database.close()
            jobs.run_async(jobs.run_postgres_worker, url, concurrency=concurrency, tick=tick)
        else:
            jobs.run_inline_worker(tick, on_outcome=_echo_outcome)
    except KeyboardInterrupt:
        click.echo("timeline worker: stopped", err=True)


def ingest_urls(
    urls: list[str], database_url: str | None, source: str | None = None, enqueue: bool = False
) -> None:
    """``timeline ingest URL...``: fetch article, feed or sitemap URLs once and store the
    articles (``enqueue``: queue them for the workers instead, PostgreSQL only)."""
    from timeline import jobs, store
    from timeline.sources.canonical import InvalidURL, check_url

    for url in urls:
        try:
            check_url(url)
        except InvalidURL as error:
            raise click.UsageError(str(error)) from None
    url = _open(database_url)
    if enqueue:
        if not store.is_postgres():
            raise click.UsageError(
                "--enqueue needs a PostgreSQL database (workers share its "
                "queue); on SQLite the URLs are ingested here"
            )
        click.echo(f"queued {jobs.enqueue_urls(url, urls, source)} URL(s) for the workers")
        return
    failed = []

    def on_outcome(outcome) -> None:
        _echo_outcome(outcome)
        if outcome.status == "failed":
            failed.append(outcome)

    jobs.ingest_urls(url, urls, on_outcome=on_outcome, source=source)
    if failed:
        sys.exit(1)


def register(group: click.Group) -> None:
    """Add ``sources``, ``poll`` and ``worker`` to the core command group."""
    group.add_command(sources_group)
    group.add_command(poll)
    group.add_command(worker)
