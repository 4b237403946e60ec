"""The digest: the timeline a journalist would write, from the stored events of a window.

Given a window and filters, :func:`digest` picks the ``dates`` days that matter most and, for
each, the ``sentences`` best sentences about it: the classic *timeline summarization* task
(pick the days, then summarise each day). Two steps, each a pure function over plain records
so that it can be tested and measured without a database:

Date selection (:func:`rank_dates`)
    Two signals that the literature finds strongest, each measured without a parameter learnt
    from data, multiplied (news-tls's unsupervised baselines are each one alone; its supervised
    ranker combines the same counts):

    - *references*: how many **articles** name the day by an expression of a day or finer
      ("on Saturday", "May 14"): HeidelTime mention counting, but one vote per article, so that
      an article repeating a date ten times counts once. Whether it is written before the day
      (an announcement), on it or long after (a look back) does not change its vote: what
      separates an announced day from one that happened is the next signal;
    - *coverage*: how many articles were **published** on the day or the next (the day's news
      appears that day, or the next morning in other time zones: news-tls's publication
      window). It enters as ``ln(2 + n)``: diminishing returns, and a day nobody published on
      (a day before the articles begin, one announced that never made news) keeps ``ln 2`` of
      its references rather than nothing.

    ``score = references × ln(2 + coverage)``. A product, so that neither count swamps the
    other however large the collection (in a sum, the larger count would decide alone). Only
    expression-dated events of a day or finer are references (a "May" or a "2008" names no
    day); events dated by their publication are not references at all.

    The days are then picked greedily with *temporal diversity* (:func:`spread_days`,
    Martschat & Markert 2018): each pick is the day of highest score times ``d / (1 + d)``,
    ``d`` the days to the nearest day already picked (a half beside a picked day, nothing
    lost far from all), so that the next morning's echo of a picked day does not take the
    place of another day of the story. Ties go to the earlier day. ``mentions`` is plain mention
    counting, ranked by its counts alone, kept as the baseline that the benchmark
    (``bench/digest.py``) compares with in the same run.

    *Keywords* (the topic's query terms, as the news-tls protocol hands them to every system)
    do not change which days are picked: a day's sentences often name the topic by a pronoun
    or a title ("the president said on Friday"), so passing over the days whose sentences
    do not name it, as news-tls's own date-wise system does, drops days that matter.

Sentence selection (:func:`pick_sentences`)
    The candidates are the sentences that name the day and, among the first
    :data:`LEAD_SENTENCES` sentences of the articles published on it or the next, those that
    name no time of their own (news-tls's "PM" candidates: a report's lead says what happened,
    often without naming the day; a lead sentence that names a day is that day's), of
    which those naming a keyword when there are keywords and any does. Among them, the most
    *central* ones (mean TF-IDF cosine similarity to the day's other candidates: what most
    reports of the day say), chosen one by one with maximal marginal relevance so that the
    second sentence is not a rewording of the first. The TF-IDF weights have their inverse
    document frequencies counted over the candidates of all the digest's days together
    (:func:`collection_weights`: MEAD's background IDF), so that the words of the whole story
    weigh less than those of the day.

:func:`digest` reads the events of the window through :func:`timeline.queries.iter_events`
(the same filters as ``/events``) and returns :class:`DigestDate` records in time order.
"""

from __future__ import annotations

import bisect
import heapq
import math
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from timeline.words import words

#: Date-selection methods of :func:`rank_dates`.
METHODS = ("references", "mentions")

#: The most days and sentences per day a digest returns.
MAX_DATES = 100
MAX_SENTENCES = 10

#: Granularities that name a day (coarser ones do not count as a reference to a day).
DAY_OR_FINER = ("minute", "hour", "partofday", "day")

#: The longest interval read as one day (a day with a daylight-saving hour).
MAX_DAY_SPAN = timedelta(hours=25)

#: The days after a day whose articles count as its coverage (the day itself and the next).
COVERAGE_DAYS = 2

#: The leading sentences of an article that summarise its day (news-tls's ``clip_sents``: news
#: is written as an inverted pyramid, what happened first).
LEAD_SENTENCES = 5

#: Sentences shorter or longer than these (in words) are not summaries of a day.
MIN_WORDS = 6
MAX_WORDS = 60

