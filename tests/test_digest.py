"""The digest: which days it picks, which sentences it keeps, and the store-backed whole."""

from __future__ import annotations

import json
import math
from collections import Counter
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.happenings.digest import (
    METHODS,
    Reference,
    collection_weights,
    date_scores,
    digest,
    pick_sentences,
    rank_dates,
    references_from_events,
    spread_days,
    summarize,
)
from timeline.ingest import ingest_article
from timeline.queries import EventFilter, QueryError

D = date(2022, 5, 10)
DAY = timedelta(days=1)


def ref(
    article: int,
    day: date,
    published: date,
    text: str = "A sentence of six words here.",
    event: int | None = None,
) -> Reference:
    return Reference(
        event_id=event if event is not None else article * 100 + day.day,
        article_id=article,
        day=day,
        published=published,
        text=text,
    )


# --- date selection -----------------------------------------------------------------------------


def test_an_article_repeating_a_date_counts_once():
    one_article_ten_times = [ref(1, D, D + timedelta(days=2), event=i) for i in range(10)]
    three_articles = [ref(a, D + timedelta(days=1), D + timedelta(days=3)) for a in (2, 3, 4)]
    ranked = rank_dates(one_article_ten_times + three_articles, 1)
    assert ranked[0][0] == D + timedelta(days=1)
    # Plain mention counting prefers the repeated date: that is the baseline's weakness.
    assert rank_dates(one_article_ten_times + three_articles, 1, "mentions")[0][0] == D


def test_a_day_the_news_covered_outranks_one_only_announced():
    announced = [ref(a, D, D - timedelta(days=3)) for a in (1, 2)]
    reported = [ref(a, D + timedelta(days=5), D + timedelta(days=6)) for a in (3, 4)]
    scores = date_scores(announced + reported)
    assert scores[D] < scores[D + timedelta(days=5)]
    # Articles published on the announced day (or the next) make it news after all.
    covering = [ref(a, D - timedelta(days=9), D + timedelta(days=a % 2)) for a in (5, 6, 7)]
    scores = date_scores(announced + reported + covering)
    assert scores[D] > scores[D + timedelta(days=5)]


def test_the_score_is_references_times_the_log_of_the_day_s_coverage():
    # Two articles name D; three articles were published on D or D+1 (one of them on D+2, out).
    refs = [ref(1, D, D + timedelta(days=1)), ref(2, D, D + timedelta(days=30))]
    published = Counter({D: 1, D + timedelta(days=1): 2, D + timedelta(days=2): 5})
    assert date_scores(refs, published=published)[D] == pytest.approx(2 * math.log(2 + 3))
    # Without publication counts, the articles of the references are counted.
    assert date_scores(refs)[D] == pytest.approx(2 * math.log(2 + 1))
    # A day nobody published on keeps ln 2 of its references.
    assert date_scores(refs, published=Counter())[D] == pytest.approx(2 * math.log(2))


def test_a_burst_of_fresh_reports_outranks_the_same_number_of_scattered_recalls():
    burst_day, recalled_day = D, D + timedelta(days=20)
    burst = [ref(a, burst_day, burst_day + timedelta(days=a % 2)) for a in range(1, 5)]
    recalls = [ref(a, recalled_day, recalled_day + timedelta(days=30 * a)) for a in range(5, 9)]
    quiet = [ref(9, D + timedelta(days=40), D + timedelta(days=40))]
    scores = date_scores(burst + recalls + quiet)
    assert scores[burst_day] > scores[recalled_day]


def test_ties_go_to_the_earlier_day_and_the_ranking_is_cut_at_n():
    refs = [ref(1, D + timedelta(days=3), D + timedelta(days=9)), ref(2, D, D + timedelta(days=9))]
    assert [day for day, _ in rank_dates(refs, 1)] == [D]
    assert rank_dates([], 5) == []


