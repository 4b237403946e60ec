"""A life's ages as the story's time: "born on 4 February 1938. At the age of 12 she built a
tide gauge, and two years later ..." counts the two years from 1950, the year she turned 12,
not from her birth. The age is no TIMEX3 (TimeBank leaves "52 years old" and ages untagged);
it only moves the anchor a year offset counts from."""

from __future__ import annotations

import re
from collections.abc import Iterator
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
#: An age written "at" and a bare number in a life story ("bought his first saxophone at 14 and
#: was playing in bars two years later", "left school at sixteen, and"): only before a word of
#: ``person_age_at_followers.tsv`` or a clause's punctuation, so not a clock time ("at 10 a.m.",
#: "at 14:00"), a score or a count ("at 14 points", "at 30 degrees").
_AT_AGE = re.compile(
    rf"\bat\s{{1,3}}(?P<n>\d{{1,2}}|{NUM_WORD})(?:\s{{0,3}}[,;)]|\.(?!\d)|\s{{1,3}}"
    rf"(?:{alternation(words('person_age_at_followers'))})\b)",
    re.IGNORECASE,
)
#: The youngest age "at" and a bare number is read as (below it, "at 3" is more often a clock).
AT_AGE_MIN = 5


def _last_age(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The last age named between ``start`` and ``end`` ("aged 20", "at the age of 12", "at 14
    and"), as the years and where it is written, or None."""
    found: tuple[int, int] | None = None
    for m in _AGE.finditer(text, start, end):
        found = (m.start(), m.start("n"))
    at = None
    # s41-blindhist: also a sentence's "At 18 she entered Girton" (was only a lower-case "at")
    if "at " in text[start:end] or "At " in text[start:end]:
        for m in _AT_AGE.finditer(text, start, end):
            n = number(m.group("n"))
            if n is not None and n >= AT_AGE_MIN:
                at = m
    if at is not None and (found is None or at.start() > found[0]):
        found = (at.start(), at.start("n"))
    if found is None:
        return None
    years = number(_NUM.match(text, found[1]).group(0))  # type: ignore[union-attr]
    if years is None or not 1 <= years <= 120 or years != int(years):
        return None
    return int(years), found[0]


_NUM = re.compile(rf"\d{{1,3}}|{NUM_WORD}", re.IGNORECASE)
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
    age = _last_age(text, anchor_at, pos)
    if age is None:
        return None
    year = anchor.first.year + age[0]
    if year > 9999:
        return None
    return cal.Point("year", date(year, 1, 1)), age[1]


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
    age = _last_age(text, anchor_at, pos)
    if age is None:
        return None
    year = birth[0] + age[0]
    if (year < anchor.first.year and anchor_at >= birth[1]) or year > 9999:
        return None
    return cal.Point("year", date(year, 1, 1)), age[1]


#: A birth year told in a sentence of its own: "Born in Budapest in 1944, Varga came to the
#: United States in 1957", "She was born on 4 February 1938 in Tromsø"; "born" (not "first-born")
#: and the first year after it in its sentence.
_BORN_YEAR = re.compile(
    r"(?<![-\w])born\b[^.;!?\n]{0,60}?(?<![\d,.])(?P<year>1\d{3}|20\d{2})(?![\d,.]\d|\w)",
    re.IGNORECASE,
)


def born_year(text: str) -> tuple[int, int] | None:
    """The year of the birth a life story tells with "born" ("Born in Budapest in 1944, Varga
    came to the United States in 1957. He bought his first saxophone at 14 and was playing in
    bars two years later": 1960, the two years count from the year he was 14) and where it is
    written, as ``lifespan_birth`` gives a life span's, or None: also when the text tells two
    births of different years ("His daughter, born in 1975"), whose ages could be either's."""
    if "born" not in text and "Born" not in text and "BORN" not in text:
        return None  # most texts: no search (the pattern opens with a lookbehind, tried at
        # every character)
    found: tuple[int, int] | None = None
    for m in _born_matches(text):
        year = int(m.group("year"))
        if found is None:
            found = (year, m.end())
        elif found[0] != year:
            return None
    return found


def _born_matches(text: str) -> Iterator[re.Match[str]]:
    """``_BORN_YEAR.finditer(text)``; on ASCII text tried only where "born" (in any case)
    starts, found by a substring search of the lower-cased text ("airborne", "stubborn" fail
    at once): the pattern opens with a lookbehind, which the regex engine would try at every
    character."""
    if not text.isascii():
        yield from _BORN_YEAR.finditer(text)
        return
    lower = text.lower()  # ASCII: the same offsets
    at = lower.find("born")
    while at >= 0:
        m = _BORN_YEAR.match(text, at)
        if m is not None:
            yield m
            at = lower.find("born", m.end())
        else:
            at = lower.find("born", at + 1)
