"""Benchmark the digest against journalists' timelines (timeline summarization).

    .venv/bin/python bench/digest.py [DATA_DIR] [--keep DIR] [--extension DAYS]

``DATA_DIR`` (default ``../shared/data/entity-timelines`` beside the repository) holds one
folder per topic with ``articles.preprocessed.jsonl.gz`` (``title``, ``text``, ``time``) and
``timelines.jsonl`` (the journalists' timelines: ``[["YYYY-MM-DD 00:00:00", [sentences]],
...]``), as in the news-tls data sets (Gholipour Ghalandari & Ifrim, ACL 2020).

For each topic and each of its timelines, following the news-tls protocol (its
``experiments/evaluate.py`` and ``news_tls/data.py``, with ``tilse`` for the measures):

1. the span is the timeline's first to last date, widened by ``--extension`` days on each
   side (news-tls: 0 on T17 and Crisis, the sets the published figures are for; 7 on
   Entities); the input is the topic's articles published on the span's days, both ends
   included (news-tls truncates an article's UTC time to its day before comparing),
   ingested with :func:`timeline.ingest.ingest_article` (the real tagger, one transaction per
   article) into a scratch SQLite database per topic and span (``--keep DIR`` keeps them
   there and reuses them on the next run);
2. :func:`timeline.happenings.digest.digest` is asked for ``l`` dates (``l``: the number of
   distinct dates of the timeline) and ``k`` sentences per date (``k``: its average sentences
   per date, rounded), over the span, with the topic's ``keywords.json`` (news-tls hands them
   to every system; ours prefers summary sentences that name one; ``--no-keywords``: none, as
   the API serves it without ``q``), once with each date-selection method of
   :data:`timeline.happenings.digest.METHODS` (``references``, ours; ``mentions``, plain
   mention counting of day-level expressions, the literature's baseline) in the same run;
3. it prints, per timeline, date-selection F1 (the system's days against all the timeline's:
   news-tls's ``evaluate_dates``) and ROUGE-1/2 F1 of the sentences in three of ``tilse``'s
   variants: ``concat`` (all sentences against all), ``agreement`` (each day's sentences
   against the same day's) and ``align+ m:1`` (each day aligned with the day of the other
   timeline that is nearest in date and content, its score divided by 1 + the days between:
   the variant news-tls reports), then the seconds the digest took (the first call includes
   importing scikit-learn); then, as news-tls averages, the F1 of the mean precision and the
   mean recall over the timelines.

ROUGE n-grams are counted here over the ``rouge-score`` package's tokens (lower case, letters
and digits, Porter stemming), as ROUGE-1.5.5 ``-m`` does. One difference remains from
``tilse``: it also passes ``-s`` (drops the SMART stop words), which no installed package
provides; stop words in both timelines raise all variants alike, so the figures here are
higher than news-tls's for the same output, and compare with each other, not with the paper.

A ``heideltime`` row gives date-selection F1 of mention counting over the data set's own
HeidelTime annotation (each sentence's first day-level date, as news-tls's ``MentionCount``)
on the same span: the published baseline's method, on this data, to compare ours with.

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
from collections import Counter
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
    """The topic's articles published on the days ``first`` to ``last``, both included (news-tls
    truncates each article's UTC time to its day before comparing it with the span's ends, so
    the last day's articles are in)."""
    articles = []
    with gzip.open(folder / "articles.preprocessed.jsonl.gz", "rt", encoding="utf-8") as stream:
        for line in stream:
            raw = json.loads(line)
            published = datetime.fromisoformat(raw["time"].replace("Z", "+00:00"))
            if first <= published.astimezone(UTC).date() <= last and raw.get("text", "").strip():
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


def date_prf(predicted: set[date], gold: set[date]) -> tuple[float, float]:
    """Precision and recall of the predicted days (news-tls's ``evaluate_dates``)."""
    shared = len(predicted & gold)
    return (shared / len(predicted) if predicted else 0.0), shared / len(gold)