#: Maximal marginal relevance: relevance weight (1 - this is the redundancy penalty).
MMR_LAMBDA = 0.7


@dataclass(frozen=True, slots=True)
class Reference:
    """One event read as a reference to a day: which article named which day, when it was
    published (its local day) and the sentence that named it (``None``: not read yet)."""

    event_id: int
    article_id: int
    day: date
    published: date
    text: str | None


@dataclass(slots=True)
class DigestDate:
    """One day of a digest: its score, its sentences and (when known) its happenings."""

    date: date
    score: float
    sentences: list[str]
    events: list[int] = field(default_factory=list)
    happenings: list[int] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "date": self.date.isoformat(),
            "score": round(self.score, 3),
            "sentences": self.sentences,
            "happenings": self.happenings,
        }


def references_from_events(events: Iterable[dict[str, Any]]) -> list[Reference]:
    """The references to days among events as :mod:`timeline.queries` serves them: those dated
    by an expression at a day or finer, on the day (in the article's own offset) they begin."""
    refs = []
    for event in events:
        if event["basis"] != "expression" or event["granularity"] not in DAY_OR_FINER:
            continue
        start = datetime.fromisoformat(event["start"])
        if datetime.fromisoformat(event["end"]) - start > MAX_DAY_SPAN:
            continue  # "since Monday": a day's granularity, but not one day
        refs.append(
            Reference(
                event_id=event["id"],
                article_id=event["article_id"],
                day=date.fromisoformat(event["start"][:10]),
                published=date.fromisoformat(event["published_at"][:10]),
                text=event["text"],
            )
        )
    return refs


def publication_days(refs: Iterable[Reference]) -> Counter[date]:
    """How many of the articles of ``refs`` were published on each day (their local day)."""
    return Counter(published for _article, published in {(r.article_id, r.published) for r in refs})


def date_scores(
    refs: Sequence[Reference],
    method: str = "references",
    published: Counter[date] | None = None,
) -> dict[date, float]:
    """The score of every day that ``refs`` name, by ``method`` (see the module doc).

    ``published`` counts the articles published on each day (the digest's own selection of
    articles); by default, those of ``refs``."""
    if method not in METHODS:
        raise ValueError(f"method must be one of: {', '.join(METHODS)}")
    if method == "mentions":
        return dict(Counter(ref.day for ref in refs))
    votes = Counter(day for _article, day in {(r.article_id, r.day) for r in refs})
    if published is None:
        published = publication_days(refs)
    scores = {}
    for day, count in votes.items():
        coverage = sum(published[day + timedelta(days=i)] for i in range(COVERAGE_DAYS))
        scores[day] = count * math.log(2 + coverage)
    return scores


def rank_dates(
    refs: Sequence[Reference],
    n: int | None,
    method: str = "references",
    published: Counter[date] | None = None,
) -> list[tuple[date, float]]:
    """The ``n`` (``None``: all) best days named by ``refs`` with their scores, best first
    (ties: earlier)."""
    scores = date_scores(refs, method, published)
    if method == "mentions":  # the baseline, as the literature counts it
        ranked = sorted(scores.items(), key=lambda item: (-item[1], item[0]))
        return ranked if n is None else ranked[:n]
    return spread_days(scores, len(scores) if n is None else n)


def spread_days(scores: dict[date, float], n: int) -> list[tuple[date, float]]:
    """Up to ``n`` days of ``scores`` with their scores, in the order picked: greedily, each the
    day of highest *marginal* score, its score times ``d / (1 + d)`` where ``d`` is the number
    of days to the nearest day already picked (ties: earlier).

    Temporal diversity (Martschat & Markert, CoNLL 2018): a day next to one already picked
    mostly repeats it (the reactions, the "yesterday" of the next morning's reports, the other
    time zone's date of the same happening), and a date-tolerant reading of a timeline (tilse's
    ``align+``, which news-tls reports) credits a day ``d`` days from a right one with
    ``1 / (1 + d)`` of it: ``d / (1 + d)`` is what is left to gain. No parameter: the factor is
    a half for the next day, two thirds two days away, and fades with distance; a day that
    outscores its neighbours twice over is still picked beside them."""
    # Lazy greedy (Minoux): a day's marginal score only falls as days are picked, so a day
    # popped with a stale value is re-scored and pushed back, and the first one popped fresh
    # is the best; the picked days are kept sorted to find the nearest by bisection.
    heap = [(-score, day, 0) for day, score in scores.items()]
    heapq.heapify(heap)
    chosen: list[date] = []  # sorted
    picked: list[tuple[date, float]] = []
    while heap and len(picked) < n:
        _, day, seen = heapq.heappop(heap)
        if seen < len(chosen):  # picked days since it was scored: re-score it
            at = bisect.bisect(chosen, day)
            apart = min(abs((day - chosen[i]).days) for i in (at - 1, at) if 0 <= i < len(chosen))
            heapq.heappush(heap, (-scores[day] * apart / (1 + apart), day, len(chosen)))
            continue
        bisect.insort(chosen, day)
        picked.append((day, scores[day]))
    return picked


