"""One test per corpus example: the tagger must find exactly that expression, resolved as written.

A case passes only if exactly one Timex overlaps the example's text in its sentence, that
Timex spans exactly the text, and its type, value, mod and interval (plus granularity, signal,
freq, quant, event interval, whether it is a subordinate clause's ``background`` expression and
the rule that produced it where the case gives them) are the
expected ones.
"""

from __future__ import annotations

import pytest
from corpus import Case, load_all, utc_pair

from timeline.temporal import event_interval, tag
from timeline.temporal.clauses import background

CASES = load_all()


def _found(case: Case) -> list:
    timexes = tag(
        case.sentence, case.reference, prefer=case.prefer, document_type=case.document_type
    )
    return [t for t in timexes if t.start < case.end and case.start < t.end]


@pytest.mark.parametrize("case", CASES, ids=[case.text for case in CASES])
def test_example(case: Case) -> None:
    covering = _found(case)
    assert [(t.start, t.end, t.text) for t in covering] == [(case.start, case.end, case.text)], (
        f"{case.where()}: expected exactly one expression {case.text!r}, found "
        f"{[(t.text, t.value, t.rule) for t in covering]}"
    )
    timex = covering[0]
    actual = {
        "type": timex.type,
        "value": timex.value,
        "mod": timex.mod,
        "interval": utc_pair(timex.interval),
    }
    expected = {
        "type": case.type,
        "value": case.value,
        "mod": case.mod,
        "interval": utc_pair(case.interval),
    }
    for key, want in case.checks.items():
        if key == "event_interval":
            actual[key] = utc_pair(event_interval(timex, case.reference))
            expected[key] = utc_pair(want)
        elif key == "background":
            actual[key] = background(case.sentence, timex.start, timex.end, timex.signal)
            expected[key] = want
        else:
            actual[key] = getattr(timex, key)
            expected[key] = want
    assert actual == expected, f"{case.where()} (rule {timex.rule})"


def test_the_corpus_is_big_enough() -> None:
    families = {case.family for case in CASES}
    assert len(CASES) >= 400, len(CASES)
    assert len(families) >= 11, families
