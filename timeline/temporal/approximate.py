"""Approximate dates and times: "around 3pm", "at about noon", "around next week", "3pm
approximately" are the date or time with TIMEX3 mod ``APPROX``, the approximating word in the
span (TimeML 1.2.1 puts a modifier inside the TIMEX3 it modifies).

The words are ``point_approximators.tsv``: before the expression ("around", "approximately"),
before it only after "at" or a signal ("at about 3pm", "by about 4 a.m.", "until about 9
p.m.": "talked about Friday" is the preposition; and after "in", as histories write a year,
"founded in about 1552", s42-history), or after it
("3pm approximately"). Durations have their own approximations (``approximators.tsv``, read by
the duration rules); an expression that already has a mod ("around late March") keeps it, and
a possessive one ("get around Wednesday's ruling") names a thing and is left alone, and so is
a vague reference ("they are going around now": the verb's particle), and so is a date after a
person and "around" ("anyone around this wknd?", ``presence_leads.tsv``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .lexicon import (
    alternation,
    first_letters,
    last_words,
    may_end_with,
    rows,
    word_after_space,
    words,
)
from .rule import Found
from .rules.common import glued_approximator, lateness
from .values import CalendarDate, ClockTime, Fixed, Offset, SeasonRef

_ROWS = rows("point_approximators")


def _words(where: str) -> list[str]:
    return [r[0] for r in _ROWS if r[2] == where]


_MOD = {(r[0].lower(), r[2]): r[1] for r in _ROWS}
#: An approximating word right before an expression (and "at" or a signal before a word that
#: needs it: "by about 4 a.m.").
_BEFORE = re.compile(
    rf"(?:(?<![\w'’-])(?P<before>{alternation(_words('before'))})"
    rf"|(?<![\w'’-])(?:at|@|by|until|till|til|untill|before|after|from|since|to|between|in)\s{{1,3}}"
    rf"(?P<after_at>{alternation(_words('after-at'))}))\s{{1,3}}$",
    re.IGNORECASE,
)
#: The last words of :data:`_BEFORE`'s phrases (:func:`~.lexicon.may_end_with`).
_BEFORE_ENDS = last_words(_words("before") + _words("after-at"))
#: An approximating word right before a clock time in digits ("gets in about 11.20").
_BEFORE_CLOCK = re.compile(
    # not "How about 2:45 instead?", "What about 4:30?": a time put forward
    rf"(?<![\w'’-])(?<!how )(?<!what )(?P<word>{alternation(_words('before-clock'))})\s{{1,3}}$",
    re.IGNORECASE,
)
#: An approximating word right after an expression.
_AFTER = re.compile(
    rf"\s{{1,3}}(?P<after>{alternation(_words('after'))})(?![\w'’-])", re.IGNORECASE
)
_AFTER_FIRSTS = first_letters(_words("after"))
#: A possessive after the expression: it names a thing ("get around Wednesday's ruling").
_POSSESSIVE = re.compile(r"['’]s?(?!\w)")
#: A person before "around" ("anyone around this wknd?"): being there, not roughly then
#: (``presence_leads.tsv``).
_PRESENCE = re.compile(
    rf"(?<![\w'’-])(?:{alternation(words('presence_leads'))})"
    rf"(?:\s{{1,3}}(?:{alternation(words('presence_adverbs'))}))?\s{{1,3}}$",
    re.IGNORECASE,
)
#: The longest text :data:`_BEFORE` can match (characters looked back at).
_REACH = 24


def approximated(
    text: str, start: int, end: int, found: Found, lo: int, hi: int
) -> tuple[int, int, Found] | None:
    """The span and value of the expression ``text[start:end]`` with an approximating word
    before or after it, not reaching before ``lo`` or after ``hi`` (the neighbouring
    expressions), or None. Only dates and times without a mod are approximated."""
    if found.type not in ("DATE", "TIME") or found.mod is not None:
        return None
    if type(found.spec) is Fixed and not found.spec.value.startswith(("BC", "XXXX-")):
        return None  # a vague reference: "going around now" is a verb's particle ("around
        # 460 BC" is a year, "around 20 December" a day of every year)
    if text.startswith(("'", "’"), end) and _POSSESSIVE.match(text, end):
        return None
    reach = max(lo, start - _REACH)
    before = (
        _BEFORE.search(text, reach, start)
        if may_end_with(text, reach, start, _BEFORE_ENDS)
        else None
    )
    if (
        before is not None
        and found.type == "DATE"
        and (before.group("before") or "").lower() == "around"
        and _PRESENCE.search(text, max(0, before.start() - 28), before.start())
    ):
        return None  # "anyone around this wknd?": being there
    if before is not None:
        key = (before.group("before") or before.group("after_at")).lower()
        where = "before" if before.group("before") else "after-at"
        word_start = before.start("before") if before.group("before") else before.start("after_at")
        return word_start, end, replace(found, mod=_MOD[(" ".join(key.split()), where)])
    glued = glued_approximator(text, start) if found.type == "DATE" else None
    if glued is not None and glued >= lo:
        return glued, end, replace(found, mod="APPROX")  # "c.1760"
    if found.type == "TIME" and type(found.spec) is ClockTime and text[start : start + 1].isdigit():
        word = _BEFORE_CLOCK.search(text, reach, start)
        if word is not None:
            mod = _MOD[(word.group("word").lower(), "before-clock")]
            return word.start("word"), end, replace(found, mod=mod)
    after = _AFTER.match(text, end, hi) if word_after_space(text, end, _AFTER_FIRSTS) else None
    if after is not None:
        mod = _MOD[(after.group("after").lower(), "after")]
        return start, after.end(), replace(found, mod=mod)
    return None


_PART_IN = {r[0].lower(): r[1] for r in rows("part_in_words")}
#: "early in" / "late in" right before a date (``part_in_words.tsv``), at a phrase's start.
_PART_IN_BEFORE = re.compile(
    rf"(?<![\w'’-])(?:(?P<idiom>{alternation(r[0] for r in rows('late_idiom_leads'))})\s{{1,3}})?"
    rf"(?P<part>{alternation(_PART_IN)})\s{{1,3}}in\s{{1,3}}$",
    re.IGNORECASE,
)


def part_in(text: str, start: int, found: Found) -> Found | None:
    """A month, year or season after "early in" or "late in" ("Early in 1779 the British took
    Augusta", "late in March", "early in the spring of 1862"), or a year, decade or century
    counted from the story ("Early in the next century"): the date with the part's mod
    (START, END), its span the date alone, as "Early in the year" is "the year" START; None
    for any other expression. A day has no such part here ("late in the day" is
    ``date_earlier_in``)."""
    spec = found.spec
    if found.type != "DATE" or found.mod is not None:
        return None
    if (
        not (type(spec) is CalendarDate and spec.day is None)
        and type(spec) is not SeasonRef
        # "Early in the next century", "late in the following decade": a unit counted from
        # the story's, as "early in the century" is that century's START
        and not (
            type(spec) is Offset
            and spec.base == "anchor"
            and spec.unit in ("year", "decade", "century")
        )
    ):
        return None
    m = _PART_IN_BEFORE.search(text, max(0, start - 20), start)
    if m is None or m.group("idiom"):
        return None  # "too late in March to sail": not a part of March
    if lateness(text, m.start("part")):
        return None  # "the payment was three days late in January": how late, no part
    return replace(found, mod=_PART_IN[m.group("part").lower()])
