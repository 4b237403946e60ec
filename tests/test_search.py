"""The text search ``q`` matches words: all of them, "quoted phrases", case and accents folded,
a place by its other names; indexed and scanned alike; on SQLite and PostgreSQL alike.

Each property check compares, on random sentences and titles (mixed case, accents, ``ß``, the
Kelvin sign, ``%``, ``_``, backslashes, quotes), three answers: the indexed
:func:`timeline.queries.list_events` paged with cursors, the same search forced to scan, and
the definition written here in Python over the stored sentences and titles. The index must stay
right as rows are ingested, updated, re-derived and deleted.
"""

from __future__ import annotations

import importlib
import json
import logging
import random
from datetime import UTC, datetime

import peewee as pw
import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline import queries, store
from timeline.ingest import delete_article, ingest_article, reprocess
from timeline.queries import QueryError, events, search
from timeline.store import Article, Event, HappeningEvent
from timeline.words import words, words_column

word_index = importlib.import_module("timeline.migrations.0006_word_search")

ALPHABET = "abcABCeE éÉßẞ\u212ak%_\\\"'-"
WORDS = [
    "ceasefire",
    "Ceasefire",
    "CEASEFIRE",
    "talks",
    "Talks",
    "café",
    "CAFÉ",
    "straße",
    "100%",
    "a_b",
    "back\\slash",
    '"quoted"',
    "it's",
    "UN",
    "until",
    "run",
    "Kyiv",
    "Kiev",
]


def _phrase(rng: random.Random) -> str:
    """A few words of the vocabulary with random characters between them."""
    parts = []
    for _ in range(rng.randrange(1, 4)):
        parts.append(rng.choice(WORDS))
        parts.append("".join(rng.choices(ALPHABET, k=rng.randrange(0, 4))))
    return " ".join(parts).strip() or "quiet"


def _queries(rng: random.Random, texts: list[str], n: int) -> list[str]:
    """Searches: stored words (some with their case flipped), pairs of them, quoted pieces of
    stored texts, vocabulary words and random strings."""
    found = []
    for _ in range(n):
        roll = rng.random()
        text = rng.choice(texts)
        if roll < 0.3 and words(text):
            q = " ".join(rng.sample(words(text), min(2, len(words(text)))))
            if rng.random() < 0.4:
                q = q.swapcase()
        elif roll < 0.5:
            i = rng.randrange(len(text))
            q = '"' + text[i : i + rng.randrange(1, 20)] + '"'
        elif roll < 0.8:
            q = " ".join(rng.sample(WORDS, rng.randrange(1, 3)))
        else:
            q = "".join(rng.choices(ALPHABET, k=rng.randrange(1, 6)))
        found.append(q)
    return found


def _paged(flt: queries.EventFilter, rng: random.Random, order: str = "asc") -> list[int]:
    got, cursor = [], None
    while True:
        page = queries.list_events(flt, order=order, limit=rng.choice([1, 3, 50]), cursor=cursor)
        got += [e["id"] for e in page.items]
        cursor = page.next_cursor
        if cursor is None:
            return got


def _defined_ids(q: str) -> set[int]:
    """The events whose sentence or article title holds every term of ``q`` (one of its
    alternatives), computed here in Python from the stored texts."""
    terms = search.parse(q)
    found = set()
    for event_id, text, title in store.database.execute_sql(
        "SELECT e.id, e.text, a.title FROM event e JOIN article a ON a.id = e.article_id"
    ):
        held = words_column(text, title)
        if all(any(f" {alt} " in held for alt in term.alternatives) for term in terms):
            found.add(event_id)
    return found


def _has_words(q: str) -> bool:
    try:
        search.parse(q)
    except QueryError:
        return False
    return True


def _answers(flt, windowed, rng: random.Random) -> list:
    """What a search answers: its pages ascending and descending, the pages of its windowed
    variant, its count."""
    return [_paged(flt, rng), _paged(flt, rng, "desc"), _paged(windowed, rng), events._count(flt)]


