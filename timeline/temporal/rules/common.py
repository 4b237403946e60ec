"""Sub-patterns and helpers shared by the rule families, built from the lexicons.

Every alternation comes from a ``resources/en/*.tsv`` file (longest entry first). Repetitions
are bounded so that no pattern can backtrack catastrophically.
"""

from __future__ import annotations

import re

from ..lexicon import alt, alternation, lookup, may_end_with, rows, table, words
from ..units import unit_of
from ..units import words as unit_words

#: The space between two words of a pattern.
SP = r"\s{1,3}"
#: Month names and abbreviations ("Sept.", "March").
MONTH = alt("months")
_WEEKDAY_ROWS = rows("weekdays")
#: Full weekday names and dotted abbreviations ("Wednesday", "Wed.").
WEEKDAY = alternation([r[0] for r in _WEEKDAY_ROWS if r[2:] != ("abbreviation",)])
#: Any weekday word, bare abbreviations too ("Wed", "sat"): only where a date follows.
WEEKDAY_ANY = alt("weekdays")
#: A question about the time (``time_question_words.tsv``: "what time", "wat time").
TIME_QUESTION = alt("time_question_words")
#: Bare weekday abbreviations, also common words ("sun", "sat", "wed").
WEEKDAY_ABBREVIATIONS = frozenset(r[0] for r in _WEEKDAY_ROWS if r[2:] == ("abbreviation",))
#: Season words.
SEASON = alt("seasons")
#: Part-of-day words.
POD = alt("parts_of_day")
#: Modifier phrases ("the beginning of", "late", "mid-").
PART_WORD = alt("part_words")
#: Time unit words, singular and plural.
UNIT = alt("units")
#: Time zone abbreviations (case-sensitive use).
TZ = alternation([r[0] for r in rows("timezones")])
#: The same in lower case, for those of three letters or more ("gmt", "pst", not "z"): only
#: after a clock time, where no English word is one of them (those that are English words in
#: lower case, "EAT", "WEST", are marked ``capitals`` in timezones.tsv and match only so).
TZ_LOWER = alternation(
    [r[0].lower() for r in rows("timezones") if len(r[0]) >= 3 and r[2:] != ("capitals",)]
)
#: The trigger of rules that end in a zone abbreviation ("at 8 GMT", "at 8 ET"): every one of
#: two letters or more, any case.
T_ZONE = (
    alternation(
        sorted(
            {r[0].lower() for r in rows("timezones") if len(r[0]) >= 2 and r[2:] != ("capitals",)}
            | {r[0].lower() for r in rows("zone_names") if r[0].isupper()}
        )
    )
    + "$"
)
#: Zones named as a region's civil time (zone_names.tsv): capitals only ("ET") ...
ZONE_ABBREV = alternation([r[0] for r in rows("zone_names") if r[0].isupper()])
#: ... and in words, any case ("Kyiv time", "local time"). Most end in "time": their stems
#: share one "time" ("(?:Kyiv|local|...)\s{1,3}time"), which keeps the pattern, written into
#: every clock rule, small enough to compile fast at import.
_ZONE_WORD_ROWS = [r[0] for r in rows("zone_names") if not r[0].isupper()]
_ZONE_STEMS = [w[: -len(" time")] for w in _ZONE_WORD_ROWS if w.lower().endswith(" time")]
ZONE_WORDS = (
    rf"(?:(?:{alternation(_ZONE_STEMS)})\s{{1,3}}time"
    rf"|{alternation([w for w in _ZONE_WORD_ROWS if not w.lower().endswith(' time')])})"
)
#: ... and a region's word alone, capitalized (zone_regions.tsv: "midnight Eastern on
#: Friday"), in a group ``zr``: not before another capitalized word that is no weekday or
#: month ("9 a.m. Central Park", "Pacific Fleet"), nor a hyphen.
ZONE_REGION = (
    rf"(?-i:(?P<zr>{alternation([r[0] for r in rows('zone_regions')])}))"
    rf"(?![\w-]|\s{{1,3}}(?!(?:{WEEKDAY}|{MONTH})(?!\w))(?-i:[A-Z]))"
)
#: Ordinal words ("third", "twenty-first").
ORDINAL_WORD = alternation([w for w, v in table("ordinals").items() if int(v) > 0])

