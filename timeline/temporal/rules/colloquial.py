"""Colloquial forms of tweets and chat: only for documents of type ``colloquial`` (see
:mod:`timeline.temporal.narrative`), where capitals, periods and colons are optional and bare
time words are expressions of their own.

- weekdays in lower case or abbreviated without a period ("friday", "this sat", "thurs
  night"); a short abbreviation needs a context that shows a day is meant ("this sat", "on
  wed", "sat 7pm", "fri night"), so "sat on the bench" and "the sun" stay untagged;
- a day before its clock time ("this Sat, 7pm", "Sun 1:00pm", "wed 9am") binds to it;
- clock times without a colon ("430pm", "at 1015"); counts glued to a short unit ("2wks");
- bare time words (``colloquial_units.tsv``): "a fun day" (P1D), "days" (PXD), "good
  morning" (the morning of the publication day, TIME ``TMO``), "the night", "this long weekend",
  "my future" (FUTURE_REF).

The tweets of the SynTime corpus annotate every such word (TimeBank news almost none), which is
why these rules are limited to colloquial text.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..dateorder import month_day
from ..lexicon import alt, alternation, kinds, lookup, rows, straight, table, words
from ..rule import DOCUMENT, Found, Rule
from ..tense import imperative_start
from ..units import duration_value, is_unit
from ..values import (
    CalendarDate,
    CalendarRelative,
    ClockTime,
    DayOffset,
    DayOfMonth,
    Fixed,
    HolidayRef,
    Offset,
    PartOfDay,
    SeasonRef,
    Spec,
    WeekdayDayOfMonth,
    WeekdayRef,
    WeekendRef,
)
from .absolute import SPEAKER_LABEL, holiday_words, names_object
from .common import (
    DASH_WEEKDAY,
    MONTH,
    MORNING_CUE,
    OUT_OF_BEFORE,
    POD,
    SP,
    T_DIGIT,
    T_MONTH,
    TIME_QUESTION,
    UNIT,
    WEEKDAY,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAY_ANY,
    ZONE_WORDS,
    coming_verb,
    group,
    month_number,
    moved_to,
    next_word,
    prev_word,
    sentence_period,
    weekday_classifies_one,
)
from .relative import chat_weekly, final_before
from .times import _ZONE, _zone

_COLLOQUIAL = ("colloquial",)
_FULL = alt("weekdays")
_SHORT = alt("colloquial_weekdays")
#: A day in chat: a deictic day ("tmrw"), a weekday, a short weekday ("thurs").
_RANGE_DAY_WORDS = rf"(?:{alt('deictic_days')}|{WEEKDAY_ANY}|{_SHORT})"
_WD = rf"(?P<wd>{_FULL}|{_SHORT})"
_WD_ANY = rf"(?:{_FULL}|{_SHORT})"
#: Chat spellings of a part of day ("fri morn", "this arvo"): ``colloquial_parts_of_day.tsv``.
_CPOD = alt("colloquial_parts_of_day")


#: The parts of the day in the plural ("nights", "arvos"): after a weekday, a set.
_PLURAL_PODS = frozenset(
    w for w in table("parts_of_day") if w.endswith("s") and w[:-1] in table("parts_of_day")
)


def _pod_code(word: str) -> str:
    key = word.lower()
    table_ = table("parts_of_day")
    return table_[key] if key in table_ else lookup("colloquial_parts_of_day", key)


#: The trigger of the weekday rules: a word beginning with a short weekday ("sat", "thurs",
#: and so every full name: "saturday").
_WEEKDAY_PREFIX = alt("colloquial_weekdays")
_REL = rf"(?:(?P<rel>{alt('colloquial_weekday_relatives')})\s{{1,3}})?"
#: "bank hol monday": the kind of day, in the expression (``weekday_qualifiers.tsv``).
_QUAL = rf"(?:(?P<qual>{alt('weekday_qualifiers')})\s{{1,3}})?"
#: "every mon": the weekday rule's set lead (``colloquial_set_leads.tsv``).
_SET = rf"(?:(?P<set>{alt('colloquial_set_leads')})\s{{1,3}})?"
#: "on a sunday": TimeML puts the determiner in the expression (the "a" of the grammar, not a
#: word list).
_A = r"(?:a\s{1,3})?"
#: A short weekday that is also a word ("sat", "sun", "wed"): a day only in context.
_AMBIGUOUS_WEEKDAYS = words("colloquial_weekdays_ambiguous")
#: Those that are also past verbs ("sat", "wed") and the words that make them one ("sat down").
_VERB_WEEKDAYS = frozenset(
    r[0].lower() for r in rows("colloquial_weekdays_ambiguous") if r[1:] == ("verb",)
)
_VERB_PARTICLE = re.compile(rf"\s{{1,3}}{alt('colloquial_verb_particles')}\b", re.IGNORECASE)
#: The weekdays of a list after "every" ("every mon, wed, thur", "each sat and sun"): the text
#: before a later weekday of the list.
_IN_SET_LIST = re.compile(
    rf"\b{alt('colloquial_set_leads')}\s{{1,3}}{_WD_ANY}(?:\s{{0,2}}[,/&]\s{{0,3}}{_WD_ANY})*"
    rf"\s{{0,2}}(?:[,/&]|\band\b)\s{{0,3}}$",
    re.IGNORECASE,
)
#: The words before a short weekday that show a day is meant ("on sat", "every mon", "since
#: mon", "cya sat"), or a comma, "&" or "/" after another day ("fri, sat", "sat & sun").
_DAY_CONTEXT = re.compile(
    rf"(?:\b{alt('colloquial_day_contexts')}\s{{1,3}}|[,&/+]\s{{0,2}})$",
    re.IGNORECASE,
)
#: ... or a clock time with its minutes or its am/pm right before it: "on at 8.30 sat",
#: "doors 7pm sat" (not a bare hour: "left at 9 sat in traffic").
_CLOCK_BEFORE = re.compile(r"\b\d{1,2}(?:[.:][0-5]\d|\s?[ap]\.?m\.?)\s{1,3}$", re.IGNORECASE)
#: ... or a word of the weather before one that is not "sun" ("forecast for sat is grim"; "the
#: forecast for sun" is the weather): ``colloquial_weather_day_contexts.tsv``.
_WEATHER_DAY_CONTEXT = re.compile(
    rf"\b{alt('colloquial_weather_day_contexts')}\s{{1,3}}$", re.IGNORECASE
)
#: ... or an outing or a meal chat plans right before a weekday asked about ("a proper dinner
#: sat?", "drinks sun?": ``colloquial_plan_nouns.tsv``; s33-chat2, blind text 820).
_PLAN_NOUN_BEFORE = re.compile(rf"\b{alt('colloquial_plan_nouns')}\s{{1,3}}$", re.IGNORECASE)
_QUESTION_AFTER = re.compile(r"\s{0,2}\?")
#: ... or after it, a copula and what the day is ("mon is a bank hol here", "sun's my
#: birthday": ``colloquial_weekday_day_nouns.tsv``; s33-chat2, blind text 820).
_DAY_NOUN_AFTER = re.compile(
    r"(?:[ \t]{1,3}(?:is|was|will[ \t]{1,3}be)|['’]s)[ \t]{1,3}"
    r"(?:(?:a|my|our|his|her|their|your|ur)[ \t]{1,3})?"
    rf"(?:{alt('colloquial_weekday_day_nouns')})(?![\w'’])",
    re.IGNORECASE,
)
#: ... or after it: a clock time ("sat 7pm"), a part of day, a date, another day ("Sat-Sun",
#: "sat & sun", "sat or sun": the grammar of a pair of days, not a word list).
_DAY_AFTER = re.compile(
    rf"\.?,?\s{{0,3}}(?:\d|{POD}\b|{_CPOD}\b|@|(?:[-–&/+]|\b(?:{alt('colloquial_range_words')}|and|or|n)\b)"
    rf"\s{{0,2}}(?:{alt('colloquial_weekdays')}|{alt('weekdays')})\b)",
    re.IGNORECASE,
)
#: ... or it opens its line or sentence (maybe after a chat label, "Jo: ") as the subject of
#: a verdict on the day ("mon was the worst", "wed was fine tho":
#: ``colloquial_weekday_subject_verbs.tsv``; s39-informal, blind text 1114), or another short
#: weekday follows it with no mark between ("gym mon wed fri before work").
_SUBJECT_VERB_AFTER = re.compile(
    rf"[ \t]{{1,3}}(?:{alt('colloquial_weekday_subject_verbs')})(?![\w'’])", re.IGNORECASE
)
_OPENS_SENTENCE = re.compile(
    r"(?:^|[.!?][ \t]{1,3}|^[ \t]*[A-Z][\w.]{0,20}(?: [A-Z][\w.]{0,20})?:[ \t]{1,3})$",
    re.MULTILINE,
)
_DAY_LIST_AFTER = re.compile(
    rf"[ \t]{{1,2}}(?:{alt('colloquial_weekdays')}|{alt('weekdays')})(?![\w'’])", re.IGNORECASE
)
#: ... or a word that chooses the day ("sun works", "ok sun it is":
#: ``colloquial_weekday_followers.tsv``; not after a noun lead: "the sun works wonders").
_CHOSEN = re.compile(rf"\s{{1,3}}{alt('colloquial_weekday_followers')}\b", re.IGNORECASE)
#: Someone's home after the weekday ("sat at mine, 2pm", "fri at yours?":
#: ``colloquial_home_pronouns.tsv``), before a mark or the line's end.
_AT_HOME = re.compile(
    rf"[ \t]{{1,3}}at[ \t]{{1,3}}{alt('colloquial_home_pronouns')}(?=[ \t]*(?:[,.!?;)]|$))",
    re.IGNORECASE | re.MULTILINE,
)
#: The end of a line or clause after a weekday ("call me mon", "talk sun!", "lets do sun
#: instead", "sun?"): a mark, the end, an emoji, or a word that closes a chat line ("cant do sun
#: sorry", s34-informal).
_LINE_END = re.compile(
    r"\s{0,3}(?:[!?.,;:)]|$|[^\x00-\u024f]|(?:then|instead|pls|plz|please|tho|ok|lol|haha|x+|sorry|soz|sry|anyway)\b)",
    re.IGNORECASE,
)
#: "do" right before a short weekday ("cant do sat at that time", "her hen do sat is back on")
#: and a word after it that goes on with the clause (``colloquial_do_day_followers.tsv``): the
#: day of a plan or a party, not a noun's ("do sat navs", "do sun cream").
_DO_BEFORE = re.compile(r"\bdo\s{1,3}$", re.IGNORECASE)
_DO_FOLLOWER = re.compile(
    rf"\s{{1,3}}(?:{alt('colloquial_do_day_followers')})(?![\w'’])", re.IGNORECASE
)
#: "call me mon", "text us sun": an object pronoun before a weekday that ends its line.
_OBJECT_BEFORE = re.compile(rf"\b{alt('colloquial_weekday_objects')}\s{{1,3}}$", re.IGNORECASE)
#: The noun a short chat word also is after these words ("the sun", "the nearest atm").
_NOUN_LEADS = words("colloquial_noun_leads")
#: The noun leads of "rn", "atm": not the words of the sun alone ("its sooo hot rn").
_VAGUE_NOUN_LEADS = frozenset(
    r[0].lower() for r in rows("colloquial_noun_leads") if r[1:] != ("sun",)
)
#: How far back a chat line's opening is looked for, and what ends the line before it.
_LINE_REACH = 80
_LINE_MARKS = (". ", "! ", "? ", "\n")

#: ... or, capitalised, "at" and an hour ("Thu at 8 GMT"; not "we sat at 8 tables").
_AT_CLOCK = re.compile(r"\.?,?\s{1,3}(?:at|@)\s{1,3}\d", re.IGNORECASE)


def _weekday(word: str) -> int:
    key = word.lower().rstrip(".")
    full = table("weekdays")
    return int(full.get(key) or full.get(key + ".") or lookup("colloquial_weekdays", key))


#: A weekday and a range word before a weekday ("sat-", "mon to ", "tues thru "): the second
#: day of a range, which follows the first.
_RANGE_BEFORE = re.compile(
    rf"\b{_WD_ANY}\.?\s{{0,2}}(?:[-–]|\b{alt('colloquial_range_words')}\b)\s{{0,3}}$",
    re.IGNORECASE,
)


def _range_end(m: re.Match[str]) -> bool:
    return _RANGE_BEFORE.search(m.string, max(0, m.start() - 24), m.start()) is not None


#: A weekday, then "then" and up to two words before a weekday in the same sentence: the next
#: step of a plan or a story told in order ("thurs at 9:30, then econ fri aft, then law mon
#: morning", "out fri then slept all sat"), which follows the day named before it.
_SEQUENCE_BEFORE = re.compile(
    rf"\b{_WD_ANY}\b[^.!?\n]{{0,40}}\bthen\s{{1,3}}(?:[\w'’]{{1,12}}\s{{1,3}}){{0,2}}$",
    re.IGNORECASE,
)


def _sequence_end(m: re.Match[str]) -> bool:
    return _SEQUENCE_BEFORE.search(m.string, max(0, m.start() - 80), m.start()) is not None


#: s40-weekdays: a weekday, then a comma or "and" and up to three words before a later weekday
#: of the same week in the same sentence: the second day of a list told in order ("in
#: manchester sat and london sun", "dry sat, rain all day sun"), which follows the first.
_LIST_BEFORE = re.compile(
    rf"\b(?P<first>{_WD_ANY})\b[^.!?\n]{{0,30}}(?:,|\band\b)[ \t]{{1,3}}"
    r"(?:[\w'’]{1,12}[ \t]{1,3}){0,3}$",
    re.IGNORECASE,
)


def _list_end(m: re.Match[str]) -> bool:
    first = _LIST_BEFORE.search(m.string, max(0, m.start() - 60), m.start())
    return first is not None and _weekday(first.group("first")) < _weekday(m.group("wd"))


def _day(m: re.Match[str]) -> WeekdayRef:
    """The weekday of the match with its relative word; "this sat" in a tweet is the coming
    one (or today); the second day of a range ("sat-sun", "mon to fri") the one after the
    first."""
    if not group(m, "rel") and (_range_end(m) or _sequence_end(m) or _list_end(m)):
        return WeekdayRef(_weekday(m.group("wd")), 1, anchored=True)
    rel = " ".join((group(m, "rel") or "").lower().split())
    if coming_verb(m):
        # "are you coming thurs?": the verb, a trip arranged: the coming day
        return WeekdayRef(_weekday(m.group("wd")), 0, ahead=True)
    n = int(lookup("colloquial_weekday_relatives", rel)) if rel else 0
    if not rel and moved_to(m):
        n = 1  # "can we push to thurs?": the next Thursday, not the reference's own day
    # "mum's driving up sat", "coming over thurs?": a trip arranged, the coming day (unless
    # the clause is past: "was driving up sat when")
    ahead = rel == "this" or (
        not rel
        and (
            _motion_before(m)
            # "anyone free sat?", "sun works for me": a day being chosen for a plan
            or _available_before(m)
            # "drinks sun?": a plan proposed for the day
            or _plan_asked(m)
            # "cant do sat at that time": a plan's day (s36-informal, blind text 976)
            or _do_day(m)
            or (
                _CHOSEN.match(m.string, m.end()) is not None
                and prev_word(m).lower() not in _NOUN_LEADS
            )
            # "sat at mine, 2pm": a plan's day at someone's home
            or (
                _AT_HOME.match(m.string, m.end()) is not None
                and prev_word(m).lower() not in _NOUN_LEADS
            )
        )
    )
    return WeekdayRef(
        _weekday(m.group("wd")),
        n,
        ahead=ahead,
        told=rel in ("that", "the"),
        this=rel == "this",
        anchored=rel in ("the previous", "the following"),
    )


def _do_day(m: re.Match[str]) -> bool:
    """True if "do" comes right before the weekday and its clause ends or goes on after it
    ("cant do sat at that time", "her hen do sat is back on": :data:`_DO_BEFORE`,
    :data:`_DO_FOLLOWER`): the day of a plan or a party, the coming one."""
    s = m.string
    return _DO_BEFORE.search(s, max(0, m.start() - 8), m.start()) is not None and (
        _LINE_END.match(s, m.end()) is not None or _DO_FOLLOWER.match(s, m.end()) is not None
    )


def _plan_asked(m: re.Match[str]) -> bool:
    """True if an outing or a meal comes right before the weekday and a question mark right
    after its name ("can we do a proper dinner sat?", "drinks sun?"): a plan proposed for the
    coming day (:data:`_PLAN_NOUN_BEFORE`); not "brunch sun morning?", whose part of the day
    makes it a day already and leaves it to the days the chat is at."""
    s = m.string
    return (
        _QUESTION_AFTER.match(s, m.end("wd")) is not None
        and _PLAN_NOUN_BEFORE.search(s, max(0, m.start() - 16), m.start()) is not None
    )


def _available_before(m: re.Match[str]) -> bool:
    """True if a person and a word of being free or busy come right before the weekday
    ("anyone free sat?", "are u free sun"; see :data:`_AVAILABLE_BEFORE`)."""
    return _AVAILABLE_BEFORE.search(m.string, max(0, m.start() - 32), m.start()) is not None


def _motion_before(m: re.Match[str]) -> bool:
    """True if a progressive verb of coming and going and its particle come right before the
    weekday ("driving up sat", "coming over sun?"), not before "sat nav"."""
    s = m.string
    return (
        _MOTION_BEFORE.search(s, max(0, m.start() - 24), m.start()) is not None
        and _MOTION_BLOCKED.match(s, m.end()) is None
    )


#: s38-informal3: a verb that plans right before a short weekday, or "the", "my", "our" and
#: one (``colloquial_plan_weekday_verbs.tsv``: "we leave sun", "booked my mon off"): the day
#: planned (the engine reads it ahead, ``engine._PLAN_WEEKDAY``).
_PLANNED_BEFORE = re.compile(
    rf"\b(?:{alt('colloquial_plan_weekday_verbs')})[ \t]{{1,3}}(?:(?:the|my|our)[ \t]{{1,3}})?$",
    re.IGNORECASE,
)


def _planned_before(m: re.Match[str]) -> bool:
    """True if a verb that plans comes right before the short weekday ("they leave sun and",
    "booked my mon off"), not before a capitalised name ("booked Sun Records")."""
    s = m.string
    return (
        _PLANNED_BEFORE.search(s, max(0, m.start() - 20), m.start()) is not None
        and not next_word(m)[:1].isupper()
    )


#: s38-informal3: a noun phrase after a preposition or a verb that takes an object
#: (``colloquial_clause_end_day_leads.tsv``, kind "lead") right before a short weekday ("to the
#: tip sat", "got a half day sat"), and a particle of kind "particle" before "mon" ("back mon").
_CLAUSE_END_LEAD = re.compile(
    r"\b(?:"
    + alternation(r[0] for r in rows("colloquial_clause_end_day_leads") if r[1] == "lead")
    + r")[ \t]{1,3}(?:the|a|an|my|our|your|his|her|their)[ \t]{1,3}(?:[a-z]{1,12}[ \t]{1,3})?"
    r"(?!(?:and|or|then|but|so)\b)[a-z]{2,12}[ \t]{1,3}$",
    re.IGNORECASE,
)
_CLAUSE_END_PARTICLE = frozenset(
    r[0] for r in rows("colloquial_clause_end_day_leads") if r[1] == "particle"
)
#: What closes the clause after such a weekday: a mark, the line's end, a closing word of
#: :data:`_LINE_END`, or "whenever".
_CLAUSE_END_AFTER = re.compile(r"[ \t]{1,3}whenever\b", re.IGNORECASE)


def _clause_end_day(m: re.Match[str]) -> bool:
    """ "to the tip sat,", "got a half day sat.", "back mon whenever": chat's "sat" or "mon"
    ending a clause after a lead's noun phrase, or "mon" after a particle of going."""
    return clause_end_day(m.string, m.start("wd"), m.end())


