"""A thirteenth file of blind event-interval cases (session 37), written by hand from DESIGN.md's
temporal contract and docs/temporal.md ("Signals", "Document types and the story time",
"Modifiers narrow by thirds") before the tagger was run on them, on what batches 1-12 covered
least: "until", "till" and "through" ahead (a weekday, "the end of March", "noon Saturday",
"11:59 p.m. ET on Jan. 15", "at least Monday", a fronted "Until Sunday," before a present) and in
a past clause (after a verb of lasting, a bare clock time, a year); time zones in words on
intervals ("until 5 p.m. Pacific time Friday", "until 6 a.m. Eastern time Monday" over the start
of US summer time, "from 7 a.m. to 8 p.m. Central time on Tuesday", "Hong Kong time", "Kyiv
time", "Mountain time", "Central European time"); "since" with a weekday, "since at least" a
weekday, a season's year and a clock time, a clock time alone, with a day and in a zone, a
season, a year, "mid-January", and from a distance ("Since the storm hit on Monday");
present-perfect durations ("for the past two weeks", "for nearly a decade", "for three months", a
fronted "For six days,", "over the past three weeks", "In the four years since") and a past
perfect that dates nothing; ranges in words across months and years ("from late 2026 to early
2028", "from late 2019 to early 2021", "from mid-March to mid-April", "Between early June and
late August", seasons of two years, "from November 2021 through March 2023", a past "from
December to February" over the new year, "from the end of October to mid-November"); events in a
background story ("Until October," after a flood, "From March to June", "until 20 February",
"stayed shut until June", "Through the summer", "lasted until mid-January" over the new year)
and back at the publication after a paragraph; and chat ("cant come out til sun", "til sun",
"since tues", "since 9am", "thru thurs", "til the 3rd", "from mon til weds")."""

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

MON = date(2027, 1, 11)  # a Monday in winter
TUE = date(2026, 5, 12)  # a Tuesday in May
WED = date(2027, 2, 17)  # a Wednesday in February
WED_DST = date(2027, 3, 10)  # a Wednesday: the US moves to summer time on Sunday 14 March
THU = date(2026, 8, 20)  # a Thursday in August
FRI = date(2027, 4, 23)  # a Friday in April
SAT = date(2026, 11, 21)  # a Saturday in November
SUN = date(2027, 9, 5)  # a Sunday in September

NY = "America/New_York"
LA = "America/Los_Angeles"
CHICAGO = "America/Chicago"
DENVER = "America/Denver"
BERLIN = "Europe/Berlin"
KYIV = "Europe/Kyiv"
HONG_KONG = "Asia/Hong_Kong"


def _ids(v):
    return v if isinstance(v, str) else ""


UNTIL_AHEAD = [
    # --- until/till/through X, the clause not past: [publication, X.end)
    (
        "The museum will stay closed until Thursday.",
        TUE,
        [_span(_utc(2026, 5, 12), _utc(2026, 5, 15))],
    ),
    (
        "Talks are expected to continue through Wednesday.",
        MON,
        [_span(_utc(2027, 1, 11), _utc(2027, 1, 14))],
    ),
    # a present state steers "through" ahead; "the end of March" is its last third, 21 → 31 March
    (
        "The coastal road is closed through the end of March.",
        WED,
        [_span(_utc(2027, 2, 17), _utc(2027, 4, 1))],
    ),
    # a qualifier between the signal and the day looks ahead as well
    (
        "Flights will be grounded until at least Monday.",
        FRI,
        [_span(_utc(2027, 4, 23), _utc(2027, 4, 27))],
    ),
    # a fronted "Until X," before a present clause: ahead
    (
        "Until Sunday, entry to the gallery is free.",
        SAT,
        [_span(_utc(2026, 11, 21), _utc(2026, 11, 23))],
    ),
    # --- a clock time ends it at the time it names
    (
        "The shelter will remain open until noon Saturday.",
        THU,
        [_span(_utc(2026, 8, 20), _utc(2026, 8, 22, 12))],
    ),
    (
        "Applications will be accepted till 11:59 p.m. ET on Jan. 15.",
        MON,
        [_span(_utc(2027, 1, 11), _local(NY, 2027, 1, 15, 23, 59))],
    ),
]


