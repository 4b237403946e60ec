"""Benchmark the served API on a million events, side by side with datasette.

    .venv/bin/python bench/api.py [--events 1000000] [--db PATH] [--duration 5]
                                  [--concurrency 4] [--workers 2] [--rebuild]

1. Builds (or reuses) a SQLite database of ``--events`` synthetic events: 10,000 articles
   over ten years (2015-2024) from eight sources, 100 events each, with spans mixed like real
   ones (mostly days, some parts of days, weeks, months, years, a few decades) and sentences
   drawn from a fixed vocabulary (``random.Random(4)``: the same file every time). Rows are
   bulk-inserted with ``sqlite3`` into the schema of ``timeline db upgrade`` (no tagger; the
   folded words of :func:`timeline.words.words_column` computed as ingestion does), the event
   indexes and the FTS5 table of the word search built after the load (its sync triggers
   dropped during it, then recreated), then ``ANALYZE`` and a WAL checkpoint.
   A database left by an older schema version is rebuilt.
2. Serves it with ``timeline serve --workers N`` and, on another port, with ``datasette -i``
   (immutable: its fastest mode for a read-only file).
3. From separate load processes (``--concurrency`` closed-loop clients, one request at a time
   each, a new connection per request, on loopback), measures requests/s and p50/p99 latency
   for three workloads, first on timeline and then on datasette with the equivalent SQL:

   ``page``    a timeline page: 50 events overlapping a one-month window (a different month
               per request), ``GET /api/v1/events?from=...&to=...&limit=50``; datasette runs
               the SQL the API runs for it (printed).
   ``year``    a month-bucketed year, ``GET /api/v1/timeline?from=Y-01-01&to=Y+1-01-01&unit=month``
               (counts and the first 3 events per month); datasette runs a GROUP BY month count.
   ``search``  a text search, ``GET /api/v1/events?q=WORD&limit=50``; datasette runs the
               same statement (the word search of ``timeline.queries``, the FTS5 candidates
               read inline rather than passed in).

   ``happenings`` the first page of happenings, ``GET /api/v1/happenings?limit=50`` (timeline
               only: the build links the expression-dated events into synthetic happenings
               of one to three events, about 2 each, with places, as grouping would);
   ``important``  the same, most important first (``order=importance``).

It prints the figures and the ratio of throughputs; it asserts nothing. Targets: p99 under
50 ms for the timeline page and the first page of happenings, and at least 1.5x datasette's
throughput on the same query.
"""

from __future__ import annotations

import argparse
import http.client
import multiprocessing
import os
import random
import re
import socket
import sqlite3
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import urlencode

from timeline import queries, store
from timeline.migrations import VERSION_TABLE, latest_version
from timeline.queries import events, search
from timeline.store import span_class
from timeline.words import words_column

BIN = Path(sys.executable).parent

ARTICLES = 10_000
SOURCES = (
    "Kyiv Ledger",
    "Northern Wire",
    "Evening Courier",
    "Danube Post",
    "Baltic Dispatch",
    "Harbour Times",
    "Plains Gazette",
    "Island Herald",
)
WORDS = (
    "officials said troops advanced the city council talks resumed after shelling near "
    "border villages residents reported power outages while negotiators met in the capital "
    "prices rose sharply as farmers harvested wheat and the parliament voted on a budget "
    "rescue teams searched collapsed buildings engineers repaired the bridge ministers "
    "signed an agreement protesters gathered outside the embassy the court ruled on appeal "
    "the company announced layoffs schools reopened hospitals treated wounded civilians "
    "the storm flooded roads airports cancelled flights the election commission counted "
    "ballots"
).split()
SEARCH_WORD = "ceasefire"  # planted in 1 sentence in 200
# (granularity, share, duration)
SPANS = (
    ("day", 0.62, timedelta(days=1)),
    ("partofday", 0.10, timedelta(hours=4)),
    ("hour", 0.03, timedelta(hours=1)),
    ("week", 0.10, timedelta(days=7)),
    ("month", 0.10, timedelta(days=30)),
    ("year", 0.045, timedelta(days=365)),
    ("decade", 0.005, timedelta(days=3652)),
)
EPOCH = datetime(2015, 1, 1, tzinfo=UTC)
YEARS = 10


