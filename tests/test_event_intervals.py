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
        # a date still ahead in a wish or plan, however past the main verb
        (
            "They noted the Kremlin's wish to present a victory before May 9.",
            date(2022, 4, 21),
            [(_utc(2022, 5, 9), _utc(2022, 5, 10), "expression")],
        ),
        (
            "The vote is planned in the week of 6 October.",
            date(2025, 9, 19),
            [(_utc(2025, 10, 6), _utc(2025, 10, 13), "expression")],
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
