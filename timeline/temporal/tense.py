"""The tense of a sentence, as far as dating needs it (sentences themselves come from
:mod:`.sentences`).

Tense decides the direction of underspecified dates: "said Wednesday" is the last Wednesday,
"will meet Friday" the next one. We do not parse: we look for tense markers (modal "will",
"going to", "plans to"; past forms "said", "was", "-ed" verbs; present "is", "says") and take
the one nearest to the expression, preferring one before it in the same clause.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from itertools import accumulate, compress

from .lexicon import (
    alternation,
    first_letters,
    flat_alternation,
    last_words,
    may_end_with,
    rows,
    table,
    word_after_space,
    word_branches,
    words,
)
from .rule import is_plain
from .units import words as unit_words

# The tense vocabulary lives in resources/en/tense_*.tsv (one word list a file); the code
# below only decides how the lists combine.
#: Single words that mark the future ("will", "plans").
_FUTURE = words("tense_future")
#: Words that mark the future when "to" follows ("going to", "is to", "expected to").
_FUTURE_BEFORE_TO = words("tense_future_before_to")
#: Verbs whose bare infinitive after a headline's subject is the future ("Metro line to open on
#: Sunday"): see :func:`_headline`.
_HEADLINE_FUTURE_VERBS = words("headline_future_verbs")
#: Future markers seen from a past time ("would"): see :meth:`Clauses.future_in_past`.
_FUTURE_IN_PAST = words("tense_future_in_past")
#: s39-leftovers: a pronoun's contracted "be" ("they're", "I'm", chat's "theyre", "shes":
#: ``tense_be_chat_contractions.tsv``) is a present verb as "they are" is: a reported clause of
#: its own ("they said theyre back in the summer") looks ahead as "they said they are back" does.
_PRESENT = (
    words("tense_present")
    | words("tense_be_chat_contractions")
    | {
        f"{p}{a}{c}"
        for p, c in (("we", "re"), ("they", "re"), ("you", "re"), ("i", "m"))
        for a in ("'", "’")
    }
)
#: Past forms that are their base form and past only right after "it", "he", "she", whose
#: present takes "-s" ("That June, it put its prices up", "he let 40 staff go"; kind
#: ``pronoun`` of ``tense_invariant_pasts.tsv``), not when a modal or "do" stands before the
#: pronoun ("will it cost", "did it hurt"): :func:`_past_kind`.
_PRONOUN_PASTS = frozenset(r[0] for r in rows("tense_invariant_pasts") if r[1] == "pronoun")
_SINGULAR_PRONOUNS = frozenset(("it", "he", "she"))
#: The object pronouns after a past form that make it the verb ("one hit him"): the grammar's.
_OBJECT_PRONOUNS = frozenset(("me", "him", "her", "it", "us", "them", "you"))
#: Irregular past forms and past adverbs ("said", "ago"); regular ones match ``_ALPHA_ED``.
_PAST_IRREGULAR = words("tense_past") | _PRONOUN_PASTS
#: s41-blindnews: irregular participles that are no past form ("given", "taken"), a past only
#: after a word and before a date's opening word of their followers ("a range given in May"):
#: ``tense_noun_participles.tsv``, ``tense_noun_participle_followers.tsv`` (:func:`_past_kind`).
_NOUN_PARTICIPLES = words("tense_noun_participles")
_NOUN_PARTICIPLE_FOLLOWERS = words("tense_noun_participle_followers")
_PROSPECTIVE = words("prospective_verbs")
#: Words of wish or intent before "to" ("the Kremlin's wish to present a victory before May
#: 9", "vowed to retake"): what the infinitive names is still to come.
_INTENT = words("tense_intent_before_to")
#: Their present forms, which look ahead ("wants to strike on Monday"; not "wanted to").
_INTENT_PRESENT = words("tense_intent_present")
#: Present verbs whose object's infinitive is still to come: "expect the rain to ease".
_OBJECT_BEFORE_TO = words("tense_object_before_to")
#: Participles of asking and telling after "has"/"have" and before an object and "to": the
#: request stands, what it asks for lies ahead (``tense_request_verbs.tsv``).
_REQUEST_VERBS = words("tense_request_verbs")
_ALPHA_ED = re.compile(r"[a-z]{2,20}ed")
#: Past forms that are also nouns ("cut", "bid") and the words before one that make it the noun
#: ("a rate cut in September", "no cut before December"): ``tense_invariant_pasts.tsv``.
_INVARIANT_PASTS = frozenset(r[0] for r in rows("tense_invariant_pasts") if r[1] == "form")
_NOUN_LEADS = frozenset(r[0] for r in rows("tense_invariant_pasts") if r[1] == "lead")
_COUNT_LEADS = frozenset(r[0] for r in rows("tense_invariant_pasts") if r[1] == "count")
#: -ed words that are rarely past-tense verbs in news.
_NOT_PAST = words("tense_not_past")
#: Not data: the forms of "do" that make a question or a negation of the base form after
#: them ("did it hurt", "does it cost").
_DO_FORMS = frozenset(
    ("do", "does", "did", "don't", "doesn't", "didn't", "don’t", "doesn’t", "didn’t")
)


#: Auxiliaries (and copulas) after which a past form is a participle: "has been extended",
#: "remain closed".
_AUX = words("tense_auxiliaries")
#: Past markers that are never participles.
_PAST_ONLY = words("tense_past_only")
#: Words before a participle that make it an elliptical clause's ("as needed", "if asked").
_ELLIPTICAL_LEADS = words("tense_elliptical_leads")
#: A notice's state opening its line before a day ("closed xmas day", "shut mon"): no past.
_NOTICE_STATES = words("notice_state_words")
_NOTICE_STATE_FOLLOWERS = words("notice_state_followers")
#: Words before an adjective ("the planned merger").
_DETERMINERS = words("tense_determiners")
#: Words that make a scheduled verb after them a noun ("Housing starts jumped in March").
_SCHEDULED_NOUN_LEADS = words("tense_scheduled_noun_leads")
#: Words whose "'s" is "is" or "has" ("it's", "that's"); another word in "'s" before a
#: scheduled verb is a possessive that makes the verb a noun ("Gandhi's visit").
_S_CONTRACTIONS = words("tense_s_contractions")
#: Words after which a verb is in its base form, whatever it looks like ("will last", "to
#: end"): a past form there is no past marker.
_MODALS = words("tense_modals")
#: Words after "could" that make it a past ability or perception, not a possibility ahead.
_COULD_PAST = words("tense_could_past")
#: Of those, the words that also make it so in the words before it ("Neither he nor his family
#: could be located"); "have warned that the count could take until the weekend" is ahead.
_COULD_PAST_BEFORE = frozenset(r[0] for r in rows("tense_could_past") if r[1:] == ("before",))
#: Words before a regular "-ed" form that make it an adjective, not a past verb ("the injured
#: man", "15 funded hours a week"; ``tense_attributive_leads.tsv``).
_ATTRIBUTIVE_LEADS = frozenset(r[0] for r in rows("tense_attributive_leads") if r[1] == "lead")
_ATTRIBUTIVE_BLOCKERS = frozenset(
    r[0] for r in rows("tense_attributive_leads") if r[1] == "blocker"
)
#: Number words that count ("three injured workers"): those of ``numbers.tsv`` but "a"/"an".
_COUNT_WORDS = frozenset(r[0] for r in rows("numbers") if r[0] not in ("a", "an"))
#: Modals that arrange something still to come when a person asks or offers it, and whether
#: they do so after their subject too (``tense_offer_modals.tsv``): "can we meet Friday?",
#: "i can do sat"; their subjects (``tense_offer_subjects.tsv``).
_OFFER_MODALS = {row[0]: row[1] for row in rows("tense_offer_modals") if row[1] != "arrangement"}
#: Signals of a stretch a few words after "can" ("can vote until"):
#: ``tense_permission_signals.tsv``.
_PERMISSION_SIGNALS = words("tense_permission_signals")
#: Words opening a clause before a declined "cant" ("so cant do sun"):
#: ``tense_declined_openers.tsv``.
_DECLINED_OPENERS = words("tense_declined_openers")
#: The verbs after a declining "can't" that make it turn an arrangement down ("cant make it").
_ARRANGEMENTS = frozenset(row[0] for row in rows("tense_offer_modals") if row[1] == "arrangement")
_OFFER_SUBJECTS = words("tense_offer_subjects")


#: The present simple of scheduled events ("starts", "takes effect") and the phrases before a
#: date that look ahead ("no later than", "ahead of"), indexed by their longest word (the last
#: one of equal length), which is rarer than their first ("in", "no"): key -> (the phrase's
#: words, the key's index in them, kind). Kind "scheduled" marks the future as "will" does;
#: "ahead" marks it unless a past marker governs the phrase itself (see :meth:`Clauses.at`).
_PHRASES: dict[str, list[tuple[tuple[str, ...], int, str]]] = {}


def _index_phrases(name: str, kind: str) -> None:
    for phrase in sorted(words(name)):
        tokens = tuple(re.findall(r"[\w'’]{1,40}", phrase))
        k = max(range(len(tokens)), key=lambda t: (len(tokens[t]), t))
        _PHRASES.setdefault(tokens[k], []).append((tokens, k, kind))


_index_phrases("tense_scheduled", "scheduled")
#: Scheduled phrases that name their subject ("polls open"): kind "subject", read as "scheduled"
#: by :func:`_phrase_at` whatever stands before them ("The polls open Friday").
_index_phrases("tense_scheduled_subjects", "subject")
#: The keys of the two-word subject phrases a copula may follow ("next up is the derby on
#: sat"), which then marks nothing of its own: ``tense_scheduled_subjects.tsv``, kind
#: ``copula``.
_COPULA_AFTER = frozenset(
    max(r[0].lower().split(), key=len)
    for r in rows("tense_scheduled_subjects")
    if r[1:] == ("copula",) and len(r[0].split()) == 2
)
_index_phrases("tense_ahead_cues", "ahead")
_index_phrases("tense_conditionals", "conditional")
#: After a present "is"/"are" (maybe past one word of ``tense_copula_adverbs.tsv``), these
#: put the date ahead: "is expected Friday", "is set for Jan. 5", "is open Sunday".
_PREDICATES = words("tense_prospective_predicates")
#: Adverbs not in "-ly" between a past auxiliary and a participle of planning ("was first
#: scheduled"; ``tense_participle_adverbs.tsv``).
_PARTICIPLE_ADVERBS = words("tense_participle_adverbs")
#: Words of likelihood after a present copula that make a forecast ("Showers are likely on
#: Tuesday"; ``tense_forecast_predicates.tsv``).
_FORECASTS = words("tense_forecast_predicates")
#: Pronouns that make such a word the past verb of their clause ("what they expected in
#: September"): ``tense_participle_subjects.tsv``.
_PARTICIPLE_SUBJECTS = words("tense_participle_subjects")
#: Participles that fix an event's day in a present perfect passive before "for" ("has been
#: called for Wednesday"): ``tense_schedule_participles.tsv``.
_SCHEDULE_PARTICIPLES = words("tense_schedule_participles")
#: Those that look ahead without "is" only with a given word before the date ("set for").
_BARE_NEEDS = {
    r[0].lower(): r[1].lower() for r in rows("tense_prospective_predicates") if len(r) > 1
}
#: Past verbs that tell an arranged event happened, right after its date ("The hearing set
#: for Tuesday went ahead"): ``tense_occurrence_verbs.tsv``, as (first word, second word or "").
_OCCURRED = frozenset(
    (r[0], r[1] if len(r) > 1 else "")
    for r in (tuple(w.lower().split()) for w in words("tense_occurrence_verbs"))
)
#: The same verbs right after a date in the text ("for Wednesday took place").
_OCCURRED_AT = re.compile(
    r"\s{1,3}(?:" + alternation(sorted(words("tense_occurrence_verbs"))) + r")\b", re.IGNORECASE
)
#: Past verbs of expecting with an object and "to" after a reporting verb ("said it expected
#: demand to peak on Friday"): ``tense_reported_expectations.tsv``, ``reporting_verbs.tsv``.
_REPORTED_EXPECTATIONS = words("tense_reported_expectations")
_REPORTING = words("reporting_verbs")
#: s34-known: how many words back a reporting verb may stand before "and expected" ("said they
#: had cancelled more than 1,100 flights by early afternoon and expected ..."): the second verb
#: of the report's own subject; else eight.
_COORDINATED_REPORT_REACH = 20
#: States that look ahead after "is"/"are" only before a date: "The museum is open Sunday".
_STATES = words("tense_state_predicates")
_COPULA_ADVERBS = words("tense_copula_adverbs")
#: Relative pronouns ("the rules, which take effect Jan. 1").
_RELATIVE = words("relative_pronouns")
#: Present participles of planned events: "The board is meeting Saturday".
_FUTURATE = words("tense_futurate_progressives")
#: Weekday and month names as tokens ("jan" of "Jan."): "The deadline is Friday".
_DATE_NAMES = frozenset(w.rstrip(".") for w in words("weekdays") | words("months"))
#: Plural nouns that do not end in "s" ("people", chat's "tix", "ppl"), subjects after which
#: a base form is a present ("tix go on sale thurs"): ``tense_plural_nouns.tsv``.
_PLURAL_NOUNS = words("tense_plural_nouns")
#: The weekday names and chat spellings ("thurs", "weds"), which name a day in any case.
_WEEKDAY_WORDS = frozenset(w.rstrip(".") for w in words("weekdays") | words("colloquial_weekdays"))
#: The tokens of a clock time between "is" and the date it puts ahead ("is noon ET on Friday"):
#: the glue words of ``tense_clock_glue.tsv`` and the words of the zone names.
_CLOCK_GLUE = (
    words("tense_clock_glue")
    | words("timezones")
    | frozenset(t for z in words("zone_names") for t in z.split())
)
#: The tokens that make such a run a clock time: a number ("7", "45pm", "1930") or a named hour.
_CLOCK_TOKEN = re.compile(r"\d{1,4}(?:am|pm|h)?|noon|midday|midnight")
#: How many tokens a clock time may take between "is" and its date ("at 7 45pm BST on", "at
#: 10 30 a m New York time on": s29-intervals, was 7).
_CLOCK_REACH = 10
#: Prepositions between a prospective word and its date ("slated for Friday", "due on Jan. 5").
_DATE_PREPOSITIONS = frozenset({"for", "on", "by", "in"})
#: The seasons ("expected in the fall"), lower case as written.
_SEASON_NAMES = frozenset(w.lower() for w in words("seasons"))

#: Units after "the next" that make it a day of the story ("the next day", "the next
#: morning"): an anchored offset, no future marker.
_NEXT_UNITS = words("units") | words("parts_of_day")


#: Chat's contracted "be" without its apostrophe ("im swamped", "theyre closed"):
#: ``tense_be_chat_contractions.tsv``.
_BE_CHAT = words("tense_be_chat_contractions")


def _is_aux(word: str) -> bool:
    # a contracted "be" is one too: "we're fully booked for thursday", "i'm booked in sat", and
    # chat's without the apostrophe, "til mon im swamped"
    return (
        word in _AUX or word in _BE_CHAT or word.endswith(("n't", "n’t", "'re", "’re", "'m", "’m"))
    )


#: Words before "sat" that make it Saturday ("this sat", "friday or sat"): those before a
#: short weekday in a colloquial text.
_DAY_BEFORE = words("colloquial_day_contexts")
#: A day of the month written as an ordinal ("27th"): "sat" before one is Saturday.
_DAY_ORDINAL = re.compile(r"(?:[12]?\d|3[01])(?:st|nd|rd|th)")
#: The short weekdays of chat: "sat" before one is Saturday ("sat & sun", "sat or sun").
_SHORT_DAYS = words("colloquial_weekdays")
#: A progressive verb of coming and going and its particle: "sat" after them is Saturday
#: ("mum's driving up sat"; ``colloquial_motion_leads.tsv``).
_MOTION_VERBS = frozenset(r[0] for r in rows("colloquial_motion_leads") if r[1] == "verb")
_MOTION_PARTICLES = frozenset(r[0] for r in rows("colloquial_motion_leads") if r[1] == "particle")
#: "sat" before "at" and a pronoun for someone's home that closes its phrase ("sat at mine,
#: 2pm"; ``colloquial_home_pronouns.tsv``): Saturday, as rules.colloquial reads it.
_SAT_AT_HOME = re.compile(
    rf"sat[ \t]{{1,3}}at[ \t]{{1,3}}(?:{alternation(sorted(words('colloquial_home_pronouns')))})"
    r"(?=[ \t]*(?:[,.!?;)]|$))",
    re.IGNORECASE | re.MULTILINE,
)
#: Words that open no infinitive after "to" but a date or a noun phrase ("was moved to Tuesday",
#: "moved to next week", "moved to the 14th"): weekdays, months, the deictic days and
#: determiners. Not data: the calendar's words and the grammar's.
_NO_INFINITIVE = (
    frozenset(r[0].rstrip(".").lower() for r in rows("weekdays"))
    | frozenset(r[0].rstrip(".").lower() for r in rows("months"))
    | _SHORT_DAYS
    | frozenset(r[0].lower() for r in rows("deictic_days"))
    | {"the", "a", "an", "this", "next", "mid", "early", "late", "noon", "midnight"}
)

#: A modal of possibility or obligation ("could", "might", "should"): between a past verb and a
#: phrase that looks ahead it governs the phrase (``base_verb_leads.tsv`` but "to", which
#: follows past verbs of choice: "had chosen to sell ahead of the weekend").
_MODAL_WORD = re.compile(
    r"\b(?:" + alternation(sorted(words("base_verb_leads") - {"to", "'ll"})) + r")\b",
    re.IGNORECASE,
)
#: A verb of ``tense_directive_verbs.tsv``, the one told (up to three words: none in the passive,
#: s38-intervals, "were ordered to leave no later than Sunday") and "to" with a verb: "told
#: agencies to file", "obliges both sides to name": the task is still to be done.
_DIRECTED_TO = re.compile(
    r"\b(?:"
    + alternation(sorted(words("tense_directive_verbs")))
    + r")(?:\s{1,3}[\w'’-]+){0,3}?\s{1,3}to\s{1,3}(?!(?:the|a|an)\b)[a-z]{2,}\b",
    re.IGNORECASE,
)
#: A window's cue of ``tense_ahead_cues.tsv`` (kind ``window``: "valid from", "in force until",
#: "effective from"), not after a copula or a past verb of staying ("was valid from", "remained
#: in force until March": a past state that ended then): the window of what the past verb
#: issued.
_WINDOW_CUE = re.compile(
    flat_alternation(r[0] for r in rows("tense_ahead_cues") if r[1:] == ("window",)) + r"\b",
    re.IGNORECASE,
)
_COPULA_BEFORE = re.compile(r"\b(?:was|were|been|is|are|be|remained|stayed)\s{1,3}$", re.IGNORECASE)
#: s29-wire: an active verb of ``tense_arranging_verbs.tsv``, its object (one to four words, the
#: last no object of kind "object": "set a record for May"; not "a set of rules for") and "for"
#: right before a date: "The judge set sentencing for May 27", "fixed the replay for Friday".
#: The arranged event lies ahead (see :func:`scheduled_for`); "was set for" (no object) is the
#: copula's.
_ARRANGING = frozenset(r[0] for r in rows("tense_arranging_verbs") if len(r) == 1)
_ARRANGED = re.compile(
    r"\b(?:" + alternation(sorted(_ARRANGING)) + r")(?!\s{1,3}of\b)"
    r"(?:\s{1,3}[\w'’-]{1,20}){0,6}\s{1,3}(?!(?:for|"
    + alternation(sorted(r[0] for r in rows("tense_arranging_verbs") if r[1:] == ("object",)))
    + r")\b)[\w'’-]{1,20}\s{1,3}for\s{1,3}$",
    re.IGNORECASE,
)
#: How far (characters) before a date :data:`_ARRANGED` looks for its verb.
_ARRANGED_REACH = 70
#: s30-wire: an arranging verb, up to three words, then a noun of ``forward_nouns.tsv`` and "of"
#: right before a date: "fixed a provisional trial date of 5 October", "set a deadline of March
#: 1": the date the verb fixes, as "for" names it.
_ARRANGED_OF = re.compile(
    r"\b(?:" + alternation(sorted(_ARRANGING)) + r")(?:\s{1,3}[\w'’-]{1,20}){0,3}?\s{1,3}"
    r"(?:" + alternation(sorted(words("forward_nouns"))) + r")\s{1,3}of\s{1,3}$",
    re.IGNORECASE,
)
#: Participles after "as" that name the manner of the clause's event ("as planned", "as
#: expected"): no marker of their own, ``tense_as_participles.tsv`` (s26-news).
_AS_PARTICIPLES = words("tense_as_participles")
#: Splits a sentence into separators and tokens (``[\w'’]{1,40}``), keeping both: offsets then
#: come from the lengths of the parts, in C, not from a match object per token.
_TOKEN_SPLIT = re.compile(r"([\w'’]{1,40})")
#: The same for ASCII text, where ``\w`` needs no Unicode tables (it splits ASCII text alike).
_ASCII_TOKEN_SPLIT = re.compile(_TOKEN_SPLIT.pattern, re.ASCII)
#: Not data: the present copulas whose predicate may put a date ahead (:func:`_looks_ahead`):
#: "The deadline is Friday", "The deadline remains noon on Friday".
#: A past copula before "not" and a prospective word ("was not expected before Thursday").
_PAST_COPULAS = frozenset({"was", "were"})
#: Signals after such a negated expectation that put its date after the report: "until",
#: "till", "before" (not "by": "was not expected by Friday" may be one that passed).
_NOT_BEFORE = frozenset({"until", "till", "til", "before"})
_COPULAS = frozenset(
    {"is", "are", "remains", "remain"}
    # "We're going back in April", "I'm flying Friday": the present copula of a pronoun ("it's",
    # "he's" may be "has", and "it's Friday" says what day it is)
    | {
        f"{p}{a}{c}"
        for p, c in (("we", "re"), ("they", "re"), ("you", "re"), ("i", "m"))
        for a in ("'", "’")
    }
)
#: s36-known: a pronoun's "'s" of "is" ("it's", "that's", "there's": tense_s_contractions.tsv,
#: not "let's"), the present copula of a clause of its own ("they emailed again, it's still
#: thursday": the present, not the past verb before the comma); before "been" the "'s" is
#: "has", a present perfect. Not in :data:`_COPULAS`: "it's Friday" says what day it is.
#: After a conjunction of ``tense_conditionals.tsv`` ("if it's on offer around Black Friday")
#: the condition's own marker governs: what it waits for is still to come.
_IS_CONTRACTIONS = frozenset(f"{w}{a}s" for w in _S_CONTRACTIONS if w != "let" for a in ("'", "’"))
_CONDITIONAL_WORDS = words("tense_conditionals")
#: Every word the rules below can act on; other tokens are skipped without a look. (The dicts
#: join these unions as ``frozenset(d)``, not ``d.keys()``: ``frozenset | keys`` is a ``set`` at
#: run time, not the ``frozenset`` mypy infers, which the mypyc build of setup.py checks.)
_CUE_WORDS = (
    _FUTURE
    | _FUTURE_BEFORE_TO
    | _OBJECT_BEFORE_TO
    | _PRESENT
    | _PAST_IRREGULAR
    | _NOUN_PARTICIPLES
    | frozenset(_PHRASES)
    | _PREDICATES
    | _SCHEDULE_PARTICIPLES
    # Not data: the words :func:`_markers` tests one by one in its own branches ("may" the
    # modal or the month, "is/are due", "to" after a future verb, "has/have" + participle).
    | {"may", "is", "are", "to", "has", "have", "could", "should", "must"}
    | _COPULAS
    | frozenset(_OFFER_MODALS)
    | _IS_CONTRACTIONS
)


#: The keys of :data:`_PHRASES` that no other branch of :func:`_markers` acts on ("with",
#: "over", "until", a sixth of the cues a pass meets): when no phrase is found at one, it
#: marks nothing, and the loop moves on without walking the other branches' tests.
_PHRASE_ONLY = frozenset(
    key
    for key in _PHRASES
    if key
    not in (
        _FUTURE
        | _FUTURE_BEFORE_TO
        | _OBJECT_BEFORE_TO
        | _PRESENT
        | _PAST_IRREGULAR
        | _PREDICATES
        | _SCHEDULE_PARTICIPLES
        | _COPULAS
        | frozenset(_OFFER_MODALS)
        # Not data: the words :func:`_markers` tests one by one in its own branches
        | {"may", "is", "are", "to", "has", "have", "could", "should", "due", "fed", "sat"}
        | {"got", "am", "must"}
    )
    and _ALPHA_ED.fullmatch(key) is None
    and not key.endswith(("'ll", "’ll"))
)


#: Every word a test of :func:`_markers` but the past branch's looks at one by one: a past
#: form outside it ("said", "was", "announced": over two fifths of the cues of TimeBank, the
#: tweets and the narratives) takes that branch's tests only (:data:`_PAST_FORM`), and the past
#: copulas' (:func:`_awaited`).
_OTHER_TESTS = (
    _FUTURE
    | _FUTURE_BEFORE_TO
    | _OBJECT_BEFORE_TO
    | _PRESENT
    | _PREDICATES
    | _SCHEDULE_PARTICIPLES
    | _COPULAS
    | frozenset(_OFFER_MODALS)
    | frozenset(_PHRASES)
    # Not data: the words :func:`_markers` tests one by one in its own branches
    | {"may", "is", "are", "to", "has", "have", "could", "should", "due", "fed", "sat", "got", "am"}
    | {"must"}
    | _IS_CONTRACTIONS
)
#: The words the tests of :func:`_markers` before its chain of ``elif`` look at: a cue outside
#: them ("to", "has", "could", a fifth of the cues a pass meets) goes straight to the chain
#: (:data:`_CHAIN_ONLY`); a regular "-ed" form that is no irregular past does not, the test of
#: a capitalised name looks at it.
_BEFORE_CHAIN = (
    _PHRASES.keys()
    | _PAST_COPULAS
    | _COPULAS
    | _PREDICATES
    | _SCHEDULE_PARTICIPLES
    | _FUTURE_BEFORE_TO
    | _FUTURE
    # Not data: the words :func:`_markers` tests one by one there
    | {"due", "may", "fed", "sat"}
)
#: What :func:`_markers` does with a token, from the token alone (:func:`_route`): nothing
#: (not a cue), every test, the chain's only, or the past branch's only, for a past form no
#: other test looks at; a regular one ("-ed") first goes through the test of a capitalised
#: name ("Mohammed").
_NOT_CUE, _ALL_TESTS, _CHAIN_ONLY, _PAST_FORM, _ED_FORM = 0, 1, 2, 3, 4


class _RouteCache(dict[str, int]):
    """Token (lower case) -> its route through :func:`_markers` (:data:`_NOT_CUE` ...),
    computed by ``__missing__`` the first time (tokens repeat a lot):
    ``map(_ROUTES.__getitem__, words)`` looks up every token in C and calls Python only for a
    token not seen yet."""

    def __missing__(self, word: str) -> int:
        return _route(word)


_ROUTES = _RouteCache()


def _route(word: str) -> int:
    ed = _ALPHA_ED.fullmatch(word) is not None
    contracted_will = word.endswith(("'ll", "’ll"))
    if not (word in _CUE_WORDS or ed or contracted_will):
        route = _NOT_CUE
    elif word in _OTHER_TESTS or contracted_will:
        if word in _BEFORE_CHAIN or (ed and word not in _PAST_IRREGULAR):
            route = _ALL_TESTS
        else:
            route = _CHAIN_ONLY
    elif word in _PAST_IRREGULAR or word in _NOUN_PARTICIPLES:
        route = _PAST_FORM
    elif ed:
        route = _ED_FORM
    else:
        route = _ALL_TESTS
    if len(_ROUTES) < 100_000:
        _ROUTES[word] = route
    return route


#: Each ASCII byte that is no character of a token (``[\w'’]`` on ASCII text: a letter, a
#: digit, "_" or "'") -> a line break (:func:`_tokens`); the other bytes do not occur there.
_ASCII_SEPARATORS = bytes(
    c if c < 128 and (chr(c).isalnum() or chr(c) in "_'") else ord("\n") for c in range(256)
)
#: The longest token :data:`_TOKEN_SPLIT` takes (it cuts a longer run of word characters).
_LONGEST_TOKEN = 40


def _tokens(sentence: str) -> tuple[list[str], list[int]]:
    """The tokens of ``sentence`` in lower case (:data:`_TOKEN_SPLIT`) and where each starts.

    On ASCII text (nearly every sentence) without a regex match per token, about a third
    fewer instructions for :class:`Clauses`: the separators are made line breaks in C
    (``bytes.translate``) and ``split("\\n")`` cuts the text into pieces, the tokens and an
    empty piece between two separators in a row; with a line break after it, each piece's
    length is where the next one starts (``splitlines(True)`` of the text and a final line
    break: the same pieces, each with its line break), so the running lengths of the non-empty
    pieces are where the tokens start. A token longer than the regex's 40 characters (which
    it would cut in two) takes the regex."""
    lower = sentence.lower()
    if lower.isascii():
        cut = lower.encode().translate(_ASCII_SEPARATORS).decode()
        pieces = cut.split("\n")
        lengths = list(map(len, (cut + "\n").splitlines(True)))
        if max(lengths) <= _LONGEST_TOKEN + 1:
            starts = compress(accumulate(lengths, initial=0), pieces)
            return list(filter(None, pieces)), list(starts)
    if len(lower) == len(sentence):  # lower-casing keeps every offset (and what \w matches)
        split = _ASCII_TOKEN_SPLIT.split if lower.isascii() else _TOKEN_SPLIT.split
        parts = split(lower)  # separator, token, separator, ..., token, separator
        words = parts[1::2]
    else:  # "İ" lower-cases to two characters: lower each token instead
        parts = _TOKEN_SPLIT.split(sentence)
        words = list(map(str.lower, parts[1::2]))
    return words, list(accumulate(map(len, parts), initial=0))[1:-1:2]


def _markers(
    sentence: str, tokens: tuple[list[str], list[int]] | None = None
) -> list[tuple[int, str]]:
    """The tense markers of a sentence as (offset, kind), kind future/present/past, or
    scheduled/prospective/ahead (see :data:`_BEFORE` and :meth:`Clauses.reading`).

    The sentence is tokenized in C (:func:`_tokens`, unless ``tokens`` gives what it returns);
    Python code runs only for the tokens that can be a marker or decide one
    (:data:`_CUE_WORDS`, ``-ed`` words), and for each only the tests its word can pass (its
    route, :func:`_route`: a past form no other test looks at takes only the past branch's)."""
    # token k spans [starts[k], starts[k] + len(words[k])) of the sentence
    words, starts = _tokens(sentence) if tokens is None else tokens
    if not words:
        return []
    routes = list(map(_ROUTES.__getitem__, words))
    last = len(words) - 1
    out = []
    unsorted = False
    covered = -1  # the copula after "next up" ("next up is"): no marker of its own
    for i in compress(range(len(words)), routes):
        if i <= covered:
            continue
        word = words[i]
        start = starts[i]
        nxt = words[i + 1] if i < last else ""
        prev = words[i - 1] if i > 0 else ""
        if prev == "as" and word in _AS_PARTICIPLES:
            continue  # "did not publish it as planned on October 3": the manner, no tense
        route = routes[i]
        if route >= _PAST_FORM:
            # "said", "announced", "was": no test but the past branch's looks at this word
            # (the past copula's and the capitalised name's below among them: "was not
            # expected before Thursday", "Mohammed will speak on Monday")
            if nxt == "not" and word in _PAST_COPULAS and _awaited(words, i):
                out.append((start, "prospective"))  # "was not expected before Thursday"
                continue
            if (
                nxt == "thinking"
                and word in ("was", "were")
                and prev in ("i", "we")
                and (i + 2 > last or words[i + 2] not in ("about", "of", "back", "that"))
                or (
                    nxt == "thinking"
                    and word in ("was", "were")
                    and prev in ("i", "we")
                    and i + 3 <= last
                    and words[i + 2] == "of"
                    and words[i + 3].endswith("ing")
                )
            ):
                # session 41 (blind text 1171): "fri i was thinking sintra", "I was thinking
                # Friday for the meeting?", "we were thinking of going on Saturday": the polite
                # past of a proposal, which looks ahead (not "I was thinking about it on
                # Friday", "of you"); grammar, not data
                out.append((start, "future"))
                continue
            if (
                word in _PAST_COPULAS
                and _reported_forecast(words, i)
                and not _REPORTING.isdisjoint(words[max(0, i - 8) : i])
            ):
                # "Forecasters said the strongest winds were likely overnight": the forecast of
                # a report, its "is likely" told in the past as "will" is told "would" (s37,
                # blind text 1028: was the night before); "Rain was likely on Tuesday" alone is
                # a past expectation
                out.append((start, "future"))
                continue
            if route == _ED_FORM and i > 0 and sentence[start].isupper():
                continue
            past = _past_kind(sentence, words, starts, i, prev, nxt)
            if past is not None:
                out.append((start, past))
            continue
        if route == _ALL_TESTS:
            # the tests of the words before the chain below (phrases, copulas, predicates,
            # names, past auxiliaries): a word none of them looks at skips them
            if word in _PHRASES:
                found = _phrase_at(
                    words,
                    i,
                    i > 0 and sentence[starts[i - 1] : starts[i - 1] + 1].isupper(),
                    lambda k: _plural_before_aside(sentence, starts[k]),
                )
                if found is not None:
                    first, kind = found
                    out.append((starts[first], kind))
                    unsorted = unsorted or first < i
                    if kind == "scheduled" and words[i] in _COPULA_AFTER:
                        end = first + 2  # the token after a two-word phrase ("next up")
                        if end <= last and words[end] in ("is", "are"):
                            covered = end  # "next up is the derby": the phrase's copula
                    continue
                if word in _PHRASE_ONLY:
                    continue  # "with", "until": no phrase here, and no other branch takes it
            if nxt == "not" and word in _PAST_COPULAS and _awaited(words, i):
                out.append((start, "prospective"))  # "was not expected before Thursday"
                continue
            if word in _COPULAS:
                ahead = _looks_ahead(sentence, words, starts, i)
                if ahead is not None:
                    out.append((start, ahead))  # "is expected Friday", "is meeting Friday"
                    continue
            elif (word in _PREDICATES or word == "due") and _dates_ahead(
                sentence, words, starts, i
            ):
                out.append((start, "prospective"))  # "the ruling, expected Friday", "due Friday"
                continue
            if word == "may" and sentence[start] == "M":
                continue  # "between May 5 and May 13": the month, not the modal
            if sentence[start].isupper() and (
                word == "fed"
                or (i > 0 and word not in _PAST_IRREGULAR and _ALPHA_ED.fullmatch(word))
            ):
                # "The Fed could cut rates in September", "Mohammed will speak on Monday": a name
                # (the central bank), not a regular past; a capitalised irregular past ("Police Said
                # ...") is still one in a headline
                continue
            if word == "sat" and (
                sentence[start] == "S"
                or prev in _DAY_BEFORE
                or not nxt
                or nxt.isdigit()
                # "the van is booked!! sat 27th, pick up at 8am": its day of the month after it
                # (session 32, blind text 732)
                or _DAY_ORDINAL.fullmatch(nxt) is not None
                or nxt in _SHORT_DAYS
                or (prev in _MOTION_PARTICLES and i > 1 and words[i - 2] in _MOTION_VERBS)
                # "having ppl round sat from 8pm": an object before the particle (s34-informal)
                or (prev in _MOTION_PARTICLES and i > 2 and words[i - 3] in _MOTION_VERBS)
                # "sat at mine, 2pm": a plan's day at someone's home (s30-informal)
                or _SAT_AT_HOME.match(sentence, start) is not None
            ):
                continue  # "this sat", "Sat-Sun 1:00pm", "sat & sun": Saturday, not the verb
            if (
                word in _SCHEDULE_PARTICIPLES
                and (
                    # s39 (blind text 1128): a sentence that opens with the participle, its
                    # subject and auxiliary left out ("Booked for sat 27th, coming back the
                    # following sat", "Pencilled in for Friday"): the arrangement stands
                    i == 0
                    or (prev == "been" and i >= 2 and words[i - 2] in ("has", "have"))
                    # "UAT is booked for Monday", "Go-live is still pencilled in for Tues 15th":
                    # a present passive, as "is set for" (the copula's adverb between, not data)
                    or (i >= 2 and prev in ("is", "are"))
                    or (i >= 2 and prev in _COPULA_ADVERBS and words[i - 2] in ("is", "are"))
                )
                and _date_after_for(sentence, words, starts, i)
            ):
                # "A meeting has been called for 7 p.m. Wednesday", "has been pencilled in for
                # Friday": a present perfect passive of an arrangement that stands now, its date
                # ahead as "is set for Friday" puts it (not data: the auxiliaries are grammar)
                out.append((start, "future"))
                continue
            # Not data: the past forms of "be" that make the auxiliary, not the cue, carry the
            # tense.
            aux = prev
            if (
                (prev.endswith("ly") or prev in _PARTICIPLE_ADVERBS)
                and i > 1
                and words[i - 2] in ("been", "was", "were")
            ):
                aux = words[i - 2]  # "was originally scheduled to begin", "was initially due to"
            if aux in ("been", "was", "were") and (
                (word in _FUTURE_BEFORE_TO and nxt == "to") or word in _FUTURE
            ):
                if nxt == "for":
                    out.append((start, "present"))  # "was planned for early March": still ahead
                elif aux != "been" and nxt == "to":
                    # "told the court the trial was set to resume on June 6": a plan made in the
                    # past, its date the nearest one ("was due to start on May 3 but was
                    # postponed" is the May 3 just past)
                    out.append((start, "planned"))
                continue  # "had been due to expire", "was scheduled": the past auxiliary governs
        if (word in _FUTURE_BEFORE_TO and nxt == "to") or (word in ("is", "are") and nxt == "due"):
            kind = "future"
        elif word in _OBJECT_BEFORE_TO and "to" in words[i + 2 : i + 6]:
            kind = "future"  # "forecasters expect the rain to ease by the weekend"
        elif (
            word in _REPORTED_EXPECTATIONS
            and "to" in words[i + 2 : i + 6]
            and prev not in ("had", "has", "have", "was", "were", "than", "as")
            and not _REPORTING.isdisjoint(
                words[max(0, i - (_COORDINATED_REPORT_REACH if prev == "and" else 8)) : i]
            )
        ):
            # s34-known: "Airlines said they had cancelled more than 1,100 flights by early
            # afternoon and expected delays to last into Saturday": "and expected" shares the
            # report's subject, however long the clause before it
            # s33-wire: "ERCOT said on Wednesday that it expected demand to peak on Friday": an
            # expectation told in a report, what it looks to no longer a past event: a plan
            # told in the past, whose date is the nearest one, and in a news background the
            # story's ("In 2013, officials said they expected the program to end in October";
            # s33-wire2)
            kind = "planned"
        elif word in _OBJECT_BEFORE_TO and (done := _object_participle(words, i)):
            # "The government wants the bill passed before Easter": the object's participle
            # has no tense, what is wanted done lies ahead
            kind = "future"
            covered = done
        elif word == "could":
            if not nxt or prev in ("if", "as"):
                continue  # "as fast as they could", "if they could"
            if nxt in _COULD_PAST or not _COULD_PAST_BEFORE.isdisjoint(words[max(0, i - 6) : i]):
                # "could not reach the village on Thursday", "could see", "Neither he nor his
                # family could be located Wednesday": an ability in the past
                kind = "past"
            else:
                kind = "future"  # "Temperatures could fall early on Thursday": ahead
        elif word == "should":
            if not nxt or prev in ("if", "as"):
                continue  # "as they should", "if they should"
            # "said one track should reopen by the weekend": what is expected lies ahead;
            # "should have" is a past that did not happen (not data: the auxiliary is grammar)
            kind = "past" if nxt == "have" or words[i + 2 : i + 3] == ["have"] else "future"
        elif word == "must":
            if not nxt or nxt in ("have", "’ve", "'ve") or any(k == "past" for _, k in out):
                # "must have" is a past inferred (not data: the auxiliary is grammar); after a
                # past verb the obligation is reported from then ("had ruled that Elian must be
                # returned ... and set Friday as the deadline": TimeBank's last Friday)
                continue
            # s32-intervals: "Ballots must arrive on Friday", "must return their ballots within
            # a week of Election Day": what is obliged lies ahead, as after "should"
            kind = "future"
        elif word.endswith(("'ll", "’ll")):
            kind = "future"  # "I'll join in June", "it'll open Friday"
        elif word in _OFFER_MODALS:
            mode = _OFFER_MODALS[word]
            if not (
                nxt in _OFFER_SUBJECTS
                or (
                    mode != "question"
                    and prev in _OFFER_SUBJECTS
                    and nxt != "not"
                    and (mode != "declined" or nxt in _ARRANGEMENTS)
                )
                or (
                    mode == "declined"
                    and (not prev or prev in _DECLINED_OPENERS)
                    and nxt in _ARRANGEMENTS
                )
                # "a guy who can do tuesday", "A plumber can come on Tuesday": an arrangement
                # whoever offers it (session 32, blind text 761)
                # ("can be exercised" is a passive's ability, no arrangement)
                or (mode == "any" and nxt in _ARRANGEMENTS and nxt != "be")
            ):
                if (
                    mode == "any"
                    and nxt.isalpha()
                    and nxt != "not"
                    and not _PERMISSION_SIGNALS.isdisjoint(words[i + 2 : i + 6])
                ):
                    # s41-blindnews: "Residents can apply until Friday, after the council
                    # extended the deadline": what is allowed runs from now to a date ahead,
                    # not the later clause's past (``tense_permission_signals.tsv``)
                    out.append((start, "prospective"))
                continue  # "he can", "we could not meet": no arrangement asked or offered
            # "can we push it to thurs?", "i can do sat"; "cant make it thurs": turned down
            kind = "future"
            covered = i + 2 if nxt in _OFFER_SUBJECTS else i + 1  # its verb: "do", "make"
        elif (
            word == "to"
            and nxt == "have"
            and prev in _PERFECT_INFINITIVE_LEADS
            and i + 2 <= last
            and _perfect_participle(words[i + 2])
        ):
            # a perfect infinitive after a word of belief or report is a past: "is thought to
            # have fallen on Monday", "likely to have died in March" (session 36), as "should
            # have" is above; not after a plan ("is expected to have finished by Friday")
            kind = "past"
        elif (
            word == "to"
            and nxt in _HEADLINE_FUTURE_VERBS
            and not out
            and i > 0
            and _headline(sentence)
        ):
            # s35-wire: a headline's "<subject> to <verb>", no finite verb before it ("Metro
            # line to open on Sunday", "Rail unions to strike on Friday"): still to come
            kind = "future"
        elif (
            word == "to"
            and (nxt in _PROSPECTIVE or nxt == "be" or prev in _INTENT or prev in _INTENT_PRESENT)
            and not (prev in _FUTURE_BEFORE_TO or prev in _FUTURE)
            # "moved to Tuesday", "moved to the 14th": a date, no infinitive after "to"
            and nxt not in _NO_INFINITIVE
            and not nxt[:1].isdigit()
        ):
            if not _OBJECT_BEFORE_TO.isdisjoint(words[max(0, i - 5) : i - 1]):
                continue  # "want the talks to end": the verb before the object marked the future
            kind = "present"  # "agreed to acquire it in January": no longer a past event
            if prev in _INTENT_PRESENT:
                kind = "future"  # "wants to strike on Monday": still to come
        elif word == "to" and nxt == "be" and i + 2 <= last and words[i + 2] == "held":
            kind = "future"
        elif word in _FUTURE:
            if (word == "next" and nxt == "to") or (word == "plans" and nxt != "to"):
                continue  # "next to the embassy", "vacation plans": no future meant
            if word == "next" and prev == "the" and nxt in _NEXT_UNITS:
                continue  # "attacked the next day": the story's next day, not the future
            if word == "planned" and (prev.endswith("ly") or prev in _DETERMINERS):
                continue  # "the hastily planned trip": an adjective, the clause has its verb
            if (
                nxt == "for"
                and word.endswith("ed")
                and i + 2 < len(words)
                and words[i + 2] in _DATE_NAMES
                and sentence[starts[i + 2]].isupper()
                and _occurred_after(words, i + 3)
            ):
                # s33-wire: "The vote scheduled for Wednesday took place": the plan's day is
                # over, the past verb after it governs (tense_occurrence_verbs.tsv)
                continue
            if word == "planned" and (
                prev in ("than", "as") or (i >= 2 and words[i - 2] in ("than", "as"))
            ):
                # s30-wire: "finished earlier than planned on Friday", "two days later than
                # first planned": a comparison with the plan, no future (not data: the
                # comparison words are grammar)
                continue
            kind = "future"
            if (
                word in _ARRANGING
                and nxt in _DETERMINERS
                and prev.isalpha()
                and prev not in _DETERMINERS
                and not _is_aux(prev)
            ):
                # s29-wire: "On Tuesday the judge scheduled a hearing for June 3": the past
                # verb of the arranging, not the future of "is scheduled" (was next Tuesday)
                kind = "past"
        elif word in _PRESENT and (
            prev in _MODALS
            or prev in _FUTURE
            # Not data: the forms of "do" (and a negation after one) before a bare infinitive
            or prev in ("did", "does", "do", "didn't", "didn’t", "not", "never")
        ):
            continue  # "will have a bbq on mon", "plans to have", "didn't get": a base form
        elif word == "got" and (
            prev in ("have", "has") or prev.endswith(_HAVE_CONTRACTIONS) or prev in _HAVE_CHAT
        ):
            # "I've got a meeting on the 16th": "have got" is "have" (a present perfect takes no
            # date that is over), and what one has on a day is still to come
            kind = "prospective"
        elif word in ("has", "have") and nxt in _REQUEST_VERBS and "to" in words[i + 3 : i + 7]:
            # "The owner has asked us not to arrive after 10pm": a request that stands, what
            # it asks for still to come
            kind = "future"
        elif word == "am" and prev.isdigit():
            continue  # "met from 10 am till late on Monday", "at 10.30 am": the clock, no verb
        elif word in ("has", "have") and (
            nxt in _PAST_IRREGULAR or nxt == "been" or _ALPHA_ED.fullmatch(nxt)
        ):
            kind = "past"  # present perfect: "has fluctuated", "have been"
        elif word in _PRESENT:
            kind = "present"
        elif word in _IS_CONTRACTIONS:
            if prev in _CONDITIONAL_WORDS:
                continue  # "if it's on offer around Black Friday": the condition looks ahead
            kind = "past" if nxt == "been" else "present"  # "it's been", "it's still thursday"
        elif word in _PAST_IRREGULAR or _ALPHA_ED.fullmatch(word):
            past = _past_kind(sentence, words, starts, i, prev, nxt)
            if past is None:
                continue
            kind = past
        else:
            continue
        out.append((start, kind))
    if "after" in words and not any(kind in _FUTURE_KINDS for _, kind in out):
        # s40-blindnews: a gerund after "after" in a sentence that looks nowhere ahead tells
        # what came before the clause's state, a past ("The index is up 14% this year, after
        # losing 9% between January and March": this year's months, were the coming ones);
        # "will reopen after closing in March" keeps its future
        for k in range(last):
            if words[k] == "after" and _after_gerund(words[k + 1]):
                out.append((starts[k + 1], "past"))
                unsorted = True
    if unsorted:
        out.sort()
    if _HYPOTHETICAL_MODALS.intersection(words) and any(k == "conditional" for _, k in out):
        out = _backshifted(sentence, out)
    return out


#: The "-ing" words that open no gerund (``not_gerunds.tsv``: "after the morning", "after
#: nothing").
_NOT_GERUNDS = words("not_gerunds")


def _after_gerund(word: str) -> bool:
    """A verb in "-ing" after "after" ("after losing"), not a noun of ``not_gerunds.tsv``."""
    return len(word) > 5 and word.endswith("ing") and word.isalpha() and word not in _NOT_GERUNDS


#: What closes a sentence of running text (a headline closes with none of them).
_SENTENCE_CLOSERS = frozenset(".!?…:;\"”’')")


def _headline(sentence: str) -> bool:
    """Whether ``sentence`` reads as a headline: it does not close with a full stop or another
    mark of running text ("Last stretch of metro line to open on Sunday")."""
    stripped = sentence.rstrip()
    return bool(stripped) and stripped[-1] not in _SENTENCE_CLOSERS


def _awaited(words: list[str], i: int) -> bool:
    """True if the past copula at token ``i``, before "not", denies an expectation before
    "until", "till" or "before": "The result was not expected before Thursday", "Results were
    not due until Friday": what was still awaited when it was reported lies after the report,
    so its date is ahead (as "is not expected until Friday" is), not the past one."""
    return (
        i + 3 < len(words)
        and (words[i + 2] in _PREDICATES or words[i + 2] == "due")
        and words[i + 3] in _NOT_BEFORE
    )


def _named_subject(sentence: str, starts: list[int], i: int, prev: str) -> bool:
    """Whether the base-form past ``words[i]`` ("put", "let", "cost") follows a capitalised name
    inside its sentence, in lower case itself: "Manager Ross Tennant put his squad through a
    session on Monday and will speak ..." is a past verb, as after "he" (a singular name's
    present takes "-s"; s37-wire3, blind text 1041); not "I", nor the sentence's first word,
    nor in a headline's capitals ("Fed Put Rates on Hold")."""
    if i < 2 or prev == "i":
        return False
    return sentence[starts[i - 1]].isupper() and sentence[starts[i]].islower()


def _apposed_name(sentence: str, words: list[str], starts: list[int], i: int) -> bool:
    """Whether the capitalised name that ends at ``words[i - 1]`` stands in apposition to a
    noun in lower case before it, set off by commas, right before ``words[i]``: "The chairman,
    Alan Reeve, let the lease lapse" (the noun and its name are the subject, as a name alone
    is; s38-known), not "Yes, Tom, let me know", nor "If you can't make it, let me know"."""
    if sentence[starts[i - 1] + len(words[i - 1]) : starts[i]].strip() != ",":
        return False
    k = i - 1
    while k > 0 and i - k < 4 and sentence[starts[k - 1]].isupper():
        if not sentence[starts[k - 1] + len(words[k - 1]) : starts[k]].isspace():
            break
        k -= 1
    return (
        k > 0
        and sentence[starts[k - 1] + len(words[k - 1]) : starts[k]].strip() == ","
        and sentence[starts[k - 1]].islower()
        and words[k - 1].isalpha()
    )


#: What may stand right before "last" opening a clause or an aside of its own, where it is the
#: adjective ("sat 19th, last orders at 3pm", "fri 18th (last day of term)", "sat - last one").
_LAST_OPENERS = frozenset((",", ";", ":", "(", "[", "-", "\u2013", "\u2014"))


def _past_kind(
    sentence: str, words: list[str], starts: list[int], i: int, prev: str, nxt: str
) -> str | None:
    """The marker of the past form ``words[i]`` (starting at ``starts[i]`` of ``sentence``,
    between ``prev`` and ``nxt``) for :func:`_markers`: "past", "participle" or none."""
    word = words[i]
    start = starts[i]
    if (
        word in _NOUN_PARTICIPLES
        and (
            nxt not in _NOUN_PARTICIPLE_FOLLOWERS
            or not prev.isalpha()
            or prev in _DETERMINERS
            # right after its noun: "Tickets at the shop from Monday, drawn at 1.30 at the sale"
            # is the draw still to come, no past
            or not sentence[starts[i - 1] + len(prev) : start].isspace()
        )
    ):
        return None  # "Given the delays", "was given a week": no past of its own
    if (
        word == "last"
        and (prev in _DETERMINERS or i == 0 or sentence[:start].rstrip()[-1:] in _LAST_OPENERS)
        # "last day of term", "the last night before the hols": the final one of a stretch,
        # no "last week" told back from now
        and (nxt not in _NEXT_UNITS or words[i + 2 : i + 3] in (["of"], ["before"]))
    ):
        # "The last survivor is pulled out", "Last trains leave Paddington at 21:30"
        # (a verb never opens a sentence without its subject): the adjective, no verb; nor a
        # clause after a comma or a colon ("form is on the counter, last orders sat 19th at
        # 3pm", "open til late, last entry fri 10pm"; s39-informal, blind text 1116), nor an
        # aside in brackets or after a dash ("early finish on fri 18th (last day of term)";
        # s41b-blind4, blind text 1194: was September's Friday 18th, the past)
        return None
    if prev in _MODALS:
        return None  # "will last", "to end": a base form, the modal has the tense
    if i == 0 and word in _NOTICE_STATES and nxt in _NOTICE_STATE_FOLLOWERS:
        # "closed xmas day, boxing day and sun 27th", "Shut Monday for stocktaking": a
        # notice's "(we are) closed" before the days it holds on, no past (s39-informal, blind
        # text 1116: were last year's holidays); not "closed the shop at 5" (a diary's past)
        return None
    if prev in _ELLIPTICAL_LEADS:
        # "would stay 'as long as needed', possibly until the weekend", "if needed": a
        # participle with no subject, no past (s33, text 848: the weekend was the last one)
        return None
    if (
        word in _PRONOUN_PASTS
        and not (
            # "The chairman, Alan Reeve, let the lease lapse": a name in apposition, set off by
            # commas, closes the subject (s38-known: was no past)
            sentence[starts[i - 1]].isupper()
            and sentence[start].islower()
            and nxt not in ("me", "us")
            and _apposed_name(sentence, words, starts, i)
        )
        and (
            (prev not in _SINGULAR_PRONOUNS and not _named_subject(sentence, starts, i, prev))
            or (i > 1 and (words[i - 2] in _MODALS or words[i - 2] in _DO_FORMS))
            # "If you can't make it, let me know": a pronoun ending the clause before, set off by
            # a comma, is no subject; the form opens an imperative
            or not sentence[starts[i - 1] + len(prev) : start].isspace()
        )
    ):
        return None  # "prices put pressure", "will it cost": no past
    if word in _INVARIANT_PASTS and prev in _NOUN_LEADS:
        return None  # "a rate cut in September", "no cut before December": the noun
    if (
        word in _INVARIANT_PASTS
        and prev in _COUNT_LEADS
        and nxt not in _DETERMINERS
        and nxt not in _OBJECT_PRONOUNS
    ):
        return None  # "one more cut before the end of the year"; not "one hit the school"
    if _attributive(words, i, prev, nxt):
        return None  # "15 funded hours a week", "the delayed vote": an adjective
    if word not in _PAST_ONLY:
        if (
            word in _NOT_PAST
            and not _clause_final(sentence, start + len(word))
            and not _verb_of_object(word, prev, nxt)
            and not _after_subject_pronoun(word, prev)
        ):
            return None  # "advanced technology"; but "troops advanced." is a verb
        if _after_aux(sentence, words, starts, i):
            return None  # a participle after an auxiliary: the auxiliary has the tense
        if _reduced_relative(words, i):
            # "Orders placed after 14 August may not arrive", "Tickets bought before
            # June 30 can be refunded": a participle has no tense of its own, its
            # date is the nearest (neither the past's nor the main clause's modal's)
            return "participle"
    return "past"


#: The modals of a main clause that make the past of its "if" clause a backshift: "could
#: order him jailed if the strike went on into Thursday" (a time still to come when said).
_HYPOTHETICAL_MODALS = words("tense_hypothetical_modals")
_CLAUSE_STOP = re.compile(r"[,;:]")


def _backshifted(sentence: str, out: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """``out`` with the past markers of an "if"/"unless" clause after "would", "could" or
    "might" (in the same sentence, before the conjunction) read as the condition's: the
    reported condition of a future in the past ("said he could order the union's leaders
    jailed if the strike went on into Thursday", "would resign if the bill passed on Monday")
    looks ahead, as "if the strike goes on" does; up to the next comma or semicolon."""
    result = []
    stop = -1
    modal_seen = False
    for pos, kind in out:
        if kind == "future" and _MODAL_AT.match(sentence, pos):
            modal_seen = True
        elif kind == "conditional" and modal_seen and _IF_AT.match(sentence, pos):
            clause_end = _CLAUSE_STOP.search(sentence, pos)
            stop = clause_end.start() if clause_end else len(sentence)
        elif kind == "past" and pos < stop and not _HAD_AT.match(sentence, pos):
            kind = "conditional"
        result.append((pos, kind))
    return result


#: "would have", "could not have": a condition contrary to a past fact, no look ahead.
_MODAL_AT = re.compile(r"(?:would|could|might)\b(?!\s{1,3}(?:not\s{1,3})?have\b)", re.IGNORECASE)
#: "if the bank had not stepped in": the past perfect of such a condition.
_HAD_AT = re.compile(r"had\b", re.IGNORECASE)
_IF_AT = re.compile(r"(?:if|unless)\b", re.IGNORECASE)


def _object_participle(words: list[str], i: int) -> int:
    """The index of a regular participle after the object of ``words[i]``, a verb of wanting
    ("wants the bill passed before Easter", "expect the work completed by March"), an object of
    one to three words between (a determiner first); 0 when there is none."""
    if i + 2 >= len(words) or words[i + 1] not in _DETERMINERS:
        return 0
    for j in range(i + 3, min(i + 5, len(words))):
        w = words[j]
        if _ALPHA_ED.fullmatch(w) and w not in _PAST_IRREGULAR:
            return j
    return 0


def _verb_of_object(word: str, prev: str, nxt: str) -> bool:
    """Whether an "-ed" word of ``tense_not_past.tsv`` is the past verb of its clause: before
    a determiner that opens its object ("the Commission proposed a delay", "analysts expected
    the rise", "the ministry detailed its plan"), after a word that is no determiner nor
    attributive lead ("the proposed law" is the adjective) nor "as"/"than" ("than expected
    the"). The short "-eed" words of the list ("need", "feed") are present forms."""
    return (
        nxt in _DETERMINERS
        and prev.isalpha()
        and prev not in _DETERMINERS
        and prev not in _ATTRIBUTIVE_LEADS
        and prev not in ("as", "than")
        and len(word) > 5
        and not word.endswith("eed")
    )


def _after_subject_pronoun(word: str, prev: str) -> bool:
    """Whether an "-ed" word of ``tense_not_past.tsv`` is a past verb after a personal pronoun
    (``tense_participle_subjects.tsv``: "twice what they expected in June", "he proposed in
    March"); the short "-eed" words ("they need") are present forms."""
    return prev in _PARTICIPLE_SUBJECTS and len(word) > 5 and not word.endswith("eed")


#: Degree words between an article and an "-ed" adjective ("the most used", "the less
#: known"), maybe before an adverb in "-ly" ("the most widely prescribed antibiotics").
_DEGREE_WORDS = frozenset(("most", "least", "more", "less"))


def _graded_lead(words: list[str], i: int) -> bool:
    """Whether an article or possessive stands before ``words[i]`` with only a degree word, an
    adverb in "-ly" or both between: "the most widely prescribed antibiotics", "the newly built
    stand", "the most used" (s31-history: "Today penicillins are among the most widely
    prescribed antibiotics" was a past clause; not "He most recently worked": no article)."""
    j = i - 1
    if j >= 0 and len(words[j]) > 4 and words[j].endswith("ly"):
        j -= 1
    if j >= 0 and words[j] in _DEGREE_WORDS:
        j -= 1
    return j < i - 1 and j >= 0 and words[j] in _ATTRIBUTIVE_LEADS


def _attributive(words: list[str], i: int, prev: str, nxt: str) -> bool:
    """Whether the regular "-ed" form ``words[i]`` is an adjective before its noun: after an
    article or a possessive ("the delayed vote"), or after a count and before a plural noun ("15
    funded hours", "three injured workers"; not "15 died on Tuesday", "two resigned")."""
    if not nxt or not nxt.isalpha():
        return False
    if prev in _ATTRIBUTIVE_LEADS:
        return True
    if _graded_lead(words, i):
        return True
    return (
        (prev.isdigit() or prev in _COUNT_WORDS)
        and len(nxt) > 3
        and nxt.endswith("s")
        and nxt not in _ATTRIBUTIVE_BLOCKERS
    )


#: Prepositions that open a plural subject's complement (``tense_subject_prepositions.tsv``).
_SUBJECT_PREPOSITIONS = words("tense_subject_prepositions")


def _plural_subject_complement(words: list[str], first: int) -> bool:
    """Whether the words right before token ``first`` are a plural noun's complement: a
    preposition of ``tense_subject_prepositions.tsv``, a determiner and at most four more words
    ("Tickets for the second leg go on sale", "Polls in the state close at 8pm")."""
    for j in range(first - 2, max(0, first - 7), -1):
        if words[j] in _SUBJECT_PREPOSITIONS:
            head = words[j - 1]
            return words[j + 1] in _DETERMINERS and (
                head in _PLURAL_NOUNS or (head.endswith("s") and not head.endswith("ss"))
            )
    return False


def _possessive(word: str) -> bool:
    """Whether ``word`` (lower case) is a noun's possessive ("gandhi's", "company’s"), not a
    pronoun's "'s" of "is" or "has" (``tense_s_contractions.tsv``)."""
    return word.endswith(("'s", "’s")) and word[:-2] not in _S_CONTRACTIONS


#: A non-restrictive relative clause right before a verb, set off by commas after its subject
#: ("Tickets, which sold out a fortnight ago, go"; "Tickets for the match, which ..., go": the
#: head noun before a preposition's phrase of one noun): the subject's head and the clause.
_RELATIVE_ASIDE = re.compile(
    r"(?P<word>[\w'’-]+)(?:\s{1,3}(?:of|for|from|in|at|on|to)\s{1,3}"
    r"(?:(?:the|a|an|this|that|its|their|his|her)\s{1,3})?[\w'’-]+)?"
    r",\s{1,3}(?:which|who)\s[^,;:.!?]{1,80},\s{1,3}$",
    re.IGNORECASE,
)


def _plural_before_aside(sentence: str, start: int) -> bool:
    """Whether a relative clause set off by commas ends right before offset ``start`` and a
    plural noun stands right before it ("Tickets, which sold out a fortnight ago, go on resale
    at 9am on Saturday": the base form is the plural's present, not the clause's past;
    s40-newsclock, narrative 345)."""
    m = _RELATIVE_ASIDE.search(sentence, max(0, start - 120), start)
    if m is None:
        return False
    word = m.group("word").lower()
    return word in _PLURAL_NOUNS or (word.endswith("s") and not word.endswith("ss"))


def _phrase_at(
    words: list[str], i: int, named_before: bool = False, aside: Callable[[int], bool] | None = None
) -> tuple[int, str] | None:
    """The phrase of :data:`_PHRASES` whose key is token ``i``, as (index of its first token,
    kind), or None. A scheduled-event verb after a determiner is a noun ("the returns"), and
    after a modal, "to", an auxiliary or "did" the word before it carries the tense."""
    for tokens, k, kind in _PHRASES[words[i]]:
        first = i - k
        if first < 0 or tuple(words[first : first + len(tokens)]) != tokens:
            continue
        if kind == "subject":
            return first, "scheduled"  # "The polls open Friday": the article is the subject's
        if kind == "scheduled":
            prev = words[first - 1] if first > 0 else ""
            # Not data: the forms of "do" that make the verb after them a bare infinitive.
            # "a curfew that runs from Thursday": "that" or "this" before a verb in "-s" is its
            # subject (a relative pronoun), not a determiner, which takes no plural noun
            if (
                (prev in _DETERMINERS and not (prev in ("that", "this") and tokens[0][-1] == "s"))
                or prev in _SCHEDULED_NOUN_LEADS
                or _possessive(prev)
                or prev in _MODALS
                or _is_aux(prev)
                or prev in ("did", "does", "do")
            ):
                return None
            if first == 0 and tokens[0] == "reports":
                # s39-wire2: "Reports after the close on Monday showed ...": a plural noun with
                # no subject before it, not "Vistara reports after the close on Wednesday"
                return None
            # A base form ("begin", "take effect") is a present tense only after a plural
            # subject ("Talks resume Monday", "they meet Friday") or a relative pronoun that
            # stands for one ("the rules, which take effect Jan. 1"); elsewhere it is an
            # infinitive ("let the offensive begin Saturday"). Not data: the plural pronouns,
            # "that" and the plural ending are grammar.
            if not tokens[0].endswith("s") and not (
                # a team or a country right before it takes a plural verb in British English
                # ("City face Ashby on Wednesday", "England play Wales on Saturday")
                (k == 0 and named_before)
                or prev in ("they", "we", "you", "that")
                or prev in _RELATIVE
                or prev in _PLURAL_NOUNS
                or (prev.endswith("s") and not prev.endswith("ss"))
                or _plural_subject_complement(words, first)
                or (aside is not None and aside(first))
            ):
                return None
        return first, kind
    return None


#: Words that open a date after "for" besides a name or a number ("for next Friday").
_DATE_OPENERS = words("tense_date_openers")


def _date_after_for(sentence: str, words: list[str], starts: list[int], i: int) -> bool:
    """True if "for" (or "in for") follows token ``i`` and a date or a clock time opens right
    after it ("called for 7 p.m. Wednesday", "set for Thursday", "pencilled in for March 3"),
    not another object ("has been called for after the crash")."""
    j = i + 1
    if j < len(words) and words[j] == "in":
        j += 1
    if j + 1 >= len(words) or words[j] != "for":
        return False
    nxt = words[j + 1]
    if nxt in _DATE_NAMES or nxt in _WEEKDAY_WORDS:
        return sentence[starts[j + 1]].isupper() or nxt in _WEEKDAY_WORDS
    return nxt[:1].isdigit() or nxt in _DATE_OPENERS


def _dates_ahead(sentence: str, words: list[str], starts: list[int], i: int) -> bool:
    """True if a prospective word without "is" (token ``i``: "expected", "slated", "due")
    stands right before a date it puts ahead ("The ruling, expected Friday, ...", "talks
    slated for Friday", "results due Friday", "results not expected until Friday"), not after
    an auxiliary ("was expected Friday"), in a comparison ("more than expected Friday", "as
    expected Friday") nor after a subject pronoun, which makes it a past verb ("what they
    expected in September")."""
    prev = words[i - 1] if i > 0 else ""
    if (
        prev == "not"
        and i + 2 < len(words)
        and words[i + 1] in _NOT_BEFORE
        and not (i > 1 and _is_aux(words[i - 2]))
    ):
        # s33-wire: "with results not expected until Friday", "a ruling not due before March":
        # what is still awaited lies after the report, as "was not expected before Thursday"
        # (:func:`_awaited`) puts it; not after an auxiliary ("had not expected until")
        return words[i + 2] in _DATE_NAMES and sentence[starts[i + 2]].isupper()
    # Not data: the comparison words before a participle are grammar.
    if _is_aux(prev) or prev in ("than", "as") or prev in _PARTICIPLE_SUBJECTS:
        return False
    if prev == "became":
        return False  # s31-intervals: "The ban became effective on March 1": the past copula's
    if prev in _DETERMINERS:
        return False  # "the forecast for Monday afternoon was gales": a noun, no participle
    j = i + 1
    need = _BARE_NEEDS.get(words[i])
    if need is not None and (j >= len(words) or words[j] != need):
        return False  # "set Friday as the deadline", "a record set on Aug. 6"
    if j < len(words) and words[j] in _DATE_PREPOSITIONS:
        j += 1
        if j + 1 < len(words) and words[j] == "the" and words[j + 1] in _SEASON_NAMES:
            return True  # "a product refresh expected in the fall"
    if not (j < len(words) and words[j] in _DATE_NAMES and sentence[starts[j]].isupper()):
        return False
    return not _occurred_after(words, j + 1)


def _occurred_after(words: list[str], k: int) -> bool:
    """True if a past verb of ``tense_occurrence_verbs.tsv`` opens at token ``k``, after the
    day numbers of the date before it: "The hearing set for Tuesday went ahead", "The rally
    planned for March 3 was held": the arranged event happened, its date is no longer ahead."""
    while k < len(words) and words[k].isdigit():
        k += 1
    if k >= len(words):
        return False
    second = words[k + 1] if k + 1 < len(words) else ""
    return (words[k], second) in _OCCURRED or (words[k], "") in _OCCURRED


def _reported_forecast(words: list[str], i: int) -> bool:
    """True if the past copula at token ``i`` opens a word of likelihood
    (``tense_forecast_predicates.tsv``), maybe after an adverb, that is no guess at what
    happened ("was likely that", "were likely to have")."""
    j = i + 1
    if j < len(words) and words[j] in _COPULA_ADVERBS:
        j += 1
    if j >= len(words) or words[j] not in _FORECASTS:
        return False
    after = words[j + 1] if j + 1 < len(words) else ""
    return not (
        after == "that" or (after == "to" and j + 2 < len(words) and words[j + 2] == "have")
    )


def _looks_ahead(sentence: str, words: list[str], starts: list[int], i: int) -> str | None:
    """The marker of a present "is"/"are" at token ``i`` that opens a predicate putting its
    date ahead, or None: ``"future"`` for a prospective word ("is expected Friday", "are set
    for Jan. 5"); ``"prospective"`` for what looks ahead only to a date after it (a present
    progressive of a planned event, "is meeting Friday", not "are investigating a shooting
    Saturday"; a date or an opening state named right after it, "The
    deadline is Friday", "is open Sunday"), not to one before it ("this winter is killing
    me") nor as the tense of the sentence ("Prices are rising")."""
    j = i + 1
    if j < len(words) and words[j] in _COPULA_ADVERBS:
        j += 1
    if j >= len(words):
        return None
    nxt = words[j]
    if nxt in _PREDICATES:
        return "future"
    if nxt in _FORECASTS:
        # Not data: "that" and "to have" open a guess at what happened, not a forecast
        after = words[j + 1] if j + 1 < len(words) else ""
        if after == "that" or (after == "to" and j + 2 < len(words) and words[j + 2] == "have"):
            return None
        return "future"
    if nxt in _STATES:
        j += 1
        if j < len(words) and words[j] in _COPULA_ADVERBS:
            j += 1
        if j < len(words) and words[j] == "on":
            j += 1  # "is closed on Monday", "is held on Sunday"
        if j >= len(words):
            return None
        nxt = words[j]
        if nxt not in _DATE_NAMES and nxt not in _WEEKDAY_WORDS:
            # "The rally is held at 6 p.m. on Saturday"; but "The bridge is closed."
            return "prospective" if _clock_then_date(sentence, words, starts, j) else None
    if nxt in _DATE_NAMES or nxt in _WEEKDAY_WORDS:
        # "is Friday", "exam is thurs" (a weekday in any case), not "is may"
        upper = sentence[starts[j]].isupper()
        return "prospective" if upper or nxt in _WEEKDAY_WORDS else None
    if nxt in _FUTURATE:
        return "prospective"
    if (
        nxt == "in"
        and j + 2 < len(words)
        and (words[j + 1].isdigit() or words[j + 1] in _COUNT_WORDS or words[j + 1] in ("a", "an"))
        and words[j + 2] in _IN_UNITS
    ):
        return "prospective"  # "The retro is in two weeks", "The next hearing is in a month"
    return "prospective" if _clock_then_date(sentence, words, starts, j) else None


def _clock_then_date(sentence: str, words: list[str], starts: list[int], j: int) -> bool:
    """True if tokens from ``j`` are a clock time and then a capitalised date name: "The
    deadline is noon ET on Friday", "Kick-off is at 7.45pm BST on Saturday". A copula with a
    timetable is the present of a schedule, which TimeML reads as future reference, as with
    the date alone ("The deadline is Friday"); a clock time alone ("The meeting is at 9 a.m.")
    dates nothing and a date after other words ("is a blow to the party on Friday") is not
    put ahead."""
    clock = False
    for k in range(j, min(len(words), j + _CLOCK_REACH + 1)):
        word = words[k]
        if word in _DATE_NAMES or word in _WEEKDAY_WORDS:
            # a weekday in any case ("checkout is 11am sun"), as right after the copula
            return clock and (word in _WEEKDAY_WORDS or sentence[starts[k]].isupper())
        if _CLOCK_TOKEN.fullmatch(word):
            clock = True
        elif word not in _CLOCK_GLUE:
            return False
    return False


def _clause_final(sentence: str, end: int) -> bool:
    """True if a word ending at ``end`` closes its clause (punctuation or the end follows)."""
    rest = sentence[end : end + 3].lstrip()
    return not rest or rest[0] in ".;:!?,"


#: Prepositions after a participle that opens a reduced relative clause ("placed after").
_REDUCED_PREPOSITIONS = frozenset(words("reduced_relative_prepositions"))
#: The modals of a main clause after such a subject ("... may not arrive", "... will be").
_MAIN_MODALS = (frozenset(words("tense_modals")) - {"to"}) | {"may"}


def _reduced_relative(words: list[str], i: int) -> bool:
    """True if the -ed word at token ``i`` is the participle of a clause that describes the
    plural noun before it ("Orders placed after 14 August may not arrive", "Applications
    received after 5pm on Friday will not be considered"): a plural noun before, a preposition
    of ``reduced_relative_prepositions.tsv`` after, and a modal of the main clause later in
    the sentence, or earlier in it, the noun its object ("will be paid on November 12 to
    shareholders registered on November 3", session 34); it marks no tense (kind
    ``participle``, read as ``untensed``: the nearest date)."""
    if i == 0 or i + 1 >= len(words) or words[i + 1] not in _REDUCED_PREPOSITIONS:
        return False
    prev = words[i - 1]
    if not (prev in _PLURAL_NOUNS or (prev.endswith("s") and not prev.endswith(("ss", "'s")))):
        return False
    return any(w in _MAIN_MODALS for w in words[i + 2 :]) or (
        i >= 2
        and words[i - 2] in _OBJECT_LEADS
        and any(w in _MAIN_MODALS for w in words[max(0, i - _MODAL_BEFORE_REACH) : i - 2])
    )


#: How many words before such a plural noun a modal of the main clause may stand.
_MODAL_BEFORE_REACH = 12
#: Prepositions that make the plural noun after them an object of the main clause
#: (``reduced_relative_object_leads.tsv``).
_OBJECT_LEADS = words("reduced_relative_object_leads")


#: Adverbs that may stand between an auxiliary and its participle besides the -ly ones ("is
#: still taught", "was also found", "are now held", "were never seen"): those of a present
#: perfect (``perfect_adverbs.tsv``) but "been", itself an auxiliary.
_AUX_ADVERBS = words("perfect_adverbs") - {"been"}


def _after_aux(sentence: str, words: list[str], starts: list[int], i: int) -> bool:
    """True if token ``i`` follows an auxiliary, maybe with an adverb in between (an -ly
    word or one of :data:`_AUX_ADVERBS`: "is still taught" is a present passive, no past;
    token ``k`` starts at ``starts[k]``)."""
    j = i - 1
    if (
        j >= 0
        and (words[j].endswith("ly") or words[j].lower() in _AUX_ADVERBS)
        and sentence[starts[j] + len(words[j]) : starts[i]].isspace()
    ):
        j -= 1
        i -= 1
    if j < 0:
        return False
    gap = sentence[starts[j] + len(words[j]) : starts[i]]
    return 1 <= len(gap) <= 3 and gap.isspace() and _is_aux(words[j])


#: How a line of chat that asks for something opens (``colloquial_imperatives.tsv``): its
#: imperative verbs and leads ("come", "dont", "pls") and the fillers that may come first.
_IMPERATIVE_OPENERS = table("colloquial_imperatives")
#: The words of a line's opening: a mention ("@jen"), a speaker ("jen:") or a word.
_OPENING_WORD = re.compile(
    r"\s{0,3}[\"'“‘(*~]{0,2}(@\w{1,30}|[\w'’]{1,20}:(?!\d)|[\w'’]{1,20})\W{0,3}"
)


def imperative_start(line: str, start: int = 0, end: int | None = None) -> int | None:
    """The offset of the imperative that opens ``line[start:end]`` ("come over sun", "dont
    forget mon", "ok pls call me mon", "@jen text me sun"), or None: a verb or lead of
    ``colloquial_imperatives.tsv``, maybe after up to three fillers, mentions or a speaker's
    name. What such a line names is still to come; chat writes it without "will"."""
    pos = start
    stop = len(line) if end is None else end
    for _ in range(4):
        m = _OPENING_WORD.match(line, pos, stop)
        if m is None:
            return None
        word = m.group(1)
        kind = _IMPERATIVE_OPENERS.get(word.lower())
        if kind in ("verb", "lead"):
            return m.start(1)
        if kind is None and not word.startswith("@") and not word.endswith(":"):
            return None
        pos = m.end()
    return None


#: Clause openers that set a contrasting clause against the one before ("but").
_CONTRASTS = words("clause_contrasts")
#: Where a clause ends: ";" or ":", a comma before a conjunction (", and"), a word that opens a
#: clause ("who", "because"), or a comma at a quotation mark.
_CLAUSE_BREAK = re.compile(
    # every branch opens with a literal, so the search skips in C to a character that can start
    # one (see lexicon.word_branches): ";", ":", ", and", ', "', "'' ,", '" ,', "” ,", "\bwhen"
    r";|:|,(?:\s{1,3}" + alternation(words("clause_conjunctions")) + r"\b|\s{0,2}(?:''|\"|”|’))"
    r"|''\s{0,2},|\"\s{0,2},|”\s{0,2},|" + word_branches(words("clause_openers"), after=r"\b")
)
#: The same on text where an ASCII pattern matches alike (:func:`~.rule.is_plain`).
_ASCII_CLAUSE_BREAK = re.compile(_CLAUSE_BREAK.pattern, re.ASCII)
#: :data:`_CLAUSE_BREAK` but its words that open a clause (:func:`_breaks`): its branches that
#: open with punctuation, which the regex engine skips to in C (the words open with common
#: letters, "a", "i", "t", "w": tried at a fifth of the characters).
_PUNCTUATION_BREAK = re.compile(
    r";|:|,(?:\s{1,3}" + alternation(words("clause_conjunctions")) + r"\b|\s{0,2}(?:''|\"|”|’))"
    r"|''\s{0,2},|\"\s{0,2},|”\s{0,2},"
)
_ASCII_PUNCTUATION_BREAK = re.compile(_PUNCTUATION_BREAK.pattern, re.ASCII)
#: The words that open a clause (the rest of :data:`_CLAUSE_BREAK`), in lower case as there.
_CLAUSE_OPENERS = words("clause_openers")
#: How close (characters) a marker before the expression must be to govern it outright
#: ("..., Castro said Sunday").
_ADJACENT = 25
#: What stands before a date that opens its clause (a preposition of time, maybe a conjunction):
#: "In April, a review found ...", "But on Monday the court ruled ..."; and how far on the
#: clause's verb may be.
#: s39-known: and "From" ("From January, output rose": fronted_start_prepositions.tsv).
_FRONTED_WORDS = sorted(words("setting_prepositions") | words("fronted_start_prepositions"))
_FRONTED = re.compile(  # "In June, ...", "On June 2, ..." (setting_prepositions.tsv)
    r"[\s\W]{0,6}(?:(?:and|but|then|so)\s{1,3})?"
    rf"(?:{alternation(_FRONTED_WORDS)})\s{{1,3}}",
    re.IGNORECASE,
)
_FRONTED_REACH = 60
#: How far (characters) a phrase of ``tense_ahead_cues.tsv`` reaches: over its noun phrase
#: ("ahead of the planned general strike Friday"), not past a comma.
_AHEAD_REACH = 60
#: A present verb right after a day that is its clause's subject (``tense_day_subject_verbs.tsv``)
_DAY_SUBJECT_VERB = re.compile(
    r"[ \t]{1,3}(?:" + alternation(words("tense_day_subject_verbs")) + r")\b", re.IGNORECASE
)
#: What may stand between a clause's start and such a subject: nothing, or a conjunction.
_DAY_SUBJECT_LEAD = re.compile(r"[\s\"'“‘(]*(?:(?:and|but|then)\s+)?", re.IGNORECASE)
#: The calendar unit words (singular and plural) that "is in <count> <unit>" looks ahead by.
_IN_UNITS = frozenset(
    w
    for w in unit_words(units=("day", "week", "fortnight", "month", "year", "hour", "minute"))
    if " " not in w
)
#: The contracted "have" before "got" ("I've got", "we’ve got"): possession, a present.
_HAVE_CONTRACTIONS = ("'ve", "’ve")
#: The same written without the apostrophe in chat ("ive got", "weve got"):
#: ``tense_have_chat_contractions.tsv``.
_HAVE_CHAT = words("tense_have_chat_contractions")
#: The word a marker position starts.
_WORD_AT = re.compile(r"[\w'’]{1,40}")


#: In chat, "got" before a duty or an appointment (``got_plan_nouns.tsv``), maybe after a
#: determiner: "have got", a present ("got work monday at 8", "got a meeting at 3"); and
#: after a possessive or whose it is, a word in "s" ("got my cousins christening fri night",
#: "got a mates wedding sat", "got my sister's hen do": s38-informal, blind text 1069).
_GOT_PLAN = re.compile(
    r"got\s{1,3}(?:(?:a|an|the|my|our|his|her|their)\s{1,3})?(?:[a-z]{2,15}(?:['’]s|s['’]?)\s{1,3})?"
    r"(?:" + alternation(words("got_plan_nouns")) + r")\b",
    re.IGNORECASE,
)
#: A subject of a chat question right before "got" (``got_question_subjects.tsv``: "Anyone got a
#: spare for Saturday?"): "have got", a present.
_GOT_ASKED = re.compile(
    r"(?<![\w'’])(?:" + alternation(words("got_question_subjects")) + r")\s{1,3}$", re.IGNORECASE
)
#: In chat, a past verb of a call or a message (``call_news_verbs.tsv``), up to three words (who
#: or when: "rang this afternoon") and a comma: the news after the comma is no past.
_CALL_NEWS = re.compile(
    r"\b(?:" + alternation(words("call_news_verbs")) + r")(?:\s{1,3}[\w'’]{1,20}){0,3},",
    re.IGNORECASE,
)


def _word_char(c: str) -> bool:
    r"""Whether the character ``c`` is one ``\w`` matches (``str.isalnum`` is its test)."""
    return c.isalnum() or c == "_"


def _breaks(sentence: str, words: list[str]) -> list[int]:
    """Where the clauses of ``sentence`` break: the ends of the matches of
    :data:`_CLAUSE_BREAK`, its tokens (lower case, :func:`_tokens`) being ``words``.

    Its punctuation is found by :data:`_PUNCTUATION_BREAK`, and its words that open a clause
    (a run of word characters that is one, as written: "because", not "Because") by a
    substring search for each of them the tokens hold (all of them when an apostrophe may hide
    one in a token: "that's"); the two never overlap but where a conjunction after a comma
    (", but") is both, with the same end."""
    regex = _ASCII_PUNCTUATION_BREAK if is_plain(sentence) else _PUNCTUATION_BREAK
    ends = [m.end() for m in regex.finditer(sentence)]
    apostrophe = "'" in sentence or "’" in sentence
    openers = _CLAUSE_OPENERS if apostrophe else _CLAUSE_OPENERS.intersection(words)
    if not openers:
        return ends
    found = False
    length = len(sentence)
    for opener in openers:
        at = sentence.find(opener)
        while at >= 0:
            end = at + len(opener)
            if (at == 0 or not _word_char(sentence[at - 1])) and (
                end == length or not _word_char(sentence[end])
            ):
                ends.append(end)
                found = True
            at = sentence.find(opener, end)
    return sorted(set(ends)) if found else ends


#: A participle of ``tense_relative_participles.tsv`` and "for" ("scheduled for").
_RELATIVE_PARTICIPLE = re.compile(
    r"(?:" + alternation(words("tense_relative_participles")) + r")\s{1,3}for\s{1,3}",
    re.IGNORECASE,
)
#: The word before such a participle, maybe with a comma ("the vote, scheduled for").
_WORD_BEFORE = re.compile(r"([A-Za-z][\w'’-]*),?\s{1,3}$")
#: Not data: the words of a comparison before such a participle ("earlier than planned for").
_AS_PARTICIPLE_LEADS = frozenset({"as", "than"})
#: Not data: the subject pronouns, before which the participle is the clause's own past verb
#: ("they scheduled for Friday").
_SUBJECT_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "it", "they", "who", "that"})
#: How far a date may start after "for" and still be the object of its phrase ("for the
#: weekend").
_OWN_FOR_REACH = 4


