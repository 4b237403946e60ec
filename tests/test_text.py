"""Sentence splitting: offsets, abbreviations, quotes."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.temporal.sentences import Sentences
from timeline.text import split_sentences

CASES = [
    ("Dr. Smith arrived. He spoke.", ["Dr. Smith arrived.", "He spoke."]),
    ("U.S. President Joe Biden spoke.", ["U.S. President Joe Biden spoke."]),
    ("Aid came from the U.S. The convoy left.", ["Aid came from the U.S.", "The convoy left."]),
    ("It began on Jan. 5 in Kyiv.", ["It began on Jan. 5 in Kyiv."]),
    ("They met at 7 a.m. Monday in Izyum.", ["They met at 7 a.m. Monday in Izyum."]),
    # a figure after a dotted abbreviation goes on with its sentence (session 33, text 846)
    ("By 7 a.m. 41 people were dead.", ["By 7 a.m. 41 people were dead."]),
    (
        "The U.S. 10-year yield rose. It fell later.",
        ["The U.S. 10-year yield rose.", "It fell later."],
    ),
    ("It closed in 2014. 12 staff left.", ["It closed in 2014.", "12 staff left."]),
    (
        "Shelling stopped at 9 p.m. The town was quiet.",
        ["Shelling stopped at 9 p.m.", "The town was quiet."],
    ),
    ('"Is it over?" he asked.', ['"Is it over?" he asked.']),
    ('"We will hold," she said. Troops dug in.', ['"We will hold," she said.', "Troops dug in."]),
    ('He said: "It is over." Then he left.', ['He said: "It is over."', "Then he left."]),
    (
        "John F. Kennedy was shot in 1963. Nobody forgot.",
        ["John F. Kennedy was shot in 1963.", "Nobody forgot."],
    ),
    (
        "Gen. Valery Zaluzhny and Col. Petrenko met Sgt. Hill.",
        ["Gen. Valery Zaluzhny and Col. Petrenko met Sgt. Hill."],
    ),
    ("Acme Inc. said profits fell. Shares slid.", ["Acme Inc. said profits fell.", "Shares slid."]),
    ("The U.N. Security Council met. It voted.", ["The U.N. Security Council met.", "It voted."]),
    ("Wait! What? Yes.", ["Wait!", "What?", "Yes."]),
    ("First line\nsecond line", ["First line", "second line"]),
    ("Para one.\n\n  Para two.  ", ["Para one.", "Para two."]),
    ("", []),
    ("   \n  ", []),
    ("No. 5 won. Then No. 6.", ["No. 5 won.", "Then No. 6."]),
    ("The talks (in Geneva.) Ended.", ["The talks (in Geneva.)", "Ended."]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_split(text, expected):
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == expected
    for s in sentences:
        assert text[s.start : s.end] == s.text


def test_the_tagger_looks_sentences_up_by_offset():
    """The tagger's lookup uses the same sentences; white space between two belongs to the
    first, and a text without any is one sentence."""
    text = "Dr. A left.  He came back\n\n   "
    sentences = Sentences(text)
    assert [sentences.around(pos) for pos in (0, 10, 11, 12, 13, 30)] == [
        (0, 11),
        (0, 11),
        (0, 11),
        (0, 11),
        (13, 25),
        (13, 25),
    ]
    assert Sentences("   ").around(1) == (0, 3)


def test_offsets_are_increasing_and_disjoint():
    text = "Dr. A met Mr. B on Feb. 24.  It was 4 a.m. The shells fell.\nLater, calm."
    sentences = split_sentences(text)
    assert len(sentences) == 4
    for a, b in zip(sentences, sentences[1:], strict=False):
        assert a.end <= b.start
    assert all(not s.text[0].isspace() and not s.text[-1].isspace() for s in sentences)


_ALPHABET = "abcXYZ .!?\"'“”()\n-0123456789"
_WORDS = [
    "Dr.",
    "U.S.",
    "Jan.",
    "a.m.",
    "p.m.",
    "No.",
    "Inc.",
    "e.g.",
    "F.",
    "The",
    "he",
    "said",
    "5",
    "“Yes.”",
    "(ok.)",
    "?",
    "!",
    "...",
    "\n\n",
    "\n",
]


@given(st.lists(st.one_of(st.sampled_from(_WORDS), st.text(_ALPHABET, max_size=8)), max_size=60))
@settings(max_examples=300, deadline=None)
def test_sentences_tile_the_text(parts):
    """Sentences are ordered, disjoint, trimmed, exact slices, and cover every visible char."""
    text = " ".join(parts)
    sentences = split_sentences(text)
    covered = set()
    previous_end = 0
    for s in sentences:
        assert text[s.start : s.end] == s.text
        assert s.text and s.text == s.text.strip()
        assert s.start >= previous_end
        previous_end = s.end
        covered.update(range(s.start, s.end))
    assert {i for i, ch in enumerate(text) if not ch.isspace()} <= covered
