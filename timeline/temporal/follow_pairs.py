"""The follow pairs of the rules (:attr:`~timeline.temporal.rule.Rule.follow_pairs`) and their
second words (:attr:`~timeline.temporal.rule.Rule.second_words`), computed offline into
``resources/generated/follow_pairs.tsv`` and ``second_words.tsv``, which the rules read at
import.

For a rule whose first words are told and some of them only before some characters ("5/"
for ``date_slash``, "5:" for ``time_clock_24h``, "May 5" but not "May was"), the pairs of a
first word's key and the first character after it that is not a space are read here from the
parsed pattern, a superset; on ASCII text the engine tries the rule only at the words whose
pair is one of them. The second words are the keys of the words that may come next after a
first word ("5" of ``duration_num_unit`` before a unit or "to", not before "percent"): the
engine does not try the rule at a first word whose next word is none of them (about 40% of
the regex tries of a TimeBank pass, all failing). Reading them costs a few seconds
of CPU over every rule, too much for every import, so they are computed once and written to
the table with each rule's pattern check: a rule missing from the table or whose pattern
changed since is tried at each of its first words (correct, only slower), and
``tests/temporal/test_engine_equivalence.py`` fails while the table is not the one this module
writes. Regenerate after changing a rule's pattern (or this analysis)::

    scripts/generate-follow-pairs          # = python -m timeline.temporal.follow_pairs
"""

from __future__ import annotations

import argparse
import sys
from functools import partial
from importlib import resources
from pathlib import Path
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

from .rule import (
    _ASCII,
    _ASCII_SPACES,
    _DIGITS_KEY,
    _MAX_FIRST_WORDS,
    ANY_FOLLOWER,
    FOLLOW_PAIRS_FILE,
    FOLLOWERS,
    SECOND_PREFIX,
    SECOND_WORDS_FILE,
    SET_ROW,
    FollowPairs,
    Rule,
    SecondWords,
    _ascii_forms,
    _is_word,
    _key_pieces,
    _set_key_pieces,
    _TooMany,
    first_words,
    pattern_check,
    walk,
)

#: The command that regenerates the table (no arguments), as the stale-table test names it.
REGENERATE = "scripts/generate-follow-pairs"


#: In a state of :func:`_follow_states`: after the first word (then the spaces after it, then
#: the character that follows them, :data:`_ANY` for any).
_AFTER = "\x00"
_ANY = "\x01"
#: A space (``\s``) among the pieces of :func:`_follow_pieces`.
_SPACE_PIECE = "\x02"
_ASCII_NON_WORD = frozenset(c for c in _ASCII if not _is_word(ord(c)))


def _char_pieces(char: int) -> set[str]:
    """The ASCII characters ``char`` of a pattern may match (:data:`_SPACE_PIECE` for a
    space): on ASCII text nothing else matters."""
    forms = _ascii_forms(char)
    if forms & _ASCII_SPACES:
        return {_SPACE_PIECE}
    return forms


def _follow_pieces(op: Any, av: Any) -> set[str]:
    """What one item of a pattern may match on ASCII text: ASCII characters,
    :data:`_SPACE_PIECE`, or :data:`_ANY` (anything: not told here)."""
    if op is sre.LITERAL:
        return _char_pieces(av)
    if op is not sre.IN:
        return {_ANY}
    pieces: set[str] = set()
    for o, a in av:
        if o is sre.LITERAL:
            pieces |= _char_pieces(a)
        elif o is sre.RANGE and a[1] <= 0x17F:
            for c in range(a[0], a[1] + 1):
                pieces |= _char_pieces(c)
        elif o is sre.CATEGORY and a in (sre.CATEGORY_DIGIT, sre.CATEGORY_UNI_DIGIT):
            pieces |= set("0123456789")
        elif o is sre.CATEGORY and a in (sre.CATEGORY_SPACE, sre.CATEGORY_UNI_SPACE):
            pieces.add(_SPACE_PIECE)
        elif o is sre.CATEGORY and a in (sre.CATEGORY_NOT_WORD, sre.CATEGORY_UNI_NOT_WORD):
            pieces |= {_SPACE_PIECE} | (_ASCII_NON_WORD - _ASCII_SPACES)
        else:
            return {_ANY}  # a negated set, \w, a wide range ...
    return pieces