#: Prepositions after a past form that make it a participle describing the noun before it in a
#: present clause ("an obelisk raised in 1859"): ``nowadays_participle_prepositions.tsv``.
_DESCRIBED_PREPOSITIONS = words("nowadays_participle_prepositions")
#: A lower-case word and its spaces right before a past form (the noun it may describe).
_NOUN_BEFORE = re.compile(r"([a-z]{3,})\s{1,3}$")
#: A past form and the word after it.
_PAST_AND_NEXT = re.compile(r"[A-Za-z]+\s{1,3}([a-z]+)\b")


def _describes(sentence: str, pos: int) -> bool:
    """Whether the past form at ``pos`` of ``sentence`` describes the noun before it (see
    :meth:`Clauses.present_described`)."""
    after = _PAST_AND_NEXT.match(sentence, pos)
    if after is None or after.group(1) not in _DESCRIBED_PREPOSITIONS:
        return False
    before = _NOUN_BEFORE.search(sentence, max(0, pos - 30), pos)
    return before is not None and before.group(1) not in _SUBJECT_PRONOUNS | {"which"}


def _relatives(sentence: str, marks: list[tuple[int, str]]) -> frozenset[int]:
    """Where the future markers of ``marks`` are participles of a reduced relative: one of
    ``tense_relative_participles.tsv`` right after a noun and before "for" ("flights scheduled
    for this weekend", "events planned for the summer"), not after an auxiliary, a determiner,
    an adverb or a subject pronoun ("was scheduled for", "originally planned for", "they
    scheduled for")."""
    out = set()
    for p, k in marks:
        if k != "future" or _RELATIVE_PARTICIPLE.match(sentence, p) is None:
            continue
        before = _WORD_BEFORE.search(sentence, max(0, p - 30), p)
        if before is None:
            continue
        word = before.group(1).lower()
        if (
            _is_aux(word)
            or word in _DETERMINERS
            or word.endswith("ly")
            or word in _SUBJECT_PRONOUNS
            or word in _AS_PARTICIPLE_LEADS
        ):
            continue
        out.add(p)
    return frozenset(out)


