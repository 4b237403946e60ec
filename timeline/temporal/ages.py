"""A life's ages as the story's time: "born on 4 February 1938. At the age of 12 she built a
tide gauge, and two years later ..." counts the two years from 1950, the year she turned 12,
not from her birth. The age is no TIMEX3 (TimeBank leaves "52 years old" and ages untagged);
it only moves the anchor a year offset counts from."""

from __future__ import annotations

import re
from datetime import date

from . import calendar as cal
from .lexicon import alternation, words
from .rules.common import MONTH, NUM_WORD, number

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


#: A life's span in parentheses after a name, as an encyclopedia opens a biography: "Marguerite
#: Hale (14 March 1899 – 2 August 1965)", "(1899–1965)", "(March 3, 1899 – 1965)", "(born 4
#: February 1938)"; the first year is the birth's. Sought in the text's opening only.
_DAY_OF = rf"(?:\d{{1,2}}\s{{1,3}}{MONTH}\s{{1,3}}|{MONTH}\s{{1,3}}\d{{1,2}},\s{{1,3}})?"
_LIFESPAN = re.compile(
    rf"\((?:(?:born\s{{1,3}}|b\.\s{{0,3}}){_DAY_OF}(?P<born>\d{{4}})\)"
    rf"|(?:c\.\s{{0,3}})?{_DAY_OF}(?P<year>\d{{3,4}})\s{{0,3}}[–—-]\s{{0,3}}"
    rf"(?:c\.\s{{0,3}})?{_DAY_OF}(?P<died>\d{{3,4}})\))",
    re.IGNORECASE,
)
#: How far into a text its subject's life span may stand (characters): the first sentence.
LIFESPAN_REACH = 400
#: A life's length in years, for a span in parentheses to be one ("The Siege of Orléans
#: (1428–1429)" is no life).
_LIFE_YEARS = range(15, 121)


def lifespan_birth(text: str) -> tuple[int, int] | None:
    """The birth year of the life span in parentheses that opens a biography ("Marguerite Hale
    (14 March 1899 – 2 August 1965) was a British aviator", "Ada Brenner (born 12 May 1950)
    is") and where the parenthesis ends, or None: not a span too short for a life ("The Siege
    of Orléans (1428–1429) was"), nor one after a determiner, which names no person ("The
    Thirty Years' War (1618–1648)")."""
    m = _LIFESPAN.search(text, 0, LIFESPAN_REACH)
    if m is None or not text[m.end() :].lstrip()[:1].islower():
        return None  # a parenthesis the sentence goes on after ("was", "is"), not a title's
    line = text.rfind("\n", 0, m.start()) + 1
    if text[line : m.start()].split()[:1] in (["The"], ["A"], ["An"]):
        return None
    if m.group("born"):
        return int(m.group("born")), m.end()
    born, died = int(m.group("year")), int(m.group("died"))
    return (born, m.end()) if died - born in _LIFE_YEARS else None


def age_since_birth(
    text: str, birth: tuple[int, int], anchor: cal.Point, anchor_at: int, pos: int
) -> tuple[cal.Point, int] | None:
    """The year the subject of a biography whose life span gave ``birth`` (the year, and
    where the span ends) reached the last age named after the anchor (named at ``anchor_at``)
    and before ``pos``, when that is not before the anchor's year: "graduated in 1922. At the
    age of 24 she took her first flying lesson ... Two years later" counts from 1923; or before
    it when the anchor is the span's own death ("(2 June 1888 – 11 April 1961) ... At the age of
    18 he entered the cadet school, and three years later" = 1909); else None."""
    if pos - anchor_at > REACH:
        return None
    ages = list(_AGE.finditer(text, anchor_at, pos))
    if not ages:
        return None
    years = number(ages[-1].group("n"))
    if years is None or not 1 <= years <= 120 or years != int(years):
        return None
    year = birth[0] + int(years)
    if (year < anchor.first.year and anchor_at >= birth[1]) or year > 9999:
        return None
    return cal.Point("year", date(year, 1, 1)), ages[-1].start()