def _assert_search_matches_definition(monkeypatch, rng: random.Random, n: int = 40) -> None:
    texts = [e.text for e in Event.select(Event.text)] + [a.title for a in Article.select()]
    window = (datetime(2022, 5, 1, tzinfo=UTC), datetime(2022, 5, 20, tzinfo=UTC))
    for q in [q for q in _queries(rng, texts, n) if _has_words(q)]:
        flt = queries.EventFilter(q=q)
        windowed = queries.EventFilter(start=window[0], end=window[1], q=q)
        indexed = _answers(flt, windowed, rng)
        with monkeypatch.context() as m:
            plan = events._search_plan
            m.setattr(events, "_search_plan", lambda f, plan=plan: plan(f, indexed=False))
            scanned = _answers(flt, windowed, rng)
        assert indexed == scanned, q
        plan = events._search_plan(flt)
        if plan.mode == "index":
            candidates = len(
                plan.condition.params[0]
                if store.is_postgres()
                else json.loads(plan.with_clause.params[0])
            )
            with monkeypatch.context() as m:  # more candidates than the threshold: scan
                m.setattr(events, "_scan_threshold", lambda n=candidates: n - 1)
                assert candidates == 0 or events._search_plan(flt).mode == "scan"
                assert [_paged(flt, rng), events._count(flt)] == [scanned[0], scanned[3]], q
            if not store.is_postgres():
                with monkeypatch.context() as m:  # SQLite: filter the timeline order
                    m.setattr(events, "_filter_threshold", lambda n=candidates: n - 1)
                    assert candidates == 0 or events._search_plan(flt).mode == "filter"
                    assert _answers(flt, windowed, rng) == scanned, q
        assert set(indexed[0]) == _defined_ids(q), q
        assert len(indexed[0]) == len(set(indexed[0])) == indexed[3], q
    if not store.is_postgres():  # raises if the index and the rows disagree
        fts = word_index.SQLITE_FTS
        store.database.execute_sql(f"INSERT INTO {fts} ({fts}, rank) VALUES ('integrity-check', 1)")


def _record(rng: random.Random, i: int, url: str | None = None) -> dict:
    day = rng.randrange(1, 28)
    sentences = [
        f"{_phrase(rng)} on 2022-05-{day:02d}." if rng.random() < 0.6 else f"{_phrase(rng)}."
        for _ in range(rng.randrange(1, 6))
    ]
    return {
        "title": _phrase(rng),
        "body": " ".join(sentences),
        "published_at": "2022-05-14T09:00:00+03:00",
        "source": f"S{i % 3}",
        "url": url or f"https://example.org/{i}-{rng.random()}",
    }


# --- what q means ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("q", "terms"),
    [
        ("UN", [("un",)]),
        ("Zelensky  Biden", [("zelensky",), ("biden",)]),
        ('"grain ship" ODESA', [("grain ship",), ("odesa",)]),
        ('"grain ship', [("grain ship",)]),  # an unclosed quote runs to the end
        ("U.N.", [("u n",)]),  # a word that folds to several is a phrase of them
        ("Zelénskyy ZELENSKYY", [("zelenskyy",)]),  # the same word twice is one term
        ("Straße", [("strasse",)]),
    ],
)
def test_q_is_read_as_terms(q, terms, monkeypatch):
    monkeypatch.setattr(search, "alternate_names", lambda phrase: ())
    assert [t.alternatives for t in search.parse(q)] == terms


@pytest.mark.parametrize("q", ["", "  ", "%", '""', "—", "_"])
def test_q_without_words_is_an_error(q):
    with pytest.raises(QueryError, match="Nothing to search for") as error:
        search.parse(q)
    assert error.value.field == "q"


def test_a_place_matches_its_other_names():
    kiev = search.parse("Kiev")[0].alternatives
    assert kiev[:2] == ("kiev", "kyiv")
    assert "kiev" in search.parse("Kyiv")[0].alternatives
    assert "kharkiv" in search.parse("kharkov")[0].alternatives
    assert search.parse("the")[0].alternatives == ("the",)  # not a place
    assert all(len(t.alternatives) <= search.MAX_ALTERNATIVES for t in search.parse("London"))


def test_the_alternate_names_hook_can_be_replaced(monkeypatch):
    monkeypatch.setattr(search, "alternate_names", search.alternate_names)
    search.set_alternate_names(lambda phrase: ("bakhmut",) if phrase == "artemivsk" else ())
    assert search.parse("Artemivsk")[0].alternatives == ("artemivsk", "bakhmut")


STORY = [
    {
        "title": "Zelensky in Washington",
        "body": "Biden met him on 2022-05-11. The UN spoke. Talks will run until 2022-05-13.",
    },
    {
        "title": "Grain corridor",
        "body": "A grain ship left Odesa on 2022-05-12. The ship carried grain on 2022-05-12.",
    },
    {
        "title": "Cafés reopen in Kyiv",
        "body": "The CAFÉ owners said on 2022-05-10 that it's calm in Kiev.",
    },
]


@pytest.fixture
def story(db, fake_tagger):
    for i, record in enumerate(STORY):
        ingest_article(
            {
                **record,
                "published_at": "2022-05-14T09:00:00+03:00",
                "url": f"https://example.org/{i}",
            },
            tagger=fake_tagger,
        )


def _texts(q: str) -> list[str]:
    return [e["text"] for e in queries.iter_events(queries.EventFilter(q=q))]


