"""A fourteenth file of blind event-interval cases (session 38), written by hand from DESIGN.md's
temporal contract and docs/temporal.md ("Signals", "Document types and the story time",
"Modifiers narrow by thirds") before the tagger was run on them, on what batches 1-13 covered
least: "by" deadlines ahead (a weekday, "the end of the month", a year, "noon Thursday", a clock
time in a zone after the end of US summer time, "mid-April" after a reported "would", a fronted
"By the end of next year,") and in a past clause ("By the end of 2019, ... had", "back at full
capacity by late March"); "no later than" (a weekday, the end of a year, a clock time after a
directive, a day of a month); "as of" (a weekday, a clock time in a zone) and "as early as"
(ahead, after "since", in a past perfect); "starting"/"beginning" X alone, with a duration and
with a clock time in a zone on the night Europe's clocks go back, and in a past clause; "after"
and "before" X in past and future clauses (over, ahead, a clock time, the end of a year, "ahead
of" a possessive weekday and a holiday); "within" durations (ahead, "within D of X", "within D
of" an event, a past clause); "over the weekend" past and future; "the rest (remainder) of the
week/year/month"; "earlier this month/year", "so far this year/month", "year to date"; clock
ranges with "to", "-" and "through" in zones and across summer time changes; and narratives with
"until his death in 1987"."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from interval_cases import day as _day
from interval_cases import events as _events
from interval_cases import hour as _hour
from interval_cases import local as _local
from interval_cases import month as _month
from interval_cases import pub as _pub
from interval_cases import span as _span
from interval_cases import utc as _utc
from interval_cases import year as _year

MON = date(2027, 11, 8)  # a Monday: the US went back to standard time on Sunday 7 November
TUE = date(2026, 6, 16)  # a Tuesday in June
WED = date(2027, 3, 24)  # a Wednesday: Europe moves to summer time on Sunday 28 March
WED_DST = date(2027, 11, 3)  # a Wednesday: the US goes back to standard time on Sunday 7 November
THU = date(2026, 10, 1)  # a Thursday, the first of October
FRI = date(2027, 10, 29)  # a Friday: Europe goes back to standard time on Sunday 31 October
SAT = date(2026, 12, 12)  # a Saturday in December
SUN = date(2027, 5, 16)  # a Sunday in May

NY = "America/New_York"
LA = "America/Los_Angeles"
CHICAGO = "America/Chicago"
BERLIN = "Europe/Berlin"
LONDON = "Europe/London"
PARIS = "Europe/Paris"


def _ids(v):
    return v if isinstance(v, str) else ""


BY = [
    # --- by X, the clause not past: [publication, X.end)
    (
        "The company must repay the loan by Friday.",
        TUE,
        [_span(_utc(2026, 6, 16), _utc(2026, 6, 20))],
    ),
    # "the end of the month" is October's last third, its end the end of October
    (
        "Lawmakers hope to pass the bill by the end of the month.",
        THU,
        [_span(_utc(2026, 10, 1), _utc(2026, 11, 1))],
    ),
    (
        "The country aims to phase out coal by 2030.",
        SUN,
        [_span(_utc(2027, 5, 16), _utc(2031, 1, 1))],
    ),
    # a clock time ends it at the time it names
    (
        "Voters must register by noon Thursday.",
        MON,
        [_span(_utc(2027, 11, 8), _utc(2027, 11, 11, 12))],
    ),
    # 12 November is after the US clocks went back: 5 p.m. PST
    (
        "Applications are due by 5 p.m. Pacific time on Nov. 12.",
        WED_DST,
        [_span(_utc(2027, 11, 3), _local(LA, 2027, 11, 12, 17))],
    ),
    # a report's "would": the plan looks ahead; "mid-April" is its middle third, to the 21st
    (
        "The agency said it would announce a decision by mid-April.",
        WED,
        [_span(_utc(2027, 3, 24), _utc(2027, 4, 21))],
    ),
    (
        "By the end of next year, the line will carry 40,000 passengers a day.",
        FRI,
        [_span(_utc(2027, 10, 29), _utc(2029, 1, 1))],
    ),
    (
        "Ministers should reach a deal by the weekend.",
        TUE,
        [_span(_utc(2026, 6, 16), _utc(2026, 6, 22))],
    ),
    # --- by X in a past clause: X's own interval (the end of a year its last four months)
    (
        "By the end of 2019, the firm had opened 40 stores.",
        TUE,
        [_span(_utc(2019, 9, 1), _utc(2020, 1, 1))],
    ),
    # late March has begun on the 24th: this March's last third
    (
        "The refinery was back at full capacity by late March.",
        WED,
        [_span(_utc(2027, 3, 21), _utc(2027, 4, 1))],
    ),
]


@pytest.mark.parametrize(("body", "reference", "expected"), BY, ids=_ids)
def test_by(body, reference, expected):
    assert _events(body, reference) == expected


NO_LATER_THAN = [
    # --- no later than X: as until, [publication, X.end); a clock time ends it at the time
    (
        "Bids must be submitted no later than Monday.",
        FRI,
        [_span(_utc(2027, 10, 29), _utc(2027, 11, 2))],
    ),
    (
        "The plant has to shut no later than the end of 2028.",
        SAT,
        [_span(_utc(2026, 12, 12), _utc(2029, 1, 1))],
    ),
    # a directive told in the past looks ahead
    (
        "Troops were ordered to leave no later than 6 a.m. on Sunday.",
        THU,
        [_span(_utc(2026, 10, 1), _utc(2026, 10, 4, 6))],
    ),
    (
        "The ministry must respond no later than July 1.",
        SUN,
        [_span(_utc(2027, 5, 16), _utc(2027, 7, 2))],
    ),
]


@pytest.mark.parametrize(("body", "reference", "expected"), NO_LATER_THAN, ids=_ids)
def test_no_later_than(body, reference, expected):
    assert _events(body, reference) == expected


AS_OF = [
    # --- as of X: no signal of the table, X's own interval by the tense
    ("As of Wednesday, 1,200 homes were still without power.", SAT, [_day(2026, 12, 9)]),
    # 8 November is after the US clocks went back: 9 a.m. EST
    (
        "As of 9 a.m. ET, the storm was 200 miles off the coast.",
        datetime(2027, 11, 8, 16, 0, tzinfo=UTC),
        [_hour(NY, 2027, 11, 8, 9)],
    ),
    # --- as early as X: a qualifier; alone it looks ahead and X is the date
    ("The ruling could come as early as Thursday.", MON, [_day(2027, 11, 11)]),
    (
        "The minister said a vote could be held as early as next month.",
        TUE,
        [_month(2026, 7)],
    ),
    # after "since" it is since: [X.start, publication)
    (
        "Since as early as 2015, the ring has trafficked antiquities.",
        WED,
        [_span(_utc(2015, 1, 1), _utc(2027, 3, 24))],
    ),
    # a past perfect with a year: the month itself
    ("Engineers had warned of the fault as early as May 2021.", THU, [_month(2021, 5)]),
]


@pytest.mark.parametrize(("body", "reference", "expected"), AS_OF, ids=_ids)
def test_as_of(body, reference, expected):
    assert _events(body, reference) == expected


STARTING = [
    # --- starting/beginning X alone: X's own interval
    (
        "Beginning Monday, passengers will need a ticket to enter the platform.",
        THU,
        [_day(2026, 10, 5)],
    ),
    ("Starting next month, tenants will pay 4% more.", SAT, [_month(2027, 1)]),
    # the autumn of 2027: September to November
    (
        "Beginning in the autumn, the museum will charge for entry.",
        SUN,
        [_span(_utc(2027, 9, 1), _utc(2027, 12, 1))],
    ),
    # a past clause: the last January
    ("Starting in January, the firm cut 200 jobs.", SUN, [_month(2027, 1)]),
    # --- with a duration: [X.start, X.start + D)
    (
        "The road will be closed for ten days beginning Tuesday.",
        FRI,
        [_span(_utc(2027, 11, 2), _utc(2027, 11, 12))],
    ),
    # 11 p.m. CEST on Saturday 30 October is 21:00Z; five hours of elapsed time later is
    # 02:00Z, after the clocks went back at 01:00Z (03:00 CET)
    (
        "Starting at 11 p.m. Berlin time on Saturday, the payment system will be offline for "
        "five hours.",
        FRI,
        [_span(_local(BERLIN, 2027, 10, 30, 23), _utc(2027, 10, 31, 2))],
    ),
]


@pytest.mark.parametrize(("body", "reference", "expected"), STARTING, ids=_ids)
def test_starting(body, reference, expected):
    assert _events(body, reference) == expected


AFTER_BEFORE = [
    # --- after X over: [X.end, reference), a publication known only by its day ending with
    # that day; a clock time opens it at the time it names
    ("After Thursday, the markets calmed.", SUN, [_span(_utc(2027, 5, 14), _utc(2027, 5, 17))]),
    # "mid-June" is its middle third, over on the 21st
    (
        "After mid-June, rents began to fall.",
        SAT,
        [_span(_utc(2026, 6, 21), _utc(2026, 12, 13))],
    ),
    (
        "After 2 a.m., the shelling stopped.",
        datetime(2026, 10, 1, 9, 0, tzinfo=UTC),
        [_span(_utc(2026, 10, 1, 2), _utc(2026, 10, 1, 9))],
    ),
    # --- before/ahead of X ahead: [publication, X.start); X.end for a mod END
    (
        "Before Monday, the shelter will be moved to the school.",
        THU,
        [_span(_utc(2026, 10, 1), _utc(2026, 10, 5))],
    ),
    (
        "The treaty must be ratified before the end of the year.",
        TUE,
        [_span(_utc(2026, 6, 16), _utc(2027, 1, 1))],
    ),
    # a possessive weekday after "ahead of" is the coming one
    (
        "Police will close the bridge ahead of Saturday's march.",
        TUE,
        [_span(_utc(2026, 6, 16), _utc(2026, 6, 20))],
    ),
    (
        "The airline will add 40 flights ahead of Christmas.",
        SAT,
        [_span(_utc(2026, 12, 12), _utc(2026, 12, 25))],
    ),
    # --- before X over, after X ahead: one side open, the publication dates the sentence
    ("Before last summer, the pier drew few visitors.", THU, [_pub(THU)]),
    ("After the end of March, the subsidy will be cut.", WED, [_pub(WED)]),
]


@pytest.mark.parametrize(("body", "reference", "expected"), AFTER_BEFORE, ids=_ids)
def test_after_before(body, reference, expected):
    assert _events(body, reference) == expected


WITHIN = [
    # --- within D, the clause looks ahead: [publication, publication + D)
    (
        "The ministry will reply within two weeks.",
        WED,
        [_span(_utc(2027, 3, 24), _utc(2027, 4, 7))],
    ),
    # an intent before "to" looks ahead whatever its tense
    (
        "Officials hope to reopen the port within a month.",
        SUN,
        [_span(_utc(2027, 5, 16), _utc(2027, 6, 16))],
    ),
    # --- within D of X: [X.start, X.start + D); 2028 is a leap year, so 60 days end on 1 March
    (
        "Claims must be filed within 60 days of January 1.",
        FRI,
        [_span(_utc(2028, 1, 1), _utc(2028, 3, 1))],
    ),
    # --- within D of an event, and within D in a past clause: no interval, the publication
    ("Results must be certified within 48 hours of the vote.", THU, [_pub(THU)]),
    ("The blaze was put out within six hours.", FRI, [_pub(FRI)]),
]


@pytest.mark.parametrize(("body", "reference", "expected"), WITHIN, ids=_ids)
def test_within(body, reference, expected):
    assert _events(body, reference) == expected


STRETCHES = [
    # --- over the weekend: the last one in a past clause, the coming one ahead
    (
        "Over the weekend, vandals smashed 30 windows.",
        WED,
        [_span(_utc(2027, 3, 20), _utc(2027, 3, 22))],
    ),
    (
        "The two leaders will speak over the weekend.",
        THU,
        [_span(_utc(2026, 10, 3), _utc(2026, 10, 5))],
    ),
    # --- the rest (remainder) of a unit: from the publication day to the unit's end
    (
        "Rain is forecast for the rest of the week.",
        TUE,
        [_span(_utc(2026, 6, 16), _utc(2026, 6, 22))],
    ),
    (
        "The stadium will stay shut for the rest of the year.",
        THU,
        [_span(_utc(2026, 10, 1), _utc(2027, 1, 1))],
    ),
    (
        "The chef is on leave for the remainder of the month.",
        FRI,
        [_span(_utc(2027, 10, 29), _utc(2027, 11, 1))],
    ),
    # --- earlier this month (year): [unit start, end of the publication day)
    (
        "Earlier this month, the council approved the budget.",
        SUN,
        [_span(_utc(2027, 5, 1), _utc(2027, 5, 17))],
    ),
    (
        "The central bank raised rates earlier this year.",
        THU,
        [_span(_utc(2026, 1, 1), _utc(2026, 10, 2))],
    ),
    # --- so far this year (month), year to date: [unit start, end of the publication day)
    (
        "So far this year, 214 migrants have drowned.",
        SAT,
        [_span(_utc(2026, 1, 1), _utc(2026, 12, 13))],
    ),
    (
        "The index is up 9% year to date.",
        WED,
        [_span(_utc(2027, 1, 1), _utc(2027, 3, 25))],
    ),
    (
        "Exports have risen 3% so far this month.",
        MON,
        [_span(_utc(2027, 11, 1), _utc(2027, 11, 9))],
    ),
]


@pytest.mark.parametrize(("body", "reference", "expected"), STRETCHES, ids=_ids)
def test_stretches(body, reference, expected):
    assert _events(body, reference) == expected


ZONE_RANGES = [
    # --- clock ranges with the zone written once, after the end: both ends in that zone
    # Tuesday 9 November is after the US clocks went back: EST
    (
        "The polls will be open from 7 a.m. to 7 p.m. ET on Tuesday.",
        WED_DST,
        [_span(_local(NY, 2027, 11, 9, 7), _local(NY, 2027, 11, 9, 19))],
    ),
    # over the night the US clocks go back: 11 p.m. EDT to 5 a.m. EST, seven hours
    (
        "Maintenance runs from 11 p.m. Saturday to 5 a.m. Sunday Eastern time.",
        WED_DST,
        [_span(_local(NY, 2027, 11, 6, 23), _local(NY, 2027, 11, 7, 5))],
    ),
    # Monday 1 November is after Britain's clocks went back: GMT
    (
        "The office is open 9 a.m.-5 p.m. London time on Monday.",
        FRI,
        [_span(_local(LONDON, 2027, 11, 1, 9), _local(LONDON, 2027, 11, 1, 17))],
    ),
    # over the night Europe's clocks go forward: 10 p.m. CET to 4 a.m. CEST, five hours
    (
        "The line will be closed from 10 p.m. on Saturday to 4 a.m. on Sunday Paris time.",
        WED,
        [_span(_local(PARIS, 2027, 3, 27, 22), _local(PARIS, 2027, 3, 28, 4))],
    ),
    (
        "The auction runs from 10 a.m. through 2 p.m. Central time on Saturday.",
        SUN,
        [_span(_local(CHICAGO, 2027, 5, 22, 10), _local(CHICAGO, 2027, 5, 22, 14))],
    ),
]


@pytest.mark.parametrize(("body", "reference", "expected"), ZONE_RANGES, ids=_ids)
def test_zone_ranges(body, reference, expected):
    assert _events(body, reference) == expected


LIVES = [
    # --- until a death told from a distance ("until his death in 1987"): "until" governs the
    # year; in a past clause the event ends then, X's own interval
    (
        "The poet moved to Lisbon in 1952. He lived there until his death in 1987.",
        TUE,
        [_year(1952), _year(1987)],
    ),
    ("She taught at the conservatory until her death in March 1994.", SAT, [_month(1994, 3)]),
    ("Until his death in 2003, the composer refused to record the piece.", WED, [_year(2003)]),
    ("The ship sailed under the Greek flag until she was scrapped in 1974.", MON, [_year(1974)]),
    # a range from a year to the death: [X.start, Y.end)
    (
        "He served as mayor from 1971 until his death in 1987.",
        FRI,
        [_span(_utc(1971, 1, 1), _utc(1988, 1, 1))],
    ),
]


@pytest.mark.parametrize(("body", "reference", "expected"), LIVES, ids=_ids)
def test_lives(body, reference, expected):
    assert _events(body, reference) == expected
