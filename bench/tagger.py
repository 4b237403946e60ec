"""Benchmark the temporal tagger: throughput against dateparser, linearity, adversarial input.

    .venv/bin/python bench/tagger.py [TIMEML_DIR] [--no-baseline]

1. Throughput: tags the plain text of every TimeML document under TIMEML_DIR (default: the
   development set, /work/shared/data/timebank) with each file's DCT date as the reference,
   once with ``timeline.temporal.tag`` and once, in the same process, with
   ``dateparser.search.search_dates`` (``RELATIVE_BASE`` = the DCT). Prints documents/s,
   tokens/s (whitespace-separated tokens) and the speed-up.
2. Linearity: times a ~1 kB and a ~1 MB text built from varied news sentences and prints the
   ratio (linear time means about 1000x; quadratic would be about 10^6x).
3. Adversarial input: long runs of digits, spaces, "the the the", month names, punctuation
   and near-dates that make backtracking regexes explode; prints the time of a tenth of each
   and of the whole (~100 kB) and their ratio (linear: ~10).

It prints figures and asserts nothing: timing belongs to a benchmark, not to unit tests.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

DEFAULT_DIR = Path("/work/shared/data/timebank")
REFERENCE = date(2022, 5, 14)

#: Sentences for the linearity text: varied, expression-dense news prose.
SENTENCES = (
    "The ministry said on Wednesday that shelling resumed late Tuesday near the border.",
    "Talks will continue next week in Geneva, officials said Friday.",
    "Exports fell 3.2% in the first quarter of 2022 after rising for two years.",
    "The company, founded in 1998, expects results by the end of the year.",
    "Since April, prices have risen every month, the agency reported on March 22, 2013.",
    "Two days later, the council met again at 10 a.m. and voted until midnight.",
    "In the early 1990s the plant employed 2,000 workers; it closed in mid-March.",
    "Residents recalled the summer of 2010, when floods lasted for weeks.",
    "He has worked there for 24 hours a day, seven days a week, since 2019-03-01.",
    "Officials plan to meet again on May 9 and review the data quarterly.",
    "The index closed at 3:30 p.m. EST, down from a record set three weeks ago.",
    "Yesterday's vote followed months of debate; a final ruling is due this fall.",
)

#: Seconds a tenth of an adversarial input may take before the whole one is skipped (a
#: quadratic tagger would need ~100x that for the whole).
TENTH_BUDGET = 2.0

ADVERSARIAL: dict[str, str] = {
    "digits": "1" * 100_000,
    "digit groups": "12 " * 33_000,
    "spaces": " " * 100_000,
    "newlines and tabs": "\n\t" * 50_000,
    "the the the": "the " * 25_000,
    "month names": "March May April June " * 5_000,
    "weekday names": "Monday Tuesday, " * 6_000,
    "punctuation": ".,;:-/'\"()" * 10_000,
    "slashes and digits": "1/2/3/4/5/6/7/8/9/" * 5_000,
    "near-ISO dates": "2022-05-14-2022-05-" * 5_000,
    "times": "10:30:45:12:" * 8_000,
    "unit words": "days weeks months years " * 4_000,
    "ordinals": "the first second third fourth " * 3_000,
    "modifiers": "late early mid late early " * 4_000,
    "one long word": "a" * 100_000,
}


def load_texts(directory: Path) -> list[tuple[str, date]]:
    """The plain text and DCT date of every TimeML document under ``directory``."""
    from timeline.evaluation import load_documents

    return [(doc.text, doc.reference) for doc in load_documents(directory)]


def timeline_tag(text: str, reference: date) -> object:
    from timeline.temporal import tag

    return tag(text, reference)


def dateparser_tag(text: str, reference: date) -> object:
    from dateparser.search import search_dates

    base = datetime.combine(reference, datetime.min.time())
    return search_dates(text, languages=["en"], settings={"RELATIVE_BASE": base})


def throughput(tagger: Callable[[str, date], object],
               texts: list[tuple[str, date]]) -> tuple[float, float, float]:
    """``(seconds, documents/s, tokens/s)`` for one pass over ``texts``."""
    tokens = sum(len(text.split()) for text, _ in texts)
    begin = time.perf_counter()
    for text, reference in texts:
        tagger(text, reference)
    seconds = time.perf_counter() - begin
    return seconds, len(texts) / seconds, tokens / seconds


def news_text(size: int) -> str:
    """About ``size`` characters of news prose, cycling through :data:`SENTENCES`."""
    parts, length, i = [], 0, 0
    while length < size:
        sentence = SENTENCES[i % len(SENTENCES)]
        parts.append(sentence)
        length += len(sentence) + 1
        i += 1
    return " ".join(parts)


def timed(tagger: Callable[[str, date], object], text: str, repeat: int = 1) -> float:
    """The best of ``repeat`` runs, in seconds."""
    best = float("inf")
    for _ in range(repeat):
        begin = time.perf_counter()
        tagger(text, REFERENCE)
        best = min(best, time.perf_counter() - begin)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("directory", nargs="?", type=Path, default=DEFAULT_DIR,
                        help=f"TimeML documents to tag (default: {DEFAULT_DIR})")
    parser.add_argument("--no-baseline", action="store_true",
                        help="skip dateparser.search.search_dates (it is slow)")
    args = parser.parse_args(argv)

    texts = load_texts(args.directory)
    tokens = sum(len(text.split()) for text, _ in texts)
    chars = sum(len(text) for text, _ in texts)
    print(f"development set: {args.directory}: {len(texts)} documents, {tokens} tokens, "
          f"{chars} characters")

    timeline_tag(*texts[0])  # load resources and compile patterns once, outside the timing
    rows = [("timeline.temporal.tag", *throughput(timeline_tag, texts))]
    if not args.no_baseline:
        dateparser_tag(*texts[0])
        rows.append(("dateparser.search_dates", *throughput(dateparser_tag, texts)))
    print(f"{'tagger':26}{'seconds':>10}{'docs/s':>12}{'tokens/s':>14}")
    for name, seconds, docs_per_s, tokens_per_s in rows:
        print(f"{name:26}{seconds:10.3f}{docs_per_s:12.1f}{tokens_per_s:14.0f}")
    if len(rows) == 2:
        print(f"speed-up of timeline over search_dates: {rows[0][3] / rows[1][3]:.1f}x")

    small, large = news_text(1_000), news_text(1_000_000)
    t_small = timed(timeline_tag, small, repeat=20)
    t_large = timed(timeline_tag, large)
    print(f"\nlinearity: {len(small)} chars in {t_small * 1000:.2f} ms, {len(large)} chars in "
          f"{t_large:.2f} s; ratio {t_large / t_small:.0f} for a size ratio of "
          f"{len(large) / len(small):.0f} (linear: ~1000, limit ~1000)")

    print("\nadversarial input (timeline.temporal.tag): a tenth, then the whole; linear = ~10x")
    for name, text in ADVERSARIAL.items():
        tenth = timed(timeline_tag, text[: len(text) // 10])
        line = f"  {name:22}{len(text) // 10:8} chars {tenth * 1000:9.1f} ms"
        if tenth > TENTH_BUDGET:
            print(f"{line}   whole input skipped: over {TENTH_BUDGET:.0f} s for a tenth")
            continue
        whole = timed(timeline_tag, text)
        print(f"{line}  {len(text):8} chars {whole * 1000:9.1f} ms  ratio {whole / tenth:6.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
