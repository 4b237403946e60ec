"""Benchmark the temporal tagger: throughput against dateparser, linearity, adversarial input.

    .venv/bin/python bench/tagger.py [TIMEML_DIR] [--repeat N] [--no-baseline] [--passes N]

How it measures. Both taggers are imported and called once before any timing (imports,
lexicons, compiled patterns and dateparser's language data are loaded then, not in the
timed region). Every figure is the best of N repetitions (``--repeat``, default 3), timed
both in CPU time of this process (``time.process_time``: what the tagger costs, hardly
disturbed by other processes on a busy machine) and in wall time (``time.perf_counter``).
The speed-up is given for both; CPU time is the one to compare across runs.

1. Throughput: tags the plain text of every TimeML document under TIMEML_DIR (default: the
   development set, ../shared/data/timebank) with each file's DCT date as the reference,
   with ``timeline.temporal.tag`` and, in the same process, with
   ``dateparser.search.search_dates`` (``RELATIVE_BASE`` = the DCT). Prints documents/s,
   tokens/s (whitespace-separated tokens) and the speed-up.
2. Linearity: tags texts of about 1 kB, 10 kB, 100 kB and 1 MB built from the same varied
   news sentences and prints the cost per character of each (linear time: the same cost at
   every size) and the ratio of the 1 MB time to the 1 kB time (linear: about the size ratio).
3. Adversarial input: long runs of digits, spaces, "the the the", month names, punctuation
   and near-dates that make backtracking regexes explode; prints the time of a tenth of each
   and of the whole (~100 kB) and their ratio (linear: ~10).

With ``--passes N`` it only tags the documents N times after one warm-up pass and prints
nothing else: for instruction counts, which a busy machine does not disturb. The instructions
of one pass are the difference of two runs divided by the difference of their passes::

    valgrind --tool=callgrind --callgrind-out-file=/dev/null \
        .venv/bin/python bench/tagger.py --passes 1   # then --passes 3: (Ir3 - Ir1) / 2

It prints figures and asserts nothing: timing belongs to a benchmark, not to unit tests.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

#: The development set: ``shared/`` beside the checkout, or ``$TIMELINE_SHARED_DIR``.
DEFAULT_DIR = (
    Path(os.environ.get("TIMELINE_SHARED_DIR") or Path(__file__).resolve().parents[2] / "shared")
    / "data"
    / "timebank"
)
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

#: Linearity sizes (characters) and how many repetitions each gets (best of them counts).
SIZES = ((1_000, 50), (10_000, 20), (100_000, 5), (1_000_000, 3))

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
    "numbers and units": "2 3 4 5 days " * 8_000,
    "modifier chains": "the end of the beginning of the middle of " * 2_500,
    "dots and capitals": "Mr. A. B. C. Sept. " * 5_000,
    "sentence ends": "It was. It is. " * 7_000,
}


def load_texts(directory: Path) -> list[tuple[str, date]]:
    """The plain text and DCT date of every TimeML document under ``directory``."""
    from timeline.evaluation import load_documents

    return [(doc.text, doc.reference) for doc in load_documents(directory)]


def timeline_tagger() -> Callable[[str, date], object]:
    from timeline.temporal import tag

    return tag


def dateparser_tagger() -> Callable[[str, date], object]:
    from dateparser.search import search_dates

    def tag(text: str, reference: date) -> object:
        base = datetime.combine(reference, datetime.min.time())
        return search_dates(text, languages=["en"], settings={"RELATIVE_BASE": base})

    return tag


def best_of(repeat: int, work: Callable[[], object]) -> tuple[float, float]:
    """``(cpu seconds, wall seconds)``: the best of ``repeat`` runs of ``work``, each."""
    cpu = wall = float("inf")
    for _ in range(repeat):
        c0, w0 = time.process_time(), time.perf_counter()
        work()
        c1, w1 = time.process_time(), time.perf_counter()
        cpu, wall = min(cpu, c1 - c0), min(wall, w1 - w0)
    return cpu, wall


def tag_all(tagger: Callable[[str, date], object], texts: list[tuple[str, date]]) -> None:
    for text, reference in texts:
        tagger(text, reference)


def news_text(size: int) -> str:
    """About ``size`` characters of news prose, cycling through :data:`SENTENCES`."""
    parts, length, i = [], 0, 0
    while length < size:
        sentence = SENTENCES[i % len(SENTENCES)]
        parts.append(sentence)
        length += len(sentence) + 1
        i += 1
    return " ".join(parts)


def throughput(texts: list[tuple[str, date]], repeat: int, baseline: bool) -> None:
    tokens = sum(len(text.split()) for text, _ in texts)
    taggers = [("timeline.temporal.tag", timeline_tagger())]
    if baseline:
        taggers.append(("dateparser.search_dates", dateparser_tagger()))
    for _, tagger in taggers:  # warm up: imports, resources, caches
        tagger(*texts[0])
    rows = []
    for name, tagger in taggers:
        cpu, wall = best_of(repeat, lambda tagger=tagger: tag_all(tagger, texts))
        rows.append((name, cpu, wall))
    print(f"best of {repeat}; docs/s and tokens/s from CPU time")
    print(f"{'tagger':26}{'CPU s':>9}{'wall s':>9}{'docs/s':>10}{'tokens/s':>11}")
    for name, cpu, wall in rows:
        print(f"{name:26}{cpu:9.3f}{wall:9.3f}{len(texts) / cpu:10.1f}{tokens / cpu:11.0f}")
    if len(rows) == 2:
        (_, cpu_t, wall_t), (_, cpu_d, wall_d) = rows
        print(
            f"speed-up of timeline over search_dates: {cpu_d / cpu_t:.1f}x in CPU time, "
            f"{wall_d / wall_t:.1f}x in wall time (target: at least 15x)"
        )


def linearity() -> None:
    tag = timeline_tagger()
    print("\nlinearity (timeline.temporal.tag on news prose; best of N):")
    print(f"  {'chars':>9}{'N':>4}{'CPU ms':>11}{'wall ms':>11}{'ns/char':>10}{'vs 1 kB':>9}")
    rows = []
    for size, repeat in SIZES:
        text = news_text(size)
        tag(text, REFERENCE)  # warm: the word cache is filled for this vocabulary
        cpu, wall = best_of(repeat, lambda text=text: tag(text, REFERENCE))
        rows.append((len(text), cpu))
        per_char = cpu / len(text) * 1e9
        relative = per_char / (rows[0][1] / rows[0][0] * 1e9)
        print(
            f"  {len(text):9}{repeat:4}{cpu * 1e3:11.2f}{wall * 1e3:11.2f}"
            f"{per_char:10.0f}{relative:9.2f}"
        )
    (small, t_small), (large, t_large) = rows[0], rows[-1]
    print(
        f"  {small} -> {large} chars: CPU time ratio {t_large / t_small:.0f} for a size "
        f"ratio of {large / small:.0f} (linear: the same; limit ~1000)"
    )


def adversarial() -> None:
    tag = timeline_tagger()
    print(
        "\nadversarial input (timeline.temporal.tag, CPU time, best of 3): a tenth, then the "
        "whole; linear = ~10x"
    )
    for name, text in ADVERSARIAL.items():
        part = text[: len(text) // 10]
        tenth, _ = best_of(3, lambda part=part: tag(part, REFERENCE))
        line = f"  {name:22}{len(part):8} chars {tenth * 1000:9.1f} ms"
        if tenth > TENTH_BUDGET:
            print(f"{line}   whole input skipped: over {TENTH_BUDGET:.0f} s for a tenth")
            continue
        whole, _ = best_of(3, lambda text=text: tag(text, REFERENCE))
        ratio = whole / tenth if tenth > 0 else float("nan")
        print(f"{line}  {len(text):8} chars {whole * 1000:9.1f} ms  ratio {ratio:6.1f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "directory",
        nargs="?",
        type=Path,
        default=DEFAULT_DIR,
        help=f"TimeML documents to tag (default: {DEFAULT_DIR})",
    )
    parser.add_argument(
        "--repeat",
        type=int,
        default=3,
        metavar="N",
        help="repetitions of each throughput pass; the best counts (default 3)",
    )
    parser.add_argument(
        "--no-baseline",
        action="store_true",
        help="skip dateparser.search.search_dates (it is slow)",
    )
    parser.add_argument(
        "--passes",
        type=int,
        metavar="N",
        help="only tag the documents N times after a warm-up pass (for instruction counts)",
    )
    args = parser.parse_args(argv)

    texts = load_texts(args.directory)
    if args.passes is not None:
        tag = timeline_tagger()
        for _ in range(1 + args.passes):
            tag_all(tag, texts)
        return 0
    tokens = sum(len(text.split()) for text, _ in texts)
    chars = sum(len(text) for text, _ in texts)
    print(
        f"development set: {args.directory}: {len(texts)} documents, {tokens} tokens, "
        f"{chars} characters"
    )
    throughput(texts, max(1, args.repeat), not args.no_baseline)
    linearity()
    adversarial()
    return 0


if __name__ == "__main__":
    sys.exit(main())
