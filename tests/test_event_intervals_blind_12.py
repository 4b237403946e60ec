"""A twelfth file of blind event-interval cases (session 36), written by hand from DESIGN.md's
temporal contract and docs/temporal.md ("Signals", "Document types and the story time",
"Modifiers narrow by thirds") before the tagger was run on them, on what batches 1-11 covered
least: stretches ahead of the publication ("over the next three days", "for the next two
weeks", "in the next 48 hours", "within the next six weeks", "two weeks from Friday", "ten days
from now"); "earlier this month", "later this month", "later this year", "earlier this summer"
and a report said "earlier this month"; "within N days" after an obligation, a pledge and a
past verb, "within D of X"; "as of", "starting", "beginning (in, on, at)" alone and with a
duration, with a clock time in a zone; "no later than", "before" and "after" in past and future
clauses (an X over, an X ahead, a clock time, "shortly after 3 a.m.", "D before/after X");
clock-time ranges in a zone and across days ("between 9 and 11 a.m. PT on Thursday", "from 10
p.m. ET Friday until 4 a.m. ET Monday" over the start of US summer time, "between 1 and 2 p.m.
London time on Monday" after Europe's clocks go back, "from Thursday 6 p.m. to Monday 8 a.m.");
"overnight into Sunday" by tense and "from Friday night into Saturday morning"; events in a
background story ("Over the next three weeks", "until 19 March", "Between 12 and 15 June",
"Starting in March", "As of April 1") and back at the publication after a paragraph; a sentence
dated by the expression that anchors its main event, not a noun modifier or an owner ("the 2028
budget", "Last year's winner", "Monday's vote was postponed until Friday"); and chat ("from now
til fri", "till the end of the month", "for the next 2 hrs")."""

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

MON = date(2026, 3, 2)  # a Monday: the US moves to summer time on Sunday 8 March
TUE = date(2027, 3, 16)  # a Tuesday: the US on summer time since 14 March, Europe not yet
WED = date(2026, 10, 28)  # a Wednesday: Europe back on winter time, the US not until 1 November
THU = date(2027, 6, 10)  # a Thursday: Easter was 28 March
FRI = date(2026, 12, 11)  # a Friday in December
SAT = date(2027, 10, 30)  # a Saturday: Europe's clocks go back on Sunday 31 October
SUN = date(2026, 2, 15)  # a Sunday in winter

NY = "America/New_York"
LA = "America/Los_Angeles"
BERLIN = "Europe/Berlin"


def _ids(v):
    return v if isinstance(v, str) else ""


AHEAD = [
    # --- the next D, the coming D, for the next D: [publication, publication + D)
    (
        "Over the next three days, ministers will tour the flooded region.",
        THU,
        [_span(_utc(2027, 6, 10), _utc(2027, 6, 13))],
    ),
    (
        "For the next two weeks, the bridge will carry a single lane.",
        FRI,
        [_span(_utc(2026, 12, 11), _utc(2026, 12, 25))],
    ),
    (
        "Forecasters expect 10 cm of rain in the next 48 hours.",
        datetime(2027, 3, 16, 14, 0, tzinfo=UTC),
        [_span(_utc(2027, 3, 16, 14), _utc(2027, 3, 18, 14))],
    ),
    (
        "The tribunal will deliver its ruling within the next six weeks.",
        SUN,
        [_span(_utc(2026, 2, 15), _utc(2026, 3, 29))],
    ),
    # --- D from X: one date
    ("The strike is due to end two weeks from Friday.", TUE, [_day(2027, 4, 2)]),
    ("Ten days from now, the border will reopen.", SAT, [_day(2027, 11, 9)]),
]


@pytest.mark.parametrize(("body", "reference", "expected"), AHEAD, ids=_ids)
def test_ahead(body, reference, expected):
    assert _events(body, reference) == expected


