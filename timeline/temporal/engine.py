"""The tagging engine: run every rule, keep the best non-overlapping matches, anchor them.

1. **Extract.** Each rule's regex runs in windows around the words that fire its trigger
   (a month name, a unit word, a digit ...), which are found once per text. Every repetition
   in every pattern is bounded and none is nested in another (a test checks both), so this is
   linear in the text length whatever the text. A match becomes a candidate through the rule's
   ``build`` function, which may reject it after looking at its context. On ASCII text (and
   ASCII windows of other text) each rule runs as its ASCII variant
   (:attr:`~timeline.temporal.rule.Rule.ascii_regex`), which matches the same, faster. A rule
   whose matches start with a word character (:attr:`~timeline.temporal.rule.Rule.word_start`,
   read from its pattern) is tried only at the word starts of a window from which a match can
   reach a trigger word, instead of at every character, and only at the words a match can
   start with (:attr:`~timeline.temporal.rule.Rule.first_words`, also read from its pattern:
   "last", "next", a number ...): the same matches, a small part of the attempts.
2. **Select.** Longest match wins; equally long matches go to the higher rule priority, then
   to the earlier rule in ``RULES``.
3. **Anchor.** In text order, each candidate's underspecified value is resolved
   (:mod:`timeline.temporal.anchor`) with the tense of its sentence and the narrative anchor
   (the last date resolved earlier in the text); its signal ("since", "until", ...) is read
   from the words just before it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from itertools import accumulate, compress, pairwise
from operator import itemgetter

import numpy as np

from . import calendar as cal
from .ages import age_since_birth, aged_anchor, born_year, lifespan_birth
from .anchor import Context, Resolution, in_small_hours, resolve
from .approximate import approximated, part_in
from .clauses import background, governor
from .compose import (
    DAY_CLOCK,
    DAY_SPECS,
    SMALL_HOURS_END,
    Piece,
    day_hours,
    join,
    night_of_two_days,
    pod_on_day,
    recurring_clock_after,
    recurring_clock_before,
    recurring_clock_in_sentence,
    recurring_holidays,
    recurring_hours,
    recurring_months,
    set_with_bare_hour,
    whole_rate_hours,
    with_bare_hour,
)
from .coordination import (
    COMPOUND,
    LIST_DAY_FIRST,
    LIST_MONTH_FIRST,
    compound,
    compound_offset,
    list_days,
)
from .dateorder import DAY_FIRST, is_day_first, order_shown
from .lexicon import (
    alt,
    alternation,
    first_letters,
    flat_alternation,
    kinds,
    last_words,
    lookup,
    may_end_with,
    rows,
    table,
    word_after_space,
    words,
)
from .narrative import (
    DOCUMENT_TYPES,
    LEAD_REACH,
    NEWS_REACH,
    StorySpec,
    after_heading,
    ago_sets_story,
    applies,
    before_era,
    comparison_base,
    dateline_day,
    deictic_later_in_sentence,
    deictic_sets_story,
    embargo_day,
    era_story,
    figure_change_base,
    first_section,
    follows_story,
    has_year,
    heading_ends,
    in_appositive,
    in_aside,
    in_reduced_relative,
    in_story,
    last_done,
    modifies_noun,
    names_purpose,
    paragraph_end,
    sets_story,
    story_month,
    story_month_day,
)
from .narrative import document_type as document_type_of
from .rule import DOCUMENT, SECOND_PREFIX, Found, Rule, is_plain, word_key
from .rules import RULES, clock, colloquial
from .rules.common import MONTH, NUM, WEEKDAY, WEEKDAY_ANY, lateness, weekday_number
from .rules.durations import is_run
from .rules.relative import HAD_BEFORE
from .sentences import Sentence, Sentences
from .signals import closes_range, link_ranges, period_to, role, signal_before
from .tense import (
    Clauses,
    backward_cue,
    called_off_for,
    deadline_through,
    delayed_to,
    directed_until,
    forward_cue,
    in_past_perfect,
    lasted_until,
    needed_by,
    past_form,
    perfect_around,
    perfect_passive,
    plan_before_by,
    planned_object,
    present_perfect,
    scheduled_for,
    sentence_in_past_perfect,
    sentence_tense,
    tense_at,
    told_in_past_perfect,
)
from .types import Interval, Timex
from .values import (
    CalendarDate,
    CalendarRelative,
    CenturyRef,
    ClockTime,
    ComingSpan,
    CurrentPeriod,
    DayOffset,
    DayOfMonth,
    DecadeRef,
    Fixed,
    FromNow,
    HolidayRef,
    InAnchorYear,
    InOffset,
    MonthOfYear,
    MonthRef,
    Offset,
    Overnight,
    PartOfDay,
    PastSpan,
    PeriodOfYear,
    RestOf,
    SeasonRef,
    SoFar,
    Spec,
    StoryNight,
    StoryPartOfDay,
    WeekdayDayOfMonth,
    WeekdayOfWeek,
    WeekdayRef,
    WeekendRef,
    WeekOf,
    YearEnd,
    is_derived,
    moves_story_on,
    needs_tense,
)

#: What joins two weekdays into a pair ("sat & sun", "Saturday and Sunday", "fri/sat").
_WEEKDAY_PAIR = re.compile(r"\s{0,3}(?:&|and|or|n|\+|,|[-–/])\s{0,3}", re.IGNORECASE)
#: A request to the reader ("Please return the forms by Wednesday") and the signal of a deadline
#: right before the expression: see :func:`_request_deadline`.
_PLEASE_OPENING = re.compile(r"\W{0,3}please\b", re.IGNORECASE)
_DEADLINE_BEFORE = re.compile(r"\b(?:by|before|no\s{1,3}later\s{1,3}than)\s{1,3}$", re.IGNORECASE)


def _clock_bound(text: str, last: Timex, start: int) -> datetime | None:
    """The moment of ``last`` when it is a clock time after "until", "till" or "til" that
    closes a stretch running from the writing (the expression before ``start``, in its
    paragraph: "The warning runs until 6am on Friday. ... between 8pm and midnight"), else None."""
    if (
        last.signal not in ("until", "till", "til")
        or last.interval is None
        or last.type != "TIME"
        or not _CLOCK_VALUE.search(last.value or "")
        or _BLANK_LINE.search(text, last.end, start) is not None
    ):
        # not a part of the day ("Luggage can be left at the hotel until the evening. Board the
        # sleeper at 20.45": that day's 20:45, not the day before's; s41b-blind3, blind text
        # 1191), whose start is no moment a stretch runs up to
        return None
    return last.interval.start


#: A TIMEX3 value with a clock time ("2026-12-04T06:00"), not a part of the day ("…TEV").
_CLOCK_VALUE = re.compile(r"T\d")


def _plain_weekday_of(spec: Spec) -> WeekdayRef | None:
    """The weekday of ``spec`` when it is a bare one ("Wednesday", not "last Wednesday" nor
    "Wednesday's"), alone or as the day of a part of the day ("Wednesday night"), else None."""
    day = spec.base if type(spec) is PartOfDay else spec
    if type(day) is WeekdayRef and day.n == 0 and not day.possessive:
        return day
    return None


def _request_deadline(text: str, opening: int, start: int) -> bool:
    """True if the sentence that opens at ``opening`` asks something of its reader ("Please
    ...") and a deadline's "by" or "before" stands right before ``start``: the reader is asked
    now, so the deadline counts from the writing, not from the days of a plan told ahead ("School
    reopens on Tuesday 5 January ... Please return reading records by Wednesday", written on 1
    December: 2 December, was 6 January; session 41, blind text 1170)."""
    return (
        _PLEASE_OPENING.match(text, opening) is not None
        and _DEADLINE_BEFORE.search(text, max(opening, start - 20), start) is not None
    )


#: The text between a week its sentence named and a weekday that is one of its days (see the
#: engine's loop): no clause break and no "after", "before", "since", "until" in between.
_WEEK_DAY_GAP = re.compile(
    r"(?:(?!\b(?:after|before|since|until|till|from|following)\b)[^.;:!?\n])*", re.IGNORECASE
)
#: A word of lower-case letters (the words between a week and its weekday, looked up among
#: the reporting verbs).
_WORD = re.compile(r"[a-z]+")
#: "for" right before a week: the week a noun is about ("timetables for next week").
_FOR_BEFORE = re.compile(r"\bfor\s{1,3}$", re.IGNORECASE)
#: What puts a weekday on the far side of the day its sentence named before it: "after" (or
#: "before") and an event told by a gerund, or by a noun after an indefinite or possessive
#: determiner, then the weekday it happened on ("host Hibernian at noon on Sunday, four days
#: after a 2-0 win at Dundee on Wednesday night": the Wednesday before that Sunday; "play on
#: Sunday before travelling to Bologna on Thursday": the Thursday after it). Not "after the
#: holiday on Tuesday" (the day may be the verb's: "reopens after the holiday on Tuesday"), nor
#: "after midnight on Monday" (the signal of the expression itself), nor across a comma ("turned
#: back after a pressure warning, the airline said on Wednesday": the report's day). Session 41,
#: blind text 1172.
_EVENT_SIDE = re.compile(
    r"\b(?P<side>after|before)\s{1,3}(?:"
    # a gerund, not a noun in "-ing" ("after morning prayers", "before spring")
    r"(?!(?:morn|even|noth|anyth|someth|spr)ing\b)[a-z]+ing"
    # or a noun phrase after an indefinite or possessive determiner (grammar, not data)
    r"|(?:a|an|his|her|its|their|our|my|your)\s{1,3}[^.,;:!?\n]{0,40}?"
    r")\s{1,3}[^.,;:!?\n]{0,40}?\bon\s{1,3}$",
    re.IGNORECASE,
)
#: "today" (rule date_deictic).
_TODAY = DayOffset(0)
#: Years counted on from a story's past ("Seventy years on") that make a history's look back.
_LONG_COUNT = 5
#: A noun of a price a market recorded and "on" right before a weekday ("closing price on
#: Monday"): ``recorded_price_nouns.tsv``.
_RECORDED_ON = re.compile(
    r"\b(?:" + alternation(sorted(words("recorded_price_nouns"))) + r")\s{1,3}on\s{1,3}$",
    re.IGNORECASE,
)
#: s34-known: what may stand between a date and a count after it that restates it ("in October
#: 1880, four months later"): a comma alone (not data: punctuation). ", and two years later"
#: goes on from the date, as a new sentence does.
_APPOSED_COUNT = re.compile(r",[ \t]{1,3}")
#: s38 (blind text 1078): the rest of the date's own clause before such a count that ends its
#: sentence ("On Sunday she will play her last service there, 65 years later."): words with no
#: clause break and no conjunction of a second event ("and came back, two days later").
_APPOSED_CLAUSE = re.compile(
    r"(?![^,;:.!?\n]*\b(?:and|but|then|before|after|until|till|when|while|as)\b)"
    r"[^,;:.!?\n]{1,80},[ \t]{1,3}",
    re.IGNORECASE,
)
#: What ends a sentence right after such a count.
_COUNT_ENDS_SENTENCE = re.compile(r"[ \t]{0,3}(?:[.!?;]|$)")
#: The calendar units of such a count, finest first; a date no coarser than the count's unit
#: restates it ("in 1918, a week later" names no week).
_APPOSED_UNITS = {"day": 0, "week": 1, "month": 2, "quarter": 3, "year": 4, "decade": 5}
#: s34-known: "next", at most one word, and a report an office issues in turn ("the next update",
#: "its next scheduled briefing"): ``next_report_nouns.tsv``.
_NEXT_REPORT = re.compile(
    r"\bnext\s{1,3}(?:[a-z-]{2,20}\s{1,3})?(?:"
    + alternation(sorted(words("next_report_nouns")))
    + r")\b",
    re.IGNORECASE,
)
#: s36-wire: a deadline given to someone right before the signal, "<has, have, given> until"
#: (``deadline_holders.tsv`` and the grants of ``tense_deadline_verbs.tsv``): "the court has
#: until Thursday to certify" is no stretch's end.
_DEADLINE_UNTIL = re.compile(
    r"\b(?:"
    + alternation(sorted(words("deadline_holders") | words("tense_deadline_verbs")))
    + r")\s{1,3}(?:until|till)\s{1,3}$",
    re.IGNORECASE,
)
#: s36-wire: a "when" clause right after a day, up to a clock time with no comma or full stop
#: between ("since Aug. 15, when the slope gave way at 5:40 a.m."): the clause tells that day.
_WHEN_CLAUSE = re.compile(r",?\s{1,3}when\s[^.;:!?,()\n]{0,80}")
#: "than" or "compared with" and the words of ``season_comparison_leads.tsv`` right before a
#: bare season: the term of a comparison ("earlier than at the height of summer").
_SEASON_COMPARED = re.compile(
    rf"\b(?:than|compared\s{{1,3}}(?:with|to))\s{{1,3}}(?:{alternation(words('season_comparison_leads'))})\s{{1,3}}$",
    re.IGNORECASE,
)
#: The demonstrative that points a date without a year back to the last year named.
_THAT = ("that ", "That ")
#: A demonstrative date that points back to the time told last ("That autumn", "that year",
#: "Later that year", "that same month"): after a flashback it goes on from the flashback's
#: time (s39-history).
_THAT_ANAPHOR = re.compile(r"(?:(?:later|earlier)\s{1,3})?that\s{1,3}\w", re.IGNORECASE)
#: The end of a season told in words ("at the end of the season", "after the season"):
#: ``season_end_phrases.tsv`` (s38-history).
_SEASON_OVER = re.compile(
    r"\b(?:" + alternation(sorted(words("season_end_phrases"))) + r")\b", re.IGNORECASE
)
#: "The" that opens a text or a sentence, right before a year ("The 1924 expedition was ...").
#: After a year that opens a text: its noun phrase (maybe the second year of a season) and a
#: copula, the lede that defines the subject ("The 1987–88 season was", "The 1966 election
#: was").
_SUBJECT_COPULA = re.compile(
    r"(?:[-–/]\d{2,4})?(?:[ \t]{1,3}[\w’'-]{1,20}){1,4}[ \t]{1,3}(?:was|were|is)\b"
)
#: The rest of a season of two calendar years after its first year and the word after it
#: ("1994[–95 season began]").
_SEASON_VERB = re.compile(r"[-–/]\d{2,4}\s{1,3}season\s{1,3}([a-z]{2,20})\b")
_FIRST_YEAR_RULES = frozenset(("date_year", "date_range_first_year"))
_OPENING_THE = re.compile(r"(?:^|[.!?]\s{1,3}|\n)[\"'“‘(]{0,2}the\s{1,3}$", re.IGNORECASE)
#: The units of a date that gives "that" its year ("since May 2024 ... that August"; not a
#: decade: "during the 1930s ... That winter" is the story's).
_SAID_UNITS = frozenset({"year", "half", "quarter", "season", "month", "week", "weekend", "day"})
#: The units of an anchor whose place in the expression's sentence resolution reads
#: (anchor.Context.anchor_in_sentence: a week ahead for a weekday, a year or half for a quarter).
_SENTENCE_ANCHOR_UNITS = frozenset({"week", "year", "half"})
#: The values whose anchoring never reads it: neither a weekday, a quarter or a half (nor a
#: half or quarter of a year), nor a value built on another value (a clock time on a day, a
#: part of a day, "the first week of ...", "two days after ..."), which may be one.
_SENTENCE_BLIND = frozenset(
    {
        CalendarDate,
        CalendarRelative,
        CenturyRef,
        ComingSpan,
        CurrentPeriod,
        DayOfMonth,
        DayOffset,
        DecadeRef,
        Fixed,
        HolidayRef,
        InOffset,
        MonthOfYear,
        MonthRef,
        Offset,
        PastSpan,
        PeriodOfYear,
        RestOf,
        SeasonRef,
        SoFar,
        WeekendRef,
        YearEnd,
    }
)
#: "tonight": read with its clause's tense when the reference is in the small hours, where a
#: past or present "tonight" is the night under way and a future one the coming night.
_TONIGHT = PartOfDay(_TODAY, "NI")
#: Signals of a bound that still put a narrative's story at their date ("By April 1963",
#: "fought through most of 1957"): ``story_bound_signals.tsv``.
_STORY_BOUNDS = frozenset(words("story_bound_signals"))
#: The tense markers of a sentence in the present whose "if" clause states a condition of
#: what holds, not a future ("Today most patients recover if they receive antibiotics").
_GENERIC_CONDITION = frozenset({"present", "conditional"})
#: A rate or a frequency after "Today" (``habit_rate_cues.tsv``: "a year", "every summer"): its
#: present of schedules tells a habit ("Today the hall hosts 120 events a year").
_HABIT_CUE = re.compile(r"\b(?:" + alternation(words("habit_rate_cues")) + r")\b", re.IGNORECASE)
#: s39-leftovers: a membership after a present of schedules ("plays in the Mid-Ulster League",
#: "competes in the third tier": ``membership_nouns.tsv``): no event on a day, what holds.
_MEMBER_CUE = re.compile(
    r"\s(?:[\w'’-]+\s{1,3}){0,3}?(?:still\s|now\s)?(?P<verb>[a-z]{3,}s)\s{1,3}in\s{1,3}(?:the\s{1,3})?(?:[\w'’-]+\s{1,3}){0,3}?(?:"
    + alternation(words("membership_nouns"))
    + r")\b",
    re.IGNORECASE,
)
#: s39-leftovers: a verb of resuming right before a bare clock time ("It resumed shortly
#: before noon", "restarted at 9 a.m."): ``resume_verbs.tsv``.
_RESUMED = re.compile(
    r"\b(?:"
    + alternation(words("resume_verbs"))
    + r")\s{1,3}(?:(?:at|around|about|shortly|just|soon|after|before|by)\s{1,3}){0,3}$",
    re.IGNORECASE,
)
#: How far from the publication a weekday lies when a narrative counted it from its story.
_WEEK = timedelta(days=7)
#: "since" after a duration: "the three weeks since the invasion" end now.
#: "Today" opening a sentence, after "And"/"But" or not, before a comma or a word: where it
#: may set the present against a past the text told (see the engine's nowadays test).
_NOWADAYS = re.compile(
    r"(?:.{0,6}[.!?\n]\s{0,3}Today|.{0,2}\b(?:And|But)\s[Tt]oday),?\s(?!is\b|was\b|marks\b)",
    re.DOTALL,
)
#: A present verb right after "and today" ("and today employs", "and today is", "and today
#: still houses"): a word in "-s" (not "-ss", nor a possessive) or a present form of "be" or
#: "have".
_PRESENT_VERB_AFTER = re.compile(
    r"\s(?:still\s|also\s)?(?:is|are|has|have|remains|[a-z]{2,}[^s\W]s)\b(?!['’])"
)
#: A verb of saying right before a clock time in chat ("she said half 6", "he reckons like 8"):
#: ``said_clock_verbs.tsv``.
_SAID_CLOCK = re.compile(
    r"\b(?:" + alternation(sorted(words("said_clock_verbs"))) + r")[ \t]{1,3}(?:like[ \t]{1,3})?$",
    re.IGNORECASE,
)
#: A relative clause set off by commas ("Today about a hundred residents, who returned soon
#: after the evacuation, still live in the zone"): its verbs tell of the noun, not of "Today"'s
#: clause (``relative_pronouns.tsv``).
_COMMA_RELATIVE = re.compile(
    r",\s{1,3}(?:" + alternation(sorted(words("relative_pronouns"))) + r")\b[^,;:]*,",
    re.IGNORECASE,
)
#: A participle phrase set off by commas after the subject ("Today the surviving stretch of the
#: wall, restored in the late 1990s, is part of the museum"): it describes the noun, as a
#: relative clause does, and its past tells nothing of "Today"'s clause (s39-history).
_COMMA_PARTICIPLE = re.compile(
    r",\s{1,3}(?:[a-z]{2,20}(?:ed|en|wn|un|ght|lt)|"
    + alternation(sorted(words("tense_past") | words("perfect_participles")))
    + r")\s[^,;:]*,"
)
#: An appositive after "today" that names it an anniversary ("and today, the anniversary of the
#: invasion, is a public holiday", "Today, the 80th anniversary of the landings, ..."): the day
#: itself, not the history's present (s24-wars).
_OCCASION_APPOSITIVE = re.compile(
    r",\s{1,3}(?:the|its|their)\s[^,.;:]{0,60}?\b(?:anniversar|centenar|bicentenar|jubilee)",
    re.IGNORECASE,
)
#: "still" right before "today" (a word between: "still stands today") or right after it
#: ("Military colleges today still teach it"): a history's present, the state that lasts.
_STILL_BEFORE = re.compile(r"\bstill\s{1,3}(?:[a-z]+\s{1,3})?$")
_STILL_AFTER = re.compile(r",?\s{1,3}still\b")
#: A progressive after "is today" ("is today opening the chapel"): the day's event, not a state.
_PROGRESSIVE_AFTER = re.compile(r"\s{1,3}[a-z]{2,}ing\b")
#: A short line of its own between blank lines, with no end punctuation: a section heading
#: (see :func:`_heading_line_next`).
_HEADING_LINE = re.compile(r"[^\n.!?:;]{1,40}")


def _heading_season(text: str, start: int, end: int, spec: Spec, point: cal.Point) -> bool:
    """True for a season without its year on a heading line ("\n\nThe spring offensive\n\n"):
    it names the section, and no count of the section ("the following spring") runs from it."""
    return (
        point.unit == "season" and not has_year(spec) and _heading_line_next(text, start, end) >= 0
    )


def _heading_line_next(text: str, start: int, end: int) -> int:
    """Where the paragraph after the heading line holding ``[start, end)`` starts, or -1 if the
    expression stands on no heading line ("\n\nAugust to October\n\nRovers lost ...")."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if line_start < 2 or line_end < 0 or text[line_start - 2 : line_start] != "\n\n":
        return -1
    if not text.startswith("\n\n", line_end):
        return -1
    if _HEADING_LINE.fullmatch(text, line_start, line_end) is None:
        return -1
    nxt = line_end + 2
    return nxt if nxt < len(text) and not text[nxt].isspace() else -1


#: The end of a clause right after an expression ("... live on the islands today.").
_CLAUSE_END_AFTER = re.compile(r"\s{0,3}(?:[.;!?]|$)")
#: "that" opening an expression points back into the text ("That summer", "that spring"): the
#: story's, never the publication's (see the engine's within_story).
_ANAPHORIC = re.compile(r"[Tt]hat\s")
#: s29-wire: what stands between a date that names its year and a holiday or date without one
#: in apposition to it: a comma and a lead of ``apposition_leads.tsv`` or nothing more ("on
#: Nov. 21, 2001, the eve of Thanksgiving", "on Dec. 24, 1999, Christmas Eve").
_APPOSED = re.compile(
    r",[ \t]{1,3}(?:" + alternation(words("apposition_leads")) + r"[ \t]{1,3})?",
    re.IGNORECASE,
)
#: s29-wire: a comma and an article between a day that names its year and a weekday in
#: apposition to it ("on Sept. 11, 2001, a Tuesday", "on Dec. 20, 1999, the Monday before").
_APPOSED_WEEKDAY = re.compile(
    r",[ \t]{1,3}(?:an?|the)[ \t]{1,3}"
    # s39 (blind text 1141): "hes 80 on the 21st which is a saturday", "on 4 May, which was a
    # Monday": a relative clause that names the day's weekday (the article may be in the span)
    r"|,?[ \t]{1,3}(?:which|that)[ \t]{1,3}(?:is|was|will[ \t]{1,3}be)[ \t]{1,3}"
    r"(?:(?:an?|the)[ \t]{1,3})?",
    re.IGNORECASE,
)
_ONE_DAY = timedelta(days=1)
#: A night's parts, and the hour an evening begins: an anchor in them or after it on the day
#: before a small-hours clock time is the night the story crossed (``crossed_night``).
_NIGHT_PODS = frozenset({"EV", "NI"})
_EVENING = cal.PART_OF_DAY_HOURS["EV"][0]
_ONE_TICK = timedelta(microseconds=1)


#: The number that opens a post of a numbered thread ("2/ signal failure at 7am", "3/10 ...").
_THREAD_NUMBER = re.compile(r"[ \t]{0,3}\d{1,2}/(?:\d{1,2}|n)?\s")
#: The first post of such a thread: "1/" at the start of the text or of a paragraph.
_THREAD_FIRST = re.compile(r"(?:^|\n\n)[ \t]{0,3}1/(?:\d{1,2}|n)?\s")


def _thread_post(text: str, out: list[Timex], anchor: cal.Point, at: int) -> bool:
    """Whether the paragraph holding ``at`` is a numbered post of a thread whose first post
    ("1/ ...") named the day ``anchor`` is on: the thread's topic, which its later posts go on
    from ("1/ quick thread on the trains yday\n\n2/ signal failure at 7am\n\n3/ they said at
    9:40" = yesterday's; session 34, blind text 908); a day a later post named is that post's
    own ("3/ no bins today or thurs\n\n4/ 11ish and the fence is gone" is today's: a live
    thread, s33 text 821)."""
    start = text.rfind("\n\n", 0, at)
    if _THREAD_NUMBER.match(text, start + 2 if start >= 0 else 0) is None:
        return False
    first = _THREAD_FIRST.search(text, 0, at)
    if first is None:
        return False
    first_end = text.find("\n\n", first.start())
    day = anchor.first
    return any(
        first.start() <= t.start < first_end
        and t.type == "DATE"
        and t.interval is not None
        and t.interval.start.date() == day
        and t.interval.end - t.interval.start == _ONE_DAY
        for t in out
    )


def _thread_topic_day(text: str, out: list[Timex], at: int, ref: datetime) -> Timex | None:
    """The day ahead of the publication that the first post of a numbered thread named, when
    the paragraph holding ``at`` is a later post of it ("1/ ok thread. sunday is the big one,
    my first ever half marathon ... 4/ race starts at 9 so the alarm is set for 5.45": the
    thread's topic, which a later post's plan goes on from), unless a post between named another
    day from the publication's on."""
    start = text.rfind("\n\n", 0, at)
    if start < 0 or _THREAD_NUMBER.match(text, start + 2) is None:
        return None
    first = _THREAD_FIRST.search(text, 0, at)
    if first is None or first.start() >= start:
        return None
    first_end = text.find("\n\n", first.start() + 1)
    topic = None
    for t in out:
        if t.start >= first_end:
            break
        if (
            t.start >= first.start()
            and t.type == "DATE"
            and t.interval is not None
            and t.interval.end - t.interval.start == _ONE_DAY
            and len(t.value) == 10
            and t.value > ref.date().isoformat()
        ):
            topic = t
            break
    if topic is None:
        return None
    today = ref.date().isoformat()
    for t in out:
        day = t.value[:10]
        if first_end <= t.start < start and day[5:7].isdigit() and today <= day != topic.value:
            # "2/ decathlon opens at 9 tmrw ... 4/ shift 2nite til 11": the thread has moved
            # on to the days it is told in (narrative 1070)
            return None
    return topic


def _apposed_weekday(
    text: str, spec: WeekdayRef, start: int, before: Timex, before_spec: Spec
) -> Spec:
    """s29-wire: the day a plain weekday at ``start`` names when it stands in apposition to the
    expression ``before`` it, a day that names its year, and is that day's weekday ("The
    attacks came on Sept. 11, 2001, a Tuesday", "closed on Dec. 20, 1999, the Monday before
    Christmas": that day, as a CalendarDate); else ``spec``. It was the weekday nearest the
    publication, which also took the story back to the publication."""
    if (
        spec != WeekdayRef(spec.weekday)
        or before.interval is None
        or _APPOSED_WEEKDAY.fullmatch(text, before.end, start) is None
    ):
        return spec
    day = before.interval.start.date()
    if (
        before.interval.end - before.interval.start > _ONE_DAY
        or (before.interval.end - _ONE_TICK).date() != day
        or day.isoweekday() != spec.weekday
    ):
        return spec
    return CalendarDate(day.year, day.month, day.day)


#: A mark or a line break that ends a sentence of chat (an emoji ends one too, see
#: :mod:`.sentences`, but a night named before it still has its small hours after it).
_SENTENCE_MARK = re.compile(r"[.!?\n]")
#: Another word on the same line after a period.
_WORD_AFTER = re.compile(r"[ \t]{1,3}\w")
#: A verb of intent, "to" and the infinitive's verb, before "within <duration>"
#: (``tense_intent_before_to.tsv``).
_INTENT_TO = re.compile(
    r"\b(?:" + alternation(sorted(words("tense_intent_before_to"))) + r")\s{1,3}to\s{1,3}[a-z]",
    re.IGNORECASE,
)
#: An obligation, which looks ahead ("must be collected within 14 days"), not a past inferred
#: ("must have been contained within hours"); the modal is grammar, not a list.
_OBLIGED = re.compile(r"\bmust\s{1,3}(?!have\b)(?:[a-z]{2,15}\s{1,3}){1,4}$", re.IGNORECASE)
#: A promise or a plan made in the past and its infinitive ("pledged to publish", "broke a
#: promise to table"): a verb of ``tense_intent_before_to.tsv`` in the past, or "a promise".
_PROMISED_TO = re.compile(
    r"\b(?:(?:"
    + alternation(sorted(w for w in words("tense_intent_before_to") if w.endswith("ed")))
    + r")|(?:broke|broken|made|kept)\s{1,3}(?:a|its|their|his|her)\s{1,3}(?:promise|pledge|vow))"
    + r"\s{1,3}to\s{1,3}[a-z]",
    re.IGNORECASE,
)
#: s40-years: the future of a main clause: "will", "shall", "won't", a subject's "'ll" ("I'll");
#: not a conditional's "would" ("would have collapsed if the state had not stepped in on Monday").
_FUTURE_MAIN_WORD = re.compile(r"(?:will|shall|won['’]t|\w{1,4}['’]ll)\b", re.I)
#: s40-years: a subordinator of condition or time that ends the text before a clause break
#: ("Will update if | it's sorted before spring", "I'll believe it when | I see it open at
#: Christmas"): the clause it opens is read in the future of its main clause (see
#: :func:`_future_main`).
_FUTURE_SUBORDINATOR = re.compile(r"\b(?:if|when|once|unless|whenever|as\s+soon\s+as)\s*$", re.I)


def _future_main(found: Clauses, pos: int) -> bool:
    """s40-years: whether the expression at ``pos`` (in the sentence ``found`` reads) is in a
    clause of condition or time opened by :data:`_FUTURE_SUBORDINATOR` after a main clause whose
    first verb is a future ("I'll be happy if it works at Christmas", "Will update if it's
    sorted before spring"): English tells such a clause in the present, and it looks ahead as its
    main clause does (was the last Christmas); not "said it would close if sales fell in March"
    (a past main clause) nor a sentence that opens with the subordinate clause."""
    i = bisect_right(found.breaks, pos) - 1
    if i < 0 or not found.positions or found.kinds[0] != "future":
        return False
    brk = found.breaks[i]
    if found.positions[0] >= brk or not _FUTURE_MAIN_WORD.match(found.text, found.positions[0]):
        return False
    return _FUTURE_SUBORDINATOR.search(found.text, max(0, brk - 14), brk) is not None


#: A task laid on someone in the past and its infinitive ("were told to submit", "ordered
#: hospitals to report"): a past form of ``tense_directive_verbs.tsv``, up to three words (the
#: one told), "to" and a verb; its deadline may have passed since (s39-known).
_TASKED_TO = re.compile(
    r"\b(?:"
    + alternation(
        sorted(w for w in words("tense_directive_verbs") if w.endswith("ed") or w == "told")
    )
    + r")(?:\s{1,3}[\w'’-]+){0,3}?\s{1,3}to\s{1,3}(?!(?:the|a|an)\b)[a-z]{2,}\b",
    re.IGNORECASE,
)
#: A time stamp of a live blog: a clock time in digits alone before the entry's text, which
#: opens with a capital or a quotation mark, at the start of a line (see the engine); or of a
#: chat log pasted from Slack or Teams, with its "AM"/"PM", in brackets or not, before the
#: writer's name or handle and a colon ("8:47 AM dana.k: morning all", "[9:31 AM] Priya Shah:
#: ..."; an agenda's "9:00 AM Registration" is no stamp).
_STAMP = re.compile(
    r"\d{1,2}[:.]\d{2}\s{0,3}[-–—:]?\s{1,3}[A-Z\"“‘']"
    r"|\d{1,2}:\d{2}\s{0,2}[AaPp]\.?[Mm]\.?\]?\s{1,3}[\w.-]{1,30}(?:\s[A-Z][\w.-]{0,30})?:\s"
)


#: An update's stamp: a word of ``update_stamp_words.tsv`` that opens a line or follows an
#: opening parenthesis, then the clock time ("Update, 12.15pm: ...", "(updated 14:20)").
_UPDATE_STAMP = re.compile(
    r"(?:^|\n|\()[ \t]{0,3}(?:"
    + alternation(sorted(words("update_stamp_words")))
    + r")(?:\s{1,3}at)?[ \t]{0,3}[,:\-–—(]?[ \t]{0,3}$",
    re.IGNORECASE,
)


def _line_stamp(text: str, start: int) -> bool:
    """Whether the clock time at ``start`` is a time stamp that opens a line (``_STAMP``) or
    an update's (``_UPDATE_STAMP``)."""
    if _UPDATE_STAMP.search(text, max(0, start - 24), start):
        return True
    if start > 0 and text[start - 1] == "[":
        start -= 1
        if _STAMP.match(text, start + 1) is None:
            return False
    elif _STAMP.match(text, start) is None:
        return False
    return start == 0 or text[start - 1] == "\n"


def _under_day_heading(text: str, start: int, out: list[Timex]) -> bool:
    """Whether the line at ``start`` is an item of a programme under a day alone on its line,
    in the same paragraph ("Friday 6 June\n10am Welcome\n11:15 Panel on water rights"): its
    opening clock time is a time of that day, not a live blog's stamp of the publication's."""
    blank = text.rfind("\n\n", 0, start)
    for t in reversed(out):
        if t.start < blank:
            return False
        if t.type == "DATE" and t.granularity == "day":
            return _heading(text, t.start, t.end, start)
    return False


#: How far before the publication the days heading a diary's entries may lie.
_ENTRY_AGE = timedelta(days=366)


def _entry_days(text: str, composed: list[_Candidate], ref: datetime) -> list[tuple[int, datetime]]:
    """The days that head the entries of a diary or a log ("Monday 2 November\n\nFirst hard
    frost last night ..."): full dates alone on their lines, at least two, none after the
    publication nor more than a year before it, with where each entry starts. Each entry is
    told from its own day: "today", "last night", "tomorrow", "Thursday" in it count from
    the heading, not from the day the diary was published. A programme's days still to come
    ("Tuesday 2 March\n8am Registration") head no entries: empty."""
    heads: list[tuple[int, datetime]] = []
    for c in composed:
        spec = c.found.spec
        if type(spec) is WeekdayDayOfMonth:
            # "Thurs 18th\nFirst shift at the bakery ... Ovens on by 5": a weekday and its day
            # of the month head an entry as a full date does, the latest such day (s38-informal,
            # blind text 1068: its clock times were the publication day's)
            if not _alone_on_line(text, c.start, c.end):
                continue
        elif type(spec) is not CalendarDate or spec.day is None or spec.month is None:
            continue
        elif (
            not _alone_on_line(text, c.start, c.end) and _day_number_head(text, c.start, c.end) < 0
        ):
            continue
        res = resolve(spec, Context(ref))
        if res is None or res.point is None or res.point.unit != "day":
            continue
        day = res.point.first
        if not ref.date() - _ENTRY_AGE <= day <= ref.date():
            return []
        heads.append((c.start, datetime.combine(day, time(0), tzinfo=ref.tzinfo)))
    return heads if len(heads) >= 2 else []


#: The mark after a weekday that labels a line of a week's schedule ("tues: mythic prog").
_LABEL_MARK = re.compile(r"[ \t]{0,2}[:–—/-][ \t]")


def _on_week_day(c: _Candidate, monday: date) -> _Candidate:
    """The weekday candidate ``c`` as the date of its day in the week that starts on
    ``monday``."""
    assert type(c.found.spec) is WeekdayRef
    day = monday + timedelta(days=c.found.spec.weekday - 1)
    return replace(c, found=replace(c.found, spec=CalendarDate(day.year, day.month, day.day)))


#: The roles of a signal before a weekday that make it no day of the week named before it.
_WEEK_DAY_BOUNDS = frozenset({"until", "before"})


def _told_week_days(
    text: str,
    sentences: Sentences,
    composed: list[_Candidate],
    ref: datetime,
    entries: list[tuple[int, datetime]],
) -> list[_Candidate]:
    """In chat, the weekdays a sentence names after a week it named are that week's days ("Rota
    for next week is up: mon to fri again plus a half day sat", written on Friday 19 March:
    22, 26 and 27 March; "sat" was the next day, s41-diaries, narratives 1068, 1175): a bare
    weekday, maybe with its part of the day, read from the week, not by the tense. A week of
    an entry of a diary is counted from the entry's day (:func:`_entry_days`)."""
    out: list[_Candidate] | None = None
    week: tuple[date, int] | None = None  # (the week's Monday, its sentence's end)
    for i, c in enumerate(composed):
        spec = c.found.spec
        if c.found.type == "DATE" and type(spec) is CalendarRelative:
            day_ref = ref
            for at, entry_ref in entries:
                if at > c.start:
                    break
                day_ref = entry_ref
            res = resolve(spec, Context(day_ref))
            if res is not None and res.point is not None and res.point.unit == "week":
                week = (res.point.first, sentences.around(c.start)[1])
            else:
                week = None
            continue
        if week is None:
            continue
        if c.start >= week[1]:
            week = None
            continue
        if role(signal_before(text, c.start)) in _WEEK_DAY_BOUNDS:
            continue  # "Rota for next week below – shout by Sunday": a deadline before it
        base = spec.base if type(spec) is PartOfDay else spec
        if not (
            type(base) is WeekdayRef
            and base.n == 0
            and not (base.anchored or base.possessive or base.side or base.told)
        ):
            continue
        day = week[0] + timedelta(days=base.weekday - 1)
        told: Spec = CalendarDate(day.year, day.month, day.day)
        if type(spec) is PartOfDay:
            told = replace(spec, base=told)
        if out is None:
            out = list(composed)
        out[i] = replace(c, found=replace(c.found, spec=told))
    return composed if out is None else out


def _week_schedule(text: str, composed: list[_Candidate], ref: datetime) -> list[_Candidate]:
    """The lines of a schedule under a heading that names a week ("📅 next week (mar 29 - apr
    4)\nmon: no raid\ntues: mythic prog, 2000 CEST"; "Week of 29 March:\nMon - ..."): a
    weekday that opens such a line before a colon or a dash is that week's day, not the one
    the tense picks (session 32, blind texts 733, 334). The heading is the line right above
    the first such label, and holds a week; the list ends at the first line no weekday
    labels."""
    if "\n" not in text or not any(type(c.found.spec) is WeekdayRef for c in composed):
        return composed
    out = list(composed)
    for i, c in enumerate(composed):
        if c.found.type != "DATE" or not isinstance(c.found.spec, (CalendarRelative, WeekOf)):
            continue
        line_end = text.find("\n", c.end)
        if line_end < 0:
            continue
        res = resolve(c.found.spec, Context(ref))
        if res is None or res.point is None or res.point.unit != "week":
            continue
        monday = res.point.first
        labels = 0
        current = -1  # the start of the last labelled line
        for j in range(i + 1, len(composed)):
            d = composed[j]
            line = text.rfind("\n", 0, d.start) + 1
            if line == current and type(d.found.spec) is WeekdayRef:
                if text[composed[j - 1].end : d.start].strip() in ("/", "&", ",", "+", "and"):
                    # "Fri / Sat – as usual": the label's second day, of the week too
                    out[j] = _on_week_day(d, monday)
                continue
            if line == current or line <= line_end:
                continue  # more on the heading's line or on a labelled line
            if (
                d.found.type != "DATE"
                or text[line : d.start].strip()
                or _LABEL_MARK.match(text, d.end) is None
                # the list goes on from the heading's line, a labelled line after another
                or line != (line_end if current < 0 else text.find("\n", current)) + 1
            ):
                break
            current = line
            labels += 1
            if type(d.found.spec) is not WeekdayRef:
                continue  # "Mon 12th – Aisha on earlies": its own date
            out[j] = _on_week_day(d, monday)
        if labels >= 2:
            return out
        out = list(composed)
    return composed


#: What follows the date that heads an item of a chronology ("2 May 2019 – Inspectors find
#: cracks", "Jan 2022: The bid is turned down"): a dash or a colon, then the item's text.
_CHRONOLOGY_MARK = re.compile(r"[ \t]{0,3}[–—:-][ \t]{1,3}\S")


def _chronology_lines(
    text: str, composed: list[_Candidate], ref: datetime
) -> list[tuple[int, int]]:
    """The items of a chronology ("Key dates" boxes, timelines): lines that open with a date
    naming its year ("2 May 2019", "Jan 2022", "Late 2022", "Autumn 2019"), over before the
    publication, then a dash or a colon and the item ("2021 – Engineers spend eight months
    testing"), at least two of them: each item's (head end, line end). An item is told in the
    present of a chronology ("The footbridge opens on 19 December", "shuts to cars at 6am"),
    which is its head's past, not a schedule ahead of the publication."""
    lines: list[tuple[int, int]] = []
    for c in composed:
        spec = c.found.spec
        if type(spec) is not CalendarDate or spec.year is None:
            continue
        line = text.rfind("\n", 0, c.start) + 1
        head = text[line : c.start]
        if (head and not head.isspace()) or _CHRONOLOGY_MARK.match(text, c.end) is None:
            continue
        res = resolve(spec, Context(ref))
        if res is None or res.point is None:
            continue
        if cal.end_of(res.point.unit, res.point.first) > ref.date():
            continue  # "Spring 2025 – Planned reopening": an item still ahead
        end = text.find("\n", c.end)
        lines.append((c.end, len(text) if end < 0 else end))
    return lines if len(lines) >= 2 else []


def _in_item(lines: list[tuple[int, int]], at: int) -> bool:
    """Whether ``at`` lies in a chronology's item after its head (:func:`_chronology_lines`)."""
    i = bisect_right(lines, at, key=itemgetter(0)) - 1
    return i >= 0 and lines[i][0] <= at < lines[i][1]


#: A poster's handle: one word of letters, digits and "_", "." or "-" inside it
#: ("pie_and_bovril", "jen.w", "old_gold_87"), or a role's possessive ("Owner's response ·
#: 3 days ago"; session 41), maybe with its role in brackets after it ("kettle_mod (Staff)",
#: "jen.w [Moderator]", "dave_b (OP)").
_HANDLE = r"[A-Za-z][\w.-]{1,30}(?<![.-])(?:['’]s)?(?:[ \t]{1,3}[(\[][^()\[\]\n]{1,20}[)\]])?"
#: The header of a post in a thread, matched from its line's start: a word of
#: ``post_stamp_words.tsv``, then up to 60 characters ("Reply from kettle_head, ", "Posted by
#: beanbag_ on ", "UPDATE ").
_POST_HEADER = re.compile(
    r"[ \t]{0,3}\**(?:"
    # the poster's handle first ("pie_and_bovril · posted 9h ago", "Developer Response, Oct
    # 20"): one word, then a mark or a space
    + _HANDLE
    + r"[ \t]{0,3}[·•|,–—-]?[ \t]{1,3})?(?:"
    + alternation(sorted(words("post_stamp_words")))
    # no colon between the word and the date but one right after the word ("Posted: 3 May";
    # a headline's "Hospital update: pressure on A&E over Christmas" is no post's stamp)
    + r")\b(?:[ \t]{0,3}:[ \t]{0,3}|[^\n:]{0,60})$"
    # or the handle alone, and a mark, right before the date that ends the line ("tired_tom,
    # Oct 19, 2026", "TrentEndTerry · Sat 17:08")
    + r"|[ \t]{0,3}(?:"
    + _HANDLE
    # or a name and an initial or a second name, capitalised, before a dot or a bar ("Lyn W ·
    # 10:02am", "Mark Price | 11:04"; s38-informal, blind text 1072: "11:04am" after a post's
    # "tmrw" was the next day's)
    + r"|[A-Z][a-z]{1,15}[ \t][A-Z][a-z]{0,15}\.?(?=[ \t]{0,3}[·•|]))"
    + r"[ \t]{0,3}[·•|,–—-][ \t]{0,3}$",
    re.IGNORECASE,
)
#: The signals of chat before a day that bounds a stretch ("til the 28th"), which sets no
#: anchor (``chat_bound_signals.tsv``).
_CHAT_BOUNDS = words("chat_bound_signals")
#: What ends a post's header after its date: a colon or the end of the line.
_POST_HEADER_END = re.compile(r"[ \t]{0,3}(?::|\**[ \t]{0,3}(?:\n|$))")
_POST_HEADER_NEXT = frozenset(("", ":", "*", "\n"))


#: The attribution line of a quoted e-mail, from the line's start to the date (quote marks,
#: then "On" or a word of ``quote_attribution_leads.tsv``) and from the date's end to the
#: line's end (the sender, then "wrote:"): "On Thu, 28 Jan 2027 at 12:03, Hanna Kovač wrote:".
_QUOTE_LEAD = re.compile(
    r"[ \t>]{0,8}(?:" + alternation(sorted(words("quote_attribution_leads"))) + r")[ \t]{1,3}$",
    re.IGNORECASE,
)
_QUOTE_WROTE = re.compile(
    r"[^\n]{0,100}\b(?:" + alternation(sorted(words("quote_attribution_verbs"))) + r"):[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


def _post_stamp(text: str, start: int, end: int) -> bool:
    """Whether the expression at ``[start, end)`` dates a post of a thread: it ends the post's
    header line (``_POST_HEADER``), before a colon or the end of the line ("Reply from
    kettle_head, 2 Feb:", "Posted by beanbag_ on 28 Jan 2027", "UPDATE 2 days later: ..."), or
    it dates the attribution line of a quoted e-mail ("On Thu, 28 Jan 2027 at 12:03, Hanna
    Kovač wrote:", s30-informal: the quoted message's "tomorrow" and "EOD" were the
    publication's)."""
    # what follows past at most four spaces or tabs, in C before the regex call: a header's
    # colon, a star of bold markup, the line's end or the text's (most expressions: a word)
    if text[end : end + 4].lstrip(" \t")[:1] not in _POST_HEADER_NEXT or (
        _POST_HEADER_END.match(text, end) is None
    ):
        line = text.rfind("\n", max(0, start - 12), start) + 1
        return (
            (line > 0 or start <= 12)
            and _QUOTE_LEAD.match(text, line, start) is not None
            and _QUOTE_WROTE.match(text, end) is not None
        )
    # the header opens the expression's line, at most 72 characters before it
    line = text.rfind("\n", max(0, start - 72), start) + 1
    if line == 0 and start > 72:
        return False
    return _POST_HEADER.match(text, line, start) is not None


def _main_present(found: Clauses) -> bool:
    """Whether every tense marker of a sentence outside its relative clauses and participle
    phrases set off by commas is a present one (a plural present, "still live", may be no
    marker at all)."""
    inside = [
        (m.start(), m.end())
        for pattern in (_COMMA_RELATIVE, _COMMA_PARTICIPLE)
        for m in pattern.finditer(found.text)
    ]
    kinds = [
        k
        for p, k in zip(found.positions, found.kinds, strict=True)
        if not any(a <= p < b for a, b in inside)
    ]
    return all(k == "present" for k in kinds)


def _told_of_past(out: list[Timex], ref: datetime) -> bool:
    """Whether the last date or time the text named ended more than a year before ``ref``
    ("When I was growing up in the 1990s, ... . Today it opens for three afternoons")."""
    for t in reversed(out):
        if t.type in ("DATE", "TIME"):
            return t.interval is not None and t.interval.end <= ref - timedelta(days=366)
    return False


#: A sentence's opening "for", alone or with a word of ``signal_qualifiers.tsv`` after it: "For
#: ten days, the road has been shut", "For well over a decade, the site has been derelict".
_FRONTED_FOR = re.compile(
    rf"for(?:\s{{1,3}}{alternation(words('signal_qualifiers'))})?", re.IGNORECASE
)


#: Rules of a year counted from an anchor or the publication ("One year later", "Four years
#: ago"): an approximate year, which a month or day after it is not forced into (see the
#: engine: "One year later, on 8 April" keeps the April the story gives).
_COUNTED_OFFSETS = frozenset({"date_offset_anchor", "date_ago"})
#: What may stand between a season or year and a month inside it (see the engine).
_INSIDE_GLUE = words("inside_period_glue")
_GLUE_WORD = re.compile(r"[^\W\d_]+|\d+")
_SINCE_AFTER = re.compile(r"\s{1,3}since\b", re.IGNORECASE)
#: A period written as a hyphenated adjective, at the end of an expression: "fourth-quarter",
#: "first-half" (before a noun: :data:`_NOUN_NEXT`).
_PERIOD_ADJECTIVE = re.compile(r"-(?:quarter|half)$", re.IGNORECASE)
#: A lower-case word right after an expression.
_NOUN_NEXT = re.compile(r"\s{1,3}[a-z]")
#: A possessive "'s" and a noun after an expression: "next year's budget"; the noun phrase may
#: open with a name (s33-intervals: "Next year's Olympic budget was cut on Friday").
_POSSESSOR = re.compile(r"['’]s\s{1,3}[A-Za-z]")
#: What :data:`_POSSESSOR` opens with, tested in C before it.
_APOSTROPHES = ("'", "’")
#: A verb of how long an event lasts right before a duration without "for": "will last three
#: months" (``duration_verbs.tsv``).
_LAST_BEFORE = re.compile(
    r"\b(?:" + alternation(sorted(words("duration_verbs"))) + r")\s{1,3}$", re.IGNORECASE
)
#: "over" right before a duration it spans ("has risen 40% over three years"; "over" as
#: "more than" is in the duration's span and its mod).
_ACROSS_BEFORE = re.compile(r"\bover\s{1,3}$", re.IGNORECASE)
#: A past copula right before such a duration: "It had been three weeks since the invasion"
#: counts back from a past time, not from now.
_PAST_BEFORE = re.compile(
    r"\b(?:had\s{1,3}been|was|were)\s{1,3}(?:[\w-]{1,20}\s{1,3}){0,2}$", re.IGNORECASE
)
#: A negation before "until"/"till" in the same clause, with at most six words between them
#: (``until_negations.tsv``): "will not be known until Friday", "won't reopen until March".
_NEGATIONS = words("until_negations")
_NEGATED_UNTIL = re.compile(
    r"(?:\b"
    + alternation(sorted(w for w in _NEGATIONS if "'" not in w and "’" not in w))
    + "|"
    + alternation(sorted(w for w in _NEGATIONS if "'" in w or "’" in w))
    + r")\b"
    r"(?:\s{1,3}[\w'’-]{1,20}){0,6}\s{1,3}(?:until|till|til)\s{1,3}"
    r"(?:[\w'’-]{1,20}\s{1,3}){0,3}$",
    re.IGNORECASE,
)
#: The same negation before "before" ("will not open before 2028", "was not brought under
#: control before Tuesday": at X at the earliest, as "not until X"), but not "not long before",
#: "not shortly before" (a time just before X: ``negated_before_skips.tsv``), nor "never ...
#: before" (a first time, its time untold).
_NEGATED_BEFORE = re.compile(
    r"(?:\bnot|n't|n’t|\bcannot)\b"
    r"(?:\s{1,3}(?!" + alternation(words("negated_before_skips")) + r"\b)[\w'’-]{1,20}){0,6}"
    r"\s{1,3}before\s{1,3}(?:[\w'’-]{1,20}\s{1,3}){0,3}$",
    re.IGNORECASE,
)
#: A relative pronoun (or "that") at most two words before such a negation: the negation is
#: a relative clause's ("the shares that it doesn't already own until 5 p.m."), not the verb
#: the signal belongs to.
_RELATIVE_BEFORE = re.compile(
    r"\b(?:that|" + alternation(sorted(words("relative_pronouns"))) + r")"
    r"\s{1,3}(?:[\w'’-]{1,20}\s{1,3}){0,2}$",
    re.IGNORECASE,
)


#: "will", "shall" or the "wo" of "won't" right before the negation of a negated "until".
_FUTURE_BEFORE_NEGATION = re.compile(r"(?:\b(?:will|shall)\s{1,3}|\bwo)$", re.IGNORECASE)


def _negated_future(text: str, start: int) -> bool:
    """True if the negation before the "until" before ``start`` is of a future ("will not know
    whether it worked until", "won't hear until"): what is not known before then is still to
    come, whatever the tense of a question between them."""
    m = _NEGATED_UNTIL.search(text, max(0, start - 90), start)
    return m is not None and (
        _FUTURE_BEFORE_NEGATION.search(text, max(0, m.start() - 8), m.start()) is not None
    )


def _negated_until(text: str, start: int, kind: str = "until") -> bool:
    """True if the "until"/"till" before the expression at ``start`` follows a negation of its
    clause's verb ("will not be known until Friday", "It was not until 2019 that"): the event
    happens at the expression, not up to it (``until_negations.tsv``); with ``kind`` "before",
    a "before" after "not" or "n't" ("will not open before 2028": at 2028 at the earliest)."""
    negation = _NEGATED_BEFORE if kind == "before" else _NEGATED_UNTIL
    m = negation.search(text, max(0, start - 90), start)
    if m is None:
        return False
    word = m.start()
    while word > 0 and text[word - 1].isalpha():
        word -= 1  # "doesn't": the word that ends in "n't"
    return not _RELATIVE_BEFORE.search(text, max(0, word - 40), word)


#: "so far" before or after an expression ("so far this year", "so far in 2024", "this month
#: so far"; ``so_far_words.tsv``): the event runs from its start up to the publication day.
_SO_FAR_BEFORE = re.compile(
    r"\b" + alternation(sorted(words("so_far_words"))) + r"\s{1,3}(?:in\s{1,3})?$", re.IGNORECASE
)
#: The last words of :data:`_SO_FAR_BEFORE`'s phrases, and "in" ("so far in 2022").
_SO_FAR_ENDS = last_words([*words("so_far_words"), "in"])
_SO_FAR_AFTER = re.compile(
    r"\s{1,3}" + alternation(sorted(words("so_far_words"))) + r"\b", re.IGNORECASE
)
_SO_FAR_FIRSTS = first_letters(words("so_far_words"))

#: The words after "from X" that leave the stretch open ("from 2019 onwards", "from Monday on,";
#: ``onwards_words.tsv``; "on" only before a pause).
_ONWARDS = re.compile(
    r"\s{1,3}(?:"
    + alternation(sorted(w for w in words("onwards_words") if w != "on"))
    + r"\b|on(?=\s{0,2}(?:[,.;:!?)]|$)))",
    re.IGNORECASE,
)
#: "of" after a duration: "within a week of the attack" counts from that event, not from now.
_OF = re.compile(r"\s{1,3}of\b", re.IGNORECASE)

#: Values counted from the publication ("yesterday", "last week", "on Monday", "two days
#: ago"): after one, the story is back at the publication time.
_DEICTIC = frozenset({DayOffset, CalendarRelative, WeekdayRef, WeekendRef, SoFar, RestOf})


def _story_same_day(spec: Spec) -> bool:
    """True if ``spec`` is the day the story is at, or a part of it: "that day", "that night",
    "that same morning" (an offset of no days from the anchor)."""
    if type(spec) is PartOfDay:
        spec = spec.base
    return type(spec) is Offset and spec.base == "anchor" and spec.n == 0 and spec.unit == "day"


#: How many days told back a past perfect's "that night" looks for the night told.
_NIGHT_LOOKBACK = 12


def _told_night(p: cal.Point) -> bool:
    """Whether the day ``p`` was told with its night: a night ("tonight", "Friday night") or a
    clock time in one ("at 11.30pm", "at 2 a.m.")."""
    if p.pod == "NI":
        return True
    return p.clock is not None and (p.clock.hour >= 21 or p.clock.hour < 5)


def _last_told_night(
    before_day: dict[int, tuple[cal.Point | None, int, cal.Point | None, int]],
    day: cal.Point,
    at: int,
) -> tuple[cal.Point | None, int, cal.Point | None, int] | None:
    """The anchors as they stood when the last day told with its night before ``day`` (told at
    ``at``) was the day told, walking back through the days told (``before_day``); None if no
    day within ``_NIGHT_LOOKBACK`` steps back was told so, or it comes after ``day``."""
    for _ in range(_NIGHT_LOOKBACK):
        state = before_day.get(at)
        if state is None or state[2] is None or state[3] == at:
            return None
        told, at = state[2], state[3]
        if _told_night(told):
            return state if told.first <= day.first else None
    return None


#: A verb of ``tense_directive_verbs.tsv`` ("told", "asked", "ordered").
_DIRECTIVE = re.compile(
    rf"\b(?:{alternation(sorted(words('tense_directive_verbs')))})\b", re.IGNORECASE
)
#: ", to" and a verb right after an expression: the task of a directive ("told passengers on
#: the 7.20am flight on Thursday, to check with their airline").
_TO_VERB_AFTER = re.compile(r",?\s{1,3}to\s{1,3}(?!(?:the|a|an)\b)[a-z]{2,}\b")


def _told_ahead(out: list[Timex], weekday: int, today: date) -> bool:
    """True if a day the text named before is ``weekday`` within the week after ``today``."""
    return any(
        t.interval is not None
        and t.granularity == "day"
        and 0 < (t.interval.start.date() - today).days <= 7
        and t.interval.start.weekday() == weekday
        for t in out
    )


def _later(spec: Spec) -> bool:
    """True if ``spec`` is (or is a part of day or clock time on) a date counted forward from
    the story's time: "two years later", "the next day", "the next morning at 8"; not a few
    hours from a clock time told ("at 11 p.m. ... Three hours later")."""
    inner: object = spec
    while inner is not None:
        if type(inner) is Offset:
            return inner.base == "anchor" and inner.n > 0 and inner.unit not in _CLOCK_UNITS
        if type(inner) is MonthRef:
            # "since March 2024, when inspectors found cracks. Work did not start until the
            # following January": the January after the bound, as "a year later" is
            return inner.anchored > 0
        inner = getattr(inner, "base", None)
    return False


def _months_between(first: date, month: tuple[int, int]) -> int:
    """How many months ``month`` (year, month) lies after the month of ``first``."""
    return (month[0] - first.year) * 12 + month[1] - first.month


def _earlier(spec: Spec) -> bool:
    """True if ``spec`` counts back from the last date told: "two years earlier", "the
    previous year", "the day before", "November of the previous year", "the previous winter";
    after a range it counts from the range's start (the war of 1939 to 1945 "two years
    earlier" is 1937)."""
    if type(spec) is InAnchorYear:
        return spec.n < 0
    if isinstance(spec, SeasonRef | MonthRef):
        return spec.anchored < 0
    inner: object = spec
    while inner is not None:
        if type(inner) is Offset:
            return inner.base == "anchor" and inner.n < 0
        inner = getattr(inner, "base", None)
    return False


_DIGIT = re.compile(r"\d")
_CLOCK_UNITS = ("second", "minute", "hour")
#: A word of ``signals.tsv`` that makes the date after it (and "from") a start still to come
#: ("runs starting from May 4 to September 30"): such a range is not under way.
_STARTING = re.compile(
    r"\b(?:"
    + alternation(sorted(r[0] for r in rows("signals") if r[1:2] == ("start",)))
    + r")\s{1,3}(?:from\s{1,3})?$",
    re.IGNORECASE,
)

#: Offsets counted from the story's last day ("the day before", "a week later").
_DAY_UNITS = ("day", "week", "weekend")


def _holds(outer: cal.Point, inner: cal.Point) -> bool:
    """True if ``outer`` is a coarser unit than ``inner`` that contains it ("that winter" and
    the story's 1 December 1939)."""
    if outer.unit == inner.unit or outer.unit in ("day",) or outer.clock or outer.pod:
        return False
    return outer.first <= inner.first < cal.end_of(outer.unit, outer.first)


def _from_story_day(spec: Spec) -> bool:
    """True if ``spec`` is (or is a part of day or clock time on) a day or week counted from
    the last day the story named: "the day before", "two days later", "the next morning"; or
    a weekday of the week the story told ("inspectors visited on the Monday": s33-wire2)."""
    inner: object = spec
    while inner is not None:
        if type(inner) is Offset:
            return inner.base == "anchor" and inner.unit in _DAY_UNITS
        if type(inner) is WeekdayRef:
            return inner.told
        inner = getattr(inner, "base", None)
    return False


def unknown_digits(value: str) -> str:
    """``value`` with the digits of its date unknown: ``2035`` -> ``XXXX``, ``2022-05-15`` ->
    ``XXXX-XX-XX``, ``2021-03-11T08:00`` -> ``XXXX-XX-XXT08:00``."""
    date_part, t, clock = value.partition("T")
    return _DIGIT.sub("X", date_part) + t + clock


#: The last year of three digits a story before the era reads as that era's ("In 430").
_EARLY_YEAR_END = 1000


#: How long before the publication a news story's time must lie for the text to be telling a
#: history, whose "A year ago" sets the scene rather than a comparison.
_HISTORY = timedelta(days=3652)


def _year_back(spec: Spec) -> bool:
    """True for the year before the publication's ("a year ago", "last year")."""
    if type(spec) is Offset:
        return spec.base == "ref" and spec.unit == "year" and spec.n == -1
    return type(spec) is CalendarRelative and spec.unit == "year" and spec.n == -1


_THOUSANDS_COMMA = re.compile(r"(?<=\d),(?=\d{3})")


def _state_in_past_perfect(text: str, sentence_start: int, start: int) -> bool:
    """True if a date at ``start`` is told in the past perfect of its sentence's main clause,
    the commas of numbers aside ("had grown from about 3,000 people in the 1790s to nearly
    20,000 by 1850")."""
    clause = _THOUSANDS_COMMA.sub("", text[sentence_start:start])
    return sentence_in_past_perfect(clause, 0, len(clause))


#: How many years a state reached "by" a year ("had grown to 330,000 by 1870") may lie before
#: the event the text opened with (8 October 1871) and still be its background.
_STATE_REACH = 5


#: How many days a day of the month may lie from an anniversary's day and be of its story.
_ANNIVERSARY_REACH = 14


def _near_day(spec: CalendarDate, day_named: cal.Point, reach: int) -> bool:
    """True if day and month ``spec`` lies within ``reach`` days of the day ``day_named`` in its
    year: "8 November" of a timeline after "9 November 1927" (:data:`LEAD_REACH`), "15 July"
    after "Fifty years ago today" on 17 July 2025 (:data:`_ANNIVERSARY_REACH`)."""
    assert spec.month is not None and spec.day is not None
    try:
        day = date(day_named.first.year, spec.month, spec.day)
    except ValueError:
        return False
    return abs((day - day_named.first).days) <= reach


def _early_year_of(spec: Spec, story_year: int) -> bool:
    """True for a date or season whose year has at most three digits and is no larger than
    the year ``story_year`` before the era a story is at ("In 430" after 431 BC, "the autumn
    of 429"): a year of that era, which counts down."""
    if not isinstance(spec, CalendarDate | SeasonRef) or spec.year is None:
        return False
    return spec.year < _EARLY_YEAR_END and spec.year <= story_year


def story_end(story: cal.Point) -> date:
    """The first day after the story's time."""
    return cal.end_of(story.unit, story.first)


def _after_ref(story: cal.Point, ref: datetime) -> bool:
    """Whether a past clause cannot be told in ``story``: it begins after the publication, or
    it is a unit coarser than a day that is still under way ("... will finish some time in
    2026. Industry groups had written in the summer", published in January 2026: the summer
    before, not 2026's, which a past clause cannot tell)."""
    today = ref.date()
    return story.first > today or (story.unit != "day" and story_end(story) > today)


def _deictic(spec: Spec) -> bool:
    """Whether ``spec`` is counted from the publication: "yesterday", "last week", "two years
    ago", and a month or season of a year so named ("June last year", "last autumn", "the
    autumn of last year", "last September"), after which a bare month is the publication's
    again ("met again last autumn, and in January officials said ..." = this January, not the
    background's)."""
    return (
        type(spec) in _DEICTIC
        or (type(spec) is Offset and spec.base == "ref")
        or type(spec) is MonthOfYear
        # "Back in 2019 ... Fast forward to last September. We flew out on 12 September": a
        # month named from the publication, after which the story is the publication's again
        or (type(spec) is MonthRef and not spec.anchored)
        or (
            type(spec) is SeasonRef
            and spec.year is None
            and not spec.anchored
            and (spec.n is not None or spec.of_year is not None)
        )
    )


# Not frozen, unlike the values: a record built for every match or resolution of a tagging
# pass, where a frozen class's __init__ costs about twice as much (see frozen.py); nothing
# assigns to one after it is built.
@dataclass(slots=True, unsafe_hash=True)
class _Candidate:
    start: int
    end: int
    order: int
    rule: Rule
    found: Found


def _without_final_period(
    text: str, sentences: Sentences, c: _Candidate, alone: bool = False
) -> _Candidate:
    """A candidate of chat without the period that ends its sentence after a word written
    without one ("goes in at 6am thurs. my mother in law lands", "until 9pm sat. temps could
    hit 34C": the period is the sentence's; "9 a.m." and "jan." before a capital keep theirs,
    as the chat splitter does not end a sentence there, and so does "thu." at the end of a
    line, in chat; outside chat, where a lower-case abbreviation is rare, ``alone`` gives the
    period to the sentence there too: "Castleford away next sat.", "off since last wed.")."""
    if text[c.end - 1] != "." or c.end - c.start < 3 or not text[c.end - 2].isalpha():
        return c
    word = text[c.start : c.end - 1].rsplit(None, 1)[-1]
    first, last = sentences.around(c.end - 1)
    if "." in word or not word.islower() or last != c.end:
        return c
    if (
        not alone
        and _WORD_AFTER.match(text, c.end) is None
        and _WORDS_BEFORE.search(text, first, c.start) is None
    ):
        # "thu." alone, at the end of a line: nothing says whose period it is; after a
        # sentence's words ("need to do the tidy up on sun." at the end of a post) it is the
        # sentence's (s37-informal2, blind text 1009)
        return c
    return _Candidate(c.start, c.end - 1, c.order, c.rule, c.found)


#: Three words in a row, lower case among them: a sentence that a lower-case abbreviation with
#: a period ends (:func:`_without_final_period`), not a list's label ("Shift: thu.").
_WORDS_BEFORE = re.compile(r"\b[A-Za-z'’]{1,15}[ \t]{1,3}[a-z'’]{1,15}[ \t]{1,3}[a-z'’]{1,15}\b")


#: "first thing" (``part_words.tsv``: the start of a day, "first thing Monday") after a
#: determiner, where it is a noun phrase: "The first thing Monday's meeting did".
_FIRST_THING = re.compile(r"first\s{1,3}thing\s{1,3}(?:on\s{1,3})?", re.IGNORECASE)
_FIRST_THING_NOUN = re.compile(
    r"\b(?:the|a|my|his|her|its|our|your|their|every|very)\s{1,3}$", re.IGNORECASE
)


def _first_thing_noun(text: str, c: _Candidate) -> _Candidate:
    """A candidate that opens with "first thing" after a determiner, without it: the day alone
    ("The first thing Monday's meeting did" = "Monday"), as "first thing" there is the noun
    phrase, not the start of the day ("call first thing Monday")."""
    part = _FIRST_THING.match(text, c.start)
    if part is None or not _FIRST_THING_NOUN.search(text, max(0, c.start - 8), c.start):
        return c
    return replace(c, start=part.end(), found=replace(c.found, mod=None))


#: The mark between the clock times of one moment told in several zones ("8pm ET / 5pm PT /
#: 1am BST", "3pm ET (8pm BST)", "9pm CET | 8pm UK").
_ZONE_LIST_GAP = re.compile(r"[ \t]{0,3}[/|(][ \t]{0,3}")
#: A clock time with its zone and nothing else (no day of its own): "1am BST", "20:00 CET".
_ZONED_CLOCK = re.compile(
    r"\d{1,2}(?:[:.][0-5]\d)?[ \t]?(?:[ap]\.?m\.?)?[ \t]{0,2}[A-Z]{2,5}", re.IGNORECASE
)


def _same_moment(text: str, out: list[Timex]) -> list[Timex]:
    """The clock times of one moment told in several zones, one after the other with a slash,
    a bar or a bracket between them ("Raid night is this fri! We form up at 8pm ET / 5pm PT /
    1am BST"): a later one that names only its clock and zone, and whose wall-clock time is
    the earlier one's moment in its zone, is on that moment's day there (1am BST is the
    Saturday's when 8pm ET is Friday's), not on the day the text named."""
    result = out
    for i in range(1, len(out)):
        this = result[i]
        if this.type != "TIME" or not this.text[-1:].isupper():
            continue  # most: no clock time ending with its zone
        before = result[i - 1]
        if (
            before.type != "TIME"
            or before.interval is None
            or this.interval is None
            or _ZONE_LIST_GAP.fullmatch(text, before.end, this.start) is None
            or _ZONED_CLOCK.fullmatch(this.text) is None
        ):
            continue
        start = this.interval.start
        if before.interval.start.utcoffset() == start.utcoffset():
            continue  # one zone: no moment to carry over
        moment = before.interval.start.astimezone(start.tzinfo)
        if (moment.hour, moment.minute) != (start.hour, start.minute) or moment == start:
            continue  # another time, or the same day already
        day = start.date().isoformat()
        if not this.value.startswith(day):
            continue
        shift = moment.replace(tzinfo=None) - start.replace(tzinfo=None)
        if result is out:
            result = list(out)
        result[i] = replace(
            this,
            value=moment.date().isoformat() + this.value[len(day) :],
            interval=Interval(start + shift, this.interval.end + shift),
        )
    return result


def as_reference(reference: datetime | date) -> datetime:
    """A timezone-aware reference datetime: naive = UTC, a date = midnight UTC."""
    if isinstance(reference, datetime):
        return reference if reference.tzinfo is not None else reference.replace(tzinfo=UTC)
    if isinstance(reference, date):
        return datetime.combine(reference, time(0), tzinfo=UTC)
    raise TypeError(f"reference must be a date or datetime, not {type(reference).__name__}")


#: How far around a trigger a rule's match may reach (characters): "at least the past 18
#: months" starts 14 characters before its trigger "months".
_BACK, _AHEAD = 40, 32
_WORD_TAIL = re.compile(r"[\w'’.-]{0,40}")
#: The same on ASCII text, written out: a set of ASCII characters the regex engine tests with a
#: bitmap, not a test of the Unicode category of ``\w`` per character.
_ASCII_WORD_TAIL = re.compile(r"[A-Za-z0-9_'.-]{0,40}")


def _compile_triggers() -> tuple[list[tuple[int, re.Pattern[str]]], list[list[tuple[int, Rule]]]]:
    """The distinct trigger regexes and, for each, the rules it triggers."""
    groups: dict[str, list[tuple[int, Rule]]] = {}
    for order, rule in enumerate(RULES):
        groups.setdefault(rule.trigger, []).append((order, rule))
    triggers = [(i, re.compile(t, re.IGNORECASE)) for i, t in enumerate(groups)]
    return triggers, list(groups.values())


_TRIGGERS, _TRIGGERED = _compile_triggers()
#: Any trigger at all: most words fire none, and this settles them in one call.
_ANY_TRIGGER = re.compile("|".join(f"(?:{r.pattern})" for _, r in _TRIGGERS), re.IGNORECASE)
#: Splits a text into separators and words (``\w+``), keeping both.
_TOKEN_SPLIT = re.compile(r"(\w+)")
_SPACE_BYTE = ord(" ")
#: Each ASCII byte that is not a word character (``\w``) -> a space (``bytes.translate``: a
#: table lookup per byte, about half the instructions of ``str.translate`` with a mapping).
_SPACE_NON_WORD = bytes(
    c if c >= 128 or chr(c).isalnum() or chr(c) == "_" else _SPACE_BYTE for c in range(256)
)


def _words(block: str, offset: int) -> tuple[list[str], list[int]]:
    r"""The words (``\w+``) of ``block`` and where each starts, ``block`` being the text from
    ``offset`` on. All in C: an ASCII block, its bytes with the non-word characters made
    spaces, is cut at its spaces (``str.split``), and its words start where a space is
    followed by a word character, found with numpy on those bytes after a space (a word that
    opens the block starts after it too; position ``p`` of the block is ``p + 1`` there), about
    half the instructions of summing the lengths of the parts between single spaces; another
    block with ``re.split`` (separator, word, ...)."""
    if block.isascii():
        spaced = block.encode("ascii").translate(_SPACE_NON_WORD)
        in_word = np.frombuffer(b" " + spaced, np.uint8) != _SPACE_BYTE
        starts = np.flatnonzero(in_word[1:] > in_word[:-1])
        if offset:  # a block after the first of a long text
            starts += offset
        return spaced.decode("ascii").split(), starts.tolist()
    parts = _TOKEN_SPLIT.split(block)  # separator, word, ..., word, separator
    ends = list(accumulate(map(len, parts), initial=offset))
    return parts[1::2], ends[1 : len(parts) - 1 : 2]


_NON_WORD = re.compile(r"\W")
#: 0, 1, 2, ...: word indices taken from a list, not made one int at a time by a range (a
#: block of :data:`_BLOCK` characters has fewer words).
_INDICES = list(range(1 << 15))
_MAX_INDEX = len(_INDICES)
#: Characters per block when a long text's words are looked up (see :func:`_windows`).
_BLOCK = 1 << 14
#: token (lower case) -> the trigger groups it fires; tokens repeat a lot across texts.
_TOKEN_GROUPS: dict[str, tuple[int, ...]] = {}


def _groups_of(token: str) -> tuple[int, ...]:
    key = token.lower()
    groups = _TOKEN_GROUPS.get(key)
    if groups is None:
        if _ANY_TRIGGER.match(key) is None:
            groups = ()
        else:
            groups = tuple(i for i, regex in _TRIGGERS if regex.match(key))
        if len(key) <= 32 and len(_TOKEN_GROUPS) < 200_000:
            _TOKEN_GROUPS[key] = groups
            _TOKEN_GROUPS[token] = groups
    return groups


class _KeyCache(dict[str, str]):
    """Token as written -> its :func:`~timeline.temporal.rule.word_key`, computed by
    ``__missing__`` the first time (bounded like the caches above: tokens repeat a lot across
    texts): ``map(cache.__getitem__, words)`` looks up every word in C and calls Python only
    for a token not seen yet, with no scan of the result for the missing ones."""

    def __missing__(self, word: str) -> str:
        key = word_key(word)
        if len(word) <= 32 and len(self) < 200_000:
            self[word] = key
        return key


_KEYS = _KeyCache()


def _keys_of(words: list[str]) -> list[str]:
    """The :func:`~timeline.temporal.rule.word_key` of each word, from :data:`_KEYS`."""
    return list(map(_KEYS.__getitem__, words))


class _FiredCache(dict[str, tuple[int, ...]]):
    """Token as written -> the groups of ``active`` (all if None) it fires, computed by
    ``__missing__`` the first time (see :class:`_KeyCache`)."""

    def __init__(self, active: frozenset[int] | None) -> None:
        super().__init__()
        self.active = active

    def __missing__(self, token: str) -> tuple[int, ...]:
        return _active_groups_of(token, self.active, self)


#: Per set of active groups (None: all), token as written -> the active groups it fires.
_FIRED: dict[frozenset[int] | None, _FiredCache] = {}


def _active_groups_of(
    token: str, active: frozenset[int] | None, cache: dict[str, tuple[int, ...]]
) -> tuple[int, ...]:
    """The groups of :data:`active` (all if None) that ``token`` fires, cached in ``cache``."""
    groups = tuple(g for g in _groups_of(token) if active is None or g in active)
    if len(token) <= 32 and len(cache) < 200_000:
        cache[token] = groups
    return groups


def _active_groups(document: str) -> frozenset[int]:
    """The trigger groups with a rule that runs on ``document`` (colloquial rules do not run on
    news: their trigger words need no window there)."""
    return frozenset(
        g
        for g, rules in enumerate(_TRIGGERED)
        if any(not rule.documents or document in rule.documents for _, rule in rules)
    )


_ACTIVE = {doc: _active_groups(doc) for doc in ("news", "narrative", "colloquial")}
#: Per document type, per trigger group, the rules that run on it.
_RULES_FOR = {
    doc: [
        [(order, rule) for order, rule in rules if not rule.documents or doc in rule.documents]
        for rules in _TRIGGERED
    ]
    for doc in ("news", "narrative", "colloquial")
}


def _windows(text: str, active: frozenset[int] | None = None) -> dict[int, list[tuple[int, int]]]:
    r"""Per trigger group, merged ``[start, end)`` windows around the words that fire it; a
    window never ends inside a word (the rules' ``(?!\w)`` must see the real next character).
    See :func:`_trigger_windows`."""
    work, _ = _trigger_windows(text, active)
    return {g: [(w[0], w[1]) for w in spans] for g, spans in work.items()}


def _trigger_windows(
    text: str, active: frozenset[int] | None = None
) -> tuple[dict[int, list[list[int]]], _TextWords]:
    r"""The windows of :func:`_windows` as ``[start, end, first, last, reach]``, where words
    ``first`` to ``last - 1`` start in the window no later than its last trigger word and
    ``reach`` is where its first trigger word ends; and the words of the text
    (:class:`_TextWords`: where each starts, its key, the word as written).

    The text is split into words and their offsets in C (:func:`_words`), and the trigger
    groups of all words are looked up at once in the cache; Python code runs only for the few
    words that fire a trigger. A long text is split in blocks of about :data:`_BLOCK`
    characters, each cut just after a non-word character (so no word is cut), which keeps the
    lists small and the cost per character the same at any length.
    """
    # each group's windows, by group (a list indexed in the bytecode, no dict's ``get`` call
    # per trigger word and group), and the groups in the order they first fired
    by_group: list[list[list[int]] | None] = [None] * len(_TRIGGERED)
    fired_groups: list[int] = []
    starts: list[int] = []
    keys: list[str] = []
    all_words: list[str] = []
    cache = _FIRED.get(active)
    if cache is None:
        cache = _FIRED[active] = _FiredCache(active)
    fired_of = cache.__getitem__
    n = len(text)
    tail = _ASCII_WORD_TAIL.match if text.isascii() else _WORD_TAIL.match
    lo = 0
    while lo < n:
        cut = _NON_WORD.search(text, lo + _BLOCK) if lo + _BLOCK < n else None
        hi = cut.end() if cut else n
        words, word_starts = _words(text[lo:hi], lo)
        fired = list(map(fired_of, words))  # most words are cached as written
        base = len(starts)
        starts += word_starts
        keys += _keys_of(words)
        all_words += words
        for k in compress(_INDICES, fired):  # fired is shorter: a block has fewer words
            start = word_starts[k]
            word_end = start + len(words[k])
            start = start - _BACK if start > _BACK else 0
            end = word_end + _AHEAD
            end = tail(text, end if end < n else n).end()  # type: ignore[union-attr]
            first = -1
            last = base + k + 1
            for g in fired[k]:
                spans = by_group[g]
                if spans is None:
                    first = bisect_left(starts, start, 0, last) if first < 0 else first
                    by_group[g] = [[start, end, first, last, word_end]]
                    fired_groups.append(g)
                    continue
                window = spans[-1]
                if start <= window[1]:
                    if end > window[1]:
                        window[1] = end
                    window[3] = last
                else:
                    if first < 0:
                        first = bisect_left(starts, start, 0, last)
                    spans.append([start, end, first, last, word_end])
        lo = hi
    out = {g: spans for g in fired_groups if (spans := by_group[g]) is not None}
    return out, _TextWords(text, starts, keys, all_words)


#: How far before a window any rule may look back (the rules' lookbehinds).
_REACH_BACK = max(rule.reach_back for rule in RULES)


def _plain(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is text on which a rule's ASCII variant matches as the rule
    does (see :func:`~timeline.temporal.rule.ascii_variant`)."""
    return is_plain(text[max(0, start) : end])


def _candidates(text: str, windowed: bool = True, document: str = "news") -> list[_Candidate]:
    """Every rule's matches that its build accepts, among the rules for ``document`` (a type
    of :data:`~timeline.temporal.narrative.DOCUMENT_TYPES`, which the builds may read from
    :data:`~timeline.temporal.rule.DOCUMENT`). ``windowed=False`` scans the whole text with
    every rule (slow; a test checks both ways agree)."""
    return _candidates_and_words(text, windowed, document)[0]


def _candidates_and_words(
    text: str, windowed: bool = True, document: str = "news"
) -> tuple[list[_Candidate], _TextWords]:
    """:func:`_candidates` and the words of the text it found them in (:class:`_TextWords`;
    none when not ``windowed``), which the tense of a sentence reuses
    (:func:`_sentence_tokens`)."""
    token = DOCUMENT.set(document)
    try:
        return _rule_candidates(text, windowed, document)
    finally:
        DOCUMENT.reset(token)


def _sentence_tokens(
    words: _TextWords, sentence: str, start: int
) -> tuple[list[str], list[int]] | None:
    r"""The tokens of ``sentence`` (the text of ``words`` from ``start`` on) as
    :class:`~.tense.Clauses` cuts them (lower case, ``[\w'’]{1,40}``) and where each starts in
    the sentence, taken from the words the rules were matched on instead of cutting the
    sentence again: on an ASCII sentence with no apostrophe, whose edges cut no word and whose
    words are at most 40 characters long, the two are the same words (``\w+``). None for
    another sentence (the tense cuts it itself). About a third of the instructions of cutting
    it (two sentences in three qualify in news)."""
    if "'" in sentence or not sentence.isascii():
        return None
    end = start + len(sentence)
    starts, as_written = words.starts, words.words
    lo = bisect_left(starts, start)
    hi = bisect_left(starts, end, lo)
    if lo > 0 and starts[lo - 1] + len(as_written[lo - 1]) > start:
        return None  # a word runs into the sentence from before it
    found = as_written[lo:hi]
    if found and (starts[hi - 1] + len(found[-1]) > end or max(map(len, found)) > 40):
        return None  # a word runs on past the sentence's end, or the tense would cut it
    return list(map(str.lower, found)), list(map(start.__rsub__, starts[lo:hi]))


def _rule_candidates(
    text: str, windowed: bool, document: str
) -> tuple[list[_Candidate], _TextWords]:
    out = []
    if windowed:
        work, text_words = _trigger_windows(text, _ACTIVE.get(document))
    else:
        work = {name: [[0, len(text), 0, 0, 0]] for name in range(len(_TRIGGERED))}
        text_words = _TextWords(text, [], [], [])
    starts = text_words.starts
    chat = document == "colloquial"
    # an ASCII text (the usual case) is scanned with each rule's ASCII variant, which finds
    # the same matches faster; another text only where a window and what the rules may look
    # back at from it are ASCII
    plain = text_words.plain
    for names, windows in _same_windows(work):
        rules, first_word_rules = _rules_of(document, names)
        tried = _tried_words(first_word_rules, windows, text_words) if windowed else None
        lasts: list[int] | None = None  # the ``last`` of each window
        # the rules tried at their first words run only where _tried_words found a word
        # (most find none), the others in every window; in the order of the rules
        if tried is None:
            slots: Iterable[int] = range(len(rules))
        elif tried:
            slots = sorted([*tried, *first_word_rules.others])
        else:
            slots = first_word_rules.others
            if not slots:
                continue  # half the groups of a text: no rule to try in their windows
        ascii_ok = (
            [True] * len(windows)
            if plain
            else [_plain(text, w[0] - _REACH_BACK, w[1]) for w in windows]
        )
        for slot in slots:
            order, rule = rules[slot]
            if rule.text_start and windows[0][0] > 0:
                continue  # a match opens the text, and no window does
            build = rule.build
            places = tried.get(slot) if tried else None
            if places is not None:
                if lasts is None:
                    lasts = list(map(_LAST, windows))
                matches = _first_word_matches(text, rule, places, windows, lasts, ascii_ok, starts)
            else:
                matches = _window_matches(text, rule, windows, ascii_ok, text_words, windowed)
            for m in matches:
                nl = text.find("\n", m.start(), m.end())
                if nl >= 0:
                    # a line of chat is a message of its own: "til 3pm\nsat closed" is "3pm"
                    # (and "sat" of the next line), the match cut where its line ends; in any
                    # text a blank line ends a paragraph, a heading or an item ("On this day:
                    # 14 July\n\n1789: ..." is the day and the year apart)
                    if not chat:
                        blank = _BLANK_LINE.search(text, nl, m.end())
                        if blank is not None:
                            nl = blank.start()
                        elif not _row_clock_end(text, m.start(), nl):
                            nl = -1
                    if nl >= 0:
                        cut = rule.regex.match(text, m.start(), nl)
                        if cut is None:
                            continue
                        m = cut
                found = build(m)
                if found is None:
                    continue
                if found.mod is not None and (after := _lateness_end(m)) is not None:
                    # "two hours late on Friday": the part word is the lateness, the match
                    # is read again without it
                    again = rule.regex.match(text, after)
                    if again is None or (found := build(again)) is None:
                        continue
                    m = again
                start, end = m.start() + found.trim_start, m.end() - found.trim_end
                if start < end:
                    out.append(_Candidate(start, end, order, rule, found))
    return out, text_words


#: What follows the part word "late" or "early" of a match before its date: a space or a
#: hyphen, and "on" after the part of :data:`~.rules.common.MODP_ON` ("late on Friday").
_PART_GAP = re.compile(r"[\s-]{0,3}(?:on\s{1,3})?")


def _lateness_end(m: re.Match[str]) -> int | None:
    """Where the match ``m`` goes on after its part word, if that part is a "late" or "early"
    that follows a unit of time ("a day late this week", "ten minutes late this morning",
    "two hours late on Friday": how late something was, no end of the week, the morning or
    Friday); else None."""
    groups = m.re.groupindex
    for name in ("part", "onpart"):
        if name in groups and m.start(name) == m.start():
            if m.group(name).lower() in ("late", "early") and lateness(m.string, m.start()):
                gap = _PART_GAP.match(m.string, m.end(name))
                return gap.end() if gap is not None else m.end(name)
    return None


#: Half a year: a chat range of days read ahead that far may be the one under way.
_HALF_YEAR = timedelta(days=182)
#: A declaration of the zone of every time of a text: "(all times UTC)", "All times are
#: Eastern time", "all times in GMT" (UTC, GMT, Z or a word of ``zone_names.tsv``).
_ZONE_NAMED = sorted(r[0] for r in rows("zone_names") if r[1:] and "/" in r[1])
_DECLARED_ZONE = re.compile(
    r"\ball\s{1,3}times\s{1,3}(?:are\s{1,3}|in\s{1,3})?(?:(?P<utc>UTC|GMT|Z|Zulu)\b"
    rf"|(?P<zone>{alternation(_ZONE_NAMED)})\b)",
    re.IGNORECASE,
)


#: What every match of :data:`_DECLARED_ZONE` holds in an ASCII text once lower-cased: opening
#: with a literal, a search the regex engine runs in a plain character loop (the declaration
#: itself, tried at every character, costs several times more).
_ALL_TIMES = re.compile(r"all\s{1,3}times")


def _declared_zones(text: str) -> list[tuple[int, str]]:
    """Where the text declares the zone of all its times, and that zone ("UTC" or IANA)."""
    if "times" not in text and "Times" not in text:
        return []
    if text.isascii() and _ALL_TIMES.search(text.lower()) is None:
        return []  # "three times", "The New York Times": no declaration to look for
    out = []
    for m in _DECLARED_ZONE.finditer(text):
        if m.group("utc"):
            out.append((m.end(), "UTC"))
        else:
            out.append((m.end(), lookup("zone_names", m.group("zone"))))
    return out


def _declared_zone(declared: list[tuple[int, str]], at: int) -> str | None:
    """The zone the last declaration before ``at`` gives, or None."""
    zone = None
    for end, z in declared:
        if end > at:
            break
        zone = z
    return zone


#: A blank line, which no expression runs across.
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
#: A clock time that ends its line ("...   20:30", "..., 7.30pm").
_LINE_CLOCK_END = re.compile(r"(?:\d[:.h]\d\d|\d\s?[ap]\.?m\.?)[ \t]*$", re.IGNORECASE)
#: A day written in a row of a table or a listing: a weekday, "15 Mar", "March 15".
_ROW_DAY = re.compile(
    rf"(?<![\w.])(?:{WEEKDAY_ANY})(?!\w)|\d{{1,2}}(?:st|nd|rd|th)?\s{{1,3}}(?:{MONTH})(?!\w)"
    rf"|(?<![\w.])(?:{MONTH})\s{{1,3}}\d{{1,2}}(?!\d)",
    re.IGNORECASE,
)


def _row_clock_end(text: str, start: int, nl: int) -> bool:
    """True if the match at ``start`` runs across the line break at ``nl`` from a clock time
    that ends a row with a day of its own before it ("Fri 15 Mar   Tondela v Chaves   20:30\nSat
    16 Mar ..."): the time is its row's, cut where the line ends, and the next line's day is
    the next row's (s30-wire, blind text 600). Hard-wrapped prose with no day on the clock
    time's line runs on ("open at 7pm\non Friday 20 May")."""
    if _LINE_CLOCK_END.search(text, max(start, nl - 12), nl) is None:
        return False
    return _ROW_DAY.search(text, text.rfind("\n", 0, start) + 1, start) is not None


def _same_windows(
    work: dict[int, list[list[int]]],
) -> list[tuple[tuple[int, ...], list[list[int]]]]:
    """The trigger groups of ``work`` with their windows, the groups whose windows are the
    same (start, end, words and first trigger word: compared in C) put together, in the order
    of ``work``: a third of the groups of a text share their windows with another (a number
    fires several groups), and the rules of groups put together are tried in one pass over
    the windows' words (:func:`_tried_words`). Which rule is tried where does not change, nor
    what it finds; the candidates come in another order, which :func:`_select` does not read
    (it sorts them by length, priority, rule and start, and no two are the same on all
    four)."""
    together: dict[tuple[int, int, int, int], list[tuple[list[int], list[list[int]]]]] = {}
    out: list[tuple[list[int], list[list[int]]]] = []
    for name, windows in work.items():
        shape = (len(windows), windows[0][0], windows[-1][1], windows[0][4])
        alike = together.get(shape)
        if alike is None:
            entry: tuple[list[int], list[list[int]]] = ([name], windows)
            together[shape] = [entry]
            out.append(entry)
            continue
        for names, same in alike:
            if same == windows:
                names.append(name)
                break
        else:
            entry = ([name], windows)
            alike.append(entry)
            out.append(entry)
    return [(tuple(names), windows) for names, windows in out]


#: Per document type and tuple of trigger groups, their rules (one list, group after group)
#: and its :class:`_GroupStarts` (see :func:`_rules_of`).
_GROUPS_RULES: dict[tuple[str, tuple[int, ...]], tuple[list[tuple[int, Rule]], _GroupStarts]] = {}


def _rules_of(document: str, names: tuple[int, ...]) -> tuple[list[tuple[int, Rule]], _GroupStarts]:
    """The rules of the trigger groups ``names`` that run on ``document`` (those of each
    group in turn) and their :class:`_GroupStarts`; for several groups made the first time
    and kept (bounded: the groups that share windows in a text are few of all tuples)."""
    if len(names) == 1:
        return _RULES_FOR[document][names[0]], _FIRST_WORD_RULES[document][names[0]]
    made = _GROUPS_RULES.get((document, names))
    if made is None:
        rules = [rule for name in names for rule in _RULES_FOR[document][name]]
        made = (rules, _GroupStarts(rules))
        if len(_GROUPS_RULES) < 10_000:
            _GROUPS_RULES[(document, names)] = made
    return made


class _TextWords:
    """The words of a text (``\\w+``, as :func:`_words` cuts them): where each ``starts``,
    its key (``keys``, :func:`~timeline.temporal.rule.word_key`) and the word as written
    (``words``); ``plain`` if the text is one on which follow pairs hold
    (:func:`~timeline.temporal.rule.is_plain`); and ``pairs``, by word index, the word's
    follow pair and the start of the next word's key (None until made), filled by
    :func:`_tried_words` the first time a word is tried (a few words of a text are tried, often
    by several trigger groups; a list indexed in the bytecode, not a dict's ``get`` call)."""

    __slots__ = ("text", "starts", "keys", "words", "plain", "pairs")

    def __init__(self, text: str, starts: list[int], keys: list[str], words: list[str]) -> None:
        self.text, self.starts, self.keys, self.words = text, starts, keys, words
        self.plain = is_plain(text)
        self.pairs: list[tuple[str, str] | None] = [None] * len(keys)


#: The spaces after a word and the first character after them that is not a space, on ASCII
#: text (``\s`` of ``re.ASCII``); "" at the end of the text.
_AFTER_SPACES = re.compile(r"\s*(\S?)", re.ASCII)
#: How many characters after a word :func:`_tried_words` strips of spaces before it asks
#: :data:`_AFTER_SPACES` (rarely: a longer run of spaces).
_LOOK = 16
#: What a follow pair (:class:`_TextWords`) has after a word's key on a text that is not ASCII.
_NOT_ASCII = "\u2400"


class _GroupStarts(dict[str, tuple[tuple[int, frozenset[str] | None], ...]]):
    """The rules of a trigger group (for a document type) tried at their first words: a
    rule whose matches start a word and whose
    :attr:`~timeline.temporal.rule.Rule.first_words` are told. ``words`` is the union of
    their first words; a follow pair (:func:`_tried_words`) -> the slots (places in the group's
    list of rules) of those rules that may start a match at a word with that pair: its key is
    one of the rule's first words and, on ASCII text, the character after it one its
    :attr:`~timeline.temporal.rule.Rule.follow_pairs` allow ("5" before "/" for
    ``date_slash``, not every number; "May" before a digit, not "May was"); each with the
    keys of the words that may come next (its
    :attr:`~timeline.temporal.rule.Rule.second_words` of that first word, None for any: "5"
    of ``duration_num_unit`` before "years", not before "percent"), which
    :func:`_tried_words` tests (the next word is not in the pair: the pairs stay few, and a
    text of new words does not fill the cache). Computed by ``__missing__`` the first time
    (bounded like the word caches)."""

    def __init__(self, rules: list[tuple[int, Rule]]) -> None:
        super().__init__()
        self.rules = [
            (slot, rule.first_words, rule.follow_pairs, rule.second_words)
            for slot, (_, rule) in enumerate(rules)
            if rule.word_start and rule.first_words is not None
        ]
        self.words = frozenset().union(*(told for _, told, _, _ in self.rules))
        tried = {slot for slot, _, _, _ in self.rules}
        #: the slots of the other rules, tried in every window (:func:`_window_matches`)
        self.others = tuple(slot for slot in range(len(rules)) if slot not in tried)

    def __missing__(self, pair: str) -> tuple[tuple[int, frozenset[str] | None], ...]:
        key, _, after = pair.partition(" ")
        slots = tuple(
            (slot, None if seconds is None else seconds.get(key))
            for slot, told, pairs, seconds in self.rules
            if key in told and (pairs is None or after == _NOT_ASCII or after in pairs.get(key, ()))
        )
        if len(pair) <= 34 and len(self) < 200_000:
            self[pair] = slots
        return slots


#: Per document type, per trigger group, its :class:`_GroupStarts`.
_FIRST_WORD_RULES = {
    doc: [_GroupStarts(rules) for rules in by_group] for doc, by_group in _RULES_FOR.items()
}


def _tried_words(
    group: _GroupStarts, windows: list[list[int]], text_words: _TextWords
) -> dict[int, list[int]]:
    """For the rules of ``group`` tried at their first words, by slot: the indices (in text
    order) of the words of ``windows`` (disjoint, in text order, as :func:`_trigger_windows`
    makes them) at which a match may start, by their keys and follow pairs; a rule with no
    such word has no entry. The words of the windows are put together with a range and a
    slice per window; those whose key is a first word of some rule of the group are found in
    C, and Python runs once per such word, not per rule.

    A word's follow pair (its key, a space, the first character after it that is not a
    space) and the first :data:`~timeline.temporal.rule.SECOND_PREFIX` characters of the next
    word's key ("" after the last word), against the rules' second words, are made here, in
    the loop, and kept in ``text_words.pairs`` for the other groups:
    a method called from C per word (a ``__missing__``) and a regex call per word cost
    several times the slice and strip that find the character."""
    words = group.words
    if not words:
        return {}
    keys = text_words.keys
    if len(windows) == 1:  # most often: no list of the windows' words and indices to make
        first, last = windows[0][2], windows[0][3]
        window_keys = keys[first:last]
        if words.isdisjoint(window_keys):
            return {}  # no word of the window can start a match (in C)
        indices: Iterable[int] = _INDICES[first:last] if last <= _MAX_INDEX else range(first, last)
    else:
        window_keys = []
        for window in windows:
            window_keys += keys[window[2] : window[3]]
        if words.isdisjoint(window_keys):
            return {}  # no word of the windows can start a match (in C)
        indices = []
        for window in windows:  # made only when some word may start a match
            first, last = window[2], window[3]
            indices += _INDICES[first:last] if last <= _MAX_INDEX else range(first, last)
    hits = list(compress(indices, map(words.__contains__, window_keys)))
    tried: dict[int, list[int]] = {}
    known = text_words.pairs
    text, starts, as_written = text_words.text, text_words.starts, text_words.words
    plain, n, n_words = text_words.plain, len(text), len(keys)
    for i in hits:
        seen = known[i]
        if seen is None:
            if plain:
                # the first character after the word and its spaces: on plain text
                # str.strip's spaces are those of ``\s`` (re.ASCII), see is_plain
                end = starts[i] + len(as_written[i])
                after = text[end : end + _LOOK].lstrip()[:1]
                if not after and end + _LOOK < n:  # more spaces than _LOOK
                    after = _AFTER_SPACES.match(text, end).group(1)  # type: ignore[union-attr]
            else:
                after = _NOT_ASCII
            second = keys[i + 1][:SECOND_PREFIX] if i + 1 < n_words else ""
            seen = known[i] = (f"{keys[i]} {after}", second)
        pair, second = seen
        for slot, seconds in group[pair]:
            if seconds is not None and second not in seconds:
                continue  # no match of this rule has that word after this one
            places = tried.get(slot)
            if places is None:
                tried[slot] = [i]
            else:
                places.append(i)
    return tried


def _first_word_matches(
    text: str,
    rule: Rule,
    places: list[int],
    windows: list[list[int]],
    lasts: list[int],
    ascii_ok: list[bool],
    starts: list[int],
) -> list[re.Match[str]]:
    """What finditer finds in each window for a rule whose matches start a word, tried only
    where a match can start: at the words ``places`` (:func:`_tried_words`: their key is one
    of the rule's :attr:`~timeline.temporal.rule.Rule.first_words` and, on ASCII text, the
    character after them one its follow pairs allow), no later than the last trigger word of
    the window and no farther than the rule's longest match before the end of its first one
    (every match contains a trigger word); the window of word ``i`` is the first whose
    ``last`` (in ``lasts``) is above ``i``."""
    width, fast = rule.max_width, rule.ascii_regex
    matches = []
    pos = 0  # the windows are disjoint: a match never reaches into the next one
    if len(windows) == 1:  # most often: every place is in it, no search for its window
        w_end, low = windows[0][1], windows[0][4] - width
        match = (fast if fast is not None and ascii_ok[0] else rule.regex).match
        for i in places:
            p = starts[i]
            if p >= pos and p >= low and (m := match(text, p, w_end)) is not None:
                matches.append(m)
                pos = m.end()
        return matches
    for i in places:
        p = starts[i]
        if p < pos:
            continue
        j = bisect_right(lasts, i)
        w_end, reach = windows[j][1], windows[j][4]
        if p < reach - width:
            continue
        scan = fast if fast is not None and ascii_ok[j] else rule.regex
        if (m := scan.match(text, p, w_end)) is not None:
            matches.append(m)
            pos = m.end()
    return matches


_LAST = itemgetter(3)


def _window_matches(
    text: str,
    rule: Rule,
    windows: list[list[int]],
    ascii_ok: list[bool],
    text_words: _TextWords,
    windowed: bool,
) -> list[re.Match[str]]:
    """What finditer finds in each window for any rule: at every character, or for a rule
    whose matches start a word (and whose first words are not told), at the word starts with
    a character that can start a match (see :func:`_first_word_matches`); on an ASCII window,
    for a rule whose matches start a word or one of its
    :attr:`~timeline.temporal.rule.Rule.start_marks` ("@"), there too, and of the word starts
    only those whose key is one of its :attr:`~timeline.temporal.rule.Rule.mark_words` when
    they are told."""
    regex, fast = rule.regex, rule.ascii_regex
    starts, keys = text_words.starts, text_words.keys
    told = rule.mark_words if windowed else None
    by_word, width, firsts = windowed and rule.word_start, rule.max_width, rule.first_chars
    marks = rule.start_marks if windowed else None
    matches: list[re.Match[str]] = []
    for (w_start, w_end, first, last, reach), ok in zip(windows, ascii_ok, strict=True):
        scan = fast if ok and fast is not None else regex
        if not by_word and (marks is None or not ok):
            matches += scan.finditer(text, w_start, w_end)
            continue
        if reach - width > w_start:
            first = bisect_left(starts, reach - width, first, last)
        if marks and told is not None:  # an ASCII window: every key is told (not "")
            places = list(compress(starts[first:last], map(told.__contains__, keys[first:last])))
        else:
            places = starts[first:last]
        if marks:
            # the marks from where a match may start up to the window's last trigger word
            lo, hi = max(w_start, reach - width), starts[last - 1] + 1
            more = [p for c in marks if c in text[lo:hi] for p in _places(text, c, lo, hi)]
            if more:
                places = sorted(places + more)
        match, pos = scan.match, 0
        for p in places:
            if (
                p >= pos
                and (text[p] in firsts or text[p] > "\x7f")
                and (m := match(text, p, w_end)) is not None
            ):
                matches.append(m)
                pos = m.end()
    return matches


def _places(text: str, char: str, start: int, end: int) -> list[int]:
    """Where ``char`` occurs in ``text[start:end]``."""
    out = []
    p = text.find(char, start, end)
    while p >= 0:
        out.append(p)
        p = text.find(char, p + 1, end)
    return out


def _select(cands: list[_Candidate], size: int) -> list[_Candidate]:
    """Longest first, then priority, then rule order; drop anything overlapping a kept one."""
    cands.sort(key=lambda c: (c.start - c.end, -c.rule.priority, c.order, c.start))
    taken = bytearray(size)
    kept: list[_Candidate] = []
    for c in cands:
        if taken.find(1, c.start, c.end) != -1:
            continue
        taken[c.start : c.end] = b"\x01" * (c.end - c.start)
        kept.append(c)
    kept.sort(key=lambda c: c.start)
    return kept


#: (word before, part word) pairs after which "early"/"late" is the verb's adverb, not a part
#: of the day: ``part_adverb_words.tsv``.
_PART_ADVERB = frozenset((r[0].lower(), r[1].lower()) for r in rows("part_adverb_words"))
#: "early "/"late " (and its "on") opening a candidate, and the word before it.
_PART_OPENING = re.compile(r"(early|late)\s{1,3}(?:on\s{1,3})?(?=\w)", re.IGNORECASE)
_WORD_BEFORE = re.compile(r"(\w+)\s{1,3}$")
#: (verb, particle) pairs of happening before "early"/"late": "broke out late on Friday night"
#: is the part of the day (``part_adverb_happening_verbs.tsv``).
_HAPPENING_PARTICLE = frozenset(
    (r[0].lower(), r[1].lower()) for r in rows("part_adverb_happening_verbs")
)


def _adverb_parts(text: str, kept: list[_Candidate]) -> list[_Candidate]:
    """Selected candidates, "early"/"late" taken out of those where it is the adverb of the
    verb before ("can finish early today": today, not its start; "stayed late last night")."""
    out = kept
    for i, c in enumerate(kept):
        if c.found.mod not in ("START", "END") or text[c.start] not in "eElL":
            continue
        part = _PART_OPENING.match(text, c.start, c.end)
        if part is None:
            continue
        before = _WORD_BEFORE.search(text, max(0, c.start - 24), c.start)
        if before and (before.group(1).lower(), part.group(1).lower()) in _PART_ADVERB:
            verb = _WORD_BEFORE.search(text, max(0, before.start() - 24), before.start())
            if verb and (verb.group(1).lower(), before.group(1).lower()) in _HAPPENING_PARTICLE:
                continue  # "A fire broke out late on Friday night": the night's late part
            if out is kept:
                out = list(kept)
            out[i] = replace(c, start=part.end(), found=replace(c.found, mod=None))
    return out


#: How far around a chat clock time a morning cue counts ("up at half 6 for work").
_CUE_REACH = 32
#: The hour from which a clock time is a late evening's (:func:`_read_clocks`).
_LATE_EVENING = 20
#: "till", "until" right before a clock time.
_UNTIL_BEFORE = re.compile(r"\b(?:till|until|til)\s{1,3}$", re.IGNORECASE)
#: Words of a diary entry's first sentence that open its day in the morning
#: (``entry_morning_cues.tsv``; :func:`_read_clocks`).
_ENTRY_MORNING_CUE = re.compile(rf"\b{alt('entry_morning_cues')}\b", re.IGNORECASE)
#: What ends the clause before or after a chat clock time, beyond which a cue says nothing of
#: its half of the day: "but" (s33-informal, s40-detect).
_CLAUSE_BREAK = re.compile(r"\bbut\b", re.IGNORECASE)


def _read_clocks(
    text: str,
    sentences: Sentences,
    kept: list[_Candidate],
    readers: dict[str, Callable[[str, int, int, Spec], Spec]],
) -> list[_Candidate]:
    """Clock times read by the words around them in their sentence, by the ``readers`` of
    their rules: chat's British clock times ("at the pub at half 6": 18:30,
    :func:`.colloquial.british_clock`; a morning cue counts within :data:`_CUE_REACH`
    characters, not in another clause of a long chat line: "this morning the boss said ...
    see u all at the pub at half 6"), and in every document "7:30" beside an evening out ("a
    7:30 reservation", :func:`.clock.cue_clock`), before they join their day ("half 4 on
    sat")."""
    if not any(c.rule.id in readers for c in kept):
        return kept
    out = []
    chat = readers is _CHAT_CLOCK_READERS
    morning: tuple[int, int] | None = None  # (line start, minute of the day) told last
    told_end = 0  # where the last clock time ends
    late: int | None = None  # the start of the sentence with a late evening's clock time
    for c in kept:
        read = readers.get(c.rule.id)
        said = c.found.spec
        line = text.rfind("\n", 0, c.start) + 1
        if morning is not None and morning[0] != line:
            morning = None
        if read is not None:
            s_start, s_end = sentences.around(c.start)
            lo, hi = max(s_start, c.start - _CUE_REACH), min(s_end, c.end + _CUE_REACH)
            # a cue before the hour counts in its own clause only: "working tmrw morn but free
            # from 2" is 14:00 (s33-informal); a comma does not end it ("up early for work,
            # leaving by 6" is the morning's)
            breaks = list(_CLAUSE_BREAK.finditer(text, lo, c.start))
            if breaks:
                lo = breaks[-1].end()
            # and after it: "Check-in from 4 but the owner let us in early" is 16:00
            # (s40-detect, narrative 1143: was 04:00)
            after = _CLAUSE_BREAK.search(text, c.end, hi)
            if after is not None:
                hi = after.start()
            spec = read(text, lo, hi, c.found.spec)
            if (
                morning is not None
                and type(said) is ClockTime
                and type(spec) is ClockTime
                and said.twelve_hour
                and spec.hour == said.hour + 12
                and said.hour * 60 + said.minute >= morning[1]
            ):
                # a diary's day told in order: after a morning's clock time on the entry's
                # line, a later hour said without a.m./p.m. is the first reading after it
                # ("Alarm went at 4.15 ... Ovens on by 5, first customers at half 7. Home by
                # 2": 05:00, 07:30, 14:00; s41-diaries, narrative 1068: were 17:00 and 19:30)
                spec = said
            elif (
                chat
                and morning is None
                and type(said) is ClockTime
                and type(spec) is ClockTime
                and said.twelve_hour
                and spec.hour == said.hour + 12
                and told_end <= line
                and _ENTRY_MORNING_CUE.search(text, line, sentences.around(line)[1]) is not None
                and line < s_start
            ):
                # s41b-shifts: a diary entry whose first sentence opens its day in the morning
                # ("Back on earlies at the depot. Clocked in at 5.50", "mon: pool before work.
                # in the water at 6.30"; ``entry_morning_cues.tsv``): the first clock time on
                # the entry's line is the morning's too, and the later ones go on from it
                # (narratives 1175, 1174: were 17:50, 18:30)
                spec = said
            elif (
                chat
                and late == s_start
                and type(said) is ClockTime
                and type(spec) is ClockTime
                and said.twelve_hour
                and 1 <= said.hour <= 5
                and spec.hour == said.hour + 12
                and _UNTIL_BEFORE.search(text, max(0, c.start - 8), c.start) is not None
            ):
                # s41b-shifts: a stretch that runs on from a late evening's clock time in its
                # sentence "till" a small hour ends in the small hours after it ("home at
                # 10.40 and wide awake till 1" = 01:00; narrative 1175: was 13:00 that day)
                spec = replace(said, twelve_hour=False)
            if spec is not c.found.spec:
                c = replace(c, found=replace(c.found, spec=spec))
        spec = c.found.spec
        if type(spec) is ClockTime:
            told_end = c.end
            if spec.base is None and spec.hour >= _LATE_EVENING:
                late = sentences.around(c.start)[0]
        if chat and type(spec) is ClockTime and spec.base is None:
            if spec.hour >= 12:
                morning = None
            elif (
                morning is not None
                or not spec.twelve_hour
                or (read is not None and 1 <= spec.hour <= 6)  # kept by a morning cue
            ):
                morning = (line, spec.hour * 60 + spec.minute)
        out.append(c)
    if chat:
        out = _after_told_clock(text, sentences, out)
    return out


#: The parts of the day a clock time told after goes on from, with the hour each starts at.
_LATER_PARTS = {"AF": 12, "EV": 17}


#: What follows the stamp that opens a message of a chat export: the sender and a colon
#: ("30/08/2026, 18:02 - Mum: ...", "[09:14] Sam: ...").
_MESSAGE_SENDER = re.compile(r"\]?[ \t]{1,2}(?:[-–][ \t]{1,2})?[^\n:]{1,40}:[ \t]")


def _message_stamp(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is the stamp that opens a message of a chat export (at the
    start of its line, maybe after "[", the sender and a colon after it)."""
    if start > 0 and text[start - 1] == "[":
        start -= 1
    return (start == 0 or text[start - 1] == "\n") and _MESSAGE_SENDER.match(text, end) is not None


def _after_told_clock(text: str, sentences: Sentences, kept: list[_Candidate]) -> list[_Candidate]:
    """In chat, a clock time without a.m./p.m. ("til 9", "11:15", "at about 9") after a clock
    time of the afternoon or evening told on its line, with no day named between nor after it
    in its sentence, goes on from it: its evening reading when the morning one would come
    before it ("leave at 6:40pm. delayed til 9, then 11:15" = 21:00, 23:15; "EDIT (7:04pm):
    back with a beer, going til about 9" = 21:00; and after an afternoon or evening told, "the
    beach in the afternoon, sunset at about 9"; s32-informal, blind texts 670, 674, 730)."""
    out: list[_Candidate] = []
    told: tuple[int, int, int] | None = None  # (line start, hour, minute) of the last such time
    stamp: tuple[int, int] | None = None  # (line start, minute of the day) of a message's stamp
    talk_at = -1  # where the talk last named a day that may lie ahead ("the 5th", "tmrw")
    stamp_day = ""  # the date of the last message's stamp, as written
    for c in kept:
        spec = c.found.spec
        if c.found.type == "DATE" and told is not None:
            told = None  # a day named: the times after it are that day's
        if c.found.type == "DATE":
            line = text.rfind("\n", 0, c.start) + 1
            if text[line : c.start].strip() in ("", "["):
                # the date of a message's stamp: a new day of the talk leaves the day named
                day_text = text[c.start : c.end]
                if day_text != stamp_day:
                    talk_at = -1
                stamp_day = day_text
            else:
                if isinstance(spec, DayOfMonth | WeekdayRef | WeekdayDayOfMonth | CalendarDate) or (
                    type(spec) is DayOffset and spec.days > 0
                ):
                    talk_at = c.start
                elif type(spec) is DayOffset:
                    talk_at = -1  # "today", "yday": the talk is back at the stamp's day
        if (
            stamp is not None
            and c.found.type == "DATE"
            and c.start > stamp[0] + 24
            and type(spec) is not Fixed  # "now leaving at 9.50"
        ):
            stamp = None  # a day named in the message: its times are that day's
        if type(spec) is ClockTime and spec.base is None:
            line = text.rfind("\n", 0, c.start) + 1
            if told is not None and told[0] != line:
                told = None
            if stamp is not None and stamp[0] != line:
                stamp = None
            if _export_stamp(text, line, c):
                stamp = (line, spec.hour * 60 + spec.minute)
            elif stamp is not None and not (talk_at >= 0 and c.start - talk_at <= _PLAN_TALK_REACH):
                # s36: after a day the talk named in an earlier message its clock times are
                # that day's, read where they are resolved (the talk's day, anchor.Context),
                # not the stamp's (blind text 995)
                c = _from_message_stamp(text, sentences, kept, c, stamp[1])
                read = c.found.spec
                assert type(read) is ClockTime
                spec = read
            if (
                told is not None
                and spec.twelve_hour
                and 1 <= spec.hour <= 11
                and (spec.hour, spec.minute) < told[1:]
                and not _day_after_in_sentence(kept, c, sentences)
            ):
                spec = replace(spec, hour=spec.hour + 12, twelve_hour=False)
                c = replace(c, found=replace(c.found, spec=spec))
            if (
                not spec.twelve_hour
                and spec.hour >= 12
                # not the stamp of a chat export's message ("14/03/2027, 21:12 - Amy: ok so
                # we leave sat at 10?"), which is when it was sent, no time of the talk
                and _MESSAGE_SENDER.match(text, c.end) is None
                # nor the same time in another zone, in parentheses ("open at 10am PT (so 1pm
                # ET for my east coast ppl). i was in the queue from 9:45"; session 35)
                and not (
                    (spec.zone or spec.tz_minutes is not None)
                    and text.rfind("(", line, c.start) > text.rfind(")", line, c.start)
                )
            ):
                told = (line, spec.hour, spec.minute)
        elif type(spec) is PartOfDay and spec.pod in _LATER_PARTS:
            # "the beach in the afternoon, sunset at about 9" = 21:00
            told = (text.rfind("\n", 0, c.start) + 1, _LATER_PARTS[spec.pod], 0)
        out.append(c)
    return out


#: The date that opens a chat export's line before its stamp's clock time ("14/08/2026, ",
#: "[3/9/26, "), or nothing ("[09:14] Sam:").
_EXPORT_STAMP_DATE = re.compile(r"\[?(?:\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4},?[ \t]{1,2})?")

#: A clock time's own half of the day or a word of noon or midnight: no other reading.
_OWN_HALF = re.compile(r"[AaPp]\.?[Mm]\b|noon|night|\b(?:1[3-9]|2[0-3]|00)[:.]\d")


def _export_stamp(text: str, line: int, c: _Candidate) -> bool:
    """Whether the clock time ``c`` is the stamp of a chat export's message: at the start of
    its line ``line`` but for the stamp's date, the sender and a colon after it."""
    m = _EXPORT_STAMP_DATE.match(text, line, c.start)
    return m is not None and m.end() == c.start and _MESSAGE_SENDER.match(text, c.end) is not None


def _from_message_stamp(
    text: str, sentences: Sentences, kept: list[_Candidate], c: _Candidate, sent: int
) -> _Candidate:
    """A clock time without a.m./p.m. in a chat export's message sent at minute ``sent`` of
    its day, in a clause that is not past, with no day named in the message before it nor in
    its sentence after it: the reading still to come after the stamp ("05:02 - Mum: gate opens
    at 5.40" = 05:40, not 17:40; "16:30 - Mum: now leaving at 9.50 local time" = 21:50, not
    09:50; s35-informal, blind text 875): the morning's when it falls within two hours after
    the stamp, the evening's when the morning's is past and the evening's still ahead."""
    spec = c.found.spec
    assert type(spec) is ClockTime
    if (
        spec.unit == "second"
        or spec.tz_minutes is not None
        or _OWN_HALF.search(text, c.start, c.end)
        # "12:02 - Sam: been in meetings since 9.": a state's start is behind its message
        # (s36-informal, blind text 976: was 21:00)
        or signal_before(text, c.start) == "since"
    ):
        return c
    hour = spec.hour % 12
    if hour == 0:
        return c
    morning = hour * 60 + spec.minute
    if 0 <= morning - sent <= 120:
        new = hour
    elif morning < sent <= morning + 720:
        new = hour + 12
    else:
        return c
    if new == spec.hour or _day_after_in_sentence(kept, c, sentences):
        return c
    s_start, s_end = sentences.around(c.start)
    if tense_at(text[s_start:s_end], c.start - s_start, c.end - s_start) == "past":
        return c
    spec = replace(spec, hour=new, twelve_hour=False)
    return replace(c, found=replace(c.found, spec=spec))


def _now_hours(text: str, kept: list[_Candidate], ref: datetime) -> list[_Candidate]:
    """ "its nearly 9 lol", "it's gone 11 already" (rule ``time_now_hour_colloquial``) that no
    word around read: the hour it is now, the reading of the twelve-hour clock nearest the
    publication's (at 20:40 "its almost 9" = 21:00; s35-informal, blind text 870); and a clock
    time answering a question about the time (rule ``time_answer_dot_clock_colloquial``): the
    reading still to come, or the last one after a question in the past."""
    out = []
    now = ref.hour * 60 + ref.minute
    for c in kept:
        spec = c.found.spec
        if c.rule.id == "time_now_hour_colloquial" and type(spec) is ClockTime and spec.twelve_hour:
            hour = min((spec.hour % 12, spec.hour % 12 + 12), key=lambda h: abs(h * 60 - now))
            spec = replace(spec, hour=hour, twelve_hour=False)
            c = replace(c, found=replace(c.found, spec=spec))
        elif (
            c.rule.id == "time_answer_dot_clock_colloquial"
            and type(spec) is ClockTime
            and spec.twelve_hour
        ):
            # s36 (blind text 937): "what time does ur train get in?\nElla: 6.40" at 17:20 is
            # 18:40, the reading still to come; after a question in the past ("what time did u
            # get in?") the last one
            line = text.rfind("\n", 0, c.start)
            asked = text[text.rfind("\n", 0, line) + 1 : line]
            minute = spec.hour % 12 * 60 + spec.minute
            readings = (minute, minute + 720)
            if _PAST_QUESTION.search(asked):
                pick = max((r for r in readings if r <= now), default=readings[1] - 1440)
            else:
                pick = min((r for r in readings if r >= now), default=readings[0] + 1440)
            if 0 <= pick < 1440:
                spec = replace(spec, hour=pick // 60, twelve_hour=False)
                c = replace(c, found=replace(c.found, spec=spec))
        out.append(c)
    return out


#: A question in the past: "did", "was", "were" (not data: the auxiliaries are grammar).
_PAST_QUESTION = re.compile(r"\b(?:did|was|were)\b", re.IGNORECASE)


def _day_after_in_sentence(kept: list[_Candidate], c: _Candidate, sentences: Sentences) -> bool:
    """Whether a date candidate follows ``c`` in its sentence ("at 7 tmrw")."""
    end = sentences.around(c.start)[1]
    return any(o.start >= c.end and o.start < end and o.found.type == "DATE" for o in kept)


#: The chat clock rules whose hour the words around them settle, and the reader of each: the
#: British "half 6" (:func:`.colloquial.british_clock`), a bare hour "at 8"
#: (:func:`.colloquial.bare_hour_clock`).
_CUE_CLOCK_READERS: dict[str, Callable[[str, int, int, Spec], Spec]] = {
    **dict.fromkeys(clock.CUE_CLOCK_RULES, clock.cue_clock),
    # "a pallet turned up at half two", "after the news at half four": spoken British clock
    # times are the afternoon's in every document, not only in chat
    **dict.fromkeys(colloquial.BRITISH_CLOCK_RULES, colloquial.british_clock),
    # "can come Tues 13th between 9 and 1" in an email read as news: 13:00 as in chat
    # (session 32, blind texts 675, 734)
    **dict.fromkeys(colloquial.HOUR_RANGE_RULES, colloquial.bare_hour_clock),
}
_CHAT_CLOCK_READERS: dict[str, Callable[[str, int, int, Spec], Spec]] = {
    **_CUE_CLOCK_READERS,
    **dict.fromkeys(colloquial.BARE_HOUR_RULES, colloquial.bare_hour_clock),
}


def _apart(text: str, start: int, end: int, chat: bool) -> bool:
    """True if ``text[start:end]`` holds a break no join crosses: a line break in chat (a line
    is a message), a blank line in any text ("Week ahead: Monday\n\n9am: ...")."""
    nl = text.find("\n", start, end)
    return nl >= 0 and (chat or _BLANK_LINE.search(text, nl, end) is not None)


def _alone_on_line(text: str, start: int, end: int) -> bool:
    """True if ``text[start:end]`` is alone on its line, but for spaces and a closing mark
    (":", ".", a dash): a heading ("Tuesday 2 March", "Monday 2 November:")."""
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    before = text[text.rfind("\n", 0, start) + 1 : start]
    return not before.strip() and not text[end:line_end].strip(" \t:.-–—")


#: A diary's numbered day before the date of its heading ("Day 3 (Tue 14 May)", "Day 2 -
#: Monday 13 May", "DAY 4: 15 May"), as the line opens up to the date.
#: "Day 3" of a diary's heading (:func:`_day_headings`), and the heading's start up to its date.
_DAY_NUMBER = re.compile(r"(?:Day|DAY|day)[ \t]+\d{1,3}")
_DAY_NUMBER_HEAD = re.compile(rf"[ \t]*{_DAY_NUMBER.pattern}[ \t]*(?:[(:–—-][ \t]*)?")


def _day_number_head(text: str, start: int, end: int) -> int:
    """Where the numbered day of a diary's heading opens when ``text[start:end]`` is the date
    of such a heading, alone on its line after "Day N" but for a bracket or a mark ("Day 1
    (Sun 12 May)", "Day 2: Mon 13 May"), else -1 (s32-informal, blind text 674)."""
    line = text.rfind("\n", 0, start) + 1
    if _DAY_NUMBER_HEAD.fullmatch(text, line, start) is None:
        return -1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if text[end:line_end].strip(" \t:.-–—)") and not _DAY_TITLE.match(text, end, line_end):
        return -1
    return line + len(text[line:start]) - len(text[line:start].lstrip())


#: A title after the date of a numbered day's heading, after its closing bracket if any and a
#: colon or a dash: an itinerary's "Day 1 (Mon 14 Sept): London to Edinburgh", "DAY 1 - Sat 10
#: May - Porto" (s41b-blind3, blind text 1191: the heading was no date).
_DAY_TITLE = re.compile(r"[ \t]*\)?[ \t]*[:–—-][ \t]*\w")
#: A numbered day that opens its line without a date, alone or before a colon or a dash and
#: its title: an itinerary's "Day 3: Edinburgh to Inverness" (:func:`_undated_day_heads`).
_UNDATED_DAY_HEAD = re.compile(
    r"(?m)^[ \t]*(?P<day>(?:Day|DAY)[ \t]+(?P<n>\d{1,3}))[ \t]*(?:[:–—-][ \t]*\w[^\n]*)?$"
)


def _undated_day_heads(
    text: str, dated: list[tuple[int, int, date]]
) -> list[tuple[int, int, date]]:
    """The numbered days of headings without a date of their own ("Day 3: Edinburgh to
    Inverness") in a text whose other numbered days name theirs (``dated``: where each
    "Day N" starts, N and its day): the day N - M days after the nearest dated "Day M" before
    it, else after it, as a reader counts the days of an itinerary; (start, end, day) for each,
    none when no heading names its date."""
    if not dated:
        return []
    known = {at for at, _, _ in dated}
    found: list[tuple[int, int, date]] = []
    for m in _UNDATED_DAY_HEAD.finditer(text):
        if m.start("day") in known:
            continue
        before = [d for d in dated if d[0] < m.start()]
        at, n, day = before[-1] if before else dated[0]
        found.append((m.start("day"), m.end("day"), day + timedelta(days=int(m["n"]) - n)))
    return found


#: The numbered day of a heading: "Day 3".


def _day_headings(text: str, out: list[Timex]) -> list[Timex]:
    """The numbered days of a diary's headings ("Day 3 (Tue 14 May)") as dates: "Day 3" is
    the day its heading names (a DATE of the same value and interval), not chat's bare "Day 2"
    (``P1D``, "Day 2 of camp and im dead"), which has no date on its line."""
    if "ay " not in text and "AY " not in text:
        return out  # most texts: no "Day N"
    added: list[Timex] = []
    drop: set[int] = set()
    for t in out:
        if t.type != "DATE" or t.granularity != "day" or t.interval is None:
            continue
        head = _day_number_head(text, t.start, t.end)
        if head < 0:
            continue
        m = _DAY_NUMBER.match(text, head)
        if m is None:
            continue
        drop.update(i for i, o in enumerate(out) if o.start < m.end() and m.start() < o.end)
        added.append(
            replace(
                t,
                start=m.start(),
                end=m.end(),
                text=m.group(),
                rule="date_day_heading",
                signal=None,
                extra={},
            )
        )
    if not added:
        return out
    dated = [(t.start, int(t.text.split()[1]), _timex_day(t)) for t in added]
    undated = _undated_day_heads(text, dated)
    for start, end, day in undated:
        # "Day 3: Edinburgh to Inverness" between "Day 2 (Tue 15 Sept)" and "Day 4 (Thu 17
        # Sept)": the day counted from a dated one, its value and interval moved as many days
        model = added[0]
        shift = timedelta(days=(day - _timex_day(model)).days)
        assert model.interval is not None
        drop.update(i for i, o in enumerate(out) if o.start < end and start < o.end)
        added.append(
            replace(
                model,
                start=start,
                end=end,
                text=text[start:end],
                value=day.isoformat(),
                interval=Interval(model.interval.start + shift, model.interval.end + shift),
            )
        )
    kept = [o for i, o in enumerate(out) if i not in drop]
    kept = _undated_day_entries(
        kept, sorted(added, key=lambda o: o.start), {start for start, _, _ in undated}, len(text)
    )
    return sorted(kept + added, key=lambda o: (o.start, o.end))


def _undated_day_entries(
    out: list[Timex], heads: list[Timex], undated: set[int], length: int
) -> list[Timex]:
    """The clock times under a numbered day's heading without a date ("Day 3: Edinburgh to
    Inverness\nCheck-out by 10. ... the 11.33 to Inverness"), which the engine put on the day
    of the heading before it, the last one the text named, as on the heading's day: moved as
    many days (s41b-blind3, blind text 1191). ``heads`` are the numbered days' DATEs in order,
    ``undated`` where those without a date of their own start, ``length`` the text's."""
    moved = list(out)
    for k in range(1, len(heads)):
        head, before = heads[k], heads[k - 1]
        if head.start not in undated:
            continue
        shift = _timex_day(head) - _timex_day(before)
        until = heads[k + 1].start if k + 1 < len(heads) else length
        told = _timex_day(before).isoformat()
        for i, o in enumerate(moved):
            if (
                head.end < o.start < until
                and o.type == "TIME"
                and o.interval is not None
                and o.value.startswith(told + "T")
            ):
                moved[i] = replace(
                    o,
                    value=(_timex_day(before) + shift).isoformat() + o.value[len(told) :],
                    interval=Interval(o.interval.start + shift, o.interval.end + shift),
                )
    return moved


def _timex_day(t: Timex) -> date:
    """The day of a heading's DATE of a day (its interval's first day)."""
    assert t.interval is not None
    return t.interval.start.date()


def _heading(text: str, start: int, end: int, until: int) -> bool:
    """True if ``text[start:end]`` is alone on its line (a heading, "Tuesday 2 March" over a
    programme's "8am Registration") and a line break lies between it and ``until``: the day
    heads the lines below it, each its own time, not one joined to it."""
    return text.find("\n", end, until) >= 0 and _alone_on_line(text, start, end)


def _row_end(text: str, out: list[_Candidate], start: int) -> bool:
    """True if the clock time ``out[-1]`` ends a row that has its own day and ``start`` lies
    on a later line: in a table or a listing ("Fri 15 Mar   Tondela v Chaves   20:30\nSat 16
    Mar ...", "Tuesday 12 March: planning committee, 7pm\nWednesday 13 March: ...") the time
    is its row's, and the day opening the next row is that row's; s30-wire, blind text 600."""
    prev = out[-1]
    if type(prev.found.spec) is not ClockTime or text.find("\n", prev.end, start) < 0:
        return False
    line_start = text.rfind("\n", 0, prev.start) + 1
    for before in reversed(out[:-1]):
        if before.start < line_start:
            return False
        if type(before.found.spec) in DAY_SPECS and before.found.type == "DATE":
            return True
    return False


#: The values of a day that :func:`~.compose.night_of_two_days` may end with.
_NIGHT_OF_DAYS = frozenset({CalendarDate, DayOfMonth, Offset, WeekdayRef})


def _joined(text: str, kept: list[_Candidate], chat: bool = False) -> list[_Candidate]:
    """Selected candidates with each day and the clock time beside it joined into one time
    ("tomorrow at 5pm", "8 tonight": :mod:`.compose`); in chat (``chat``) not across a line
    break, which ends a message ("til 3pm\nnew years day closed"), in any text not across a
    blank line (:func:`_apart`)."""
    out: list[_Candidate] = []
    last = len(kept) - 1
    for i, c in enumerate(kept):
        spec = c.found.spec
        if type(spec) in DAY_SPECS:
            bare = with_bare_hour(text, Piece(c.start, c.end, c.found), chat)
            if (
                bare is not None
                and (not out or out[-1].end <= bare[0])
                and (i == last or bare[1] <= kept[i + 1].start)
                and not _apart(text, bare[0], bare[1], chat)
                and not _heading(text, c.start, c.end, bare[1])
            ):
                c = _Candidate(bare[0], bare[1], c.order, DAY_CLOCK, bare[2])
        elif c.found.type == "SET" and type(spec) is Fixed:
            recurring = set_with_bare_hour(text, Piece(c.start, c.end, c.found))
            if recurring is not None and (i == last or recurring[0] <= kept[i + 1].start):
                c = _Candidate(c.start, recurring[0], c.order, DAY_CLOCK, recurring[1])
        if (
            type(spec) in _NIGHT_OF_DAYS
            and c.start > 2
            and text[c.start - 1] in "/ –-"
            # what night_of_two_days reads ends so: "the night of ", "the night of 13/"
            and text[max(0, c.start - 6) : c.start].rstrip().lower().endswith(_NIGHT_OF_ENDS)
        ):
            night = night_of_two_days(text, Piece(c.start, c.end, c.found))
            if night is not None:
                while out and out[-1].start >= night[0]:
                    out.pop()  # "the night" of "the night of 13/14 February 1945"
                if not out or out[-1].end <= night[0]:
                    c = _Candidate(night[0], c.end, c.order, night[2], night[1])
        if out:
            prev = out[-1]
            found = None
            if type(prev.found.spec) is PartOfDay and type(spec) in DAY_SPECS:
                # "until mid-morning on Thursday": the part of that day
                found = pod_on_day(
                    text, Piece(prev.start, prev.end, prev.found), Piece(c.start, c.end, c.found)
                )
            if (
                found is None
                and (type(spec) is ClockTime or type(prev.found.spec) is ClockTime)
                and not _apart(
                    text,
                    prev.end,
                    c.start,
                    chat or (type(spec) is ClockTime and _line_stamp(text, c.start)),
                )
                and not _heading(text, prev.start, prev.end, c.start)
                and not _row_end(text, out, c.start)
            ):
                found = join(
                    text, Piece(prev.start, prev.end, prev.found), Piece(c.start, c.end, c.found)
                )
            if found is not None:
                out[-1] = _Candidate(prev.start, c.end, prev.order, DAY_CLOCK, found)
                continue
        out.append(c)
    return out


#: How the text right before a day ends (but for white space) where
#: :func:`.compose.night_of_two_days` may read a night or a part of the day: "the morning of
#: 17 June", "the night of 13/14 February", "the night of 13 and 14 February".
_NIGHT_OF_ENDS = ("of", "/", "–", "-", "and", "&")


#: A slash between a clock time and the same moment in another zone ("8 p.m. ET/5 p.m. PT").
_SLASH_TWIN = re.compile(r"\s{0,2}/\s{0,2}")


#: A present perfect with an object before "from" ("has closed the road from", "have issued a
#: red warning for wind from"): the range is the object's; without one ("Fighting has
#: continued from Monday to Wednesday", "Talks have been held from") it is the verb's own,
#: and past. Not data: the determiners that open an object are grammar.
_OBJECT_FROM = re.compile(
    r"\b(?:has|have)\s[^,;:.]{0,30}?\b(?:the|a|an|its|their|his|her|our|all|new)\s"
    r"[^,;:.]{1,90}?\sfrom\s{1,3}$",
    re.IGNORECASE,
)
#: How far back :data:`_OBJECT_FROM` and its present perfect are sought: an object may run long
#: ("has issued an amber warning for extreme heat covering London and the south-east from
#: 12:00 BST on Saturday"; blind text 690).
_OBJECT_REACH = 140


#: A past verb of an arrangement, its object, "from" and the rest of the clause up to a
#: weekday of the range (``arrangement_verbs.tsv``): "cancelled all flights from 6 p.m. on
#: Tuesday to": the range is the arrangement's, around the publication. The object may open with
#: a count ("put seven counties under an orange alert from": s36-wire).
_ARRANGED_FROM = re.compile(
    r"\b(?:" + alternation(words("arrangement_verbs")) + r")\s{1,3}"
    r"(?:the|a|an|its|their|his|her|our|all|some|most|every|" + NUM + r")\s[^,;:]{1,60}?\sfrom\s"
    r"[^,;:]{0,40}$",
    re.IGNORECASE,
)


#: A verb of booking (``booked_clock_verbs.tsv``), its object and "from" or "at" right before a
#: clock time: "The venue has confirmed the room from 9.30am", "We've booked a table at 8pm".
def _booked_object(kind: tuple[str, ...], prepositions: str) -> str:
    """The pattern of a verb of ``booked_clock_verbs.tsv`` of ``kind``, its object and one of
    ``prepositions``."""
    verbs = alternation(r[0] for r in rows("booked_clock_verbs") if r[1:] == kind)
    return (
        rf"(?:{verbs})\s{{1,3}}(?:the|a|an|its|their|his|her|our|my|your|two|three|four)\s"
        rf"[^,;:.!?]{{1,40}}?\s(?:{prepositions})"
    )


_BOOKED_CLOCK = re.compile(
    rf"\b(?:{_booked_object((), 'from|at')}|{_booked_object(('from',), 'from')})\s{{1,3}}$",
    re.IGNORECASE,
)


#: s38-informal3: in chat a verb that plans (``colloquial_plan_weekday_verbs.tsv``) right before a
#: weekday, or "the", "my", "our" and one: "we leave thurs and i have packed nothing", "booked
#: tues off", "Booked the friday slot": the coming day, not the last one of a past clause; a
#: particle of direction may stand between ("we fly back Saturday at 10:05", "we fly home
#: sunday and i have done nothing"; s40-chatweek, narrative 470: was the last Saturday).
_PLAN_WEEKDAY = re.compile(
    rf"\b(?:{alternation(words('colloquial_plan_weekday_verbs'))})\s{{1,3}}"
    r"(?:(?:back|home|out|off)\s{1,3})?(?:(?:the|my|our)\s{1,3})?$",
    re.IGNORECASE,
)


def _plain_weekday(spec: Spec) -> bool:
    """True for a weekday named alone ("Monday", "6 p.m. on Friday"), not "last Monday",
    "Monday's", "the following Monday"."""
    day = spec.base if type(spec) is ClockTime else spec
    return type(day) is WeekdayRef and not (day.n or day.possessive or day.anchored)


#: How far back the last day a story told must lie for a weekday a day or two after it to go on
#: from it (a trip told in order), and how far before the weekday it may be named.
_STORY_DAYS_BACK = timedelta(days=7)
_STORY_DAY_REACH = 250


#: How long before the publication a day of its year must lie for a month the text named with
#: another year to claim it (:func:`_in_named_month`): about a season.
_NAMED_MONTH_GAP = timedelta(days=90)


def _bare_day(spec: Spec) -> CalendarDate | None:
    """The day of a month without a year ("19 January", "the evening of 19 January"), if
    ``spec`` is one."""
    day = spec.base if type(spec) is PartOfDay else spec
    if (
        type(day) is CalendarDate
        and day.year is None
        and day.month is not None
        and day.day is not None
        and day.weekday is None
        and not (day.nearest or day.ahead)
    ):
        return day
    return None


def _in_named_month(spec: Spec, named: dict[int, int], today: date) -> int | None:
    """The year a news text named the month of ``spec``, a day without a year told in the past,
    with, when that year is before the publication's and the day of the publication's year
    (or the year before, for a day still to come) lies more than :data:`_NAMED_MONTH_GAP`
    back: the background's day ("in January 2024 ... on 19 January"), not one the article's
    readers would count back to by months."""
    day = _bare_day(spec)
    if day is None or day.month is None or day.day is None:
        return None
    year = named.get(day.month)
    if year is None or year >= today.year:
        return None
    try:
        recent = date(today.year, day.month, day.day)
        if recent > today:
            recent = date(today.year - 1, day.month, day.day)
    except ValueError:
        return None  # 29 February
    if today - recent <= _NAMED_MONTH_GAP or recent.year == year:
        return None
    return year


def _with_year(spec: Spec, year: int) -> Spec:
    """``spec`` (a day or a part of one, see :func:`_bare_day`) with its year."""
    day = _bare_day(spec)
    if day is None:
        return spec
    dated = replace(day, year=year)
    return replace(spec, base=dated) if type(spec) is PartOfDay else dated


def _recurring(text: str, kept: list[_Candidate]) -> list[_Candidate]:
    """Selected candidates with the clock times of a range of hours beside a recurring day
    valued on that day ("daily from 10 a.m. to 5 p.m.": :func:`.compose.recurring_hours`), and
    so a clock time after one ("on Sundays after 4pm": :func:`.compose.recurring_clock_after`)
    or bounding one after it ("until 9pm on Thursdays": :func:`.compose.recurring_clock_before`),
    and a holiday at the end of a list of days a recurring one opens ("closed on Sundays and on
    Christmas Day": :func:`.compose.recurring_holidays`)."""
    if not any(c.found.type == "SET" for c in kept):
        if not any(a.found.type == b.found.type == "TIME" for a, b in pairwise(kept)):
            return kept  # no range of hours (a regex over the whole text cost 5% of a pass)
        # "open from 8am to 8pm, seven days a week": a whole rate, left untagged
        pieces = [Piece(c.start, c.end, c.found) for c in kept]
        hours = whole_rate_hours(text, pieces) | day_hours(text, pieces)
        return [replace(c, found=hours[i]) if i in hours else c for i, c in enumerate(kept)]
    pieces = [Piece(c.start, c.end, c.found) for c in kept]
    hours = recurring_clock_after(text, pieces) | recurring_hours(text, pieces)
    hours |= recurring_clock_before(text, pieces)
    hours = recurring_clock_in_sentence(text, pieces) | hours
    hours |= whole_rate_hours(text, pieces) | day_hours(text, pieces)
    hours |= recurring_holidays(text, pieces) | recurring_months(text, pieces)
    return [replace(c, found=hours[i]) if i in hours else c for i, c in enumerate(kept)]


def _durationish(found: Found) -> bool:
    """A duration, or "in 2 hours" (read as one in news) that may open a compound."""
    return found.type == "DURATION" or type(found.spec) is FromNow


def _coordinated(text: str, kept: list[_Candidate]) -> list[_Candidate]:
    """Selected candidates with two durations side by side joined into one ("an hour and 20
    minutes") and the days of a list that share one month added ("12 and 13 April", "March 3,
    10 and 17": :mod:`.coordination`)."""
    out: list[_Candidate] = []
    extra: list[_Candidate] = []
    for c in kept:
        if out and c.found.type == "DURATION" and _durationish(out[-1].found):
            prev = out[-1]
            found = compound(text, (prev.start, prev.end, prev.found), (c.start, c.end, c.found))
            if found is not None:
                out[-1] = _Candidate(prev.start, c.end, prev.order, COMPOUND, found)
                continue
        if out and type(c.found.spec) is Offset and out[-1].found.type == "DURATION":
            # "Two years and three months later": the duration joins the offset after it
            prev = out[-1]
            found = compound_offset(
                text, (prev.start, prev.end, prev.found), (c.start, c.end, c.found)
            )
            if found is not None:
                out[-1] = _Candidate(prev.start, c.end, prev.order, c.rule, found)
                continue
        if type(c.found.spec) is WeekdayOfWeek:
            _share_week(text, out, c)  # "between Monday and Friday last week"
        if type(c.found.spec) is CalendarDate and c.found.spec.day is not None:
            head, days = list_days(text, c.start, c.end, c.found)
            if head is not None:
                c = _Candidate(c.start, c.end, c.order, c.rule, head)
            rule = LIST_DAY_FIRST if days and days[0][0] < c.start else LIST_MONTH_FIRST
            extra += [_Candidate(s, e, c.order, rule, f) for s, e, f in days]
        out.append(c)
    if not extra:
        return out
    for x in extra:  # a day no other expression covers (its year after it it takes in)
        i = bisect_left([c.start for c in out], x.start)
        if i < len(out) and out[i].start == x.start:
            continue  # a rule read it already ("April 24 and 25")
        j = i
        while j < len(out) and out[j].end <= x.end:
            j += 1  # "2021" in "17, 2021"
        if (i == 0 or out[i - 1].end <= x.start) and (j == len(out) or x.end <= out[j].start):
            out[i:j] = [x]
    return out


#: What joins the weekdays of a range or list ("Monday and Friday", "Tuesday to Thursday",
#: "Mon-Wed", "Monday, Wednesday and Friday"): grammar, not data.
_WEEKDAY_JOIN = re.compile(
    r"\s{0,3}(?:,\s{0,3})?(?:(?:and|or|to|through|thru|until|till)\s{1,3}|[-–—]\s{0,3})?",
    re.IGNORECASE,
)


def _share_week(text: str, out: list[_Candidate], last: _Candidate) -> None:
    """Give the plain weekdays of a range or list that ``last`` closes ("Friday last week",
    "Thursday next week") its week: "between Monday and Friday last week" is Monday of last
    week, not this week's; "from Tuesday to Thursday next week" alike."""
    assert type(last.found.spec) is WeekdayOfWeek
    week, end = last.found.spec.week, last.start
    for i in range(len(out) - 1, -1, -1):
        prev = out[i]
        spec = prev.found.spec
        if not (
            type(spec) is WeekdayRef
            and spec.n == 0
            and not (spec.anchored or spec.possessive or spec.ahead or spec.told)
            and prev.found.type == "DATE"
            and prev.found.mod is None
            and _WEEKDAY_JOIN.fullmatch(text, prev.end, end)
            and prev.end < end
        ):
            return
        found = replace(prev.found, spec=WeekdayOfWeek(spec.weekday, week))
        out[i] = _Candidate(prev.start, prev.end, prev.order, prev.rule, found)
        end = prev.start


def _approximate(text: str, kept: list[_Candidate]) -> list[_Candidate]:
    """Candidates with an approximating word beside them taken in ("around 3pm": see
    :mod:`.approximate`)."""
    out: list[_Candidate] = []
    for i, c in enumerate(kept):
        found = c.found
        # both take only a date or a time without a mod: the others are not looked at
        if found.mod is None and (found.type == "DATE" or found.type == "TIME"):
            lo = out[-1].end if out else 0
            hi = kept[i + 1].start if i + 1 < len(kept) else len(text)
            wider = approximated(text, c.start, c.end, found, lo, hi)
            if wider is not None:
                c = _Candidate(wider[0], wider[1], c.order, c.rule, wider[2])
            elif (part := part_in(text, c.start, found)) is not None:
                c = _Candidate(c.start, c.end, c.order, c.rule, part)  # "Early in 1779"
        out.append(c)
    return out


#: "the quarter ended Sept. 30": the end day only names the period, which stays the anchor;
#: after a span ("the six months ended Aug. 12"), which is no anchor, the day is. Only after a
#: noun of a period: "Our lease ends next Friday" is the day the text is about (session 32).
_PERIOD_END_WORDS = ("ended", "ending", "ends")
_PERIOD_END = re.compile(
    rf"\b(?:{alternation(words('period_end_nouns'))})\)?,?"
    rf"\s{{1,3}}(?:{'|'.join(_PERIOD_END_WORDS)})\s{{1,3}}$",
    re.IGNORECASE,
)


#: The reporting verbs of ``reporting_verbs.tsv``, and a reporting clause after a comma right
#: before an expression (", the United Nations said on", ", officials told reporters"); its
#: subject may end with its acronym in parentheses (", the India Meteorological Department
#: (IMD) said on"; s35-wire).
_REPORTING_VERBS = words("reporting_verbs")
_REPORTING_CLAUSE = re.compile(
    r",\s{1,3}(?:[\w.'’-]+\s{1,3}){0,5}(?:\([A-Z][\w.&-]{0,11}\)\s{1,3})?(?:"
    + alternation(_REPORTING_VERBS)
    + r")(?:\s{1,3}[\w.'’-]+){0,2}?\s{1,3}(?:on\s{1,3})?$",
    re.IGNORECASE,
)
_REPORTING_ENDS = (*sorted(_REPORTING_VERBS), "on", "reporters", "journalists")


def _reported_on(text: str, start: int) -> bool:
    """True if a reporting verb stands right before the day at ``start``, maybe past two words
    and "on" ("Police said on Wednesday", "the ministry told reporters on Monday"): the day of
    a report, not of the event told. Words, not a regex: an alternation of every reporting
    verb tried at each position cost about 7 million instructions a TimeBank pass."""
    before = text[max(0, start - 40) : start].lower().split()
    if before and before[-1] == "on":
        before.pop()
    return any(w in _REPORTING_VERBS for w in before[-3:])


#: "after"/"following" and an indefinite article, maybe an adjective or two, right before a
#: quarter or half: "After a flat second quarter, the company attributed the gain to ...".
_AFTER_INDEFINITE = re.compile(
    r"\b(?:after|following)\s{1,3}an?\s{1,3}(?:[a-z][\w-]{1,20}\s{1,3}){0,2}$", re.IGNORECASE
)


#: The reporting units whose comparison base ("up 2% from January", "down from 150,000 in the
#: first half of 2025") is no period a later "a year ago" keeps.
_COMPARED_UNITS = ("month", "quarter", "half")


#: s38: a plan that did not happen as told, right before a date in its sentence ("The rules had
#: been meant to start the next day", "was supposed to open on Monday"):
#: ``unrealised_plan_words.tsv``.
_UNREALISED_PLAN = re.compile(
    r"\b(?:had\s{1,3}been\s{1,3}(?:\w{2,12}ly\s{1,3})?(?:"
    + alternation(sorted(words("unrealised_plan_words")))
    + r")|(?:was|were)\s{1,3}(?:\w{2,12}ly\s{1,3})?supposed)\s{1,3}to\s{1,3}[^.;!?]{0,60}$",
    re.IGNORECASE,
)


def _second_year_of(
    rule_id: str, story: cal.Point, point: cal.Point, prev: Timex | None, story_at: int
) -> bool:
    """Whether ``point``, the second year of a range ("2019-20"), follows the story's year that
    the expression right before it told: a season or fiscal year of two calendar years."""
    return (
        rule_id == "date_range_second_year"
        and story.unit == "year"
        and point.unit == "year"
        and point.first.year == story.first.year + 1
        and prev is not None
        and prev.start == story_at
    )


def _unrealised_plan(text: str, sentence_start: int, start: int) -> bool:
    """Whether the date at ``start`` is the day of a plan that did not happen as told: in a
    past perfect ("had been meant to start the next day") or after "was supposed to"."""
    window = text[max(sentence_start, start - 100) : start]
    if " to " not in window:
        return False  # most dates: no infinitive before them in their sentence
    return _UNREALISED_PLAN.search(window) is not None


def _background_period(text: str, start: int, point: cal.Point) -> bool:
    """True if the quarter or half at ``start`` is named as the background of a comparison,
    after "after"/"following" and an indefinite article ("After a flat second quarter, ...",
    "following a weak first half"): a period described, not the one the report is about, so
    "the year-earlier period" and "a year ago" after it still compare with the reported one
    (TimeBank: wsj_0292)."""
    if point.unit not in ("quarter", "half"):
        return False
    return _AFTER_INDEFINITE.search(text, max(0, start - 40), start) is not None


def _reporting_day(text: str, start: int) -> bool:
    """Whether the expression at ``start`` is the day of a reporting clause after a comma
    ("The convoy reached the city on Monday, the United Nations said on Tuesday")."""
    lo = max(0, start - 80)
    return may_end_with(text, lo, start, _REPORTING_ENDS) and (
        _REPORTING_CLAUSE.search(text, lo, start) is not None
    )


#: A dated document a reporting clause names before its day (", the company said in a filing
#: with the regulator dated", ", officials said in a statement issued on"):
#: ``reported_document_nouns.tsv``.
_REPORTED_DOCUMENT = re.compile(
    r",\s{1,3}(?:[\w.'’-]+\s{1,3}){0,5}(?:\([A-Z][\w.&-]{0,11}\)\s{1,3})?(?:"
    + alternation(_REPORTING_VERBS)
    + r")\s{1,3}in\s{1,3}(?:a|an|its|their|the)\s{1,3}(?:[\w-]+\s{1,3}){0,1}(?:"
    + alternation(words("reported_document_nouns"))
    + r")(?:\s{1,3}[\w.'’&-]+){0,8}?\s{1,3}"
    + r"(?:dated|issued\s{1,3}on|published\s{1,3}on|of|on)\s{1,3}$",
    re.IGNORECASE,
)


#: A sentence's end between a reporting clause's comma and its day ("..., bound for Brest. Her
#: owners reported her missing on 12 January": no reporting clause of the sentence before).
_SENTENCE_BREAK = re.compile(r"[a-z)\]\d]{2}[.!?][\"”’]?\s")


def _reported_news_day(text: str, start: int) -> bool:
    """Whether the day at ``start`` is the day of a reporting clause after a comma in its own
    sentence (", the company said on Jan. 21", ", the company said in a filing ... dated Jan.
    21"): the day the report was made."""
    if not (_reporting_day(text, start) or _reported_document_day(text, start)):
        return False
    comma = text.rfind(",", max(0, start - 140), start)
    return comma >= 0 and _SENTENCE_BREAK.search(text, comma, start) is None


def _reported_document_day(text: str, start: int) -> bool:
    """Whether the day at ``start`` dates a document a reporting clause after a comma names
    (", the company said in a filing with the U.S. Consumer Product Safety Commission dated
    Jan. 21", ", the ministry said in a statement on Monday"): the day of the report."""
    lead = text[max(0, start - 12) : start].rstrip().lower()
    if not lead.endswith(("dated", " on", " of")):
        return False
    return _REPORTED_DOCUMENT.search(text, max(0, start - 140), start) is not None


#: Nouns of a sudden event and their kinds (``event_day_nouns.tsv``).
_EVENT_DAY_NOUNS = table("event_day_nouns")
#: A clock time's sentence opening with such a noun as subject, an onset verb and "at" ("The
#: magnitude 6.4 quake hit at", "The blaze broke out at about"): at most four words between.
_EVENT_ONSET = re.compile(
    r"(?:^|[.!?]\s{1,3}|\n)(?:The|the|That|that)\s{1,3}(?:[\w.-]+\s{1,3}){0,4}?(?P<noun>"
    + alternation(list(_EVENT_DAY_NOUNS))
    + r")\s{1,3}(?:"
    + alternation(words("event_onset_verbs"))
    + r")(?:\s{1,3}[\w-]+){0,3}?\s{1,3}at\s{1,3}(?:about\s{1,3}|around\s{1,3})?$",
    re.IGNORECASE,
)
#: A day dated as such an event's in a relative clause ("the earthquake that struck western
#: Nepal on", "a fire which broke out on"): the noun, "that"/"which", up to five words, "on".
_EVENT_DAY_RELATIVE = re.compile(
    r"\b(?P<noun>"
    + alternation(list(_EVENT_DAY_NOUNS))
    + r")\s{1,3}(?:that|which)\s{1,3}(?:[\w-]+\s{1,3}){1,5}?(?:on\s{1,3})?$",
    re.IGNORECASE,
)
#: A day that owns such an event ("Saturday's earthquake", "Tuesday's deadly blaze").
_EVENT_DAY_OWNER = re.compile(
    r"['’]s\s{1,3}(?:[\w-]+\s{1,3}){0,2}?(?P<noun>" + alternation(list(_EVENT_DAY_NOUNS)) + r")\b",
    re.IGNORECASE,
)


def _event_day(text: str, start: int, opening: int, out: list[Timex]) -> date | None:
    """The day an earlier sentence dated the event a clock time's sentence tells the onset of
    ("The death toll from the earthquake that struck western Nepal on Saturday rose to 212 on
    Sunday. ... The magnitude 6.4 quake hit at 12:47 p.m." = Saturday's 12:47; s39-wire, blind
    text 1101: was Sunday's), or None."""
    m = _EVENT_ONSET.search(text, max(0, opening - 3, start - 120), start)
    if m is None:
        return None
    kind = _EVENT_DAY_NOUNS[m.group("noun").lower()]
    for o in reversed(out[-8:]):
        value = o.value or ""
        if o.type != "DATE" or len(value) != 10 or o.start >= opening:
            continue
        named = _EVENT_DAY_RELATIVE.search(text, max(0, o.start - 80), o.start)
        if named is None:
            named = _EVENT_DAY_OWNER.match(text, o.end)
        if named is not None and _EVENT_DAY_NOUNS[named.group("noun").lower()] == kind:
            try:
                return date.fromisoformat(value)
            except ValueError:
                return None
    return None


#: The words of a polling day (``vote_day_words.tsv``): the vote's nouns, the polls and the
#: verbs of their opening or closing.
_VOTE_WORDS = kinds("vote_day_words")
#: A sentence opening with the polls as subject and a verb of their opening or closing ("Polls
#: closed at", "The last polling stations were open from"), up to two words before each.
_POLLS_CLOCK = re.compile(
    r"(?:The\s{1,3}|the\s{1,3})?(?:[\w-]+\s{1,3}){0,2}?(?:"
    + alternation(_VOTE_WORDS["polls"])
    + r")(?:\s{1,3}[\w-]+){0,2}?\s{1,3}(?:"
    + alternation(_VOTE_WORDS["verb"])
    + r")\b",
    re.IGNORECASE,
)
#: A day given as the vote's: the noun right before "on" ("the referendum on"), or as the
#: subject of "held" or "took place" ("elections were held in Poland on", "Elections to the
#: assembly were held on"; up to four words between), with no mark of a
#: sentence or a clause between; a noun after "of" is no vote's day ("announced the date of the
#: election on 8 August" dates the announcement).
_VOTE_BEFORE_DAY = re.compile(
    r"(?<!\bof\s)(?<!\bof\sthe\s)(?<!\bof\san\s)(?<!\bof\sa\s)\b(?:"
    + alternation(_VOTE_WORDS["vote"])
    + r")\s{1,3}(?:(?:(?:[\w-]+\s{1,3}){0,4}?(?:was|were|is|are|will\s{1,3}be)\s{1,3}held"
    r"|took\s{1,3}place|held)"
    r"(?:[^.;:!?\n]{0,40}?\s)?)?on\s{1,3}$",
    re.IGNORECASE,
)
#: A day whose voters the clause after it names ("On Thursday, voters in the city elected").
_VOTERS_AFTER_DAY = re.compile(r",?\s{1,3}(?:[\w-]+\s{1,3}){0,1}?voters\b", re.IGNORECASE)


def _vote_day(text: str, start: int, opening: int, out: list[Timex]) -> date | None:
    """The day an earlier sentence gave the vote whose polls the sentence of a clock time or a
    part of the day without a day of its own opens or closes ("Elections were held in Poland on
    15 October 2023. ... Polls closed at 9 p.m." = 15 October's 9 p.m.; s40-newsclock,
    narratives 404, 1122: was the day told last), or None."""
    if start - opening > 200 or _POLLS_CLOCK.match(text, opening, start) is None:
        return None
    return _earlier_day(
        out,
        opening,
        lambda o: (
            _VOTE_BEFORE_DAY.search(text, max(0, o.start - 90), o.start) is not None
            or _VOTERS_AFTER_DAY.match(text, o.end) is not None
        ),
    )


def _earlier_day(
    out: list[Timex], opening: int, accept: Callable[[Timex], bool], *, timed: bool = False
) -> date | None:
    """The day of the last of the dozen expressions before ``opening`` that ``accept`` takes: a
    DATE of a whole day, or with ``timed`` any value that starts with one (a clock time on its
    day); None when the first one taken is no real day, or none is (the polls', a court's and a
    match's day: :func:`_vote_day`, :func:`_heard_day`, :func:`_kickoff_day`)."""
    for o in reversed(out[-12:]):
        value = o.value or ""
        if o.start >= opening:
            continue
        if timed:
            if len(value) < 10 or value[4:5] != "-" or value[7:8] != "-":
                continue
        elif o.type != "DATE" or len(value) != 10:
            continue
        if accept(o):
            try:
                return date.fromisoformat(value[:10])
            except ValueError:
                return None
    return None


#: What a court heard (``court_heard_words.tsv``): the court's nouns and the verbs of hearing.
_HEARD_WORDS = kinds("court_heard_words")
#: A court's hearing: one of its nouns and a verb of hearing right after it ("Carlisle Crown
#: Court heard", "the jury was told", "Jurors have been told").
_HEARD = (
    rf"(?:{alternation(_HEARD_WORDS['court'])})\s{{1,3}}(?:{alternation(_HEARD_WORDS['heard'])})\b"
)
_COURT_HEARD = re.compile(r"\b" + _HEARD, re.IGNORECASE)
#: A sentence opening with a court's hearing ("The court was told that", "Jurors heard how"):
#: up to three words before the noun.
_OPENS_HEARD = re.compile(r"(?:[\w'’-]+\s{1,3}){0,3}?" + _HEARD, re.IGNORECASE)


def _heard_day(
    text: str, start: int, opening: int, out: list[Timex], sentences: Sentences
) -> date | None:
    """The day an earlier sentence told a court heard of, for a clock time without a day of its
    own in a sentence that opens with the court's hearing ("attacked him on
    the night of Friday 3 March, Carlisle Crown Court heard. The jury reached its verdict on
    Monday. The court was told that he arrived at about 11.20pm" = 3 March's 23:20;
    s40-newsclock, narrative 487: was Monday's), or None."""
    if start - opening > 300 or _OPENS_HEARD.match(text, opening, start) is None:
        return None
    return _earlier_day(
        out,
        opening,
        lambda o: _COURT_HEARD.search(text, *sentences.around(o.start)) is not None,
        timed=True,
    )


#: The words of a fixture's start (``kickoff_day_words.tsv``): the start of play, the match.
_KICKOFF_WORDS = kinds("kickoff_day_words")
#: The start of play named before a clock time in its sentence ("Kick-off at the Riverside is",
#: "Kick-off is 12.30pm, moved from": a dot between digits is no sentence's end).
_KICKOFF_BEFORE = re.compile(
    r"\b(?:" + alternation(_KICKOFF_WORDS["start"]) + r")\b(?:[^.;!?\n]|(?<=\d)\.(?=\d)){0,60}$",
    re.IGNORECASE,
)
#: A day that owns the match ("next Saturday's second leg", "Sunday's final").
_MATCH_OWNER = re.compile(
    r"['’]s\s{1,3}(?:[\w-]+\s{1,3}){0,2}?(?:" + alternation(_KICKOFF_WORDS["match"]) + r")\b",
    re.IGNORECASE,
)
#: A day given as the match's ("the final on", "the second leg on").
_MATCH_ON = re.compile(
    r"\b(?:" + alternation(_KICKOFF_WORDS["match"]) + r")\s{1,3}on\s{1,3}$", re.IGNORECASE
)


def _kickoff_day(text: str, start: int, opening: int, out: list[Timex]) -> date | None:
    """The day an earlier sentence gave the match whose start of play the clock time's
    sentence names before it ("take a 2-1 lead into next Saturday's second leg ... Kick-off at
    the Riverside is 12.30pm" = that Saturday's; s40-newsclock, narrative 894: was the day told
    last), or None."""
    if _KICKOFF_BEFORE.search(text, max(opening, start - 80), start) is None:
        return None
    return _earlier_day(
        out,
        opening,
        lambda o: (
            _MATCH_OWNER.match(text, o.end) is not None
            or _MATCH_ON.search(text, max(0, o.start - 30), o.start) is not None
        ),
    )


#: A reporting clause right after a direct quotation that names the day the words were said,
#: a weekday or "yesterday" ('," the governor told a radio station on Monday', '," he said
#: yesterday'), and one right before it ('On Monday, the mayor said: "', 'The mayor said on
#: Monday: "'): the quotation's "today", "tonight", "tomorrow", "next week" count from then.
_SAID_AFTER_QUOTE = re.compile(
    r"\s{0,3}(?:[\w.'’-]+\s{1,3}){0,5}?(?:"
    + alternation(_REPORTING_VERBS)
    + r")(?:\s{1,3}[\w.'’-]+){0,4}?\s{1,3}(?:on\s{1,3})?(?P<day>"
    + WEEKDAY
    + r"|yesterday)\b",
    re.IGNORECASE,
)
_SAID_BEFORE_QUOTE = re.compile(
    r"(?:^|[.!?]\s{1,3}|\n)(?:On\s{1,3}(?P<day>"
    + WEEKDAY
    + r"),?\s{1,3})?(?:[\w.'’-]+\s{1,3}){0,5}?(?:"
    + alternation(_REPORTING_VERBS)
    + r")(?:\s{1,3}on\s{1,3}(?P<day2>"
    + WEEKDAY
    + r"))?\s{0,2}[:,]\s{0,2}$",
    re.IGNORECASE,
)


#: How far back a quotation's paragraph may begin, and how far on it may close.
_QUOTE_REACH = 3000


def _quote_day(text: str, start: int, end: int, today: date) -> date | None:
    """The day on which the direct quotation around ``start``-``end`` was spoken, when a
    reporting clause attached to it names an earlier day than ``today`` ('"We expect everyone
    to be moved out by tonight," the governor told a radio station on Monday' = Monday night,
    s26-news: was the publication's night); None when the quotation names none or is today's.
    """
    lo = text.rfind("\n", max(0, start - _QUOTE_REACH), start) + 1
    if lo == 0 and start > _QUOTE_REACH:
        return None  # a paragraph too long to pair its quotation marks cheaply
    hi = text.find("\n", end, end + _QUOTE_REACH)
    hi = min(len(text), end + _QUOTE_REACH) if hi < 0 else hi
    before = text[lo:start]
    if before.count('"') % 2 == 1:
        opening = lo + before.rfind('"')
        closing = text.find('"', end, hi)
    elif before.rfind("“") > before.rfind("”"):
        opening = lo + before.rfind("“")
        closing = text.find("”", end, hi)
        if 0 <= text.find("“", end, hi) < closing:
            return None
    else:
        return None
    if closing < 0:
        return None
    word = None
    after = _SAID_AFTER_QUOTE.match(text, closing + 1, hi)
    if after is not None and text[closing - 1 : closing] in ",?!":
        word = after.group("day")
    else:
        lead = _SAID_BEFORE_QUOTE.search(text, max(lo, opening - 120), opening)
        if lead is not None:
            word = lead.group("day") or lead.group("day2")
    if word is None:
        return None
    if word.lower() == "yesterday":
        return today - timedelta(days=1)
    back = (today.isoweekday() - weekday_number(word)) % 7
    return today - timedelta(days=back) if back else None


#: The parts of a month ("early", "mid-", "late May") that may not have begun in the month of
#: the publication (see :func:`_resolve`).
_MONTH_PARTS = frozenset(("START", "MID", "END"))


def _resolve(found: Found, ctx: Context) -> tuple[Resolution, Interval | None, str | None] | None:
    """Anchor a value and narrow its interval; None if it cannot be placed on the calendar
    Python can represent (years 1 to 9999)."""
    try:
        res = resolve(found.spec, ctx)
        if res is None:
            return None
        if res.point is None:
            return res, res.interval, res.granularity
        if found.mod == "AFTER" and "T24:00" in res.value:
            # "shortly after midnight" with no day of its own: the midnight that opens the next
            # day, written as that day's T00:00 as "shortly after midnight on Tuesday" is
            res.value = cal.value(res.point)
        if found.mod in ("BEFORE", "AFTER") and res.point.clock is None:
            # "pre-2019 levels", "post-1945 design": open on one side, which the text does not
            # close; no interval is invented (a clock time's is the hour before or after it)
            return res, None, res.point.granularity
        interval = cal.narrow(res.point, found.mod, ctx.tz)
        if (
            found.mod in _MONTH_PARTS
            and ctx.tense == "past"
            and ctx.anchor is None
            and interval.start.date() > ctx.today
            and type(found.spec) is CalendarDate
            and found.spec.year is None
            and found.spec.day is None
            and not found.spec.ahead
        ):
            # s35-intervals: "The festival ran until the end of August", written on 1 August:
            # a part of the publication's month still to begin is no past event's; it is last
            # year's, as "at the end of the month" written on the 14th is the month before
            # (was this August's last third, and the event ran from the publication into it)
            first = res.point.first
            p = cal.Point("month", first.replace(year=first.year - 1))
            return Resolution(cal.value(p), p), cal.narrow(p, found.mod, ctx.tz), p.granularity
        return res, interval, res.point.granularity
    except (ValueError, OverflowError):
        return None


def _that_day(spec: Spec) -> bool:
    """True for the story's own day or a part of it, as "that day", "that afternoon" name it."""
    if type(spec) is PartOfDay:
        spec = spec.base
    return type(spec) is Offset and spec.unit == "day" and spec.n == 0 and spec.base == "anchor"


def _that_year(spec: Spec) -> bool:
    """True for the story's own year, as "that year" names it."""
    return type(spec) is Offset and spec.unit == "year" and spec.n == 0 and spec.base == "anchor"


#: A phrase of ``habitual_clock_leads.tsv`` right before a clock time ("is meant to be from",
#: "shuts at"): a rule or habit of any day (:func:`_habitual_clock`).
_HABITUAL_LEAD = re.compile(
    r"\b" + alternation(words("habitual_clock_leads")) + r"\s{1,3}$", re.IGNORECASE
)


def _habitual_clock(
    text: str, start: int, end: int, tense: str, out: list[Timex], first: int
) -> bool:
    """Whether a clock time without a day of its own at ``text[start:end]``, whose day would be
    one gone by, is a rule or a habit of any day (``XXXX-XX-XXT15:00``; s35-known2, blind texts
    948, 953): after a phrase of ``habitual_clock_leads.tsv`` in a clause that is not past
    ("Check-in is meant to be from 3pm", "The pool shuts at 6pm"), or after a SET told earlier
    in its sentence with no past verb between them ("Tracking has said 'out for delivery'
    every morning since Monday and then switches to 'delayed' at about 6pm"). A present clause
    cannot put its clock time on a past day; "Polls close at 8 p.m." on election day keeps it,
    its day is no past one. ``first`` is where the sentence starts."""
    lo = max(0, start - 32)
    if tense != "past" and _HABITUAL_LEAD.search(text, lo, start) is not None:
        return True
    for t in reversed(out[-4:]):
        if t.start < first:
            break
        if t.type == "SET" and t.end <= start:
            return tense_at(text[t.end : end], start - t.end, end - t.end) in ("present", "unknown")
    return False


def _set_led_clock(text: str, start: int, end: int, out: list[Timex], first: int) -> bool:
    """Whether a clock time without a day of its own at ``text[start:end]`` follows a SET told
    earlier in its sentence ("daily standup stays at 9:15", "Every morning the ferry leaves at
    7.15"), no other day or time told in the sentence before it and no past verb between them
    (a schedule's present, read as a future, is the habit's here): the time of the habit's
    every day (``XXXX-XX-XXT09:15``; s40-habitual, narrative 335: was the publication day's),
    whichever day it would take. ``first`` is where the sentence starts."""
    led = None
    for t in reversed(out[-4:]):
        if t.start < first:
            break
        if t.end > start:
            continue
        if t.type != "SET":
            # a day or a time told between ("daily, but on Friday at 9") or before the SET
            # ("On Tuesday trains will leave every 30 minutes between 6 a.m. and 9 a.m.",
            # "Tues 2:30 clashes with my weekly call, which never ends before 3"): that day's
            return False
        led = led or t
    if led is None or tense_at(text[first:end], start - first, end - first) == "past":
        return False  # "Sirens sounded every hour until 11pm": an episode
    tense = tense_at(text[led.end : end], start - led.end, end - led.end)
    if led.value.startswith("PT"):
        # a rate within a day ("every 2 hrs from 7am") not in a plan: "12 trains an hour
        # would run between 7 a.m. and 7 p.m." are a strike's day
        return tense in ("present", "unknown")
    return tense != "past"


def _ahead_of_past_clock(spec: Spec, tense: str, anchor: cal.Point | None, ref: datetime) -> bool:
    """True if ``anchor`` is a day still to come and ``spec`` a clock time with no day of its
    own in a past clause: it happened, so it is not on that day ("The union called a strike
    for Friday. The stoppage began at 6 a.m.": the publication's day, not Friday's); so after
    a weekend or a week still to come ("Airlines had canceled 4,100 flights scheduled for this
    weekend by 5 p.m.": not the weekend's, nor the day told before it; s35-known2)."""
    return (
        type(spec) is ClockTime
        and spec.base is None
        and tense == "past"
        and anchor is not None
        and anchor.first > ref.date()
    )


#: A word of the first person: a trip told after it is someone's own ("On Friday 23 October we
#: picked up the hire car"); a report of days long past ("attacked him on the night of Friday 3
#: March ... reached its verdict on Monday", published in September) names its weekdays from
#: the publication's week, while one of a story weeks back goes on by weekday from the days it
#: dates ("The strike started on Monday, Feb. 2. It ended on Friday", published on 3 March:
#: 6 February), up to ``_STORY_BACK`` before the publication.
_FIRST_PERSON = re.compile(
    r"\b" + flat_alternation(r[0] for r in rows("first_person_words")) + r"\b"
)
_STORY_BACK = timedelta(days=42)
#: How far ahead of (or back from) the publication a day written with its weekday must lie to be
#: a plan's (a trip's told after it).
_PLAN_AHEAD = timedelta(days=7)
#: How near the day told with its date the talk of a chat must stay to be at its plan.
_PLAN_AROUND = timedelta(days=3)
#: What may stand before a weekday that opens its sentence ("On Thursday, it will vote").
_OPENING_ON = re.compile(r"(?:on\s{1,3})?", re.IGNORECASE)


def _dated_weekday(spec: Spec) -> bool:
    """True for a date written with its weekday ("Friday 3 July", "Saturday, Nov. 22"), or a
    time on one."""
    spec = _day_base(spec)
    return type(spec) is CalendarDate and spec.weekday is not None and spec.day is not None


def _names_year(spec: Spec) -> bool:
    """True if ``spec`` fixes its year, as a number ("August 2025") or from the reference ("August
    last year"): the end of a range or list whose start takes that year."""
    return has_year(spec) or type(spec) is MonthOfYear


def _from_day_anchor(spec: Spec) -> bool:
    """True if ``spec`` takes its day from the text's day: "that day", "the same day" (an
    offset of no days from the anchor) or a clock time with no day of its own."""
    return (type(spec) is ClockTime and spec.base is None) or (
        type(spec) is Offset and spec.unit == "day" and spec.n == 0 and spec.base == "anchor"
    )


#: A signal of a start that opens its sentence ("From September, ...", "Starting in April, ...").
_FRONTED_START = re.compile(r"\s*[A-Za-z]+(?:\s{1,3}(?:in|on))?\s{1,3}")

#: Granularities of a day or finer: a weekday after "until" or "through" after a weekday (or its
#: time) ahead in its sentence follows it.
_DAY_OR_FINER = frozenset({"day", "partofday", "hour", "minute", "second"})


def _day_base(spec: Spec) -> Spec:
    """The day a clock time or a part of a day is on ("midnight Sunday", "Sunday night"), the
    spec itself for anything else."""
    while (type(spec) is ClockTime or type(spec) is PartOfDay) and spec.base is not None:
        spec = spec.base
    return spec


def _yearless_day_near(spec: Spec, day: cal.Point | None) -> bool:
    """Whether ``spec`` is a day of a month without its year within ``LEAD_REACH`` days of
    ``day`` (the day a lead or a section's lead dated)."""
    return (
        day is not None
        and type(spec) is CalendarDate
        and spec.year is None
        and spec.day is not None
        and _near_day(spec, day, LEAD_REACH)
    )


#: How far (in characters) after a chat message named the days of a trip or a stay its
#: weekdays may stand for them (about fifteen short messages), how far ahead of the message the
#: first may lie and how long the stretch may be (three weeks, two weeks)
_TALK_STRETCH_REACH = 1500
_TALK_STRETCH_AHEAD = 21
_TALK_STRETCH_LONG = 14


#: What joins the first and the last day of a stretch a chat message names: a dash or a word
#: of a range ("the 27th-29th", "fri 22nd to mon 25th"), or a word of return before the last
#: ("out fri 22nd, back tues 26th")
_STRETCH_JOIN = re.compile(
    rf"\s{{0,2}}(?:[-–]|(?:{alternation(words('colloquial_range_words'))})\b)\s{{0,2}}"
    rf"|.{{0,20}}\b(?:{alternation(words('trip_return_words'))})\s{{1,3}}",
    re.IGNORECASE,
)


def _talk_weekday(
    text: str, dated_days: list[tuple[date, int, int]], weekday: int, at: int, today: date
) -> date | None:
    """The day a chat weekday looking ahead at ``at`` stands for when a message before it named
    a stretch of days with their dates ("can everyone still do the 27th-29th?", "out fri 22nd,
    back tues 26th"; ``dated_days``, the days named with their day of the month, where they
    start and end): the day of the stretch that falls on it; None when the weekday falls
    outside the stretch, the last two such days within reach are no stretch ahead of ``today``
    (the message's day), or a blank line (a new post) stands between."""
    if len(dated_days) < 2:
        return None
    (first, first_at, first_end), (last, last_at, _) = dated_days[-2:]
    if (
        at - first_at > _TALK_STRETCH_REACH
        or not 0 < (first - today).days <= _TALK_STRETCH_AHEAD
        or not 0 < (last - first).days <= _TALK_STRETCH_LONG
        or _STRETCH_JOIN.fullmatch(text, first_end, last_at) is None
        or text.find("\n\n", first_at, at) >= 0
    ):
        return None
    day = first + timedelta(days=(weekday - first.isoweekday()) % 7)
    return day if day <= last else None


#: How far (in characters) after the day a chat named its messages' clock times are still on
#: that day rather than on their stamps' (about ten short messages).
_PLAN_TALK_REACH = 1000


def _moved_to_day(
    res: Resolution, interval: Interval | None, day: date
) -> tuple[Resolution, Interval | None]:
    """``res`` and ``interval`` of a day (or a time or a part of a day) moved to ``day``, the
    clock time or part of the day kept."""
    assert res.point is not None
    step = day - res.point.first
    res = replace(res, value=day.isoformat() + res.value[10:], point=replace(res.point, first=day))
    if interval is not None:
        interval = Interval(interval.start + step, interval.end + step)
    return res, interval


#: What follows a day a chat message agrees on ("sat it is then", "ok sat 19th it is", "sat is
#: fine for me", "the 23rd works for me": ``chat_day_agreement_words.tsv``): the plan's day,
#: which the talk's later weekdays of its name stand for (s41-agreed).
_AGREED_AFTER = re.compile(
    rf"[ \t]{{1,3}}(?:{alternation(words('chat_day_agreement_words'))})"
    r"(?:[ \t]{1,3}(?:then|for[ \t]{1,3}(?:me|us|everyone)|by[ \t]{1,3}me|with[ \t]{1,3}me))?"
    r"[ \t]*(?:[^\w\s'’]|\n|\Z)",
    re.IGNORECASE,
)
#: ... or what settles it before it ("dads op is confirmed for thurs 3rd":
#: ``chat_day_agreement_leads.tsv``).
_AGREED_BEFORE = re.compile(
    rf"(?<![\w'’])(?:{alternation(words('chat_day_agreement_leads'))})[ \t]{{1,3}}$",
    re.IGNORECASE,
)
#: How far (in characters) after a chat agreed on a day its weekday still stands for it (about
#: thirty short messages), and how far ahead of a message the day may lie (eight weeks).
_AGREED_REACH = 3000
_AGREED_AHEAD = 56
#: "on the day", "for the day" in chat: the day of an occasion, not the message's ("tell him on
#: the day"; not "on the day of the vote", "for the day before", "the day off").
_PLAN_THE_DAY = re.compile(r".*\b(?:on|for)[ \t]{1,3}the[ \t]{1,3}day", re.IGNORECASE | re.DOTALL)
_PLAN_THE_DAY_END = re.compile(r"(?![ \t]{1,3}(?:of|before|after|off|out|itself)\b)", re.IGNORECASE)


def _agreed_weekday(
    text: str, agreed: tuple[date, int] | None, weekday: int, at: int, today: date
) -> date | None:
    """The day a chat agreed on (``agreed``: the day and where it was agreed) that a bare
    weekday at ``at`` names again ("sat 19th?" ... "ok sat 19th it is" ... "booked!! table for
    6, sat 8pm" written on the 11th = the 19th, not the 12th): None when the weekday is another
    one, the day is not ahead of ``today`` (the message's day) within ``_AGREED_AHEAD`` days,
    or the talk has gone on too far or past a blank line (a new post)."""
    if agreed is None:
        return None
    day, agreed_at = agreed
    if (
        day.isoweekday() != weekday
        or not 0 < (day - today).days <= _AGREED_AHEAD
        or at - agreed_at > _AGREED_REACH
        or text.find("\n\n", agreed_at, at) >= 0
    ):
        return None
    return day


#: The minute of the day a part of the day stands for when a clock time of the plan is read
#: beside it ("thurs evening" ... "visiting ends at 8": 20:00).
_POD_MINUTES = {"MO": 9 * 60, "AF": 15 * 60, "EV": 19 * 60, "NI": 21 * 60}


def _minutes_of_day(point: cal.Point) -> int | None:
    """The minute of the day of a clock time's ``point``, or of its part of the day
    (:data:`_POD_MINUTES`); None for a day."""
    if point.clock is not None:
        return point.clock.hour * 60 + point.clock.minute
    return _POD_MINUTES.get(point.pod or "")


def _nearer_after_noon(clock: time, minutes: int) -> bool:
    """Whether a morning ``clock`` read twelve hours on lies nearer the minute of the day
    ``minutes`` (a plan's last time) than as read."""
    said = clock.hour * 60 + clock.minute
    return abs(said + 720 - minutes) < abs(said - minutes)


#: A verb that moves a date (``tense_delay_verbs.tsv``, ``weekday_move_verbs.tsv``), up to three
#: words (its object) and "from" right before a weekday, and "to" after it before another:
#: "essay deadline moved from fri to mon", "can we push the call from tues to thurs".
_MOVED_FROM = re.compile(
    rf"\b(?:{alternation(words('tense_delay_verbs') | words('weekday_move_verbs'))})"
    r"(?:\s{1,3}[\w'’]{1,20}){0,3}?\s{1,3}from\s{1,3}$",
    re.IGNORECASE,
)
_MOVED_TO = re.compile(r"\s{1,3}(?:to|til|till|until)\s{1,3}", re.IGNORECASE)


def _moved_from_day(weekday: int, today: date) -> date:
    """The day a plan in chat is moved from, a weekday, when it is moved to another weekday:
    the coming one (from ``today``, the message's day, on), as the day moved to lies ahead
    (:func:`tense.delayed_to`) and follows it ("essay deadline moved from fri to mon" on a
    Wednesday, "can we push the call from tues to thurs?")."""
    return today + timedelta(days=(weekday - today.isoweekday()) % 7)


def _on_weekday(spec: Spec) -> bool:
    """A weekday, or a time or part of a weekday ("Sunday", "midnight Sunday", "Sunday night")."""
    return type(_day_base(spec)) is WeekdayRef


def _night(spec: Spec) -> bool:
    """A night, a weekend or a part of the story's day ("through the night", "through
    Tuesday night", "worked through the weekend", "by the evening"): after "through" or "by"
    in a past clause it is the time the activity filled or reached, not a limit ahead ("valid
    through Friday")."""
    return (
        isinstance(spec, StoryNight | StoryPartOfDay)
        or _weekend(spec)
        or (type(spec) is PartOfDay and spec.pod == "NI")
    )


def _weekend(spec: Spec) -> bool:
    """A weekend ("the weekend", "this weekend")."""
    return type(spec) is WeekendRef or (type(spec) is CalendarRelative and spec.unit == "weekend")


def _next_clock(
    found: Found, res: Resolution, ctx: Context, start: datetime
) -> tuple[Resolution, Interval | None, str | None] | None:
    """The end of a clock range that crosses midnight ("from 10 p.m. to 6 a.m.", "between 11
    p.m. and 4 a.m."): a clock time with no day of its own, on the day after the range's
    ``start`` (in the start's zone, which a zone written after the end gave it: "from 10 p.m. to
    6 a.m. GMT"); None for anything else."""
    spec = found.spec
    if type(spec) is not ClockTime or spec.base is not None or res.point is None:
        return None
    nxt = cal.Point("day", start.date() + timedelta(days=1))
    return _resolve(found, replace(ctx, anchor=nxt, prefer=None))


def _clock_before(
    found: Found, ctx: Context, end: Found, res: Resolution
) -> tuple[Resolution, Interval | None, str | None] | None:
    """The start of a clock range whose end alone names its day ("between 8 p.m. and 5 a.m.
    Friday", "from 10 am till late on Monday night": a part of that day after the clock time):
    on that day, or the day before when its clock time is not earlier than the end's;
    and its zone ("from 9 a.m. to 1 p.m. Moscow time", "from 10:30 to 11:45 GMT": both ends are
    Moscow's, UTC's); None for anything else."""
    spec, last = found.spec, end.spec
    if (
        type(spec) is ClockTime
        and spec.base is not None
        and spec.zone is None
        and spec.tz_minutes is None
        and type(last) is ClockTime
        and last.base is not None
        and (last.zone is not None or last.tz_minutes is not None)
    ):
        # s33-intervals: "between 10 p.m. Saturday and 5 a.m. Sunday Eastern time": a zone
        # written once, after the end's day, holds for a start with a day of its own too (was
        # the article's offset)
        return _resolve(
            replace(found, spec=replace(spec, zone=last.zone, tz_minutes=last.tz_minutes)), ctx
        )
    if (
        type(spec) is ClockTime
        and spec.base is None
        and type(last) is PartOfDay
        and ctx.tense == "past"
        and res.point is not None
        and res.point.pod is not None
        and time(spec.hour, spec.minute) < time(cal.PART_OF_DAY_HOURS[res.point.pod][0])
    ):
        # "met from 10 am till late on Monday night", "worked from 9 a.m. until Tuesday
        # evening": in a past clause a clock time before the part of day that ends the range is
        # on its day ("will be shut from 9 am until Friday evening" starts at the next 9 am)
        day = res.point.first
        return _resolve(found, replace(ctx, anchor=cal.Point("day", day), prefer=None))
    if not (
        type(spec) is ClockTime
        and spec.base is None
        and type(last) is ClockTime
        and res.point is not None
    ):
        return None
    if spec.zone is None and spec.tz_minutes is None and (last.zone or last.tz_minutes is not None):
        found = replace(found, spec=replace(spec, zone=last.zone, tz_minutes=last.tz_minutes))
        if last.base is None:
            return _resolve(found, ctx)
    if last.base is None:
        return None
    day = res.point.first
    if last.hour == 24:
        # s32-intervals: "from 7 a.m. to midnight on Sunday" ends as Sunday ends: the day
        # named is the one before midnight's instant, and the start is on it (was Monday's 7
        # a.m., and the end then moved a week on)
        day -= timedelta(days=1)
    if (spec.hour, spec.minute) >= (last.hour, last.minute):
        day -= timedelta(days=1)
    return _resolve(found, replace(ctx, anchor=cal.Point("day", day), prefer=None))


#: The opening of a clock time's gloss in parentheses: "10:23 p.m. EDT on Tuesday (0223 UTC".
_OPEN_GLOSS = re.compile(r"\s{0,3}\(\s{0,2}")


def _past_on_told_today(ctx: Context, ref: datetime) -> bool:
    """Whether a past clause is told on the publication's day from a clock time before the
    publication, stated in a zone whose offset is the publication's ("announced at 2:20 a.m.
    local time" under a Berlin dateline, published at 07:15 +02:00): a later clock time there
    that happened is the day before's ("a debate that began at 8:15 p.m."). A clock time in no
    zone may be another place's ("10am local time (4.30am GMT)"), which bare ones follow."""
    a = ctx.anchor
    return (
        ctx.tense == "past"
        and a is not None
        and a.unit == "day"
        and a.first == ref.date()
        and a.clock is not None
        and a.clock <= ref.time()
        and a.tz is not None
        and a.tz.utcoffset(ref) == ref.utcoffset()
    )


#: The hour from which a clock time is the night's (see :func:`_runs_past_midnight`).
_NIGHT_CLOCK = 20
#: The end of the morning hours (see :func:`_runs_past_midnight`).
_MORNING_HOURS_END = cal.PART_OF_DAY_HOURS["MO"][1]
#: The end of the small hours a night's story runs into (see ``_SMALL_HOURS_CLOCK``).
_SMALL_HOURS_END = 5
#: A twenty-four-hour clock time of the small hours, written with its leading zero ("00:15",
#: "01:30", "0030"), as a night told in order writes what came after midnight.
_SMALL_HOURS_CLOCK = re.compile(r"0[0-4][:.h]?[0-5]\d(?!\d)")
#: A duration of whole hours ("PT7H").
_HOURS_VALUE = re.compile(r"PT(\d{1,2})H$")


def _runs_past_midnight(out: list[Timex], after: int, hour: int) -> bool:
    """Whether a duration of hours told after offset ``after`` carries a night's clock time at
    ``hour`` past midnight ("began at about 11pm on Wednesday and went on for about seven
    hours")."""
    for t in reversed(out):
        if t.start <= after:
            return False
        m = _HOURS_VALUE.match(t.value) if t.type == "DURATION" else None
        if m is not None and hour + int(m.group(1)) > 24:
            return True
    return False


#: A range of days longer than this is a period a figure covers, not days a story is on.
_STORY_RANGE = timedelta(days=8)


def _long_day_range(text: str, opener: Timex, start: int, interval: Interval | None) -> bool:
    """Whether the day at ``start`` closes a range of days that ``opener`` opens and that spans
    more than :data:`_STORY_RANGE` ("between May 1 and June 30", "from March 3 to April 20")."""
    return (
        opener.type == "DATE"
        and opener.interval is not None
        and interval is not None
        and interval.end - opener.interval.start > _STORY_RANGE
        and closes_range(text, opener, start)
    )


#: The capitalised head of a plan named by the year it aims at, right before it ("the reforms
#: known as Agenda 2010", "Vision 2030"; ``year_target_heads.tsv``).
_TITLE_HEAD_BEFORE = re.compile(
    r"(?<![\w.])(?P<head>[A-Z][a-z]{1,15})\s{1,2}$",
)
_TARGET_HEADS = frozenset(words("year_target_heads"))


def _title_year(text: str, start: int, spec: Spec) -> bool:
    """Whether the year at ``start`` ends a plan's name ("Agenda 2010", "Vision 2030"): it
    names a thing, as "the 2026 budget draft" does, and dates no event the story moves to
    ("The following March he set out Agenda 2010. Two years later ...": 2005; s31-wire); an
    act's year ("the Local Government Act 1972") is when it was made and still does."""
    if not (type(spec) is CalendarDate and spec.month is None):
        return False
    m = _TITLE_HEAD_BEFORE.search(text, max(0, start - 20), start)
    return m is not None and m.group("head").lower() in _TARGET_HEADS


#: An opening parenthesis and up to two words before a clock time after a day ("on Boxing Day
#: (kick-off 3pm)", "on Friday (doors 7pm)").
_CLOCK_GLOSS_OF_DAY = re.compile(
    r"[ \t]{0,2}\([ \t]{0,2}(?:[\w-]{1,12}:?[ \t]{1,3}){0,2}(?:at[ \t]{1,3})?"
)


#: The rules of bare hours whose day a day named before them in their sentence gives
#: (s40-barehours: "on sat in the big shed, doors from 10 til 2"): chat's bare hours but the
#: hour one has been up since, the hour it is now and a dot clock with its own day, and "half 6".
_DAY_HOURS_RULES = (
    colloquial.BARE_HOUR_RULES
    - {"time_since_hour_colloquial", "time_now_hour_colloquial", "time_dot_clock_day_colloquial"}
) | {"time_half_hour"}


#: How far after its day (characters from the day's end) a bare hour may stand to be its.
_DAY_HOURS_REACH = 40


def _day_of_hours(out: list[Timex], day_at: int, opening: int, start: int) -> bool:
    """Whether the day named at ``day_at`` gives the bare hour at ``start`` its day: that day
    (a DATE, or a TIME on a day: "sat morn", "9am PT"), or a bare hour after it, is the last
    expression but bare hours before ``start``, in the sentence opening at ``opening``, its run
    of bare hours starting at most :data:`_DAY_HOURS_REACH` characters after it ("sat from 10
    til 2")."""
    after = start  # where the run of bare hours after the day starts
    for t in reversed(out):
        if t.type == "TIME" and t.rule in _DAY_HOURS_RULES:
            after = t.start
            continue
        return (
            t.type in ("DATE", "TIME")
            and opening <= t.start <= day_at
            and after - t.end <= _DAY_HOURS_REACH
        )
    return False


def _zone_gloss(text: str, prev: Timex | None, found: Found, start: int) -> bool:
    """Whether ``found`` is a clock time in parentheses right after a clock time it restates
    in another zone ("11 p.m. ET on Thursday (0300 UTC)")."""
    return (
        prev is not None
        and prev.type == "TIME"
        and found.type == "TIME"
        and type(found.spec) is ClockTime
        and prev.end <= start
        and _OPEN_GLOSS.fullmatch(text, prev.end, start) is not None
    )


def _gloss_beside(
    found: Found, ctx: Context, value: str
) -> tuple[Resolution, Interval | None, str | None] | None:
    """A clock time on a weekday in the gloss of a time dated ``value`` ("10:23 p.m. EDT on
    Tuesday (0223 UTC Wednesday)"): on that weekday within three days of the glossed time's
    day, which the gloss restates across midnight; None for anything else."""
    spec = found.spec
    if not (type(spec) is ClockTime and type(spec.base) is WeekdayRef):
        return None
    try:
        day = date.fromisoformat(value[:10])
    except ValueError:
        return None
    shift = (spec.base.weekday - day.isoweekday() + 3) % 7 - 3
    day += timedelta(days=shift)
    return _resolve(
        replace(found, spec=replace(spec, base=CalendarDate(day.year, day.month, day.day))), ctx
    )


def _dayless(last: tuple[Found, Context] | None) -> bool:
    """Whether the last expression is a clock time that neither names its day nor got one from
    the text (it stands on the publication's day only because nothing else was said: "at 9
    p.m. ET (0100 GMT Saturday)")."""
    if last is None:
        return False
    spec = last[0].spec
    ctx = last[1]
    return (
        type(spec) is ClockTime
        and spec.base is None
        and ctx.anchor is None
        and ctx.day_anchor is None
    )


#: One lower-case noun (and "on") between a clock time and a day: "sailings tomorrow", "flight
#: on Friday".
_NOUN_BEFORE_DAY = re.compile(r"\s{1,3}(?P<noun>[a-z]{3,15}(?:-[a-z]{2,10})?)\s{1,3}(?:on\s{1,3})?")
#: Words that are no noun there: signals and ``clock_slot_blockers.tsv`` ("at 6pm until
#: Monday", "6pm and Friday").
_NOT_NOUNS = frozenset(w.lower() for w in words("signals") if " " not in w) | words(
    "clock_slot_blockers"
)
#: A clock time alone, as a noun's modifier writes it: "07:15", "9am", "6 p.m.".
#: A possessive "'s" and the clock time of a slot after a weekday ("Sunday's 4.30 p.m.
#: kick-off", "Friday's 8pm deadline"): not data, the possessive and the clock's shapes.
_POSSESSIVE_SLOT = re.compile(
    r"['’]s\s{1,3}(?:\d{1,2}(?:[:.]\d{2})?\s?[ap]\.?m\b\.?|\d{1,2}[:.]\d{2}\b|noon\b|midday\b)",
    re.IGNORECASE,
)
_BARE_CLOCK = re.compile(r"\d{1,2}(?:[:.]\d{2})?\s?(?:[ap]\.?m\.?)?", re.IGNORECASE)
#: A determiner right before the first clock time of such a noun phrase
#: (``clock_slot_determiners.tsv``).
_DETERMINER_END = re.compile(
    rf"(?<!\w)(?:{alternation(words('clock_slot_determiners'))})\s{{1,3}}$", re.IGNORECASE
)
#: What joins two such clock times: "07:15 and 13:40", "9am, noon or 3pm".
_CLOCK_LIST = re.compile(r"\s{0,2}(?:,\s{0,2}|\s(?:and|or|&)\s{1,3})")


def _attributive_clocks(text: str, out: list[Timex]) -> list[int]:
    """The indices in ``out`` of the clock times that end it and modify a noun after them,
    after a determiner ("The 07:15 and 13:40 [sailings]"); none otherwise."""
    chain: list[int] = []
    k = len(out) - 1
    while k >= 0 and out[k].type == "TIME" and out[k].interval is not None:
        if _BARE_CLOCK.fullmatch(out[k].text) is None:
            break
        chain.append(k)
        if k == 0 or _CLOCK_LIST.fullmatch(text, out[k - 1].end, out[k].start) is None:
            break
        k -= 1
    if not chain:
        return []
    first = out[chain[-1]].start
    return chain if _DETERMINER_END.search(text, max(0, first - 8), first) else []


#: How far back a present perfect is sought for a past date of news after it in its sentence
#: (the sentence's start bounds it too): the date is the latest before the publication.
_PERFECT_SENTENCE_REACH = 240

#: How long a background time must be over before a present perfect is no longer of it.
_STALE_STORY = timedelta(days=366)


#: A sitting's noun and a verb of its close right before "at" and a clock time: "The meeting
#: closed at", "the hearing was adjourned at" (``sitting_nouns.tsv``,
#: ``sitting_close_verbs.tsv``).
_SITTING_CLOSED = re.compile(
    r"\b(?P<noun>"
    + alternation(sorted(words("sitting_nouns")))
    + r")\s{1,3}(?:"
    + alternation(sorted(words("sitting_close_verbs")))
    + r")\s{1,3}at\s$",
    re.IGNORECASE,
)
#: How far before a day and clock time the sitting's noun may stand ("the meeting held in the
#: village hall on Tuesday 3 March 2026 at 7.30pm").
_SITTING_REACH = 80


def _opened_day(
    text: str, out: list[Timex], at: int, close: datetime, ref: datetime
) -> date | None:
    """The day a sitting opened whose close a bare clock time at ``at`` dates ("The meeting
    closed at 9.05pm"): that of the first day and clock time earlier in the text with the same
    noun shortly before it ("the meeting held ... on Tuesday 3 March at 7.30pm"), when its
    clock is earlier in the day than the close; None if there is none or it is that day."""
    m = _SITTING_CLOSED.search(text, max(0, at - 40), at)
    if m is None:
        return None
    noun = re.compile(r"\b" + re.escape(m.group("noun")) + r"\b", re.IGNORECASE)
    for t in out:
        if (
            t.type == "TIME"
            and t.interval is not None
            and t.value[:4].isdigit()
            and "T" in t.value
            and t.value[11:13].isdigit()
            and noun.search(text, max(0, t.start - _SITTING_REACH), t.start)
        ):
            opened = t.interval.start
            if opened.time() >= close.time() or opened.date() == close.date():
                return None
            later = (
                u.interval.start.date()
                for u in out
                if u.start > t.start and u.interval is not None and not u.value.startswith("P")
            )
            if any(opened.date() < day <= ref.date() for day in later):
                # "The hearing began on Monday at 10am. On Wednesday the judge ruled. The
                # hearing ended at 4.15pm": the story moved on to a later day that has passed
                return None
            return opened.date()
    return None


def _night_anchor_hour(spec: ClockTime, res: Resolution, anchor: cal.Point | None) -> int | None:
    """The hour of the anchor when a clock time without a day of its own (``spec``) took the
    day of the anchor, a clock time of that day's night ("boarding at 23:40 ... doors shut at
    00:15", "began at about 11pm on Wednesday ... lifted at 07:48"), else None: the two tests
    that may move it past that midnight start from here."""
    if (
        spec.base is None
        and res.point is not None
        and anchor is not None
        and anchor.unit == "day"
        and anchor.clock is not None
        and anchor.clock.hour >= _NIGHT_CLOCK
        and res.point.first == anchor.first
    ):
        return anchor.clock.hour
    return None


def _day_shifted(
    res: Resolution, interval: Interval, step: timedelta
) -> tuple[Resolution, Interval]:
    """A clock time's resolution and interval moved by ``step`` (whole days): its point's day,
    and the value's own day, which for midnight (T24:00) is the day before its point's ("since
    midnight" after "from 11:40 p.m. until 2:15 a.m.", s31-wire)."""
    assert res.point is not None
    written = date.fromisoformat(res.value[:10]) + step
    moved = replace(
        res,
        value=written.isoformat() + res.value[10:],
        point=replace(res.point, first=res.point.first + step),
    )
    return moved, Interval(interval.start + step, interval.end + step)


def _redated(timex: Timex, resolved: tuple[Resolution, Interval | None, str | None]) -> Timex:
    """``timex`` with the value, interval and granularity of a new resolution of it (a range's
    start read with its end's year, a clock time moved to its restatement's day ...)."""
    res, interval, granularity = resolved
    return replace(timex, value=res.value, interval=interval, granularity=granularity)


#: What stands between a clock time and its restatement in another zone: "(", ", or", "/", a
#: comma ("at 7:05 p.m. PDT, or 0205 GMT on Friday", "9 p.m. ET (0100 GMT Saturday)", "9:30
#: a.m. ET, 1430 GMT, on Monday": only the same moment on a day near the restatement's is one).
_RESTATING = re.compile(r"\s{0,3}(?:\(\s{0,2}|,?\s{1,3}or\s{1,3}|/\s{0,2}|,\s{1,3})")


def _restated_by(
    found: Found, ctx: Context, end: Found, interval: Interval
) -> tuple[Resolution, Interval | None, str | None] | None:
    """A clock time in a zone but without a day, restated right after in another zone with its
    day ("at 7:05 p.m. PDT, or 0205 GMT on Friday"; ``end`` the restatement, ``interval`` its
    interval): on the day that makes the two the same moment (Thursday 19:05 PDT), the day
    before or after the restatement's; None when no day does (two times, not one)."""
    spec, last = found.spec, end.spec
    if not (
        type(spec) is ClockTime
        and spec.base is None
        and (spec.zone is not None or spec.tz_minutes is not None)
        and type(last) is ClockTime
        and last.base is not None
        and (last.zone is not None or last.tz_minutes is not None)
    ):
        return None
    day = interval.start.date()
    for shift in (-1, 0, 1):
        on = day + timedelta(days=shift)
        moved = replace(spec, base=CalendarDate(on.year, on.month, on.day))
        out = _resolve(replace(found, spec=moved), ctx)
        if out is not None and out[1] is not None and out[1].start == interval.start:
            return out
    return None


#: What joins two clock times of one day: "and", a verb of at most three words, "at" ("open at
#: 7 a.m. and close at 8 p.m. on Sunday", "began at 8 a.m. local time and ended at"); the
#: words are grammar, not a list.
#: What joins two months or seasons of one year written once: "January and February 1864",
#: "the spring and summer of 1916", "May or June 1940", "March, April and May 1917".
_COORDINATED = re.compile(r",?\s{1,3}(?:and|or|&)\s{1,3}|,\s{1,3}")
_AND_AT = re.compile(
    r"(?:\s{1,3}local\s{1,3}time)?,?\s{1,3}and\s{1,3}(?:[a-z]{2,15}\s{1,3}){1,3}at\s{1,3}"
)


def _clock_joined(
    found: Found, ctx: Context, end: Found, res: Resolution
) -> tuple[Resolution, Interval | None, str | None] | None:
    """A clock time without a day joined by "and ... at" to a later one that names its day
    ("Polls open at 7 a.m. and close at 8 p.m. on Sunday"): on that day, in the other's zone
    when it has none (:func:`_clock_before`); None when its clock is not earlier, as the two
    need not be one day then, or for anything else."""
    spec, last = found.spec, end.spec
    if not (
        type(spec) is ClockTime
        and type(last) is ClockTime
        and spec.base is None
        and last.base is not None
        and (spec.hour, spec.minute) < (last.hour, last.minute)
    ):
        return None
    return _clock_before(found, ctx, end, res)


#: The first whole year of the Gregorian calendar: the weekdays of earlier dates are an old
#: calendar's.
_GREGORIAN = 1583


def _weekday_fits(spec: Spec) -> bool:
    """False for a date with its weekday that a story's year put on another weekday ("Friday
    25 September" placed in 2024, a Wednesday); True for anything else."""
    if (
        type(spec) is CalendarDate
        and spec.weekday is not None
        and spec.year is not None
        and spec.year >= _GREGORIAN
    ):
        try:
            day = date(spec.year, spec.month or 1, spec.day or 1)
        except ValueError:
            return False
        return spec.day is None or day.isoweekday() == spec.weekday
    return True


#: A clock time written as the morning's ("4:10 a.m.", "2am") for :func:`_overnight_after`.
_MORNING_CLOCK = re.compile(r"\d\s?a\.?m\b\.?", re.IGNORECASE)
#: Words before a clock time that tell a time earlier than the one told before it.
_EARLIER_LEAD = re.compile(
    r"\b(?:earlier|before|previous|already|since)\b[^.;]{0,40}$", re.IGNORECASE
)


def _overnight_after(text: str, last: Timex, day: date, start: int, end: int) -> bool:
    """Whether the clock time at ``start``-``end``, written as the morning's, comes right
    after ``last``, an evening's or a night's clock time (6 p.m. or later) of ``day``, in the
    same paragraph or the next, with no word of an earlier time before it in its sentence
    ("Earlier, at 4 a.m., ...", "in the terminal since 4am"): the night goes on into the next
    morning."""
    value = last.value or ""
    if last.type != "TIME" or len(value) < 13 or value[10] != "T" or not value[11:13].isdigit():
        return False
    if value[:10] != day.isoformat() or int(value[11:13]) < 18:
        return False
    if _MORNING_CLOCK.search(text, start, end) is None:
        return False
    lead = text[max(last.end, start - 60) : start]
    return _EARLIER_LEAD.search(lead) is None and text.count("\n\n", last.end, start) <= 2


def _weekday_year(spec: StorySpec) -> StorySpec:
    """A date with its weekday that the story's year puts on another weekday, in the year
    after it or the one before it that has that weekday (the next first: a story moves on);
    ``spec`` itself when neither has it."""
    if type(spec) is not CalendarDate or spec.year is None:
        return spec
    for year in (spec.year + 1, spec.year - 1):
        moved = replace(spec, year=year)
        if _weekday_fits(moved):
            return moved
    return spec


def _zone_carried(
    first: Found, found: Found, ctx: Context
) -> tuple[Resolution, Interval | None, str | None] | None:
    """A clock time without a zone joined by "and ... at" to an earlier one that has one ("open
    at 7 a.m. CET and close at 7 p.m. on Sunday"): read in that zone, as the earlier one is
    read in the later one's (:func:`_clock_joined`); None for anything else."""
    spec, zoned = found.spec, first.spec
    if not (
        type(spec) is ClockTime
        and type(zoned) is ClockTime
        and spec.zone is None
        and spec.tz_minutes is None
        and (zoned.zone is not None or zoned.tz_minutes is not None)
    ):
        return None
    return _resolve(
        replace(found, spec=replace(spec, zone=zoned.zone, tz_minutes=zoned.tz_minutes)), ctx
    )


def _year_before(
    found: Found, ctx: Context, end: Found, res: Resolution, interval: Interval
) -> tuple[Resolution, Interval | None, str | None] | None:
    """The start of a range whose end alone names its year ("March 1-3, 2024", "from June to
    August 2019", "Dec. 30 - Jan. 2, 2023"): a month or a day of that year, or of the year before
    when it would not come before the end otherwise (the first end is read with the year the
    second gives, as a reader does); None for anything else."""
    spec = found.spec
    if not (
        type(spec) is CalendarDate
        and spec.year is None
        and spec.month is not None
        and has_year(end.spec)
        and res.point is not None
    ):
        return None
    year = res.point.first.year
    start = _resolve(replace(found, spec=replace(spec, year=year)), ctx)
    if start is not None and start[1] is not None and start[1].start >= interval.start:
        start = _resolve(replace(found, spec=replace(spec, year=year - 1)), ctx)
    return start


class Reading:
    """What :func:`read` found in a text: its expressions (:attr:`timexes`, as :func:`tag`
    returns them), its sentences (:attr:`sentences`, as
    :func:`~timeline.temporal.sentences.split_sentences` returns them) and the tense of each
    (:meth:`tense`), read once for the tagger and ingestion alike."""

    __slots__ = ("_clauses", "_sentences", "document_type", "text", "timexes")

    def __init__(
        self,
        text: str,
        timexes: list[Timex],
        sentences: Sentences,
        clauses: dict[int, Clauses],
        document_type: str = "news",
    ) -> None:
        self.text = text
        self.timexes = timexes
        self._sentences = sentences
        self._clauses = clauses
        #: the document type the text was read as (``auto`` decided: news, narrative, colloquial)
        self.document_type = document_type

    @property
    def sentences(self) -> list[Sentence]:
        return self._sentences.all()

    def tense(self, sentence: Sentence) -> str:
        """The tense of one of :attr:`sentences` (:func:`~timeline.temporal.sentence_tense`),
        from the tense markers the tagger already found there when it did."""
        clauses = self._clauses.get(sentence.start)
        if clauses is not None and clauses.length == len(sentence.text):
            return clauses.overall()
        return sentence_tense(sentence.text)


#: What ``prefer`` may be, and the tense each stands for when the text gives none.
PREFER = {"past": "past", "future": "future", "nearest": "present"}


def check_prefer(prefer: str | None) -> str | None:
    """``prefer`` if it is one of :data:`PREFER` (or None), else a ValueError naming them."""
    if prefer is not None and prefer not in PREFER:
        raise ValueError(f"prefer must be one of {', '.join(PREFER)} or None, not {prefer!r}")
    return prefer


def tag(
    text: str,
    reference: datetime | date,
    *,
    document_type: str = "auto",
    prefer: str | None = None,
    locale: str | None = None,
) -> list[Timex]:
    """Find and resolve the temporal expressions of ``text`` against ``reference``.

    ``document_type`` (``news``, ``narrative``, ``colloquial`` or ``auto``, decided from the
    text) says how underspecified dates find their year: see
    :mod:`timeline.temporal.narrative`. ``prefer`` (``past``, ``future``, ``nearest``) settles
    the direction of an expression whose text gives none (an isolated "monday", "march 3", "at
    3 in the morning"); by default (None) the tense of the sentence decides and, without one,
    the nearest, ties going to the past. ``locale`` ("en-US", "en-GB", "fr") says whether a
    numeric date is day-first ("3/4/2021" is 3 April in en-GB, March 4 in en-US, the default):
    see :mod:`.dateorder`. Returns Timexes sorted by start, non-overlapping; deterministic for a
    given input.
    """
    return read(text, reference, document_type=document_type, prefer=prefer, locale=locale).timexes


def resolve_document_type(text: str, reference: datetime | date, document_type: str) -> str:
    """``document_type`` checked, and decided from the text when it is ``auto``."""
    if document_type not in DOCUMENT_TYPES:
        raise ValueError(
            f"document_type must be one of {', '.join(DOCUMENT_TYPES)}, not {document_type!r}"
        )
    if document_type == "auto":
        return document_type_of(text, as_reference(reference).date())
    return document_type


def read(
    text: str,
    reference: datetime | date,
    *,
    document_type: str = "auto",
    prefer: str | None = None,
    locale: str | None = None,
) -> Reading:
    """Tag ``text`` against ``reference`` (see :func:`tag`) and keep its sentences and their
    tenses for the caller (ingestion dates every sentence; see :class:`Reading`)."""
    ref = as_reference(reference)
    filed = dateline_day(text, ref.date()) or embargo_day(text, ref.date())
    if filed is not None:
        # "WASHINGTON, March 3 (Reuters) - ... on Monday": the story is told from its dateline's
        # day, known as a day (as a reference given as a date); a press release from the day
        # its embargo lifts ("EMBARGOED UNTIL 00:01 BST TUESDAY 4 JUNE 2024 ... published today")
        reference = filed
        ref = datetime.combine(filed, time(0), tzinfo=ref.tzinfo)
    #: the end of the publication's time: its day when only the day is known
    now = ref if isinstance(reference, datetime) else ref + timedelta(days=1)
    check_prefer(prefer)
    doc = resolve_document_type(text, ref, document_type)
    sentences = Sentences(text, chat=doc == "colloquial")
    clauses: dict[int, Clauses] = {}
    if not text:
        return Reading(text, [], sentences, clauses, doc)

    def told_ahead(pos: int) -> bool:
        """A narrative's future in the past ("hoped the war would be over by Christmas"), or
        one of a news background ("In 2009, the owners announced that it would shut in
        October"): ahead of the story's time, which it follows as a past clause does."""
        if doc not in ("narrative", "news"):
            return False
        s_start, s_end = sentences.around(pos)
        return analysed(s_start, s_end).future_in_past(pos - s_start)

    def _reported_ahead(pos: int) -> bool:
        """A future in the past ("would", ``tense_future_in_past.tsv``) in any document."""
        s_start, s_end = sentences.around(pos)
        return analysed(s_start, s_end).future_in_past(pos - s_start)

    def planned_in_past(pos: int) -> bool:
        """A news background's plan told in the past ("In 2009, the plant was due to close in
        March"): it follows the story's time as a past clause does."""
        if doc != "news":
            return False
        s_start, s_end = sentences.around(pos)
        return analysed(s_start, s_end).planned_in_past(pos - s_start)

    def _bound_in_past(
        start: int, end: int, kind: str | None, tense: str, negated: bool, story: cal.Point
    ) -> bool:
        """s40-years: a deadline of a plan or a task told in a past clause of the story ("In
        2020 the landlord ordered the family to leave by 31 December", "Repairs were due to
        finish before Christmas"), read as ahead: ahead of the story's time, which it follows
        as a future in the past does (was the publication's next 31 December); not "will
        close by March" nor "did not reopen until March" (a negated bound tells when it
        happened)."""
        if tense != "future" or kind not in ("before", "until") or negated:
            return False
        if _after_ref(story, ref):
            return False
        if doc == "news" and start >= reach(story_at):
            # only near the background's date, not carried on by a past perfect ("Work began
            # in January 2024. It has run late since last summer. The council had hoped to
            # open the line by Easter" is this Easter)
            return False
        if planned_in_past(start) or _clause_tense(start, end) == "past":
            return True
        # the infinitive of a past verb's task or plan ("ordered the family to leave by",
        # "served a notice requiring them to leave by"): the nearest marker before the date
        # is "to" and its verb, the one before it a past verb of the same clause
        s_start, s_end = sentences.around(start)
        found = analysed(s_start, s_end)
        k = bisect_left(found.positions, start - s_start) - 1
        return (
            k >= 1
            and found.kinds[k] == "present"
            and found.kinds[k - 1] == "past"
            and text.startswith("to ", s_start + found.positions[k])
            # no clause break from the past verb to the date
            and bisect_left(found.breaks, found.positions[k - 1])
            == bisect_left(found.breaks, start - s_start)
        )

    def scheduled_at(pos: int) -> bool:
        """The present of schedules governs the expression at ``pos`` ("The exhibition runs
        from May 4 until September 30")."""
        s_start, s_end = sentences.around(pos)
        return analysed(s_start, s_end).marker_before(pos - s_start) == "scheduled"

    def analysed(start: int, end: int) -> Clauses:
        if start not in clauses:
            sentence = text[start:end]
            clauses[start] = Clauses(
                sentence,
                chat=doc == "colloquial",
                tokens=_sentence_tokens(text_words, sentence, start),
            )
        return clauses[start]

    def _clause_tense(start: int, end: int) -> str:
        """The tense of the clause holding the expression at ``[start, end)``."""
        s_start, s_end = sentences.around(start)
        return analysed(s_start, s_end).at(start - s_start, end - s_start)

    anchor: cal.Point | None = None
    anchor_at = 0  # where the anchor was named
    # the anchor is a clock time in the small hours that the story reached from the evening
    # or night of the day before ("gave way at 11:52 p.m. ... eight minutes later"): its night
    # began on that day, so "the following afternoon" is the anchor's own day (s35-history2)
    crossed_night = False
    # the start of a range whose end is the anchor ("fought from 17 February 1915 to 9 January
    # 1916", "between 1992 and 1996"), and where the end was named: a count back from the
    # range ("in November of the previous year", "two years earlier") is from its start
    range_from: tuple[cal.Point, int] | None = None
    # the second year of the last season of two calendar years the text named ("the 1958/59
    # season") and where: a season's end told after a month of its first year moves a count of
    # years on to it (see below)
    season_turn: tuple[int, int] | None = None
    # where a season of two calendar years that is the subject of a past verb was named
    season_subject_at = -1
    day_anchor: cal.Point | None = None
    day_anchor_at = 0  # where the day anchor was named
    # the last quarter or half the text reported on ("the fiscal first quarter"): what "the
    # same period last year" compares with after a news day named since ("shares rose
    # yesterday")
    period_anchor: cal.Point | None = None
    # the period anchor was named in a future clause: an outlook ("will result in a
    # fourth-quarter charge"), not a quarter reported on
    period_ahead = False
    # the last month the text reported on ("added 94,000 jobs last month"): what a compared "a
    # year ago" keeps after the release's own day named since ("released Friday")
    month_anchor: cal.Point | None = None
    # a day still to come named in a subordinate clause after the day anchor ("finished
    # fuelling on Monday, clearing the way for a launch on October 10"): what a clause that
    # looks ahead points back to ("The window opens that day": October 10, not Monday)
    ahead_day: tuple[cal.Point, int] | None = None
    #: the last date after "since" ("since the 1968 Games"): no anchor, but what a count
    #: forward in a past clause ("Four years later, ...") counts from when nothing else was told
    since_anchor: cal.Point | None = None
    #: the anchors as they stood before each expression, by its start: a long range of days
    #: closed ("between May 1 and June 30") puts them back as they were before its start
    before_day: dict[int, tuple[cal.Point | None, int, cal.Point | None, int]] = {}
    #: news: the starts of days ahead of the publication after a signal of a bound ("arrive by
    #: November 7", "not until November 18"): a deadline, no day a bare clock time of a later
    #: sentence is on
    bounds_ahead: set[int] = set()
    since_at = 0
    #: a day more than a week ahead written with its weekday ("on Friday 3 July"): the plan
    #: whose weekdays the text goes on to name (anchor.Context.plan_day)
    plan_day: date | None = None
    #: in chat, the last day told with its weekday and day number ("sat 27th", as chat writes a
    #: plan's day; not an announcement's "Tuesday 23 February"): the talk is at a plan while
    #: the days it names stay around it (anchor.Context.chat_plan; s33-informal)
    dated_day: date | None = None
    #: the day of the post being read in a thread of dated posts ("Reply from kettle_head, 9
    #: Feb:"), earlier than the publication: what its "yesterday" and "last week" count from
    post_ref: datetime | None = None
    #: the clock time of the stamp that opens the chat message or post being read ("06/05/2026,
    #: 13:02 - Sue: ... it was at the top 10 mins ago"): what its hours and minutes "ago" or
    #: "in" count from
    stamp_clock: datetime | None = None
    stamp_at = 0  # where that stamp was named
    #: in news, the anchors a day named in a past perfect replaced ("Inspectors had found
    #: cracks on Wednesday"), restored once the text is past that sentence, and where it ends
    days_before_flashback: tuple[cal.Point | None, int, cal.Point | None, int] | None = None
    flashback_day_end = 0
    named_today = False  # whether a day named so far is the reference's
    opened_on: date | None = None  # the first day the text named (date.min: a report's)
    plan_range: tuple[datetime, datetime, int] | None = None  # days of a plan ahead, and where
    #: news: the year each month was last named with ("the fight in January 2024"), for a day
    #: of that month told later without one (:func:`_in_named_month`)
    named_months: dict[int, int] = {}
    #: whether the text tells days in order weeks back: a told weekday ("On the Tuesday") was
    #: its last day, with none of the publication's days named since
    story_chain = False
    #: the last day of the publication's recent days (a week back) a story told in order ends
    story_floor = (
        ref.date() - _STORY_DAYS_BACK if ref.date() > date.min + _STORY_DAYS_BACK else date.min
    )
    #: the time the discourse has moved to (the last explicit dated expression), if any
    story: cal.Point | None = None
    story_at = 0  # where the story time was set
    # in a narrative, the story time at the start of the sentence last placed in it, and where
    # that sentence starts
    sentence_story: cal.Point | None = None
    sentence_at = -1
    said_year: tuple[cal.Point, int] | None = None  # the last date with its year, and where
    declared = _declared_zones(text)  # "(all times UTC)": the zone of every time after it
    placed_at = 0  # where a date without a year was last placed in the story time
    told_month: tuple[int, int] | None = None  # the (year, month) it was placed in
    said_day: tuple[cal.Point, int] | None = None  # the last day named, whatever its role
    body_day: cal.Point | None = None  # the last day a text named as a DATE, no post's stamp
    #: ... but for the end of a range, and where it was named (chat's clock times: s36)
    talk_day: cal.Point | None = None
    talk_day_at = -1
    talk_stamp_day: date | None = None  # the day of the last message's stamp
    post_at: set[int] = set()  # where the stamps of posts and messages were named
    heading_lines: set[int] = set()  # the lines a diary's weekday heading opens ("mon: ...")
    blog_stamp_at = -1  # where the last stamp of the publication day's live blog opened a line
    pair_first: date | None = None  # the first day of a pair of weekdays still to come
    #: the days of past years the text named, by their month and day: a past clause that names
    #: one again without its year ("Fifteen years ago today ... On the afternoon of 22
    #: February, rescuers began digging") is back on that day
    named_days: dict[tuple[int, int], tuple[date, int]] = {}
    #: the day each weekday the text named stood for (a possessive one names it again)
    named_weekdays: dict[int, date] = {}
    #: in chat, the days a message named with their day of the month ("the 27th-29th", "out
    #: fri 22nd, back tues 26th"), and where: a stretch whose weekdays a later message looking
    #: ahead names (s40-chatweek)
    dated_days: list[tuple[date, int, int]] = []
    #: in chat, the last day a message agreed on ("ok sat 19th it is") and where (s41-agreed)
    agreed_day: tuple[date, int] | None = None
    #: in chat, the day of the last clock time (or part of the day) a message gave a plan ahead
    #: of its stamp, that time in minutes, and where (s41-agreed)
    plan_clock: tuple[date, int, int] | None = None
    #: in news, where the sentence ends whose past perfect set the story time ("Dock workers had
    #: last struck in the spring of 2023"): a flashback, which a later sentence in the simple
    #: past does not continue ("The previous contract expired on Sept. 30": this year's)
    flashback_end: int | None = None
    #: in a narrative, the story time a flashback left ("It fell on 8 May 1429. Joan had first
    #: heard her voices in 1425. She came back in January" = January 1429), restored after it
    before_flashback: cal.Point | None = None
    #: in a narrative, the story's time when it is before the common era (a year and a month,
    #: 0 if none): "In January 49 BC ... In March" = ``BC0049-03`` (no calendar Point holds it)
    bc_story: tuple[int, int] | None = None
    #: the last year before the era the narrative told, setting its story or not, which a count
    #: of years counts from as from the anchor ("Ramesses II reigned c. 1279–1213 BCE. Three
    #: centuries later" = ``BC0913``)
    bc_told: tuple[int, int] | None = None
    #: in a narrative, the first full day its opening paragraph named ("The Kerrow dam
    #: collapsed on 9 November 1927"): the event a timeline under a heading goes back to
    #: in news, the day or week an anniversary lede counted back to ("Fifty years ago today,
    #: ..."), and whether no deictic word has come back to the publication's days since
    anniversary: cal.Point | None = None
    #: in news, the story a month of a year named from the publication set ("In February last
    #: year"), from which a past clause only moves on
    onward_story: cal.Point | None = None
    anniversary_live = False
    lead: cal.Point | None = None
    lead_end = paragraph_end(text, 0, len(text)) if doc == "narrative" else -1
    #: in a narrative, the day of the first day or time of day its lead paragraph named ("The
    #: disaster occurred on the evening of Sunday 28 December 1879"), which a bare clock time
    #: after the lead falls on while no day has been told since a month or a year
    lead_day: date | None = None
    #: the first day or month with its year that the opening paragraph set the story at ("The
    #: Great Chicago Fire burned from the evening of 8 October 1871 ...", "the great flood of
    #: March 1851"): the event a background's state reached "by" a year just before it leads to
    opening_point: cal.Point | None = None
    opening_end = paragraph_end(text, 0, len(text)) if doc in ("news", "narrative") else -1
    #: in a narrative that is an encyclopedia article, where its lead ends and its first
    #: section begins (the heading line), the first full day the lead named, and whether the
    #: first section has yet to name its first date
    section = first_section(text) if doc == "narrative" else None
    section_lead: cal.Point | None = None
    section_open = section is not None
    #: in a narrative, where its section headings end, the next one not yet passed, and whether
    #: the section the text is in has yet to name its first date (see below: a section told
    #: after the background goes back to the event the lead dated)
    headings = heading_ends(text) if doc == "narrative" else []
    next_heading = 0
    heading_open = False
    #: the birth year of the life span that opens a biography ("Marguerite Hale (14 March 1899
    #: – 2 August 1965) was ..."), which ages named later count from, and where the span ends
    birth = lifespan_birth(text) if doc != "colloquial" else None
    #: else the birth a sentence tells with "born" ("Born in Budapest in 1944, Varga came to
    #: the United States in 1957"), which ages count from too (but sections may start from)
    life = birth or (born_year(text) if doc != "colloquial" else None)

    def reach(at: int) -> int:
        """In news, where a story time set at ``at`` stops counting (a sentence end); from a
        count from the background's day, the next sentence also across a paragraph break
        (s40-years: "... was swept away on the night of 7 October 2023. Residents were
        evacuated the next morning.\n\nA temporary footbridge opened in December" = 2023-12, a
        story told day by day that the new paragraph goes on with; was the publication's)."""
        if at not in reaches:
            end = sentences.end_after(at, NEWS_REACH - 1)
            reaches[at] = end if at in counted_at else paragraph_end(text, at, end)
        return reaches[at]

    reaches: dict[int, int] = {}
    #: news: where a count from the background's day moved the story on ("the next morning")
    counted_at: set[int] = set()
    #: the last window of two clock times across midnight the text named, and where it stops
    #: counting
    window: tuple[datetime, datetime, int] | None = None

    def _same_phrase(end: int, start: int, skip: tuple[int, int] | None) -> bool:
        """Whether the text from ``end`` to ``start`` (but ``skip``, a duration between) stays
        in one phrase: a comma and words of ``inside_period_glue.tsv`` ("next spring, probably
        for a week in April"), no verb, no clause break."""
        s_start, s_end = sentences.around(start)
        if end < s_start or start - end > 50:
            return False
        between = text[end:start] if skip is None else text[end : skip[0]] + text[skip[1] : start]
        if not all(w.lower() in _INSIDE_GLUE for w in _GLUE_WORD.findall(between)):
            return False
        return analysed(s_start, s_end).quiet(end - s_start, start - s_start)

    def _nowadays_clause(start: int, end: int) -> bool:
        """Whether "Today" at ``[start, end)`` opens a clause in the present with no past or
        future verb ("Today the site holds a business park", not "Today the firm announced"
        nor "Today is the anniversary", where "Today" is the day itself)."""
        s_start, s_end = sentences.around(start)
        found = analysed(s_start, s_end)
        kinds = found.kinds_after(end - s_start)
        return (
            all(k == "present" for k in kinds)
            or found.present_described(end - s_start)
            or _habitual_today(found, end, s_end)
            or _present_past_participle(found, end, s_start, s_end)
            or _member_today(found, end, s_start)
        )

    def _member_today(found: Clauses, end: int, s_start: int) -> bool:
        """Whether the clause of "Today" ending at ``end`` tells a membership by its present of
        schedules ("Today it plays in the Mid-Ulster League, and its women's team won the
        county cup last year": s39-leftovers, blind text 1130, was the publication's day),
        whatever past a later clause tells; not "Today the band plays in Leeds", "Today it
        will play in the league"."""
        m = _MEMBER_CUE.match(text, end, min(len(text), end + 90))
        # the clause's first verb is the one the cue names (no marker nor break before it)
        return m is not None and found.quiet(end - s_start, m.start("verb") - s_start)

    def _present_past_participle(found: Clauses, end: int, s_start: int, s_end: int) -> bool:
        """Whether the clause of "Today" ending at ``end`` is present once a participle phrase
        set off by commas after its subject is left out: "Today the surviving stretch of the
        wall, restored in the late 1990s, is part of the town museum, and ..." (s39-history,
        blind text 1109: was the publication's day); not "Today the company, battered by
        losses, announced its closure"."""
        comma = text.find(",", end, s_end)
        if comma < 0 or not found.quiet(end - s_start, comma - s_start):
            return False
        m = _COMMA_PARTICIPLE.match(text, comma, s_end)
        if m is None:
            return False
        kinds = found.kinds_after(m.end() - s_start)
        return bool(kinds) and all(k == "present" for k in kinds)

    def _habitual_today(found: Clauses, end: int, s_end: int) -> bool:
        """Whether the sentence of "Today" ending at ``end`` looks ahead only by a present of
        schedules that a rate or a frequency after "Today" makes a habit: "Today the Exchange
        hosts about 120 events a year", "Today the band plays 40 concerts every summer" (s36-
        history, blind text 985: was the publication's day); not "Today the band plays
        Leeds"."""
        return found.historical_present() and _HABIT_CUE.search(text, end, s_end) is not None

    def _present_beside_today(start: int, end: int) -> bool:
        """Whether "today" at ``[start, end)`` is a history's present by its own clause, whatever
        another clause tells: right after a present verb ("the town halls where they were
        signed are today part of a heritage site"; not "is today opening the chapel"), or
        beside "still" with no past or future verb from there to the clause's end ("the bridge
        the Venetians built still stands today", "Military colleges today still teach it";
        not "will today still open it", "still worked today")."""
        s_start, s_end = sentences.around(start)
        found = analysed(s_start, s_end)
        at = start - s_start
        if (
            found.marker_before(at) == "present"
            and found.reading(at, end - s_start)[1]
            and not _PROGRESSIVE_AFTER.match(text, end)
        ):
            return True
        still = _STILL_BEFORE.search(text, max(s_start, start - 30), start)
        if still is None and not (
            _STILL_AFTER.match(text, end) and found.marker_before(at) in (None, "present")
        ):
            return False
        pos = still.start() if still else start
        return all(k == "present" for k in found.kinds_after(pos - s_start))

    def _present_now(start: int, end: int) -> bool:
        """Whether "now" at ``[start, end)`` stands in a present clause: no past nor future
        verb in its clause ("now employs", "is now occupied", "are now expected"; not "was now
        exhausted", "would now have to")."""
        s_start, s_end = sentences.around(start)
        found = analysed(s_start, s_end)
        if found.marker_before(start - s_start) not in (None, "present"):
            return False
        return all(k == "present" for k in found.kinds_after(end - s_start))

    def within_story(at: int) -> bool:
        """Whether the story time still holds at ``at``: always in a narrative; in news for
        NEWS_REACH sentences, and further in its paragraph while the clauses are in the past
        perfect ("When the works shut on 15 October 2004 ... . The plant had been losing money,
        and two rescue bids had failed in the spring": 2004's spring), a tense that only a
        past time told before can anchor."""
        if doc == "narrative" or at < reach(story_at):
            return True
        if _ANAPHORIC.match(text, at):
            return True  # "That summer", however far back the text named its year
        return in_past_perfect(text, at) and paragraph_end(text, story_at, at) == at

    out: list[Timex] = []
    #: the value and context the last expression of ``out`` was resolved with
    last: tuple[Found, Context] | None = None
    #: the months or seasons joined by "and", "or" or commas up to the last expression (its
    #: place in ``out``, as the rules found it, its context): "June, July and August 1940"
    coordinated: list[tuple[int, Found, Context]] = []
    #: the last expression as the rules found it (before the story completed it)
    last_found: Found | None = None
    # without a locale, chat (an export's stamps) in the order its own numeric dates show
    # ("12/03/2025" beside "14/03/2025"), or else the one that keeps them on or before the
    # reference's day; news and narratives keep month-first, and the search over a long
    # text's slashes (wire headers, links) is not paid there
    token = DAY_FIRST.set(
        is_day_first(locale)
        if locale
        else doc == "colloquial" and "/" in text and order_shown(text, ref.date()) is True
    )
    try:
        cands, text_words = _candidates_and_words(text, document=doc)
    finally:
        DAY_FIRST.reset(token)
    if "#" in text:  # "#Friday", "#Christmas": a hashtag names a topic, not a time
        cands = [c for c in cands if not c.start or text[c.start - 1] != "#"]
    if "irst thing" in text:  # "the first thing Monday's meeting did": a noun phrase
        cands = [_first_thing_noun(text, c) for c in cands]
    if doc == "colloquial":
        cands = [
            _without_final_period(text, sentences, c)
            for c in cands
            if not colloquial.ignored(text, c.start, c.end, c.rule.id)
        ]
    else:
        cands = [
            _without_final_period(text, sentences, c, alone=True) if text[c.end - 1] == "." else c
            for c in cands
        ]
    kept = _adverb_parts(text, _select(cands, len(text)))
    kept = _read_clocks(
        text, sentences, kept, _CHAT_CLOCK_READERS if doc == "colloquial" else _CUE_CLOCK_READERS
    )
    if doc == "colloquial" and isinstance(reference, datetime) and ("it" in text or "?" in text):
        kept = _now_hours(text, kept, ref)
    composed = _joined(text, _coordinated(text, kept), doc == "colloquial")
    # in chat too: a text log under its day separators ("Mon 11 May\nGraham: I'll ring the
    # plumber first thing tomorrow" is 12 May; s30-informal)
    entries = _entry_days(text, composed, ref)
    composed = _week_schedule(text, composed, ref)
    if doc == "colloquial":
        composed = _told_week_days(text, sentences, composed, ref, entries)
    chronology = _chronology_lines(text, composed, ref) if doc != "colloquial" else []
    small_hours = in_small_hours(ref)
    #: where each bare weekday starts, and its weekday ("moved from fri to mon": s41-agreed)
    #: where each bare weekday starts (the end of a range "to mon" counts on from its start:
    #: "moved from fri to mon"; s41-agreed)
    bare_weekdays = {
        c.start
        for c in composed
        if type(c.found.spec) is WeekdayRef
        and not (c.found.spec.possessive or c.found.spec.this)
        and c.found.spec.n == int(c.found.spec.anchored)
    }
    for c in _approximate(text, _recurring(text, composed)):
        # in a diary, the reference of the entry the expression is in (its heading's day)
        told_ref = ref
        for at, day_ref in entries:
            if at > c.start:
                break
            # the entry of the publication's day is told at the publication's time ("Sun
            # 21st\n... Alarm set for 4.15 again": the next 04:15; s41-diaries, narrative 1068)
            told_ref = ref if day_ref.date() == ref.date() else day_ref
        signal = signal_before(text, c.start)
        kind = role(signal)
        extra: dict[str, str] = {}
        if kind is None:
            word = governor(text, c.start)
            if (
                word is None
                and c.found.type == "TIME"
                and out
                and out[-1].type == "TIME"
                and out[-1].signal
                and _SLASH_TWIN.fullmatch(text, out[-1].end, c.start)
            ):
                # "until 8 p.m. ET/5 p.m. PT on Friday": the signal governs the same moment in
                # the other zone too (the coming Friday, not the nearest one)
                word = out[-1].signal
            if word is not None:
                # "since the explosion in January": "since" governs it through its event
                extra["governor"] = word
                kind = role(word)
        spec = c.found.spec
        if declared and type(spec) is ClockTime and spec.tz_minutes is None and not spec.zone:
            zone = _declared_zone(declared, c.start)
            if zone is not None:
                # "Timeline (all times UTC)\n14:02 - ...": the zone a text declares for all its
                # times, for a clock time after it with none of its own (s31, blind text 701)
                spec = replace(spec, tz_minutes=0) if zone == "UTC" else replace(spec, zone=zone)
        if (
            type(spec) is WeekdayRef
            and out
            and last_found is not None
            and text.startswith((",", " which", " that"), out[-1].end)
        ):
            spec = _apposed_weekday(text, spec, c.start, out[-1], last_found.spec)
        tense = narrative = "unknown"
        close, ahead = True, False  # how the tense was read (see Clauses.reading)
        heading_next = -1  # where the section a heading line heads starts (news)
        tensed = needs_tense(spec) or (small_hours and spec == _TONIGHT)
        if tensed:
            s_start, s_end = sentences.around(c.start)
            tense, close, ahead = analysed(s_start, s_end).reading(
                c.start - s_start, c.end - s_start
            )
            if tense in ("past", "present", "future") and _future_main(
                analysed(s_start, s_end), c.start - s_start
            ):
                tense, close = "future", True  # s40-years: "I'll be happy if it works at Christmas"
            if (
                tense == "future"
                and not ahead
                and type(spec) is WeekdayRef
                and spec.possessive
                and not spec.n
                and _POSSESSIVE_SLOT.match(text, c.end) is not None
            ):
                # s40-blindnews: a possessive weekday that names the clock time of its slot in
                # a clause that looks ahead ("City travel to Newcastle for Sunday's 4.30 p.m.
                # kick-off") is the coming one, its clock time that day's (blind text 1155: was
                # the last Sunday, the clock time the publication's); "Friday's 5 p.m.
                # deadline passed" keeps the last one
                ahead = True
            if (
                ahead
                and tense == "past"
                and doc == "news"
                and day_anchor is not None
                and day_anchor.first == ref.date()
                and type(spec) is WeekdayRef
                and not (spec.n or spec.anchored)
            ):
                # "Stocks closed at a record on Thursday ... Trading was heavy ahead of
                # Friday's expiry" (published on Thursday): what the day's past event was ahead
                # of comes after that day, the coming Friday (session 32, blind text 772; with
                # no day told, "Stocks rose ahead of the jobs report Friday" keeps the past)
                tense, close = "future", True
            if (
                tense == "past"
                and doc == "colloquial"
                and type(spec) is ClockTime
                and spec.base is None
                and _SAID_CLOCK.search(text, max(0, c.start - 24), c.start) is not None
            ):
                # "what time? she said half 6": the time said is a plan's, with no tense of
                # its own; the past "said" does not move it back a day (s37-informal2)
                tense = "unknown"
            if type(spec) is SoFar or type(spec) is RestOf:
                # "earlier in the day": its own "earlier" is no tense of the clause, the
                # sentence's verbs are ("Earlier in the day, they will visit the port")
                tense = analysed(s_start, s_end).overall()
            if (
                tense == "future"
                and doc == "narrative"
                and story is not None
                and s_start > 0
                and analysed(s_start, s_end).historical_present()
                and analysed(*sentences.around(s_start - 1)).overall() == "present"
            ):
                # "In 1453 the Ottomans besiege Constantinople. On 6 April the bombardment
                # begins.": a narrative told in the present, not a schedule
                tense = "present"
            if (
                tense in ("future", "present", "unknown")
                and chronology
                and _in_item(chronology, c.start)
                and analysed(s_start, s_end).marker_before(c.start - s_start) != "future"
            ):
                # "Late 2022 – ... The footbridge opens on 19 December": a chronology's item
                # is told in the present of its head's past, its verbs read or not ("The
                # council approves the plan on 28 June"); but "will open" looks ahead of it
                tense = "past"
            heading_next = (
                _heading_line_next(text, c.start, c.end)
                if tense == "unknown" and doc == "news"
                else -1
            )
            if heading_next >= 0:
                # "...\n\nAugust to October\n\nRovers lost their first four games": a
                # section's heading is told in the tense of the section it heads, not of the
                # sentence before it (s32-history: was the coming August)
                narrative = analysed(*sentences.around(heading_next)).overall()
                if narrative in ("past", "future"):
                    tense, close = narrative, True
            elif tense == "unknown" and s_start > 0 and doc != "colloquial":
                # a verbless sentence ("Up from 443 million Thursday.") continues the story;
                # chat lines are no story ("took 3 days lol. the neighbours come over on sun")
                p_start, p_end = sentences.around(s_start - 1)
                narrative = analysed(p_start, p_end).overall()
        if (
            kind in (None, "for")
            and type(spec) is Fixed
            and _SINCE_AFTER.match(text, c.end)
            and not _PAST_BEFORE.search(text, max(0, c.start - 30), c.start)
        ):
            extra["perfect"] = "1"  # "in the three weeks since the invasion": up to now
        elif (
            type(spec) is Fixed
            and (
                kind == "for"
                or (kind is None and c.found.type == "DURATION" and is_run(text[c.start : c.end]))
                # "The war has lasted nearly four years": a verb of duration_verbs.tsv
                or (
                    kind is None
                    and c.found.type == "DURATION"
                    and _LAST_BEFORE.search(text, max(0, c.start - 12), c.start) is not None
                )
                # "Shares have risen 40% over three years": the period up to now, as "for"
                or (
                    kind is None
                    and c.found.type == "DURATION"
                    and c.found.mod is None
                    and _ACROSS_BEFORE.search(text, max(0, c.start - 8), c.start) is not None
                )
            )
            and (
                present_perfect(text, c.start)
                or (
                    # "For ten days, the road has been shut": a fronted "for" before its
                    # present perfect (s29-intervals)
                    kind == "for"
                    and text.startswith(",", c.end)
                    and _FRONTED_FOR.fullmatch(text[sentences.around(c.start)[0] : c.start].strip())
                    and perfect_around(text, c.start, c.end)
                )
            )
        ):
            extra["perfect"] = "1"  # "has raged for three weeks": up to the publication
        elif (
            type(spec) is Fixed
            and c.found.type == "DURATION"
            and (
                kind == "for"
                or (kind is None and _LAST_BEFORE.search(text, max(0, c.start - 12), c.start))
            )
        ):
            # "The inquiry will run for a fortnight": in a clause ahead, from the publication
            # on, if nothing else in the sentence dates it (extraction)
            s_start, s_end = sentences.around(c.start)
            if analysed(s_start, s_end).at(c.start - s_start, c.end - s_start) == "future":
                extra["ahead"] = "for"
        elif kind == "within" and type(spec) is Fixed and not _OF.match(text, c.end):
            # "would be restored within 48 hours": from the publication, if the clause looks
            # ahead (not "within a week of the attack", nor "was contained within 48 hours")
            s_start, s_end = sentences.around(c.start)
            if (
                analysed(s_start, s_end).at(c.start - s_start, c.end - s_start) == "future"
                or _INTENT_TO.search(text, max(s_start, c.start - 80), c.start)
                or _OBLIGED.search(text, max(s_start, c.start - 60), c.start)
            ):
                # "Police said they hoped to name him within 24 hours": the infinitive after a
                # verb of intent (tense_intent_before_to.tsv) looks ahead, whatever its tense;
                # so does an obligation ("Tickets must be collected within 14 days")
                extra["ahead"] = "1"
        if prefer is not None and tense == "unknown" and narrative == "unknown":
            tense = PREFER[prefer]  # no tense in the text: the caller's preference settles it
            close = True
        if (
            tense != "past"
            and type(spec) is SeasonRef
            and spec.year is None
            and spec.n is None
            and spec.of_year is None
            and not spec.anchored
            and _SEASON_COMPARED.search(text, max(0, c.start - 36), c.start) is not None
            # not a comparison of two seasons ahead: "will be busier in summer than in spring"
            # (in January: this spring)
            and not (
                out
                and out[-1].granularity == "season"
                and out[-1].start >= sentences.around(c.start)[0]
                and out[-1].interval is not None
                and out[-1].interval.start > ref
            )
        ):
            # s38-known: "Sunset today will be at 4.40pm, five hours earlier than at the height
            # of summer" (in October): the term of a comparison is the season over or under
            # way, as a past clause's is, not the next one (text 1050: was 2027-SU)
            tense = "past"
        if (
            doc == "colloquial"
            and tense in ("present", "unknown")
            and (
                type(spec) is DayOfMonth
                or (
                    type(spec) is CalendarDate
                    and spec.year is None
                    and spec.day is not None
                    and not spec.nearest
                )
            )
        ):
            # chat's "my bday is on the 3rd", "back on the 6th" (written on the 20th), "12/25
            # cant come soon enough" (written in March) make plans: without a past verb a
            # bare day of the month, or a month and a day, is the coming one, not the past
            # one ("got back on the 6th" stays the past one)
            tense, close = "future", True
        elif (
            tense == "present"
            and kind == "range"
            and doc != "narrative"
            and type(spec) is DayOfMonth
            and text.endswith("from ", max(0, c.start - 5), c.start)
        ):
            # s39-leftovers: "I'm on leave from the 15th", "The shop is closed from the 27th"
            # (written on the 29th): a state of the present that starts on a bare day of the
            # month starts on the coming one ("has been closed since the 27th" tells one begun)
            tense, close = "future", True
        delayed = False  # a delay verb's new date ("postponed until Tuesday"), ahead
        negated = kind in ("until", "before") and _negated_until(text, c.start, kind)
        if negated:
            extra["negated"] = "1"  # "not until Friday": the event happens then, as the clause
            if tense == "past" and _negated_future(text, c.start):
                # s37 (blind text 1031): "the team will not know whether the burn worked until
                # shortly after 03:50 UTC": the negated future is the clause's, not the past
                # of the question it asks (was the publication day's 03:50)
                tense, close = "future", True
        recorded = False
        if kind == "since":
            tense, close = "past", True
        elif (
            _plain_weekday(spec)
            and text.endswith("on ", max(0, c.start - 3), c.start)
            and _RECORDED_ON.search(text, max(0, c.start - 24), c.start) is not None
        ):
            # s33-wire: "a 31% premium to Pine Ridge's closing price on Monday": a price the
            # market recorded is one already set, the last Monday, as "Monday's close" is; it
            # dates the price, no day the text goes on with ("shares were up at 7:45 a.m.")
            tense, close = "past", True
            recorded = True
        elif tensed and kind in ("close", "range") and backward_cue(text, c.start):
            # "Rates were cut retroactive to July 1", "will be backdated to April": gone by
            tense, close = "past", True
        elif (
            kind == "until"
            and tense != "past"
            and not negated
            # session 42 (blind text 1236): "We were meant to finish by the end of August": a
            # plan told in the past keeps its nearest date (was next year's August)
            and not (tense == "present" and plan_before_by(text, c.start))
        ):
            # a deadline promised in the past ("had pledged to publish the plan by February
            # 27", "broke a promise to table an offer by March 1"): after the promise, which
            # may be over; a date within a month back is that one (s26-news: was next year's)
            opening = max(sentences.around(c.start)[0], c.start - 80)
            promised = tense in ("present", "future") and (
                _PROMISED_TO.search(text, opening, c.start) is not None
                # s39-known: so is a task laid in the past ("were told to submit figures no
                # later than Sept. 21", published on 1 October: the one just gone, was 2027's)
                or _TASKED_TO.search(text, opening, c.start) is not None
            )
            tense, close = "future", not promised
        elif kind == "before" and tense in ("present", "unknown") and doc != "narrative":
            # "Traders see no cut before December": a bound still to come, as "by December"
            tense, close = "future", True
        elif (
            kind == "through"
            and (tense == "present" or (tense == "unknown" and narrative != "past"))
            and not (out and closes_range(text, out[-1], c.start))
        ):
            # "Ferry services remain suspended through the weekend", "The road is closed
            # through Tuesday": a state that holds now lasts to the coming one (but "is open
            # Tuesday through Sunday", "this year through Oct. 19": the end of a range; a
            # verbless sentence after a past one goes on in the past)
            tense, close = "future", True
        elif (
            kind in ("range", "start")
            and (tense == "present" or (tense == "unknown" and narrative != "past"))
            and doc != "narrative"
            and text.startswith(",", c.end)
            and _FRONTED_START.fullmatch(text, sentences.around(c.start)[0], c.start)
        ):
            # "From September, that extends to every child", "Starting in April, the cap
            # rises": a starting point that opens a clause which is not past lies ahead, as
            # "The rules apply from Monday" (but "From April, prices rose": the past April)
            tense, close = "future", True
        elif tense == "past" and (
            delayed_to(text, c.start) or deadline_through(text, c.start, c.end)
        ):
            tense, close = "future", True  # "postponed until Tuesday morning"
            delayed = True
        elif (
            tense in ("past", "present")  # "were told not to return until": "return" a present
            and kind in ("until", "before", "range", "from")
            and doc == "news"
            and (directed := directed_until(text, c.start)) >= 0
            # not when the clause named a day before (the telling's: "On Monday, police told
            # residents to stay indoors until Wednesday" may be over by a Friday), unless that
            # day is the publication's ("declared an emergency on Friday and told residents to
            # stay off the roads from Saturday evening", published on Friday)
            and not (
                out
                and out[-1].start >= max(directed, sentences.around(c.start)[0])
                and not (
                    out[-1].interval is not None and out[-1].interval.start.date() >= ref.date()
                )
            )
        ):
            # s32-wire: "Drivers were told not to come back before Tuesday", "Police ordered
            # residents to stay indoors until Saturday": a task still to be done when it was
            # laid on them; its bound lies ahead (was the last Tuesday)
            tense, close = "future", True
        elif (
            tense == "past"
            and kind in ("until", "before")
            and doc == "news"
            and not negated
            and needed_by(text, c.start)
        ):
            # s37-wire: "Zelenskiy said late Tuesday that Ukraine needed ten more systems
            # before January": a need still open when it was reported (was the last January)
            tense, close = "future", True
        elif (
            tense == "past"
            and kind == "range"
            and doc == "news"
            and _plain_weekday(spec)
            and present_perfect(text, c.start, _OBJECT_REACH)
            and _OBJECT_FROM.search(text, max(0, c.start - _OBJECT_REACH), c.start) is not None
        ):
            # "has closed the road from Monday to Friday", "Forecasters have issued a warning
            # from 6 p.m. on Friday until ...": English dates no present perfect by a weekday,
            # so the range is the object's (a closure, a warning), still to come
            tense, close = "future", True
        elif (
            tense == "past"
            and kind in ("range", "close", "until")
            and doc == "news"
            and _plain_weekday(spec)
            and _ARRANGED_FROM.search(
                text, max(sentences.around(c.start)[0], c.start - 140), c.start
            )
            is not None
        ):
            # "The airport cancelled all flights from 6 p.m. on Tuesday to 6 p.m. on Thursday",
            # published on Wednesday: the stretch the cancellation covers, the nearest such
            # days around the publication (Tuesday to Thursday of its week); "nearest", not
            # "present", which would read a present clause that looks at the coming days
            tense, close = "nearest", True
        elif (
            tense == "past"
            and type(spec) is ClockTime
            and spec.base is None
            and not negated
            and _BOOKED_CLOCK.search(text, max(sentences.around(c.start)[0], c.start - 70), c.start)
            is not None
            and not in_past_perfect(text, c.start)
        ):
            # s37 (blind text 1023): "The venue has confirmed the room from 9.30am to 4pm",
            # "We booked a table at 8pm": the time booked, still to come (was the publication
            # day's, a past clause's)
            tense, close = "future", True
        elif (
            tense != "future"
            and doc == "colloquial"
            and _plain_weekday(spec)
            and not negated
            and _PLAN_WEEKDAY.search(text, max(0, c.start - 20), c.start) is not None
        ):
            # s38-informal3: "we leave thurs and i have packed nothing", "booked tues off": the
            # day planned, still to come (was the last one)
            tense, close = "future", True
        elif (
            tense in ("present", "unknown")
            and doc == "colloquial"
            and _plain_weekday(spec)
            and colloquial.clause_end_day(text, c.start, c.end)
        ):
            # s38-informal3: "to the tip sat,", "back mon whenever": a plan's day, the coming one
            # (was the nearest)
            tense, close = "future", True
        elif tense != "future" and scheduled_for(text, c.start, c.end):
            tense, close = "future", True  # "called a strike for Thursday", "sets a vote for"
        elif tense != "future" and doc == "news" and called_off_for(text, c.start, c.end):
            # s32-wire: "Truck appointments booked for Friday have been cancelled": dropped
            # before its day (was the last Friday)
            tense, close = "future", True
        elif (
            tense == "past"
            and not negated  # "didn't arrive until Tuesday": the past Tuesday
            # a clock time without a day of its own in a past clause ("Airlines had cancelled
            # 4,100 flights by 5 p.m."): not on a day still to come (_ahead_of_past_clock)
            and not (type(spec) is ClockTime and spec.base is None and doc == "news")
            and forward_cue(text, c.start, c.end)
            # "The talks lasted until Thursday", "kept rates on hold until September": a past
            # state that ended then, not a bound ahead
            and not lasted_until(text, c.start)
            # s29-wire: "The storm hit on Dec. 20, 2002. Power was out until Dec. 27": a past
            # clause of a background told in an earlier year than the publication's ends in
            # that story, not after the publication (was Dec. 27 of the publication's year)
            and not (
                doc == "news"
                and kind == "until"
                and story is not None
                and story.first.year < ref.year
                and follows_story(spec)
                and within_story(c.start)
                # (not "through": "Under a program approved in 1987, Nashua had purchased
                # 481,000 shares through Sept. 29" is a total up to a recent day, wsj_0520)
            )
            # "worked through the night|weekend": the last, not from now on; but "have been
            # cancelled through the weekend": a state that holds on to the coming one
            and not (_night(spec) and not (_weekend(spec) and perfect_passive(text, c.start)))
            and not (out and out[-1].interval is not None and closes_range(text, out[-1], c.start))
            # "Sales rose in the two weeks to Friday": the period that ended then, in the past
            and not (out and period_to(text, out[-1], c.start))
            # "\n\nAugust to October\n\nRovers lost ...": a past section's heading, a range
            and heading_next < 0
        ):
            tense = "present"  # but "ran Tuesday through Sunday": the end of a past range
        if kind in ("until", "through") and tensed:
            extra["tense"] = tense
        if kind == "range" and _ONWARDS.match(text, c.end):
            # "Prices have risen from 2019 onwards": open at its end, up to now if the clause
            # is in the present (signals.event_interval)
            s_start, s_end = sentences.around(c.start)
            extra["onwards"] = (
                "present"
                if present_perfect(text, c.start)
                else analysed(s_start, s_end).at(c.start - s_start, c.end - s_start)
            )
        if c.found.type == "DATE" and (
            (
                may_end_with(text, max(0, c.start - 16), c.start, _SO_FAR_ENDS)
                and _SO_FAR_BEFORE.search(text, max(0, c.start - 16), c.start)
            )
            or (word_after_space(text, c.end, _SO_FAR_FIRSTS) and _SO_FAR_AFTER.match(text, c.end))
        ):
            extra["so_far"] = "1"  # "so far this year": up to the publication day, if current
        modifier = (
            modifies_noun(text, c.start, c.end) or _title_year(text, c.start, spec) or recorded
        )
        if (
            modifier
            and doc == "narrative"
            and story is None
            and sentences.around(c.start)[0] == 0
            and _OPENING_THE.search(text, max(0, c.start - 8), c.start) is not None
            and _SUBJECT_COPULA.match(text, c.end) is not None
        ):
            # s36-history: "The 1987–88 season was Carrow Vale's third ...": a history that
            # opens by defining its subject named by its year, a noun the year would else only
            # name, tells that year ("the summer", "in July" after it are 1987's; were the
            # publication's); not "The 1998 treaty expired in March"
            modifier = False
        if (
            modifier
            and doc == "narrative"
            and c.rule.id in _FIRST_YEAR_RULES
            and (verb := _SEASON_VERB.match(text, c.end)) is not None
            and past_form(verb.group(1))
        ):
            # s38-history: "The 1994–95 season began badly, and in December the team was
            # bottom": a season of two calendar years that is the subject of a past verb is the
            # time the story tells, as "The 1987–88 season was" is (its December was the
            # publication's); "the 2026 season tickets" still names a thing
            modifier = False
            season_subject_at = c.start
        if modifier:
            extra["modifier"] = "1"  # "the 2026 budget draft": names a thing, dates no event
        elif (
            kind is None and text.startswith(_APOSTROPHES, c.end) and _POSSESSOR.match(text, c.end)
        ):
            # "Next year's budget was approved on Monday": the owner of a noun dates the
            # sentence only when nothing else does ("Last year's floods cost $2 billion")
            extra["owner"] = "1"
        elif kind is None and names_purpose(text, c.start, c.end):
            # "Preparations for the May 9 parade began on Monday": what the event is for, not
            # its time; weak as an owner is ("Turnout for the 2020 election was high": 2020)
            extra["owner"] = "1"
        elif (
            kind is None
            and text.find("-", c.start, c.end) >= 0  # in C before a search at every character
            and _PERIOD_ADJECTIVE.search(text, c.start, c.end)
            and (_NOUN_NEXT.match(text, c.end))
        ):
            # s33-intervals: "will report fourth-quarter results on Thursday", "posted first-half
            # earnings on Tuesday": a period as a hyphenated adjective names what the noun
            # covers; weak as an owner is ("Fourth-quarter profit rose 5%": the quarter)
            extra["owner"] = "1"
        found = c.found if spec is c.found.spec else replace(c.found, spec=spec)
        if doc == "news" and named_months and tense == "past":
            named_year = _in_named_month(spec, named_months, ref.date())
            if named_year is not None:
                # session 42 (blind text 1223): "died two days after the fight in January 2024.
                # \n\nMr Pike said he had gone to the pub on the evening of 19 January": a day
                # of a month the text named with its year, told in the past, is in that year
                # when the publication's year would put it months back (was 2026-01-19)
                spec = _with_year(spec, named_year)
                found = replace(found, spec=spec)
        if (
            doc == "news"
            and type(spec) is CalendarDate
            and spec.year is not None
            and spec.month is not None
            and not modifier  # "the January 2024 budget" names a thing, no story month
        ):
            named_months[spec.month] = spec.year
        if (
            days_before_flashback is not None
            and c.start >= flashback_day_end
            and not in_past_perfect(text, c.start)
        ):
            # "... had found cracks on Wednesday. The collapse came at about 4:20 a.m.": back
            # to the day the text was at before the flashback
            anchor, anchor_at, day_anchor, day_anchor_at = days_before_flashback
            days_before_flashback = None
        if (
            flashback_end is not None
            and story is not None
            and c.start >= flashback_end
            and not (
                told_in_past_perfect(text, c.start, c.end)
                if before_flashback is not None
                else in_past_perfect(text, c.start)
            )
        ):
            if before_flashback is not None and _THAT_ANAPHOR.match(text, c.start):
                # s39-history: "It began in December 1572 and was lifted on 8 October 1573.
                # ... The town had declared for Orange in the summer of 1572. That autumn the
                # Spanish sacked Mechelen": "that" points back to the time told last, the
                # flashback's, and the story goes on from there (was 1573-FA)
                flashback_end = before_flashback = None
            else:
                # back from the flashback to the text's time (a narrative: the story's before
                # it)
                story, flashback_end, before_flashback = before_flashback, None, None
        if (
            lead_day is not None
            and type(spec) is ClockTime
            and spec.base is None
            and c.start > lead_end
            and anchor is not None
            and anchor.unit in ("month", "year")
        ):
            # "... occurred on the evening of Sunday 28 December 1879 ... Background ... in June
            # 1879 ... Collapse\n\nThe train left at about 4 p.m.": a clock time with no day
            # told since a month or a year is on the day the article is about (s33, text 855:
            # was the publication's day)
            found = replace(
                found,
                spec=replace(spec, base=CalendarDate(lead_day.year, lead_day.month, lead_day.day)),
            )
            spec = found.spec
        if (
            lead is not None
            and doc == "narrative"
            and type(spec) is CalendarDate
            and spec.year is None
            and spec.day is not None
            and after_heading(text, c.start)
            and _near_day(spec, lead, LEAD_REACH)
        ):
            # "collapsed on 9 November 1927. ... Background ... ten years later ...
            # Timeline\n\n8 November: ...": a timeline under its heading goes back to the
            # event the text opened with, not on from the background's last year
            story, story_at = lead, c.start
            before_flashback = flashback_end = None
        if section_open and section is not None and c.start >= section[1]:
            if _yearless_day_near(spec, section_lead):
                # "The campaign ... began in February 1915 and ended ... eleven months
                # later.\n\n== Naval operations ==\n... bombarded the forts on 19 February":
                # the lead summed the whole up; the first section tells it again from the day
                # the lead opened with, not on from the lead's last date
                story, story_at = section_lead, c.start
                before_flashback = flashback_end = None
            if has_year(spec) or follows_story(spec):
                section_open = False
        if next_heading < len(headings) and c.start >= headings[next_heading]:
            while next_heading < len(headings) and headings[next_heading] <= c.start:
                next_heading += 1
            heading_open = True
        if heading_open:
            if (
                lead is not None
                and story is not None
                and story.first.year < lead.first.year
                and _yearless_day_near(spec, lead)
            ):
                # s36-history: "... lasted from 3 April to 19 June 1645. ... by the following
                # spring (1643) ...\n\nThe siege\n\n... arrived before the walls on 3 April": a
                # section whose first date is a day near the event the lead dated, after a
                # background told before that event, goes back to the event (was 1643-04-03)
                story, story_at = lead, c.start
                before_flashback = flashback_end = None
            if has_year(spec) or follows_story(spec):
                heading_open = False
        if (
            named_days
            and tense == "past"
            and doc == "news"
            and (month_day := story_month_day(spec)) in named_days
            and follows_story(spec)
            # no year or month named since ("The centenary in 2015 drew ... on 25 April" is
            # 2015's), only other days
            and (
                said_year is None
                or said_year[1] <= named_days[month_day][1]
                or said_year[0].unit == "day"
                # s31-history: a year over before the day's ("burned from the evening of 8
                # October 1871 ... had grown to 330,000 by 1870 ... at about 9 p.m. on 8
                # October") is background the day comes back from (was 8 October of the
                # publication's year)
                or cal.end_of(said_year[0].unit, said_year[0].first)
                <= date(named_days[month_day][0].year, 1, 1)
            )
        ):
            # "Fifteen years ago today (2011) ... On the afternoon of 22 February, rescuers
            # began digging": the day the text named, not the last 22 February
            day_named = cal.Point("day", named_days[month_day][0])
            found = replace(found, spec=in_story(spec, day_named))
            if story is not None:
                story, story_at = day_named, c.start  # the story goes on from that day
        elif (
            anniversary_live
            and anniversary is not None
            and tense == "past"
            and follows_story(spec)
            and type(spec) is CalendarDate
            and spec.year is None
            and spec.month is not None
            and spec.day is not None
            and not modifier
            and not (story is not None and within_story(c.start))
            and _near_day(spec, anniversary, _ANNIVERSARY_REACH)
        ):
            # "Fifty years ago today (17 July 1975), ... \n\nSoyuz 19 lifted off on 15 July":
            # a day of the anniversary's story, in a past clause of a later paragraph, while no
            # deictic word has brought the text back to its own days (s32-history: was 15 July
            # of the publication's year, two days before it)
            day_named = cal.Point("day", date(anniversary.first.year, spec.month, spec.day))
            found = replace(found, spec=in_story(spec, day_named))
            story, story_at = day_named, c.start
        elif (
            said_year is not None
            and (
                said_year[1] > max(story_at, placed_at)
                if doc != "colloquial"
                # chat, which follows no story, in the paragraph of the year: "they did the
                # same in 2024, lights up for nearly 6 weeks that summer" is 2024's summer
                else paragraph_end(text, said_year[1], c.start) >= c.start
            )
            and text.startswith(_THAT, c.start)
            and follows_story(spec)
        ):
            # "... has been under siege since May 2024, and famine was confirmed there that
            # August": "that" points back to the last year the text named, whatever its role
            # (a "since" bound or a year that moves no story), in that same year
            found = replace(found, spec=in_story(spec, said_year[0]))
        elif (
            said_year is not None
            and type(spec) is CalendarDate
            and spec.year is None
            and follows_story(spec)
            and any(
                o.start == said_year[1] and _WHEN_CLAUSE.fullmatch(text, o.end, c.start)
                for o in out[-3:]
            )
        ):
            # s37 (blind text 1048): "has not shut down since 2019, when a 35-day closure ended
            # on Jan. 25": the "when" clause after a year tells of that year, whatever the
            # year's role (a "since" bound moves no story; was the last Jan. 25)
            found = replace(found, spec=in_story(spec, said_year[0]))
        elif (
            story is not None
            and within_story(c.start)
            and follows_story(spec)
            and not modifier
            # s38-wire2: news, a month or a day of one without a year in a sentence that goes
            # on to a deictic word ("Drivers last struck in the summer of 1989 ... They turned
            # down an offer in September, and last month 88% voted for action"): the sentence
            # is back at the publication's time, so is its month (was 1989-09)
            and not (
                doc == "news"
                and type(spec) is CalendarDate
                and spec.year is None
                and spec.month is not None
                and deictic_later_in_sentence(text, c.end, sentences.around(c.start)[1])
            )
            # news: a possessive date ("its share fell to 18% in November's election") names
            # the latest such one, as a possessive weekday does, not one of the background
            and not (doc == "news" and text.startswith(("'s", "’s"), c.end))
            # s39-wire (blind text 1104): news, the day of a reporting clause after a comma
            # ("Bikes sold in 2024 are affected, the company said on Jan. 21", "..., the agency
            # said in a filing dated Jan. 21"): the day the report was made, a news day near
            # the publication as wire copy writes one without its year, not a day of the
            # background's year (was 2024-01-21)
            and not (
                doc == "news"
                and type(spec) is CalendarDate
                and spec.year is None
                and spec.day is not None
                and _reported_news_day(text, c.start)
            )
            # a "since" bound in a present perfect reaches the publication: "The telescope has
            # been sending back images since July", "Since October, volunteers have cleared the
            # site" are the last July and October, not the background's
            # (s32-wire: but "that" points back into the story whatever the tense: "was
            # launched in March 2018 and has been in service since that May" is 2018's May)
            and not (
                kind == "since"
                and perfect_around(text, c.start, c.end)
                and not text.startswith(_THAT, c.start)
            )
            # news: "The dispute began in June 2024 ... Drivers have since staged eight
            # walkouts, most recently on 20 December" (January 2026): a present perfect is of
            # the publication's time, so its date is the last one before it, not the background's
            and not (
                doc == "news"
                and tense == "past"
                and (
                    present_perfect(text, c.start)
                    # s36-wire2: "Aerovale has spent the past three years trying to rebuild
                    # its standing with regulators, and its chief executive said in September
                    # that ...": the perfect brought the story back to the publication however
                    # long its clause, unless a date told since then anchors the rest ("have
                    # revived memories of 2022, when ... in late February")
                    or (
                        present_perfect(text, c.start, _PERFECT_SENTENCE_REACH)
                        and not any(
                            o.type in ("DATE", "TIME") and o.start >= sentences.around(c.start)[0]
                            for o in out[-4:]
                        )
                    )
                )
                and not text.startswith(_THAT, c.start)
            )
        ):
            bound_in_past = False
            if (
                (applies(doc, tense) and not (tense == "past" and _after_ref(story, ref)))
                or (tense == "future" and told_ahead(c.start))
                or (tense == "present" and planned_in_past(c.start))
                or (bound_in_past := _bound_in_past(c.start, c.end, kind, tense, negated, story))
                # s29-wire: "was asked to deliver it on Nov. 21, 2001, the eve of Thanksgiving":
                # in apposition to the date before it, which named its year (was the last
                # Thanksgiving before the publication)
                or (
                    out
                    and last_found is not None
                    and has_year(last_found.spec)
                    and _APPOSED.fullmatch(text, out[-1].end, c.start) is not None
                )
            ):
                # a past clause tells of nothing after the publication: "A decision could come
                # in 2024. Similar drugs have been in short supply since the spring" is this
                # spring, not that of the outlook's year
                placed = in_story(
                    spec,
                    story,
                    doc == "narrative" or bound_in_past,
                    # a flashback, or a story whose spring ended a stretch ("a general
                    # offensive, which went on until April ... That winter" = the winter the
                    # stretch went through): looking back
                    told_in_past_perfect(text, c.start, c.end)
                    or role(signal_before(text, max(story_at, placed_at))) == "until",
                )
                if doc == "narrative" and sentences.around(c.start)[0] != sentence_at:
                    # the story as the sentence found it: a flashback's dates move on within it
                    # ("had taken Ciudad Rodrigo in January and moved south in early March")
                    sentence_at, sentence_story = sentences.around(c.start)[0], story
                if (
                    doc == "narrative"
                    and sentence_story is not None
                    and sentence_story.unit in ("day", "month")
                    # more than six months on: the year before is nearer
                    and _months_between(sentence_story.first, story_month(placed)) > 6
                    # "By mid-June the fighting had cost ...": a state reached then, no flashback
                    and kind is None
                    and sentence_in_past_perfect(text, sentence_at, c.start)
                ):
                    # a flashback is before the story's time: "Seoul fell on 4 January 1951.
                    # Ridgway had taken over the army on 23 December" = 1950-12-23 (was
                    # the next December)
                    back = date(sentence_story.first.year - 1, sentence_story.first.month, 1)
                    placed = in_story(spec, cal.Point("month", back), True)
                if (
                    doc == "news"
                    and tense == "past"
                    # "two rescue bids had failed in the spring": a flashback stays behind
                    and not in_past_perfect(text, c.start)
                ):
                    # "signed a trade deal in November 2008. It took effect on Jan. 1", written
                    # in April 2009: a past clause of a background moves on as a narrative
                    # does, when the month it moves to is not after the publication's
                    base = story
                    if (
                        told_month is not None
                        and told_month > (story.first.year, story.first.month)
                        and text.startswith(_THAT, c.start)
                        and paragraph_end(text, placed_at, c.start) == c.start
                    ):
                        # "That winter" after "The strike began on 12 March 1984 ... the worst
                        # clash was on 18 June": the winter after the time told last, in its
                        # paragraph (1984-WI), not the one around the story's March (1983-WI)
                        base = cal.Point("month", date(*told_month, 1))
                    moved_on = in_story(spec, base, True)
                    bound_from = (
                        told_month
                        if told_month is not None
                        and told_month >= (story.first.year, story.first.month)
                        and paragraph_end(text, placed_at, c.start) == c.start
                        else (story.first.year, story.first.month)
                        if story.unit in ("day", "month")
                        else None
                    )
                    if (
                        kind in ("until", "through")
                        # the signal's own date, not one in a clause it governs ("spent 31
                        # months in hibernation, until an onboard alarm woke it on 20 January")
                        and "governor" not in extra
                        and bound_from is not None
                        and story_month(moved_on) < bound_from
                    ):
                        # s37-wire: "In 2022, ... In October, Moscow began strikes ... and
                        # continued them until the spring" = 2023-SP; "In November 2019, ...
                        # stayed closed until summer" = 2020-SU: the bound of a stretch told
                        # in the background ends after the month it was told from (was the
                        # story year's spring, the nearer summer before November)
                        moved_on = in_story(spec, cal.Point("month", date(bound_from[0] + 1, 1, 1)))
                    if onward_story is story and story_month(moved_on) < (
                        story.first.year,
                        story.first.month,
                    ):
                        # after a month of a year named from the publication the background
                        # only moves on ("In June last year ..., and in March" = this March)
                        moved_on = in_story(
                            spec, cal.Point("month", date(story.first.year + 1, 1, 1))
                        )
                    if moved_on != placed and story_month(moved_on) <= (ref.year, ref.month):
                        placed = moved_on
                    if (
                        kind in ("until", "through")
                        # the signal's own date, not one it governs through a clause ("until
                        # an alarm woke it on 20 January", a day the clause tells)
                        and "governor" not in extra
                        and story.unit in ("day", "month")
                        and story_month(placed) < (story.first.year, story.first.month)
                    ):
                        # s37-intervals: "The refinery exploded on 2 June 2015. Until April, it
                        # stood idle": a bound closes a state the story began, so it is the
                        # next April (2016), not one over before the blast
                        bound = in_story(spec, cal.Point("month", date(story.first.year + 1, 1, 1)))
                        if story_month(bound) <= (ref.year, ref.month):
                            placed = bound
                if doc == "narrative" and not _weekday_fits(placed):
                    # "The 1998-99 season ... Pryce, appointed in May 1997, ... The season
                    # opened on Saturday 8 August": the year next to the story's whose
                    # calendar has that weekday (1998), not the story's (1997's 8 August was a
                    # Friday; s34-history)
                    placed = _weekday_year(placed)
                if doc == "narrative" or _weekday_fits(placed):
                    found = replace(found, spec=placed)
                    placed_at = c.start
                    told_month = story_month(placed)
                else:
                    # "The tenancy began on 1 October 2024 ... You moved out on Friday 25
                    # September" (written in October 2026): the story's year has no Friday 25
                    # September, so the text is back at its own time, whose year has one (a
                    # narrative keeps its story: an old calendar's weekdays differ, "Sunday,
                    # 8 May" 1429 is Julian)
                    story = None
            elif doc != "narrative":
                story = None  # "... will join NATO on March 12": the text is back at its time
            # (a narrative's "The museum will reopen in March" is the publication's March, and
            # the story goes on after it)
        plain_weekday = type(spec) is WeekdayRef and spec.n == 0 and not spec.possessive
        # the expression a weekday is paired with ("sat & sun", "today and Sunday", "the
        # weekend and Monday"), as the rules found it
        pair_head = (
            last_found.spec
            if plain_weekday
            and last_found is not None
            and out
            and _WEEKDAY_PAIR.fullmatch(text, out[-1].end, c.start)
            else None
        )
        if type(pair_head) is WeekdayRef and last is not None and out[-1].interval is not None:
            # "open sat & sun", "Saturday and Sunday": the second weekday of a pair goes the
            # way the first went (the coming weekend, or the last one: "went out sat & sun"),
            # not to its own nearest day nor by "sat" read as a verb
            first = out[-1].interval.start
            past = first < ref or (first == ref and last[1].tense == "past")
            tense, close = ("past" if past else "future"), True
            if not past:
                pair_first = first.date()  # the second day comes within the week after it
            elif (
                type(spec) is WeekdayRef
                and story_chain
                and first.date() < story_floor
                and day_anchor is not None
            ):
                # "Thursday and Friday were beach days" in a trip told weeks back: the second
                # day goes on from the first, as a story's days do (session 42, blind text
                # 1225: was the publication's last Friday)
                spec = replace(spec, told=True)
                found = replace(found, spec=spec)
        elif type(pair_head) is DayOffset:
            # "cancelled flights today and Sunday", "tomorrow or Friday": the weekday goes on
            # from the day before it, whatever the clause's tense ("yesterday and Sunday" back,
            # "today and Sunday" the nearest, tomorrow on a Saturday, yesterday on a Monday, but
            # in a future clause the next: "will continue today and Friday")
            days = pair_head.days
            if days or tense != "future":
                tense = "past" if days < 0 else "future" if days > 0 else "present"
            close = True
        elif type(pair_head) is WeekendRef and out[-1].interval is not None:
            # "parking rules were suspended for the weekend and Monday": the weekday goes on
            # from the weekend before it, on the side of the publication the weekend is on
            # (s33, text 849: was the Monday before)
            tense = "future" if out[-1].interval.start.date() > ref.date() else "past"
            close = True
        elif (
            type(spec) is WeekdayRef
            and plain_weekday
            and not spec.side
            and tense == "future"
            and day_anchor is not None
            and day_anchor.clock is None
            and day_anchor.first < ref.date() - timedelta(days=1)
            and day_anchor_at >= sentences.around(c.start)[0]
            and _reported_ahead(c.start)
        ):
            # "Last friday they told me it would be paid by EOD monday", written on a
            # Thursday: a future seen from the day the sentence told is that day's coming
            # weekday (the 16th), not the publication's (s33, text 851: was the 23rd)
            found = replace(found, spec=replace(spec, side=1))
            spec = found.spec
        elif (
            type(spec) is WeekdayRef
            and plain_weekday
            and not spec.told
            and anchor is not None
            and anchor.unit in ("week", "weekend")
            and (anchor.unit == "week" or spec.weekday >= 6)
            and sentences.around(c.start)[0] <= anchor_at < c.start
            and _WEEK_DAY_GAP.fullmatch(text, anchor_at, c.start) is not None
            # "timetables for next week will be published on Thursday": a noun's week
            and _FOR_BEFORE.search(text, max(0, anchor_at - 6), anchor_at) is None
            and _REPORTING_VERBS.isdisjoint(_WORD.findall(text[anchor_at : c.start].lower()))
        ):
            # session 41 (blind text 1182): "The weekend looks unsettled, with gales on
            # Saturday", "Next week looks wet, with storms on Thursday": a weekday after a week
            # (a weekend) its sentence named is that week's day, as "the Tuesday" after one is
            # (was the nearest Saturday, the last Thursday); not the day of a reporting verb
            # ("will strike next week, the union said on Thursday"), one after "after" or
            # "before" (an event's side of the week), nor after a noun's week ("timetables for
            # next week will be published on Thursday")
            spec = replace(spec, told=True)
            found = replace(found, spec=spec)
        elif (
            type(spec) is WeekdayRef
            and plain_weekday
            and not spec.told
            and tense == "past"
            and story_chain
            and day_anchor is not None
            and day_anchor.unit == "day"
            and day_anchor.clock is None
            and day_anchor.first < story_floor
            and 0 < c.start - day_anchor_at <= _STORY_DAY_REACH
            and 1 <= (spec.weekday - day_anchor.first.isoweekday()) % 7 <= 2
        ):
            # session 42 (blind text 1225): "We flew out on Monday 24th ... On the Tuesday we did
            # the castle. Wednesday we took the train to Sintra", written two weeks later: a
            # weekday in the past a day or two after the last day a story told, weeks back, by a
            # told weekday ("the Tuesday"; `story_chain`), goes on from it, as the days of a
            # trip are told in order (was the publication's week); after a date alone ("arrested
            # on 24 August. The trial began on Monday") news counts from the publication
            spec = replace(spec, told=True)
            found = replace(found, spec=spec)
        elif (
            (side_day := _plain_weekday_of(spec)) is not None
            and day_anchor is not None
            and day_anchor_at < c.start
            and day_anchor_at >= sentences.around(c.start)[0]
            and (side_m := _EVENT_SIDE.search(text, max(day_anchor_at, c.start - 90), c.start))
            is not None
        ):
            # session 41 (blind text 1172): "host Hibernian at noon on Sunday, four days after a
            # 2-0 win at Dundee on Wednesday night": the weekday of an event told after "after"
            # is the last one before the day its sentence named (was the coming Wednesday);
            # after "before", the first one after it
            sided = replace(side_day, side=-1 if side_m.group("side").lower() == "after" else 1)
            spec = replace(spec, base=sided) if type(spec) is PartOfDay else sided
            found = replace(found, spec=spec)
        if (
            doc == "colloquial"
            and anchor is not None
            and paragraph_end(text, anchor_at, c.start) < c.start
            and not text.startswith(_THAT, c.start)
            and not _thread_post(text, out, anchor, c.start)
            # a diary's entry heading goes on from the week or the day the text is at ("recap
            # of this wk:\n\nmon: ...\n\ntues + wed: ..."; s41-diaries, narrative 980)
            and not (type(spec) is WeekdayRef and spec.side > 0)
        ):
            # tweets or messages one to a paragraph: a new one does not go on from the day
            # or time the last one named ("countdown: 6 days till xmas\n\nppl are coming at
            # 8ish" is not Christmas's 8 o'clock); but "that" points back to it ("replay on
            # Tuesday 23 February ...\n\ncant go, im on lates that week": that week's)
            anchor = day_anchor = None
        if (
            doc == "colloquial"
            and anchor is None
            and type(spec) is ClockTime
            and spec.base is None
            and tense == "future"
        ):
            topic = _thread_topic_day(text, out, c.start, ref)
            if topic is not None:
                # a later post's plan goes on from the day ahead the thread is about ("1/ ...
                # sunday is the big one ...\n\n4/ race starts at 9": Sunday's 09:00, not the
                # next 09:00; s41-diaries, narrative 1140)
                anchor = day_anchor = cal.Point("day", date.fromisoformat(topic.value))
                anchor_at = day_anchor_at = topic.start
        if (
            anchor is not None
            and type(spec) is Offset
            and spec.base == "anchor"
            and spec.unit == "year"
            and doc != "colloquial"
        ):
            aged = aged_anchor(text, anchor, anchor_at, sentences.around(anchor_at), c.start)
            if aged is None and life is not None:
                # "Marguerite Hale (14 March 1899 – 2 August 1965) ... graduated in 1922. At
                # the age of 24 she ... Two years later": the age counts from the life span's;
                # "Born in Budapest in 1944, Varga came to the United States in 1957 ... at 14
                # and was playing in bars two years later": from the birth's sentence's
                aged = age_since_birth(text, life, anchor, anchor_at, c.start)
            if aged is not None:
                # "born on 4 February 1938. At the age of 12 she built a tide gauge, and two
                # years later ...": counted from the year she was 12 (timeline.temporal.ages)
                anchor, anchor_at = aged
            elif (
                season_turn is not None
                and anchor.first.year == season_turn[0] - 1
                and anchor_at > season_turn[1]
                and _SEASON_OVER.search(text, anchor_at, c.start) is not None
            ):
                # s38-history (blind text 1066): "In 1958/59 the club played in Europe ... went
                # out in November. Rennie retired at the end of the season, and the club was
                # relegated two years later" = 1961: the season's end is in its second year,
                # which the count goes on from (was 1960, from the first year's November)
                anchor, anchor_at = cal.Point("year", date(season_turn[0], 1, 1)), c.start
        if (
            kind != "since"
            and said_day is not None
            and said_day[1] > anchor_at
            and out
            and out[-1].start == said_day[1]
            and role(out[-1].signal) == "since"
            and type(spec) is ClockTime
            and _from_day_anchor(spec)
            and _WHEN_CLAUSE.fullmatch(text, out[-1].end, c.start)
        ):
            # s36-wire: "has been shut since Aug. 15, when the slope gave way at 5:40 a.m.": a
            # "since" bound moves no story, but the "when" clause after it tells of that day,
            # as one after "on" or "until" does (blind text 972: was the publication's 05:40)
            anchor = day_anchor = cal.Point("day", said_day[0].first)
            anchor_at = day_anchor_at = said_day[1]
        day_hours = (
            c.rule.id in _DAY_HOURS_RULES
            and type(spec) is ClockTime
            and spec.base is None
            and said_day is not None
            # the publication's own day is the default's (a stamp's clock reads it)
            and said_day[0].first != ref.date()
            and _day_of_hours(out, said_day[1], sentences.around(c.start)[0], c.start)
        )
        if (
            text.startswith(_THAT, c.start)
            and said_day is not None
            and said_day[1] > anchor_at
            and said_day[0].first <= ref.date()
            and _that_day(spec)
        ):
            # "trusted him until the morning of 4 February 2020, when the auditor came. He was
            # suspended that afternoon": "that" points back to the last day named, even a bound
            # or a subordinate clause's that the story does not move to (a day ahead is a
            # plan's: "clearing the way for a launch on July 10. They worked late that day" is
            # the day they did)
            anchor = day_anchor = cal.Point("day", said_day[0].first)
            anchor_at = day_anchor_at = said_day[1]
        elif (
            type(spec) is ClockTime
            and spec.base is None
            and said_day is not None
            and said_day[1] > anchor_at
            and out
            and out[-1].start == said_day[1]
            and out[-1].type == "DATE"
            and _CLOCK_GLOSS_OF_DAY.fullmatch(text, out[-1].end, c.start) is not None
        ):
            # "a home game against Darlington on Boxing Day (kick-off 3pm)": a clock time in
            # parentheses right after a day is that day's, even one the story does not move
            # to (a subordinate clause's; s36, blind text 936)
            anchor = day_anchor = cal.Point("day", said_day[0].first)
            anchor_at = day_anchor_at = said_day[1]
        elif day_hours:
            # s40-barehours: "the swap is on this sat in the big shed, doors from 10 til 2",
            # "booked the room for Saturday 21st, 2 till 6", "appointment moved to Tuesday the
            # 24th 8-12": a bare hour told shortly after a day in its sentence, no other
            # expression between but clock times, is that day's, even a plan's the story does
            # not move to and one a past clause looks ahead to (blind texts 1009, 854, 872)
            assert said_day is not None
            if day_anchor is None or day_anchor.first != said_day[0].first:
                anchor = day_anchor = cal.Point("day", said_day[0].first)
                anchor_at = day_anchor_at = said_day[1]
        elif (
            said_year is not None
            and said_year[0].unit == "year"
            and said_year[1] > anchor_at
            and said_year[0].first <= ref.date()
            and text.startswith(_THAT, c.start)
            and _that_year(spec)
        ):
            # s33-wire: "their first Wembley final since 1974. That year they drew ...": "that
            # year" points back to the last year named, even a bound the story does not move
            # to, as "that day" does to the last day (was the publication's year)
            anchor = cal.Point("year", said_year[0].first)
            anchor_at = said_year[1]
        if (
            type(spec) is ClockTime
            and spec.base is None
            and doc == "news"
            and opened_on == ref.date()
            and day_anchor is not None
            and anchor is day_anchor
            and day_anchor.first < ref.date()
            and paragraph_end(text, day_anchor_at, c.start) < c.start
        ):
            # "Typhoon Ragasa made landfall at about 5 p.m. on Wednesday (the publication's
            # day) ... battered the Philippines on Monday and swept past Taiwan overnight into
            # Tuesday.\n\nIn Hong Kong, the observatory raised its signal at 2:40 a.m.": a new
            # paragraph after the days behind the text's own is back at the day it opened with
            anchor = day_anchor = cal.Point("day", ref.date())
        overnight_told = False  # the branch below moved the story past midnight
        if (
            type(spec) is ClockTime
            and spec.base is None
            and spec.hour < 12
            and doc != "colloquial"
            and day_anchor is not None
            and anchor is day_anchor
            and day_anchor.unit == "day"
            and out
            and _overnight_after(text, out[-1], day_anchor.first, c.start, c.end)
            and _clause_tense(c.start, c.end) == "past"
            and not in_past_perfect(text, c.start)
        ):
            # s34-history: "The night shift went down at 10 p.m. on Thursday 13 September. At
            # 4:10 a.m. a blast tore through the district": a morning's clock time told right
            # after the evening's of the day the story is at is the next morning's (was the
            # 13th's 4:10, before the shift went down)
            anchor = day_anchor = cal.Point("day", day_anchor.first + timedelta(days=1))
            overnight_told = True
        if bounds_ahead and type(spec) is ClockTime and spec.base is None:
            # "mail ballots still count if they arrive by November 7. Clark County said its
            # next update would come at 9 a.m.", "will not run its runoff until November 18.
            # Its count ... will pause at midnight": a deadline ahead is no day the story is
            # on, nor the day a clause that looks ahead is at; the clock time of a later
            # sentence is on the day told before it
            opening = sentences.around(c.start)[0]
            if day_anchor is not None and day_anchor_at in bounds_ahead and day_anchor_at < opening:
                while day_anchor is not None and day_anchor_at in bounds_ahead:
                    # "until November 18" after "arrive by November 7": the day before both
                    anchor, anchor_at, day_anchor, day_anchor_at = before_day[day_anchor_at]
            if ahead_day is not None and ahead_day[1] in bounds_ahead and ahead_day[1] < opening:
                ahead_day = None
        elif (
            bounds_ahead
            and day_anchor_at in bounds_ahead
            and _story_same_day(spec)
            and day_anchor_at < sentences.around(c.start)[0]
            and _clause_tense(c.start, c.end) == "past"
        ):
            # s37-known2 (blind text 1032): "released on bail until 3 April. ... The bar was
            # busy that night": a past clause's "that night", "that day", "that morning" is no
            # day after the publication, the bound ahead told before it; it is the story's last
            # past day (was 3 April's night)
            while day_anchor is not None and day_anchor_at in bounds_ahead:
                anchor, anchor_at, day_anchor, day_anchor_at = before_day[day_anchor_at]
        elif (
            type(spec) is PartOfDay
            and spec.pod == "NI"
            and _story_same_day(spec)
            and day_anchor is not None
            and not _told_night(day_anchor)
            and HAD_BEFORE.search(text, max(sentences.around(c.start)[0], c.start - 50), c.start)
        ):
            # s39-known (blind text 1075): "opened the barrier at about 11.30pm [9 November
            # 1989] ... reunified on 3 October 1990 ... said decades later that he had had no
            # orders that night": a past perfect looks back to the night the story told, the
            # last day told with a night or a time in one, not the last day told (was 3
            # October's night); with none, the last day's
            night = _last_told_night(before_day, day_anchor, day_anchor_at)
            if night is not None:
                # that day is the anchor too: its night ("by midnight" = the next day's 00:00
                # is the night before it, anchor.anchor_part_of_day)
                _, _, day_anchor, day_anchor_at = night
                anchor, anchor_at = day_anchor, day_anchor_at
        if (
            type(spec) is ClockTime
            and spec.base is None
            and day_anchor is not None
            and tense in ("future", "present")
            and doc == "news"
        ):
            opening = sentences.around(c.start)[0]
            if (
                day_anchor_at < opening
                and "next" in text[opening : c.start].lower()
                and _NEXT_REPORT.search(text, opening, c.start) is not None
            ):
                # s34-known: "alternate-side parking rules were suspended for the weekend and
                # Monday. The next update is due at 4 a.m.": the office's next report is the
                # first such hour after the publication, not on a day told before (was Monday's)
                anchor = day_anchor = ahead_day = None
        if (
            doc == "colloquial"
            and tense == "present"
            and (
                type(spec) is HolidayRef
                or (type(spec) is CalendarDate and spec.year is None and spec.month is not None)
            )
        ):
            tense = "future"
        if (
            tense == "past"
            and doc == "news"
            and type(spec) is ClockTime
            and type(spec.base) is WeekdayRef
            and spec.base.n == 0
            and _TO_VERB_AFTER.match(text, c.end)
            and _DIRECTIVE.search(text, sentences.around(c.start)[0], c.start)
            and _told_ahead(out, spec.base.weekday, ref.date())
        ):
            # s37-known2 (blind text 1004): "told passengers on the first departures, such as
            # the flight at 7.20am UK time on Thursday, to check with their airline": the clock
            # time of a task laid on someone, on a weekday the text told as coming ("cancelled
            # flights for Thursday" = the coming strike day), is that day, not the last one
            tense = "future"
        told = (story is not None and within_story(c.start)) or (
            # a trip's "At the weekend we did the aquarium" goes on from its days told in
            # order weeks back (session 42, blind text 1225: was the publication's last)
            story_chain and tense == "past" and type(spec) is WeekendRef
        )
        # a live blog's time stamp opening a line ("09:40 Only one train in five is running"):
        # the publication day's, whatever the entries before it named, and no anchor after it
        stamp = (
            type(spec) is ClockTime
            and _line_stamp(text, c.start)
            and not _under_day_heading(text, c.start, out)
        )
        if (
            stamp
            and type(spec) is ClockTime
            and day_anchor is not None
            and day_anchor.unit == "day"
            and day_anchor.first < ref.date()
            and ref.time() != time(0)
            and (spec.hour, spec.minute) > (ref.hour, ref.minute)
            # an update's stamp ("Update, 12.15pm:") is often later than the first publication
            and _UPDATE_STAMP.search(text, max(0, c.start - 24), c.start) is None
            # nor after a stamp of the publication day that opened the entry naming that day:
            # "10:05 Engineers worked through the night ...\n\n11:30 Gatwick says ..." is the
            # live blog's 11:30, not the night's 23:30 (s35-wire, blind text 915)
            and not 0 <= blog_stamp_at < day_anchor_at
        ):
            # a time that opens a line later in the day than the publication is no stamp of
            # the publication day's live blog but an item of a timeline of the day the text
            # told before ("Incident report ... 4 June 2025 ... 14:02 - A change is deployed",
            # published on 6 June at 10:00 = 4 June's 14:02; s31, blind text 701)
            stamp = False
        if stamp:
            blog_stamp_at = c.start
        if (
            ahead_day is not None
            and day_anchor is not None
            and anchor is day_anchor
            and day_anchor.first < ref.date()
            and ahead_day[1] > day_anchor_at
            and _from_day_anchor(spec)
            and _clause_tense(c.start, c.end) in ("present", "future")
        ):
            # "... on Monday, clearing the way for a launch on October 10. The window opens at
            # 12:31 p.m. that day": a clause ahead is on the day still to come, not the past one
            anchor = day_anchor = ahead_day[0]
            day_anchor_at = anchor_at = ahead_day[1]
        post = doc != "narrative" and _post_stamp(text, c.start, c.end)
        # a diary's heading ("tues + wed: rest days") opens its line as a chat message's stamp
        # does, but no message was sent then (s41-diaries, narrative 980)
        message = (
            doc == "colloquial"
            and not (type(spec) is WeekdayRef and spec.side > 0)
            and _message_stamp(text, c.start, c.end)
        )
        if post or message:
            post_at.add(c.start)
        if post and post_ref is not None and type(spec) is Offset and spec.base == "anchor":
            # "UPDATE 2 days later:" after "Posted by beanbag_ on 28 Jan 2027": counted from
            # the post it updates, not from the last day the post named
            anchor = day_anchor = cal.Point("day", post_ref.date())
        if (
            type(spec) is DayOfMonth
            and anchor is not None
            and tense in ("present", "future")
            and out
            and out[-1].type == "SET"
            and out[-1].start >= sentences.around(c.start)[0]
            and signal_before(text, c.start) in ("until", "till")
        ):
            # s37-known (blind text 917): "IT support is staffed 9-5, Mon-Fri, until the
            # 23rd": a schedule that holds now runs until the next such day from the
            # publication, not from a day told before (was the reopening's January 23)
            anchor = day_anchor = None
        line_at = text.rfind("\n", 0, c.start) + 1
        if type(spec) is WeekdayRef and spec.side > 0 and not text[line_at : c.start].strip():
            heading_lines.add(line_at)
        elif (
            type(spec) is ClockTime
            and spec.base is None
            and tense == "future"
            and line_at in heading_lines
            and day_anchor is not None
            and day_anchor.first < ref.date()
        ):
            # a diary's entry is told after its day: "mon: ... in the water at 9.30, out by
            # 10.15" is Monday's 10:15, not a deadline still to come (s41-diaries)
            tense = "unknown"
        elif (
            c.rule.id == "time_alarm_clock"
            and tense == "future"
            and anchor is not None
            and anchor.unit == "day"
            and anchor_at < sentences.around(c.start)[0]
        ):
            # an alarm set rings at the next such time, whatever day or part of it the
            # sentences before told ("Big shop this morning ... Alarm set for 4.15 again, so
            # lights out", written at 22:40: the next 04:15; "Rota for next week is up: mon to
            # thurs, then a half day fri. Alarm set for 7": tomorrow's; s41-diaries, narrative
            # 1068, blind text 1175)
            anchor = None
        # anchor.Context's fields in their order, by position: a call by keywords costs about
        # three times as much, and a context is built for every expression
        ctx = Context(
            # reference
            ref
            if post
            else stamp_clock
            if stamp_clock is not None
            and (
                type(spec) is FromNow
                or (type(spec) is Offset and spec.base == "ref" and spec.unit in _CLOCK_UNITS)
                # s36 (blind text 926): "11:50 AM priya.k: fix should be in by 2" is 14:00 of
                # the day the message was sent, the next one after its stamp, not after the
                # publication's clock
                or (
                    type(spec) is ClockTime
                    and spec.base is None
                    and anchor is None
                    and text.find("\n", stamp_at, c.start) < 0  # in the stamp's message
                )
            )
            else post_ref
            if post_ref is not None
            else told_ref,
            # tense: a stamp is when its entry was posted, the publication day's whatever the
            # tense of the entry ("8:55 AM marcus: can we grab 15 mins?" is no time still to
            # come); so is the time a post's header ends with, which no tense moves to the
            # next day ("Mark P · 11:04am\nany chance of the chairs ... could come wed", at
            # 11:30; s38-informal, blind text 1072)
            "present"
            if stamp or (post and tense == "future" and type(spec) is ClockTime)
            else tense,
            # anchor
            None
            if stamp
            or (
                _ahead_of_past_clock(spec, tense, anchor, ref)
                and not day_hours
                # s36 (blind text 938): a zone's gloss restates the moment it follows, whatever
                # the tense ("is set to launch at 10:42 a.m. local time on Saturday (0142
                # GMT), the agency said"), not the publication's day
                and not _zone_gloss(text, out[-1] if out else None, found, c.start)
            )
            else since_anchor
            if since_anchor is not None
            and (anchor is None or anchor_at < since_at)
            and _later(spec)
            and (
                tense == "past" or (tense == "unknown" and _clause_tense(c.start, c.end) == "past")
            )
            else range_from[0]
            if range_from is not None and range_from[1] == anchor_at and _earlier(spec)
            else talk_day
            if doc == "colloquial"
            and anchor is not None
            and talk_day is not None
            and anchor_at in post_at
            and (
                (type(spec) is ClockTime and spec.base is None)
                # "that weekend", "that day": the one the talk named ("what about the 5th?"
                # ... "yeah im off that weekend")
                or (type(spec) is Offset and spec.base == "anchor" and spec.n == 0)
            )
            and talk_day.first > anchor.first
            and c.start - talk_day_at <= _PLAN_TALK_REACH
            # s36 (blind text 995): in a chat export a clock time without a day, and "that
            # day", "that weekend", are on the day the talk named last when that day lies ahead
            # of the stamp that opens its message ("what about the 5th?" ... "18:22 - Jo: meet
            # at the station half 10?"), not on the stamp's day
            else anchor,
            narrative,  # narrative_tense
            # day_anchor; in chat "the fri" is of the week the talk is in, the day a message
            # named last when it lies ahead of the stamp's ("the wedding is Sat 19th Sept" ...
            # "30/08/2026, 18:10 - Bev: only 4 rooms left for the fri" = 18 September; s31,
            # blind text 672), not the week of the stamp that opens its message
            None
            if stamp
            # s32-informal: a plan in chat goes on from the last day a message named, not
            # from the stamp that opens the message ("the wedding is Sat 19th Sept" ...
            # "01/09/2026, 21:40 - Ray: what time is brunch sun morning?" = 20 September)
            else cal.Point("day", plan_day)
            if doc == "colloquial"
            and plan_day is not None
            and day_anchor_at in post_at
            and _on_weekday(spec)
            else body_day
            if doc == "colloquial"
            and body_day is not None
            and type(spec) is WeekdayRef
            and spec.told
            and day_anchor is not None
            and body_day.first > day_anchor.first
            # s37-known2 (blind text 1028): "a warning from 6pm on Friday until noon on
            # Saturday ... the strongest winds were likely overnight": the night inside a
            # stretch told to the next day is the night its first day begins (was Saturday's)
            else range_from[0]
            if type(spec) is Overnight
            and range_from is not None
            and day_anchor is not None
            and range_from[1] == day_anchor_at
            and range_from[0].unit == "day"
            and day_anchor.first - range_from[0].first == _ONE_DAY
            else day_anchor,
            prefer,
            close,
            ahead,
            told,  # in_story
            # day_anchor_stale
            (
                named_today
                and type(spec) is Overnight
                and day_anchor_at < sentences.around(c.start)[0]
                # a forecast's day ahead goes on through its paragraph ("Wednesday starts
                # bright ... Up to 5cm could settle overnight": Wednesday's night)
                and (tense != "future" or day_anchor_at < text.rfind("\n\n", 0, c.start))
            ),
            told and doc == "narrative",  # narrative
            # night_before
            (
                anchor is not None
                and (anchor.pod == "NI" or (anchor.clock is not None and anchor.clock.hour >= 18))
                and (
                    anchor_at >= sentences.around(c.start)[0]
                    # in news a night the sentence before named: "Russia attacked the capital
                    # overnight. Sirens sounded shortly before 2 a.m." (s26-news: was the day
                    # the night began on)
                    or (
                        doc == "news"
                        and anchor.pod == "NI"
                        and sentences.around(c.start)[0] > 0
                        and anchor_at >= sentences.around(sentences.around(c.start)[0] - 1)[0]
                    )
                    # in chat a sentence an emoji ended goes on: "last nite was insane 🔥 got
                    # home at like 4am"
                    or (
                        doc == "colloquial"
                        and anchor_at < c.start
                        and _SENTENCE_MARK.search(text, anchor_at, c.start) is None
                    )
                    # a night a story told in the sentences before, in the same paragraph:
                    # "That night the cloud came down. ... found them at 2.40am"; in news so
                    # an evening's clock time in a past clause: "Polls closed at 6 p.m. on
                    # Sunday ... The result was announced at 2:20 a.m." (Monday's; s31-wire)
                    or (
                        (anchor.pod == "NI" or (doc == "news" and tense == "past"))
                        and doc != "colloquial"
                        and anchor_at < c.start
                        and (
                            _BLANK_LINE.search(text, anchor_at, c.start) is None
                            # in news a night the paragraph before named, in a past clause:
                            # "Russia launched 140 drones overnight ...\n\n... explosions were
                            # heard from about 2:30 a.m." (session 35: was the night's first day)
                            or (
                                doc == "news"
                                and anchor.pod == "NI"
                                and tense == "past"
                                and len(_BLANK_LINE.findall(text, anchor_at, c.start)) == 1
                            )
                        )
                    )
                )
            ),
            # plan_day; not for a request's deadline (session 41, blind text 1170)
            plan_day
            if doc != "narrative"
            and not (
                type(spec) is WeekdayRef
                and _request_deadline(text, sentences.around(c.start)[0], c.start)
            )
            else None,
            # runs_past_midnight
            (
                kind == "until"
                and type(spec) is ClockTime
                and anchor is not None
                and anchor.unit == "day"
                and anchor.clock is None
                and anchor_at >= sentences.around(c.start)[0]
                and not (out and out[-1].type == "TIME" and out[-1].end > anchor_at)
            ),
            None if stamp else period_anchor,  # period_anchor
            # anchor_in_sentence: read only for an anchor of these units and by the values of
            # a weekday, a quarter or a half (anchor.Context): a sentence looked up for no
            # other is split for nothing
            anchor is not None
            and (
                (
                    (
                        anchor.unit in _SENTENCE_ANCHOR_UNITS
                        or (
                            since_anchor is not None and since_anchor.unit in _SENTENCE_ANCHOR_UNITS
                        )
                    )
                    and (
                        type(spec) not in _SENTENCE_BLIND or type(found.spec) not in _SENTENCE_BLIND
                    )
                )
                # s39-wire2: a part of the day after its day in the same sentence ("On 24
                # June payments failed in the evening"), read by anchor._told_day
                or (anchor.unit == "day" and type(spec) is StoryPartOfDay)
            )
            and anchor_at >= sentences.around(c.start)[0],
            # opens_sentence
            type(spec) is WeekdayRef
            and _OPENING_ON.fullmatch(text, sentences.around(c.start)[0], c.start) is not None,
            None if stamp else month_anchor,  # month_anchor
            kind == "since",  # since
            # chat_plan: the talk is at a day told with its date, or within three days of it
            dated_day is not None
            and day_anchor is not None
            and abs(day_anchor.first - dated_day) <= _PLAN_AROUND,
            crossed_night,  # crossed_night
            False,  # resumed
            period_ahead,  # period_ahead
        )
        if (
            type(spec) is ClockTime
            and spec.base is None
            and out
            and out[-1].mod == "END"
            and out[-1].granularity == "day"
            and _RESUMED.search(text, max(sentences.around(c.start)[0], c.start - 40), c.start)
        ):
            # s39-leftovers: "the bombardment went on until late Friday. It resumed shortly
            # before noon": what resumes after a stretch that ended late on a day does so on
            # the next one (blind text 1129: was Friday's noon)
            ctx = replace(ctx, resumed=True)
        if (
            doc == "news"
            and type(spec) is CurrentPeriod
            and ctx.anchor is not None
            and cal.end_of(ctx.anchor.unit, ctx.anchor.first) <= ref.date() - _STALE_STORY
            and present_perfect(text, c.start)
        ):
            # "The pier was last repaired in the winter of 2023 ... the council has promised a
            # decision before the end of the year": a present perfect is of the publication's
            # time, not of a background over for a year ("By the end of the decade it had 40
            # stores" still is)
            ctx = replace(ctx, anchor=None)
        if (
            type(spec) is DayOffset
            and spec.days == 0
            and _told_of_past(out, ref)
            and _NOWADAYS.match(text, max(0, c.start - 6), c.end + 10)
            and _nowadays_clause(c.start, c.end)
            and not _OCCASION_APPOSITIVE.match(text, c.end)
        ):
            # "... the furnaces went cold in 2004. Today the site holds a business park": the
            # present set against the past the text told, nowadays (TimeML's PRESENT_REF), not
            # the publication's day; the story is back at the present, so "Today the cottages
            # house a museum, which reopened on April 4" is this year's April 4
            found = replace(found, spec=Fixed("PRESENT_REF"))
            story = None
        if doc == "news" and type(_day_base(spec)) in (DayOffset, CalendarRelative):
            said = _quote_day(text, c.start, c.end, ctx.today)
            if said is not None:
                # a quotation's "tonight", "tomorrow" count from the day it was spoken
                ctx = replace(ctx, reference=ctx.reference - (ctx.today - said))
        if (
            type(spec) is Offset
            and spec.base == "anchor"
            and spec.n
            and spec.unit in _APPOSED_UNITS
            and anchor is not None
            and out
            and out[-1].start == anchor_at
            and (
                _APPOSED_COUNT.fullmatch(text, out[-1].end, c.start) is not None
                or (
                    _COUNT_ENDS_SENTENCE.match(text, c.end) is not None
                    and _APPOSED_CLAUSE.fullmatch(text, out[-1].end, c.start) is not None
                )
            )
            and _APPOSED_UNITS.get(anchor.unit, 99) <= _APPOSED_UNITS[spec.unit]
        ):
            # s34-known: "Bouch died in October 1880, four months later", "It closed in 1958,
            # 27 years later": a count set beside the date before it restates that date (the
            # count runs from a time told earlier), so it is that date at its own unit, not a
            # count on from it (was February 1881, 1985); so does one that ends the date's own
            # clause ("On Sunday she will play her last service there, 65 years later": s38,
            # blind text 1078, was 2091)
            found = replace(found, spec=replace(spec, n=0))
            ctx = replace(ctx, anchor=anchor, day_anchor=anchor if anchor.unit == "day" else None)
        if (
            doc == "news"
            and tense == "past"
            and type(spec) is ClockTime
            and spec.base is None
            and ctx.day_anchor is not None
            and (event_day := _event_day(text, c.start, sentences.around(c.start)[0], out))
            is not None
            and event_day < ctx.day_anchor.first
        ):
            # s39-wire: "the earthquake that struck western Nepal on Saturday rose to 212 on
            # Sunday. ... The quake hit at 12:47 p.m.": the onset of the event told before is
            # on its own day
            event_point = cal.Point("day", event_day)
            ctx = replace(ctx, anchor=event_point, day_anchor=event_point)
        if (
            doc != "colloquial"
            and tense == "past"
            and type(spec) is ClockTime
            and spec.base is None
            and (
                heard_day := _heard_day(text, c.start, sentences.around(c.start)[0], out, sentences)
            )
            is not None
            and heard_day < ctx.today
            and (ctx.day_anchor is None or heard_day != ctx.day_anchor.first)
        ):
            # s40-newsclock: "attacked him on the night of Friday 3 March, Carlisle Crown Court
            # heard. ... The court was told that he arrived at the takeaway at about 11.20pm":
            # what the court heard is on the day it heard of, not the verdict's
            heard_point = cal.Point("day", heard_day)
            ctx = replace(ctx, anchor=heard_point, day_anchor=heard_point)
        vote_clock = False
        if (
            doc != "colloquial"
            and tense == "past"
            and (
                (type(spec) is ClockTime and spec.base is None)
                or (type(spec) is PartOfDay and _story_same_day(spec))
                or type(spec) is StoryPartOfDay
            )
            and (vote_day := _vote_day(text, c.start, sentences.around(c.start)[0], out))
            is not None
            and vote_day <= ctx.today
        ):
            # s40-newsclock: "Elections were held on 15 October. ... Polls closed at 9 p.m.":
            # the polls open and close on the vote's day, not on the day the text told last;
            # the story stays where it was ("... results released at 1:35 a.m. Friday. ...
            # Polls were open from 6:30 a.m. ... told supporters shortly before 1 a.m.")
            vote_point = cal.Point("day", vote_day)
            ctx = replace(ctx, anchor=vote_point, day_anchor=vote_point)
            vote_clock = True
        elif (
            doc == "news"
            and type(spec) is ClockTime
            and spec.base is None
            and (kick_day := _kickoff_day(text, c.start, sentences.around(c.start)[0], out))
            is not None
        ):
            # s40-newsclock: "next Saturday's second leg ... Kick-off at the Riverside is
            # 12.30pm": the start of play is on the match's day; the story stays
            kick_point = cal.Point("day", kick_day)
            ctx = replace(ctx, anchor=kick_point, day_anchor=kick_point)
            vote_clock = True
        resolved = _resolve(found, ctx)
        if resolved is None:
            continue
        res, interval, granularity = resolved
        if (
            type(spec) is ClockTime
            and spec.base is None
            and spec.zone is None
            and spec.tz_minutes is None
            and not stamp
            and res.point is not None
            # the only day it could take is one gone by: the day it was given, or the day the
            # text told last ("I visited the library on Thursday. It opens at 10am"); gone by
            # for the writer, the day of a post's or a message's stamp is still its present
            # ("gate opens at 5.40" under "10/08/2026, 05:02 - Mum:")
            and (
                res.point.first < ctx.today
                or (ctx.day_anchor is not None and ctx.day_anchor.first < ctx.today)
            )
            and _habitual_clock(text, c.start, c.end, tense, out, sentences.around(c.start)[0])
        ):
            # s35-known2: "Check-in is meant to be from 3pm", "The pool shuts at 6pm" in a
            # review of a stay gone by: a rule of any day, not a time of the last day told
            found = Found("TIME", Fixed(f"XXXX-XX-XXT{spec.hour:02d}:{spec.minute:02d}"), found.mod)
            resolved = _resolve(found, ctx)
            if resolved is None:
                continue
            res, interval, granularity = resolved
        if (
            type(spec) is ClockTime
            and spec.base is None
            and not stamp
            and res.point is not None
            and not res.value.startswith("XXXX")
            and out
            and _set_led_clock(text, c.start, c.end, out, sentences.around(c.start)[0])
        ):
            # s40-habitual: "daily standup stays at 9:15 ET": a time of the habit's every day
            # (the wall-clock time as written, as a SET's clock time keeps it)
            found = Found("TIME", Fixed(f"XXXX-XX-XXT{spec.hour:02d}:{spec.minute:02d}"), found.mod)
            resolved = _resolve(found, ctx)
            if resolved is None:
                continue
            res, interval, granularity = resolved
        if (
            type(spec) is ClockTime
            and spec.base is None
            and not stamp
            and tense != "past"
            and interval is not None
            and res.point is not None
            and out
            and doc != "colloquial"  # "working til 6 so it'll be 7.30ish": after the bound
            and (bound_at := _clock_bound(text, out[-1], c.start)) is not None
            and bound_at.date() == interval.start.date()
            and bound_at.date() > ref.date()
            and interval.start > bound_at
            and interval.start - _ONE_DAY >= ref
        ):
            # session 41 (blind text 1179): a clock time after a bound "until 6am on Friday"
            # lies in the stretch that runs up to it ("The warning runs until 6am on Friday.
            # The strongest gusts are likely between 8pm and midnight" written on Thursday
            # afternoon: Thursday's 8pm, was Friday's, after the warning is over)
            res, interval = _day_shifted(res, interval, -_ONE_DAY)
        if (
            pair_first is not None
            and type(spec) is WeekdayRef
            and spec.weekday > pair_first.isoweekday()  # "sun and sat" names no order
            and interval is not None
        ):
            # "only 4 rooms left for the fri and sat", the Friday a plan's: the Saturday after
            # that Friday, not the first one after the reference (s31, blind text 672)
            day = pair_first + timedelta(days=spec.weekday - pair_first.isoweekday())
            step = day - interval.start.date()
            if step and res.point is not None:
                res = replace(res, value=day.isoformat(), point=replace(res.point, first=day))
                interval = Interval(interval.start + step, interval.end + step)
        pair_first = None
        if (
            type(spec) is Offset
            and spec.unit == "year"
            and spec.n >= _LONG_COUNT
            and spec.base == "anchor"
            and tense == "present"
            and res.point is not None
            and res.point.first.year > ref.year
        ):
            # "Israel withdrew from Sinai in March (1957) ... Seventy years on, the cabinet
            # papers are still read" (published in 2026): counted on past the publication, a
            # present clause is still at the publication's year, not a year still to come (a
            # count of five years or more from a story's past; "the next fiscal year" looks
            # ahead)
            this_year = _resolve(replace(found, spec=CalendarDate(ref.year)), ctx)
            if this_year is not None:
                res, interval, granularity = this_year
        if (
            doc == "news"
            and type(spec) is WeekdayRef
            and spec.possessive
            and not spec.n  # s38 (blind text 1077): "for next Saturday's visit" is no repeat
            and (day_before := named_weekdays.get(spec.weekday)) is not None
            and res.point is not None
            and res.point.first != day_before
            # s40-blindnews: a possessive that looks ahead is not a day the text named before
            # the one it looks to ("trained indoors since Sunday ... travel to Newcastle for
            # Sunday's 4.30 p.m. kick-off" is the coming Sunday)
            and not (ahead and day_before < res.point.first)
        ):
            # "meet in the final on Sunday ... Tickets for Sunday's final sold out": the day
            # the text named with that weekday, not the last such day
            same = _resolve(
                replace(
                    found, spec=CalendarDate(day_before.year, day_before.month, day_before.day)
                ),
                ctx,
            )
            if same is not None:
                res, interval, granularity = same
        if (
            doc == "colloquial"
            and dated_days
            and type(day_spec := _day_base(spec)) is WeekdayRef
            and not (day_spec.possessive or day_spec.n or day_spec.anchored or day_spec.this)
            and tense != "past"
            and res.point is not None
            and (dated := _talk_weekday(text, dated_days, day_spec.weekday, c.start, ctx.today))
            is not None
            and res.point.first != dated
        ):
            # s40-chatweek (narratives 644, 820): chat about a trip whose days a message named
            # ("can everyone still do the 27th-29th?" ... "I can't get there til sat morn,
            # working til 6pm fri"; "out fri 22nd, back tues 26th" ... "dinner sat?") means the
            # trip's weekdays, not the coming ones
            res, interval = _moved_to_day(res, interval, dated)
        if (
            doc == "colloquial"
            and res.point is not None
            and not (post or message)
            and c.found.type != "SET"
            and type(day_spec := _day_base(spec)) is WeekdayRef
            and not (day_spec.possessive or day_spec.n or day_spec.anchored or day_spec.this)
            and tense != "past"
        ):
            # "im in town sat anyway", "lets do sat instead": a day of the writer's own, or
            # another plan, not the one agreed (blind text 1001)
            aside = colloquial.ADVERB_AFTER.match(text, c.end) is not None
            agreed = (
                None
                if aside
                else _agreed_weekday(text, agreed_day, day_spec.weekday, c.start, ctx.today)
            )
            if agreed is None and _AGREED_AFTER.match(text, c.end):
                # "sat 19th?" ... "sat is fine for me", "the 21st which is a saturday" ... "sat
                # it is then": the day of that weekday the talk put forward with its date
                agreed = next(
                    (
                        day
                        for day, day_at, _ in reversed(dated_days)
                        if _agreed_weekday(
                            text, (day, day_at), day_spec.weekday, c.start, ctx.today
                        )
                    ),
                    None,
                )
            if agreed is not None and agreed != res.point.first:
                # s41-agreed (narratives 1113, 1141): a later message's "sat" ("booked!! table
                # for 6, sat 8pm", "free all day sat now") is the Saturday the chat agreed on,
                # not the coming one
                res, interval = _moved_to_day(res, interval, agreed)
        if (
            doc == "colloquial"
            and agreed_day is not None
            and type(spec) is DayOffset
            and spec.days == 0
            and res.point is not None
            and _PLAN_THE_DAY.fullmatch(text, max(0, c.start - 8), c.end)
            and _PLAN_THE_DAY_END.match(text, c.end)
            and (
                agreed := _agreed_weekday(
                    text, agreed_day, agreed_day[0].isoweekday(), c.start, ctx.today
                )
            )
            is not None
        ):
            # s41-agreed (narrative 1141): "is Nan going to tell him on the day", "whats the
            # plan for the day?" in a chat that agreed on a day are that day's, not the message's
            res, interval = _moved_to_day(res, interval, agreed)
        if (
            doc == "colloquial"
            and type(spec) is WeekdayRef
            and not (spec.possessive or spec.n or spec.anchored or spec.this)
            and res.point is not None
            and res.point.unit == "day"
            and (to := _MOVED_TO.match(text, c.end)) is not None
            and to.end() in bare_weekdays
            and _MOVED_FROM.search(text, max(0, c.start - 60), c.start) is not None
            and (moved := _moved_from_day(spec.weekday, ctx.today)) != res.point.first
        ):
            # s41-agreed (narrative 421): "essay deadline moved from fri to mon" on a Wednesday:
            # in chat a plan moved from one weekday to another is moved from the coming one,
            # and "mon" follows it (were the last Friday and Monday; news keeps the reading of
            # its tense: "The vote was postponed from Monday to Thursday")
            res, interval = _moved_to_day(res, interval, moved)
        if (
            doc == "colloquial"
            and plan_clock is not None
            and type(spec) is ClockTime
            and spec.base is None
            and spec.twelve_hour
            and res.point is not None
            and res.point.clock is not None
            and res.point.clock.hour < 12
            and res.point.first == plan_clock[0]
            and res.point.first > ctx.today
            and c.start - plan_clock[2] <= _PLAN_TALK_REACH
            and _nearer_after_noon(res.point.clock, plan_clock[1])
            and (later := _resolve(replace(found, spec=replace(spec, hour=spec.hour + 12)), ctx))
            is not None
        ):
            # s41-agreed (narrative 1113): "7.30 at the thai place?" ... "cant get there b4 8,
            # train gets in at 7.52": the clock times of a plan are of the half of its day the
            # plan's last time is in (20:00 and 19:52, were the morning's)
            res, interval, granularity = later
        if (
            doc == "colloquial"
            and res.point is not None
            and not (post or message)
            and c.found.type == "TIME"
            and res.point.first > ctx.today
            and (minutes := _minutes_of_day(res.point)) is not None
        ):
            plan_clock = (res.point.first, minutes, c.start)
        if (
            doc == "colloquial"
            and res.point is not None
            and not (post or message)
            and c.found.type != "SET"
            and 0 < (res.point.first - ctx.today).days <= _AGREED_AHEAD
            and (
                _AGREED_AFTER.match(text, c.end)
                or _AGREED_BEFORE.search(text, max(0, c.start - 24), c.start)
            )
        ):
            agreed_day = (res.point.first, c.start)
        if (
            type(spec) is WeekdayRef
            and not (spec.possessive or spec.n or spec.anchored)  # not "the previous Friday"
            and res.point is not None
        ):
            named_weekdays[spec.weekday] = res.point.first
        point = res.point
        if point is not None:
            # the last year and day named, for a "that" to point back to (kept as resolved:
            # a day's point may carry its clock time, dropped where it is used)
            if point.unit == "day" and c.found.type != "SET":
                said_day = (point, c.start)
                if message:
                    if point.first != talk_stamp_day:
                        talk_day = None  # a new day of the talk leaves the day it named
                    talk_stamp_day = point.first
                if (
                    doc == "colloquial"
                    and not (post or message)
                    and type(_day_base(spec)) in (WeekdayDayOfMonth, DayOfMonth)
                ):
                    dated_days.append((point.first, c.start, c.end))
                if c.found.type == "DATE" and not post:
                    body_day = point  # a day a message's text named, not its stamp
                    if kind not in ("close", "until", "through"):
                        # not the last day of a range ("fri 29th to mon 1st"): the plan
                        # starts on its first
                        talk_day, talk_day_at = point, c.start
                if point.first.year < ref.year:
                    named_days[point.first.month, point.first.day] = (point.first, c.start)
            if point.unit in _SAID_UNITS and (has_year(spec) or _deictic(spec)):
                # a year named from the publication counts too: "learned of the problem last
                # spring. An internal review that summer" is the summer after that spring
                said_year = (point, c.start)
        if (
            plan_range is not None
            and interval is not None
            and ref < interval.start < plan_range[0]
            and c.start >= sentences.around(plan_range[2])[1]
            and tense == "future"
            and _plain_weekday(_day_base(spec))
        ):
            # "will meet in Geneva from Monday to Friday ... A joint statement is planned for
            # Friday evening, at the close of the round" (published on a Thursday): a weekday
            # ahead that would come before the days of a plan the text named is the plan's
            planned = _resolve(
                found, replace(ctx, reference=plan_range[0] - timedelta(days=1), tense="future")
            )
            if planned is not None and planned[1] is not None and planned[1].start < plan_range[1]:
                res, interval, granularity = planned
        if post or message:
            stamp_at = c.start
            stamp_clock = (
                datetime.combine(
                    res.point.first, res.point.clock, tzinfo=res.point.tz or ref.tzinfo
                )
                if res.point is not None
                and res.point.unit == "day"
                and res.point.clock is not None
                and res.point.clock_unit == "minute"
                else None
            )
        if (
            (post or message)
            and res.point is not None
            and res.point.unit == "day"
            and res.point.first < ref.date()
        ):
            # a post of a thread dated before the publication: its own "yesterday", "last week"
            # and weekdays count from its day ("Reply from kettle_head, 9 Feb: Part came
            # yesterday" = 8 February), and so from a stamp with its clock time ("Sat 17:08",
            # "Yesterday at 21:14"); so does a message of a chat export from its stamp
            # ("14/08/2026, 19:20 - Mum: the sea was too rough yday" = 13 August; s34-informal)
            post_ref = datetime.combine(res.point.first, time(0), tzinfo=ref.tzinfo)
        elif (
            (post or message)
            and res.point is not None
            and res.point.unit == "day"
            and res.point.first == ref.date()
        ):
            # a post of the publication's day after older ones ("Edit, 17 Aug:" published on 17
            # August) reads from the publication again, not from the post before it
            post_ref = None
        if (
            story is not None
            and doc == "narrative"
            and type(spec) is Fixed
            and spec.value == "PRESENT_REF"
            and text[c.start : c.end].lower() == "now"
            and _present_now(c.start, c.end)
        ):
            # s31-history: "Kessock now employs about 1,900 people. In February it announced
            # plans": a history's present clause brings the story back to the publication, as
            # its "Today" does (was the February of the pandemic year told before); not "The
            # army was now exhausted", the story's own time
            story = None
        if doc == "narrative" and spec == _TODAY and not _OCCASION_APPOSITIVE.match(text, c.end):
            s_start, s_end = sentences.around(c.start)
            today_clauses = analysed(s_start, s_end)
            at = c.start - s_start
            if (
                (
                    today_clauses.overall() == "present"
                    and (
                        today_clauses.at(at, c.end - s_start) in ("present", "unknown")
                        # "Today most patients recover if they receive antibiotics": a
                        # condition of what holds nowadays, no future of the publication's day
                        or (
                            _GENERIC_CONDITION.issuperset(today_clauses.kinds)
                            and today_clauses.marker_before(at) is None
                        )
                    )
                )
                or (
                    # "Since 2009 the customs house has been a museum, and today cruise ships call
                    # every summer": "today" opens a clause of its own with no past or future verb
                    any(0 <= at - b <= 2 for b in today_clauses.breaks)
                    and all(k == "present" for k in today_clauses.kinds_after(c.end - s_start))
                )
                or _present_beside_today(c.start, c.end)
                or _habitual_today(today_clauses, c.end, s_end)
                or (
                    # s34-history: "Founded in 1887, it has been owned by its workforce since
                    # 2004 and today employs about 180 people": "and today" before a present
                    # predicate of its own joins the present to the history, without a comma
                    # (was the publication's day)
                    text.endswith("and ", max(0, c.start - 4), c.start)
                    and _PRESENT_VERB_AFTER.match(text, c.end) is not None
                    and all(k == "present" for k in today_clauses.kinds_after(c.end - s_start))
                )
                or (
                    # "Argentina renewed its claim last year, and about 3,600 people live on
                    # the islands today": "today" closes a clause of its own whose verbs are
                    # all present, whatever the clause before tells (s32-history: was the day)
                    _CLAUSE_END_AFTER.match(text, c.end) is not None
                    and any(b <= at for b in today_clauses.breaks)
                    and today_clauses.marker_before(at) in (None, "present")
                    and all(
                        k == "present"
                        for k in today_clauses.kinds_after(
                            max(b for b in today_clauses.breaks if b <= at)
                        )
                    )
                )
                or (
                    # "Today about a hundred residents, who returned after the evacuation,
                    # still live there": the present of the main clause, whatever its relative
                    # clause tells
                    _NOWADAYS.match(text, max(0, c.start - 6), c.end + 10) is not None
                    and (
                        _COMMA_RELATIVE.search(today_clauses.text) is not None
                        # s39-history: "Today the surviving stretch of the wall, restored in
                        # the late 1990s, is part of the town museum" (blind text 1109: was
                        # the publication's day)
                        or _COMMA_PARTICIPLE.search(today_clauses.text) is not None
                    )
                    and _main_present(today_clauses)
                )
            ):
                # "Today the site is a museum", "is still remembered today": a history's
                # present, not its publication day
                res, interval, granularity = Resolution("PRESENT_REF"), None, None
                story = None
        counted_bc = (
            bc_told is not None
            and bc_told != bc_story
            and type(spec) is Offset
            and spec.base == "anchor"
        )
        if (
            doc == "narrative"
            and (bc_story is not None or counted_bc)
            and not res.value.startswith("BC")
        ):
            if (
                bc_story is not None
                and _early_year_of(spec, bc_story[0])
                and c.rule.id != "date_year_era"
            ):
                # "(431–404 BC) ... In 430 the plague broke out", "in the autumn of 429": a year
                # of three digits written without its era in a story before it is that era's
                # when it comes no earlier than the story ("in January 49 BC. The emperor died
                # in 117" is the common era's); not one written with its era ("AD 117")
                res = replace(res, value="BC" + res.value, point=None)
                interval = None
                if sets_story(text, c.start, role(signal), told=story is not None):
                    bc_story = era_story(res.value) or bc_story
            elif story is None and applies(doc, tense) and not modifier:
                era = bc_told if counted_bc else bc_story
                bc_value = before_era(spec, era) if era is not None else None
                if bc_value is not None:
                    # "Caesar crossed the Rubicon in January 49 BC. In March ...": the story's
                    # year before the era; no interval (no calendar Python holds reaches it)
                    res, interval = replace(res, value=bc_value[0], point=None), None
                    bc_story = bc_value[1]
                elif type(spec) is CenturyRef or (type(spec) is DecadeRef and spec.century_known):
                    pass  # "Historians of the 19th century": named in full
                elif res.point is not None and not has_year(spec) and not _deictic(spec):
                    # "later that month", "two years later": counted from a time no calendar
                    # here holds, not from the publication: the digits are unknown
                    res = replace(res, value=unknown_digits(res.value), point=None)
                    interval = None
            if has_year(spec) and res.point is not None:
                bc_story = bc_told = None  # an explicit year of the era: the story is back in it
        elif (
            doc == "narrative"
            and res.value.startswith("BC")
            and res.point is None
            and era_story(res.value) is not None  # not a century or decade ("the 440s BC")
            and sets_story(text, c.start, role(signal), told=story is not None)
        ):
            bc_story = era_story(res.value)
            story, before_flashback, flashback_end = None, None, None
            anchor = day_anchor = None  # nothing counts from a date of the era told before
        if doc == "narrative" and res.point is None and res.value.startswith("BC"):
            bc_told = era_story(res.value) or bc_told
        if tense == "past" and interval is not None and now <= interval.start and _later(spec):
            # "Ten years later she won a scholarship" with no date told before ("when she was
            # six"): a past clause tells of what is over, so the date is unknown, not the
            # publication's time moved on (TIMEX3 leaves the digits it cannot tell as X, as
            # TimeBank's "1988-QX"); it dates no event and anchors nothing
            res = replace(res, value=unknown_digits(res.value), point=None)
            interval = None
        elif (
            ctx.narrative and day_anchor is None and interval is not None and _from_story_day(spec)
        ):
            # "The bridge opened in 1905. The day before, ...": a narrative that has named no
            # day cannot count days from one; the publication day is not the story's
            res = replace(res, value=unknown_digits(res.value), point=None)
            interval = None
        if (
            kind in ("until", "through")
            and not tensed
            and interval is not None
            and interval.end > ref
        ):
            # "until 2025": the clause's tense decides whether the event runs from now on
            s_start, s_end = sentences.around(c.start)
            clause_tense = analysed(s_start, s_end).at(c.start - s_start, c.end - s_start)
            past = clause_tense == "past" and not delayed_to(text, c.start)
            extra["tense"] = "past" if past else "future"
        prev = out[-1] if out else None
        # the season or year named last, over a duration between ("next spring, for a week")
        named = out[-2] if prev is not None and prev.type == "DURATION" and len(out) > 1 else prev
        if (
            type(spec) is CalendarDate
            and spec.year is None
            and named is not None
            and named.type == "DATE"
            and named.granularity in ("season", "year")
            and named.rule not in _COUNTED_OFFSETS
            and named.interval is not None
            and interval is not None
            and not modifier
            and not comparison_base(text, named.start)
            and not (named.interval.start <= interval.start < named.interval.end)
            and _same_phrase(
                named.end,
                c.start,
                (prev.start, prev.end) if prev is not None and named is not prev else None,
            )
        ):
            # "We're going back next spring, probably for a week in April": a month or a day
            # right after a season or year in the same clause, with no verb between, is inside
            # it (April 2025), not the nearest one the tense would pick
            span = named.interval
            inside = _resolve(
                found,
                replace(ctx, reference=span.start + (span.end - span.start) / 2, tense="present"),
            )
            if (
                inside is not None
                and inside[1] is not None
                and span.start <= inside[1].start < span.end
            ):
                res, interval, granularity = inside
        day_of = _day_base(spec)
        if (
            type(day_of) is WeekdayRef
            and day_of.n == 0
            # chat's "can't get there til sat morn, working til 6pm fri" tells two things, no
            # stretch: a time of a weekday ends one in other text only (blind text 644)
            and (day_of is spec or doc != "colloquial")
            and kind in ("until", "through")
            and tense == "future"
            and prev is not None
            and prev.interval is not None
            and interval is not None
            and prev.granularity in _DAY_OR_FINER
            and last_found is not None
            and _on_weekday(last_found.spec)
            and ref < prev.interval.start
            and interval.start < prev.interval.start
            and prev.start >= sentences.around(c.start)[0]
            and not _DEADLINE_UNTIL.search(text, max(0, c.start - 24), c.start)
            # a deadline after "by" is no stretch's end: "would stay out until 6 a.m. on
            # Monday unless employers came back to the table by Friday evening" (blind text 720)
            and text[max(0, c.start - 3) : c.start].lower() != "by "
        ):
            # "a walkout from midnight Sunday, which would close the airport until the early
            # hours of Wednesday", "begins on Sunday and lasts until Wednesday": the end of a
            # stretch after a weekday ahead in its sentence comes after that day, not before it
            # ("talks are set for Thursday, and schools will close on Wednesday" lists two; a
            # deadline given to someone, "and the court has until Thursday to certify", is
            # told from the publication: s36-wire, blind text 973); so is a time or a part of
            # such a weekday ("would leave at 10 p.m. on Sunday ... until Wednesday morning",
            # written on a Wednesday: the next one, s39-known, blind text 1088: was that
            # morning, the publication's)
            since = prev.interval.start.astimezone(ref.tzinfo)
            later = _resolve(found, replace(ctx, reference=since))
            if later is not None and later[1] is not None:
                res, interval, granularity = later
        if (
            prev is not None
            and last is not None
            and last_found is not None
            and prev.interval is not None
            and interval is not None
            and follows_story(last_found.spec)
            and _names_year(spec)
            and closes_range(text, prev, c.start)
        ):
            # "between 1 July and 18 November 1916", "from December to March 1917": the start
            # written without its year is the last such date up to the end (1916-07-01,
            # 1916-12), not one of the publication's year or of the story told before
            opened = _resolve(last_found, replace(last[1], reference=interval.start, tense="past"))
            if opened is not None and opened[1] is not None and opened[1].start < interval.end:
                out[-1] = prev = _redated(prev, opened)
                if opened[0].point is not None and (
                    doc == "narrative" or sets_story(text, prev.start, role(prev.signal))
                ):
                    story, story_at = opened[0].point, prev.start  # the story starts there
        if (
            prev is not None
            and prev.interval is not None
            and interval is not None
            and granularity in ("month", "season")
            and _names_year(spec)
            and coordinated
            and coordinated[-1][0] == len(out) - 1
            and prev.granularity == granularity
            and _COORDINATED.fullmatch(text, prev.end, c.start)
        ):
            # "In January and February 1864", "the spring and summer of 1916", "in June, July
            # and August 1940": a month or season joined to one of its kind that names its year
            # is the last such up to it, and so is each one before it in the list (1864-01;
            # "the winter and spring of 1942" = 1941-WI), not one of the story told before or
            # of the publication's year
            upto = interval.start
            for k, (at, joined, joined_ctx) in reversed(list(enumerate(coordinated))):
                if not follows_story(joined.spec):
                    break
                opened = _resolve(joined, replace(joined_ctx, reference=upto, tense="past"))
                if opened is None or opened[1] is None or opened[1].start >= upto:
                    break
                out[at] = _redated(out[at], opened)
                upto = opened[1].start
                if k == 0 or coordinated[k - 1][0] != at - 1:
                    break
            prev = out[-1]
        if (
            prev is not None
            and last is not None
            and prev.interval is not None
            and interval is not None
            and closes_range(text, prev, c.start)
        ):
            # "between 8 p.m. and 5 a.m. Friday": the start without a day is on the end's day,
            # or the day before when its clock time is not earlier (Thursday 20:00); "March
            # 1-3, 2024", "from June to August 2019": the start without a year is in the end's
            start = _clock_before(last[0], last[1], found, res) or _year_before(
                last[0], last[1], found, res, interval
            )
            if start is not None and start[1] is not None:
                out[-1] = prev = _redated(prev, start)
        if (
            prev is not None
            and prev.type == "TIME"
            and prev.interval is not None
            and _OPEN_GLOSS.fullmatch(text, prev.end, c.start)
            and not _dayless(last)
        ):
            # "opens at 10:23 p.m. EDT on Tuesday (0223 UTC Wednesday)": the gloss's weekday is
            # the one beside the time it restates, not the one nearest the publication (a time
            # with no day of its own follows the gloss instead: _restated_by below)
            glossed = _gloss_beside(found, ctx, prev.value)
            if glossed is not None and glossed[1] is not None:
                res, interval, granularity = glossed
        if (
            prev is not None
            and last is not None
            and prev.type == "TIME"
            and interval is not None
            and _RESTATING.fullmatch(text, prev.end, c.start)
        ):
            # "expected at 7:05 p.m. PDT, or 0205 GMT on Friday": the time without a day is
            # the moment its restatement in another zone names (Thursday 19:05 PDT)
            restated = _restated_by(last[0], last[1], found, interval)
            if restated is not None and restated[1] is not None:
                out[-1] = prev = _redated(prev, restated)
        if (
            prev is not None
            and last is not None
            and prev.type == "TIME"
            and prev.interval is not None
            and interval is not None
            and _AND_AT.fullmatch(text, prev.end, c.start)
        ):
            # "Polls open at 7 a.m. and close at 8 p.m. on Sunday": a clock time without a day
            # joined to a later one that names its day is on that day (and in its zone)
            start = _clock_joined(last[0], last[1], found, res)
            if start is not None and start[1] is not None:
                out[-1] = prev = _redated(prev, start)
            zoned = _zone_carried(last[0], found, ctx)
            if zoned is not None and zoned[1] is not None:
                # "open at 7 a.m. CET and close at 7 p.m. on Sunday": the zone written once,
                # on the first clock time, is the second's too
                res, interval, granularity = zoned
        if (
            prev is not None
            and interval is not None
            and granularity == "day"
            and c.found.type == "DATE"
            and (noun := _NOUN_BEFORE_DAY.fullmatch(text, prev.end, c.start)) is not None
            and noun.group("noun").lower() not in _NOT_NOUNS
        ):
            # "The 07:15 and 13:40 sailings tomorrow", "the 9am flight on Friday": clock times
            # that name a noun's slot are on the day named after the noun
            day = interval.start.date()
            for k in _attributive_clocks(text, out):
                clock = out[k]
                assert clock.interval is not None
                shift = day - clock.interval.start.date()
                if shift:
                    out[k] = replace(
                        clock,
                        value=day.isoformat() + clock.value[10:],
                        interval=Interval(clock.interval.start + shift, clock.interval.end + shift),
                    )
            prev = out[-1]
        if (
            delayed
            and prev is not None
            and prev.interval is not None
            and interval is not None
            and prev.interval.start < ref
            and needs_tense(spec)
            and role(prev.signal) == "range"
            and closes_range(text, prev, c.start)
        ):
            # s33-intervals: "Flights were suspended from Dec. 24 to Jan. 3", "postponed from
            # Monday to Wednesday": the end of a range that "from" opens is the first one after
            # its start, not one ahead of the publication (was a year on)
            after = _resolve(c.found, replace(ctx, reference=prev.interval.start, tense="future"))
            if after is not None and after[1] is not None and prev.interval.start < after[1].start:
                res, interval, granularity = after
        if (
            prev is not None
            and prev.interval is not None
            and interval is not None
            and interval.end <= prev.interval.start
            and tensed
            and closes_range(text, prev, c.start)
        ):
            # "between May and June": the range's end comes after its start; in a past clause
            # the start moves back before the end instead ("ran from Tuesday through Sunday",
            # published on Wednesday: the last Tuesday to Sunday that are over)
            past = last is not None and "past" in (tense, last[1].tense)
            # "from 10 p.m. to 6 a.m.": the next morning, unless a past clause would then end
            # after the publication (then the start moves back to the evening before; a
            # reference given as a day, midnight, stands for the whole day)
            morning = _next_clock(found, res, ctx, prev.interval.start)
            published = ref + timedelta(days=1) if ref.time() == time(0) else ref
            if morning is not None and morning[1] is not None and past:
                morning = morning if morning[1].end <= published else None
            earlier = None
            if morning is None and last is not None and past and needs_tense(last[0].spec):
                earlier = _resolve(last[0], replace(last[1], reference=interval.start))
            elif (
                morning is None
                and last is not None
                and type(last[0].spec) is CalendarDate
                and ref < interval.end
                and scheduled_at(prev.start)
                and not _STARTING.search(text, max(0, prev.start - 20), prev.start)
            ):
                # "The exhibition runs from May 4 until September 30", published in June: the
                # range under way (from the last May 4), not next year's; not a range of
                # weekdays ("The fair runs Thursday to Sunday", published on Saturday, is
                # next week's), nor one "starting from" its start
                earlier = _resolve(last[0], replace(last[1], tense="past"))
                if earlier is not None and (earlier[1] is None or earlier[1].start > ref):
                    earlier = None
            if earlier is not None and earlier[1] is not None and earlier[1].start < interval.end:
                out[-1] = _redated(prev, earlier)
            else:
                later = morning or _resolve(
                    c.found, replace(ctx, reference=prev.interval.start, tense="future")
                )
                if later is not None:
                    res, interval, granularity = later
        if (
            doc == "colloquial"
            and tense != "past"
            and prev is not None
            and prev.interval is not None
            and interval is not None
            and last is not None
            and type(last[0].spec) is CalendarDate
            and last[0].spec.year is None
            and type(spec) is CalendarDate
            and spec.year is None
            and prev.interval.start > ref + _HALF_YEAR
            and closes_range(text, prev, c.start)
        ):
            # chat reads a day ahead, but "the works run 26 Jan - 13 Feb", written on 3
            # February, is the range under way, not next year's: both ends a year back when
            # that range holds the publication
            earlier = _resolve(last[0], replace(last[1], tense="past"))
            if earlier is not None and earlier[1] is not None and earlier[1].start <= ref:
                later = _resolve(c.found, replace(ctx, reference=earlier[1].start, tense="future"))
                if later is not None and later[1] is not None and ref < later[1].end:
                    out[-1] = _redated(prev, earlier)
                    res, interval, granularity = later
        if (
            (kind == "since" or _past_on_told_today(ctx, ref))
            and type(spec) is ClockTime
            and spec.base is None
            and interval is not None
            and res.point is not None
            and ref.time() != time(0)
            and ref < interval.start < ref + timedelta(days=1)
        ):
            # "has cancelled 1,140 flights since midnight", "queues have built since 6 a.m.":
            # what runs since a clock time began before the publication, whatever day the text
            # was last on (a later one that same day): the day before's (s31-wire)
            res, interval = _day_shifted(res, interval, -timedelta(days=1))
        if (
            window is not None
            and c.start < window[2]
            and type(spec) is ClockTime
            and spec.base is None
            and spec.tz_minutes is None
            and spec.zone is None
            and interval is not None
            and res.point is not None
            and not (window[0] <= interval.start < window[1])
        ):
            # "broken into between 10pm on Friday and 2am on Saturday. ... CCTV shows two men
            # leaving at 11.42pm": a clock time without a day inside the window the text has
            # just named is that window's (Friday's), if only one day of it has that time
            shifts = [
                k
                for k in (-2, -1, 1, 2)
                if window[0] <= interval.start + timedelta(days=k) < window[1]
            ]
            if len(shifts) == 1:
                res, interval = _day_shifted(res, interval, timedelta(days=shifts[0]))
        if (
            type(spec) is ClockTime
            and interval is not None
            and _night_anchor_hour(spec, res, anchor) is not None
            and spec.hour < _SMALL_HOURS_END
            and _SMALL_HOURS_CLOCK.match(text, c.start) is not None
            and not in_past_perfect(text, c.start)
        ):
            # "now boarding at 23:40 ... doors shut at 00:15": a twenty-four-hour clock of the
            # small hours ("00:15", "01:30") told after a night's clock time of the same day is
            # past that midnight, the next day (s41b-blind4, blind text 1195: was the day's start)
            res, interval = _day_shifted(res, interval, timedelta(days=1))
        if (
            doc == "news"
            and type(spec) is ClockTime
            and tense == "past"
            and interval is not None
            and (night_hour := _night_anchor_hour(spec, res, anchor)) is not None
            and spec.hour < _MORNING_HOURS_END  # the morning the night ran into
            and _BLANK_LINE.search(text, anchor_at, c.start) is None
            and _runs_past_midnight(out, anchor_at, night_hour)
            and not in_past_perfect(text, c.start)  # "had warned of it at 9 a.m.": before
        ):
            # "the attack began at about 11pm on Wednesday and went on for about seven hours.
            # The air raid alert was lifted at 07:48": a clock time earlier in the day than a
            # night's, after a span of hours that carried it past midnight, is on the next day
            res, interval = _day_shifted(res, interval, timedelta(days=1))
        if (
            type(spec) is ClockTime
            and spec.base is None
            and tense == "past"
            and interval is not None
            and res.point is not None
            and text.endswith("at ", max(0, c.start - 3), c.start)
            and (sitting_day := _opened_day(text, out, c.start, interval.start, ref)) is not None
        ):
            # "Minutes of the meeting held on Tuesday 3 March at 7.30pm ... 4. The bank balance
            # at 28 February ... The meeting closed at 9.05pm": a sitting's close is on the day
            # it opened, whatever days its business named since (s35-known, blind text 898)
            res, interval = _day_shifted(res, interval, sitting_day - interval.start.date())
        if (
            out
            and out[-1].type == "TIME"
            and found.type == "TIME"
            and out[-1].interval is not None
            and interval is not None
            and out[-1].interval.start.date() != interval.start.date()
            and closes_range(text, out[-1], c.start)
        ):
            # a window across midnight ("between 10pm on Friday and 2am on Saturday"), which
            # clock times without a day in the next two sentences fall in
            window = (out[-1].interval.start, interval.end, sentences.end_after(c.start, 2))
        if stamp:
            # a new entry of a live blog or an update: its text is told from the publication
            # day, not from a day an earlier entry named ("11:40 ... will strike on 25 March.
            # 09:15 The line, which was expected to open at 08:00, ...": today's 08:00)
            anchor = day_anchor = period_anchor = None
        if res.point is not None:
            before_day[c.start] = (anchor, anchor_at, day_anchor, day_anchor_at)
            if kind == "since" and c.found.type == "DATE" and has_year(spec):
                # "since the 1968 Games, ... Four years later"
                since_anchor, since_at = res.point, c.start
            derived = is_derived(spec)
            scene = (
                derived
                and _year_back(spec)
                and (
                    doc == "narrative"
                    or (doc == "news" and story is not None and ref.date() - story.first > _HISTORY)
                )
                and sets_story(text, c.start, role(signal))
                and not comparison_base(text, c.start)
            )
            if scene:
                # "The museum was founded in 1921. A year ago it closed for repairs. Six months
                # later ...": a history come back to the present sets its scene a year back, as
                # "In 2024" would; news compares with it ("A year ago, sales ...")
                derived = False
            elif (
                derived
                and doc != "colloquial"
                and _that_year(spec)
                and text.startswith(_THAT, c.start)
                and res.point.unit == "year"
                and cal.end_of("year", res.point.first) <= ref.date()
                and (story is None or story.first.year != res.point.first.year)
            ):
                # s33-wire: "their first final since 1974. That year they drew on 27 April": the
                # year "that" points back to is the time the text goes on to tell of, as "In
                # 1974, ..." would be (a bound's year, which set none before)
                story, story_at = res.point, c.start
            if (
                c.found.type in ("DATE", "TIME")
                and res.point.unit != "century"
                and not derived
                and not modifier
                and not stamp
                # "failed at 11 p.m. ET on Thursday (0300 UTC). The stop lasted from 11:40 p.m.":
                # the gloss restates the moment in another zone, whose day may be the next; the
                # story stays on the day of the time it glosses (s31-wire)
                and not _zone_gloss(text, prev, found, c.start)
                # "had been cutting costs since early 2024. ... full-year results": a bound
                # the clause runs from is no time the text moves to
                and kind != "since"
                and not (
                    may_end_with(text, max(0, c.start - 12), c.start, _PERIOD_END_WORDS)
                    and _PERIOD_END.search(text, max(0, c.start - 24), c.start)
                    and not (out and out[-1].type == "DURATION")
                )
            ):
                if not (
                    res.point.unit == "day"
                    and day_anchor is not None
                    and (
                        (
                            (doc == "news" or day_anchor_at >= sentences.around(c.start)[0])
                            and background(text, c.start, c.end, signal)
                        )
                        # "officials said on Monday. Rescue teams worked through the night":
                        # the night that ended Monday morning; the story stays on Monday
                        or (type(spec) is StoryNight and res.point.first < day_anchor.first)
                    )
                ):
                    # the story's day; not a second day of the sentence in a subordinate
                    # clause ("walked out on Wednesday after talks broke down late Tuesday.
                    # The stoppage began at 6 a.m.": Wednesday's), nor in news one of a later
                    # sentence ("struck on Saturday. ... Bachelet, who hands over on March 11,
                    # declared ... A curfew will run from 9 p.m.": not March 11's)
                    if (
                        doc == "news"
                        and res.point.unit == "day"
                        and day_anchor is not None
                        and days_before_flashback is None
                        and res.point.first < day_anchor.first
                        and in_past_perfect(text, c.start)
                    ):
                        days_before_flashback = (anchor, anchor_at, day_anchor, day_anchor_at)
                        flashback_day_end = sentences.around(c.start)[1]
                    # "The convoy reached the city on Monday, the United Nations said on
                    # Tuesday. Trucks crossed at 6:40 a.m.": the report's day; the story stays
                    # on the event's
                    reported = (
                        doc == "news"
                        and res.point.unit == "day"
                        and day_anchor is not None
                        and day_anchor.clock is None  # not a zone's gloss ("(2117 GMT Sunday)")
                        and (
                            day_anchor.first <= res.point.first  # an event reported, not a plan
                            # s32-wire: a plan reported on the publication's own day ("will
                            # meet on Monday, the ministry said Saturday, with the first session
                            # due to open at 14:00", published on Saturday): the report tells
                            # nothing new of the day, the story stays on the plan's
                            or res.point.first == ref.date()
                        )
                        and day_anchor_at >= sentences.around(c.start)[0]
                        and _reporting_day(text, c.start)
                    )
                    if (
                        not reported
                        and not vote_clock
                        # in chat a bound is no day the talk is at: "i can do the 26th, im
                        # off til the 28th anyway. what time do they come? 8am" is the 26th's;
                        # but "not ... until" names the day it happens ("the engineer
                        # couldn't come until friday ... He was here from 8": Friday's 08:00;
                        # s41-diaries, narrative 1005)
                        and not (
                            doc == "colloquial"
                            and signal in _CHAT_BOUNDS
                            and not _negated_until(text, c.start)
                        )
                        and not _background_period(text, c.start, res.point)
                        # "The rules had been meant to start the next day": a plan after the
                        # story's day that did not happen as told is no day the story moves
                        # to (s38, blind 1075); one that names the story's setting stays ("had
                        # been scheduled to close at 6 p.m. on Friday, but talks ran through
                        # the night": Friday's)
                        and not (
                            day_anchor is not None
                            and res.point.first > day_anchor.first
                            and _unrealised_plan(text, sentences.around(c.start)[0], c.start)
                        )
                        # "...in January.\n\nThe spring offensive\n\nHask attacked the
                        # following spring": a season a heading names without its year labels
                        # the section; the count runs from the prose told before it
                        # (s35-history, blind text 930: was the spring after the heading's)
                        and not _heading_season(text, c.start, c.end, spec, res.point)
                        # "would publish Friday's schedule by 18:00": a plan named, not the
                        # day the story is at (s35-known, blind text 860)
                        and not (
                            type(spec) is WeekdayRef
                            and spec.possessive
                            and planned_object(text, c.end)
                        )
                        # "wages rose 0.3% from January and 3.6% from a year ago": the base of
                        # a change is no month reported on
                        and not (
                            res.point.unit in _COMPARED_UNITS
                            and (
                                figure_change_base(text, c.start) or comparison_base(text, c.start)
                            )
                        )
                    ):
                        range_from = (
                            (anchor, c.start)
                            if anchor is not None
                            and prev is not None
                            and anchor_at == prev.start
                            and closes_range(text, prev, c.start)
                            else None
                        )
                        crossed_night = (
                            res.point.unit == "day"
                            and res.point.clock is not None
                            and res.point.clock.hour < SMALL_HOURS_END
                            and (
                                # "That night ... at 3 a.m.", "at 10:20 p.m. ... at 1:40 a.m."
                                ctx.night_before
                                or overnight_told
                                # "at 11:52 p.m. ... eight minutes later"
                                or (
                                    anchor is not None
                                    and anchor.unit == "day"
                                    and anchor.first == res.point.first - _ONE_DAY
                                    and (
                                        anchor.pod in _NIGHT_PODS
                                        or (
                                            anchor.clock is not None
                                            and anchor.clock.hour >= _EVENING
                                        )
                                    )
                                )
                            )
                        )
                        anchor, anchor_at = res.point, c.start
                        if anchor.unit in ("quarter", "half"):
                            period_anchor, period_ahead = anchor, ctx.tense == "future"
                        elif anchor.unit == "month":
                            month_anchor = anchor
                        if scene and type(spec) is Offset:
                            # counted from the publication's month a year back ("Six months later"
                            # after "A year ago", published in June 2025, is December 2024)
                            back = ref.date().replace(day=1)
                            anchor = cal.Point("month", back.replace(year=back.year - 1))
                        if (
                            lead_day is None
                            and c.start < lead_end
                            and anchor.unit == "day"
                            and has_year(spec)
                        ):
                            lead_day = anchor.first
                        if (
                            lead is None
                            and c.start < lead_end
                            and anchor.unit == "day"
                            and has_year(spec)
                            and not anchor.pod
                            and anchor.clock is None
                        ):
                            lead = anchor
                        if (
                            section_lead is None
                            and section is not None
                            and c.start < section[0]
                            # not the birth of a biography's life span, which its sections
                            # need not start from ("(born 3 May 1950) is a politician who
                            # served as mayor from 4 June 2010")
                            and (birth is None or c.start >= birth[1])
                            and anchor.unit == "day"
                            and has_year(spec)
                            and not anchor.pod
                            and anchor.clock is None
                        ):
                            section_lead = anchor
                        if anchor.unit == "day":
                            if opened_on is None and not _alone_on_line(text, c.start, c.end):
                                # the day the text opens with, an event's, not a report's (nor
                                # a dateline's line: "Tuesday, December 9, 2025\n\nA quake
                                # struck late on Monday ...")
                                opened_on = (
                                    date.min if _reported_on(text, c.start) else anchor.first
                                )
                            day_anchor, day_anchor_at = anchor, c.start
                            named_today = named_today or anchor.first == ref.date()
                            if (
                                doc == "news"
                                # a day or a part of one ("expected by Monday morning"; s41-
                                # blindnews, blind text 1164: a later "9 p.m." was Monday's),
                                # not "until 9 a.m. Friday"
                                and (found.type == "DATE" or type(spec) is PartOfDay)
                                and anchor.first > ref.date()
                                and role(signal) == "until"
                            ):
                                bounds_ahead.add(c.start)
                            if doc == "colloquial" and type(_day_base(spec)) is WeekdayDayOfMonth:
                                # chat writes a plan's day as "sat 27th"
                                dated_day = anchor.first
                            if (
                                _dated_weekday(spec)
                                and abs(anchor.first - ref.date()) > _PLAN_AHEAD
                                and (
                                    anchor.first > ref.date()
                                    or doc == "colloquial"
                                    or ref.date() - anchor.first <= _STORY_BACK
                                    or _FIRST_PERSON.search(text, *sentences.around(c.start))
                                )
                            ):
                                # "We drive up on Friday 3 July" (a plan), "On Friday 23 October
                                # we picked up the car" (a trip told after it)
                                plan_day = anchor.first
                            elif (
                                plan_day is not None
                                and c.start not in post_at
                                and type(_day_base(spec)) not in (ClockTime, PartOfDay)
                                and c.rule.id != "colloquial_bare_word"  # "evening do"
                            ):
                                # the text has left the plan's days, or goes on with them (a
                                # message's stamp and a clock time without a day of its own
                                # name no day of the talk: s32-informal)
                                far = abs(anchor.first - plan_day) > _PLAN_AHEAD
                                plan_day = None if far else anchor.first
                            if (
                                doc == "news"
                                and prev is not None
                                and prev.start in before_day
                                and _long_day_range(text, prev, c.start, interval)
                            ):
                                # "Less than an inch of rain fell between May 1 and June 30":
                                # a period a figure covers, whose days are no day the story
                                # is on; later clock times keep the one before (s31-wire)
                                anchor, anchor_at, day_anchor, day_anchor_at = before_day[
                                    prev.start
                                ]
                elif res.point.first > ref.date() and doc == "news":
                    ahead_day = (res.point, c.start)
                    if (found.type == "DATE" or type(spec) is PartOfDay) and role(
                        signal
                    ) == "until":
                        bounds_ahead.add(c.start)  # "if they arrive by November 7"
                if modifier:
                    pass  # "the 2026 budget draft" names a thing: the story stays
                elif found.spec is not spec:
                    if doc == "narrative":
                        if story is not None and _holds(res.point, story):
                            pass  # "On 1 December 1939 ... That winter": the story stays there
                        elif res.point.unit == "season":
                            # "On 30 November 1939 ... That winter ... In December": the story
                            # is at the start of the winter it told, not at its end
                            story = cal.Point("month", res.point.first)
                        else:
                            story = res.point  # "In September" (1939): the narrative moves on
                    else:
                        story_at = c.start  # "In March, ..." (last year): the background goes on
                elif (
                    doc == "news"
                    and story is not None
                    and story_at < c.start
                    and _from_story_day(spec)
                    and res.point.first.year == story.first.year < ref.year
                ):
                    # "went down on the night of 9 January 1917 ... picked them up the next
                    # morning. The ship had left Cardiff two days earlier. Her owners reported
                    # her missing on 12 January": a count from the background's day goes on
                    # telling its story, which reaches on from there (1917's 12 January)
                    story_at = c.start
                    counted_at.add(c.start)
                elif (
                    doc == "narrative"
                    and story is not None
                    and (type(spec) is WeekdayRef or type(spec) is WeekendRef)
                    and abs(res.point.first - ref.date()) > _WEEK
                ):
                    # "began on Sunday, 25 June 1950. On Tuesday the council met. ... on 5
                    # July": a weekday counted from the story's day is a day of the story
                    story = res.point
                elif _deictic(spec):
                    story = None  # "yesterday", "last week": back at the publication
                    anniversary_live = False
                    if deictic_sets_story(res.point, ref, kind, text, c.start) or ago_sets_story(
                        spec, kind
                    ):
                        # "Trouble returned last year.", "Thirty-five years ago today, ..."
                        story, story_at = res.point, c.start
                    elif (
                        doc == "news"
                        and type(spec) is MonthOfYear
                        and spec.day is None
                        and kind is None
                        and cal.end_of(res.point.unit, res.point.first) <= ref.date()
                    ):
                        # "In February last year the firm told the council ... A review
                        # published in July blamed both sides": a month of a year named from the
                        # publication sets the background as "last year" does, and a past
                        # clause moves on from it (s32-history: July was the publication's),
                        # onward only: "met in June last year, and in March a deal was signed"
                        # is this March
                        story, story_at = res.point, c.start
                        onward_story = story
                    if story is not None and story_at == c.start:
                        if (
                            doc == "news"
                            and anniversary is None
                            and res.point.unit in ("day", "week")
                            and ago_sets_story(spec, kind)
                        ):
                            anniversary, anniversary_live = res.point, True
                elif (
                    doc == "news"
                    and story is not None
                    and has_year(spec)
                    and res.point.first > story.first
                    and within_story(c.start)
                    and (told_ahead(c.start) or planned_in_past(c.start))
                ):
                    # "The plan was published in the spring of 2019. The line would carry its
                    # first passengers in 2023. Ministers approved the funding in November": a
                    # year a background's plan looked ahead to is no time the story was at, and
                    # the plan goes on telling the background (s32-history: was 2023, and its
                    # November 2023's, or the publication's once out of reach)
                    story_at = c.start
                elif (
                    has_year(spec)
                    # the date of a post ("Reviewed in the United Kingdom on 15 January 2025")
                    # is the day its words count from (post_ref), not a story's year: "Got
                    # this for Christmas" under it is the Christmas before
                    and not post
                    and res.point.unit not in ("decade", "century")
                    and (
                        # a bound that governs the date through its clause ("ran it until
                        # she sold it in the autumn of 1889") leaves "in" to set the story
                        sets_story(
                            text,
                            c.start,
                            role(signal),
                            # "ended with the Évian Accords of 18 March 1962": a date after
                            # the story's time moves a narrative on, wherever it stands
                            told=story is not None
                            and not (doc == "narrative" and res.point.first >= story_end(story)),
                            day=res.point.unit == "day",
                        )
                        # a history that opens on its subject's year ("The 1924 British
                        # Mount Everest expedition was the third ..."): the year it tells
                        or (
                            doc == "narrative"
                            and story is None
                            and _OPENING_THE.search(text, max(0, c.start - 8), c.start) is not None
                        )
                        or (
                            signal is not None
                            and signal.lower() in _STORY_BOUNDS
                            and (
                                doc == "narrative"
                                # news: "By March 1993 vessels were fishing the Loophole,
                                # and that summer ...": a bound over before the publication's
                                # year is a state of the background told, not a deadline
                                or (doc == "news" and res.point.first.year < ref.year)
                            )
                        )
                    )
                    and not (doc == "news" and in_appositive(text, c.start, c.end))
                    and not (doc == "news" and last_done(text, c.start, c.end))
                    and not in_reduced_relative(text, c.start, c.end)
                    and not (doc == "narrative" and story is not None and in_aside(text, c.start))
                    # news: "the strongest storm since Hurricane Gilbert in 1988", "has risen
                    # since the war began in 2022": the start of a span that runs to now, as
                    # "since 1988" is, not the time the story moves to
                    and not (doc == "news" and role(extra.get("governor")) == "since")
                ):
                    # a narrative is at the time of "By April 1963, the missiles had left":
                    # a bound in news ("by 2030"), a state of the story here
                    main = before_flashback or story  # the story's time before any flashback
                    if (
                        doc == "narrative"
                        and main is not None
                        and res.point.first < main.first
                        and (
                            told_in_past_perfect(text, c.start, c.end)
                            # s36-history: "The 1987–88 season ... Manager Ron Tasker,
                            # appointed in May 1986, spent the summer rebuilding": a date before
                            # the story's in a phrase set off by commas after a noun describes the
                            # noun, a flashback that ends with the phrase (was 1986-SU)
                            or in_appositive(text, c.start, c.end)
                        )
                    ):
                        # "had first heard her voices in 1425. In May 1428 she had asked ...": a
                        # flashback, after which the story is back where it was
                        before_flashback = main
                        flashback_end = (
                            # "William, who had been promised the throne in 1051, landed in
                            # September": the flashback ends with its relative clause
                            c.end
                            if in_appositive(text, c.start, c.end)
                            else sentences.around(c.start)[1]
                        )
                    else:
                        flashback_end = (
                            sentences.around(c.start)[1]
                            if doc == "news" and in_past_perfect(text, c.start)
                            else None
                        )
                        before_flashback = None
                    story = res.point  # "In 2014, ...", "began in 1939"
                    if (
                        opening_point is None
                        and c.start < opening_end
                        and story.unit in ("day", "month")
                    ):
                        opening_point = story
                    elif (
                        opening_point is not None
                        and story.unit == "year"
                        and signal is not None
                        and signal.lower() == "by"
                        and 0 < opening_point.first.year - story.first.year <= _STATE_REACH
                        and _state_in_past_perfect(text, sentences.around(c.start)[0], c.start)
                    ):
                        # "The fire burned from 8 October 1871 ... Chicago had grown to a city of
                        # 330,000 by 1870. Less than three inches of rain had fallen between July
                        # and early October": a state reached by a year just before the event
                        # the text opened with is its background; the story is at that event
                        # (s32-history: was 1870, and its July and October 1870's)
                        story = opening_point
                        before_flashback = flashback_end = None
                    if story.unit == "year" and c.found.mod == "END":
                        # "began in late 1862. On 19 March ..." = 1863: the story is at the
                        # year's end, as a season's story counts from its last month
                        story = cal.Point("month", story.first.replace(month=12))
                    story_at = c.start
                elif story is not None and moves_story_on(spec):
                    # "The next year ... in February": the story moves on to that year
                    story, story_at = res.point, c.start
                elif (
                    c.rule.id != "date_range_second_year"
                    and story is not None
                    and story.unit == "year"
                    and res.point.unit == "year"
                    and res.point.first.year > story.first.year
                    and prev is not None
                    and prev.start == story_at
                    and prev.granularity == "year"
                    and closes_range(text, prev, c.start)
                ):
                    # s38-known: "took the money between 2017 and 2024. ... In August": a range
                    # of years has told the story up to its end; what follows is on from there
                    # (was the range's first year's August)
                    story, story_at = res.point, c.start
                elif story is not None and _second_year_of(
                    c.rule.id, story, res.point, prev, story_at
                ):
                    # s31-history: a season or fiscal year of two calendar years ("top of the
                    # table in the 2019-20 season ... in early March", "the winter of 1974-75"):
                    # the story is at the turn of its years, so a month on from it is the
                    # second year's and one before it the first's (was the first year's March)
                    story = cal.Point("month", story.first.replace(month=12))
            elif (
                modifier
                and story is not None
                and _second_year_of(c.rule.id, story, res.point, prev, story_at)
            ):
                # s38-known: "The 1987-88 season was Carrow Vale's best. ... In February": the
                # season a history's lede defines (its first year told the story) runs on into
                # its second year: the story is in its autumn, so a month up to May is the
                # second year's (was 1987-02) while its pre-season summer and July stay the
                # first year's (s36-history: "spent the summer rebuilding" = 1987-SU)
                story = cal.Point("month", story.first.replace(month=11))
        if c.rule.id == "date_range_second_year" and res.point is not None:
            season_turn = (res.point.first.year, c.start)
            if (
                prev is not None
                and prev.start == season_subject_at == story_at
                and story is not None
                and story.unit == "year"
                and story.first.year == res.point.first.year - 1
            ):
                # s38-history: such a season is at the turn of its years, as "in the 1953–54
                # season" is ("The 1953–54 season brought promotion. In March" = 1954-03)
                story = cal.Point("month", story.first.replace(month=12))
        if (
            doc == "news"
            and granularity == "day"
            and prev is not None
            and prev.granularity == "day"
            and prev.interval is not None
            and interval is not None
            and ref < prev.interval.start <= ref + _PLAN_AHEAD
            and interval.end - prev.interval.start <= _PLAN_AHEAD
            and closes_range(text, prev, c.start)
        ):
            # the days of a plan in the coming week ("will meet from Monday to Friday"): its
            # start, its end and where it was named
            plan_range = (prev.interval.start, interval.end, c.start)
        if interval is not None:
            if interval.start.date() >= story_floor:
                story_chain = False  # back at the publication's days
            elif type(spec) is WeekdayRef and spec.told:
                story_chain = True  # "On the Tuesday we did the castle", weeks back
        last, last_found = (found, ctx), c.found
        if (
            granularity in ("month", "season")
            and prev is not None
            and prev.granularity == granularity
            and _COORDINATED.fullmatch(text, prev.end, c.start)
        ):
            coordinated.append((len(out), c.found, ctx))  # "June, July and August 1940"
        else:
            coordinated = [(len(out), c.found, ctx)]
        out.append(
            # start, end, text, type, value, mod, interval, granularity, rule, signal, quant,
            # freq, extra: by position, as the context above
            Timex(
                c.start,
                c.end,
                text[c.start : c.end],
                res.type or c.found.type,
                res.value,
                c.found.mod,
                interval,
                granularity if interval is not None else None,
                c.rule.id,
                signal,
                c.found.quant,
                c.found.freq,
                extra,
            )
        )
    out = _day_headings(text, out)
    return Reading(text, link_ranges(text, _same_moment(text, out)), sentences, clauses, doc)