def _follow_step(states: set[str], pieces: set[str], done: set[str]) -> set[str]:
    """The states of :func:`_follow_states` after one item that matches one of ``pieces``;
    those that reach the character after the first word's spaces go to ``done``."""
    out: set[str] = set()
    for state in states:
        after = state.endswith(_AFTER)
        for piece in pieces:
            if after:  # in the spaces after the first word
                if piece == _SPACE_PIECE:
                    out.add(state)
                else:
                    done.add(state + piece)
            elif piece == _ANY:
                raise _TooMany  # the first word itself is not told
            elif piece == _SPACE_PIECE:
                out.add(state + _AFTER)
            elif not _is_word(ord(piece)):
                done.add(state + _AFTER + piece)
            else:
                for k in _key_pieces(ord(piece)):
                    digit = k == _DIGITS_KEY and state.endswith(_DIGITS_KEY)
                    out.add(state if digit else state + k)
    if len(out) > _MAX_FIRST_WORDS or len(done) > _MAX_FIRST_WORDS:
        raise _TooMany
    return out


def _follow_item(op: Any, av: Any, states: set[str], done: set[str]) -> set[str]:
    """A character item of :func:`_follow_states` (anything else may match any character)."""
    pieces = _follow_pieces(op, av) if op in (sre.LITERAL, sre.IN) else {_ANY}
    return _follow_step(states, pieces, done)


def _follow_states(items: Any, states: set[str], done: set[str]) -> set[str]:
    """Like :func:`~.rule._first_word_keys`, for :func:`first_follows`: a state is a first
    word's key, then, once a character that is not a word character ends the word,
    :data:`_AFTER` (while spaces follow it) and the first character after the spaces; a state
    with that character goes to ``done``, the others are returned."""
    return walk(items, states, partial(_follow_item, done=done))


def first_follows(items: Any) -> tuple[frozenset[str], frozenset[tuple[str, str]]] | None:
    """What may follow the first word of a match of a parsed pattern whose matches start with
    a word character, on ASCII text: ``(free, pairs)``, ``free`` the keys (:func:`word_key`)
    of the first words after which anything may follow (a match may end after the word, or
    what follows is not told), ``pairs`` the ``(key, character)`` of the others, the character
    being the first after the word that is not a space (``\\s``). A superset, as
    :func:`first_words`; None if not told. ``\\d{1,2}/\\d{2}`` gives ``({""}, {("#", "/")})``:
    "" (a word not all ASCII) is always free."""
    done: set[str] = set()
    try:
        states = _follow_states(items, {""}, done) | done
    except _TooMany:
        return None
    free = {""}
    pairs: set[tuple[str, str]] = set()
    for state in states:
        key, _, follow = state.partition(_AFTER)
        if not key:
            return None  # a match may start with a non-word character
        if follow in ("", _ANY):
            free.add(key)  # the match may end after the word (or its spaces)
        else:
            pairs.add((key, follow))
    return frozenset(free), frozenset(p for p in pairs if p[0] not in free)


def follow_pairs(rule: Rule) -> frozenset[tuple[str, str]] | None:
    """The follow pairs of ``rule`` read from its pattern (what the table holds for it, the
    pairs of "" included): None unless its matches start a word whose first words are told
    and some first word may be followed by some characters only."""
    parsed = _parser.parse(rule.regex.pattern, rule.regex.flags)
    told = first_words(parsed) if rule.word_start else None
    follows = first_follows(parsed) if told is not None else None
    if follows is None or not follows[1]:
        return None  # not told, or anything may follow every first word
    free, told_pairs = follows
    if len(free) * len(FOLLOWERS) > _MAX_FIRST_WORDS:
        return None
    return told_pairs | {(k, c) for k in free for c in FOLLOWERS}


#: In a state of :func:`_second_states`: the first word's key, then (once a character that
#: is not a word character ends it) this mark and the key of the second word so far.
_THEN = "\x03"


#: At most this many states of :func:`_second_states` (the pairs of a first word and the
#: start of a second one multiply: a number word before the start of a unit word).
_MAX_SECOND_STATES = 200_000


def _second_step(op: Any, av: Any, states: set[str], done: set[str]) -> set[str]:
    """A character item of :func:`_second_states`; anything else (a back reference, any
    character ...) leaves the second words untold."""
    if op is sre.LITERAL:
        pieces = _key_pieces(av)
    elif op is sre.IN:
        pieces = _set_key_pieces(av)
    else:
        raise _TooMany
    out: set[str] = set()
    for state in states:
        first, then, second = state.partition(_THEN)
        for piece in pieces:
            if not then:  # in the first word
                if not piece:
                    out.add(first + _THEN)
                elif piece == _DIGITS_KEY and first.endswith(_DIGITS_KEY):
                    out.add(state)
                else:
                    out.add(first + piece)
            elif not piece:  # between the words, or the end of the second one
                if second:
                    done.add(state)
                else:
                    out.add(state)
            elif piece == _DIGITS_KEY and second.endswith(_DIGITS_KEY):
                out.add(state)
            else:
                out.add(state + piece)
    if len(out) > _MAX_SECOND_STATES or len(done) > _MAX_SECOND_STATES:
        raise _TooMany
    return out


