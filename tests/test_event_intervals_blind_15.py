"""A fifteenth file of blind event-interval cases (session 39), written by hand from DESIGN.md's
temporal contract and docs/temporal.md ("Signals", "Document types and the story time",
"Modifiers narrow by thirds") before the tagger was run on them, on what batches 1-14 covered
least: "until"/"till" with a clock time and a zone in words ahead ("until 8 p.m. Eastern time on
Tuesday" after the start of US summer time, "till 14:30 GMT", "Moscow time", "Sydney time",
"Tokyo time" across a year end, "Kyiv time" and "UK time" around the end of summer time, a
bare "till 2 a.m." in the small hours) and in a past clause after a verb of lasting; "through
the weekend" ahead (across a year end) and past; "from ... until ..." in a background story
("From March until October", "From April until late May", "from the autumn until the following
spring", "from 1911 until the strike of 1926"); "since" with a season, "last winter", holidays
(Thanksgiving, Christmas Eve, Easter Monday, New Year's Day, Labor Day) and weekdays across a
year end; "the past N days" in a past perfect and a present perfect across a year end, "over
the past 48 hours"; "over the summer"/"over the winter" past and future; "in the run-up to",
"in the lead-up to" ahead and over; "during the night of" a day, "during Friday night";
"between X and Y" past and future (weekdays across a year end, months, a winter over the new
year, holidays); "no earlier than" over and ahead; "as soon as" a weekday, a month and a clock
time in a zone; "pending" an event on a day; "ahead of" a day of a month and "next week's"
summit, and an over one; ranges across a year end ("from Dec. 30 to Jan. 3", "from 28 December
to 4 January" told in the past, "from December through February", "from late December into
early January"), and a second set on the same ground ("till midnight Moscow time", "since 6
a.m. Kyiv time on Sunday", "from now until Christmas", "from Dec. 31 until Jan. 2" in a story
of 1999, "till the 15th" over the new year, "as soon as next week"), a third ("since Monday
night", "since late last year", clock ranges across midnight in a zone, "From that August until
the following May" in a story of 1944), a fourth (chat's "from the 23rd til the 2nd", "during
the night of 14 April" in 1912, minute deadlines in zones, "pending a trial next year"), a fifth
("remained closed through the weekend", "til the wknd", "during the night" ahead, "until Tuesday
week", "until the early hours of Sunday", weekdays in a story told to the day), a sixth ("won't
reopen till Thursday at the earliest", "until a week from Friday", "in the two weeks to
Christmas Eve", "for three nights from Friday") and a seventh of holidays after "since" and
"until" (Epiphany, Juneteenth, Remembrance Sunday, Mother's Day, Presidents' Day)."""

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

MON = date(2026, 12, 28)  # a Monday between Christmas and the new year
TUE = date(2027, 7, 13)  # a Tuesday in July: Sydney on standard time (AEST)
WED = date(2026, 3, 4)  # a Wednesday: the US moves to summer time on Sunday 8 March
THU = date(2027, 9, 2)  # a Thursday: Labor Day is Monday 6 September
FRI = date(2026, 4, 10)  # a Friday: Easter was 5 April, Easter Monday 6 April
SAT = date(2027, 1, 2)  # a Saturday, the second of January
SUN = date(2026, 11, 29)  # a Sunday: Thanksgiving was 26 November, Labor Day 7 September
WED_EU = date(2026, 10, 21)  # a Wednesday: Europe (and Kyiv) go back to winter time on 25 October
FRI_DST = date(2026, 10, 30)  # a Friday: the US goes back to standard time on Sunday 1 November
WED_FEB = date(2027, 2, 10)  # a Wednesday in February

NY = "America/New_York"
LA = "America/Los_Angeles"
BERLIN = "Europe/Berlin"
KYIV = "Europe/Kyiv"
MOSCOW = "Europe/Moscow"
LONDON = "Europe/London"
PARIS = "Europe/Paris"
SYDNEY = "Australia/Sydney"
TOKYO = "Asia/Tokyo"


def _ids(v):
    return v if isinstance(v, str) else ""


