"""The rule record and what a rule produces.

A rule is a small named record: a stable ``id`` (shown on every Timex it produces), a readable
``label`` in Duckling style, a regex ``pattern`` with named groups only, and a ``build``
function that turns a match into a :class:`Found` (or ``None`` to reject the match after
looking at it and its context). Each family module under ``rules/`` ends with ``RULES = (...)``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

from .values import Spec


@dataclass(frozen=True, slots=True)
class Found:
    """What a rule extracted: TIMEX3 type, the underspecified value and attributes.

    ``trim_start``/``trim_end`` (characters cut from the match start / end, usually 0) let a
    rule trim context it had to match (a leading "the" that TimeML leaves out, a trailing
    signal).
    """

    type: str
    spec: Spec
    mod: str | None = None
    quant: str | None = None
    freq: str | None = None
    trim_start: int = 0
    trim_end: int = 0


Build = Callable[[re.Match[str]], Found | None]


@dataclass(frozen=True)
class Rule:
    """A named extraction rule. ``priority`` breaks ties between equally long matches.

    ``trigger`` is a regex for a word every match contains (a month name, a unit word, a
    digit): the engine runs the rule only in windows around the trigger's occurrences, which
    keeps tagging fast on text with few temporal words. ``documents`` limits a rule to some
    document types (``("colloquial",)``: tweets and chat); empty means every document.
    """

    id: str
    label: str
    pattern: str
    build: Build
    priority: int = 0
    case_sensitive: bool = False
    trigger: str = r"\d"
    documents: tuple[str, ...] = ()
    regex: re.Pattern[str] = field(init=False, repr=False, compare=False)
    #: The pattern compiled with ``re.ASCII``: on text of ASCII characters only it matches
    #: exactly what :attr:`regex` matches, about a third faster (``\\w`` and case folding
    #: need no Unicode tables). None if the pattern has a non-ASCII letter that folds to an
    #: ASCII one (the Kelvin sign, a dotless i), for which that would not hold.
    ascii_regex: re.Pattern[str] | None = field(init=False, repr=False, compare=False)
    #: How many characters before the place it is matched at the pattern may read (its
    #: lookbehinds, nested ones added up): the engine checks those are ASCII too.
    reach_back: int = field(init=False, repr=False, compare=False)
    #: True if every match starts with a word character (``\\w``), hence at the start of a
    #: word: the engine then tries the rule at the word starts of a window only.
    word_start: bool = field(init=False, repr=False, compare=False)
    #: The longest a match can be (characters): a match that contains a trigger word ending
    #: at ``e`` starts at ``e - max_width`` or later.
    max_width: int = field(init=False, repr=False, compare=False)
    #: The ASCII characters a match can start with (every one when that cannot be told):
    #: the engine does not try the rule at an ASCII character outside them.
    first_chars: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        flags = 0 if self.case_sensitive else re.IGNORECASE
        # a temporal expression starts and ends on a word boundary
        full = rf"(?<![\w$£€]){self.pattern}(?![\w])"
        try:
            compiled = re.compile(full, flags)
        except re.error as exc:  # pragma: no cover - a broken rule is a programming error
            raise ValueError(f"rule {self.id}: bad pattern: {exc}") from exc
        if compiled.fullmatch("") is not None:
            raise ValueError(f"rule {self.id}: pattern matches the empty string")
        if compiled.groups != len(compiled.groupindex):
            raise ValueError(f"rule {self.id}: use named groups only")
        object.__setattr__(self, "regex", compiled)
        object.__setattr__(self, "ascii_regex", ascii_variant(compiled))
        parsed = _parser.parse(compiled.pattern, compiled.flags)
        object.__setattr__(self, "reach_back", _reach_back(parsed))
        object.__setattr__(self, "max_width", parsed.getwidth()[1])
        ok, empty = _first_is_word(parsed)
        object.__setattr__(self, "word_start", ok and not empty)
        chars, empty = _first_chars(parsed)
        object.__setattr__(
            self, "first_chars", frozenset(_ASCII) if chars is None or empty else chars
        )


#: ASCII characters that ``\s`` matches in a str pattern and not under ``re.ASCII``.
ASCII_ONLY_UNICODE_SPACES = "\x1c\x1d\x1e\x1f"


def ascii_variant(regex: re.Pattern[str]) -> re.Pattern[str] | None:
    """``regex`` compiled with ``re.ASCII``, or None when the two could differ on ASCII text.

    On text of ASCII characters other than :data:`ASCII_ONLY_UNICODE_SPACES`, ``\\w``,
    ``\\d``, ``\\s`` and ``\\b`` mean the same in both modes, and case-insensitive matching
    of an ASCII letter finds the same letters; a non-ASCII letter of the pattern matches no
    ASCII character in either mode, unless it folds to one ("K", the Kelvin sign, is "k" in
    Unicode mode): then there is no variant."""
    for c in set(regex.pattern):
        if not c.isascii() and any(x.isascii() for x in c.lower() + c.upper() + c.casefold()):
            return None
    try:
        return re.compile(regex.pattern, (regex.flags & ~re.UNICODE) | re.ASCII)
    except (re.error, ValueError):  # an inline (?u): keep the Unicode pattern only
        return None


def _reach_back(items: Any) -> int:
    """An upper bound on how far before the current position the lookbehinds of a parsed
    pattern read: their widths, nested ones added up."""
    total = 0
    for op, av in items:
        if op in (sre.ASSERT, sre.ASSERT_NOT):
            direction, sub = av
            if direction < 0:
                total += sub.getwidth()[1]
            total += _reach_back(sub)
        elif op is sre.SUBPATTERN:
            total += _reach_back(av[-1])
        elif op is sre.BRANCH:
            total += sum(_reach_back(b) for b in av[1])
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            total += _reach_back(av[2])
        elif op is sre.ATOMIC_GROUP:
            total += _reach_back(av)
        elif op is sre.GROUPREF_EXISTS:
            total += _reach_back(av[1]) + (_reach_back(av[2]) if av[2] else 0)
    return total


def _is_word(char: int) -> bool:
    c = chr(char)
    return c.isalnum() or c == "_"


def _first_is_word(items: Any) -> tuple[bool, bool]:
    """``(ok, empty)`` for a parsed pattern: ``ok`` if the first character of every match is
    a word character, ``empty`` if the pattern may match the empty string (then what follows
    it supplies the first character). Anything not understood here answers not ok."""
    for op, av in items:
        if op is sre.LITERAL:
            return _is_word(av), False
        if op is sre.IN:
            return all(_set_item_is_word(o, a) for o, a in av), False
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # zero width
        if op is sre.SUBPATTERN:
            ok, empty = _first_is_word(av[-1])
        elif op is sre.ATOMIC_GROUP:
            ok, empty = _first_is_word(av)
        elif op is sre.BRANCH:
            answers = [_first_is_word(b) for b in av[1]]
            ok, empty = all(a for a, _ in answers), any(e for _, e in answers)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            ok, empty = _first_is_word(av[2])
            empty = empty or av[0] == 0
        else:
            return False, False
        if not ok:
            return False, False
        if not empty:
            return True, False
    return True, True


def _set_item_is_word(op: Any, av: Any) -> bool:
    if op is sre.LITERAL:
        return _is_word(av)
    if op is sre.RANGE:
        return all(_is_word(c) for c in range(av[0], av[1] + 1))
    if op is sre.CATEGORY:
        return av in (
            sre.CATEGORY_DIGIT,
            sre.CATEGORY_WORD,
            sre.CATEGORY_UNI_DIGIT,
            sre.CATEGORY_UNI_WORD,
        )
    return False


_ASCII = [chr(c) for c in range(128)]


def _ascii_forms(char: int) -> set[str]:
    """The ASCII characters that ``char`` may match, in any case (a superset is harmless)."""
    c = chr(char)
    forms = [x for x in (c, c.lower(), c.upper(), c.casefold()) if len(x) == 1 and x.isascii()]
    return {y for x in forms for y in (x, x.lower(), x.upper())}


def _set_chars(op: Any, av: Any) -> set[str] | None:
    if op is sre.LITERAL:
        return _ascii_forms(av)
    if op is sre.RANGE:
        return {x for c in range(av[0], min(av[1], 0x17F) + 1) for x in _ascii_forms(c)} | (
            set(_ASCII) if av[1] > 0x17F else set()
        )
    if op is sre.CATEGORY and av in (sre.CATEGORY_DIGIT, sre.CATEGORY_UNI_DIGIT):
        return set("0123456789")
    return None  # anything else: every character


def _first_chars(items: Any) -> tuple[set[str] | None, bool]:
    """``(chars, empty)`` for a parsed pattern: the ASCII characters a match may start with
    (None: any), and whether it may match the empty string (then what follows it adds its
    own first characters)."""
    out: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL:
            return out | _ascii_forms(av), False
        if op is sre.IN:
            for o, a in av:
                chars = _set_chars(o, a)
                if chars is None:
                    return None, False
                out |= chars
            return out, False
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # zero width
        if op is sre.SUBPATTERN:
            chars, empty = _first_chars(av[-1])
        elif op is sre.ATOMIC_GROUP:
            chars, empty = _first_chars(av)
        elif op is sre.BRANCH:
            answers = [_first_chars(b) for b in av[1]]
            if any(c is None for c, _ in answers):
                return None, False
            chars = set().union(*(c for c, _ in answers if c is not None))
            empty = any(e for _, e in answers)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            chars, empty = _first_chars(av[2])
            empty = empty or av[0] == 0
        else:
            return None, False
        if chars is None:
            return None, False
        out |= chars
        if not empty:
            return out, False
    return out, True