def _stamp(moment: datetime) -> str:
    """How :class:`timeline.store.UTCDateTimeField` stores ``moment`` in SQLite."""
    return store.db_time(moment, postgres=False)


def build(path: Path, events: int) -> None:
    """Create the schema with the store's migrations, then bulk-load synthetic rows."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    store.init_db(f"sqlite:///{path}")
    store.database.close()
    rng = random.Random(4)
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=wal")
    con.execute("PRAGMA synchronous=off")
    indexes = con.execute(
        "SELECT name, sql FROM sqlite_master WHERE type='index' "
        "AND tbl_name IN ('event', 'mention', 'happening', 'happening_event', "
        "'happening_place') AND sql IS NOT NULL"
    ).fetchall()
    con.execute("DELETE FROM happening_pending")
    for name, _ in indexes:
        con.execute(f'DROP INDEX "{name}"')
    # The text search's FTS5 tables are kept in sync by triggers, row by row; a bulk load
    # indexes everything at once afterwards instead.
    triggers = con.execute("SELECT name, sql FROM sqlite_master WHERE type='trigger'").fetchall()
    for name, _ in triggers:
        con.execute(f'DROP TRIGGER "{name}"')
    fts_tables = [
        name
        for (name,) in con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND sql LIKE 'CREATE VIRTUAL TABLE%'"
        )
    ]
    per_article = max(1, events // ARTICLES)
    span_total = sum(share for _, share, _ in SPANS)
    cumulative, acc = [], 0.0
    for granularity, share, duration in SPANS:
        acc += share / span_total
        cumulative.append((acc, granularity, duration))
    seconds = YEARS * 365 * 86400
    event_id = mention_id = 0
    with con:
        for article_id in range(1, ARTICLES + 1):
            published = EPOCH + timedelta(seconds=rng.randrange(seconds))
            source = SOURCES[article_id % len(SOURCES)]
            title = " ".join(rng.choices(WORDS, k=7)).capitalize()
            con.execute(
                "INSERT INTO article (id, title, body, published_at, utc_offset_minutes, "
                "published_has_time, source, url, language, content_hash, ingested_at, words) "
                "VALUES (?, ?, ?, ?, 0, 1, ?, ?, 'en', ?, ?, ?)",
                (
                    article_id,
                    title,
                    title + ".",
                    _stamp(published),
                    source,
                    f"https://example.org/{article_id}",
                    f"{article_id:064x}",
                    _stamp(published),
                    words_column(title, title + "."),
                ),
            )
            mentions, rows = [], []
            for _ in range(
                per_article if article_id < ARTICLES else events - per_article * (ARTICLES - 1)
            ):
                event_id += 1
                roll = rng.random()
                granularity, duration = next((g, d) for c, g, d in cumulative if roll <= c)
                start = EPOCH + timedelta(seconds=rng.randrange(seconds))
                if granularity in ("day", "week", "month", "year", "decade"):
                    start = start.replace(hour=0, minute=0, second=0)
                end = start + duration
                words = rng.choices(WORDS, k=12)
                if rng.random() < 0.005:
                    words[rng.randrange(12)] = SEARCH_WORD
                text = " ".join(words).capitalize() + "."
                mention = None
                if rng.random() < 0.8:
                    mention_id += 1
                    mention = mention_id
                    mentions.append(
                        (
                            mention_id,
                            article_id,
                            0,
                            5,
                            "March",
                            "DATE",
                            start.strftime("%Y-%m-%d"),
                            _stamp(start),
                            _stamp(end),
                            granularity,
                            "bench",
                        )
                    )
                rows.append(
                    (
                        event_id,
                        article_id,
                        mention,
                        text,
                        0,
                        len(text),
                        _stamp(start),
                        _stamp(end),
                        granularity,
                        "expression" if mention else "publication",
                        "past",
                        span_class(start, end),
                        words_column(text, title),
                    )
                )
            con.executemany(
                'INSERT INTO mention (id, article_id, start, "end", text, type, value, '
                "interval_start, interval_end, granularity, rule) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                mentions,
            )
            con.executemany(
                "INSERT INTO event (id, article_id, mention_id, text, sentence_start, "
                'sentence_end, start, "end", granularity, basis, tense, span_class, words) '
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
            _happenings(con, rng, [row for row in rows if row[9] == "expression"])
    for _, sql in indexes:
        con.execute(sql)
    for name in fts_tables:
        con.execute(f'INSERT INTO "{name}" ("{name}") VALUES (\'rebuild\')')
    for _, sql in triggers:
        con.execute(sql)
    con.commit()
    con.execute("ANALYZE")
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()


#: Places given to the synthetic happenings (gazetteer ids and their JSON).
PLACES = (
    ("geonames:703448", {"name": "Kyiv", "country": "UA", "lat": 50.45466, "lon": 30.5238}),
    ("geonames:706483", {"name": "Kharkiv", "country": "UA", "lat": 49.98081, "lon": 36.25272}),
    ("geonames:698740", {"name": "Odesa", "country": "UA", "lat": 46.48572, "lon": 30.74383}),
)


def _happenings(con: sqlite3.Connection, rng: random.Random, rows: list[tuple]) -> None:
    """Synthetic happenings over an article's expression-dated events: runs of one to three of
    them (about 2 events each, as grouping makes of a real corpus), each happening taking its
    first event's interval, a random importance and a place, linked as grouping links them."""
    import json

    index = 0
    while index < len(rows):
        size = rng.choice((1, 2, 3))
        members = rows[index : index + size]
        index += size
        first = members[0]
        place_id, place = rng.choice(PLACES)
        cursor = con.execute(
            'INSERT INTO happening ("start", "end", granularity, span_class, '
            "utc_offset_minutes, title, title_event_id, importance, why, places, names) "
            "VALUES (?, ?, ?, ?, 0, ?, ?, ?, 'synthetic', ?, '[]')",
            (
                first[6],
                first[7],
                first[8],
                first[11],
                first[3],
                first[0],
                round(rng.random() * 10, 3),
                json.dumps([place]),
            ),
        )
        happening_id = cursor.lastrowid
        con.executemany(
            "INSERT INTO happening_event (event_id, happening_id, terms, places) "
            "VALUES (?, ?, '', ?)",
            [(m[0], happening_id, place_id) for m in members],
        )
        con.execute(
            "INSERT INTO happening_place (happening_id, place_id) VALUES (?, ?)",
            (happening_id, place_id),
        )


