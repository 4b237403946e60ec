"""Vague references: now, currently (PRESENT_REF), recently, the past (PAST_REF), the future,
soon (FUTURE_REF), a long time (PXX). They keep their value and get no interval."""

from __future__ import annotations

import re

from ..lexicon import alt, alternation, rows, table, words
from ..rule import Found, Rule
from ..values import Fixed
from .common import last_words, next_word, prev_word

_VAGUE = {" ".join(r[0].lower().split()): (r[1], r[2]) for r in rows("vague")}

#: The ranking adverbs ("most recently") and what may follow them to give the date of the
#: latest instance: ``ranking_vague_leads.tsv``, a month, a weekday, a number.
_RANKING = frozenset(("most recently", "more recently"))
_RANKING_LEADS = words("ranking_vague_leads") | set(table("months")) | set(table("weekdays"))


#: A count right after "the past", "the future" ("for the past three trainings", "the next
#: 2 games"): the adjective of a count of things, not the past or the future (a count of time
#: units is a duration, which a longer rule finds: "the past three days").
_COUNT_AFTER = re.compile(
    rf"\s{{1,3}}(?:\d{{1,4}}|{alternation(w for w in words('numbers') if w not in ('a', 'an'))}"
    rf"|few|several|couple)\b(?!\s{{1,3}}(?:{alt('units')}|{alt('seasons')})s?\b)",
    re.IGNORECASE,
)
_COUNTED = frozenset({"the past", "the future"})


#: Words before a length ("spent some time", ``duration_contexts.tsv``).
_DURATION_CONTEXTS = words("duration_contexts")
#: A hyphen glued to a word before "now": a compound ("buy-now-pay-later").
_GLUED_BEFORE = re.compile(r"[A-Za-z]-$")
#: Determiners that make "later date" one the text named ("the later date"), not "a later
#: date" still to be fixed.
_ANAPHORIC = frozenset(("the", "this", "that"))
#: After "some time", a date it falls in ("some time in 2026", "some time during March",
#: "some time next week"): the phrase says when, and the date is the expression, as with
#: "sometime" (``some_time_followers.tsv`` holds the words that open such a date).
_POINT_AFTER = re.compile(
    rf"\s{{1,3}}(?:(?:in|during)\s{{1,3}}(?:\d{{4}}\b|{alt('months')}\b|{alt('some_time_followers')}\b"
    # s41-blindhist: a decade, a century or a season after "the" ("some time in the 1420s",
    # "some time in the 15th century", "some time during the winter of 1911"; was PXX), not a
    # place ("spent some time in the garden")
    rf"|the\s{{1,3}}(?:\d{{3}}0s\b|\d{{1,2}}(?:st|nd|rd|th)\s{{1,3}}century\b"
    rf"|{alt('seasons')}\b|{alt('some_time_followers')}\b))"
    rf"|{alt('some_time_followers')}\b)",
    re.IGNORECASE,
)


#: A verb whose object "the present" is a gift (``present_gift_verbs.tsv``), maybe with a
#: pronoun between ("gave them the present").
_GIFT_VERB_BEFORE = re.compile(
    rf"\b(?:{alternation(words('present_gift_verbs'))})(?:\s{{1,3}}(?:me|him|her|them|us|you))?"
    r"\s{1,3}$",
    re.IGNORECASE,
)


#: Nouns that make one phrase of the present time with "the present" ("the present day"):
#: ``present_time_nouns.tsv``.
_PRESENT_TIME_NOUNS = words("present_time_nouns")
#: The lower-case word after "the present", and the function words that leave it the time
#: ("the present and the past"; ``year_function_words.tsv``).
_LOWER_WORD_AFTER = re.compile(r"\s{1,3}([a-z][\w'’-]{0,30})")
_FUNCTION_WORDS = words("year_function_words")
#: "-day" glued to "the present" and the word after it ("the present-day church").
_PRESENT_DAY_ADJECTIVE = re.compile(r"-day\s{1,3}([^\W\d_][\w'’-]{0,30})", re.IGNORECASE)


def _present_day_adjective(m: re.Match[str]) -> bool:
    """True for the adjective "present-day" before its noun ("The present-day church", "the
    present-day owners", as "present-day Ankara"): no time; "to the present-day, it" and "to
    the present-day the line" (a pause or a function word after it) keep the noun's time."""
    after = _PRESENT_DAY_ADJECTIVE.match(m.string, m.end())
    return after is not None and after.group(1).lower() not in _FUNCTION_WORDS