def _ends_before_non_word(items: Any) -> bool:
    """Whether every match of a parsed pattern ends before a non-word character: the pattern
    ends with ``(?![\\w])`` (:class:`~.rule.Rule` adds it) outside any alternative. A rule
    whose pattern has alternatives at the top level has it on the last one only, and a match
    of another may end inside a word ("a year" of "a years-old slump")."""
    if not items:
        return False
    op, av = items[-1]
    if op is not sre.ASSERT_NOT or av[0] != 1 or len(av[1]) != 1:
        return False
    sub_op, sub_av = av[1][0]
    return (
        sub_op is sre.IN
        and all(o is not sre.NEGATE for o, _ in sub_av)
        and any(
            o is sre.CATEGORY and a in (sre.CATEGORY_WORD, sre.CATEGORY_UNI_WORD) for o, a in sub_av
        )
    )


def second_words(items: Any) -> dict[str, frozenset[str]] | None:
    """The keys (:func:`~.rule.word_key`) of the second words of the matches of a parsed
    pattern whose matches start with a word character, by the key of their first word: the
    second word of a match is the next run of word characters after its first word, which in
    the text is the next word (the matches end before a non-word character). A first word
    after which a match may end, or whose second words are not told, has no entry; "" (a word
    not all ASCII) is among the keys of every entry. A superset (zero-width assertions are not
    read); None if nothing is told. ``\\d{1,2} (?:days|weeks)`` gives ``{"#": {"", "days",
    "weeks"}}``."""
    done: set[str] = set()
    try:
        ends = walk(items, {""}, partial(_second_step, done=done), _MAX_SECOND_STATES)
    except _TooMany:
        return None
    whole = _ends_before_non_word(items)
    free: set[str] = set()
    seconds: dict[str, set[str]] = {}
    for state in ends | done:
        first, then, second = state.partition(_THEN)
        if not first:
            return None  # a match may start with a non-word character
        if not second or (not whole and state in ends):
            # a match may end in or after the first word, or in a second word that goes on
            # in the text
            free.add(first)
        else:
            seconds.setdefault(first, {""}).add(second)
    told = {k: frozenset(v) for k, v in seconds.items() if k not in free}
    return told or None


def by_key(pairs: frozenset[tuple[str, str]]) -> FollowPairs:
    """Follow pairs as :attr:`~timeline.temporal.rule.Rule.follow_pairs` has them (and the
    table gives them): key -> the characters that may follow, :data:`FOLLOWERS` for any."""
    chars: dict[str, set[str]] = {}
    for key, char in pairs:
        chars.setdefault(key, set()).add(char)
    return {k: FOLLOWERS if c >= FOLLOWERS else frozenset(c) for k, c in chars.items()}


def table(rules: tuple[Rule, ...] | list[Rule]) -> str:
    """The text of the follow-pair table of ``rules`` (``rule.FOLLOW_PAIRS_FILE``): a row per
    rule with pairs and set of followers, with the first-word keys (not "") they follow."""
    lines = [
        f"# Generated by {REGENERATE} (python -m timeline.temporal.follow_pairs): do not edit.",
        "# Rerun it after changing a rule's pattern; a rule missing here or whose pattern check",
        "# differs is tried at every first word (see timeline/temporal/follow_pairs.py).",
        "# rule\tpattern check\tfollowers (characters, or (any))\tfirst-word keys",
    ]
    for rule in sorted(rules, key=lambda r: r.id):
        pairs = follow_pairs(rule)
        if pairs is None:
            continue
        check = pattern_check(rule.regex)
        keys_of: dict[str, list[str]] = {}
        for key, chars in by_key(pairs).items():
            if not key:
                continue  # always free
            if chars is FOLLOWERS:
                followers = ANY_FOLLOWER
            else:
                followers = "".join(sorted(chars)).encode("unicode_escape").decode("ascii")
            keys_of.setdefault(followers, []).append(key)
        for followers, keys in sorted(keys_of.items()):
            lines.append(f"{rule.id}\t{check}\t{followers}\t{' '.join(sorted(keys))}")
    return "\n".join(lines) + "\n"