UNTIL_ZONES = [
    # --- until/till a clock time in a zone, the clause not past: [publication, the time named)
    # Tuesday 10 March is after the US clocks went forward: 8 p.m. EDT
    (
        "The polls stay open until 8 p.m. Eastern time on Tuesday.",
        WED,
        [_span(_utc(2026, 3, 4), _local(NY, 2026, 3, 10, 20))],
    ),
    # a publication with a time of day opens it then; today's 14:30 GMT
    (
        "Trading in the shares is halted till 14:30 GMT.",
        datetime(2027, 7, 13, 9, 0, tzinfo=UTC),
        [_span(_utc(2027, 7, 13, 9), _utc(2027, 7, 13, 14, 30))],
    ),
    (
        "The curfew will remain in force until 6 a.m. Moscow time on Monday.",
        THU,
        [_span(_utc(2027, 9, 2), _local(MOSCOW, 2027, 9, 6, 6))],
    ),
    # Wednesday 14 July in Sydney, AEST (UTC+10)
    (
        "Offices will be closed till 1 p.m. Sydney time on Wednesday.",
        TUE,
        [_span(_utc(2027, 7, 13), _local(SYDNEY, 2027, 7, 14, 13))],
    ),
    # Friday 1 January 2027 in Tokyo, across the year end
    (
        "Bids will be accepted until 4 p.m. Tokyo time on Friday.",
        MON,
        [_span(_utc(2026, 12, 28), _local(TOKYO, 2027, 1, 1, 16))],
    ),
    # Thursday 22 October, Kyiv still on summer time (EEST)
    (
        "The ceasefire is due to hold until 8 a.m. Kyiv time on Thursday.",
        WED_EU,
        [_span(_utc(2026, 10, 21), _local(KYIV, 2026, 10, 22, 8))],
    ),
    # Monday 2 November is after the US clocks went back: 5 a.m. EST
    (
        "The bridge will be closed until 5 a.m. Eastern time on Monday.",
        FRI_DST,
        [_span(_utc(2026, 10, 30), _local(NY, 2026, 11, 2, 5))],
    ),
    # Saturday 31 October: Britain back on GMT since the 25th
    (
        "Ticket sales remain open until 10 p.m. UK time on Saturday.",
        FRI_DST,
        [_span(_utc(2026, 10, 30), _local(LONDON, 2026, 10, 31, 22))],
    ),
    # Sunday 25 October is the night Europe's clocks go back: 9 p.m. CET
    (
        "Voting continues until 9 p.m. Central European time on Sunday.",
        WED_EU,
        [_span(_utc(2026, 10, 21), _local(BERLIN, 2026, 10, 25, 21))],
    ),
    # a bare clock time of the small hours after an evening publication: the coming 2 a.m.
    (
        "The bars will stay open till 2 a.m.",
        datetime(2027, 7, 13, 20, 0, tzinfo=UTC),
        [_span(_utc(2027, 7, 13, 20), _utc(2027, 7, 14, 2))],
    ),
    # --- a past verb of lasting: X's own interval, a clock time its hour
    (
        "The store stayed open until 10 p.m. Pacific time on Friday.",
        SUN,
        [_hour(LA, 2026, 11, 27, 22)],
    ),
]


@pytest.mark.parametrize(("body", "reference", "expected"), UNTIL_ZONES, ids=_ids)
def test_until_zones(body, reference, expected):
    assert _events(body, reference) == expected


WEEKENDS = [
    # --- through the weekend: ahead [publication, the weekend's end); past its own interval
    (
        "The exhibition stays open through the weekend.",
        THU,
        [_span(_utc(2027, 9, 2), _utc(2027, 9, 6))],
    ),
    # the coming weekend is 2-3 January 2027
    (
        "Rail strikes will continue through the weekend.",
        MON,
        [_span(_utc(2026, 12, 28), _utc(2027, 1, 4))],
    ),
    (
        "The protest lasted through the weekend.",
        TUE,
        [_span(_utc(2027, 7, 10), _utc(2027, 7, 12))],
    ),
]


@pytest.mark.parametrize(("body", "reference", "expected"), WEEKENDS, ids=_ids)
def test_weekends(body, reference, expected):
    assert _events(body, reference) == expected


STORIES = [
    # --- from X until Y in a background story: [X.start, Y.end) in the story's year
    (
        "In 1968 the family moved to Leeds. From March until October, the father worked at the "
        "mill.",
        TUE,
        [_year(1968), _span(_utc(1968, 3, 1), _utc(1968, 11, 1))],
    ),
    # late May is its last third, to the end of May
    (
        "The siege began in 1453. From April until late May, the walls held.",
        SUN,
        [_year(1453), _span(_utc(1453, 4, 1), _utc(1453, 6, 1))],
    ),
    # the autumn of 1994 to the spring of 1995
    (
        "She joined the orchestra in 1994. From the autumn until the following spring, it toured "
        "Japan.",
        FRI,
        [_year(1994), _span(_utc(1994, 9, 1), _utc(1995, 6, 1))],
    ),
    # a range's "from X" before a distant "until" closes on the year it governs
    (
        "The pit opened in 1911. It ran from 1911 until the strike of 1926.",
        WED,
        [_year(1911), _span(_utc(1911, 1, 1), _utc(1927, 1, 1))],
    ),
]