def test_a_day_next_to_a_picked_day_yields_to_a_distant_day_of_comparable_score():
    # Four articles name D, three the day after, two a day a month later; all published long
    # after, so each day's score is its references times ln 2.
    later = D + timedelta(days=200)
    refs = [
        *(ref(a, D, later + timedelta(days=a)) for a in (1, 2, 3, 4)),
        *(ref(a, D + timedelta(days=1), later + timedelta(days=a)) for a in (5, 6, 7)),
        *(ref(a, D + timedelta(days=30), later + timedelta(days=a)) for a in (8, 9)),
    ]
    ranked = rank_dates(refs, 2)
    # The next day would add half of its 3: less than 30/31 of the distant day's 2.
    assert [day for day, _ in ranked] == [D, D + timedelta(days=30)]
    # The scores given are the days' own, not the discounted ones.
    assert [score for _, score in ranked] == pytest.approx([4 * math.log(2), 2 * math.log(2)])
    assert [day for day, _ in rank_dates(refs, None)][2] == D + timedelta(days=1)
    # Mention counting, the baseline, ranks by its counts alone.
    assert [day for day, _ in rank_dates(refs, 2, "mentions")] == [D, D + timedelta(days=1)]


def test_a_day_that_outscores_its_neighbour_twice_over_is_picked_beside_it():
    scores = {D: 10.0, D + timedelta(days=1): 9.0, D + timedelta(days=40): 4.0}
    assert [day for day, _ in spread_days(scores, 2)] == [D, D + timedelta(days=1)]
    # Two days away the discount is two thirds, a week away seven eighths: 4 beats 5 x 2/3.
    scores = {D: 10.0, D + timedelta(days=2): 5.0, D + timedelta(days=9): 4.0}
    assert [day for day, _ in spread_days(scores, 3)] == [
        D,
        D + timedelta(days=9),
        D + timedelta(days=2),
    ]
    # Ties still go to the earlier day.
    scores = {D: 8.0, D - 5 * DAY: 6.0, D + 5 * DAY: 6.0}
    assert [day for day, _ in spread_days(scores, 2)] == [D, D - 5 * DAY]
    # The discount is to the nearest day picked: once D + 8 is in, D + 6 keeps 6 x 2/3 (it had
    # 6 x 6/7 beside D alone), less than the 5 x 22/23 of D + 30.
    scores = {D: 9.0, D + 6 * DAY: 6.0, D + 8 * DAY: 8.0, D + 30 * DAY: 5.0}
    assert [day for day, _ in spread_days(scores, 4)] == [D, D + 8 * DAY, D + 30 * DAY, D + 6 * DAY]
    assert spread_days({}, 3) == [] and spread_days(scores, 0) == []


def test_an_unknown_method_is_refused():
    with pytest.raises(ValueError, match="method must be one of"):
        date_scores([], "pagerank")


def test_only_expression_dated_events_of_a_day_or_finer_are_references():
    base = {"article_id": 1, "text": "x", "published_at": "2022-05-12T09:00:00+03:00"}
    events = [
        {
            **base,
            "id": 1,
            "basis": "expression",
            "granularity": "day",
            "start": "2022-05-11T00:00:00+03:00",
            "end": "2022-05-12T00:00:00+03:00",
        },
        {
            **base,
            "id": 2,
            "basis": "expression",
            "granularity": "hour",
            "start": "2022-05-10T23:00:00+03:00",
            "end": "2022-05-11T00:00:00+03:00",
        },
        {
            **base,
            "id": 3,
            "basis": "expression",
            "granularity": "month",
            "start": "2022-05-01T00:00:00+03:00",
            "end": "2022-06-01T00:00:00+03:00",
        },
        {
            **base,
            "id": 4,
            "basis": "publication",
            "granularity": "day",
            "start": "2022-05-12T00:00:00+03:00",
            "end": "2022-05-13T00:00:00+03:00",
        },
        {
            **base,
            "id": 5,
            "basis": "expression",
            "granularity": "day",  # "since Monday"
            "start": "2022-05-09T00:00:00+03:00",
            "end": "2022-05-12T09:00:00+03:00",
        },
    ]
    refs = references_from_events(events)
    # The day is the article's own local day (23:00 at +03:00 is still May 10 there).
    assert [(r.event_id, r.day, r.published) for r in refs] == [
        (1, date(2022, 5, 11), date(2022, 5, 12)),
        (2, date(2022, 5, 10), date(2022, 5, 12)),
    ]