_NUMBER_WORDS = table("numbers")
_TENS = [w for w, v in _NUMBER_WORDS.items() if int(v) % 10 == 0 and 20 <= int(v) <= 90]
_ONES = [w for w, v in _NUMBER_WORDS.items() if 1 <= int(v) <= 9 and w not in ("a", "an")]
#: A number written in words: "twenty-four", "twenty four", "a dozen", "three", "a".
NUM_WORD = (
    rf"(?:{alternation(_TENS)}(?:[-\s]{alternation(_ONES)})?|"
    rf"{alternation(list(_NUMBER_WORDS))})"
)
#: A number in digits (optionally with a fraction "1/2" or decimal) or in words.
NUM = rf"(?:\d{{1,4}}(?:\.\d{{1,2}})?(?:\s1/2)?|{NUM_WORD})"
#: Words that put a clock time said without a.m./p.m. in the morning ("up at half 6 for work",
#: "alarm at 4": ``chat_morning_cues.tsv``), read by the clock rules, chat and the day joins.
MORNING_CUE = re.compile(rf"\b{alt('chat_morning_cues')}\b", re.IGNORECASE)
#: A vague quantity ("several", "a few").
VAGUE_Q = alt("vague_quantities")

_SPLIT = re.compile(r"[-\s]+")


def last_words(name: str) -> str:
    """The alternation of the last words of lexicon ``name``'s entries: the trigger of a rule
    whose every match ends with one of its entries."""
    return alternation(sorted({r[0].lower().split()[-1] for r in rows(name)}))


def unit_name(word: str) -> str:
    """The unit name ("week") of a unit word ("weeks")."""
    return unit_of(word)


def number(text: str) -> float | None:
    """The value of a number in digits or words ("24", "twenty-four", "a dozen", "2 1/2")."""
    t = " ".join(text.lower().split())
    if not t:
        return None
    if t[0].isdigit():
        half = t.endswith(" 1/2")
        base = t[:-4] if half else t
        try:
            return float(base.replace(",", "")) + (0.5 if half else 0)
        except ValueError:
            return None
    if t in _NUMBER_WORDS:
        return float(_NUMBER_WORDS[t])
    total = 0.0
    for part in _SPLIT.split(t):
        if part not in _NUMBER_WORDS:
            return None
        total += float(_NUMBER_WORDS[part])
    return total


#: ``whole_rates.tsv``: (count, unit, rate unit) that say "all the time" ("24 hours a day").
_WHOLE_RATES = frozenset((int(r[0]), r[1], r[2]) for r in rows("whole_rates"))
#: A count and a unit right before a rate word ("365 days " before "a year").
_COUNT_UNIT_BEFORE = re.compile(r"(?:^|\s)([\w-]{1,12})\s{1,3}([a-z]{3,8})\s{1,3}$", re.IGNORECASE)
#: "a"/"an"/"per" and a unit right after a count of units ("... days a year").
_RATE_AFTER = re.compile(r"\s{1,3}(?:an?|per)\s{1,3}([a-z]{3,6})(?![\w-])", re.IGNORECASE)


def whole_rate(count: str, unit: str, rate_unit: str) -> bool:
    """True if ``count`` ``unit`` fill one ``rate_unit`` ("24 hours a day", "seven days a week",
    "365 days a year"): an idiom for "all the time", no duration and no recurrence."""
    n = whole_number(count)
    if n is None:
        return False
    try:
        return (n, unit_of(unit), unit_of(rate_unit)) in _WHOLE_RATES
    except KeyError:
        return False  # "365 people a year": no unit


