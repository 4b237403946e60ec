"""What a happening shows: its interval, title, places, names, importance and why.

All of it is a function of the happening's reports (and, for importance, of the later articles
that refer back to its date), never of the order they were stored in:

- **interval**: that of its most precise report (finest granularity; among equals the interval
  most reports give, then the earliest), shown in that report's UTC offset;
- **title**: its most central report's sentence (the highest sum of cosines to the other
  reports, :func:`timeline.happenings.similarity.centrality`; ties by text);
- **places**: the gazetteer places its reports name, most named first (at most
  :data:`MAX_PLACES`); **names**: the people and organisations its most central reports name
  (:mod:`.names`, at most :data:`MAX_NAMES`);
- **importance** (:mod:`.importance`).
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from timeline.happenings import importance, similarity
from timeline.happenings.names import find_names
from timeline.happenings.places import Place, place_by_id
from timeline.temporal.types import GRANULARITIES

if TYPE_CHECKING:
    from timeline.happenings.grouping import Report

MAX_PLACES = 5
MAX_NAMES = 8
#: Names are read from this many of the most central reports.
_NAME_READERS = 12


@dataclass(frozen=True, slots=True)
class Summary:
    start: datetime
    end: datetime
    granularity: str
    utc_offset_minutes: int
    title: str
    title_event_id: int
    importance: float
    why: str
    places: tuple[Place, ...]
    place_ids: tuple[str, ...]
    names: tuple[str, ...]


class Referrers:
    """Day-or-finer reports, indexed by start, to count who refers back to a date."""

    #: Longest report of level 0 (a day in any offset, with a little slack).
    _LONGEST = timedelta(days=2)

    def __init__(self, reports: Sequence[Report]) -> None:
        self.reports = sorted(reports, key=lambda r: (r.start, r.event_id))
        self.starts = [r.start for r in self.reports]

    def later_articles(self, start: datetime, end: datetime, exclude: set[int]) -> int:
        """Articles published at or after ``end``, not in ``exclude``, with a report on the
        same date: overlapping ``[start, end)`` by at least half the shorter of the two (a day
        in Kyiv and the next day in New York overlap by a few hours: not the same date)."""
        low = bisect.bisect_left(self.starts, start - self._LONGEST)
        high = bisect.bisect_left(self.starts, end)
        length = end - start
        found = set()
        for r in self.reports[low:high]:
            if r.published_at < end or r.article_id in exclude or r.end <= start:
                continue
            shared = min(r.end, end) - max(r.start, start)
            if shared * 2 >= min(length, r.end - r.start):
                found.add(r.article_id)
        return len(found)


def summarise(members: Sequence[Report], vectors: Any, referrers: Referrers) -> Summary:
    """The :class:`Summary` of a happening whose reports are ``members`` (``vectors``: their
    term vectors, rows of :func:`timeline.happenings.similarity.vectors` in the same order)."""
    order = sorted(
        range(len(members)),
        key=lambda k: (members[k].text, members[k].start, members[k].end, members[k].article_id),
    )
    reports = [members[k] for k in order]
    intervals = Counter((r.start, r.end) for r in reports)
    precise = min(
        reports,
        key=lambda r: (
            GRANULARITIES.index(r.granularity) if r.granularity in GRANULARITIES else 99,
            -intervals[(r.start, r.end)],
            r.start,
            r.end,
            r.text,
            r.published_at,
        ),
    )
    scores = similarity.centrality(vectors[order])
    ranked = sorted(range(len(reports)), key=lambda k: (-round(float(scores[k]), 6), k))
    title = reports[ranked[0]]
    place_counts: Counter[str] = Counter()
    for report in reports:
        place_counts.update(set((report.places or "").split()))
    place_ids = tuple(sorted(place_counts, key=lambda p: (-place_counts[p], p)))
    places = tuple(p for p in (place_by_id(i) for i in place_ids[:MAX_PLACES]) if p)
    name_counts: Counter[str] = Counter()
    for k in ranked[:_NAME_READERS]:
        name_counts.update(find_names(reports[k].text))
    names = tuple(sorted(name_counts, key=lambda n: (-name_counts[n], n))[:MAX_NAMES])
    articles = {r.article_id for r in reports}
    sources = {r.source if r.source else f"article {r.article_id}" for r in reports}
    later = (
        referrers.later_articles(precise.start, precise.end, articles) if precise.level == 0 else 0
    )
    score = importance.Importance(
        len(sources),
        len(articles),
        later,
        precise.granularity,
        prospective=all(r.prospective for r in reports),
    )
    return Summary(
        precise.start,
        precise.end,
        precise.granularity,
        precise.utc_offset_minutes,
        title.text,
        title.event_id,
        score.value,
        score.why(),
        places,
        place_ids,
        names,
    )
