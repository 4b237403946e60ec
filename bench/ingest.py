"""Benchmark ingestion: generated news articles into SQLite and PostgreSQL.

    .venv/bin/python bench/ingest.py [-n 1000] [--sizes 250,1000,4000]
                                     [--pg-url URL | --no-pg] [--tracemalloc] [--workers W]

For each database (a fresh SQLite file; PostgreSQL at ``--pg-url``, default
``$TIMELINE_BENCH_DATABASE_URL`` or ``postgresql://postgres@127.0.0.1:5432/timeline_bench``,
whose ``public`` schema is DROPPED and recreated: point it at a throwaway database) and each N
in ``--sizes`` (plus ``-n``), a child process

1. writes N generated articles to a JSONL file (not timed): ~600 words of news prose each,
   deterministic (``random.Random(seed)``), rich in the temporal expressions the tagger
   handles ("late Wednesday", "since April", "two days ago", "the next day", "7 a.m.") and in
   sentences with none, published over spring 2022 with several UTC offsets;
2. ingests that file with :func:`timeline.ingest.ingest_paths` (the code ``timeline ingest``
   runs: streaming reader, real tagger, one transaction per article) and times it;
3. groups the stored reports into happenings right after (:func:`group_pending`, what
   ``timeline ingest`` does once the files are stored), timed on its own: ``group s`` (wall
   clock), the happenings made, ``group CPU-s`` (its CPU time) and ``+group /CPU-s``, articles
   per CPU-second of ingest and grouping together (the figure of the 100 articles/s per core
   target);
4. reports articles/s (wall clock), articles per CPU-second of this process (what one core
   sustains even on a busy machine; the database server's own CPU is not in it for
   PostgreSQL), events/s, and peak memory: the process's peak RSS
   (``resource.getrusage``) and its growth during ingestion, and with ``--tracemalloc`` the
   peak of Python allocations during ingestion (slower: run it for memory, not speed).

``--workers W`` runs ``timeline ingest --workers W``: tagging in W worker processes, storing
in this one; "per CPU-s" then counts the workers' CPU too, and peak RSS stays this process's.

Each N runs in its own process so that peak RSS belongs to that N alone; flat memory shows as
the same peak for every N. ``--words`` changes the article length: short ones let
``-n 100000 --sizes 10000 --words 40 --no-pg`` show flat memory at 100,000 articles in
minutes. A PostgreSQL server that cannot be reached is skipped with a message.

``--overlap M`` instead checks the indexes of docs/storage.md: it bulk-loads M synthetic events
(no tagging; spans mixed like real ones: mostly days, some hours, weeks, months, quarters and
years) spread over ten years, and times the timeline query, "events overlapping [from, to)
ordered by start, end, id", for one-week windows early, in the middle and late in that history:
a first page (50 events) and the whole window, through :func:`timeline.queries.list_events`
(what the API serves: one ordered range per span class, merged) and with the bare
``start < to AND end > from``. The times
include fetching the rows into Python (the API's full event rows for list_events).

It prints figures and asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

DEFAULT_PG = "postgresql://postgres@127.0.0.1:5432/timeline_bench"

PLACES = (
    "Kharkiv",
    "Izyum",
    "Severodonetsk",
    "Lysychansk",
    "Kramatorsk",
    "Sloviansk",
    "Mariupol",
    "Zaporizhzhia",
    "Dnipro",
    "Kyiv",
    "Odesa",
    "Mykolaiv",
    "Bakhmut",
)
ACTORS = (
    "The regional governor",
    "Ukraine's General Staff",
    "A military spokesman",
    "The mayor",
    "Local officials",
    "Witnesses",
    "Aid workers",
    "The defense ministry",
    "A senior U.S. official",
    "Dr. Olena Kovalenko, a surgeon,",
    "Police",
    "The U.N. refugee agency",
    "Residents",
    "Engineers from the power company",
)
PAST = ("said", "reported", "confirmed", "announced", "told reporters", "wrote")
EVENTS = (
    "shelling hit residential blocks in {place}",
    "troops pushed Russian forces back from villages north of {place}",
    "a bridge near {place} was destroyed",
    "evacuation buses left {place} with about 300 people",
    "power was restored to parts of {place}",
    "a humanitarian convoy reached {place}",
    "air-raid sirens sounded across {place}",
    "fighting intensified on the outskirts of {place}",
    "a fuel depot in {place} was struck by missiles",
    "schools in {place} moved classes online",
)
PAST_TIMES = (
    "late Wednesday",
    "on Tuesday",
    "yesterday",
    "early Monday",
    "two days ago",
    "last week",
    "on May 3",
    "on April 28",
    "this morning",
    "at 7 a.m. Thursday",
    "the past day",
    "earlier this month",
    "in mid-March",
    "on Feb. 24",
    "at the beginning of April",
    "last weekend",
    "three weeks ago",
    "in 2014",
    "on Friday night",
    "the day before yesterday",
)
FUTURE_TIMES = (
    "next week",
    "on Monday",
    "tomorrow",
    "by the end of the month",
    "this weekend",
    "in two weeks",
    "later this year",
    "on June 1",
)
VAGUE = ("for weeks", "recently", "now", "for several months", "every night", "in recent days")
FILLER = (
    "The claim could not be independently verified.",
    "Officials did not give casualty figures.",
    "Many residents have sheltered in basements and metro stations.",
    "Prices of bread and fuel have risen sharply, shopkeepers said.",
    "Volunteers distributed water, medicine and warm clothes to the elderly.",
    "The front line runs through farmland, forest and small industrial towns.",
    "Analysts say control of the river crossings is crucial for both sides.",
    "Russia's defense ministry gave a different account of the fighting.",
    "Dozens of cars lined up at the checkpoint on the road west.",
    "Children's drawings still hung in the windows of the damaged school.",
)
OFFSETS = (timedelta(hours=3), timedelta(0), timedelta(hours=-4), timedelta(hours=2))


def make_article(index: int, seed: int = 2022, words: int = 600) -> dict:
    """The ``index``-th generated article: about ``words`` words, the same for the same
    arguments."""
    rng = random.Random(seed * 1_000_003 + index)
    offset = rng.choice(OFFSETS)
    published = datetime(2022, 4, 1, tzinfo=timezone(offset)) + timedelta(
        minutes=rng.randrange(0, 70 * 24 * 60)
    )
    place = rng.choice(PLACES)
    sentences: list[str] = []
    count = 0
    while count < words:
        kind = rng.random()
        other = rng.choice(PLACES)
        event = rng.choice(EVENTS).format(place=other)
        if kind < 0.45:
            sentence = (
                f"{rng.choice(ACTORS)} {rng.choice(PAST)} that {event} {rng.choice(PAST_TIMES)}."
            )
        elif kind < 0.55:
            sentence = (
                f"Talks on the evacuation of {other} will resume "
                f"{rng.choice(FUTURE_TIMES)}, {_mid_sentence(rng.choice(ACTORS))} said."
            )
        elif kind < 0.62:
            sentence = f"Since April, {event}, and the pressure has not eased."
        elif kind < 0.68:
            sentence = f"The next day, {event}."
        elif kind < 0.78:
            sentence = f"{rng.choice(ACTORS)} {rng.choice(PAST)} {event} {rng.choice(VAGUE)}."
        else:
            sentence = rng.choice(FILLER)
        sentences.append(sentence)
        count += len(sentence.split())
    paragraphs = [" ".join(sentences[i : i + 4]) for i in range(0, len(sentences), 4)]
    return {
        "title": f"Fighting near {place}: day {index}",
        "body": "\n\n".join(paragraphs),
        "published_at": published.isoformat(),
        "url": f"https://bench.example/{seed}/{index}",
        "source": rng.choice(("Kyiv Wire", "Eastern Dispatch", "Donbas Daily", "Field Report")),
        "language": "en",
    }


def _mid_sentence(actor: str) -> str:
    """``actor`` inside a sentence: "The mayor" becomes "the mayor", names stay capitalised."""
    return actor[0].lower() + actor[1:] if actor.startswith(("The ", "A ")) else actor


def _peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    return peak / 1024


def _prepare(target: str, url: str, workdir: Path) -> str:
    if target == "sqlite":
        return f"sqlite:///{workdir / 'bench.db'}"
    from playhouse.db_url import connect

    db = connect(url)
    db.connect()
    db.execute_sql("DROP SCHEMA IF EXISTS public CASCADE")
    db.execute_sql("CREATE SCHEMA public")
    db.close()
    return url


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def child(target: str, n: int, url: str, trace: bool, words: int, workers: int = 0) -> dict:
    """Generate, ingest and measure in this process; return the figures."""
    from timeline import store
    from timeline.ingest import ingest_paths

    with tempfile.TemporaryDirectory(prefix="timeline-bench-") as tmp:
        workdir = Path(tmp)
        source = workdir / "articles.jsonl"
        with open(source, "w", encoding="utf-8") as out:
            for i in range(n):
                out.write(json.dumps(make_article(i, words=words)) + "\n")
        sample = sum(len(make_article(i, words=words)["body"].split()) for i in range(min(n, 50)))
        database_url = _prepare(target, url, workdir)
        store.init_db(database_url)
        # Warm up the tagger's lazy resources outside the timed region.
        from timeline.extraction import extract

        extract("It happened late Wednesday.", datetime(2022, 5, 14, tzinfo=UTC))
        rss_before = _peak_rss_mb()
        if trace:
            import tracemalloc

            tracemalloc.start()
        started = time.perf_counter()
        cpu_started = time.process_time() + _children_cpu()
        summary = ingest_paths([source], workers=workers, group=False)
        elapsed = time.perf_counter() - started
        cpu = time.process_time() + _children_cpu() - cpu_started  # workers' CPU included
        # Grouping into happenings runs right after the ingest (what `timeline ingest` does),
        # timed on its own: the first call also imports scikit-learn and builds the gazetteer.
        from timeline.happenings.grouping import group_pending

        group_started, group_cpu_started = time.perf_counter(), time.process_time()
        grouped = group_pending()
        group_elapsed = time.perf_counter() - group_started
        group_cpu = time.process_time() - group_cpu_started
        traced = None
        if trace:
            import tracemalloc

            traced = tracemalloc.get_traced_memory()[1] / 2**20
            tracemalloc.stop()
        store.database.close()
        return {
            "target": target,
            "n": n,
            "ingested": summary.ingested,
            "failed": summary.failed,
            "events": summary.events,
            "seconds": elapsed,
            "articles_per_s": summary.ingested / elapsed,
            "articles_per_cpu_s": summary.ingested / cpu,
            "group_seconds": group_elapsed,
            "group_cpu_seconds": group_cpu,
            "ingest_cpu_seconds": cpu,
            "happenings": grouped.happenings,
            "with_grouping_per_cpu_s": summary.ingested / (cpu + group_cpu),
            "events_per_s": summary.events / elapsed,
            "words_per_article": sample / min(n, 50),
            "peak_rss_mb": _peak_rss_mb(),
            "rss_growth_mb": _peak_rss_mb() - rss_before,
            "tracemalloc_peak_mb": traced,
        }


def _pg_reachable(url: str) -> str | None:
    """None if PostgreSQL at ``url`` answers (creating its database if missing), else why."""
    import psycopg2
    from playhouse.db_url import parse

    params = parse(url)
    try:
        psycopg2.connect(url).close()
        return None
    except psycopg2.OperationalError as error:
        if "does not exist" not in str(error):
            return str(error).strip()
    try:
        admin = psycopg2.connect(url.rsplit("/", 1)[0] + "/postgres")
        admin.autocommit = True
        admin.cursor().execute(f'CREATE DATABASE "{params["database"]}"')
        admin.close()
        return None
    except psycopg2.Error as error:
        return str(error).strip()


SPAN_MIX = (
    (0.70, timedelta(days=1)),
    (0.08, timedelta(hours=1)),
    (0.08, timedelta(days=7)),
    (0.07, timedelta(days=30)),
    (0.04, timedelta(days=91)),
    (0.03, timedelta(days=365)),
)


def overlap(target: str, url: str, events: int) -> None:
    """Load ``events`` synthetic events and time window queries (see the module docstring)."""
    import peewee as pw

    from timeline import store
    from timeline.queries import EventFilter, iter_events, list_events
    from timeline.store import Article, Event, span_class

    with tempfile.TemporaryDirectory(prefix="timeline-overlap-") as tmp:
        store.init_db(_prepare(target, url, Path(tmp)))
        origin = datetime(2015, 1, 1, tzinfo=UTC)
        history = timedelta(days=3652)
        with store.write_transaction():
            article = Article.create(
                title="t", body="b", published_at=origin, content_hash="overlap", ingested_at=origin
            )
        rng = random.Random(7)
        started = time.perf_counter()
        batch = []
        for i in range(events):
            start = origin + timedelta(seconds=rng.randrange(int(history.total_seconds())))
            draw, span = rng.random(), SPAN_MIX[-1][1]
            for share, length in SPAN_MIX:
                if draw < share:
                    span = length
                    break
                draw -= share
            batch.append(
                (
                    article.id,
                    None,
                    "s",
                    0,
                    1,
                    start,
                    start + span,
                    "day",
                    "expression",
                    "past",
                    span_class(start, start + span),
                    " s | t ",
                )
            )
            if len(batch) == 5000 or i == events - 1:
                with store.write_transaction():
                    from timeline.ingest.writer import _EVENT_FIELDS, _insert_rows

                    _insert_rows(Event, _EVENT_FIELDS, batch)
                batch = []
        if target == "sqlite":
            store.database.execute_sql("ANALYZE")
        else:
            store.database.execute_sql("ANALYZE event")
        print(f"{target}: loaded {events:,} events in {time.perf_counter() - started:.0f} s")
        print(
            f"  {'window (1 week)':<18} {'query':<27} {'first page ms':>14} "
            f"{'whole window ms':>16} {'events':>7}"
        )
        order = (Event.start, Event.end, Event.id)
        base = Event.select(Event.id, Event.start, Event.end)

        def single(condition):
            def run(limit):
                query = base.where(condition).order_by(*order)
                return list((query.limit(limit) if limit else query).tuples())

            return run

        for label, fraction in (("early", 0.05), ("middle", 0.5), ("late", 0.95)):
            lo = origin + history * fraction
            hi = lo + timedelta(days=7)
            flt = EventFilter(start=lo, end=hi)
            variants = (
                (
                    "queries.list_events",
                    lambda limit, flt=flt: (
                        list_events(flt, limit=limit).items if limit else list(iter_events(flt))
                    ),
                ),
                ("WHERE start<to AND end>from", single((Event.start < hi) & (Event.end > lo))),
            )
            for name, run in variants:
                timings = []
                for limit in (50, None):
                    best = float("inf")
                    for _ in range(3):
                        t0 = time.perf_counter()
                        rows = run(limit)
                        best = min(best, time.perf_counter() - t0)
                    timings.append(best * 1000)
                print(
                    f"  {label + ' ' + lo.date().isoformat():<18} {name:<27} "
                    f"{timings[0]:>14.1f} {timings[1]:>16.1f} {len(rows):>7}"
                )
        if isinstance(store.database.obj, pw.PostgresqlDatabase):
            store.database.execute_sql("DROP SCHEMA public CASCADE; CREATE SCHEMA public")
        store.database.close()


def breakdown(count: int, words: int) -> None:
    """Where an article's time goes, in CPU milliseconds per article (``--breakdown M``)."""
    from timeline import store, temporal
    from timeline.extraction import extract
    from timeline.ingest import parse_article
    from timeline.ingest.writer import _store

    articles = [parse_article(make_article(i, words=words)) for i in range(count)]
    extract("It happened late Wednesday.", datetime(2022, 5, 14, tzinfo=UTC))  # warm up

    def cpu_ms(action) -> float:
        began = time.process_time()
        action()
        return (time.process_time() - began) * 1000 / count

    print(f"{count} generated articles of ~{words} words; CPU ms per article")
    tagging = cpu_ms(lambda: [temporal.tag(a.body, a.reference) for a in articles])
    print(f"  {'tag (timeline.temporal.tag)':<44} {tagging:6.2f}")
    extractions: list = []
    extracting = cpu_ms(lambda: extractions.extend(extract(a.body, a.reference) for a in articles))
    print(f"  {'extract (tag, sentences, tenses, intervals)':<44} {extracting:6.2f}")
    for label, triggers in (
        ("store in SQLite (fresh file)", True),
        ("  the same without the text search index", False),
    ):
        with tempfile.TemporaryDirectory(prefix="timeline-breakdown-") as tmp:
            db = store.init_db(f"sqlite:///{Path(tmp) / 'b.db'}")
            if not triggers:
                for kind in ("insert", "delete", "update"):
                    db.execute_sql(f"DROP TRIGGER event_words_fts_{kind}")

            def store_all() -> None:
                for article, extraction in zip(articles, extractions, strict=True):
                    with store.write_transaction():
                        _store(article, article.content_hash, extraction)

            began = time.perf_counter()
            cpu = cpu_ms(store_all)
            wall = (time.perf_counter() - began) * 1000 / count
            print(f"  {label:<44} {cpu:6.2f}   (wall {wall:.2f})")
            db.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", type=int, default=1000, help="articles for the throughput run")
    parser.add_argument(
        "--sizes", default="250,4000", help="more N, comma-separated, to show memory is flat in N"
    )
    parser.add_argument(
        "--pg-url",
        default=os.environ.get("TIMELINE_BENCH_DATABASE_URL", DEFAULT_PG),
        help="PostgreSQL database to WIPE and use",
    )
    parser.add_argument("--no-pg", action="store_true", help="SQLite only")
    parser.add_argument(
        "--words",
        type=int,
        default=600,
        help="length of the generated articles (default 600 words)",
    )
    parser.add_argument(
        "--workers",
        type=int,
        default=0,
        help="tag in this many worker processes (timeline ingest --workers); "
        "per CPU-s then counts the workers' CPU too",
    )
    parser.add_argument(
        "--tracemalloc",
        action="store_true",
        help="also measure peak Python allocations (slows ingestion down)",
    )
    parser.add_argument(
        "--overlap",
        type=int,
        metavar="M",
        help="instead: time overlap queries over M synthetic events",
    )
    parser.add_argument(
        "--breakdown",
        type=int,
        metavar="M",
        help="instead: CPU per article of tagging, extraction and storing "
        "(with and without the text search index) for M articles",
    )
    parser.add_argument("--child", nargs=2, metavar=("TARGET", "N"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        figures = child(
            args.child[0],
            int(args.child[1]),
            args.pg_url,
            args.tracemalloc,
            args.words,
            args.workers,
        )
        print(json.dumps(figures))
        return

    if args.breakdown:
        breakdown(args.breakdown, args.words)
        return

    if args.overlap:
        targets = ["sqlite"]
        if not args.no_pg and not _pg_reachable(args.pg_url):
            targets.append("postgres")
        for target in targets:
            overlap(target, args.pg_url, args.overlap)
        return

    sizes = sorted({args.n, *(int(s) for s in args.sizes.split(",") if s.strip())})
    targets = ["sqlite"]
    if not args.no_pg:
        problem = _pg_reachable(args.pg_url)
        if problem:
            print(f"PostgreSQL skipped: {args.pg_url} unreachable ({problem})", file=sys.stderr)
        else:
            targets.append("postgres")
    print(
        f"{'database':<9} {'N':>6} {'articles/s':>11} {'per CPU-s':>10} {'events/s':>9} "
        f"{'events':>8} "
        f"{'seconds':>8} {'peak RSS MB':>12} {'RSS growth MB':>14} {'group s':>8} "
        f"{'happenings':>10} {'group CPU-s':>11} {'+group /CPU-s':>13}"
        + (f" {'tracemalloc MB':>15}" if args.tracemalloc else "")
    )
    for target in targets:
        for n in sizes:
            command = [
                sys.executable,
                __file__,
                "--child",
                target,
                str(n),
                "--pg-url",
                args.pg_url,
                "--words",
                str(args.words),
                "--workers",
                str(args.workers),
            ]
            if args.tracemalloc:
                command.append("--tracemalloc")
            done = subprocess.run(command, capture_output=True, text=True)
            if done.returncode != 0:
                print(f"{target:<9} {n:>6} failed:\n{done.stderr}", file=sys.stderr, flush=True)
                continue
            f = json.loads(done.stdout.strip().splitlines()[-1])
            line = (
                f"{target:<9} {n:>6} {f['articles_per_s']:>11.1f} "
                f"{f['articles_per_cpu_s']:>10.1f} {f['events_per_s']:>9.0f} "
                f"{f['events']:>8} {f['seconds']:>8.1f} {f['peak_rss_mb']:>12.1f} "
                f"{f['rss_growth_mb']:>14.1f} {f['group_seconds']:>8.1f} "
                f"{f['happenings']:>10} {f['group_cpu_seconds']:>11.1f} "
                f"{f['with_grouping_per_cpu_s']:>13.1f}"
            )
            if args.tracemalloc:
                line += f" {f['tracemalloc_peak_mb']:>15.2f}"
            if f["failed"]:
                line += f"  ({f['failed']} failed!)"
            print(line, flush=True)
    print(
        "load average (1, 5, 15 min) at the end: "
        + ", ".join(f"{load:.2f}" for load in os.getloadavg())
    )
    print(
        f"(~{args.words} words per article; one process per row, "
        + (
            "one core)"
            if not args.workers
            else f"tagging in {args.workers} worker process{'es' if args.workers > 1 else ''}; "
            "peak RSS is the storing process's)"
        )
    )


if __name__ == "__main__":
    main()