def f_score(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


class Rouge:
    """ROUGE-1/2 counts over ``rouge-score``'s tokens, and three of tilse's timeline variants.

    A timeline is ``{day: [sentences]}``; each variant returns ``{n: (precision, recall)}``."""

    ORDERS = (1, 2)

    def __init__(self) -> None:
        from rouge_score import tokenizers

        self._tokenizer = tokenizers.DefaultTokenizer(use_stemmer=True)

    def grams(self, sentences: list[str], n: int) -> Counter[tuple[str, ...]]:
        tokens = self._tokenizer.tokenize(" ".join(sentences))
        return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))

    def counts(self, predicted: list[str], reference: list[str], n: int) -> tuple[int, int, int]:
        """(hits, predicted n-grams, reference n-grams)."""
        p, r = self.grams(predicted, n), self.grams(reference, n)
        return sum((p & r).values()), sum(p.values()), sum(r.values())

    def concat(self, system: dict, gold: dict) -> dict[int, tuple[float, float]]:
        out = {}
        for n in self.ORDERS:
            hits, p, r = self.counts(
                [s for d in sorted(system) for s in system[d]],
                [s for d in sorted(gold) for s in gold[d]],
                n,
            )
            out[n] = (hits / p if p else 0.0, hits / r if r else 0.0)
        return out

    def agreement(self, system: dict, gold: dict) -> dict[int, tuple[float, float]]:
        out = {}
        for n in self.ORDERS:
            hits = p_total = r_total = 0
            for day in set(system) | set(gold):
                h, p, r = self.counts(system.get(day, []), gold.get(day, []), n)
                hits, p_total, r_total = hits + h, p_total + p, r_total + r
            out[n] = (hits / p_total if p_total else 0.0, hits / r_total if r_total else 0.0)
        return out

    @staticmethod
    def _overlap(one: list[str], other: list[str]) -> float:
        """tilse's content similarity: unigram F1 over whitespace tokens, unstemmed."""
        a, b = Counter(" ".join(one).split()), Counter(" ".join(other).split())
        hits = sum((a & b).values())
        return f_score(hits / sum(a.values()), hits / sum(b.values())) if hits else 0.0

    def _nearest(self, day: date, own: list[str], others: dict) -> date:
        """The day of ``others`` of least cost: (1 - 1/(1 + days apart)) x (1 - overlap)."""

        def cost(other: date) -> float:
            apart = abs((day - other).days)
            return (1 - 1 / (apart + 1)) * (1 - self._overlap(own, others[other]))

        return min(sorted(others), key=cost)

    def align_m1(self, system: dict, gold: dict) -> dict[int, tuple[float, float]]:
        out = {}
        for n in self.ORDERS:
            weighted_p = weighted_r = p_total = r_total = 0.0
            for day, sentences in system.items():
                match = self._nearest(day, sentences, gold) if gold else None
                h, p, _ = self.counts(sentences, gold[match] if match else [], n)
                weight = 1 / (abs((day - match).days) + 1) if match else 0.0
                weighted_p, p_total = weighted_p + weight * h, p_total + p
            for day, sentences in gold.items():
                match = self._nearest(day, sentences, system) if system else None
                h, _, r = self.counts(system[match] if match else [], sentences, n)
                weight = 1 / (abs((day - match).days) + 1) if match else 0.0
                weighted_r, r_total = weighted_r + weight * h, r_total + r
            out[n] = (weighted_p / p_total if p_total else 0.0, weighted_r / r_total)
        return out


VARIANTS = ("concat", "agreement", "align_m1")


