"""Vague references: now, currently (PRESENT_REF), recently, the past (PAST_REF), the future,
soon (FUTURE_REF), a long time (PXX). They keep their value and get no interval."""

from __future__ import annotations

import re

from ..lexicon import alt, alternation, rows
from ..rule import Found, Rule
from ..values import Fixed

#: The last word of every entry: each match contains one.
_LAST_WORDS = alternation(sorted({r[0].lower().split()[-1] for r in rows("vague")}))
_VAGUE = {" ".join(r[0].lower().split()): (r[1], r[2]) for r in rows("vague")}


def build_vague(m: re.Match[str]) -> Found | None:
    kind, value = _VAGUE[" ".join(m.group("word").lower().split())]
    return Found(kind, Fixed(value))


RULES = (
    Rule(
        "vague_reference",
        "now|recently|the future|...",
        rf"(?P<word>{alt('vague')})",
        build_vague,
        trigger=_LAST_WORDS,
    ),
)
