"""Absolute dates: "March 22, 2013", "22 March 2013", "2013-03-22", "3/22/2013", "March 2013",
"2013", "fiscal 1998", "the 1990s", "the 21st century", "the first quarter", "Q3 2012",
"summer 2010", holidays. A missing year ("Mar. 22", "April") is left for anchoring, which
uses the tense of the sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from ..dateorder import month_day
from ..lexicon import alt, alternation, last_words, lookup, may_end_with, rows, table, words
from ..rule import DOCUMENT, Found, Rule
from ..tense import past_form
from ..units import words as unit_words
from ..values import (
    CalendarDate,
    CenturyRef,
    DayOfMonth,
    DecadeRef,
    Fixed,
    HalfOfYear,
    HalfRef,
    HolidayRef,
    InAnchorYear,
    IsoWeek,
    MonthOfYear,
    MonthRef,
    PartOfDay,
    QuarterEnding,
    QuarterOfYear,
    QuarterRef,
    SeasonRef,
    Spec,
    WeekdayDayOfMonth,
    YearEnd,
)
from .common import (
    MODP,
    MODP_ON,
    MONTH,
    NUM,
    NUM_WORD,
    ORDINAL_WORD,
    SEASON,
    SP,
    T_DIGIT,
    T_MONTH,
    T_SEASON,
    T_WEEKDAY,
    UNIT,
    WEEKDAY,
    WEEKDAY_ANY,
    century_list_second,
    determiner_trim,
    glued_approximator,
    group,
    is_capitalized,
    isolated,
    lowercase_ok,
    mod_from,
    month_number,
    next_word,
    number,
    ordinal,
    prev_word,
    sentence_start,
    weekday_number,
    whole_number,
)
from .numeric import _year as _short_year

_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?(?!\d)"
#: A day as a number or an ordinal word ("3", "3rd", "third"; group ``day`` or ``dayw``).
_DAY_OR_WORD = rf"(?:{_DAY}|(?P<dayw>{ORDINAL_WORD})(?![-\w]))"
_YEAR4 = r"(?P<year>\d{4})(?![\d%])"
#: "this|last|next year" (the reference's year moved) or "that|the following year" (the story's:
#: ``story_year_words.tsv``) after a month or a day of one.
_RELATIVE_YEAR = (
    rf"(?:(?:(?P<rel>this|last|next)|(?P<srel>{alt('story_year_words')}))\s{{1,3}}year(?![-\w])"
    # s38 (blind text 1084): "in March the year before", "on 2 May the year after": the
    # story's year moved by one; not "the year before last" (two years ago) nor "the year
    # after the fire" (counted from the fire)
    r"|the\s{1,3}year\s{1,3}(?P<post>before|after)"
    r"(?=\s{0,3}(?:[.,;:!?)]|$)|\s{1,3}(?:and|but|when|while)\b))"
)


#: The story's year after a holiday ("Christmas Day the year before", "Easter of the following
#: year", "New Year's Eve of that year"): as :data:`_RELATIVE_YEAR` without "this|last|next year".
_STORY_YEAR = (
    rf"(?:(?P<srel>{alt('story_year_words')})\s{{1,3}}year(?![-\w])"
    r"|the\s{1,3}year\s{1,3}(?P<post>before|after)"
    r"(?=\s{0,3}(?:[.,;:!?)]|$)|\s{1,3}(?:and|but|when|while)\b))"
)


def _story_years(m: re.Match[str]) -> int | None:
    """The years a month's story year moves by: "of that year" 0, "the following year" 1, "the
    year before" -1 (``story_year_words.tsv``); None for a year counted from the reference."""
    srel = group(m, "srel")
    if srel:
        return int(lookup("story_year_words", srel))
    post = group(m, "post")
    return None if post is None else (-1 if post.lower() == "before" else 1)


#: Not the day of the next date of a list: "on 10 October, 17 October and 25 October", "2 May,
#: 11th May" (two digits after a day and its month are a short year only when no month follows).
_NOT_NEXT_DAY = rf"(?!(?:st|nd|rd|th)?\s{{0,3}}(?:of\s{{1,3}})?(?:{MONTH}))"
#: A year with its century left out: "'69", "’22" (not the decade "'90s").
_YEAR_APOS = r"['’](?P<yy>\d{2})(?![\d'’]|s(?!\w))"
_WD = rf"(?:(?P<wd>{WEEKDAY_ANY}),?\s{{1,3}})?"
_MONTH_CONTEXT = frozenset(table("month_contexts"))
#: "be", "been" before a capitalised "March" or "May": the month (``month_copulas.tsv``), when
#: "it" is the subject ("it'll be March", "it could well be May"; "the winner will be May" is
#: a name): :func:`_copula_month`.
_MONTH_COPULAS = frozenset(words("month_copulas"))
_IT_BE = re.compile(
    rf"\bit\b[^.,;:!?\n]{{0,20}}\b(?:{alternation(sorted(_MONTH_COPULAS))})\s{{1,3}}$",
    re.IGNORECASE,
)


#: A possessive and a noun of figures or of an issue after a month: "March's figures"
#: (``month_possessive_nouns.tsv``).
_POSSESSIVE_DATA = re.compile(
    r"['’]s\s{1,3}(?:" + alternation(words("month_possessive_nouns")) + r")\b"
)


def _possessive_data_month(m: re.Match[str]) -> bool:
    """A capitalised "March" or "May" owning figures or an issue ("March's figures", "May's
    inflation"; only the noun right after it): the month, as "April's figures" is; no verb or
    modal takes a possessive (session 42, blind text 1220)."""
    return (
        is_capitalized(m.group("month")) and _POSSESSIVE_DATA.match(m.string, m.end()) is not None
    )


def _copula_month(m: re.Match[str], before: str) -> bool:
    """A capitalised "March" or "May" after "it ... be": the time it will be ("it'll be March
    before they finish", "It could be May by then"), no verb nor modal, which cannot follow
    "be"."""
    return (
        before in _MONTH_COPULAS
        and is_capitalized(m.group("month"))
        and m.string[m.end() : m.end() + 1] not in ("'", "’")
        and _IT_BE.search(m.string, max(0, m.start() - 30), m.start()) is not None
    )


#: Verbs naming a report's period before a capitalised month ("covering March"):
#: ``month_period_verbs.tsv``.
_MONTH_PERIOD_VERBS = words("month_period_verbs")
#: Months that are as often a person's name after such a verb ("photographers covering May at
#: Downing Street"): ``month_person_names.tsv``.
_PERSON_MONTHS = words("month_person_names")
#: s41-blindnews: a stretch of time with "the" and "to", "ended" or "ending" before a
#: capitalised month: the month that ends a reporting period ("profit for the year to March on
#: Thursday", "in the six months to May amid", "the quarter ended March on"), a date whatever
#: word follows, not the verb "march on" nor the modal "may" (blind text 1166: "March" was
#: untagged). The units are those of durations (``units.tsv``), the count any word.
_PERIOD_END_BEFORE = re.compile(
    rf"\bthe\s{{1,3}}(?:[\w-]{{1,12}}\s{{1,3}})?{UNIT}\s{{1,3}}(?:to|ended|ending)\s{{1,3}}$",
    re.IGNORECASE,
)


#: Words of a holiday name too common to tell it ("day", "eve", "the"):
#: ``holiday_generic_words.tsv``.
_HOLIDAY_GENERIC = words("holiday_generic_words")


def holiday_words(names: Iterable[str]) -> str:
    """The alternation of the distinctive word of every holiday name ("thanksgiving",
    "christmas", "year" for New Year's, "black" for Black Friday): each match contains one;
    the trigger of the rules that read them."""
    return alternation(
        sorted(
            {
                next(
                    p
                    for p in reversed(w.replace("'", " ").replace("’", " ").split())
                    if p not in _HOLIDAY_GENERIC
                )
                for w in names
            }
        )
    )


_HOLIDAY_WORDS = holiday_words(table("holidays"))
#: The trigger of rules whose every match holds a year in digits ("FY2022" too).
T_YEAR = r"(?:\d{4}|fy\d{2,4})$"
#: The trigger of every rule whose matches name a holiday.
HOLIDAY_TRIGGER = _HOLIDAY_WORDS
_REL_YEAR = r"this\s{1,3}year|last\s{1,3}year|next\s{1,3}year"
#: "the year", "the fiscal year", "the financial year" after "the second half of", "the fourth
#: quarter of" (``fiscal_words.tsv``): the year the text is about (s36-business).
_THE_YEAR = rf"the\s{{1,3}}(?:{alt('fiscal_words')}\s{{1,3}})?year(?!\s{{0,3}}\d)"
#: The words of a fiscal year, which name no other year than "the year" does.
_FISCAL_WORDS = words("fiscal_words")

#: Words that may follow a bare year ("in 1998 the company ...", "1998 levels", "1998 was").
_FUNCTION_WORDS = words("year_function_words") | words("year_nouns")
#: Words before a number that make it a label, not a year ("Section 2022", "Flight 1549").
_NUMBER_NOUNS = words("number_labels")
#: Words after a number that show it counts something ("2022 square feet").
_COUNT_WORDS = words("count_words")
#: Words before a year used as a modifier ("the 1996 election", "its 1998 budget").
_YEAR_DETERMINERS = words("year_determiners")
#: Verbs after a year that opens a clause ("As 2024 draws to a close"): its subject, no count.
_YEAR_SUBJECT_VERBS = words("year_subject_verbs")
#: Not data: the words (or nothing) before a year that opens a clause.
_CLAUSE_OPENING = frozenset({"", "as", "when", "while", "and", "but", "until", "before", "after"})
_FOLLOWING_WORD = re.compile(r" {1,3}(?P<w>[\w'’-]{1,30})")


def _next_word(m: re.Match[str]) -> str:
    follow = _FOLLOWING_WORD.match(m.string, m.end())
    return follow.group("w") if follow else ""


#: Capitalised heads of titles that end in a year ("the Legislation Act 1989", "the Waste
#: Regulations 2026", ``year_title_heads.tsv``): the year is the title's, even before a verb
#: in "-s" that would make a bare number a count ("Act 1989 requires", not "2000 shoes").
_YEAR_TITLE_HEADS = words("year_title_heads")


def counts(m: re.Match[str], before: str) -> bool:
    """The number matched counts something: a lower-case plural or a count word follows it
    ("2000 shoes", "two thousand years", "2022 square feet"), not a noun a year modifies ("the
    1992 protests", "1998 levels")."""
    after = _next_word(m)
    low = after.lower()
    plural = low.endswith("s") and not low.endswith(("ss", "'s", "’s", "us", "is"))
    return (
        after[:1].islower()
        and low not in _FUNCTION_WORDS
        and ((plural and before not in _YEAR_DETERMINERS) or low in _COUNT_WORDS)
    )


#: A noun of futures markets after a month ("for March delivery", "the December contract",
#: "March futures") or "futures for", "contract for" before it: the contract's month, ahead.
_DELIVERY_AFTER = re.compile(
    rf"\s{{1,3}}{alt('delivery_nouns')}\b(?!\s{{1,3}}{alt('delivery_noun_blockers')}\b)",
    re.IGNORECASE,
)
_DELIVERY_BEFORE = re.compile(
    rf"\b{alt('delivery_nouns')}\s{{1,3}}for\s{{1,3}}$",
    re.IGNORECASE,
)
_PERCENT = re.compile(r"\s{0,2}(?:%|percent\b|per\s?cent\b)", re.IGNORECASE)
#: A noun of ``forward_nouns.tsv`` after a date, maybe after one word of a compound ("the Jan.
#: 14 deadline", "a March 1 return date", "the June 20 referendum date"; not a verb or function
#: word of ``modifier_compound_blockers.tsv``: "on May 3 the deadline passed").
#: One or two lower-case words and "in|of <year>" after a day of a month with a determiner
#: before it ("the Sept. 11 attacks in 2001", "the July 4 celebrations of 1976") or after a
#: season ("the spring offensive of 1918"): the year that dates the noun.
_NOUN_OF_YEAR = re.compile(
    r"(?:\s{1,3}(?!(?:" + alternation(words("year_function_words")) + r")\b)[a-z]{3,20}){1,2}"
    r"\s{1,3}(?:in|of)\s{1,3}(?P<year>1\d{3}|20\d{2})\b"
)
#: The determiners before such a day: those of a modified noun (``modifier_determiners.tsv``).
_NOUN_DETERMINERS = words("modifier_determiners")
_FORWARD_NOUN = re.compile(
    rf"(?:\s{{1,3}}(?!{alt('modifier_compound_blockers')}\b)(?-i:[a-z]{{2,15}}))?"
    rf"\s{{1,3}}{alt('forward_nouns')}s?\b",
    re.IGNORECASE,
)


def _month_ok(m: re.Match[str], alone: bool = False) -> bool:
    """A capitalised month name, a lower-case one with a day or year ("april 2"), or one that
    the context makes a date ("on march 3", "since april"); ``alone`` (no day or year with
    it): an ambiguous lower-case name ("may", "march") only as an isolated phrase."""
    word = m.group("month")
    if is_capitalized(word):
        return True
    ambiguous = word.lower().rstrip(".") in _AMBIGUOUS_MONTHS
    if not alone and not ambiguous:
        return True  # "april 2", "february 2015": the number makes it a date
    return lowercase_ok(m, "month", alone and ambiguous)


def _day(m: re.Match[str]) -> int:
    """The day of the month, written as a number or an ordinal word."""
    word = group(m, "dayw")
    return ordinal(word) if word else int(m.group("day"))


def _day_ok(m: re.Match[str]) -> bool:
    return 1 <= _day(m) <= 31


#: The first word of a year in words ("nineteen ninety-four") and its century.
_CENTURY_WORDS = {"nineteen": 1900, "eighteen": 1800, "twenty": 2000}
#: A year in words, as spoken: "nineteen ninety-four", "two thousand and one" (group ``yw``).
_YEAR_IN_WORDS = (
    rf"(?P<yw>{alternation(_CENTURY_WORDS)}\s{{1,3}}{NUM_WORD}|two\s{{1,3}}thousand"
    rf"(?:\s{{1,3}}(?:and\s{{1,3}})?{NUM_WORD})?)"
)


def words_year(text: str) -> int | None:
    """The year of "nineteen ninety-six" (1996) or "two thousand and one" (2001)."""
    parts = text.lower().split(None, 1)
    if parts[0] == "two":
        rest = text.lower().split("thousand", 1)[1].replace(" and ", " ").strip()
        return 2000 + int(number(rest) or 0) if rest else 2000
    tail = number(parts[1]) if len(parts) > 1 else None
    if tail is None or not 10 <= tail <= 99 or tail != int(tail):
        return None
    return _CENTURY_WORDS[parts[0]] + int(tail)


def _year_value(m: re.Match[str]) -> int | None:
    y = group(m, "year")
    if y:
        return int(y)
    yy = group(m, "yy")
    if yy:
        return _short_year(yy)  # "the summer of '69": 1950-2049, as numeric dates read it
    yw = group(m, "yw")
    return words_year(yw) if yw else None


#: "the" between a month and its day ("November the first").
_THE_BETWEEN = re.compile(r"\s{1,3}the\s", re.IGNORECASE)
#: Words after "<month> the <ordinal>" that end the date rather than take the ordinal as their
#: adjective ("on November the first and second", "March the 3rd was ...").
_DAY_FUNCTION_WORDS = frozenset(words("year_function_words") | words("weekday_day_prepositions"))
#: Words after "<weekday>, the <ordinal word>" that make it a rank ("the first since 2024").
_RANK_FOLLOWERS = words("ordinal_rank_followers")
#: "of" and a word of ``ordinal_rank_of_followers.tsv`` after "<weekday>, the <ordinal word>": a
#: rank among things ("until Monday, the first of its kind"), not "the first of April".
#: s39-wire2 (blind text 1135): "On Tuesday, the first of them,", "Friday, the second of the
#: three strike days", "Monday, the third of 12 planned stoppages": "the" before a count, or a
#: count in digits (not a year), is a rank too
_RANK_OF = re.compile(
    rf"{SP}of{SP}(?:the{SP})?"
    rf"(?:{alt('ordinal_rank_of_followers')}|\d{{1,3}}(?![\d,.:/]))\b",
    re.IGNORECASE,
)


#: Nouns an ordinal counts rather than a day ("the 6th Army", "the Eighth Army").
_ORDINAL_NOUNS = words("day_ordinal_blockers")


#: A word of ``generic_date_leads.tsv`` right before a day (maybe "on", "around", "by" between).
_GENERIC_LEAD = alternation(words("generic_date_leads"))
_GENERIC_BEFORE = re.compile(
    rf"\b(?:{_GENERIC_LEAD}),?(?:{SP}[a-z]{{2,20}})?(?:{SP}(?:on|around|about|by|in))?{SP}$",
    re.IGNORECASE,
)
#: Such a day earlier in the sentence, then a comparison right before this one ("on average on
#: 16 April, compared with 24 April").
_GENERIC_COMPARED = re.compile(
    rf"\b(?:{_GENERIC_LEAD}),?(?:{SP}(?:on|around|about|by|in))?{SP}"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?{SP}{MONTH}|{MONTH}{SP}\d{{1,2}}(?:st|nd|rd|th)?)"
    rf"[^.;:!?]{{0,40}}?(?:compared{SP}(?:with|to)|against|versus|than){SP}(?:on{SP})?$",
    re.IGNORECASE,
)
#: What the end of every match of :data:`_GENERIC_COMPARED` holds once lower-cased: its
#: comparison word ("aga", "ver": the regex, ignoring case, also takes a dotless "ı" for the
#: "i" of "against" and a long "ſ" for the "s" of "versus", which ``str.lower`` keeps), no
#: farther back than :data:`_COMPARED_REACH` characters from the end (the word, "with", "on"
#: and their spaces). A gate only: the search, which tries the leads at every character of
#: 120, runs where one of them is there and decides as before.
_COMPARED_WORDS = ("compare", "aga", "ver", "than")
_COMPARED_REACH = 32


def _compared_before(before: str) -> bool:
    """``_GENERIC_COMPARED.search(before)``, tried only where its comparison word can be."""
    tail = before[-_COMPARED_REACH:].lower()
    return any(word in tail for word in _COMPARED_WORDS) and bool(_GENERIC_COMPARED.search(before))


#: An annual event's noun phrase and a present verb of its holding, earlier in the day's
#: sentence: "An annual service is held in the village on 26 August" (``annual_words.tsv``,
#: ``annual_habit_verbs.tsv``).
_ANNUAL_HABIT = re.compile(
    rf"\b(?:{alt('annual_words')})\b[^.;:!?]{{0,60}}?\b(?:{alt('annual_habit_verbs')})\b"
    rf"[^.;:!?]{{0,60}}$",
    re.IGNORECASE,
)