# --- sentence selection -------------------------------------------------------------------------


def test_the_central_sentence_comes_first_and_a_rewording_is_not_repeated():
    first = "Troops withdrew from the city of Kharkiv on Saturday, officials said."
    rewording = "Officials said troops withdrew from the city of Kharkiv on Saturday."
    texts = [
        first,
        rewording,
        "Residents of Kharkiv returned to the market after troops withdrew.",
        "A football match in Lviv was postponed because of heavy rain.",
    ]
    chosen = pick_sentences(texts, 2)
    assert chosen[0] in (first, rewording)  # what most reports of the day say
    assert not {first, rewording} <= set(chosen)  # not the same thing twice


def test_leads_are_measured_against_the_sentences_that_name_the_day():
    named = ["Troops withdrew from the outskirts of Kharkiv on Saturday, the governor said."]
    leads = [
        "Finland's leaders backed joining NATO in a joint statement released in Helsinki.",
        "In a joint statement, Finland's leaders said joining NATO would make Finland safer.",
        "Russian troops withdrew from around Kharkiv after weeks of fighting, officials said.",
    ]
    # The two NATO leads resemble each other, but not what the day's references say.
    assert "Kharkiv" in pick_sentences(named, 1, leads)[0]
    assert "Kharkiv" in pick_sentences(named, 1, leads[:2] + leads[:2])[0]
    assert pick_sentences([], 1, leads[:2]) != []  # no reference sentence: the leads alone


def test_sentences_are_deduplicated_and_too_short_ones_dropped():
    texts = [
        "Too short.",
        "The same sentence appears in two reports today.",
        "The  same sentence appears in two reports today.",
    ]
    assert pick_sentences(texts, 3) == ["The same sentence appears in two reports today."]
    assert pick_sentences(["Too short.", "too  short."], 2) == ["Too short."]  # all there is
    assert pick_sentences(texts, 0) == []
    assert pick_sentences([], 2) == []


def test_a_day_s_summary_is_weighed_by_the_whole_story_s_words():
    # Three reports of the day share the story's words (which every day's reports use), three
    # its own ("sentenced", "fifty years"). Counted over the day alone, the story's words are
    # the day's most shared; counted over the digest's days together, they weigh least.
    day = [
        "Judges sentenced Taylor to fifty years on the day.",
        "Taylor got fifty years in prison, sentenced by judges.",
        "Fifty years: the sentence judges gave Taylor.",
        "Liberia's former president Taylor spoke at length in court.",
        "Liberia's former president Taylor waved at length in court.",
        "Liberia's former president Taylor smiled at length in court.",
    ]
    verbs = ("appeared", "testified", "listened", "arrived", "sat", "stood")
    later = D + timedelta(days=400)
    refs = [ref(a, D, later, text, event=a) for a, text in enumerate(day, 1)]
    refs += [
        ref(
            10 + i,
            D + timedelta(days=10 * (i + 1)),
            later,
            f"Liberia's former president Taylor {verb} at length in court.",
            event=10 + i,
        )
        for i, verb in enumerate(verbs)
    ]
    first = summarize(refs, dates=1 + len(verbs), sentences=1)[0]
    assert first.date == D and "fifty years" in first.sentences[0]
    # The day alone (a digest of one day) weighs its words by itself: the story's words win.
    assert "Liberia" in pick_sentences(day, 1)[0]
    weights = collection_weights([day, *([r.text or ""] for r in refs[len(day) :])])
    assert "fifty years" in pick_sentences(day, 1, weights=weights)[0]
    idf = dict(zip(weights.get_feature_names_out(), weights.idf_, strict=True))
    assert idf["taylor"] < idf["court"] < idf["sentenced"]
    assert collection_weights([["It is what it was."], []]) is None
    assert collection_weights([]) is None


