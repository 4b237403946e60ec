"""Vague references: now, currently (PRESENT_REF), recently, the past (PAST_REF), the future,
soon (FUTURE_REF), a long time (PXX). They keep their value and get no interval."""

from __future__ import annotations

import re

from ..lexicon import alt, rows
from ..rule import Found, Rule
from ..values import Fixed
from .common import last_words

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
        trigger=last_words("vague"),
    ),
)