#: "every year", "each year", "annually", "yearly" right after a day, or after the end of a range it
#: starts ("closed from 1 October to 31 December each year"; s34-history).
_GENERIC_AFTER = re.compile(
    rf"(?:{SP}(?:to|until|till|through|and|-|–){SP}"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?{SP}{MONTH}|{MONTH}{SP}\d{{1,2}}(?:st|nd|rd|th)?))?"
    rf",?{SP}(?:(?:every|each){SP}year|annually|yearly)\b",
    re.IGNORECASE,
)


def generic_day(m: re.Match[str]) -> bool:
    """True when a day and month without a year is a day of every year: after a word of
    ``generic_date_leads.tsv`` ("on average on 16 April", "typically around 20 December"), or
    compared with such a day told just before in its sentence (s25-science), or the day an
    annual event is held in the present ("An annual service is held in the village on the last
    Sunday of August", s33-history; not "The annual service was held on 26 August", that
    year's, nor "will be held", the coming one); or followed by "every year", "each year",
    "annually", the day alone or a range it starts ("closed from 1 October to 31 December each
    year", s34-history)."""
    before = m.string[max(0, m.start() - 120) : m.start()]
    return bool(
        _GENERIC_BEFORE.search(before[-50:])
        or _GENERIC_AFTER.match(m.string, m.end())
        or _compared_before(before)
        or (("nnual" in before or "early" in before) and _ANNUAL_HABIT.search(before))
    )


#: The nouns of a forecast that look ahead to the period under way whatever the tense (the rows
#: of ``full_year_nouns.tsv`` marked "ahead": "forecast", "outlook", "guidance").
_FORECAST_NOUNS = [r[0] for r in rows("full_year_nouns") if len(r) > 1 and r[1] == "ahead"]
#: A forecast's period ending on the day after it: "raised its forecast for the fiscal year
#: ending", "cut its outlook for the quarter to", "guidance for the 52 weeks ending".
#: The period a forecast is for, up to the word before its last day or month: "for the fiscal
#: year ending", "for its quarter to" (shared by the two patterns below).
_FOR_PERIOD_ENDING = (
    rf"for\s{{1,3}}(?:the|its|their)\s{{1,3}}(?:[\w-]{{1,15}}\s{{1,3}})?(?:[\w-]{{1,15}}\s{{1,3}})?"
    rf"(?:{alt('period_end_nouns')})\s{{1,3}}(?:ending|to)\s{{1,3}}$"
)
_FORECAST_PERIOD_END = re.compile(
    rf"(?<![\w-])(?:{alternation(_FORECAST_NOUNS)})\s{{1,3}}{_FOR_PERIOD_ENDING}",
    re.IGNORECASE,
)

#: A verb of a forecast (``forecast_verbs.tsv``) before such a period's end in its clause: "said
#: it expected profit of 142 million pounds for the year to".
_FORECAST_VERB_PERIOD_END = re.compile(
    rf"(?<![\w-])(?:{alternation(words('forecast_verbs'))})\s[^.;!?]{{0,90}}?\b{_FOR_PERIOD_ENDING}",
    re.IGNORECASE,
)

#: A forecast's noun after a quarter or a half, one word of what it forecasts between ("its
#: third-quarter forecast", "H2 earnings guidance", "second-half outlook").
_FORECAST_AFTER = re.compile(
    rf"[ \t]{{1,3}}(?:[a-z-]{{2,20}}[ \t]{{1,3}})?(?:{alternation(_FORECAST_NOUNS)})(?![\w-])"
)
#: A forecast's noun and "for" before a quarter or a half ("estimates for the second half").
_FORECAST_FOR = re.compile(
    rf"(?<![\w-])(?:{alternation(_FORECAST_NOUNS)})\s{{1,3}}for\s{{1,3}}$", re.IGNORECASE
)


def forecast_period(m: re.Match[str]) -> bool:
    """ "raised its third-quarter forecast", "confirmed its H2 guidance", "cut their estimates
    for the second half": a quarter or a half a forecast (a noun of ``full_year_nouns.tsv``
    marked "ahead") is about looks ahead as the full year's does, this year's whatever the
    tense (s36-business: was last year's in a past clause written before it began)."""
    return _FORECAST_AFTER.match(m.string, m.end()) is not None or (
        m.string[max(0, m.start() - 5) : m.start()].rstrip().lower().endswith("for")
        and _FORECAST_FOR.search(m.string, max(0, m.start() - 30), m.start()) is not None
    )


def _forecast_period_end(m: re.Match[str]) -> bool:
    """ "raised its profit forecast for the fiscal year ending March 31", written in February:
    the day that ends the period a forecast looks to is the coming one whatever the tense, as
    the period is the one under way (the forecast's "full-year" is this year's; s36-business,
    blind text 990: was the last March 31, a year before the forecast's period)."""
    lead = m.string[max(0, m.start() - 8) : m.start()].rstrip().lower()
    return lead.endswith(("ending", "to")) and (
        _FORECAST_PERIOD_END.search(m.string, max(0, m.start() - 100), m.start()) is not None
        # session 42: a verb of forecasting does the same ("said it now expected profit of 142
        # million pounds for the year to December": blind text 1226, was the last December)
        or _FORECAST_VERB_PERIOD_END.search(m.string, max(0, m.start() - 150), m.start())
        is not None
    )


def build_month_day(m: re.Match[str]) -> Found | None:
    if not _month_ok(m) or not _day_ok(m):
        return None
    if group(m, "year") is None and _PERCENT.match(m.string, m.end()):
        return None  # "rose in October 12 percent": a count
    wd = group(m, "wd")
    trim = 0
    after = group(m, "wd_after")
    if after and not (is_capitalized(after) or isolated(m)):
        # "Jul 18, Fri" but not "on Jul 18, sat down": the date ends before the comma
        trim = m.end() - len(m.string[: m.start("wd_after")].rstrip(", "))
        after = None
    wd = wd or after
    weekday = weekday_number(wd) if wd else None
    year = _year_value(m)
    short = group(m, "year2")
    if short is not None:
        if isolated(m):
            year = _short_year(short)  # "14th April 15" alone
        else:
            trim = m.end() - m.end("month")  # "14th April 15 people": a count after the date
    if group(m, "dayw") and group(m, "of") is None and m.start("dayw") < m.start("month"):
        return None  # "the first March since 1990": an ordinal day needs "of" before a month
    if year is None and _THE_BETWEEN.match(m.string, m.end("month")):
        after = next_word(m)
        if after[:1].islower() and after.lower() not in _DAY_FUNCTION_WORDS:
            # "In November the first wall was finished", "In May the third division landed":
            # the ordinal counts a noun; the month stands alone (rule date_month)
            return None
        if after.lower() in _ORDINAL_NOUNS or (
            is_capitalized(group(m, "dayw")) and is_capitalized(after)
        ):
            # "by the middle of December the Eighth Army was back", "On 3 May the Third
            # Division attacked", "In March the Fifth Republic": an ordinal in a name
            return None
    if year is None and weekday is None and generic_day(m):
        # "comes into leaf on average on 16 April": a day of every year, the year unknown
        value = f"XXXX-{month_number(m.group('month')):02d}-{_day(m):02d}"
        return Found("DATE", Fixed(value), mod_from(m, "part", "onpart"), trim_end=trim)
    ahead = _FORWARD_NOUN.match(m.string, m.end()) is not None  # "the Jan. 14 deadline"
    if year is None and weekday is None and prev_word(m).lower() in _NOUN_DETERMINERS:
        noun_year = _NOUN_OF_YEAR.match(m.string, m.end())
        if noun_year is not None:
            # "since the Sept. 11 attacks in 2001", "the July 4 celebrations of 1976": the
            # day of the year that dates the noun it qualifies (the year is its own DATE)
            year = int(noun_year.group("year"))
    forward = year is None and weekday is None and _forecast_period_end(m)
    spec = CalendarDate(year, month_number(m.group("month")), _day(m), weekday, ahead, forward)
    return Found("DATE", spec, mod_from(m, "part", "onpart"), trim_end=trim)


#: The rest of a list of weekdays with their days after "Sat 17": "& Sun 18 October", ",
#: Saturday 17 and Sunday 18 October 2026", "- Sun 18 Oct" (the month, and the year if any).
_LISTED_DAY_MONTH = re.compile(
    rf"(?:\s{{0,3}}(?:,|&|and|or|to|-|–)\s{{0,3}}(?:and\s{{1,3}})?(?:{WEEKDAY_ANY}),?\s{{1,3}}"
    rf"\d{{1,2}}(?:st|nd|rd|th)?){{1,5}}\s{{1,3}}(?:of\s{{1,3}})?(?P<month>{MONTH})(?![\w-])"
    rf"(?:,?\s{{1,3}}(?P<year>\d{{4}})(?!\d))?",
    re.IGNORECASE,
)


def build_weekday_day(m: re.Match[str]) -> Found | None:
    """ "Thu 15th", "Tuesday the 19th": that day of the month in which it is that weekday."""
    day = _day(m)
    wd = m.group("wd")
    if not 1 <= day <= 31 or not lowercase_ok(m, "wd", ambiguous=False):
        return None
    if not group(m, "the") and not m.group(0)[-1].isalpha():
        listed = _LISTED_DAY_MONTH.match(m.string, m.end())
        if listed is not None and not group(m, "dayw"):
            # "Sat 17 & Sun 18 October", "Friday 16, Saturday 17 and Sunday 18 October": the
            # first days of a list of weekdays with their days take the month (and year) the
            # list ends with
            year = int(listed.group("year")) if listed.group("year") else None
            month = month_number(listed.group("month"))
            return Found("DATE", CalendarDate(year, month, day, weekday_number(wd)))
        return None  # "Tuesday 19 people": a bare number after a weekday is a count
    after = next_word(m)
    if (
        after[:1].islower()
        and after.lower() not in _DAY_FUNCTION_WORDS
        and (group(m, "the") or group(m, "dayw") or prev_word(m).lower() not in _DAY_SIGNALS)
    ):
        # "Monday the second team", "Saturday 2nd half": an ordinal of a noun (not "... the
        # 12th the"); after a signal word ("From Monday 16th green bins go ...") a day in
        # digits right after its weekday is the date whatever follows
        return None
    if group(m, "dayw") and (
        after.lower() in _RANK_FOLLOWERS or _RANK_OF.match(m.string, m.end()) is not None
    ):
        # "on Wednesday, the first since 2024", "until Monday, the first of its kind": a rank,
        # no day of the month
        return None
    return Found("DATE", WeekdayDayOfMonth(weekday_number(wd), day))


#: Signal words ("by", "until", "since", "from" ...: ``signals.tsv``) that make "the 20th" a day
#: of the month as "on" does, when the phrase ends there ("troops would withdraw by the 20th").
_DAY_SIGNALS = frozenset(w.lower() for w in words("signals") if " " not in w)
#: What may follow such a day: the end of a clause, or the other end of a range or list.
#: (``day_ordinal_followers.tsv``: "until the 31st but", "by the 22nd at the latest"; a line
#: break too).
_DAY_CLAUSE_END = re.compile(
    # s33-intervals: "till", "til", "thru" close a range as "until", "through" do ("in paris from
    # the 3rd till the 8th")
    r"[ \t]*\n|\s*(?:[.,;:)!?]|$|(?:and|or|to|until|till|til|through|thru)\b"
    rf"|{alt('day_ordinal_followers')}(?![\w-])|[-–—]"
    # "away from the 17th to the 24th (Lanzarote, finally)": an aside in brackets, not one
    # inside the phrase ("the 3rd (and final) round"; session 32, blind text 734)
    r"|\((?![ \t]{0,2}(?:and|or|of|&)\b)"
    # "on leave from the 15th for a fortnight", "shut from the 3rd for two weeks": how long
    # from that day (s30-informal)
    rf"|for\s{{1,3}}(?:a\s{{1,3}}few\s{{1,3}}|a\s{{1,3}}couple\s{{1,3}}of\s{{1,3}}|an?\s{{1,3}}|{NUM}\s{{1,3}})"
    rf"(?:{UNIT})\b)",
    re.IGNORECASE,
)


#: A second day whose month is written after it: the first day is in that month ("between the
#: 3rd and 5th of April"), which this rule cannot tell.
_DAY_THEN_ITS_MONTH = re.compile(
    r"(?:\s{0,3}(?:,|and|or|to|until|through|[-–—])\s{0,3}(?:and\s{1,3})?(?:the\s{1,3})?"
    rf"\d{{1,2}}(?:st|nd|rd|th)){{1,5}}\s{{1,3}}(?:of\s{{1,3}})?{MONTH}",
    re.IGNORECASE,
)


#: A signal opening its sentence ("By the 28th Minsk had fallen"): what precedes it.
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s{1,3}|\n)[\"'“‘(]?$")
#: A signal opening a clause after the first ("The fleet left in June 1805, and by the 14th it
#: was off Cadiz"; s41-blindhist): what precedes it.
_CLAUSE_START = re.compile(r"(?:;|,?\s{1,3}(?:and|but))\s{1,3}$")
#: The subject of a clause right after "the <nth>": a capitalised word, a determiner or a
#: subject pronoun (``day_ordinal_subjects.tsv``: "By the 14th it was off Cadiz").
_SUBJECT_AFTER = re.compile(
    r"\s{1,3}(?:[A-Z][a-z]|(?:" + alternation(words("tense_determiners")) + r")\s"
    r"|(?i:" + alternation(words("day_ordinal_subjects")) + r")\s)"
)


#: A part of the day named before "of the <nth>" ("the afternoon of the 9th": the day is the
#: story's; compose.py joins the two into one TIME).
_POD_OF_BEFORE = re.compile(
    rf"\bthe\s{{1,3}}(?:(?:early|mid|late)(?:\s{{1,3}}|-))?(?:{alt('pod_of_day')})\s{{1,3}}of\s{{1,3}}$",
    re.IGNORECASE,
)


def _signalled_day(m: re.Match[str]) -> bool:
    """ "by the 20th.", "from the 3rd to the 5th": "the <nth>" after a signal word, at the end
    of its phrase (not "by the 20th amendment" nor "by the 3rd quarter"); or opening the
    sentence before the clause's subject ("By the 28th Minsk had fallen", "By the 5th the
    army ...")."""
    if not group(m, "the2"):
        return False
    if _POD_OF_BEFORE.search(m.string, max(0, m.start() - 32), m.start()):
        return True  # "On the afternoon of the 9th", "by the morning of the 26th"
    before = prev_word(m)
    if before.lower() not in _DAY_SIGNALS:
        return False
    if _DAY_CLAUSE_END.match(m.string, m.end()) is not None:
        return True
    if DOCUMENT.get() == "colloquial" and _chat_follower(next_word(m)):
        return True  # "did anyone book for the 28th yet??", "moved to the 5th tho"
    start = m.string.rfind(before, max(0, m.start() - 40), m.start())
    return (
        (
            before[:1].isupper()
            and _SENTENCE_START.search(m.string, max(0, start - 4), start) is not None
        )
        or _CLAUSE_START.search(m.string, max(0, start - 8), start) is not None
    ) and _SUBJECT_AFTER.match(m.string, m.end()) is not None


_CHAT_DAY_LEADS = words("colloquial_day_ordinal_leads")
#: Words that put a day forward in chat before "the <nth>?" ("what about the 5th?", "how abt
#: the 12th?", "or the 19th?"; ``colloquial_day_proposal_leads.tsv``).
_CHAT_DAY_PROPOSALS = words("colloquial_day_proposal_leads")
#: A hedge after the day, which closes its clause ("europe is the 15th i think";
#: ``colloquial_day_hedges.tsv``).
_DAY_HEDGE = re.compile(
    rf"[ \t]{{1,3}}(?:{alternation(words('colloquial_day_hedges'))})\b", re.IGNORECASE
)
_CHAT_DAY_FOLLOWERS = words("colloquial_day_ordinal_followers")


def _chat_follower(word: str) -> bool:
    """Whether ``word`` (as the next word reads it, with a full stop it may end with: "till the
    9th lol.") is a filler of ``colloquial_day_ordinal_followers.tsv`` after a day."""
    return word.lower().rstrip(".") in _CHAT_DAY_FOLLOWERS


#: A verb after a day of the month that opens a chat message ("the 8th is ...", "the 5th works":
#: ``colloquial_day_message_followers.tsv``).
_CHAT_DAY_CHOSEN = re.compile(
    rf"[ \t]{{1,3}}(?:{alt('colloquial_day_message_followers')})\b(?![ \t]{{1,3}}(?:the|a|an)\b)",
    re.IGNORECASE,
)


#: The end of a clause after a day of the month outside chat: a mark or the end of the line.
#: or a conjunction before the next clause's subject ("finals are the 23rd and I'm seeded 4th").
_DAY_MARK_END = re.compile(
    r"[ \t]*(?:\n|$)|[.,;:)!?]|[ \t]{1,3}(?:and|but|so)[ \t]{1,3}(?:I|we|you|he|she|they|it)\b"
)


#: A day of the month alone that a chat message opens with, asked back: "the 21st??" in reply
#: to a plan's day (s33-chat2, blind text 854); its speaker's name and colon may come before it.
_ECHO_QUESTION = re.compile(r"[ \t]{0,2}\?")
#: A chat speaker's name and its colon ("Jess: ", "Priya Shah: ").
_SPEAKER = r"[A-Z][\w.]{0,20}(?: [A-Z][\w.]{0,20})?:[ \t]{1,3}"
SPEAKER_LABEL = re.compile(r"[ \t]*" + _SPEAKER)
#: A chat export's stamp and speaker right before a message ("01/12/2026, 09:20 - Kev: ",
#: "[09:14] Sam: "): the message opens there.
_MESSAGE_OPENING = re.compile(
    r"(?:^[ \t]*|\d[ \t][-–][ \t]|\][ \t])" + _SPEAKER + "$", re.MULTILINE
)
#: A copula, a determiner, maybe one word, and what day a day of the month is ("the 17th is the
#: last day", "the 5th is a saturday": ``chat_day_equated_nouns.tsv``).
_CHAT_DAY_EQUATED = re.compile(
    r"[ \t]{1,3}(?:is|was|will[ \t]be|['’]s)[ \t]{1,3}(?:the|a|an|my|our)[ \t]{1,3}"
    rf"(?:[a-z]{{2,12}}[ \t]{{1,3}})?(?:{alt('chat_day_equated_nouns')})\b",
    re.IGNORECASE,
)


#: A personal pronoun and a copula before a day of the month: a person counted, no date.
_PERSON_COPULA = re.compile(
    r"\b(?:(?:he|she|I|you|we|they|who)\s{1,3}(?:is|was|are|were|am)"
    r"|he's|she's|I'm|you're|we're|they're)\s{1,3}$",
    re.IGNORECASE,
)


