"""A life's ages as the story's time: "born on 4 February 1938. At the age of 12 she built a
tide gauge, and two years later ..." counts the two years from 1950, the year she turned 12,
not from her birth. The age is no TIMEX3 (TimeBank leaves "52 years old" and ages untagged);
it only moves the anchor a year offset counts from."""

from __future__ import annotations

import re
from datetime import date

from . import calendar as cal
from .lexicon import alternation, words
from .rules.common import NUM_WORD, number

#: An age after a word of ``person_age_leads.tsv``, in digits or words ("aged 20", "when she was
#: seven"); not a count of things ("aged 20 barrels" has no reading here: the match ends at a
#: word boundary and is only sought after a birth date).
_AGE = re.compile(
    rf"\b(?:{alternation(words('person_age_leads'))})\s{{1,3}}(?P<n>\d{{1,3}}|{NUM_WORD})\b(?![-\w])",
    re.IGNORECASE,
)
#: The word that makes a date the one a life's ages count from.
_BORN = re.compile(r"\bborn\b", re.IGNORECASE)
#: How far before the birth date "born" may stand (characters): "was born in Tromsø on 4
#: February 1938", "Born in 1959"; not "was born in 1938 and died in 2001", whose anchor is the
#: death.
BORN_REACH = 40
#: How far after the birth date an age is sought (characters): the next sentences of a life.
REACH = 800


def aged_anchor(
    text: str, anchor: cal.Point, anchor_at: int, birth: tuple[int, int], pos: int
) -> tuple[cal.Point, int] | None:
    """The year a person reached the last age named between the anchor (named at
    ``anchor_at``) and ``pos``, and where that age is written, when the anchor's sentence
    (``birth``: its start and end) tells that it is a birth's ("was born on 4 February 1938",
    "Born in 1959, ..."); else None."""
    if pos - anchor_at > REACH:
        return None
    borns = list(_BORN.finditer(text, max(birth[0], anchor_at - BORN_REACH), anchor_at))
    born = borns[-1] if borns else None
    if born is None or any(ch.isdigit() for ch in text[born.end() : anchor_at]):
        return None  # "born in 1938 and died in 2001": the anchor is not the birth
    ages = list(_AGE.finditer(text, anchor_at, pos))
    found = ages[-1] if ages else None
    if found is None:
        return None
    years = number(found.group("n"))
    if years is None or not 1 <= years <= 120 or years != int(years):
        return None
    year = anchor.first.year + int(years)
    if year > 9999:
        return None
    return cal.Point("year", date(year, 1, 1)), found.start()