def clause_end_day(s: str, start: int, end: int) -> bool:
    """Whether the short weekday at ``start:end`` ends a clause after a lead's noun phrase
    (:func:`_clause_end_day`); the engine reads it ahead (s38-informal3)."""
    word = s[start:end].lower().rstrip(".")
    if word not in ("sat", "mon"):
        return False
    if _LINE_END.match(s, end) is None and _CLAUSE_END_AFTER.match(s, end) is None:
        return False
    before = s[max(0, start - 50) : start]
    if (
        word == "mon"
        and before.rstrip().rsplit(None, 1)[-1:]
        and (before.rstrip().rsplit(None, 1)[-1].lower() in _CLAUSE_END_PARTICLE)
    ):
        return True
    return _CLAUSE_END_LEAD.search(before) is not None


#: A weekday that labels a line of a schedule: it opens the line, a colon after it ("tues:
#: mythic prog").
_LABEL_LINE = re.compile(rf"[ \t]*{_WD_ANY}\.?[ \t]{{0,2}}:", re.IGNORECASE)


def _schedule_label(m: re.Match[str]) -> bool:
    """ "mon: no raid\ntues: mythic prog": a short weekday that labels its line of a schedule,
    the line above or below labelled by a weekday too (session 32, blind text 733); not "sat:
    ..." alone."""
    s, start = m.string, m.start()
    if start and s[start - 1] != "\n":
        return False
    if _LABEL_LINE.match(s, start) is None:
        return False
    above = s.rfind("\n", 0, max(0, start - 1)) + 1
    below = s.find("\n", m.end())
    return (start > 0 and _LABEL_LINE.match(s, above) is not None) or (
        below >= 0 and _LABEL_LINE.match(s, below + 1) is not None
    )


#: Nouns after a short "sun" or "sat" that make it a compound ("sun cream", "sat nav"):
#: ``colloquial_weekday_compounds.tsv``.
_WEEKDAY_COMPOUNDS = words("colloquial_weekday_compounds")


def _is_day(m: re.Match[str]) -> bool:
    """A full weekday name is a day; a short one needs context around it."""
    word = m.group("wd").lower().rstrip(".")  # "where we sat.": the word, not its period
    if word not in WEEKDAY_ABBREVIATIONS and word in table("weekdays"):
        return True
    if word not in _AMBIGUOUS_WEEKDAYS:
        return True  # "see u thurs", "tues": no other word is spelt so (but "where we sat.")
    if next_word(m).lower() in _WEEKDAY_COMPOUNDS:
        return False  # "thru sun cream", "this sat nav": a compound noun, no day
    if word == "sun" and _sun_noun(m):
        return False  # "rain and sun", "to sun myself": the noun or the verb (s40-weekdays)
    if (
        group(m, "rel")
        or group(m, "pod")
        or group(m, "dom")
        or group(m, "set")
        or group(m, "qual")
        or _range_end(m)
        or _schedule_label(m)
    ):
        return True
    if _motion_before(m) or _available_before(m) or _planned_before(m):
        # "mum's driving up sat with food", "coming over sat?": the trip's day; "anyone free
        # sat?": the day asked about
        return True
    if _verb_use(m):
        return False  # "at 5pm, sat down", "we sat there": the verb
    return _day_context(m, word) or _default_day(m, word)


def _day_context(m: re.Match[str], word: str) -> bool:
    """A context around a short weekday that shows a day is meant ("on sat", "sat 7pm", "call
    me mon", "cant do sat at that time"); some of them also set the week (:func:`_day`)."""
    s = m.string
    return (
        _DAY_CONTEXT.search(s, max(0, m.start() - 16), m.start()) is not None
        # "now on at 8.30 sat", "doors 7pm sat": a clock time right before (session 32)
        or (
            _CLOCK_BEFORE.search(s, max(0, m.start() - 16), m.start()) is not None
            and not next_word(m)[:1].isupper()  # "at 9am Sun Microsystems called": a name
        )
        or (
            word != "sun"
            and _WEATHER_DAY_CONTEXT.search(s, max(0, m.start() - 16), m.start()) is not None
        )
        or _DAY_AFTER.match(s, m.end()) is not None
        or _subject_day(m, word)
        or (m.group("wd")[0].isupper() and _AT_CLOCK.match(s, m.end()) is not None)
        or (_LINE_END.match(s, m.end()) is not None and _says_when(m))
        # "a proper dinner sat?": a plan proposed for the day ("the dinner sat." is the verb)
        or _plan_asked(m)
        or _clause_end_day(m)
        or _adverb_day(m)
        or (
            _DAY_NOUN_AFTER.match(s, m.end()) is not None
            and prev_word(m).lower() not in _NOUN_LEADS
        )
        or (_CHOSEN.match(s, m.end()) is not None and prev_word(m).lower() not in _NOUN_LEADS)
        or (_AT_HOME.match(s, m.end()) is not None and prev_word(m).lower() not in _NOUN_LEADS)
        or _capitalised_day(m)
        # "cant do sat at that time", "her hen do sat is back on": "do" before the day and its
        # clause going on (s36-informal)
        or _do_day(m)
        # "schools might close mon", "we'll open sun": a modal and its verb right before
        or _MODAL_VERB_BEFORE.search(s, max(0, m.start() - 32), m.start()) is not None
        # "heard nothing, chased mon, and they replied tues": a past verb in "-ed" right
        # before and the clause closing after (not "sun": "enjoyed sun, sea and sand";
        # session 36, blind text 981)
        or (
            word != "sun"
            and (ed := _ED_VERB_BEFORE.search(s, max(0, m.start() - 20), m.start())) is not None
            # not a verb of arranging, whose day is the one arranged for ("booked sat,")
            and ed.group(1).lower() not in _ARRANGING_VERBS
            and _CLAUSE_CLOSE.match(s, m.end()) is not None
        )
    )


#: s40-weekdays: the short weekdays that are also a past verb or a noun ("sat", "wed", "sun":
#: ``colloquial_weekdays_ambiguous.tsv``, kinds "verb" and "noun"): in chat a day unless their
#: grammar shows the other word (:func:`_default_day`).
_DEFAULT_WEEKDAYS = frozenset(
    r[0].lower() for r in rows("colloquial_weekdays_ambiguous") if r[1:] in (("verb",), ("noun",))
)
#: Words before "sat", "wed" that make them the verb: ``colloquial_weekday_verb_leads.tsv``
#: (marked ``wed``: "got wed") and the subject pronouns.
_VERB_LEADS = frozenset(r[0].lower() for r in rows("colloquial_weekday_verb_leads") if not r[1:])
_WORD_VERB_LEADS = frozenset(
    (r[1], r[0].lower()) for r in rows("colloquial_weekday_verb_leads") if r[1:]
)
#: Prepositions of ``colloquial_noun_leads.tsv`` that do not make a noun of a weekday in chat
#: ("moved to sun", "from sat", "this sat": a day or another rule's).
_NOT_NOUN_LEADS = frozenset(("to", "at", "from", "near", "this", "that"))
#: A subject before "sat", "wed": a noun phrase with its determiner or a capitalised name
#: opening the clause ("the dog sat", "and the old dog sat", "Mia sat"; not "at the in-laws
#: sun", "do the kitchen sun": a preposition or a verb before the noun phrase).
_SUBJECT_BEFORE = re.compile(
    r"(?:^|[.!?,;:(][ \t]{0,3}"
    r"|\b(?:and|then|so|but|when|while|where|as|cos|coz|bc|because)[ \t]{1,3})"
    r"(?:(?i:the|a|an|my|our|your|his|her|their)[ \t]{1,3}(?:[a-z'’-]{1,15}[ \t]{1,3}){0,1}"
    r"[a-z'’-]{2,15}|[A-Z][a-z]{1,15})[ \t]{1,3}$",
    re.MULTILINE,
)
#: Words after "sat", "wed" that make them the verb: ``colloquial_weekday_verb_followers.tsv``
#: (not "at" before a number, "in" before a part of the day), or a word in "-ing".
_VERB_AFTER = re.compile(
    rf"[ \t]{{1,3}}(?:(?!at[ \t]{{1,3}}\d|in[ \t]{{1,3}}(?:the[ \t]{{1,3}})?{POD}\b)"
    rf"{alt('colloquial_weekday_verb_followers')}\b|[a-z]{{2,12}}ing\b)",
    re.IGNORECASE,
)
#: "wed love to", "wed better": "we'd" without its apostrophe
#: (``colloquial_wed_contraction_followers.tsv``).
_WED_CONTRACTION = re.compile(
    rf"[ \t]{{1,3}}{alt('colloquial_wed_contraction_followers')}\b", re.IGNORECASE
)
_SUN_WORDS = kinds("colloquial_sun_noun_words")
#: A verb of seeing or getting right before "sun" ("nice to see sun"): kind "lead".
_SUN_LEADS = frozenset(_SUN_WORDS["lead"])
#: After "sun", maybe a copula or an auxiliary, and a word of the weather or the sky ("sun's
#: out", "sun is shining", "sun came out", "sun will rise"), or a word in "-ing" right after it
#: ("sun beating down"), or "ourselves": the noun or the verb "to sun".
_SUN_PREDICATE = re.compile(
    rf"(?:(?:['’]s|[ \t]{{1,3}}(?:{alternation(_SUN_WORDS['link'])})\b){{0,3}}[ \t]{{1,3}}"
    rf"{alternation(_SUN_WORDS['predicate'])}"
    r"|[ \t]{1,3}[a-z]{2,12}ing)\b",
    re.IGNORECASE,
)
_SUN_REFLEXIVE = re.compile(
    rf"[ \t]{{1,3}}{alternation(_SUN_WORDS['reflexive'])}\b",
    re.IGNORECASE,
)
_SUN_PAIR = alternation(_SUN_WORDS["pair"])
#: "sun, sea and sand", "sun and showers" (after it) and "rain and sun" (before it).
_SUN_PAIR_AFTER = re.compile(
    rf"[ \t]{{0,2}}(?:,|&|\+|[ \t]and\b|[ \t]n\b)[ \t]{{1,3}}{_SUN_PAIR}\b", re.IGNORECASE
)
_SUN_PAIR_BEFORE = re.compile(
    rf"\b{_SUN_PAIR}[ \t]{{0,2}}(?:,|&|\+|[ \t]and|[ \t]n)[ \t]{{1,3}}$", re.IGNORECASE
)


def _sun_noun(m: re.Match[str]) -> bool:
    """ "sun, sea and sand", "rain and sun", "go sun ourselves": "sun" listed with a noun of the
    weather or the seaside, or the verb before a reflexive pronoun
    (``colloquial_sun_noun_words.tsv``, kinds "pair" and "reflexive"), even after a word
    that would show a day ("and", "to")."""
    s, start, end = m.string, m.start("wd"), m.end("wd")
    return (
        _SUN_PAIR_AFTER.match(s, end) is not None
        or _SUN_REFLEXIVE.match(s, end) is not None
        or _SUN_PAIR_BEFORE.search(s, max(0, start - 16), start) is not None
    )


def _default_day(m: re.Match[str], word: str) -> bool:
    """s40-weekdays: chat's "sat", "wed", "sun" with no context is the day unless its grammar
    makes it the verb or the noun it also is: a subject, an auxiliary or an adverb before the
    verb ("i sat", "was sat", "we just sat", "the dog sat", "got wed") or a preposition of
    place or a word in "-ing" after it ("sat in traffic", "sat waiting"); a determiner,
    quantifier, adjective or preposition before the noun ("the sun", "some sun", "in hot sun")
    or a word of the weather after it ("sun's out", "sun and showers"); "we'd" ("wed love
    to"); a hashtag or a name ("#sun", "Sun Yanzi"), a label ("sat: 3/10")."""
    if word not in _DEFAULT_WEEKDAYS:
        return False
    s, start, end = m.string, m.start("wd"), m.end("wd")
    written = m.group("wd")
    if start and s[start - 1] in "#@'’_-/":
        return False  # "#sun", "c'mon"
    if written.isupper() and not s.isupper():
        return False  # "the SAT": an acronym
    if written[0].isupper() and _NAME_AFTER.match(s, end) is not None:
        return False  # "Sun Yanzi", "Sat Nav"
    if s[end : end + 1] == ":":
        return False  # "sat: 3 / 10": a label
    before = prev_word(m, "wd").lower()
    if before in _NOUN_LEADS and before not in _NOT_NOUN_LEADS:
        return False  # "the sun", "some sun", "my sat"
    if word == "sun":
        return before not in _SUN_LEADS and _SUN_PREDICATE.match(s, end) is None
    if before in _VERB_LEADS or before in _SUBJECT_PRONOUNS:
        return False  # "i sat", "was sat", "we just sat"
    if (word, before) in _WORD_VERB_LEADS:
        return False  # "got wed", "dog sat"
    if word == "wed" and _WED_CONTRACTION.match(s, end):
        return False  # "wed love to"
    if _VERB_AFTER.match(s, end) is not None:
        return False  # "sat in traffic", "sat waiting"
    return _SUBJECT_BEFORE.search(s, max(0, start - 40), start) is None


def _subject_day(m: re.Match[str], word: str) -> bool:
    """ "mon was the worst", "Jo: sat was chaos": a short weekday opening its line or sentence
    before a verb of ``colloquial_weekday_subject_verbs.tsv`` (not "sun": "sun was out"); or
    one before another weekday with no mark between ("gym mon wed fri"; s39-informal, blind
    text 1114: were untagged)."""
    s = m.string
    if _DAY_LIST_AFTER.match(s, m.end()) is not None:
        # not after a subject or a determiner: "we sat sun on our backs" (the verb)
        before = prev_word(m).lower()
        return before not in _SUBJECT_PRONOUNS and before not in _NOUN_LEADS
    return (
        word != "sun"
        and _SUBJECT_VERB_AFTER.match(s, m.end()) is not None
        and _OPENS_SENTENCE.search(s, max(0, m.start() - 30), m.start()) is not None
    )