def _chat_day(m: re.Match[str]) -> bool:
    """In chat, "the <nth>" after a copula or "do" at the end of its phrase or before a filler
    ("party is the 22nd!!", "thats the 18th sorted", "can do the 5th tho"); in informal text
    read as news (a forum post, an AMA, a Slack export), after such a word before a mark or
    the end of the line ("finals are the 23rd, wish me luck", "see you the 18th"), or in
    brackets glossing a day ("first thing mon (the 15th)"; s31-informal)."""
    if not group(m, "the2"):
        return False
    if m.string[m.start() - 1 : m.start()] == "(" and m.string.startswith(")", m.end()):
        return True
    if DOCUMENT.get() != "colloquial":
        # not a person counted after a copula ("He is the 18th, the clerk said")
        return (
            prev_word(m).lower() in _CHAT_DAY_LEADS
            and _DAY_MARK_END.match(m.string, m.end()) is not None
            and _PERSON_COPULA.search(m.string, max(0, m.start() - 16), m.start()) is None
        )
    line = m.string.rfind("\n", 0, m.start()) + 1
    if not m.string[line : m.start()].strip() or (
        _MESSAGE_OPENING.search(m.string, max(line, m.start() - 32), m.start()) is not None
    ):
        # opening a message, maybe after an export's stamp and a speaker ("12/03/2025, 19:42 -
        # Kev: "), before a verb of choosing ("the 8th is my sister's 30th", "the 5th works for
        # me"; colloquial_day_message_followers.tsv, s30-informal) or a copula and a day it is
        # ("the 17th is the last day before i go on leave": chat_day_equated_nouns.tsv;
        # session 40, blind text 1149)
        return (
            _CHAT_DAY_CHOSEN.match(m.string, m.end()) is not None
            or _ECHO_QUESTION.match(m.string, m.end()) is not None
            or _CHAT_DAY_EQUATED.match(m.string, m.end()) is not None
        )
    if (
        SPEAKER_LABEL.fullmatch(m.string, line, m.start()) is not None
        and _ECHO_QUESTION.match(m.string, m.end()) is not None
    ):
        return True  # "Jess: the 21st?? I thought we said ...": a reply that asks back the day
    before = prev_word(m).lower()
    if before in _CHAT_DAY_PROPOSALS:
        # "what about the 5th?", "or the 12th?": a day put forward as a question (session 36,
        # blind text 995)
        return _ECHO_QUESTION.match(m.string, m.end()) is not None
    if before not in _CHAT_DAY_LEADS:
        return False
    return (
        _DAY_CLAUSE_END.match(m.string, m.end()) is not None
        or _chat_follower(next_word(m))
        or (
            _DAY_HEDGE.match(m.string, m.end()) is not None
            # not a person counted: "she is the 15th i think"
            and _PERSON_COPULA.search(m.string, max(0, m.start() - 16), m.start()) is None
        )
    )


#: A word of ``ordinal_rank_leads.tsv`` before a parenthesised range of ordinals: ranks ("teams
#: placed (16th-20th)"), no days.
_RANK_LEAD = re.compile(rf"\b(?:{alt('ordinal_rank_leads')})\s{{1,3}}\($", re.IGNORECASE)


def build_day_ordinal(m: re.Match[str]) -> Found | None:
    """ "on the 14th", "on 24th": a day of the month the story is in; "the 1st" alone only as
    an isolated phrase. A day without "the" needs the next word not to be a noun it counts
    ("on 24th street")."""
    day = int(m.group("day"))
    if not 1 <= day <= 31:
        return None
    if m.start("paren") >= 0:
        # "half term (16th-20th)": a range of days of the month that fills its parentheses
        # (a lone "(16th)" is as often a rank: "Leeds (16th) host Everton")
        second = _SECOND_ORDINAL_DAY.match(m.string, m.end())
        if (
            second is None
            or not m.string.startswith(")", second.end())
            or _RANK_LEAD.search(m.string, max(0, m.start() - 24), m.start())
        ):
            return None
        return Found("DATE", DayOfMonth(day))
    if not group(m, "sig") and not isolated(m) and not _signalled_day(m) and not _chat_day(m):
        return None
    if _DAY_THEN_ITS_MONTH.match(m.string, m.end()):
        return None  # "on the 3rd and 4th of May": the list takes May (coordination.py)
    second = _SECOND_ORDINAL_DAY.match(m.string, m.end())
    if second is not None and not _range_phrase_ends(m.string, second.end()):
        return None  # "on the 3rd-5th holes": a count of things
    if not (group(m, "the") or group(m, "the2")) and next_word(m)[:1].isalpha():
        return None
    trim = m.end("sig") - m.start() if group(m, "sig") else 0
    return Found("DATE", DayOfMonth(day), trim_start=trim)


def build_day_ordinal_range_end(m: re.Match[str]) -> Found | None:
    """ "the 27th-29th": the second day of a range of days of the month the story is in (the
    first is ``date_day_ordinal``'s); only the day is in the span."""
    first, day = int(m.group("d1")), int(m.group("day"))
    if not 1 <= first < day <= 31:
        return None
    if m.start("paren") >= 0:
        # "(16th-20th)": the range fills its parentheses (date_day_ordinal takes the first)
        if not m.string.startswith(")", m.end()) or _RANK_LEAD.search(
            m.string, max(0, m.start() - 24), m.start()
        ):
            return None
        return Found("DATE", DayOfMonth(day), trim_start=m.start("day") - m.start())
    if not _range_phrase_ends(m.string, m.end()):
        return None
    before = prev_word(m).lower()
    if not (
        group(m, "on")
        or before in _DAY_SIGNALS
        or (DOCUMENT.get() == "colloquial" and before in _CHAT_DAY_LEADS)
    ):
        return None  # as the first day needs: "on", a signal or, in chat, a verb's lead
    return Found("DATE", DayOfMonth(day), trim_start=m.start("day") - m.start())


def build_day_ordinal_pair_end(m: re.Match[str]) -> Found | None:
    """ "the 7th and 8th": the second of a pair of days of the month, led as the first day
    must be ("on", or a signal before "the"); only the day is in the span."""
    first, day = int(m.group("d1")), int(m.group("day"))
    if not (1 <= first <= 31 and 1 <= day <= 31) or first == day:
        return None
    if not (group(m, "on") or prev_word(m).lower() in _DAY_SIGNALS):
        return None  # "the 7th and 8th placed riders": a rank
    return Found("DATE", DayOfMonth(day), trim_start=m.start("day") - m.start())


#: The second day of a range of days of the month after the first: "-29th" in "the 27th-29th".
_SECOND_ORDINAL_DAY = re.compile(r"\s?[-–]\s?\d{1,2}(?:st|nd|rd|th)(?![-\w])")


def _range_phrase_ends(text: str, end: int) -> bool:
    """Whether a range of days ending at ``end`` ends its phrase ("the 27th-29th?", "the
    14th-16th btw"), no noun it counts after it ("the 3rd-5th holes")."""
    return _DAY_CLAUSE_END.match(text, end) is not None or (
        DOCUMENT.get() == "colloquial"
        and text[end : end + 12].split(maxsplit=1)[:1] != []
        and _chat_follower(text[end : end + 12].split(maxsplit=1)[0])
    )


def build_day_phrase(m: re.Match[str]) -> Found | None:
    """ "on the first", "the third": a day of the month in words without a month, only as an
    isolated phrase (in prose "the first" counts things). A bare "the 24" stays untagged: it
    is one of Duckling's latent readings, like "7" and "ten thirty" (see docs/temporal.md)."""
    if not isolated(m):
        return None
    day = _day(m)
    if not 1 <= day <= 31:
        return None
    trim = m.end("sig") - m.start() if group(m, "sig") else 0
    return Found("DATE", DayOfMonth(day), trim_start=trim)


#: Words that may follow "April 24 and 25" (any other lower-case word makes "25" a count:
#: "May 4 and 25 people"): ``second_day_followers.tsv``.
_AFTER_SECOND_DAY = alt("second_day_followers")


def build_second_day(m: re.Match[str]) -> Found | None:
    """ "April 24 and 25": the second day is a date of the same month (the first is tagged by
    ``date_month_day_year``); only the day number is in the span."""
    first, day = int(m.group("d1")), int(m.group("day"))
    if not _month_ok(m) or not first < day <= 31:
        return None
    spec = CalendarDate(None, month_number(m.group("month")), day)
    return Found("DATE", spec, trim_start=m.start("day") - m.start())


def build_iso(m: re.Match[str]) -> Found | None:
    month, day = int(m.group("month")), int(m.group("day"))
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return Found("DATE", CalendarDate(int(m.group("year")), month, day))


def build_slash(m: re.Match[str]) -> Found | None:
    year = int(m.group("year"))
    if year < 100:
        year += 1900 if year >= 50 else 2000
    md = month_day(int(m.group("a")), int(m.group("b")))  # month-first unless the locale
    return None if md is None else Found("DATE", CalendarDate(year, *md))


#: A subject, "to" or a modal before "may"/"march": the verb ("they march 2000 strong").
_VERB_SUBJECT_BEFORE = re.compile(
    r"\b(?:i|we|you|they|to|will|would|can|could|should|must|might)\s{1,3}$", re.IGNORECASE
)
#: A plural noun after a year: the number counts something ("march 2000 miles").
_PLURAL_AFTER = re.compile(r"\s{1,3}(?!this\b)[a-z]{3,20}s\b")


def _year_names_month(m: re.Match[str]) -> bool:
    """A lower-case "may" or "march" right before a year of four digits from 1900 to 2099 is
    the month ("last time we drew was march 2019", "back in may 2018"), not before a plural
    noun the number counts ("they march 2000 miles")."""
    year = group(m, "year")
    return (
        year is not None
        and 1900 <= int(year) <= 2099
        and m.start("year") - m.end("month") <= 3
        and _PLURAL_AFTER.match(m.string, m.end()) is None
        and _VERB_SUBJECT_BEFORE.search(m.string, max(0, m.start() - 12), m.start()) is None
    )


def build_month_year(m: re.Match[str]) -> Found | None:
    if not (_month_ok(m) or _year_names_month(m)):
        return None
    year = _year_value(m)
    if year is None:
        return None
    spec = CalendarDate(year, month_number(m.group("month")))
    return Found("DATE", spec, _half_mod(m, "part"))


#: A possessive after a year ("that year's election"): the year names a thing.
_POSSESSIVE_MARKS = ("'s", "’s")


def build_month_rel_year(m: re.Match[str]) -> Found | None:
    """ "January this year", "June last year"; "March of that year", "in May of the following
    year": that month of the story's year (:class:`~timeline.temporal.values.InAnchorYear`)."""
    if not _month_ok(m):
        return None
    month = month_number(m.group("month"))
    n_story = _story_years(m)
    if n_story is not None and m.string.startswith(_POSSESSIVE_MARKS, m.end()):
        return None  # "in May of that year's campaign": the year names a thing
    if n_story is not None:
        spec = InAnchorYear(CalendarDate(None, month), n_story)
        return Found("DATE", spec, mod_from(m, "part"))
    n = int(lookup("calendar_relatives", m.group("rel")))
    return Found("DATE", MonthOfYear(month, n), mod_from(m, "part"))


def build_day_month_rel_year(m: re.Match[str]) -> Found | None:
    """ "1 September last year", "on March 3 next year", "the 5th of May this year": that day
    of the month of the reference year moved (one DATE, as "June last year" is); "3 November
    of that year", "on May 2 the following year": that day of the story's year, as "March of
    that year" is."""
    if not _month_ok(m) or not _day_ok(m):
        return None
    month = month_number(m.group("month"))
    n_story = _story_years(m)
    if n_story is not None:
        if m.string.startswith(_POSSESSIVE_MARKS, m.end()):
            return None  # "on 3 May of that year's tour": the year names a thing
        spec: Spec = InAnchorYear(CalendarDate(None, month, _day(m)), n_story)
    else:
        spec = MonthOfYear(month, int(lookup("calendar_relatives", m.group("rel"))), _day(m))
    return Found("DATE", spec, mod_from(m, "part", "onpart"))


def build_month_shifted(m: re.Match[str]) -> Found | None:
    """ "March after next" (the second March from now), and as an isolated phrase "March in a
    year", "june in 2 years" (that month of the year so many years on)."""
    month = month_number(m.group("month"))
    if group(m, "after_next"):
        if not _month_ok(m, alone=True):
            return None
        return Found("DATE", MonthRef(month, 2))
    n = whole_number(m.group("num"))
    if not isolated(m) or n is None or not 0 < n <= 100:
        return None
    return Found("DATE", MonthOfYear(month, n))


#: A day number after a month ("last Oct. 23"), not a count ("October 12 percent").
_DAY_AFTER = re.compile(r"\s{1,3}\d{1,2}(?!\d|\s{0,2}(?:%|percent\b|per\s?cent\b))", re.IGNORECASE)

#: A month or weekday name: a capitalised word after a month that does not make it a name.
_MONTH_OR_WEEKDAY = re.compile(rf"{MONTH}|{WEEKDAY}", re.IGNORECASE)

#: Capitalised words after a month that open a clause, not a name's part ("By September I was
#: doing brakes"; ``month_clause_openers.tsv``).
_PRONOUN_CAPITALS = words("month_clause_openers")
#: Month words that are also common words or abbreviations ("may", "march", "jan").
_AMBIGUOUS_MONTHS = words("month_ambiguous")
#: Words before a month that make it the date of the noun after it ("at its March meeting").
_MONTH_OWNERS = words("month_owner_words")
#: Words after "March" that make it the verb ("march on").
_MARCH_VERB_FOLLOWERS = words("march_verb_followers")
#: Words after "a"/"an" and a month that make it a kind of month ("a June like this one"):
#: ``month_kind_followers.tsv``.
_MONTH_KIND_FOLLOWERS = words("month_kind_followers")
#: Lower-case words after "May" that keep it the month ("May and June"), not the modal.
_MAY_FOLLOWERS = words("may_followers")
#: Prepositions after which a capitalised "May" is the month whatever follows ("In May alone").
_MAY_PREPOSITIONS = words("may_prepositions")
#: Capitalised heads of a report's or a meeting's title that a month before them dates ("the
#: November Monetary Policy Report"): ``month_title_heads.tsv``.
_MONTH_TITLE_HEADS = words("month_title_heads")
#: A capitalised word (or "of"/"and" inside a title) after a month, one at a time.
_TITLE_WORD = re.compile(r"\s{1,3}(?P<w>(?-i:[A-Z])[\w’'-]{0,24})")
#: How many capitalised words a title may have between the month and its head.
_TITLE_WORDS = 4


def _titled_month(m: re.Match[str], before: str, prev: str) -> bool:
    """ "the Committee's August Report", "the November Monetary Policy Report", "its April World
    Economic Outlook": a capitalised month after "the", a possessive determiner of
    ``month_owner_words.tsv`` or a possessive noun, before a run of capitalised words that ends
    with a head of ``month_title_heads.tsv``, dates the report or meeting the title names, as
    "at its March meeting" dates its noun (s36-business, blind text 989: was no date, a name's
    part); "the March Hare", "the October Revolution" end with no such head."""
    if not is_capitalized(m.group("month")) or not (
        before == "the"
        or before in _MONTH_OWNERS
        or (len(prev) > 2 and prev.endswith(("'s", "’s")))
    ):
        return False
    at = m.end()
    head = False
    for _ in range(_TITLE_WORDS):
        w = _TITLE_WORD.match(m.string, at)
        if w is None:
            break
        head = w.group("w").lower() in _MONTH_TITLE_HEADS
        at = w.end()
    return head


def build_that_month(m: re.Match[str]) -> Found | None:
    """ "That August, the company agreed": the story's August, "that" in the span (as "that
    summer"); "said that August was wet" is the conjunction and the month alone (date_month)."""
    after = next_word(m).lower()
    pause = re.match(r"\s{0,2}(?:[,.;:)]|$)", m.string[m.end() : m.end() + 3])
    if not is_capitalized(m.group("month")) or (
        not pause and (after not in _YEAR_FUNCTION_WORDS or after in _SEASON_NOT_AFTER)
    ):
        return None
    return Found("DATE", CalendarDate(None, month_number(m.group("month"))))


#: "no earlier than May", "later than March": a comparison of times makes a month name a date.
_COMPARED = re.compile(r"\b(?:earlier|later|sooner)\s{1,3}than\s{1,3}$", re.IGNORECASE)


#: A word of ``month_contexts.tsv`` and a qualifier of ``signal_qualifiers.tsv`` before a
#: month: "until at least March", "since as early as May" are dates as "until March" is.
_QUALIFIED_CONTEXT = re.compile(
    rf"(?<![\w])(?:{alternation(sorted(_MONTH_CONTEXT))})\s{{1,3}}"
    rf"(?:{alternation(words('signal_qualifiers'))})\s{{1,3}}$",
    re.IGNORECASE,
)
#: The last words of :data:`_QUALIFIED_CONTEXT`'s qualifiers (:func:`~..lexicon.may_end_with`).
_QUALIFIER_ENDS = last_words(words("signal_qualifiers"))
#: The dashes :data:`_MONTH_DASH_BEFORE` ends with.
_DASHES = ("-", "–", "—")
#: A range word and a capitalized month after a capitalized month: "from March through May",
#: "March to May" (not "March through May Park", a name after it): both are months.
_RANGE_TO_MONTH = re.compile(
    rf"\s{{1,3}}(?:through|thru|to|until|till)\s{{1,3}}(?-i:(?=[A-Z]))(?:{MONTH})(?![\w-])"
    rf"(?!\s{{1,3}}(?-i:[A-Z]))",
    re.IGNORECASE,
)
#: The same after "from", where a capitalised word may follow the second month: the clause's
#: subject ("From March through May Jones led the side").
_RANGE_TO_MONTH_OPEN = re.compile(
    rf"\s{{1,3}}(?:through|thru|to|until|till)\s{{1,3}}(?-i:(?=[A-Z]))(?:{MONTH})(?![\w-])",
    re.IGNORECASE,
)
#: A dash and a capitalized month after a month, or a capitalized month and a dash before one:
#: the two ends of a range of months ("January-March", "June – August").
_DASH_MONTH_AFTER = re.compile(
    rf"\s{{0,2}}[-–—]\s{{0,2}}(?-i:(?=[A-Z]))(?:{MONTH})(?![\w-])", re.IGNORECASE
)
_MONTH_DASH_BEFORE = re.compile(
    rf"(?<![\w-])(?-i:(?=[A-Z]))(?:{MONTH})\s{{0,2}}[-–—]\s{{0,2}}$", re.IGNORECASE
)


