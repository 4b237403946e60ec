"""Durations: "three years", "24 hours", "a decade", "two-year", "several months", "for weeks",
"the past two weeks" (anchored: [reference - 2 weeks, reference)), "the next three days",
"recent weeks", "the coming days", "the first nine months".
"""

from __future__ import annotations

import re
from typing import Literal

from ..lexicon import alt, alternation, lookup, rows, words
from ..rule import Found, Rule
from ..tense import past_form
from ..units import duration_value
from ..units import words as unit_words
from ..values import ComingSpan, Fixed, PastSpan
from .common import (
    APPROX,
    NUM,
    ORDINAL_WORD,
    OUT_OF_BEFORE,
    QUARTER_MEASURE,
    SP,
    T_UNIT,
    UNIT,
    VAGUE_Q,
    approx_mod,
    group,
    number,
    number_tail,
    prev_word,
    unit_name,
    whole_rate_after,
    whole_rate_before,
)

#: A plural unit word of ``units.tsv`` ("weeks", "hrs", "fortnights"), but quarters and seasons:
#: "several quarters" is its own branch below, and "seasons" counts sports seasons.
_DURATION_UNITS = (
    "second",
    "minute",
    "hour",
    "day",
    "week",
    "weekend",
    "fortnight",
    "month",
    "year",
    "decade",
    "century",
    "millennium",
)
_PLURAL_UNIT = rf"(?P<unit>{alternation(unit_words(plural=True, units=_DURATION_UNITS))})"
#: A singular unit word that says a length before "long" ("day-long", "weeklong"); not a
#: quarter or a season, and no abbreviation ("hr-long").
_SINGULAR_UNIT = alternation(
    ["second", "minute", "hour", "day", "week", "month", "year", "decade", "century"]
)
#: The second unit of "weeks or months", "days or weeks": one vague duration.
_PLURAL_UNIT2 = alternation(unit_words(plural=True, units=_DURATION_UNITS))
#: Words after which a bare plural unit is a duration: "for weeks", "in years", "took months".
_PLURAL_CONTEXT = words("duration_contexts")
#: The words after which "a season" is a length: "for a season", "lasted a season".
_SEASON_LENGTH_LEADS = _PLURAL_CONTEXT | words("duration_verbs")
#: Words before a bare plural unit that make it no duration ("the early days of the war").
_PLURAL_BLOCKERS = words("plural_unit_blockers")
#: "the number of", "the share of" right before a bare plural unit (``count_of_nouns.tsv``).
_COUNT_OF_BEFORE = re.compile(
    rf"\bthe\s{{1,3}}(?:{alternation(words('count_of_nouns'))})\s{{1,3}}of\s{{1,3}}$", re.IGNORECASE
)
_SUBUNIT = {
    "minute": ("second", 60),
    "year": ("month", 12),
    "month": ("day", 30),
    "week": ("day", 7),
    "day": ("hour", 24),
    "hour": ("minute", 60),
    "decade": ("year", 10),
    "century": ("year", 100),
}


def _value(unit: str, n: float | None) -> str | None:
    if n is None:
        return duration_value(unit, None)
    if n == int(n):
        return duration_value(unit, int(n))
    if unit == "second":
        return f"PT{n:g}S"  # "9.58 seconds": ISO 8601 writes a fraction of the smallest unit
    if unit not in _SUBUNIT:
        return None
    sub, k = _SUBUNIT[unit]
    whole = int(n)
    part = (n - whole) * k
    if abs(part - round(part)) > 1e-6 and unit not in ("decade", "century"):
        # "a median of 3.2 years": no whole number of months; ISO 8601 writes the fraction
        # (P3.2Y) rather than a rounded P3Y2M
        one = duration_value(unit, 1)  # "P1Y", "PT1H"
        return f"{one[:-2]}{n:g}{one[-1]}"
    rest = round(part)
    if whole == 0:
        return duration_value(sub, rest)
    if sub == "year" and unit in ("decade", "century"):
        # "a century and a half", "1.5 decades": counted in years already (P150Y, P15Y), not
        # the unit's years and the half's written side by side (was P100Y50Y)
        return duration_value(sub, whole * k + rest)
    head = duration_value(unit, whole)
    if unit == "day":
        return f"{head}T{rest}H"  # "2 1/2 days": P2DT12H
    return f"{head}{rest}{duration_value(sub, 1)[-1]}"  # "2 1/2 hours": PT2H30M


#: Modals and "to" before a verb's base form: after one, "one day" is some day in the future
#: ("could one day replace": TIDES/TimeML, an indefinite future point, FUTURE_REF), not the count
#: of "lasted one day", and "last" is the verb ("expected to last several months").
_BASE_VERB_LEADS = words("base_verb_leads")

#: "of" and a noun of ``day_of_event_nouns.tsv`` after "a day": an organized event's name.
#: "like" after "a day", "a night", "a year": a kind of day compared, no length ("a day like
#: today", "a year like no other"): grammar, not data.
_LIKE_AFTER = re.compile(r"\s{1,3}like\b", re.IGNORECASE)
_DAY_OF_EVENT = re.compile(
    r"\s{1,3}of\s{1,3}(?:national\s{1,3})?(?:" + alt("day_of_event_nouns") + r")\b",
    re.IGNORECASE,
)