def keyword_matcher(keywords: Iterable[str]) -> Callable[[str], bool] | None:
    """Whether a sentence names one of ``keywords`` (words or phrases, case and accents
    folded, matched as whole words); ``None`` when there are no keywords."""
    phrases = {" ".join(words(k)) for k in keywords} - {""}
    if not phrases:
        return None

    def matches(text: str) -> bool:
        padded = f" {' '.join(words(text))} "
        return any(f" {phrase} " in padded for phrase in phrases)

    return matches


def _candidates(texts: Iterable[str]) -> list[str]:
    """Distinct sentences of a sensible length, in first-seen order (all the distinct ones
    when none has a sensible length: a day is never left without a sentence)."""
    distinct: dict[str, str] = {}
    for text in texts:
        clean = " ".join(text.split())
        if clean:
            distinct.setdefault(clean.casefold(), clean)
    sensible = [t for t in distinct.values() if MIN_WORDS <= len(t.split()) <= MAX_WORDS]
    return sensible or list(distinct.values())


def collection_weights(days: Iterable[Iterable[str]]) -> Any:
    """A TF-IDF weighting (a fitted scikit-learn ``TfidfVectorizer``) whose inverse document
    frequencies are counted over the candidate sentences of all ``days`` (each an iterable of
    one day's sentences) together; ``None`` when they hold no word but stop words.

    The centroid method (Radev et al., MEAD) weighs a word by its frequency in the cluster
    times its IDF in a *background* collection, so that the words every report of the day
    shares ("sentenced", "sworn in") weigh most. An IDF counted over the day's own candidates
    does the opposite (a word in all of them has the lowest IDF of all); counted over the
    digest's days together, the words of the whole story ("Taylor", "Liberia") weigh little
    and those particular to a day weigh most."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    pool = list(dict.fromkeys(text for day in days for text in _candidates(day)))
    if not pool:
        return None
    try:
        return TfidfVectorizer(stop_words="english", sublinear_tf=True).fit(pool)
    except ValueError:  # nothing but stop words
        return None


def pick_sentences(
    texts: Sequence[str], k: int, others: Sequence[str] = (), weights: Any = None
) -> list[str]:
    """The ``k`` most central of ``texts`` and ``others`` (mean TF-IDF cosine similarity to
    ``texts``, the sentences that name the day, or to all when there are none), chosen by
    maximal marginal relevance; fewer when there are fewer candidates. ``weights``: the TF-IDF
    weighting of :func:`collection_weights` (by default, IDF over the candidates alone)."""
    anchors = _candidates(texts) if texts else []
    candidates = _candidates([*anchors, *others]) if others else anchors
    if k <= 0 or not candidates:
        return []
    if len(candidates) <= 1:
        return candidates[:k]
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics.pairwise import cosine_similarity

    if weights is not None:
        matrix = weights.transform(candidates)
    else:
        try:
            vectorizer = TfidfVectorizer(stop_words="english", sublinear_tf=True)
            matrix = vectorizer.fit_transform(candidates)
        except ValueError:  # nothing but stop words
            return candidates[:k]
    similarity = cosine_similarity(matrix)
    count = len(candidates)
    # Centrality: the mean similarity to the sentences that name the day (a sentence that
    # names it counts itself: with one such sentence, it is what the day's references say).
    named = [i for i, text in enumerate(candidates) if text in set(anchors)] or list(range(count))
    centrality = similarity[:, named].mean(axis=1)
    chosen: list[int] = []
    while len(chosen) < min(k, count):
        best, best_value = -1, -math.inf
        for index in range(count):
            if index in chosen:
                continue
            redundancy = max((similarity[index, j] for j in chosen), default=0.0)
            value = MMR_LAMBDA * centrality[index] - (1 - MMR_LAMBDA) * redundancy
            if value > best_value:
                best, best_value = index, value
        chosen.append(best)
    return [candidates[i] for i in chosen]


def summarize(
    refs: Sequence[Reference],
    *,
    dates: int,
    sentences: int,
    method: str = "references",
    first: date | None = None,
    last: date | None = None,
    load_texts: Callable[[list[int]], dict[int, str]] | None = None,
    published: Counter[date] | None = None,
    keywords: Sequence[str] = (),
    load_leads: Callable[[list[date]], dict[date, list[str]]] | None = None,
) -> list[DigestDate]:
    """The digest of ``refs``: the ``dates`` best days (within ``[first, last]`` when given),
    in time order, each with its ``sentences`` best sentences and the ids of its events.

    ``published`` counts the articles published on each day (see :func:`date_scores`). With
    ``keywords``, a day's summaries are chosen among its sentences that name one of them when
    it has any. References read without their sentence (``text=None``) get it from
    ``load_texts`` (event ids to sentences), called once for the events of the days picked;
    ``load_leads`` (days to sentences), called once too, adds the leading sentences of the
    articles published on each day or the next to its candidates."""
    inside = [
        r for r in refs if (first is None or r.day >= first) and (last is None or r.day <= last)
    ]
    by_day: dict[date, list[Reference]] = defaultdict(list)
    for ref in inside:
        by_day[ref.day].append(ref)
    if published is None:
        published = publication_days(refs)
    relevant = keyword_matcher(keywords)
    picked = rank_dates(inside, dates, method, published)
    missing = [r.event_id for day, _ in picked for r in by_day[day] if r.text is None]
    texts = load_texts(missing) if missing and load_texts is not None else {}
    leads = load_leads([day for day, _ in picked]) if picked and load_leads is not None else {}
    day_refs_of = {
        day: sorted(by_day[day], key=lambda r: r.event_id)  # however they were read
        for day, _ in picked
    }
    named = {
        day: [r.text if r.text is not None else texts.get(r.event_id, "") for r in day_refs]
        for day, day_refs in day_refs_of.items()
    }
    # The words' weights are counted over all the days' candidates (see collection_weights).
    weights = collection_weights([*named[day], *leads.get(day, [])] for day in named)
    out = []
    for day, score in sorted(picked):
        day_refs = day_refs_of[day]
        day_texts = named[day]
        day_leads = leads.get(day, [])
        if relevant is not None and any(relevant(t) for t in (*day_texts, *day_leads)):
            day_texts = [text for text in day_texts if relevant(text)]
            day_leads = [text for text in day_leads if relevant(text)]
        out.append(
            DigestDate(
                date=day,
                score=score,
                sentences=pick_sentences(day_texts, sentences, day_leads, weights),
                events=sorted({r.event_id for r in day_refs}),
            )
        )
    return out


def _last_day(end: datetime) -> date:
    """The last calendar day of a window ending (exclusively) at ``end``."""
    return (end - timedelta(microseconds=1)).date()


def digest(
    flt: Any,
    *,
    dates: int = 10,
    sentences: int = 2,
    method: str = "references",
    sources: Sequence[str] = (),
    place: str | None = None,
    keywords: Sequence[str] = (),
) -> list[DigestDate]:
    """The digest of the events ``flt`` (a :class:`timeline.queries.EventFilter`) selects, of
    any of ``sources`` when given, and of happenings at ``place`` (a gazetteer place by any of
    its names) when given: at most ``dates`` days in time order, ``sentences`` each, with the
    ids of the happenings of each day's events, the most important first. ``keywords``: the
    topic's query terms, any of which a summary sentence must name (see :func:`summarize`).

    A day's coverage counts the articles of the window (and of ``sources``, or the article of
    ``flt``) published on it; with ``q`` or ``place``, the articles of the events selected.

    Only the window, text and article filters of ``flt`` are used: the digest reads the events
    dated by an expression at a day or finer, whatever ``basis`` and granularity ``flt`` asks.
    """
    from dataclasses import replace

    from timeline.queries import QueryError, iter_events

    if not 1 <= dates <= MAX_DATES:
        raise QueryError("dates", f"Must be between 1 and {MAX_DATES}.")
    if not 1 <= sentences <= MAX_SENTENCES:
        raise QueryError("sentences", f"Must be between 1 and {MAX_SENTENCES}.")
    if method not in METHODS:
        raise QueryError("method", f"Must be one of: {', '.join(METHODS)}.")
    place = place if place is not None else getattr(flt, "place", None)
    at_place = _events_at(place) if place is not None else None
    by_day: dict[date, list[int]] | None = None  # the articles published on each day
    if flt.q is None:
        refs = _references(flt, tuple(dict.fromkeys(sources)))
        if at_place is None:
            by_day = _articles_by_day(flt, tuple(dict.fromkeys(sources)))
    else:  # the text search is the event search's own: read through it
        base = replace(flt, basis="expression", finest=None, coarsest="day", place=None)
        filters = [replace(base, source=name) for name in dict.fromkeys(sources)] or [base]
        seen: set[int] = set()
        events = []
        for one in filters:
            for event in iter_events(one):
                if event["id"] not in seen:
                    seen.add(event["id"])
                    events.append(event)
        refs = references_from_events(events)
    if at_place is not None:
        refs = [ref for ref in refs if ref.event_id in at_place]
    if by_day is None:  # with q or place: the articles of the events selected
        by_day = defaultdict(list)
        for article, day in sorted({(r.article_id, r.published) for r in refs}):
            by_day[day].append(article)
    published = Counter({day: len(articles) for day, articles in by_day.items()})

    def load_leads(days: list[date]) -> dict[date, list[str]]:
        return _leads(days, by_day)

    first = flt.start.date() if flt.start is not None else None
    last = _last_day(flt.end) if flt.end is not None else None
    days = summarize(
        refs,
        dates=dates,
        sentences=sentences,
        method=method,
        first=first,
        last=last,
        load_texts=_event_texts,
        published=published,
        keywords=keywords,
        load_leads=load_leads,
    )
    ranked = _happenings_of([event for day in days for event in day.events])
    for day in days:
        found = {ranked[event] for event in day.events if event in ranked}
        day.happenings = [h for h, _ in sorted(found, key=lambda item: (-item[1], item[0]))]
    return days


def _references(flt: Any, sources: tuple[str, ...]) -> list[Reference]:
    """The references to days among the events of ``flt``'s window (and article), of any of
    ``sources``, read without their sentences: one indexed overlap query
    (:func:`timeline.store.overlapping`) of the few columns date selection needs, rather than
    the full rows of the event pages (the same references as :func:`references_from_events`
    over :func:`timeline.queries.iter_events`, tests pin it)."""
    from timeline.store import Article, Event, database, overlapping

    condition = (
        overlapping(flt.start, flt.end)
        & (Event.basis == "expression")
        & Event.granularity.in_(DAY_OR_FINER)
    )
    if flt.article_id is not None:
        condition &= Event.article == flt.article_id
    if sources:
        condition &= Article.source.in_(sources)
    query = (
        Event.select(
            Event.id,
            Event.article,
            Event.start,
            Event.end,
            Article.published_at,
            Article.utc_offset_minutes,
        )
        .join(Article)
        .where(condition)
    )
    # Read raw (naive UTC) rather than through the fields' conversions: a wide window holds
    # tens of thousands of references, and converting each datetime costs more than the query.
    sql, params = query.sql()
    refs = []
    for event_id, article_id, start, end, published, offset in database.execute_sql(sql, params):
        start, end = _naive_utc(start), _naive_utc(end)
        if end - start > MAX_DAY_SPAN:
            continue
        shift = timedelta(minutes=offset or 0)
        refs.append(
            Reference(
                event_id=event_id,
                article_id=article_id,
                day=(start + shift).date(),
                published=(_naive_utc(published) + shift).date(),
                text=None,
            )
        )
    return refs


def _articles_by_day(flt: Any, sources: tuple[str, ...]) -> dict[date, list[int]]:
    """The ids of the articles of ``flt``'s window (and article), of any of ``sources``,
    published on each (local) day: the window's days and the day after its last."""
    from timeline.store import Article, database

    slack = timedelta(days=1, hours=14)  # the day after the window, in any UTC offset
    condition = Article.id.is_null(False)
    if flt.start is not None:
        condition &= Article.published_at >= flt.start - timedelta(hours=14)
    if flt.end is not None:
        condition &= Article.published_at < flt.end + slack
    if flt.article_id is not None:
        condition &= Article.id == flt.article_id
    if sources:
        condition &= Article.source.in_(sources)
    query = Article.select(Article.id, Article.published_at, Article.utc_offset_minutes).where(
        condition
    )
    sql, params = query.sql()
    days: dict[date, list[int]] = defaultdict(list)
    for article_id, published, offset in database.execute_sql(sql, params):
        days[(_naive_utc(published) + timedelta(minutes=offset or 0)).date()].append(article_id)
    return days


