"""Approximate dates and times: "around 3pm", "at about noon", "around next week", "3pm
approximately" are the date or time with TIMEX3 mod ``APPROX``, the approximating word in the
span (TimeML 1.2.1 puts a modifier inside the TIMEX3 it modifies).

The words are ``point_approximators.tsv``: before the expression ("around", "approximately"),
before it only after "at" ("at about 3pm": "about Friday" is the preposition), or after it
("3pm approximately"). Durations have their own approximations (``approximators.tsv``, read by
the duration rules); an expression that already has a mod ("around late March") keeps it, and
a possessive one ("get around Wednesday's ruling") names a thing and is left alone, and so is
a vague reference ("they are going around now": the verb's particle).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .lexicon import alternation, rows
from .rule import Found
from .values import Fixed

_ROWS = rows("point_approximators")


def _words(where: str) -> list[str]:
    return [r[0] for r in _ROWS if r[2] == where]


_MOD = {(r[0].lower(), r[2]): r[1] for r in _ROWS}
#: An approximating word right before an expression (and "at" before a word that needs it).
_BEFORE = re.compile(
    rf"(?:(?<![\w'’-])(?P<before>{alternation(_words('before'))})"
    rf"|(?<![\w'’-])(?:at|@)\s{{1,3}}(?P<after_at>{alternation(_words('after-at'))}))\s{{1,3}}$",
    re.IGNORECASE,
)
#: An approximating word right after an expression.
_AFTER = re.compile(
    rf"\s{{1,3}}(?P<after>{alternation(_words('after'))})(?![\w'’-])", re.IGNORECASE
)
#: A possessive after the expression: it names a thing ("get around Wednesday's ruling").
_POSSESSIVE = re.compile(r"['’]s?(?!\w)")
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
    if isinstance(found.spec, Fixed) and not found.spec.value.startswith("BC"):
        return None  # a vague reference: "going around now" is a verb's particle ("around
        # 460 BC" is a year)
    if _POSSESSIVE.match(text, end):
        return None
    before = _BEFORE.search(text, max(lo, start - _REACH), start)
    if before is not None:
        key = (before.group("before") or before.group("after_at")).lower()
        where = "before" if before.group("before") else "after-at"
        word_start = before.start("before") if before.group("before") else before.start("after_at")
        return word_start, end, replace(found, mod=_MOD[(" ".join(key.split()), where)])
    after = _AFTER.match(text, end, hi)
    if after is not None:
        mod = _MOD[(after.group("after").lower(), "after")]
        return start, after.end(), replace(found, mod=mod)
    return None
