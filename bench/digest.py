"""Benchmark the digest against journalists' timelines (timeline summarization).

    .venv/bin/python bench/digest.py [DATA_DIR] [--keep DIR]

``DATA_DIR`` (default ``../shared/data/entity-timelines`` beside the repository) holds one
folder per topic with ``articles.preprocessed.jsonl.gz`` (``title``, ``text``, ``time``) and
``timelines.jsonl`` (the journalists' timelines: ``[["YYYY-MM-DD 00:00:00", [sentences]],
...]``), as in the news-tls data sets (Gholipour Ghalandari & Ifrim, ACL 2020).

For each topic and each of its timelines, following the news-tls protocol:

1. the input is the topic's articles published inside the timeline's span (its first to its
   last date), ingested with :func:`timeline.ingest.ingest_article` (the real tagger, one
   transaction per article) into a scratch SQLite database, one per topic (``--keep DIR``
   keeps them there and reuses them on the next run);
2. :func:`timeline.happenings.digest.digest` is asked for ``l`` dates (``l``: the number of distinct
   dates of the timeline) and ``k`` sentences per date (``k``: its average entries per date,
   rounded), over the timeline's span, once with each date-selection method of
   :data:`timeline.happenings.digest.METHODS` (``references``, ours; ``mentions``, plain
   mention counting of day-level expressions, the literature's baseline) in the same run;
3. it prints date-selection F1 (the system's dates against the timeline's, inside its span:
   news-tls's ``tilse`` definition), ROUGE-1/2 F1 (the ``rouge-score`` package, Porter
   stemming) of all the digest's sentences concatenated against all the timeline's (news-tls's
   "concat" ROUGE) and the seconds the digest took (the first call includes importing
   scikit-learn), then the means over the timelines.

``--scale K`` then times the digest on a bigger store: a copy of the last topic's database
whose events are doubled K times (copies of the same rows: the same references, K-fold), with
the digest over the whole span and over its first year, as the page asks for it (8 days, one
sentence each).

It prints figures and asserts nothing. Nothing from the data is written outside the scratch
databases.
"""

from __future__ import annotations

import argparse
import gzip
import json
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "entity-timelines"