PARTS = [
    # --- earlier this month (year): [X.start, end of the publication day); later this X: [start
    # of the publication day, X.end)
    (
        "Earlier this month, the regulator fined the bank.",
        WED,
        [_span(_utc(2026, 10, 1), _utc(2026, 10, 29))],
    ),
    (
        "The court will rule on the appeal later this month.",
        TUE,
        [_span(_utc(2027, 3, 16), _utc(2027, 4, 1))],
    ),
    (
        "Later this year, the firm will list its shares in London.",
        THU,
        [_span(_utc(2027, 6, 10), _utc(2028, 1, 1))],
    ),
    # a season keeps its whole interval (docs/temporal.md: "later this fall", "earlier this
    # summer" are the season with no mod, their interval the whole season)
    (
        "Earlier this summer, wildfires burned 10,000 hectares.",
        THU,
        [_span(_utc(2027, 6, 1), _utc(2027, 9, 1))],
    ),
    # the saying is the event: its time is "earlier this month", not the rise
    (
        "The minister said earlier this month that taxes would rise.",
        FRI,
        [_span(_utc(2026, 12, 1), _utc(2026, 12, 12))],
    ),
]


@pytest.mark.parametrize(("body", "reference", "expected"), PARTS, ids=_ids)
def test_parts(body, reference, expected):
    assert _events(body, reference) == expected


WITHIN = [
    # --- within D where the clause looks ahead (an obligation, an intent and its infinitive)
    (
        "Ministers must respond to the petition within 21 days.",
        WED,
        [_span(_utc(2026, 10, 28), _utc(2026, 11, 18))],
    ),
    (
        "The airline pledged to refund passengers within 14 days.",
        MON,
        [_span(_utc(2026, 3, 2), _utc(2026, 3, 16))],
    ),
    # --- in a past clause: no interval of its own
    ("The blaze was brought under control within two hours.", FRI, [_pub(FRI)]),
    # --- within D of X: [X.start, X.start + D)
    (
        "Voters must register within 10 days of 1 March.",
        SUN,
        [_span(_utc(2026, 3, 1), _utc(2026, 3, 11))],
    ),
]


@pytest.mark.parametrize(("body", "reference", "expected"), WITHIN, ids=_ids)
def test_within(body, reference, expected):
    assert _events(body, reference) == expected


STARTING = [
    # --- as of X: X's own interval, by the tense
    ("As of Friday, 300 people had been evacuated.", TUE, [_day(2027, 3, 12)]),
    (
        "As of 6 p.m. ET on Sunday, the count stood at 412.",
        TUE,
        [_hour(NY, 2027, 3, 14, 18)],
    ),
    # --- starting/beginning X alone: X's own interval
    ("Starting Monday, buses will stop at the new terminal.", THU, [_day(2027, 6, 14)]),
    ("Beginning in March, fares will rise.", SUN, [_month(2026, 3)]),
    (
        "Starting next month, the bank will charge a fee for paper statements.",
        SAT,
        [_month(2027, 11)],
    ),
    # --- with a duration: [X.start, X.start + D)
    (
        "Starting Monday, the bridge will be closed for three weeks.",
        FRI,
        [_span(_utc(2026, 12, 14), _utc(2027, 1, 4))],
    ),
    (
        "Beginning on 1 July, the plant will run for 90 days.",
        THU,
        [_span(_utc(2027, 7, 1), _utc(2027, 9, 29))],
    ),
    # a clock time opens it at the time it names; 31 October is still summer time in New York
    (
        "Starting at 9 p.m. ET on Saturday, the site will be offline for six hours.",
        WED,
        [_span(_local(NY, 2026, 10, 31, 21), _local(NY, 2026, 11, 1, 2))],
    ),
]


@pytest.mark.parametrize(("body", "reference", "expected"), STARTING, ids=_ids)
def test_starting(body, reference, expected):
    assert _events(body, reference) == expected


