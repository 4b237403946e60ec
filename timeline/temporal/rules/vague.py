"""Vague references: now, currently (PRESENT_REF), recently, the past (PAST_REF), the future,
soon (FUTURE_REF), a long time (PXX). They keep their value and get no interval."""

from __future__ import annotations

import re

from ..lexicon import alt, rows, table, words
from ..rule import Found, Rule
from ..values import Fixed
from .common import last_words, next_word

_VAGUE = {" ".join(r[0].lower().split()): (r[1], r[2]) for r in rows("vague")}

#: The ranking adverbs ("most recently") and what may follow them to give the date of the
#: latest instance: ``ranking_vague_leads.tsv``, a month, a weekday, a number.
_RANKING = frozenset(("most recently", "more recently"))
_RANKING_LEADS = words("ranking_vague_leads") | set(table("months")) | set(table("weekdays"))


def build_vague(m: re.Match[str]) -> Found | None:
    word = " ".join(m.group("word").lower().split())
    if word in _RANKING:
        after = next_word(m).lower()
        if after in _RANKING_LEADS or after[:1].isdigit():
            return None  # "three times, most recently in March": "March" is the time
    kind, value = _VAGUE[word]
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