@pytest.mark.parametrize(("body", "reference", "expected"), STORIES, ids=_ids)
def test_stories(body, reference, expected):
    assert _events(body, reference) == expected


SINCE = [
    # --- since X: [X.start, publication)
    (
        "Fuel has been rationed since the spring.",
        TUE,
        [_span(_utc(2027, 3, 1), _utc(2027, 7, 13))],
    ),
    # the last winter is the one that began in December 2026
    (
        "The lake has stayed low since last winter.",
        TUE,
        [_span(_utc(2026, 12, 1), _utc(2027, 7, 13))],
    ),
    (
        "Turkey prices have climbed since Thanksgiving.",
        SUN,
        [_span(_utc(2026, 11, 26), _utc(2026, 11, 29))],
    ),
    (
        "The border has been shut since Christmas Eve.",
        SAT,
        [_span(_utc(2026, 12, 24), _utc(2027, 1, 2))],
    ),
    (
        "Since Easter Monday, the line has carried 30% fewer passengers.",
        FRI,
        [_span(_utc(2026, 4, 6), _utc(2026, 4, 10))],
    ),
    (
        "Dock workers have been on strike since Wednesday.",
        MON,
        [_span(_utc(2026, 12, 23), _utc(2026, 12, 28))],
    ),
    (
        "Since New Year's Day, police have arrested 40 people.",
        SAT,
        [_span(_utc(2027, 1, 1), _utc(2027, 1, 2))],
    ),
    (
        "Petrol prices have fallen since Labor Day.",
        SUN,
        [_span(_utc(2026, 9, 7), _utc(2026, 11, 29))],
    ),
    # the last Thursday, Christmas Eve
    (
        "The pipeline has leaked since last Thursday.",
        MON,
        [_span(_utc(2026, 12, 24), _utc(2026, 12, 28))],
    ),
]


@pytest.mark.parametrize(("body", "reference", "expected"), SINCE, ids=_ids)
def test_since(body, reference, expected):
    assert _events(body, reference) == expected


PAST_N = [
    # --- "the past D" is its own interval, [publication - D, publication), in any tense
    (
        "The hospital said it had treated 300 people over the past five days.",
        WED,
        [_span(_utc(2026, 2, 27), _utc(2026, 3, 4))],
    ),
    (
        "Officials said the river had risen steadily for the past three days.",
        THU,
        [_span(_utc(2027, 8, 30), _utc(2027, 9, 2))],
    ),
    # a present perfect across the year end
    (
        "Snow has fallen for the past four days.",
        SAT,
        [_span(_utc(2026, 12, 29), _utc(2027, 1, 2))],
    ),
    (
        "Rescuers have pulled 40 people from the rubble over the past 48 hours.",
        datetime(2026, 3, 4, 12, 0, tzinfo=UTC),
        [_span(_utc(2026, 3, 2, 12), _utc(2026, 3, 4, 12))],
    ),
]


@pytest.mark.parametrize(("body", "reference", "expected"), PAST_N, ids=_ids)
def test_past_n(body, reference, expected):
    assert _events(body, reference) == expected


SEASONS = [
    # --- over a season: the season by the clause's tense, June to August, December to February
    (
        "The club signed four players over the summer.",
        THU,
        [_span(_utc(2027, 6, 1), _utc(2027, 9, 1))],
    ),
    (
        "The council will repave the square over the summer.",
        FRI,
        [_span(_utc(2026, 6, 1), _utc(2026, 9, 1))],
    ),
    (
        "Over the summer, the school was rebuilt.",
        SAT,
        [_span(_utc(2026, 6, 1), _utc(2026, 9, 1))],
    ),
    (
        "Over the winter, the reservoir should refill.",
        THU,
        [_span(_utc(2027, 12, 1), _utc(2028, 3, 1))],
    ),
]


@pytest.mark.parametrize(("body", "reference", "expected"), SEASONS, ids=_ids)
def test_seasons(body, reference, expected):
    assert _events(body, reference) == expected