def _own_for(text: str, marker: int, pos: int) -> bool:
    """Whether a date at ``pos`` is the object of the "for" of the participle at ``marker``."""
    m = _RELATIVE_PARTICIPLE.match(text, marker)
    return m is not None and 0 <= pos - m.end() <= _OWN_FOR_REACH


#: A relative pronoun (``relative_pronouns.tsv``) right before a marker ("anyone who missed").
_WHO_BEFORE = re.compile(rf"\b(?:{alternation(sorted(_RELATIVE))})\s{{1,3}}$", re.IGNORECASE)


class Clauses:
    """The tense markers and clause breaks of one sentence, found once and then looked up by
    offset (bisect), so that tagging stays linear even in a very long "sentence". In chat
    (``chat=True``) a line that opens with an imperative ("come over sun", "dont forget mon")
    looks ahead as "will" does (:func:`imperative_start`). ``tokens``, when given, are what
    :func:`_tokens` returns for the sentence (the tagger takes them from the words it already
    found: see ``engine._sentence_tokens``), which then is not cut again."""

    def __init__(
        self,
        sentence: str,
        *,
        chat: bool = False,
        tokens: tuple[list[str], list[int]] | None = None,
    ) -> None:
        self.length = len(sentence)
        self.text = sentence
        if tokens is None:
            tokens = _tokens(sentence)
        marks = _markers(sentence, tokens)
        asks: list[int] = []
        if chat and "got" in tokens[0]:
            # "got work monday at 8": chat's "have got", what one has on (`_GOT_PLAN`)
            # s41-agreed (narrative 510): so is "got" asked of someone, "Anyone got a spare for
            # Saturday?", "u got plans sat?" (a question of "have got"; not "i got")
            marks = [
                (p, "prospective")
                if k == "past"
                and (
                    _GOT_PLAN.match(sentence, p)
                    or (
                        _GOT_ASKED.search(sentence, max(0, p - 12), p) is not None
                        and sentence.startswith("got", p)
                        and "?" in sentence[p:]
                    )
                )
                else (p, k)
                for p, k in marks
            ]
        if chat:
            opening = imperative_start(sentence)
            if opening is not None:
                # the line asks for what is to come: its present verbs ("lets do sun") report
                # nothing now
                marks = sorted([*(k for k in marks if k[1] != "present"), (opening, "future")])
            comma = sentence.find(",")
            while comma >= 0:
                # s37-known (blind text 926): so does a clause after a comma that opens with
                # an imperative ("decision moved to tomorrow 9am, ship friday afternoon if
                # nothing else breaks"): a clause of its own, not the past one before it
                asked = imperative_start(sentence, comma + 1)
                if asked is not None:
                    asks.append(comma + 1)
                    marks.append((asked, "future"))
                comma = sentence.find(",", comma + 1)
            if asks:
                marks.sort()
        #: where the phrases of ``tense_ahead_cues.tsv`` start ("ahead of", "no later than")
        self.aheads = [p for p, k in marks if k == "ahead"]
        if self.aheads:
            marks = [m for m in marks if m[1] != "ahead"]
        self.positions = [p for p, _ in marks]
        self.kinds = [k for _, k in marks]
        self.futures = [p for p, k in marks if k in _FUTURE_KINDS]
        #: where the participles of reduced relatives start ("flights scheduled for this
        #: weekend"), whose future governs only their own "for" phrase (:func:`_relatives`)
        self.relatives = _relatives(sentence, marks) if " for " in sentence else frozenset()
        self.breaks = _breaks(sentence, tokens[0])
        #: where the news after a call in chat starts ("rang this afternoon, exchange on the
        #: 14th"), a clause the call's past does not govern (:data:`_CALL_NEWS`)
        self.calls: frozenset[int] = frozenset()
        if chat and "," in sentence:
            self.calls = frozenset(m.end() for m in _CALL_NEWS.finditer(sentence))
        if asks or self.calls:
            # the clauses a comma opens in chat: an imperative's, a call's news
            self.breaks = sorted(self.calls.union(self.breaks, asks))
        #: where the contrasting clauses start ("but"), past which no marker governs backwards;
        #: found when first needed (:meth:`_contrast`)
        self._contrasts: list[int] | None = None

    def overall(self) -> str:
        """The tense of the whole sentence (see :func:`sentence_tense`)."""
        if self.futures:
            return "future"
        return "past" if "past" in self.kinds else "present"

    def historical_present(self) -> bool:
        """True if the sentence looks ahead only by the present of schedules ("On 6 April the
        bombardment begins"), with no "will" nor any past verb: in a narrative told in the
        present, the story's own time (see the engine)."""
        return bool(self.futures) and all(k in ("scheduled", "present") for k in self.kinds)

    def at(self, pos: int, end: int) -> str:
        """The tense governing the expression at ``[pos, end)`` (see :func:`tense_at`)."""
        return self.reading(pos, end)[0]

    def reading(self, pos: int, end: int) -> tuple[str, bool, bool]:
        """The tense governing the expression at ``[pos, end)`` (see :func:`tense_at`);
        whether it is *close*: read from a verb or modal right before the expression ("closed
        in June", "will reopen in April"), not from one farther away ("told customers of a
        cutback in September"), after it, or from a present of schedules ("The course runs
        May 2-3") -- anchoring lets a date a year away in the direction of a tense that is not
        close yield to one within a month the other way (:func:`anchor._pick`); and whether a
        phrase of ``tense_ahead_cues.tsv`` governs it ("ahead of Friday's vote": the vote
        named by the possessive is still to come)."""
        i = bisect_right(self.breaks, pos) - 1
        clause_start = self.breaks[i] if i >= 0 else 0
        lo = bisect_left(self.positions, clause_start)
        hi = bisect_left(self.positions, pos)  # markers strictly before the expression
        if self.aheads:
            a = bisect_left(self.aheads, pos) - 1
            cue = self.aheads[a] if a >= 0 else -1
            if (
                cue >= clause_start
                and (hi == lo or self.positions[hi - 1] < cue)
                and pos - cue <= _AHEAD_REACH
                and "," not in self.text[cue:pos]
            ):
                # "is due no later than Friday", "ahead of the vote Friday": ahead, unless a
                # past verb governs the phrase itself ("rose ahead of the report Friday", "had
                # chosen to sell ahead of the weekend")
                top = bisect_left(self.positions, cue)
                kinds = self.kinds[lo:top]
                past = "past" in kinds and not _FUTURE_KINDS.intersection(kinds)
                if past:
                    # "Officials said a deal could come as early as Monday": a modal after the
                    # past verb governs the phrase, and what it may bring is still to come
                    last_past = max(k for k in range(lo, top) if self.kinds[k] == "past")
                    after = self.positions[last_past] + 1
                    past = (
                        _MODAL_WORD.search(self.text, after, cue) is None
                        # "told agencies to file plans no later than October 24": a task laid
                        # on someone, still to be done (s26-news: was the last October 24)
                        and _DIRECTED_TO.search(self.text, clause_start, cue) is None
                        # "issued a warning, valid from 06:00 on Wednesday": the window of
                        # what was issued (s26-news: was the last Wednesday)
                        and not (
                            _WINDOW_CUE.match(self.text, cue)
                            and not _COPULA_BEFORE.search(self.text, max(0, cue - 12), cue)
                        )
                    )
                return ("past" if past else "future"), pos - cue <= _ADJACENT, True
        if _PLANNED_OBJECT.match(self.text, end) and _AHEAD_VERB_BEFORE.search(
            self.text, max(clause_start, pos - 40), pos
        ):
            # "It said it would publish Friday's schedule", "will post Monday's timetable": the
            # plan a verb looking ahead takes is still to come (s35-known, blind text 860)
            return "future", False, True
        j = bisect_left(self.positions, end)
        if j < len(self.positions) and self._possessor_ahead(end, j):
            # "Thursday's strike is expected to shut schools", "Unions say Thursday's strike
            # will shut schools": the subject's own verb looks ahead
            return "future", False, True
        if self.relatives:
            # s35-known2: "Airlines had canceled 4,100 flights scheduled for this weekend by
            # 5 p.m.": a reduced relative's future governs its own "for" phrase, not what the
            # clause's verb goes on to say (was the weekend's, Monday's 5 p.m.)
            while (
                hi > lo
                and self.positions[hi - 1] in self.relatives
                and not _own_for(self.text, self.positions[hi - 1], pos)
            ):
                hi -= 1
        if hi > lo:
            p, k = self.positions[hi - 1], self.kinds[hi - 1]
            f = bisect_left(self.futures, clause_start)
            has_future = f < len(self.futures) and self.futures[f] < pos
            if has_future and self.relatives:
                has_future = any(
                    q < pos and (q not in self.relatives or _own_for(self.text, q, pos))
                    for q in self.futures[f:]
                )
            if pos - p > _ADJACENT and has_future:
                return "future", False, False
            return _BEFORE[k], pos - p <= _ADJACENT and k in _CLOSE_KINDS, False
        if _DAY_SUBJECT_VERB.match(self.text, end) and _DAY_SUBJECT_LEAD.fullmatch(
            self.text, clause_start, pos
        ):
            # "Sunday is a degree or two warmer", "The weekend looks dry": the day is the
            # subject of a present verb, a forecast or a day still to come
            return "future", False, False
        if (
            j + 1 < len(self.positions)
            and self.kinds[j] == "future"
            and _DETERMINER_END.search(self.text, max(0, self.positions[j] - 8), self.positions[j])
        ):
            j += 1  # "In June the next campaign began": "next" qualifies the subject
        if j < len(self.positions) and not self._contrast(end, self.positions[j]):
            k = self.kinds[j]
            # a date that opens its clause dates the clause's verb ("In April, a review found
            # a faulty part" in March is last April), as one right after the verb does
            fronted = (
                k == "past"
                and self.positions[j] - end <= _FRONTED_REACH
                and _FRONTED.fullmatch(self.text, clause_start, pos) is not None
            )
            return _AFTER[k], fronted, False
        if clause_start in self.calls:
            return "unknown", False, False  # the news of a call: no past of the call's
        back = lo - 1
        # s36 (blind text 998): a relative clause's verb tells of its noun, not of a later
        # clause ("For anyone who missed the email: preorders for the Strand 2 open Thursday"
        # is the coming Thursday, was the last of "missed")
        while back >= 0 and _WHO_BEFORE.search(
            self.text, max(0, self.positions[back] - 8), self.positions[back]
        ):
            back -= 1
        if back >= 0:
            return _AFTER[self.kinds[back]], False, False
        return "unknown", False, False

    def _possessor_ahead(self, end: int, j: int) -> bool:
        """True if an expression ending at ``end`` owns the subject ("Thursday's strike") of
        a verb that looks ahead, marker ``j`` on: "Thursday's strike is expected to shut
        schools", "Friday's vote will decide", "Friday's meeting is likely to be tense". The
        event the possessive weekday names is then still to come, as after "ahead of" (a
        possessive weekday is otherwise the most recent one, "Thursday's strike shut
        schools"). The future must follow within :data:`_POSSESSOR_REACH` characters, with no
        past marker, comma or coordinator between ("Friday's decision, which is expected to
        stand, angered unions", "Stocks fell after Friday's report and will open lower")."""
        if not self.text.startswith(("'s", "’s"), end):
            return False
        if _POSSESSOR_CALLED_OFF.match(self.text, end) is not None:
            return True  # "Saturday's friendly against Kirkby is off": a fixture to come
        # s34-wire: the subject may name the sides of a fixture ("Saturday's match between
        # Rangers and Aberdeen will go ahead") and carry a phrase set off by commas ("Saturday's
        # match, due to kick off at 12.30pm, will go ahead"): the "and" of "between" ends no
        # subject, and the markers inside the commas are not the subject's verb
        skip_from = skip_to = -1
        stretch = 0
        pair = _BETWEEN_PAIR.match(self.text, end)
        if pair is not None:
            stretch = pair.end() - end
        aside = _SUBJECT_ASIDE.match(self.text, pair.end() if pair is not None else end)
        if aside is not None:
            skip_from, skip_to = aside.start(1), aside.end()
            stretch = aside.end() - end
        for k in range(j, len(self.positions)):
            p = self.positions[k]
            if skip_from <= p < skip_to:
                continue
            lo = max(end, skip_to) if p >= skip_to > 0 else end + stretch if stretch else end
            if p - end > _POSSESSOR_REACH + stretch or _NOT_SUBJECT.search(self.text, lo, p):
                return False
            if self.kinds[k] in _FUTURE_KINDS:
                return True
            if self.kinds[k] == "past":
                return False
        return False

    def quiet(self, start: int, end: int) -> bool:
        """True if no tense marker and no clause break lies in ``[start, end)``."""
        if bisect_left(self.positions, start) != bisect_left(self.positions, end):
            return False
        return bisect_left(self.breaks, start) == bisect_left(self.breaks, end)

    def kinds_after(self, pos: int) -> list[str]:
        """The kinds of the markers from ``pos`` to the end of its clause (the next break)."""
        b = bisect_right(self.breaks, pos)
        stop = self.breaks[b] if b < len(self.breaks) else self.length
        return self.kinds[bisect_left(self.positions, pos) : bisect_left(self.positions, stop)]

    def present_described(self, pos: int) -> bool:
        """True if the markers from ``pos`` to the end of its clause are a present and, after
        it, only past forms that describe the noun before them, a reduced relative with its
        own date ("Today the battlefield is marked by an obelisk raised in 1859", "Today the
        village has a church built in 1120": a word before them that is no subject pronoun, a
        preposition of ``nowadays_participle_prepositions.tsv`` after them); not "Today the
        firm says it closed in 2001" (s38-history, blind text 1061: was the publication's
        day)."""
        b = bisect_right(self.breaks, pos)
        stop = self.breaks[b] if b < len(self.breaks) else self.length
        present = False
        for k in range(bisect_left(self.positions, pos), bisect_left(self.positions, stop)):
            kind = self.kinds[k]
            if kind == "present":
                present = True
            elif not (kind == "past" and present and _describes(self.text, self.positions[k])):
                return False
        return present

    def marker_before(self, pos: int) -> str | None:
        """The kind of the tense marker nearest before ``pos`` in its clause, or None."""
        i = bisect_right(self.breaks, pos) - 1
        clause_start = self.breaks[i] if i >= 0 else 0
        k = bisect_left(self.positions, pos) - 1
        return self.kinds[k] if k >= 0 and self.positions[k] >= clause_start else None

    def planned_in_past(self, pos: int) -> bool:
        """True if the marker nearest before ``pos`` in its clause is a plan told in the past
        ("the plant was due to close in March"): in a news background it follows the story's
        time as a past clause does; so is the infinitive of an expectation told in a report
        ("In 2013, officials said they expected the program to end in October",
        ``tense_reported_expectations.tsv``; s33-wire2)."""
        i = bisect_right(self.breaks, pos) - 1
        clause_start = self.breaks[i] if i >= 0 else 0
        k = bisect_left(self.positions, pos) - 1
        if k < 0 or self.positions[k] < clause_start:
            return False
        if self.kinds[k] == "planned":
            return True
        if k == 0 or self.kinds[k - 1] != "planned" or self.positions[k - 1] < clause_start:
            return False
        m = _WORD_AT.match(self.text, self.positions[k - 1])
        return m is not None and m.group().lower() in _REPORTED_EXPECTATIONS

    def future_in_past(self, pos: int) -> bool:
        """True if the future marker nearest before ``pos`` in its clause looks ahead from a
        past time ("hoped that the war would be over by Christmas", ``tense_future_in_past.tsv``):
        the future of the time the text tells about (TimeML's future-in-the-past), which in a
        narrative is the story's time, not the publication's."""
        i = bisect_right(self.breaks, pos) - 1
        clause_start = self.breaks[i] if i >= 0 else 0
        f = bisect_left(self.futures, pos) - 1
        if f < 0 or self.futures[f] < clause_start:
            return False
        m = _WORD_AT.match(self.text, self.futures[f])
        if m is None or m.group().lower() not in _FUTURE_IN_PAST:
            return False
        # "The 2024 festival is scheduled for 26 to 28 July", "has been planned for May": a
        # participle after a present copula is the present's plan, not a future in the past
        # (s31, blind text 704)
        return not (
            m.group()[-2:].lower() == "ed"
            and _PRESENT_COPULA_BEFORE.search(
                self.text, max(clause_start, self.futures[f] - 24), self.futures[f]
            )
        )

    def _contrast(self, start: int, end: int) -> bool:
        """True if a contrasting clause ("but lost its last match") opens in ``[start, end)``."""
        if self._contrasts is None:
            breaks = _ASCII_CLAUSE_BREAK if is_plain(self.text) else _CLAUSE_BREAK
            self._contrasts = [
                b.start()
                for b in breaks.finditer(self.text)
                if b.group().lower().lstrip(", \t\n") in _CONTRASTS
            ]
        contrasts = self._contrasts
        k = bisect_left(contrasts, start)
        return k < len(contrasts) and contrasts[k] < end


