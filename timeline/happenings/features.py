"""What grouping compares of a report: its words without its dates, and its places.

Two reports say the same thing when they share the words of the action and its participants. The
words of *when* must not count (two articles reporting different things "on Monday" share
"Monday"; two reporting the same thing as "on Tuesday" and "overnight" share nothing of it), so
every temporal expression the tagger found in the sentence is cut out first; a list of time
words catches what it did not tag. Then the words are folded (lower case, no accents) and
stemmed (Snowball), function words and reporting verbs ("said", "according") dropped, and each
place the gazetteer knows replaced by its id, so "Kiev" and "Kyiv" are one term. Numbers of two
digits or more are terms too: "2,439 soldiers" in two reports is strong evidence.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

import snowballstemmer

from timeline.happenings.places import Place, find_places, lookup

#: Words that carry no "what": reporting verbs and the vocabulary of time.
_EXTRA_STOP = frozenset(
    """
said say says saying told tell tells according reported report reports reporting announced
statement added noted confirmed claimed stated wrote asked official officially spokesman
spokeswoman
monday tuesday wednesday thursday friday saturday sunday january february march april may june
july august september october november december today tomorrow yesterday tonight overnight
morning afternoon evening night nights day days week weeks weekend month months year years ago
earlier later late early mid hour hours minute minutes time local gmt utc et
""".split()
)


def _stop_words() -> frozenset[str]:
    """The English stop words of ``resources/stop_words.txt``."""
    from importlib.resources import files

    text = (files("timeline.happenings") / "resources" / "stop_words.txt").read_text("utf-8")
    return frozenset(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


ENGLISH_STOP_WORDS = _stop_words()
STOP_WORDS = ENGLISH_STOP_WORDS | _EXTRA_STOP

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
#: Numbers of two digits or more ("2,439", "188", "$40"): strong evidence of the same report.
_NUMBER = re.compile(r"(?<![\w.,])\d{1,3}(?:,\d{3})+(?![\d,])|(?<![\w.,])\d{2,}(?![\w,])")
_TWO_DIGITS = re.compile(r"\d\d")


@dataclass(frozen=True, slots=True)
class Features:
    """The grouping features of one report (see module docs)."""

    terms: tuple[str, ...]
    places: tuple[Place, ...]

    @property
    def place_ids(self) -> tuple[str, ...]:
        return tuple(p.id for p in self.places)


@functools.lru_cache(maxsize=1)
def _stemmer() -> snowballstemmer.stemmer:
    return snowballstemmer.stemmer("english")


def _plain(word: str) -> str:
    """``word`` in lower case, without accents or a possessive "'s"."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    word = "".join(c for c in decomposed if not unicodedata.combining(c)).replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    return word.strip("'-")


@functools.lru_cache(maxsize=65536)
def _word(word: str) -> tuple[str, str | None]:
    """The term of a word and, when capitalised, the id of the place it names alone."""
    place = lookup(_plain(word).rstrip(".")) if word[:1].isupper() else None
    return _term(word), (place.id if place is not None else None)


def _term(word: str) -> str:
    """The term of a word: folded (:func:`_plain`) and stemmed (Snowball: "surrendered" and
    "surrender" are one term), or "" for a stop word."""
    plain = _plain(word)
    if len(plain) < 2 or plain in STOP_WORDS:
        return ""
    return _stemmer().stemWord(plain)


def without_spans(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """``text`` with each ``[start, end)`` span (offsets into ``text``) blanked out."""
    for start, end in spans:
        start, end = max(start, 0), min(end, len(text))
        if start < end:
            text = text[:start] + " " * (end - start) + text[end:]
    return text


def features(sentence: str, temporal_spans: Iterable[tuple[int, int]] = ()) -> Features:
    """The features of ``sentence``; ``temporal_spans`` are its temporal expressions' offsets
    into ``sentence``."""
    return _features(without_spans(sentence, temporal_spans))


@functools.lru_cache(maxsize=4096)
def _features(text: str) -> Features:
    """The features of a sentence whose temporal expressions are blanked out (news repeats
    sentences: agencies' copy, corrections, updates)."""
    places = tuple(find_places(text))
    found = {p.id for p in places}
    terms: list[str] = []
    for word in _WORD.findall(text):
        term, place_id = _word(word)
        if term and not (place_id and place_id in found):  # a place's id stands for it
            terms.append(term)
    if _TWO_DIGITS.search(text):  # every number _NUMBER takes has two digits in a row
        terms.extend(m.group().replace(",", "") for m in _NUMBER.finditer(text))
    terms.extend(f"@{p.id}" for p in places)
    return Features(tuple(sorted(set(terms))), places)
