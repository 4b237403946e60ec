"""The English lexicons of the tagger, read once from ``resources/en/*.tsv``.

Each file holds one concept, one entry a line: ``surface<TAB>value[<TAB>more...]``; ``#`` starts
a comment. From the same file we build the map (surface -> value) used when building values and
the regex alternation (longest surface first, so "the beginning of" wins over "beginning of")
used in rule patterns. Adding vocabulary needs no code.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from importlib import resources


@cache
def rows(name: str) -> tuple[tuple[str, ...], ...]:
    """The rows of ``resources/en/<name>.tsv`` as tuples of stripped fields."""
    text = (
        resources.files("timeline.temporal")
        .joinpath(f"resources/en/{name}.tsv")
        .read_text(encoding="utf-8")
    )
    out = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        out.append(tuple(field.strip() for field in line.split("\t")))
    return tuple(out)


@cache
def table(name: str) -> dict[str, str]:
    """``surface (lower case) -> first value`` of a lexicon."""
    out = {r[0].lower(): (r[1] if len(r) > 1 else "") for r in rows(name)}
    # a surface with a typographic apostrophe is found by its straight form too (lookup)
    for surface, value in list(out.items()):
        out.setdefault(straight(surface), value)
    return out


@cache
def words(name: str) -> frozenset[str]:
    """The surfaces (first fields, lower case) of a word-list lexicon, for membership tests."""
    return frozenset(r[0].lower() for r in rows(name))


@cache
def kinds(name: str) -> dict[str, tuple[str, ...]]:
    """The surfaces (first fields, as written) of a lexicon whose second field is a kind,
    grouped by that kind, in file order (``vote_day_words.tsv``: "vote", "polls", "verb")."""
    out: dict[str, list[str]] = {}
    for r in rows(name):
        if len(r) > 1:
            out.setdefault(r[1], []).append(r[0])
    return {kind: tuple(surfaces) for kind, surfaces in out.items()}


def flat_alternation(words: Iterable[str]) -> str:
    """A non-capturing regex alternation of ``words``, longest first, spaces as ``\\s{1,3}``:
    the plain form of :func:`alternation` (same matches, but slower to try)."""
    ordered = sorted({straight(w) for w in words}, key=lambda w: (-len(w), w))
    parts = [r"\s{1,3}".join(_escape(p) for p in w.split(" ")) for w in ordered]
    return "(?:" + "|".join(parts) + ")"


#: An apostrophe in a lexicon's word matches the straight one and the typographic one, which
#: published text uses as often ("Valentine’s Day", "New Year’s Eve", "o’clock").
_APOSTROPHE = "['’]"


def straight(word: str) -> str:
    """``word`` with its typographic apostrophes straight (one form per word in a regex)."""
    return word.replace("’", "'")


def _escape(part: str) -> str:
    """``re.escape`` of ``part``, each apostrophe as :data:`_APOSTROPHE`."""
    return _APOSTROPHE.join(re.escape(p) for p in part.split("'"))


_SPACE = r"\s{1,3}"


def _units(word: str) -> list[str]:
    """The regex units of ``word``: one escaped character each, a space as ``\\s{1,3}``."""
    out: list[str] = []
    for i, part in enumerate(word.split(" ")):
        if i:
            out.append(_SPACE)
        out.extend(_APOSTROPHE if c == "'" else re.escape(c) for c in part)
    return out


class _Node(dict[str, "_Node"]):
    """A trie node: unit -> child; ``end`` marks the end of a word."""

    def __init__(self) -> None:
        super().__init__()
        self.end = False  # set in __init__, not as a class attribute: mypyc (setup.py) needs it


def _trie_regex(node: _Node) -> str:
    """The regex of a trie: at every node the continuations are tried before the word that
    ends there, so a longer word is preferred to its prefix, as in the flat alternation."""
    branches = [unit + _trie_regex(child) for unit, child in node.items()]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 and not node.end else "(?:" + "|".join(branches) + ")"
    return body + "?" if node.end else body


def _words_safe(words: set[str]) -> bool:
    """True if every unit of every word matches in at most one way: non-empty ASCII words
    whose only whitespace is single spaces between letters (a space unit, ``\\s{1,3}``, is
    then always followed by a non-space unit, which fixes how much it takes)."""
    return all(
        w
        and w.isascii()
        and w == w.strip()
        and "  " not in w
        and not any(c.isspace() and c != " " for c in w)
        for w in words
    )


def _branches_exclusive(node: _Node) -> bool:
    """True if no text can enter two branches of any node: no two sibling units that are the
    same letter in another case (a case-insensitive pattern would try both)."""
    folded = {unit.lower() for unit in node}
    return len(folded) == len(node) and all(_branches_exclusive(c) for c in node.values())


def alternation(words: Iterable[str]) -> str:
    """A non-capturing regex alternation of ``words`` that prefers longer words, spaces as
    ``\\s{1,3}``, with common prefixes factored out ("sept\\.|sept|sep" becomes
    ``sep(?:t(?:\\.)?)?``).

    It matches exactly what :func:`flat_alternation` (longest word first) matches, with the
    same preference, but the regex engine tries each letter once instead of every word in
    turn: month, unit and modifier words start most rule patterns (the figure is in
    docs/temporal.md). Two words can match at the same place only if one
    is a prefix of the other (each unit matches at most one way), and the trie tries the
    longer first. Words for which that does not hold (case variants of one another, odd
    whitespace) get the flat form.
    """
    unique = {straight(w) for w in words}
    root = _Node()
    for word in sorted(unique, key=lambda w: (-len(w), w)):
        node = root
        for unit in _units(word):
            node = node.setdefault(unit, _Node())
        node.end = True
    if not _words_safe(unique) or not _branches_exclusive(root):
        return flat_alternation(unique)
    return "(?:" + _trie_regex(root) + ")"


def word_branches(words: Iterable[str], after: str = "") -> str:
    r"""``\b`` + :func:`alternation` of ``words`` + ``after``, as branches to put at the top of a
    case-sensitive pattern's alternation (or alone in its first group), each opening with a
    word's first character as a literal and the ``\b`` after it as a lookbehind ("M" then
    ``(?<!\wM)``, then the trie of the rest of the words that open with "M").

    Same matches, but Python's regex engine, which finds a set of first characters only for a
    pattern that opens with literals (or a branch of them), then skips in C to the next
    character that can open one of the words instead of trying the whole alternation at every
    character of the text (as :data:`~.narrative._YEAR` does with its lookbehind). Two words
    with different first characters never match at the same place, so splitting them keeps
    :func:`alternation`'s preference for the longer word. Every word opens with a word
    character (``\b`` before it is then "no word character before")."""
    rests: dict[str, set[str]] = {}
    for word in words:
        if not (word[:1].isalnum() or word[:1] == "_"):
            raise ValueError(f"word_branches: {word!r} does not open with a word character")
        rests.setdefault(word[0], set()).add(word[1:])
    branches = []
    for first, rest in sorted(rests.items()):
        c = re.escape(first)
        tail = alternation(r for r in rest if r) if rest != {""} else ""
        if tail and "" in rest:
            tail += "?"  # a one-letter word too: the longer words first, as the trie does
        branches.append(rf"{c}(?<!\w{c}){tail}{after}")
    return "|".join(branches)


def last_words(phrases: Iterable[str]) -> tuple[str, ...]:
    """The last word of each phrase, in lower case (for :func:`may_end_with`)."""
    return tuple(sorted({p.split()[-1].lower() for p in phrases if p.split()}))


def last_two_words(phrases: Iterable[str]) -> tuple[str, ...]:
    """The last two words of each phrase (its one word if it has one), in lower case, joined by
    one space (for :func:`may_end_with_words`): "starting at", "ahead of", "since"."""
    return tuple(sorted({" ".join(p.lower().split()[-2:]) for p in phrases if p.split()}))


def may_end_with_words(text: str, lo: int, end: int, ends: tuple[str, ...]) -> bool:
    """As :func:`may_end_with` with ``ends`` from :func:`last_two_words`: a phrase of two words
    or more passes only after its last two ("starting at", not every "at"); true (search) where
    the part has white space other than single spaces, which the phrases' ``\\s{1,3}`` allow."""
    part = text[lo:end]
    if not part[-1:].isspace():
        return False
    tail = part.rstrip()
    if not part.isascii() or "  " in tail or "\n" in tail or "\t" in tail:
        return True
    return tail.lower().endswith(ends)