#: Not data: a present copula (and an adverb in -ly) right before a participle ("is scheduled",
#: "are now planned", "has been scheduled"): the grammar of the present passive.
_PRESENT_COPULA_BEFORE = re.compile(
    r"\b(?:is|are|am|['’]s|(?:has|have|['’]ve)\s{1,3}been)\s{1,3}(?:(?:now|still|also|[a-z]{2,14}ly)\s{1,3})?$",
    re.IGNORECASE,
)
#: Not data: what ends the noun phrase a possessive weekday opens (a comma, a semicolon, a
#: coordinator): a verb after it is not that phrase's own.
_NOT_SUBJECT = re.compile(r"[,;:]|\b(?:and|or|but)\b", re.IGNORECASE)
#: The rest of a possessive weekday's subject up to the "and" of the sides of a fixture
#: ("Saturday's Premiership match between Rangers and Aberdeen"): see
#: A possessive and a noun of a plan (``planned_object_nouns.tsv``) after a weekday:
#: "Friday's schedule" (:meth:`Clauses.reading`).
_PLANNED_OBJECT = re.compile(
    r"['’]s\s{1,3}(?:" + alternation(sorted(words("planned_object_nouns"))) + r")\b", re.IGNORECASE
)


def planned_object(text: str, end: int) -> bool:
    """Whether a possessive and a noun of a plan follow ``end`` ("Friday's schedule")."""
    return _PLANNED_OBJECT.match(text, end) is not None