#: A sentence adverb right after a short weekday ("in town sat anyway", "do sun instead"):
#: ``colloquial_weekday_adverb_followers.tsv``.
ADVERB_AFTER = re.compile(
    rf"[ \t]{{1,3}}(?:{alt('colloquial_weekday_adverb_followers')})\b", re.IGNORECASE
)
#: Subject pronouns before a short weekday that make it the verb ("i sat anyway"):
#: ``weekday_pod_verb_subjects.tsv``.
_SUBJECT_PRONOUNS = frozenset(words("weekday_pod_verb_subjects")) | {"u"}


def _adverb_day(m: re.Match[str]) -> bool:
    """ "im in town sat anyway", "lets do sun instead": a short weekday before a sentence adverb
    of ``colloquial_weekday_adverb_followers.tsv``, not after a subject pronoun ("i sat
    anyway": the verb; s37-informal, blind texts 1001, 981: were untagged)."""
    return (
        ADVERB_AFTER.match(m.string, m.end()) is not None
        and prev_word(m).lower() not in _SUBJECT_PRONOUNS
    )


#: A past verb in "-ed" right before a short weekday ("chased mon,"). Not data: the ending is
#: grammar.
_ED_VERB_BEFORE = re.compile(r"\b([a-z]{3,15}ed)[ \t]{1,3}$")
#: Verbs of arranging and booking (``arrangement_verbs.tsv``, ``booking_words.tsv``, and
#: ``tense_arranging_verbs.tsv``).
_ARRANGING_VERBS = (
    words("arrangement_verbs") | words("booking_words") | words("tense_arranging_verbs")
)
#: A clause closing after the weekday: a comma, a mark, the line's end or "and".
_CLAUSE_CLOSE = re.compile(r"[ \t]{0,2}(?:[,;!?]|\.(?!\w)|\n|$)|[ \t]{1,3}and\b")


_MOTION_PARTICLES = alternation(r[0] for r in rows("colloquial_motion_leads") if r[1] == "particle")
#: A modal of ``tense_modals.tsv`` (but "to") and the verb after it, right before a short
#: weekday: what is planned for a day ("schools might close mon", "they'll open sun"), the
#: verb maybe with a particle of coming and going of ``colloquial_motion_leads.tsv`` ("could
#: drive up sat", "will pop round wed").
#: A person or a copula and a word of being free or busy right before a weekday ("anyone free
#: sat?", "are u free sun", "im busy sat": ``colloquial_availability_words.tsv`` after the
#: words of ``presence_leads.tsv`` or a pronoun or copula): the day is meant, the coming one.
_AVAILABLE_BEFORE = re.compile(
    rf"\b(?:{alt('presence_leads')}|"
    + alternation(r[0] for r in rows("colloquial_availability_words") if r[1:] == ("lead",))
    + r")\s{1,3}"
    + alternation(r[0] for r in rows("colloquial_availability_words") if not r[1:])
    + r"\s{1,3}$",
    re.IGNORECASE,
)
_MODAL_VERB_BEFORE = re.compile(
    rf"(?:\b(?:{alternation(w for w in words('tense_modals') if w != 'to')})|['’]ll)"
    r"\s{1,3}(?:not\s{1,3})?[a-z]{2,12}"
    rf"(?:\s{{1,3}}(?:{_MOTION_PARTICLES}))?"
    r"\s{1,3}$",
    re.IGNORECASE,
)


_MOTION_LEADS = rows("colloquial_motion_leads")
#: A progressive verb of coming and going and its particle right before a short weekday: "mum's
#: driving up sat", "coming over sat?", maybe with an object between ("having ppl round sat")
#: (``colloquial_motion_leads.tsv``).
_MOTION_BEFORE = re.compile(
    rf"\b(?:{alternation(r[0] for r in _MOTION_LEADS if r[1] == 'verb')})\s{{1,3}}"
    # an object between ("having ppl round sat", "bringing the kids over sun"; s34-informal)
    r"(?:(?:the\s{1,3})?[a-z']{1,12}\s{1,3})?"
    rf"(?:{alternation(r[0] for r in _MOTION_LEADS if r[1] == 'particle')})\s{{1,3}}$",
    re.IGNORECASE,
)
#: Words after such a weekday that make it a noun ("the sat nav").
_MOTION_BLOCKED = re.compile(
    rf"\s{{1,3}}(?:{alternation(r[0] for r in _MOTION_LEADS if r[1] == 'blocker')})\b",
    re.IGNORECASE,
)


#: A capitalised word after a weekday makes both a name ("Sun Microsystems", "Sat Nav").
_NAME_AFTER = re.compile(r"\s{1,3}[A-Z]")


def _capitalised_day(m: re.Match[str]) -> bool:
    """Chat capitalises a short weekday inside a sentence only as the day ("Can't make it Mon,
    sorry", "Anyone free Sat?", "went to the beach Sat."): not at a sentence start ("Sat on
    the bus for hours"), after a noun lead ("The Sun"), before a capitalised word ("Sun
    Microsystems"), nor in a text written in capitals."""
    word, s = m.group("wd"), m.string
    if not (word[0].isupper() and word[1:].islower()):
        return False
    before = s[max(0, m.start() - 3) : m.start()].rstrip()
    if not before or before[-1] in ".!?\n\"'“(:":
        return False
    if prev_word(m).lower() in _NOUN_LEADS:
        return False
    return word.endswith(".") or _NAME_AFTER.match(s, m.end()) is None  # "Sat. Back to work"


def _verb_use(m: re.Match[str]) -> bool:
    """True if "sat" or "wed" is the past verb it also is: a word of
    ``colloquial_verb_particles.tsv`` follows ("sat down", "sat there")."""
    return (
        m.group("wd").lower() in _VERB_WEEKDAYS
        and _VERB_PARTICLE.match(m.string, m.end("wd")) is not None
    )


def _says_when(m: re.Match[str]) -> bool:
    """A short weekday that ends its line says when something happens after an object pronoun
    ("call me mon", "text us sun") or in a line that opens with an imperative ("come over
    sun", "bring snacks sun!!", "ok lets do sun instead"), unless the word before makes it a
    noun ("come enjoy the sun!")."""
    s = m.string
    if _OBJECT_BEFORE.search(s, max(0, m.start() - 8), m.start()):
        return True
    if prev_word(m).lower() in _NOUN_LEADS:
        return False
    window = max(0, m.start() - _LINE_REACH)
    opening = -1 if window else 0
    for mark in _LINE_MARKS:
        at = s.rfind(mark, window, m.start())
        if at >= 0:
            opening = max(opening, at + len(mark))
    if opening < 0:
        return False  # the line opens farther back than a chat line's length
    return imperative_start(s, opening, m.start()) is not None


#: A day of the month after a weekday ("sun 26th", "fri 1st dec", "sat 3 may"): an ordinal, or
#: a number before a month.
_DAY_OF_MONTH = (
    rf",?\s{{1,3}}(?P<dom>\d{{1,2}})(?:(?P<th>st|nd|rd|th)(?![\w'’])|(?=\s{{1,3}}(?:of\s{{1,3}})?{MONTH}))"
    rf"(?:\s{{1,3}}(?:of\s{{1,3}})?(?P<month>{MONTH})(?![\w'’]))?"
)


#: Weekday spellings that end in "s" ("weds", "thurs", "tues"): not plurals.
_SPELT_WITH_S = frozenset(
    w for w in (*table("weekdays"), *words("colloquial_weekdays")) if w[-1:] == "s"
)


#: Weekday abbreviations "the" may open in chat (``colloquial_the_weekdays.tsv``).
_THE_WEEKDAYS = words("colloquial_the_weekdays")


def build_weekday(m: re.Match[str]) -> Found | None:
    if weekday_classifies_one(m.string, m.start("wd"), m.end()):
        return None  # "tomorrow is the last thurs one": no day
    rel = group(m, "rel")
    if rel is not None and rel.lower() == "the" and m.group("wd").lower() not in _THE_WEEKDAYS:
        return None  # "the sun", "the sat nav": no day
    plural = group(m, "plural") and m.group("wd").lower() + "s" not in _SPELT_WITH_S
    if plural and not group(m, "rel"):
        # "ugh mondays", "sundays are for sleeping": every such day (a set, as news reads
        # "Mondays"); a short one plural is another word ("sats" are exams); after "this" it
        # is a possessive without its apostrophe ("this fridays game"), the day
        word = m.group("wd").lower()
        if word in WEEKDAY_ABBREVIATIONS or word not in table("weekdays"):
            return None
        return Found("SET", Fixed(f"XXXX-WXX-{_weekday(word)}"), quant="EVERY")
    if not group(m, "rel") and not group(m, "pod") and not group(m, "plural") and chat_weekly(m):
        # "mon-fri 7-4 as normal", "from 7am till 9pm mon-sat": a notice's weekly schedule
        return Found("SET", Fixed(f"XXXX-WXX-{_weekday(m.group('wd'))}"), quant="EVERY")
    if (
        m.group()[:1].lower() == "a"
        and m.group()[1:2].isspace()
        and not (group(m, "dom") or group(m, "rel") or group(m, "set"))
        and _HABIT_ON_A.search(m.string, max(0, m.start() - 60), m.start())
    ):
        # "not after 6 on a saturday its not", "we never go out on a friday": every such day
        # of a habit, not one (s41-agreed, narrative 1141: was the Saturday the chat agreed)
        return Found("SET", Fixed(f"XXXX-WXX-{_weekday(m.group('wd'))}"), quant="EVERY")
    spelt_with_s = group(m, "plural") and not plural  # "weds": a day by itself
    if not spelt_with_s and not _is_day(m):
        return None
    dom = group(m, "dom")
    if dom is not None:
        # "sun 26th" is the 26th that is a Sunday, "fri 1st dec" the 1st of December
        day = int(dom)
        if not 1 <= day <= 31 or group(m, "set") or group(m, "rel"):
            return None
        month = group(m, "month")
        if month is None:
            return Found("DATE", WeekdayDayOfMonth(_weekday(m.group("wd")), day))
        return Found("DATE", CalendarDate(None, month_number(month), day))
    base: Spec = _day(m)
    pod = group(m, "pod")
    if (
        group(m, "set")
        or (pod and pod.lower() in _PLURAL_PODS)
        or _IN_SET_LIST.search(m.string, max(0, m.start() - 60), m.start())
    ):
        # "every mon", and a part of day in the plural ("half price on tues nights", "sunday
        # mornings are for pancakes"): every such day, as news reads "Tuesday nights"
        suffix = f"T{_pod_code(pod)}" if pod else ""
        return Found("SET", Fixed(f"XXXX-WXX-{_weekday(m.group('wd'))}{suffix}"), quant="EVERY")
    if pod:
        return Found("TIME", PartOfDay(base, _pod_code(pod)))
    trim = m.start("wd") - m.start() if coming_verb(m) else 0
    if (
        (group(m, "rel") or "").lower() == "the"
        and type(base) is WeekdayRef
        and _THE_DAY_END.match(m.string, m.end()) is None
    ):
        # "take the thurs rebooking", "the tues run is at 8": the weekday before a noun is
        # read alone, "the" out of the span, as news reads "the Friday explosions"
        # (s32-informal, blind texts 730, 733: was "the thurs", the day told)
        base = replace(base, told=False)
        trim = m.start("wd") - m.start()
    # "on sun. next month": the period ends the day
    return Found("DATE", base, trim_start=trim, trim_end=sentence_period(m, "wd"))


#: A negation (``until_negations.tsv``) or an adverb of habit (``colloquial_habit_adverbs.tsv``)
#: earlier in the clause of "on a <weekday>": a habit's day ("the bus doesnt run on a sunday").
_HABIT_ON_A = re.compile(
    rf"(?:(?<![\w'’])(?:{alt('until_negations')}|{alt('colloquial_habit_adverbs')})|n['’]t)"
    r"(?![\w'’])[^.!?;,\n]{0,40}(?<![\w'’])on[ \t]{1,3}$",
    re.IGNORECASE,
)


#: What may follow "the <weekday>" in chat for it to end its noun phrase ("see u the fri",
#: "rooms left for the fri and sat", "on the sat we ...", "see u the fri x"): a mark, the end
#: of the text or of the line, a word of ``weekday_told_followers.tsv`` or
#: ``colloquial_the_weekday_followers.tsv`` ("booked the fri off") or a letter; another word is
#: the noun the weekday qualifies.
_THE_DAY_END = re.compile(
    rf"\s*(?:[^\w\s]|$)|[ \t]*\n|\s{{1,3}}(?:{alternation(words('weekday_told_followers'))}"
    rf"|{alternation(words('colloquial_the_weekday_followers'))}|\w)\b",
    re.IGNORECASE,
)


#: Month names that are also common words ("may", "march") or bare abbreviations ("jan").
_AMBIGUOUS_MONTHS = frozenset(words("month_ambiguous"))


def build_month(m: re.Match[str]) -> Found | None:
    """ "Hello February", "it's july", "June, July and Aug": a month name alone, in any case;
    bare abbreviations only after "in", "and" or a comma, "may" and "march" only after a
    preposition ("in may") or a word that says what time it is ("its march already")."""
    word = m.group("month")
    key = word.lower().rstrip(".")
    context = _MONTH_LIST if len(key) <= 4 and key != "may" else _IN_MONTH
    before = max(0, m.start() - 8)
    if key in _AMBIGUOUS_MONTHS and not (
        context.search(m.string, before, m.start())
        or (
            key in ("may", "march")
            and _MONTH_STATE.search(m.string, max(0, m.start() - 16), m.start())
        )
    ):
        return None
    return Found("DATE", CalendarDate(None, month_number(word)))


_MONTH_LIST = re.compile(
    rf"(?:\b{alt('colloquial_month_list_words')}\s{{1,3}}|,\s{{0,2}})$", re.IGNORECASE
)
#: "may" and "march" are words first: a month only after a preposition ("in may")...
_IN_MONTH = re.compile(rf"\b{alt('colloquial_month_prepositions')}\s{{1,3}}$", re.IGNORECASE)
#: ... or, alone, after a word that says what time it is ("its march already").
_MONTH_STATE = re.compile(rf"\b{alt('colloquial_month_states')}\s{{1,3}}$", re.IGNORECASE)


#: What may not follow a month and a day number: a clock ("jan 5pm"), a unit ("nov 3 hours").
_NOT_AFTER_DAY = rf"(?![\d:.,]?\d)(?!\s{{0,2}}(?:[ap]\.?m\b|{alt('colloquial_abbreviations')}\b|%))"
_YEAR_AFTER = r"(?:,?\s{1,3}(?P<year>(?:19|20)\d{2})(?!\d))?"


def _month_word_ok(m: re.Match[str], ordinal_day: bool) -> bool:
    """ "may" and "march" lower case are words first ("i may 2", "march 5 miles"): with a day
    they are the month only capitalised, after a preposition ("on may 3") or with an ordinal
    day ("3rd may")."""
    word = m.group("month")
    if word.lower() not in ("may", "march") or word[0].isupper() or ordinal_day:
        return True
    return _IN_MONTH.search(m.string, max(0, m.start() - 8), m.start()) is not None


def build_month_day(m: re.Match[str]) -> Found | None:
    """ "sept 12", "nov 3rd", "5th jan", "26nov 2015": in chat a month abbreviation in lower
    case with a day number is a date (news rules want a capital or a context)."""
    day = int(m.group("day"))
    if not 1 <= day <= 31 or not _month_word_ok(m, bool(group(m, "th"))):
        return None
    year = group(m, "year")
    return Found(
        "DATE", CalendarDate(int(year) if year else None, month_number(m.group("month")), day)
    )


def build_month_part(m: re.Match[str]) -> Found | None:
    """ "mid-jan", "early dec", "late sept": a month with its part, in any case."""
    if not _month_word_ok(m, False):
        return None
    mod = lookup("part_words", m.group("part"))
    return Found("DATE", CalendarDate(None, month_number(m.group("month"))), mod)


def _clock(m: re.Match[str]) -> tuple[int, int, str] | None:
    """(hour, minute, unit) of the clock groups h/mi/ampm, or None if impossible."""
    h, mi = int(m.group("h")), m.group("mi")
    minute = int(mi) if mi else 0
    ampm = (group(m, "ampm") or "").lower()
    if minute > 59:
        return None
    if ampm:
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if ampm.startswith("p") else 0)
    elif h > 23:
        return None
    return h, minute, ("minute" if mi else "hour")


def build_day_clock(m: re.Match[str]) -> Found | None:
    clock = _clock(m)
    if clock is None:
        return None
    base = _day(m)
    return Found("TIME", ClockTime(*clock, base, *_zone(m)))


#: A set lead right before a weekday ("every sunday at 7pm"): ``colloquial_set_leads.tsv``.
_SET_LEAD_BEFORE = re.compile(
    rf"(?<![\w'’])(?:{alt('colloquial_set_leads')})\s{{1,3}}$", re.IGNORECASE
)


def build_weekday_clock(m: re.Match[str]) -> Found | None:
    """ "sat at 9pm", "next fri 7pm": a weekday and its clock time, one TIME; not after a set
    lead ("every sunday at 7pm GMT"), where the weekday rule's SET joins the clock time
    (compose.py: ``XXXX-WXX-7T19:00``; session 32, blind text 733)."""
    if not group(m, "rel") and _SET_LEAD_BEFORE.search(m.string, max(0, m.start() - 8), m.start()):
        return None
    return build_day_clock(m)