#: First words longer than this are left out of the second-word table (a first word not in
#: it may be followed by any word): the long keys are words glued together through optional
#: spaces ("aprilthe", "#middayabu") that text hardly writes, and would make most of the table.
_MAX_FIRST_KEY = 12


def rule_second_words(rule: Rule) -> SecondWords | None:
    """The second words of ``rule`` as :attr:`~timeline.temporal.rule.Rule.second_words` has
    them (what the table holds for it): those of :func:`second_words`, cut to
    :data:`~timeline.temporal.rule.SECOND_PREFIX` characters, for first words of at most
    :data:`_MAX_FIRST_KEY` characters; None unless its matches start a word whose first words
    are told and some of them are told."""
    if not rule.word_start:
        return None
    parsed = _parser.parse(rule.regex.pattern, rule.regex.flags)
    if first_words(parsed) is None:
        return None
    seconds = second_words(parsed)
    if seconds is None:
        return None
    cut = {
        key: frozenset(k[:SECOND_PREFIX] for k in keys)
        for key, keys in seconds.items()
        if len(key) <= _MAX_FIRST_KEY
    }
    return cut or None


def second_table(rules: tuple[Rule, ...] | list[Rule]) -> str:
    """The text of the second-word table of ``rules`` (``rule.SECOND_WORDS_FILE``): the sets
    of second words (without "", numbered in the order they first come), then a row per rule
    and set with the first-word keys it follows."""
    sets: dict[frozenset[str], str] = {}
    rows: list[str] = []
    for rule in sorted(rules, key=lambda r: r.id):
        seconds = rule_second_words(rule)
        if seconds is None:
            continue
        check = pattern_check(rule.regex)
        firsts: dict[frozenset[str], list[str]] = {}
        for key, keys in seconds.items():
            firsts.setdefault(keys - {""}, []).append(key)
        for keys, told in sorted(firsts.items(), key=lambda kv: sorted(kv[1])):
            number = sets.setdefault(keys, str(len(sets)))
            rows.append(f"{rule.id}\t{check}\t{number}\t{' '.join(sorted(told))}")
    lines = [
        f"# Generated by {REGENERATE} (python -m timeline.temporal.follow_pairs): do not edit.",
        "# The second words of the rules (see timeline/temporal/follow_pairs.py): the sets of",
        f"# the keys of second words (their first {SECOND_PREFIX} characters), then a row per rule",
        "# and set with the first-word keys that set may follow.",
        f"# {SET_ROW}\tset id\tsecond-word keys",
        "# rule\tpattern check\tset id\tfirst-word keys",
    ]
    lines += [f"{SET_ROW}\t{n}\t{' '.join(sorted(keys))}" for keys, n in sets.items()]
    return "\n".join(lines + rows) + "\n"


def table_path(name: str = FOLLOW_PAIRS_FILE) -> Path:
    """Where a table is, in the source tree (the package's own directory)."""
    return Path(str(resources.files("timeline.temporal").joinpath(name)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog=REGENERATE,
        description=(
            "Regenerate timeline/temporal/resources/generated/follow_pairs.tsv and "
            "second_words.tsv, the follow pairs and second words of the rules (which numbers "
            "and words a rule is tried at), from the current rules. "
            "Run it, with no arguments, after adding a rule or changing a rule's pattern "
            "(or the analysis in timeline/temporal/follow_pairs.py), and commit the files: "
            "tests/temporal/test_engine_equivalence.py fails while it is stale. A rule "
            "missing from a file or changed since is tried at each of its first words (correct, "
            "slower)."
        ),
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="write nothing; exit 1 if a file is not what would be written",
    )
    args = parser.parse_args(argv)
    from .rules import RULES

    stale = 0
    for name, text in ((FOLLOW_PAIRS_FILE, table(RULES)), (SECOND_WORDS_FILE, second_table(RULES))):
        path = table_path(name)
        current = path.read_text("utf-8") if path.is_file() else None
        if args.check:
            if current != text:
                print(f"{path} is stale: run {REGENERATE}", file=sys.stderr)
                stale = 1
            else:
                print(f"{path} is current")
        elif current == text:
            print(f"{path} unchanged")
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, "utf-8")
            print(f"wrote {path} ({text.count(chr(10))} lines)")
    return stale


if __name__ == "__main__":
    sys.exit(main())
