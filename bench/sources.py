"""Benchmark live sources: article pages fetched, extracted, dated, tagged and stored per
second, from a local HTTP server, by 1 and 2 ``timeline worker`` processes.

    .venv/bin/python bench/sources.py --database-url postgresql://postgres@127.0.0.1/bench \
        [--pages 400] [--workers 1 2] [--concurrency 2]

The server is the test suite's fixture site (``tests/sources/fixture_server.py``) on a
loopback port; every page is a distinct generated article (``/gen/N.html``: a title, two
paragraphs with temporal expressions, a JSON-LD date). For each worker count: the database's
``public`` schema is **dropped and recreated** (give it a database of its own), the workers
are started and left idle, ``--pages`` ``ingest_url`` jobs are queued at once, and the clock
runs until the queue is drained. Then it measures the same pages done in this one process on
SQLite (``timeline ingest URL...``'s path, no queue). It prints the figures and asserts
nothing. The per-host pause is off (``TIMELINE_FETCH_HOST_INTERVAL=0``): the site is one
host, and the point is the work per page, not politeness.
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "sources"))

from fixture_server import FixtureServer  # noqa: E402

from tests.conftest import _reset_postgres  # noqa: E402
from timeline import jobs, store  # noqa: E402

ENV = {
    "TIMELINE_FETCH_HOST_INTERVAL": "0",
    "TIMELINE_FETCH_TIMEOUT": "30",
    "TIMELINE_FETCH_ALLOW_PRIVATE": "1",  # the fixture site is on 127.0.0.1
}


def _drained(db, total: int) -> bool:
    row = db.execute_sql(
        "SELECT count(*) FROM procrastinate_jobs WHERE status IN ('succeeded', 'failed')"
    ).fetchone()
    return row[0] >= total


def run_postgres(
    url: str, server: FixtureServer, pages: int, workers: int, offset: int, concurrency: int = 1
) -> float:
    _reset_postgres(url)
    db = store.init_db(url)
    jobs.ensure_queue_schema(url)
    env = dict(os.environ, TIMELINE_DATABASE_URL=url, **ENV)
    command = [
        sys.executable,
        "-m",
        "timeline",
        "worker",
        "--tick",
        "0.2",
        "--concurrency",
        str(concurrency),
    ]
    processes = [
        subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(workers)
    ]
    try:
        time.sleep(3)  # let the workers start and go idle
        urls = [server.url(f"/gen/{offset + n}.html") for n in range(pages)]
        started = time.perf_counter()
        jobs.enqueue_urls(url, urls)
        while not _drained(db, pages):
            time.sleep(0.05)
        elapsed = time.perf_counter() - started
    finally:
        for process in processes:
            process.send_signal(signal.SIGTERM)
        for process in processes:
            try:
                process.wait(20)
            except subprocess.TimeoutExpired:
                process.kill()
    stored = store.Article.select().count()
    db.close()
    if stored != pages:
        print(f"  warning: {stored} articles stored of {pages}", file=sys.stderr)
    return pages / elapsed


def run_sqlite(server: FixtureServer, pages: int, offset: int) -> float:
    os.environ.update(ENV)
    with tempfile.TemporaryDirectory() as directory:
        url = f"sqlite:///{directory}/bench.db"
        store.init_db(url)
        urls = [server.url(f"/gen/{offset + n}.html") for n in range(pages)]
        started = time.perf_counter()
        jobs.ingest_urls(url, urls)
        elapsed = time.perf_counter() - started
        assert store.Article.select().count() == pages
        store.database.close()
    return pages / elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--database-url",
        default=os.environ.get("TIMELINE_BENCH_DATABASE_URL"),
        help="PostgreSQL URL of a database the bench may wipe "
        "(default: $TIMELINE_BENCH_DATABASE_URL); without it only the "
        "SQLite figure is measured",
    )
    parser.add_argument("--pages", type=int, default=400)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument(
        "--concurrency",
        type=int,
        default=2,
        help="jobs at once per worker (timeline worker --concurrency)",
    )
    args = parser.parse_args()
    print(
        f"bench/sources.py: {args.pages} generated article pages from a local server, "
        f"{os.cpu_count()} CPUs"
    )
    with FixtureServer() as server:
        rate = run_sqlite(server, args.pages, 0)
        print(f"  SQLite, in-process (timeline ingest URL...)   {rate:7.1f} pages/s")
        if not args.database_url:
            print("  PostgreSQL workers: skipped (give --database-url)")
            return
        for index, count in enumerate(args.workers, start=1):
            rate = run_postgres(
                args.database_url, server, args.pages, count, index * args.pages, args.concurrency
            )
            print(
                f"  PostgreSQL, {count} timeline worker process(es) x {args.concurrency} "
                f"job(s) at once  {rate:7.1f} pages/s"
            )


if __name__ == "__main__":
    main()
