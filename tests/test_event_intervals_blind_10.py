"""A tenth file of blind event-interval cases (session 34), written by hand from DESIGN.md's
temporal contract and docs/temporal.md ("Signals", "Document types and the story time") before
the tagger was run on them, on what batches 1-9 covered least: "since" with holidays (Good
Friday, Thanksgiving, Halloween, the Fourth of July, Christmas Eve), parts of days ("since late
Friday", "since overnight Thursday", "since Monday evening"), seasons and clock times of this
morning, and from a distance ("since the election on 3 May"); "until", "through", "by" with
holidays ahead (Labor Day, Memorial Day, Valentine's Day, New Year's Day), clock times on a
weekday, "until further notice", "until at least", "next Wednesday", and in past clauses
("lasted until Wednesday", "By March, ... had", "adjourned ... until Thursday"); ranges across
midnight, a week end, a month and a year end, between holidays and parts of days ("from late
Wednesday into early Thursday", "from Saturday night to Monday morning", "between Christmas
and New Year's Day", "from Christmas Eve through Boxing Day"); "the past N", "in the last 48
hours", "the next 72 hours", "over the coming weeks"; parts of days as the event's date ("late
Wednesday", "early on Sunday", "late on Friday night", "overnight into Saturday", "in the early
hours of Saturday", "early Monday morning"); zones in words and abbreviations with a weekday
or a date ("noon ET Friday", "18:00 CET on 3 March", "8pm AEST on Saturday", London after the
clocks go back, "midnight Eastern on Sunday"); a noun's modifier that does not date the event
("its 2028 Olympics bid", "the 1960s-era dam", "the 10-year plan"); and chat ("from tmrw til
sun", "thru friday", "since tues", "thurs-sun", "since last nite")."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from interval_cases import day as _day
from interval_cases import events as _events
from interval_cases import hour as _hour
from interval_cases import local as _local
from interval_cases import minute as _minute
from interval_cases import month as _month
from interval_cases import pub as _pub
from interval_cases import span as _span
from interval_cases import utc as _utc
from interval_cases import year as _year

MON = date(2027, 3, 29)  # Easter Monday (Good Friday 26 March); Europe on summer time since
# Sunday 28 March, the US since 14 March
TUE = date(2026, 9, 1)  # a Tuesday: Labor Day is Monday 7 September
WED = date(2027, 6, 16)  # a Wednesday: summer in the north, winter (AEST) in Sydney
THU = date(2026, 12, 24)  # Christmas Eve, a Thursday; Christmas and New Year's Day are Fridays
FRI = date(2026, 7, 3)  # a Friday: the Fourth of July is tomorrow
SAT = date(2027, 10, 30)  # a Saturday: Europe leaves summer time at 01:00 UTC on Sunday 31
# October, the US on Sunday 7 November
SUN = date(2026, 3, 1)  # a Sunday: February had 28 days; Easter is 5 April
FEB = date(2027, 2, 11)  # a Thursday in winter: Valentine's Day is Sunday

NY = "America/New_York"
LA = "America/Los_Angeles"


def _ids(v):
    return v if isinstance(v, str) else ""


SINCE = [
    # --- since X: [X.start, publication), whatever the clause's tense
    (
        "The road has been closed since Tuesday.",
        MON,
        [_span(_utc(2027, 3, 23), _utc(2027, 3, 29))],
    ),
    (
        "Schools have been shut since Good Friday.",
        MON,
        [_span(_utc(2027, 3, 26), _utc(2027, 3, 29))],
    ),
    (
        "Ticket prices have doubled since Easter.",
        WED,
        [_span(_utc(2027, 3, 28), _utc(2027, 6, 16))],
    ),
    (
        "The border has been closed since Thanksgiving.",
        THU,
        [_span(_utc(2026, 11, 26), _utc(2026, 12, 24))],
    ),
    # "since" is strictly past: the last Halloween, not the coming one
    (
        "He has not been seen since Halloween.",
        TUE,
        [_span(_utc(2025, 10, 31), _utc(2026, 9, 1))],
    ),
    (
        "Since the Fourth of July, the lake has been closed to swimmers.",
        SAT,
        [_span(_utc(2027, 7, 4), _utc(2027, 10, 30))],
    ),
    (
        "Since Christmas Eve, more than 300 flights have been cancelled.",
        SUN,
        [_span(_utc(2025, 12, 24), _utc(2026, 3, 1))],
    ),
    ("Rents have climbed since January.", MON, [_span(_utc(2027, 1, 1), _utc(2027, 3, 29))]),
    (
        "The factory has been idle since last autumn.",
        SUN,
        [_span(_utc(2025, 9, 1), _utc(2026, 3, 1))],
    ),
    (
        "Inflation has slowed since the spring.",
        TUE,
        [_span(_utc(2026, 3, 1), _utc(2026, 9, 1))],
    ),
    (
        "Water has been rationed since mid-May.",
        WED,
        [_span(_utc(2027, 5, 11), _utc(2027, 6, 16))],
    ),
    (
        "The museum has been closed since the end of October.",
        THU,
        [_span(_utc(2026, 10, 21), _utc(2026, 12, 24))],
    ),
    (
        "Since 2019 the company has opened 40 stores.",
        SUN,
        [_span(_utc(2019, 1, 1), _utc(2026, 3, 1))],
    ),
    # the past perfect of a report keeps "since" up to the publication (batch 8)
    (
        "The ferry had been out of service since Monday, officials said.",
        FRI,
        [_span(_utc(2026, 6, 29), _utc(2026, 7, 3))],
    ),
    # --- since a clock time or a part of a day
    (
        "Since 6 a.m., trains have been running late.",
        datetime(2026, 9, 1, 14, 0, tzinfo=UTC),
        [_span(_utc(2026, 9, 1, 6), _utc(2026, 9, 1, 14))],
    ),
    (
        "The pipeline has leaked since 11 p.m. on Monday.",
        datetime(2026, 9, 1, 14, 0, tzinfo=UTC),
        [_span(_utc(2026, 8, 31, 23), _utc(2026, 9, 1, 14))],
    ),
    (
        "The bridge has been closed since 9:30 this morning.",
        datetime(2027, 6, 16, 15, 0, tzinfo=UTC),
        [_span(_utc(2027, 6, 16, 9, 30), _utc(2027, 6, 16, 15))],
    ),
    (
        "Protesters have occupied the square since late Friday.",
        SUN,
        [_span(_utc(2026, 2, 27, 16), _utc(2026, 3, 1))],
    ),
    (
        "The airport has been shut since early on Sunday.",
        WED,
        [_span(_utc(2027, 6, 13), _utc(2027, 6, 16))],
    ),
    (
        "Since Monday evening, the river has risen a metre.",
        TUE,
        [_span(_utc(2026, 8, 31, 18), _utc(2026, 9, 1))],
    ),
    # "overnight Thursday" is the night that ends on Thursday morning
    (
        "Since overnight Thursday, rescuers have pulled 40 people from the rubble.",
        SAT,
        [_span(_utc(2027, 10, 27, 20), _utc(2027, 10, 30))],
    ),
    # --- since from a distance: the noun phrase's date, read as "since"
    (
        "The pound has fallen 4% since the election on 3 May.",
        WED,
        [_span(_utc(2027, 5, 3), _utc(2027, 6, 16))],
    ),
]


@pytest.mark.parametrize(("body", "reference", "expected"), SINCE, ids=_ids)
def test_since(body, reference, expected):
    assert _events(body, reference) == expected


UNTIL = [
    # --- until/till/through/by X in a clause that is not past: [publication, X.end)
    (
        "The road will be closed until Thursday.",
        MON,
        [_span(_utc(2027, 3, 29), _utc(2027, 4, 2))],
    ),
    (
        "Schools will stay shut through Friday.",
        SUN,
        [_span(_utc(2026, 3, 1), _utc(2026, 3, 7))],
    ),
    ("The road is closed until Friday.", WED, [_span(_utc(2027, 6, 16), _utc(2027, 6, 19))]),
    (
        "The consultation runs until Labor Day.",
        TUE,
        [_span(_utc(2026, 9, 1), _utc(2026, 9, 8))],
    ),
    (
        "The exhibition is open until Christmas.",
        TUE,
        [_span(_utc(2026, 9, 1), _utc(2026, 12, 26))],
    ),
    (
        "The curfew is in force through New Year's Day.",
        THU,
        [_span(_utc(2026, 12, 24), _utc(2027, 1, 2))],
    ),
    (
        "The pool will stay open until Halloween.",
        TUE,
        [_span(_utc(2026, 9, 1), _utc(2026, 11, 1))],
    ),
    (
        "Parking is free until Valentine's Day.",
        FEB,
        [_span(_utc(2027, 2, 11), _utc(2027, 2, 15))],
    ),
    (
        "The plan must be agreed by Easter.",
        SUN,
        [_span(_utc(2026, 3, 1), _utc(2026, 4, 6))],
    ),
    (
        "Lifeguards will be on duty through Memorial Day.",
        SUN,
        [_span(_utc(2026, 3, 1), _utc(2026, 5, 26))],
    ),
    (
        "The strike will last until the end of November.",
        TUE,
        [_span(_utc(2026, 9, 1), _utc(2026, 12, 1))],
    ),
    (
        "The bank will hold rates until at least September.",
        WED,
        [_span(_utc(2027, 6, 16), _utc(2027, 10, 1))],
    ),
    (
        "Snow is expected to continue through the weekend.",
        TUE,
        [_span(_utc(2026, 9, 1), _utc(2026, 9, 7))],
    ),
    # "next Wednesday" said early in a week is the coming one
    (
        "The minister is on leave until next Wednesday.",
        MON,
        [_span(_utc(2027, 3, 29), _utc(2027, 4, 1))],
    ),
    # --- a clock time as the end: the time it names
    (
        "Tickets are on sale until 6 p.m. on Sunday.",
        FRI,
        [_span(_utc(2026, 7, 3), _utc(2026, 7, 5, 18))],
    ),
    (
        "The road will reopen by 5 a.m. Monday.",
        FRI,
        [_span(_utc(2026, 7, 3), _utc(2026, 7, 6, 5))],
    ),
    (
        "The ceasefire will hold until 6 a.m. on Saturday.",
        WED,
        [_span(_utc(2027, 6, 16), _utc(2027, 6, 19, 6))],
    ),
    (
        "The library stays open until 9 p.m.",
        datetime(2026, 9, 1, 14, 0, tzinfo=UTC),
        [_span(_utc(2026, 9, 1, 14), _utc(2026, 9, 1, 21))],
    ),
    # --- no date: the publication
    ("The order stays in place until further notice.", WED, [_pub(WED)]),
    # --- past clauses: X's own interval
    ("The talks lasted until Wednesday.", SAT, [_day(2027, 10, 27)]),
    ("The festival ran through Sunday.", MON, [_day(2027, 3, 28)]),
    (
        "Fighting continued until late Thursday.",
        SAT,
        [_span(_utc(2027, 10, 28, 16), _utc(2027, 10, 29))],
    ),
    (
        "Power was cut until 3 p.m.",
        datetime(2026, 9, 1, 18, 0, tzinfo=UTC),
        [_hour("UTC", 2026, 9, 1, 15)],
    ),
    ("By Wednesday, the army had retaken the town.", SAT, [_day(2027, 10, 27)]),
    ("By March, the firm had cut 300 jobs.", WED, [_month(2027, 3)]),
    ("Until Friday, the agency had refused to comment.", THU, [_day(2026, 12, 18)]),
    # a verb of delay looks ahead: from the publication to the coming day
    (
        "The court adjourned the case until Thursday.",
        MON,
        [_span(_utc(2027, 3, 29), _utc(2027, 4, 2))],
    ),
    # --- not until: the event happens then
    ("Trains will not run until Tuesday.", SUN, [_day(2026, 3, 3)]),
]


@pytest.mark.parametrize(("body", "reference", "expected"), UNTIL, ids=_ids)
def test_until(body, reference, expected):
    assert _events(body, reference) == expected


RANGES = [
    # --- across midnight and a weekend, ahead
    (
        "The road will be closed from 10 p.m. Friday to 6 a.m. Monday.",
        WED,
        [_span(_utc(2027, 6, 18, 22), _utc(2027, 6, 21, 6))],
    ),
    (
        "Crews will work between 11 p.m. and 5 a.m.",
        TUE,
        [_span(_utc(2026, 9, 1, 23), _utc(2026, 9, 2, 5))],
    ),
    # a past clause on a publication given as a day: the night before the publication's morning
    (
        "The curfew ran from 9 p.m. to 5 a.m.",
        TUE,
        [_span(_utc(2026, 8, 31, 21), _utc(2026, 9, 1, 5))],
    ),
    (
        "From 8 p.m. Saturday until 2 a.m. Sunday, police closed the bridge.",
        MON,
        [_span(_utc(2027, 3, 27, 20), _utc(2027, 3, 28, 2))],
    ),
    (
        "Trading was halted between 2:15 p.m. and 3 p.m.",
        datetime(2026, 9, 1, 18, 0, tzinfo=UTC),
        [_span(_utc(2026, 9, 1, 14, 15), _utc(2026, 9, 1, 15))],
    ),
    (
        "The polls were open between 7 a.m. and 10 p.m. on Sunday.",
        MON,
        [_span(_utc(2027, 3, 28, 7), _utc(2027, 3, 28, 22))],
    ),
    # --- weekdays across a week end
    ("The fair runs from Thursday to Tuesday.", WED, [_span(_utc(2027, 6, 17), _utc(2027, 6, 23))]),
    (
        "The sale runs from Friday through Monday.",
        THU,
        [_span(_utc(2026, 12, 25), _utc(2026, 12, 29))],
    ),
    (
        "Talks were held from Monday to Wednesday.",
        THU,
        [_span(_utc(2026, 12, 21), _utc(2026, 12, 24))],
    ),
    (
        "Between Tuesday and Thursday last week, 2,000 people were evacuated.",
        MON,
        [_span(_utc(2027, 3, 23), _utc(2027, 3, 26))],
    ),
    (
        "The roadworks will continue from this Friday to the following Wednesday.",
        WED,
        [_span(_utc(2027, 6, 18), _utc(2027, 6, 24))],
    ),
    # --- parts of days as ends
    (
        "Road works will last from Sunday evening to Tuesday morning.",
        FRI,
        [_span(_utc(2026, 7, 5, 18), _utc(2026, 7, 7, 12))],
    ),
    (
        "The pass was closed from Saturday night to Monday morning.",
        MON,
        [_span(_utc(2027, 3, 27, 20), _utc(2027, 3, 29, 12))],
    ),
    (
        "The storm will batter the coast from late Wednesday into early Thursday.",
        MON,
        [_span(_utc(2027, 3, 31, 16), _utc(2027, 4, 1, 8))],
    ),
    # --- holidays as ends
    (
        "The office will be closed between Christmas and New Year's Day.",
        THU,
        [_span(_utc(2026, 12, 25), _utc(2027, 1, 2))],
    ),
    (
        "Tolls will be waived from Christmas Eve through Boxing Day.",
        TUE,
        [_span(_utc(2026, 12, 24), _utc(2026, 12, 27))],
    ),
    # --- months and their parts, across a year end
    (
        "The works will run from November through February.",
        TUE,
        [_span(_utc(2026, 11, 1), _utc(2027, 3, 1))],
    ),
    (
        "The museum will close from 1 December to 15 January.",
        TUE,
        [_span(_utc(2026, 12, 1), _utc(2027, 1, 16))],
    ),
    (
        "Flights were suspended from Dec. 28 to Jan. 3.",
        SUN,
        [_span(_utc(2025, 12, 28), _utc(2026, 1, 4))],
    ),
    (
        "The festival takes place from the end of June to mid-August.",
        WED,
        [_span(_utc(2027, 6, 21), _utc(2027, 8, 21))],
    ),
    (
        "From mid-July to early September, the beach will be closed.",
        WED,
        [_span(_utc(2027, 7, 11), _utc(2027, 9, 11))],
    ),
    (
        "Between Jan. 5 and Feb. 20, the agency received 9,000 complaints.",
        SUN,
        [_span(_utc(2026, 1, 5), _utc(2026, 2, 21))],
    ),
    (
        "The heatwave lasted from 28 May to 4 June.",
        WED,
        [_span(_utc(2027, 5, 28), _utc(2027, 6, 5))],
    ),
    # --- years
    ("Rates rose between 2019 and 2022.", SUN, [_span(_utc(2019, 1, 1), _utc(2023, 1, 1))]),
]


@pytest.mark.parametrize(("body", "reference", "expected"), RANGES, ids=_ids)
def test_ranges(body, reference, expected):
    assert _events(body, reference) == expected


SPANS = [
    # --- the past (last) N: [publication - N, publication)
    (
        "Prices have fallen for the past 10 days.",
        SAT,
        [_span(_utc(2027, 10, 20), _utc(2027, 10, 30))],
    ),
    (
        "In the last 48 hours, police have made 30 arrests.",
        datetime(2027, 6, 16, 9, 0, tzinfo=UTC),
        [_span(_utc(2027, 6, 14, 9), _utc(2027, 6, 16, 9))],
    ),
    (
        "Over the last three weeks, the river has risen two metres.",
        THU,
        [_span(_utc(2026, 12, 3), _utc(2026, 12, 24))],
    ),
    (
        "The index has gained 8% in the past month.",
        WED,
        [_span(_utc(2027, 5, 16), _utc(2027, 6, 16))],
    ),
    (
        "Over the past year, the company has doubled its staff.",
        FRI,
        [_span(_utc(2025, 7, 3), _utc(2026, 7, 3))],
    ),
    (
        "For the last six months, the plant has run at half capacity.",
        TUE,
        [_span(_utc(2026, 3, 1), _utc(2026, 9, 1))],
    ),
    (
        "The past fortnight has been the wettest on record.",
        SUN,
        [_span(_utc(2026, 2, 15), _utc(2026, 3, 1))],
    ),
    (
        "The fire has burned 20,000 hectares in the last 24 hours.",
        datetime(2027, 10, 30, 12, 0, tzinfo=UTC),
        [_span(_utc(2027, 10, 29, 12), _utc(2027, 10, 30, 12))],
    ),
    (
        "In the past 12 hours, 40 aftershocks have been recorded.",
        datetime(2026, 3, 1, 8, 0, tzinfo=UTC),
        [_span(_utc(2026, 2, 28, 20), _utc(2026, 3, 1, 8))],
    ),
    (
        "For the past 30 years, the family has run the shop.",
        SUN,
        [_span(_utc(1996, 3, 1), _utc(2026, 3, 1))],
    ),
    (
        "The past seven days saw 12 inches of rain.",
        FEB,
        [_span(_utc(2027, 2, 4), _utc(2027, 2, 11))],
    ),
    # --- the next (coming) N: [publication, publication + N)
    (
        "Over the next 72 hours, crews will restore power.",
        datetime(2026, 12, 24, 6, 0, tzinfo=UTC),
        [_span(_utc(2026, 12, 24, 6), _utc(2026, 12, 27, 6))],
    ),
    (
        "Over the next two weeks, the road will be resurfaced.",
        MON,
        [_span(_utc(2027, 3, 29), _utc(2027, 4, 12))],
    ),
    (
        "In the coming 10 days, the agency will inspect every dam.",
        FRI,
        [_span(_utc(2026, 7, 3), _utc(2026, 7, 13))],
    ),
    (
        "The airline will cut flights for the next three months.",
        SAT,
        [_span(_utc(2027, 10, 30), _utc(2028, 1, 30))],
    ),
    # --- vague stretches have no interval: the publication
    ("Forecasters expect heavy rain over the coming weeks.", TUE, [_pub(TUE)]),
    ("The firm will hire 500 workers in the coming months.", WED, [_pub(WED)]),
    ("The talks have dragged on for weeks.", MON, [_pub(MON)]),
]


@pytest.mark.parametrize(("body", "reference", "expected"), SPANS, ids=_ids)
def test_spans(body, reference, expected):
    assert _events(body, reference) == expected


PARTS = [
    # --- early (00:00-08:00) and late (16:00-24:00) days, by tense
    (
        "Rebels shelled the city late Wednesday.",
        SAT,
        [_span(_utc(2027, 10, 27, 16), _utc(2027, 10, 28))],
    ),
    ("The ship sank early on Sunday.", MON, [_span(_utc(2027, 3, 28), _utc(2027, 3, 28, 8))]),
    (
        "Police raided the house early Tuesday.",
        WED,
        [_span(_utc(2027, 6, 15), _utc(2027, 6, 15, 8))],
    ),
    (
        "The vote will be held late on Thursday.",
        MON,
        [_span(_utc(2027, 4, 1, 16), _utc(2027, 4, 2))],
    ),
    (
        "Late Sunday, the government declared a state of emergency.",
        MON,
        [_span(_utc(2027, 3, 28, 16), _utc(2027, 3, 29))],
    ),
    (
        "The deal was signed early on 12 March.",
        WED,
        [_span(_utc(2027, 3, 12), _utc(2027, 3, 12, 8))],
    ),
    # a late night is 22:00 to 02:00
    (
        "Fire broke out late on Friday night.",
        SUN,
        [_span(_utc(2026, 2, 27, 22), _utc(2026, 2, 28, 2))],
    ),
    (
        "The results came in late Tuesday night.",
        WED,
        [_span(_utc(2027, 6, 15, 22), _utc(2027, 6, 16, 2))],
    ),
    # the early morning: the first third of 06:00-12:00
    (
        "The plane landed early Monday morning.",
        TUE,
        [_span(_utc(2026, 8, 31, 6), _utc(2026, 8, 31, 8))],
    ),
    (
        "Heavy snow fell on Wednesday evening.",
        FEB,
        [_span(_utc(2027, 2, 10, 18), _utc(2027, 2, 11))],
    ),
    (
        "The shooting happened in the early hours of Saturday.",
        SUN,
        [_span(_utc(2026, 2, 28), _utc(2026, 2, 28, 8))],
    ),
    # --- the night (20:00-06:00)
    (
        "Drones struck the port overnight.",
        TUE,
        [_span(_utc(2026, 8, 31, 20), _utc(2026, 9, 1, 6))],
    ),
    (
        "Overnight, the rebels advanced 10 km.",
        SUN,
        [_span(_utc(2026, 2, 28, 20), _utc(2026, 3, 1, 6))],
    ),
    (
        "Drones struck the port overnight, officials said on Thursday.",
        FRI,
        [_span(_utc(2026, 7, 1, 20), _utc(2026, 7, 2, 6)), _day(2026, 7, 2)],
    ),
    (
        "The storm will reach the coast overnight into Saturday.",
        WED,
        [_span(_utc(2027, 6, 18, 20), _utc(2027, 6, 19, 6))],
    ),
    (
        "Temperatures will drop sharply overnight Thursday.",
        MON,
        [_span(_utc(2027, 3, 31, 20), _utc(2027, 4, 1, 6))],
    ),
]


@pytest.mark.parametrize(("body", "reference", "expected"), PARTS, ids=_ids)
def test_parts(body, reference, expected):
    assert _events(body, reference) == expected


ZONES = [
    # --- a clock time in a zone with a weekday or a date: that wall clock in that zone
    (
        "The results will be announced at noon ET Friday.",
        WED,
        [_hour(NY, 2027, 6, 18, 12)],
    ),
    (
        "Voting closes at 18:00 CET on 3 March.",
        FEB,
        [_minute("Europe/Berlin", 2027, 3, 3, 18)],
    ),
    # London is back on GMT by Monday 1 November
    (
        "The summit opens at 9 a.m. London time on Monday.",
        SAT,
        [_hour("Europe/London", 2027, 11, 1, 9)],
    ),
    (
        "The launch is set for 14:30 UTC on 5 November.",
        SAT,
        [_minute("UTC", 2027, 11, 5, 14, 30)],
    ),
    # New York is on summer time until 7 November
    (
        "The talks will resume at 10 a.m. Eastern on Wednesday.",
        SAT,
        [_hour(NY, 2027, 11, 3, 10)],
    ),
    ("The market closed at 4 p.m. ET on Friday.", MON, [_hour(NY, 2027, 3, 26, 16)]),
    ("Polls open at 7 a.m. Pacific on Tuesday.", MON, [_hour(LA, 2027, 3, 30, 7)]),
    ("The deadline is 11:59 p.m. PT on Sept. 30.", TUE, [_minute(LA, 2026, 9, 30, 23, 59)]),
    (
        "The game kicks off at 8pm AEST on Saturday.",
        WED,
        [_hour("Australia/Sydney", 2027, 6, 19, 20)],
    ),
    (
        "Trading resumed at 9:30 a.m. New York time on Tuesday.",
        THU,
        [_minute(NY, 2026, 12, 22, 9, 30)],
    ),
    (
        "The vote closes at 5 p.m. Kyiv time on Friday.",
        TUE,
        [_hour("Europe/Kyiv", 2026, 9, 4, 17)],
    ),
    (
        "Flights resumed at 6 a.m. Moscow time on Saturday.",
        SUN,
        [_hour("Europe/Moscow", 2026, 2, 28, 6)],
    ),
    (
        "The rocket lifted off at 3:05 a.m. EDT on Thursday.",
        SAT,
        [_minute(NY, 2027, 10, 28, 3, 5)],
    ),
    # "midnight on Sunday" is the end of Sunday
    (
        "The offer ends at midnight Eastern on Sunday.",
        FRI,
        [_minute(NY, 2026, 7, 6, 0)],
    ),
    # --- signals with a zone
    (
        "Since noon ET Friday, the shares have lost 12%.",
        SUN,
        [_span(_local(NY, 2026, 2, 27, 12), _utc(2026, 3, 1))],
    ),
    (
        "The embargo lasts until 06:00 CET on Monday.",
        FEB,
        [_span(_utc(2027, 2, 11), _local("Europe/Berlin", 2027, 2, 15, 6))],
    ),
    (
        "Markets will be closed from 1 p.m. ET on Thursday until 9:30 a.m. ET on Monday.",
        WED,
        [_span(_local(NY, 2027, 6, 17, 13), _local(NY, 2027, 6, 21, 9, 30))],
    ),
    # the night Europe leaves summer time: GMT written, so no shift
    (
        "The service will be down between 02:00 and 04:00 GMT on Sunday.",
        SAT,
        [_span(_utc(2027, 10, 31, 2), _utc(2027, 10, 31, 4))],
    ),
]


@pytest.mark.parametrize(("body", "reference", "expected"), ZONES, ids=_ids)
def test_zones(body, reference, expected):
    assert _events(body, reference) == expected


MODIFIERS = [
    # a year (decade, duration) that modifies a noun names the thing, not the event's time
    ("The city unveiled its 2028 Olympics bid on Tuesday.", THU, [_day(2026, 12, 22)]),
    (
        "The 2030 climate target was watered down last week.",
        MON,
        [_span(_utc(2027, 3, 22), _utc(2027, 3, 29))],
    ),
    ("Fans lined up for the 2027 season opener on Saturday.", WED, [_day(2027, 6, 12)]),
    (
        "The 1960s-era dam will be demolished in the spring.",
        SAT,
        [_span(_utc(2028, 3, 1), _utc(2028, 6, 1))],
    ),
    (
        "The 2026 tax returns are due by April 15.",
        SUN,
        [_span(_utc(2026, 3, 1), _utc(2026, 4, 16))],
    ),
    ("The winner of the 2025 prize was named on Monday.", TUE, [_day(2026, 8, 31)]),
    ("Lawmakers debated the 2027 budget.", TUE, [_pub(TUE)]),
    ("A report on the 2024 floods was published on Wednesday.", FRI, [_day(2026, 7, 1)]),
    ("The 2031 World Cup hosts will be chosen in May.", WED, [_month(2028, 5)]),
    ("The 1990s sitcom returns to screens on Sunday.", FRI, [_day(2026, 7, 5)]),
    ("The 10-year plan was approved on Thursday.", SAT, [_day(2027, 10, 28)]),
    (
        "Her 2019 album topped the charts again this week.",
        WED,
        [_span(_utc(2027, 6, 14), _utc(2027, 6, 21))],
    ),
    ("The 2026 Winter Olympics bid committee disbanded in January.", MON, [_month(2027, 1)]),
    ("Work on the 2029 Expo site will start next month.", TUE, [_month(2026, 10)]),
    ("The 2027 champion will defend her title in 2028.", WED, [_year(2028)]),
]


@pytest.mark.parametrize(("body", "reference", "expected"), MODIFIERS, ids=_ids)
def test_modifiers(body, reference, expected):
    assert _events(body, reference) == expected


CHAT = [
    ("at my mums from tmrw til sun", MON, [_span(_utc(2027, 3, 30), _utc(2027, 4, 5))]),
    ("off work thru friday", WED, [_span(_utc(2027, 6, 16), _utc(2027, 6, 19))]),
    ("shop's closed til mon", SAT, [_span(_utc(2027, 10, 30), _utc(2027, 11, 2))]),
    ("been off sick since tues", FRI, [_span(_utc(2026, 6, 30), _utc(2026, 7, 3))]),
    ("away from wed til sat", SUN, [_span(_utc(2026, 3, 4), _utc(2026, 3, 8))]),
    ("gym closed thru xmas", THU, [_span(_utc(2026, 12, 24), _utc(2026, 12, 26))]),
    ("no school til jan 5", THU, [_span(_utc(2026, 12, 24), _utc(2027, 1, 6))]),
    (
        "been raining since 6am",
        datetime(2026, 9, 1, 11, 0, tzinfo=UTC),
        [_span(_utc(2026, 9, 1, 6), _utc(2026, 9, 1, 11))],
    ),
    ("at the cottage fri thru sun", TUE, [_span(_utc(2026, 9, 4), _utc(2026, 9, 7))]),
    (
        "here til 5pm then heading home",
        datetime(2027, 6, 16, 13, 0, tzinfo=UTC),
        [_span(_utc(2027, 6, 16, 13), _utc(2027, 6, 16, 17))],
    ),
    (
        "been up since 4am lol",
        datetime(2027, 10, 30, 9, 0, tzinfo=UTC),
        [_span(_utc(2027, 10, 30, 4), _utc(2027, 10, 30, 9))],
    ),
    ("exams mon-fri next wk", SUN, [_span(_utc(2026, 3, 2), _utc(2026, 3, 7))]),
    ("locked out since sat", MON, [_span(_utc(2027, 3, 27), _utc(2027, 3, 29))]),
    ("at festival thurs-sun", TUE, [_span(_utc(2026, 9, 3), _utc(2026, 9, 7))]),
    ("no power since last nite", WED, [_span(_utc(2027, 6, 15, 20), _utc(2027, 6, 16))]),
    ("grounded til further notice lol", WED, [_pub(WED)]),
    ("staying in thru the wknd", THU, [_span(_utc(2026, 12, 24), _utc(2026, 12, 28))]),
]


@pytest.mark.parametrize(("body", "reference", "expected"), CHAT, ids=_ids)
def test_chat(body, reference, expected):
    assert _events(body, reference) == expected