def _present_adjective(m: re.Match[str]) -> int:
    """Characters to cut from "the present" when it is the adjective of a noun after it ("The
    present hall", "the present owners": "current"), the word alone tagged as "current" is;
    0 before a pause, a function word or a noun of time ("to the present day")."""
    after = _LOWER_WORD_AFTER.match(m.string, m.end())
    if after is None:
        return 0
    noun = after.group(1).lower()
    if noun in _FUNCTION_WORDS or noun in _PRESENT_TIME_NOUNS:
        return 0
    text = m.group("word")
    return len(text) - len(text[3:].lstrip())


def build_vague(m: re.Match[str]) -> Found | None:
    word = " ".join(m.group("word").lower().split())
    if word in _RANKING:
        after = next_word(m).lower()
        if after in _RANKING_LEADS or after[:1].isdigit():
            return None  # "three times, most recently in March": "March" is the time
    if word == "recently" and prev_word(m).lower() == "as" and next_word(m).lower() == "as":
        # "topped 5% as recently as last Wednesday": the comparison dates the instance by the
        # expression after it, as "most recently in March" does; the adverb is no time
        return None
    if word in _COUNTED and _COUNT_AFTER.match(m.string, m.end()):
        return None
    if word == "now" and _GLUED_BEFORE.search(m.string, max(0, m.start() - 2), m.start()):
        return None  # "buy-now-pay-later lenders", "a pay-now deal": a compound, no time
    if word == "later date" and prev_word(m).lower() in _ANAPHORIC:
        return None  # "The later date would apply only if ...": a date the text named
    if (
        word == "some time"
        and _POINT_AFTER.match(m.string, m.end())
        # "spent some time in March there", "took some time in 2020": a length all the same
        and prev_word(m).lower() not in _DURATION_CONTEXTS
    ):
        return None  # "finish some time in 2026", "some time next week": when, not how long
    if word == "the present" and _GIFT_VERB_BEFORE.search(
        m.string, max(0, m.start() - 24), m.start()
    ):
        # "need to sort the present by wed", "gave them the present": the gift (session 34,
        # blind text 903)
        return None
    if word == "then current" and not _then_current_determined(m):
        # "If prices fall, then current owners lose": the "then" of a condition or a
        # sequence, and "current" alone the present (s41-timebank)
        text = m.group("word")
        kind, value = _VAGUE["current"]
        return Found(kind, Fixed(value), trim_start=len(text) - len(text[4:].lstrip()))
    if word == "current" and _current_name(m):
        return None  # "the North Cape Current for which she is known": an ocean current's name
    kind, value = _VAGUE[word]
    if word == "the present" and _present_day_adjective(m):
        # "The present-day church was built in 1720": the compound adjective, no time, as
        # "present-day Ankara" (s39-history2, was "The present")
        return None
    if word == "the present":
        trim = _present_adjective(m)
        if trim:
            # "The present hall was designed by ...": the current hall (s35-history)
            return Found(kind, Fixed(value), trim_start=trim)
    return Found(kind, Fixed(value))


#: Words before "then current" that make it the adjective of a noun phrase ("the then current
#: price", "its then current chairman"): ``modifier_determiners.tsv``.
_DETERMINERS = words("modifier_determiners")


def _then_current_determined(m: re.Match[str]) -> bool:
    """True when "then current" follows a determiner or a possessive ("the then current
    price", "Acme's then current chief"): "then" is the adjective's time, not a conjunction."""
    before = prev_word(m)
    return before.lower() in _DETERMINERS or before.endswith(("'s", "’s"))


def _current_name(m: re.Match[str]) -> bool:
    """True when a capitalised "Current" ends a name: after a capitalised word in its sentence
    and before a lower-case word or a mark ("the North Cape Current for which", "the Gulf
    Current."; s33-history); not "Current prices", nor a headline in title case ("Markets
    Brace for Current Slump"), whose next word is capitalised too."""
    if m.group("word")[:1] != "C":
        return False
    before = prev_word(m)
    head = m.string[: m.start()].rstrip()
    opening = head[: len(head) - len(before)].rstrip()[-1:]
    # the capitalised word is inside the sentence, not its first ("The Current rate is")
    inside = opening != "" and opening not in '.!?:"\n'
    return inside and before[:1].isupper() and not next_word(m)[:1].isupper()


RULES: tuple[Rule, ...] = (
    Rule(
        "vague_reference",
        "now|recently|the future|...",
        rf"(?P<word>{alt('vague')})",
        build_vague,
        trigger=last_words("vague"),
    ),
)