@pytest.mark.parametrize(
    ("q", "expected"),
    [
        ("UN", ["The UN spoke."]),  # not "until", not "run"
        ("un", ["The UN spoke."]),
        ("Zelensky Biden", ["Biden met him on 2022-05-11."]),  # one in the title, one in the text
        ('"grain ship"', ["A grain ship left Odesa on 2022-05-12."]),
        (
            "ship grain",
            ["A grain ship left Odesa on 2022-05-12.", "The ship carried grain on 2022-05-12."],
        ),
        ('"ship grain"', []),
        ("cafe", ["The CAFÉ owners said on 2022-05-10 that it's calm in Kiev."]),
        ("it's", ["The CAFÉ owners said on 2022-05-10 that it's calm in Kiev."]),
        ("Kyiv calm", ["The CAFÉ owners said on 2022-05-10 that it's calm in Kiev."]),
        ("Odessa", ["A grain ship left Odesa on 2022-05-12."]),
        ('"corridor grain"', []),  # a phrase does not run from a title into its sentence
    ],
)
def test_q_matches_words(story, q, expected):
    assert _texts(q) == expected


def test_articles_q_matches_words_of_title_and_body(story):
    def titles(q):
        return [a["title"] for a in queries.list_articles(queries.ArticleFilter(q=q)).items]

    assert titles("un") == ["Zelensky in Washington"]
    assert titles("grain Odessa") == ["Grain corridor"]
    assert titles('"corridor grain"') == []
    assert titles("cafes kiev") == ["Cafés reopen in Kyiv"]


# --- indexed, scanned and defined alike ------------------------------------------------------


@pytest.mark.slow  # a long property check: hundreds of searches, indexed and scanned
@pytest.mark.parametrize("seed", [0, 1])
def test_indexed_search_equals_scan_through_writes(db, monkeypatch, fake_tagger, seed):
    rng = random.Random(seed)
    tagger = fake_tagger
    records = [_record(rng, i) for i in range(25)]
    ids = [ingest_article(r, tagger=tagger).article.id for r in records]
    _assert_search_matches_definition(monkeypatch, rng)

    # Same URL, new content: the article keeps its id, takes a new title and new events.
    for i in rng.sample(range(len(records)), 5):
        result = ingest_article(_record(rng, i, url=records[i]["url"]), tagger=tagger)
        assert result.status == "updated"
    # Direct updates of the indexed column (and of one row's id).
    for event in rng.sample(list(Event.select()), 10):
        text = _phrase(rng)
        Event.update(text=text, words=words_column(text, event.article.title)).where(
            Event.id == event.id
        ).execute()
    last = Event.select(pw.fn.MAX(Event.id)).scalar()
    HappeningEvent.delete().where(HappeningEvent.event == last).execute()  # it points at the id
    Event.update(id=last + 1000).where(Event.id == last).execute()
    _assert_search_matches_definition(monkeypatch, rng)

    # Re-derivation replaces every event (the fake tagger now dates a day later).
    reprocess(tagger=type(fake_tagger)(shift_days=1))
    _assert_search_matches_definition(monkeypatch, rng)

    for article_id in rng.sample(ids, 8):
        assert delete_article(article_id)
    _assert_search_matches_definition(monkeypatch, rng)
    # Deleting mentions, then articles, directly: their events go by the foreign keys'
    # cascades, and out of the index with them.
    store.database.execute_sql(f"DELETE FROM mention WHERE article_id = {ids[1]}")
    Article.delete().where(Article.id.not_in(rng.sample(ids, 12))).execute()
    _assert_search_matches_definition(monkeypatch, rng)


def test_sqlite_and_postgresql_give_the_same_answers(tmp_path, request, fake_tagger):
    """The same articles and the same searches on both databases: the same events."""

    from tests.conftest import PG_URL as pg_url
    from tests.conftest import _reset_postgres

    if not pg_url:
        pytest.skip("PostgreSQL tests need TIMELINE_TEST_DATABASE_URL")
    rng = random.Random(11)
    records = [_record(rng, i) for i in range(30)] + [
        {**r, "published_at": "2022-05-14T09:00:00+03:00", "url": f"https://example.org/s{i}"}
        for i, r in enumerate(STORY)
    ]
    texts = [r["title"] for r in records] + [r["body"] for r in records]
    searches = [q for q in _queries(rng, texts, 80) if _has_words(q)]
    searches += ["UN", "Zelensky Biden", '"grain ship"', "Kiev", "cafe", "it's", "STRASSE"]
    answers = []
    _reset_postgres(pg_url)
    for url in (f"sqlite:///{tmp_path / 'same.db'}", pg_url):
        database = store.init_db(url)
        try:
            for record in records:
                ingest_article(record, tagger=fake_tagger)
            answers.append(
                [
                    [(e["url"], e["text"]) for e in queries.iter_events(queries.EventFilter(q=q))]
                    + [a["url"] for a in queries.list_articles(queries.ArticleFilter(q=q)).items]
                    for q in searches
                ]
            )
        finally:
            database.close()
    assert answers[0] == answers[1]
    assert sum(map(len, answers[0])) > len(searches)  # the searches found things