def test_keywords_choose_the_sentences_not_the_days():
    about = "The mayor of Odesa reopened the grain terminal on Tuesday morning."
    other = [
        "Ships left the grain terminal on Tuesday, the port authority said.",
        "The port authority said ships left the terminal on Tuesday.",
    ]
    refs = [ref(a, D, D, text=t, event=a) for a, t in enumerate([about, *other], start=1)]
    refs.append(ref(9, D + timedelta(days=2), D + timedelta(days=2), text=other[0], event=9))
    plain = summarize(refs, dates=2, sentences=1)
    assert plain[0].sentences != [about]  # the most central says what most reports say
    topical = summarize(refs, dates=2, sentences=1, keywords=["odesa", "Black Sea"])
    # The sentence naming the topic is chosen; a day none of whose sentences names it stays.
    assert [(d.date, d.sentences) for d in topical] == [
        (D, [about]),
        (D + timedelta(days=2), [other[0]]),
    ]
    assert summarize(refs, dates=2, sentences=1, keywords=["  "]) == plain


def test_keywords_match_whole_folded_words_and_phrases():
    from timeline.happenings.digest import keyword_matcher

    matches = keyword_matcher(["Medvedev", "black sea"])
    assert matches is not None
    assert matches("MEDVÉDEV spoke.") and matches("On the Black  Sea coast.")
    assert not matches("Medvedevs") and not matches("black and sea")
    assert keyword_matcher([]) is None


# --- the whole ----------------------------------------------------------------------------------


@settings(deadline=None)  # no timing in unit tests: the machine may be busy
@given(
    st.lists(st.tuples(st.integers(1, 30), st.integers(0, 60), st.integers(-5, 40)), max_size=60),
    st.integers(1, 12),
    st.integers(1, 3),
)
def test_a_summary_is_in_time_order_within_bounds_and_at_most_n_days(rows, n, k):
    refs = [
        ref(
            article,
            D + timedelta(days=day),
            D + timedelta(days=day + lag),
            text=f"Article {article} reports what happened on day {day} of the siege.",
            event=i,
        )
        for i, (article, day, lag) in enumerate(rows)
    ]
    first, last = D + timedelta(days=10), D + timedelta(days=40)
    for method in METHODS:
        days = summarize(refs, dates=n, sentences=k, method=method, first=first, last=last)
        assert len(days) <= n
        assert [d.date for d in days] == sorted({d.date for d in days})
        assert all(first <= d.date <= last for d in days)
        assert all(1 <= len(d.sentences) <= k for d in days)


ARTICLES = [
    # Three outlets report the same Saturday; one looks back at it later; one announces a
    # Thursday vote ahead; a background sentence names a month only.
    {
        "title": "Troops leave Kharkiv",
        "source": "Kyiv Ledger",
        "published_at": "2022-05-14T20:00:00+03:00",
        "body": "Russian troops withdrew from the outskirts of Kharkiv on Saturday, the "
        "regional governor said. The shelling of the city had gone on since February.",
    },
    {
        "title": "Kharkiv breathes again",
        "source": "Northern Wire",
        "published_at": "2022-05-15T08:00:00+01:00",
        "body": "The governor said on Sunday that troops withdrew from around Kharkiv on "
        "Saturday after weeks of fighting. Residents returned to the market.",
    },
    {
        "title": "A quiet Sunday in Kharkiv",
        "source": "Evening Courier",
        "published_at": "2022-05-15T18:00:00+00:00",
        "body": "Russian forces pulled back from Kharkiv on Saturday, according to the governor. "
        "Parliament will vote on the aid package on Thursday, May 19.",
    },
    {
        "title": "A week on",
        "source": "Kyiv Ledger",
        "published_at": "2022-05-21T10:00:00+03:00",
        "body": "A week after troops withdrew from Kharkiv on May 14, shops reopened in the "
        "northern districts of the city.",
    },
]


@pytest.fixture
def stored(db):
    for article in ARTICLES:
        ingest_article(article)
    return db


WINDOW = EventFilter(start=datetime(2022, 5, 1, tzinfo=UTC), end=datetime(2022, 6, 1, tzinfo=UTC))