def build_clock_day(m: re.Match[str]) -> Found | None:
    """ "7pm wed", "2pm on sun", "8am this sat": a clock time and the day after it, one TIME
    (as "10 a.m. Wednesday" in news); a short weekday right after a clock time is a day."""
    if m.group("wd")[0].isupper() and m.string[m.end() : m.end() + 2].strip()[:1].isupper():
        return None  # "9am Sun Microsystems": a name
    if _verb_use(m):
        return None  # "got there at 5pm, sat down": the verb
    return build_day_clock(m)


def build_compact_clock(m: re.Match[str]) -> Found | None:
    """ "at 1015" = 10:15 (not a year: 1900-2099 stay years; "430pm" is the clock rules'
    ``time_clock_hhmm``, in any text)."""
    if not group(m, "ampm") and 1900 <= int(m.group("h") + m.group("mi")) <= 2099:
        return None
    clock = _clock(m)
    if clock is None:
        return None
    return Found("TIME", ClockTime(*clock), trim_start=m.start("h") - m.start())


def build_day_word(m: re.Match[str]) -> Found | None:
    """ "last day" / "this day" (the day of the message), "next day" (the one after),
    "the whole day" / "all day" (P1D)."""
    value = lookup("colloquial_day_words", m.group("which"))
    if (
        value == "0"
        and m.group("which").lower() == "last"
        and prev_word(m).lower() == "the"
        and final_before(m)
    ):
        # "the 17th is the last day before i go on leave", "the last day for orders is thurs":
        # the final day before something or for a purpose, no day of the message (session 40);
        # a tweet's "Last day to register" without "the" is the day it is posted
        return None
    if value.startswith("P"):
        return Found("DURATION", Fixed(value))
    return Found("DATE", DayOffset(int(value)))


#: "back in the day" (the idiom: long ago) is no day; the words are the idiom's grammar.
_BACK_IN = re.compile(r"\bback\s{1,3}in\s{1,3}$", re.IGNORECASE)

#: A possessive before a bare word makes it part of a name ("Mother's day", "King' day").
_POSSESSIVE = re.compile(r"(?:'|’|'s|’s)\s{1,3}$", re.IGNORECASE)


#: A number after a singular day, week or year names it in a series ("Day 2 of camp", "year 3"):
#: part of the expression (not "the day 2 weeks ago", "day 1:30").
_LABEL_NUMBER = (
    rf"(?:(?<=day|eek|ear)\s{{1,2}}(?P<num>\d{{1,2}})(?![\d:.,]?\d|\s{{0,2}}[ap]\.?m\b|[%+])"
    rf"(?!\s{{1,3}}{alt('colloquial_abbreviations')}\b))?"
)


#: Nouns that make a bare "day" part of a compound ("day trip": ``colloquial_day_compounds.tsv``).
_DAY_COMPOUNDS = words("colloquial_day_compounds")
#: Words before a bare "nights" or "days" that make it a work shift ("on nights", "works days").
_SHIFT_LEADS = words("colloquial_shift_leads")
#: Words before a bare "day" or "days" that make it a day off ("a half day", "rest days":
#: ``colloquial_day_off_leads.tsv``).
_DAY_OFF_LEADS = frozenset(words("colloquial_day_off_leads"))


#: An ordinal in digits right before "minute" ("the 89th minute", "70th minute"): a match's
#: minute, no length of time.
_ORDINAL_BEFORE = re.compile(r"\b\d{1,3}(?:st|nd|rd|th)\s{1,3}$", re.IGNORECASE)


#: "the last", "the past" right before a bare unit the date rules left untagged ("the last week
#: before xmas": a final one; session 40, blind text 1149); "last minute" alone stays.
_FINAL_UNIT_BEFORE = re.compile(r"\bthe\s{1,3}(?:last|past|final)\s{1,3}$", re.IGNORECASE)
#: "the" and a superlative in "-est" right before a bare unit ("the coldest night", "the
#: longest day of the year": a kind of night or day, no time named; session 40, blind text 1150).
_SUPERLATIVE_BEFORE = re.compile(r"\bthe\s{1,3}[a-z]{2,10}est\s{1,3}$", re.IGNORECASE)


#: An amount and a slash right before a unit: a rate ("$3/day", "£35/month", "2 tablets/day").
_RATE_BEFORE = re.compile(r"\d(?:[\w.,]{0,3}|\s\w{1,10})\s?/\s?$")


def build_bare(m: re.Match[str]) -> Found | None:
    word = m.group("word")
    if (group(m, "lead") or "").lower() in ("a", "an") and prev_word(m).lower() == "what":
        return None  # "what a day lol", "What a weekend!": praise, no time named
    if _POSSESSIVE.search(m.string, max(0, m.start() - 6), m.start()):
        return None
    if m.string[m.start() - 1 : m.start()] == "-" or m.string[m.end() : m.end() + 1] == "-":
        return None  # part of a compound: "a three-year-old", "a day-long trip"
    s, start = m.string, m.start()
    if not group(m, "lead") and (
        # "a credit of $3/day", "paying £35/month", "2 tablets/day": an amount per unit, a
        # rate, not a stretch of time (s40-detect: narratives 675, 981)
        _RATE_BEFORE.search(s, max(0, start - 12), start)
        # "in the 89th minute": a match's minute, no length (s31-informal)
        or (
            word.lower() in ("minute", "min")
            and _ORDINAL_BEFORE.search(s, max(0, start - 8), start)
        )
        # "the last week before xmas": the final one, which date rules left bare (session 40)
        or _FINAL_UNIT_BEFORE.search(s, max(0, start - 12), start)
        # "the coldest night of the year": a kind of night, none named (session 40)
        or _SUPERLATIVE_BEFORE.search(s, max(0, start - 16), start)
    ):
        return None
    what = lookup("colloquial_units", word)
    plural = word.lower().endswith("s") and is_unit(what)
    if (
        plural
        and not group(m, "lead")
        and OUT_OF_BEFORE.search(m.string, max(0, m.start() - 10), m.start())
    ):
        return None  # "ran out of hours": running short, no time (as in durations.py)
    if plural and not group(m, "lead") and not group(m, "the") and prev_word(m).isdigit():
        # "the table is about 10 years old": the unit of a count no rule tagged (an age, left
        # bare), not a vague stretch of its own (s38-informal, blind text 1072: was PXY)
        return None
    if (
        word.lower() in ("nights", "days")
        and not group(m, "lead")
        and not group(m, "the")
        and prev_word(m).lower() in _SHIFT_LEADS
    ):
        return None  # "shes on nights this weekend", "he works days": a work shift, no time
    if (
        what == "day"
        and not plural
        and not group(m, "lead")
        and next_word(m).lower() in _DAY_COMPOUNDS
    ):
        return None  # "the Sintra day trip", "a day pass": a compound, no day
    if (
        what == "day"
        and not group(m, "the")
        and not group(m, "num")
        and prev_word(m).lower() in _DAY_OFF_LEADS
    ):
        # "a half day sat", "rest days": a day off work or school, a kind of day, neither a
        # day nor a length (s41-diaries, narratives 980, 1068); "Day off" keeps the tweets'
        # P1D
        return None
    if group(m, "the"):
        if what == "day" and not plural:
            if _BACK_IN.search(m.string, max(0, m.start() - 12), m.start()):
                return None  # "back in the day": the idiom for long ago, no day
            return Found("DATE", DayOffset(0))  # "the day": the publication day
        if what == "week" and not plural and not group(m, "num"):
            return Found("DATE", CalendarRelative("week", 0))  # "over the week": this one
        if what in ("MO", "AF", "EV", "NI"):
            # "ill check the shed in the morning" at 21:40: the coming one (s39, blind 1125)
            return Found("TIME", PartOfDay(DayOffset(0), what, coming=True))
        if what == "WE":
            return Found("DATE", WeekendRef())  # "the wkend flew by" (news reads "the weekend")
        return None
    if what in ("MO", "AF", "EV", "NI"):
        return Found("TIME", PartOfDay(DayOffset(0), what))
    if what == "WE":
        return Found("DATE", WeekendRef())
    if what == "WEEKENDS":
        return Found("SET", Fixed("XXXX-WXX-WE"))
    if what in ("SP", "SU", "FA", "WI"):
        return Found("DATE", SeasonRef(what))
    if what.endswith("_REF"):
        return Found("DATE", Fixed(what))
    return Found("DURATION", Fixed(duration_value(what, None if plural else 1)))  # "hours" PTXH


_ABBREVIATED = alt("colloquial_abbreviations")


def build_compact_duration(m: re.Match[str]) -> Found | None:
    """ "2wks", "24hr", "3yrs": a count glued to a shortened unit (``colloquial_abbreviations``;
    "5hrs" and "3mins" the duration rules read in any text)."""
    unit = lookup("colloquial_abbreviations", m.group("unit"))
    return Found("DURATION", Fixed(duration_value(unit, int(m.group("n")))))


def build_seconds(m: re.Match[str]) -> Found | None:
    """ "give me 2 sec", "back in 5 secs": a count of seconds in chat's short form, in lower
    case only (units.tsv leaves "sec" out for news' SEC, "10 SEC filings"); not after a
    decimal point or a slash (a camera's exposure, ".3 sec", "1/250 sec"); "a sec" is one ("give
    me a sec", "back in a sec")."""
    n = 1 if m.group("a") else int(m.group("n"))
    return Found("DURATION", Fixed(duration_value("second", n)))


def build_short_relative(m: re.Match[str]) -> Found | None:
    """ "nxt yr", "lst wk", "this mth", "nxt week": the calendar unit containing the reference,
    moved ("next week" itself is the relative rules')."""
    rel, word = m.group("rel").lower(), m.group("unit").lower()
    n = int(lookup("colloquial_unit_relatives", rel))
    unit = lookup("colloquial_calendar_units", word)
    if rel in table("calendar_relatives") and word == unit:
        return None
    return Found("DATE", CalendarRelative(unit, n))


def build_period_end(m: re.Match[str]) -> Found | None:
    """ "by eod", "eow": the end of the current day, week, month or year (mod END)."""
    unit = lookup("colloquial_period_ends", m.group("end"))
    spec: Spec = DayOffset(0) if unit == "day" else CalendarRelative(unit, 0)
    return Found("DATE", spec, "END")


#: The words before a bare "EOD", "COB" that make it the end of the day ("by EOD"):
#: ``period_end_leads.tsv``.
_PERIOD_END_LEADS = words("period_end_leads")


#: A weekday abbreviation without its period ("fri", "sat", "thurs"): after "EOD" or "COB" a
#: day, whatever else the word can be.
_BARE_WEEKDAY = alternation(
    sorted((w for w, *_ in rows("weekdays") if not w.endswith(".")), key=len, reverse=True)
)


def build_period_end_day(m: re.Match[str]) -> Found | None:
    """ "EOD tomorrow", "by COB Friday", "by EOD": the end of the day named, or of the
    publication's, in any text; in lower case only with its day ("eod tmrw")."""
    before = prev_word(m).lower()
    end = m.group("end")
    spelled = any(c.isspace() for c in end)
    if spelled and before in ("the", "a"):
        return None  # "at the close of business Thursday": the close is an event, the day a date
    named = group(m, "deic") or group(m, "wd") or group(m, "day") or group(m, "day2")
    if not spelled and not end.isupper() and not named:
        return None  # "by eod" alone is chat's: rule date_period_end
    if not named and before not in _PERIOD_END_LEADS:
        return None  # "the COB report": alone, only after "by", "before", "until" ...
    day = group(m, "day") or group(m, "day2")
    if day:  # "COB 27 Feb", "by close of business March 3"
        if not 1 <= int(day) <= 31:
            return None
        month = month_number(group(m, "month") or group(m, "month2") or "")
        return Found("DATE", CalendarDate(None, month, int(day)), "END")
    deictic = group(m, "deic")
    if deictic:
        return Found("DATE", DayOffset(int(lookup("deictic_days", deictic))), "END")
    weekday = group(m, "wd")
    if weekday:
        rel = " ".join((group(m, "rel") or "").lower().split())
        n = int(lookup("weekday_relatives", rel)) if rel else 0
        # "COB next Friday", "EOD this Thursday" (the coming one, as "this Friday" is); a
        # deadline's bare weekday too, "eod thurs", "by COB Friday", unless its clause is past
        # ("the files were due COB Friday"; s31-informal)
        spec = WeekdayRef(int(lookup("weekdays", weekday)), n, ahead=rel in ("this", ""))
        return Found("DATE", spec, "END")
    return Found("DATE", DayOffset(0), "END")


def build_period_end_unit(m: re.Match[str]) -> Found | None:
    """ "due EOW", "by end of month", "by end of year": the end of the current week, month,
    quarter or year in any text, after a word of ``period_end_leads.tsv`` (mod END); the
    abbreviations in capitals only."""
    end = m.group("end")
    if " " not in end and not end.isupper():
        return None  # "by eow" is chat's: rule date_period_end
    before = prev_word(m).lower()
    if before not in _PERIOD_END_LEADS:
        return None  # "end of year exams", "the EOM report"
    if " " not in end and before in ("at", "after"):
        return None  # "a vigil at EOW ceremonies": "at EOD" is the day's, no week's
    unit = lookup("period_end_phrases", end)
    return Found("DATE", CalendarRelative(unit, 0), "END")


def build_plus_duration(m: re.Match[str]) -> Found | None:
    """ "4+ hours", "2+ yrs": a count and more (mod EQUAL_OR_MORE)."""
    unit = lookup("colloquial_abbreviations", m.group("unit"))
    return Found("DURATION", Fixed(duration_value(unit, int(m.group("n")))), "EQUAL_OR_MORE")


def build_plus_clock(m: re.Match[str]) -> Found | None:
    """ "left camp at 5+am", "4+ pm": an hour and more, a time past it (mod ON_OR_AFTER, as "2+
    days ago" is ON_OR_BEFORE); the value is the hour."""
    h = int(m.group("h"))
    hour = h % 12 + (12 if m.group("ap").lower() == "p" else 0)
    return Found("TIME", ClockTime(hour, 0, "hour", None), "ON_OR_AFTER")


#: "tomorrowww", "fridayyy": a word of ``colloquial_elongated.tsv`` with its last letter
#: repeated (two or more times).
_ELONGATED = (
    "(?:"
    + "|".join(
        re.escape(w) + re.escape(w[-1]) + "{1,8}"
        for w in sorted(words("colloquial_elongated"), key=len, reverse=True)
    )
    + ")"
)


def build_elongated(m: re.Match[str]) -> Found | None:
    word = m.group("word").lower()
    while word not in table("colloquial_elongated"):
        word = word[:-1]
    what = lookup("colloquial_elongated", word)
    if what == "NI":
        return Found("TIME", PartOfDay(DayOffset(0), "NI"))
    if what.startswith("wd"):
        return Found("DATE", WeekdayRef(int(what[2:])))
    return Found("DATE", DayOffset(int(what)))


def build_plus_ago(m: re.Match[str]) -> Found | None:
    """ "2+ days ago": at least that long before the message (mod ON_OR_BEFORE); hours and
    minutes are not dated against a day's reference."""
    unit = lookup("colloquial_abbreviations", m.group("unit"))
    if unit in ("second", "minute", "hour"):
        return Found("DATE", Fixed("PAST_REF"))
    return Found("DATE", Offset(unit, -int(m.group("n")), "ref"), "ON_OR_BEFORE")


#: A common fraction before a unit or a noun ("1/2 day leave", "3/4 cup"): an amount, not the
#: numeric date "1/2".
_FRACTIONS = words("colloquial_fractions")
_WORD_AFTER = re.compile(r"\s{1,3}[a-z]", re.IGNORECASE)


def build_day_pod(m: re.Match[str]) -> Found | None:
    """ "tmrw morn", "this arvo", "yest aft": a chat part of day after a deictic day or "this"."""
    word = group(m, "deictic")
    days = int(lookup("deictic_days", word)) if word else 0
    return Found("TIME", PartOfDay(DayOffset(days), _pod_code(m.group("pod"))))


#: The holidays of news in any case and the days chat names ("nye", "fathers day", "black
#: friday"): name (lower case) -> the rule of ``holidays.tsv``.
_HOLIDAYS = {**table("holidays"), **table("colloquial_holidays")}
_HOLIDAY_NAMES = alternation(sorted(_HOLIDAYS))


def build_holiday(m: re.Match[str]) -> Found | None:
    """ "boxing day sales", "new years eve at mine?", "nye", "happy fathers day": a holiday
    in any case (news reads a lower-case one only as an isolated phrase), with the chat
    spellings of ``colloquial_holidays.tsv``."""
    if names_object(m.string, m.end()):
        return None  # "inside a Christmas tree", "got the xmas tree up"
    rel = (group(m, "hrel") or "").lower()
    n = {"last": -1, "next": 1}.get(rel, 0)
    rule = _HOLIDAYS[" ".join(straight(m.group("name")).lower().split())]
    return Found("DATE", HolidayRef(rule, None, n, rel == "this"))