#: A capitalised month and a comma before a month, and "and", "or" or a comma and another after
#: it: the middle of a list of months ("in June, July and August 1940"; s24-wars).
_MONTH_LIST_BEFORE = re.compile(rf"(?<![\w-])(?-i:(?=[A-Z]))(?:{MONTH}),\s{{1,3}}$", re.IGNORECASE)
_MONTH_LIST_AFTER = re.compile(
    rf",?\s{{1,3}}(?:(?:and|or)\s{{1,3}})?(?-i:(?=[A-Z]))(?:{MONTH})(?![\w-])", re.IGNORECASE
)

#: A capitalised month and "and" or "or" right before a month: the second of a pair ("spent
#: April and May building forts", "April or May"; s42-history).
_MONTH_PAIR_BEFORE = re.compile(
    rf"(?<![\w-])(?-i:(?=[A-Z]))(?:{MONTH})\s{{1,3}}(?:and|or)\s{{1,3}}$", re.IGNORECASE
)
#: "and" or "or" and a capitalised month right after a month: the first of a pair ("spent March
#: and May in camp").
_MONTH_PAIR_AFTER = re.compile(
    rf"\s{{1,3}}(?:and|or)\s{{1,3}}(?-i:(?=[A-Z]))(?:{MONTH})(?![\w-])", re.IGNORECASE
)


def _chat_relative_month(m: re.Match[str]) -> bool:
    """ "or next may at the latest", "last sept was wild": in chat a lower-case month that is
    also a word or an abbreviation after "next" or "last" is the month (session 32, blind
    text 674); not after "the" or "a" ("the next may be better": the modal)."""
    rel = (group(m, "rel") or "").lower()
    if rel not in ("next", "last") or prev_word(m).lower() in ("the", "a", "at"):
        return False
    if DOCUMENT.get() == "colloquial":
        return True
    # outside chat closing its phrase as "since march" does, not after a possessive ("Last
    # march I got out of breath", a running diary read as news; "their last march." is a
    # walk; s36-informal, blind text 980: was untagged)
    return (
        prev_word(m).lower() not in _MONTH_POSSESSIVES
        and _SINCE_MONTH_END.match(m.string, m.end()) is not None
    )


#: Possessives before "last" or "next" and a lower-case "march" that make it a walk.
_MONTH_POSSESSIVES = frozenset(words("month_relative_blockers"))


#: What closes "since march" as a date: a mark, the end of the line, or a word of
#: ``since_month_followers.tsv``.
_SINCE_MONTH_END = re.compile(
    rf"[ \t]{{0,2}}(?:[.,;:!?)]|\n|$|[ \t](?:{alt('since_month_followers')})\b)", re.IGNORECASE
)


def _since_month(m: re.Match[str]) -> bool:
    """ "has been losing pressure since march.", "broken since sept and": a lower-case month
    that is also a word or an abbreviation right after "since", closing its phrase, is the
    month outside chat, which has its own rule (``date_month_colloquial``; s35-informal, blind
    text 922; was left for a verb or a modal)."""
    return (
        DOCUMENT.get() != "colloquial"
        and not group(m, "rel")
        and not group(m, "arel")
        and prev_word(m).lower() == "since"
        and _SINCE_MONTH_END.match(m.string, m.end()) is not None
    )


def _month_heading(m: re.Match[str], name: str = "month") -> bool:
    """True if a capitalised month stands alone on a line after a blank line (or the text's
    start) with more text below: a section heading of a season's or a year's story
    ("...the play-off places.\n\nMay\n\nA 1-1 draw at Penwick on 3 May ...", s33-history),
    the month even when it is "May" or "March" and the next line opens with a capital; not a
    letter's signature after its closing line ("Best wishes,\nApril\n\nP.S. ..."). ``name``
    is the group of the word: a season there is such a heading too ("...in June.\n\nAutumn
    \n\nRovers lost ...", s37-history)."""
    text = m.string
    if not is_capitalized(m.group(name)) or text.find("\n", m.end()) < 0:
        return False
    line_end = text.find("\n", m.end())
    if text[m.end() : line_end].strip(" \t:"):
        return False
    line = text.rfind("\n", 0, m.start())
    if text[line + 1 : m.start()].strip():
        return False
    return line < 0 or not text[text.rfind("\n", 0, line) + 1 : line].strip()


#: "between February and ", "from June to ": a range of months opened before a month (its
#: second end; a capitalised word after it then opens the clause, no name).
_RANGE_OPEN_BEFORE = re.compile(
    rf"(?<![\w-])(?:between|from)\s{{1,3}}(?-i:(?=[A-Z]))(?:{MONTH})(?![\w-])\s{{1,3}}"
    r"(?:and|to|through|until|till)\s{1,3}$",
    re.IGNORECASE,
)
#: The words that join the two ends of such a range.
_RANGE_JOINS = ("and", "to", "through", "until", "till")


def _range_second_end(m: re.Match[str], lead: str) -> bool:
    """True if the capitalised month closes a range of months opened by "between" or "from":
    "Between February and April Vale went fourteen games unbeaten", "From June to August Rovers
    lost once" (s36-history, blind text 986: the second month was read as a name's, "April
    Vale", and left untagged)."""
    return (
        is_capitalized(m.group("month"))
        and lead.endswith(_RANGE_JOINS)
        and _RANGE_OPEN_BEFORE.search(m.string, max(0, m.start() - 40), m.start()) is not None
    )


#: Capitalised words before a bare month that name no one (``month_sentence_openers.tsv``).
_MONTH_SENTENCE_OPENERS = words("month_sentence_openers")


def build_month(m: re.Match[str]) -> Found | None:
    """A bare month name: only capitalised, and for "May"/"March" (also verbs) only after a
    word that shows a date ("in May", "since March", "late May") or a modifier."""
    if not _month_ok(m, alone=True) and not _chat_relative_month(m) and not _since_month(m):
        return None
    month = month_number(m.group("month"))

    rel = group(m, "rel")
    mod = _half_mod(m, "part")  # "late May"; "the second half of November": END
    arel = group(m, "arel")
    if arel:
        if _DAY_AFTER.match(m.string, m.end()):
            return None  # "the following Oct. 23": the day, dated by its own rule
        after = next_word(m)
        if after[:1].isupper() and not _MONTH_OR_WEEKDAY.match(after):
            return None  # "the next March Madness": a name
        # "the following January", "the previous March": from the story's date (anchor.py)
        sign = -1 if arel.lower().split()[-1] in ("previous", "preceding") else 1
        return Found("DATE", MonthRef(month, sign, anchored=sign), mod)
    if rel:
        if _DAY_AFTER.match(m.string, m.end()):
            return None  # "last Oct. 23" is the day "Oct. 23", dated by the tense
        n = int(lookup("month_relatives", rel))
        return Found("DATE", MonthRef(month, n), mod)
    if isolated(m):
        return Found("DATE", CalendarDate(None, month), mod)  # "May", "march" as a phrase
    if _month_heading(m):
        return Found("DATE", CalendarDate(None, month), mod)  # "\n\nMay\n\nA 1-1 draw ..."
    # the text right before the month but for white space: each search back below runs only
    # where it ends as the search's pattern does (a search tries every place of its window)
    lead = m.string[max(0, m.start() - 8) : m.start()].rstrip().lower()
    if is_capitalized(m.group("month")) and (
        _DASH_MONTH_AFTER.match(m.string, m.end())
        or (
            lead.endswith(_DASHES)
            and _MONTH_DASH_BEFORE.search(m.string, max(0, m.start() - 16), m.start())
        )
    ):
        # "the January-March quarter", "March–May": a range of two months (signals.py joins
        # them into one event), even for "March" and "May", also verbs
        return Found("DATE", CalendarDate(None, month), mod)
    word = m.group("month").lower().rstrip(".")
    prev = prev_word(m)
    before = prev.lower()
    after = next_word(m)
    if m.string[m.end() : m.end() + 1] == "-":
        return None  # "Mar-a-Lago"
    if mod is None and before in ("a", "an") and after.lower() in _MONTH_KIND_FOLLOWERS:
        return None  # "a June like this one", "an April as dry as 1976": a kind of month
    titled = after[:1].isupper() and _titled_month(m, before, prev)
    if (
        after[:1].isupper()
        and not titled
        and not _MONTH_OR_WEEKDAY.match(after)
        # "By September I was doing brakes": the pronoun opens the clause, no name's part
        and after.lower() not in _PRONOUN_CAPITALS
        # "By March, Johnson had ...": a pause ends the month's phrase, no name goes on; so
        # does a line break (a headline's "shut until at least May" over "The bridge ...")
        and m.string[m.end() : m.end() + 1] not in (",", ";", "\n")
    ):
        if (
            group(m, "part") is None
            and before not in ("in", "since", "until")
            and not _range_second_end(m, lead)
        ):
            return None  # "March Madness", "April Ryan"
    ranged = is_capitalized(m.group("month")) and (
        _RANGE_TO_MONTH.match(m.string, m.end())
        # "From March through May Jones led the side": after "from" the second month ends
        # the range before the clause's capitalised subject, no name's (s37-known)
        or (before == "from" and _RANGE_TO_MONTH_OPEN.match(m.string, m.end()))
        or (
            # "in March, April and May 1917": the middle of a list of months
            lead.endswith(",")
            and _MONTH_LIST_BEFORE.search(m.string, max(0, m.start() - 14), m.start())
            and _MONTH_LIST_AFTER.match(m.string, m.end())
        )
        # s42-history: a pair of months, "spent April and May building forts", "spent March
        # and May in camp": "May" and "March" there are no modal nor verb (were untagged)
        or _MONTH_PAIR_BEFORE.search(m.string, max(0, m.start() - 16), m.start()) is not None
        or _MONTH_PAIR_AFTER.match(m.string, m.end()) is not None
    )
    # "at its March meeting", "the Fed's January meeting": a month that dates the noun after it
    owned = titled or (
        is_capitalized(m.group("month"))
        and after[:1].islower()
        and (before in _MONTH_OWNERS or (len(prev) > 2 and prev.endswith(("'s", "’s"))))
    )
    ahead = is_capitalized(m.group("month")) and (
        _DELIVERY_AFTER.match(m.string, m.end()) is not None
        or (
            lead.endswith("for")
            and _DELIVERY_BEFORE.search(m.string, max(0, m.start() - 24), m.start()) is not None
        )
        # s41-blindnews: "raised its profit forecast for the year to March", the month that
        # ends the period a forecast looks to, is the coming one as its day is ("the year to
        # 31 March"; blind text 1166: was the last March)
        or _forecast_period_end(m)
    )
    period = (
        before in _MONTH_PERIOD_VERBS
        and word not in _PERSON_MONTHS
        and is_capitalized(m.group("month"))
        and m.string[m.end() : m.end() + 1] not in ("'", "’")
    ) or (
        before in ("to", "ended", "ending")
        and is_capitalized(m.group("month"))
        and _PERIOD_END_BEFORE.search(m.string, max(0, m.start() - 48), m.start()) is not None
    )
    if (
        mod is None
        and not ahead
        and not owned
        and not period
        and before not in _MONTH_CONTEXT
        and not (
            lead.endswith("than") and _COMPARED.search(m.string, max(0, m.start() - 24), m.start())
        )
        and not (
            may_end_with(m.string, max(0, m.start() - 40), m.start(), _QUALIFIER_ENDS)
            and _QUALIFIED_CONTEXT.search(m.string, max(0, m.start() - 40), m.start())
        )
        and not ranged
        and not _weather_month(m, before)
    ):
        if (
            word in _AMBIGUOUS_MONTHS
            and not _copula_month(m, before)
            and not _possessive_data_month(m)
        ):
            return None
        if is_capitalized(after) or (
            # a name: "April Ryan", "Ryan April"; not a word that ends the paragraph before a
            # heading ("a point behind Fulham.\n\nJanuary to May", s34-history)
            is_capitalized(prev)
            and "\n" not in m.string[max(0, m.start() - 4) : m.start()]
            # "Only December was cooler": a sentence's opening adverb, no name's part
            and before not in _MONTH_SENTENCE_OPENERS
        ):
            return None
    if word == "march" and after.lower() in _MARCH_VERB_FOLLOWERS and not (ranged or period):
        return None
    follow = _FOLLOWING_WORD.match(m.string, m.end())
    after = follow.group("w") if follow else ""
    if (
        word == "may"
        and mod is None
        and not (ahead or owned or period or ranged or _weather_month(m, before))
        and after[:1].islower()
    ):
        after_preposition = (
            is_capitalized(m.group("month")) and before in _MAY_PREPOSITIONS
        ) or _copula_month(m, before)
        if after.lower() not in _MAY_FOLLOWERS and not after_preposition:
            return None  # "may" + verb is the modal; "In May alone", "since May amid" are dates
    return Found("DATE", CalendarDate(None, month, ahead=bool(ahead) and mod is None), mod)


#: Adjectives of weather before a capitalised month (``month_weather_adjectives.tsv``), and
#: the indefinite article (and an adverb in -ly) before them.
_MONTH_WEATHER = words("month_weather_adjectives")
_WEATHER_ARTICLE = re.compile(r"\b[Aa]n?\s{1,3}(?:[a-z]{2,20}ly\s{1,3})?[a-z]{2,20}\s{1,3}$")


def _weather_month(m: re.Match[str], before: str) -> bool:
    """ "a warm March", "an unusually dry May": a capitalised month described by its weather
    after an indefinite article is the month, not the verb or the modal (s25-science)."""
    return (
        before in _MONTH_WEATHER
        and is_capitalized(m.group("month"))
        and _WEATHER_ARTICLE.search(m.string, max(0, m.start() - 40), m.start()) is not None
    )


#: An era before the common era after a year ("2014 BC"): no year Python can hold.
_BEFORE_COMMON_ERA = re.compile(r"\s{0,2}(?:b\.c\.e\.|b\.c\.|bce|bc)(?!\w)", re.IGNORECASE)


#: The prepositions of time that, opening a sentence before a number of four digits, make it
#: the year the sentence is set in (``opening_year_prepositions.tsv``, as written there).
_OPENING_TIME_PREPOSITIONS = words("opening_year_prepositions")


#: The plural after the year as a subject, a lower-case word (its verb) after it: "steamships
#: called", not "homes, the power failed" nor "homes the power failed" (a count of homes).
_SUBJECT_THEN_VERB = re.compile(
    r"\s{1,3}[a-z][\w'’-]*\s{1,3}(?!(?:the|a|an|its|their|his|her|our|this|that|these|those|no)\b)[a-z]"
)


#: The words that approximate a point written before it ("around", "circa", "c.":
#: ``point_approximators.tsv``, where "before").
_POINT_APPROXIMATORS_BEFORE = frozenset(
    r[0].lower() for r in rows("point_approximators") if r[-1] == "before"
)
#: The word before an approximator, and the approximator itself, right before a year.
_LEAD_THEN_APPROXIMATOR = re.compile(r"([\w'’]+)\s{1,3}([\w'’]+\.?)\s{1,3}$")


def _opens_sentence_with_approximate_time(m: re.Match[str], before: str) -> bool:
    """ "By around 1910 critics were calling it ...", "In circa 1450 printers ...": an
    approximator between the preposition that opens the sentence and the year, which is the
    year the sentence is set in as it is without one, not "around 1910 critics" counted."""
    if (
        before not in _POINT_APPROXIMATORS_BEFORE
        and f"{before}." not in _POINT_APPROXIMATORS_BEFORE
    ):
        return False
    lead = _LEAD_THEN_APPROXIMATOR.search(m.string, max(0, m.start() - 40), m.start())
    if lead is None or lead.group(2).lower() not in _POINT_APPROXIMATORS_BEFORE:
        return False
    return _opens_sentence_with_time(m, lead.group(1), upto=lead.start(2))


#: Verbs in -s after "<participle> in <year>": ``participle_year_verbs.tsv``.
_PARTICIPLE_YEAR_VERBS = words("participle_year_verbs")
#: Past forms and participles that do not end as regular ones do ("found", "built", "made").
_PAST_WORDS = words("tense_past") | words("perfect_participles")


def _participle_year_then_verb(m: re.Match[str], before: str) -> bool:
    """ "An inscription found in 2018 suggests that ...": "in" and the year after a past
    participle, and a verb of ``participle_year_verbs.tsv`` after it: the year dates the
    participle, the verb is the clause's (not "used in 1500 hospitals", a count). So is "for"
    and the year closing a noun phrase before such a verb ("Enrollment in plans for 2026 opens
    on November 1", "The budget for 2027 includes cuts"; "tickets for 2000 fans" stays a
    count)."""
    if before not in ("in", "for") or _next_word(m).lower() not in _PARTICIPLE_YEAR_VERBS:
        return False
    if before == "for":
        return True
    lead = _LEAD_THEN_APPROXIMATOR.search(m.string, max(0, m.start() - 40), m.start())
    if lead is None or lead.group(2).lower() != "in":
        return False
    word = lead.group(1).lower()
    return word.endswith(("ed", "en", "wn", "ght")) or word in _PAST_WORDS


def _opens_sentence_with_time(m: re.Match[str], written: str, upto: int | None = None) -> bool:
    """Whether ``written``, the word right before the year (or before ``upto``), is a preposition
    of time that opens its sentence (after the text's start, a line break or a sentence's end
    mark)."""
    if (
        written != written.capitalize()
        or written.lower() not in _OPENING_TIME_PREPOSITIONS
        or not _SUBJECT_THEN_VERB.match(m.string, m.end())
    ):
        return False
    upto = m.start() if upto is None else upto
    start = m.string.rfind(written, max(0, upto - 40), upto)
    before = m.string[max(0, start - 4) : start].rstrip(" \t\"'“‘(")
    return start >= 0 and (not before or before[-1] in ".!?\n")


#: "between 2021 and", "from 2019 to": the first year of a pair, right before a second number.
_FIRST_OF_YEARS = re.compile(
    r"\b(?:between|from)\s{1,3}(?P<first>(?:1[0-9]|2[01])\d\d)\s{1,3}"
    r"(?:and|to|until|till|through)\s{1,3}$",
    re.IGNORECASE,
)
#: How many years at most the second of a pair may follow the first ("from 1800 to 2000
#: workers" is a count).
_YEAR_PAIR_SPAN = 60
_PAIR_CLOSERS = frozenset(("and", "to", "until", "till", "through"))


def _second_of_years(m: re.Match[str], before: str) -> bool:
    """Whether the number is the second year of "between 2021 and 2024" or "from 2019 to 2022",
    up to :data:`_YEAR_PAIR_SPAN` years after the first, also before a plural that would make
    it a count ("Between 2021 and 2024 engineers replaced 300 hangers"; session 35, blind text
    952)."""
    if before not in _PAIR_CLOSERS:
        return False
    first = _FIRST_OF_YEARS.search(m.string, max(0, m.start() - 30), m.start())
    return first is not None and 0 < int(m.group("year")) - int(first["first"]) <= _YEAR_PAIR_SPAN


