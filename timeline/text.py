"""Sentence splitting with character offsets, robust to the abbreviations of news text.

:func:`split_sentences` returns :class:`Sentence` records whose ``start``/``end`` are str
offsets into the original text (``text[s.start:s.end] == s.text``), trimmed of surrounding
white space. A sentence ends at ``.``, ``!`` or ``?`` (plus any closing quotes or brackets)
followed by white space and a plausible sentence start, and always at a blank line or line
break. A period does not end a sentence when it closes

- a title or other abbreviation that is always followed by more of the sentence
  ("Dr.", "Gen.", "Mr.", "St.", "No. 5", "vs."),
- a single initial ("John F. Kennedy"),
- a month abbreviation followed by a day number ("Jan. 5"),

and after an abbreviation that may also end a sentence ("U.S.", "a.m.", "Jan.", "Inc.",
"etc.") it ends one only when the next word is a typical sentence opener ("The", "He", "But")
rather than a name that continues it ("U.S. President", "7 a.m. Monday").
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence: ``text == source[start:end]``."""

    start: int
    end: int
    text: str


#: Abbreviations that never end a sentence: they are followed by a name or a number.
_TITLES = frozenset(
    """
    mr mrs ms mx dr prof gen lt col maj capt cpt sgt cpl pvt adm cmdr brig
    gov sen rep rev fr sr jr st mt ft hon pres supt insp det amb
    no nos vol art sec fig pp vs v cf approx ca est dept univ
    """.split()
)

#: Abbreviations that can end a sentence (or not).
_MAYBE_FINAL = frozenset(
    """
    jan feb mar apr jun jul aug sep sept oct nov dec
    mon tue tues wed thu thur thurs fri sat sun
    inc corp co ltd llc plc bros etc al
    """.split()
)

_MONTHS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())

#: Words that typically open a sentence; after an ambiguous abbreviation, one of these means
#: the abbreviation ended the sentence.
_OPENERS = frozenset(
    """
    the a an this that these those there here it its he she they we i you his her their our
    my your but and or so yet however meanwhile still also then in on at after before
    during while when as if although though since because for from with by to of according
    some many most several few all both no none one two three four five other another
    """.split()
)

# A candidate end: terminal punctuation, optional closing quotes/brackets, then white space.
_CANDIDATE = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s)")
_LINE_BREAK = re.compile(r"\n\s*")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")
#: How far back to look for the word before a period (searching from the start of the text
#: each time would make splitting quadratic).
_LONGEST_WORD = 40
_NEXT_WORD = re.compile(r"\s+[\"'“‘(\[]*([^\s]+)")


def split_sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences with offsets (see the module docstring for the rules)."""
    sentences: list[Sentence] = []
    for block_start, block_end in _blocks(text):
        start = block_start
        for match in _CANDIDATE.finditer(text, block_start, block_end):
            if _is_boundary(text, match, block_end):
                _append(sentences, text, start, match.end())
                start = match.end()
        _append(sentences, text, start, block_end)
    return sentences


def _blocks(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` between line breaks (a line break always ends a sentence)."""
    blocks = []
    start = 0
    for match in _LINE_BREAK.finditer(text):
        blocks.append((start, match.start()))
        start = match.end()
    blocks.append((start, len(text)))
    return blocks


def _append(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        sentences.append(Sentence(start, end, text[start:end]))


def _is_boundary(text: str, match: re.Match[str], limit: int) -> bool:
    punctuation = match.group()
    following = _NEXT_WORD.match(text, match.end(), limit)
    if following is None:
        return True  # only white space follows within the block
    next_word = following.group(1)
    first = next_word[0]
    if first.islower():
        return False  # '"Is it over?" he asked.' / "e.g. this"
    if not punctuation.startswith(".") or punctuation.startswith(".."):
        return True  # "!", "?", an ellipsis
    before = _WORD_BEFORE.search(text, max(0, match.start() - _LONGEST_WORD), match.start())
    if before is None:
        return True  # after a number or a closing quote: "in 2014. The"
    word = before.group(1)
    key = word.lower().rstrip(".")
    if "." in word or (len(word) == 1 and word.isalpha()):
        # "U.S.", "a.m.", "e.g." or an initial: "John F. Kennedy", "the U.N. said".
        if len(word) == 1 and word.isupper():
            return False
        return _opens_sentence(next_word)
    if punctuation != ".":
        return True  # '."' and '.)' close a quotation or parenthesis
    if key in _TITLES:
        return False
    if key in _MAYBE_FINAL:
        if key in _MONTHS and first.isdigit():
            return False  # "Jan. 5"
        return _opens_sentence(next_word)
    return True


def _opens_sentence(word: str) -> bool:
    """Whether ``word`` is a typical sentence opener (or a quotation opening one)."""
    stripped = word.strip("\"'“”‘’()[],;:").lower()
    return stripped in _OPENERS or not stripped[:1].isalpha()
