"""Readers and writers at once: ingesting processes and reading threads against one
``timeline serve``, on SQLite or PostgreSQL (issue 12).

    .venv/bin/python bench/concurrency.py [--database-url URL] [--writers 4] [--readers 8]
                                          [--articles 40] [--shared 10]

It starts ``timeline serve`` (2 gunicorn workers) over the database (a fresh SQLite file by
default; a PostgreSQL URL has its ``public`` schema DROPPED and recreated: use a throw-away
database), then at once

- ``--writers`` processes each run ``timeline ingest`` on their own JSONL file: ``--articles``
  articles with URLs of their own, then ``--shared`` articles on URLs every writer uses, each
  writer with its own body (same-URL updates racing each other);
- ``--readers`` threads read ``/events`` (following cursors), ``/articles`` and ``/timeline``
  until the writers are done, counting every answer that is not 200.

It prints the requests made, reader errors, and what is stored, and checks that nothing was
lost or duplicated: one article per URL (``writers * articles + shared``), each shared URL
holding one writer's version whole (its body and its events). It exits 1 if any check fails.
``tests/test_concurrency.py`` runs it small on both databases.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
from serving import reset_postgres_schema, serving, timeline_command  # noqa: E402

READS = (
    "/api/v1/events?limit=20",
    "/api/v1/articles?limit=20",
    "/api/v1/timeline?from=2022-04-01&to=2022-06-01&unit=week",
    "/api/v1/events?from=2022-05-01&to=2022-05-20&limit=5",
    "/api/v1/events?q=talks",
)


def _article(writer: int, index: int, shared: bool) -> dict:
    day = 1 + (index % 27)
    url = f"https://shared.example/{index}" if shared else f"https://w{writer}.example/{index}"
    return {
        "title": f"{'Shared' if shared else 'Own'} story {index} by writer {writer}",
        "body": (
            f"Talks resumed on May {day}, 2022, writer {writer} reported. Two days "
            f"later the convoy left. Officials met late Wednesday."
        ),
        "published_at": f"2022-05-{day:02d}T09:30:00+03:00",
        "url": url,
        "source": f"Writer {writer}",
    }


def _get(url: str) -> tuple[int, dict]:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        with error:
            return error.code, {}


def run(
    database_url: str | None, writers: int, readers: int, articles: int, shared: int, workdir: Path
) -> dict:
    """Run the experiment; the figures and the problems found."""
    url = database_url or f"sqlite:///{workdir / 'concurrency.db'}"
    reset_postgres_schema(url)
    env = {
        **os.environ,
        "TIMELINE_DATABASE_URL": url,
        "TIMELINE_API_KEYS": "",
        "TIMELINE_RATE_LIMIT_WRITES": "",
    }
    subprocess.run([*timeline_command(), "db", "upgrade"], env=env, check=True, capture_output=True)
    files = []
    for writer in range(writers):
        path = workdir / f"writer{writer}.jsonl"
        records = [_article(writer, i, False) for i in range(articles)]
        records += [_article(writer, i, True) for i in range(shared)]
        path.write_text("".join(json.dumps(r) + "\n" for r in records))
        files.append(path)
    counts = {"requests": 0, "errors": 0}
    problems: list[str] = []
    lock = threading.Lock()
    done = threading.Event()

    with serving(["--workers", "2"], env, workdir / "server.log") as base:

        def read(number: int) -> None:
            index = number
            while not done.is_set():
                path = READS[index % len(READS)]
                index += 1
                status, body = _get(base + path)
                cursor = body.get("next_cursor") if status == 200 else None
                with lock:
                    counts["requests"] += 1
                    if status != 200:
                        counts["errors"] += 1
                        problems.append(f"reader: {path} answered {status}")
                if cursor and "/events" in path:
                    status, _ = _get(f"{base}{path}&cursor={cursor}")
                    with lock:
                        counts["requests"] += 1
                        if status != 200:
                            counts["errors"] += 1
                            problems.append(f"reader: {path} (next page) answered {status}")

        threads = [threading.Thread(target=read, args=(n,)) for n in range(readers)]
        started = time.perf_counter()
        for thread in threads:
            thread.start()
        processes = [
            subprocess.Popen(
                [*timeline_command(), "ingest", "--no-progress", str(path)],
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
            )
            for path in files
        ]
        for process in processes:
            output = process.communicate(timeout=900)[0].decode()
            if process.returncode != 0:
                problems.append(f"writer failed ({process.returncode}): {output}")
        elapsed = time.perf_counter() - started
        done.set()
        for thread in threads:
            thread.join()

    from timeline import store

    store.init_db(url, migrate=False)
    rows = list(store.Article.select(store.Article.id, store.Article.url, store.Article.body))
    expected = writers * articles + shared
    by_url: dict[str, int] = {}
    for row in rows:
        by_url[row.url] = by_url.get(row.url, 0) + 1
    duplicated = sum(n - 1 for n in by_url.values() if n > 1)
    lost = expected - len(by_url)
    if duplicated or lost or len(rows) != expected:
        problems.append(
            f"stored {len(rows)} articles on {len(by_url)} URLs, expected "
            f"{expected}: {lost} lost, {duplicated} duplicated"
        )
    for row in rows:  # every article whole: its events are there and are its own
        events = store.Event.select().where(store.Event.article == row.id).count()
        if events == 0:
            problems.append(f"article {row.id} ({row.url}) has no events")
    store.database.close()
    return {
        "database": "postgresql" if url.startswith("postgresql") else "sqlite",
        "writers": writers,
        "readers": readers,
        "seconds": round(elapsed, 1),
        "requests": counts["requests"],
        "reader_errors": counts["errors"],
        "articles": len(rows),
        "expected": expected,
        "problems": problems,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--database-url",
        default=None,
        help="PostgreSQL URL (its public schema is dropped!); default SQLite",
    )
    parser.add_argument("--writers", type=int, default=4)
    parser.add_argument("--readers", type=int, default=8)
    parser.add_argument("--articles", type=int, default=40, help="own URLs per writer")
    parser.add_argument("--shared", type=int, default=10, help="URLs every writer updates")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        result = run(
            args.database_url, args.writers, args.readers, args.articles, args.shared, Path(scratch)
        )
    for problem in result["problems"][:20]:
        print("PROBLEM:", problem)
    print(json.dumps({k: v for k, v in result.items() if k != "problems"}))
    sys.exit(1 if result["problems"] else 0)


if __name__ == "__main__":
    main()
