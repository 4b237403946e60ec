"""Whether an expression dates its sentence's main event or only a subordinate part of it.

A sentence is dated by its main event. An expression inside a subordinate constituent dates
that constituent's own event, not the sentence's:

- a relative clause: "President Biden, who left for Asia on Thursday, is expected to sign it
  this weekend" (Thursday dates the leaving); "an evacuation that began a week earlier";
- an adverbial clause with its own verb: "the largest package since the invasion began on
  February 24", "Since Popasna fell earlier this month, ...";
- the "since"/"before" phrase of a superlative or first/last noun phrase: "the first call
  between them since February 18" (it bounds the comparison);
- a date that modifies an event noun after a preposition: "after the March 3 attack";
- a participle or gerund clause: "..., completing an evacuation begun on Monday", "sentenced
  yesterday for killing a civilian on February 28".

:func:`background` tells these apart from expressions of the main clause. The expressions are
tagged as usual; ingestion asks :func:`background` of each placeable expression of a sentence
that holds more than one, and dates the sentence by them only when no expression of its main
clause can date it (:mod:`timeline.extraction`). The test is on the text between the
expression and the nearest clause boundary before it (a comma, semicolon, colon, dash,
parenthesis or the sentence start), bounded to :data:`_WINDOW` characters, so it costs the
same for every expression whatever the text's length.
"""

from __future__ import annotations

import re

from .lexicon import alternation, rows, words
from .signals import role

#: How far back (characters) the clause of an expression is looked for.
_WINDOW = 160
#: A clause boundary: punctuation that ends a parenthetical or a clause, or a sentence end.
_BOUNDARY = r"[,;:()\u2013\u2014\"“”]|\s-{1,2}\s|[.!?]\s"
#: The last boundary of a stretch, found in one match (greedy prefix).
_LAST_BOUNDARY = re.compile(r".*(" + _BOUNDARY + ")", re.DOTALL)
_TOKEN = re.compile(r"[A-Za-z’']+")
_RELATIVE = words("relative_pronouns")
_CONJUNCTIONS = words("subordinating_conjunctions")
_SUPERLATIVES = words("superlatives")
_NOT_GERUNDS = words("not_gerunds")
#: ``clause_words.tsv`` by kind.
_KINDS = rows("clause_words")
#: Prepositions that open a gerund clause: "for killing a civilian on May 2".
_GERUND_PREPOSITIONS = frozenset(r[0] for r in _KINDS if r[1] == "gerund_preposition")
#: Finite verbs and auxiliaries: irregular past forms, present forms, auxiliaries and modals
#: (not the past adverbs of ``tense_past.tsv`` nor the infinitive "to").
_VERBS = (
    words("tense_past")
    | words("tense_present")
    | words("tense_auxiliaries")
    | words("tense_modals")
) - {"to", "ago", "earlier", "yesterday", "last"}
#: How many words the subject of an adverbial clause may have before its verb ("since the
#: invasion began", "though most parties had"; not "since the middle of March waited").
_SUBJECT = 3
#: Auxiliaries and modals, after which the next verb belongs to the same group.
_AUXILIARIES = (words("tense_auxiliaries") | words("tense_modals")) - {"to"}
#: Words in "-ed" that are no verbs.
_NOT_ED_VERBS = frozenset(r[0] for r in _KINDS if r[1] == "not_verb")
#: Words inside a verb group that do not end it ("has already been", "was quickly").
_IN_GROUP = frozenset(r[0] for r in _KINDS if r[1] == "in_group")
#: Prepositions after which "that" is a pronoun ("$14 million of that seeped out Friday").
_PREPOSITIONS = frozenset(r[0] for r in _KINDS if r[1] == "preposition")