#: A word that looks ahead and the verb right after it, right before such a weekday: "it
#: would publish", "will post", "to release".
_AHEAD_VERB_BEFORE = re.compile(
    r"\b(?:will|would|shall|to|['’]ll)\s{1,3}[a-z]{3,20}\s{1,3}$", re.IGNORECASE
)
#: :meth:`Clauses._possessor_ahead`.
_BETWEEN_PAIR = re.compile(
    r"['’]s(?:\s{1,3}[\w-]{1,20}){1,3}\s{1,3}between\s{1,3}[^\s,;:.]{1,20}(?:\s{1,3}[^\s,;:.]{1,20}){0,2}"
    r"\s{1,3}and\s{1,3}[^\s,;:.]{1,20}(?:\s{1,3}(?-i:[A-Z])[^\s,;:.]{1,20}){0,2}"
)
#: A phrase set off by commas right after a possessive weekday's subject ("Saturday's match,
#: due to kick off at 12.30pm, will go ahead"), group 1 from its first comma; after
#: :data:`_BETWEEN_PAIR`'s end, or after the subject noun and up to two words.
_SUBJECT_ASIDE = re.compile(
    r"(?:['’]s(?:\s{1,3}[\w-]{1,20}){1,3})?(,\s{1,3}(?:[^,;:.!?]|(?<=\d)\.(?=\d)){1,70},)"
)
#: A possessive weekday's subject (up to four words) and a present predicate of a fixture still
#: to come (``possessive_called_off.tsv``: "Saturday's friendly against Kirkby is off").
_POSSESSOR_CALLED_OFF = re.compile(
    r"['’]s(?:\s{1,3}[\w-]{1,20}){1,4}?\s{1,3}(?:"
    + alternation(words("possessive_called_off"))
    + r")\b",
    re.IGNORECASE,
)
#: How far after a possessive weekday the future verb of its subject may start ("Thursday's
#: planned general strike is expected to ..."): a subject noun phrase, not a later clause.
_POSSESSOR_REACH = 40