def test_the_most_reported_day_is_picked_with_its_central_sentence(stored):
    days = digest(WINDOW, dates=1, sentences=1)
    assert [d.date for d in days] == [date(2022, 5, 14)]
    assert "Kharkiv" in days[0].sentences[0]
    assert len(days[0].events) == 4  # every report of that Saturday


def test_articles_published_on_a_day_are_its_coverage_even_without_naming_it(stored):
    def score_of(day):
        return {d.date: d.score for d in digest(WINDOW, dates=10, sentences=1)}[day]

    vote = date(2022, 5, 19)
    before = score_of(vote)
    for title, published in (
        ("Aid passes", "2022-05-19T21:00:00+00:00"),
        ("After the vote", "2022-05-20T07:00:00+00:00"),
    ):
        ingest_article(
            {
                "title": title,
                "source": "Evening Courier",
                "published_at": published,
                "body": "Parliament approved the aid package by a wide margin.",
            }
        )
    assert score_of(vote) > before  # the same one reference, now news on its day
    # Their lead, which names no day, is a candidate summary of the day too.
    day = next(d for d in digest(WINDOW, dates=10, sentences=3) if d.date == vote)
    assert "Parliament approved the aid package by a wide margin." in day.sentences


def test_only_the_leading_sentences_of_the_day_s_articles_are_candidates(db):
    body = " ".join(
        [
            "The council closed the old bridge over the river on Monday, May 9.",
            *[f"Lead sentence number {n} explains the closure of the bridge." for n in (2, 3)],
            "The mayor promised on Friday, May 13, that repairs would begin.",
            "Background sentence number 5 about the history of the bridge.",
            "A sixth sentence about the bridge is beyond the lead of this report.",
        ]
    )
    ingest_article(
        {
            "title": "Bridge",
            "source": "Ledger",
            "published_at": "2022-05-10T09:00:00Z",
            "body": body,
        }
    )
    (day,) = digest(WINDOW, dates=1, sentences=10)
    assert day.date == date(2022, 5, 9)
    assert any("Lead sentence number 2" in s for s in day.sentences)
    assert not any("sixth" in s for s in day.sentences)
    # A lead sentence that names another day is that day's, not a summary of this one.
    assert not any("repairs" in s for s in day.sentences)


def test_days_come_in_time_order_and_filters_apply(stored):
    days = digest(WINDOW, dates=3, sentences=2)
    assert [d.date for d in days] == sorted(d.date for d in days)
    assert date(2022, 5, 19) in [d.date for d in days]  # the announced vote
    only_courier = digest(WINDOW, dates=5, sentences=1, sources=["Evening Courier"])
    assert {d.date for d in only_courier} == {date(2022, 5, 14), date(2022, 5, 19)}
    two = digest(WINDOW, dates=5, sentences=1, sources=["Evening Courier", "Northern Wire"])
    assert {d.date for d in two} >= {date(2022, 5, 14), date(2022, 5, 15)}
    assert digest(
        EventFilter(start=WINDOW.start, end=WINDOW.end, q="aid package"), dates=5, sentences=1
    )[0].date == date(2022, 5, 19)


def test_days_outside_the_window_are_not_picked(stored):
    window = EventFilter(
        start=datetime(2022, 5, 16, tzinfo=UTC), end=datetime(2022, 5, 21, tzinfo=UTC)
    )
    assert [d.date for d in digest(window, dates=5, sentences=1)] == [date(2022, 5, 19)]


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"dates": 0}, "dates"),
        ({"dates": 101}, "dates"),
        ({"sentences": 0}, "sentences"),
        ({"sentences": 11}, "sentences"),
        ({"method": "magic"}, "method"),
    ],
)
def test_bad_sizes_and_methods_name_the_parameter(db, kwargs, field):
    with pytest.raises(QueryError) as caught:
        digest(WINDOW, **kwargs)
    assert caught.value.field == field


# --- timeline digest ----------------------------------------------------------------------------


@pytest.fixture
def run(stored, database_url):
    from click.testing import CliRunner

    from timeline.cli import cli

    def invoke(*args: str):
        return CliRunner().invoke(cli, ["digest", *args, "--database-url", database_url])

    return invoke


