"""The span corpus: the exact expressions found in a sentence, in order, with TimeML boundaries."""

from __future__ import annotations

import pytest
from corpus import find_words, load_special

from timeline.temporal import tag

DATA = load_special("spans")
CASES = DATA["cases"]


def expected_spans(sentence: str, spans: list) -> list[tuple[int, int, str]]:
    """Each span is a text, found as whole words after the previous one, or ``[text, n]``: the
    n-th (0-based) whole-word occurrence of text in the sentence."""
    out, pos = [], 0
    for span in spans:
        if isinstance(span, list):
            text, nth = span
            start = find_words(sentence, text)[nth]
        else:
            text = span
            start = next(s for s in find_words(sentence, text) if s >= pos)
        out.append((start, start + len(text), text))
        pos = start + len(text)
    return out


@pytest.mark.parametrize("case", CASES, ids=[case["sentence"] for case in CASES])
def test_spans(case: dict) -> None:
    sentence = case["sentence"]
    found = [(t.start, t.end, t.text) for t in tag(sentence, DATA["reference"])]
    assert found == expected_spans(sentence, case["spans"])


def test_expected_spans_are_located_in_order() -> None:
    sentence = "On Sunday Times said Sunday, and Sunday."
    assert expected_spans(sentence, [["Sunday", 1], "Sunday"]) == [
        (21, 27, "Sunday"),
        (33, 39, "Sunday"),
    ]
    assert len(CASES) >= 30