def count_events(path: Path) -> int:
    """The events in the database at ``path``; -1 if there is none of the latest schema."""
    try:
        con = sqlite3.connect(path)
        try:
            version = con.execute(f"SELECT max(version) FROM {VERSION_TABLE}").fetchone()[0]
            if version != latest_version():
                return -1
            return con.execute("SELECT count(*) FROM event").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error:
        return -1


# --- the workloads --------------------------------------------------------------------------


def month_windows(n: int) -> list[tuple[datetime, datetime]]:
    """``n`` one-month windows spread over the ten years (the same list for both servers)."""
    rng = random.Random(7)
    windows = []
    for _ in range(n):
        year, month = 2015 + rng.randrange(YEARS), 1 + rng.randrange(12)
        start = datetime(year, month, 1, tzinfo=UTC)
        end = datetime(year + (month == 12), month % 12 + 1, 1, tzinfo=UTC)
        windows.append((start, end))
    return windows


def _iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


#: Workloads served by timeline only (datasette has no happenings).
TIMELINE_ONLY = ("happenings", "important")


def api_paths(workload: str) -> list[str]:
    if workload == "happenings":
        return ["/api/v1/happenings?limit=50"]
    if workload == "important":
        return ["/api/v1/happenings?order=importance&limit=50"]
    if workload == "page":
        return [
            f"/api/v1/events?{urlencode({'from': _iso(a), 'to': _iso(b), 'limit': 50})}"
            for a, b in month_windows(200)
        ]
    if workload == "year":
        return [
            f"/api/v1/timeline?from={y}-01-01&to={y + 1}-01-01&unit=month"
            for y in range(2015, 2015 + YEARS)
        ]
    return [f"/api/v1/events?{urlencode({'q': SEARCH_WORD, 'limit': 50})}"]