def whole_rate_before(text: str, start: int, rate_unit: str) -> bool:
    """True if a count and a unit right before ``start`` fill one ``rate_unit`` (see
    :func:`whole_rate`): "365 days" before "a year"."""
    m = _COUNT_UNIT_BEFORE.search(text, max(0, start - 30), start)
    return m is not None and whole_rate(m.group(1), m.group(2), rate_unit)


def whole_rate_after(text: str, end: int, count: str, unit: str) -> bool:
    """True if "a"/"per" and a unit right after ``end`` make ``count`` ``unit`` one whole rate
    unit (see :func:`whole_rate`): "24 hours" before "a day"."""
    m = _RATE_AFTER.match(text, end)
    return m is not None and whole_rate(count, unit, m.group(1))


def whole_number(text: str) -> int | None:
    """The value of a number that is whole ("three", "24"), else None ("2 1/2", "1.5")."""
    n = number(text)
    if n is None or n != int(n):
        return None
    return int(n)


def month_number(word: str) -> int:
    return int(lookup("months", word))


def weekday_number(word: str) -> int:
    return int(lookup("weekdays", word))


#: The leading digits of an ordinal written in digits ("21st").
_DIGITS = re.compile(r"\d+")


def ordinal(word: str) -> int:
    w = word.lower()
    if w[:1].isdigit():
        return int(_DIGITS.match(w).group())  # type: ignore[union-attr]
    return int(lookup("ordinals", w))


def mod_of(words: str | None) -> str | None:
    """The TIMEX3 mod of a modifier phrase ("the end of" -> END), or None."""
    if not words:
        return None
    key = " ".join(words.lower().replace("-", " - ").split()).replace(" - ", "-")
    stem = key.rstrip("-").strip()
    for candidate in (key, stem, stem + "-"):  # "end-" is a modifier only with its hyphen
        try:
            return lookup("part_words", candidate)
        except KeyError:
            continue
    return None


_PREV_WORD = re.compile(r"([\w'’.-]{1,30})[\s,]{0,3}$")
_NEXT_WORD = re.compile(r"[\s,]{0,3}([\w'’.-]{1,30})")

_APPROX_ROWS = rows("approximators")
#: An optional approximation before a number (group ``approx``): ``approximators.tsv``; a word
#: marked ``count`` ("over", "under") only before a number (in digits or words) or "a"/"an".
APPROX = (
    rf"(?:(?P<approx>{alternation([r[0] for r in _APPROX_ROWS if len(r) < 3])}|"
    rf"{alternation([r[0] for r in _APPROX_ROWS if len(r) > 2])}"
    rf"(?=\s{{1,3}}(?:an?|\d|{NUM_WORD}\b)))"
    r"\s{1,3})?"
)

#: A unit of time ending right before "late" or "early": "two hours late on Friday", "a day
#: late this week", "three days late in January" time how late something was, and the day or
#: period after them has no part of its own (no mod END / START). Searched back from the
#: "late" (see :func:`lateness`).
_LATENESS_BEFORE = re.compile(
    rf"(?<![\w'’-])(?:\d{{1,3}}|an?|few|several|{NUM_WORD})[\s-]{{1,3}}"
    rf"(?:{alternation(unit_words())})\s{{1,3}}$",
    re.IGNORECASE,
)


def lateness(text: str, start: int) -> bool:
    """True if the "late" or "early" at ``start`` follows a count of a unit of time: the
    lateness of what that measure times ("the train was two hours late on Friday"), no
    modifier ("the 2026 fiscal year early this morning" keeps its part of the day)."""
    return _LATENESS_BEFORE.search(text, max(0, start - 30), start) is not None


#: An approximating word written with its dot and glued to a year after it ("c.1760",
#: "ca.1580": ``point_approximators.tsv``, where "before", the words that end in a dot).
_DOTTED_APPROXIMATORS = [
    r[0] for r in rows("point_approximators") if r[2] == "before" and r[0].endswith(".")
]
_GLUED_APPROXIMATOR = re.compile(
    rf"(?<![\w'’.-])(?:{alternation(_DOTTED_APPROXIMATORS)})$", re.IGNORECASE
)