#: "rn", "atm": name (lower case) -> (TIMEX3 type, value).
_VAGUE = {r[0].lower(): (r[1], r[2]) for r in rows("colloquial_vague")}


def build_vague(m: re.Match[str]) -> Found | None:
    """ "cant talk rn", "busy atm": right now, at the moment (PRESENT_REF, as "now"); only in
    lower case ("RN" is a nurse, "ATM" a cash machine) and not after a word that makes a noun
    of it ("the nearest atm", "an rn")."""
    word = m.group("word")
    if not word.islower() or prev_word(m).lower() in _VAGUE_NOUN_LEADS:
        return None
    kind, value = _VAGUE[word]
    return Found(kind, Fixed(value))


_IGNORED = words("colloquial_ignored")

#: The rules of British clock times said without a.m./p.m.: "half 6", "quarter to 5", "ten
#: past 3" (:mod:`.clock`).
BRITISH_CLOCK_RULES: frozenset[str] = frozenset({"time_half_hour", "time_past_to"})


def british_clock(text: str, s_start: int, s_end: int, spec: Spec) -> Spec:
    """A British clock time without a.m./p.m. ("at the pub at half 6", "see u at quarter to
    5", "ten past 3?"; in every document: "a pallet turned up at half two"): an hour from 1 to
    6 is in the afternoon or evening, when people meet, unless the words
    ``text[s_start:s_end]`` around it have a morning cue ("up at half 6 for work", "alarm at
    quarter past 5": ``chat_morning_cues.tsv``). Hours from 7 to 12 stay as they are said (a
    day's first reading, as "7:30" is); "half 6 tonight" is already the evening's (twelve-hour
    flag cleared by the rule). Only for the rules of :data:`BRITISH_CLOCK_RULES` (the caller
    checks)."""
    if (
        type(spec) is not ClockTime
        or not spec.twelve_hour
        or spec.base is not None
        or not 1 <= spec.hour <= 6
        or MORNING_CUE.search(text, s_start, s_end)
    ):
        return spec
    return replace(spec, hour=spec.hour + 12, twelve_hour=False)


def _closes_clause(*more: str) -> str:
    """A lookahead for the end of a bare hour's clause: a line end, a mark, an emoji, or a word
    of ``colloquial_bare_hour_followers.tsv`` (or of ``more``) that closes it."""
    followers = "|".join((alt("colloquial_bare_hour_followers"), *more))
    return (
        r"(?=[ \t]{0,3}(?:\n|\Z|[!?,;)]|\.(?!\d)|[^\w\s.,;:!?'’/%$&+\-]"
        rf"|[ \t](?:{followers})(?![\w'’])))"
    )


#: A copula and a word of agreeing to a slot after a bare hour ("after 6 is fine", "8 is good
#: for me": ``colloquial_hour_fine_words.tsv``).
_FINE_AFTER = rf"(?:is|'s|’s)[ \t]{{1,3}}(?:{alt('colloquial_hour_fine_words')})"
_FINE_AFTER_RE = re.compile(rf"[ \t]{{1,3}}{_FINE_AFTER}(?![\w'’])", re.IGNORECASE)
#: "on"/"at" and a recurring day ("on sundays", "at weekends"): after a bare hour it closes the
#: hour's clause as a rule or habit of those days (:data:`_BARE_HOUR`).
_HABIT_DAYS = (
    r"(?:on|at)[ \t]{1,3}(?:"
    + alternation(
        [r[0] + "s" for r in rows("weekdays") if r[0].isalpha()] + ["weekdays", "weekends"]
    )
    + r")(?![\w'’])"
)


#: A bare hour after a lead word and at the end of its clause ("see u at 8?", "pick u up @ 10",
#: "shift 2nite til 10 😩", "til 6 so ill ...": a word of ``colloquial_bare_hour_followers.tsv``
#: closes it too): not before another word ("at 7 Kickstart", "at 5 stores"), a colon, a unit
#: or another number.
_BARE_HOUR = (
    # "by" and "from" (s33-informal: "leaving by 4 latest", "there from 12,"), not after a
    # word of a change, a margin or a price ("won by 4.", "down from 12,": build_bare_hour)
    # a proposal or a move of a slot (s34-informal: "can we do 4 instead", "might slip to 10,"),
    # and an hour opening a message before "works" ("Dev: 4 works. pizza after?")
    # s39 (blind text 1131): "just"/"shortly" before "before"/"after" stays in the span with
    # mod BEFORE/AFTER ("encore finished just before 11"), as news's "shortly before 2 a.m."
    rf"(?:(?P<near>{alt('near_words')})[ \t]{{1,3}}(?=(?:before|after)[ \t]))?"
    r"(?:(?P<lead>at|@|til|till|until|b4|before|by|from|after"
    + rf"|(?<![\w'’])(?:{alt('colloquial_hour_proposal_leads')})"
    # s38: a verb of coming or going before "about"/"around" ("comes about 7 so", "pop in
    # about 3": colloquial_arrival_verbs.tsv)
    + rf"|(?<![\w'’])(?:{alt('colloquial_arrival_verbs')})"
    + r"(?=[ \t]{1,3}(?:about|around|abt|roughly)[ \t]{1,3}\d)"
    # s39 (blind text 1125): a day before "about"/"around" ("saw him yesterday about 6??",
    # "shes coming tmrw around 4", "went fri abt 10"): the hour of that day, as after "at";
    # not "sat"/"sun", which before "about" are verbs ("we sat about 2 hours")
    + rf"|(?<![\w'’])(?:{alt('deictic_days')}|{WEEKDAY}|(?![Ss](?:at|un)\b){_SHORT})"
    + r"(?=[ \t]{1,3}(?:about|around|abt|roughly)[ \t]{1,3}\d))[ \t]{0,3}"
    + r"|(?:(?<=^)|(?<=\n)|(?<=:[ \t]))(?=(?:1[0-2]|[1-9])[ \t]{1,3}"
    + rf"(?:{alt('colloquial_hour_choice_followers')})"
    + r"(?=[ \t]{0,3}(?:\n|\Z|[!?,.;)]|[^\w\s'’]|[ \t](?:for|tho|4)(?![\w'’])))))"
    # "going til about 9,": the approximating word is taken in by the engine (APPROX)
    r"(?:(?:about|around|abt|roughly)[ \t]{1,3}(?=\d))?(?P<h>1[0-2]|[1-9])"
    + _closes_clause(
        "instead",
        alt("colloquial_hour_choice_followers"),
        # s40-barehours (blind text 1072): the hour taken up as a slot, "after 6 is fine"
        _FINE_AFTER,
        # s37 (blind text 1040): a day right after the hour that ends the clause ("im working
        # til 8 fri,"; not "at 7 sat down")
        rf"(?:{alt('deictic_days')}|{WEEKDAY}|{_SHORT})"
        r"(?=[ \t]{0,3}(?:\n|\Z|[!?,;)]|\.(?!\d)|[^\w\s.,;:!?'’/%$&+\-]))",
        # s40-habitual: a recurring day after the hour, a rule or habit of those days ("the
        # bakery shuts at 5 on saturdays", "open till 6 at weekends")
        _HABIT_DAYS,
    )
)


#: Words after "at 8 and" that go on counting (``colloquial_hour_and_counts.tsv``).
_HOUR_AND_COUNT = frozenset(w.lower() for w in words("colloquial_hour_and_counts"))


#: A day named on a chat line ("tmrw", "fri", "sat"): "after" and a bare hour on such a line
#: is a clock time of a plan ("ring me tmrw after 12", "going thurs after 6 instead"), where
#: alone it may be a count ("i gave up after 3 lol"; s36-informal, blind texts 976, 977, 979).
_LINE_DAY = re.compile(rf"\b(?:{alt('deictic_days')}|{WEEKDAY}|{_SHORT})\b", re.IGNORECASE)
#: How far along its line a bare hour after "after" looks for its day, either side.
_LINE_DAY_REACH = 120


def _line_names_day(text: str, start: int, end: int) -> bool:
    """Whether the line of ``text[start:end]`` names a day (:data:`_LINE_DAY`), within
    :data:`_LINE_DAY_REACH` characters either side."""
    lo = max(text.rfind("\n", max(0, start - _LINE_DAY_REACH), start) + 1, start - _LINE_DAY_REACH)
    hi = text.find("\n", end, end + _LINE_DAY_REACH)
    if hi < 0:
        hi = min(len(text), end + _LINE_DAY_REACH)
    return _LINE_DAY.search(text, max(0, lo), start) is not None or (
        _LINE_DAY.search(text, end, hi) is not None
    )


#: "for" and a count of a unit of time after a bare hour: how long what starts then lasts
#: ("break at 9 for 20 mins", "on at 6 for 2 hours"; s41b-shifts, narrative 1175: untagged).
_FOR_COUNT_UNIT = re.compile(
    rf"[ \t]{{1,3}}for[ \t]{{1,3}}\d{{1,3}}[ \t]{{0,2}}{UNIT}\b", re.IGNORECASE
)


def build_bare_hour(m: re.Match[str]) -> Found | None:
    """ "see u at 8?", "pick u up @ 10", "open til 10!": in chat a bare hour after "at", "@",
    "til" or "b4" that closes its clause is a clock time on a twelve-hour clock; the words
    around it settle the half of the day (:func:`bare_hour_clock`). The lead is a signal, out
    of the span."""
    # "and" closes the clause only after "til" and before no number: "napped til 5 and now",
    # not "aimed at 5 and 6 year olds", "at 8 and up" (counts)
    after = m.string[m.end() : m.end() + 24].split()
    if (
        after[:1] == ["for"]
        and after[1:2]
        and after[1][0].isdigit()
        and _FOR_COUNT_UNIT.match(m.string, m.end()) is None
    ):
        return None  # "at 3 for 2": a price, no purpose (but "break at 9 for 20 mins")
    lead = (m.group("lead") or "").lower()
    if after[:1] == ["and"] and (
        after[1:2] == []
        or after[1][0].isdigit()
        or (
            lead not in ("til", "till", "until")
            # s40-barehours (blind texts 1111, 920, 1069: were untagged): after "at" or "from"
            # "and" closes the hour's clause before a clause, "queue at 5 and doors arent til
            # 7", "check in is from 4 and we have to be out by 10am"; not before a word that
            # goes on counting ("at 8 and up", "from 5 and over", "at 2 and a half")
            # (and after "by": "Home by 2 and asleep on the sofa", s41-diaries, narrative 1068)
            and (lead not in ("at", "@", "from", "by") or after[1].lower() in _HOUR_AND_COUNT)
        )
        # "we were tied at 2 and then they scored": a score
        or _MARGIN_BEFORE.search(m.string, max(0, m.start() - 32), m.start()) is not None
    ):
        return None
    if lead in ("by", "from") and _MARGIN_BEFORE.search(
        m.string, max(0, m.start() - 32), m.start()
    ):
        return None  # "won by 4.", "down from 12,": an amount
    if (
        lead == "after"
        and _FINE_AFTER_RE.match(m.string, m.end()) is None
        and not _line_names_day(m.string, m.start(), m.end())
    ):
        return None  # "i gave up after 3 lol": a count; "after 6 is fine" is a slot
    h = int(m.group("h"))
    spec = ClockTime(h, 0, "hour", None, twelve_hour=True)
    if group(m, "near"):
        return Found("TIME", spec, "BEFORE" if lead == "before" else "AFTER")
    return Found("TIME", spec, trim_start=m.start("h") - m.start())


#: A bare hour after "at", "by", "until", "till" or "before" that closes its clause, in
#: news and narratives: a clock time only beside a told one (:func:`build_clocked_hour`).
_CLOCKED_HOUR = r"(?P<lead>at|by|until|till|before)[ \t]{1,3}(?P<h>1[0-2]|[1-9])" + _closes_clause(
    "instead", alt("colloquial_hour_choice_followers")
)
#: A clock time told with a.m./p.m. or minutes ("6am", "3:30", "10.40am", "7:30 p.m.").
_TOLD_CLOCK = re.compile(
    r"(?<![\w.:£$€])(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?[ \t]?"
    r"(?:(?P<ap>[ap])\.?m\b\.?|(?<=\d\d)(?=[ \t]|[,.;)?!]))",
    re.IGNORECASE,
)
#: How far before a bare hour the told clock time may stand.
_TOLD_REACH_BEFORE = 120
#: How far before the told clock time a morning cue (``chat_morning_cues.tsv``) keeps it in the
#: morning.
_TOLD_CUE_REACH = 30


def build_clocked_hour(m: re.Match[str]) -> Found | None:
    """ "We set off at 6am and were on the summit by 10", "never ends before 3" after "2:30",
    "forms up at 10.40am on Sunday, with two minutes silence at 11": outside chat a bare hour
    after a lead word that closes its clause is a clock time when a clock time told with
    a.m./p.m. or minutes stands shortly before it, no blank line between; its half of the day
    is the one nearer that told time (10 after 6am: 10:00; 9 after 7pm: 21:00) (s35-known,
    blind texts 895, 610, 471, 255). Not after a word of a change ("rose by 5.")."""
    found = build_bare_hour(m)
    if found is None:
        return None
    text = m.string
    lo, hi = max(0, m.start() - _TOLD_REACH_BEFORE), m.start()
    blank = text.rfind("\n\n", lo, hi)
    if blank >= 0:
        lo = blank
    best: tuple[int, int] | None = None  # (distance, hour of the day)
    for t in _TOLD_CLOCK.finditer(text, lo, hi):
        if not (t.group("ap") or t.group("mi")):
            continue
        hour = int(t.group("h"))
        ap = (t.group("ap") or "").lower()
        if ap == "p" and hour < 12:
            hour += 12
        elif ap == "a" and hour == 12:
            hour = 0
        elif (
            not ap
            and 1 <= hour <= 6
            and not MORNING_CUE.search(text, max(lo, t.start() - _TOLD_CUE_REACH), t.start())
        ):
            # "start at 3:30": the afternoon's, as said at work; not after a morning cue
            # ("alarm at 5.45, out the door by 6": 06:00; s37-informal, blind text 980)
            hour += 12
        if ap and int(t.group("h")) > 12:
            continue
        distance = m.start() - t.end()
        if best is None or distance < best[0]:
            best = (distance, hour)
    if best is None:
        return None
    h = int(m.group("h"))
    choices = [h] if h == 12 else [h, h + 12]
    hour = min(choices, key=lambda c: abs(c - best[1]))
    return Found("TIME", ClockTime(hour, 0, "hour", None), trim_start=found.trim_start)


#: A clock time with its minutes and no a.m./p.m. after "for" that closes its clause:
#: "table booked for 7.30", "booked the seafood place for 7.30." (:func:`build_booked_clock`).
_BOOKED_CLOCK = (
    r"(?P<lead>for)[ \t]{1,3}(?<![\w.,$£€])(?P<h>1[0-2]|[1-9])[.:](?P<mi>[0-5]\d)"
    r"(?=[ \t]{0,3}(?:\n|\Z|[!?,;)]|\.(?!\d)|[^\w\s.,;:!?'’/%$&+\-]))"
)
#: A word of booking (``booking_words.tsv``) earlier in the clause before "for".
_BOOKING_BEFORE = re.compile(rf"\b(?:{alt('booking_words')})\b[^.!?\n]{{0,50}}$", re.IGNORECASE)
#: A word of a meal out or of the evening (``booking_evening_cues.tsv``).
_BOOKING_EVENING = re.compile(rf"\b(?:{alt('booking_evening_cues')})\b", re.IGNORECASE)
#: How far around a booked clock time a word of the evening counts.
_BOOKING_REACH = 60


def build_booked_clock(m: re.Match[str]) -> Found | None:
    """ "table booked for 7.30", "we've booked the seafood place in Portree for 7.30": a clock
    time with its minutes after "for" and a word of booking earlier in its clause is the time
    booked; from 1 to 6 the afternoon's, from 7 to 11 the evening's beside a word of a meal out
    or the evening (``booking_evening_cues.tsv``), else as said; "for" is the signal, out of
    the span (s35-known, blind texts 903, 363)."""
    text = m.string
    if not _BOOKING_BEFORE.search(text, max(0, m.start() - 60), m.start()):
        return None
    h, mi = int(m.group("h")), int(m.group("mi"))
    if 1 <= h <= 6 or (
        7 <= h <= 11
        and _BOOKING_EVENING.search(
            text, max(0, m.start() - _BOOKING_REACH), m.end() + _BOOKING_REACH
        )
    ):
        h += 12
    spec = ClockTime(h, mi, "minute", None)
    return Found("TIME", spec, trim_start=m.start("h") - m.start())