def page_sql(flt: queries.EventFilter) -> tuple[str, list]:
    """One statement equivalent to what :func:`timeline.queries.list_events` runs for a first
    page of 50 (it runs the inner statement, merges the keys, then loads the rows)."""
    keys, params = queries.keys_statement(flt, 51)
    sql = (
        f"{events.EVENT_SELECT} "
        f'WHERE e.id IN (SELECT id FROM ({keys}) AS k ORDER BY "start", "end", id LIMIT 51) '
        'ORDER BY e."start", e."end", e.id'
    )
    return sql, params


def month_filter(start: datetime, end: datetime) -> queries.EventFilter:
    return queries.EventFilter(start=start, end=end)


def search_filter() -> queries.EventFilter:
    return queries.EventFilter(q=SEARCH_WORD)


YEAR_SQL = (
    'SELECT substr("start", 1, 7) AS month, count(*) AS n FROM event '
    'WHERE "start" >= :p0 AND "start" < :p1 GROUP BY month ORDER BY month'
)


def _named(sql: str, params: list) -> tuple[str, dict]:
    """peewee's ``?`` placeholders as datasette's ``:pN`` named parameters."""
    names = iter(range(len(params)))
    named = re.sub(r"\?", lambda _: f":p{next(names)}", sql)
    return named, {f"p{i}": p for i, p in enumerate(params)}


def datasette_paths(workload: str, database: str) -> list[str]:
    def path(sql: str, params: dict) -> str:
        return f"/{database}.json?" + urlencode({"sql": sql, "_shape": "array", **params})

    if workload == "page":
        return [path(*_named(*page_sql(month_filter(a, b)))) for a, b in month_windows(200)]
    if workload == "year":
        return [
            path(YEAR_SQL, {"p0": f"{y}-01-01", "p1": f"{y + 1}-01-01"})
            for y in range(2015, 2015 + YEARS)
        ]
    return [path(*_named(*search_sql()))]


def search_sql() -> tuple[str, list]:
    """What the API runs for a search, as one statement: it reads the candidates from the
    FTS5 table first and passes them as a JSON array (see ``timeline.queries.events._search_plan``);
    datasette reads them in the statement itself (a URL carrying thousands of ids would be
    refused)."""
    sql, params = page_sql(search_filter())
    if "json_each" not in sql:  # a search common enough for the scan: nothing to inline
        return sql, params
    sql = sql.replace(
        "SELECT value FROM json_each(?)",
        "SELECT rowid FROM event_words_fts WHERE event_words_fts MATCH ?",
        1,
    )
    match = search.fts_query(search.parse(SEARCH_WORD))
    return sql, [match, *params[1:]]


# --- load generation ------------------------------------------------------------------------


def _get(port: int, path: str) -> int:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        conn.request("GET", path)
        response = conn.getresponse()
        response.read()
        return response.status
    finally:
        conn.close()


def _client(port: int, paths: list[str], duration: float, offset: int, out) -> None:
    """One closed-loop client: request after request until ``duration`` is up."""
    latencies, errors = [], 0
    deadline = time.perf_counter() + duration
    i = offset
    while time.perf_counter() < deadline:
        path = paths[i % len(paths)]
        i += 1
        began = time.perf_counter()
        if _get(port, path) != 200:
            errors += 1
        latencies.append(time.perf_counter() - began)
    out.put((latencies, errors))