#: A determiner right before a future marker makes it an adjective of a noun phrase ("the next
#: campaign", "an upcoming vote"), not the verb of the clause after a date.
_DETERMINER_END = re.compile(r"\b" + alternation(_DETERMINERS) + r"\s{1,3}$", re.IGNORECASE)

#: The kinds of markers (:func:`_markers`) and the tense each gives a date after it
#: (``_BEFORE``: the marker stands before the date) or before it (``_AFTER``). "scheduled" is
#: the present of schedules ("starts", "takes effect"); "planned" is a plan told in the past ("was
#: set to resume", "were due to": the nearest date, and in news the background's story time);
#: "prospective" looks ahead only to a
#: date after it ("is meeting Friday", not "this winter is killing me"); "conditional" ("if",
#: "unless": ``tense_conditionals.tsv``) to a date on either side ("If it rains on Saturday",
#: "clear the rows on Wednesday if it stays dry").
_BEFORE = {
    "participle": "untensed",
    "planned": "present",
    "future": "future",
    "scheduled": "future",
    "prospective": "future",
    "conditional": "future",
    "present": "present",
    "past": "past",
}
_AFTER = {**_BEFORE, "prospective": "present"}
_FUTURE_KINDS = frozenset({"future", "scheduled"})
#: The kinds that govern a date right after them closely (see :meth:`Clauses.reading`).
_CLOSE_KINDS = frozenset({"future", "present", "past", "prospective"})


