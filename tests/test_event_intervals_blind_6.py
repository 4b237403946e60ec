"""A sixth file of blind event-interval cases (session 30), written by hand from DESIGN.md's
temporal contract and docs/temporal.md before the tagger was run on them: background
paragraphs inside news (a story of an earlier year told in a later article: "In November",
"that spring", "the following spring", "a week later", "By March", and back to the
publication's present); "since (at least)", "until", "till", "through", "by", "before",
"after", "as of", "starting", "no later than", "in the run-up to", "ahead of", "within days
of" with weekdays, months, holidays, parts of days and clock times, by tense and negated;
ranges ("from X to Y", "between X and Y", "X-Y", "X through Y", "from X into Y") by tense and
across midnight, month and year ends; zones in words and abbreviations with a weekday, on both
sides of the changes to and from summer time ("Eastern time", "ET", "PT", "Kyiv time",
"Moscow time", "Tokyo time", "London time", "local time" under a dateline, "GMT+2", "CET",
"CEST", "UTC", "Z"); present-perfect durations ("has raged for four weeks", "for the past nine
days", "over the last decade"); a sentence dated by the expression of its main event, not a
noun modifier or an owner ("the 2027 budget", "the 2019 report", "last year's champion"); a
little chat ("since sat", "till fri")."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from interval_cases import day as _day
from interval_cases import events as _events
from interval_cases import hour as _hour
from interval_cases import minute as _minute
from interval_cases import month as _month
from interval_cases import pub as _pub
from interval_cases import span as _span
from interval_cases import utc as _utc
from interval_cases import year as _year

MON = date(2026, 3, 2)  # a Monday (the US on summer time from 8 March, Europe from 29 March)
TUE = date(2025, 9, 30)  # a Tuesday (summer time on both sides of the Atlantic)
WED = date(2026, 5, 20)  # a Wednesday (summer)
THU = date(2025, 2, 27)  # a Thursday (winter)
FRI = date(
    2026, 11, 6
)  # a Friday (Europe back on standard time since 25 October, the US since 1 November)
SAT = date(2025, 7, 12)  # a Saturday (summer)
SUN = date(2026, 4, 12)  # a Sunday (summer time everywhere)


def _summer(y: int):
    return _span(_utc(y, 6, 1), _utc(y, 9, 1))


def _spring(y: int):
    return _span(_utc(y, 3, 1), _utc(y, 6, 1))


def _autumn(y: int):
    return _span(_utc(y, 9, 1), _utc(y, 12, 1))


BACKGROUND = [
    # --- an earlier year told inside a later story: its underspecified dates are that year's
    (
        "The museum reopened on Saturday.\n\nIt was badly damaged by a flood in 2018. In "
        "November, volunteers rescued 2,000 paintings. The following spring, restorers began "
        "work.",
        MON,
        [_day(2026, 2, 28), _year(2018), _month(2018, 11), _spring(2019)],
    ),
    (
        "On July 14, 2021, the river burst its banks. Three days later, the army was sent in.",
        TUE,
        [_day(2021, 7, 14), _day(2021, 7, 17)],
    ),
    # "By X," that opens a past clause: the state the story had reached then
    (
        "The company was founded in 2009. In April, it sold its first phone. By 2012, it "
        "employed 3,000 people.",
        WED,
        [_year(2009), _month(2009, 4), _year(2012)],
    ),
    (
        "The siege began in February 2022. That spring, food ran out. In May, the last "
        "defenders surrendered.",
        THU,
        [_month(2022, 2), _spring(2022), _month(2022, 5)],
    ),
    # back to the publication's present with "this year" and a future
    (
        "Floods hit the region in 2023. The next year, the government built new levees. This "
        "year, the levees will be raised again.",
        SAT,
        [_year(2023), _year(2024), _year(2025)],
    ),
    (
        "The singer died in 2016. In December, fans gathered outside his house.",
        FRI,
        [_year(2016), _month(2016, 12)],
    ),
    (
        "The hotel closed in March 2020. It reopened that September.",
        SUN,
        [_month(2020, 3), _month(2020, 9)],
    ),
    # "a week later" after a day is counted in weeks: the week of Tuesday 19 August 2008
    (
        "The ceasefire was signed on 12 August 2008. A week later, the troops began to withdraw.",
        MON,
        [_day(2008, 8, 12), _span(_utc(2008, 8, 18), _utc(2008, 8, 25))],
    ),
    # a range in the story's year crosses into the next one
    (
        "The league was founded in 1992. Its first season ran from August to May.",
        TUE,
        [_year(1992), _span(_utc(1992, 8, 1), _utc(1993, 6, 1))],
    ),
    (
        "Exports collapsed in 2020. The following year they recovered, and last year they hit "
        "a record.",
        WED,
        [_year(2020), _year(2021), _year(2025)],
    ),
    # "since" as an adverb is no expression
    (
        "The airport was built in 1975. It has been expanded twice since.",
        FRI,
        [_year(1975), _pub(FRI)],
    ),
    (
        "On 3 October 2019 the bridge collapsed. The next morning, divers found two cars in the "
        "river.",
        SUN,
        [_day(2019, 10, 3), _span(_utc(2019, 10, 4, 6), _utc(2019, 10, 4, 12))],
    ),
    (
        "The strike started in January 1984. By March, half the pits were shut.",
        THU,
        [_month(1984, 1), _month(1984, 3)],
    ),
    # "now" dates nothing; "next year" is the publication's
    (
        "The first store opened in 2015. The chain now has 300 stores and plans to open 50 more "
        "next year.",
        SAT,
        [_year(2015), _year(2026)],
    ),
    (
        "The volcano last erupted in 1991. That June, ash fell on cities 100 kilometres away.",
        MON,
        [_year(1991), _month(1991, 6)],
    ),
    (
        "The company moved to Austin in 2017. In 2019 it doubled its workforce, and in the "
        "autumn it bought a rival.",
        TUE,
        [_year(2017), _year(2019), _autumn(2019)],
    ),
    (
        "The war ended in 1995. Five years later, the city hosted the Olympics.",
        WED,
        [_year(1995), _year(2000)],
    ),
    # the news of the day, a paragraph of background, and a sentence with no date; a bare
    # "in 2021" between commas may date the main event ("The talks, on Tuesday, ended")
    (
        "Voters go to the polls on Sunday.\n\nThe last election, in 2021, was held in October. "
        "Turnout was 52%.",
        WED,
        [_day(2026, 5, 24), _year(2021), _month(2021, 10), _pub(WED)],
    ),
    (
        "The factory was opened in 1962 and closed in 2009. On Friday, it was demolished.",
        SAT,
        [_year(1962), _year(2009), _day(2025, 7, 11)],
    ),
    (
        "In the summer of 2022, wildfires burned across the region. In August, the town was "
        "evacuated.",
        SUN,
        [_summer(2022), _month(2022, 8)],
    ),
    (
        "The prince was born in 1948. In 1981 he married, and two years later his first son was "
        "born.",
        FRI,
        [_year(1948), _year(1981), _year(1983)],
    ),
    (
        "The firm was fined in 2020. It appealed in January and lost the case in May.",
        THU,
        [_year(2020), _month(2020, 1), _month(2020, 5)],
    ),
]


@pytest.mark.parametrize(
    ("body", "reference", "expected"), BACKGROUND, ids=lambda v: v if isinstance(v, str) else ""
)
def test_background(body, reference, expected):
    assert _events(body, reference) == expected


SIGNALS = [
    # --- since (at least): from X to the publication
    (
        "The border crossing has been closed since Thursday night.",
        SAT,
        [_span(_utc(2025, 7, 10, 20), _utc(2025, 7, 12))],
    ),
    (
        "Prices have risen since at least the middle of March.",
        WED,
        [_span(_utc(2026, 3, 11), _utc(2026, 5, 20))],
    ),
    (
        "The pair have been in custody since Sunday.",
        TUE,
        [_span(_utc(2025, 9, 28), _utc(2025, 9, 30))],
    ),
    (
        "Since 2019, the charity has planted a million trees.",
        MON,
        [_span(_utc(2019, 1, 1), _utc(2026, 3, 2))],
    ),
    (
        "The power has been off since 4 a.m.",
        datetime(2026, 11, 6, 9, 30, tzinfo=UTC),
        [_span(_utc(2026, 11, 6, 4), _utc(2026, 11, 6, 9, 30))],
    ),
    (
        "He has been missing since last Friday.",
        THU,
        [_span(_utc(2025, 2, 21), _utc(2025, 2, 27))],
    ),
    (
        "Since early June, the river has fallen by a metre.",
        SAT,
        [_span(_utc(2025, 6, 1), _utc(2025, 7, 12))],
    ),
    (
        "The store has not opened since Christmas.",
        SUN,
        [_span(_utc(2025, 12, 25), _utc(2026, 4, 12))],
    ),
    (
        "The ship has been stuck since at least Oct. 30.",
        FRI,
        [_span(_utc(2026, 10, 30), _utc(2026, 11, 6))],
    ),
    (
        "Since the start of the year, 80 people have drowned.",
        SAT,
        [_span(_utc(2025, 1, 1), _utc(2025, 7, 12))],
    ),
    # --- until / till / through in a clause ahead: from the publication to the end of X
    (
        "The bridge will remain closed until Monday.",
        FRI,
        [_span(_utc(2026, 11, 6), _utc(2026, 11, 10))],
    ),
    (
        "Voting continues till 10 p.m.",
        TUE,
        [_span(_utc(2025, 9, 30), _utc(2025, 9, 30, 22))],
    ),
    (
        "The sale runs until the end of June.",
        WED,
        [_span(_utc(2026, 5, 20), _utc(2026, 7, 1))],
    ),
    (
        "The exhibition will stay open through Sunday.",
        THU,
        [_span(_utc(2025, 2, 27), _utc(2025, 3, 3))],
    ),
    (
        "Heavy rain will last until Thursday morning.",
        MON,
        [_span(_utc(2026, 3, 2), _utc(2026, 3, 5, 12))],
    ),
    (
        "The offer is valid until 31 December.",
        FRI,
        [_span(_utc(2026, 11, 6), _utc(2027, 1, 1))],
    ),
    ("Flights are suspended until further notice.", SAT, [_pub(SAT)]),
    (
        "Roadworks will continue through the summer.",
        SUN,
        [_span(_utc(2026, 4, 12), _utc(2026, 9, 1))],
    ),
    (
        "The minister will stay in Brussels till Wednesday.",
        SAT,
        [_span(_utc(2025, 7, 12), _utc(2025, 7, 17))],
    ),
    # --- until / till / through in a past clause: X's own interval (the event ended then)
    (
        "The protest lasted until Tuesday evening.",
        THU,
        [_span(_utc(2025, 2, 25, 18), _utc(2025, 2, 26))],
    ),
    (
        "The talks went on until 3 a.m.",
        datetime(2026, 5, 20, 9, 0, tzinfo=UTC),
        [_hour("UTC", 2026, 5, 20, 3)],
    ),
    ("The road stayed closed until Sunday.", TUE, [_day(2025, 9, 28)]),
    ("The heatwave lasted through August.", TUE, [_month(2025, 8)]),
    ("She worked at the bank until 2019.", MON, [_year(2019)]),
    ("The tent camp remained in place till the spring.", FRI, [_spring(2026)]),
    # --- not until: the event happens then
    ("The winner will not be known until Saturday.", WED, [_day(2026, 5, 23)]),
    ("The ferry didn't leave until Friday.", SAT, [_day(2025, 7, 11)]),
    ("Parliament will not sit again until September.", SAT, [_month(2025, 9)]),
    # --- by: ahead as until; in a past perfect the state at X
    (
        "The report must be delivered by Friday.",
        TUE,
        [_span(_utc(2025, 9, 30), _utc(2025, 10, 4))],
    ),
    (
        "Contractors will finish the work by the end of the year.",
        SUN,
        [_span(_utc(2026, 4, 12), _utc(2027, 1, 1))],
    ),
    ("By Wednesday, the water had receded.", FRI, [_day(2026, 11, 4)]),
    (
        "Tickets must be bought by 6 p.m. on Thursday.",
        MON,
        [_span(_utc(2026, 3, 2), _utc(2026, 3, 5, 18))],
    ),
    (
        "By noon, 20,000 people had signed the petition.",
        datetime(2025, 9, 30, 15, 0, tzinfo=UTC),
        [_hour("UTC", 2025, 9, 30, 12)],
    ),
    (
        "The government promises to cut waiting lists by 2028.",
        WED,
        [_span(_utc(2026, 5, 20), _utc(2029, 1, 1))],
    ),
    # --- before / after: one side from the publication, the other left open
    (
        "Parliament must approve the deal before June 30.",
        WED,
        [_span(_utc(2026, 5, 20), _utc(2026, 6, 30))],
    ),
    (
        "Workers will be paid before Christmas.",
        FRI,
        [_span(_utc(2026, 11, 6), _utc(2026, 12, 25))],
    ),
    ("Before 2020, the town had no hospital.", SUN, [_pub(SUN)]),
    ("The cafe will reopen after Easter.", MON, [_pub(MON)]),
    # a clock time is a point: after 9 p.m. begins at 21:00
    (
        "After 9 p.m., the streets emptied.",
        SAT,
        [_span(_utc(2025, 7, 12, 21), _utc(2025, 7, 13))],
    ),
    (
        "After Tuesday's vote, the coalition collapsed.",
        THU,
        [_span(_utc(2025, 2, 26), _utc(2025, 2, 28))],
    ),
    ("Two days before Christmas, the factory closed.", THU, [_day(2024, 12, 23)]),
    ("Ten days after March 1, the first shipment arrived.", SUN, [_day(2026, 3, 11)]),
    (
        "Prices fell sharply after the summer.",
        FRI,
        [_span(_utc(2026, 9, 1), _utc(2026, 11, 7))],
    ),
    # --- as of: the state at X
    ("As of Sunday, 12 people had been arrested.", TUE, [_day(2025, 9, 28)]),
    ("As of July 1, the fee will double.", WED, [_day(2026, 7, 1)]),
    (
        "As of 6 p.m., the fire was 40% contained.",
        datetime(2025, 7, 12, 20, 0, tzinfo=UTC),
        [_hour("UTC", 2025, 7, 12, 18)],
    ),
    ("As of last month, the unemployment rate stood at 4.1%.", FRI, [_month(2026, 10)]),
    # --- starting / beginning: the start itself, or with a duration that long
    ("Starting Tuesday, buses will run every ten minutes.", SAT, [_day(2025, 7, 15)]),
    ("Starting in September, students must wear uniforms.", SAT, [_month(2025, 9)]),
    (
        "The road will be closed for three days starting Monday.",
        FRI,
        [_span(_utc(2026, 11, 9), _utc(2026, 11, 12))],
    ),
    (
        "Beginning next week, the museum will open on Mondays.",
        WED,
        [_span(_utc(2026, 5, 25), _utc(2026, 6, 1))],
    ),
    (
        "Starting at 9 a.m. ET on Monday, the site will be offline for two hours.",
        FRI,
        [_span(_utc(2026, 11, 9, 14), _utc(2026, 11, 9, 16))],
    ),
    # --- no later than: as until
    (
        "The plan must be filed no later than Friday.",
        MON,
        [_span(_utc(2026, 3, 2), _utc(2026, 3, 7))],
    ),
    (
        "Troops must leave no later than 1 April.",
        THU,
        [_span(_utc(2025, 2, 27), _utc(2025, 4, 2))],
    ),
    (
        "Claims should be lodged no later than the end of October.",
        TUE,
        [_span(_utc(2025, 9, 30), _utc(2025, 11, 1))],
    ),
    # --- in the run-up to, ahead of: as before; a past verb keeps a possessive weekday past
    (
        "Shops will hire extra staff in the run-up to Christmas.",
        WED,
        [_span(_utc(2026, 5, 20), _utc(2026, 12, 25))],
    ),
    (
        "Police will close the roads ahead of Saturday's marathon.",
        WED,
        [_span(_utc(2026, 5, 20), _utc(2026, 5, 23))],
    ),
    ("Security was tightened in the run-up to the summit.", SAT, [_pub(SAT)]),
    ("Stocks rose in the run-up to Wednesday's rate decision.", THU, [_pub(THU)]),
    # --- within D of X: that long from X; a vague D leaves X's own interval
    ("Within days of March 4, the rebels had taken the city.", SAT, [_day(2025, 3, 4)]),
    ("The outbreak was contained within weeks of January 10.", THU, [_day(2025, 1, 10)]),
    (
        "Firms must respond within 14 days of May 1.",
        SUN,
        [_span(_utc(2026, 5, 1), _utc(2026, 5, 15))],
    ),
    ("Refunds will be paid within 30 days of the cancellation.", SUN, [_pub(SUN)]),
    # --- the week of a day
    (
        "The hearing is set for the week of 9 November.",
        FRI,
        [_span(_utc(2026, 11, 9), _utc(2026, 11, 16))],
    ),
]


@pytest.mark.parametrize(
    ("body", "reference", "expected"), SIGNALS, ids=lambda v: v if isinstance(v, str) else ""
)
def test_signals(body, reference, expected):
    assert _events(body, reference) == expected


RANGES = [
    # --- weekdays by tense
    (
        "From Tuesday to Thursday, the storm dumped snow on the Alps.",
        SAT,
        [_span(_utc(2025, 7, 8), _utc(2025, 7, 11))],
    ),
    (
        "From Tuesday to Thursday, the storm will dump snow on the Alps.",
        SAT,
        [_span(_utc(2025, 7, 15), _utc(2025, 7, 18))],
    ),
    (
        "Between Monday and Wednesday, 300 flights were cancelled.",
        FRI,
        [_span(_utc(2026, 11, 2), _utc(2026, 11, 5))],
    ),
    (
        "Between Monday and Wednesday, 300 flights will be cancelled.",
        FRI,
        [_span(_utc(2026, 11, 9), _utc(2026, 11, 12))],
    ),
    (
        "The school will be closed Monday through Wednesday.",
        THU,
        [_span(_utc(2025, 3, 3), _utc(2025, 3, 6))],
    ),
    ("The festival runs Friday to Sunday.", WED, [_span(_utc(2026, 5, 22), _utc(2026, 5, 25))]),
    # --- years, months, by tense
    (
        "Between 2015 and 2020, the forest shrank by a third.",
        WED,
        [_span(_utc(2015, 1, 1), _utc(2021, 1, 1))],
    ),
    ("From April to June, sales fell 12%.", TUE, [_span(_utc(2025, 4, 1), _utc(2025, 7, 1))]),
    (
        "From October to December, the company will cut 500 jobs.",
        TUE,
        [_span(_utc(2025, 10, 1), _utc(2026, 1, 1))],
    ),
    (
        "Between 1990 and 1995, the population doubled.",
        THU,
        [_span(_utc(1990, 1, 1), _utc(1996, 1, 1))],
    ),
    (
        "The dig took place between June 2018 and March 2019.",
        SAT,
        [_span(_utc(2018, 6, 1), _utc(2019, 4, 1))],
    ),
    (
        "The strike ran from late January into early February.",
        THU,
        [_span(_utc(2025, 1, 21), _utc(2025, 2, 11))],
    ),
    (
        "The ice rink is open from December through March.",
        FRI,
        [_span(_utc(2026, 12, 1), _utc(2027, 4, 1))],
    ),
    # --- days of months, across month and year ends
    (
        "The conference takes place from 14 to 16 May.",
        SUN,
        [_span(_utc(2026, 5, 14), _utc(2026, 5, 17))],
    ),
    ("The fair was held Nov. 28-Dec. 1.", FRI, [_span(_utc(2025, 11, 28), _utc(2025, 12, 2))]),
    (
        "The museum is closed between Christmas and New Year's Day.",
        FRI,
        [_span(_utc(2026, 12, 25), _utc(2027, 1, 2))],
    ),
    # --- the D to X
    (
        "Sales rose 6% in the three months to June.",
        TUE,
        [_span(_utc(2025, 4, 1), _utc(2025, 7, 1))],
    ),
    # --- clock times, across midnight
    (
        "Trains will not run from 11 p.m. Saturday to 6 a.m. Monday.",
        WED,
        [_span(_utc(2026, 5, 23, 23), _utc(2026, 5, 25, 6))],
    ),
    (
        "The polls were open from 7 a.m. to 9 p.m.",
        MON,
        [_span(_utc(2026, 3, 2, 7), _utc(2026, 3, 2, 21))],
    ),
    (
        "Road closures are planned from 8 p.m. to 5 a.m.",
        TUE,
        [_span(_utc(2025, 9, 30, 20), _utc(2025, 10, 1, 5))],
    ),
    (
        "Between Thursday night and Saturday, 40 cm of snow fell.",
        SUN,
        [_span(_utc(2026, 4, 9, 20), _utc(2026, 4, 12))],
    ),
    (
        "From 1 to 3 p.m. on Tuesday, the line will be down.",
        MON,
        [_span(_utc(2026, 3, 3, 13), _utc(2026, 3, 3, 15))],
    ),
    (
        "The road was closed between 9 a.m. and 4 p.m. on Saturday.",
        SUN,
        [_span(_utc(2026, 4, 11, 9), _utc(2026, 4, 11, 16))],
    ),
]


@pytest.mark.parametrize(
    ("body", "reference", "expected"), RANGES, ids=lambda v: v if isinstance(v, str) else ""
)
def test_ranges(body, reference, expected):
    assert _events(body, reference) == expected


ZONES = [
    # --- Eastern: standard time until 8 March 2026 and from 1 November 2026
    (
        "The launch is set for 7:15 a.m. Eastern time on Thursday.",
        MON,
        [_minute("America/New_York", 2026, 3, 5, 7, 15)],
    ),
    (
        "The vote closes at 5 p.m. ET on Monday.",
        FRI,
        [_hour("America/New_York", 2026, 11, 9, 17)],
    ),
    (
        "The hearing starts at 10 a.m. Eastern time on Tuesday.",
        FRI,
        [_hour("America/New_York", 2026, 11, 10, 10)],
    ),
    (
        "Trading resumes at 9:30 a.m. ET on Monday.",
        SAT,
        [_minute("America/New_York", 2025, 7, 14, 9, 30)],
    ),
    (
        "The deadline is 11:59 p.m. PT on Friday.",
        WED,
        [_minute("America/Los_Angeles", 2026, 5, 22, 23, 59)],
    ),
    # --- Kyiv, Moscow, Tokyo, London
    (
        "Sirens sounded at 4:20 a.m. Kyiv time on Sunday.",
        TUE,
        [_minute("Europe/Kyiv", 2025, 9, 28, 4, 20)],
    ),
    (
        "The talks open at 11:00 Moscow time on Friday.",
        WED,
        [_minute("Europe/Moscow", 2026, 5, 22, 11, 0)],
    ),
    (
        "The announcement came at 7 a.m. Tokyo time on Friday.",
        SAT,
        [_hour("Asia/Tokyo", 2025, 7, 11, 7)],
    ),
    (
        "The embargo lifts at 00:01 London time on Tuesday.",
        SAT,
        [_minute("Europe/London", 2025, 7, 15, 0, 1)],
    ),
    # --- local time: the dateline's city, else the article's own
    (
        "The blackout began at 21:30 local time on Saturday.",
        SUN,
        [_minute("UTC", 2026, 4, 11, 21, 30)],
    ),
    (
        "BEIJING (Reuters) — The quake struck at 2:10 a.m. local time on Tuesday.",
        WED,
        [_minute("Asia/Shanghai", 2026, 5, 19, 2, 10)],
    ),
    # --- offsets and abbreviations
    (
        "The summit opens at 09:00 GMT on Wednesday.",
        MON,
        [_minute("UTC", 2026, 3, 4, 9, 0)],
    ),
    (
        "The match kicks off at 8 p.m. CET on Saturday.",
        FRI,
        [_hour("UTC", 2026, 11, 7, 19)],
    ),
    # midnight on a day is its end (T24:00)
    (
        "The ceasefire took effect at midnight GMT+2 on Sunday.",
        TUE,
        [_minute("UTC", 2025, 9, 28, 22, 0)],
    ),
    (
        "Reservations close at 17:00 CEST on Friday.",
        TUE,
        [_minute("UTC", 2025, 10, 3, 15, 0)],
    ),
    ("The market closed at 16:00 UTC on Thursday.", FRI, [_minute("UTC", 2026, 11, 5, 16, 0)]),
    ("The rocket launched at 13:45Z on Monday.", WED, [_minute("UTC", 2026, 5, 18, 13, 45)]),
    # --- zones with signals
    (
        "The strike will last until 6 a.m. Kyiv time on Thursday.",
        MON,
        [_span(_utc(2026, 3, 2), _utc(2026, 3, 5, 4))],
    ),
    (
        "The server has been down since 03:00 UTC.",
        datetime(2025, 9, 30, 8, 0, tzinfo=UTC),
        [_span(_utc(2025, 9, 30, 3), _utc(2025, 9, 30, 8))],
    ),
    (
        "The webinar runs from 3 to 4 p.m. ET on Wednesday.",
        THU,
        [_span(_utc(2025, 3, 5, 20), _utc(2025, 3, 5, 21))],
    ),
]


@pytest.mark.parametrize(
    ("body", "reference", "expected"), ZONES, ids=lambda v: v if isinstance(v, str) else ""
)
def test_zones(body, reference, expected):
    assert _events(body, reference) == expected


DURATIONS = [
    # --- a present perfect ends at the publication
    (
        "Fighting has raged for four weeks.",
        THU,
        [_span(_utc(2025, 1, 30), _utc(2025, 2, 27))],
    ),
    (
        "The strike has lasted for the past nine days.",
        SUN,
        [_span(_utc(2026, 4, 3), _utc(2026, 4, 12))],
    ),
    (
        "Wages have stagnated over the last decade.",
        MON,
        [_span(_utc(2016, 3, 2), _utc(2026, 3, 2))],
    ),
    (
        "The road has been blocked for 72 hours.",
        datetime(2026, 11, 6, 12, 0, tzinfo=UTC),
        [_span(_utc(2026, 11, 3, 12), _utc(2026, 11, 6, 12))],
    ),
    (
        "For the past two weeks, the town has had no running water.",
        SAT,
        [_span(_utc(2025, 6, 28), _utc(2025, 7, 12))],
    ),
    (
        "The pair have been married for 50 years.",
        WED,
        [_span(_utc(1976, 5, 20), _utc(2026, 5, 20))],
    ),
    (
        "Rents have climbed 30% over the past three years.",
        TUE,
        [_span(_utc(2022, 9, 30), _utc(2025, 9, 30))],
    ),
    (
        "The volcano has been erupting for almost a month.",
        FRI,
        [_span(_utc(2026, 10, 6), _utc(2026, 11, 6))],
    ),
    (
        "In the last 24 hours, the river has risen a metre.",
        datetime(2025, 2, 27, 18, 0, tzinfo=UTC),
        [_span(_utc(2025, 2, 26, 18), _utc(2025, 2, 27, 18))],
    ),
    (
        "The plant has been idle for six weeks.",
        SUN,
        [_span(_utc(2026, 3, 1), _utc(2026, 4, 12))],
    ),
    (
        "She has run the company for 18 months.",
        SAT,
        [_span(_utc(2024, 1, 12), _utc(2025, 7, 12))],
    ),
    (
        "Over the past 12 months, house prices have risen 5%.",
        WED,
        [_span(_utc(2025, 5, 20), _utc(2026, 5, 20))],
    ),
    (
        "Talks have been stalled since the start of the month.",
        FRI,
        [_span(_utc(2026, 11, 1), _utc(2026, 11, 6))],
    ),
    (
        "Shelling has continued for five days.",
        MON,
        [_span(_utc(2026, 2, 25), _utc(2026, 3, 2))],
    ),
    (
        "The rail line has been shut for a fortnight.",
        THU,
        [_span(_utc(2025, 2, 13), _utc(2025, 2, 27))],
    ),
    (
        "The region's population has fallen for a decade.",
        SUN,
        [_span(_utc(2016, 4, 12), _utc(2026, 4, 12))],
    ),
    # --- ahead: from the publication
    (
        "The museum will be shut for two months.",
        MON,
        [_span(_utc(2026, 3, 2), _utc(2026, 5, 2))],
    ),
    (
        "The trial is expected to last three weeks.",
        TUE,
        [_span(_utc(2025, 9, 30), _utc(2025, 10, 21))],
    ),
    # --- vague or past perfect: nothing of their own
    ("The bridge had been closed for a year when it collapsed.", TUE, [_pub(TUE)]),
    ("Inflation has been above target for years.", FRI, [_pub(FRI)]),
]


@pytest.mark.parametrize(
    ("body", "reference", "expected"), DURATIONS, ids=lambda v: v if isinstance(v, str) else ""
)
def test_durations(body, reference, expected):
    assert _events(body, reference) == expected


MODIFIERS = [
    ("The cabinet adopted the 2027 budget on Tuesday.", WED, [_day(2026, 5, 19)]),
    ("The 2019 report was quietly withdrawn on Monday.", TUE, [_day(2025, 9, 29)]),
    ("Last year's champion was knocked out on Sunday.", MON, [_day(2026, 3, 1)]),
    ("Last year's drought cost farmers $1 billion.", MON, [_year(2025)]),
    ("The agency released its 2024 crime figures on Thursday.", FRI, [_day(2026, 11, 5)]),
    # a modifier alone dates nothing: the publication
    ("A 2018 study found the lake was shrinking.", SAT, [_pub(SAT)]),
    ("The council on Friday scrapped its 2030 housing target.", SUN, [_day(2026, 4, 10)]),
    (
        "Organisers of the 2028 Olympics said on Wednesday that costs had risen.",
        THU,
        [_day(2025, 2, 26)],
    ),
    ("This year's festival will open on June 5.", WED, [_day(2026, 6, 5)]),
    # an owner in a reported clause keeps its own event
    (
        "Officials said on Monday that last week's storm had killed 14 people.",
        TUE,
        [_day(2025, 9, 29), _span(_utc(2025, 9, 22), _utc(2025, 9, 29))],
    ),
    ("The 2026 tour begins on Saturday.", SUN, [_day(2026, 4, 18)]),
    ("Voters rejected the 2025 constitution in a referendum on Sunday.", TUE, [_day(2025, 9, 28)]),
    ("The 1990s-era jets will be retired next year.", SAT, [_year(2026)]),
    ("The company beat its 2024 sales record in March.", FRI, [_month(2026, 3)]),
    ("Tomorrow's match has been moved to Sunday.", FRI, [_day(2026, 11, 8)]),
    # after a determiner as the subject, alone, it is the best date there is
    ("The 2022 floods were the worst in a century.", WED, [_year(2022)]),
    ("Next year's budget will be presented in October.", TUE, [_month(2025, 10)]),
    (
        "The minister defended the 2030 climate plan in parliament on Thursday.",
        SAT,
        [_day(2025, 7, 10)],
    ),
]


@pytest.mark.parametrize(
    ("body", "reference", "expected"), MODIFIERS, ids=lambda v: v if isinstance(v, str) else ""
)
def test_modifiers(body, reference, expected):
    assert _events(body, reference) == expected


CHAT = [
    ("been at the beach since sat lol", TUE, [_span(_utc(2025, 9, 27), _utc(2025, 9, 30))]),
    # a negation before "till": the event happens then
    ("cant go out till fri, exams", MON, [_day(2026, 3, 6)]),
    ("movie marathon from fri to sun!!", WED, [_span(_utc(2026, 5, 22), _utc(2026, 5, 25))]),
    ("back from holiday tmrw", FRI, [_day(2026, 11, 7)]),
]


@pytest.mark.parametrize(
    ("body", "reference", "expected"), CHAT, ids=lambda v: v if isinstance(v, str) else ""
)
def test_chat(body, reference, expected):
    assert _events(body, reference) == expected
