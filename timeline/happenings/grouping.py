"""Grouping reports into happenings, as articles arrive and leave.

The happenings are the connected components of a graph whose nodes are the expression-dated
events ("reports") and whose edges link two reports that are compatible in time and say the
same thing (:mod:`.similarity`). An edge depends on its two reports only, so the components,
and with them the happenings, depend on the set of stored reports, never on the order in which
they came: ingesting the seeds in any order gives the same groups. Events dated only by their
article's publication make no happenings.

Ingestion and deletion only note what changed (:mod:`.pending`: a row in
``happening_pending``, in the article's own transaction). :func:`group_pending` then
regroups, in one transaction that can be rerun after any interruption:

1. the *seeds*: the pending articles' reports, and the happenings that lost reports;
2. the *neighbourhood*: every report overlapping a seed in time (up to
   :data:`.similarity.MAX_SLACK` apart), plus
   every report of the happenings those belong to (a happening is a component, so this is
   every report an edge can join to a changed one);
3. the components of the neighbourhood replace the happenings it touched: one keeps the
   smallest of their ids, new ones get new ids, emptied ones are deleted;
4. the touched happenings' interval, title, places, names and importance are recomputed
   (:mod:`.summary`).

Each report's features are computed once, when it is first grouped, and kept on its link.
"""

from __future__ import annotations

import bisect
import functools
import json
import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import numpy as np
import peewee as pw

from timeline.happenings import similarity
from timeline.happenings.features import features
from timeline.happenings.summary import Referrers, Summary, summarise
from timeline.store import (
    Event,
    Happening,
    HappeningEvent,
    HappeningPending,
    HappeningPlace,
    database,
    is_postgres,
    overlapping,
    span_class,
    write_transaction,
)


@dataclass(slots=True)
class Report:
    """An expression-dated event as grouping sees it."""

    event_id: int
    article_id: int
    start: datetime
    end: datetime
    granularity: str
    text: str
    sentence_start: int
    happening_id: int | None
    terms: str | None
    places: str | None
    source: str | None
    published_at: datetime
    utc_offset_minutes: int
    mention_id: int | None
    sentence_tense: str | None
    #: ``"future"`` when the tense governing its own expression is the future, else ``""``
    #: (None until its features are computed).
    tense: str | None

    @property
    def prospective(self) -> bool:
        """Whether it reports what is expected, planned or announced, not what happened."""
        return self.tense == "future"

    @property
    def level(self) -> int:
        return similarity.level((self.end - self.start).total_seconds())


@dataclass(frozen=True, slots=True)
class GroupingResult:
    """What one :func:`group_pending` did."""

    reports: int = 0
    happenings: int = 0
    created: int = 0
    deleted: int = 0


#: The PostgreSQL advisory lock that serialises groupings (an arbitrary constant: "hapn").
_PG_LOCK_KEY = 0x6861706E


def group_pending() -> GroupingResult:
    """Regroup everything pending, in one transaction (see module docs)."""
    with write_transaction():
        if is_postgres():
            # Writers do not queue on PostgreSQL: two groupings at once would both link the
            # same new reports. SQLite's write transaction already holds the lock.
            database.execute_sql("SELECT pg_advisory_xact_lock(%s)", (_PG_LOCK_KEY,))
        pending = list(
            database.execute_sql(
                "SELECT id, article_id, happening_id FROM happening_pending ORDER BY id"
            )
        )
        if not pending:
            return GroupingResult()
        last = pending[-1][0]
        result = _regroup(
            {a for _, a, _ in pending if a is not None}, {h for _, _, h in pending if h is not None}
        )
        HappeningPending.delete().where(HappeningPending.id <= last).execute()
        return result


def rebuild() -> GroupingResult:
    """Forget every happening and group all stored reports again."""
    with write_transaction():
        for model in (HappeningPlace, HappeningEvent, HappeningPending):
            model.delete().execute()
        Happening.delete().execute()
        database.execute_sql("INSERT INTO happening_pending (article_id) SELECT id FROM article")
    return group_pending()


# --- loading ----------------------------------------------------------------------------------

_COLUMNS = (
    Event.id,
    Event.article,
    Event.start,
    Event.end,
    Event.granularity,
    Event.text,
    Event.sentence_start,
    HappeningEvent.happening,
    HappeningEvent.terms,
    HappeningEvent.places,
)
#: Read after the article's columns.
_LATE_COLUMNS = (Event.mention, Event.tense, HappeningEvent.tense)