def test_buckets_count_the_indexed_search(db, fake_tagger):
    tagger = fake_tagger
    rng = random.Random(7)
    for i in range(15):
        ingest_article(_record(rng, i), tagger=tagger)
    window = queries.EventFilter(
        start=datetime(2022, 5, 1, tzinfo=UTC), end=datetime(2022, 6, 1, tzinfo=UTC), q="ceasefire"
    )
    buckets = queries.bucket_events(window, "week", first=2)
    listed = list(queries.iter_events(window))
    assert sum(b.count for b in buckets) == len(listed) > 0
    assert {e["id"] for e in listed} == {
        i
        for i in _defined_ids("ceasefire")
        if Event.get_by_id(i).end > window.start and Event.get_by_id(i).start < window.end
    }


# --- the plans -------------------------------------------------------------------------------


def test_sqlite_plan_reads_the_candidates(db, fake_tagger):
    if store.is_postgres():
        pytest.skip("SQLite's plan")
    ingest_article(_record(random.Random(5), 5), tagger=fake_tagger)
    flt = queries.EventFilter(q="ceasefire")
    sql, params = queries.keys_statement(flt, 51)
    steps = [row[3] for row in db.execute_sql("EXPLAIN QUERY PLAN " + sql, params)]
    # The candidates were read from event_words_fts, and arrive as a JSON array.
    assert "MATERIALIZE search_hits" in steps and params[0].startswith("["), (steps, params)
    # The events are not scanned: rows are looked up by id.
    assert not {"SCAN e", "SCAN event"} & set(steps), steps
    assert "SEARCH e USING INTEGER PRIMARY KEY (rowid=?)" in steps, steps


def test_sqlite_candidates_come_from_the_fts_table(db, fake_tagger, monkeypatch):
    if store.is_postgres():
        pytest.skip("SQLite's FTS5 table")
    ingest_article(_record(random.Random(5), 5), tagger=fake_tagger)
    statements = []
    execute = db.execute_sql
    monkeypatch.setattr(
        db, "execute_sql", lambda sql, params=None: statements.append(sql) or execute(sql, params)
    )
    queries.list_events(queries.EventFilter(q="ceasefire"))
    assert any("FROM event_words_fts WHERE event_words_fts MATCH" in sql for sql in statements)


def test_postgres_like_can_use_the_trigram_index(db, fake_tagger):
    if not store.is_postgres():
        pytest.skip("PostgreSQL's plan")
    ingest_article(_record(random.Random(1), 1), tagger=fake_tagger)
    with db.atomic():
        db.execute_sql("SET LOCAL enable_seqscan = off")
        plan = " ".join(
            row[0]
            for row in db.execute_sql(
                "EXPLAIN SELECT id FROM event e WHERE e.words LIKE %s", ["% un %"]
            )
        )
    assert word_index.POSTGRES_TRGM in plan, plan


class _NoExtensions:
    """A PostgreSQL database that refuses ``CREATE EXTENSION`` as an unprivileged role would."""

    def __init__(self, db: pw.Database):
        self._db = db

    def __getattr__(self, name):
        return getattr(self._db, name)

    def execute_sql(self, sql, params=None):
        if sql.startswith("CREATE EXTENSION"):
            raise pw.ProgrammingError('permission denied to create extension "pg_trgm"')
        return self._db.execute_sql(sql, params)


def test_postgres_without_pg_trgm_skips_the_index(db, caplog, fake_tagger):
    if not store.is_postgres():
        pytest.skip("PostgreSQL's extension")
    db.execute_sql(f"DROP INDEX {word_index.POSTGRES_TRGM}")
    with caplog.at_level(logging.WARNING), db.atomic():
        word_index._index_postgres(_NoExtensions(db))
        db.execute_sql("SELECT 1")  # the migration's transaction is still usable
    assert "pg_trgm" in caplog.text
    names = {i.name for i in db.get_indexes("event")}
    assert word_index.POSTGRES_TRGM not in names
    ingest_article(_record(random.Random(2), 2), tagger=fake_tagger)
    for q in ("e", "talks", "ceasefire cafe"):
        assert {e["id"] for e in queries.iter_events(queries.EventFilter(q=q))} == _defined_ids(
            q
        ), q


@given(st.text(alphabet=st.sampled_from(ALPHABET + "0129 \u0301\u0130\u00e6\u0436\t"), max_size=40))
def test_the_stored_words_are_the_words(text):
    """The stored column (with its fast path for ASCII text) holds exactly words()."""
    assert words_column(text) == " " + " ".join(words(text)) + " "
    assert words_column(text, text).count(" | ") == 1