#: "its nearly 9 lol", "it's gone 11 already": in chat a bare hour after "its" and an adverb of
#: ``colloquial_now_hour_leads.tsv``, closing its clause: the hour it is now.
_NOW_HOUR = (
    r"(?<![\w'’])(?:it'?s|it’s|it[ \t]is)[ \t]{1,3}"
    rf"(?:{alt('colloquial_now_hour_leads')})[ \t]{{1,3}}(?P<h>1[0-2]|[1-9])"
    + _closes_clause("already", "and")
)


def build_now_hour(m: re.Match[str]) -> Found | None:
    """ "its nearly 9 lol": the hour it is now, on a twelve-hour clock read as a bare hour is
    (:func:`bare_hour_clock`); the words before it are out of the span (s35-informal, blind
    text 870); not before "and" and a number ("its past 2 and 3")."""
    after = m.string[m.end() : m.end() + 12].split()
    if after[:1] == ["and"] and (after[1:2] == [] or after[1][0].isdigit()):
        return None
    spec = ClockTime(int(m.group("h")), 0, "hour", None, twelve_hour=True)
    return Found("TIME", spec, trim_start=m.start("h") - m.start())


#: "I've been up since 5 with the baby", "awake since 4 lol": a bare hour after "since" and a
#: word of being awake (``colloquial_since_hour_leads.tsv``), closing its clause as after "at"
#: or before "with"; the hour one got up, the morning's (no afternoon reading, no later hour
#: of a time told before it: "ko 3pm and ive been up since 6" = 06:00).
#: Or after "been" and up to 30 characters of its clause ("been in meetings since 9.", "ive
#: been stuck on this train since 7"; s36-informal, blind text 976): the hour a state began,
#: on a twelve-hour clock as a bare hour is read; not a count ("we've won 3 since 5").
_SINCE_HOUR = (
    rf"\b(?:(?:{alt('colloquial_since_hour_leads')})|been\b[^.!?,;:\n]{{0,30}}?)"
    r"[ \t]{1,3}(?P<lead>since)[ \t]{1,3}(?P<h>1[0-2]|[1-9])"
    # s40-barehours (blind text 978): a verb in "-ing" after it goes on with what one has been
    # doing ("been up since 6 staring at a blank page"; build_since_hour)
    + _closes_clause("with", r"[a-z]{2,15}ing")
)
#: A verb in "-ing" right after the hour (not a noun in "-ing" of ``not_gerunds.tsv``:
#: "since 6 evening", "since 3 buildings").
_SINCE_ING = re.compile(r"[ \t]{1,3}(?P<w>[a-z]{2,15}ing)(?![\w'’])")
_NOT_GERUNDS = frozenset(w.lower() for w in words("not_gerunds"))
#: The words of being awake, read at the word before "since".
_AWAKE = frozenset(w.lower() for w in words("colloquial_since_hour_leads"))


def build_since_hour(m: re.Match[str]) -> Found | None:
    """ "been up since 5 with the baby": the hour one has been awake since, a clock time of the
    morning as said; "since" is the signal, out of the span with the word before it
    (s33-chat2, blind text 824)."""
    before = m.string[m.start() : m.start("lead")].split()
    awake = bool(before) and before[-1].lower() in _AWAKE
    ing = _SINCE_ING.match(m.string, m.end())
    if ing is not None and (not awake or ing.group("w") in _NOT_GERUNDS):
        return None  # "been up since 6 staring": only after a word of being awake
    if not awake and m.string[m.end() : m.end() + 6].split()[:1] == ["with"]:
        return None  # "been waiting since 2 with no reply": left (s33-chat2)
    spec = ClockTime(int(m.group("h")), 0, "hour", None, twelve_hour=not awake)
    return Found("TIME", spec, trim_start=m.start("h") - m.start())


#: "see u at 7.30!", "train at 9.10 so": a clock time with a dot after "at", "@", "til" or
#: "b4" in chat that closes its clause as a bare hour does, or before its day ("at 7.30 tmrw");
#: not "at 2.50 miles", "at 9.99", "at 3.25%" (the minutes 00-59).
_DOT_CLOCK = (
    # an approximator may stand between ("see u at about 7.30": the span takes it, approximate.py)
    r"(?:(?P<lead>at|@|til|till|until|b4|by|from"
    # s37 (blind text 1040): a proposal or a move of a slot, as before a bare hour ("can we do
    # 8.30", "how about 7.45", "make it 8.15")
    + rf"|(?<![\w'’])(?:{alt('colloquial_hour_proposal_leads')})"
    + r")[ \t]{1,3}(?:(?:about|abt|around)[ \t]{1,3})?)?"
    r"(?<![\w.,$£€])"
    r"(?P<h>1[0-2]|0?[1-9])\.(?P<mi>[0-5]\d)"
    # a zone after it in words ("lands 11.45 uk time", "leaving at 9.50 local time"; session
    # 34, blind text 875), which makes it a time without a lead too
    rf"(?:[ \t]{{1,3}}(?P<zw>{ZONE_WORDS})(?!\w)|(?(lead)"
    r"(?=[ \t]{0,3}(?:\n|\Z|[!?,;)]|\.(?!\d)|[^\w\s.,;:!?'’/%$&+\-]"
    rf"|[ \t](?:{alt('colloquial_bare_hour_followers')}|on|this|next|tonight"
    rf"|{alt('deictic_days')}|{WEEKDAY}|{_SHORT})\b))"
    # s37 (blind text 1040): without a lead, a day right after it ("booked for 4, 8.30
    # tomorrow", "7.45 fri?") or the agreement "it is" ("ok 8.30 it is")
    rf"|(?=[ \t]{{1,3}}(?:(?:{alt('deictic_days')}|{WEEKDAY}|{_SHORT})|it(?:[ \t]{{1,3}}is|['’]s))"
    r"[ \t]{0,3}(?:\n|\Z|[!?,;)]|\.(?!\d)|[^\w\s.,;:!?'’/%$&+\-])"
    # or a place after "at" when it opens its sentence ("7.30 at the thai place?": the
    # builder checks the opening)
    r"|(?P<place>[ \t]{1,3}at[ \t]{1,3}(?:the|mine|yours|ours|theirs|his|hers|my|our|your)\b))))"
)


#: A word of a change, a margin or a price before "by" or "from", maybe one word between
#: (``colloquial_margin_words.tsv``): "down by 3.15", "up from 1.45" are amounts.
_MARGIN_BEFORE = re.compile(
    rf"\b(?:{alt('colloquial_margin_words')})(?:[ \t]{{1,3}}\S+)?[ \t]{{1,3}}$", re.IGNORECASE
)


#: What stands right before a clock time that opens its sentence or message: a line break, a
#: sender's colon, or the mark that ends a sentence, and a space.
_OPENING_BEFORE = re.compile(r"(?:\n|[:.!?][ \t])$")


def build_dot_clock(m: re.Match[str]) -> Found | None:
    """ "see u at 7.30!", "dinner at 8.15?": a clock time written with a dot, as British and
    Singaporean chat does, on a twelve-hour clock whose half of the day the words around it
    settle as for a bare hour (:func:`bare_hour_clock`); the lead is a signal. After "by"
    or "from" ("be in your seats by 12.45", "goes live from 7.30"; session 32, blind texts
    672, 673) not after a word of a change, a margin or a price ("down by 3.15")."""
    lead = (group(m, "lead") or "").lower()
    if lead in ("by", "from") and _MARGIN_BEFORE.search(
        m.string, max(0, m.start() - 32), m.start()
    ):
        return None
    if (
        group(m, "place") is not None
        and not _OPENING_BEFORE.search(m.string, max(0, m.start() - 3), m.start())
        and m.start() > 0
    ):
        return None  # "paid 2.50 at the till": a price; "7.30 at the thai place?" opens
    spec = ClockTime(
        int(m.group("h")), int(m.group("mi")), "minute", None, *_zone(m), twelve_hour=True
    )
    return Found("TIME", spec, trim_start=m.start("h") - m.start())


#: A timetable's clock time with a dot: a service named by the time it leaves ("the 10.52
#: gets in about 11.20", "we'll get the 9.40 bus"), before a word of ``timetable_words.tsv``
#: kind "noun" or "verb"; and the time a service arrives or leaves after such a verb, maybe
#: after "at" or an approximator, which the span takes ("gets in about 11.20"; session 36,
#: blind text 995). A "the 1.50" before another word is a price or a number.
_TIMETABLE_VERBS = alternation(r[0] for r in rows("timetable_words") if r[1] == "verb")
_TIMETABLE_DOT_CLOCK = (
    rf"(?:(?P<the>the)[ \t]{{1,3}}|(?P<verb>{_TIMETABLE_VERBS})[ \t]{{1,3}}"
    r"(?:(?:about|around|abt|approx)[ \t]{1,3})?)"
    r"(?P<h>1[0-2]|0?[1-9]|1[3-9]|2[0-3])[.:](?P<mi>[0-5]\d)(?![\d.:]\d|\w)"
)


def build_timetable_clock(m: re.Match[str]) -> Found | None:
    """The clock time of :data:`_TIMETABLE_DOT_CLOCK`: after "the" only before a word of a
    service or of its running ("the 10.52 gets in", "the 9.40 bus")."""
    if group(m, "the") and _TIMETABLE_AFTER.match(m.string, m.end()) is None:
        return None
    h = int(m.group("h"))
    spec = ClockTime(h, int(m.group("mi")), "minute", None, twelve_hour=h <= 12)
    return Found("TIME", spec, trim_start=m.start("h") - m.start())


#: A word of a service or of its running after "the <h>.<mm>" (``timetable_words.tsv``).
_TIMETABLE_AFTER = re.compile(rf"[ \t]{{1,3}}(?:{alt('timetable_words')})\b", re.IGNORECASE)


#: A clock time with a dot opening a chat message, after a sender's label, that answers a
#: question about the time on the line before ("Mum: what time does ur train get in?\nElla:
#: 6.40 but its running late"; :func:`build_answer_dot_clock`; session 36, blind text 937).
_ANSWER_DOT_CLOCK = r"(?<=:[ \t])(?P<h>1[0-2]|0?[1-9])\.(?P<mi>[0-5]\d)(?![\d.:]\d|\w|[ \t]{0,2}%)"
#: A question about the time on the line before (``time_question_words.tsv``, or "when").
_TIME_QUESTION_LINE = re.compile(
    rf"\b(?:{TIME_QUESTION}|when)\b[^\n]{{0,80}}\?[^\n]{{0,8}}$", re.IGNORECASE
)


def build_answer_dot_clock(m: re.Match[str]) -> Found | None:
    """The clock time of :data:`_ANSWER_DOT_CLOCK` when its line opens with a sender's label
    and the line before asks about the time."""
    text = m.string
    line = text.rfind("\n", 0, m.start()) + 1
    if line == 0 or SPEAKER_LABEL.fullmatch(text, line, m.start()) is None:
        return None
    above = text.rfind("\n", 0, line - 1) + 1
    if _TIME_QUESTION_LINE.search(text, above, line - 1) is None:
        return None
    spec = ClockTime(int(m.group("h")), int(m.group("mi")), "minute", None, twelve_hour=True)
    return Found("TIME", spec)


#: "next thurs at mine, 7.30", "drinks fri at the crown, 8.30?": a clock time with a dot after
#: a comma, closing its clause (the end of its line, a mark or an emoji after it); a time only
#: after a day named on its line before the comma (:func:`build_dot_clock_after_day`), not "at
#: mine, 7.30 is fine", "on sat, 2.40 each" (s35-informal2, blind text 956).
_DAY_COMMA_DOT_CLOCK = (
    r"(?<=,[ \t])(?P<h>1[0-2]|0?[1-9])\.(?P<mi>[0-5]\d)"
    r"(?=[ \t]{0,3}(?:\n|\Z|[!?,;)]|\.(?!\d)|[^\w\s.,;:!?'’/%$&+\-£€]))"
)


def build_dot_clock_after_day(m: re.Match[str]) -> Found | None:
    """The clock time of :data:`_DAY_COMMA_DOT_CLOCK` when a day is named on its line within
    48 characters before the comma, no sentence ending between (:data:`_DAY_BEFORE_COMMA`)."""
    text = m.string
    line = text.rfind("\n", 0, m.start()) + 1
    lo = max(line, m.start() - 50)
    if _DAY_BEFORE_COMMA.search(text, lo, m.start()) is None:
        return None
    spec = ClockTime(int(m.group("h")), int(m.group("mi")), "minute", None, twelve_hour=True)
    return Found("TIME", spec)


#: A day named before the comma of :data:`_DAY_COMMA_DOT_CLOCK`, with no sentence mark after it.
_DAY_BEFORE_COMMA = re.compile(rf"\b{_RANGE_DAY_WORDS}\b[^.!?\n]*,[ \t]$", re.IGNORECASE)


#: "Maya: 17th is the last one", "ok 28th it is": a bare day of the month opening a chat message
#: (after its sender's label and a word of ``colloquial_day_echo_leads.tsv``), closing its
#: clause or before a word of ``colloquial_day_echo_followers.tsv``; a day only when it repeats
#: a day of the month the text named before (:func:`build_day_ordinal_echo`; s35-informal2,
#: blind text 956).
_DAY_ORDINAL_ECHO = (
    r"(?<![\w/.,-])(?P<day>[1-9]|[12]\d|3[01])(?P<suffix>st|nd|rd|th)(?!\w)"
    rf"(?=[ \t]{{0,3}}(?:\n|\Z|[!?,;)]|\.(?!\d)|[^\w\s.,;:!?'’/%$&+\-£€]"
    rf"|[ \t]{{1,3}}(?:{alt('colloquial_day_echo_followers')})\b))"
)
#: What opens the message before the day: the line's start, a sender's label ("Maya: ", an
#: export's stamp before it) and a word of ``colloquial_day_echo_leads.tsv``.
_DAY_ECHO_OPEN = re.compile(
    rf"(?:[^\n]{{0,40}}:[ \t]{{1,3}})?(?:(?:{alt('colloquial_day_echo_leads')})[ \t,]{{1,3}})?",
    re.IGNORECASE,
)


def build_day_ordinal_echo(m: re.Match[str]) -> Found | None:
    """The day of :data:`_DAY_ORDINAL_ECHO` when it opens its message and the text named the
    same day of the month before ("the 17th", "on 17th", "The 17th")."""
    text = m.string
    line = text.rfind("\n", 0, m.start()) + 1
    opened = _DAY_ECHO_OPEN.match(text, line, m.start())
    if opened is None or opened.end() != m.start():
        return None
    ordinal = m.group().lower()
    if not any(text.rfind(lead + ordinal, 0, line) >= 0 for lead in ("the ", "on ", "The ", "On ")):
        return None
    return Found("DATE", DayOfMonth(int(m.group("day"))))


#: "from 4-6", "from 9-5": a range of bare hours after "from" in chat, not before a unit, a
#: month, a.m./p.m. or another number ("from 4-6 weeks", "from 4-6 june", "from 10-6pm").
_HOUR = r"(?:1[0-2]|[1-9])"
_HOUR_RANGE = (
    # "from 4-6"; "between 8 and 12", "btwn 2-4" (s30-informal); "from 1 til 5:30", "from 1 to
    # 5:30" (session 32: "til", or "to" before a clock time with its minutes, as "from 1 to 5"
    # counts)
    rf"(?:(?P<lead>from|frm|between|btwn)\s{{1,3}}|(?<![\w.,:£$€/+\-–]))(?P<h1>{_HOUR})"
    rf"(?:\s{{0,2}}[-–]\s{{0,2}}|\s{{1,3}}(?P<and>and|&)\s{{1,3}}"
    rf"|\s{{1,3}}(?P<til>til|till|until|to)\s{{1,3}})"
    # "between 8 and noon": noon closes a morning's range (session 34, blind text 872)
    rf"(?:(?P<h2>{_HOUR})(?::(?P<m2>[0-5]\d))?|(?P<noon>noon|midday)\b"
    # "from 8 till half 12": a British half hour closes it (its own rule's, time_half_hour;
    # s37-informal2, blind text 1005)
    rf"|(?<=l[ \t])half[ \t]{{1,3}}(?P<half>{_HOUR}))"
    rf"(?![\d:.,/]\d|\s{{0,2}}(?:[ap]\.?m\b|%|{UNIT}\b|{_ABBREVIATED}\b|{MONTH}\b))"
)


#: The day a range of bare hours after "between" needs beside it, before ("Thursday between 8
#: and 12", "thurs btwn 2-4") or after ("between 8 and 12 on Thursday", "between 2 and 4 tmrw"):
#: without it the numbers count or are ages ("between 2 and 4 kids", "aged between 8 and 12").
_RANGE_DAY = rf"(?:{alt('deictic_days')}|{WEEKDAY_ANY}|{alt('colloquial_weekdays')})"
#: Before it, the day may carry its day of the month ("Tues 13th between 9 and 1"), or be a
#: numeric date ("3/9 between 8 and 12") or "the 13th" (session 32).
_RANGE_DAY_BEFORE = re.compile(
    rf"(?:\b{_RANGE_DAY}(?:[ \t]{{1,3}}(?:the[ \t]{{1,3}})?[1-3]?\d(?:st|nd|rd|th))?"
    rf"|(?<![\w/.-])[01]?\d/[0-3]?\d|\bthe[ \t]{{1,3}}[1-3]?\d(?:st|nd|rd|th))[ \t,]{{1,3}}$",
    re.IGNORECASE,
)
_RANGE_DAY_AFTER = re.compile(rf"[ \t]{{1,3}}(?:on[ \t]{{1,3}})?{_RANGE_DAY}\b", re.IGNORECASE)