DEADLINES = [
    # --- no later than X: as until, [publication, X.end); a clock time ends it at the time
    (
        "The report must be filed no later than 30 June.",
        SUN,
        [_span(_utc(2026, 2, 15), _utc(2026, 7, 1))],
    ),
    (
        "Ballots must arrive no later than 8 p.m. ET on Dec. 1.",
        WED,
        [_span(_utc(2026, 10, 28), _local(NY, 2026, 12, 1, 20))],
    ),
    # --- before X ahead: [publication, X.start)
    (
        "The law must be passed before 1 March.",
        SUN,
        [_span(_utc(2026, 2, 15), _utc(2026, 3, 1))],
    ),
    (
        "Before Christmas, the shops will extend their opening hours.",
        WED,
        [_span(_utc(2026, 10, 28), _utc(2026, 12, 25))],
    ),
    # --- after X over: [X.end, publication), the publication being the end of its day (as
    # docs/temporal.md's "After March 3, prices fell sharply" = 4 March to 15 May, published 14
    # May); a clock time opens it at the time it names
    (
        "After 10 p.m., the streets were empty.",
        SAT,
        [_span(_utc(2027, 10, 30, 22), _utc(2027, 10, 31))],
    ),
    (
        "After Easter, the school reopened its gym.",
        THU,
        [_span(_utc(2027, 3, 29), _utc(2027, 6, 11))],
    ),
    # --- before X over, after X ahead: one side open, the publication dates the sentence
    ("Before 2020, the town had no hospital.", MON, [_pub(MON)]),
    ("After Sunday, the shelters will close.", WED, [_pub(WED)]),
    # --- D before/after X: X moved by D; "shortly after" a clock time is the hour from it
    (
        "Three days after the quake on 6 February 2023, rescuers pulled a boy from the rubble.",
        MON,
        [_day(2023, 2, 9)],
    ),
    ("The vote was held two days before Christmas.", FRI, [_day(2025, 12, 23)]),
    ("Shortly after 3 a.m. on Sunday, the quake struck.", MON, [_hour("UTC", 2026, 3, 1, 3)]),
]


@pytest.mark.parametrize(("body", "reference", "expected"), DEADLINES, ids=_ids)
def test_deadlines(body, reference, expected):
    assert _events(body, reference) == expected


CLOCKS = [
    # --- clock ranges: [X, Y) at the times they name, in the zone written once for both
    (
        "The hearing will run between 9 and 11 a.m. PT on Thursday.",
        TUE,
        [_span(_local(LA, 2027, 3, 18, 9), _local(LA, 2027, 3, 18, 11))],
    ),
    (
        "Polls will be open between 7 a.m. and 9 p.m. local time on Sunday.",
        FRI,
        [_span(_utc(2026, 12, 13, 7), _utc(2026, 12, 13, 21))],
    ),
    (
        "The outage lasted from 2:15 to 4:40 p.m. ET on Wednesday.",
        FRI,
        [_span(_local(NY, 2026, 12, 9, 14, 15), _local(NY, 2026, 12, 9, 16, 40))],
    ),
    (
        "From 9 a.m. to 1 p.m. CET on 4 March, the site will be offline.",
        SUN,
        [_span(_local(BERLIN, 2026, 3, 4, 9), _local(BERLIN, 2026, 3, 4, 13))],
    ),
    (
        "Trading will halt between 1 and 2 p.m. London time on Monday.",
        SAT,
        [_span(_utc(2027, 11, 1, 13), _utc(2027, 11, 1, 14))],
    ),
    (
        "The concert runs from 8 to 11 p.m. Sydney time on Saturday.",
        WED,
        [
            _span(
                _local("Australia/Sydney", 2026, 10, 31, 20),
                _local("Australia/Sydney", 2026, 10, 31, 23),
            )
        ],
    ),
    # --- across days: a weekday and a clock time at each end
    (
        "Between 10 p.m. Saturday and 6 a.m. Sunday, the line will be closed.",
        WED,
        [_span(_utc(2026, 10, 31, 22), _utc(2026, 11, 1, 6))],
    ),
    (
        "The station will be shut from 11 p.m. Friday to 5 a.m. Monday.",
        THU,
        [_span(_utc(2027, 6, 11, 23), _utc(2027, 6, 14, 5))],
    ),
    # New York moves to summer time on Sunday 8 March, between the two ends
    (
        "Rail services will be suspended from 10 p.m. ET Friday until 4 a.m. ET Monday.",
        MON,
        [_span(_local(NY, 2026, 3, 6, 22), _local(NY, 2026, 3, 9, 4))],
    ),
    (
        "The office will be closed from Thursday 6 p.m. to Monday 8 a.m.",
        TUE,
        [_span(_utc(2027, 3, 18, 18), _utc(2027, 3, 22, 8))],
    ),
]