def first_letters(phrases: Iterable[str]) -> frozenset[str]:
    """The first characters of ``phrases`` in lower and upper case (for
    :func:`word_after_space`)."""
    return frozenset(c for p in phrases if p for c in (p[0].lower(), p[0].upper()))


def word_after_space(text: str, at: int, firsts: frozenset[str]) -> bool:
    """Whether a case-insensitive pattern ``\\s{1,3}(?:<phrase>|...)`` can match at ``at``,
    ``firsts`` being its phrases' :func:`first_letters`: one to three characters of white space
    (``str.isspace`` is ``\\s``), then one of those letters or a character outside ASCII
    (which may fold to one). A test in C before the regex call, which most places fail."""
    gap = text[at : at + 4]
    word = gap.lstrip()
    return len(word) < len(gap) and (word[:1] in firsts or word[:1] > "\x7f")


def may_end_with(text: str, lo: int, end: int, ends: tuple[str, ...]) -> bool:
    """Whether a pattern ``(?:<phrase>|...)\\s{1,3}$`` searched case-insensitively in
    ``text[lo:end]`` can match, its phrases' last words being ``ends`` (:func:`last_words`):
    false if the part does not end with white space, or, on ASCII text, if what comes before
    that white space does not end with one of ``ends``. A test in C before the regex search,
    which tries every position of the part; true (search) where it cannot tell."""
    part = text[lo:end]
    if not part[-1:].isspace():
        return False
    return not part.isascii() or part.rstrip().lower().endswith(ends)


@cache
def alt(name: str) -> str:
    """The alternation of all surfaces of lexicon ``name``."""
    return alternation(table(name))


def lookup(name: str, surface: str) -> str:
    """The value of ``surface`` in lexicon ``name``, whitespace-normalised, case-insensitive."""
    return table(name)[" ".join(straight(surface).lower().split())]
