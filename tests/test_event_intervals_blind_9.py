"""A ninth file of blind event-interval cases (session 33), written by hand from DESIGN.md's
temporal contract and docs/temporal.md ("Signals", "Document types and the story time") before
the tagger was run on them, on what batches 1-8 covered least: zones written in words with
signals ("until 8 p.m. Eastern on Tuesday", "since 09:00 Kyiv time", "till 11:59 p.m. Pacific
on Sunday", "through 9 a.m. Tokyo time", a range over the night the US leaves summer time);
ranges across months and years ("from late November to early January", "from Dec. 30, 2025, to
Jan. 2, 2026", "from mid-December to mid-February", "from Boxing Day to the end of January");
informal signals in news and chat ("till", "til", "thru", "from tmrw till sun", "from the 3rd
till the 8th", "from now till june"); background stories whose anchor is a past year ("The
plant closed in 1998. It had run since 1961", "For the next three years", "over the following
three years", "Thirty years later", "By the end of the year"); a noun's modifier that does not
date the sentence ("the 2026 budget", "the 1990s-era rules", "the 2026-2030 plan"); "the past N
days", "over the past 48 hours", "over the weekend", "earlier this week (month, year)", "later
this week (year)"; negated and hypothetical clauses ("will not reopen until the end of
January", "Were the talks to fail", "Had the storm arrived on Saturday", "never returned after
1999"); and fiscal periods ("fiscal 2025", "FY26", "in the 12 months to March", "so far this
fiscal year", "the quarter ended Sept. 30", "the second half of fiscal 2025")."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

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

MON = date(2026, 11, 2)  # a Monday: the US on standard time since 2 a.m. on Sunday 1 November,
# Europe since 25 October; Election Day tomorrow, Tuesday 3 November
TUE = date(2027, 1, 5)  # a Tuesday: winter; the year began on Friday
WED = date(2026, 4, 15)  # a Wednesday: summer time in Europe and the US, Sydney back on
# standard time since 5 April
THU = date(2025, 10, 2)  # a Thursday: summer time in Europe and the US (ISO week 40)
FRI = date(2027, 2, 26)  # a Friday: winter; February has 28 days
SAT = date(2026, 8, 22)  # a Saturday: summer
SUN = date(2025, 12, 14)  # a Sunday: winter; the last day of ISO week 50

NY = "America/New_York"


def _spring(y: int):
    return _span(_utc(y, 3, 1), _utc(y, 6, 1))


def _winter(y: int):
    """The winter that begins in December of ``y``."""
    return _span(_utc(y, 12, 1), _utc(y + 1, 3, 1))


def _years(first: int, last: int):
    """The years ``first`` to ``last``, both whole."""
    return _span(_utc(first, 1, 1), _utc(last + 1, 1, 1))


def _ids(v):
    return v if isinstance(v, str) else ""


ZONES = [
    # --- until/till/through/by a clock time in a zone written in words, ahead: [publication,
    # the time it names)
    (
        "Polls will stay open until 8 p.m. Eastern on Tuesday.",
        MON,
        [_span(_utc(2026, 11, 2), _local(NY, 2026, 11, 3, 20))],
    ),
    (
        "The market will be closed until 9:30 a.m. Eastern time on Monday.",
        SAT,
        [_span(_utc(2026, 8, 22), _local(NY, 2026, 8, 24, 9, 30))],
    ),
    (
        "The offer is open till 11:59 p.m. Pacific on Sunday.",
        FRI,
        [_span(_utc(2027, 2, 26), _local("America/Los_Angeles", 2027, 2, 28, 23, 59))],
    ),
    (
        "Trading is halted until 10 a.m. Hong Kong time on Friday.",
        WED,
        [_span(_utc(2026, 4, 15), _local("Asia/Hong_Kong", 2026, 4, 17, 10))],
    ),
    (
        "Bids must be submitted by noon Eastern on Wednesday.",
        MON,
        [_span(_utc(2026, 11, 2), _local(NY, 2026, 11, 4, 12))],
    ),
    (
        "The curfew will last until 5 a.m. Kyiv time on Saturday.",
        THU,
        [_span(_utc(2025, 10, 2), _local("Europe/Kyiv", 2025, 10, 4, 5))],
    ),
    (
        "The story is under embargo until 00:01 GMT on Friday.",
        WED,
        [_span(_utc(2026, 4, 15), _utc(2026, 4, 17, 0, 1))],
    ),
    (
        "Markets in Tokyo will stay shut through 9 a.m. Tokyo time on Tuesday.",
        SUN,
        [_span(_utc(2025, 12, 14), _local("Asia/Tokyo", 2025, 12, 16, 9))],
    ),
    (
        "Entries are accepted until 5 p.m. Sydney time on Friday.",
        WED,
        [_span(_utc(2026, 4, 15), _local("Australia/Sydney", 2026, 4, 17, 17))],
    ),
    (
        "The warning is in force till 6 a.m. Central European time on Thursday.",
        TUE,
        [_span(_utc(2027, 1, 5), _local("Europe/Berlin", 2027, 1, 7, 6))],
    ),
    # a clock time with no day of its own: the publication's day
    (
        "Police said the road would remain closed until 6 p.m. Mountain time.",
        datetime(2026, 4, 15, 15, 0, tzinfo=UTC),
        [_span(_utc(2026, 4, 15, 15), _local("America/Denver", 2026, 4, 15, 18))],
    ),
    (
        "Power cuts will last until 10 p.m. Kyiv time, the ministry said.",
        datetime(2027, 1, 5, 9, 0, tzinfo=UTC),
        [_span(_utc(2027, 1, 5, 9), _local("Europe/Kyiv", 2027, 1, 5, 22))],
    ),
    # "local time" keeps the article's own offset
    (
        "Voting stays open until 9 p.m. local time.",
        datetime(2026, 8, 22, 12, 0, tzinfo=timezone(timedelta(hours=3))),
        [_span(_utc(2026, 8, 22, 9), _utc(2026, 8, 22, 18))],
    ),
    # --- since a clock time in a zone: [the time it names, publication)
    (
        "Air-raid alerts have been in force since 09:00 Kyiv time.",
        datetime(2026, 4, 15, 12, 0, tzinfo=UTC),
        [_span(_utc(2026, 4, 15, 6), _utc(2026, 4, 15, 12))],
    ),
    (
        "Since 6 a.m. Moscow time, drones have struck three cities.",
        datetime(2025, 10, 2, 10, 0, tzinfo=UTC),
        [_span(_utc(2025, 10, 2, 3), _utc(2025, 10, 2, 10))],
    ),
    (
        "The site has been down since 14:30 London time.",
        datetime(2026, 8, 22, 18, 0, tzinfo=UTC),
        [_span(_utc(2026, 8, 22, 13, 30), _utc(2026, 8, 22, 18))],
    ),
    (
        "The stock has traded since 9:30 a.m. New York time.",
        datetime(2027, 2, 26, 17, 0, tzinfo=UTC),
        [_span(_local(NY, 2027, 2, 26, 9, 30), _utc(2027, 2, 26, 17))],
    ),
    (
        "Since 09:00 Kyiv time on Monday, the city has been without power.",
        WED,
        [_span(_local("Europe/Kyiv", 2026, 4, 13, 9), _utc(2026, 4, 15))],
    ),
    (
        "The shelter has been open since 8 p.m. Eastern on Sunday.",
        TUE,
        [_span(_local(NY, 2027, 1, 3, 20), _utc(2027, 1, 5))],
    ),
    (
        "Shops have been shut since 7 p.m. Jerusalem time on Friday.",
        SAT,
        [_span(_local("Asia/Jerusalem", 2026, 8, 21, 19), _utc(2026, 8, 22))],
    ),
    # --- past: until a clock time is that time itself (on the Sunday the US left summer time)
    ("Flights were grounded until 7 a.m. Eastern on Sunday.", MON, [_hour(NY, 2026, 11, 1, 7)]),
    # --- ranges in a zone written once, at the end
    (
        "Voting will run from 7 a.m. to 8 p.m. Eastern on Tuesday.",
        MON,
        [_span(_local(NY, 2026, 11, 3, 7), _local(NY, 2026, 11, 3, 20))],
    ),
    # over the night the clocks went back: 10 p.m. EDT to 5 a.m. EST
    (
        "The line was closed between 10 p.m. Saturday and 5 a.m. Sunday Eastern time.",
        MON,
        [_span(_local(NY, 2026, 10, 31, 22), _local(NY, 2026, 11, 1, 5))],
    ),
    # "midnight on Friday" is the end of Friday
    (
        "The strike will run from midnight Pacific on Friday until 6 a.m. Pacific on Monday.",
        MON,
        [
            _span(
                _local("America/Los_Angeles", 2026, 11, 7, 0),
                _local("America/Los_Angeles", 2026, 11, 9, 6),
            )
        ],
    ),
]


@pytest.mark.parametrize(("body", "reference", "expected"), ZONES, ids=_ids)
def test_zones(body, reference, expected):
    assert _events(body, reference) == expected


RANGES = [
    # --- across a year end, ahead: the nearest start on or after the publication, the end
    # after the start
    (
        "The market will run from late November to early January.",
        THU,
        [_span(_utc(2025, 11, 21), _utc(2026, 1, 11))],
    ),
    (
        "The bridge will be closed from December to March.",
        MON,
        [_span(_utc(2026, 12, 1), _utc(2027, 4, 1))],
    ),
    (
        "Between Nov. 28 and Jan. 4, the store will open late.",
        MON,
        [_span(_utc(2026, 11, 28), _utc(2027, 1, 5))],
    ),
    (
        "Repairs will take place from mid-December to mid-February.",
        MON,
        [_span(_utc(2026, 12, 11), _utc(2027, 2, 21))],
    ),
    (
        "The season runs from late September through early May.",
        SAT,
        [_span(_utc(2026, 9, 21), _utc(2027, 5, 11))],
    ),
    (
        "The exhibition will run from Dec. 12 to Jan. 18.",
        MON,
        [_span(_utc(2026, 12, 12), _utc(2027, 1, 19))],
    ),
    (
        "From Christmas to mid-January, the clinic will be closed.",
        MON,
        [_span(_utc(2026, 12, 25), _utc(2027, 1, 21))],
    ),
    (
        "The roadworks will last from the end of November until the middle of January.",
        MON,
        [_span(_utc(2026, 11, 21), _utc(2027, 1, 21))],
    ),
    (
        "The ski lifts will operate from December 19 through April 5.",
        MON,
        [_span(_utc(2026, 12, 19), _utc(2027, 4, 6))],
    ),
    (
        "Winter sales will last from Boxing Day to the end of January.",
        MON,
        [_span(_utc(2026, 12, 26), _utc(2027, 2, 1))],
    ),
    (
        "The hotel will be closed from Jan. 6 to Feb. 13, 2027.",
        MON,
        [_span(_utc(2027, 1, 6), _utc(2027, 2, 14))],
    ),
    # --- across a year end, past: the latest start before the publication
    (
        "From late November to early January, the ski resort was busy.",
        FRI,
        [_span(_utc(2026, 11, 21), _utc(2027, 1, 11))],
    ),
    (
        "Between December and February, the lake froze three times.",
        WED,
        [_span(_utc(2025, 12, 1), _utc(2026, 3, 1))],
    ),
    (
        "Flights were suspended from Dec. 24 to Jan. 3.",
        FRI,
        [_span(_utc(2026, 12, 24), _utc(2027, 1, 4))],
    ),
    (
        "Temperatures stayed below zero from Dec. 28 to Jan. 9.",
        FRI,
        [_span(_utc(2026, 12, 28), _utc(2027, 1, 10))],
    ),
    (
        "The team played away from late October to early December.",
        TUE,
        [_span(_utc(2026, 10, 21), _utc(2026, 12, 11))],
    ),
    (
        "From November 2025 until February, the port was closed.",
        WED,
        [_span(_utc(2025, 11, 1), _utc(2026, 3, 1))],
    ),
    # --- both ends with their years
    (
        "The festival ran from Dec. 30, 2025, to Jan. 2, 2026.",
        FRI,
        [_span(_utc(2025, 12, 30), _utc(2026, 1, 3))],
    ),
    (
        "From October 2024 through March 2025, exports fell.",
        SAT,
        [_span(_utc(2024, 10, 1), _utc(2025, 4, 1))],
    ),
    (
        "The survey covers the period from July 2025 to June 2026.",
        SAT,
        [_span(_utc(2025, 7, 1), _utc(2026, 7, 1))],
    ),
    (
        "The course runs from September 2026 to June 2027.",
        SAT,
        [_span(_utc(2026, 9, 1), _utc(2027, 7, 1))],
    ),
    (
        "Between the autumn of 2023 and the spring of 2025, the mine was idle.",
        TUE,
        [_span(_utc(2023, 9, 1), _utc(2025, 6, 1))],
    ),
    (
        "The strike lasted from late 2024 into early 2025.",
        WED,
        [_span(_utc(2024, 9, 1), _utc(2025, 5, 1))],
    ),
    (
        "Sales fell between the fourth quarter of 2025 and the second quarter of 2026.",
        SAT,
        [_span(_utc(2025, 10, 1), _utc(2026, 7, 1))],
    ),
    (
        "Between late 2025 and early 2026, the factory cut 400 jobs.",
        SAT,
        [_span(_utc(2025, 9, 1), _utc(2026, 5, 1))],
    ),
    ("Between 1998 and 2003, the company tripled its sales.", MON, [_years(1998, 2003)]),
    # --- "till", "thru" in news: as until, through
    (
        "Schools will stay shut thru Friday.",
        TUE,
        [_span(_utc(2027, 1, 5), _utc(2027, 1, 9))],
    ),
    ("The sale runs till Jan. 10.", SUN, [_span(_utc(2025, 12, 14), _utc(2026, 1, 11))]),
    (
        "The exhibition is open till the end of March.",
        FRI,
        [_span(_utc(2027, 2, 26), _utc(2027, 4, 1))],
    ),
    (
        "Roadworks will continue thru the end of the year.",
        SAT,
        [_span(_utc(2026, 8, 22), _utc(2027, 1, 1))],
    ),
]


@pytest.mark.parametrize(("body", "reference", "expected"), RANGES, ids=_ids)
def test_ranges(body, reference, expected):
    assert _events(body, reference) == expected


CHAT = [
    ("at my dads from tmrw till sun", WED, [_span(_utc(2026, 4, 16), _utc(2026, 4, 20))]),
    ("off work thru fri", TUE, [_span(_utc(2027, 1, 5), _utc(2027, 1, 9))]),
    (
        "library's open till 10pm",
        datetime(2026, 4, 15, 15, 0, tzinfo=UTC),
        [_span(_utc(2026, 4, 15, 15), _utc(2026, 4, 15, 22))],
    ),
    ("been ill since mon", THU, [_span(_utc(2025, 9, 29), _utc(2025, 10, 2))]),
    ("staying at my gran's til weds", SUN, [_span(_utc(2025, 12, 14), _utc(2025, 12, 18))]),
    ("exams from mon thru fri ugh", SAT, [_span(_utc(2026, 8, 24), _utc(2026, 8, 29))]),
    ("in paris from the 3rd till the 8th", MON, [_span(_utc(2026, 11, 3), _utc(2026, 11, 9))]),
    # a bound wholly after the publication day ends no past state: from now (s31-intervals)
    ("no wifi til tmrw", FRI, [_span(_utc(2027, 2, 26), _utc(2027, 2, 28))]),
    # a negation before "till": the event happens then
    ("cant come till sat", WED, [_day(2026, 4, 18)]),
    (
        "wont be online till tmrw night",
        SUN,
        [_span(_utc(2025, 12, 15, 20), _utc(2025, 12, 16, 6))],
    ),
    ("off from 2moro till fri", TUE, [_span(_utc(2027, 1, 6), _utc(2027, 1, 9))]),
    ("on holiday thru nxt wk", THU, [_span(_utc(2025, 10, 2), _utc(2025, 10, 13))]),
    ("revising from now till june", WED, [_span(_utc(2026, 4, 15), _utc(2026, 7, 1))]),
    ("been sober since new years", FRI, [_span(_utc(2027, 1, 1), _utc(2027, 2, 26))]),
    ("gym's shut till the 10th", MON, [_span(_utc(2026, 11, 2), _utc(2026, 11, 11))]),
    ("at the lake sat thru mon", THU, [_span(_utc(2025, 10, 4), _utc(2025, 10, 7))]),
    pytest.param(
        "from fri to tues im in rome",
        MON,
        [_span(_utc(2026, 11, 6), _utc(2026, 11, 11))],
        marks=pytest.mark.xfail(
            reason="s33-intervals: a present-tense chat range of weekdays on a Monday is read as "
            "the stay under way (last Friday to tomorrow, holding the publication); whether it "
            "is that one or the coming Friday to Tuesday the contract does not settle (a "
            "present state 'is closed through Tuesday' runs from now, a plan looks ahead)",
            strict=True,
        ),
        id="from fri to tues im in rome",
    ),
    # a past form ("snowed") makes the clause past: "thru" is then the last weekend itself
    ("snowed in thru the wknd", THU, [_span(_utc(2025, 9, 27), _utc(2025, 9, 29))]),
    (
        "been waiting since 8:30 smh",
        datetime(2026, 8, 22, 11, 0, tzinfo=UTC),
        [_span(_utc(2026, 8, 22, 8, 30), _utc(2026, 8, 22, 11))],
    ),
]


@pytest.mark.parametrize(("body", "reference", "expected"), CHAT, ids=_ids)
def test_chat(body, reference, expected):
    assert _events(body, reference) == expected


BACKGROUND = [
    # --- "since" is [X.start, publication) whatever the clause's tense (the contract's table;
    # batch 8: "The road had been closed since Monday, police said")
    (
        "The plant closed in 1998. It had run since 1961.",
        MON,
        [_year(1998), _span(_utc(1961, 1, 1), _utc(2026, 11, 2))],
    ),
    (
        "In 1998 the plant closed; it had run since 1961.",
        WED,
        [_year(1998), _span(_utc(1961, 1, 1), _utc(2026, 4, 15))],
    ),
    (
        "Shares rose 4% on Tuesday.\n\nThe firm was floated in 2004 and had traded at a loss "
        "since 2008.",
        THU,
        [_day(2025, 9, 30), _year(2004), _span(_utc(2008, 1, 1), _utc(2025, 10, 2))],
    ),
    # a present perfect's "since" reaches the publication and follows no story
    (
        "The mine closed in 1986. Since October, volunteers have been clearing the site.",
        FRI,
        [_year(1986), _span(_utc(2026, 10, 1), _utc(2027, 2, 26))],
    ),
    # --- "the next (following) N" in a past clause of a background runs from the end of the
    # time told last
    (
        "The mill shut in 2001. For the next three years, the building stood empty.",
        SAT,
        [_year(2001), _years(2002, 2004)],
    ),
    (
        "The war ended in 1995. Over the next decade, the city was rebuilt.",
        TUE,
        [_year(1995), _years(1996, 2005)],
    ),
    (
        "The hospital opened in 1978. For the next 20 years, it was the region's only one.",
        THU,
        [_year(1978), _years(1979, 1998)],
    ),
    (
        "The band split up in 1988. Over the next five years, its members released solo albums.",
        SUN,
        [_year(1988), _years(1989, 1993)],
    ),
    (
        "The theatre burned down in 1992. It was rebuilt over the following three years.",
        WED,
        [_year(1992), _years(1993, 1995)],
    ),
    (
        "The king died on 4 May 1920. For the next three years, his widow ruled the country.",
        MON,
        [_day(1920, 5, 4), _span(_utc(1920, 5, 5), _utc(1923, 5, 5))],
    ),
    # --- signals in a past story keep to its time
    (
        "In 2010 the club was sold. The new owners ran it until 2015.",
        FRI,
        [_year(2010), _year(2015)],
    ),
    (
        "The ferry service began in 1972. It ran until the bridge opened in 1994.",
        SAT,
        [_year(1972), _year(1994)],
    ),
    ("The school opened in 1965. By 1970, it had 900 pupils.", TUE, [_year(1965), _year(1970)]),
    (
        "The town flooded in 2007. Until the following spring, families lived in tents.",
        MON,
        [_year(2007), _spring(2008)],
    ),
    (
        "In 2003, the firm moved to Leeds. Between May and July, staff worked from home.",
        THU,
        [_year(2003), _span(_utc(2003, 5, 1), _utc(2003, 8, 1))],
    ),
    (
        "The strike began in March 1984. It lasted until March 1985.",
        WED,
        [_month(1984, 3), _month(1985, 3)],
    ),
    (
        "The observatory opened in 1990. From 1995 to 2001, it was closed for repairs.",
        SUN,
        [_year(1990), _years(1995, 2001)],
    ),
    # "the end of the year" is its last third
    (
        "The war broke out in 1914. By the end of the year, a million men had died.",
        FRI,
        [_year(1914), _span(_utc(1914, 9, 1), _utc(1915, 1, 1))],
    ),
    # --- underspecified dates of the story, and counts from it
    (
        "The company was founded in 1999. In March, it raised its first funding.",
        SAT,
        [_year(1999), _month(1999, 3)],
    ),
    (
        "The treaty was signed in 1992. It took effect the following January.",
        MON,
        [_year(1992), _month(1993, 1)],
    ),
    (
        "The railway closed in 1966. Thirty years later, it reopened as a heritage line.",
        TUE,
        [_year(1966), _year(1996)],
    ),
    (
        "The airline went bankrupt in 2009. That winter, thousands of passengers were stranded.",
        THU,
        [_year(2009), _winter(2009)],
    ),
    (
        "The law was passed in 2012. Two years earlier, a similar bill had failed.",
        SUN,
        [_year(2012), _year(2010)],
    ),
    ("The factory opened in 1961 and closed in 1998.", WED, [_year(1961), _year(1998)]),
    # a future clause is the publication's
    (
        "The museum closed in 2015. It will reopen in June.",
        MON,
        [_year(2015), _month(2027, 6)],
    ),
]


@pytest.mark.parametrize(("body", "reference", "expected"), BACKGROUND, ids=_ids)
def test_background(body, reference, expected):
    assert _events(body, reference) == expected


MODIFIERS = [
    # a year (decade, range) that modifies a noun names the thing, not the time of the event
    ("The council approved the 2026 budget on Thursday.", MON, [_day(2026, 10, 29)]),
    ("The 1990s-era rules were scrapped on Monday.", WED, [_day(2026, 4, 13)]),
    ("Parliament debated the 2027 spending plan.", FRI, [_pub(FRI)]),
    ("The 2024 law took effect in January.", WED, [_month(2026, 1)]),
    ("Organisers of the 2030 World Cup met in Madrid on Friday.", SUN, [_day(2025, 12, 12)]),
    ("The 1980s-style tower will be demolished next month.", TUE, [_month(2027, 2)]),
    ("Fans of the 1970s band queued for tickets on Saturday.", MON, [_day(2026, 10, 31)]),
    ("The 2026 midterms will be held on Nov. 3.", SAT, [_day(2026, 11, 3)]),
    # a modifier sets no story time: "in March" is the publication's last March
    (
        "A 2019 audit found the bridge unsafe, and it was closed in March.",
        WED,
        [_month(2026, 3)],
    ),
    ("The fiscal 2027 budget was unveiled on Tuesday.", THU, [_day(2025, 9, 30)]),
    ("The company's 2026 results will be published on March 4.", FRI, [_day(2027, 3, 4)]),
    (
        "The 2016-era software was replaced last week.",
        TUE,
        [_span(_utc(2026, 12, 28), _utc(2027, 1, 4))],
    ),
    ("Ministers approved the 2026-2030 plan on Monday.", WED, [_day(2026, 4, 13)]),
    ("Next year's Olympic budget was cut on Friday.", MON, [_day(2026, 10, 30)]),
    (
        "The 2028 election campaign began in earnest this week.",
        THU,
        [_span(_utc(2025, 9, 29), _utc(2025, 10, 6))],
    ),
    ("The 2020s-era chips will be phased out in 2027.", MON, [_year(2027)]),
    (
        "Residents rejected the 2040 masterplan at a meeting on Wednesday.",
        SUN,
        [_day(2025, 12, 10)],
    ),
    # "harvest" names a thing (modified_nouns.tsv): its year dates nothing, and the "since"
    # phrase of the superlative, subordinate, dates the sentence as nothing else does
    (
        "The 2025 harvest was the worst since 1990.",
        SAT,
        [_span(_utc(1990, 1, 1), _utc(2026, 8, 22))],
    ),
    # an owner parted from the main clause's day by a comma keeps its own event
    (
        "Last year's floods cost $2 billion, the report said on Tuesday.",
        THU,
        [_year(2024), _day(2025, 9, 30)],
    ),
]


@pytest.mark.parametrize(("body", "reference", "expected"), MODIFIERS, ids=_ids)
def test_modifiers(body, reference, expected):
    assert _events(body, reference) == expected


SPANS = [
    # --- the past N: [publication - N, publication)
    (
        "Prices have climbed for the past five days.",
        WED,
        [_span(_utc(2026, 4, 10), _utc(2026, 4, 15))],
    ),
    (
        "In the past 10 days, the river has risen two metres.",
        TUE,
        [_span(_utc(2026, 12, 26), _utc(2027, 1, 5))],
    ),
    (
        "The past three days have been the hottest on record.",
        SAT,
        [_span(_utc(2026, 8, 19), _utc(2026, 8, 22))],
    ),
    (
        "Police arrested 40 people over the past 48 hours.",
        datetime(2026, 11, 2, 9, 0, tzinfo=UTC),
        [_span(_utc(2026, 10, 31, 9), _utc(2026, 11, 2, 9))],
    ),
    (
        "Fighting has intensified over the past week.",
        THU,
        [_span(_utc(2025, 9, 25), _utc(2025, 10, 2))],
    ),
    (
        "Over the past two years, rents have risen 15%.",
        TUE,
        [_span(_utc(2025, 1, 5), _utc(2027, 1, 5))],
    ),
    (
        "The index has fallen in the past 30 days.",
        FRI,
        [_span(_utc(2027, 1, 27), _utc(2027, 2, 26))],
    ),
    (
        "The past 24 hours saw 300 aftershocks.",
        datetime(2026, 4, 15, 6, 0, tzinfo=UTC),
        [_span(_utc(2026, 4, 14, 6), _utc(2026, 4, 15, 6))],
    ),
    # a vague count has no interval
    ("Over the past few days, aid trucks have entered the city.", SUN, [_pub(SUN)]),
    # --- over the weekend by tense
    (
        "Over the weekend, rescuers pulled 12 people from the rubble.",
        MON,
        [_span(_utc(2026, 10, 31), _utc(2026, 11, 2))],
    ),
    ("Talks will continue over the weekend.", THU, [_span(_utc(2025, 10, 4), _utc(2025, 10, 6))]),
    ("The storm hit over the weekend.", SUN, [_span(_utc(2025, 12, 13), _utc(2025, 12, 15))]),
    (
        "The weather will stay dry over the weekend.",
        SAT,
        [_span(_utc(2026, 8, 22), _utc(2026, 8, 24))],
    ),
    # --- earlier this week (month, year): from the unit's start to the end of the publication
    # day; later: from the publication day to the unit's end
    (
        "Earlier this week, the company announced layoffs.",
        FRI,
        [_span(_utc(2027, 2, 22), _utc(2027, 2, 27))],
    ),
    (
        "Earlier this week, the minister resigned.",
        SUN,
        [_span(_utc(2025, 12, 8), _utc(2025, 12, 15))],
    ),
    (
        "Later this week, the court will rule.",
        MON,
        [_span(_utc(2026, 11, 2), _utc(2026, 11, 9))],
    ),
    (
        "Earlier this month, the firm cut 200 jobs.",
        WED,
        [_span(_utc(2026, 4, 1), _utc(2026, 4, 16))],
    ),
    (
        "Later this year, the plant will reopen.",
        SAT,
        [_span(_utc(2026, 8, 22), _utc(2027, 1, 1))],
    ),
    (
        "Earlier this year, the bank raised rates twice.",
        WED,
        [_span(_utc(2026, 1, 1), _utc(2026, 4, 16))],
    ),
]


@pytest.mark.parametrize(("body", "reference", "expected"), SPANS, ids=_ids)
def test_spans(body, reference, expected):
    assert _events(body, reference) == expected


NEGATED = [
    # --- not until / not before: the event happens then, the tense gives the direction
    (
        "The bridge will not reopen until the end of January.",
        TUE,
        [_span(_utc(2027, 1, 21), _utc(2027, 2, 1))],
    ),
    (
        "The ministry did not confirm the deaths until Thursday evening.",
        SAT,
        [_span(_utc(2026, 8, 20, 18), _utc(2026, 8, 21))],
    ),
    ("The vote cannot take place before March 1.", MON, [_day(2027, 3, 1)]),
    ("If the strike goes ahead, trains will not run until Monday.", THU, [_day(2025, 10, 6)]),
    ("The station did not reopen until 2004.", SUN, [_year(2004)]),
    (
        "The road was not cleared until late Sunday.",
        MON,
        [_span(_utc(2026, 11, 1, 16), _utc(2026, 11, 2))],
    ),
    (
        "The results will not be known until 11 p.m. Eastern on Tuesday.",
        MON,
        [_hour(NY, 2026, 11, 3, 23)],
    ),
    ("The pool won't open before June.", WED, [_month(2026, 6)]),
    ("The embassy did not reopen until Jan. 4.", TUE, [_day(2027, 1, 4)]),
    # a past "until" is the time itself, with or without a negation
    (
        "Nobody was allowed in until 10 a.m. Eastern on Saturday.",
        MON,
        [_hour(NY, 2026, 10, 31, 10)],
    ),
    # --- negated present perfects: "since" as ever
    (
        "The company has not paid a dividend since 2019.",
        SAT,
        [_span(_utc(2019, 1, 1), _utc(2026, 8, 22))],
    ),
    ("No rain has fallen since mid-June.", SAT, [_span(_utc(2026, 6, 11), _utc(2026, 8, 22))]),
    (
        "The council has not met since the election in May.",
        SAT,
        [_span(_utc(2026, 5, 1), _utc(2026, 8, 22))],
    ),
    (
        "Nobody has seen him since Tuesday night.",
        THU,
        [_span(_utc(2025, 9, 30, 20), _utc(2025, 10, 2))],
    ),
    # after X over: [X.end, the end of the publication day)
    (
        "She never returned to the city after 1999.",
        TUE,
        [_span(_utc(2000, 1, 1), _utc(2027, 1, 6))],
    ),
    # --- hypothetical: a modal looks ahead; a counterfactual past keeps its day
    ("Were the talks to fail, the ceasefire would end on Friday.", WED, [_day(2026, 4, 17)]),
    (
        "Had the storm arrived on Saturday, the race would have been cancelled.",
        MON,
        [_day(2026, 10, 31)],
    ),
    (
        "If prices keep rising, the bank could raise rates in December.",
        MON,
        [_month(2026, 12)],
    ),
    (
        "The offer would remain open until Jan. 31 if shareholders agreed.",
        SUN,
        [_span(_utc(2025, 12, 14), _utc(2026, 2, 1))],
    ),
    (
        "Unless parliament acts by June 30, the law will expire on July 1.",
        WED,
        [_day(2026, 7, 1)],
    ),
    (
        "Prices are unlikely to fall before the spring.",
        MON,
        [_span(_utc(2026, 11, 2), _utc(2027, 3, 1))],
    ),
    # the condition's date dates the sentence when the main clause has none
    (
        "If no buyer is found by the end of March, the mill will close.",
        TUE,
        [_span(_utc(2027, 1, 5), _utc(2027, 4, 1))],
    ),
    (
        "If the dam had failed in March, the town would have flooded.",
        WED,
        [_month(2026, 3)],
    ),
    (
        "The shop should stay open until 9 p.m. if demand holds.",
        datetime(2026, 8, 22, 10, 0, tzinfo=UTC),
        [_span(_utc(2026, 8, 22, 10), _utc(2026, 8, 22, 21))],
    ),
]


@pytest.mark.parametrize(("body", "reference", "expected"), NEGATED, ids=_ids)
def test_negated(body, reference, expected):
    assert _events(body, reference) == expected


FISCAL = [
    # "fiscal 2025", "FY26", "the 2025 financial year": the year, whole
    ("Revenue rose 8% in fiscal 2025.", FRI, [_year(2025)]),
    ("The company expects a loss in fiscal 2027.", THU, [_year(2027)]),
    ("Revenue is forecast to rise 10% in FY26.", THU, [_year(2026)]),
    ("Profit for the 2025 financial year rose 12%.", FRI, [_year(2025)]),
    (
        "In fiscal 2024 the group lost $3 billion; in fiscal 2025 it broke even.",
        SAT,
        [_year(2024), _year(2025)],
    ),
    (
        "Exports fell 3% in the second half of fiscal 2025.",
        SAT,
        [_span(_utc(2025, 7, 1), _utc(2026, 1, 1))],
    ),
    (
        "The company has cut costs since the start of fiscal 2025.",
        SAT,
        [_span(_utc(2025, 1, 1), _utc(2026, 8, 22))],
    ),
    # a count of fiscal years has no calendar bounds
    ("Revenue grew in each of the past three fiscal years.", TUE, [_pub(TUE)]),
    # "the full year" over in a past clause written from January to March: the year before
    ("Revenue for the full year rose 8%.", FRI, [_year(2026)]),
    # --- periods up to a date: the D to X, the quarter ended X, so far, year-to-date
    (
        "Sales rose 5% in the 12 months to March.",
        WED,
        [_span(_utc(2025, 4, 1), _utc(2026, 4, 1))],
    ),
    (
        "In the three months to June, output fell.",
        SAT,
        [_span(_utc(2026, 4, 1), _utc(2026, 7, 1))],
    ),
    (
        "Earnings rose in the quarter ended Sept. 30.",
        MON,
        [_span(_utc(2026, 7, 1), _utc(2026, 10, 1))],
    ),
    (
        "Tax receipts have risen 6% so far this fiscal year.",
        WED,
        [_span(_utc(2026, 1, 1), _utc(2026, 4, 16))],
    ),
    ("Sales have fallen 2% year-to-date.", SAT, [_span(_utc(2026, 1, 1), _utc(2026, 8, 23))]),
    # --- halves without a year: by the tense
    (
        "Sales rose 3% in the first half.",
        SAT,
        [_span(_utc(2026, 1, 1), _utc(2026, 7, 1))],
    ),
    (
        "The group expects growth in the second half.",
        SAT,
        [_span(_utc(2026, 7, 1), _utc(2027, 1, 1))],
    ),
    # --- a fiscal year that modifies a noun: the event's own date
    ("The company will report fourth-quarter results on Thursday.", MON, [_day(2026, 11, 5)]),
    pytest.param(
        "The budget for fiscal 2027 will be unveiled in February.",
        MON,
        [_month(2027, 2)],
        marks=pytest.mark.xfail(
            reason="s33-intervals, left: 'for' before 'fiscal 2027' is read as the signal of a "
            "duration, so the purpose reading ('rules for the 2027 elections', "
            "purpose_prepositions.tsv) does not make the year weak; it dates the sentence beside "
            "February",
            strict=True,
        ),
        id="The budget for fiscal 2027 will be unveiled in February.",
    ),
]


@pytest.mark.parametrize(("body", "reference", "expected"), FISCAL, ids=_ids)
def test_fiscal(body, reference, expected):
    assert _events(body, reference) == expected
