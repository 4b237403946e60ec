"""Score a temporal tagger on TimeML documents with the TempEval-3 Task A metrics.

Task A of TempEval-3 (UzZaman et al., 2013) asks a system to find every ``TIMEX3`` and give its
``type`` and ``value``. For each document the tagger runs on the plain text with the document
creation time (DCT) as its reference, and its expressions are matched to the gold ones:

- **strict** match: the same start and end offsets;
- **relaxed** match: the spans overlap. Matching is one-to-one: exact pairs are taken first,
  then a maximum matching over the remaining overlapping pairs, so one long system span
  cannot match two gold expressions.

Counts are summed over all documents (micro average), then::

    precision = matches / system expressions      recall = matches / gold expressions
    F1        = 2PR / (P + R)
    type accuracy  = relaxed matches with the gold type  / relaxed matches
    value accuracy = relaxed matches with the gold value / relaxed matches
    type F1  = relaxed F1 x type accuracy            value F1 = relaxed F1 x value accuracy

For example, a document with two gold expressions and two system ones, one exact with the
right value and one overlapping with a wrong value, scores strict P = R = 0.5, relaxed
P = R = 1.0, value accuracy 0.5 and value F1 0.5.

Command line (``timeline eval`` is the same)::

    python -m timeline.evaluation ../shared/data/timebank --errors
    python -m timeline.evaluation DIR --tagger dateparser --json

Any callable ``tagger(text, reference) -> list`` of objects with ``start``, ``end``, ``type``,
``value`` (and optionally ``mod``) can be scored with :func:`evaluate`.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from timeline.timeml import GoldTimex, TimeMLDocument, read

__all__ = [
    "Counts",
    "DocumentResult",
    "Error",
    "Report",
    "TAGGERS",
    "Tagger",
    "dateparser_tagger",
    "evaluate",
    "load_documents",
    "main",
    "match",
    "score_document",
    "timeline_tagger",
]


Tagger = Callable[[str, date], Sequence[Any]]


#: The kinds of :class:`Error`, in the order ``--errors`` counts them.
ERROR_KINDS = ("missed", "spurious", "value", "type", "span")


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


@dataclass(slots=True)
class Counts:
    """The counts every metric derives from; add two with ``+``."""

    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    type_correct: int = 0
    value_correct: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(*(getattr(self, n) + getattr(other, n) for n in self.__slots__))

    def scores(self) -> dict[str, float]:
        """Every TempEval-3 Task A figure, keyed ``strict_f1``, ``value_accuracy``, ..."""
        out: dict[str, float] = {}
        for kind in ("strict", "relaxed"):
            matched = getattr(self, kind)
            p, r = _ratio(matched, self.system), _ratio(matched, self.gold)
            out |= {f"{kind}_precision": p, f"{kind}_recall": r, f"{kind}_f1": _f1(p, r)}
        for attr in ("type", "value"):
            accuracy = _ratio(getattr(self, f"{attr}_correct"), self.relaxed)
            out[f"{attr}_accuracy"] = accuracy
            out[f"{attr}_f1"] = out["relaxed_f1"] * accuracy
        return out


@dataclass(frozen=True, slots=True)
class Error:
    """One disagreement: ``missed`` (gold only), ``spurious`` (system only), ``value`` (matched,
    wrong value), ``type`` (matched, right value, wrong type) or ``span`` (matched with the right
    value, but the offsets differ)."""

    kind: str
    document: str
    gold: GoldTimex | None
    system: Any | None
    context: str

    def to_json(self) -> dict[str, Any]:
        """The error as JSON: kind, document, context and each side's span, type, value, mod."""

        def side(t: Any | None) -> dict[str, Any] | None:
            if t is None:
                return None
            return {
                "start": t.start,
                "end": t.end,
                "text": getattr(t, "text", ""),
                "type": t.type,
                "value": t.value,
                "mod": getattr(t, "mod", None),
                **({"rule": t.rule} if getattr(t, "rule", "") else {}),
            }

        return {
            "kind": self.kind,
            "document": self.document,
            "gold": side(self.gold),
            "system": side(self.system),
            "context": self.context,
        }

    def describe(self) -> str:
        """One line: ``document  kind  gold "text" TYPE value  |  system "text" TYPE value``."""

        def show(t: Any | None, text: str) -> str:
            if t is None:
                return "-"
            mod = f" mod={t.mod}" if getattr(t, "mod", None) else ""
            return f"{text!r} {t.type} {t.value}{mod}"

        gold_text = self.gold.text if self.gold else ""
        system_text = getattr(self.system, "text", "") if self.system is not None else ""
        return (
            f"{self.document}\t{self.kind}\tgold {show(self.gold, gold_text)}"
            f"\t| system {show(self.system, system_text)}\t… {self.context} …"
        )