def sentence_tense(sentence: str) -> str:
    """The tense of a sentence: ``"future"`` if it has a future marker ("will", "plans to"),
    else ``"past"`` if it has a past one ("said", "-ed"), else ``"present"``.

    The same answer as ``Clauses(sentence).overall()``, without finding the clause breaks."""
    kinds = {kind for _, kind in _markers(sentence)}
    if _FUTURE_KINDS & kinds:
        return "future"
    return "past" if "past" in kinds else "present"


def tense_at(sentence: str, pos: int, end: int) -> str:
    """The tense governing an expression at ``[pos, end)`` of ``sentence``.

    Within the expression's clause (back to the last clause break before it): the nearest
    marker before it, unless that one is not adjacent and a future marker occurs earlier in
    the clause ("will remain closed until Friday"). Without one, the first marker after it in
    the sentence ("Friday, officials said"), else the last one of an earlier clause, else
    ``"unknown"``.
    """
    return Clauses(sentence).at(pos, end)


#: "retroactive to July 1", "backdated to April", "with retrospective effect from 1 January": a
#: word of ``tense_backward_cues.tsv`` (maybe "effect") then "to" or "from" right before a date,
#: which lies back, before the publication, whatever the clause's tense.
_BACKWARD_CUE = re.compile(
    r"\b"
    + alternation(words("tense_backward_cues"))
    + r"(?:\s{1,3}effect)?\s{1,3}(?:to|from)\s{1,3}$",
    re.IGNORECASE,
)
_BACKWARD_ENDS = last_words(["to", "from"])


def backward_cue(text: str, pos: int) -> bool:
    """True if a word of ``tense_backward_cues.tsv`` and "to"/"from" stand right before
    ``pos``: the date is one gone by ("Rates were cut retroactive to July 1", "The raise will be
    backdated to April": the last July 1, the last April)."""
    lo = max(0, pos - 40)
    return may_end_with(text, lo, pos, _BACKWARD_ENDS) and bool(_BACKWARD_CUE.search(text, lo, pos))


_FORWARD_CUE = re.compile(
    r"\b"
    + alternation(words("tense_forward_cues"))
    # "effective on Feb. 1"; a signal's qualifier: "until at least Thursday" (signal_qualifiers)
    + rf"\s{{1,3}}(?:on\s{{1,3}}|{alternation(words('signal_qualifiers'))}\s{{1,3}})?$",
    re.IGNORECASE,
)


#: The last words of :data:`_FORWARD_CUE`'s phrases (:func:`~.lexicon.may_end_with`).
_FORWARD_CUE_ENDS = last_words([*words("tense_forward_cues"), "on", *words("signal_qualifiers")])


def forward_cue(text: str, pos: int, end: int | None = None) -> bool:
    """True if the words right before ``pos`` look ahead ("payable Dec. 15", "extended to
    Nov. 20", "effective Feb. 1"): a past-tense verb then does not govern the date. ``end``,
    where the date ends, is where the clause after it is read from ("By 9 p.m. ET, most polls
    had closed": the period of "p.m." ends no clause)."""
    lo = max(0, pos - 36)
    if not may_end_with(text, lo, pos, _FORWARD_CUE_ENDS):
        return False
    cue = _FORWARD_CUE.search(text, lo, pos)
    if cue is None:
        return False
    if _AS_BEFORE.search(text, max(0, cue.start() - 4), cue.start()):
        return False  # "went ahead as scheduled on Tuesday": the manner, no look ahead
    if cue.group().lower().startswith("by") and (
        _PAST_AFTER_BY.match(text, pos if end is None else end)
        or _PERFECT_BEFORE_BY.search(text, max(0, cue.start() - 80), cue.start() + 2)
        or _STATE_BEFORE_BY.search(text, max(0, cue.start() - 80), cue.start() + 2)
        or _PLAN_BEFORE_BY.search(text, max(0, cue.start() - 100), cue.start() + 2)
    ):
        # "by the autumn the population had grown", "Output had doubled by that March": done
        # by then, in the past
        return False
    if (
        end is not None
        and text.startswith(",", end)
        and cue.group()[:1] in "BbUuTt"
        and cue.group().split()[0].lower() in _OPENING_BOUNDS
        and (cue.start() == 0 or _SENTENCE_OPENS.search(text, max(0, cue.start() - 4), cue.start()))
    ):
        # "By June, it employed 50 people", "Until March, the capital held out", "Through the
        # summer, it hired 200 engineers": a bound that opens its sentence before a past clause
        # is the state the story had reached by then (``opening_bound_signals.tsv``)
        return False
    # "bought from Sept. 14 to Thursday": the end of a range, not a look ahead
    return not (
        cue.group().lower().startswith("to")
        and _RANGE_FROM.search(text, max(0, cue.start() - 24), cue.start()) is not None
    )


#: Bounds that, opening a sentence before a past clause, are where the story had got to:
#: ``opening_bound_signals.tsv`` ("By June,", "Until March,", "Through the summer,").
_OPENING_BOUNDS = words("opening_bound_signals")
#: What stands right before a word that opens a sentence: its end mark (a closing quote or
#: parenthesis after it) and a space, or a line break.
_SENTENCE_OPENS = re.compile(r"(?:[.!?][\"”’)]?\s{1,3}|\n\s{0,3})$")
#: "as" right before a cue ("as scheduled on Tuesday"; ``tense_as_participles.tsv``).
_AS_BEFORE = re.compile(r"\bas\s{1,3}$", re.IGNORECASE)
#: "from X [Y] to": the one word opening a range (the grammar of the check above, not a list).
_RANGE_FROM = re.compile(r"\bfrom\s{1,3}\S{1,12}(?:\s{1,3}\S{1,12})?\s{1,3}$", re.IGNORECASE)


#: Irregular participles the endings below miss: the past forms of ``tense_past.tsv`` that
#: are participles too ("held", "led", "won", "hit"; not its past-only forms, adverbs or
#: negations), and ``perfect_participles.tsv`` ("gone", "done", "worn").
_IRREGULAR_PARTICIPLES = sorted(
    (_PAST_IRREGULAR - _PAST_ONLY - {"had", "hadn't"}) | words("perfect_participles")
)
_PERFECT_INFINITIVE_PARTICIPLES = frozenset(_IRREGULAR_PARTICIPLES) | {"been"}
#: A participle's endings after "to have" ("fallen", "shown", "begun", "caught"), and the
#: nouns of those endings that "to have" takes as an object ("to have children";
#: ``perfect_infinitive_nouns.tsv``).
_PARTICIPLE_ENDING = re.compile(r"[a-z]{2,20}(?:ed|en|wn|un|ght)")
_PERFECT_INFINITIVE_NOUNS = words("perfect_infinitive_nouns")
#: Words of belief, report or seeming before "to have <participle>", which make it a past
#: (``perfect_infinitive_leads.tsv``).
_PERFECT_INFINITIVE_LEADS = words("perfect_infinitive_leads")


def _perfect_participle(word: str) -> bool:
    """Whether ``word`` after "to have" is a past participle (a perfect infinitive), not the
    object of "have" ("to have fallen", "to have left", "to have been"; not "to have
    children", "to have lunch")."""
    if word in _PERFECT_INFINITIVE_PARTICIPLES:
        return True
    return _PARTICIPLE_ENDING.fullmatch(word) is not None and word not in _PERFECT_INFINITIVE_NOUNS


#: "By X, ... had <participle>" / "... was": a clause that says what was done by X, in the
#: past (the pluperfect's auxiliary, or the past of "be"), before the clause ends; the
#: participle regular, of an ending below, or irregular ("By March, fewer than half had done
#: so", "By 2019 most had gone", "had left", "had sold": the list above).
_PAST_AFTER_BY = re.compile(
    r"[^.;!?]{0,60}?\b(?:had\s{1,3}(?:\w{2,12}ly\s{1,3})?(?:been|[a-z]{2,20}(?:ed|en|wn|un|ght"
    r"|ung|ept|elt|ost|ade|aid|ood)|" + alternation(_IRREGULAR_PARTICIPLES) + r")|was|were"
    # "by Friday it wouldn't turn on", "by Thursday we couldnt get hot water": the past of
    # "will not", "cannot" (s35-informal2, blind text 923; the clause is past already)
    r"|(?:would|could)(?:n['’]?t|\s{1,3}not)"
    # "had" of having, before its object: "By June, it had ten stores" (s27-intervals)
    r"|had\s{1,3}(?:\d{1,9}|(?:no|a|an|the|more|fewer|less|over|about|nearly|almost|some|only|its"
    r"|their|his|her|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty"
    r"|thirty|forty|fifty|hundreds|thousands|dozens)\b))\b",
    re.IGNORECASE,
)
#: "... had <participle> [up to four words, no "to"] by": a past perfect that says what was
#: done by the date after "by" ("Output had doubled by that March", "The rebels had taken the
#: airport by"; not "had pledged to publish the plan by", a deadline promised, nor "has").
_PERFECT_BEFORE_BY = re.compile(
    r"\b(?:had\s{1,3}(?:\w{2,12}ly\s{1,3})?(?:been\s{1,3})?"
    # a simple past passive, done by the date too (s28-longform: "in 2025 every hotel bed was
    # taken by the end of April", "the tickets were sold by March"), but not a participle that
    # puts its date ahead ("A decision was expected by April", "was scheduled by": the words of
    # tense_prospective_predicates.tsv and tense_schedule_participles.tsv)
    r"|(?:was|were)\s{1,3}(?!(?:"
    + alternation(
        sorted(
            {r[0] for r in rows("tense_prospective_predicates")}
            | {r[0] for r in rows("tense_schedule_participles")}
        )
    )
    + r")\b))"
    r"(?:[a-z]{2,20}(?:ed|en|wn|un|ght|ung|ept"
    r"|elt|ost|ade|aid|ood)|" + alternation(_IRREGULAR_PARTICIPLES) + r")"
    r"(?:\s{1,3}(?!to\b)[^\s.;!?,]{1,20}){0,4}\s{1,3}by$",
    re.IGNORECASE,
)
#: s38-intervals: "was"/"were", a state of ``tense_reached_states.tsv`` and up to four words (no
#: "to") before "by": "The refinery was back at full capacity by late March", "Most staff were
#: home by late May": reached by the date, in the past.
_STATE_BEFORE_BY = re.compile(
    r"\b(?:was|were)\s{1,3}(?:\w{2,12}ly\s{1,3})?(?:"
    + alternation(sorted(words("tense_reached_states")))
    + r")(?:\s{1,3}(?!to\b)[^\s.;!?,]{1,20}){0,4}\s{1,3}by$",
    re.IGNORECASE,
)
#: Session 42 (blind text 1236): "was"/"were", a word of a plan that may not have happened
#: (``unrealised_plan_words.tsv``: "meant", "supposed", "due", "scheduled") and "to" with up to
#: eight words before "by": "We were meant to finish by the end of August", "The work was due to
#: be done by May": a plan told in the past, its deadline the nearest such date, not one ahead.
_PLAN_BEFORE_BY = re.compile(
    r"\b(?:was|were)\s{1,3}(?:\w{2,12}ly\s{1,3})?(?:"
    + alternation(sorted(words("unrealised_plan_words")))
    + r")\s{1,3}to(?:\s{1,3}[^\s.;!?,]{1,20}){1,8}\s{1,3}by(?:\s{1,3})?$",
    re.IGNORECASE,
)


def plan_before_by(text: str, pos: int) -> bool:
    """True if an unrealised plan told in the past ends in "by" right before ``pos`` ("We were
    meant to finish by the end of August": :data:`_PLAN_BEFORE_BY`): its deadline is the nearest
    such date, as the plan's own date is, not a bound still to come."""
    return _PLAN_BEFORE_BY.search(text, max(0, pos - 100), pos) is not None


#: A present perfect: "has raged", "have been fighting", "has not eased", "'ve waited",
#: "have held". The auxiliary forms and the participle endings are the grammar of the
#: pattern; the irregular participles are the lists above, and the adverbs that may stand
#: between them are ``perfect_adverbs.tsv`` and any word in "-ly" ("has barely moved", "have
#: slowly cleared": s29-intervals).
_PERFECT = re.compile(
    r"\b(?:has|have|hasn['’]t|haven['’]t)\s{1,3}"
    r"(?:(?:" + alternation(words("perfect_adverbs")) + r"|[a-z]{2,14}ly)\s{1,3}){0,2}"
    r"(?:been|had|[a-z]{2,20}(?:ed|en|wn|un|unk|ght|ung|ept|elt|ost|ade|aid|ood)"
    r"|" + alternation(_IRREGULAR_PARTICIPLES) + r")\b"
    r"|(?<=\w)['’]ve\s{1,3}(?:been|[a-z]{2,20}ed)\b"
    # "The road's been shut", "It's been raining": "'s been" is only "has been" (s29-intervals)
    r"|(?<=\w)['’]s\s{1,3}been\b",
    re.IGNORECASE,
)


_SENTENCE_END = re.compile(r"[.!?;]\s")


def present_perfect(text: str, pos: int, reach: int = 80) -> bool:
    """True if the words before ``pos`` in its sentence (at most ``reach`` characters back)
    hold a present perfect: "Fighting has raged for three weeks" lasts up to the publication."""
    start = max(0, pos - reach)
    for end in _SENTENCE_END.finditer(text, start, pos):
        start = end.end()
    found = list(_PERFECT.finditer(text, start, pos))
    if not found:
        return False
    last = found[-1]
    # "The fund, which has grown since 2021, could cover a shortfall for 18 months": a modal
    # after the perfect heads the verb the duration goes with, which looks ahead
    between = _WORD_AT.findall(text, last.end(), pos)
    return not any(w.lower() in _MAIN_MODALS for w in between)


#: The end of a clause after a date: a comma closes "Since October," only when a subject and
#: its verb follow, so the sentence's end (or a semicolon) bounds the search.
_CLAUSE_END = re.compile(r"[.!?;]\s|[.!?;]$")


def perfect_around(text: str, start: int, end: int) -> bool:
    """True if the clause of a date at ``[start, end)`` is in the present perfect, before it
    ("The road has been closed since March") or after it ("Since March, volunteers have
    cleared the site"): a "since" bound of it reaches the publication."""
    if present_perfect(text, start):
        return True
    limit = min(len(text), end + 80)
    stop = _CLAUSE_END.search(text, end, limit)
    return _PERFECT.search(text, end, stop.start() if stop else limit) is not None


#: A present perfect passive of a state ("have been cancelled", "has been closed"), not of an
#: activity ("have been working"): what it says holds on past the publication.
_PERFECT_PASSIVE = re.compile(
    r"\b(?:has|have)\s{1,3}(?:" + alternation(words("perfect_adverbs")) + r"\s{1,3}){0,2}"
    r"been\s{1,3}(?![a-z]+ing\b)[a-z]{2,20}(?:ed|en|wn|ut)\b[^,;:.]{0,60}$",
    re.IGNORECASE,
)


def perfect_passive(text: str, pos: int) -> bool:
    """True if the clause before ``pos`` is a present perfect passive ("Ferries have been
    cancelled through the weekend"): a state that lasts on, so "through" looks ahead."""
    return _PERFECT_PASSIVE.search(text, max(0, pos - 80), pos) is not None


#: "until"/"till"/"to"/"for" are the grammar of the construction (a delay verb and its new date),
#: not a word list; the verbs are ``tense_delay_verbs.tsv``.
#: A word of ``signal_qualifiers.tsv`` may stand before the date ("extended until at least
#: 2027").
def _verb_then_signal(
    verbs: str, between: int, signals: str, *, word: str = r"[\w'’.-]", tail: str = ""
) -> re.Pattern[str]:
    """A verb of lexicon ``verbs``, up to ``between`` words (of ``word`` characters), then one
    of ``signals`` (an alternation) and ``tail`` right before a date: the look-back searches
    of :func:`delayed_to` and :func:`lasted_until`."""
    return re.compile(
        r"\b"
        + alternation(words(verbs))
        + rf"(?:\s{{1,3}}{word}{{1,20}}){{0,{between}}}?\s{{1,3}}(?:{signals})\s{{1,3}}{tail}$",
        re.IGNORECASE,
    )


#: Up to three words between, the object or the day of the delay ("postponed the vote until
#: March", "adjourned on Thursday until October 14").
_DELAYED = _verb_then_signal(
    "tense_delay_verbs",
    3,
    "until|till|til|to|for",
    # s30-wire: "adjourned sentencing until after the summer", "pushed back to after Easter",
    # "adjourned until a date in the autumn", "postponed to a later date in May"
    tail=r"(?:(?:" + alternation(words("signal_qualifiers")) + r"|after"
    r"|a(?:\s{1,3}[a-z]{3,12})?\s{1,3}date\s{1,3}in)\s{1,3})?",
)


#: "<event noun> for" right before a date (``scheduled_nouns.tsv``): the day an event is set for.
_SCHEDULED_FOR = re.compile(
    r"\b" + alternation(words("scheduled_nouns")) + r"\s{1,3}for\s{1,3}$", re.IGNORECASE
)
#: A past perfect before the event noun in its clause ("had been scheduled for Tuesday").
_PLUPERFECT = re.compile(r"\bhad\b(?![^,;:.]{0,60}\bhad\b)[^,;:.]{0,60}$", re.IGNORECASE)