#: A date that modifies an event noun: "the March 3 attack" (determiner before, noun after).
_EVENT_NOUN_AFTER = re.compile(
    r"[\s-]{1,2}(?:" + alternation(sorted(words("event_nouns"))) + r")\b", re.IGNORECASE
)
_PREPOSITION_THE = re.compile(
    r"\b(?:" + alternation(sorted(words("locating_prepositions") | {"following", "on"})) + r")"
    r"\s{1,3}(?:" + alternation(sorted(words("modifier_determiners"))) + r")\s{1,3}$",
    re.IGNORECASE,
)


def _verb(word: str) -> bool:
    """A finite verb or auxiliary of :data:`_VERBS`, or a regular past form ("closed")."""
    if word in _VERBS:
        return True
    return len(word) > 3 and word.endswith("ed") and word.isalpha() and word not in _NOT_ED_VERBS


def _clause_before(text: str, start: int) -> tuple[str, bool]:
    """The text from the nearest clause boundary before ``start`` up to ``start``, and whether
    that boundary is inside the sentence (a comma, a dash: not a sentence start)."""
    stretch = text[max(0, start - _WINDOW) : start]
    last = _LAST_BOUNDARY.match(stretch)
    if last is None:
        return stretch, False
    return stretch[last.end() :], last.group(1).strip()[:1] not in ".!?"


def _gerund(word: str) -> bool:
    """A verb in "-ing" ("bringing", "killing"), not a noun or preposition of
    ``not_gerunds.tsv``."""
    return len(word) > 5 and word.endswith("ing") and word not in _NOT_GERUNDS


def _verb_groups(tokens: list[str]) -> int:
    """How many verb groups ``tokens`` holds: a verb and the verbs after its auxiliaries ("was
    signed", "has already been shelled" are one)."""
    groups, inside = 0, False
    for token in tokens:
        if inside and (token in _IN_GROUP or token.endswith("ly")):
            continue  # "has already been shelled", "was quickly"
        if _verb(token) and not inside:
            groups += 1
        # only an auxiliary carries the group on: "has been shelled" is one, "fell reached" two
        inside = token in _AUXILIARIES
    return groups


def background(text: str, start: int, end: int, signal: str | None = None) -> bool:
    """True if the expression at ``[start, end)`` of ``text`` (its sentence, or a text holding
    it) sits in a subordinate constituent of its sentence (see the module doc) rather than in
    the main clause; ``signal`` is its :attr:`~timeline.temporal.Timex.signal`."""
    if _EVENT_NOUN_AFTER.match(text, end) and _PREPOSITION_THE.search(
        text, max(0, start - 30), start
    ):
        return True  # "after the March 3 attack"
    clause, inner = _clause_before(text, start)
    tokens = [t.lower() for t in _TOKEN.findall(clause)]
    if role(signal) in ("since", "before"):
        # "the largest package since ...": "the" + a superlative before the signal
        for i, token in enumerate(tokens[:-1]):
            if token == "the" and tokens[i + 1] in _SUPERLATIVES:
                return True
    if inner and tokens and _gerund(tokens[0]):
        return True  # "..., bringing to 2,439 the number who surrendered since Monday"
    for i in range(len(tokens) - 1, -1, -1):
        token = tokens[i]
        rest = tokens[i + 1 :]
        relative_that = (
            token == "that"
            and rest
            and _verb(rest[0])
            and (i == 0 or tokens[i - 1] not in _PREPOSITIONS)
        )
        if token in _RELATIVE and (i > 0 or inner) or relative_that:
            # a relative clause holds one verb group, or none yet ("who yesterday trimmed");
            # a second is the main clause again ("the man who was arrested in March said on
            # Friday")
            return _verb_groups(rest) <= 1
        if token in _GERUND_PREPOSITIONS and rest and _gerund(rest[0]):
            return True  # "for killing a civilian on May 2"
        if token in _CONJUNCTIONS:
            if any(_verb(t) for t in rest[: _SUBJECT + 1]):
                return _verb_groups(rest) == 1  # "since the invasion began on": a clause
            # no verb after a short subject: a preposition ("shelled every day since late
            # February", "since the middle of March waited"); look further back
    return False