def heideltime_days(folder: Path, first: date, last: date) -> Counter[date]:
    """Mention counts of the data set's own HeidelTime annotation over the articles published
    in ``[first, last]``: each sentence's first date, when it names a day (news-tls's
    ``MentionCountDateRanker``)."""
    counts: Counter[date] = Counter()
    with gzip.open(folder / "articles.preprocessed.jsonl.gz", "rt", encoding="utf-8") as stream:
        for line in stream:
            raw = json.loads(line)
            if not first <= date.fromisoformat(raw["time"][:10]) <= last:
                continue
            for sentence in raw.get("sentences") or []:
                tokens = sentence["tokens"]
                time_at = tokens["keys"].index("time")
                format_at = tokens["keys"].index("time_format")
                found = next((row for row in tokens["data"] if row[time_at]), None)
                if found is not None and "d" in (found[format_at] or ""):
                    counts[date.fromisoformat(found[time_at][:10])] += 1
    return counts


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
        "--extension",
        type=int,
        default=0,
        metavar="DAYS",
        help="widen the span by DAYS on each side (news-tls: 0 on T17 and Crisis, 7 on Entities)",
    )
    parser.add_argument(
        "--no-keywords",
        action="store_true",
        help="give the digest no keywords (as the API serves it without q)",
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
        rouge = Rouge()
    except ImportError:
        sys.exit("bench/digest.py needs rouge-score: pip install -e '.[bench]'")
    from timeline.happenings.digest import METHODS, digest
    from timeline.queries import EventFilter

    topics = sorted(p for p in args.data.iterdir() if (p / "timelines.jsonl").exists())
    if not topics:
        sys.exit(f"No topic folders with timelines.jsonl in {args.data}")
    rows: dict[str, list[dict]] = {m: [] for m in (*METHODS, "heideltime")}
    print(
        f"{'topic':<18} {'method':<11} {'l':>3} {'k':>2} {'date F1':>7}"
        + "".join(f" {v + ' R-1':>13} {v + ' R-2':>13}" for v in VARIANTS)
        + f" {'seconds':>7}"
    )
    for folder in topics:
        keywords = json.loads((folder / "keywords.json").read_text(encoding="utf-8"))
        for timeline in read_timelines(folder):
            gold_dates = sorted(timeline)
            first = gold_dates[0] - timedelta(days=args.extension)
            last = gold_dates[-1] + timedelta(days=args.extension)
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
            for method in METHODS:
                began = time.perf_counter()
                topic = {} if args.no_keywords else {"keywords": keywords}
                days = digest(window, dates=n_dates, sentences=k, method=method, **topic)
                took = time.perf_counter() - began
                system = {d.date: d.sentences for d in days}
                row = {"date": date_prf(set(system), set(gold_dates))}
                for variant in VARIANTS:
                    row[variant] = getattr(rouge, variant)(system, timeline)
                rows[method].append(row)
                print(
                    f"{folder.name[:18]:<18} {method:<11} {n_dates:>3} {k:>2} "
                    f"{f_score(*row['date']):>7.3f}"
                    + "".join(
                        f" {f_score(*row[v][1]):>13.3f} {f_score(*row[v][2]):>13.3f}"
                        for v in VARIANTS
                    )
                    + f" {took:>7.2f}"
                )
            mentioned = heideltime_days(folder, first, last)
            ranked = sorted(
                (d for d in mentioned if first <= d <= last), key=lambda d: (-mentioned[d], d)
            )
            row = {"date": date_prf(set(ranked[:n_dates]), set(gold_dates))}
            rows["heideltime"].append(row)
            print(
                f"{folder.name[:18]:<18} {'heideltime':<11} {n_dates:>3} {'':>2} "
                f"{f_score(*row['date']):>7.3f}"
            )
    for method, method_rows in rows.items():
        line = f"{'mean':<18} {method:<11} {'':>3} {'':>2} {mean_f(method_rows, 'date'):>7.3f}"
        if method != "heideltime":
            line += "".join(
                f" {mean_f(method_rows, v, 1):>13.3f} {mean_f(method_rows, v, 2):>13.3f}"
                for v in VARIANTS
            )
        print(line)
    if args.scale:
        time_scaled(args.scale, window)


def mean_f(rows: list[dict], key: str, n: int | None = None) -> float:
    """news-tls's average: the F1 of the mean precision and the mean recall."""
    pairs = [row[key] if n is None else row[key][n] for row in rows]
    return f_score(*(statistics.mean(column) for column in zip(*pairs, strict=True)))


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
