"""The rule record and what a rule produces.

A rule is a small named record: a stable ``id`` (shown on every Timex it produces), a readable
``label`` in Duckling style, a regex ``pattern`` with named groups only, and a ``build``
function that turns a match into a :class:`Found` (or ``None`` to reject the match after
looking at it and its context). Each family module under ``rules/`` ends with ``RULES = (...)``.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import partial
from importlib import resources
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

from .values import Spec

#: The type of the document whose text the rules are reading ("news", "narrative",
#: "colloquial"), for the few builds that depend on it (a lower-case "thurs" is a day on its
#: own in news, where chat has rules of its own): set by the engine while the rules run.
DOCUMENT: ContextVar[str] = ContextVar("document", default="news")


# Not frozen, unlike the values: a record built for every match or resolution of a tagging
# pass, where a frozen class's __init__ costs about twice as much (see frozen.py); nothing
# assigns to one after it is built.
@dataclass(slots=True, unsafe_hash=True)
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
    #: True if every match starts where the text does (a pattern that opens with ``^`` or
    #: ``\\A``, not multi-line: "the twentieth" as the whole of a short text): the engine
    #: tries the rule only when the text's first window opens the text.
    text_start: bool = field(init=False, repr=False, compare=False)
    #: The longest a match can be (characters): a match that contains a trigger word ending
    #: at ``e`` starts at ``e - max_width`` or later.
    max_width: int = field(init=False, repr=False, compare=False)
    #: The ASCII characters a match can start with (every one when that cannot be told):
    #: the engine does not try the rule at an ASCII character outside them.
    first_chars: frozenset[str] = field(init=False, repr=False, compare=False)
    #: The keys (:func:`word_key`) of the words a match can start with, "" among them (a word
    #: not all ASCII, which is always tried); None when they cannot be told. The engine tries
    #: the rule only at the word starts of a window whose word has one of these keys.
    first_words: frozenset[str] | None = field(init=False, repr=False, compare=False)
    #: For a rule whose matches do not all start a word: the ASCII characters other than word
    #: characters a match can start with ("@" of "@ 5pm"), when those are all that can start
    #: one on ASCII text besides a word start's character; None when that cannot be told. On
    #: an ASCII window the engine then tries the rule at the word starts and at these
    #: characters only, not at every character (a leading "(?:at|@)" is common in clock rules).
    start_marks: str | None = field(init=False, repr=False, compare=False)
    #: For a rule with :attr:`start_marks`: the keys (:func:`word_key`) of the words a match
    #: that starts at a word can start with, "" among them, as :attr:`first_words` has them
    #: for a rule whose matches all start a word; None when they cannot be told. On an ASCII
    #: window the engine then tries the rule at its marks and at the word starts whose key is
    #: one of these only (a clock time after an optional "at" or "@": "at", a number, "half"
    #: ..., not every word that opens with one of :attr:`first_chars`).
    mark_words: frozenset[str] | None = field(init=False, repr=False, compare=False)
    #: For a rule whose matches start with a told first word (:attr:`first_words`) after some
    #: of which only some characters may follow (a number only before "/" or ":", "last" only
    #: before "w" of "week"): the keys of its first words, each with the characters that may
    #: be the first after it that is not a space, "" if none ("/" after the ``#`` of
    #: ``\\d{1,2}/\\d{1,2}``, "p" and "P" after the ``#`` of "5 pm"; :data:`FOLLOWERS` after a
    #: word after which anything may follow). True on ASCII text only. Computed offline
    #: (:func:`timeline.temporal.follow_pairs.first_follows`) into :data:`FOLLOW_PAIRS_FILE`
    #: and read from there: None when the table has no entry for the rule or its pattern
    #: changed since (regenerate: ``scripts/generate-follow-pairs``), and when anything may
    #: follow every first word. On ASCII text the engine tries the rule only at the words
    #: whose pair is one of these.
    follow_pairs: FollowPairs | None = field(init=False, repr=False, compare=False)
    #: For a rule whose matches start with a told first word (:attr:`first_words`) after some
    #: of which only some words may follow ("5" of ``duration_num_unit`` before a unit word or
    #: "to", not before "percent"): first-word key -> the keys (:func:`word_key`) of the words
    #: that may be the next word of the text, cut to their first :data:`SECOND_PREFIX`
    #: characters, "" among them (a word not all ASCII, or none). A first word with no entry
    #: may be followed by any word. Computed offline
    #: (:func:`timeline.temporal.follow_pairs.second_words`) into :data:`SECOND_WORDS_FILE`
    #: and read from there (None when the table has no entry for the rule or its pattern
    #: changed since). The engine tries the rule only at the words whose next word is one of
    #: these.
    second_words: SecondWords | None = field(init=False, repr=False, compare=False)

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
        object.__setattr__(self, "text_start", _opens_text(parsed, compiled.flags))
        chars, empty = _first_chars(parsed)
        object.__setattr__(
            self, "first_chars", frozenset(_ASCII if chars is None or empty else chars)
        )
        told = first_words(parsed) if self.word_start else None
        object.__setattr__(self, "first_words", told)
        # read from the generated table (follow_pairs.py), not from the pattern: the analysis
        # costs about a second at import; a rule not in the table, or whose pattern changed
        # since, is tried at each of its first words (correct, only slower)
        entry = _FOLLOW_TABLE.get(self.id) if told is not None else None
        pairs = entry[1] if entry is not None and entry[0] == pattern_check(compiled) else None
        object.__setattr__(self, "follow_pairs", pairs)
        seconds = _SECOND_TABLE.get(self.id) if told is not None else None
        object.__setattr__(
            self,
            "second_words",
            seconds[1] if seconds is not None and seconds[0] == pattern_check(compiled) else None,
        )
        marks = None
        if not self.word_start and chars is not None and not empty:
            marks = "".join(sorted(c for c in chars if not _is_word(ord(c))))
        object.__setattr__(self, "start_marks", marks)
        object.__setattr__(
            self, "mark_words", first_words(parsed, marks=True) if marks is not None else None
        )


#: ASCII characters that ``\s`` matches in a str pattern and not under ``re.ASCII``.
ASCII_ONLY_UNICODE_SPACES = "\x1c\x1d\x1e\x1f"


def is_plain(text: str) -> bool:
    """Whether ``text`` is text on which a pattern's ASCII variant (:func:`ascii_variant`, or
    the same pattern compiled with ``re.ASCII``) matches as the pattern does: ASCII characters
    other than :data:`ASCII_ONLY_UNICODE_SPACES`. Four character searches in C, no regex,
    written out (a generator over the four costs more than the searches on a short window)."""
    return (
        text.isascii()
        and "\x1c" not in text
        and "\x1d" not in text
        and "\x1e" not in text
        and "\x1f" not in text
    )


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


def _opens_text(items: Any, flags: int) -> bool:
    """True if a parsed pattern matches only at the start of the text: after its zero-width
    lookarounds, a ``\\A``, or a ``^`` without ``re.MULTILINE``."""
    for op, av in items:
        if op in (sre.ASSERT, sre.ASSERT_NOT):
            continue
        return op is sre.AT and (
            av is sre.AT_BEGINNING_STRING or (av is sre.AT_BEGINNING and not flags & re.MULTILINE)
        )
    return False


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


#: What a run of ASCII digits is in a word key: "1990s" and "80s" are both ``#s``.
_DIGITS_KEY = "#"
_ASCII_DIGITS = re.compile(r"[0-9]+")


def word_key(word: str) -> str:
    """The key of a word (a run of ``\\w``) of the text, which :attr:`Rule.first_words` holds:
    the word in lower case with every run of ASCII digits as ``#`` ("1990s" -> ``#s``,
    "March" -> ``march``); "" for a word that is not all ASCII (its case folding and digits
    are not told apart here)."""
    if not word.isascii():
        return ""
    return _ASCII_DIGITS.sub(_DIGITS_KEY, word.lower())


#: At most this many distinct first words are told for a pattern (more: None, not told).
_MAX_FIRST_WORDS = 20_000


class _TooMany(Exception):
    """The first words of a pattern are too many, or cannot be told."""


def _repeated(
    states: set[str], low: int, high: int, step: Callable[[set[str]], set[str]]
) -> set[str]:
    """The states after ``low`` to ``high`` repetitions of ``step`` from ``states`` (a
    pattern's repeat, walked by the analyses of first words and of follow pairs): the union
    from the ``low``-th on, until a repetition adds nothing; :class:`_TooMany` if it never
    settles."""
    repeated: set[str] = set()
    for count in range(65):
        if count >= low:
            repeated |= states
        if count == high:
            return repeated
        more = step(states)
        if count >= low and more <= repeated:
            return repeated  # no repetition adds a state any more
        states = more
    raise _TooMany


def _key_pieces(char: int) -> set[str]:
    """What character ``char`` of a pattern adds to a word key: itself in lower case (and the
    ASCII letters it folds to, in any case), ``#`` for an ASCII digit, "" for a character that
    ends a word (not ``\\w``)."""
    c = chr(char)
    if "0" <= c <= "9":
        return {_DIGITS_KEY}
    if not _is_word(char):
        return {""}
    return {c.lower()} | {x.lower() for x in _ascii_forms(char)}


def _set_key_pieces(items: Any) -> set[str]:
    pieces: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL:
            pieces |= _key_pieces(av)
        elif op is sre.RANGE and av[1] - av[0] <= 256:
            for c in range(av[0], av[1] + 1):
                pieces |= _key_pieces(c)
        elif op is sre.CATEGORY and av in (sre.CATEGORY_DIGIT, sre.CATEGORY_UNI_DIGIT):
            pieces.add(_DIGITS_KEY)
        elif op is sre.CATEGORY and av in (
            sre.CATEGORY_SPACE,
            sre.CATEGORY_UNI_SPACE,
            sre.CATEGORY_NOT_WORD,
            sre.CATEGORY_UNI_NOT_WORD,
        ):
            pieces.add("")
        else:
            raise _TooMany  # a negated set, \w, a wide range: any word may follow
    return pieces


def _extend(keys: set[str], pieces: set[str], ended: set[str]) -> set[str]:
    """The partial first-word keys ``keys`` followed by one of ``pieces``; those that a
    non-word character ("") ends go to ``ended``."""
    out: set[str] = set()
    for piece in pieces:
        if not piece:
            ended |= keys
        elif piece == _DIGITS_KEY:  # a run of digits is one "#"
            out.update(k if k.endswith(_DIGITS_KEY) else k + _DIGITS_KEY for k in keys)
        else:
            out.update(k + piece for k in keys)
    if len(out) > _MAX_FIRST_WORDS:
        raise _TooMany
    return out


#: What one item of a parsed pattern does to the states of a walk (:func:`walk`).
Step = Callable[[Any, Any, set[str]], set[str]]


def walk(items: Any, states: set[str], step: Step, limit: int = _MAX_FIRST_WORDS) -> set[str]:
    """The states after the parsed ``items`` from ``states``: the structure of the pattern
    (groups, branches, conditional groups, repeats) is walked here and zero-width assertions
    skipped (a superset), every other item is given to ``step`` as ``(op, av, states)``. Shared
    by the first-word analysis (:func:`first_words`) and the follow-pair analysis
    (:mod:`.follow_pairs`); :class:`_TooMany` when the states grow past ``limit``."""
    for op, av in items:
        if not states:
            break
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # zero width: whatever it asserts, the states are a superset
        if op is sre.SUBPATTERN:
            states = walk(av[-1], states, step, limit)
        elif op is sre.ATOMIC_GROUP:
            states = walk(av, states, step, limit)
        elif op is sre.BRANCH:
            states = set().union(*(walk(b, states, step, limit) for b in av[1]))
        elif op is sre.GROUPREF_EXISTS:  # "(?(zopen)\))": either branch, the second may be empty
            states = walk(av[1], states, step, limit) | (
                walk(av[2], states, step, limit) if av[2] else states
            )
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            low, high, sub = av
            states = _repeated(states, low, high, partial(walk, sub, step=step, limit=limit))
        else:
            states = step(op, av, states)
        if len(states) > limit:
            raise _TooMany
    return states


def _key_step(op: Any, av: Any, keys: set[str], ended: set[str]) -> set[str]:
    """A character item of :func:`_first_word_keys`; anything else (a back reference, any
    character ...) leaves the first word untold."""
    if op is sre.LITERAL:
        return _extend(keys, _key_pieces(av), ended)
    if op is sre.IN:
        return _extend(keys, _set_key_pieces(av), ended)
    raise _TooMany


def _first_word_keys(items: Any, keys: set[str], ended: set[str]) -> set[str]:
    """The partial keys ``keys`` of a match's first word after the parsed ``items``: those
    the items end (by a non-word character) go to ``ended``, the rest are returned."""
    return walk(items, keys, partial(_key_step, ended=ended))


def first_words(items: Any, marks: bool = False) -> frozenset[str] | None:
    """The keys (:func:`word_key`) of the first words of the matches of a parsed pattern whose
    matches start with a word character and end before a non-word one (a superset: zero-width
    assertions are not read), with "" (a word that is not all ASCII); None if they cannot be
    told or are too many.

    A match's first word is the run of word characters it starts with; in the text it is a
    whole word, since a non-word character ends it or the match ends there (before a non-word
    character). Digits are read as their key: ``\\d{1,2}(?:st|nd)?`` has the keys ``#``,
    ``#st`` and ``#nd``.

    ``marks``: the matches may also start with a character that is not a word character (a
    rule's :attr:`Rule.start_marks`, which the engine tries apart): then the keys of the first
    words of the matches that start with a word character (a match that starts with another
    character has no first word, its key is "", which is always among the keys)."""
    ended: set[str] = set()
    try:
        unended = _first_word_keys(items, {""}, ended)
    except _TooMany:
        return None
    keys = ended | unended
    if "" in keys and not marks:
        return None  # a match may start with a non-word character
    return frozenset(keys | {""})


_ASCII_SPACES = frozenset(c for c in _ASCII if re.match(r"\s", c))
#: What may follow a word on ASCII text, as :attr:`Rule.follow_pairs` has it: an ASCII
#: character that is not a space (``\s``), or "" (nothing).
FOLLOWERS = frozenset({""} | (set(_ASCII) - _ASCII_SPACES))

#: The table of :attr:`Rule.follow_pairs`, generated by ``scripts/generate-follow-pairs``
#: (``python -m timeline.temporal.follow_pairs``), relative to the package: one row per rule
#: and set of followers, ``rule id, pattern check, followers, first-word keys`` (the
#: followers :data:`ANY_FOLLOWER` when anything may follow the words, else the characters,
#: escaped as ``unicode_escape``; the keys separated by spaces).
FOLLOW_PAIRS_FILE = "resources/generated/follow_pairs.tsv"
ANY_FOLLOWER = "(any)"


def pattern_check(regex: re.Pattern[str]) -> str:
    """A short check of a compiled rule pattern and its flags (CRC-32 and length): the table's
    pairs of a rule are used only while its pattern is the one they were computed from."""
    data = f"{regex.flags}:{regex.pattern}".encode("utf-8", "surrogatepass")
    return f"{zlib.crc32(data):08x}-{len(data)}"


#: A rule's follow pairs as :attr:`Rule.follow_pairs` has them: first-word key -> the
#: characters that may follow it (:data:`FOLLOWERS` when anything may).
FollowPairs = dict[str, frozenset[str]]


def read_follow_table(text: str) -> dict[str, tuple[str, FollowPairs]]:
    """The rows of the follow-pair table (:data:`FOLLOW_PAIRS_FILE`) as rule id -> (pattern
    check, follow pairs), with "" (a word not all ASCII) free."""
    table: dict[str, tuple[str, FollowPairs]] = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        rule_id, check, followers, keys = line.split("\t")
        entry = table.get(rule_id)
        if entry is None:
            table[rule_id] = entry = (check, {"": FOLLOWERS})
        chars = (
            FOLLOWERS
            if followers == ANY_FOLLOWER
            else frozenset(followers.encode("ascii").decode("unicode_escape"))
        )
        entry[1].update(dict.fromkeys(keys.split(" "), chars))
    return table


#: The table of :attr:`Rule.second_words`, generated with the follow pairs
#: (``scripts/generate-follow-pairs``), relative to the package: rows ``(set), id, keys`` (a set
#: of second-word keys, without "") and ``rule id, pattern check, set id, first-word keys``.
SECOND_WORDS_FILE = "resources/generated/second_words.tsv"
SET_ROW = "(set)"
#: How many characters of a second word's key :attr:`Rule.second_words` keeps ("septe" of
#: "september", "#days" of "#days" and "#daysago"): a superset, with sets a sixth of the size
#: of whole keys (numbers and time zones glued to a unit or a clock time are many) that
#: filter about as well.
SECOND_PREFIX = 5
#: A rule's second words as :attr:`Rule.second_words` has them: first-word key -> the prefixes
#: of the keys of the words that may follow it.
SecondWords = dict[str, frozenset[str]]


def read_second_table(text: str) -> dict[str, tuple[str, SecondWords]]:
    """The rows of the second-word table (:data:`SECOND_WORDS_FILE`) as rule id -> (pattern
    check, second words), with "" among the keys of every set."""
    sets: dict[str, frozenset[str]] = {}
    table: dict[str, tuple[str, SecondWords]] = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        first, second, third, *rest = line.split("\t")
        if first == SET_ROW:
            sets[second] = frozenset({"", *third.split(" ")})
            continue
        entry = table.get(first)
        if entry is None:
            table[first] = entry = (second, {})
        entry[1].update(dict.fromkeys(rest[0].split(" "), sets[third]))
    return table


def _load_table(name: str) -> str | None:
    try:
        return resources.files("timeline.temporal").joinpath(name).read_text("utf-8")
    except FileNotFoundError:  # every rule is then tried at each of its first words
        return None


def _load_follow_table() -> dict[str, tuple[str, FollowPairs]]:
    text = _load_table(FOLLOW_PAIRS_FILE)
    return {} if text is None else read_follow_table(text)


def _load_second_table() -> dict[str, tuple[str, SecondWords]]:
    text = _load_table(SECOND_WORDS_FILE)
    return {} if text is None else read_second_table(text)


_FOLLOW_TABLE = _load_follow_table()
_SECOND_TABLE = _load_second_table()
