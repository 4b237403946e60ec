"""The ``timeline`` console script: the core commands plus the ones that serve over HTTP.

:data:`main` is the core click group (:data:`timeline.cli.cli`) with ``serve`` and ``demo``
added here, so that the core never imports the web layer.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import click

from timeline.cli import _database_url_option
from timeline.cli import cli as main

#: The demo corpus, shipped inside the package: ``api/demo_seeds`` is a link to the top-level
#: ``seeds/`` (the source of truth) in the source tree, and a copy of it in a wheel.
SEEDS_DIR = Path(str(resources.files("api") / "demo_seeds"))


#: The access log line: client, time, method, path (without the query string), protocol,
#: status, bytes, seconds taken and user agent. Nothing that can carry a credential:
#: gunicorn's default format decodes the user of Basic auth (%(u)s) and writes the query
#: string and the Referer, any of which may hold a key or a password.
ACCESS_LOG_FORMAT = '%(h)s [%(t)s] "%(m)s %(U)s %(H)s" %(s)s %(B)s %(L)ss "%(a)s"'


def default_workers() -> int:
    """One gunicorn worker per CPU (at least two, so one slow request never blocks the rest)."""
    return max(2, os.cpu_count() or 1)


def ensure_port_free(host: str, port: int) -> None:
    """Exit with one line naming the flag when ``host:port`` is taken (gunicorn would print
    ten lines of retries)."""
    import socket

    if port == 0:
        return
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError as error:
            raise click.ClickException(
                f"port {port} on {host} is in use ({error.strerror}); choose another with "
                f"--port (make demo PORT=8080)"
            ) from None


def warm() -> None:
    """Load now, before the workers fork and share it, what a first request would otherwise
    load in each worker: the place names of the search, the tagger's compiled rules, and the
    happenings grouping (scikit-learn, the stemmer). Without it the first article a worker
    ingests costs ~2.5 s of CPU (0.02 s after; issue 12: a write timed out at 10 s under load)."""
    from datetime import date

    from timeline import temporal
    from timeline.happenings import grouping  # noqa: F401 - imported for its imports
    from timeline.happenings.features import features
    from timeline.queries import search

    search.warm()
    temporal.tag("Troops advanced late on Wednesday, May 11.", date(2022, 5, 14))
    features("Troops advanced late on Wednesday.")


def run_server(
    config: dict[str, Any], host: str, port: int, workers: int, access_log: bool = False
) -> None:
    """Serve :func:`api.create_app` with gunicorn (one-thread gthread workers) until
    interrupted.

    The schema is migrated once here, before the workers start, so that they never race to
    apply the same migration.
    """
    from gunicorn.app.base import BaseApplication

    from timeline import store
    from timeline.cli import _open_database

    _open_database(config.get("TIMELINE_DATABASE_URL"))
    store.database.close()
    warm()

    class Server(BaseApplication):
        def load_config(self) -> None:
            self.cfg.set("bind", f"{host}:{port}")
            self.cfg.set("workers", workers)
            # gthread with one thread serves like sync, but its main loop keeps telling the
            # arbiter it is alive while a request runs: a whole export (limit=all) streams for
            # minutes, and a sync worker would be killed at the timeout mid-body.
            self.cfg.set("worker_class", "gthread")
            self.cfg.set("threads", 1)
            self.cfg.set("timeout", 60)
            self.cfg.set("accesslog", "-" if access_log else None)
            self.cfg.set("access_log_format", ACCESS_LOG_FORMAT)
            # gunicorn's largest request line (its default is 4,094): every URL the API
            # document allows fits; longer ones get gunicorn's own 414 (docs/api.md).
            self.cfg.set("limit_request_line", 8190)
            self.cfg.set("proc_name", "timeline")
            # gunicorn's control socket lives at one path per user: several servers (tests,
            # benchmarks) would fight over it, and timeline does not use it.
            self.cfg.set("control_socket_disable", True)

        def load(self):
            from api import create_app

            return create_app(config)

    Server().run()


@contextlib.contextmanager
def background_worker(database_url: str | None, enabled: bool) -> Iterator[None]:
    """Run ``timeline worker`` beside the server (the single-machine case): it fetches the
    sources followed and processes their jobs, and stops with the server."""
    if not enabled:
        yield
        return
    env = dict(os.environ)
    if database_url:
        env["TIMELINE_DATABASE_URL"] = database_url
    process = subprocess.Popen([sys.executable, "-m", "timeline", "worker"], env=env)
    try:
        yield
    finally:
        process.terminate()
        try:
            process.wait(15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


_with_worker_help = (
    "Also run `timeline worker` in the background, so the sources followed "
    "are fetched without another command (one machine; with several, run "
    "workers on their own, see docs/deploy.md)."
)


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option(
    "--port",
    default=8000,
    show_default=True,
    type=click.IntRange(0, 65535),
    help="Port to listen on.",
)
@click.option(
    "--workers",
    default=default_workers,
    show_default="one per CPU, at least 2",
    type=click.IntRange(1, 64),
    help="gunicorn worker processes.",
)
@_database_url_option
@click.option(
    "--access-log/--no-access-log",
    default=False,
    help="Log every request to stdout: method, path without the query string, "
    "status, size, time and user agent; never credentials.",
)
@click.option("--with-worker", is_flag=True, help=_with_worker_help)
def serve(
    host: str,
    port: int,
    workers: int,
    database_url: str | None,
    access_log: bool,
    with_worker: bool,
) -> None:
    """Serve the REST API, its docs and the web page with gunicorn.

    Settings (API keys, CORS origins, body limit) come from the environment; see
    docs/api.md. For example

    \b
        $ TIMELINE_DATABASE_URL=sqlite:///timeline.db timeline serve --port 8000 --workers 4
        $ curl http://127.0.0.1:8000/api/v1/health
    """
    config = {"TIMELINE_DATABASE_URL": database_url} if database_url else {}
    ensure_port_free(host, port)
    click.echo(
        f"timeline: serving http://{host}:{port}/ (API http://{host}:{port}/api/v1/, "
        f"docs http://{host}:{port}/api/v1/docs) with {workers} workers",
        err=True,
    )
    with background_worker(database_url, with_worker):
        run_server(config, host, port, workers, access_log)


def demo_database_path() -> Path:
    """``$XDG_DATA_HOME/timeline/demo.db`` (``~/.local/share/timeline/demo.db``)."""
    from timeline.store import data_dir

    return data_dir() / "demo.db"


def load_seeds(seeds: Path) -> str:
    """Ingest every article in ``seeds`` (idempotent: stored ones are reported as present)."""
    from timeline.ingest import ingest_paths

    failures: list[str] = []
    summary = ingest_paths([seeds], on_failure=lambda failure: failures.append(str(failure)))
    for failure in failures:
        click.echo(f"timeline demo: {failure}", err=True)
    return (
        f"{summary.ingested} new, {summary.present} already present, "
        f"{summary.updated} updated, {summary.failed} failed"
    )


@main.command()
@click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="SQLite file to create or reuse. Default: "
    "$XDG_DATA_HOME/timeline/demo.db (~/.local/share/timeline).",
)
@click.option(
    "--seeds",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    default=SEEDS_DIR,
    show_default=True,
    help="Directory of demo articles.",
)
@click.option(
    "--port",
    default=5000,
    show_default=True,
    type=click.IntRange(0, 65535),
    help="Port to listen on (always on 127.0.0.1); macOS keeps 5000 for AirPlay, "
    "so try --port 8080 there.",
)
@click.option(
    "--workers",
    default=2,
    show_default=True,
    type=click.IntRange(1, 64),
    help="gunicorn worker processes.",
)
@click.option("--load-only", is_flag=True, help="Load the seeds and exit without serving.")
@click.option("--with-worker/--no-worker", default=True, show_default=True, help=_with_worker_help)
def demo(
    db_path: Path | None, seeds: Path, port: int, workers: int, load_only: bool, with_worker: bool
) -> None:
    """Run the demo: a SQLite database with the seed articles, served on 127.0.0.1.

    The database is created on first run and reused afterwards; loading the seeds again
    changes nothing. Open the printed URLs in a browser. Sources on this machine or its
    network may be followed (TIMELINE_FETCH_ALLOW_PRIVATE=1 unless set otherwise): the demo
    is one person's, on loopback.
    """
    from timeline import store
    from timeline.sources.addresses import ALLOW_ENV

    os.environ.setdefault(ALLOW_ENV, "1")

    if not load_only:
        ensure_port_free("127.0.0.1", port)
    path = (db_path or demo_database_path()).resolve()
    path.parent.mkdir(parents=True, exist_ok=True)
    url = f"sqlite:///{path}"
    store.init_db(url)
    try:
        click.echo(f"timeline demo: {path}: seeds {load_seeds(seeds)}")
    finally:
        store.database.close()
    if load_only:
        return
    base = f"http://127.0.0.1:{port}"
    click.echo(
        f"  the timeline page  {base}/\n"
        f"  the API            {base}/api/v1/events\n"
        f"  the API docs       {base}/api/v1/docs\n"
        f"Press Ctrl+C to stop."
    )
    with background_worker(url, with_worker):
        run_server({"TIMELINE_DATABASE_URL": url}, "127.0.0.1", port, workers)