#: s30-wire: a listing participle, "for", an event noun (after "a" and one word at most), maybe
#: "starting"/"beginning", and "on" right before a date: "listed for trial on 5 October",
#: "scheduled for a hearing on 5 October" (``tense_listing_participles.tsv``).
_LISTED_FOR_ON = re.compile(
    r"\b(?:" + alternation(sorted(words("tense_listing_participles"))) + r")\s{1,3}for\s{1,3}"
    r"(?:an?\s{1,3}(?:[\w-]{1,20}\s{1,3})?)?(?:"
    + alternation(sorted(words("scheduled_nouns")))
    + r")(?:\s{1,3}(?:starting|beginning))?\s{1,3}on\s{1,3}$",
    re.IGNORECASE,
)
#: How far (characters) before a date :data:`_LISTED_FOR_ON` looks.
_LISTED_REACH = 90


def scheduled_for(text: str, pos: int, end: int) -> bool:
    """True if a date at ``pos:end`` is the day an event is set for ("The union called a 24-hour
    strike for Thursday", "issued a storm warning for Saturday night", "announced elections
    for May 4"), or that an arranging verb (``tense_arranging_verbs.tsv``) and its object set
    ("set sentencing for May 27", "fixed the replay for Friday"): a past verb tells when the
    event was called, not when it happens, so the date lies ahead, as the present of schedules
    does (TimeML 1.2.1 anchors such a date to the document time, and a call for a day that is
    over would be no news). A past perfect keeps
    the past ("The vote had been scheduled for Tuesday but was postponed"), and so does a
    possessive ("for Thursday's vote": the most recent, see the weekday rules)."""
    before = text[max(0, pos - 8) : pos].rstrip()[-3:].lower()
    if before[-2:] == "on" and before[:1] in " \n":
        # s30-wire: "The case has been listed for trial on 5 October"
        lo = max(0, pos - _LISTED_REACH)
        if text.find(" for ", lo, pos) < 0:
            return False  # most dates after "on": no "for" before, no search
        cue = _LISTED_FOR_ON.search(text, lo, pos)
        if cue is None or text.startswith(("'s", "’s"), end):
            return False
        return _PLUPERFECT.search(text, max(0, cue.start() - 80), cue.start()) is None
    if before[-2:] == "of" and before[:1] in " \n":
        # s30-wire: "fixed a provisional trial date of 5 October": the date the verb sets
        lo = max(0, pos - _ARRANGED_REACH)
        window = text[lo:pos].lower()
        if not any(map(window.__contains__, _ARRANGING)):
            return False
        cue = _ARRANGED_OF.search(text, lo, pos)
        if cue is None or text.startswith(("'s", "’s"), end):
            return False
        return _PLUPERFECT.search(text, max(0, cue.start() - 80), cue.start()) is None
    if before != "for":
        return False  # no "for" right before (most dates): no need to search for the noun
    if _OCCURRED_AT.match(text, end) is not None:
        return False  # s33-wire: "The vote scheduled for Wednesday took place": it happened
    cue = _SCHEDULED_FOR.search(text, max(0, pos - 30), pos)
    if cue is None:
        # s29-wire: an arranging verb and its object ("The judge set sentencing for May 27 and
        # allowed him to remain free", "fixed the replay for Friday"; was the last May 27),
        # sought only when one of the verbs is in the window (a test in C)
        lo = max(0, pos - _ARRANGED_REACH)
        window = text[lo:pos].lower()
        if any(map(window.__contains__, _ARRANGING)):
            cue = _ARRANGED.search(text, lo, pos)
    if cue is None or text.startswith(("'s", "’s"), end):
        return False
    return not _past_perfect_before(text, cue.start())


#: A report right before "had": the past perfect of reported speech, a backshifted present
#: perfect ("Ryanair said it had already cancelled 220 flights for Thursday": the flights
#: arranged for a day still to come; session 36, blind text 1004). Not data: grammar, with the
#: reporting verbs of ``reporting_verbs.tsv``.
_REPORTED_HAD = re.compile(
    r"\b(?:" + alternation(words("reporting_verbs")) + r")\s{1,3}(?:that\s{1,3})?"
    r"[\w'’-]{1,20}\s{1,3}had\b",
    re.IGNORECASE,
)


def _past_perfect_before(text: str, at: int) -> bool:
    """Whether a past perfect governs the arranging verb at ``at`` (not one of reported
    speech, which stands for a present perfect)."""
    m = _PLUPERFECT.search(text, max(0, at - 80), at)
    if m is None:
        return False
    return _REPORTED_HAD.search(text, max(0, m.start() - 60), at) is None


#: s32-wire: a participle of ``tense_schedule_participles.tsv`` after a noun (maybe "in": "pencilled
#: in"), "for" and, when the date closes a range, its start ("for between 8 a.m. and", "for from
#: Monday to") right before a date: "Truck appointments booked for Friday", "Talks pencilled in
#: for Monday".
_ARRANGED_NOUN_FOR = re.compile(
    r"\b[a-z][\w'’-]{1,20}\s{1,3}(?:"
    + alternation(sorted(words("tense_schedule_participles")))
    + r")(?:\s{1,3}in)?\s{1,3}for\s{1,3}(?:(?:between|from)\s{1,3}[^,;:]{1,30}?\s{1,3}"
    r"(?:and|to|until|till)\s{1,3})?$",
    re.IGNORECASE,
)
#: A verb of ``tense_call_off_verbs.tsv`` in the passive right after such a date, maybe past a
#: comma ("have been cancelled", ", has been postponed", "was called off").
_CALLED_OFF_AFTER = re.compile(
    r",?\s{1,3}(?:has|have|had|was|were|is|are)\s{1,3}(?:been\s{1,3})?(?:\w{2,12}ly\s{1,3})?(?:"
    + alternation(sorted(words("tense_call_off_verbs")))
    + r")\b",
    re.IGNORECASE,
)
#: s38 (blind text 1074): a modal right after such a date is the main verb of the noun's
#: clause ("Tickets dated for the weekend can be used on the buses", "Passengers booked for
#: Saturday will get a refund"): what is said of the arrangement is still to come.
_MODAL_AFTER = re.compile(
    r",?\s{1,3}(?:will|can|could|may|must|should|shall|would|need\s{1,3}to)\b", re.IGNORECASE
)
#: How far (characters) before a date :data:`_ARRANGED_NOUN_FOR` looks.
_ARRANGED_NOUN_REACH = 90
#: The first letters of the words :data:`_CALLED_OFF_AFTER` and :data:`_MODAL_AFTER` open with
#: after their comma and white space (:func:`~.lexicon.word_after_space`).
_AUX_FIRSTS = first_letters(
    ("has", "have", "had", "was", "were", "is", "are")
    + ("will", "can", "could", "may", "must", "should", "shall", "would", "need")
)


def called_off_for(text: str, pos: int, end: int) -> bool:
    """True if a date at ``pos:end`` is the day of an arrangement named by a noun and a
    participle that is called off ("Truck appointments booked for Friday have been cancelled",
    "A rally planned for Tuesday was called off"): it is dropped before its day comes, so the
    day lies ahead, as after "scheduled for"; and so is one whose clause goes on with a modal
    ("Tickets dated for the weekend can be used", "Passengers booked for Saturday will get a
    refund"; s38). A past perfect before it keeps the past ("had been booked for Tuesday")."""
    # the first letter after a comma and white space, tested in C before the two patterns
    # (case-insensitive alternations that cost a regex call a date: most fail there)
    if not word_after_space(text, end + 1 if text.startswith(",", end) else end, _AUX_FIRSTS):
        return False
    if _CALLED_OFF_AFTER.match(text, end) is None and _MODAL_AFTER.match(text, end) is None:
        return False  # most dates: no verb of calling off or modal right after, no look back
    lo = max(0, pos - _ARRANGED_NOUN_REACH)
    cue = _ARRANGED_NOUN_FOR.search(text, lo, pos)
    return (
        cue is not None and _PLUPERFECT.search(text, max(0, cue.start() - 80), cue.start()) is None
    )


def past_form(word: str) -> bool:
    """True if lower-case ``word`` is a past form: an irregular one or a past adverb of
    ``tense_past.tsv`` ("met", "came"), or a regular -ed word (``_ALPHA_ED``)."""
    return word in _PAST_IRREGULAR or _ALPHA_ED.fullmatch(word) is not None


def in_past_perfect(text: str, pos: int) -> bool:
    """True if the clause before ``pos`` is in the past perfect ("Dock workers had last struck
    in the spring of 2023"): a flashback from the text's own past."""
    lo = max(0, pos - 80)
    # "had" (in any case: no character outside ASCII folds to its letters) found in C first
    return "had" in text[lo:pos].lower() and _PLUPERFECT.search(text, lo, pos) is not None


#: A past perfect right after a date in its clause ("In May 1428 she had asked ..."): "had"
#: and a word that is no determiner or pronoun ("had a large army" has its own object).
_PLUPERFECT_AFTER = re.compile(
    r"[^,;:.()]{0,40}?\bhad\s{1,3}(?!(?:"
    + alternation(words("modifier_determiners"))
    + r"|no|some|few|little|many|much|two|three|every|each|to)\b)[a-z]",
    re.IGNORECASE,
)


#: A past perfect of a sentence's main clause before a date, however far ("General Ridgway had
#: taken over the Eighth Army after its commander died in a road accident on 23 December"):
#: "had" and a word that is no determiner or pronoun, not in a relative clause ("the army,
#: which had lost half its men, crossed ..."), with no comma, semicolon or colon before the
#: date ("had abdicated the year before, but he escaped in February" is no flashback).
_MAIN_PLUPERFECT = re.compile(
    r"(?<!\bwho )(?<!\bwhich )(?<!\bthat )\bhad\s{1,3}(?!(?:"
    + alternation(words("modifier_determiners"))
    + r"|no|some|few|little|many|much|two|three|every|each|to)\b)[a-z][^;:,]*$",
    re.IGNORECASE,
)


def sentence_in_past_perfect(text: str, sentence_start: int, start: int) -> bool:
    """True if a date at ``start`` is told in the past perfect of its sentence's main clause,
    before it: a flashback from a narrative's story time, which cannot lie after it (a month
    far after the story's is the year before's); not a relative clause's ("Temperatures that
    had hovered around freezing fell ... in early December")."""
    return _MAIN_PLUPERFECT.search(text, sentence_start, start) is not None


def told_in_past_perfect(text: str, start: int, end: int) -> bool:
    """True if the clause of a date at ``[start, end)`` is in the past perfect, before the date
    ("had first heard her voices in 1425") or after it ("In May 1428 she had asked the
    captain"): in a narrative, a flashback from the story's time."""
    return in_past_perfect(text, start) or _PLUPERFECT_AFTER.match(text, end) is not None


#: A past verb of lasting, at most four words, then "until", "till" or "through" ("through
#: to") right before a date (``tense_lasting_verbs.tsv``): "The talks lasted until Thursday",
#: "kept rates on hold until September", "The strike lasted through to Thursday".
_LASTED = _verb_then_signal(
    "tense_lasting_verbs",
    4,
    r"until|till|til|(?:through|thru)(?:\s{1,3}to)?",
    word=r"[\w'’-]",
)
_LASTED_ENDS = last_words(["until", "till", "til", "through", "thru", "through to"])


def lasted_until(text: str, pos: int) -> bool:
    """True if a date at ``pos`` ends a past state that a verb of lasting tells ("The talks
    lasted until Thursday", "The bank kept rates on hold until September"): the past date, so
    "until" does not look ahead as it does after "extended" or "closed the road"."""
    lo = max(0, pos - 90)
    return may_end_with(text, lo, pos, _LASTED_ENDS) and _LASTED.search(text, lo, pos) is not None


#: "gave the government until": a verb that grants time up to a deadline, up to three words
#: between (``tense_deadline_verbs.tsv``), only before "until"/"till".
_DEADLINE = _verb_then_signal("tense_deadline_verbs", 3, "until|till|til")
#: The last words of :data:`_DELAYED`'s phrases (:func:`~.lexicon.may_end_with`).
_DELAYED_ENDS = last_words(
    ["until", "till", "til", "to", "for", "after", "date in", *words("signal_qualifiers")]
)


#: s32-wire: a verb of ``tense_directive_verbs.tsv`` with the one told, or in the passive
#: ("were told"), maybe "not", "to" and a verb, then "until", "till" or "before" right before a
#: date: "Drivers were told not to come back before Tuesday", "Police told residents to stay
#: indoors until Saturday". The task is still to be done when it is laid on them, so its bound
#: lies ahead; so does its start after "from" (session 35: "told residents to stay off the
#: roads from Saturday evening"), and its deadline after "by" (s38-wire: "ordered the
#: department to hand over its emails on the merger review by 5 p.m. Eastern on Friday", up to
#: 90 characters of the task, was 60: the last Friday). Not "on": "A judge ordered the company
#: to pay $5 million on Tuesday" is the wire's day of the order.
_DIRECTED_UNTIL = re.compile(
    r"\b(?:"
    + alternation(sorted(words("tense_directive_verbs")))
    + r")(?:\s{1,3}[\w'’-]+){0,3}?\s{1,3}to\s{1,3}(?!(?:the|a|an)\b)[a-z]{2,}\b[^,;:.!?]{0,90}?"
    r"\b(?:until|till|til|before|by|from)\s{1,3}(?:"
    + alternation(words("signal_qualifiers"))
    + r"\s{1,3})?$",
    re.IGNORECASE,
)
#: The last words of :data:`_DIRECTED_UNTIL`'s phrases (:func:`~.lexicon.may_end_with`).
_DIRECTED_ENDS = last_words(
    ["until", "till", "til", "before", "by", "from", *words("signal_qualifiers")]
)


def directed_until(text: str, pos: int) -> int:
    """Where the clause of a task laid on someone starts when a date at ``pos`` bounds the task
    ("were told not to come back before Tuesday", "ordered residents to stay indoors until
    Saturday"): the bound lies ahead of the telling, even in a past clause; -1 if there is no
    such task. The clause starts after the last coordination before the directive verb (",
    and", ", but", ";"), so a date before that belongs to another clause."""
    lo = max(0, pos - 120)
    if not may_end_with(text, lo, pos, _DIRECTED_ENDS):
        return -1
    m = _DIRECTED_UNTIL.search(text, lo, pos)
    if m is None:
        return -1
    start = max(0, m.start() - 200)
    for joint in _COORDINATION.finditer(text, start, m.start()):
        start = joint.end()
    return start


#: s37-wire: a report, a past verb of need (``tense_need_verbs.tsv``) with what is needed, then
#: "before", "by" or "until" right before a date: "Zelenskiy said late Tuesday that Ukraine
#: needed ten more systems before January". Reported speech backshifts the need, which was
#: still open when told, so its bound lies ahead; without the report, or in the past perfect
#: ("said they had needed help before January"), the past stands.
_NEEDED_BY = re.compile(
    r"\b(?:"
    + alternation(words("reporting_verbs"))
    + r")\b[^.;:!?\n]{0,60}?(?<!\bhad\s)\b(?:"
    + alternation(words("tense_need_verbs"))
    + r")\s(?:[^,;:.!?\n]{0,70}?\s)?(?:before|by|until|till)\s{1,3}(?:"
    + alternation(words("signal_qualifiers"))
    + r"\s{1,3})?$",
    re.IGNORECASE,
)
#: The last words of :data:`_NEEDED_BY`'s phrases (:func:`~.lexicon.may_end_with`).
_NEEDED_ENDS = last_words(["before", "by", "until", "till", *words("signal_qualifiers")])


def needed_by(text: str, pos: int) -> bool:
    """True if a date at ``pos`` bounds a need told in a report ("said that Ukraine needed ten
    more systems before January"): the bound lies ahead of the report, even in a past clause."""
    lo = max(0, pos - 160)
    return (
        may_end_with(text, lo, pos, _NEEDED_ENDS) and _NEEDED_BY.search(text, lo, pos) is not None
    )


#: A coordination of two clauses (", and", ", but", ", while", ";"): a clause starts after it.
_COORDINATION = re.compile(r",\s{1,3}(?:and|but|while)\b|;")


#: s38-wire: a verb that grants time (``tense_deadline_verbs.tsv``), up to three words, then
#: "through" right before a date: "The judge gave the parties through Friday to settle".
_DEADLINE_THROUGH = _verb_then_signal("tense_deadline_verbs", 3, "through|thru")
_THROUGH_ENDS = last_words(["through", "thru"])
#: "to" and a verb right after such a date: what the time is granted for ("... through Friday
#: to settle"); without it "gave evidence through Friday" is a past activity that lasted.
_TO_VERB_AFTER = re.compile(r"\s{1,3}to\s{1,3}(?!(?:the|a|an)\b)[a-z]{2,}\b", re.IGNORECASE)


def deadline_through(text: str, pos: int, end: int) -> bool:
    """True if a date at ``pos``-``end`` is a deadline granted "through" it ("gave the parties
    through Friday to settle", "were given through Jan. 8 to respond"): it lies ahead even in a
    past clause, as "gave the government until Friday to respond" does (:func:`delayed_to`)."""
    lo = max(0, pos - 100)
    return (
        may_end_with(text, lo, pos, _THROUGH_ENDS)
        and _DEADLINE_THROUGH.search(text, lo, pos) is not None
        and _TO_VERB_AFTER.match(text, end) is not None
    )


def delayed_to(text: str, pos: int) -> bool:
    """True if a date at ``pos`` is where something was moved to ("postponed until Tuesday
    morning", "adjourned to Monday", "extended until at least 2027", "has been rescheduled for
    Monday") or a deadline granted ("gave the government until Friday to respond"): it lies
    ahead even in a past clause."""
    lo = max(0, pos - 100)
    return may_end_with(text, lo, pos, _DELAYED_ENDS) and (
        _DELAYED.search(text, lo, pos) is not None or _DEADLINE.search(text, lo, pos) is not None
    )