def glued_approximator(text: str, start: int) -> int | None:
    """The start of an approximating word glued to the number at ``start`` by its dot
    ("c.1760", as encyclopedias and catalogues write it; s42-history: was untagged), or None."""
    if text[start - 1 : start] != ".":
        return None
    m = _GLUED_APPROXIMATOR.search(text, max(0, start - 8), start)
    return None if m is None else m.start()


#: An optional modifier before a date: "late", "the beginning of", "mid-" (group ``part``).
MODP = rf"(?:(?P<part>{PART_WORD})(?:\s{{1,3}}|-|(?<=-)))?"
#: :data:`MODP`, or "early on" / "late on" before a day of a month (group ``onpart``): "signed
#: late on 12 March", "left early on May 3" are that day's end and start, as "late on Monday" is
#: Monday's; only "early" and "late" take "on" ("later on 12 March" is no part of the day).
MODP_ON = (
    rf"(?:(?P<part>{PART_WORD})(?:\s{{1,3}}|-|(?<=-))|(?P<onpart>early|late)\s{{1,3}}on\s{{1,3}})?"
)

#: Words after "a quarter", "the quarter" that make it a fraction of a measure, not three months:
#: "raised rates by a quarter point", "a quarter percentage point", "the quarter mile"
#: (``quarter_measure_followers.tsv``).
QUARTER_MEASURE = re.compile(
    r"[\s-]{1,3}(?:" + alt("quarter_measure_followers") + r")\b", re.IGNORECASE
)


#: What may stand around an isolated phrase: a leading signal ("on", "at", "see you") and
#: closing punctuation (``phrase_leads.tsv``).
_PHRASE_BEFORE = re.compile(rf"\s{{0,3}}(?:{alt('phrase_leads')}\s{{1,3}})?", re.IGNORECASE)
_PHRASE_AFTER = re.compile(r"[\s.,;:!?]{0,8}")
#: Words right before a lower-case month or weekday name that make it a date
#: (``lowercase_date_contexts.tsv``).
_LOWER_CONTEXT = re.compile(
    rf"(?<![\w'’-])(?:{alt('lowercase_date_contexts')})\s{{1,3}}$", re.IGNORECASE
)
#: Words right before a lower-case month name only that make it a date ("back in november":
#: ``lowercase_month_contexts.tsv``).
_LOWER_MONTH_CONTEXT = re.compile(
    rf"(?<![\w'’-])(?:{alt('lowercase_month_contexts')})\s{{1,3}}$", re.IGNORECASE
)


def isolated(m: re.Match[str]) -> bool:
    """True if the text is only this expression, but for a leading signal word ("on monday",
    "at 3pm") and closing punctuation: a phrase typed into a search box, the try-it panel or
    ``/resolve``, where a lower-case name ("monday", "may") can only be a date."""
    text = m.string
    return (
        m.start() <= 24
        and _PHRASE_BEFORE.fullmatch(text, 0, m.start()) is not None
        and len(text) - m.end() <= 8
        and _PHRASE_AFTER.fullmatch(text, m.end()) is not None
    )


def lowercase_ok(m: re.Match[str], name: str, ambiguous: bool) -> bool:
    """May the lower-case name ``name`` (a group of ``m``) be a date? Capitalised names are
    left to the rule; a lower-case one needs a word before it that makes it a date ("see you
    monday", "on march 3") or an isolated phrase; an ``ambiguous`` one ("may", "march",
    "sun") only the latter."""
    word = m.group(name)
    if word[:1].isupper():
        return True
    if isolated(m):
        return True
    if ambiguous:
        return False
    before = text_before(m, m.start(name))
    if _LOWER_CONTEXT.search(before) is not None:
        return True
    return name == "month" and _LOWER_MONTH_CONTEXT.search(before) is not None


