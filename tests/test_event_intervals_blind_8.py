"""An eighth file of blind event-interval cases (session 32), written by hand from DESIGN.md's
temporal contract and docs/temporal.md ("Signals") before the tagger was run on them, on what
batches 1-7 covered least: deadlines and windows ("up to (and including)", "no later than",
"ahead of", "in the run-up (lead-up) to", "before the end of", "between now and", "from now
until"); windows around a date ("within N days of X", "D before/after X", "in the D
before/after X"); stretches ("during", "throughout", "all week", "all weekend", "for most of",
"for much of", "the rest (remainder) of the week/quarter/month/year"); holidays as the ends of
signals and ranges ("until Easter", "by Good Friday", "since Valentine's Day", "from Black
Friday until Christmas Eve"); parts of days as ends ("until late Friday", "since early
morning", "through Sunday night", "until midday Friday", "until early next week"); ranges
with modified years, seasons, quarters and decades ("from late 2019 until mid-2021", "from the
late 1990s to the early 2000s"); "has been ... since" against "was/had been ... since";
conditionals ("If the talks fail, ... until Friday", "Unless a deal is reached by Friday, ...
on Monday"); clock-time ranges in a zone over midnight, in future and past clauses; the future
told in the past tense of reported speech ("said on Monday that the border would reopen on
Friday", "was going to close the plant in March"); and a little chat ("till xmas eve", "since
boxing day", "thru easter")."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from interval_cases import day as _day
from interval_cases import events as _events
from interval_cases import local as _local
from interval_cases import month as _month
from interval_cases import pub as _pub
from interval_cases import span as _span
from interval_cases import utc as _utc
from interval_cases import year as _year

MON = date(2026, 3, 30)  # a Monday: Europe on summer time since 29 March, the US since 8 March;
# Good Friday on 3 April, Easter Sunday on 5 April; the quarter ends on Tuesday
TUE = date(2025, 11, 25)  # a Tuesday: winter time; Thanksgiving on Thursday 27 November, Black
# Friday on 28 November
WED = date(2026, 12, 23)  # a Wednesday: Christmas Eve tomorrow, the year ends on Thursday
THU = date(2025, 4, 17)  # a Thursday (Maundy Thursday): Good Friday tomorrow, Easter on Sunday
# 20 April; summer time in Europe and the US
FRI = date(2026, 5, 29)  # a Friday: Memorial Day was on 25 May, the month ends on Sunday;
# Easter was on 5 April
SAT = date(2025, 12, 27)  # a Saturday: Boxing Day was yesterday, the year ends on Wednesday
SUN = date(2026, 7, 5)  # a Sunday: the Fourth of July was yesterday (summer)


def _spring(y: int):
    return _span(_utc(y, 3, 1), _utc(y, 6, 1))


def _summer(y: int):
    return _span(_utc(y, 6, 1), _utc(y, 9, 1))


def _winter(y: int):
    """The winter that begins in December of ``y``."""
    return _span(_utc(y, 12, 1), _utc(y + 1, 3, 1))


def _ids(v):
    return v if isinstance(v, str) else ""


DEADLINES = [
    # --- up to (and including), no later than: as until, ahead [publication, X.end)
    ("The offer is valid up to Friday.", MON, [_span(_utc(2026, 3, 30), _utc(2026, 4, 4))]),
    (
        "Applications will be accepted up to and including 30 April.",
        MON,
        [_span(_utc(2026, 3, 30), _utc(2026, 5, 1))],
    ),
    (
        "Comments can be submitted up to Easter Monday.",
        MON,
        [_span(_utc(2026, 3, 30), _utc(2026, 4, 7))],
    ),
    (
        "The office will be closed up to and including Monday.",
        SAT,
        [_span(_utc(2025, 12, 27), _utc(2025, 12, 30))],
    ),
    (
        "The talks will continue up to the weekend.",
        MON,
        [_span(_utc(2026, 3, 30), _utc(2026, 4, 6))],
    ),
    (
        "The tax must be paid no later than Monday.",
        FRI,
        [_span(_utc(2026, 5, 29), _utc(2026, 6, 2))],
    ),
    (
        "Candidates must register no later than 5 p.m. ET on Wednesday.",
        TUE,
        [_span(_utc(2025, 11, 25), _local("America/New_York", 2025, 11, 26, 17))],
    ),
    (
        "Troops are to leave the city no later than the end of the year.",
        SAT,
        [_span(_utc(2025, 12, 27), _utc(2026, 1, 1))],
    ),
    (
        "No later than March, the government must publish the plan.",
        TUE,
        [_span(_utc(2025, 11, 25), _utc(2026, 4, 1))],
    ),
    # a past verb governs the cue: the day that is over, and "until" in a past clause is the
    # day itself
    ("The package arrived no later than Tuesday.", THU, [_day(2025, 4, 15)]),
    # --- ahead of, in the run-up (lead-up) to, before: [publication, X.start) when X is ahead
    (
        "Security will be stepped up ahead of Easter.",
        THU,
        [_span(_utc(2025, 4, 17), _utc(2025, 4, 20))],
    ),
    (
        "Ahead of Thanksgiving, airlines are adding flights.",
        TUE,
        [_span(_utc(2025, 11, 25), _utc(2025, 11, 27))],
    ),
    (
        "Shops are hiring extra staff ahead of Christmas Eve.",
        WED,
        [_span(_utc(2026, 12, 23), _utc(2026, 12, 24))],
    ),
    (
        "Prices usually rise in the run-up to Christmas.",
        WED,
        [_span(_utc(2026, 12, 23), _utc(2026, 12, 25))],
    ),
    (
        "In the run-up to Easter, the church will hold nightly services.",
        MON,
        [_span(_utc(2026, 3, 30), _utc(2026, 4, 5))],
    ),
    (
        "The law must be passed before the end of the year.",
        FRI,
        [_span(_utc(2026, 5, 29), _utc(2027, 1, 1))],
    ),
    (
        "Officials hope to finish the repairs before Good Friday.",
        MON,
        [_span(_utc(2026, 3, 30), _utc(2026, 4, 3))],
    ),
    # ... and X over: the text leaves the start open, the publication dates the sentence
    ("Shares rallied ahead of Thanksgiving.", SAT, [_pub(SAT)]),
    ("Traffic was heavy in the lead-up to Christmas.", SAT, [_pub(SAT)]),
    # --- by with a modified date or a part of a day: to its end
    (
        "The works will be completed by mid-June.",
        FRI,
        [_span(_utc(2026, 5, 29), _utc(2026, 6, 21))],
    ),
    ("The report is due by late Friday.", TUE, [_span(_utc(2025, 11, 25), _utc(2025, 11, 29))]),
    # --- between now and, from now until: [publication, Y.end)
    (
        "Between now and Easter, the bridge will be closed at night.",
        THU,
        [_span(_utc(2025, 4, 17), _utc(2025, 4, 21))],
    ),
    (
        "From now until Christmas, the store will open on Sundays.",
        TUE,
        [_span(_utc(2025, 11, 25), _utc(2025, 12, 26))],
    ),
]


@pytest.mark.parametrize(("body", "reference", "expected"), DEADLINES, ids=_ids)
def test_deadlines(body, reference, expected):
    assert _events(body, reference) == expected


WINDOWS = [
    # --- within D of X: [X.start, X.start + D), whatever the tense
    (
        "Owners must register their dogs within 30 days of 1 June.",
        FRI,
        [_span(_utc(2026, 6, 1), _utc(2026, 7, 1))],
    ),
    (
        "A claim must be filed within 14 days of March 2, 2026.",
        MON,
        [_span(_utc(2026, 3, 2), _utc(2026, 3, 16))],
    ),
    (
        "Refunds will be paid within a week of Christmas.",
        WED,
        [_span(_utc(2026, 12, 25), _utc(2027, 1, 1))],
    ),
    (
        "Voters must return their ballots within a week of Election Day.",
        MON,
        [_span(_utc(2026, 11, 3), _utc(2026, 11, 10))],
    ),
    (
        "Within two weeks of Easter, the hotel was full.",
        FRI,
        [_span(_utc(2026, 4, 5), _utc(2026, 4, 19))],
    ),
    # --- within D alone: ahead from the publication, else nothing of its own
    (
        "The results will be announced within ten days.",
        SUN,
        [_span(_utc(2026, 7, 5), _utc(2026, 7, 15))],
    ),
    (
        "The ministry said the road would reopen within two weeks.",
        TUE,
        [_span(_utc(2025, 11, 25), _utc(2025, 12, 9))],
    ),
    ("The fire was contained within 48 hours.", FRI, [_pub(FRI)]),
    # --- D before/after X: X moved by D
    ("Two days before Christmas, the power failed.", SAT, [_day(2025, 12, 23)]),
    ("Three days after Easter, the pope will travel to Lebanon.", MON, [_day(2026, 4, 8)]),
    ("A week after Thanksgiving, the store will close.", TUE, [_day(2025, 12, 4)]),
    # --- in the D before/after X: the stretch of that length that ends where X starts or
    # starts where X ends (as "in the D to X" and "in the D since X")
    (
        "In the three days before Christmas, 2 million people flew.",
        SAT,
        [_span(_utc(2025, 12, 22), _utc(2025, 12, 25))],
    ),
    (
        "In the two weeks after Easter, ticket sales doubled.",
        FRI,
        [_span(_utc(2026, 4, 6), _utc(2026, 4, 20))],
    ),
    # "the week before X" is X moved by a week, a calendar week (docs/temporal.md: "the week
    # before Christmas" is a holiday moved by a week): the week before Thanksgiving's week
    (
        "In the week before Thanksgiving, prices rose 5%.",
        SAT,
        [_span(_utc(2025, 11, 17), _utc(2025, 11, 24))],
    ),
]


@pytest.mark.parametrize(("body", "reference", "expected"), WINDOWS, ids=_ids)
def test_windows(body, reference, expected):
    assert _events(body, reference) == expected


STRETCHES = [
    # --- during, throughout: X's own interval, its direction by the clause's tense
    ("The museum will be closed during April.", MON, [_month(2026, 4)]),
    ("During March, the river burst its banks twice.", FRI, [_month(2026, 3)]),
    ("During the winter, the village was cut off for weeks.", FRI, [_winter(2025)]),
    ("Scaffolding will stay up throughout the summer.", MON, [_summer(2026)]),
    ("Throughout 2024, the firm lost money.", WED, [_year(2024)]),
    (
        "Throughout the weekend, crews worked to restore power.",
        MON,
        [_span(_utc(2026, 3, 28), _utc(2026, 3, 30))],
    ),
    ("Rain is forecast throughout Sunday.", FRI, [_day(2026, 5, 31)]),
    ("Water levels stayed high throughout the spring.", SUN, [_spring(2026)]),
    # --- all week, all weekend, all day Sunday, all summer
    pytest.param(
        "The bridge will be closed all week.",
        MON,
        [_span(_utc(2026, 3, 30), _utc(2026, 4, 6))],
        marks=pytest.mark.xfail(
            reason="s32-intervals: 'all week' is left bare in news, and chat's convention "
            "(docs/temporal.md, colloquial table) values it as the duration P1W with no "
            "interval, as the tweets annotate it; whether news's 'all week' is the "
            "publication's week (as 'all weekend' is the weekend) the contract does not settle",
            strict=True,
        ),
        id="The bridge will be closed all week.",
    ),
    (
        "Protesters camped outside parliament all weekend.",
        MON,
        [_span(_utc(2026, 3, 28), _utc(2026, 3, 30))],
    ),
    ("It snowed all day Sunday.", MON, [_day(2026, 3, 29)]),
    (
        "It rained all Saturday morning.",
        SUN,
        [_span(_utc(2026, 7, 4, 6), _utc(2026, 7, 4, 12))],
    ),
    ("The lido will be open all summer.", MON, [_summer(2026)]),
    # --- for most (much) of X: X's interval
    ("The plant was idle for most of 2024.", TUE, [_year(2024)]),
    (
        "Temperatures will stay mild for most of next week.",
        WED,
        [_span(_utc(2026, 12, 28), _utc(2027, 1, 4))],
    ),
    # a past clause: the most recent summer on or before the publication, the one under way
    ("For most of the summer, the lake was closed to swimmers.", SUN, [_summer(2026)]),
    ("For much of March, the region had no rain.", FRI, [_month(2026, 3)]),
    # --- the rest (remainder) of the unit: from the publication day to the unit's end
    (
        "Schools will stay closed for the rest of the week.",
        TUE,
        [_span(_utc(2025, 11, 25), _utc(2025, 12, 1))],
    ),
    (
        "The rest of the year will be difficult, the chief executive said.",
        WED,
        [_span(_utc(2026, 12, 23), _utc(2027, 1, 1))],
    ),
    (
        "Heavy rain is expected for the remainder of the month.",
        FRI,
        [_span(_utc(2026, 5, 29), _utc(2026, 6, 1))],
    ),
    (
        "The plant will run at half capacity for the rest of the quarter.",
        MON,
        [_span(_utc(2026, 3, 30), _utc(2026, 4, 1))],
    ),
    # no unit of the calendar: no date
    ("The striker will miss the rest of the season.", SAT, [_pub(SAT)]),
]


@pytest.mark.parametrize(("body", "reference", "expected"), STRETCHES, ids=_ids)
def test_stretches(body, reference, expected):
    assert _events(body, reference) == expected


HOLIDAYS = [
    # --- a holiday as the end, ahead: [publication, the holiday's end)
    (
        "The market will stay open until Christmas Eve.",
        TUE,
        [_span(_utc(2025, 11, 25), _utc(2025, 12, 25))],
    ),
    (
        "The road will be closed until Easter.",
        MON,
        [_span(_utc(2026, 3, 30), _utc(2026, 4, 6))],
    ),
    (
        "The offer runs till New Year's Day.",
        SAT,
        [_span(_utc(2025, 12, 27), _utc(2026, 1, 2))],
    ),
    (
        "Schools are closed through Thanksgiving.",
        TUE,
        [_span(_utc(2025, 11, 25), _utc(2025, 11, 28))],
    ),
    (
        "The hotel is fully booked until Labor Day.",
        FRI,
        [_span(_utc(2026, 5, 29), _utc(2026, 9, 8))],
    ),
    (
        "Tickets must be bought by Good Friday.",
        MON,
        [_span(_utc(2026, 3, 30), _utc(2026, 4, 4))],
    ),
    (
        "Parliament will sit until Maundy Thursday.",
        MON,
        [_span(_utc(2026, 3, 30), _utc(2026, 4, 3))],
    ),
    # --- since a holiday: [the holiday, publication)
    (
        "Fuel prices have risen since Good Friday.",
        FRI,
        [_span(_utc(2026, 4, 3), _utc(2026, 5, 29))],
    ),
    (
        "Since Halloween, the shop has sold 5,000 trees.",
        TUE,
        [_span(_utc(2025, 10, 31), _utc(2025, 11, 25))],
    ),
    (
        "The border has been closed since Valentine's Day.",
        MON,
        [_span(_utc(2026, 2, 14), _utc(2026, 3, 30))],
    ),
    (
        "Fireworks have been banned since Independence Day.",
        SUN,
        [_span(_utc(2026, 7, 4), _utc(2026, 7, 5))],
    ),
    # --- past clauses and negations: the holiday itself
    ("The festival ran until Easter Monday.", FRI, [_day(2026, 4, 6)]),
    ("Markets stayed closed until Boxing Day.", SAT, [_day(2025, 12, 26)]),
    ("The ferry will not sail again until New Year's Eve.", WED, [_day(2026, 12, 31)]),
    # --- holidays as both ends of a range
    (
        "From Christmas Eve to New Year's Day, the museum will be closed.",
        TUE,
        [_span(_utc(2025, 12, 24), _utc(2026, 1, 2))],
    ),
    (
        "Between Christmas and New Year's Day, 50 people died on the roads.",
        date(2026, 1, 3),
        [_span(_utc(2025, 12, 25), _utc(2026, 1, 2))],
    ),
    (
        "The mall will open late from Black Friday until Christmas Eve.",
        TUE,
        [_span(_utc(2025, 11, 28), _utc(2025, 12, 25))],
    ),
]


@pytest.mark.parametrize(("body", "reference", "expected"), HOLIDAYS, ids=_ids)
def test_holidays(body, reference, expected):
    assert _events(body, reference) == expected


PARTS = [
    # --- a part of a day as the end, ahead: to the part's end (late = the day's last third,
    # evening to midnight, afternoon to 18:00, night to 06:00 the next day)
    (
        "The road will stay closed until late Friday.",
        WED,
        [_span(_utc(2026, 12, 23), _utc(2026, 12, 26))],
    ),
    (
        "Power should be restored by Thursday evening.",
        MON,
        [_span(_utc(2026, 3, 30), _utc(2026, 4, 3))],
    ),
    (
        "The warning runs till Saturday afternoon.",
        THU,
        [_span(_utc(2025, 4, 17), _utc(2025, 4, 19, 18))],
    ),
    (
        "Snow will fall through Sunday night.",
        FRI,
        [_span(_utc(2026, 5, 29), _utc(2026, 6, 1, 6))],
    ),
    (
        "The strike will last until midday Friday.",
        MON,
        [_span(_utc(2026, 3, 30), _utc(2026, 4, 3, 12))],
    ),
    # early next week: the first third of the coming week
    (
        "The storm will linger until early next week.",
        FRI,
        [_span(_utc(2026, 5, 29), _utc(2026, 6, 3, 8))],
    ),
    # --- since a part of a day: from its start
    (
        "Crews have been working since early morning.",
        datetime(2026, 3, 30, 15, 0, tzinfo=UTC),
        [_span(_utc(2026, 3, 30, 6), _utc(2026, 3, 30, 15))],
    ),
    (
        "The airport has been shut since late last night.",
        datetime(2025, 11, 25, 10, 0, tzinfo=UTC),
        [_span(_utc(2025, 11, 24, 22), _utc(2025, 11, 25, 10))],
    ),
    (
        "Since Monday morning, 300 people have been evacuated.",
        THU,
        [_span(_utc(2025, 4, 14, 6), _utc(2025, 4, 17))],
    ),
    (
        "Since midnight, 20 rockets have been fired.",
        datetime(2026, 5, 29, 9, 0, tzinfo=UTC),
        [_span(_utc(2026, 5, 29), _utc(2026, 5, 29, 9))],
    ),
    (
        "Since Christmas morning, the family has been without heat.",
        SAT,
        [_span(_utc(2025, 12, 25, 6), _utc(2025, 12, 27))],
    ),
    (
        "The shelter has been full since the start of the week.",
        THU,
        [_span(_utc(2025, 4, 14), _utc(2025, 4, 17))],
    ),
    # --- past: the part itself
    (
        "Fighting raged until late Sunday.",
        MON,
        [_span(_utc(2026, 3, 29, 16), _utc(2026, 3, 30))],
    ),
    (
        "The rescue lasted until early Saturday.",
        SUN,
        [_span(_utc(2026, 7, 4), _utc(2026, 7, 4, 8))],
    ),
    # --- ranges of parts of days
    (
        "Traffic will be diverted from Friday evening until Monday morning.",
        TUE,
        [_span(_utc(2025, 11, 28, 18), _utc(2025, 12, 1, 12))],
    ),
    (
        "The line was closed from Saturday night into Sunday morning.",
        MON,
        [_span(_utc(2026, 3, 28, 20), _utc(2026, 3, 29, 12))],
    ),
]


@pytest.mark.parametrize(("body", "reference", "expected"), PARTS, ids=_ids)
def test_parts(body, reference, expected):
    assert _events(body, reference) == expected


NESTED = [
    # modified years, seasons, quarters, decades and months as the ends of a range:
    # [X.start, Y.end) of their narrowed intervals (thirds of the unit)
    (
        "From late 2019 until mid-2021, the factory was closed.",
        FRI,
        [_span(_utc(2019, 9, 1), _utc(2021, 9, 1))],
    ),
    (
        "Between early 2020 and late 2022, prices doubled.",
        TUE,
        [_span(_utc(2020, 1, 1), _utc(2023, 1, 1))],
    ),
    (
        "The exhibition will run from spring 2027 to autumn 2028.",
        SUN,
        [_span(_utc(2027, 3, 1), _utc(2028, 12, 1))],
    ),
    (
        "From mid-March to late April, the lake was frozen.",
        FRI,
        [_span(_utc(2026, 3, 11), _utc(2026, 5, 1))],
    ),
    (
        "From the late 1990s to the early 2000s, the town grew fast.",
        MON,
        [_span(_utc(1997, 1, 1), _utc(2004, 1, 1))],
    ),
    (
        "From January 2020 to March 2021, the office was shut.",
        WED,
        [_span(_utc(2020, 1, 1), _utc(2021, 4, 1))],
    ),
    (
        "Between the third quarter of 2024 and the first quarter of 2025, output fell.",
        WED,
        [_span(_utc(2024, 7, 1), _utc(2025, 4, 1))],
    ),
    (
        "From late December 2024 to early February 2025, the pass was closed.",
        THU,
        [_span(_utc(2024, 12, 21), _utc(2025, 2, 11))],
    ),
    (
        "The programme will run from mid-2027 through the end of 2029.",
        MON,
        [_span(_utc(2027, 5, 1), _utc(2030, 1, 1))],
    ),
    (
        "From the summer of 2018 until the spring of 2020, she lived in Oslo.",
        SAT,
        [_span(_utc(2018, 6, 1), _utc(2020, 6, 1))],
    ),
    (
        "Between 2015 and early 2017, the dam was rebuilt.",
        SUN,
        [_span(_utc(2015, 1, 1), _utc(2017, 5, 1))],
    ),
    (
        "From the autumn of 2023 into early 2024, the strike dragged on.",
        TUE,
        [_span(_utc(2023, 9, 1), _utc(2024, 5, 1))],
    ),
    (
        "The bridge will be closed from late June to early August.",
        FRI,
        [_span(_utc(2026, 6, 21), _utc(2026, 8, 11))],
    ),
    # since a modified date
    (
        "Since the middle of March, the river has fallen a metre.",
        MON,
        [_span(_utc(2026, 3, 11), _utc(2026, 3, 30))],
    ),
    (
        "Since the end of last year, the firm has hired 300 people.",
        FRI,
        [_span(_utc(2025, 9, 1), _utc(2026, 5, 29))],
    ),
]


@pytest.mark.parametrize(("body", "reference", "expected"), NESTED, ids=_ids)
def test_nested(body, reference, expected):
    assert _events(body, reference) == expected


TENSE = [
    # --- since X is [X.start, publication) whatever the verb's tense
    (
        "The road has been closed since Monday.",
        THU,
        [_span(_utc(2025, 4, 14), _utc(2025, 4, 17))],
    ),
    (
        "The road had been closed since Monday, police said.",
        THU,
        [_span(_utc(2025, 4, 14), _utc(2025, 4, 17))],
    ),
    (
        "The road was closed since Monday.",
        THU,
        [_span(_utc(2025, 4, 14), _utc(2025, 4, 17))],
    ),
    (
        "The road has been closed since March.",
        FRI,
        [_span(_utc(2026, 3, 1), _utc(2026, 5, 29))],
    ),
    (
        "The plant was idle since March, the company said.",
        FRI,
        [_span(_utc(2026, 3, 1), _utc(2026, 5, 29))],
    ),
    (
        "Since 2019, the museum has welcomed 2 million visitors.",
        SUN,
        [_span(_utc(2019, 1, 1), _utc(2026, 7, 5))],
    ),
    (
        "The mine has been shut since last spring.",
        TUE,
        [_span(_utc(2025, 3, 1), _utc(2025, 11, 25))],
    ),
    (
        "It has been raining since Tuesday.",
        THU,
        [_span(_utc(2025, 4, 15), _utc(2025, 4, 17))],
    ),
    (
        "Prices are up 20% since January.",
        MON,
        [_span(_utc(2026, 1, 1), _utc(2026, 3, 30))],
    ),
    (
        "Since taking office in January, the mayor has fired 40 officials.",
        WED,
        [_span(_utc(2026, 1, 1), _utc(2026, 12, 23))],
    ),
    (
        "The town has changed since the flood in May.",
        SUN,
        [_span(_utc(2026, 5, 1), _utc(2026, 7, 5))],
    ),
    (
        "Has the price risen since Friday?",
        SAT,
        [_span(_utc(2025, 12, 26), _utc(2025, 12, 27))],
    ),
    # --- against the plain past and the present perfect of a duration
    ("The road was closed on Monday.", THU, [_day(2025, 4, 14)]),
    ("The road was closed for three weeks.", FRI, [_pub(FRI)]),
    (
        "The road has been closed for three weeks.",
        FRI,
        [_span(_utc(2026, 5, 8), _utc(2026, 5, 29))],
    ),
]


@pytest.mark.parametrize(("body", "reference", "expected"), TENSE, ids=_ids)
def test_tense(body, reference, expected):
    assert _events(body, reference) == expected


CONDITIONALS = [
    (
        "If the talks fail, the strike will last until Friday.",
        MON,
        [_span(_utc(2026, 3, 30), _utc(2026, 4, 4))],
    ),
    # the condition's date dates the condition, the main clause's the sentence; a future
    # clause's weekday is the next one on or after the publication day: Monday itself
    (
        "Unless a deal is reached by Friday, workers will strike on Monday.",
        MON,
        [_day(2026, 3, 30)],
    ),
    (
        "Should the weather hold, the festival will run until Sunday.",
        FRI,
        [_span(_utc(2026, 5, 29), _utc(2026, 6, 1))],
    ),
    ("If approved, the law would take effect on January 1.", SUN, [_day(2027, 1, 1)]),
    ("If it rains on Saturday, the final will be played on Sunday.", THU, [_day(2025, 4, 20)]),
    ("Had the dam burst on Tuesday, thousands would have died.", WED, [_day(2026, 12, 22)]),
    (
        "If both sides agree, the ceasefire could last until March.",
        SAT,
        [_span(_utc(2025, 12, 27), _utc(2026, 4, 1))],
    ),
    (
        "If the court rules against him, he will have until Monday to appeal.",
        TUE,
        [_span(_utc(2025, 11, 25), _utc(2025, 12, 2))],
    ),
]


@pytest.mark.parametrize(("body", "reference", "expected"), CONDITIONALS, ids=_ids)
def test_conditionals(body, reference, expected):
    assert _events(body, reference) == expected


ZONES = [
    # --- ahead: the end, a clock time with no day of its own, is the morning after the start;
    # a zone named only at the end holds for the start too
    (
        "The curfew will run from 10 p.m. to 5 a.m. Kyiv time.",
        MON,
        [_span(_utc(2026, 3, 30, 19), _utc(2026, 3, 31, 2))],
    ),
    (
        "Trading will be suspended from 11 p.m. ET Friday to 1 a.m. ET Saturday.",
        WED,
        [
            _span(
                _local("America/New_York", 2026, 12, 25, 23),
                _local("America/New_York", 2026, 12, 26, 1),
            )
        ],
    ),
    (
        "The site will be offline between 11 p.m. and 3 a.m. GMT.",
        TUE,
        [_span(_utc(2025, 11, 25, 23), _utc(2025, 11, 26, 3))],
    ),
    # only the end names its day: the start is the evening before
    (
        "Maintenance will take place from 22:00 to 04:00 CET on Saturday.",
        TUE,
        [_span(_utc(2025, 11, 28, 21), _utc(2025, 11, 29, 3))],
    ),
    (
        "Polls will be open from 7 a.m. to midnight Moscow time on Sunday.",
        FRI,
        [_span(_utc(2026, 5, 31, 4), _utc(2026, 5, 31, 21))],
    ),
    (
        "From 9 p.m. PT Saturday to 3 a.m. ET Sunday, the service will be down.",
        FRI,
        [_span(_utc(2026, 5, 31, 4), _utc(2026, 5, 31, 7))],
    ),
    (
        "Bars must close between 11 p.m. and 4 a.m. local time.",
        TUE,
        [_span(_utc(2025, 11, 25, 23), _utc(2025, 11, 26, 4))],
    ),
    # no zone written: the article's own offset
    (
        "The road will be closed from 10 p.m. to 6 a.m.",
        datetime(2026, 3, 30, 20, 0, tzinfo=timezone(timedelta(hours=2))),
        [_span(_utc(2026, 3, 30, 20), _utc(2026, 3, 31, 4))],
    ),
    # --- past: the night before when the next morning would be after the publication day
    (
        "The blackout lasted from 11 p.m. to 2 a.m. Tokyo time.",
        SAT,
        [_span(_utc(2025, 12, 27, 14), _utc(2025, 12, 27, 17))],
    ),
    (
        "The party went on from 10 p.m. until 4 a.m. Eastern time.",
        SUN,
        [_span(_utc(2026, 7, 5, 2), _utc(2026, 7, 5, 8))],
    ),
]


@pytest.mark.parametrize(("body", "reference", "expected"), ZONES, ids=_ids)
def test_zones(body, reference, expected):
    assert _events(body, reference) == expected


REPORTED = [
    # the report's day is past; what it says would happen looks ahead from the publication
    (
        "The minister said on Monday that the border would reopen on Friday.",
        WED,
        [_day(2026, 12, 21), _day(2026, 12, 25)],
    ),
    ("She said the company was going to close the plant in March.", TUE, [_month(2026, 3)]),
    ("Officials said the talks were due to resume on Thursday.", TUE, [_day(2025, 11, 27)]),
    (
        "The company told investors it would hit its target by the end of 2027.",
        MON,
        [_span(_utc(2026, 3, 30), _utc(2028, 1, 1))],
    ),
    (
        "He told reporters the bridge would stay closed until next spring.",
        TUE,
        [_span(_utc(2025, 11, 25), _utc(2026, 6, 1))],
    ),
    (
        "Forecasters said on Sunday that temperatures would stay below freezing through Wednesday.",
        MON,
        [_day(2026, 3, 29), _span(_utc(2026, 3, 30), _utc(2026, 4, 2))],
    ),
    (
        "The mayor said the festival would take place from June 12 to June 14.",
        FRI,
        [_span(_utc(2026, 6, 12), _utc(2026, 6, 15))],
    ),
    (
        "The union warned that strikes would continue until Easter.",
        MON,
        [_span(_utc(2026, 3, 30), _utc(2026, 4, 6))],
    ),
    (
        "It was announced that the school would close for two weeks starting Monday.",
        THU,
        [_span(_utc(2025, 4, 21), _utc(2025, 5, 5))],
    ),
    (
        "She said she would be in Paris next week.",
        MON,
        [_span(_utc(2026, 4, 6), _utc(2026, 4, 13))],
    ),
    (
        "The court heard that the trial was expected to last until June.",
        FRI,
        [_span(_utc(2026, 5, 29), _utc(2026, 7, 1))],
    ),
    (
        "Police said on Tuesday the road would remain closed until late Sunday.",
        THU,
        [_day(2025, 4, 15), _span(_utc(2025, 4, 17), _utc(2025, 4, 21))],
    ),
    (
        "The club said in January that the stadium would be ready by August.",
        FRI,
        [_month(2026, 1), _span(_utc(2026, 5, 29), _utc(2026, 9, 1))],
    ),
    (
        "The bank said on Thursday it would keep rates on hold until at least September.",
        TUE,
        [_day(2025, 11, 20), _span(_utc(2025, 11, 25), _utc(2026, 10, 1))],
    ),
]


@pytest.mark.parametrize(("body", "reference", "expected"), REPORTED, ids=_ids)
def test_reported(body, reference, expected):
    assert _events(body, reference) == expected


CHAT = [
    ("at my nans till xmas eve", TUE, [_span(_utc(2025, 11, 25), _utc(2025, 12, 25))]),
    ("been off work since boxing day", SAT, [_span(_utc(2025, 12, 26), _utc(2025, 12, 27))]),
    ("on holiday for the rest of the week!!", WED, [_span(_utc(2026, 12, 23), _utc(2026, 12, 28))]),
    ("revising thru easter", THU, [_span(_utc(2025, 4, 17), _utc(2025, 4, 21))]),
    (
        "been up since 5am",
        datetime(2026, 5, 29, 9, 0, tzinfo=UTC),
        [_span(_utc(2026, 5, 29, 5), _utc(2026, 5, 29, 9))],
    ),
]


@pytest.mark.parametrize(("body", "reference", "expected"), CHAT, ids=_ids)
def test_chat(body, reference, expected):
    assert _events(body, reference) == expected