def read_timelines(folder: Path) -> list[dict[date, list[str]]]:
    timelines = []
    for line in (folder / "timelines.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            entries: dict[date, list[str]] = {}
            for when, sentences in json.loads(line):
                entries.setdefault(date.fromisoformat(when[:10]), []).extend(sentences)
            timelines.append(entries)
    return timelines


def read_articles(folder: Path, first: date, last: date) -> list[dict[str, str]]:
    """The topic's articles published in ``[first, last]`` (news-tls keeps an article when
    ``first <= time <= last`` at midnight: the last day's articles are out)."""
    start = datetime.combine(first, datetime.min.time(), UTC)
    end = datetime.combine(last, datetime.min.time(), UTC)
    articles = []
    with gzip.open(folder / "articles.preprocessed.jsonl.gz", "rt", encoding="utf-8") as stream:
        for line in stream:
            raw = json.loads(line)
            published = datetime.fromisoformat(raw["time"].replace("Z", "+00:00"))
            if start <= published <= end and raw.get("text", "").strip():
                articles.append(
                    {
                        "title": raw.get("title") or "(untitled)",
                        "body": raw["text"],
                        "published_at": published.isoformat(),
                        "source": "entity-timelines",
                    }
                )
    return articles


def open_topic(folder: Path, keep: Path | None, first: date, last: date) -> tuple[float, int]:
    """Bind the store to the topic's scratch database, ingesting it unless kept; return the
    seconds ingestion took (0 when reused) and the number of articles."""
    from timeline import store
    from timeline.ingest import ingest_article

    directory = keep or Path(tempfile.mkdtemp(prefix="digest-bench-"))
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"{folder.name}-{first}-{last}.db"
    reuse = keep is not None and path.exists()
    store.init_db(f"sqlite:///{path}")
    if reuse:
        return 0.0, store.Article.select().count()
    articles = read_articles(folder, first, last)
    began = time.perf_counter()
    for article in articles:
        ingest_article(article)
    return time.perf_counter() - began, len(articles)


def date_f1(predicted: set[date], gold: set[date]) -> float:
    shared = len(predicted & gold)
    if not shared:
        return 0.0
    precision, recall = shared / len(predicted), shared / len(gold)
    return 2 * precision * recall / (precision + recall)


def concat_rouge(scorer, predicted: list[str], gold: list[str]) -> tuple[float, float]:
    scores = scorer.score(" ".join(gold), " ".join(predicted))
    return scores["rouge1"].fmeasure, scores["rouge2"].fmeasure


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "data",
        nargs="?",
        type=Path,
        default=DEFAULT_DATA,
        help="folder of topic folders (default: %(default)s)",
    )
    parser.add_argument(
        "--keep", type=Path, metavar="DIR", help="keep the scratch databases in DIR and reuse them"
    )
    parser.add_argument(
        "--scale",
        type=int,
        default=0,
        metavar="K",
        help="also time the digest with the events doubled K times",
    )
    args = parser.parse_args()
    try:
        from rouge_score import rouge_scorer
    except ImportError:
        sys.exit("bench/digest.py needs rouge-score: pip install -e '.[bench]'")
    from timeline.happenings.digest import METHODS, digest
    from timeline.queries import EventFilter

    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2"], use_stemmer=True)
    topics = sorted(p for p in args.data.iterdir() if (p / "timelines.jsonl").exists())
    if not topics:
        sys.exit(f"No topic folders with timelines.jsonl in {args.data}")
    results: dict[str, list[tuple[float, float, float]]] = {m: [] for m in METHODS}
    print(
        f"{'topic':<22} {'method':<11} {'l':>3} {'k':>2} {'date F1':>8} {'R-1':>6} {'R-2':>6}"
        f" {'seconds':>8}"
    )
    for folder in topics:
        for timeline in read_timelines(folder):
            gold_dates = sorted(timeline)
            first, last = gold_dates[0], gold_dates[-1]
            seconds, count = open_topic(folder, args.keep, first, last)
            if seconds:
                print(
                    f"# {folder.name}: ingested {count} articles in {seconds:.1f} s "
                    f"({count / seconds:.0f}/s)"
                )
            n_dates = len(gold_dates)
            k = max(1, round(statistics.mean(len(v) for v in timeline.values())))
            window = EventFilter(
                start=datetime.combine(first, datetime.min.time(), UTC),
                end=datetime.combine(last + timedelta(days=1), datetime.min.time(), UTC),
            )
            gold_text = [s for day in gold_dates for s in timeline[day]]
            for method in METHODS:
                began = time.perf_counter()
                days = digest(window, dates=n_dates, sentences=k, method=method)
                took = time.perf_counter() - began
                f1 = date_f1({d.date for d in days}, set(gold_dates))
                r1, r2 = concat_rouge(scorer, [s for d in days for s in d.sentences], gold_text)
                results[method].append((f1, r1, r2))
                print(
                    f"{folder.name:<22} {method:<11} {n_dates:>3} {k:>2} {f1:>8.3f} {r1:>6.3f} "
                    f"{r2:>6.3f} {took:>8.2f}"
                )
    for method, rows in results.items():
        f1, r1, r2 = (statistics.mean(column) for column in zip(*rows, strict=True))
        print(f"{'mean':<22} {method:<11} {'':>3} {'':>2} {f1:>8.3f} {r1:>6.3f} {r2:>6.3f}")
    if args.scale:
        time_scaled(args.scale, window)


def time_scaled(doublings: int, window) -> None:
    """Time :func:`digest` over a copy of the bound database with its events doubled."""
    import shutil

    from timeline import store
    from timeline.happenings.digest import digest
    from timeline.queries import EventFilter

    source = Path(store.database.obj.database)
    store.database.close()
    copy = Path(tempfile.mkdtemp(prefix="digest-scale-")) / "scaled.db"
    shutil.copy(source, copy)
    store.init_db(f"sqlite:///{copy}")
    columns = ", ".join(
        f'"{c.name}"' for c in store.database.get_columns("event") if c.name != "id"
    )
    with store.database.atomic():
        for _ in range(doublings):
            store.database.execute_sql(f"INSERT INTO event ({columns}) SELECT {columns} FROM event")
    events = store.Event.select().count()
    first_year = EventFilter(start=window.start, end=window.start + timedelta(days=365))
    digest(window, dates=8, sentences=1)  # imports scikit-learn: not timed
    for name, flt in (("whole span", window), ("first year", first_year)):
        began = time.perf_counter()
        digest(flt, dates=8, sentences=1)
        print(f"# {events:,} events, digest over the {name}: {time.perf_counter() - began:.2f} s")


if __name__ == "__main__":
    main()
