"""Words as the text search sees them: one folding, used for what is stored and what is asked.

A text is folded to lower case (Unicode case folding: ``ß`` is ``ss``), its accents are removed
(``Zelenskyy``, ``ZELENSKYY`` and ``Zelénskyy`` are one word) and it is cut into words: runs
of letters and digits (anything else, ``_`` included, separates). :func:`words_column` is what
the store keeps beside an event (its sentence and its article's title) and an article (its title
and body): the folded words separated by single spaces, with a space at either end and ``|``
between the parts, so that ``LIKE '% un %'`` finds the word ``un`` in either part and a phrase
never runs from one part into the next. Both databases test exactly that ``LIKE``, so they
give the same answers whatever their own tokenizers would do (see :mod:`timeline.queries.search`).
"""

from __future__ import annotations

import functools
import re
import unicodedata

_WORD = re.compile(r"[^\W_]+")
#: Between the words of folded ASCII text (the common case, and the fast path).
_ASCII_GAPS = re.compile(r"[^a-z0-9]+")

#: Between the parts of a words column: no word, so no phrase crosses it.
PART_SEPARATOR = "|"


def fold(text: str) -> str:
    """``text`` case-folded, compatibility-decomposed and without combining marks."""
    folded = text.casefold()
    if folded.isascii():
        return folded
    decomposed = unicodedata.normalize("NFKD", folded)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def words(text: str) -> list[str]:
    """The folded words of ``text``, in order."""
    return _WORD.findall(fold(text))


def words_column(*parts: str) -> str:
    """The stored words of ``parts``: ``" w1 w2 | w3 "`` (see the module docs)."""
    return " " + f" {PART_SEPARATOR} ".join(_joined(part) for part in parts) + " "


@functools.lru_cache(maxsize=64)  # an article's title, once for all its events
def _joined(text: str) -> str:
    """The folded words of ``text`` separated by single spaces."""
    folded = fold(text)
    if folded.isascii():
        return _ASCII_GAPS.sub(" ", folded).strip()
    return " ".join(_WORD.findall(folded))