#: Words that make a count of units a run (run_words.tsv): "three consecutive months",
#: "the third day in a row".
_RUN_BEFORE = alternation([r[0] for r in rows("run_words") if r[1] == "before"])
_RUN_AFTER = alternation([r[0] for r in rows("run_words") if r[1] == "after"])
#: The end of a phrase after "running": "for three years running." ("running water" has no
#: count before it; "three days running the camp" is a verb with its object), also before a
#: date of its clause ("for the third day running this morning", ``run_running_followers.tsv``).
_PHRASE_END = re.compile(
    r"\s{0,3}(?:[.,;:!?)\u2014]|$|and\b|but\b|now\b"
    rf"|(?:{alt('run_running_followers')})\b(?!['\u2019]))",
    re.IGNORECASE,
)
#: The words every run of an ordinal holds: the last word of a run word (rarer than unit
#: words, so the rule is tried in few windows).
_RUN_TRIGGER = alternation(sorted({r[0].split()[-1] for r in rows("run_words")})) + "$"
#: A unit a run of ordinals counts in ("the third day in a row", "a fifth straight quarter").
#: The ordinals of a run after "for" without a run word ("for a second month"): 2nd to 10th.
_RUN_ORDINALS = alternation(
    ["second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]
)
_RUN_UNIT = alternation(unit_words(plural=False, units=_DURATION_UNITS + ("quarter",)))


_RUN_WORD = re.compile(rf"\s(?:{_RUN_BEFORE}|{_RUN_AFTER})(?:\s|$)", re.IGNORECASE)


def is_run(expression: str) -> bool:
    """True if ``expression`` (a duration's text) is a run of units: "three years running",
    "the third day in a row"; with a present perfect it lasts up to the publication, as a
    duration after "for" does ("Prices have climbed three years running")."""
    return _RUN_WORD.search(expression) is not None


def _run_trim(m: re.Match[str]) -> int:
    """Characters to cut from the end of a match whose run word after the unit is a verb
    ("three days running the camp"): 0 when it ends the phrase or there is none."""
    run = group(m, "runa")
    if not run or run.strip().lower() != "running":
        return 0
    return 0 if _PHRASE_END.match(m.string, m.end()) else len(run)


#: Words that count only some days between a count and "day(s)" (``day_kinds.tsv``): "eight
#: trading days", "within five business days".
_DAY_KIND = alt("day_kinds")
#: The units each such word counts: days, and for some years ("two financial years").
_KIND_UNITS = {r[0].lower(): frozenset(r[1].split(",")) for r in rows("day_kinds")}


#: A hyphen and a word right after a unit: "a day-care centre" is no duration.
_HYPHEN_WORD = re.compile(r"-[a-z]")
#: A possessive mark or a capitalised noun after a capitalised unit: a name ("the Thirty Years'
#: War", "the Six-Day War", "the Seven Weeks War").
_NAMED_AFTER = re.compile(r"['’]|\s{1,2}[A-Z][a-z]")
#: "old" after a unit: "Mr. Reupke, 52 years old" is an age.
_AGE = re.compile(r",? {1,2}old\b")


def _range_low(m: re.Match[str], high: float) -> float | Literal[False] | None:
    """The lower count of a range of counts ("two to three weeks", "3-4 days"), None when the
    match has none, False when it is no range: a change "from two to three years" (the verb
    moves a count), a count that does not rise ("three to two weeks") or half a unit."""
    low = group(m, "low")
    if not low:
        return None
    n = number(low)
    if n is None or n <= 0 or n >= high or n != int(n) or low.lower() in ("a", "an"):
        return False
    if group(m, "half1") or group(m, "half2"):
        return False
    if prev_word(m, "low").lower() in ("from", "between"):
        return False
    return n


#: Units of distance before "an hour": a speed (``speed_units.tsv``).
_SPEED_UNITS = words("speed_units")

#: The words before "over" and a count that make it "more than" (``over_count_leads.tsv``).
_OVER_LEADS = words("over_count_leads")


def _over_across(m: re.Match[str]) -> bool:
    """Whether the "over" before a count of units is the signal "across" ("spread over 10
    years") rather than "more than" ("for over 10 years"): it follows a word other than those
    of ``over_count_leads.tsv``; at the start of a sentence it is "more than" unless a comma
    closes the phrase, a setting ("Over 10 years, prices doubled")."""
    approx = group(m, "approx")
    if approx is None or approx.lower() != "over" or group(m, "the"):
        return False
    before = prev_word(m).lower()
    if before == "" and m.string[max(0, m.start() - 3) : m.start()].rstrip().endswith("%"):
        return True  # "has returned 12% over five years": a rate across the period
    opening = before == "" or m.string[max(0, m.start() - 2) : m.start()].strip() in _STOPS
    if opening:
        # "Over 10 years, prices doubled": a setting, across; "Over 200 people" is no unit
        return m.string[m.end() : m.end() + 1] == ","
    if before == "in" and _PARTICLE_IN.search(m.string, max(0, m.start() - 30), m.start()):
        return True  # "phased in over three years", "brought in over 18 months": a particle
    return before not in _OVER_LEADS


#: A verb of ``over_particle_verbs.tsv`` and its particle "in" right before "over": "phased
#: in over three years" is across the years, as "spread over" is ("in" otherwise makes "over"
#: "more than": "the first rise in over a decade").
_PARTICLE_IN = re.compile(rf"\b{alt('over_particle_verbs')}\s{{1,3}}in\s{{1,3}}$", re.IGNORECASE)

_STOPS = (",", ".", ";", ":", '"', "“")


def build_nights(m: re.Match[str]) -> Found | None:
    """ "stayed five nights", "for two nights", "no more than 90 nights a year", "a six-night
    run" (the adjective, as "a two-day meeting"): a stay counted in nights, that many days
    (``P5D``); not one night ("a night out"), a name ("Five Nights at
    Freddy's") or the tail of a larger number."""
    num = m.group("num")
    n = number(num)
    if n is None or n < 2 or n > 1000 or number_tail(m, num):
        return None
    return Found("DURATION", Fixed(f"P{int(n)}D"))


#: A capitalised word right before a capitalised number word, in the same sentence ("League
#: Two season"): the number is the end of a name (:func:`build_num_unit`).
_NAME_BEFORE = re.compile(r"(?<![.!?:;]\s)(?<![.!?:;])\b[A-Z][a-z]+ {1,2}$")


#: Month and weekday names, which end no name before a number ("In March Two weeks").
_CALENDAR_NAMES = frozenset(
    w.lower() for table_name in ("months", "weekdays") for w, *_ in rows(table_name)
)


#: "in all but", "on all but" right before a count of units (``all_but_leads.tsv``).
_ALL_BUT_BEFORE = re.compile(
    r"\b(?:" + alternation(sorted(words("all_but_leads"))) + r")\s{1,3}all\s{1,3}but\s$",
    re.IGNORECASE,
)


def build_num_unit(m: re.Match[str]) -> Found | None:
    # every group at once: the tests below read most of them, some several times
    g = m.groupdict()
    num = g["num"]
    unit_text = g["unit"]
    unit = unit_name(unit_text)
    low = num.lower()
    if (
        num[:1].isupper()
        and num.isalpha()
        and not g.get("the")
        and _NAME_BEFORE.search(m.string, max(0, m.start() - 24), m.start())
        and prev_word(m).lower() not in _CALENDAR_NAMES
    ):
        # "the new League Two season", "the Division One season", "the Formula One season":
        # the number ends a name of capitalised words, no count of the unit (s32-history)
        return None
    if unit == "second" and low in ("a", "an"):
        return None  # "a second term"
    if low in ("a", "an") and (g["sep"].strip() == "-" or g.get("runb")):
        return None  # "a day-care", "a straight year"
    if low in ("a", "an") and prev_word(m).lower() in _SPEED_UNITS:
        return None  # "500 miles an hour": a speed
    if low in ("a", "an") and unit_text.lower().endswith("s"):
        return None  # "a months-long siege": "a" counts the siege, not the months
    if low in ("a", "an") and unit == "day" and _DAY_OF_EVENT.match(m.string, m.end()):
        return None  # "held a day of action", "a day of protest": an event's name, no length
    if (
        low in ("a", "an")
        and unit == "season"
        and not g.get("approx")
        and prev_word(m).lower() not in _SEASON_LENGTH_LEADS
    ):
        # "ending a season in which they were bottom", "had a season to forget": a season of a
        # sport, a noun described, not a length ("lasted a season", "for a season")
        return None
    if low in ("a", "an") and unit == "weekend" and prev_word(m).lower() in ("on", "at"):
        # "never sent on a weekend", "busy at a weekend": any weekend, no length and no day of
        # the calendar, as "on a Sunday" and "on a weekday" (session 42, blind text 1220: was
        # P2D); "over a weekend", "for a weekend" stay lengths
        return None
    if low in ("a", "an") and prev_word(m).lower() == "what":
        return None  # "What a weekend!", "what a year it has been": praise, no length
    if (
        not g.get("the")
        and m.string.endswith("but ", max(0, m.start() - 4), m.start())
        and (_ALL_BUT_BEFORE.search(m.string, max(0, m.start() - 24), m.start()))
    ):
        # "made a profit in all but two years", "rained on all but three days": the units
        # counted one by one, those left out of all, no length (s35-known, blind text 882)
        return None
    if low in ("a", "an") and not g.get("the") and _LIKE_AFTER.match(m.string, m.end()):
        # "waited for a day like today", "a night like no other": a kind of day, no length
        return None
    if g.get("old") or (g["sep"].strip() == "-" and unit == "quarter"):
        return None  # "a 44-year-old", "three-quarters"
    if g.get("single") and (low not in ("a", "an", "one") or g.get("low")):
        return None  # "in a single week", "one single day"; not "two single rooms"
    if g.get("longadj") and (low in ("a", "an") or not unit_text.lower().endswith("s")):
        # s41-blindnews: "four long years", "three long weeks": a count's stretch stressed as
        # "full" and "whole" stress it (blind text 1167: was untagged); not "a long weekend"
        # (chat's bare weekend) nor "one long day" of a plural-less unit ("two long day trips")
        return None
    kind = g.get("kind")
    if kind and unit not in _KIND_UNITS.get(" ".join(kind.lower().split()), frozenset()):
        return None  # "two business weeks": only days (or years: "two fiscal years") by kind
    if g.get("kind") and low in ("a", "an") and prev_word(m).lower() not in _PLURAL_CONTEXT:
        # "On 26 April, a market day, ...", "fell on a school day": a kind of day, no length
        # (but "within a business day", "for a working day")
        return None
    if m.string[max(0, m.start() - 1) : m.start()] in ("/", "-", "–", "—") and num[:1].isdigit():
        return None  # "the 2022/23 season", "1989-90", "the 2010–11 season"
    if number_tail(m, num):
        return None  # "2,500 years": the tail of a larger number
    tail = m.string[m.end() : m.end() + 6]
    if _HYPHEN_WORD.match(tail) or (unit == "quarter" and tail.startswith(" of")):
        return None  # "a day-care centre", "three quarters of the voters"
    if unit == "quarter" and QUARTER_MEASURE.match(m.string, m.end()):
        return None  # "raised rates by a quarter point", "a quarter percentage point"
    if low in ("a", "an", "per") and whole_rate_before(m.string, m.start(), unit_text):
        return None  # the "a day" of "24 hours a day"
    if whole_rate_after(m.string, m.end(), num, unit_text):
        return None  # "24 hours a day", "365 days a year": all the time, no length
    if _AGE.match(tail):
        return None  # "Mr. Reupke, 52 years old": an age
    if unit_text[0].isupper() and not unit_text.isupper() and num[:1].isdigit():
        return None  # "60 Minutes", a name (not "6 DAYS" in a text written in capitals)
    if (
        unit_text[0].isupper()
        and not unit_text.isupper()  # not "THE PAST THREE DAYS" in a text written in capitals
        and (_NAMED_AFTER.match(tail) or (g.get("the") and num[:1].isupper() and num.isalpha()))
    ):
        # "the Thirty Years' War", "the Six-Day War": the name of a war; "the Hundred Days":
        # a period named by its length
        return None
    n = number(num)
    if n is None or n <= 0 or n > 10000:
        return None
    if low == "one" and unit == "day" and not g.get("the") and not g.get("approx"):
        if prev_word(m).lower() in _BASE_VERB_LEADS and g["sep"] == " ":
            return Found("DATE", Fixed("FUTURE_REF"))  # "will one day lead": some day
    if g.get("half1") or g.get("half2"):
        if g.get("half1") and g.get("half2"):
            return None
        n += 0.5  # "two and a half years", "a minute and a half"
    if n >= 1000 and not unit_text.lower().endswith("s"):
        return None  # "the 1988 second quarter"
    or_n = (g.get("or_n") or "so").lower()
    cut = 0
    if or_n != "so" and (number(or_n) or 0) <= n:
        cut = len(g["orso"])  # "three days or two": no approximation upwards
    low_n = _range_low(m, n)
    value = _value(unit, n if not low_n else low_n)
    if value is None:
        return None
    which = (g.get("which") or "").lower()
    if which == "trailing":
        # s38-wire: "the trailing 12 months" of earnings copy is "the past 12 months"
        which = "past"
    trim = 0
    if low_n is False:
        if g["rsep"].strip() == "-":
            return None  # "1988-89 days", "2-1": a span of years or a score before the unit
        # no range ("from two to three years"): the second count and its unit alone
        second = _value(unit, n) or value
        return Found("DURATION", Fixed(second), trim_start=m.start("num") - m.start())
    if (
        g.get("the")
        and not which
        and (g["sep"].strip() == "-" or not unit_text.lower().endswith("s"))
    ):
        trim = m.start("num") - m.start()  # "the 14-day waiting period": an adjective
    if low_n is not None:
        # "two to three weeks", "the next 12 to 18 months": one expression (TimeML has no
        # range value); the value is the lower bound, which the span is sure to last, with
        # mod EQUAL_OR_MORE, as TimeBank annotates "within [two to three weeks]"; an
        # approximation before it keeps its own mod ("about two to three hours": APPROX)
        range_mod = approx_mod(m) or "EQUAL_OR_MORE"
        if _over_across(m):
            range_mod, trim = "EQUAL_OR_MORE", m.start("low") - m.start()
        if which in ("past", "last"):
            return Found("DURATION", PastSpan(unit, int(low_n)), range_mod)
        if which in ("next", "coming"):
            return Found("DURATION", ComingSpan(unit, int(low_n)), range_mod)
        return Found("DURATION", Fixed(value), range_mod, trim_start=trim)
    if g.get("long") and low in ("a", "an") and not which and not g.get("approx"):
        # "a week-long visit": the article is the noun's; the duration is "week-long"
        return Found("DURATION", Fixed(value), trim_start=m.start("unit") - m.start())
    span_mod = "APPROX" if g.get("orso") else approx_mod(m)
    if g.get("kind"):
        # "the past five trading days": that many days, but which calendar days they are
        # (weekends and holidays skipped) the text does not say: the value, no interval
        return Found("DURATION", Fixed(value), span_mod)
    if which in ("past", "last") and n == int(n):
        return Found("DURATION", PastSpan(unit, int(n)), span_mod)
    if which in ("next", "coming") and n == int(n):
        return Found("DURATION", ComingSpan(unit, int(n)), span_mod)
    if which == "following" and n == int(n):
        # s33-intervals: "was rebuilt over the following three years" after "burned down in
        # 1992": the three years on from the time told, as "the next three years" there
        return Found("DURATION", ComingSpan(unit, int(n), sequel=True), span_mod)
    mod = approx_mod(m)
    if _over_across(m):
        # "phased in over 18 months": "over" is the signal "across", out of the span
        mod, trim = None, m.start("num") - m.start()
    if (g.get("orso") and not cut) or (mod is None and low.replace("a ", "").startswith("couple")):
        mod = "APPROX"  # "a couple of years", "a day or two"
    if g.get("ormore2") and low in ("a", "an") and _AMOUNT_BEFORE.search(m.string, 0, m.start()):
        return None  # "$5 a month or less": a rate's unit (a SET), and a bound on the amount
    ormore = g.get("ormore") or g.get("ormore2")
    if ormore and mod is None:
        # "three or more consecutive days", "two or fewer weeks", "six months or more", "a
        # year or longer": the count is a bound
        mod = "EQUAL_OR_MORE" if ormore.lower().endswith(("more", "longer")) else "EQUAL_OR_LESS"
    return Found("DURATION", Fixed(value), mod, trim_start=trim, trim_end=cut or _run_trim(m))


def _ordinal_count(m: re.Match[str]) -> int | None:
    """The count of an ordinal run, 2 or more ("the first day in a row" is no run)."""
    word = m.group("ord").lower()
    n = int(word[:-2]) if word[:1].isdigit() else int(lookup("ordinals", word))
    return n if 2 <= n <= 1000 else None


def build_run_ordinal(m: re.Match[str]) -> Found | None:
    """ "the third day in a row", "a fifth straight quarter", "the second year running": the
    run of units the ordinal counts, a duration (P3D, P5Q, P2Y)."""
    n = _ordinal_count(m)
    trim_end = _run_trim(m)
    if n is None or not (group(m, "runb") or (group(m, "runa") and not trim_end)):
        return None
    return Found(
        "DURATION", Fixed(duration_value(unit_name(m.group("unit")), n)), trim_end=trim_end
    )


def build_run_for_ordinal(m: re.Match[str]) -> Found | None:
    """ "rose for a second month", "protests went on for the third day": after "for" an
    ordinal counts a run without "straight" or "in a row", as wire copy writes it (P2M, P3D);
    "for the third quarter" is that quarter, and "for the second week of July" a part of a
    month, no run."""
    n = _ordinal_count(m)
    unit = unit_name(m.group("unit"))
    if n is None or (m.group("det").lower() == "the" and unit in ("quarter", "half")):
        return None
    if _OF_AFTER.match(m.string, m.end()):
        return None
    return Found(
        "DURATION",
        Fixed(duration_value(unit, n)),
        trim_start=m.start("det") - m.start(),
    )


#: " of" after a unit: "for the second week of July" is no run.
_OF_AFTER = re.compile(r"\s{1,3}of\b", re.IGNORECASE)


#: An amount just before "a <unit> or less": "$5 a month or less", "two pints a day or more".
_AMOUNT_BEFORE = re.compile(
    r"(?:[$£€]|\d)\S*\s{1,3}(?:[a-z]+\s{1,3})?$"
    r"|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand|million)"
    r"\s{1,3}[a-z]+\s{1,3}$",
    re.IGNORECASE,
)


def build_thousands(m: re.Match[str]) -> Found | None:
    """ "more than 1,600 years", "some 2,000 days", "10,000 hours": a count written with a
    thousands separator, read whole (``P1600Y``; its last digits alone are no count:
    :func:`number_tail`); not a part of a larger number ("1,600.5") or of an "ago" date."""
    if m.string[m.start() - 1 : m.start()] in (",", ".") or m.string.startswith(" ago", m.end()):
        return None
    n = int(m.group("num").replace(",", ""))
    value = _value(unit_name(m.group("unit")), n)
    return Found("DURATION", Fixed(value), approx_mod(m)) if value else None


def build_unit_and_half(m: re.Match[str]) -> Found | None:
    """ "the next century and a half", "the past year and a half", "the last hour and a half":
    one unit and a half after "the" and a word of the span's side (P150Y, P1Y6M, PT1H30M; was
    "the next century" alone, a date, or nothing)."""
    value = _value(unit_name(m.group("unit")), 1.5)
    return Found("DURATION", Fixed(value), approx_mod(m)) if value else None


def build_age_ordinal(m: re.Match[str]) -> Found | None:
    """ "(The shutdown,) now in its fourth week", "the strike entered its third week", "the
    protest marked its 100th day": how long the thing has lasted, counted by the unit under way
    (P4W); "its" (a thing, not a person: "in their second year of study"); the words before
    "its" are ``age_leads.tsv``."""
    n = _ordinal_count(m)
    if n is None or (m.start() and m.string[m.start() - 1].isalnum()):
        return None
    return Found(
        "DURATION",
        Fixed(duration_value(unit_name(m.group("unit")), n)),
        trim_start=m.start("ord") - m.start(),
    )


def build_half_unit(m: re.Match[str]) -> Found | None:
    value = _value(unit_name(m.group("unit")), 0.5)
    return Found("DURATION", Fixed(value), approx_mod(m)) if value else None


def build_half_hour(m: re.Match[str]) -> Found | None:
    """ "a half hour", "the first half hour" of a match, "the last half-hour": thirty minutes
    (PT30M), not a half of the year ("the first half")."""
    return Found("DURATION", Fixed("PT30M"), approx_mod(m))


def build_quarter_hour(m: re.Match[str]) -> Found | None:
    """ "a quarter of an hour" (PT15M), "three quarters of an hour" (PT45M), "the final quarter
    of an hour" of a match (PT15M): a part of an hour, not a quarter of a year."""
    three = (group(m, "det") or "").lower() == "three"
    if three != m.group("q").lower().endswith("s"):
        return None
    return Found("DURATION", Fixed("PT45M" if three else "PT15M"), approx_mod(m))


def build_within_the_hour(m: re.Match[str]) -> Found | None:
    """ "within the hour": an hour from the time the text is at (PT1H), "within" the signal
    outside the span; "on the hour", "the hour of need" are no duration."""
    if prev_word(m).lower() != "within":
        return None
    return Found("DURATION", Fixed("PT1H"))


#: A colon after "the following months": a list follows, not a time ("The following months
#: have 31 days: ...").
_LIST_AFTER = re.compile(r"\s{0,2}:")


#: Possessive pronouns before "last years|days|months": a part of someone's life ("in her last
#: years"), which TimeML does not tag, as it does not tag "in her twenties". Not data: grammar.
_LIFE_OWNERS = frozenset({"her", "his", "their", "my", "our", "your"})


#: "the last days", "the last weeks": before "of", the closing stretch of what follows (s24-wars).
_LAST_OF = re.compile(r"the\s{1,3}last\s{1,3}[a-z]+", re.IGNORECASE)


def build_vague_span(m: re.Match[str]) -> Found | None:
    """ "several weeks", "the coming days", "the past few months", "the following weeks" (a
    stretch after the story's time, ``sequel_span_words.tsv``): a vague DURATION (PXW)."""
    if group(m, "sequel") and _LIST_AFTER.match(m.string, m.end()):
        return None
    if m.group()[:1] in "lL" and prev_word(m).lower() in _LIFE_OWNERS:
        return None  # "in her last years", "his last days": a stretch of a life, as "her twenties"
    if _LAST_OF.fullmatch(m.group()) and m.string.startswith(" of ", m.end()):
        return None  # "in the last days of the war", "of October": its end, as "the first days of"
    trim = 0
    if m.group().lower().startswith("last") and prev_word(m).lower() in _BASE_VERB_LEADS:
        trim = len("last") + len(m.group()[4:]) - len(m.group()[4:].lstrip())
        # "expected to last several months": the verb "last" before the duration
    if group(m, "ahead"):
        unit = unit_name(m.group("ahead"))
    else:
        unit = "quarter" if group(m, "q") else unit_name(m.group("unit"))
    return Found("DURATION", Fixed(duration_value(unit, None)), trim_start=trim)


def build_unit_long(m: re.Match[str]) -> Found | None:
    """ "a day-long meeting", "a weeklong festival": one unit, as an adjective (P1D, P1W)."""
    unit = m.group("unit") or m.group("unit2")
    return Found("DURATION", Fixed(duration_value(unit_name(unit), 1)))


def build_vague_unit_adjective(m: re.Match[str]) -> Found | None:
    """ "a several-year tenure", "a multiyear contract", "a multi-day festival": an unsaid
    count of units as an adjective, as "a three-year contract" is a said one (PXY, PXD;
    TimeBank's "several-year"; s41-timebank)."""
    return Found("DURATION", Fixed(duration_value(unit_name(m.group("unit")), None)))


def build_another_unit(m: re.Match[str]) -> Found | None:
    """ "is expected to last another month", "for another six months": more units, a DURATION
    with the determiner in its span as "two more weeks" has "more" (P1M, P6M); not "another
    day", mostly some other day ("will fight another day", "a story for another day"), nor
    before a hyphen or a possessive ("another year's growth" counts the growth)."""
    unit = unit_name(m.group("unit"))
    num = group(m, "num")
    n = number(num) if num else 1
    plural = m.group("unit").lower().endswith("s")
    if n is None or n != int(n) or n < 1 or plural != (n > 1) or (unit == "day" and n == 1):
        return None  # "another two month", "another days"
    if _HYPHEN_WORD.match(m.string, m.end()) or m.string[m.end() : m.end() + 2] in ("'s", "’s"):
        return None
    return Found("DURATION", Fixed(duration_value(unit, int(n))))


#: Words before "the years", "the decades" that make them a stretch of time ("over the years").
_SPAN_LEADS = words("plural_span_leads")


def build_the_plural(m: re.Match[str]) -> Found | None:
    """ "over the years", "through the decades": a vague duration (PXY), with its "the"."""
    if prev_word(m).lower() not in _SPAN_LEADS or _HYPHEN_WORD.match(m.string, m.end()):
        return None
    return Found("DURATION", Fixed(duration_value(unit_name(m.group("unit")), None)))


#: The words before a period "the week since"/"the year to" (``period_leads.tsv``); "" is the
#: start of the text.
_PERIOD_LEADS = words("period_leads") | {""}


def build_the_unit_since(m: re.Match[str]) -> Found | None:
    """ "In the week since the election", "in the week to Friday": one unit as a duration, as
    "the three weeks since the invasion" is three (its "the" in the span); the engine ends it
    at the publication after "since" and at the date after "to" (signals.period_to)."""
    if prev_word(m).lower() not in _PERIOD_LEADS:
        return None  # "moved it from the week to Monday"
    if group(m, "plural"):
        # "In the decades since, ...", "in the years since the war": a vague stretch (PXY)
        return Found("DURATION", Fixed(duration_value(unit_name(m.group("plural")), None)))
    unit = m.group("unit") or m.group("unit2")
    return Found("DURATION", Fixed(duration_value(unit_name(unit), 1)))


#: Units from the smallest, to pick the smaller of "weeks or months".
_UNIT_ORDER = _DURATION_UNITS


#: "later", "earlier", "afterwards" after a bare plural unit: "Days later the army moved on".
#: "of" and a determiner or a possessive after "minutes" that opens its phrase ("Minutes of the
#: meeting", "Minutes of Wednesday's meeting"): the record of a meeting, not a stretch of
#: minutes ("minutes of fighting", "within minutes of the blast").
_RECORD_OF = re.compile(
    rf"\s{{1,3}}of\s{{1,3}}(?:{alternation(words('modifier_determiners'))}|[A-Z][a-z]{{1,15}}['’]s)\b",
    re.IGNORECASE,
)
#: "had minutes to flee", "were given days to leave": the time someone has for a task
#: (``duration_given_leads.tsv`` before, "to" and a verb after; s26-news: was missed).
_GIVEN_LEADS = words("duration_given_leads")
_INFINITIVE_AFTER = re.compile(r"\s{1,3}to\s{1,3}[a-z]{2,}\b(?<!\bthe)")
_SEQUEL_AFTER = re.compile(r"\s{1,3}(?:later|earlier|afterwards?)\b", re.IGNORECASE)
#: "before", "after" after a bare plural unit that opens its phrase ("Weeks before the vote,
#: ...", "to land on March 2, weeks before sunset"): not data, two prepositions.
_SPAN_BEFORE = re.compile(r"\s{1,3}(?:before|after)\s", re.IGNORECASE)
#: What may stand right before such a unit: the start of the text or of a phrase.
_PHRASE_START = re.compile(r"(?:^|[,;(\u2013\u2014]|\s-|[.!?][\"'\u201d\u2019]?)\s{0,3}$")


def _opens_span(m: re.Match[str]) -> bool:
    """True if a bare plural before "before"/"after" opens its phrase ("Weeks before the vote",
    ", weeks before sunset") or follows "only", "just" ("began only days after the talks
    failed"): a vague stretch before or after an event, which TimeML
    tags as a duration (PXW), as it tags "Days later"."""
    if not _SPAN_BEFORE.match(m.string, m.end()):
        return False
    before = prev_word(m)
    if before.lower() in _SPAN_ADVERBS:
        return True
    if before.islower() and past_form(before) and before not in _PLURAL_BLOCKERS:
        # "a deal was signed hours before the deadline", "died weeks after the crash": right
        # after a verb in the past, the stretch between the event and the one it is told from
        return True
    return _PHRASE_START.search(m.string, max(0, m.start() - 4), m.start()) is not None


#: Adverbs that may stand before such a plural ("only days after"): ``plural_span_adverbs.tsv``.
_SPAN_ADVERBS = words("plural_span_adverbs")


#: A number right after a capitalised unit: "Years 7 and 12" (a name, not a stretch of time).
_NUMBER_AFTER = re.compile(r"\s{1,3}\d")


def build_bare_plural(m: re.Match[str]) -> Found | None:
    """ "for weeks", "within months", "decades-long", "weeks or months", and a bare plural
    before "later"/"earlier" ("Days later", "only hours earlier"): a vague stretch (PXW),
    with "later" outside the span, as TimeBank annotates "A few days later" and "Three days
    later"."""
    unit = unit_name(m.group("unit"))
    if group(m, "long"):
        return Found("DURATION", Fixed(duration_value(unit, None)))  # "a decades-long dispute"
    written = m.group("unit")
    if (
        written[0].isupper()
        and not written.isupper()
        and m.string[max(0, m.start() - 3) : m.start()].rstrip()[-1:].isalpha()
        and prev_word(m)[:1].isupper()
    ):
        return None  # "The Three Days of Glory": a capitalised unit inside a name
    if written[0].isupper() and _NUMBER_AFTER.match(m.string, m.end()):
        return None  # "for Years 7 and 12": school year groups, a name with its number
    before = prev_word(m).lower()
    if _ALL_BUT_BEFORE.search(m.string, max(0, m.start() - 40), m.start() - len(before) - 1):
        return None  # "rained on all but two days of the trip": counted days, no length
    after = m.string[m.end() : m.end() + 4].lower()
    if (
        before not in _PLURAL_CONTEXT
        and not (before in _GIVEN_LEADS and _INFINITIVE_AFTER.match(m.string, m.end()))
        and not after.startswith(" of")
        and not (not group(m, "unit2") and _SEQUEL_AFTER.match(m.string, m.end()))
        and not (not group(m, "unit2") and _opens_span(m))
    ):
        return None
    if before in _PLURAL_BLOCKERS:
        return None  # "the early days of the war": not a duration
    if before == "of" and _COUNT_OF_BEFORE.search(m.string, max(0, m.start() - 30), m.start()):
        return None  # "the number of days above 30C": days counted, no stretch
    if before == "of" and OUT_OF_BEFORE.search(m.string, max(0, m.start() - 10), m.start()):
        return None  # "the crew ran out of hours", "an out of hours GP": running short
    if (
        unit == "minute"
        and before not in _PLURAL_CONTEXT
        and _RECORD_OF.match(m.string, m.end()) is not None
    ):
        return None  # "Minutes of Wednesday's meeting will be released": the record
    if group(m, "unit2"):
        # "within weeks or months": one vague stretch, at the smaller unit, approximate (as
        # TimeBank annotates it); "months or weeks" reads the same
        other = unit_name(m.group("unit2"))
        if other == unit:
            return None
        small = min(unit, other, key=lambda u: _UNIT_ORDER.index(u))
        return Found("DURATION", Fixed(duration_value(small, None)), "APPROX")
    return Found("DURATION", Fixed(duration_value(unit, None)))


def build_hm_compact(m: re.Match[str]) -> Found | None:
    """ "2h 35m", "2h35m", "1h 5min": hours and minutes in the short form of incident reports
    and logs, one duration (``PT2H35M``); both parts are needed ("3h18" is a clock time, "45m"
    alone may be millions or metres)."""
    h, mi = int(m.group("h")), int(m.group("mi"))
    if mi >= 60:
        return None
    return Found("DURATION", Fixed(f"PT{h}H{mi}M" if mi else f"PT{h}H"))


RULES: tuple[Rule, ...] = (
    Rule(
        "duration_hm_compact",
        "<n>h <n>m: 2h 35m",
        r"(?<![\w.:])(?P<h>\d{1,2})\s?h(?:rs?)?\s?(?P<mi>\d{1,2})\s?m(?:ins?)?(?![\w.]\w|[\w])",
        build_hm_compact,
        priority=2,
        trigger=r"(?:(?:\d{1,2}h)?\d{1,2})?m(?:ins?)?$",
    ),
    Rule(
        "duration_num_unit",
        "[the [past|next]] <n> <unit>",
        rf"(?:(?P<the>the){SP}(?:(?P<which>first|last|past|next|coming|latest|previous|following|final|same|"
        rf"initial|remaining|entire|full|whole|trailing){SP})?)?{APPROX}"
        rf"(?:(?P<low>{NUM})(?P<rsep>{SP}(?:to|or){SP}|-(?=\d)))?(?P<num>{NUM})"
        rf"(?P<half1>{SP}and{SP}a{SP}half)?(?P<ormore>{SP}or{SP}(?:more|fewer|less)(?=\s))?"
        rf"(?P<sep>[-\s]{{1,3}}|(?<=\d)|\s{{1,3}}(?:more|additional|extra|{alt('duration_count_adjectives')}|(?P<single>single)|(?P<longadj>long))\s{{1,3}}|"
        rf"\s{{1,3}}(?P<runb>{_RUN_BEFORE})\s{{1,3}}|\s{{1,3}}(?P<kind>{_DAY_KIND})\s{{1,3}})"
        rf"(?P<unit>{UNIT})(?:(?P<long>-long)|(?P<old>-old))?(?P<half2>{SP}and{SP}a{SP}half(?!-))?"
        r"(?P<orso>\s{1,3}or\s{1,3}(?P<or_n>so|two|three)\b)?"
        rf"(?P<runa>{SP}{_RUN_AFTER}(?![-\w]))?"
        rf"(?P<ormore2>{SP}or{SP}(?:more|longer|less|fewer|shorter)(?![-\w]|{SP}than\b))?",
        build_num_unit,
        trigger=T_UNIT,
    ),
    Rule(
        "duration_thousands",
        "<n,nnn> <units>: 1,600 years",
        rf"{APPROX}(?P<num>[1-9]\d{{0,2}},\d{{3}}(?:,\d{{3}})?){SP}(?P<unit>{_PLURAL_UNIT2})"
        r"(?![-\w])",
        build_thousands,
        priority=1,
        trigger=T_UNIT,
    ),
    Rule(
        "duration_unit_and_half",
        "the next|past|last <unit> and a half",
        rf"{APPROX}the{SP}(?:next|past|last|following|previous|first|final|better{SP}part{SP}of"
        rf"{SP}a){SP}(?P<unit>{_RUN_UNIT}){SP}and{SP}a{SP}half(?![-\w])",
        build_unit_and_half,
        priority=2,
        trigger=r"half$",
    ),
    Rule(
        "duration_nights",
        "<n> nights|<n>-night",
        rf"(?P<num>{NUM})(?:{SP}(?-i:nights)|-(?-i:night))(?![\w-])",
        build_nights,
        trigger=r"nights?$",
    ),
    Rule(
        "duration_run_ordinal",
        "the third day in a row; a fifth straight quarter",
        rf"(?:(?:the|an?){SP})?"
        rf"(?P<ord>{ORDINAL_WORD}|\d{{1,3}}(?:st|nd|rd|th))(?:{SP}(?P<runb>{_RUN_BEFORE}))?"
        rf"{SP}(?P<unit>{_RUN_UNIT})(?![-\w])(?P<runa>{SP}{_RUN_AFTER}(?![-\w]))?",
        build_run_ordinal,
        priority=1,
        trigger=_RUN_TRIGGER,
    ),
    Rule(
        "duration_run_for_ordinal",
        "for a second month; for the third day",
        rf"for{SP}(?P<det>an?|the){SP}(?P<ord>{_RUN_ORDINALS})"
        rf"{SP}(?P<unit>{_RUN_UNIT})(?![-\w])",
        build_run_for_ordinal,
        trigger=rf"(?:{_RUN_ORDINALS})$",
    ),
    Rule(
        "duration_age_ordinal",
        "in its fourth week; entered its 100th day",
        rf"{alt('age_leads')}{SP}its{SP}(?P<ord>{ORDINAL_WORD}|\d{{1,3}}(?:st|nd|rd|th))"
        rf"{SP}(?P<unit>{_RUN_UNIT})(?![-\w])",
        build_age_ordinal,
        # the trigger of the ordinal dates of rules/absolute.py, and ordinals in digits
        trigger=rf"(?:{ORDINAL_WORD}|\d{{1,3}}(?:st|nd|rd|th))$",
    ),
    Rule(
        "duration_the_unit_since",
        "the week|month|year since <event>|to <date>",
        rf"the{SP}(?:(?P<unit>week|fortnight|month|quarter|year|decade)"
        rf"(?={SP}since\b(?!{SP}(?:then|when|which)\b))"
        # "the year|quarter to April" is date_reporting_period's; "the decade to 2030"
        rf"|(?P<unit2>week|fortnight|month|decade)(?={SP}to{SP}(?-i:[A-Z0-9]))"
        # "In the decades since, the town has ...", "in the years since the war": a vague
        # stretch (PXY), as "over the years"
        rf"|(?P<plural>days|weeks|months|years|decades|centuries)"
        rf"(?={SP}since\b(?!{SP}(?:then|when|which)\b)))",
        build_the_unit_since,
        priority=2,
        trigger=r"(?:week|fortnight|month|quarter|year|decade|days|weeks|months|years|decades|"
        r"centuries)$",
    ),
    Rule(
        "duration_within_the_hour",
        "(within) the hour",
        rf"the{SP}hour(?![-\w])",
        build_within_the_hour,
        trigger=r"hour$",
    ),
    Rule(
        "duration_quarter_hour",
        "a quarter of an hour, three quarters of an hour, the last quarter of an hour",
        rf"{APPROX}(?:(?P<det>a|one|three|the(?:{SP}(?:first|last|final|opening|closing))?)"
        rf"{SP})?(?P<q>quarters?){SP}of{SP}an{SP}hour(?![-\w])",
        build_quarter_hour,
        priority=2,
        trigger=r"quarters?$",
    ),
    Rule(
        "duration_half_hour",
        "a half hour, the first half hour, the last half-hour",
        rf"{APPROX}(?:a|one|the{SP}(?:first|last|past|next|final|second|opening|closing))"
        rf"{SP}half[-\s]{{1,3}}hour(?![-\w])",
        build_half_hour,
        priority=2,
        trigger=r"half$",
    ),
    Rule(
        "duration_half_unit",
        "half an hour|half a day",
        rf"{APPROX}half{SP}an?{SP}(?P<unit>{UNIT})",
        build_half_unit,
        priority=1,
        trigger=r"half",
    ),
    Rule(
        "duration_vague_count",
        "several|a few|recent|the coming|the following|the first few <units>",
        rf"(?:(?:the{SP})?(?:past|last|next|coming|recent|few|several){SP}(?:(?:few|several|"
        rf"many){SP})?|the{SP}first{SP}(?:few|several){SP}"
        rf"|the{SP}(?P<sequel>{alt('sequel_span_words')}){SP}(?:(?:few|several|"
        rf"many){SP})?|{VAGUE_Q}{SP}(?:more{SP})?)(?:{_PLURAL_UNIT}|(?P<q>quarters))|"
        rf"the{SP}(?P<ahead>days|weeks|months|years){SP}ahead",
        build_vague_span,
        trigger=T_UNIT,
    ),
    Rule(
        "duration_unit_long",
        "day-long, weeklong, yearlong",
        rf"(?P<unit>{_SINGULAR_UNIT})-?long\b",
        build_unit_long,
        trigger=r"\w*long$",  # "long" of "day-long", or "weeklong": rarer than the units
    ),
    Rule(
        "duration_vague_unit_adjective",
        "several-year, multiyear, multi-day",
        rf"(?:several-|few-|multi-?)(?P<unit>{_SINGULAR_UNIT})(?![\w'’-])",
        build_vague_unit_adjective,
        trigger=r"(?:several|few|multi)?-?(?:second|minute|hour|day|week|month|year|decade|century)$",
    ),
    Rule(
        "duration_another_unit",
        "another <unit>",
        rf"another{SP}(?:(?P<num>{NUM}){SP})?(?P<unit>{UNIT})(?![-\w])",
        build_another_unit,
        trigger=r"another$",
    ),
    Rule(
        "duration_the_plural",
        "over the years",
        rf"the{SP}(?P<unit>years|decades|centuries|months)\b",
        build_the_plural,
        trigger=r"(?:years|decades|centuries|months)$",
    ),
    Rule(
        "duration_bare_plural",
        "[for] <units>; <units>-long",
        rf"{_PLURAL_UNIT}(?:(?P<long>-long)|{SP}or{SP}(?P<unit2>{_PLURAL_UNIT2}))?",
        build_bare_plural,
        trigger=T_UNIT,
    ),
)