BEFORE = [
    # --- in the run-up (lead-up) to X, ahead of X: before X; X ahead [publication, X.start)
    (
        "Police will step up patrols in the run-up to New Year's Eve.",
        MON,
        [_span(_utc(2026, 12, 28), _utc(2026, 12, 31))],
    ),
    (
        "In the lead-up to Sunday's election, both parties will hold rallies.",
        THU,
        [_span(_utc(2027, 9, 2), _utc(2027, 9, 5))],
    ),
    (
        "Shops will extend their hours ahead of Dec. 24.",
        SUN,
        [_span(_utc(2026, 11, 29), _utc(2026, 12, 24))],
    ),
    # next week is 19-25 July
    (
        "The president will visit Kyiv ahead of next week's summit.",
        TUE,
        [_span(_utc(2027, 7, 13), _utc(2027, 7, 19))],
    ),
    # --- X over: that side open, the publication dates the sentence
    ("Investors sold shares ahead of Friday's jobs report.", TUE, [_pub(TUE)]),
    ("Sales of toys rose sharply in the run-up to Christmas.", SAT, [_pub(SAT)]),
]


@pytest.mark.parametrize(("body", "reference", "expected"), BEFORE, ids=_ids)
def test_before(body, reference, expected):
    assert _events(body, reference) == expected


NIGHTS = [
    # --- the night of a day: 20:00 to 06:00 the next morning
    (
        "During the night of 3 March, rebels shelled the port.",
        WED,
        [_span(_utc(2026, 3, 3, 20), _utc(2026, 3, 4, 6))],
    ),
    (
        "Snow will fall during Friday night.",
        THU,
        [_span(_utc(2027, 9, 3, 20), _utc(2027, 9, 4, 6))],
    ),
]


@pytest.mark.parametrize(("body", "reference", "expected"), NIGHTS, ids=_ids)
def test_nights(body, reference, expected):
    assert _events(body, reference) == expected


BETWEEN = [
    # --- between X and Y: [X.start, Y.end) by the clause's tense
    (
        "The museum will be closed between 24 December and 3 January.",
        SUN,
        [_span(_utc(2026, 12, 24), _utc(2027, 1, 4))],
    ),
    # the past Monday to Thursday, 28 to 31 December
    (
        "Between Monday and Thursday, the index fell 6%.",
        SAT,
        [_span(_utc(2026, 12, 28), _utc(2027, 1, 1))],
    ),
    (
        "Prices rose 8% between March and May.",
        TUE,
        [_span(_utc(2027, 3, 1), _utc(2027, 6, 1))],
    ),
    (
        "The work will be done between June and August.",
        FRI,
        [_span(_utc(2026, 6, 1), _utc(2026, 9, 1))],
    ),
    # a past winter over the new year: November 2025 to February 2026
    (
        "Between November and February, the ward treated 400 patients.",
        FRI,
        [_span(_utc(2025, 11, 1), _utc(2026, 3, 1))],
    ),
    (
        "Between Christmas Eve and Jan. 6, the trams will run every ten minutes.",
        SUN,
        [_span(_utc(2026, 12, 24), _utc(2027, 1, 7))],
    ),
]


@pytest.mark.parametrize(("body", "reference", "expected"), BETWEEN, ids=_ids)
def test_between(body, reference, expected):
    assert _events(body, reference) == expected


QUALIFIED = [
    # --- no earlier than X over: as after, [X.end, end of the publication day)
    (
        "Investigators said the leak began no earlier than Monday.",
        SAT,
        [_span(_utc(2026, 12, 29), _utc(2027, 1, 3))],
    ),
    # ahead: that side open, the publication
    ("The launch will happen no earlier than 2028.", WED, [_pub(WED)]),
    ("A verdict is expected no earlier than mid-January.", MON, [_pub(MON)]),
    # --- as soon as X: no signal of the table, X's own interval by the tense
    ("The bridge could reopen as soon as Friday.", TUE, [_day(2027, 7, 16)]),
    ("The central bank may cut rates as soon as next month.", MON, [_month(2027, 1)]),
    # Tuesday 10 March, after the US clocks went forward: 9 p.m. EDT
    (
        "Results could come as soon as 9 p.m. ET on Tuesday.",
        WED,
        [_hour(NY, 2026, 3, 10, 21)],
    ),
    # --- pending an event on a day: the day itself, ahead
    ("The ban is suspended pending a hearing on Monday.", THU, [_day(2027, 9, 6)]),
    ("Pending a vote on Thursday, the plan remains on hold.", MON, [_day(2026, 12, 31)]),
]


@pytest.mark.parametrize(("body", "reference", "expected"), QUALIFIED, ids=_ids)
def test_qualified(body, reference, expected):
    assert _events(body, reference) == expected