def text_before(m: re.Match[str], start: int, width: int = 24) -> str:
    """Up to ``width`` characters of the text before offset ``start``."""
    return m.string[max(0, start - width) : start]


def prev_word(m: re.Match[str], group: str | int = 0) -> str:
    """The word before the match (or before one of its groups), as written: what
    :data:`_PREV_WORD` finds in the 34 characters before it. Read backwards: one match of
    :data:`_PREV_WORD_REVERSED` at the start of those characters reversed (a regex search
    ending in ``$`` tries every one of the 34 places, and a loop over the characters costs a
    Python step per character; this is one call in C)."""
    text, start = m.string, m.start(group)
    lo = max(0, start - 34)
    # up to three separators, and a newline more right before the expression (where ``$``
    # matches too)
    most = 4 if start > lo and text[start - 1] == "\n" else 3
    word = _PREV_WORD_REVERSED[most].match(text[lo:start][::-1]).group(1)  # type: ignore[union-attr]
    return word[::-1]


#: The reversed text before an expression: its separators (at most 3, or 4 after a newline),
#: then at most 30 characters of a word (``[\w'’.-]``, empty if none); the two classes share
#: no character, so the greedy match is the longest run of each, as :func:`prev_word` reads.
_PREV_WORD_REVERSED = {most: re.compile(rf"[\s,]{{0,{most}}}([\w'’.-]{{0,30}})") for most in (3, 4)}


#: A lower-case word next: a period before it ends a sentence, no abbreviation goes on.
_LOWER_NEXT = re.compile(r"\s{1,3}[a-z]")


def sentence_period(m: re.Match[str], group: str) -> int:
    """1 if the match ends with ``group``'s abbreviation period, written in lower case as chat
    is, and a lower-case word follows ("come over on sun. next month"): that period ends the
    sentence, and TimeML leaves sentence punctuation out of the span; else 0 (news writes
    "Tues." and goes on: "met on Tues. and left")."""
    word = m.group(group)
    ends = m.end() == m.end(group) and word.endswith(".") and word.islower()
    return 1 if ends and _LOWER_NEXT.match(m.string, m.end()) else 0


def next_word(m: re.Match[str], group: str | int = 0) -> str:
    """The word after the match (or after one of its groups), as written."""
    w = _NEXT_WORD.match(m.string, m.end(group))
    return w.group(1) if w else ""


#: A lower-case word right after an expression (after at most three spaces).
_LOWER_WORD_AFTER = re.compile(r"\s{1,3}([a-z][\w'’-]{0,30})")
#: Function words that may follow an expression and leave its determiner to it ("the early
#: summer of 1944", "the late afternoon when ..."): ``year_function_words.tsv``.
_FUNCTION_WORDS = words("year_function_words")


def determiner_trim(m: re.Match[str], name: str = "det") -> int:
    """Characters to cut from the start of ``m`` when its group ``name``, a "the" before a
    modified unit ("the early summer", "the late afternoon"), is no part of the expression:
    TimeML puts the determiner in the span ("[the early summer]"), but before a noun it is the
    noun's ("the [early summer] heat"). 0 when the group is empty or a pause, the text's end,
    a capitalised word or a function word follows."""
    if not group(m, name):
        return 0
    after = _LOWER_WORD_AFTER.match(m.string, m.end())
    if after is None or after.group(1).lower() in _FUNCTION_WORDS:
        return 0
    rest = m.string[m.end(name) : m.end()]
    return m.end(name) - m.start() + len(rest) - len(rest.lstrip())


def sentence_start(m: re.Match[str]) -> bool:
    """True if the match opens its sentence: nothing but white space before it within three
    characters, or the mark that ends a sentence or opens a quotation or an aside."""
    before = m.string[max(0, m.start() - 3) : m.start()].strip()
    return before == "" or before[-1] in ".!?\"'`“‘("


