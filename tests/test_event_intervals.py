"""The issue's table of event intervals, pinned with the real tagger through extraction: how
signals ("since at least", "until"), tense ("From Monday to Wednesday" in a past sentence),
present-perfect durations and noun modifiers shape the interval a sentence is dated by."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from timeline.extraction import extract

SAT = date(2022, 5, 14)  # a Saturday


def _utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def _events(body: str, reference) -> list[tuple[datetime, datetime, str]]:
    return [
        (e.start.astimezone(UTC), e.end.astimezone(UTC), e.basis)
        for e in extract(body, reference).events
    ]


@pytest.mark.parametrize(
    ("body", "reference", "expected"),
    [
        # a range in a past sentence is the past one: Mon 9 to Wed 11 May, not 16-18
        (
            "From Monday to Wednesday, troops advanced.",
            SAT,
            [(_utc(2022, 5, 9), _utc(2022, 5, 12), "expression")],
        ),
        # s25-policy: "within <duration> of <date>": the span of that length the date opens
        (
            "Firms must register within 30 days of 1 July.",
            date(2026, 3, 4),
            [(_utc(2026, 7, 1), _utc(2026, 7, 31), "expression")],
        ),
        # s25-travel: a day named, then "until" a clock time of it or of the small hours after
        # it: the stretch runs from that day, not from the publication, to the clock time
        (
            "On New Year's Eve, extra trains will run every 30 minutes until 02:00.",
            datetime(2026, 11, 26, 10, tzinfo=UTC),
            [(_utc(2026, 12, 31), _utc(2027, 1, 1, 2), "expression")],
        ),
        (
            "On Friday the pub will stay open until 3am.",
            SAT,
            [(_utc(2022, 5, 20), _utc(2022, 5, 21, 3), "expression")],
        ),
        (
            "The road will be closed on Sunday until 5pm.",
            SAT,
            [(_utc(2022, 5, 15), _utc(2022, 5, 15, 17), "expression")],
        ),
        # s25-travel: "within D" after a verb of intent and its infinitive looks ahead, whatever
        # the tense of the verb ("said they hoped to name him within 24 hours")
        (
            "Police said they hoped to name the injured man within 24 hours.",
            datetime(2025, 10, 27, 11, tzinfo=UTC),
            [(_utc(2025, 10, 27, 11), _utc(2025, 10, 28, 11), "expression")],
        ),
        (
            "The mayor vowed to rebuild the school within a year.",
            datetime(2025, 10, 27, 11, tzinfo=UTC),
            [(_utc(2025, 10, 27, 11), _utc(2026, 10, 27, 11), "expression")],
        ),
        # "until" in a future clause runs from the publication to the end of the day
        (
            "The talks will last until Friday.",
            SAT,
            [(_utc(2022, 5, 14), _utc(2022, 5, 21), "expression")],
        ),
        # ... and in a past clause it is the day the event ended
        (
            "The talks lasted until Friday.",
            SAT,
            [(_utc(2022, 5, 13), _utc(2022, 5, 14), "expression")],
        ),
        # "since (at least) X" runs from X to the publication
        (
            "The town has been under Russian control since at least the beginning of April.",
            SAT,
            [(_utc(2022, 4, 1), _utc(2022, 5, 14), "expression")],
        ),
        # a present-perfect duration ends at the publication
        (
            "Fighting has raged for three weeks.",
            SAT,
            [(_utc(2022, 4, 23), _utc(2022, 5, 14), "expression")],
        ),
        (
            "Shelling has continued for the past five days.",
            SAT,
            [(_utc(2022, 5, 9), _utc(2022, 5, 14), "expression")],
        ),
        # ... a past-perfect or plain one dates nothing by itself
        (
            "Fighting had raged for three weeks.",
            SAT,
            [(_utc(2022, 5, 14), _utc(2022, 5, 15), "publication")],
        ),
        # a year that modifies a noun names the budget, not the time of the approval
        (
            "The cabinet approved the 2026 budget draft on Wednesday.",
            date(2025, 9, 19),
            [(_utc(2025, 9, 17), _utc(2025, 9, 18), "expression")],
        ),
        # ... unless a preposition makes the phrase locate the event
        ("He won in the 2020 election.", SAT, [(_utc(2020, 1, 1), _utc(2021, 1, 1), "expression")]),
        (
            "Officials discussed the 2023 budget.",
            SAT,
            [(_utc(2022, 5, 14), _utc(2022, 5, 15), "publication")],
        ),
        # a date still ahead in a wish or plan, however past the main verb; "before" it runs
        # from the publication up to its start
        (
            "They noted the Kremlin's wish to present a victory before May 9.",
            date(2022, 4, 21),
            [(_utc(2022, 4, 21), _utc(2022, 5, 9), "expression")],
        ),
        (
            "The vote is planned in the week of 6 October.",
            date(2025, 9, 19),
            [(_utc(2025, 10, 6), _utc(2025, 10, 13), "expression")],
        ),
        # a year range with a dash is one event from the first year to the end of the second
        (
            "From 2010-2015 he led the agency.",
            SAT,
            [(_utc(2010, 1, 1), _utc(2016, 1, 1), "expression")],
        ),
        (
            "Attendance rose in the 2014-15 season.",
            SAT,
            [(_utc(2014, 1, 1), _utc(2016, 1, 1), "expression")],
        ),
        # a past range of weekdays is over: Tuesday 3 to Sunday 8 May, not into next week
        (
            "The festival ran Tuesday through Sunday.",
            SAT,
            [(_utc(2022, 5, 3), _utc(2022, 5, 9), "expression")],
        ),
        # the wire-service clock with its zone and day
        (
            "Voting closed at 1900 GMT on Friday.",
            SAT,
            [(_utc(2022, 5, 13, 19), _utc(2022, 5, 13, 19, 1), "expression")],
        ),
        # hours after the story's clock time
        (
            "The blast hit at 9:40 a.m. Two hours later, police sealed the street.",
            SAT,
            [
                (_utc(2022, 5, 14, 9, 40), _utc(2022, 5, 14, 9, 41), "expression"),
                (_utc(2022, 5, 14, 11, 40), _utc(2022, 5, 14, 11, 41), "expression"),
            ],
        ),
    ],
    ids=lambda v: v if isinstance(v, str) else "",
)
def test_event_interval(body, reference, expected):
    assert _events(body, reference) == expected


def test_a_stated_zone_and_day_bind_to_the_clock_time():
    monday = datetime(2025, 10, 6, 15, 40, tzinfo=timezone(timedelta(hours=-7)))
    events = extract("The hearing opens at 10 a.m. Eastern time on Wednesday.", monday).events
    assert [(e.start.isoformat(), e.end.isoformat()) for e in events] == [
        ("2025-10-08T10:00:00-04:00", "2025-10-08T11:00:00-04:00")
    ]
    kyiv = extract(
        "The sirens sounded at 10:30 a.m. Kyiv time.", datetime(2022, 4, 8, 12, tzinfo=UTC)
    ).events
    assert [(e.start.astimezone(UTC), e.end.astimezone(UTC)) for e in kyiv] == [
        (_utc(2022, 4, 8, 7, 30), _utc(2022, 4, 8, 7, 31))
    ]


def test_a_narrative_dates_its_events_in_the_story_year():
    body = "The war in Europe began in 1939. In September, Germany invaded Poland."
    events = extract(body, date(2024, 5, 1), document_type="narrative").events
    assert [(e.start.astimezone(UTC), e.end.astimezone(UTC)) for e in events] == [
        (_utc(1939, 1, 1), _utc(1940, 1, 1)),
        (_utc(1939, 9, 1), _utc(1939, 10, 1)),
    ]


THU = date(2022, 5, 20)  # a Friday: "Thursday" is May 19


def _days(body: str, reference: date) -> list[tuple[date, date]]:
    return [
        (e.start.astimezone(UTC).date(), e.end.astimezone(UTC).date())
        for e in extract(body, reference).events
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # an adverbial clause with its own verb ("since the war started on ...")
        (
            "Lawmakers voted 70 to 20 on Thursday for the loan, the biggest one since the war "
            "started on March 2.",
            [(date(2022, 5, 19), date(2022, 5, 20))],
        ),
        (
            "After the border closed in early April, the ferry resumed service on Thursday.",
            [(date(2022, 5, 19), date(2022, 5, 20))],
        ),
        # a relative clause, non-restrictive or restrictive
        (
            "The mayor, who visited the plant on Monday, resigned on Thursday.",
            [(date(2022, 5, 19), date(2022, 5, 20))],
        ),
        (
            "The pact, which was signed in 2019, lapsed on Thursday.",
            [(date(2022, 5, 19), date(2022, 5, 20))],
        ),
        (
            "The last bus left on Thursday, ending an airlift that began two weeks earlier.",
            [(date(2022, 5, 19), date(2022, 5, 20))],
        ),
        # a superlative's "since" bounds the comparison
        (
            "Prices fell on Thursday, the sharpest drop since March 8.",
            [(date(2022, 5, 19), date(2022, 5, 20))],
        ),
        # a date modifying an event noun after a preposition
        (
            "Following the April 30 blast, the bridge reopened on Thursday.",
            [(date(2022, 5, 19), date(2022, 5, 20))],
        ),
    ],
    ids=lambda v: v if isinstance(v, str) else "",
)
def test_a_subordinate_expression_does_not_date_the_main_event(body, expected):
    assert _days(body, THU) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # with nothing in the main clause, the subordinate date is the best there is
        (
            "The pact, which was signed in 2019, lapsed.",
            [(date(2019, 1, 1), date(2020, 1, 1))],
        ),
        # a main clause after a relative clause without commas is the main clause again
        (
            "The man who was arrested in March said on Thursday that he was innocent.",
            [(date(2022, 5, 19), date(2022, 5, 20))],
        ),
        # a bare "since"/"after" + date is a preposition, not a clause: it dates the event
        (
            "Shelling has continued since March 8.",
            [(date(2022, 3, 8), date(2022, 5, 20))],
        ),
        # two coordinated main clauses keep their own dates
        (
            "The House voted on Tuesday, and the Senate voted on Thursday.",
            [(date(2022, 5, 17), date(2022, 5, 18)), (date(2022, 5, 19), date(2022, 5, 20))],
        ),
        # a reported clause ("said ... that") is not a relative clause
        (
            "Officials said on Thursday that troops had advanced since Monday.",
            [(date(2022, 5, 19), date(2022, 5, 20)), (date(2022, 5, 16), date(2022, 5, 20))],
        ),
    ],
    ids=lambda v: v if isinstance(v, str) else "",
)
def test_main_clause_expressions_still_date_the_sentence(body, expected):
    assert _days(body, THU) == expected


def test_a_gerund_clause_does_not_date_the_main_event():
    body = "A court fined the driver on Thursday for injuring a cyclist on May 2."
    assert _days(body, THU) == [(date(2022, 5, 19), date(2022, 5, 20))]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # before X still ahead: from the publication up to X ("prior to", "ahead of" alike)
        ("The law must pass before May 29.", (_utc(2022, 5, 14), _utc(2022, 5, 29), "expression")),
        (
            "Officials want a deal prior to June 5.",
            (_utc(2022, 5, 14), _utc(2022, 6, 5), "expression"),
        ),
        (
            "Crews will finish ahead of Friday.",
            (_utc(2022, 5, 14), _utc(2022, 5, 20), "expression"),
        ),
        # "before the end of the year": until the year is over, not until its last third begins
        (
            "The treaty must be ratified before the end of the year.",
            (_utc(2022, 5, 14), _utc(2023, 1, 1), "expression"),
        ),
        # after X that is over: from the end of X up to the publication, which a reference
        # given as a day ends with that day (the publication day is still open)
        (
            "After March 3, prices fell sharply.",
            (_utc(2022, 3, 4), _utc(2022, 5, 15), "expression"),
        ),
        (
            "After Friday's vote, the party split.",
            (_utc(2022, 5, 14), _utc(2022, 5, 15), "expression"),
        ),
        # a duration before the signal moves X: the event is on that day
        (
            "Three days after May 9, the talks resumed.",
            (_utc(2022, 5, 12), _utc(2022, 5, 13), "expression"),
        ),
        (
            "A week before Christmas, prices fell.",
            (_utc(2021, 12, 18), _utc(2021, 12, 19), "expression"),
        ),
        (
            "Two months after January 31, the plant closed.",
            (_utc(2022, 3, 31), _utc(2022, 4, 1), "expression"),
        ),
        # the side the text leaves open and the publication cannot close: not placed on X (the
        # event is not on February 24, nor on May 20); the sentence falls back to the publication
        (
            "Before February 24, the city had 1.4 million residents.",
            (_utc(2022, 5, 14), _utc(2022, 5, 15), "publication"),
        ),
        (
            "The plant will reopen after May 20.",
            (_utc(2022, 5, 14), _utc(2022, 5, 15), "publication"),
        ),
    ],
    ids=lambda v: v if isinstance(v, str) else "",
)
def test_before_and_after_bound_the_event_on_one_side(body, expected):
    assert _events(body, SAT) == [expected]


def test_before_and_after_keep_the_expression_its_own_interval():
    """The signal shapes the event's interval, never the expression's."""
    from timeline.temporal import tag

    (timex,) = tag("Before February 24, the city had 1.4 million residents.", SAT)
    assert (timex.text, timex.signal, timex.value) == ("February 24", "before", "2022-02-24")
    assert timex.interval is not None and timex.interval.start == _utc(2022, 2, 24)


WED = date(2025, 3, 12)  # a Wednesday


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "since" governs the date of the event it names: from that date to the publication
        (
            "The mine has been closed since the explosion in January.",
            [(_utc(2025, 1, 1), _utc(2025, 3, 12), "expression")],
        ),
        (
            "Since the war began in February 2022, millions have fled.",
            [(_utc(2022, 2, 1), _utc(2025, 3, 12), "expression")],
        ),
        (
            "Since taking office in 2021, he has vetoed six bills.",
            [(_utc(2021, 1, 1), _utc(2025, 3, 12), "expression")],
        ),
        # ... and "until" from the publication to the end of that date, in a clause ahead
        (
            "The road will stay closed until the repairs in May.",
            [(_utc(2025, 3, 12), _utc(2025, 6, 1), "expression")],
        ),
        # the duration since an event ends now
        (
            "Prices have tripled in the two months since the election.",
            [(_utc(2025, 1, 12), _utc(2025, 3, 12), "expression")],
        ),
        # a causal "since" leaves the date as it is
        (
            "Since we will meet on Friday, the talks can wait.",
            [(_utc(2025, 3, 14), _utc(2025, 3, 15), "expression")],
        ),
        # a start and a duration: the event lasts that long from the start
        (
            "The plant will be shut for two weeks starting Monday.",
            [(_utc(2025, 3, 17), _utc(2025, 3, 31), "expression")],
        ),
        (
            "The exhibition opens on March 20 and runs for six weeks.",
            [(_utc(2025, 3, 20), _utc(2025, 5, 1), "expression")],
        ),
        (
            "The trial opens on Monday and will last three weeks.",
            [(_utc(2025, 3, 17), _utc(2025, 4, 7), "expression")],
        ),
        # "within" a duration ahead: from the publication to its end; in the past, unplaced
        (
            "Officials said the water would be restored within 48 hours.",
            [(_utc(2025, 3, 12), _utc(2025, 3, 14), "expression")],
        ),
        (
            "The fire was contained within 48 hours.",
            [(_utc(2025, 3, 12), _utc(2025, 3, 13), "publication")],
        ),
        # a phrase between commas that modifies the subject does not date the main event
        (
            "The ban, in place since 2019, was lifted on Tuesday.",
            [(_utc(2025, 3, 11), _utc(2025, 3, 12), "expression")],
        ),
        (
            "The company, founded in 1998, said on Monday it would cut jobs.",
            [(_utc(2025, 3, 10), _utc(2025, 3, 11), "expression")],
        ),
        (
            "The mayor (elected in 2021) resigned on Tuesday.",
            [(_utc(2025, 3, 11), _utc(2025, 3, 12), "expression")],
        ),
        # ... but alone it is still the best date there is
        (
            "The ban, in place since 2019, was lifted.",
            [(_utc(2019, 1, 1), _utc(2025, 3, 12), "expression")],
        ),
    ],
    ids=lambda v: v if isinstance(v, str) else "",
)
def test_signals_at_a_distance_and_durations_shape_the_event(body, expected):
    assert _events(body, WED) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a year or date after "for the" and before a noun names what the event is for: it
        # dates the sentence only when nothing else in its clause does (purpose_prepositions.tsv)
        (
            "Parties on Monday registered candidates for the 2027 elections.",
            [(_utc(2025, 3, 10), _utc(2025, 3, 11), "expression")],
        ),
        (
            "Rehearsals for the May 9 parade started on Tuesday.",
            [(_utc(2025, 3, 11), _utc(2025, 3, 12), "expression")],
        ),
        (
            "Bids for the 2036 Olympics close next month.",
            [(_utc(2025, 4, 1), _utc(2025, 5, 1), "expression")],
        ),
        (
            "Work towards the 2030 climate targets slowed last year.",
            [(_utc(2024, 1, 1), _utc(2025, 1, 1), "expression")],
        ),
        # ... alone it is still the best date there is, and another clause keeps its own
        (
            "Turnout for the 2020 election was high.",
            [(_utc(2020, 1, 1), _utc(2021, 1, 1), "expression")],
        ),
        (
            "The board met on Monday, and tickets for the 2028 games sold out.",
            [
                (_utc(2025, 3, 10), _utc(2025, 3, 11), "expression"),
                (_utc(2028, 1, 1), _utc(2029, 1, 1), "expression"),
            ],
        ),
    ],
    ids=lambda v: v if isinstance(v, str) else "",
)
def test_a_date_of_purpose_does_not_date_the_main_event(body, expected):
    assert _events(body, WED) == expected


@pytest.mark.parametrize(
    ("body", "reference"),
    [
        # a present-perfect duration that reaches back before year 1 (TimeBank's
        # PRI19980121.2000.2591: "more than two thousand years") made extraction, and with it
        # ingestion, raise "year -2 is out of range"
        ("The dispute has simmered for more than two thousand years.", date(1998, 1, 21)),
        ("The faith has been practised for 2,500 years.", date(1998, 1, 21)),
        # and one that would end after year 9999
        ("The vault will stay sealed for 9000 years.", date(2026, 1, 1)),
    ],
)
def test_a_span_beyond_the_calendar_dates_the_sentence_by_its_publication(body, reference):
    start = datetime.combine(reference, datetime.min.time(), UTC)
    assert _events(body, reference) == [(start, start + timedelta(days=1), "publication")]


SUN = date(2025, 11, 16)  # a Sunday


@pytest.mark.parametrize(
    ("body", "reference", "expected"),
    [
        # s30-intervals (blind_6): "in the run-up to", "lead-up to", "leading up to" X is before
        # X (signals.tsv), not until it: from the publication to X's start when X is ahead, and
        # nothing of its own when X is over
        (
            "Shops will hire extra staff in the run-up to Christmas.",
            SUN,
            [(_utc(2025, 11, 16), _utc(2025, 12, 25), "expression")],
        ),
        (
            "Police will be on alert in the days leading up to Friday.",
            SUN,
            [(_utc(2025, 11, 16), _utc(2025, 11, 21), "expression")],
        ),
        (
            "Stocks rose in the run-up to Wednesday's rate decision.",
            SUN,
            [(_utc(2025, 11, 16), _utc(2025, 11, 17), "publication")],
        ),
        (
            "Turnout fell in the lead-up to Sunday.",
            SUN,
            [(_utc(2025, 11, 16), _utc(2025, 11, 17), "publication")],
        ),
        # s30-intervals: after a clock time, the event begins at the time it names (a point, as
        # "until 5 p.m." ends at 17:00), not when its hour is over
        (
            "After 9 p.m., the streets emptied.",
            SUN,
            [(_utc(2025, 11, 16, 21), _utc(2025, 11, 17), "expression")],
        ),
        (
            "After 2:30 p.m. on Friday, trading was halted.",
            SUN,
            [(_utc(2025, 11, 14, 14, 30), _utc(2025, 11, 17), "expression")],
        ),
        (
            "No one was allowed in after 6 p.m.",
            datetime(2025, 11, 16, 22, tzinfo=UTC),
            [(_utc(2025, 11, 16, 18), _utc(2025, 11, 16, 22), "expression")],
        ),
        # s30-intervals: participles that are the base form or no past form ("has run", "have
        # sunk", perfect_participles.tsv) make a present perfect
        (
            "She has run the company for 18 months.",
            SUN,
            [(_utc(2024, 5, 16), _utc(2025, 11, 16), "expression")],
        ),
        (
            "Rebels have run the town for six weeks.",
            SUN,
            [(_utc(2025, 10, 5), _utc(2025, 11, 16), "expression")],
        ),
        (
            "The station has broadcast for 50 years.",
            SUN,
            [(_utc(1975, 11, 16), _utc(2025, 11, 16), "expression")],
        ),
        (
            "She has learnt Welsh for two years.",
            SUN,
            [(_utc(2023, 11, 16), _utc(2025, 11, 16), "expression")],
        ),
        (
            "The shares have sunk for three weeks.",
            SUN,
            [(_utc(2025, 10, 26), _utc(2025, 11, 16), "expression")],
        ),
    ],
    ids=lambda v: v if isinstance(v, str) else "",
)
def test_session_30_families(body, reference, expected):
    assert _events(body, reference) == expected


JAN_WED = date(2026, 1, 28)  # a Wednesday


@pytest.mark.parametrize(
    ("body", "reference", "expected"),
    [
        # s31-intervals (blind_7): a conjunction or a relative after an expression that begins
        # with "the" ends the compound of a noun modifier (modifier_compound_blockers.tsv): the
        # expression dates the sentence (was the publication: "month if no deal" read as "the
        # 2026 budget deal")
        (
            "The strike would last until the end of the month if no deal is reached.",
            JAN_WED,
            [(_utc(2026, 1, 28), _utc(2026, 2, 1), "expression")],
        ),
        (
            "Trading will stay suspended until the end of the week while rival bids are weighed.",
            JAN_WED,
            [(_utc(2026, 1, 28), _utc(2026, 2, 2), "expression")],
        ),
        (
            "Rates will stay on hold until the end of the year if inflation targets are met.",
            JAN_WED,
            [(_utc(2026, 1, 28), _utc(2027, 1, 1), "expression")],
        ),
        (
            "The border stays shut until the end of the month since no agreement exists.",
            JAN_WED,
            [(_utc(2026, 1, 28), _utc(2026, 2, 1), "expression")],
        ),
        # still a modifier: a compound without such a word
        (
            "Ministers approved the 2027 spending plan on Tuesday.",
            JAN_WED,
            [(_utc(2026, 1, 27), _utc(2026, 1, 28), "expression")],
        ),
    ],
    ids=lambda v: v if isinstance(v, str) else "",
)
def test_session_31_families(body, reference, expected):
    assert _events(body, reference) == expected