YEAR_END = [
    # --- ranges across a year end
    (
        "The festival runs from Dec. 30 to Jan. 3.",
        MON,
        [_span(_utc(2026, 12, 30), _utc(2027, 1, 4))],
    ),
    # told in the past, published in April: the last such range
    (
        "The plant was shut from 28 December to 4 January.",
        FRI,
        [_span(_utc(2025, 12, 28), _utc(2026, 1, 5))],
    ),
    (
        "Fares will be frozen from December through February.",
        THU,
        [_span(_utc(2027, 12, 1), _utc(2028, 3, 1))],
    ),
    # late December's last third from the 21st to early January's first third, to the 11th
    (
        "The strike ran from late December into early January.",
        WED_FEB,
        [_span(_utc(2026, 12, 21), _utc(2027, 1, 11))],
    ),
    (
        "The ski lifts will run daily from Dec. 19 through Jan. 10.",
        SUN,
        [_span(_utc(2026, 12, 19), _utc(2027, 1, 11))],
    ),
    (
        "Between Dec. 27 and Jan. 2, the ferry carried 12,000 cars.",
        WED_FEB,
        [_span(_utc(2026, 12, 27), _utc(2027, 1, 3))],
    ),
]


@pytest.mark.parametrize(("body", "reference", "expected"), YEAR_END, ids=_ids)
def test_year_end(body, reference, expected):
    assert _events(body, reference) == expected


MORE = [
    # --- a second set, written before running like the first
    # midnight Moscow time at the end of the publication day
    (
        "The online auction runs till midnight Moscow time.",
        datetime(2027, 9, 2, 10, 0, tzinfo=UTC),
        [_span(_utc(2027, 9, 2, 10), _local(MOSCOW, 2027, 9, 3, 0))],
    ),
    # a clock time in a zone on a date across the year end
    (
        "Voting is open until 5 p.m. Pacific time on Jan. 4.",
        MON,
        [_span(_utc(2026, 12, 28), _local(LA, 2027, 1, 4, 17))],
    ),
    # since a clock time in a zone on the last Sunday: Kyiv on summer time until the 25th
    (
        "Power has been cut since 6 a.m. Kyiv time on Sunday.",
        WED_EU,
        [_span(_local(KYIV, 2026, 10, 18, 6), _utc(2026, 10, 21))],
    ),
    # the winter that began in December 2026
    (
        "Water has been scarce since the winter.",
        TUE,
        [_span(_utc(2026, 12, 1), _utc(2027, 7, 13))],
    ),
    ("Sales have slumped since Christmas.", SAT, [_span(_utc(2026, 12, 25), _utc(2027, 1, 2))]),
    # a past perfect over the summer just ended
    (
        "By then the club had signed four players over the summer.",
        THU,
        [_span(_utc(2027, 6, 1), _utc(2027, 9, 1))],
    ),
    # no earlier than a clock time ahead: that side open, the publication
    ("The rocket will launch no earlier than 6:04 p.m. ET on Friday.", TUE, [_pub(TUE)]),
    # as soon as, after a reporting past and a modal: ahead
    ("Officials said the bridge could reopen as soon as Friday.", TUE, [_day(2027, 7, 16)]),
    # next week across the year end: 4 to 10 January 2027
    (
        "Talks could resume as soon as next week.",
        MON,
        [_span(_utc(2027, 1, 4), _utc(2027, 1, 11))],
    ),
    (
        "Investment will surge in the run-up to 2030.",
        TUE,
        [_span(_utc(2027, 7, 13), _utc(2030, 1, 1))],
    ),
    # a present of schedules: Thursday 31 December to Monday 4 January
    (
        "The office is closed from Thursday to Monday.",
        MON,
        [_span(_utc(2026, 12, 31), _utc(2027, 1, 5))],
    ),
    # a story's year end: 31 December 1999 to 2 January 2000
    (
        "In 1999 the city prepared for the millennium. From Dec. 31 until Jan. 2, the bridges "
        "were closed.",
        WED,
        [_year(1999), _span(_utc(1999, 12, 31), _utc(2000, 1, 3))],
    ),
    (
        "The Christmas market runs through New Year's Eve.",
        SUN,
        [_span(_utc(2026, 11, 29), _utc(2027, 1, 1))],
    ),
    # the next 15th is in January
    (
        "Registration is open till the 15th.",
        MON,
        [_span(_utc(2026, 12, 28), _utc(2027, 1, 16))],
    ),
    (
        "From now until Christmas, the shop will open on Sundays.",
        SUN,
        [_span(_utc(2026, 11, 29), _utc(2026, 12, 26))],
    ),
    (
        "The strike ran from Boxing Day until New Year's Day.",
        WED_FEB,
        [_span(_utc(2026, 12, 26), _utc(2027, 1, 2))],
    ),
    # mid-January is its middle third, to the 21st
    (
        "The rink will be open from Christmas to mid-January.",
        SUN,
        [_span(_utc(2026, 12, 25), _utc(2027, 1, 21))],
    ),
    # the end of the year is its last four months, over on 1 January
    (
        "Between now and the end of the year, the bank will shed 900 jobs.",
        TUE,
        [_span(_utc(2027, 7, 13), _utc(2028, 1, 1))],
    ),
]