#: s38 (blind text 1093): "one"/"ones" after a weekday, ending its clause or before a verb or a
#: conjunction ("tomorrow is the last thurs one, then", "the Sunday ones were full"): the
#: weekday classifies the event "one" stands for; not "On the Friday one person was hurt".
_CLASSIFIED_ONE = re.compile(
    r"[ \t]{1,3}ones?(?=[ \t]{0,3}(?:[.,;:!?)\n]|$)|[ \t]{1,3}(?:is|was|were|are|then|and|but|"
    r"in|at|on|of|too|instead)\b)",
    re.IGNORECASE,
)
#: "the", maybe "last", "first", "next", "same" or "only", right before such a weekday.
_CLASSIFIER_THE = re.compile(
    r"\bthe[ \t]{1,3}(?:(?:last|first|next|same|only|early|late)[ \t]{1,3})?$", re.IGNORECASE
)


def weekday_classifies_one(text: str, wd_start: int, end: int) -> bool:
    """True if the weekday at ``wd_start:end`` (maybe after "last") is the classifier of "one"
    after "the" ("the last thurs one", "the Sunday ones"): an event of that kind of day, no
    date."""
    if _CLASSIFIED_ONE.match(text, end) is None:
        return False  # most weekdays: no "one" after them, no look back
    lo = max(0, wd_start - 16)
    return _CLASSIFIER_THE.search(text, lo, wd_start) is not None


def is_capitalized(word: str | None) -> bool:
    return bool(word) and word[0].isupper()  # type: ignore[index]


def mod_from(m: re.Match[str], *groups: str) -> str | None:
    """The mod of the first modifier group that matched."""
    for g in groups:
        if g in m.re.groupindex and m.group(g):
            return mod_of(m.group(g))
    return None


#: The end of a list of centuries' ordinals before a plural "centuries": "the 18th and ", "the
#: sixth or ", "the 12th to ", "the 17th-": the plural names more than one century.
CENTURY_LIST_BEFORE = re.compile(
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)|{ORDINAL_WORD})(?:,?\s{{1,3}}(?:and|or|to)\s{{1,3}}|\s{{0,2}}[-–]\s{{0,2}})$",
    re.IGNORECASE,
)


def century_list_second(m: re.Match[str]) -> bool:
    """True when a plural "centuries" closes a list of ordinals ("the 18th and [19th
    centuries]"); a plural after a lone ordinal ("the first centuries of the church") is no
    date."""
    if "centuries" not in m.group().lower():
        return True
    return bool(CENTURY_LIST_BEFORE.search(m.string, max(0, m.start() - 40), m.start()))


def group(m: re.Match[str], name: str) -> str | None:
    """A named group's text, or None if the group is absent or did not take part."""
    return m.group(name) if name in m.re.groupindex else None


def approx_mod(m: re.Match[str]) -> str | None:
    """The TIMEX3 mod of the approximation matched by :data:`APPROX` ("about" -> APPROX), or
    APPROX for a count of "a couple of" ("A couple of days later", "a couple of weeks ago"), as
    TimeBank marks "a couple of years"."""
    a = group(m, "approx")
    if a:
        return lookup("approximators", a)
    num = group(m, "num")
    if num is not None and num.lower().removeprefix("a ").startswith("couple"):
        return "APPROX"
    return None


# Triggers: a word of every match of a rule starts with one of these (see Rule.trigger; the
# engine matches them at the start of each word of the text, case-insensitively).
T_DIGIT = r"(?:\d{1,2}|\d{4})(?:s|st|nd|rd|th|[ap]m?)?$"  # days, hours, years; not "443" or "1,500"
#: A month name, or one written together with a day ("Feb13", "14april").
T_MONTH = rf"(?:\d{{1,2}}(?:st|nd|rd|th)?)?{MONTH}(?:\d{{1,2}})?$"
#: A weekday word, singular or plural ("Mondays"): ``weekdays.tsv`` without its dots; bare
#: abbreviations ("sat") only singular.
T_WEEKDAY = (
    rf"(?:{alternation(sorted({w.rstrip('.') for w in table('weekdays')} - WEEKDAY_ABBREVIATIONS))}"
    rf"s?|{alternation(sorted(WEEKDAY_ABBREVIATIONS))})$"
)
#: A unit word (``units.tsv``), a part of day (``parts_of_day.tsv``), or "period"/"half",
#: which the reporting-period and half-year rules read as units, or "h" ("in 1h"); a count
#: glued to its unit ("3mins") is one word.
_UNIT_WORDS = alternation(sorted({*table("units"), *table("parts_of_day"), "period", "half"}))
T_UNIT = (
    rf"\d{{0,3}}(?:{_UNIT_WORDS}"
    r"|\d{0,4}h)$"  # and the short mark of an hour: "in 1h", "in 1/2 h"
)
T_SEASON = rf"{SEASON}$"