#: What ends a range of bare hours after "between" outside chat: the end of its clause or
#: its day ("can come Tues 13th between 9 and 1, he'll text"), not a noun the numbers count
#: ("on Tuesday between 8 and 12 people were hurt").
_RANGE_CLAUSE_END = re.compile(
    rf"[ \t]{{0,3}}(?:[,.;:!?)\n]|\Z|[-–—][ \t])|[ \t]{{1,3}}(?:on|at|or|{_RANGE_DAY})\b",
    re.IGNORECASE,
)


#: A verb in "-ing" or a conjunction after a range of bare hours outside chat ("from 12 till 4
#: doing the crossword", "from 9 till 5 and then"): the range goes on as a clause (the
#: conjunctions of ``clause_conjunctions.tsv`` and ``hour_range_conjunctions.tsv``: "from 10
#: til 12 if anyone wants to join"). Not data: the ending is grammar.
_RANGE_GOES_ON = re.compile(
    rf"[ \t]{{1,3}}(?:[a-z]{{2,15}}ing\b|(?:{alt('clause_conjunctions')}"
    rf"|{alt('hour_range_conjunctions')})\b(?![ \t]{{1,3}}[a-z]{{2,15}}ed\b))"
)


#: s40-barehours: a day that a dashed range of bare hours without a lead may follow as its hours
#: ("mon-fri 7-4", "xmas eve 7-12", "Tuesday the 24th 8-12"): a span of days, a day with its day
#: of the month, or a holiday; a weekday alone is not enough ("won sat 3-1" is a score).
_HOURS_DAY_BEFORE = re.compile(
    rf"(?:\b{_RANGE_DAY}\.?[ \t]{{0,2}}(?:[-–&/+]|to)[ \t]{{0,2}}{_RANGE_DAY}"
    rf"|\b{_RANGE_DAY}[ \t]{{1,3}}(?:the[ \t]{{1,3}})?[1-3]?\d(?:st|nd|rd|th)"
    rf"|\b{_HOLIDAY_NAMES})[ \t,:]{{1,3}}$",
    re.IGNORECASE,
)
#: ... and what "N til M" without a lead may not follow: an age or a count ("aged 5 till 11",
#: "kids 5 til 7"; ``person_age_leads.tsv``, ``hour_range_count_leads.tsv``).
_HOURS_COUNT_BEFORE = re.compile(
    rf"\b(?:{alt('person_age_leads')}|{alt('hour_range_count_leads')})[ \t]{{1,3}}$",
    re.IGNORECASE,
)


def _leadless_range_ok(m: re.Match[str]) -> bool:
    """ "got a lecture 9 till 11", "builders were on 8 til 5 after that", "mon-fri 7-4 as
    normal", "nye 8-12": a range of bare hours without "from" (s40-barehours, blind texts 334,
    1142, 854, 1116, 872: were untagged). In chat "til", "till" or "until" between the hours
    makes one where the range closes its clause or goes on with a verb in "-ing" or a
    conjunction, not after an age or a count; a dash, in any document, right after a span of
    days, a day with its day of the month or a holiday, closing its clause outside chat."""
    til = (group(m, "til") or "").lower()
    text, start = m.string, m.start()
    if group(m, "and") or group(m, "half") or group(m, "noon"):
        return False
    if til:
        return (
            til != "to"
            and DOCUMENT.get() == "colloquial"
            and _HOURS_COUNT_BEFORE.search(text, max(0, start - 24), start) is None
            and (
                _RANGE_CLAUSE_END.match(text, m.end()) is not None
                or _RANGE_GOES_ON.match(text, m.end()) is not None
            )
        )
    if group(m, "m2"):
        return False
    if DOCUMENT.get() != "colloquial" and _RANGE_CLAUSE_END.match(text, m.end()) is None:
        return False
    return _HOURS_DAY_BEFORE.search(text, max(0, start - 30), start) is not None


def _hour_range_ok(m: re.Match[str]) -> bool:
    """Whether a range of bare hours is one: "and" only after "between", and "between" only
    beside a day (:data:`_RANGE_DAY_BEFORE`, :data:`_RANGE_DAY_AFTER`; s30-informal)."""
    if not group(m, "lead"):
        return _leadless_range_ok(m)
    lead = m.group("lead").lower()
    til = (group(m, "til") or "").lower()
    if til and (lead not in ("from", "frm") or (til == "to" and not group(m, "m2"))):
        return False  # "from 1 to 5 stars", "between 2 til": counts, or no range
    if group(m, "m2") and not til:
        return False  # "from 4-5:30" is left to the clock rules
    if group(m, "half") and til not in ("til", "till", "until"):
        return False  # "from 8 till half 12"; not "from 2 to half 3" (a count of halves)
    if lead in ("from", "frm"):
        # in chat; an email or a forum post read as news has "between" beside a day, or "from"
        # and "till" before the range closes its clause or goes on with a verb in "-ing" or a
        # conjunction ("hid in the pub from 12 till 4 doing the crossword", "open from 9 till
        # 5."; s37-informal, blind texts 1010, 1005; not "from 1 to 5 stars", nor "to")
        if group(m, "and"):
            return False
        if DOCUMENT.get() == "colloquial":
            return True
        return til in ("til", "till", "until") and (
            _RANGE_CLAUSE_END.match(m.string, m.end()) is not None
            or _RANGE_GOES_ON.match(m.string, m.end()) is not None
        )
    if DOCUMENT.get() != "colloquial" and _RANGE_CLAUSE_END.match(m.string, m.end()) is None:
        return False
    return (
        _RANGE_DAY_BEFORE.search(m.string, max(0, m.start() - 20), m.start()) is not None
        or _RANGE_DAY_AFTER.match(m.string, m.end()) is not None
    )


def build_hour_range_first(m: re.Match[str]) -> Found | None:
    """ "practice from 4-6", "working from 9-5": the first hour of a range of bare hours in
    chat, a clock time whose half of the day the words around it settle as for "at 4"
    (:func:`bare_hour_clock`: 4 and 6 in the afternoon, 9 as said); only the number is in
    the span ("from" is the signal); "between 8 and 12" too, "and" only after "between"."""
    if not _hour_range_ok(m):
        return None
    if group(m, "noon"):
        # "between 8 and noon": the morning's hour ("noon" is the noon rule's)
        spec = ClockTime(int(m.group("h1")), 0, "hour", None)
    else:
        spec = ClockTime(int(m.group("h1")), 0, "hour", None, twelve_hour=True)
    return Found("TIME", spec, trim_start=m.start("h1") - m.start(), trim_end=m.end() - m.end("h1"))


def build_hour_range_second(m: re.Match[str]) -> Found | None:
    """The second hour of "from 4-6" (see :func:`build_hour_range_first`)."""
    if group(m, "noon") or group(m, "half") or not _hour_range_ok(m):
        return None
    minutes = group(m, "m2")
    if minutes is not None:
        # "waited from 1 til 5:30": its minutes with it, the half of the day the first hour's
        spec = ClockTime(int(m.group("h2")), int(minutes), "minute", None, twelve_hour=True)
    else:
        spec = ClockTime(int(m.group("h2")), 0, "hour", None, twelve_hour=True)
    return Found("TIME", spec, trim_start=m.start("h2") - m.start())


#: A dashed range of bare hours after a word of opening hours, maybe with its day or pair of
#: days between ("open sat+sun 9-1", "its open 8-4", "open mon-fri 9-5", "opening hours:
#: 10-4": ``colloquial_opening_hours_leads.tsv``), each hour read as after "at" (9 and 13:00);
#: not a score nor a date ("won sat 3-1", "on 9-1"). s38-informal, blind texts 1071, 1072.
_OPEN_HOURS = (
    rf"(?<![\w.:/-])(?P<h1>{_HOUR})[ \t]{{0,2}}[-–][ \t]{{0,2}}(?P<h2>{_HOUR})"
    rf"(?![\d:.,/]\d|[ \t]{{0,2}}(?:[ap]\.?m\b|%|{UNIT}\b|{_ABBREVIATED}\b|{MONTH}\b))"
)
_OPEN_HOURS_BEFORE = re.compile(
    rf"\b{alt('colloquial_opening_hours_leads')}(?:[ \t]{{1,3}}(?:hours|times))?"
    rf"(?:[ \t:]{{1,3}}{_RANGE_DAY}\.?"
    rf"(?:[ \t]{{0,2}}(?:[-–&/+,]|and|to)[ \t]{{0,2}}{_RANGE_DAY}\.?)?)?"
    r"[ \t:,]{1,3}$",
    re.IGNORECASE,
)


#: Recurring days after the range ("open 9-6 at weekends", "open 10-4 daily"): the hours of
#: every such day, which this rule does not read.
_OPEN_HOURS_SET_AFTER = re.compile(
    r"[ \t,]{0,3}(?:(?:at|on)[ \t]{1,3}(?:weekends|weekdays)|daily|every|each)\b", re.IGNORECASE
)


def _open_hours(m: re.Match[str]) -> bool:
    return (
        _OPEN_HOURS_BEFORE.search(m.string, max(0, m.start() - 40), m.start()) is not None
        and _OPEN_HOURS_SET_AFTER.match(m.string, m.end()) is None
    )


def build_open_hours_first(m: re.Match[str]) -> Found | None:
    """ "open sat+sun 9-1": the first hour of opening hours (see :data:`_OPEN_HOURS`)."""
    if not _open_hours(m):
        return None
    spec = ClockTime(int(m.group("h1")), 0, "hour", None, twelve_hour=True)
    return Found("TIME", spec, trim_end=m.end() - m.end("h1"))


def build_open_hours_second(m: re.Match[str]) -> Found | None:
    """ "open sat+sun 9-1": the second hour of opening hours (see :data:`_OPEN_HOURS`)."""
    if not _open_hours(m):
        return None
    spec = ClockTime(int(m.group("h2")), 0, "hour", None, twelve_hour=True)
    return Found("TIME", spec, trim_start=m.start("h2") - m.start())


#: The rules of a range of bare hours ("between 8 and 12"), which run in every document.
HOUR_RANGE_RULES: frozenset[str] = frozenset(
    {"time_hour_range_first_colloquial", "time_hour_range_second_colloquial"}
)


#: The words before "eve" in a holiday's name ("xmas eve", "new years eve"): there "eve" is
#: the day before the holiday, no evening cue ("xmas eve 7-12" is the morning's; s40-barehours,
#: blind text 1116).
_HOLIDAY_EVE = "".join(
    rf"(?<!{re.escape(name.split()[-2])} )"
    for name in sorted({n.lower() for n in _HOLIDAYS if n.lower().endswith(" eve")})
)
#: An evening cue in a chat sentence (``chat_evening_cues.tsv``): "party at 9", "2nite til 10".
_STRONG_EVENING = [r[0] for r in rows("chat_evening_cues") if r[1:] != ("weak",)]
_EVENING_CUE = re.compile(
    rf"\b(?:{_HOLIDAY_EVE + 'eve|' if 'eve' in _STRONG_EVENING else ''}"
    rf"{alternation(w for w in _STRONG_EVENING if w != 'eve')})\b",
    re.IGNORECASE,
)
#: The weak ones ("food from 7", "after work ... by 9ish"): the evening only without a morning
#: cue beside them ("breakfast food from 7" stays 07:00; s37-informal).
_WEAK_EVENING_CUE = re.compile(
    rf"\b{alternation(r[0] for r in rows('chat_evening_cues') if r[1:] == ('weak',))}\b",
    re.IGNORECASE,
)
#: The night words among them ("tonight", "nite"): the small hours are the night's.
_NIGHT_CUE = re.compile(
    rf"\b{alternation(r[0] for r in rows('chat_evening_cues') if r[1:] == ('night',))}\b",
    re.IGNORECASE,
)
#: The rules of bare hours ("at 8", "at 8ish") read by the words around them (the engine calls
#: :func:`bare_hour_clock` for it).
BARE_HOUR_RULES: frozenset[str] = frozenset(
    {
        "time_bare_hour_colloquial",
        "time_since_hour_colloquial",
        "time_now_hour_colloquial",
        "time_clock_ish",
        "time_hour_range_first_colloquial",
        "time_hour_range_second_colloquial",
        "time_open_hours_first_colloquial",
        "time_open_hours_second_colloquial",
        "time_dot_clock_colloquial",
        "time_dot_clock_day_colloquial",
    }
)


def bare_hour_clock(text: str, s_start: int, s_end: int, spec: Spec) -> Spec:
    """A bare hour of chat (rule ``time_bare_hour_colloquial``): from 7 to 11 in the evening
    when the words ``text[s_start:s_end]`` around it have an evening cue ("party at 9",
    "shift 2nite til 10": ``chat_evening_cues.tsv``), else as said; from 1 to 6 in the
    afternoon or evening unless there is a morning cue, as a British clock time is
    (:func:`british_clock`), or a night cue for 1 to 5 ("party tonight til 2": the small
    hours)."""
    if (
        type(spec) is ClockTime
        and spec.twelve_hour
        and spec.base is None
        and 7 <= spec.hour <= 11
        and (
            _EVENING_CUE.search(text, s_start, s_end)
            or (
                _WEAK_EVENING_CUE.search(text, s_start, s_end)
                and not MORNING_CUE.search(text, s_start, s_end)
            )
        )
    ):
        return replace(spec, hour=spec.hour + 12, twelve_hour=False)
    if (
        type(spec) is ClockTime
        and spec.twelve_hour
        and 1 <= spec.hour <= 5
        and _NIGHT_CUE.search(text, s_start, s_end)
    ):
        return spec  # "party tonight til 2": the small hours (anchor.py moves them on)
    return british_clock(text, s_start, s_end, spec)


#: A dashed pair of numbers up to 12 without a year ("from 4-6", "working 9-5", "lost 2-8").
_DASHED_PAIR = re.compile(r"(?:1[0-2]|0?[1-9])\s{0,2}-\s{0,2}(?:1[0-2]|0?[1-9])")


#: "of" in a half's span: the half of a year ("first half of 2014", "of the year").
_OF_PERIOD = re.compile(r"\sof\s", re.IGNORECASE)


def ignored(text: str, start: int, end: int, rule_id: str) -> bool:
    """What a colloquial document does not tag although other texts would: the words of
    ``colloquial_ignored.tsv`` ("my current obsession"), a bare number before 1900 read as
    a year ("lost 1500 in a day", "walked over 1000 miles": in chat, an amount) and a dashed
    pair of numbers up to 12 without a year in running text ("practice from 4-6", "working
    9-5", "won 4-2": chat writes a date with a slash, a dashed pair is a range of hours or a
    score; alone, "6-4" is still the date) and a half without its year ("a goal in the first
    half", "pacing me in 2nd half": chat's halves are a game's or a race's; "the first half of
    the year" stays)."""
    surface = text[start:end]
    if surface.lower() in _IGNORED:
        return True
    if surface.lower() in _GREETING_PARTS and _greeting(text, start, end):
        return True
    if rule_id == "date_numeric" and (
        (surface in _FRACTIONS and _WORD_AFTER.match(text, end))
        or (_DASHED_PAIR.fullmatch(surface) and text.strip() != surface)
    ):
        return True
    if rule_id == "date_half" and not _OF_PERIOD.search(surface):
        return True
    return rule_id == "date_year" and surface.isdigit() and int(surface) < 1900


#: The parts of the day a chat message may open with as a greeting ("Morning team!"): the
#: morning, afternoon and evening words of ``parts_of_day.tsv`` and
#: ``colloquial_parts_of_day.tsv``, singular; and "night", "nite", the good night that ends
#: a chat ("night love x", "night, speak sunday x"), not "overnight".
_GREETING_PARTS = frozenset(
    word.lower()
    for name in ("parts_of_day", "colloquial_parts_of_day")
    for word, code, *_ in rows(name)
    if (code in ("MO", "AF", "EV") or (code == "NI" and not word.startswith("over")))
    and not word.endswith("s")
)
#: A greeting's start: the start of a line, maybe after an export's stamp ("06/05/2026, 08:12
#: - ", "[12/09/2026, 07:58] ") and a speaker's name as chat apps write it ("Jo", "Dave (no
#: 14)", "kate.m") and a colon, or a sentence of the message before it ("Dad: not bad. night
#: love x").
_MESSAGE_START = re.compile(
    r"(?:(?:^|\n)"
    r"(?:\[[\d/.,: ]{8,24}(?:\s?[APap][Mm])?\]\s{0,2}"
    r"|\d{1,2}/\d{1,2}/\d{2,4},?\s\d{1,2}[:.]\d{2}(?:\s?[APap][Mm])?\s[-–]\s)?"
    r"(?:[A-Za-z][\w.]{0,20}(?: [A-Z][\w.]{0,20})?(?: \([^()\n]{1,15}\))?:\s{1,3})?"
    r"|[.!?][ \t]{1,3})$"
)
#: What follows a greeting: a mark or one of ``greeting_addressees.tsv``.
_GREETING_AFTER = re.compile(
    # not a list of parts of the day ("Morning, afternoon and night parade rehearsals")
    rf"\s{{0,2}}!|\s{{0,2}},(?!\s{{0,2}}(?:{POD}|noon|and)\b)"
    rf"|\s{{1,3}}(?:{alternation(words('greeting_addressees'))})\b",
    re.IGNORECASE,
)