@pytest.mark.parametrize(("body", "reference", "expected"), MORE, ids=_ids)
def test_more(body, reference, expected):
    assert _events(body, reference) == expected


THIRD = [
    # --- a third set, written before running like the first two
    # Friday 23 to Saturday 24 October, Paris still on summer time (CEST)
    (
        "The rally will run from 6 p.m. Friday until 2 a.m. Saturday Paris time.",
        WED_EU,
        [_span(_local(PARIS, 2026, 10, 23, 18), _local(PARIS, 2026, 10, 24, 2))],
    ),
    # since Monday night: from the night's start, 20:00
    (
        "Since Monday night, the rebels have held the bridge.",
        WED,
        [_span(_utc(2026, 3, 2, 20), _utc(2026, 3, 4))],
    ),
    (
        "Since mid-December, the port has been closed.",
        SAT,
        [_span(_utc(2026, 12, 11), _utc(2027, 1, 2))],
    ),
    # late last year is 2025's last four months
    (
        "The road has been shut since late last year.",
        FRI,
        [_span(_utc(2025, 9, 1), _utc(2026, 4, 10))],
    ),
    (
        "Until the end of the year, visitors will get in free.",
        THU,
        [_span(_utc(2027, 9, 2), _utc(2028, 1, 1))],
    ),
    (
        "The market stays open till 6 p.m. on Christmas Eve.",
        SUN,
        [_span(_utc(2026, 11, 29), _utc(2026, 12, 24, 18))],
    ),
    # Britain back on GMT since 25 October: the night of 31 October into 1 November
    (
        "Between 11 p.m. Saturday and 3 a.m. Sunday UK time, the line will be closed.",
        FRI_DST,
        [_span(_utc(2026, 10, 31, 23), _utc(2026, 11, 1, 3))],
    ),
    (
        "Over the summer of 2019, the firm hired 300 people.",
        SUN,
        [_span(_utc(2019, 6, 1), _utc(2019, 9, 1))],
    ),
    # Friday 6 March to the end of Sunday night, 06:00 on Monday
    (
        "The festival runs from Friday until Sunday night.",
        WED,
        [_span(_utc(2026, 3, 6), _utc(2026, 3, 9, 6))],
    ),
    (
        "Trains will not run between Christmas Day and New Year's Day.",
        SUN,
        [_span(_utc(2026, 12, 25), _utc(2027, 1, 2))],
    ),
    (
        "She worked there from the spring of 2019 until the end of 2021.",
        TUE,
        [_span(_utc(2019, 3, 1), _utc(2022, 1, 1))],
    ),
    # the story's August 1944 to the May after it
    (
        "In 1944 the family hid in an attic. From that August until the following May, they "
        "barely ate.",
        THU,
        [_year(1944), _span(_utc(1944, 8, 1), _utc(1945, 6, 1))],
    ),
    (
        "The bridge will be closed from Dec. 31 at 10 p.m. until Jan. 1 at 6 a.m.",
        MON,
        [_span(_utc(2026, 12, 31, 22), _utc(2027, 1, 1, 6))],
    ),
    # a reported "would": ahead; Monday 2 November after the US clocks went back, EST
    (
        "Officials said the road would stay closed until 6 a.m. Eastern time on Monday.",
        FRI_DST,
        [_span(_utc(2026, 10, 30), _local(NY, 2026, 11, 2, 6))],
    ),
    (
        "The museum will close ahead of its reopening in the spring of 2028.",
        TUE,
        [_span(_utc(2028, 3, 1), _utc(2028, 6, 1))],
    ),
]


@pytest.mark.parametrize(("body", "reference", "expected"), THIRD, ids=_ids)
def test_third(body, reference, expected):
    assert _events(body, reference) == expected