@pytest.mark.parametrize(("body", "reference", "expected"), UNTIL_AHEAD, ids=_ids)
def test_until_ahead(body, reference, expected):
    assert _events(body, reference) == expected


UNTIL_PAST = [
    # --- a past verb of lasting before until/till/through X: X is the past one and the event
    # X's own interval
    ("The festival ran through Sunday.", WED, [_day(2027, 2, 14)]),
    ("The airport remained shut through Tuesday.", FRI, [_day(2027, 4, 20)]),
    ("The mine operated until 1987.", SUN, [_year(1987)]),
    # --- until X in a past clause: X's own interval, a clock time its hour
    (
        "Voting continued until 9 p.m. on Tuesday.",
        THU,
        [_hour("UTC", 2026, 8, 18, 21)],
    ),
    (
        "The bar stayed open till 2 a.m.",
        datetime(2026, 5, 12, 10, 0, tzinfo=UTC),
        [_hour("UTC", 2026, 5, 12, 2)],
    ),
]


@pytest.mark.parametrize(("body", "reference", "expected"), UNTIL_PAST, ids=_ids)
def test_until_past(body, reference, expected):
    assert _events(body, reference) == expected


ZONES = [
    # --- a zone in words binds to the clock time; the end is that wall clock in that zone
    (
        "Customers can claim a refund until 5 p.m. Pacific time Friday.",
        WED_DST,
        [_span(_utc(2027, 3, 10), _local(LA, 2027, 3, 12, 17))],
    ),
    # Monday 15 March is after the US clocks go forward: 6 a.m. EDT
    (
        "The storm warning is in effect until 6 a.m. Eastern time Monday.",
        WED_DST,
        [_span(_utc(2027, 3, 10), _local(NY, 2027, 3, 15, 6))],
    ),
    (
        "Trading will be suspended until 10 a.m. Hong Kong time on Monday.",
        FRI,
        [_span(_utc(2027, 4, 23), _local(HONG_KONG, 2027, 4, 26, 10))],
    ),
    (
        "Until 6 p.m. Central European time on Friday, the border crossing will stay shut.",
        TUE,
        [_span(_utc(2026, 5, 12), _local(BERLIN, 2026, 5, 15, 18))],
    ),
    # --- a clock range with the zone written once, after the end
    (
        "Voting runs from 7 a.m. to 8 p.m. Central time on Tuesday.",
        MON,
        [_span(_local(CHICAGO, 2027, 1, 12, 7), _local(CHICAGO, 2027, 1, 12, 20))],
    ),
    (
        "The network will be down between 1 and 3 a.m. Mountain time on Saturday.",
        THU,
        [_span(_local(DENVER, 2026, 8, 22, 1), _local(DENVER, 2026, 8, 22, 3))],
    ),
    # --- since a clock time in a zone: [that time, publication)
    (
        "Since 9 a.m. Kyiv time, air-raid sirens have sounded across the capital.",
        datetime(2026, 8, 20, 12, 0, tzinfo=UTC),
        [_span(_local(KYIV, 2026, 8, 20, 9), _utc(2026, 8, 20, 12))],
    ),
    (
        "The pumps have been running since 7 a.m. Central time.",
        datetime(2026, 8, 20, 20, 0, tzinfo=UTC),
        [_span(_local(CHICAGO, 2026, 8, 20, 7), _utc(2026, 8, 20, 20))],
    ),
]


@pytest.mark.parametrize(("body", "reference", "expected"), ZONES, ids=_ids)
def test_zones(body, reference, expected):
    assert _events(body, reference) == expected


