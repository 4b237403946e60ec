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
  yesterday for killing a civilian on February 28";
- a phrase set off by commas between a subject and its verb that modifies the subject: "The
  ban, in place since 2019, was lifted on Tuesday", "The company, founded in 1998, said on
  Monday ...".

:func:`governor` tells the tagger when "since" or "until" governs an expression a few words
after it through the event it names ("since the explosion in January").

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
from .tense import present_perfect

#: How far back (characters) the clause of an expression is looked for.
_WINDOW = 160
#: A clause boundary: punctuation that ends a parenthetical or a clause, or a sentence end.
_BOUNDARY = r"[,;:()\u2013\u2014\"“”]|\s-{1,2}\s|[.!?]\s"
#: The last boundary of a stretch, found in one match (greedy prefix).
_LAST_BOUNDARY = re.compile(r".*(" + _BOUNDARY + ")", re.DOTALL)
_TOKEN = re.compile(r"[A-Za-z’']+")
#: A signal's object that is itself a date (a number, a month, a weekday): "since 2019 on
#: Wednesday" governs 2019, never the Wednesday after it.
_TIME_OBJECT = re.compile(
    r"\s{0,3}(?:\d|(?:" + alternation(sorted(words("months") | words("weekdays"))) + r")\b)"
)
_RELATIVE = words("relative_pronouns")
_CONJUNCTIONS = words("subordinating_conjunctions")
_SUPERLATIVES = words("superlatives")
_SUPERLATIVE_DETERMINERS = words("modifier_determiners")
_NOT_GERUNDS = words("not_gerunds")
#: Past participles that are no past form ("taken"): see :func:`_reduced_relative`.
_REDUCED_PARTICIPLES = words("reduced_participles")
#: Determiners of the noun a reduced relative clause follows ("a snapshot taken on Sunday").
_NOUN_DETERMINERS = words("modifier_determiners") - {"next", "last", "that"}
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
#: Past participles that are present forms too, which ``tense_past.tsv`` leaves out ("set").
_PARTICIPLES = frozenset(r[0] for r in _KINDS if r[1] == "participle")
#: Words that join a second verb phrase to the main clause ("since 2018 and will serve").
_COORDINATORS = frozenset(r[0] for r in _KINDS if r[1] == "coordinator")
#: Words that open an absolute phrase ("With most polls reporting early Tuesday, ...").
_ABSOLUTES = frozenset(r[0] for r in _KINDS if r[1] == "absolute")
#: Personal pronouns whose next word is their clause's finite verb ("if it rains").
_SUBJECT_PRONOUNS = frozenset(r[0] for r in _KINDS if r[1] == "subject_pronoun")
#: Conjunctions that are no prepositions: a determiner, a noun and a word in "-s" after one are
#: a subject and its verb ("if the truce holds").
_CLAUSE_ONLY = frozenset(r[0] for r in _KINDS if r[1] == "clause_conjunction")
#: Pronouns that may stand between a verb and a participle ("got it done on Monday").
_OBJECT_PRONOUNS = frozenset(r[0] for r in _KINDS if r[1] == "object_pronoun")
#: Determiners that open such a subject.
_SUBJECT_DETERMINERS = words("tense_determiners")
#: How many words the subject of an absolute phrase may have before its participle ("with
#: almost all polls reporting").
_ABSOLUTE_SUBJECT = 5

#: A date that modifies an event noun: "the March 3 attack" (determiner before, noun after).
_EVENT_NOUN_AFTER = re.compile(
    r"[\s-]{1,2}(?:" + alternation(sorted(words("event_nouns"))) + r")\b", re.IGNORECASE
)
#: An event noun after a determiner and "of" right before a date, or before the earlier dates of
#: a list that ends with it: "after the incidents of February 7 and May 22", "the attacks of
#: Sept. 11": the date is the noun's, as in "after the March 3 attack".
_EVENT_NOUN_OF = re.compile(
    r"\b(?:" + alternation(sorted(words("modifier_determiners"))) + r")\s{1,3}"
    r"(?:" + alternation(sorted(words("event_nouns"))) + r")\s{1,3}of\s{1,3}"
    r"(?:[A-Za-z]{3,9}\.?\s{1,3}\d{1,2}(?:,\s{1,3}(?:and\s{1,3}|or\s{1,3})?|\s{1,3}(?:and|or)\s{1,3})){0,3}$",
    re.IGNORECASE,
)
_PREPOSITION_THE = re.compile(
    r"\b(?:" + alternation(sorted(words("locating_prepositions") | {"following", "on"})) + r")"
    r"\s{1,3}(?:" + alternation(sorted(words("modifier_determiners"))) + r")\s{1,3}$",
    re.IGNORECASE,
)


