"""Group the tagger's errors on a TimeML development set into families.

    PYTHONPATH=. .venv/bin/python bench/tagger_errors.py ../shared/data/timebank [--show FAMILY]

Prints, for value and span errors (and, more briefly, missed and spurious ones), counts by
family, by gold type -> system type, and by the rule that fired. A family is a guess made from
the two values alone (``classify``): wrong reference (same granularity, other value), wrong
granularity, DURATION vs DATE, underspecified gold (``XX``), part of day, quarters, ``*_REF``,
quantities (``P1Y`` vs ``PXY``), ... ``--show FAMILY`` lists that family's errors. It asserts
nothing: it is a reading aid for error analysis.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Sequence
from datetime import date

from timeline.evaluation import Error, evaluate, load_documents, timeline_tagger

_REF = re.compile(r"(PRESENT|PAST|FUTURE)_REF")
_PART_OF_DAY = re.compile(r"T(MO|AF|EV|NI|DT)$")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _shape(value: str) -> str:
    """The granularity a value is written at: ``1998-W32`` -> ``week``, ``P3Y`` -> ``P-Y``."""
    if value.startswith("P"):
        return "P-" + value[-1]
    if _REF.fullmatch(value):
        return "REF"
    if "T" in value:
        return "partofday" if _PART_OF_DAY.search(value) else "time"
    if _DAY.match(value):
        return "day"
    return next((name for pattern, name in _FORMS if pattern.fullmatch(value)), "other")


#: The other forms of a date value and the granularity each is written at.
_FORMS = tuple(
    (re.compile(pattern), name)
    for pattern, name in (
        (r"\d{4}-W\d{2}(-WE)?", "week"),
        (r"\d{4}-Q\d", "quarter"),
        (r"\d{4}-(SP|SU|FA|WI)", "season"),
        (r"\d{4}-\d{2}", "month"),
        (r"\d{4}", "year"),
        (r"\d{1,3}", "decade/century"),
    )
)


def classify(error: Error) -> str:
    """The family of a ``value`` error, from gold and system alone."""
    g, s = error.gold, error.system
    assert g is not None and s is not None
    gv, sv = g.value, s.value
    if "X" in gv and not gv.startswith("P") and not _REF.fullmatch(gv):
        return "gold underspecified (XX)"
    if _PART_OF_DAY.search(sv) or _PART_OF_DAY.search(gv):
        return "part of day"
    if g.type == "SET" or s.type == "SET":
        return "set"
    if _REF.fullmatch(gv) or _REF.fullmatch(sv):
        return "REF: " + (("gold " + gv) if _REF.fullmatch(gv) else ("system " + sv))
    if g.type == "DURATION" and s.type != "DURATION":
        return f"DURATION vs {s.type}"
    if s.type == "DURATION" and g.type != "DURATION":
        return f"{g.type} vs DURATION"
    if g.type == "DURATION":
        if "X" in gv or "X" in sv:
            return "duration quantity (X)"
        return "duration unit/number"
    if "Q" in gv or "Q" in sv:
        return "quarter"
    gs, ss = _shape(gv), _shape(sv)
    if gs != ss:
        return f"granularity {gs} vs {ss}"
    if gs == "day" and gv[:4] == sv[:4]:
        delta = (date.fromisoformat(sv) - date.fromisoformat(gv)).days
        if abs(delta) in (7, 14):
            return "weekday direction (±7)"
        return "wrong day"
    if gs == "week":
        return "wrong week"
    return f"wrong {gs}"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("directory")
    parser.add_argument("--show", default="", help="list the errors of families containing this")
    parser.add_argument("--kind", default="value", help="error kind for --show (value, span, ...)")
    args = parser.parse_args(argv)
    report = evaluate(load_documents(args.directory), timeline_tagger)
    errors = report.errors()
    kinds = Counter(e.kind for e in errors)
    print("errors by kind:", dict(kinds))

    families: dict[str, list[Error]] = defaultdict(list)
    for e in errors:
        if e.kind == "value":
            families[classify(e)].append(e)
    print("\nvalue errors by family")
    for family, members in sorted(families.items(), key=lambda kv: -len(kv[1])):
        print(f"{len(members):5}  {family}")

    print("\nvalue errors by gold type -> system type")
    types = Counter(f"{e.gold.type} -> {e.system.type}" for e in errors if e.kind == "value")  # type: ignore[union-attr]
    for key, n in types.most_common():
        print(f"{n:5}  {key}")

    for kind in ("value", "span", "spurious"):
        print(f"\n{kind} errors by rule")
        rules = Counter(getattr(e.system, "rule", "") for e in errors if e.kind == kind)
        for key, n in rules.most_common(25):
            print(f"{n:5}  {key}")

    print("\nspan errors: system longer / shorter / shifted")
    spans: Counter[str] = Counter()
    for e in errors:
        if e.kind != "span":
            continue
        g, s = e.gold, e.system
        assert g is not None and s is not None
        if s.start <= g.start and s.end >= g.end:
            spans["system longer"] += 1
        elif s.start >= g.start and s.end <= g.end:
            spans["system shorter"] += 1
        else:
            spans["shifted"] += 1
    for key, n in spans.most_common():
        print(f"{n:5}  {key}")

    if args.show:
        print(f"\n{args.kind} errors in families matching {args.show!r}")
        for e in errors:
            if e.kind != args.kind:
                continue
            family = classify(e) if e.kind == "value" else ""
            rule = getattr(e.system, "rule", "")
            if args.show == "all" or args.show in family or args.show == rule:
                print(f"[{family or e.kind}] {rule}  {e.describe()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
