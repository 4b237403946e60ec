"""Measure the tagger on a peer's test suite: Duckling's English time corpus.

    .venv/bin/python bench/peers.py [CORPUS_HS] [--prefer future|past|nearest] [--misses]
                                    [--no-dateparser]

What it reads. ``Corpus.hs`` from ``shared/data/duckling-en/`` (beside the checkout, or under
``$TIMELINE_SHARED_DIR``; not part of the project): every ``examples (datetime (Y, M, D, h, m,
s) Grain) [...]`` block, one instant at a grain per block, all against Duckling's reference
2013-02-12T04:30 -02:00 (a Tuesday). The ``diffCorpus`` block, which has another reference,
is left out: 493 strings (two of them BC years, which no Python datetime holds: they
count, and are never right).

What it prints, for ``timeline.temporal.tag`` (with ``prefer``, default ``future``: Duckling's
convention for strings without tense) and, in the same run, for ``dateparser.parse`` (one
string at a time, ``RELATIVE_BASE`` = the reference, ``PREFER_DATES_FROM`` = future):

- found whole: the tagger returns exactly one expression and it spans the whole string, but
  for a leading signal word that TimeML leaves out of a span ("on 2/15", "at 3pm", "@ 3pm") and
  closing punctuation (dateparser: it returns a date at all);
- right instant: that expression's interval starts at Duckling's instant, both cut to
  Duckling's grain (second, minute, hour, day, week, month, quarter, year); dateparser's
  datetime likewise.

``--misses`` lists every string the tagger does not get right, with what it returned,
grouped by kind of miss (not found, found partially, wrong value) and rule. It
prints figures and asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

from timeline.queries.buckets import bucket_floor

DEFAULT_CORPUS = (
    Path(os.environ.get("TIMELINE_SHARED_DIR") or Path(__file__).resolve().parents[2] / "shared")
    / "data"
    / "duckling-en"
    / "Corpus.hs"
)
#: Duckling's reference time (testContext in Duckling/Testing/Types.hs).
REFERENCE = datetime(2013, 2, 12, 4, 30, tzinfo=timezone(timedelta(hours=-2)))

_BLOCK = re.compile(
    r"examples\s*\(datetime\s*\((-?\d+),\s*(\d+),\s*(\d+),\s*(\d+),\s*(\d+),\s*(\d+)\)\s*"
    r"(\w+)\)\s*\[(.*?)\]",
    re.S,
)
#: A leading signal word, which a TimeML span leaves out ("on 2/15", "at 3pm").
_SIGNAL = re.compile(r"(?:on|at|@|in|during|by|for)\s+", re.I)
_STRING = re.compile(r'"((?:[^"\\]|\\.)*)"')
_DIFF = re.compile(r"^diffCorpus\s*=", re.M)
_NEXT_TOP = re.compile(r"^\S", re.M)


def load(path: Path) -> list[tuple[str, datetime | None, str]]:
    """(string, instant, grain) for every single-instant example outside ``diffCorpus``."""
    text = path.read_text(encoding="utf-8")
    skip: tuple[int, int] = (0, 0)
    diff = _DIFF.search(text)
    if diff:
        end = _NEXT_TOP.search(text, diff.end())
        skip = (diff.start(), end.start() if end else len(text))
    out = []
    for m in _BLOCK.finditer(text):
        if skip[0] <= m.start() < skip[1]:
            continue
        y, mo, d, h, mi, s = (int(g) for g in m.groups()[:6])
        # a year before the common era ("-2014") is no Python datetime: counted, never right
        instant = datetime(y, mo, d, h, mi, s, tzinfo=REFERENCE.tzinfo) if y >= 1 else None
        for raw in _STRING.findall(m.group(8)):
            out.append((raw.encode().decode("unicode_escape"), instant, m.group(7).lower()))
    return out


def truncate(when: datetime, grain: str) -> datetime:
    """``when`` cut to ``grain`` (a week starts on Monday, a quarter in Jan/Apr/Jul/Oct)."""
    if grain == "second":
        return when.replace(microsecond=0)
    if grain == "minute":
        return when.replace(second=0, microsecond=0)
    if grain == "hour":
        return when.replace(minute=0, second=0, microsecond=0)
    if grain in ("day", "week", "month"):
        return bucket_floor(when, grain)
    day = bucket_floor(when, "day")
    if grain == "quarter":
        return day.replace(month=(day.month - 1) // 3 * 3 + 1, day=1)
    return day.replace(month=1, day=1)


def score(text: str, found, instant: datetime | None, grain: str) -> tuple[bool, bool]:
    """(found whole, right instant) of the expressions ``found`` in ``text``."""
    lead = _SIGNAL.match(text)
    whole = (
        len(found) == 1
        and found[0].start in (0, lead.end() if lead else 0)
        and found[0].end in (len(text), len(text.rstrip(" .?!")))
    )
    right = False
    if whole and found[0].interval is not None and instant is not None:
        start = found[0].interval.start.astimezone(REFERENCE.tzinfo)
        right = truncate(start, grain) == instant
    return whole, right


def run_timeline(cases, prefer: str | None, tagger=None):
    """(whole, right, expressions) per case, tagged by ``tagger`` (default: ``tag``)."""
    if tagger is None:
        from timeline.temporal import tag as tagger

    results = []
    for text, instant, grain in cases:
        found = tagger(text, REFERENCE, prefer=prefer)
        results.append((*score(text, found, instant, grain), found))
    return results


def run_dateparser(cases):
    import dateparser

    settings = {
        "RELATIVE_BASE": REFERENCE.replace(tzinfo=None),
        "PREFER_DATES_FROM": "future",
    }
    results = []
    for text, instant, grain in cases:
        got = dateparser.parse(text, languages=["en"], settings=settings)
        right = (
            got is not None
            and instant is not None
            and truncate(got.replace(tzinfo=REFERENCE.tzinfo), grain) == instant
        )
        results.append((got is not None, right, got))
    return results


def _rates(results) -> tuple[float, float]:
    n = len(results) or 1
    return sum(r[0] for r in results) / n, sum(r[1] for r in results) / n


def _describe(found) -> str:
    if not found:
        return "nothing"
    return "; ".join(
        f"{t.text!r} {t.value} {t.interval.start.isoformat() if t.interval else '-'} [{t.rule}]"
        for t in found
    )


#: The kinds of miss, in the order ``--misses`` lists them.
FAMILIES = (
    ("not found", "the tagger returns nothing"),
    ("found partially", "expressions that do not cover the whole string, or more than one"),
    ("wrong value", "one expression over the whole string, on another instant"),
)


def family(whole: bool, found) -> str:
    """The kind of miss of a string the tagger did not get right (see :data:`FAMILIES`)."""
    if whole:
        return "wrong value"
    return "found partially" if found else "not found"


def print_misses(cases, ours) -> None:
    """Every string the tagger does not get right, grouped by kind of miss and, within a kind,
    by the rule that produced the (first) expression."""
    groups: dict[str, list[tuple[str, str]]] = {name: [] for name, _ in FAMILIES}
    for (text, instant, grain), (whole, right, found) in zip(cases, ours, strict=True):
        if right:
            continue
        want = instant.isoformat() if instant else "a BC year"
        rule = found[0].rule if found else ""
        line = f"{text!r} want {want} ({grain}); got {_describe(found)}"
        groups[family(whole, found)].append((rule, line))
    for name, what in FAMILIES:
        lines = sorted(groups[name], key=lambda r: r[0])
        print(f"\n== {name}: {len(lines)} ({what})")
        for _, line in lines:
            print(f"  {line}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--prefer", choices=("future", "past", "nearest"), default="future")
    parser.add_argument("--misses", action="store_true", help="list the strings missed")
    parser.add_argument("--no-dateparser", action="store_true", help="skip dateparser")
    args = parser.parse_args(argv)
    if not args.corpus.is_file():
        print(f"no corpus at {args.corpus} (set TIMELINE_SHARED_DIR)", file=sys.stderr)
        return 2
    cases = load(args.corpus)
    print(
        f"Duckling EN corpus: {args.corpus}: {len(cases)} strings, "
        f"reference {REFERENCE.isoformat()}"
    )
    t0 = time.perf_counter()
    ours = run_timeline(cases, args.prefer)
    t_ours = time.perf_counter() - t0
    found, right = _rates(ours)
    print(f"{'tagger':<36}{'found':>8}{'right':>8}{'seconds':>10}")
    print(
        f"{'timeline.temporal.tag prefer=' + args.prefer:<36}{found:>8.1%}{right:>8.1%}"
        f"{t_ours:>10.2f}"
    )
    if not args.no_dateparser:
        t0 = time.perf_counter()
        theirs = run_dateparser(cases)
        t_theirs = time.perf_counter() - t0
        found, right = _rates(theirs)
        print(f"{'dateparser.parse':<36}{found:>8.1%}{right:>8.1%}{t_theirs:>10.2f}")
    print("targets for timeline: found >= 95%, right >= 85%")
    if args.misses:
        print_misses(cases, ours)
    return 0


if __name__ == "__main__":
    sys.exit(main())