#: A determiner right before a date ("the 2024 floods"): with an event noun after the date,
#: the date is the noun's.
_DETERMINER_RIGHT_BEFORE = re.compile(
    r"\b(?:" + alternation(sorted(words("modifier_determiners"))) + r")\s{1,3}$", re.IGNORECASE
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


def _absolute(tokens: list[str]) -> bool:
    """True if ``tokens`` (after "with") are a short subject and its participle and nothing
    finite: "most polls reporting", "90 percent of ballots counted"."""
    for i, token in enumerate(tokens[: _ABSOLUTE_SUBJECT + 1]):
        if i and (_gerund(token) or (_verb(token) and token.endswith("ed"))):
            return _verb_groups(tokens[i + 1 :]) == 0
        if token in _VERBS:
            return False
    return False


def _reduced_relative(tokens: list[str]) -> bool:
    """True if ``tokens`` end with a noun phrase and a past participle that is no past form
    after it (and "on", "at" or "in"): a reduced relative clause, whose date is the noun's own
    event ("Engineers loaded a snapshot taken on Sunday", "the photographs shown in March").
    A participle that is also a past form ("recorded", "closed") does not count: the noun may
    be the subject of a clause of its own ("Polls in most of the country closed at 9:30 p.m.",
    "officials said the plant closed on Friday")."""
    end = len(tokens)
    if end and tokens[end - 1] in ("on", "at", "in"):
        end -= 1
    if end < 3 or tokens[end - 1] not in _REDUCED_PARTICIPLES:
        return False
    noun = tokens[end - 2]
    if _verb(noun) or noun in _RELATIVE or noun in _OBJECT_PRONOUNS:
        return False  # "was taken on", "that had it done on", "got it done on"
    # a determiner one or two words before the participle ("a snapshot", "the old city"),
    # nothing finite between; or a bare noun after a preposition or a verb ("with supplies
    # given on Saturday", "loaded snapshots taken on Sunday")
    for d in (end - 3, end - 4):
        if d >= 0 and tokens[d] in _NOUN_DETERMINERS:
            return not any(_verb(t) or t in _RELATIVE for t in tokens[d + 1 : end - 1])
    before = tokens[end - 3]
    return before in _PREPOSITIONS or (_verb(before) and before not in _AUXILIARIES)


def _hyphen_joined(clause: str) -> list[bool]:
    """For each token of ``clause``, whether it continues a hyphenated word ("ground-station"):
    one word of a subject (read only where a conjunction asks, :func:`_subject_reach`)."""
    found = list(_TOKEN.finditer(clause))
    if "-" not in clause:
        return [False] * len(found)
    return [
        k > 0 and t.start() == found[k - 1].end() + 1 and clause[t.start() - 1] == "-"
        for k, t in enumerate(found)
    ]


def _subject_reach(joined: list[bool], first: int) -> int:
    """How many tokens from ``first`` the words of a short subject and its verb take
    (:data:`_SUBJECT` + 1 words), a hyphenated word counting once: "after a ground-station
    fault forced a delay on Sunday" has its verb within reach as "after a fault forced" has."""
    count = taken = 0
    for k in range(first, len(joined)):
        if not joined[k]:
            count += 1
            if count > _SUBJECT + 1:
                break
        taken += 1
    return taken


#: How many more words a subject with a phrase after its noun may have ("after a fault in a
#: ground computer forced").
_SUBJECT_PHRASE = 3
#: Month and weekday names (lower case), which make a long "subject" a date's phrase.
_DATE_TOKENS = frozenset(w.rstrip(".").lower() for w in words("weekdays") | words("months"))


def _verb_after_phrase(rest: list[str], reach: int) -> int | None:
    """The index of the verb of a subject whose noun a prepositional phrase follows ("after
    a fault in a ground computer forced controllers to scrub the launch on Sunday night":
    s30-wire, blind text 602), up to :data:`_SUBJECT_PHRASE` words past ``reach``; None when
    the words hold no preposition after the subject's first word, or a month or a weekday
    ("since the middle of March waited" is the preposition's date, no clause)."""
    for j, t in enumerate(rest[: reach + _SUBJECT_PHRASE]):
        if _verb(t):
            words_before = rest[:j]
            if j < reach or _DATE_TOKENS.intersection(words_before):
                return None
            if any(w in _PREPOSITIONS for w in words_before[1:]):
                return j
            return None
    return None


def _unlisted_verb(conjunction: str, rest: list[str]) -> int | None:
    """The index in ``rest`` (the words after ``conjunction``) of a finite verb that
    :func:`_verb` does not know, told by its subject: the word after a personal pronoun ("if it
    rains", "when they arrive"), or, after a conjunction that is no preposition, a word in "-s"
    after a determiner and a noun ("if the truce holds", "unless the weather improves"); None
    for anything else."""
    if len(rest) > 1 and rest[0] in _SUBJECT_PRONOUNS:
        verb = rest[1]
        if verb.isalpha() and verb not in _PREPOSITIONS and verb not in _DATE_TOKENS:
            return 1
        return None
    if (
        conjunction in _CLAUSE_ONLY
        and len(rest) > 2
        and rest[0] in _SUBJECT_DETERMINERS
        and rest[1].isalpha()
        and rest[2].isalpha()
        and rest[2].endswith("s")
        and not rest[2].endswith("ss")
    ):
        return 2
    if (
        conjunction in _CLAUSE_ONLY
        and len(rest) > 1
        and rest[0].isalpha()
        and rest[0] not in _SUBJECT_DETERMINERS
        and (not rest[0].endswith("s") or rest[0].endswith("ss"))
        and rest[1].isalpha()
        and rest[1].endswith("s")
        and not rest[1].endswith("ss")
    ):
        # s33-intervals: a subject with no determiner, a name or a mass noun, then its verb in
        # "-s": "Unless parliament acts by June 30", "if Congress agrees", "when school starts"
        return 1
    return None


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
    if _EVENT_NOUN_AFTER.match(text, end) and (
        _PREPOSITION_THE.search(text, max(0, start - 30), start)
        or _DETERMINER_RIGHT_BEFORE.search(text, max(0, start - 12), start)
    ):
        # "after the March 3 attack"; a subject or object too: "The May 2025 ceasefire
        # collapsed on Sunday", "said on Monday that the 2024 floods had cost $3 billion"
        return True
    if " of " in text[max(0, start - 45) : start] and _EVENT_NOUN_OF.search(
        text, max(0, start - 60), start
    ):
        return True  # "after the incidents of February 7 and May 22"
    clause, inner = _clause_before(text, start)
    tokens = [t.lower() for t in _TOKEN.findall(clause)]
    if role(signal) in ("since", "before"):
        # "the largest package since ...": "the" (or "its", "their": modifier_determiners.tsv)
        # + a superlative before the signal ("posted its first profit since 2019 on Wednesday")
        for i, token in enumerate(tokens[:-1]):
            if token in _SUPERLATIVE_DETERMINERS and tokens[i + 1] in _SUPERLATIVES:
                return True
    if inner and tokens and _gerund(tokens[0]):
        return True  # "..., bringing to 2,439 the number who surrendered since Monday"
    if inner and tokens and _appositive(text, start, end, clause, tokens, signal):
        return True  # "The ban, in place since 2019, was lifted on Tuesday"
    if _reduced_relative(tokens):
        return True  # "it loaded a snapshot taken on Sunday", "from a backup made on Sunday"
    if tokens and tokens[0] in _ABSOLUTES and _absolute(tokens[1:]):
        return True  # "With almost all polls reporting early Tuesday, the Liberals had ..."
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
            reach = _subject_reach(_hyphen_joined(clause), i + 1)
            first = next((j for j, t in enumerate(rest[:reach]) if _verb(t)), None)
            if first is None:
                first = _verb_after_phrase(rest, reach)
            if first is not None and not (first > 0 and rest[first - 1] in _COORDINATORS):
                return _verb_groups(rest) == 1  # "since the invasion began on": a clause
            unlisted = _unlisted_verb(token, rest)
            if unlisted is not None:
                # s32-intervals: "If it rains on Saturday, the final will be played on Sunday",
                # "if the truce holds on Saturday": a verb no lexicon lists after its subject
                # (was the main clause's, a second date of the sentence)
                return _verb_groups(rest[unlisted + 1 :]) == 0
            # "since 2018 and will serve until 2026": a verb right after "and" is the main
            # clause's second one, so "since" was a preposition (but "since Kim and Lee resigned
            # on Monday" is a clause with two subjects)
            # no verb after a short subject: a preposition ("shelled every day since late
            # February", "since the middle of March waited"); look further back
    return False


#: How far back (characters) "since" or "until" may stand before an expression it governs
#: from a distance ("since the resignation of its chief last June").
_GOVERNOR_REACH = 64
#: At most this many words between the signal and the expression it governs from a distance.
_GOVERNOR_WORDS = 8
#: The signals that govern from a distance (``distant_signals.tsv``), as a word before its phrase.
_GOVERNOR = re.compile(
    r"(?<![\w’'-])(?P<word>" + alternation(sorted(words("distant_signals"))) + r")\s{1,3}"
)
#: The same words in lower case after a space and capitalised, one literal search in place
#: before anything is copied (no "till" of "still"; a hint only lets the pattern be tried).
_GOVERNOR_HINT = re.compile(
    "|".join(
        re.escape(form)
        for w in sorted(words("distant_signals"))
        for form in (f" {w}", w.capitalize())
    )
)
#: What every form of :data:`_GOVERNOR_HINT` holds: its word without the first letter ("ince"
#: of " since" and "Since"), sought with ``str.find`` in place before the hint's search (most
#: expressions have none of them within reach; the search tries its alternation at every
#: space and capital, several times the cost). A gate only: where none is found the hint
#: cannot match, where one is the hint decides as before.
_GOVERNOR_TAILS = tuple(sorted({w[1:] for w in words("distant_signals")}))
#: A clause boundary inside the phrase of such a signal (an emoji too: "texting me since the
#: final whistle 😂 see u mon").
_PHRASE_BOUNDARY = re.compile(r"[,;:()\u2013\u2014\"“”.!?\u2600-\u27bf\U0001f000-\U0001faff]")
#: Words before "since" that make it an adverb ("long since"): ``since_adverbs.tsv``.
_SINCE_ADVERBS = words("since_adverbs")
#: Past forms of "be" that make a passive with the participle after them ("was elected").
_PAST_BE = frozenset(r[0] for r in _KINDS if r[1] == "past_be")
_PAST_FORMS = words("tense_past") - {"ago", "earlier", "yesterday", "last"}


#: The roles of the signals that make a phrase between commas a modifier of the noun before it
#: ("The ban, in place since 2019, ..."); a bare "on Tuesday" there may date the main event
#: ("The talks, on Tuesday, ended without a deal").
_APPOSITIVE_ROLES = frozenset({"since", "until", "through", "range", "close", "before", "after"})
#: How far (characters) the end of such a phrase is looked for after the expression.
_APPOSITIVE_REACH = 60


def _appositive(
    text: str, start: int, end: int, clause: str, tokens: list[str], signal: str | None
) -> bool:
    """True if the expression at ``[start, end)`` sits in a phrase set off by commas, dashes
    or parentheses between a subject and its verb, a modifier of the subject: "The ban, in
    place since 2019, was lifted on Tuesday", "The company, founded in 1998, said on Monday
    ...", "The mayor (elected in 2021) resigned on Tuesday". ``clause`` (its ``tokens``, lower
    case) is the text from the opening mark to the expression. The phrase opens with a
    participle ("founded", "built in 1920 and closed since March") or holds a signal that
    bounds a state ("since", "until") and has no verb of its own; the subject before the
    opening mark has none either, and a verb follows the closing one."""
    opening = start - len(clause) - 1
    if opening < 0 or text[opening] not in _CLOSERS:
        return False
    closer = _CLOSERS[text[opening]]
    while len(tokens) > 1 and tokens[0].endswith("ly"):
        tokens = tokens[1:]  # "The vote, originally set for Sunday, ...": the participle after
    if (
        tokens[0] in _PAST_FORMS
        or tokens[0] in _PARTICIPLES
        or (tokens[0].endswith("ed") and _verb(tokens[0]))
    ):
        own = _finite  # "built in 1920 and closed since": participles all, no finite verb
        if any(map(own, tokens[1:])):
            return False
    elif role(signal) not in _APPOSITIVE_ROLES or _verb_groups(tokens):
        return False
    else:
        own = _verb
    subject, _ = _clause_before(text, opening)
    if any(_verb(t.lower()) for t in _TOKEN.findall(subject)):
        return False  # "Officials met on Monday, in Paris since ...": no subject before
    close = _CLOSING.match(text, end, min(len(text), end + _APPOSITIVE_REACH))
    if close is None or close.group("mark") != closer:
        return False
    if any(own(t.lower()) for t in _TOKEN.findall(close.group("rest"))):
        return False
    following = [t.lower() for t in _TOKEN.findall(close.group("next"))]
    while following and following[0].endswith("ly"):
        following.pop(0)  # "..., quietly reopened"
    return bool(following) and (_verb(following[0]) or _present_s(following[0]))


def _present_s(word: str) -> bool:
    """A present verb in "-s" after the closing mark of a phrase that modifies the subject:
    "The agreement, signed in 2015, expires at the end of the year", "The museum, built in
    1890, reopens on Saturday" (not "-ss", nor "this", "thus"; not data: the ending is grammar,
    and a plural noun does not follow a subject and its modifier)."""
    return (
        len(word) > 3
        and word.isalpha()
        and word.endswith("s")
        and not word.endswith(("ss", "us", "is"))
    )


def _finite(word: str) -> bool:
    """A verb that is no past participle: a present, an auxiliary, a modal ("is", "will")."""
    return _verb(word) and not (word in _PAST_FORMS or word.endswith("ed"))


#: The marks that open a phrase set off from its sentence, and the mark that closes each.
_CLOSERS = {",": ",", "(": ")", "\u2013": "\u2013", "\u2014": "\u2014"}
#: The rest of a phrase up to its closing mark, the mark, and the words after it.
_CLOSING = re.compile(
    r"(?P<rest>[^,;:()\u2013\u2014\"“”.!?]*)(?P<mark>[,)\u2013\u2014])"
    r"\s{0,3}(?P<next>[A-Za-z’' ]{1,40})"
)


def governor(text: str, start: int) -> str | None:
    """The signal word ("since", "until", "till") that governs the expression at ``start``
    from a few words before it, through the event it names, or None.

    "since" governs a noun phrase ("since the explosion in January", "since the resignation
    of its chief last June"), a clause in the past ("Since the war began in February 2022",
    "since he was elected in 2019") or a gerund ("Since taking office in 2021"): the event
    then runs from the expression to the publication, as with "since January". Not a causal
    "since" ("Since the store closes at 9 p.m. on Sundays", "since it is due in May": a
    present, a modal, a perfect; "was" + a state unless a present perfect comes first: "has
    lived there since he was a child in the 1990s"), nor "long since". "until" governs a noun
    phrase, a gerund or a clause in any tense ("will stay closed until the repairs in May",
    "until the talks resume on Monday"). Neither across a clause boundary or a second verb
    ("since the storm and will reopen in May")."""
    lead = max(0, start - _GOVERNOR_REACH)
    for tail in _GOVERNOR_TAILS:
        if text.find(tail, lead, start) >= 0:
            break
    else:
        return None  # no word's tail within reach: no hint, nothing to look at
    if _GOVERNOR_HINT.search(text, lead, start) is None:
        return None  # most expressions: no word to look at
    window = text[lead:start].lower()
    matches = list(_GOVERNOR.finditer(window))
    if not matches:
        return None
    found = matches[-1]  # the nearest: "since the war began and since the flood in May"
    phrase = window[found.end() :]
    if _PHRASE_BOUNDARY.search(phrase):
        return None
    word = found.group("word")
    since = word == "since"
    before = _TOKEN.findall(window[: found.start()])
    if since and before and before[-1] in _SINCE_ADVERBS:
        return None  # "long since"
    if _TIME_OBJECT.match(phrase):
        return None  # "its first profit since 2019 on Wednesday": "since" has its own date
    tokens = _TOKEN.findall(phrase)
    if not tokens or len(tokens) > _GOVERNOR_WORDS:
        return None  # "since January" is the signal itself (signals.signal_before)
    if _gerund(tokens[0]):
        return word if _verb_groups(tokens[1:]) == 0 else None  # "since taking office in"
    verbs = [i for i, t in enumerate(tokens) if _verb(t)]
    if not verbs:
        return word  # a noun phrase: "since the explosion in"
    first = verbs[0]
    if first > _SUBJECT or _verb_groups(tokens) != 1:
        return None
    if not since:
        return word  # "until the talks resume on Monday"
    verb = tokens[first]
    if verb in _PAST_BE:
        following = tokens[first + 1] if first + 1 < len(tokens) else ""
        past = following in _PAST_FORMS or (following.endswith("ed") and _verb(following))
        # "has lived in Paris since he was a child in the 1990s": a state, but after a present
        # perfect the time it has lasted since (not "Since he was away on Friday, ...": a cause)
        past = past or present_perfect(text, lead + found.start())
    else:
        past = verb in _PAST_FORMS or (verb.endswith("ed") and verb not in _VERBS)
    return word if past else None