#: A multi-quarter reporting period: "the first nine months", "the latest six months"; a quarter
#: written as three months up to its end ("the three months to December", "the three months
#: ended Sept. 30"), group ``three``.
_YEAR_TO_DATE = re.compile(
    r"\bthe\s{1,3}(?:(?:first|latest|past)\s{1,3})?(?:nine|six|9|6)[-\s]months?\b"
    r"|\bquarter"
    r"|(?P<three>\bthe\s{1,3}(?:(?:latest|last|past)\s{1,3})?(?:three|3)[-\s]months?"
    r"\s{1,3}(?:to|ended|ending|through)\b)",
    re.IGNORECASE,
)
#: What every match of :data:`_YEAR_TO_DATE` holds once lower-cased ("month" of its periods,
#: or "quarter"; no letter of either matches another under ``re.IGNORECASE``, as the "i" of
#: a dotless "ı" does): tested in C before the search, which tries its three branches at every
#: character of up to 300 (most sentences name neither; a gate, the search decides as before).
_YEAR_TO_DATE_WORDS = ("month", "quarter")
_SENTENCE_END = re.compile(r"[.!?][\"')’”]{0,2}\s{1,8}(?=[\"'“‘(`]{0,2}[A-Z])")


def after_year_to_date(m: re.Match[str], group: str | int = 0) -> bool:
    """True if the sentence before the match last named a multi-quarter reporting period
    ("For the nine months, net fell to $5 million from $9 million a year earlier"): the
    comparison is then with the previous year, not with a quarter. Looks back at most 300
    characters (linear), and a mention of a quarter after the period cancels it."""
    return reporting_span(m, group) == "year"


def reporting_span(m: re.Match[str], group: str | int = 0) -> str | None:
    """The reporting period the sentence before the match last named: ``"year"`` for a
    multi-quarter one ("the first nine months"), ``"quarter"`` for a quarter, ``"three
    months"`` for a quarter written as three months up to its end ("Sales in the three months
    to December were down 9 percent on a year earlier": that quarter a year back, as TimeBank
    dates it, not the month), None for none.
    Looks back at most 300 characters (linear)."""
    start = m.start(group)
    lo = max(0, start - 300)
    ends = list(_SENTENCE_END.finditer(m.string, lo, start))
    if ends:
        lo = ends[-1].end()
    span = m.string[lo:start].lower()
    if all(word not in span for word in _YEAR_TO_DATE_WORDS):
        return None  # no period named: no match of _YEAR_TO_DATE
    last = None
    for found in _YEAR_TO_DATE.finditer(m.string, lo, start):
        last = found
    if last is None:
        return None
    if last.group("three"):
        return "three months"
    return "quarter" if last.group().lower().startswith("quarter") else "year"


#: A digit and a thousands separator or decimal point right before an offset.
_NUMBER_TAIL = re.compile(r"\d[,.]$")


def number_tail(m: re.Match[str], num: str | None) -> bool:
    """True if the count ``num`` in digits that opens the match is the tail of a larger number
    ("2,500 years", "2,500 years ago"): no rule should read its last digits alone."""
    if not num or not num[:1].isdigit():
        return False
    return _NUMBER_TAIL.search(m.string, max(0, m.start() - 3), m.start()) is not None