SINCE = [
    # --- since X: [X.start, publication)
    (
        "The bridge has been closed since Wednesday.",
        SAT,
        [_span(_utc(2026, 11, 18), _utc(2026, 11, 21))],
    ),
    (
        "Protesters have occupied the square since at least Friday.",
        TUE,
        [_span(_utc(2026, 5, 8), _utc(2026, 5, 12))],
    ),
    (
        "Since at least the summer of 2021, the gang has smuggled cigarettes.",
        MON,
        [_span(_utc(2021, 6, 1), _utc(2027, 1, 11))],
    ),
    # the last winter, December 2026 to February 2027
    (
        "Water levels have risen steadily since the winter.",
        FRI,
        [_span(_utc(2026, 12, 1), _utc(2027, 4, 23))],
    ),
    ("Rents have doubled since 2019.", SUN, [_span(_utc(2019, 1, 1), _utc(2027, 9, 5))]),
    # "mid-January" is its middle third, from the 11th
    (
        "Talks have stalled since mid-January.",
        WED,
        [_span(_utc(2027, 1, 11), _utc(2027, 2, 17))],
    ),
    # --- since a clock time: it opens at the time it names
    (
        "Since 4:30 p.m., police have sealed off the station.",
        datetime(2027, 4, 23, 19, 0, tzinfo=UTC),
        [_span(_utc(2027, 4, 23, 16, 30), _utc(2027, 4, 23, 19))],
    ),
    (
        "Gunfire has been heard since at least 5 a.m.",
        datetime(2027, 1, 11, 10, 0, tzinfo=UTC),
        [_span(_utc(2027, 1, 11, 5), _utc(2027, 1, 11, 10))],
    ),
    (
        "The hospital has been on emergency power since 11:15 a.m. Saturday.",
        datetime(2027, 9, 5, 8, 0, tzinfo=UTC),
        [_span(_utc(2027, 9, 4, 11, 15), _utc(2027, 9, 5, 8))],
    ),
    # --- since from a distance: the clause's date, read as since
    (
        "Since the storm hit on Monday, 40,000 homes have been without power.",
        THU,
        [_span(_utc(2026, 8, 17), _utc(2026, 8, 20))],
    ),
]


@pytest.mark.parametrize(("body", "reference", "expected"), SINCE, ids=_ids)
def test_since(body, reference, expected):
    assert _events(body, reference) == expected


PERFECT = [
    # --- for D after a present perfect, "over" D, D before "since": [publication - D,
    # publication)
    (
        "The library has been closed for the past two weeks.",
        TUE,
        [_span(_utc(2026, 4, 28), _utc(2026, 5, 12))],
    ),
    # an approximator keeps its duration's length ("The war has lasted nearly four years")
    (
        "The band has toured for nearly a decade.",
        FRI,
        [_span(_utc(2017, 4, 23), _utc(2027, 4, 23))],
    ),
    (
        "Rebels have held the port for three months.",
        SUN,
        [_span(_utc(2027, 6, 5), _utc(2027, 9, 5))],
    ),
    (
        "For six days, the ferry has not sailed.",
        MON,
        [_span(_utc(2027, 1, 5), _utc(2027, 1, 11))],
    ),
    (
        "The drought has lasted for the past 18 months.",
        THU,
        [_span(_utc(2025, 2, 20), _utc(2026, 8, 20))],
    ),
    (
        "The lake has been frozen over the past three weeks.",
        WED,
        [_span(_utc(2027, 1, 27), _utc(2027, 2, 17))],
    ),
    (
        "In the four years since the flood, the town has rebuilt 300 homes.",
        SAT,
        [_span(_utc(2022, 11, 21), _utc(2026, 11, 21))],
    ),
    # --- a past perfect's duration has no interval: the publication dates the sentence
    (
        "The factory had been closed for two weeks when the fire broke out.",
        FRI,
        [_pub(FRI)],
    ),
]


@pytest.mark.parametrize(("body", "reference", "expected"), PERFECT, ids=_ids)
def test_perfect(body, reference, expected):
    assert _events(body, reference) == expected


