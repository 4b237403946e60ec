"""Events from an article body: sentences dated by their temporal expressions.

:func:`extract` tags the whole body once (narrative expressions such as "the next day" anchor
on dates earlier in the text, so sentences are not tagged one by one), splits it into
sentences and dates each one:

- a sentence with one or more *placeable* expressions (those for which
  :func:`timeline.temporal.event_interval` gives an interval, i.e. after applying a governing
  "since"/"until"/"from … to"/"before"/"after" signal, or a present-perfect "for three
  weeks") yields one event per distinct interval, basis ``expression``, linked to the first
  expression that gave that interval. "Before February 24, the city had 1.4 million
  residents" is not placed on February 24: the event ends by then and its start is unknown,
  so that expression places nothing (an event interval has both ends) and the sentence falls
  back on the publication day unless another expression dates it. An expression that only
  modifies a noun ("approved the 2026 budget draft on Wednesday": the tagger marks it
  ``extra["modifier"]``) names a thing, not the time of the event, and dates nothing. An
  expression of a subordinate clause ("voted on Thursday ..., the largest package since the
  invasion began on February 24"; see :func:`timeline.temporal.clauses.background`) dates
  the sentence only when no expression of its main clause does;
- a sentence with none (no expression, or only vague references such as "now", sets and
  unanchored durations such as "for weeks") yields one event dated by the publication day in
  the article's own offset, basis ``publication``. Nothing is ever invented from a vague
  expression.

Every event records the tense of its sentence (:func:`timeline.temporal.sentence_tense`).
The sentences and their tenses come from the tagger's own reading of the body
(:func:`timeline.temporal.read`), so the body is split and its tense markers found once.
The tagger is passed in as a module-like object so tests of the pipeline mechanics can swap
it; by default it is :mod:`timeline.temporal`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Protocol

from timeline.articles import in_supported_range
from timeline.temporal.clauses import background
from timeline.temporal.types import Interval, Timex
from timeline.text import Sentence

BASIS_EXPRESSION = "expression"
BASIS_PUBLICATION = "publication"


class Reading(Protocol):
    """A tagger's reading of a text (:class:`timeline.temporal.Reading`)."""

    timexes: list[Timex]
    sentences: list[Sentence]

    def tense(self, sentence: Sentence) -> str: ...


class Tagger(Protocol):
    """What extraction needs from a tagger (the API of :mod:`timeline.temporal`)."""

    read: Callable[[str, datetime | date], Reading]
    event_interval: Callable[[Timex, datetime | date], Interval | None]