FOURTH = [
    # --- a fourth set, written before running like the others: chat, stories, deadlines
    (
        "im away from the 23rd til the 2nd",
        SUN,
        [_span(_utc(2026, 12, 23), _utc(2027, 1, 3))],
    ),
    ("been ill since boxing day", SAT, [_span(_utc(2026, 12, 26), _utc(2027, 1, 2))]),
    (
        "no school till the 5th!!",
        MON,
        [_span(_utc(2026, 12, 28), _utc(2027, 1, 6))],
    ),
    # a verb of lasting in a story: the spring of 1947 itself
    (
        "The war ended in 1945. He stayed in Berlin until the spring of 1947.",
        TUE,
        [_year(1945), _span(_utc(1947, 3, 1), _utc(1947, 6, 1))],
    ),
    (
        "In 1912 the ship left Southampton. During the night of 14 April, it struck an iceberg.",
        WED,
        [_year(1912), _span(_utc(1912, 4, 14, 20), _utc(1912, 4, 15, 6))],
    ),
    (
        "The bakery opened in 1950. Over the summer, it sold ice cream too.",
        THU,
        [_year(1950), _span(_utc(1950, 6, 1), _utc(1950, 9, 1))],
    ),
    # a minute in a zone closes the deadline at that minute
    (
        "Tickets are on sale until 23:59 CET on 31 December.",
        SUN,
        [_span(_utc(2026, 11, 29), _local(BERLIN, 2026, 12, 31, 23, 59))],
    ),
    (
        "The offer is valid until 11:59 p.m. PT on Jan. 1.",
        MON,
        [_span(_utc(2026, 12, 28), _local(LA, 2027, 1, 1, 23, 59))],
    ),
    # "pending" before a comma reaches no date after it; "until March" ahead is next March
    (
        "Pending a review, the drug will stay on sale until March.",
        FRI,
        [_span(_utc(2026, 4, 10), _utc(2027, 4, 1))],
    ),
    ("The suspect was remanded in custody pending a trial next year.", FRI, [_year(2027)]),
]


@pytest.mark.parametrize(("body", "reference", "expected"), FOURTH, ids=_ids)
def test_fourth(body, reference, expected):
    assert _events(body, reference) == expected


FIFTH = [
    # --- a fifth set, written before running like the others
    # a verb of lasting: the weekend just gone
    (
        "Roads remained closed through the weekend.",
        MON,
        [_span(_utc(2026, 12, 26), _utc(2026, 12, 28))],
    ),
    ("off work til the wknd", WED, [_span(_utc(2026, 3, 4), _utc(2026, 3, 9))]),
    # the publication day's night ahead
    (
        "Temperatures will drop sharply during the night.",
        WED,
        [_span(_utc(2026, 3, 4, 20), _utc(2026, 3, 5, 6))],
    ),
    # last year's spring to its autumn
    (
        "Between the spring and the autumn, the river fell two metres.",
        SAT,
        [_span(_utc(2026, 3, 1), _utc(2026, 12, 1))],
    ),
    (
        "Between December and March, the ferry will sail on Sundays only.",
        THU,
        [_span(_utc(2027, 12, 1), _utc(2028, 4, 1))],
    ),
    (
        "Talks could resume as soon as this weekend.",
        TUE,
        [_span(_utc(2027, 7, 17), _utc(2027, 7, 19))],
    ),
    # no earlier than a clock time over: from that time to the publication's time
    (
        "Investigators said the fire began no earlier than 2 a.m.",
        datetime(2027, 7, 13, 10, 0, tzinfo=UTC),
        [_span(_utc(2027, 7, 13, 2), _utc(2027, 7, 13, 10))],
    ),
    # Tuesday week: the Tuesday a week after the coming one
    (
        "The exhibition runs until Tuesday week.",
        WED,
        [_span(_utc(2026, 3, 4), _utc(2026, 3, 18))],
    ),
    # the early hours of Sunday are its start, to 08:00
    (
        "Parties will go on until the early hours of Sunday.",
        THU,
        [_span(_utc(2027, 9, 2), _utc(2027, 9, 5, 8))],
    ),
    # weekdays in a story told to the day: the week of Wednesday 2 May 1945
    (
        "On 2 May 1945 the city fell. From Wednesday until Friday, looters roamed the streets.",
        SUN,
        [_day(1945, 5, 2), _span(_utc(1945, 5, 2), _utc(1945, 5, 5))],
    ),
]


@pytest.mark.parametrize(("body", "reference", "expected"), FIFTH, ids=_ids)
def test_fifth(body, reference, expected):
    assert _events(body, reference) == expected