#: "out of" before a bare plural unit is the idiom of running short ("the crew ran out of
#: hours", "an out of hours GP"): no time (rules durations and colloquial); the words are the
#: idiom's grammar.
OUT_OF_BEFORE = re.compile(r"\bout\s{1,3}of\s{1,3}$", re.IGNORECASE)

#: A dash and a weekday in any case after a weekday or a clock time: the rest of a dashed range
#: of weekdays, chat's and notices' "mon-fri", "Tue-Sun" (rules relative.py, colloquial.py and
#: compose.py).
DASH_WEEKDAY = rf"\s{{0,2}}[-–]\s{{0,2}}(?:{WEEKDAY_ANY})(?![\w-])"
DASH_WEEKDAY_AFTER = re.compile(DASH_WEEKDAY, re.IGNORECASE)
#: The week a range of weekdays is of ("Monday to Friday next week"): no weekly schedule
#: (rules relative.py and times.py).
ONE_WEEK_AFTER = r"\s{1,3}(?:next|this|last)\s{1,3}week\b"
#: An hour of opening hours with its half of the day, or in words ("8:30am", "5 p.m.", "noon",
#: "midnight"; rules relative.py and times.py).
OPENING_HOUR = r"(?:\d{1,2}(?:[:.][0-5]\d)?\s?[ap]\.?m\.?|noon|midday|midnight)"
#: The words of a bound before a closing hour alone ("until 11pm Mon-Sat").
HOURS_BOUND = r"(?:till|until|til)"
#: The words that join the two hours of opening hours ("7am to 9pm", "from 7am till 9pm").
HOURS_TO = r"(?:to|till|until|til)"
#: "to" or "through" and the second of a range of whole weekday names, capitalised ("Monday
#: [to Saturday]": opening hours).
TO_WEEKDAY = rf"\s{{1,3}}(?:to|through)\s{{1,3}}(?-i:(?=[A-Z]))(?:{WEEKDAY})"


#: A proposal to move a date to a weekday: a verb of ``weekday_move_verbs.tsv`` in its base
#: form, maybe its object ("it", "the call") and "back"/"forward", then "to" right before the
#: weekday ("can we push to Thurs?", "let's move the call to Friday"; s30-informal), not after
#: "had to" or "did" ("we had to move it to Thursday" is told of a week over).
_MOVE_TO = re.compile(
    rf"(?<!had to )(?<!did )\b(?:{alt('weekday_move_verbs')})"
    r"(?:\s{1,3}(?:it|this|that|things|(?:the|our|my)\s{1,3}[a-z:]{2,12}))?"
    r"(?:\s{1,3}(?:back|forward|on))?\s{1,3}(?:to|till|until)\s{1,3}$",
    re.IGNORECASE,
)


#: The words :data:`_MOVE_TO` ends with before its white space (:func:`~.lexicon.may_end_with`).
_MOVE_TO_ENDS = ("to", "till", "until")


def moved_to(m: re.Match[str]) -> bool:
    """True if the weekday of ``m`` is where a proposal moves a date ("can we push to
    Thurs?", "could we move it to Friday"): a move to the day it is written on would say
    "today", so the weekday is the next one strictly after the reference."""
    lo = max(0, m.start() - 40)
    return (
        may_end_with(m.string, lo, m.start(), _MOVE_TO_ENDS)
        and _MOVE_TO.search(m.string, lo, m.start()) is not None
    )


#: Words before "coming <weekday>" that make "coming" a verb (``coming_verb_leads.tsv``).
_COMING_VERB_LEADS = words("coming_verb_leads")


def coming_verb(m: re.Match[str]) -> bool:
    """True if the match's relative word (group ``rel``) is "coming" as the verb ("An engineer
    is coming Thursday", "are you coming thurs?"), which stays out of the span."""
    rel = group(m, "rel")
    return (
        rel is not None
        and rel.lower() == "coming"
        and prev_word(m, "rel").lower() in _COMING_VERB_LEADS
    )