def _reports(condition: pw.Expression) -> list[Report]:
    """The expression-dated reports ``condition`` selects, with their links if grouped (one
    statement, read with the driver: peewee's per-value conversions would cost more than
    the query)."""
    from timeline.queries.events import _fromdb_time
    from timeline.store import Article

    query = (
        Event.select(
            *_COLUMNS,
            Article.source,
            Article.published_at,
            Article.utc_offset_minutes,
            *_LATE_COLUMNS,
        )
        .join(HappeningEvent, pw.JOIN.LEFT_OUTER, on=HappeningEvent.event == Event.id)
        .switch(Event)
        .join(Article, on=Article.id == Event.article)
        .where(condition & (Event.basis == "expression"))
    )
    sql, params = query.sql()
    reports = []
    times: dict[Any, datetime] = {}  # news repeats its dates: parse each once
    for row in database.execute_sql(sql, params).fetchall():
        row = list(row)
        for index in (2, 3, 11):  # start, end, published_at
            value = row[index]
            moment = times.get(value)
            if moment is None:
                moment = times[value] = _fromdb_time(value)
            row[index] = moment
        reports.append(Report(*row))
    return reports


def _merged(intervals: list[tuple[datetime, datetime]]) -> list[tuple[datetime, datetime]]:
    merged: list[list[datetime]] = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(s, e) for s, e in merged]


def _neighbourhood(
    article_ids: set[int], happening_ids: set[int]
) -> tuple[dict[int, Report], list[tuple[datetime, datetime]]]:
    """The reports to regroup (see module docs) and the windows read in full."""
    from timeline.queries.events import _fromdb_time

    found: dict[int, Report] = {}
    seeds: list[tuple[datetime, datetime]] = []
    for chunk in _chunks(sorted(article_ids)):
        query = Event.select(Event.start, Event.end).where(
            Event.article.in_(chunk) & (Event.basis == "expression")
        )
        sql, params = query.sql()
        seeds += [
            (_fromdb_time(s), _fromdb_time(e))
            for s, e in database.execute_sql(sql, params).fetchall()
        ]
    slack = timedelta(seconds=similarity.MAX_SLACK)
    # Every seed lies in these windows, so reading them reads the seeds too.
    windows = _merged([(start - slack, end + slack) for start, end in seeds])
    for start, end in windows:
        for report in _reports(overlapping(start, end)):
            found.setdefault(report.event_id, report)
    touched = happening_ids | {r.happening_id for r in found.values() if r.happening_id}
    for chunk in _chunks(sorted(touched)):
        for report in _reports(HappeningEvent.happening.in_(chunk)):
            found.setdefault(report.event_id, report)
    return found, windows


def _covered(start: datetime, end: datetime, windows: list[tuple[datetime, datetime]]) -> bool:
    index = bisect.bisect_right(windows, (start, datetime.max.replace(tzinfo=start.tzinfo)))
    return index > 0 and windows[index - 1][0] <= start and end <= windows[index - 1][1]


def _chunks(values: list[int], size: int = 500) -> list[list[int]]:
    return [values[i : i + size] for i in range(0, len(values), size)]


def _add_features(reports: list[Report]) -> list[Report]:
    """Compute the features of the reports that have none yet; return those reports."""
    fresh = [r for r in reports if r.terms is None]
    if not fresh:
        return fresh
    spans: dict[int, list[tuple[int, int]]] = defaultdict(list)
    mentions: dict[int, tuple[int, int]] = {}
    for chunk in _chunks(sorted({r.article_id for r in fresh})):
        placeholders = ", ".join([database.param] * len(chunk))
        for mention_id, article_id, start, end in database.execute_sql(
            'SELECT id, article_id, start, "end" FROM mention '
            f"WHERE article_id IN ({placeholders})",
            chunk,
        ):
            spans[article_id].append((start, end))
            mentions[mention_id] = (start, end)
    longest = {}
    for article_id, article_spans in spans.items():
        article_spans.sort()
        longest[article_id] = max(e - s for s, e in article_spans)
    for report in fresh:
        low = report.sentence_start
        high = low + len(report.text)
        article_spans = spans[report.article_id]
        # The mentions that start before the sentence's end and may reach into it.
        first = bisect.bisect_left(article_spans, (low - longest.get(report.article_id, 0),))
        last = bisect.bisect_left(article_spans, (high,))
        inside = [(s - low, e - low) for s, e in article_spans[first:last] if e > low]
        found = features(report.text, inside)
        report.terms = " ".join(found.terms)
        report.places = " ".join(found.place_ids)
        report.tense = _tense(report, mentions.get(report.mention_id or -1))
    return fresh