SIXTH = [
    # --- a sixth set, written before running like the others
    # not until X: the event happens then
    ("The bridge won't reopen till Thursday at the earliest.", TUE, [_day(2027, 7, 15)]),
    (
        "The sale lasts until the day after Christmas.",
        SUN,
        [_span(_utc(2026, 11, 29), _utc(2026, 12, 27))],
    ),
    # a week from the coming Friday, 16 July: 23 July
    (
        "The consultation stays open until a week from Friday.",
        TUE,
        [_span(_utc(2027, 7, 13), _utc(2027, 7, 24))],
    ),
    # a verb of lasting: mid-August itself, its middle third
    (
        "The exhibition ran through mid-August.",
        THU,
        [_span(_utc(2027, 8, 11), _utc(2027, 8, 21))],
    ),
    (
        "The storm will linger until late Sunday.",
        THU,
        [_span(_utc(2027, 9, 2), _utc(2027, 9, 6))],
    ),
    (
        "Shelling has intensified over the past fortnight.",
        MON,
        [_span(_utc(2026, 12, 14), _utc(2026, 12, 28))],
    ),
    # the two weeks that end with Christmas Eve
    (
        "Sales rose 5% in the two weeks to Christmas Eve.",
        SAT,
        [_span(_utc(2026, 12, 11), _utc(2026, 12, 25))],
    ),
    # for D from X: from the coming Friday, 1 January, three days
    (
        "Guests will stay for three nights from Friday.",
        MON,
        [_span(_utc(2027, 1, 1), _utc(2027, 1, 4))],
    ),
]


@pytest.mark.parametrize(("body", "reference", "expected"), SIXTH, ids=_ids)
def test_sixth(body, reference, expected):
    assert _events(body, reference) == expected


HOLIDAYS = [
    # --- a seventh set, written before running: since/until a holiday of a fixed or counted day
    (
        "The decorations will stay up until Epiphany.",
        MON,
        [_span(_utc(2026, 12, 28), _utc(2027, 1, 7))],
    ),
    (
        "Federal offices will be closed until Juneteenth.",
        FRI,
        [_span(_utc(2026, 4, 10), _utc(2026, 6, 20))],
    ),
    (
        "Pubs have been busier since St Patrick's Day.",
        FRI,
        [_span(_utc(2026, 3, 17), _utc(2026, 4, 10))],
    ),
    # Remembrance Sunday 2026 is 8 November
    (
        "The memorial will be shrouded until Remembrance Sunday.",
        WED_EU,
        [_span(_utc(2026, 10, 21), _utc(2026, 11, 9))],
    ),
    # Mother's Day in the US, 9 May 2027
    (
        "Flower prices have fallen since Mother's Day.",
        TUE,
        [_span(_utc(2027, 5, 9), _utc(2027, 7, 13))],
    ),
    (
        "Gas prices have risen since Presidents' Day.",
        WED,
        [_span(_utc(2026, 2, 16), _utc(2026, 3, 4))],
    ),
]


@pytest.mark.parametrize(("body", "reference", "expected"), HOLIDAYS, ids=_ids)
def test_holidays(body, reference, expected):
    assert _events(body, reference) == expected


EIGHTH = [
    # --- an eighth set, written before running like the others
    # a past verb of lasting: the last Sunday's hour, Moscow time (no summer time)
    (
        "Polling stations stayed open until 9 p.m. Moscow time on Sunday.",
        WED_EU,
        [_hour(MOSCOW, 2026, 10, 18, 21)],
    ),
    ("Until 1990, the border crossing was closed at night.", SUN, [_year(1990)]),
    # "when" names the Sunday the fighting stopped: the last one
    ("Fighting continued until Sunday, when a truce took hold.", TUE, [_day(2027, 7, 11)]),
    (
        "The road will stay closed until 6 a.m. on Boxing Day.",
        SUN,
        [_span(_utc(2026, 11, 29), _utc(2026, 12, 26, 6))],
    ),
    (
        "The ban runs from midday on 24 December until 6 a.m. on 27 December.",
        SUN,
        [_span(_utc(2026, 12, 24, 12), _utc(2026, 12, 27, 6))],
    ),
    # the mid-1990s are the decade's middle third, 1993 to 1997
    (
        "Until the mid-1990s, the town had no bank.",
        MON,
        [_span(_utc(1993, 1, 1), _utc(1997, 1, 1))],
    ),
    # the end of March ahead, written in April: next year's
    (
        "Ministers have until the end of March to decide.",
        FRI,
        [_span(_utc(2026, 4, 10), _utc(2027, 4, 1))],
    ),
]


@pytest.mark.parametrize(("body", "reference", "expected"), EIGHTH, ids=_ids)
def test_eighth(body, reference, expected):
    assert _events(body, reference) == expected
