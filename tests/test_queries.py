"""timeline.queries against a brute-force reading of the same rows.

Random timelines mix every span class (an hour to more than a century, so the per-class
index ranges and the unbounded "long" part are all exercised), random windows and filters;
paging through :func:`list_events` must give exactly the events that overlap the window, in
(start, end, id) order, and the buckets must count them all once.
"""

from __future__ import annotations

import hashlib
import random
from datetime import UTC, datetime, timedelta

import pytest

from timeline import queries
from timeline.queries import buckets as buckets_module
from timeline.store import Article, Event, span_class
from timeline.words import words_column

SPANS = [
    timedelta(minutes=20),
    timedelta(hours=3),
    timedelta(days=1),
    timedelta(days=7),
    timedelta(days=30),
    timedelta(days=91),
    timedelta(days=365),
    timedelta(days=3650),
    timedelta(days=36_500),
    timedelta(days=60_000),
]
ORIGIN = datetime(1990, 1, 1, tzinfo=UTC)


def build(rng: random.Random, n: int) -> list[dict]:
    articles = []
    for i in range(3):
        title = f"Article {i} {'ceasefire' if i == 1 else 'talks'}"
        articles.append(
            Article.create(
                title=title,
                body="Body.",
                published_at=ORIGIN,
                source=f"S{i % 2}",
                content_hash=hashlib.sha256(f"{rng.random()}".encode()).hexdigest(),
                ingested_at=ORIGIN,
                words=words_column(title, "Body."),
            )
        )
    rows = []
    for _ in range(n):
        start = ORIGIN + timedelta(days=rng.randrange(0, 40 * 365), hours=rng.randrange(24))
        # Ties on start are common: a few distinct starts reused.
        if rng.random() < 0.3 and rows:
            start = rng.choice(rows)["start"]
        end = start + rng.choice(SPANS)
        article = rng.choice(articles)
        event = Event.create(
            article=article,
            text=rng.choice(["Talks resumed.", "A ceasefire held.", "Quiet."]),
            sentence_start=0,
            sentence_end=5,
            start=start,
            end=end,
            granularity=rng.choice(["hour", "day", "month", "year"]),
            basis=rng.choice(["expression", "publication"]),
            span_class=span_class(start, end),
        )
        event.words = words_column(event.text, article.title)
        event.save()
        rows.append(
            {
                "id": event.id,
                "start": start,
                "end": end,
                "text": event.text,
                "title": article.title,
                "source": article.source,
                "granularity": event.granularity,
                "basis": event.basis,
            }
        )
    return rows


def expected(rows, flt: queries.EventFilter, descending=False) -> list[int]:
    allowed = flt.granularities()
    keep = [
        r
        for r in rows
        if (flt.start is None or r["end"] > flt.start)
        and (flt.end is None or r["start"] < flt.end)
        and (not flt.q or flt.q.lower() in (r["text"] + "\0" + r["title"]).lower())
        and (flt.source is None or r["source"] == flt.source)
        and (flt.basis is None or r["basis"] == flt.basis)
        and (allowed is None or r["granularity"] in allowed)
    ]
    keep.sort(key=lambda r: (r["start"], r["end"], r["id"]), reverse=descending)
    return [r["id"] for r in keep]


def random_filter(rng: random.Random) -> queries.EventFilter:
    start = ORIGIN + timedelta(days=rng.randrange(-400, 41 * 365))
    end = start + rng.choice(
        [timedelta(hours=2), timedelta(days=3), timedelta(days=40), timedelta(days=800)]
    )
    kind = rng.randrange(6)
    return queries.EventFilter(
        start=None if kind == 0 else start,
        end=None if kind == 1 else end,
        q=rng.choice([None, None, "ceasefire", "TALKS"]),
        source=rng.choice([None, None, "S0"]),
        basis=rng.choice([None, None, "publication"]),
        finest=rng.choice([None, None, "day"]),
    )


@pytest.mark.parametrize(
    "seed", [0, 1, pytest.param(2, marks=pytest.mark.slow), pytest.param(3, marks=pytest.mark.slow)]
)
def test_pages_equal_brute_force(db, seed):
    rng = random.Random(seed)
    rows = build(rng, 300)
    for _ in range(25):
        flt = random_filter(rng)
        for order in ("asc", "desc"):
            got, cursor = [], None
            while True:
                page = queries.list_events(
                    flt, order=order, limit=rng.choice([1, 7, 50]), cursor=cursor
                )
                got += [e["id"] for e in page.items]
                cursor = page.next_cursor
                if cursor is None:
                    break
            assert got == expected(rows, flt, order == "desc"), (flt, order)


@pytest.mark.parametrize("seed", range(2))
def test_bucket_counts_add_up(db, seed):
    rng = random.Random(100 + seed)
    rows = build(rng, 200)
    for _ in range(10):
        flt = random_filter(rng)
        start = flt.start or ORIGIN
        flt = queries.EventFilter(
            start=start,
            end=start + timedelta(days=rng.randrange(1, 200)),
            q=flt.q,
            source=flt.source,
        )
        for unit in queries.UNITS:
            buckets = queries.bucket_events(flt, unit, first=2)
            assert sum(b.count for b in buckets) == len(expected(rows, flt))
            firsts = [e["id"] for b in buckets for e in b.events]
            assert set(firsts) <= set(expected(rows, flt))


def test_buckets_read_the_search_matches_once(db, monkeypatch):
    rows = build(random.Random(7), 60)
    plans = []
    plan = buckets_module._search_plan
    monkeypatch.setattr(
        buckets_module, "_search_plan", lambda flt: plans.append(flt.q) or plan(flt)
    )
    flt = queries.EventFilter(start=ORIGIN, end=ORIGIN + timedelta(days=40 * 365), q="ceasefire")
    buckets = queries.bucket_events(flt, "month", first=2)
    assert plans == ["ceasefire"]
    assert sum(b.count for b in buckets) == len(expected(rows, flt))