@dataclass(slots=True)
class DocumentResult:
    """The counts and errors of one document."""

    name: str
    counts: Counts
    errors: list[Error] = field(default_factory=list)


@dataclass(slots=True)
class Report:
    """The result of :func:`evaluate`: summed counts, their scores and every document's errors."""

    documents: list[DocumentResult]

    @property
    def counts(self) -> Counts:
        return sum((d.counts for d in self.documents), Counts())

    def scores(self) -> dict[str, float]:
        return self.counts.scores()

    def errors(self) -> list[Error]:
        return [e for d in self.documents for e in d.errors]

    def to_json(self) -> dict[str, Any]:
        counts = self.counts
        return {
            "documents": len(self.documents),
            "gold": counts.gold,
            "system": counts.system,
            "strict_matches": counts.strict,
            "relaxed_matches": counts.relaxed,
            **{k: round(v, 4) for k, v in counts.scores().items()},
        }

    def format(self) -> str:
        """The score table printed by ``timeline eval``."""
        c, s = self.counts, self.scores()
        lines = [
            f"documents {len(self.documents)}   gold {c.gold}   system {c.system}   "
            f"strict matches {c.strict}   relaxed matches {c.relaxed}",
            f"{'':10}{'P':>8}{'R':>8}{'F1':>8}",
            *(
                f"{kind:10}{s[kind + '_precision']:8.3f}{s[kind + '_recall']:8.3f}"
                f"{s[kind + '_f1']:8.3f}"
                for kind in ("strict", "relaxed")
            ),
            f"{'':10}{'accuracy':>10}{'F1':>8}",
            *(
                f"{attr:10}{s[attr + '_accuracy']:10.3f}{s[attr + '_f1']:8.3f}"
                for attr in ("type", "value")
            ),
        ]
        return "\n".join(lines)


def _overlaps(a: Any, b: Any) -> bool:
    return a.start < b.end and b.start < a.end


def match(
    gold: Sequence[Any], system: Sequence[Any]
) -> tuple[set[tuple[int, int]], dict[int, int]]:
    """Match system to gold expressions by offsets.

    Returns ``(strict, relaxed)``: the set of exact ``(gold index, system index)`` pairs and
    the one-to-one relaxed matching as ``{gold index: system index}``. Exact pairs are part of
    the relaxed matching; the rest is a maximum matching of overlapping spans (augmenting
    paths, preferring the earliest overlapping partner).
    """
    strict: set[tuple[int, int]] = set()
    relaxed: dict[int, int] = {}
    taken: dict[int, int] = {}  # system index -> gold index
    by_span: dict[tuple[int, int], list[int]] = {}
    for j, s in enumerate(system):
        by_span.setdefault((s.start, s.end), []).append(j)
    for i, g in enumerate(gold):
        candidates = [j for j in by_span.get((g.start, g.end), []) if j not in taken]
        if candidates:
            strict.add((i, candidates[0]))
            relaxed[i], taken[candidates[0]] = candidates[0], i
    exact_system = set(taken)
    neighbours = {
        i: [j for j, s in enumerate(system) if j not in exact_system and _overlaps(g, s)]
        for i, g in enumerate(gold)
        if i not in relaxed
    }

    def augment(i: int, seen: set[int]) -> bool:
        for j in neighbours[i]:
            if j in seen:
                continue
            seen.add(j)
            owner = taken.get(j)
            if owner is None or augment(owner, seen):
                taken[j], relaxed[i] = i, j
                return True
        return False

    for i in neighbours:
        augment(i, set())
    return strict, relaxed


def _context(text: str, start: int, end: int, width: int = 40) -> str:
    left = text[max(0, start - width) : start]
    right = text[end : end + width]
    return " ".join(f"{left}[{text[start:end]}]{right}".split())


def score_document(document: TimeMLDocument, system: Sequence[Any]) -> DocumentResult:
    """Compare one document's gold expressions with a system's output for its text."""
    gold = document.timexes
    strict, relaxed = match(gold, system)
    counts = Counts(gold=len(gold), system=len(system), strict=len(strict), relaxed=len(relaxed))
    errors: list[Error] = []
    text, name = document.text, document.name
    for i, g in enumerate(gold):
        if i not in relaxed:
            errors.append(Error("missed", name, g, None, _context(text, g.start, g.end)))
            continue
        s = system[relaxed[i]]
        counts.type_correct += s.type == g.type
        counts.value_correct += s.value == g.value
        kind = (
            "value"
            if s.value != g.value
            else "type"
            if s.type != g.type
            else "span"
            if (i, relaxed[i]) not in strict
            else ""
        )
        if kind:
            errors.append(
                Error(kind, name, g, s, _context(text, min(g.start, s.start), max(g.end, s.end)))
            )
    matched_system = set(relaxed.values())
    for j, s in enumerate(system):
        if j not in matched_system:
            errors.append(Error("spurious", name, None, s, _context(text, s.start, s.end)))
    errors.sort(key=lambda e: (e.gold or e.system).start)
    return DocumentResult(name, counts, errors)