RANGES = [
    # --- ranges in words: [X.start, Y.end), each end narrowed by thirds (a year by four
    # months, a month at the 11th and 21st)
    (
        "The museum will be shut from late 2026 to early 2028.",
        TUE,
        [_span(_utc(2026, 9, 1), _utc(2028, 5, 1))],
    ),
    (
        "Repairs ran from late 2019 to early 2021.",
        SAT,
        [_span(_utc(2019, 9, 1), _utc(2021, 5, 1))],
    ),
    (
        "The exhibition will run from mid-March to mid-April.",
        WED,
        [_span(_utc(2027, 3, 11), _utc(2027, 4, 21))],
    ),
    (
        "Between early June and late August, the pool will open daily.",
        FRI,
        [_span(_utc(2027, 6, 1), _utc(2027, 9, 1))],
    ),
    (
        "The road will be closed from the end of October to mid-November.",
        THU,
        [_span(_utc(2026, 10, 21), _utc(2026, 11, 21))],
    ),
    # --- seasons and months of named years
    (
        "From the spring of 2018 to the autumn of 2020, the bridge was rebuilt.",
        SUN,
        [_span(_utc(2018, 3, 1), _utc(2020, 12, 1))],
    ),
    (
        "The drought lasted from November 2021 through March 2023.",
        MON,
        [_span(_utc(2021, 11, 1), _utc(2023, 4, 1))],
    ),
    # --- a past range over the new year: the start moves back before the end
    (
        "Prices rose from December to February.",
        FRI,
        [_span(_utc(2026, 12, 1), _utc(2027, 3, 1))],
    ),
]


@pytest.mark.parametrize(("body", "reference", "expected"), RANGES, ids=_ids)
def test_ranges(body, reference, expected):
    assert _events(body, reference) == expected


BACKGROUND = [
    # --- a past story: its signals keep to its time
    (
        "The mine flooded on 4 August 2011. Until October, rescuers pumped water from the shafts.",
        TUE,
        [_day(2011, 8, 4), _month(2011, 10)],
    ),
    (
        "The factory opened in 1998. From March to June, it built 400 buses.",
        WED,
        [_year(1998), _span(_utc(1998, 3, 1), _utc(1998, 7, 1))],
    ),
    (
        "A cyclone struck the island on 12 February 2017. Power was cut until 20 February.",
        MON,
        [_day(2017, 2, 12), _day(2017, 2, 20)],
    ),
    (
        "The border closed on 16 March 2020. It stayed shut until June.",
        THU,
        [_day(2020, 3, 16), _month(2020, 6)],
    ),
    (
        "The firm was founded in 2005. Through the summer, it hired 200 engineers.",
        SAT,
        [_year(2005), _span(_utc(2005, 6, 1), _utc(2005, 9, 1))],
    ),
    # the story goes on past the new year: the January after that December
    (
        "The rail strike began on 5 December 2019. It lasted until mid-January.",
        WED,
        [_day(2019, 12, 5), _span(_utc(2020, 1, 11), _utc(2020, 1, 21))],
    ),
    # --- a new paragraph is back at the publication
    (
        "The stadium was demolished in 2012.\n\nUntil Sunday, fans can visit a photo exhibition "
        "about it.",
        TUE,
        [_year(2012), _span(_utc(2026, 5, 12), _utc(2026, 5, 18))],
    ),
]


@pytest.mark.parametrize(("body", "reference", "expected"), BACKGROUND, ids=_ids)
def test_background(body, reference, expected):
    assert _events(body, reference) == expected


CHAT = [
    # a negation before "til": the event happens on the day
    ("cant come out til sun", WED, [_day(2027, 2, 21)]),
    ("at my dads til sun", THU, [_span(_utc(2026, 8, 20), _utc(2026, 8, 24))]),
    ("no hot water since tues!!", FRI, [_span(_utc(2027, 4, 20), _utc(2027, 4, 23))]),
    (
        "wifi's been down since 9am",
        datetime(2026, 11, 21, 13, 30, tzinfo=UTC),
        [_span(_utc(2026, 11, 21, 9), _utc(2026, 11, 21, 13, 30))],
    ),
    ("on nights thru thurs", MON, [_span(_utc(2027, 1, 11), _utc(2027, 1, 15))]),
    ("off til the 3rd", SAT, [_span(_utc(2026, 11, 21), _utc(2026, 12, 4))]),
    ("busy from mon til weds", SUN, [_span(_utc(2027, 9, 6), _utc(2027, 9, 9))]),
]


@pytest.mark.parametrize(("body", "reference", "expected"), CHAT, ids=_ids)
def test_chat(body, reference, expected):
    assert _events(body, reference) == expected