@pytest.mark.parametrize(("body", "reference", "expected"), CLOCKS, ids=_ids)
def test_clocks(body, reference, expected):
    assert _events(body, reference) == expected


NIGHTS = [
    # --- overnight into X: the night before X, 20:00 to 06:00, by the tense
    (
        "Heavy snow is forecast overnight into Sunday.",
        FRI,
        [_span(_utc(2026, 12, 12, 20), _utc(2026, 12, 13, 6))],
    ),
    (
        "Gunfire was heard overnight into Tuesday.",
        WED,
        [_span(_utc(2026, 10, 26, 20), _utc(2026, 10, 27, 6))],
    ),
    (
        "Protesters clashed with police from Friday night into Saturday morning.",
        MON,
        [_span(_utc(2026, 2, 27, 20), _utc(2026, 2, 28, 12))],
    ),
]


@pytest.mark.parametrize(("body", "reference", "expected"), NIGHTS, ids=_ids)
def test_nights(body, reference, expected):
    assert _events(body, reference) == expected


BACKGROUND = [
    # --- a past story: its signals keep to its time; "the next D" runs on from its date
    (
        "The dam burst on 9 April 2019. Over the next three weeks, soldiers evacuated 20,000 "
        "people.",
        TUE,
        [_day(2019, 4, 9), _span(_utc(2019, 4, 10), _utc(2019, 5, 1))],
    ),
    (
        "The strike began on 3 March 2021. It lasted until 19 March.",
        SAT,
        [_day(2021, 3, 3), _day(2021, 3, 19)],
    ),
    (
        "Floods hit the valley in June 2016. Between 12 and 15 June, 40 people died.",
        WED,
        [_month(2016, 6), _span(_utc(2016, 6, 12), _utc(2016, 6, 16))],
    ),
    (
        "The plant closed in 2008. Starting in March, its 900 workers were retrained.",
        FRI,
        [_year(2008), _month(2008, 3)],
    ),
    (
        "The border was closed on 14 March 2020. As of April 1, 30,000 people were stranded "
        "abroad.",
        THU,
        [_day(2020, 3, 14), _day(2020, 4, 1)],
    ),
    # --- a new paragraph is back at the publication
    (
        "The theatre burned down in 1994.\n\nStarting in June, it will host open-air concerts.",
        WED,
        [_year(1994), _month(2027, 6)],
    ),
]


@pytest.mark.parametrize(("body", "reference", "expected"), BACKGROUND, ids=_ids)
def test_background(body, reference, expected):
    assert _events(body, reference) == expected


ANCHORS = [
    # --- the expression that anchors the main event dates the sentence, not a noun's modifier
    # or an owner
    ("The council will debate the 2028 budget on Thursday.", TUE, [_day(2027, 3, 18)]),
    ("Last year's winner will defend her title on Saturday.", THU, [_day(2027, 6, 12)]),
    # a verb of delay: ahead even in a past clause, and "until" after it runs from the
    # publication to the end of Friday (docs/temporal.md "Signals"; batch 1's "Monday's vote was
    # postponed until Thursday")
    (
        "Monday's vote was postponed until Friday.",
        WED,
        [_span(_utc(2026, 10, 28), _utc(2026, 10, 31))],
    ),
    ("The 2030 climate target was abandoned in March.", SAT, [_month(2027, 3)]),
]


@pytest.mark.parametrize(("body", "reference", "expected"), ANCHORS, ids=_ids)
def test_anchors(body, reference, expected):
    assert _events(body, reference) == expected


CHAT = [
    ("from now til fri im swamped", MON, [_span(_utc(2026, 3, 2), _utc(2026, 3, 7))]),
    ("off work till the end of the month", WED, [_span(_utc(2026, 10, 28), _utc(2026, 11, 1))]),
    (
        "gonna be offline for the next 2 hrs",
        datetime(2027, 6, 10, 15, 0, tzinfo=UTC),
        [_span(_utc(2027, 6, 10, 15), _utc(2027, 6, 10, 17))],
    ),
]


@pytest.mark.parametrize(("body", "reference", "expected"), CHAT, ids=_ids)
def test_chat(body, reference, expected):
    assert _events(body, reference) == expected
