"""Signals: the words that govern an expression ("since April", "until Friday", "from March to
May", "for three weeks") and the interval of the event an expression dates.

The signal words and what each does are one table, ``resources/en/signals.tsv``; words such as
"at least" may stand between a signal and its expression ("since at least the beginning of
April", ``signal_qualifiers.tsv``). The signal is not part of the expression's span (TimeML);
it is recorded on the Timex in lower case, and :func:`event_interval` turns it into the
interval of the event, with the tense of the clause the engine records
(``Timex.extra["tense"]``):

- since X -> [X.start, reference)
- until / till / through / by X -> [reference, X.end) when the clause looks ahead ("will last
  until Friday"); X's own interval when it is past ("lasted until Friday": the event ended then)
- from X to Y, between X and Y, X-Y -> [X.start, Y.end) (on both X and Y); with "now" for X
  ("between now and Friday") -> [reference, Y.end) on Y
- from X onwards / on / forward, in a present or present-perfect clause ("Prices have risen
  from 2019 onwards") -> as since X; otherwise X's own interval ("From 2026 onwards, ...")
- not until X ("will not be known until Friday", "won't reopen until March", "It was not until
  2019 that ...") -> X's own interval: the event happens then (``until_negations.tsv``); so
  does not before X ("will not open before 2028", "was not contained before Tuesday")
- a clock time closes these at the time it names, not at the end of its hour ("until 5 p.m.",
  "from 9 a.m. to 5 p.m.": 17:00; :func:`closing`)
- for D, with a present perfect ("has raged for three weeks"), and D before "since" ("in the
  three weeks since the invasion") -> [reference - D, reference); so does a run without "for"
  ("Exports have dropped four months in a row")
- before / prior to / ahead of X -> [reference, X.start) when X is still ahead ("must pass
  before May 9"; X.end for "before the end of the year"); None when X is past: the event
  ended before X and nothing in the text says when it began ("Before February 24, the city
  had 1.4 million residents")
- after X -> [X.end, reference) when X is over ("After March 3, prices fell"); None when X
  is still ahead (its end is unknown); a clock time opens it at the time it names ("After 9
  p.m., the streets emptied": from 21:00; :func:`opening`)
- D before / after X, a duration right before the signal ("three days after May 9", "a week
  before Christmas") -> X moved by D
- starting / beginning X with a duration D beside it ("for two weeks starting Monday"), or X
  then "for" D ("opens on March 20 and runs for six weeks"), or an opening "Starting X," whose
  clause has "for" D ("Starting June 15, the bridge will be closed for ten days") ->
  [X.start, X.start + D) when that is longer than X
- within D, in a clause that looks ahead ("would be restored within 48 hours") ->
  [reference, reference + D)
- an expression that "since" or "until" governs through the event it names ("since the
  explosion in January", "until the repairs in May"; :func:`timeline.temporal.clauses.governor`,
  ``extra["governor"]``) -> as "since X", "until X"
- so far X, X so far, X the unit the publication is in ("so far this year", "this month so
  far") -> [X.start, the end of the publication day), as "year-to-date"
- anything else -> X's own interval
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from . import calendar as cal
from .lexicon import (
    alternation,
    last_two_words,
    last_words,
    may_end_with,
    may_end_with_words,
    rows,
    words,
)
from .types import Interval, Timex

#: signal word -> role (since, until, through, range, close, for, before, after).
ROLES: dict[str, str] = {r[0].lower(): r[1] for r in rows("signals")}
#: range opener -> the words that close it.
_CLOSERS: dict[str, tuple[str, ...]] = {
    r[0].lower(): tuple(r[2].split("|")) for r in rows("signals") if r[1] == "range"
}
#: The same, public (rule ``date_new_year`` reads it: "between now and the new year").
RANGE_CLOSERS = _CLOSERS
_WORDS = [w for w in ROLES if w[0].isalpha()]
#: What may stand between a signal and its expression: "since at least", "from that"
#: (``signal_qualifiers.tsv``, ``signal_determiners.tsv``).
_QUALIFIERS = words("signal_qualifiers") | words("signal_determiners")
_SIGNAL = re.compile(rf"(?<![\w])(?P<signal>{alternation(_WORDS)})\s{{1,3}}$", re.IGNORECASE)
_QUALIFIED = re.compile(
    rf"(?<![\w])(?P<signal>{alternation(_WORDS)})\s{{1,3}}{alternation(_QUALIFIERS)}\s{{1,3}}$",
    re.IGNORECASE,
)
#: The last two words of the signals (:func:`~.lexicon.may_end_with_words`): "starting at"
#: and "ahead of" pass, not every "at" and "of" before an expression.
_SIGNAL_ENDS = last_two_words(_WORDS)
#: The last words of the qualifiers: only after one of them is the longer look-back needed.
_QUALIFIER_ENDS = last_words(_QUALIFIERS)
#: The words that close a range whose first end has no range signal ("Tuesday through Sunday").
_BARE_CLOSERS = tuple(r[0].lower() for r in rows("range_bare_closers"))
_JOINS = sorted(
    {w for closers in _CLOSERS.values() for w in closers} | set(_BARE_CLOSERS),
    key=len,
    reverse=True,
)
#: The words that close a "from X to Y" range, longest first (the day ranges of
#: rules/ranges.py join with them too: "May 3-5", "3 to 5 May").
FROM_CLOSERS = tuple(sorted(_CLOSERS["from"], key=len, reverse=True))
#: Every word or mark that closes a range ("to", "until", "and" after "between", "thru",
#: a dash), and those that close a range of days ("through", "to", "-": not "and").
RANGE_JOINS = tuple(_JOINS)
DAY_RANGE_JOINS = tuple(sorted(set(FROM_CLOSERS) | set(_BARE_CLOSERS), key=len, reverse=True))
_RANGE_JOIN = re.compile(
    r"\s{0,3}(?:" + "|".join(re.escape(w) for w in _JOINS) + r")\s{0,3}", re.IGNORECASE
)
#: The longest text :data:`_RANGE_JOIN` matches (a character of the text per character of a
#: join: "through to" between three spaces each side).
_RANGE_JOIN_LONGEST = 6 + max(map(len, _JOINS))
#: How far back (characters) a signal and its qualifier may start: "since as far back as ".
_LOOKBACK = 28
#: How far back (characters) a signal without a qualifier may start: "not later than ".
_REACH = 16


def role(signal: str | None) -> str | None:
    """What a signal word does (``signals.tsv``): since, until, range, close, for ..."""
    return ROLES.get(signal) if signal else None


def signal_before(text: str, start: int) -> str | None:
    """The signal word right before offset ``start`` (lower case), or None."""
    lo = max(0, start - _REACH)
    m = (
        _SIGNAL.search(text, lo, start)
        if may_end_with_words(text, lo, start, _SIGNAL_ENDS)
        else None
    )
    if m is None and may_end_with(text, lo, start, _QUALIFIER_ENDS):
        m = _QUALIFIED.search(text, max(0, start - _LOOKBACK), start)
    return m.group("signal").lower() if m else None


#: "on" right before a range's first end: the day an event is on, unless the second end is
#: of its kind (see :func:`closes_range`).
_POINT_BEFORE = re.compile(r"\bon\s{1,3}$", re.IGNORECASE)


#: A date that ends with its year after a comma ("Dec. 15, 2024").
_YEAR_END = re.compile(r",\s{1,3}\d{4}$")


def closes_range(text: str, opener: Timex, start: int) -> bool:
    """True if the expression at ``start`` ends a range that ``opener`` opens ("from X to
    Y", "between X and Y", or, without a range signal, a dash or a word of
    ``range_bare_closers.tsv``: "April 8-12", "Tuesday through Sunday"; a slash after a
    year: "2019/20")."""
    if text[opener.end : start] == "/" and re.fullmatch(r"\d{4}", opener.value):
        return True  # a season or fiscal year: "2019/20" (rules/ranges.py)
    if start - opener.end > _RANGE_JOIN_LONGEST + 1:
        return False  # most pairs: more text between them than a join and a comma
    join = _RANGE_JOIN.fullmatch(text, opener.end, start)
    if not join and text[opener.end : opener.end + 1] == "," and _YEAR_END.search(opener.text):
        # "from Dec. 15, 2024, to Jan. 10, 2025": the comma that closes a date's year
        join = _RANGE_JOIN.fullmatch(text, opener.end + 1, start)
    if not join:
        return False
    word = join.group().strip().lower()
    if word == "to" and opener.signal is None:
        return _alike(text, opener, start)
    if opener.signal is None and _POINT_BEFORE.search(text, max(0, opener.start - 6), opener.start):
        # "adjourned on Thursday until October 14": the day the event is on, and the bound of
        # another span after it; "on Monday through Friday" joins two ends of a kind
        return word in _BARE_CLOSERS and _alike(text, opener, start)
    return word in _CLOSERS.get(opener.signal or "", _BARE_CLOSERS)


#: A clock time, a weekday, or a day number (the end of "May 3 to 5") at the start of the
#: second end of a range without "from".
_CLOCK_AFTER = re.compile(
    r"(?:\d{1,2}(?:[:.]\d{2})?\s{0,2}[ap]\.?\s?m\b|\d{1,2}:\d{2}|noon\b|midnight\b)",
    re.IGNORECASE,
)
_WEEKDAY_NAME = re.compile(
    alternation([r[0] for r in rows("weekdays") if r[2:] != ("abbreviation",)]) + r"\b",
    re.IGNORECASE,
)
_WEEKDAY_END = re.compile(r"(?:^|\s)" + _WEEKDAY_NAME.pattern + r"$", re.IGNORECASE)
#: Chat's weekday words, the abbreviations too ("mon to fri", "tues to thurs"): both ends of a
#: range when the first is a chat weekday (rule ``date_weekday_colloquial``; s29-intervals).
_CHAT_WEEKDAY = re.compile(
    alternation(sorted({r[0] for r in rows("weekdays")} | words("colloquial_weekdays"))) + r"\b",
    re.IGNORECASE,
)
_DAY_NUMBER = re.compile(r"\d{1,2}(?:st|nd|rd|th)?\b")
_MONTH_NAME = alternation([r[0] for r in rows("months")])
#: A month name and its day number, month first or day first ("Oct. 30", "2 November"): both
#: ends of a range of calendar days ("Oct. 30 to Nov. 2", "30 October to 2 November").
_CALENDAR_DAY = re.compile(
    rf"(?:(?:{_MONTH_NAME})\.?\s{{1,3}}\d{{1,2}}(?:st|nd|rd|th)?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s{{1,3}}(?:{_MONTH_NAME}))\b",
    re.IGNORECASE,
)
#: A verb that moves a date right before a range's first end: "postponed the vote Oct. 30 to
#: Nov. 2" moves it, no range (``tense_delay_verbs.tsv``).
_MOVED_BEFORE = re.compile(
    rf"\b(?:{alternation(words('tense_delay_verbs'))})\b[^.;!?]{{0,40}}$", re.IGNORECASE
)


def _alike(text: str, opener: Timex, start: int) -> bool:
    """True if "to" joins two ends of the same kind into a range although no "from" opens it
    (TimeML: "10am to 4pm", "Thursday to Sunday", "May 3 to 5" are ranges): two clock times,
    two weekdays, a day and a day number. Otherwise "to" is as often a preposition ("a
    revision Friday to December's figures", "moved Monday to the agenda")."""
    if opener.granularity in _CLOCK_GRANULARITIES:
        return _CLOCK_AFTER.match(text, start) is not None
    if opener.granularity != "day":
        return False
    if opener.rule == "date_weekday_colloquial":
        return _CHAT_WEEKDAY.match(text, start) is not None  # "off mon to fri"
    if _WEEKDAY_END.search(opener.text):
        return _WEEKDAY_NAME.match(text, start) is not None
    if opener.text[-1:].isdigit() and _DAY_NUMBER.match(text, start) is not None:
        return True
    # "The fair ran Oct. 30 to Nov. 2", "30 October to 2 November": a day of a month to a day
    # of a month, unless a verb moved the date ("postponed the vote Oct. 30 to Nov. 2")
    return (
        _CALENDAR_DAY.fullmatch(opener.text) is not None
        and _CALENDAR_DAY.match(text, start) is not None
        and _MOVED_BEFORE.search(text, max(0, opener.start - 60), opener.start) is None
    )


def link_ranges(text: str, timexes: list[Timex]) -> list[Timex]:
    """Mark "from X to Y" / "between X and Y" pairs: X gets ``extra['range_end']`` and Y gets
    ``extra['range_start']`` (ISO datetimes), which :func:`event_interval` uses."""
    out = list(timexes)
    for i in range(len(out) - 1):
        x, y = out[i], out[i + 1]
        duration = x.type == "DURATION"  # what the next three read first
        sign = _shift_sign(text, x, y) if duration else None
        if sign is not None:
            # "three days after May 9": the event is May 9 moved on by three days
            # s32-intervals: "in the three days before Christmas", "the two weeks after Easter":
            # a definite duration is the stretch of that length up to the date or on from it,
            # as "the two weeks to Friday" and "the five years since the flood" are (was the
            # one day three days back)
            key = "stretch" if x.text[:4].lower() == "the " else "shift"
            out[i + 1] = replace(y, extra={**y.extra, key: sign + x.value})
            continue
        if duration and y.interval is not None and period_to(text, x, y.start):
            # "in the two weeks to Friday": the period of that length that ends with Friday
            out[i + 1] = replace(y, extra={**y.extra, "period": x.value})
            continue
        if (
            x.type == "DATE"
            and x.granularity in _PERIODS
            and y.type == "DATE"
            and y.signal is None
            and _PERIOD_ENDED.fullmatch(text, x.end, y.start)
        ):
            # s33-intervals: "in the quarter ended Sept. 30": the quarter dates the event, the
            # day only names its end (a modifier, as "the 2026 budget")
            out[i + 1] = replace(y, extra={**y.extra, "modifier": "1"})
            continue
        if duration and _within_of(text, x, y):
            # "within 90 days of the April 15 deadline", "within 30 days of 1 July": the event
            # falls in the span of that length that opens with the date
            out[i + 1] = replace(y, extra={**y.extra, "length": x.value})
            continue
        length = _length(text, x, y) if "DURATION" in (x.type, y.type) else None
        if length is not None:
            # "for two weeks starting Monday", "starting Monday for two weeks"
            at = i if x.interval is not None else i + 1
            point = out[at]
            out[at] = replace(point, extra={**point.extra, "length": length})
            continue
        if (
            x.value == "PRESENT_REF"
            and x.interval is None
            and y.interval is not None
            and role(x.signal) == "range"
            and closes_range(text, x, y.start)
        ):
            # "between now and Friday", "from now to March": from the publication on
            out[i + 1] = replace(y, extra={**y.extra, "from_now": "1"})
            continue
        # "On New Year's Eve, trains will run (every 30 minutes) until 02:00", "On Friday the
        # pub stays open until 3am": the stretch runs from the day named up to that clock time
        upto = i + 1 if _day_until_clock(text, x, y) else None
        if upto is None and y.type == "SET" and i + 2 < len(out):
            upto = i + 2 if _day_until_clock(text, x, out[i + 2]) else None
        if upto is not None:
            assert x.interval is not None
            end = out[upto]
            out[i] = replace(x, extra={**x.extra, "range_end": closing(end).isoformat()})
            start = x.interval.start.isoformat()
            out[upto] = replace(end, extra={**end.extra, "range_start": start})
            continue
        if (
            x.interval is None
            or y.interval is None
            or not (closes_range(text, x, y.start) or _closes_from_afar(text, x, y))
        ):
            continue
        if not x.interval.start < y.interval.end:
            continue
        out[i] = replace(x, extra={**x.extra, "range_end": closing(y).isoformat()})
        out[i + 1] = replace(y, extra={**y.extra, "range_start": x.interval.start.isoformat()})
    return out


#: "until", "till" or "til" right after the first end of a range.
_AFAR_CLOSER = re.compile(r"\s{1,3}(?:until|till|til)\s", re.IGNORECASE)


def _closes_from_afar(text: str, x: Timex, y: Timex) -> bool:
    """True if ``x`` opens a range with "from" and the "until" right after it governs ``y``
    from a distance, through the event that ends the range (s38-intervals, blind batch 14:
    "served as mayor from 1971 until his death in 1987", "traded from 2009 until it collapsed
    in 2015": one stretch, 1971 to the end of 1987; was 1971 and 1987 apart)."""
    return (
        x.signal == "from"
        and y.signal is None
        and y.extra.get("governor") in ("until", "till", "til")
        and _AFAR_CLOSER.match(text, x.end) is not None
    )


#: A sentence's end between two expressions.
_SENTENCE_END = re.compile(r"[.!?;]\s|\n")


def _day_until_clock(text: str, x: Timex, y: Timex) -> bool:
    """True if ``x`` is a day named without a signal or after "on" and ``y``, later in its
    sentence, a clock time after "until"/"till" on that day or in the small hours after it
    ("On New Year's Eve, trains will run every 30 minutes until 02:00")."""
    if (
        x.type != "DATE"
        or x.granularity != "day"
        or x.interval is None
        or x.mod is not None
        or role(x.signal) not in (None, "on")
        or y.type != "TIME"
        or y.granularity not in _CLOCK_GRANULARITIES
        or y.interval is None
        or role(y.signal) != "until"
        or y.start - x.end > 120
        or _SENTENCE_END.search(text, x.end, y.start) is not None
    ):
        return False
    return x.interval.start < y.interval.start < x.interval.end + timedelta(hours=6)


#: "to" between a definite duration and the date it runs up to ("the 12 months to October"),
#: or "ended", "ending" (s33-intervals: "the three months ended June 30", wire copy's period).
_PERIOD_TO = re.compile(r"\s{1,3}(?:to|ended|ending)(?:\s{1,3}on)?\s{1,3}", re.IGNORECASE)
#: "ended", "ending" between a period of the calendar and its last day ("the quarter ended Sept.
#: 30", "the year ending March 31"): the day names the period's end.
_PERIOD_ENDED = re.compile(r"\s{1,3}(?:ended|ending)(?:\s{1,3}on)?\s{1,3}", re.IGNORECASE)
_PERIODS = ("month", "quarter", "half", "year")


def period_to(text: str, duration: Timex, start: int) -> bool:
    """True if ``duration`` is a definite period ("the two weeks", "the 12 months") with "to"
    right before ``start``, the date the period ends with: "Sales rose 4% in the two weeks to
    Friday", wire copy's period of a statistic. The date is the period's last unit (the past
    Friday in a past clause) and the event the period itself (:func:`event_interval`)."""
    return (
        duration.type == "DURATION"
        and duration.text[:4].lower() == "the "
        and _DURATION.fullmatch(duration.value) is not None
        and _PERIOD_TO.fullmatch(text, duration.end, start) is not None
    )


def closing(timex: Timex) -> datetime:
    """The moment an event that runs up to ``timex`` ends: the end of a day, a month, a year
    ("until Friday" is to the end of Friday), but the very time a clock time names ("until 5
    p.m.", "from 9 a.m. to 5 p.m." end at 17:00, not at 18:00 when the hour its granularity
    spans is over; "until midnight" at 00:00). TIMEX3 gives a clock time the point it names;
    its hour or minute interval is only the precision it is written to."""
    assert timex.interval is not None
    if timex.granularity in _CLOCK_GRANULARITIES and timex.mod is None:
        return timex.interval.start
    if timex.rule == "date_new_year" and timex.mod is None and role(timex.signal) in _TO_NEW_YEAR:
        # "closed until the new year", "by the new year": up to the moment it begins, 1
        # January, not the end of that whole year (s37-intervals)
        return timex.interval.start
    return timex.interval.end


#: The roles of the signals before "the new year" that run up to its first moment: "until the
#: new year", and the closer of "between now and the new year" (s37-known2).
_TO_NEW_YEAR = ("until", "close")


def opening(timex: Timex) -> datetime:
    """The moment an event that begins after ``timex`` starts: the end of a day, a month, a
    year ("After March 3, prices fell" from 4 March), but the very time a clock time names
    ("After 9 p.m., the streets emptied" from 21:00, not 22:00; see :func:`closing`)."""
    assert timex.interval is not None
    if timex.granularity in _CLOCK_GRANULARITIES and timex.mod is None:
        return timex.interval.start
    return timex.interval.end


#: The granularities of a clock time (a point the event runs up to, not a unit it fills).
_CLOCK_GRANULARITIES = ("minute", "hour")


#: "after"/"before", "the", a noun phrase (or a short clause) of one to four words and "on",
#: "in" or "at" between a duration and a date: "three days after the quake on 6 February", "a
#: week before the vote on Sunday", "two hours after the polls closed at 8 p.m.": the date is
#: the event's that the duration counts from (no comma: "three weeks after the attack, in
#: March," dates the sentence by March itself). Not data: the grammar of the phrase.
_DISTANT_SHIFT = re.compile(r"(after|before) the (?:[a-z][a-z'’-]{0,30} ){1,4}(?:on|in|at)")


def _shift_sign(text: str, duration: Timex, point: Timex) -> str | None:
    """ "+" or "-" if ``duration`` (a definite one: "three days", not "days") stands right
    before the before/after signal of ``point`` ("three days after May 9", "a week before
    Christmas") or before "after"/"before" and the event ``point`` dates ("three days after the
    quake on 6 February"); None otherwise."""
    if (
        duration.type != "DURATION"
        or point.interval is None
        or _DURATION.fullmatch(duration.value) is None
    ):
        return None
    between = " ".join(text[duration.end : point.start].split()).lower()
    kind = role(point.signal)
    if kind in ("before", "after"):
        return ("-" if kind == "before" else "+") if between == point.signal else None
    if point.signal is not None and kind is not None:
        return None
    m = _DISTANT_SHIFT.fullmatch(between)
    if m is None:
        return None
    return "-" if m.group(1) == "before" else "+"


#: What closes a "from X" range right after X: then "from" opens a range, not a start.
_RANGE_AFTER = re.compile(r"\s{0,3}(?:(?:to|until|till|through|thru)\b|[-–])", re.IGNORECASE)


def _starts(text: str, point: Timex) -> bool:
    """True if ``point``'s signal makes it the start of its event: "starting", "beginning", or
    a "from" that no range word closes ("for 48 hours from midnight on Sunday")."""
    kind = role(point.signal)
    return kind == "start" or (
        kind == "range"
        and (point.signal or "").lower() == "from"
        and not _RANGE_AFTER.match(text, point.end)
    )


#: What stands between "within <duration>" and the date it counts from: "of", "of the".
_WITHIN_OF = re.compile(r"\s{1,3}of\s{1,3}(?:the\s{1,3})?", re.IGNORECASE)


def _within_of(text: str, x: Timex, y: Timex) -> bool:
    """True if ``x`` is a definite duration after "within" and ``y`` the date right after its
    "of" ("within 30 days of 1 July"): the date opens the span the event falls in."""
    return (
        x.type == "DURATION"
        and role(x.signal) == "within"
        and _DURATION.fullmatch(x.value) is not None
        and y.interval is not None
        and y.signal is None
        # "within nine months of the year end": the end of a unit is no day to count from
        and y.mod is None
        and _WITHIN_OF.fullmatch(text, x.end, y.start) is not None
    )


def _length(text: str, x: Timex, y: Timex) -> str | None:
    """The duration that an event starting at a point lasts, if the two stand side by side:
    "for two weeks starting Monday" (the point's "starting" signal between them), "starting
    Monday for two weeks", "opens on March 20 for six weeks", "opens on March 20 and runs for
    six weeks" ("for", maybe after "and" and a verb, between them); else None. The point has
    no signal of its own but "starting" ("since March for two weeks" is not one)."""
    if x.type == "DURATION" and y.interval is not None and _starts(text, y):
        if " ".join(text[x.end : y.start].split()).lower() != y.signal:
            return None
        duration = x
    elif (
        y.type == "DURATION"
        and x.interval is not None
        and role(x.signal) in (None, "start", "range")
        and role(y.signal) in (None, "for")
        and (
            (role(x.signal) != "range" and _FOR_AFTER.fullmatch(_between(text, x, y)))
            # "Starting June 15, the bridge will be closed for ten days": the clause that the
            # opening start governs lasts that long ("From Monday, the plant will close for
            # two weeks": a "from" that no range word closes)
            or (
                role(y.signal) == "for"
                and _starts(text, x)
                and _CLAUSE_FOR.fullmatch(_between(text, x, y))
            )
        )
    ):
        duration = y
    else:
        return None
    return duration.value if _DURATION.fullmatch(duration.value) else None


#: What stands between a point and the duration its event lasts from there: "for", "and" with
#: a verb (maybe two words: "will run") then "for" ("opens on March 20 and runs for"), or "and"
#: then a verb of ``duration_verbs.tsv`` after at most three words ("resume Monday and are
#: expected to last").
_FOR_AFTER = re.compile(
    r"(?:and (?:[a-z]{2,20} ){1,2})?for"
    r"|and (?:[a-z]{2,20} ){0,3}" + alternation(sorted(words("duration_verbs"))) + r"(?: for)?"
)


#: A comma after an opening start, then its clause up to "for": "Starting June 15, the bridge
#: will be closed to traffic for" (at most ten words, no other mark).
_CLAUSE_FOR = re.compile(r", (?:[\w'’-]+ ){1,10}for")


def _between(text: str, x: Timex, y: Timex) -> str:
    """The words between two expressions, lower case, single-spaced."""
    return " ".join(text[x.end : y.start].split()).lower()


_DURATION = re.compile(r"P(?P<n>\d{1,4})(?P<unit>[DWMQY])|PT(?P<tn>\d{1,4})(?P<tunit>[HM])")


def duration_back(value: str, end: datetime) -> datetime | None:
    """The moment ``value`` (a TIMEX3 duration such as ``P3W`` or ``PT24H``) before ``end``;
    None for a vague (``PXW``) or compound duration, or one that reaches before year 1 ("has
    existed for more than two thousand years", written in 1998)."""
    m = _DURATION.fullmatch(value)
    if m is None:
        return None
    try:
        if m.group("tn"):
            # hours and minutes are elapsed time, counted in UTC: "for six hours" from 9 p.m. ET
            # on the night the clocks go back ends at 2 a.m. EST (a zone's wall clock would make
            # it seven); days, weeks and months are the calendar's, at the same wall-clock time
            return _elapsed(end, -_clock_span(int(m.group("tn")), m.group("tunit")))
        n, unit = int(m.group("n")), m.group("unit")
        if unit in "DW":
            return end - timedelta(days=n * (7 if unit == "W" else 1))
        months = n * {"Y": 12, "Q": 3}.get(unit, 1)
        return datetime.combine(cal.add_months(end.date(), -months), end.timetz())
    except (ValueError, OverflowError):
        return None  # out of the calendar's range (years 1 to 9999)


def _clock_span(n: int, unit: str) -> timedelta:
    """``n`` hours (``unit`` "H") or minutes ("M")."""
    return timedelta(hours=n) if unit == "H" else timedelta(minutes=n)


def _elapsed(moment: datetime, span: timedelta) -> datetime:
    """``moment`` moved by ``span`` of elapsed time (in UTC, across a change of summer time),
    in ``moment``'s own zone."""
    return (moment.astimezone(UTC) + span).astimezone(moment.tzinfo)


def _moved(interval: Interval, shift: str) -> Interval | None:
    """``interval`` moved by ``shift``, a sign and a duration ("+P3D", "-P1W")."""
    value, back = shift[1:], shift[0] == "-"
    if back:
        start, end = duration_back(value, interval.start), duration_back(value, interval.end)
    else:
        start, end = _forward(value, interval.start), _forward(value, interval.end)
    return Interval(start, end) if start is not None and end is not None else None


def _stretch(interval: Interval, stretch: str) -> Interval | None:
    """The stretch of a sign and a duration ("-P3D", "+P2W") that ends where ``interval``
    starts ("the three days before Christmas") or starts where it ends ("the two weeks after
    Easter")."""
    value = stretch[1:]
    if stretch[0] == "-":
        start = duration_back(value, interval.start)
        return Interval(start, interval.start) if start is not None else None
    end = _forward(value, interval.end)
    return Interval(interval.end, end) if end is not None else None


def _forward(value: str, moment: datetime) -> datetime | None:
    """The moment ``value`` (a TIMEX3 duration) after ``moment``: the mirror of
    :func:`duration_back`."""
    back = duration_back(value, moment)
    if back is None:
        return None
    m = _DURATION.fullmatch(value)
    try:
        if m is not None and m.group("unit") in ("M", "Q", "Y"):
            n = int(m.group("n")) * {"Y": 12, "Q": 3}.get(m.group("unit"), 1)
            return datetime.combine(cal.add_months(moment.date(), n), moment.timetz())
        if m is not None and m.group("tn"):
            return _elapsed(moment, _clock_span(int(m.group("tn")), m.group("tunit")))
        return moment + (moment - back)
    except (ValueError, OverflowError):
        return None  # beyond year 9999


def event_interval(timex: Timex, reference: datetime | date) -> Interval | None:
    """The interval of the event that ``timex`` dates, given its signal (see module doc)."""
    from .engine import as_reference

    ref = as_reference(reference)
    own = timex.interval
    kind = role(timex.signal or timex.extra.get("governor"))
    if own is None:
        if kind in (None, "for") and timex.type == "DURATION" and timex.extra.get("perfect"):
            start = duration_back(timex.value, ref)
            return Interval(start, ref) if start is not None and start < ref else None
        if kind in (None, "for") and timex.type == "DURATION" and timex.extra.get("ahead"):
            # "The inquiry will run for a fortnight": from the publication, that long
            end = _forward(timex.value, ref)
            return Interval(ref, end) if end is not None else None
        if kind == "within" and timex.extra.get("ahead"):
            # "would be restored within 48 hours": over by then, from the publication on
            end = _forward(timex.value, ref)
            return Interval(ref, end) if end is not None else None
        return None
    if "length" in timex.extra and kind in (None, "start", "range"):
        # "shut for two weeks starting Monday": from the point, as long as the duration says;
        # not shorter than the point ("met on Monday for two hours" is some time on Monday)
        end = _forward(timex.extra["length"], own.start)
        return Interval(own.start, end) if end is not None and end > own.end else own
    if "period" in timex.extra:
        # "in the two weeks to Friday": that long, up to the end of Friday
        start = duration_back(timex.extra["period"], own.end)
        return Interval(start, own.end) if start is not None else own
    if "range_end" in timex.extra:
        return Interval(own.start, datetime.fromisoformat(timex.extra["range_end"]))
    if "range_start" in timex.extra:
        return Interval(datetime.fromisoformat(timex.extra["range_start"]), closing(timex))
    if timex.extra.get("from_now"):
        end = closing(timex)  # "between now and Friday": from the publication to its end
        return Interval(ref, end) if ref < end else own
    if kind in ("until", "before") and timex.extra.get("negated"):
        # "will not be known until Friday": known on Friday; "will not open before 2028": in
        # 2028, at the earliest
        if kind == "until" and timex.rule == "date_new_year" and timex.mod is None:
            # "did not run till the new year": it began as the year began, on 1 January, not
            # some time in the whole year (s38-known), as the state "until the new year" ends
            return Interval(own.start, own.start + timedelta(days=1))
        return own
    if timex.extra.get("onwards") == "present" and own.start < ref:
        return Interval(own.start, ref)  # "Prices have risen from 2019 onwards": as "since"
    if kind == "since" and own.start < ref:
        return Interval(own.start, ref)
    if timex.extra.get("so_far") and kind is None and own.start <= ref < own.end:
        # "Shares have gained 40% so far this year": from the year's start up to the end of
        # the publication day, as "year-to-date" is
        day_end = datetime.combine(ref.date() + timedelta(days=1), datetime.min.time(), ref.tzinfo)
        return Interval(own.start, min(day_end, own.end))
    if kind in ("until", "through") and (
        timex.extra.get("tense") != "past"
        # s31-intervals: "shop's shut til tmrw", "Flights were suspended until next week": a
        # bound that lies wholly after the publication day ends no past event, it is a state
        # that runs from now (was tomorrow's own interval)
        or (
            own.start
            >= datetime.combine(ref.date() + timedelta(days=1), datetime.min.time(), ref.tzinfo)
            # a clock time of the publication's own day in another zone is no day after it
            # ("By 9 p.m. ET, most polls had closed": 02:00Z the next day)
            and not timex.value.startswith(ref.date().isoformat())
        )
    ):
        end = closing(timex)
        if ref < end:
            return Interval(ref, end)
    if kind == "until" and timex.rule == "date_new_year" and timex.mod is None:
        # "Power was out until the new year" (a past bound): it ended as the year began, on 1
        # January, not over the whole year (s37-known2), as "stayed shut until June" is June
        return Interval(own.start, own.start + timedelta(days=1))
    if "shift" in timex.extra and kind in ("before", "after", None):
        # None: "three days after the quake on 6 February", the date the quake's
        return _moved(own, timex.extra["shift"])
    if "stretch" in timex.extra and kind in ("before", "after", None):
        return _stretch(own, timex.extra["stretch"])
    if kind == "before":
        # the event ends by X: from now if X is ahead, else its start is unknown; "before the
        # end of the year" is before the year is over, not before its last third begins
        limit = own.end if timex.mod == "END" else own.start
        return Interval(ref, limit) if ref < limit else None
    if kind == "after":
        # the event begins after X: up to now if X is over, else its end is unknown; a
        # publication known only by its day ends with that day ("After Tuesday, the party
        # split", published Wednesday: on Wednesday)
        now = ref if isinstance(reference, datetime) else ref + timedelta(days=1)
        begin = opening(timex)
        return Interval(begin, now) if begin < now else None
    return own
