"""Sentences and their tense, as far as dating needs them.

Tense decides the direction of underspecified dates: "said Wednesday" is the last Wednesday,
"will meet Friday" the next one. We do not parse: we look for tense markers (modal "will",
"going to", "plans to"; past forms "said", "was", "-ed" verbs; present "is", "says") and take
the one nearest to the expression, preferring one before it in the same clause.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from .lexicon import rows

_ABBREVIATIONS = frozenset(
    w.lower() for (w, *_rest) in rows("abbreviations")
)

#: Candidate sentence ends: terminal punctuation (plus closing quotes) then space, or a blank
#: line. Abbreviations ("Mr.", "Sept.") are filtered in :func:`sentence_spans`.
_BOUNDARY = re.compile(
    r"""(?:[.!?]["'”’)\]]{0,3}[ \t]*\n?[ \t]*(?=\s*["'“‘(]?[A-Z0-9])|\n[ \t]*\n)"""
)
_WORD_BEFORE = re.compile(r"([\w.]{1,20})[.]$")

_FUTURE = (
    r"will|won't|wont|shall|'ll|’ll|going\s+to|plans?\s+to|planned|planning\s+to|plans|"
    r"expects?\s+to|expected\s+to|intends?\s+to|scheduled|schedules|is\s+to|are\s+to|"
    r"set\s+to|due\s+to|would|to\s+be\s+held|hopes?\s+to|aims?\s+to|next|upcoming|coming|"
    r"is\s+due|are\s+due|will\s+be"
)
_PRESENT = r"is|are|am|says|say|has|have|does|do|isn't|aren't|remains|continues|seems"
_PAST_IRREGULAR = (
    r"said|was|were|had|did|told|went|came|took|made|gave|met|left|began|saw|found|got|held|"
    r"fell|rose|won|lost|sent|spent|sold|bought|brought|thought|kept|led|paid|struck|ran|wrote|"
    r"spoke|broke|chose|drove|flew|grew|knew|stood|understood|wore|ago|earlier|yesterday|"
    r"last|wasn't|weren't|didn't|hadn't|became|fought|caught|taught|felt|heard|meant|shot|"
    r"slid|sank|swore|threw|withdrew|overtook|undertook|laid|sought|built|lent|dealt|swept|"
    r"fled|fed|hung|drew|blew|tore|shook|forgot|rode|stuck|dug|sat|lit|hid|ate|hit|cut|shut|"
    r"quit|spread|bid|cast|sped|bound|wound|overcame|forbade|arose|awoke"
)
_MARKER = re.compile(
    rf"(?<![\w'’])(?:(?P<future>{_FUTURE})|(?P<present>{_PRESENT})|"
    rf"(?P<past>{_PAST_IRREGULAR}|[a-z]{{2,20}}ed))(?![\w'’])",
    re.IGNORECASE,
)
#: -ed words that are rarely past-tense verbs in news.
_NOT_PAST = frozenset(
    "need speed seed feed deed bed red shed weed bleed breed creed greed united limited "
    "based related concerned interested detailed advanced expected scheduled proposed "
    "so-called alleged armed supposed".split()
)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` offsets of the sentences of ``text`` (abbreviation-aware)."""
    spans = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        if m.group().startswith("."):
            prev = _WORD_BEFORE.search(text, max(0, m.start() - 21), m.start() + 1)
            if prev and (prev.group(1).lower() in _ABBREVIATIONS or len(prev.group(1)) == 1):
                continue
        end = m.end()
        if end > start:
            spans.append((start, end))
        start = end
    if start < len(text) or not spans:
        spans.append((start, len(text)))
    return spans


class Sentences:
    """Sentence lookup by character offset (built once per text)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.spans = sentence_spans(text)
        self.starts = [s for s, _ in self.spans]

    def around(self, pos: int) -> tuple[int, int]:
        """The sentence containing offset ``pos``."""
        i = max(0, bisect_right(self.starts, pos) - 1)
        return self.spans[i]


_AUX_BEFORE = re.compile(
    r"(?:\b(?:be|been|being|is|are|was|were|has|have|had|can|could|may|might|must|should|"
    r"would|will|to|get|got|not|n't|remain|remains|remained|stay|stays|stayed|become|becomes|"
    r"seem|seems|seemed)\s{1,3}(?:\w{1,15}ly\s{1,3})?)$",
    re.IGNORECASE,
)


#: Past markers that are never participles.
_PAST_ONLY = frozenset("said was were did went came took gave began saw fell rose ran wrote spoke "
                       "broke chose drove flew grew knew ago earlier yesterday last wasn't weren't "
                       "didn't became".split())


def _markers(sentence: str) -> list[tuple[int, str]]:
    out = []
    for m in _MARKER.finditer(sentence):
        kind = m.lastgroup or "present"
        word = m.group().lower()
        if kind == "past" and word not in _PAST_ONLY:
            if word in _NOT_PAST:
                continue
            if _AUX_BEFORE.search(sentence, max(0, m.start() - 30), m.start()):
                continue  # a participle after an auxiliary: the auxiliary has the tense
        out.append((m.start(), kind))
    return out


def sentence_tense(sentence: str) -> str:
    """The tense of a sentence: ``"future"`` if it has a future marker ("will", "plans to"),
    else ``"past"`` if it has a past one ("said", "-ed"), else ``"present"``."""
    kinds = {k for _, k in _markers(sentence)}
    if "future" in kinds:
        return "future"
    if "past" in kinds:
        return "past"
    return "present"


_CLAUSE_BREAK = re.compile(r"[;:]|,\s+(?:and|but|while|after|before|when|although|though)\b"
                           r"|\b(?:but|while|although|whereas)\b|,\s{0,2}(?:''|\"|”|’)"
                           r"|(?:''|\"|”)\s{0,2},")
#: How close (characters) a marker before the expression must be to govern it outright
#: ("..., Castro said Sunday").
_ADJACENT = 25


def tense_at(sentence: str, pos: int, end: int) -> str:
    """The tense governing an expression at ``[pos, end)`` of ``sentence``.

    Within the expression's clause (back to the last clause break before it): a future marker
    anywhere before it wins ("will remain closed until Friday"), else the nearest marker before
    it. Without one, the first marker after it in the sentence ("Friday, officials said"), else
    ``"unknown"``.
    """
    markers = [(p, k) for p, k in _markers(sentence) if not pos <= p < end]
    clause_start = 0
    for b in _CLAUSE_BREAK.finditer(sentence, 0, pos):
        clause_start = b.end()
    before = [(p, k) for p, k in markers if clause_start <= p < pos]
    if before:
        p, k = before[-1]
        if pos - p > _ADJACENT and any(k == "future" for _, k in before):
            return "future"
        return k
    after = [(p, k) for p, k in markers if p >= end]
    if after:
        return after[0][1]
    earlier = [(p, k) for p, k in markers if p < clause_start]
    if earlier:
        return earlier[-1][1]
    return "unknown"


_FORWARD_CUE = re.compile(
    r"\b(?:payable|effective|due|expire|expires|expiring|record|deadline|until|till|by|to|"
    r"through|starting|beginning|scheduled|set\s{1,3}for)\s{1,3}(?:on\s{1,3})?$",
    re.IGNORECASE,
)


def forward_cue(text: str, pos: int) -> bool:
    """True if the words right before ``pos`` look ahead ("payable Dec. 15", "extended to
    Nov. 20", "effective Feb. 1"): a past-tense verb then does not govern the date."""
    return _FORWARD_CUE.search(text, max(0, pos - 24), pos) is not None