def _tense(report: Report, mention: tuple[int, int] | None) -> str:
    """``"future"`` when the report speaks of what is expected, planned or announced for its
    date, else ``""``: the tense governing its own expression is the future (the tagger's
    clause reading: "will meet on Monday"), or the word before the expression, prepositions
    aside, is one of the tagger's words of expectation ("the decision is expected on Sunday",
    "a vote is scheduled for Friday"). A sentence the tagger read without a future marker has
    no future clause, so only those are read again."""
    if mention is None:
        return ""
    start, end = mention[0] - report.sentence_start, mention[1] - report.sentence_start
    window = report.text[max(start - 60, 0) : max(start, 0)].lower()
    cues = _expectation()
    if _cue_pattern().search(window):  # most windows hold none: skip reading their words
        before = [w for w in _WORDS.findall(window) if w not in _PREPOSITIONS]
        # "is expected [on] Sunday", "is likely to vote [early] next week"
        if (before[-1:] and before[-1] in cues) or (
            before[-3:-2] and before[-3] in cues and before[-2] == "to"
        ):
            return "future"
    if report.sentence_tense != "future":
        return ""
    clauses = _clauses(report.text)
    if clauses.at(start, end) != "future":
        return ""
    # Only a future marker before the expression in its clause ("will meet on Thursday"); the
    # tagger's fallback to the next marker would make "no one today can predict how long
    # this war will last" a forecast of today.
    clause_start = max((b for b in clauses.breaks if b <= start), default=0)
    return "future" if any(clause_start <= p < start for p in clauses.futures) else ""


@functools.lru_cache(maxsize=4096)
def _clauses(sentence: str) -> Any:
    """The tagger's clause reading of a sentence (a sentence's reports, and news's repeated
    sentences, read it once)."""
    from timeline.temporal.tense import Clauses

    return Clauses(sentence)


_WORDS = re.compile(r"[a-z']+")
#: Words between a word of expectation and its date ("expected as early as Friday").
_PREPOSITIONS = frozenset("on for at in by until till around from as early soon of".split())


@functools.lru_cache(maxsize=1)
def _cue_pattern() -> re.Pattern[str]:
    """Any of :func:`_expectation`'s words, as a whole word."""
    return re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, _expectation()))) + r")\b")