def _greeting(text: str, start: int, end: int) -> bool:
    """True if the part of the day at ``[start, end)`` opens a message as a greeting: "Morning
    team! Rota for next week below", "Jo: Evening all,"; not "Morning run was great"."""
    if _GREETING_AFTER.match(text, end) is None:
        return False
    if _MESSAGE_START.search(text, max(0, start - 75), start) is not None:
        return True
    # "legend. ok night all x": an interjection between the message's start and the greeting
    opener = _GREETING_OPENER.search(text, max(0, start - 12), start)
    return (
        opener is not None
        and _MESSAGE_START.search(text, max(0, opener.start() - 75), opener.start()) is not None
    )


#: An interjection right before a greeting (``greeting_openers.tsv``: "ok", "right,").
_GREETING_OPENER = re.compile(
    rf"(?<![\w'])(?:{alternation(words('greeting_openers'))}),?[ \t]{{1,3}}$", re.IGNORECASE
)


#: "12/25", "25/12": a month and day with a slash, without a year or a word before it.
_SLASH_DATE = r"(?<![\d./-])(?P<sa>\d{1,2})/(?P<sb>\d{1,2})(?![.\-/]?\d)(?!\s{0,2}%)"
#: "24/7" is all the time, not a date.
_NOT_SLASH_DATES = frozenset({(24, 7)})


def build_slash_date(m: re.Match[str]) -> Found | None:
    """ "12/25", "25/12" in chat: a month and a day without a year need no date word before
    them when one of the two numbers cannot be a month; "1/2", "4/5", "10/10" (fractions,
    ratings, scores) can be both and stay untagged, as in every document type."""
    a, b = int(m.group("sa")), int(m.group("sb"))
    if max(a, b) <= 12 or (a, b) in _NOT_SLASH_DATES:
        return None
    md = month_day(a, b)
    return None if md is None else Found("DATE", CalendarDate(None, *md))


RULES: tuple[Rule, ...] = (
    Rule(
        "date_slash_colloquial",
        "<m>/<d> or <d>/<m>, one of them over 12: 12/25, 25/12",
        _SLASH_DATE,
        build_slash_date,
        priority=3,
        trigger=T_DIGIT,
        documents=_COLLOQUIAL,
    ),
    Rule(
        "date_month_colloquial",
        "<month, any case, alone>",
        rf"(?P<month>{MONTH})",
        build_month,
        priority=-1,
        trigger=T_MONTH,
        documents=_COLLOQUIAL,
    ),
    Rule(
        "date_month_day_colloquial",
        "<month, any case> <day>[st] [<year>]: sept 12, nov 3rd",
        rf"(?P<month>{MONTH})\s{{0,2}}(?P<day>\d{{1,2}})(?P<th>st|nd|rd|th)?{_NOT_AFTER_DAY}{_YEAR_AFTER}",
        build_month_day,
        priority=1,
        trigger=T_MONTH,
        documents=_COLLOQUIAL,
    ),
    Rule(
        "date_day_month_colloquial",
        "<day>[st] [of] <month, any case> [<year>]: 5th jan, 26nov 2015",
        rf"(?P<day>\d{{1,2}})(?P<th>st|nd|rd|th)?\s{{0,2}}(?:of\s{{1,3}})?(?P<month>{MONTH})"
        rf"{_YEAR_AFTER}",
        build_month_day,
        priority=1,
        trigger=T_MONTH,
        documents=_COLLOQUIAL,
    ),
    Rule(
        "date_month_part_colloquial",
        "mid|early|late <month, any case>: mid-jan",
        rf"(?P<part>mid|early|late)(?:-|\s{{1,3}})(?P<month>{MONTH})",
        build_month_part,
        trigger=T_MONTH,
        documents=_COLLOQUIAL,
    ),
    Rule(
        "date_weekday_colloquial",
        "[this|next|last|every|a] <weekday, any case or abbreviated> [<part of day>]",
        rf"(?:{_SET}|{_REL}|{_A}){_QUAL}{_WD}(?:(?P<plural>s)(?![\w'’])|{SP}(?P<pod>{POD}|{_CPOD})|{_DAY_OF_MONTH})?",
        build_weekday,
        trigger=_WEEKDAY_PREFIX,
        documents=_COLLOQUIAL,
    ),
    # "at" and "@" in the next two rules are the grammar of a clock form, not a word list.
    Rule(
        "time_weekday_clock",
        "[this|next] <weekday>[,] [at] <h>[:<mm>]am|pm",
        rf"{_REL}{_WD}\.?,?\s{{0,3}}(?:(?:at|@)\s{{0,3}})?(?P<h>\d{{1,2}})(?:[:.]?(?P<mi>\d{{2}}))?"
        rf"\s{{0,2}}(?P<ampm>[ap]\.?\s?m\b\.?){_ZONE}",
        build_weekday_clock,
        priority=1,
        trigger=_WEEKDAY_PREFIX,
        documents=_COLLOQUIAL,
    ),
    Rule(
        "time_clock_weekday",
        "<h>[:<mm>]am|pm [on] [this|next] <weekday>: 7pm wed, 2pm sun",
        rf"(?P<h>\d{{1,2}})(?:[:.](?P<mi>\d{{2}}))?\s{{0,2}}(?P<ampm>[ap]\.?\s?m\b\.?){_ZONE}"
        rf",?\s{{1,3}}(?:on\s{{1,3}})?{_REL}{_WD}(?![\w'’])(?!\.?,?\s{{0,3}}(?:{MONTH}|\d))"
        # not the first of a dashed range of weekdays, a weekly schedule's ("till 9pm mon-sat",
        # "10am-4pm Tue-Sun": every such day's hours, the days a SET; s41b-habits, narrative 1128)
        rf"(?!{DASH_WEEKDAY})",
        build_clock_day,
        priority=1,
        trigger=_WEEKDAY_PREFIX,
        documents=_COLLOQUIAL,
    ),
    Rule(
        "time_bare_hour_colloquial",
        "at|@|til|b4|by|from <hour> closing its clause: see u at 8?, pick u up @ 10",
        _BARE_HOUR,
        build_bare_hour,
        priority=1,
        trigger=T_DIGIT,
        documents=_COLLOQUIAL,
    ),
    Rule(
        "time_bare_hour_clocked",
        "at|by|until|before <hour> closing its clause beside a told clock time: set off at 6am "
        "and were on the summit by 10",
        _CLOCKED_HOUR,
        build_clocked_hour,
        priority=1,
        trigger=T_DIGIT,
        documents=("news", "narrative"),
    ),
    Rule(
        "time_booked_clock",
        "booked ... for <h>.<mm>: table booked for 7.30",
        _BOOKED_CLOCK,
        build_booked_clock,
        priority=1,
        trigger=T_DIGIT,
    ),
    Rule(
        "time_now_hour_colloquial",
        "its nearly|almost|gone <hour> closing its clause: its nearly 9 lol",
        _NOW_HOUR,
        build_now_hour,
        priority=1,
        trigger=T_DIGIT,
        documents=_COLLOQUIAL,
    ),
    Rule(
        "time_since_hour_colloquial",
        "up|awake since <hour> closing its clause: been up since 5 with the baby",
        _SINCE_HOUR,
        build_since_hour,
        priority=1,
        trigger=T_DIGIT,
        documents=_COLLOQUIAL,
    ),
    Rule(
        "date_day_ordinal_echo",
        "Maya: 17th is the last one (after 'the 17th')",
        _DAY_ORDINAL_ECHO,
        build_day_ordinal_echo,
        priority=1,
        trigger=r"\d{1,2}(?:st|nd|rd|th)$",
        documents=_COLLOQUIAL,
    ),
    Rule(
        "time_dot_clock_day_colloquial",
        "<day> ..., <h>.<mm>: next thurs at mine, 7.30",
        _DAY_COMMA_DOT_CLOCK,
        build_dot_clock_after_day,
        priority=1,
        trigger=T_DIGIT,
        documents=_COLLOQUIAL,
    ),
    Rule(
        "time_answer_dot_clock_colloquial",
        "<label>: <h>.<mm> after a question about the time: what time ...?\nElla: 6.40",
        _ANSWER_DOT_CLOCK,
        build_answer_dot_clock,
        priority=1,
        trigger=T_DIGIT,
        documents=_COLLOQUIAL,
    ),
    Rule(
        "time_timetable_clock_colloquial",
        "the <h>.<mm> <service>|<runs> [about] <h>.<mm>: the 10.52 gets in about 11.20",
        _TIMETABLE_DOT_CLOCK,
        build_timetable_clock,
        priority=1,
        trigger=T_DIGIT,
        documents=_COLLOQUIAL,
    ),
    Rule(
        "time_dot_clock_colloquial",
        "at|@|til|b4 <h>.<mm>: see u at 7.30!",
        _DOT_CLOCK,
        build_dot_clock,
        priority=1,
        trigger=T_DIGIT,
        documents=_COLLOQUIAL,
    ),
    Rule(
        "time_hour_range_first_colloquial",
        "(from) <hour>(-|til <hour>[:<mm>]): practice from 4-6, waited from 1 til 5:30",
        _HOUR_RANGE,
        build_hour_range_first,
        priority=1,
        trigger=T_DIGIT,
        # every document: outside chat "between" beside its day only (_hour_range_ok)
    ),
    Rule(
        "time_hour_range_second_colloquial",
        "(from <hour>-|til)<hour>[:<mm>]: practice from 4-6, waited from 1 til 5:30",
        _HOUR_RANGE,
        build_hour_range_second,
        # over time_clock_24h's "5:30" alone, whose half of the day the range's first hour
        # does not settle
        priority=2,
        trigger=T_DIGIT,
        # every document (see above)
    ),
    Rule(
        "time_open_hours_first_colloquial",
        "open [<day>[+<day>]] <hour>-<hour>: open sat+sun 9-1, its open 8-4",
        _OPEN_HOURS,
        build_open_hours_first,
        priority=1,
        trigger=T_DIGIT,
        documents=_COLLOQUIAL,
    ),
    Rule(
        "time_open_hours_second_colloquial",
        "open [<day>[+<day>]] <hour>-<hour>: open sat+sun 9-1, its open 8-4",
        _OPEN_HOURS,
        build_open_hours_second,
        priority=2,
        trigger=T_DIGIT,
        documents=_COLLOQUIAL,
    ),
    Rule(
        "time_at_hhmm",
        "at <hh><mm>",
        rf"at\s{{1,3}}(?:{alt('point_approximators')}\s{{1,3}})?(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)(?!\d)",
        build_compact_clock,
        priority=3,
        trigger=T_DIGIT,
        documents=_COLLOQUIAL,
    ),
    Rule(
        "duration_compact",
        "<n><unit>: 2wks, 24hr, 3yrs",
        rf"(?P<n>\d{{1,3}})(?P<unit>{_ABBREVIATED})",
        build_compact_duration,
        trigger=rf"\d{{1,3}}{_ABBREVIATED}$",
        documents=_COLLOQUIAL,
    ),
    Rule(
        "duration_seconds_colloquial",
        "<n> sec|secs, a sec (lower case)",
        r"(?<![\d.,/])(?:(?P<n>\d{1,3})\s{1,3}secs?|\b(?P<a>[Aa])\s{1,3}sec)\b",
        build_seconds,
        trigger=r"secs?$",
        case_sensitive=True,
        documents=_COLLOQUIAL,
    ),
    Rule(
        "date_short_relative",
        "nxt|lst|this yr|wk|mth",
        rf"(?P<rel>{alt('colloquial_unit_relatives')})\s{{1,3}}"
        rf"(?P<unit>{alt('colloquial_calendar_units')})",
        build_short_relative,
        trigger=rf"{alt('colloquial_calendar_units')}$",
        documents=_COLLOQUIAL,
    ),
    Rule(
        "date_period_end",
        "eod|eow|eom|eoy",
        rf"(?P<end>{alt('colloquial_period_ends')})",
        build_period_end,
        trigger=rf"{alt('colloquial_period_ends')}$",
        documents=_COLLOQUIAL,
    ),
    Rule(
        "date_period_end_day",
        "EOD|COB|close of business [today|tomorrow|<weekday>]",
        rf"(?P<end>EOD|COB|eod|cob|{alt('day_end_phrases')})(?![\w-])(?:{SP}(?:on{SP})?(?:(?P<deic>today|tomorrow|tmrw|tmr)"
        rf"|(?:(?P<rel>next|this|this{SP}coming|coming){SP})?(?P<wd>{WEEKDAY}|{_BARE_WEEKDAY})"
        rf"|(?P<day>\d{{1,2}})(?:st|nd|rd|th)?{SP}(?:of{SP})?(?P<month>{MONTH})"
        rf"|(?P<month2>{MONTH}){SP}(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?(?!\d))(?![\w'’]))?",
        build_period_end_day,
        priority=1,
        trigger=r"(?:eod|cob|business|play|day)$",
    ),
    Rule(
        "date_period_end_unit",
        "EOW|end of month|end of year",
        rf"(?P<end>{alt('period_end_phrases')})(?![\w-])(?!{SP}(?:\d|{alt('numbers')}\b))",
        build_period_end_unit,
        priority=1,
        trigger=r"(?:eow|eom|eoq|eoy|week|month|quarter|year)$",
    ),
    Rule(
        "duration_plus",
        "<n>+ <unit>: 4+ hours",
        rf"(?P<n>\d{{1,3}})\+\s{{0,2}}(?P<unit>{_ABBREVIATED})(?!\s{{1,3}}ago\b)",
        build_plus_duration,
        priority=1,
        trigger=rf"{_ABBREVIATED}$",
        documents=_COLLOQUIAL,
    ),
    Rule(
        "time_plus_clock",
        "<hour>+am|pm: 5+am",
        r"(?<![\d.:])(?P<h>1[0-2]|0?[1-9])\+\s{0,2}(?P<ap>[apAP])\.?[mM]\b\.?",
        build_plus_clock,
        priority=1,
        trigger=T_DIGIT,
        documents=_COLLOQUIAL,
    ),
    Rule(
        "date_plus_ago",
        "<n>+ <unit> ago: 2+ days ago",
        rf"(?P<n>\d{{1,3}})\+\s{{0,2}}(?P<unit>{_ABBREVIATED})\s{{1,3}}ago",
        build_plus_ago,
        priority=3,
        trigger=r"ago$",
        documents=_COLLOQUIAL,
    ),
    Rule(
        "date_elongated",
        "tomorrowww, fridayyy, tonighttt",
        rf"(?P<word>{_ELONGATED})",
        build_elongated,
        trigger=rf"{_ELONGATED}$",
        documents=_COLLOQUIAL,
    ),
    Rule(
        "time_day_colloquial_pod",
        "this|tmrw|yest <morn|arvo|aft>",
        rf"(?:this|(?P<deictic>{alt('deictic_days')})){SP}(?P<pod>{_CPOD})",
        build_day_pod,
        trigger=rf"{_CPOD}$",
        documents=_COLLOQUIAL,
    ),
    Rule(
        "date_day_word",
        "last|this|next day; the whole day",
        rf"(?P<which>{alt('colloquial_day_words')})\s{{1,3}}day",
        build_day_word,
        trigger=r"day$",
        documents=_COLLOQUIAL,
    ),
    Rule(
        "date_holiday_colloquial",
        "[last|next|this] <holiday, any case>: boxing day, new years eve, nye, fathers day",
        rf"(?:(?P<hrel>last|next|this)\s{{1,3}})?(?P<name>{_HOLIDAY_NAMES})(?![\w'’-])",
        build_holiday,
        priority=-1,
        trigger=holiday_words(_HOLIDAYS),
        documents=_COLLOQUIAL,
    ),
    Rule(
        "vague_colloquial",
        "rn|atm: right now, at the moment",
        rf"(?P<word>{alt('colloquial_vague')})(?![\w'’-])",
        build_vague,
        trigger=rf"{alt('colloquial_vague')}$",
        documents=_COLLOQUIAL,
    ),
    Rule(
        "colloquial_bare_word",
        "[the|a|another|the whole] day|days|week|morning|night|weekend|future ... [<n>]",
        rf"(?:(?P<lead>{alt('colloquial_bare_leads')}){SP}|(?P<the>the{SP}))?"
        rf"(?P<word>{alt('colloquial_units')}){_LABEL_NUMBER}",
        build_bare,
        priority=-1,
        trigger=rf"{alt('colloquial_units')}$",
        documents=_COLLOQUIAL,
    ),
)