#: The longest heading line in capitals whose closing year :func:`_capitals_heading` reads.
_HEADING_LENGTH = 80


def _capitals_heading(m: re.Match[str]) -> bool:
    """ "NOTICE OF ANNUAL GENERAL MEETING 2027", "ANNUAL REPORT 2026": a year that ends a line
    of two words or more written in capitals before it is the heading's year, as "Annual Report
    2026" is in title case (s36-business, blind text 992: was an acronym's code, "XP 2000",
    which stays one beside its text or alone with its code)."""
    text = m.string
    end = text.find("\n", m.end())
    if text[m.end() : end if end >= 0 else len(text)].strip():
        return False
    start = text.rfind("\n", max(0, m.start() - _HEADING_LENGTH), m.start())
    if start < 0 and m.start() > _HEADING_LENGTH:
        return False
    line = text[start + 1 : m.start()]
    return line.isupper() and len(line.split()) >= 2


def build_year(m: re.Match[str]) -> Found | None:
    year = int(m.group("year"))
    if _BEFORE_COMMON_ERA.match(m.string, m.end()):
        return None
    prefix = group(m, "prefix")
    mod = mod_from(m, "part")
    if group(m, "pp"):
        if mod is not None or prefix or not 1000 <= year <= 2199:
            return None
        return Found("DATE", CalendarDate(year), _pre_post_mod(m))  # "post-1959 politics"
    if not prefix and mod is None:
        if not 1000 <= year <= 2199:
            return None
        before_char = m.string[m.start() - 1 : m.start()]
        if (
            before_char in "-/.#:"
            and before_char
            and glued_approximator(m.string, m.start()) is None
        ):
            return None
        written = prev_word(m)
        before = written.lower()
        if before in _NUMBER_NOUNS:
            return None
        if (
            len(written) > 1
            and written.isalpha()
            and written.isupper()
            and not _capitals_heading(m)
        ):
            return None  # "Pay ABC 2000", "XP 2000": a code or an amount after an acronym
        if (
            counts(m, before)
            # "as the Subordinate Legislation Act 1989 requires": the year of a title
            and not (written[:1].isupper() and before in _YEAR_TITLE_HEADS)
            and not (before in _CLAUSE_OPENING and _next_word(m).lower() in _YEAR_SUBJECT_VERBS)
            and not _opens_sentence_with_time(m, written)
            and not _opens_sentence_with_approximate_time(m, before)
            and not _participle_year_then_verb(m, before)
            and not _second_of_years(m, before)
        ):
            return None  # "2000 shoes", "2022 square feet" (but "the 1992 protests")
        after = _next_word(m)
        if before == "at" and after[:1].isupper():
            return None  # "at 1600 Pennsylvania Avenue"
        if (
            m.string[m.end() : m.end() + 1] in (":", ",")
            and m.string[m.end() + 1 : m.end() + 2].isdigit()
        ):
            return None
    elif not 1000 <= year <= 2199:
        return None
    if group(m, "later"):
        mod = "ON_OR_AFTER"
    return Found("DATE", CalendarDate(year), mod)


#: "tax year 2027", "financial year 2026", "school year 2025": a year of a kind
#: (``day_kinds.tsv``, the words that count years) before the year, one DATE as "fiscal 1989".
_KIND_YEAR = alternation(r[0] for r in rows("day_kinds") if "year" in r[1].split(","))
#: "the 2026 fiscal year", "the 2024 financial year": the year with its kind after it, one
#: DATE (TimeBank annotates "fiscal 1989" and "the current fiscal year" whole).
_FISCAL_YEAR = r"\s{1,3}(?:fiscal|financial)\s{1,3}year(?![\w-])"


#: "pre-" or "post-" glued to a year or a decade ("post-1959 politics", "pre-2020 levels"): the
#: year with mod BEFORE / AFTER, the prefix in the span (TimeML, as TimeBank annotates
#: "post-1959").
_PRE_POST = r"(?:(?P<pp>[Pp]re|[Pp]ost)-)?"


def _pre_post_mod(m: re.Match[str]) -> str:
    return "BEFORE" if m.group("pp").lower() == "pre" else "AFTER"


#: "the last half of the '80s", "the first half of the 20th century": a decade or a century
#: with mod START or END (TimeML; a year's half is its own unit, ``2012-H1``: ``date_half``).
_HALF_OF = r"(?:the\s{1,3}(?P<halfw>first|second|last|latter)\s{1,3}half\s{1,3}of\s{1,3})?"


#: "the first half of" or, before a decade or a century only, "the first (last) quarter of":
#: START (END) of the unit, "the second (third) quarter of" its MID (TIMEX3 has no quarter of
#: a century; s25-eras: "the first quarter of the 14th century" was this year's first quarter).
_PART_OF = (
    r"(?:the\s{1,3}(?:(?P<halfw>first|second|last|latter)\s{1,3}half"
    r"|(?P<quarterw>first|second|third|last|final|fourth)\s{1,3}quarter)\s{1,3}of\s{1,3})?"
)

#: "the first decade of", "the last decade of" before a century (group ``decw``): that decade
#: of it ("the first decade of the 20th century" = ``190``; s42-history: was the century).
_DECADE_OF = (
    rf"(?:the\s{{1,3}}(?P<decw>{ORDINAL_WORD}|\d{{1,2}}(?:st|nd|rd|th)|last|final)"
    r"\s{1,3}decade\s{1,3}of\s{1,3})?"
)


def _half_mod(m: re.Match[str], *parts: str) -> str | None:
    """The mod of a part word, or of "the first/last half of" (START/END) before the unit."""
    half = group(m, "halfw") or group(m, "quarterw")
    if half is None:
        return mod_from(m, *parts)
    if mod_from(m, *parts) is not None:
        return None  # "the first half of the early 1990s": no single mod says it
    if half.lower() in ("second", "third") and group(m, "quarterw"):
        return "MID"  # "the second quarter of the 20th century": its middle years
    return "START" if half.lower() == "first" else "END"


def _half(m: re.Match[str]) -> int:
    """1 or 2 after "the first/last half of", else 0."""
    half = group(m, "halfw")
    return 0 if half is None else 1 if half.lower() == "first" else 2


#: Words that show a text tells of antiquity or the middle ages (era_cues.tsv).
_ERA_CUES = re.compile(r"\b(?:" + alternation(words("era_cues")) + r")\b", re.IGNORECASE)
#: A capitalised word after a year: the subject of the next clause, a name.
_NAME_AFTER = re.compile(r"\s{1,3}(?-i:[A-Z][a-z])")
#: An era before the common era written after a year: what lets a year of two digits without
#: its era be one ("In the spring of 58 Caesar defeated the Helvetii" after "58 BC"; s24-wars).
_BC_CUE = re.compile(r"\d\s?(?:BCE?|B\.C\.)(?!\w)")
#: How far around a year of three digits an era cue is sought (characters).
_ERA_REACH = 1500
#: What closes the clause after "in 117": a year, not a count ("in 117 cases"); or a word that
#: opens the next clause or phrase ("In 430 the plague broke out", "in 212 after a long siege":
#: ``early_year_followers.tsv``); or "to" before a word, an infinitive or a place ("in the
#: spring of 207 to join him", "fled in 195 to Tyre"; not a range of counts, "in 100 to 200").
_CLAUSE_CLOSE = re.compile(
    r"\s{0,2}(?:[.,;:)]|$)|\s{1,3}(?:" + alternation(words("early_year_followers")) + r")\s"
    r"|\s{1,3}to\s{1,3}(?=[^\W\d_])",
    re.IGNORECASE,
)


def _early_year(m: re.Match[str], season: bool = False) -> int | None:
    """The year of three digits that ends ``m`` ("in 117.", "the autumn of 429,"), if its
    clause ends there and an era cue stands near it; else None."""
    if m.start() and m.string[m.start() - 1].isalnum():
        return None  # "within 117."
    if not _CLAUSE_CLOSE.match(m.string, m.end()) and not (
        season and _NAME_AFTER.match(m.string, m.end())
    ):
        return None  # a season of a year also before the next clause's subject, a name ("In
        # the spring of 58 Caesar defeated the Helvetii"): no count of a season
    window = m.string[max(0, m.start() - _ERA_REACH) : m.end() + _ERA_REACH]
    if _ERA_CUES.search(window) is None:
        return None
    if len(m.group("year")) == 2 and _BC_CUE.search(window) is None:
        return None  # "crowned in 53.": two digits are a year only in a story before the era
    return int(m.group("year"))


def build_year_early(m: re.Match[str]) -> Found | None:
    """A year of three digits after "in" at the end of a clause, in a text with an era cue
    ("The legion marched under Trajan in 117."); with its era ("AD 800", "793 CE") it is
    rules/numeric.py's ``date_year_era``."""
    # after an event's noun and "of" ("the treaty of 201"), also before the next clause's
    # subject, a name ("the treaty of 201 Carthage gave up its fleet")
    year = _early_year(m, season=group(m, "head") is not None)
    if year is None:
        return None
    return Found("DATE", CalendarDate(year), trim_start=m.start("year") - m.start())


def build_season_early(m: re.Match[str]) -> Found | None:
    """A season of a year of three digits at the end of a clause, in a text with an era cue
    ("Pericles died in the autumn of 429."); in a story before the common era it is that
    era's (the engine's ``bc_story``)."""
    year = _early_year(m, season=True)
    if year is None:
        return None
    season = lookup("seasons", m.group("season"))
    return Found("DATE", SeasonRef(season, year), mod_from(m, "part"))


#: A decade written in full, maybe followed by others cut short, before the last member of
#: their list: "1860s and ", "1920s, '30s and ", "1880s-", "1960s to the ", "1910s, " (before
#: an apostrophe only: "the 1950s, 60s of them" is a count).
_DECADE_LIST_BEFORE = re.compile(
    r"(?<![\d'’])(?P<c>1\d|20)\d0['’]?s(?:,\s{1,3}(?:the\s{1,3})?['’]?\d0['’]?s)*,?"
    r"(?:\s{1,3}(?:and|or|to|into|through)\s{1,3}|\s{0,2}[-–]\s{0,2}|(?P<comma>(?<=,)\s{1,3}))$"
)


#: The plural of a decade, also written with an apostrophe: "the 1960's", "the '70's" (an
#: older spelling, common in histories; s36-history, blind texts 982, 984, 985: was the year).
_DECADE_S = r"(?:['’]s|s)"
#: "the" before such a decade, maybe a part word between ("the mid-1960's").
_THE = re.compile(r"\bthe\b", re.IGNORECASE)


