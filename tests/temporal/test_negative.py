"""The negative corpus: words that look like dates and are not must not be tagged."""

from __future__ import annotations

import pytest
from corpus import find_words, load_special

from timeline.temporal import tag

DATA = load_special("negative")
CASES = DATA["cases"]


def _id(case: dict) -> str:
    return f"{case['sentence']} @{case['at']}" if "at" in case else case["sentence"]


@pytest.mark.parametrize("case", CASES, ids=[_id(case) for case in CASES])
def test_nothing_tagged(case: dict) -> None:
    sentence = case["sentence"]
    timexes = tag(sentence, DATA["reference"], document_type=case.get("document_type", "auto"))
    if "at" in case:
        (start,) = find_words(sentence, case["at"])
        end = start + len(case["at"])
        timexes = [t for t in timexes if t.start < end and start < t.end]
    assert [(t.text, t.type, t.value, t.rule) for t in timexes] == []


def test_the_negative_corpus_is_big_enough() -> None:
    assert len(CASES) >= 60
    for case in CASES:
        assert set(case) <= {"sentence", "at", "document_type"}, case
        if "at" in case:
            assert len(find_words(case["sentence"], case["at"])) == 1, case