def load_documents(directory: str | Path) -> list[TimeMLDocument]:
    """Every ``*.tml`` file under ``directory`` (recursively), parsed, in path order."""
    root = Path(directory)
    if root.is_file():
        return [read(root)]
    paths = sorted(root.rglob("*.tml"))
    if not paths:
        raise FileNotFoundError(f"no .tml files under {root}")
    return [read(path) for path in paths]


def evaluate(documents: Iterable[TimeMLDocument], tagger: Tagger) -> Report:
    """Run ``tagger(text, dct_date)`` on every document and score it against the gold."""
    return Report([score_document(doc, list(tagger(doc.text, doc.reference))) for doc in documents])


def timeline_tagger(text: str, reference: date) -> list[Any]:
    """The project's own tagger, :func:`timeline.temporal.tag`."""
    from timeline.temporal import tag

    return tag(text, reference)


def dateparser_tagger(text: str, reference: date) -> list[GoldTimex]:
    """The baseline: :func:`dateparser.search.search_dates` with ``RELATIVE_BASE`` = reference.

    search_dates returns ``(substring, datetime)`` pairs; each substring is located after the
    previous one, and its value is the day (``DATE``) or, when it carries a time of day, the
    minute (``TIME``). search_dates has no notion of granularity, durations or sets.
    """
    from dateparser.search import search_dates

    base = datetime.combine(reference, time()) if not isinstance(reference, datetime) else reference
    found = search_dates(text, languages=["en"], settings={"RELATIVE_BASE": base}) or []
    out: list[GoldTimex] = []
    pos = 0
    for substring, when in found:
        start = text.find(substring, pos)
        if start < 0:
            continue
        pos = start + len(substring)
        if when.time() == time():
            out.append(GoldTimex(start, pos, substring, "DATE", when.date().isoformat()))
        else:
            out.append(
                GoldTimex(
                    start,
                    pos,
                    substring,
                    "TIME",
                    when.replace(tzinfo=None).isoformat(timespec="minutes"),
                )
            )
    return out


#: The taggers ``--tagger`` can name.
TAGGERS: dict[str, Tagger] = {"timeline": timeline_tagger, "dateparser": dateparser_tagger}


def run(
    directory: str | Path,
    tagger: str = "timeline",
    errors: bool = False,
    as_json: bool = False,
    out: Any = None,
) -> Report:
    """Evaluate and print the score table, after one line per error and a count of each kind
    with ``errors``; with ``as_json``, one JSON object (holding the errors with ``errors``)."""
    out = out or sys.stdout
    report = evaluate(load_documents(directory), TAGGERS[tagger])
    if as_json:
        data = {"tagger": tagger, **report.to_json()}
        if errors:
            data["errors"] = [error.to_json() for error in report.errors()]
        print(json.dumps(data, indent=2, ensure_ascii=False), file=out)
        return report
    if errors:
        for error in report.errors():
            print(error.describe(), file=out)
        kinds = Counter(error.kind for error in report.errors())
        print("errors: " + ", ".join(f"{kinds[k]} {k}" for k in ERROR_KINDS) + "\n", file=out)
    print(f"tagger {tagger}", file=out)
    print(report.format(), file=out)
    return report


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m timeline.evaluation",
        description="TempEval-3 Task A scores of a temporal tagger on TimeML files "
        "(every *.tml under DIR; each file's DCT date is the reference).",
        epilog="example: python -m timeline.evaluation ../shared/data/timebank --errors",
    )
    parser.add_argument("directory", help="a directory searched recursively for *.tml, or a file")
    parser.add_argument(
        "--errors",
        action="store_true",
        help="list missed, spurious, wrongly valued/typed and mis-spanned "
        "expressions before the scores",
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help="print the scores (and, with --errors, the errors) as one JSON object",
    )
    parser.add_argument(
        "--tagger",
        choices=sorted(TAGGERS),
        default="timeline",
        help="the tagger to score (default: timeline)",
    )
    args = parser.parse_args(argv)
    run(args.directory, args.tagger, args.errors, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
