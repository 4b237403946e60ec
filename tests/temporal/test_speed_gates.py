"""The gates in front of searches change nothing: where a gate turns a text away, the search it
guards finds no match (checked on every corpus sentence, at every character of the narratives
at a stride, and on the letters that ``re.IGNORECASE`` folds to others: "ı", "ſ"); and a count
of one character by finds is ``str.count``'s."""

from __future__ import annotations

from pathlib import Path

from corpus import load_all

from timeline.temporal import clauses, narrative
from timeline.temporal.rules import absolute, common

_NARRATIVES = Path(__file__).parent / "narratives"
#: Texts the gates see at their edges: the words of each search in odd cases and letters.
_EDGES = [
    "On average on 16 April, compared with 24 April",
    "typically around 20 December, versus 2 January ",
    "on average on 16 April, AGAINST 24 April",
    "on average on 16 April, agaınst 24 April",  # a dotless i
    "on average on 16 April, verſus 24 April",  # a long s
    "on average on 16 April, rather than on\n",
    "For the first nine months, net fell; for the three months ended Sept. 30",
    "the latest six MONTHS; the Quarter",
    "Since the war began in February, Till then, until the talks, still ill, Until",
]


def _texts() -> list[str]:
    texts = sorted({case.sentence for case in load_all()})
    texts += [p.read_text(encoding="utf-8") for p in sorted(_NARRATIVES.glob("*.txt"))]
    return texts + _EDGES


def _places(text: str) -> range:
    return range(0, len(text) + 1, 1 if len(text) < 400 else 11)


def test_the_governor_tails_gate_the_hint() -> None:
    for text in _texts():
        for start in _places(text):
            lead = max(0, start - clauses._GOVERNOR_REACH)
            if all(text.find(t, lead, start) < 0 for t in clauses._GOVERNOR_TAILS):
                assert clauses._GOVERNOR_HINT.search(text, lead, start) is None, (text, start)


def test_the_comparison_words_gate_the_compared_day() -> None:
    for text in _texts():
        for end in _places(text):
            before = text[max(0, end - 120) : end]
            if absolute._GENERIC_COMPARED.search(before):
                assert absolute._compared_before(before), before
    assert absolute._compared_before("on average on 16 April, agaınst ")
    assert absolute._compared_before("on average on 16 April, verſus ")


def test_the_period_words_gate_the_year_to_date() -> None:
    for text in _texts():
        for end in _places(text):
            span = text[max(0, end - 300) : end]
            if common._YEAR_TO_DATE.search(span):
                assert any(w in span.lower() for w in common._YEAR_TO_DATE_WORDS), span


def test_holds_is_a_count_of_one_character() -> None:
    for text in _texts()[-60:] + ["", "#", "a:b:c:d:", "··x·"]:
        for char in ("#", ":", "\u00b7"):
            for n in range(-1, 6):
                for end in (None, 0, 3, 3000):
                    expected = text.count(char, 0, end) >= n
                    assert narrative._holds(text, char, n, end) == expected, (text, char, n, end)