def build_decade(m: re.Match[str]) -> Found | None:
    raw = m.group("decade").lstrip("'’")
    digits = raw[:-1].rstrip("'’")
    possessive_like = len(digits) == 4 and raw[-2] in "'’"
    if possessive_like and not _THE.search(m.string, m.start(), m.start("decade")):
        # "1960's" without "the" is the year's possessive ("2020's biggest deal") unless it
        # closes a list of decades ("the 1920's and 1930's")
        if not _DECADE_LIST_BEFORE.search(m.string, max(0, m.start() - 60), m.start()):
            return None
    mod = _half_mod(m, "part", "part2")
    half = _half(m) if mod is not None else 0
    if group(m, "pp"):
        if mod is not None or half:
            return None
        mod = _pre_post_mod(m)  # "pre-1990s buildings"
    if len(digits) == 4:
        if digits.endswith("00") and 1000 <= int(digits) <= 1900:
            # "the 1400s", "the early 1800s": a century, as a reader and Wikipedia use them
            # (the 2000s stay the decade they name in news)
            return Found("DATE", CenturyRef(int(digits) // 100 + 1, half=half), mod)
        return Found("DATE", DecadeRef(int(digits), half=half), mod)
    listed = _DECADE_LIST_BEFORE.search(m.string, max(0, m.start() - 60), m.start())
    if listed and (m.group("decade")[0] in "'’" or not group(listed, "comma")):
        # "the 1860s and '70s", "the 1920s, '30s and '40s", "the 1880s-90s": the decades of a
        # list share the century its first one writes out (1870, not the reference's 1970)
        return Found("DATE", DecadeRef(int(listed.group("c")) * 100 + int(digits), half=half), mod)
    if not (group(m, "the") or m.group("decade")[0] in "'’"):
        return None
    if _measured(m):
        return None  # "Saturday starts in the 30s inland", "highs in the mid-40s"
    return Found("DATE", DecadeRef(int(digits), century_known=False, half=half), mod)


#: A word of a measure in two-digit ranges (``decade_measure_cues.tsv``: "temperatures", "highs").
_MEASURE_CUE = re.compile(rf"\b(?:{alternation(words('decade_measure_cues'))})\b", re.IGNORECASE)
#: How far (characters) around a two-digit decade such a word is looked for: its sentence.
_MEASURE_REACH = 120


def _measured(m: re.Match[str]) -> bool:
    """True if a decade written in two digits ("the 30s") is a measure's range: a word of
    ``decade_measure_cues.tsv`` stands in its sentence ("Temperatures will be in the 30s",
    "Saturday starts in the 30s inland, but temperatures recover"), no full stop between."""
    text = m.string
    lo = max(0, m.start() - _MEASURE_REACH)
    cut = text.rfind(". ", lo, m.start())
    before = text[cut + 1 if cut >= 0 else lo : m.start()]
    end = min(len(text), m.end() + _MEASURE_REACH)
    stop = text.find(". ", m.end(), end)
    after = text[m.end() : stop if stop >= 0 else end]
    return _MEASURE_CUE.search(before) is not None or _MEASURE_CUE.search(after) is not None


def build_year_words(m: re.Match[str]) -> Found | None:
    """ "nineteen ninety-six", "two thousand (and) one", "the year two thousand"; not a count
    ("two thousand years", "two thousand troops")."""
    year = _year_value(m)
    if year is None or counts(m, prev_word(m).lower()):
        return None
    return Found("DATE", CalendarDate(year), mod_from(m, "part"))


def build_year_end(m: re.Match[str]) -> Found | None:
    year = _year_value(m)
    spec = CalendarDate(year) if year else YearEnd()
    return Found("DATE", spec, "END")


#: A decade name ("nineties"): ``decade_words.tsv``.
_DECADE_WORD = alt("decade_words")
#: A century's number in words before a decade name ("the nineteen-fifties"):
#: ``decade_century_words.tsv``.
_DECADE_CENTURY_WORD = alt("decade_century_words")


def build_decade_word(m: re.Match[str]) -> Found | None:
    decade = int(lookup("decade_words", m.group("decade")))
    mod = mod_from(m, "part", "part2")
    if century := group(m, "cent"):
        # "the nineteen-fifties", "the Eighteen Nineties": the century is named (s39-history2);
        # "twenty" only joined by a hyphen ("the twenty-twenties"): "the twenty twenties in the
        # drawer" is a count of banknotes
        if century.lower() == "twenty" and m.string[m.end("cent")] != "-":
            return None
        return Found(
            "DATE", DecadeRef(int(lookup("decade_century_words", century)) * 100 + decade), mod
        )
    return Found("DATE", DecadeRef(decade, century_known=False), mod)


#: Capitalised nouns after a capitalised "Century" that make it a name ("the Twentieth Century
#: Society", "Twentieth Century Fox"): ``century_name_followers.tsv``, as written.
_CENTURY_NAME_FOLLOWERS = frozenset(r[0] for r in rows("century_name_followers"))


def build_century(m: re.Match[str]) -> Found | None:
    if not century_list_second(m):
        return None
    if "Centur" in m.group() and next_word(m) in _CENTURY_NAME_FOLLOWERS:
        return None  # "the Twentieth Century Society": a name (s38-history)
    decade = group(m, "decw")
    if decade is not None:
        # "the first decade of the 20th century" = 190, "the last decade of the 19th" = 189
        k = 10 if decade.lower() in ("last", "final") else ordinal(decade)
        if not 1 <= k <= 10 or _half_mod(m, "part", "part2") is not None:
            return None  # "the first decade of the early 19th century": no one decade
        n = ordinal(m.group("ord"))
        if not 1 <= n <= 30 or m.group().lower().endswith("centuries"):
            return None
        return Found("DATE", DecadeRef((n - 1) * 100 + (k - 1) * 10))
    mod = _half_mod(m, "part", "part2")
    half = _half(m) if mod is not None else 0
    return Found("DATE", CenturyRef(ordinal(m.group("ord")), half=half), mod)


def build_millennium(m: re.Match[str]) -> Found | None:
    """ "the second millennium", "the first millennium AD", "the early third millennium": TIMEX3's
    thousands digit (``1`` for the years 1000 to 1999, as "the 20th century" is ``19``); before
    the era it is ``date_century_era``'s ("the third millennium BC" = ``BC2``)."""
    n = ordinal(m.group("ord"))
    if not 1 <= n <= 9:
        return None
    return Found("DATE", Fixed(str(n - 1)), mod_from(m, "part", "part2"))


def build_century_list_first(m: re.Match[str]) -> Found | None:
    """The first of two centuries named with one plural "centuries": "the 18th" of "the 18th
    and 19th centuries", "the sixth" of "the sixth to eighth centuries", "the 6th" of "the 6th
    and 5th centuries BC" (``BC05``); each century is a DATE of its own, as TimeML tags each
    member of a list, and the second is ``date_century``'s (``date_century_era``'s)."""
    n = ordinal(m.group("ord"))
    trim = m.end() - m.end("ord")
    if group(m, "bc"):
        return Found("DATE", Fixed(f"BC{n - 1:02d}"), mod_from(m, "part2"), trim_end=trim)
    return Found("DATE", CenturyRef(n), mod_from(m, "part2"), trim_end=trim)


#: A word for a quarter ("quarter", "qtr"): ``units.tsv``.
_QUARTER_WORD = alternation(unit_words(plural=False, units=("quarter",)))
#: The ordinal of a quarter ("third", "4th", "final"): ``quarter_ordinals.tsv``.
_QUARTER_ORDINAL = alt("quarter_ordinals")


def _poss_year(text: str | None) -> tuple[int | None, int | None]:
    """(absolute year, relative year) from "1998's" / "this year's" / "next year's"."""
    if not text:
        return None, None
    t = " ".join(w for w in text.lower().split() if w not in _FISCAL_WORDS)
    if t[:1].isdigit():
        return int(t), None
    return None, {"this year": 0, "last year": -1, "next year": 1, "the year": 0}[t]


def _the_year(text: str | None) -> bool:
    """True for "the year" (not "this year"): the year the text is about."""
    return text is not None and [w for w in text.lower().split() if w not in _FISCAL_WORDS] == [
        "the",
        "year",
    ]


def _story_year_part(m: re.Match[str], part: QuarterRef | HalfRef) -> Found | None:
    """ "the third quarter of that year", "the second half of the following year": that part
    of the story's year moved by the count of ``story_year_words.tsv`` (as "the autumn of that
    year" is, :class:`~timeline.temporal.values.InAnchorYear`); not before a possessive ("the
    first half of that year's season" names a thing)."""
    if m.string.startswith(_POSSESSIVE_MARKS, m.end()):
        return None
    n_years = int(lookup("story_year_words", m.group("srel")))
    return Found("DATE", InAnchorYear(part, n_years), mod_from(m, "part"))


#: A noun of a period's results after a quarter ("fourth-quarter results", "Q4 earnings",
#: "fourth-quarter sales figures"; one word between) or before it with "for" ("results for the
#: fourth quarter"): ``quarter_result_nouns.tsv``.
_RESULTS_AFTER = re.compile(
    rf"[ \t]{{1,3}}(?:[a-z-]{{2,20}}[ \t]{{1,3}})?(?:{alt('quarter_result_nouns')})(?![\w-])"
)
_RESULTS_FOR = re.compile(
    rf"(?<![\w-])(?:{alt('quarter_result_nouns')})\s{{1,3}}for\s{{1,3}}(?:its\s{{1,3}}|their\s{{1,3}})?$",
    re.IGNORECASE,
)


def results_period(m: re.Match[str]) -> bool:
    """ "will report fourth-quarter results", "earnings for the fourth quarter": a quarter whose
    results its sentence names, published once it is over (s39-wire)."""
    return _RESULTS_AFTER.match(m.string, m.end()) is not None or (
        _RESULTS_FOR.search(m.string, max(0, m.start() - 30), m.start()) is not None
    )


def build_quarter(m: re.Match[str]) -> Found | None:
    q = int(lookup("quarter_ordinals", m.group("q")))
    if group(m, "srel"):
        return _story_year_part(m, QuarterRef(q))
    year = _year_value(m)
    # "last year's third quarter", "the third quarter of last year"
    absolute, relative = _poss_year(group(m, "yposs") or group(m, "yof"))
    if year is None:
        year = absolute
    if year is None and group(m, "ypre"):
        year = int(m.group("ypre"))
    mod = mod_from(m, "part")
    trim = 0
    if (
        group(m, "the")
        and not group(m, "part")
        and m.string.startswith("-", m.end("q"))
        and not _year_value(m)
        and not (group(m, "yposs") or group(m, "ypre"))
    ):
        # "the third-quarter loss", "the fiscal second-quarter loss": an adjective
        trim = m.start("fis" if group(m, "fis") else "q") - m.start()
    if relative is not None:
        told = _the_year(group(m, "yposs") or group(m, "yof"))
        return Found("DATE", QuarterOfYear(q, relative, told), mod)
    ahead = forecast_period(m)
    results = year is None and not ahead and results_period(m)
    return Found("DATE", QuarterRef(q, year, ahead, results), mod, trim_start=trim)


def build_month_span_quarter(m: re.Match[str]) -> Found | None:
    """ "the October-December quarter", "the April-June period": three months named by their
    first and last, the quarter of business news in Japan and elsewhere; named, as "the
    quarter ended Dec. 31" is, as the calendar quarter most of its months fall in (2024-Q4),
    its year by the tense. Two months that do not span three are no quarter."""
    first, last = month_number(m.group("m1")), month_number(m.group("m2"))
    if (last - first) % 12 != 2 or not is_capitalized(m.group("m1")):
        return None
    return Found("DATE", QuarterEnding(CalendarDate(None, last, _MONTH_LAST_DAY[last]), named=True))


#: Words that name a quarter by what falls in it ("the holiday quarter"): ``quarter_names.tsv``.
_QUARTER_NAMES = alt("quarter_names")
#: Possessive determiners before such a quarter ("its holiday quarter").
_QUARTER_NAME_OWNERS = words("quarter_name_owners")


def build_month_end_quarter(m: re.Match[str]) -> Found | None:
    """ "the March quarter", "the December quarter": the quarter named by its last month, as
    Australian, Indian and Japanese results name it; the calendar quarter most of its months
    fall in, as "the quarter ended March 31" is (2013-Q1), its year by the tense. Capitalized
    months only ("the may quarter" is none)."""
    named = group(m, "named")
    if named is not None:
        # "the holiday quarter", "its holiday quarter": the quarter its word names
        # (``quarter_names.tsv``); not "a strong holiday quarter", "a holiday quarter of an hour"
        if not (
            m.group(0)[:3].lower() == "the" or prev_word(m).lower() in _QUARTER_NAME_OWNERS
        ) or re.match(r"\s{1,3}of\b", m.string[m.end() : m.end() + 6]):
            return None
        last = int(lookup("quarter_names", named))
        return Found(
            "DATE", QuarterEnding(CalendarDate(None, last, _MONTH_LAST_DAY[last]), named=True)
        )
    if not is_capitalized(m.group("m")):
        return None
    last = month_number(m.group("m"))
    return Found("DATE", QuarterEnding(CalendarDate(None, last, _MONTH_LAST_DAY[last]), named=True))


#: The last day of each month, February's in a common year (a quarter ending in February ends
#: on its last day either way: 45 days before it lies in the same quarter).
_MONTH_LAST_DAY = {
    1: 31,
    2: 28,
    3: 31,
    4: 30,
    5: 31,
    6: 30,
    7: 31,
    8: 31,
    9: 30,
    10: 31,
    11: 30,
    12: 31,
}


def build_q_code(m: re.Match[str]) -> Found | None:
    qyy = group(m, "qyy")
    # "Q4'23", "Q1 '24": the quarter of that year, as "Q4 2023" (2000-2099, as "FY24")
    year = 2000 + int(qyy) if qyy else _year_value(m)
    # "by the end of Q2", "early Q3 2026": a part word before the code is in the span with its
    # mod, as before a half code (s37-wire3)
    ahead = forecast_period(m)
    results = year is None and not ahead and results_period(m)
    return Found("DATE", QuarterRef(int(m.group("qn")), year, ahead, results), mod_from(m, "part"))


#: A fiscal year in the financial press's two digits: "FY24", "FY'24", "FY-25" (2000-2099).
_FY2 = r"FY\s?['’-]?(?P<yy>\d{2})(?![\d%])"


def build_fy_code(m: re.Match[str]) -> Found | None:
    """ "FY24", "FY'24": the fiscal year 2024, as "FY2024" and "fiscal 2024" are (TimeML writes
    the calendar year of its name)."""
    return Found("DATE", CalendarDate(2000 + int(m.group("yy"))))


#: The words before a half code written without its year: ``half_code_leads.tsv``.
_HALF_CODE_LEADS = words("half_code_leads")
#: What may follow such a code: a mark, a clause's end, "and"/"or", or a noun of
#: ``half_code_followers.tsv``.
_HALF_CODE_AFTER = re.compile(
    rf"(?:\s{{0,3}}(?:[.,;:)!?]|$)|\s{{1,3}}(?:and|or|{alt('half_code_followers')})(?![\w-]))"
)


#: A noun of a period's results after such a code (rows of ``half_code_followers.tsv`` marked
#: "report"): the code is the half whatever word stands before it ("reported H1 revenue").
_HALF_CODE_REPORT_NOUNS = [r[0] for r in rows("half_code_followers") if r[1:] == ("report",)]
_HALF_CODE_REPORT = re.compile(rf"\s{{1,3}}(?:{alternation(_HALF_CODE_REPORT_NOUNS)})(?![\w-])")


def build_h_code(m: re.Match[str]) -> Found | None:
    """ "H1 2024", "2H 2023", "H2'24": a half of a year in the financial press's code; "H1"
    alone only after a preposition and before a mark or a noun of a report ("by the end of
    H1", "H2 results": see ``half_code_leads.tsv``), its year by the tense as for "the first
    half"."""
    year = _year_value(m)
    if year is None and not group(m, "yy"):
        if group(m, "hn") is None or not _HALF_CODE_AFTER.match(m.string, m.end()):
            return None
        if (
            group(m, "part") is None
            and prev_word(m).lower() not in _HALF_CODE_LEADS
            # "The group reported H1 revenue of £1.2bn", "H2 profit rose": a report's noun
            # dates the code after any word (s36-business; "plans to expand H2 production",
            # "the H2 targets" stay untagged)
            and not _HALF_CODE_REPORT.match(m.string, m.end())
        ):
            return None
    half = int(group(m, "hn") or m.group("hn2"))
    return Found("DATE", HalfRef(half, year, forecast_period(m)), mod_from(m, "part"))


#: "hour" after "the first half": a half hour of the clock ("shocking for the first half hour",
#: "the second half-hour"), a stretch of time, not a half of the year.
_HALF_HOUR = re.compile(r"[\s-]{1,3}hours?\b", re.IGNORECASE)
#: "of" and a word after "the first half" that names no year: the half of something else.
_OF_THING = re.compile(r"\s{1,3}of\s{1,3}\S", re.IGNORECASE)


def build_half(m: re.Match[str]) -> Found | None:
    word = (group(m, "h") or m.group("hq")).lower()
    h = 1 if word in ("first", "1st") else 2
    if group(m, "srel"):
        return _story_year_part(m, HalfRef(h))
    year = _year_value(m)
    # "this year's first half", "2001's second half": the year's half, one DATE (TimeBank:
    # "this year's third quarter")
    absolute, relative = _poss_year(group(m, "yposs") or group(m, "relyear"))
    year = year if year is not None else absolute
    if (word == "last" or group(m, "hq")) and year is None and relative is None:
        return None  # "the last half hour", "the first two quarters": no half of a year named
    if year is None and relative is not None:
        return Found("DATE", HalfOfYear(h, relative, _the_year(group(m, "relyear"))))
    if year is None and _HALF_HOUR.match(m.string, m.end()):
        return None  # "for the first half hour": the clock's half hour
    if year is None and _OF_THING.match(m.string, m.end()):
        return None  # "the first half of the match", "of the season", "of the '80s": not a year's
    if year is None and _match_half(m):
        return None  # "a header early in the second half": the match's
    return Found("DATE", HalfRef(h, year, forecast_period(m)), mod_from(m, "part"))


#: A word of a game (``match_half_cues.tsv``).
_MATCH_CUE = re.compile(rf"(?<![\w-])(?:{alt('match_half_cues')})(?![\w-])", re.IGNORECASE)
#: The end of a sentence or line, either side of an expression.
_SENTENCE_BOUND = re.compile(r"[.!?\n]")


def _match_half(m: re.Match[str]) -> bool:
    """Whether the sentence of a half without a year (up to 200 characters either side) has a
    word of a game in it: then the half is the match's."""
    text = m.string
    lo = max(0, m.start() - 200)
    before = [b.end() for b in _SENTENCE_BOUND.finditer(text, lo, m.start())]
    start = before[-1] if before else lo
    after = _SENTENCE_BOUND.search(text, m.end(), m.end() + 200)
    end = after.start() if after else min(len(text), m.end() + 200)
    return _MATCH_CUE.search(text, start, end) is not None


#: Capitalised words before a capitalised season that leave it a season ("The Summer of
#: 2019", "Last Winter"); any other makes the two a name ("the Black Summer of 2019-20").
_SEASON_NAME_LEADS = words("season_name_leads")
#: "of" and a capitalised word after a capitalised season: a name ("the Winter of the River").
_SEASON_NAME_OF_AFTER = re.compile(r"\s{1,3}of\s{1,3}(?:the\s{1,3})?[A-Z]")
_NAME_LEAD = re.compile(r"(?<![\w'’.-])([A-Z][a-z'’-]{1,20}) $")
#: Words before a bare season name that make it a date ("in spring", "last summer").
_SEASON_CONTEXT = words("season_contexts")
#: A season named after a word of ``season_contexts.tsv`` and "and" or "or" before a bare
#: season: the second member of a list of seasons, a date as the first is ("over the summer
#: and autumn", "in spring or early summer"; s27-wiki: "autumn" was left bare).
_SEASON_LIST_BEFORE = re.compile(
    rf"\b(?:{alternation(_SEASON_CONTEXT)})\s{{1,3}}(?:{SEASON}),?\s{{1,3}}(?:and|or)\s{{1,3}}$",
    re.IGNORECASE,
)
#: "the" and a superlative before a bare season ("the driest spring", "the most
#: destructive winter") and a record phrase or a pause after it (``season_record_followers.tsv``):
#: the season of a record, a date ("the driest spring on record"), the superlative out of the span.
_SEASON_SUPERLATIVE_BEFORE = re.compile(
    r"(?:\b(?:the|its|their|our)|[a-z]['’]s)\s{1,3}"
    r"(?:[a-z]{2,12}est|(?:most|least)\s{1,3}[a-z]{3,15})\s{1,3}$",
    re.IGNORECASE,
)
#: A copula and a superlative after a season that opens its sentence, as a year's weather review
#: ranks it ("Spring was the sunniest since 1919", "Winter was the wettest on record"): the
#: season of the year told (s37, blind text 1037: was untagged).
_SEASON_RANKED_AFTER = re.compile(
    r"\s{1,3}(?:was|were|is|has\s{1,3}been)\s{1,3}the\s{1,3}"
    r"(?:[a-z]{2,12}est|(?:most|least)\s{1,3}[a-z]{3,15})\b"
)

_SEASON_RECORD_AFTER = re.compile(
    r"\s{1,3}(?:" + alternation(words("season_record_followers")) + r")\b", re.IGNORECASE
)
#: A pause after the season: enough for a record but for "fall", also a verb ("the hardiest
#: fall.").
_SEASON_PAUSE_AFTER = re.compile(r"\s{0,2}(?:[,.;:)]|$)")


#: Words after "that spring" / "that fall" that keep it the season ("that spring but", "that
#: fall when"): the function words a year may be followed by, but not a verb ("that fall was").
_YEAR_FUNCTION_WORDS = words("year_function_words")
_SEASON_NOT_AFTER = words("tense_auxiliaries")
#: Words before "that" that make it a conjunction ("said that fall killed ...":
#: ``that_conjunction_leads.tsv``).
_THAT_CONJUNCTION_LEADS = words("that_conjunction_leads")
#: What follows the verb "spring" ("streams that spring from the rock", "towns that spring up").
_SPRING_VERB_PARTICLES = words("spring_verb_particles")

#: The nouns a season before them modifies ("the summer transfer window", "the spring term"):
#: ``season_modified_nouns.tsv`` and ``modified_nouns.tsv``.
_SEASON_NOUNS = words("season_modified_nouns") | words("modified_nouns")
_LOWER_NOUN_AFTER = re.compile(r"\s{1,3}([a-z]{3,20})\b")
#: The nouns of a war's campaigns that a bare season before them dates ("a spring offensive",
#: ``season_campaign_nouns.tsv``).
_SEASON_CAMPAIGN_NOUNS = words("season_campaign_nouns")


def _campaign_season(m: re.Match[str]) -> bool:
    """True if the bare season of ``m`` qualifies a noun of a war's campaigns ("A Chinese
    spring offensive", "a winter campaign"): the campaign's season, a DATE."""
    noun = _LOWER_NOUN_AFTER.match(m.string, m.end())
    return noun is not None and noun.group(1) in _SEASON_CAMPAIGN_NOUNS


#: "the following spring", "the previous winter": the season after (before) the narrative
#: anchor, not the publication.
_SEASON_ANCHORED = {"the following": 1, "the next": 1, "the previous": -1, "the preceding": -1}


#: A word of a drop before "the fall" (``fall_decline_cues.tsv``): the drop, not the season.
_FALL_DECLINE_BEFORE = re.compile(rf"\b{alt('fall_decline_cues')}\b", re.IGNORECASE)


#: A copula and a word of a drop's size after "the fall" (``fall_decline_followers.tsv``: "The
#: fall was steepest after 2016"): the drop, not the season.
_FALL_DECLINE_AFTER = re.compile(
    rf"[ \t]{{1,3}}(?:was|is|has[ \t]{{1,3}}been|had[ \t]{{1,3}}been)[ \t]{{1,3}}"
    rf"(?:(?:even|much|far|very|particularly)[ \t]{{1,3}})?{alt('fall_decline_followers')}\b",
    re.IGNORECASE,
)


#: A word of ``season_habit_words.tsv`` in a season's sentence: the season of any year.
_SEASON_HABIT = re.compile(rf"\b(?:{alt('season_habit_words')})\b", re.IGNORECASE)
#: ... or a weekday in the plural, a recurring day ("In summer it fills up days ahead, esp
#: fridays"; s41b-habits, narrative 1128: was the coming summer).
_SEASON_HABIT_DAYS = re.compile(rf"\b(?:{WEEKDAY})s\b", re.IGNORECASE)
#: A sentence end, before or after a season (the sentence a habit word is looked for in).
_HABIT_SENTENCE_END = re.compile(r"[.!?;]\s")
#: How far (characters) a habit word is looked for on each side of a season.
_HABIT_REACH = 100


def _habitual_season(m: re.Match[str]) -> bool:
    """True when a bare season's sentence says what happens as a habit ("In winter the
    crossing is often cancelled", "In winter we'd sometimes go a week without a crossing"):
    a word of ``season_habit_words.tsv`` within :data:`_HABIT_REACH` characters in the same
    sentence, or a weekday in the plural ("In summer it fills up, esp on Fridays")."""
    text = m.string
    lo = max(0, m.start() - _HABIT_REACH)
    ends = list(_HABIT_SENTENCE_END.finditer(text, lo, m.start()))
    if ends:
        lo = ends[-1].end()
    hi = min(len(text), m.end() + _HABIT_REACH)
    end = _HABIT_SENTENCE_END.search(text, m.end(), hi)
    if end is not None:
        hi = end.start()
    return (
        _SEASON_HABIT.search(text, lo, hi) is not None
        or _SEASON_HABIT_DAYS.search(text, lo, hi) is not None
    )


def build_seasons_ago(m: re.Match[str]) -> Found | None:
    """ "2 summers ago", "three winters ago": the season that many seasons of its name back,
    counted as "last summer" is (the last one over, then a year back for each one more)."""
    n = number(m.group("num"))
    if n is None or n != int(n) or not 2 <= n <= 50:
        return None
    season = lookup("seasons", m.group("season")[:-1])
    return Found("DATE", SeasonRef(season, n=-int(n)))


#: A year of a story's past told before a season's heading or a season ranked in its review
#: (1000-2099, no part of a longer number).
_STORY_YEAR_BEFORE = re.compile(r"(?<![\w.,])(?:1\d|20)\d\d(?![\w%])")


def build_season(m: re.Match[str]) -> Found | None:
    season = lookup("seasons", m.group("season"))
    year = _year_value(m)
    rel = (group(m, "rel") or "").lower()
    rel = " ".join(rel.split())
    mod = mod_from(m, "part")
    if rel == "this" and (group(m, "part") or "").lower() in ("later", "earlier"):
        # "later this fall", "earlier this summer": the season, as "later this year" is the
        # year; the relational word places the event in it, no part of it (s23-tech)
        mod = None
    yrel = group(m, "yrel")
    if yrel is not None:
        if rel == "the" or (rel == "" and prev_word(m).lower() in _SEASON_CONTEXT):
            # "the autumn of last year", "in summer next year": that season of the reference's
            # year moved, one DATE as "June last year" is (a bare season after a word of
            # ``season_contexts.tsv``: "the leaves fall next year" is a verb)
            n_years = int(table("calendar_relatives")[yrel.lower()])
            spec = SeasonRef(season, of_year=n_years)
            return Found("DATE", spec, mod, trim_start=determiner_trim(m))
    # "...drew 38,000 in June 1971.\n\nAutumn\n\nRovers lost ...": a section's heading of a
    # story that told its year before (s37-history); a guide's "Spring\n\nPrune the roses"
    # tells no story
    heading = (
        year is None
        and not rel
        and mod is None
        and _month_heading(m, "season")
        and _STORY_YEAR_BEFORE.search(m.string, 0, m.start()) is not None
    )
    if year is None and not rel and mod is None and not heading:
        if (
            prev_word(m).lower() not in _SEASON_CONTEXT
            and not (
                _SEASON_SUPERLATIVE_BEFORE.search(m.string, max(0, m.start() - 40), m.start())
                and (
                    _SEASON_RECORD_AFTER.match(m.string, m.end())
                    or (season != "FA" and _SEASON_PAUSE_AFTER.match(m.string, m.end()))
                )
            )
            and not _SEASON_LIST_BEFORE.search(m.string, max(0, m.start() - 40), m.start())
            and not _campaign_season(m)
            and not (
                is_capitalized(m.group("season"))
                and sentence_start(m)
                and _SEASON_RANKED_AFTER.match(m.string, m.end())
                # a year told before it: the review of that year ("Summer was the tallest girl"
                # alone names a girl)
                and _STORY_YEAR_BEFORE.search(m.string, max(0, m.start() - 600), m.start())
            )
        ):
            return None
    if year is None and m.group("season").lower() == "fall" and rel in ("", "the", "that"):
        if next_word(m).lower() in ("of", "in", "to", "from", "by"):
            return None  # "the fall of Berlin", "a fall in prices"
        if rel == "" and prev_word(m).lower() in ("a", "the"):
            return None
        if (
            rel == "the"
            and mod is None
            and prev_word(m).lower() not in _SEASON_CONTEXT
            and (
                _FALL_DECLINE_BEFORE.search(m.string, max(0, m.start() - 200), m.start())
                or _FALL_DECLINE_AFTER.match(m.string, m.end())
            )
        ):
            # "Sales peaked in the late 1970s. The fall was steep", "The fall was steepest
            # after 2016": the drop
            return None
    if rel == "that" and year is None and m.group("season").lower() in ("fall", "spring"):
        after = next_word(m).lower()
        pause = re.match(r"\s{0,2}(?:[,.;:)]|$)", m.string[m.end() : m.end() + 3])
        if (
            not pause
            and (after not in _YEAR_FUNCTION_WORDS or after in _SEASON_NOT_AFTER)
            and not (
                # "An inquiry that spring blamed the weather": a past verb after the season,
                # which no verb "spring" (a plural's, "ideas that spring from") nor a noun
                # compound takes, and no "that" of saying before it ("said that fall killed")
                past_form(after)
                and after not in _SEASON_NOT_AFTER
                and prev_word(m).lower() not in _THAT_CONJUNCTION_LEADS
            )
        ):
            return None  # "that spring water", "said that fall was near": not the season
        if after in _SPRING_VERB_PARTICLES and m.group("season").lower() == "spring":
            return None  # "streams that spring from the rock": the verb
    if (
        year is None
        and not heading
        and is_capitalized(m.group("season"))
        and is_capitalized(next_word(m))
    ):
        return None  # a name: "the Winter War", "the Summer Olympics", "Spring Festival"
    if (
        year is None
        and is_capitalized(m.group("season"))
        and _SEASON_NAME_OF_AFTER.match(m.string, m.end())
    ):
        # a name: "the Winter of the River", "the Spring of Anger" (s35-history, blind text
        # 930), as "the Year of the Four Emperors" is; "the Winter of 1813" keeps its year
        return None
    if is_capitalized(m.group("season")) and not heading:
        at = m.start("season")
        lead = _NAME_LEAD.search(m.string, max(0, at - 24), at)
        if lead is not None and lead.group(1).lower() not in _SEASON_NAME_LEADS:
            # a name: "the Black Summer of 2019-20", "the Arab Spring of 2011" (the word right
            # before, a space between: not "Calendar, Spring 2026", not "Yes. Summer 2019")
            return None
    anchored = _SEASON_ANCHORED.get(rel, 0)  # "the following spring": after the story's date
    n = None if anchored else table("calendar_relatives").get(rel)  # none for "the" or "that"
    # "last summer last year": the season alone (the year after it stays out)
    trim = m.end() - m.end("season") if yrel is not None else 0
    yend = group(m, "yend")
    if yend is not None and year is not None:
        # "the winter of 1941–42" is the one winter that reaches into 1942; another season
        # or year after the dash is a range of its own; "the winter of 1946–7" as "1946–47"
        # (s39-history2)
        modulus = 10 ** len(yend)
        if season != "WI" or int(yend) % modulus != (year + 1) % modulus:
            trim = m.end() - m.end("year")
    srel = group(m, "srel")
    if srel and m.string.startswith(_POSSESSIVE_MARKS, m.end()):
        return None  # "the fall of that year's government": the year names a thing
    if srel and not rel.startswith(("this", "last", "next", "the ")):
        # "the autumn of that year", "the spring of the following year": the story's year
        n_years = int(lookup("story_year_words", srel))
        return Found("DATE", InAnchorYear(SeasonRef(season), n_years), mod)
    if srel:
        trim = m.end() - m.end("season")  # "the following spring of that year": the season's
    written_year = year is not None
    if year is None and n is None and not anchored:
        noun_of = _NOUN_OF_YEAR.match(m.string, m.end())
        if noun_of is not None:
            # "the spring offensive of 1918", "the summer campaign of 1862": the season of the
            # year that dates the noun it qualifies (the year is its own DATE)
            year = int(noun_of.group("year"))
    if year is None and not rel and not srel and yrel is None and _habitual_season(m):
        # "In winter the crossing is often cancelled": that season of any year
        return Found("DATE", Fixed(f"XXXX-{season}"), mod, trim_start=determiner_trim(m))
    spec = SeasonRef(season, year, None if n is None else int(n), anchored=anchored)
    cut = determiner_trim(m)
    if rel == "the" and mod is None and not written_year and trim == 0:
        noun = _LOWER_NOUN_AFTER.match(m.string, m.end())
        if noun is not None and noun.group(1) in _SEASON_NOUNS:
            # "spent heavily in the summer transfer window", "the spring term begins": the
            # determiner is the noun's, as in "the 2026 budget"
            cut = m.start("season") - m.start()
    return Found("DATE", spec, mod, trim_start=cut, trim_end=trim)


#: A noun after "<holiday> <part of day>" that the phrase qualifies ("the Christmas night
#: service", ``pod_nouns.tsv``).
_HOLIDAY_POD_NOUN = re.compile(r"\s{1,3}(?:" + alternation(words("pod_nouns")) + r")\b", re.I)


#: Capitalised nouns after a holiday that make it part of a name ("the Easter Rising", "Easter
#: Island": ``holiday_name_heads.tsv``).
_HOLIDAY_NAME_HEADS = frozenset(words("holiday_name_heads"))
#: Nouns of things named after a holiday ("a Christmas tree", "Easter eggs":
#: ``holiday_object_nouns.tsv``).
_HOLIDAY_OBJECTS = frozenset(words("holiday_object_nouns"))
_OBJECT_AFTER = re.compile(r" ([a-z]+)\b")


def names_object(text: str, end: int) -> bool:
    """Whether a holiday's name ending at ``end`` stands before a noun of a thing named after it
    ("a Christmas tree", "Easter eggs"; ``holiday_object_nouns.tsv``): the name of a kind of
    thing, not a day."""
    m = _OBJECT_AFTER.match(text, end)
    return m is not None and m.group(1) in _HOLIDAY_OBJECTS


#: Words before a bare "New Year" that make it the holiday (``new_year_leads.tsv``).
_NEW_YEAR_LEADS = words("new_year_leads")
#: The same in lower case, as informal text writes it, before a mark or a word of
#: ``new_year_lower_followers.tsv`` ("since new year it": ``new_year_lower_leads.tsv``).
_NEW_YEAR_LOWER_LEADS = words("new_year_lower_leads")
_NEW_YEAR_LOWER_FOLLOWERS = words("new_year_lower_followers")


def _new_year_holiday(m: re.Match[str]) -> bool:
    """True when a bare "New Year" is the holiday, New Year's Day: written "New Year", after a
    word of ``new_year_leads.tsv`` ("over Christmas and New Year", "at New Year") and before no
    capitalised word ("the New Year Honours"); "Lunar New Year", "Happy New Year" and "celebrate
    the New Year" are none (the year after a signal is rule ``date_new_year``'s)."""
    name = m.group("name")
    if group(m, "part") or group(m, "hrel"):
        return False
    if name == "new year":
        # s34-informal: "Since new year it logs me out" (blind text 873), lower case after a
        # word of new_year_lower_leads.tsv only
        after = next_word(m).lower()
        return prev_word(m).lower() in _NEW_YEAR_LOWER_LEADS and (
            not after[:1].isalpha() or after.rstrip(".,;:!?)") in _NEW_YEAR_LOWER_FOLLOWERS
        )
    if not all(w[:1].isupper() for w in name.split()):
        return False
    if prev_word(m).lower() not in _NEW_YEAR_LEADS:
        return False
    return not is_capitalized(next_word(m))


def build_holiday(m: re.Match[str]) -> Found | None:
    name = m.group("name")
    head = next_word(m).rstrip(".,;:!?)'’")
    if m.end("name") == m.end() and is_capitalized(head) and head.lower() in _HOLIDAY_NAME_HEADS:
        return None  # a name: "the Easter Rising", "the Christmas Truce", "Easter Island"
    if m.end("name") == m.end() and names_object(m.string, m.end()):
        return None  # a thing: "sent a Christmas tree to Boston", "Easter eggs"
    xmas = name.lower().startswith(("xmas", "x-mas"))
    if not is_capitalized(name) and not isolated(m) and not xmas and name != "new year":
        return None  # lower case only as an isolated phrase ("thanksgiving"); "xmas" in any case
    if name.lower() == "new year" and not _new_year_holiday(m):
        return None
    rule = lookup("holidays", name)
    year = _year_value(m)
    written = group(m, "hrel") or ""
    before = m.string[max(0, m.start() - 3) : m.start()].strip()
    if written[:1].isupper() and before and before[-1] not in ".!?\"'“‘(":
        return None  # "sang Last Christmas": a title
    rel = written.lower()
    n = {"last": -1, "next": 1}.get(rel, 0)
    holiday = HolidayRef(rule, year, n, rel == "this")
    n_story = _story_years(m)
    if n_story is not None:
        if rel or m.string.startswith(_POSSESSIVE_MARKS, m.end()):
            # "last Christmas the year before"; "Easter of that year's parade": the holiday alone
            return Found("DATE", holiday, mod_from(m, "part"), trim_end=m.end() - m.end("name"))
        # s39-known: "Christmas Day the year before", "Easter of the following year": the
        # holiday of the story's year moved, as "in March the year before" is (was the
        # holiday alone, by the story, and the year apart)
        return Found("DATE", InAnchorYear(holiday, n_story), mod_from(m, "part"))
    pod = group(m, "hpod")
    if pod and year is None and not _HOLIDAY_POD_NOUN.match(m.string, m.end()):
        # "On Christmas night it crossed the Delaware": that day's night, a TIME (as "Friday
        # night"); not "the Christmas night service"
        return Found("TIME", PartOfDay(holiday, lookup("parts_of_day", pod)), mod_from(m, "part"))
    trim = m.end() - m.end("name") if pod else 0  # "the Christmas morning service"
    if not pod and year is None and not rel and _part_of_noun(m):
        # "helped by early Christmas shopping", "Early Easter bookings": "early" is the
        # shopping's, the holiday alone is the DATE (session 40, blind text 1151: START); before
        # a noun of its run-up ("Christmas shopping", "the Christmas rush":
        # holiday_runup_nouns.tsv) the coming one within weeks, whatever the clause's tense
        noun = _LOWER_NOUN_AFTER.match(m.string, m.end())
        if noun is not None and noun.group(1) in _HOLIDAY_RUNUP_NOUNS:
            holiday = replace(holiday, nearest=True)
        if group(m, "part"):
            return Found("DATE", holiday, trim_start=m.start("name") - m.start())
    if (
        not pod
        and year is None
        and not rel
        and m.start() == m.start("name")
        and _RUNUP_FOR_BEFORE.search(m.string, max(0, m.start() - 30), m.start()) is not None
    ):
        # "orders for Christmas had been booked earlier than usual", written in November: the
        # run-up's noun before the holiday, the coming one within weeks whatever the tense, as
        # "Christmas orders" is (blind text 1166: was the last Christmas)
        holiday = replace(holiday, nearest=True)
    return Found("DATE", holiday, mod_from(m, "part"), trim_end=trim)


def _part_of_noun(m: re.Match[str]) -> bool:
    """True if a lower-case noun follows the holiday of ``m`` (a word that is no function word of
    ``year_function_words.tsv``, no part of the day and no unit): "early Christmas shopping",
    "late Easter bookings", where the part-word modifies the noun, not the day."""
    noun = _LOWER_NOUN_AFTER.match(m.string, m.end())
    if noun is None:
        return False
    word = noun.group(1)
    return (
        word not in _YEAR_FUNCTION_WORDS
        and word not in table("parts_of_day")
        and word not in _UNIT_WORD_SET
        and word != "eve"
    )


_UNIT_WORD_SET = frozenset(unit_words(plural=False)) | frozenset(unit_words(plural=True))
#: Nouns of a holiday's run-up (``holiday_runup_nouns.tsv``: "Christmas shopping").
_HOLIDAY_RUNUP_NOUNS = words("holiday_runup_nouns")
#: s41-blindnews: such a noun and "for" before the holiday ("orders for Christmas had been
#: booked earlier than usual", "bookings for Easter"): the same run-up, the holiday nearest.
_RUNUP_FOR_BEFORE = re.compile(
    rf"\b(?:{alternation(sorted(_HOLIDAY_RUNUP_NOUNS))})\s{{1,3}}for\s{{1,3}}$", re.IGNORECASE
)


#: Words before "week <n>" that number a calendar week (``week_number_leads.tsv``).
_WEEK_NUMBER_LEADS = words("week_number_leads")
#: A gloss of the week in parentheses or after a comma: "(the week ending 30 November)",
#: "(ending November 22)", "(17-23 November)", "(November 17-23)".
_WEEK_NUMBER_GLOSS = re.compile(
    rf"\s{{0,2}}(?:\(|,{SP})(?:(?:the{SP})?(?:week{SP})?(?:ending|ended|to|beginning|commencing)\b"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?(?:{SP}{MONTH})?\s{{0,3}}[-–]\s{{0,3}}\d{{1,2}}(?:st|nd|rd|th)?{SP}{MONTH}\b"
    rf"|{MONTH}{SP}\d{{1,2}}\s{{0,3}}[-–])",
    re.IGNORECASE,
)
#: An earlier "week <n>" with the word before it and its year, for :func:`_calendar_week`.
_WEEK_NUMBER_EARLIER = re.compile(
    rf"(?:\b(?P<lead>[a-z]+){SP})?\bweek{SP}\d{{1,2}}(?![\d.,:]\d|\d)(?P<year>(?:{SP}of)?{SP}\d{{4}}(?!\d))?",
    re.IGNORECASE,
)


def _calendar_week(text: str, end: int, lead: str, year: bool) -> bool:
    """True when a "week <n>" ending at ``end`` says it is a week of the calendar: its year, a
    lead word of ``week_number_leads.tsv`` or a gloss of its days after it."""
    return year or lead.lower() in _WEEK_NUMBER_LEADS or bool(_WEEK_NUMBER_GLOSS.match(text, end))


def build_week_number(m: re.Match[str]) -> Found | None:
    """ "week 48" of a surveillance report, "week 47 of 2025", "epidemiological week 12": the
    ISO week with that number (public health and statistics agencies number their weeks so),
    when a lead word of ``week_number_leads.tsv``, its year, a gloss of its days ("week 48 (the
    week ending 30 November)") or such a week told in the 600 characters before says it is a
    week of the calendar; a trial's "at week 12" and a season's "Week 3" are none."""
    n = int(m.group("n"))
    if not 1 <= n <= 53:
        return None
    year = int(m.group("year")) if m.group("year") else None
    text = m.string
    if not _calendar_week(text, m.end(), prev_word(m, "week"), year is not None) and not any(
        _calendar_week(text, w.end(), w.group("lead") or "", w.group("year") is not None)
        for w in _WEEK_NUMBER_EARLIER.finditer(text, max(0, m.start() - 600), m.start())
    ):
        return None
    return Found("DATE", IsoWeek(n, year))


RULES: tuple[Rule, ...] = (
    Rule(
        "date_week_number",
        "week <n> [of <year>] (a calendar week by its number)",
        rf"(?P<week>week){SP}(?P<n>\d{{1,2}})(?![\d.,:]\d|\d)(?:(?:{SP}of)?{SP}(?P<year>\d{{4}})(?!\d))?",
        build_week_number,
        trigger=r"week",
    ),
    Rule(
        "date_month_day_year",
        "<month> <day>[, <year>]",
        rf"{MODP_ON}{_WD}(?P<month>{MONTH})\s{{0,3}}(?:the\s{{1,3}})?{_DAY_OR_WORD}"
        rf"(?:(?:,\s{{0,3}}|\s{{1,3}}){_YEAR4})?(?:,\s{{0,3}}(?P<wd_after>{WEEKDAY_ANY})(?!\w))?",
        build_month_day,
        priority=2,
        trigger=T_MONTH,
    ),
    Rule(
        "date_day_month_year",
        "<day> <month> [<year>]",
        rf"{MODP_ON}{_WD}(?:the\s{{1,3}})?{_DAY_OR_WORD}(?P<of>\s{{1,3}}of)?\s{{0,3}}"
        rf"(?P<month>{MONTH})(?:,?\s{{1,3}}(?:{_YEAR4}|(?P<year2>\d{{2}})(?![\d%]){_NOT_NEXT_DAY}))?",
        build_month_day,
        priority=1,
        trigger=T_MONTH,
    ),
    Rule(
        "date_month_second_day",
        "<month> <day> and <day>",
        rf"(?P<month>{MONTH})\s{{0,3}}(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s{{1,3}}(?:and|or|&)"
        rf"\s{{1,3}}{_DAY}(?!\s{{0,3}}%|\s{{1,3}}(?!{_AFTER_SECOND_DAY}\b)[a-z])",
        build_second_day,
        trigger=T_MONTH,
    ),
    Rule(
        "date_weekday_day",
        "<weekday> [the] <nth>",
        rf"(?P<wd>{WEEKDAY_ANY}),?\s{{1,3}}(?:(?P<the>the)\s{{1,3}})?{_DAY_OR_WORD}(?![-\w])",
        build_weekday_day,
        priority=1,
        trigger=T_WEEKDAY,
    ),
    Rule(
        "date_day_phrase",
        "the <nth word> (an isolated phrase)",
        rf"^\s{{0,3}}(?P<sig>on\s{{1,3}})?the\s{{1,3}}(?P<dayw>{ORDINAL_WORD})(?![-\w])",
        build_day_phrase,
        trigger=rf"{ORDINAL_WORD}$",
    ),
    Rule(
        "date_day_ordinal",
        "on the <nth>",
        r"(?:(?P<sig>on\s{1,3})(?:(?P<the>the)\s{1,3})?|(?P<the2>the)\s{1,3}|(?P<paren>(?<=\()))"
        r"(?P<day>\d{1,2})(?:st|nd|rd|th)"
        # a dash only before the second day of a range ("the 27th-29th")
        rf"(?!\s{{1,3}}{alt('day_ordinal_blockers')}\b)(?!\w|-(?!\d))",
        build_day_ordinal,
        trigger=r"\d{1,2}(?:st|nd|rd|th)$",
    ),
    Rule(
        "date_day_ordinal_pair_end",
        "the <nth> and|or <nth>: the second day",
        # session 42 (blind text 1232): "I'm out of the office on the 7th and 8th": the second of
        # a pair of days of the month after "the" (date_day_ordinal takes the first; was untagged)
        r"(?:(?P<on>on\s{1,3})?the\s{1,3})(?P<d1>\d{1,2})(?:st|nd|rd|th)\s{1,3}(?:and|or|&)\s{1,3}"
        r"(?P<day>\d{1,2})(?:st|nd|rd|th)"
        rf"(?!\s{{1,3}}{alt('day_ordinal_blockers')}\b)(?![-\w])",
        build_day_ordinal_pair_end,
        trigger=r"\d{1,2}(?:st|nd|rd|th)$",
    ),
    Rule(
        "date_day_ordinal_range_end",
        "the <nth>-<nth>: the second day",
        r"(?:(?P<on>on\s{1,3})?the\s{1,3}|(?P<paren>(?<=\()))"
        r"(?P<d1>\d{1,2})(?:st|nd|rd|th)\s?[-–]\s?(?P<day>\d{1,2})(?:st|nd|rd|th)(?![-\w])",
        build_day_ordinal_range_end,
        trigger=r"\d{1,2}(?:st|nd|rd|th)$",
    ),
    Rule(
        "date_iso",
        "<yyyy>-<mm>-<dd>",
        r"(?<![\d./-])(?P<year>\d{4})(?P<sep>[-/.])(?P<month>\d{1,2})(?P=sep)(?P<day>\d{1,2})"
        r"(?![.\-/]?\d)",
        build_iso,
        priority=3,
        trigger=T_YEAR,
    ),
    Rule(
        "date_slash",
        "<m>/<d>/<yyyy>",
        r"(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>\d{4}|\d{2})(?![/\d])",
        build_slash,
        priority=3,
        trigger=T_DIGIT,
    ),
    Rule(
        "date_month_year",
        "[the first|second half of] <month> [of] <year>",
        rf"{_HALF_OF}{MODP}(?P<month>{MONTH})(?:\s{{1,3}}of)?,?\s{{1,3}}(?:{_YEAR4}|{_YEAR_IN_WORDS}|{_YEAR_APOS})",
        build_month_year,
        priority=2,
        trigger=T_MONTH,
    ),
    Rule(
        "date_day_month_relative_year",
        "<day> [of] <month> [of] this|last|next|that|the following year, the year before",
        rf"{MODP_ON}(?:the\s{{1,3}})?{_DAY_OR_WORD}(?:\s{{1,3}}of)?\s{{0,3}}(?P<month>{MONTH})"
        rf",?(?:\s{{1,3}}of)?\s{{1,3}}{_RELATIVE_YEAR}",
        build_day_month_rel_year,
        priority=2,
        trigger=T_MONTH,
    ),
    Rule(
        "date_month_day_relative_year",
        "<month> <day>[,] [of] this|last|next|that|the following year, the year before",
        rf"{MODP_ON}(?P<month>{MONTH})\s{{0,3}}{_DAY}(?![:.]\d)"
        rf",?(?:\s{{1,3}}of)?\s{{1,3}}{_RELATIVE_YEAR}",
        build_day_month_rel_year,
        priority=2,
        trigger=T_MONTH,
    ),
    Rule(
        "date_month_relative_year",
        "<month> [of] this|last|next|that|the following year, the year before",
        rf"{MODP}(?P<month>{MONTH})(?:\s{{1,3}}of)?\s{{1,3}}{_RELATIVE_YEAR}",
        build_month_rel_year,
        priority=2,
        trigger=T_MONTH,
    ),
    Rule(
        "date_month_shifted",
        "<month> after next|in <n> years",
        rf"(?P<month>{MONTH}){SP}(?:(?P<after_next>after{SP}next)(?!{SP}\w)|in{SP}(?P<num>{NUM})"
        rf"{SP}years?)",
        build_month_shifted,
        priority=2,
        trigger=T_MONTH,
    ),
    Rule(
        "date_month",
        "[the first|second half of] [last|next|this] <month>",
        rf"{_HALF_OF}{MODP}(?:(?:(?P<arel>the\s{{1,3}}(?:following|next|previous|preceding))"
        rf"|(?P<rel>{alt('month_relatives')}))\s{{1,3}})?(?P<month>{MONTH})",
        build_month,
        trigger=T_MONTH,
    ),
    Rule(
        "date_that_month",
        "that <month>",
        rf"that\s{{1,3}}(?P<month>{MONTH})",
        build_that_month,
        trigger=T_MONTH,
    ),
    Rule(
        "date_year",
        "[fiscal] <year>, the <year> fiscal year",
        rf"{MODP}(?:(?P<prefix>fiscal(?:\s{{1,3}}year)?|{_KIND_YEAR}\s{{1,3}}year|FY|the\s{{1,3}}year|calendar"
        rf"(?:\s{{1,3}}year)?)\s{{0,3}}|the\s{{1,3}}(?=\d{{4}}{_FISCAL_YEAR}))?{_PRE_POST}"
        r"(?P<year>\d{4})(?![\d%]|,\d|\.\d|-\d|\s?percent)"
        rf"(?:(?P<later>\s{{1,3}}(?:or\s{{1,3}}(?:later|after)|and\s{{1,3}}beyond))"
        rf"|(?P<fy>{_FISCAL_YEAR}))?",
        build_year,
        trigger=T_YEAR,
    ),
    Rule(
        "date_year_early",
        "in|until|since <yyy>. (with an era cue)",
        rf"(?:{alt('early_year_prepositions')}|(?P<head>{alt('early_year_of_heads')})\s{{1,3}}of)"
        rf"\s{{1,3}}(?P<year>[1-9]\d{{1,2}})(?![\d%]|[.,]\d)",
        build_year_early,
        trigger=r"[1-9]\d{1,2}$",
    ),
    Rule(
        "date_season_early",
        "the <season> of <yyy>. (with an era cue)",
        rf"(?:the\s{{1,3}})?(?:(?P<part>early|mid|late)[-\s]{{1,3}})?(?P<season>{SEASON})"
        r"\s{1,3}of\s{1,3}(?P<year>[1-9]\d{1,2})(?![\d%]|[.,]\d)",
        build_season_early,
        trigger=r"[1-9]\d{1,2}$",
    ),
    Rule(
        "date_decade",
        "the [early|mid-to-late] <decade>s",
        rf"{_PART_OF}{MODP}(?:(?P<the>the)\s{{1,3}})?(?:(?P<part2>(?:early|mid)(?:-to-|\s{{1,3}}to\s{{1,3}})(?:mid|late)|early|mid|late)(?:-|\s{{1,3}}))?"
        rf"{_PRE_POST}(?P<decade>\d{{3}}0{_DECADE_S}|['’]\d0{_DECADE_S}|\d0{_DECADE_S})",
        build_decade,
        # "the 1960's" splits into the words "1960" and "s": its number fires the rule too
        trigger=r"(?:\d{2}|\d{4})s$|\d(?:\d\d)?0$",
    ),
    Rule(
        "date_year_words",
        "nineteen ninety-six",
        rf"{MODP}(?:the\s{{1,3}}year\s{{1,3}})?{_YEAR_IN_WORDS}",
        build_year_words,
        trigger=rf"(?:{alternation(_CENTURY_WORDS)}|thousand)",
    ),
    Rule(
        "date_year_end",
        "year-end",
        r"(?:(?P<year>\d{4})\s{1,3})?(?:year[-\s]end|year['’]s\s{1,3}end)",
        build_year_end,
        priority=1,
        trigger=r"end",
    ),
    Rule(
        "date_decade_word",
        "the [early] nineties",
        rf"{MODP}the\s{{1,3}}(?:(?P<part2>early|mid|late)(?:-|\s{{1,3}}))?"
        rf"(?:(?P<cent>{_DECADE_CENTURY_WORD})(?:-|\s{{1,3}}))?(?P<decade>{_DECADE_WORD})",
        build_decade_word,
        trigger=rf"{_DECADE_WORD}$",
    ),
    Rule(
        "date_century",
        "the <ordinal> century",
        rf"{_DECADE_OF}{_PART_OF}{MODP}(?:the\s{{1,3}})?(?:(?P<part2>early|mid|late)(?:-|\s{{1,3}}))?"
        rf"(?P<ord>\d{{1,2}}(?:st|nd|rd|th)|{ORDINAL_WORD})[-\s]{{1,3}}centur(?:y|ies)"
        # "the 7th century AD": the era in capitals ends the span ("a 21st-century ad" does not)
        r"(?:\s{1,3}(?-i:A\.D\.|AD|C\.E\.|CE)(?!\w))?",
        build_century,
        priority=1,
        trigger=r"centur(?:y|ies)",
    ),
    Rule(
        "date_millennium",
        "the [early|mid|late] <ordinal> millennium [AD|CE]",
        rf"{MODP}(?:the\s{{1,3}})?(?:(?P<part2>early|mid|late)(?:-|\s{{1,3}}))?"
        rf"(?P<ord>\d(?:st|nd|rd|th)|{ORDINAL_WORD})[-\s]{{1,3}}millennium"
        r"(?:\s{1,3}(?:a\.d\.|ad|c\.e\.|ce)(?!\w))?(?!\s{0,2}(?:b\.c|bc))",
        build_millennium,
        priority=1,
        trigger=r"millennium",
    ),
    Rule(
        "date_century_list_first",
        "the <ordinal> (and|or|to) <ordinal> centuries [BC] (the first)",
        rf"(?:the\s{{1,3}})?(?:(?P<part2>early|mid|late)(?:-|\s{{1,3}}))?"
        rf"(?P<ord>\d{{1,2}}(?:st|nd|rd|th)|{ORDINAL_WORD})(?:,?\s{{1,3}}(?:and|or|to)\s{{1,3}}"
        rf"|\s{{0,2}}[-–]\s{{0,2}})(?:early\s{{1,3}}|late\s{{1,3}}|mid-?)?"
        rf"(?:\d{{1,2}}(?:st|nd|rd|th)|{ORDINAL_WORD})[-\s]{{1,3}}centuries"
        r"(?P<bc>\s{0,2}(?:b\.c\.e\.|b\.c\.|bce|bc)(?!\w))?",
        build_century_list_first,
        priority=3,
        trigger=r"centuries",
    ),
    Rule(
        "date_quarter",
        "the <ordinal> quarter [of <year>|this year|the year]",
        rf"{MODP}(?:(?P<the>the)\s{{1,3}})?(?:(?P<yposs>\d{{4}}|{_REL_YEAR})['’]s\s{{1,3}}|"
        r"(?P<ypre>\d{4})\s{1,3})?"
        rf"(?:(?P<fis>fiscal|calendar)[-\s]{{1,3}})?(?P<q>{_QUARTER_ORDINAL})[-\s]{{1,3}}"
        rf"(?:fiscal[-\s]{{1,3}})?{_QUARTER_WORD}(?:\s{{1,3}}(?:of\s{{1,3}}(?:(?:fiscal|the)"
        rf"(?:\s{{1,3}}year)?\s{{1,3}})?)?{_YEAR4}|\s{{1,3}}of\s{{1,3}}(?P<yof>{_REL_YEAR}|{_THE_YEAR})"
        rf"|\s{{1,3}}of\s{{1,3}}(?P<srel>{alt('story_year_words')})\s{{1,3}}year)?",
        build_quarter,
        priority=1,
        trigger=rf"{_QUARTER_WORD}$",
    ),
    Rule(
        "date_month_span_quarter",
        "the <month>-<month> quarter|period",
        rf"the\s{{1,3}}(?P<m1>{MONTH})[-–](?P<m2>{MONTH})\s{{1,3}}(?:{_QUARTER_WORD}|period)(?![\w-])",
        build_month_span_quarter,
        priority=2,
        trigger=rf"(?:{_QUARTER_WORD}|period)$",
    ),
    Rule(
        "date_month_end_quarter",
        "the <month> quarter",
        rf"(?:the\s{{1,3}})?(?:(?P<m>{MONTH})|(?P<named>{_QUARTER_NAMES}))\s{{1,3}}"
        rf"{_QUARTER_WORD}(?![\w-])",
        build_month_end_quarter,
        priority=2,
        trigger=rf"{_QUARTER_WORD}$",
    ),
    Rule(
        "date_quarter_code",
        "[<part-word>] Q<n> [<year>]",
        rf"{MODP}Q(?P<qn>[1-4])(?:\s{{1,3}}(?:{_YEAR4}|{_FY2})|\s?['’](?P<qyy>\d{{2}})(?![\d%]))?",
        build_q_code,
        case_sensitive=True,
        trigger=r"q[1-4]",
    ),
    Rule(
        "date_fy_code",
        "FY24, FY'24 (a fiscal year in two digits)",
        _FY2,
        build_fy_code,
        case_sensitive=True,
        trigger=r"fy",
    ),
    Rule(
        "date_half_code",
        "[<part-word>] H<n> [<year>] (the year only after a preposition)",
        rf"{MODP}(?:H(?P<hn>[12])|(?P<hn2>[12])H)(?:\s{{1,3}}{_YEAR4}|{_YEAR_APOS}|(?![\w'’-]))",
        build_h_code,
        case_sensitive=True,
        trigger=r"(?:h[12]|[12]h)",
    ),
    Rule(
        "date_half",
        "the first half|the last half|the first two quarters [of <year>]",
        rf"{MODP}(?:the\s{{1,3}}|(?P<yposs>\d{{4}}|{_REL_YEAR})['’]s\s{{1,3}})?"
        r"(?:(?P<h>first|second|1st|2nd|last)[-\s]{1,3}half"
        rf"|(?P<hq>first|last)\s{{1,3}}two\s{{1,3}}quarters)"
        rf"(?:\s{{1,3}}of\s{{1,3}}(?:(?:fiscal|the)(?:\s{{1,3}}year)?\s{{1,3}})?"
        rf"(?:{_YEAR4}|(?P<relyear>{_REL_YEAR}|{_THE_YEAR}))"
        rf"|\s{{1,3}}of\s{{1,3}}(?P<srel>{alt('story_year_words')})\s{{1,3}}year)?",
        build_half,
        trigger=r"(?:half|quarters$)",
    ),
    Rule(
        "date_season",
        "[this|last|that] <season> [<year>|[of] this|last|next year]",
        rf"(?:(?P<det>the)\s{{1,3}}(?=(?:early|mid|late)[-\s]))?"
        rf"{MODP}(?:(?P<rel>this\s{{1,3}}past|the\s{{1,3}}coming|the\s{{1,3}}past"
        rf"|the\s{{1,3}}(?:following|next|previous|preceding)|this|last"
        rf"|next|that|the)\s{{1,3}})?(?P<season>{SEASON})(?:\s{{1,3}}(?:of\s{{1,3}})?"
        rf"(?:{_YEAR4}(?:\s?[-–—/]\s?(?P<yend>\d{{4}}|\d{{2}}|\d)(?![\w%]|[.,]\d))?|{_YEAR_IN_WORDS}"
        rf"|{_YEAR_APOS})|\s{{1,3}}of\s{{1,3}}(?P<srel>{alt('story_year_words')})\s{{1,3}}year"
        r"|\s{1,3}(?:of\s{1,3})?(?P<yrel>this|last|next)\s{1,3}year)?",
        build_season,
        trigger=T_SEASON,
    ),
    Rule(
        "date_season_months",
        "the|that <season> months [[of] <year>]",
        # "the summer months", "the winter months of 1916": the season, "months" the phrase's
        # head (s37-history: was "the summer" and a vague duration "months" beside it)
        rf"(?P<rel>the|that)\s{{1,3}}(?P<season>{SEASON})\s{{1,3}}months(?![\w'’-])"
        rf"(?:\s{{1,3}}(?:of\s{{1,3}})?(?:{_YEAR4}(?:\s?[-–—/]\s?(?P<yend>\d{{4}}|\d{{2}})(?![\w%]))?"
        rf"|{_YEAR_IN_WORDS}|{_YEAR_APOS})"
        rf"|\s{{1,3}}of\s{{1,3}}(?P<srel>{alt('story_year_words')})\s{{1,3}}year)?",
        build_season,
        trigger=T_SEASON,
    ),
    Rule(
        "date_seasons_ago",
        "<n> summers|winters|springs|autumns|falls ago",
        rf"(?P<num>\d{{1,2}}|{NUM_WORD})\s{{1,3}}(?P<season>(?:spring|summer|autumn|winter|fall)s)"
        r"\s{1,3}ago\b",
        build_seasons_ago,
        trigger=r"ago$",
    ),
    Rule(
        "date_holiday",
        "[last|next|this] <holiday> [<year>|<part of day>]",
        rf"{MODP}(?:(?P<hrel>last|next|this)\s{{1,3}})?(?P<name>{alt('holidays')})"
        rf"(?:\s{{1,3}}{_YEAR4}|\s{{1,3}}(?P<hpod>morning|afternoon|evening|night)\b"
        rf"|(?:\s{{1,3}}of)?\s{{1,3}}{_STORY_YEAR})?",
        build_holiday,
        trigger=_HOLIDAY_WORDS,
    ),
)