def _leads(days: Sequence[date], articles_by_day: dict[date, list[int]]) -> dict[date, list[str]]:
    """The sentences among the first :data:`LEAD_SENTENCES` of the articles published on each
    of ``days`` or the day after that name no time of their own (one that names a day is a
    reference to that day, and one that names a month or a year is background), in article
    order."""
    import peewee as pw

    from timeline.store import Event

    wanted = {
        day: [a for i in range(COVERAGE_DAYS) for a in articles_by_day.get(day + timedelta(i), [])]
        for day in days
    }
    ids = sorted({a for articles in wanted.values() for a in articles})
    sentences: dict[int, dict[int, str]] = defaultdict(dict)
    dated: set[tuple[int, int]] = set()  # sentences that name a time of their own
    for at in range(0, len(ids), 500):
        rank = pw.fn.DENSE_RANK().over(
            partition_by=[Event.article], order_by=[Event.sentence_start]
        )
        ranked = Event.select(
            Event.article, Event.sentence_start, Event.text, Event.basis, rank.alias("rank")
        ).where(Event.article.in_(ids[at : at + 500]))
        query = (
            pw.Select(
                [ranked],
                [ranked.c.article_id, ranked.c.sentence_start, ranked.c.text, ranked.c.basis],
            )
            .where(ranked.c.rank <= LEAD_SENTENCES)
            .bind(Event._meta.database)
        )
        for article_id, start, text, basis in query.tuples():
            sentences[article_id].setdefault(start, text)
            if basis != "publication":
                dated.add((article_id, start))
    for article_id, start in dated:
        del sentences[article_id][start]
    return {
        day: [text for a in articles for _, text in sorted(sentences[a].items())]
        for day, articles in wanted.items()
    }