@functools.lru_cache(maxsize=1)
def _expectation() -> frozenset[str]:
    """The tagger's words that put what follows in the future ("expected", "due", "scheduled",
    "planned"), without its auxiliaries and modals (the clause reading has those)."""
    from importlib.resources import files

    from timeline.temporal.lexicon import words

    text = (files("timeline.happenings") / "resources" / "prospective_words.txt").read_text()
    ours = {w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#")}
    found = words("tense_future") | words("tense_future_before_to") | ours
    return frozenset(
        found
        - words("tense_auxiliaries")
        - words("tense_modals")
        - {"going", "next", "upcoming", "coming", "won't", "wont"}
    )


# --- regrouping -------------------------------------------------------------------------------


def _regroup(article_ids: set[int], happening_ids: set[int]) -> GroupingResult:
    found, windows = _neighbourhood(article_ids, happening_ids)
    reports = sorted(found.values(), key=lambda r: r.event_id)
    fresh = _add_features(reports)
    old_ids = {r.happening_id for r in reports if r.happening_id} | happening_ids
    x = similarity.vectors([r.terms or "" for r in reports])
    labels = _labels(reports, x)
    groups: dict[int, list[int]] = defaultdict(list)
    for row, label in enumerate(labels):
        groups[int(label)].append(row)
    # Each group keeps the smallest free id among its reports' old happenings.
    taken: set[int] = set()
    assigned: list[tuple[int | None, list[int]]] = []
    for rows in sorted(groups.values()):
        members = [reports[row] for row in rows]
        candidates = sorted({r.happening_id for r in members if r.happening_id} - taken)
        chosen = candidates[0] if candidates else None
        if chosen is not None:
            taken.add(chosen)
        assigned.append((chosen, rows))
    referrers = _referrers(
        reports, [[reports[row] for row in rows] for _, rows in assigned], windows
    )
    created = 0
    links_new: list[tuple[Any, ...]] = []
    moves: dict[int, list[int]] = defaultdict(list)
    fresh_ids = {r.event_id for r in fresh}
    for happening_id, rows in assigned:
        members = [reports[row] for row in rows]
        summary = summarise(members, x[rows], referrers)
        if happening_id is None:
            happening_id = _insert_happening(summary)
            created += 1
        else:
            _update_happening(happening_id, summary)
        _set_places(happening_id, summary)
        for report in members:
            if report.event_id in fresh_ids:
                links_new.append(
                    (report.event_id, happening_id, report.terms, report.places, report.tense or "")
                )
            elif report.happening_id != happening_id:
                moves[happening_id].append(report.event_id)
            report.happening_id = happening_id
    for happening_id, event_ids in moves.items():
        for chunk in _chunks(event_ids):
            (
                HappeningEvent.update(happening=happening_id)
                .where(HappeningEvent.event.in_(chunk))
                .execute()
            )
    if links_new:
        from timeline.ingest.writer import _insert_rows

        _insert_rows(
            HappeningEvent,
            (
                HappeningEvent.event,
                HappeningEvent.happening,
                HappeningEvent.terms,
                HappeningEvent.places,
                HappeningEvent.tense,
            ),
            links_new,
        )
    emptied = sorted(old_ids - taken)
    for chunk in _chunks(emptied):
        HappeningPlace.delete().where(HappeningPlace.happening.in_(chunk)).execute()
        HappeningEvent.delete().where(HappeningEvent.happening.in_(chunk)).execute()
        Happening.delete().where(Happening.id.in_(chunk)).execute()
    return GroupingResult(len(reports), len(assigned), created, len(emptied))


def _labels(reports: list[Report], x: Any) -> np.ndarray:
    if not reports:
        return np.empty(0, np.int64)
    starts = np.array([r.start.timestamp() for r in reports])
    ends = np.array([r.end.timestamp() for r in reports])
    cities = [
        " ".join(p for p in (r.places or "").split() if p.startswith("geonames:")) for r in reports
    ]
    offsets = np.array([60.0 * (r.utc_offset_minutes or 0) for r in reports])
    prospective = np.array([r.prospective for r in reports], bool)
    return similarity.group_labels(starts, ends, offsets, x, cities, prospective)


def _referrers(
    reports: list[Report], groups: list[list[Report]], windows: list[tuple[datetime, datetime]]
) -> Referrers:
    """Day-or-finer reports that may refer back to the dates of ``groups``: those loaded, plus
    those overlapping the groups' fine intervals outside the ``windows`` read in full."""
    known = {r.event_id for r in reports}
    intervals = []
    for members in groups:
        fine = [r for r in members if r.level == 0]
        if fine:
            interval = (min(r.start for r in fine), max(r.end for r in fine))
            if not _covered(*interval, windows):
                intervals.append(interval)
    extra = []
    for start, end in _merged(intervals):
        extra += [
            r
            for r in _reports(overlapping(start, end) & (Event.span_class <= 1))
            if r.event_id not in known and r.level == 0
        ]
    return Referrers([r for r in reports if r.level == 0] + extra)


def _row(summary: Summary) -> dict[str, Any]:
    return {
        "start": summary.start,
        "end": summary.end,
        "granularity": summary.granularity,
        "span_class": span_class(summary.start, summary.end),
        "utc_offset_minutes": summary.utc_offset_minutes,
        "title": summary.title,
        "title_event_id": summary.title_event_id,
        "importance": summary.importance,
        "why": summary.why,
        "places": json.dumps([p.to_json() for p in summary.places], ensure_ascii=False),
        "names": json.dumps(list(summary.names), ensure_ascii=False),
    }


def _insert_happening(summary: Summary) -> int:
    return Happening.insert(**_row(summary)).execute()


def _update_happening(happening_id: int, summary: Summary) -> None:
    Happening.update(**_row(summary)).where(Happening.id == happening_id).execute()


def _set_places(happening_id: int, summary: Summary) -> None:
    HappeningPlace.delete().where(HappeningPlace.happening == happening_id).execute()
    if summary.place_ids:
        HappeningPlace.insert_many(
            [(happening_id, place_id) for place_id in summary.place_ids],
            fields=(HappeningPlace.happening, HappeningPlace.place_id),
        ).execute()


__all__ = ["GroupingResult", "Report", "group_pending", "rebuild"]