@dataclass(frozen=True, slots=True)
class DatedEvent:
    """A sentence placed on the timeline; ``timex`` is the expression that dated it."""

    sentence: Sentence
    start: datetime
    end: datetime
    granularity: str
    basis: str
    tense: str
    timex: Timex | None


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything derived from one body: all expressions found, and the dated events."""

    timexes: list[Timex]
    events: list[DatedEvent]


def default_tagger() -> Tagger:
    """The real tagger, :mod:`timeline.temporal`."""
    from timeline import temporal

    return temporal  # type: ignore[return-value]


def publication_day(reference: datetime | date) -> Interval:
    """The local day of the reference: ``[00:00, next 00:00)`` in its own offset (a date is UTC)."""
    if isinstance(reference, datetime):
        tz = reference.tzinfo or UTC
        day = reference.astimezone(tz).date()
    else:
        tz, day = UTC, reference
    start = datetime.combine(day, time(0), tzinfo=tz)
    return Interval(start, start + timedelta(days=1))


def extract(
    body: str, reference: datetime | date, tagger: Tagger | None = None, document_type: str = "auto"
) -> Extraction:
    """Tag ``body`` against ``reference`` and date each of its sentences (see module docs).

    ``document_type`` (news, narrative, colloquial, auto) is how the tagger reads the body
    (:func:`timeline.temporal.tag`)."""
    tagger = tagger or default_tagger()
    if document_type == "auto":
        reading = tagger.read(body, reference)
    else:
        reading = tagger.read(body, reference, document_type=document_type)  # type: ignore[call-arg]
    timexes = sorted((_inside(t) for t in reading.timexes), key=lambda t: (t.start, t.end))
    fallback = publication_day(reference)
    events: list[DatedEvent] = []
    index = 0
    for sentence in reading.sentences:
        while index < len(timexes) and timexes[index].start < sentence.start:
            index += 1  # an expression between sentences (white space) dates nothing
        inside = []
        while index < len(timexes) and timexes[index].start < sentence.end:
            inside.append(timexes[index])
            index += 1
        if not any(ch.isalpha() for ch in sentence.text):
            continue  # a dateline rule, "***", a bare number: not a statement
        tense = reading.tense(sentence)
        dated = _dated_by_expressions(sentence, inside, reference, tense, tagger)
        if dated:
            events.extend(dated)
        else:
            events.append(
                DatedEvent(
                    sentence, fallback.start, fallback.end, "day", BASIS_PUBLICATION, tense, None
                )
            )
    return Extraction(timexes, events)


def _inside(timex: Timex) -> Timex:
    """``timex``, without its interval when that leaves the supported range of times
    (:data:`timeline.articles.SUPPORTED_FROM` .. ``SUPPORTED_UNTIL``): "the year 9950" keeps
    its value but is not placed on the timeline, where it could not be shown in every UTC
    offset."""
    interval = timex.interval
    if interval is None or in_supported_range(interval.start, interval.end):
        return timex
    return replace(timex, interval=None)


def _dated_by_expressions(
    sentence: Sentence,
    timexes: list[Timex],
    reference: datetime | date,
    tense: str,
    tagger: Tagger,
) -> list[DatedEvent]:
    placed = [
        (timex, interval)
        for timex in timexes
        if not timex.extra.get("modifier")  # "approved the 2026 budget draft": names the budget
        and (interval := tagger.event_interval(timex, reference)) is not None
        and in_supported_range(interval.start, interval.end)
    ]
    if len(placed) > 1:
        # a duration ahead ("will run for a fortnight") dates the sentence only when nothing
        # else does ("will be shut for two weeks starting Monday" runs from Monday), the owner
        # of a noun only when nothing else in its clause does ("Next year's budget was
        # approved on Monday" is Monday's; "said on Thursday that Monday's attack ..." both)
        strong = [t for t, _ in placed if not _weak(t)]
        if strong and any(t.extra.get("owner") for t, _ in placed):
            # a subordinate expression does not outrank the owner of the main clause's noun:
            # "This year's harvest was the worst since 2012" is this year's
            text, at = sentence.text, sentence.start
            strong = [t for t in strong if not background(text, t.start - at, t.end - at, t.signal)]
        placed = [
            (t, i)
            for t, i in placed
            if not (
                (t.extra.get("ahead") == "for" and strong)
                or (t.extra.get("owner") and any(_same_clause(sentence, t, o) for o in strong))
            )
        ]
    if len(placed) > 1:
        # "voted on Thursday ..., the largest package since the invasion began on February 24"
        text, at = sentence.text, sentence.start
        main = [
            (t, i) for t, i in placed if not background(text, t.start - at, t.end - at, t.signal)
        ]
    else:
        main = placed
    events = []
    seen: set[tuple[datetime, datetime]] = set()
    # an expression of a subordinate clause dates the sentence only when its main clause has none
    clocks: list[tuple[Timex, Interval]] = []
    for timex, interval in main or placed:
        key = (interval.start, interval.end)
        restated = _restated(sentence, timex, interval, clocks)
        if timex.type == "TIME":
            clocks.append((timex, interval))
        if key in seen or restated:
            continue
        seen.add(key)
        granularity = timex.granularity or _granularity_of(interval)
        events.append(
            DatedEvent(
                sentence, interval.start, interval.end, granularity, BASIS_EXPRESSION, tense, timex
            )
        )
    return events


def _weak(timex: Timex) -> bool:
    """True for an expression that dates its sentence only when no other one does."""
    return timex.extra.get("ahead") == "for" or bool(timex.extra.get("owner"))


#: What parts two clauses of a sentence: a comma, a semicolon, a colon, a dash, "that".
_CLAUSE_PART = re.compile(r"[,;:—–]|\bthat\b", re.IGNORECASE)


def _same_clause(sentence: Sentence, a: Timex, b: Timex) -> bool:
    """True if nothing parts the clauses between ``a`` and ``b`` ("Officials said on Thursday
    that Monday's attack ...": two events, each its own)."""
    first, second = (a, b) if a.start < b.start else (b, a)
    return not _CLAUSE_PART.search(
        sentence.text, first.end - sentence.start, second.start - sentence.start
    )


#: What stands between a clock time and its restatement in another zone: "9 p.m. local time
#: (1900 GMT)", "8 p.m. ET/5 p.m. PT", "10 a.m. ET, 1400 GMT".
_GLOSS = re.compile(r"\s{0,3}[(/,]\s{0,3}(?:or\s{1,3})?")


#: What may stand between a clock time (or its gloss) and the day it is on: "7 a.m. local time
#: (0400 GMT) on Sunday".
_TO_ITS_DAY = re.compile(r"[\s),]{0,4}(?:on\s{1,3})?")


def _restated(
    sentence: Sentence, timex: Timex, interval: Interval, clocks: list[tuple[Timex, Interval]]
) -> bool:
    """True if ``timex`` only restates a clock time the sentence has already dated: the same
    moment in another zone ("9 p.m. EDT (0100 GMT Thursday)", "8 p.m. ET/5 p.m. PT"; also when
    a signal makes the first one's event longer: "will stay open until 9 p.m. local time (1900
    GMT)"), or the day written right after it that contains it ("7 a.m. local time (0400 GMT)
    on Sunday")."""
    for clock, at in clocks:
        if timex.type == "TIME" and (
            interval.start == at.start
            or (
                timex.interval is not None
                and clock.interval is not None
                and timex.interval.start == clock.interval.start
                and _GLOSS.fullmatch(
                    sentence.text, clock.end - sentence.start, timex.start - sentence.start
                )
            )
        ):
            return True
        if (
            timex.type == "DATE"
            and interval.start <= at.start
            and at.end <= interval.end
            and _TO_ITS_DAY.fullmatch(
                sentence.text, clock.end - sentence.start, timex.start - sentence.start
            )
        ):
            return True
    return False


_BY_LENGTH = (
    (timedelta(minutes=1), "minute"),
    (timedelta(hours=1), "hour"),
    (timedelta(hours=12), "partofday"),
    (timedelta(days=1), "day"),
    (timedelta(days=7), "week"),
    (timedelta(days=31), "month"),
    (timedelta(days=92), "quarter"),
    (timedelta(days=366), "year"),
    (timedelta(days=3653), "decade"),
)


def _granularity_of(interval: Interval) -> str:
    """A granularity for an interval whose expression gave none: the unit that covers it."""
    length = interval.end - interval.start
    for bound, name in _BY_LENGTH:
        if length <= bound:
            return name
    return "century"