def _naive_utc(value: Any) -> datetime:
    """A stored UTC timestamp as the driver returns it (text on SQLite), naive."""
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if value.tzinfo is not None:
        value = value.astimezone(UTC).replace(tzinfo=None)
    return value


def _event_texts(event_ids: list[int]) -> dict[int, str]:
    """The sentences of the events ``event_ids``."""
    from timeline.store import Event

    texts: dict[int, str] = {}
    unique = sorted(set(event_ids))
    for at in range(0, len(unique), 500):
        query = Event.select(Event.id, Event.text).where(Event.id.in_(unique[at : at + 500]))
        texts.update(query.tuples())
    return texts


def _events_at(place: str) -> set[int]:
    """The ids of the events in happenings at ``place``; :class:`QueryError` (``place``) when
    the gazetteer has no such place."""
    from timeline.queries.happenings import HappeningFilter
    from timeline.store import HappeningEvent, HappeningPlace

    place_id = HappeningFilter(place=place).place_id()
    query = (
        HappeningEvent.select(HappeningEvent.event)
        .join(HappeningPlace, on=(HappeningPlace.happening == HappeningEvent.happening))
        .where(HappeningPlace.place_id == place_id)
    )
    return {row.event_id for row in query}


def _happenings_of(event_ids: Sequence[int]) -> dict[int, tuple[int, float]]:
    """Each event's happening and that happening's importance (events in none are left out)."""
    from timeline.store import Happening, HappeningEvent

    found: dict[int, tuple[int, float]] = {}
    unique = sorted(set(event_ids))
    for at in range(0, len(unique), 500):
        query = (
            HappeningEvent.select(HappeningEvent.event, Happening.id, Happening.importance)
            .join(Happening)
            .where(HappeningEvent.event.in_(unique[at : at + 500]))
            .tuples()
        )
        for event_id, happening_id, importance in query:
            found[event_id] = (happening_id, importance)
    return found