def test_the_command_prints_days_and_sentences(run):
    result = run("--from", "2022-05-01", "--to", "2022-06-01", "--dates", "1", "-k", "1")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].startswith("2022-05-14  (score ")
    assert lines[1].startswith("  - ") and "Kharkiv" in lines[1]
    assert len(lines) == 2


def test_the_command_prints_the_api_json_with_repeated_sources(run):
    result = run("--json", "--source", "Evening Courier", "--source", "Northern Wire")
    assert result.exit_code == 0, result.output
    body = json.loads(result.stdout)
    assert [d["date"] for d in body["dates"]][:1] == ["2022-05-14"]
    assert set(body["dates"][0]) == {"date", "score", "sentences", "happenings"}


def test_the_command_names_a_bad_window(run):
    result = run("--from", "2022-06-01", "--to", "2022-05-01")
    assert result.exit_code == 2
    assert "--to" in result.output and "empty" in result.output
    empty = run("--from", "2030-01-01")
    assert empty.exit_code == 0 and "no dated events" in empty.output


# --- happenings and places ------------------------------------------------------------------------


def test_each_day_lists_the_happenings_of_its_events_most_important_first(stored):
    from timeline.store import Happening, HappeningEvent

    (saturday,) = digest(WINDOW, dates=1, sentences=1)
    assert saturday.happenings
    importance = {h.id: h.importance for h in Happening.select()}
    assert [importance[h] for h in saturday.happenings] == sorted(
        (importance[h] for h in saturday.happenings), reverse=True
    )
    members = {
        link.event_id
        for link in HappeningEvent.select().where(HappeningEvent.happening.in_(saturday.happenings))
    }
    assert set(saturday.events) <= members  # every report of the day is in one of them
    # The three outlets' reports of the withdrawal are one happening.
    sources = {
        link.event.article.source
        for link in HappeningEvent.select().where(
            HappeningEvent.happening == saturday.happenings[0]
        )
    }
    assert len(sources) >= 2


def test_a_place_keeps_the_days_of_its_happenings(stored):
    at_kharkiv = digest(WINDOW, dates=5, sentences=1, place="Kharkov")  # another of its names
    assert date(2022, 5, 14) in [d.date for d in at_kharkiv]
    from dataclasses import replace

    assert digest(replace(WINDOW, place="Kharkov"), dates=5, sentences=1) == at_kharkiv
    assert digest(WINDOW, dates=5, sentences=1, place="Lviv") == []
    with pytest.raises(QueryError) as caught:
        digest(WINDOW, place="Qwzxville")
    assert caught.value.field == "place"


@pytest.mark.parametrize("sources", [(), ("Kyiv Ledger",), ("Kyiv Ledger", "Northern Wire")])
def test_the_lean_read_finds_the_references_the_event_pages_give(stored, sources, monkeypatch):
    from dataclasses import replace

    from timeline.happenings.digest import _references
    from timeline.queries import iter_events

    window = EventFilter(
        start=datetime(2022, 5, 13, 12, tzinfo=UTC), end=datetime(2022, 5, 20, tzinfo=UTC)
    )
    pages = [
        replace(window, basis="expression", coarsest="day", source=name) for name in sources
    ] or [replace(window, basis="expression", coarsest="day")]
    expected = sorted(
        (r.event_id, r.article_id, r.day, r.published)
        for flt in pages
        for r in references_from_events(iter_events(flt))
    )
    lean = sorted(
        (r.event_id, r.article_id, r.day, r.published) for r in _references(window, sources)
    )
    assert lean == expected and lean
    # With a text search the digest reads through the event pages; the days agree (a search
    # that every event passes: the word search planned as no search at all).
    from timeline.queries import events as event_queries

    lean_days = [d.date for d in digest(window, dates=3, sentences=1, sources=sources)]
    monkeypatch.setattr(event_queries, "_search_plan", lambda flt, **_: event_queries._Search(""))
    assert lean_days == [
        d.date for d in digest(replace(window, q="any"), dates=3, sentences=1, sources=sources)
    ]