def load(port: int, paths: list[str], duration: float, concurrency: int) -> dict:
    for path in paths[:3]:  # warm up: page cache, each worker's first request
        _get(port, path)
    queue: multiprocessing.Queue = multiprocessing.Queue()
    procs = [
        multiprocessing.Process(target=_client, args=(port, paths, duration, i * 7, queue))
        for i in range(concurrency)
    ]
    began = time.perf_counter()
    for proc in procs:
        proc.start()
    results = [queue.get() for _ in procs]
    elapsed = time.perf_counter() - began
    for proc in procs:
        proc.join()
    latencies = sorted(x for lat, _ in results for x in lat)
    errors = sum(e for _, e in results)
    return {
        "requests": len(latencies),
        "errors": errors,
        "rps": len(latencies) / elapsed,
        "p50": statistics.median(latencies) * 1000,
        "p99": latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))] * 1000,
    }


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_up(port: int, path: str, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited with {process.returncode}")
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            conn.request("GET", path)
            if conn.getresponse().status == 200:
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError("server did not come up")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, default=Path("/tmp/timeline-bench-api.db"))
    parser.add_argument("--rebuild", action="store_true", help="build even if --db exists")
    parser.add_argument("--duration", type=float, default=5.0, help="seconds per measurement")
    parser.add_argument("--concurrency", type=int, default=4, help="load processes")
    parser.add_argument("--workers", type=int, default=2, help="timeline serve workers")
    args = parser.parse_args()
    if not (BIN / "datasette").exists():
        sys.exit(
            f"{BIN / 'datasette'} is missing: the comparison needs the bench extra "
            "(`make bench`, or `.venv/bin/pip install -e '.[bench]'`)"
        )

    if args.rebuild or count_events(args.db) != args.events:
        began = time.perf_counter()
        build(args.db, args.events)
        print(
            f"built {args.db}: {args.events:,} events, {ARTICLES:,} articles in "
            f"{time.perf_counter() - began:.1f} s ({args.db.stat().st_size / 1e6:.0f} MB)"
        )
    else:
        print(f"reusing {args.db} ({args.events:,} events)")
    store.init_db(f"sqlite:///{args.db}", migrate=False)

    sql, params = page_sql(month_filter(*month_windows(1)[0]))
    print(
        "\nSQL of a timeline page (run by the API, and by datasette for 'page'):\n"
        f"  {sql}\n  params {[str(p) for p in params]}\n"
    )

    env = {**os.environ, "TIMELINE_DATABASE_URL": f"sqlite:///{args.db}"}
    timeline_port, datasette_port = free_port(), free_port()
    servers = {
        "timeline": subprocess.Popen(
            [
                str(BIN / "timeline"),
                "serve",
                "--port",
                str(timeline_port),
                "--workers",
                str(args.workers),
            ],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        ),
        "datasette": subprocess.Popen(
            [
                str(BIN / "datasette"),
                "serve",
                "-i",
                str(args.db),
                "--port",
                str(datasette_port),
                "--setting",
                "sql_time_limit_ms",
                "20000",
                "--setting",
                "num_sql_threads",
                "3",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        ),
    }
    database = args.db.stem
    try:
        wait_until_up(timeline_port, "/api/v1/health", servers["timeline"])
        wait_until_up(datasette_port, "/-/versions.json", servers["datasette"])
        load1, load5, _ = os.getloadavg()
        print(
            f"{args.concurrency} clients, {args.duration:.0f} s per run, "
            f"timeline serve --workers {args.workers}, datasette -i; {os.cpu_count()} CPUs, "
            f"load average {load1:.1f} (1 min) {load5:.1f} (5 min) before the runs\n"
        )
        print(
            f"{'workload':10} {'server':10} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7}"
        )
        for workload in ("page", "year", "search", *TIMELINE_ONLY):
            figures = {}
            for name, port, paths in (
                ("timeline", timeline_port, api_paths(workload)),
                ("datasette", datasette_port, datasette_paths(workload, database)),
            ):
                if name == "datasette" and workload in TIMELINE_ONLY:
                    continue
                figures[name] = load(port, paths, args.duration, args.concurrency)
                f = figures[name]
                print(
                    f"{workload:10} {name:10} {f['rps']:8.1f} {f['p50']:8.1f} "
                    f"{f['p99']:8.1f} {f['errors']:7d}",
                    flush=True,
                )
            if "datasette" in figures:
                ratio = figures["timeline"]["rps"] / figures["datasette"]["rps"]
                print(f"{'':10} {'ratio':10} {ratio:8.2f}x\n", flush=True)
    finally:
        for process in servers.values():
            process.terminate()
            process.wait(timeout=10)


if __name__ == "__main__":
    main()
