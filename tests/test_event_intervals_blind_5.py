"""A fifth file of blind event-interval cases (session 29), written by hand from DESIGN.md's
temporal contract and docs/temporal.md before the tagger was run on them: background
paragraphs inside news (a story about 2019 told in a 2025 article: its "In March", "that
summer", "the following year", "two weeks later", and back to the publication's present);
"since", "until", "till", "through", "by", "as of", "no later than", "not before" with days,
months, seasons and clock times, by tense and negated; ranges ("from X to Y", "between X and
Y", "X-Y", "X through Y") across month and year ends, by tense; zones in words and
abbreviations with a weekday or a date ("Eastern time", "Kyiv time", "Moscow time", "local
time", "GMT+3", "CET", "AEST", "UTC", "Z"); present-perfect durations ("has been closed for ten
days", "for the past week"); a sentence dated by the expression of its main event, not a noun
modifier or an owner ("the 2030 target", "last year's record"); chat ("tmrw", "2nite",
"thurs", "wknd")."""

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

MON = date(2025, 3, 10)  # a Monday (the US on summer time since 9 March, Europe not yet)
TUE = date(2026, 6, 16)  # a Tuesday (summer)
WED = date(2025, 12, 3)  # a Wednesday (winter)
THU = date(2026, 10, 15)  # a Thursday (Europe on summer time until 25 October)
FRI = date(2025, 8, 29)  # a Friday (summer)
SAT = date(2026, 1, 31)  # a Saturday (winter)
SUN = date(2025, 11, 16)  # a Sunday (the US back on standard time since 2 November)


def _summer(y: int):
    return _span(_utc(y, 6, 1), _utc(y, 9, 1))


def _spring(y: int):
    return _span(_utc(y, 3, 1), _utc(y, 6, 1))


def _autumn(y: int):
    return _span(_utc(y, 9, 1), _utc(y, 12, 1))


def _winter(y: int):
    """The winter that begins in December of ``y``."""
    return _span(_utc(y, 12, 1), _utc(y + 1, 3, 1))


BACKGROUND = [
    # --- a 2019 paragraph inside a later story: its underspecified dates are 2019's
    (
        "The bridge reopened to traffic on Monday.\n\nIt was closed in 2019 after inspectors "
        "found cracks. In March, engineers fitted temporary supports. That summer, a truck hit "
        "one of them.",
        WED,
        [_day(2025, 12, 1), _year(2019), _month(2019, 3), _summer(2019)],
    ),
    (
        "The club was relegated in May 2019. The following year, it won promotion back. On "
        "Saturday it plays its first home game of the season.",
        FRI,
        [_month(2019, 5), _year(2020), _day(2025, 8, 30)],
    ),
    # "two weeks later" after a day is counted in weeks: the week of 18 March 2019
    (
        "The factory caught fire on March 4, 2019. Two weeks later, the owners announced it "
        "would not reopen.",
        TUE,
        [_day(2019, 3, 4), _span(_utc(2019, 3, 18), _utc(2019, 3, 25))],
    ),
    (
        "The strike began in October 2022. Three months later, the sides agreed a deal.",
        SAT,
        [_month(2022, 10), _month(2023, 1)],
    ),
    (
        "Prices first spiked in 2021. That winter, many families could not heat their homes.",
        THU,
        [_year(2021), _winter(2021)],
    ),
    (
        "The regulator opened an inquiry in 2019. In June, it raided the bank's offices. The "
        "bank said on Friday it would appeal.",
        MON,
        [_year(2019), _month(2019, 6), _day(2025, 3, 7)],
    ),
    (
        "The museum shut its doors in 2020. It reopened the following spring, and visitor "
        "numbers have since doubled.",
        SUN,
        [_year(2020), _spring(2021)],
    ),
    (
        "The ship sank in April 2019. Divers reached the wreck in August, and the hull was "
        "raised the following year.",
        WED,
        [_month(2019, 4), _month(2019, 8), _year(2020)],
    ),
    (
        "In 2019, the town hosted the national games. That August, a heatwave forced organisers "
        "to move events indoors. This August, the town hosted them again.",
        FRI,
        [_year(2019), _month(2019, 8), _month(2025, 8)],
    ),
    # "that" points back across a paragraph break
    (
        "The dam was completed in 2019.\n\nThat autumn, the valley upstream flooded.",
        TUE,
        [_year(2019), _autumn(2019)],
    ),
    # a future clause is the publication's
    (
        "The dam was completed in 2019.\n\nIn autumn, the reservoir will be drained for "
        "inspection.",
        TUE,
        [_year(2019), _autumn(2026)],
    ),
    (
        "The airline collapsed in 2019. In September, thousands of passengers were stranded "
        "abroad.",
        SAT,
        [_year(2019), _month(2019, 9)],
    ),
    (
        "The peace deal was signed in 2019. Two years later, fighting resumed. Last week, the UN "
        "called for new talks.",
        MON,
        [_year(2019), _year(2021), _span(_utc(2025, 3, 3), _utc(2025, 3, 10))],
    ),
    (
        "The mine flooded on July 2, 2019. Four days later, rescuers pulled the last miner out.",
        THU,
        [_day(2019, 7, 2), _day(2019, 7, 6)],
    ),
    (
        "The team last won the cup in 2019. That May, it beat its rivals 3-1 in the final.",
        SUN,
        [_year(2019), _month(2019, 5)],
    ),
    (
        "The project was approved in 2019. Work began in January 2020 and was due to finish "
        "that December.",
        WED,
        [_year(2019), _month(2020, 1), _month(2020, 12)],
    ),
    (
        "The family arrived in Canada in 2019. The next summer, they opened a restaurant.",
        FRI,
        [_year(2019), _summer(2020)],
    ),
    # "by" in a past perfect: the state at that time, the month's own interval
    (
        "In 2019 the river burst its banks. By December, 300 homes had been rebuilt.",
        TUE,
        [_year(2019), _month(2019, 12)],
    ),
    (
        "Protests erupted on Nov. 12, 2019. The next day, the president declared a curfew.",
        MON,
        [_day(2019, 11, 12), _day(2019, 11, 13)],
    ),
    (
        "In 2019, the firm employed 40 people. This year it plans to hire 200 more.",
        SAT,
        [_year(2019), _year(2026)],
    ),
    # a flashback in the past perfect after the news of the day
    (
        "The plant closed on Friday. It had opened in 1998, and in the spring of 2019 it had "
        "lost its biggest customer.",
        THU,
        [_day(2026, 10, 9), _year(1998), _spring(2019)],
    ),
    (
        "The airport opened in 2019. On June 3, its first flight left for Madrid.",
        WED,
        [_year(2019), _day(2019, 6, 3)],
    ),
    (
        "The law took effect in January 2020. By the summer, complaints had tripled.",
        FRI,
        [_month(2020, 1), _summer(2020)],
    ),
    (
        "Construction began in 2019. The tower will open in May.",
        MON,
        [_year(2019), _month(2025, 5)],
    ),
    # two weeks after 31 December 2019 is in the week of 13 January 2020
    (
        "The first case was reported on Dec. 31, 2019. Two weeks later, the virus had reached "
        "Thailand.",
        SUN,
        [_day(2019, 12, 31), _span(_utc(2020, 1, 13), _utc(2020, 1, 20))],
    ),
    (
        "The treaty was signed on 4 May 2019 and took effect the following year.",
        THU,
        [_day(2019, 5, 4), _year(2020)],
    ),
    (
        "Back in the winter of 2019, the lake froze over. It has not frozen since.",
        TUE,
        [_winter(2019), _pub(TUE)],
    ),
    (
        "Shares jumped 8% on Friday.\n\nThe company was founded in 2019 and listed in New York "
        "in October.",
        SAT,
        [_day(2026, 1, 30), _year(2019), _month(2019, 10)],
    ),
    (
        "The war began in 2019. That March, the capital fell.",
        WED,
        [_year(2019), _month(2019, 3)],
    ),
    (
        "The bakery opened in 2019. In December, it sold 10,000 mince pies. It now has three "
        "shops.",
        FRI,
        [_year(2019), _month(2019, 12), _pub(FRI)],
    ),
]


@pytest.mark.parametrize(
    ("body", "reference", "expected"), BACKGROUND, ids=lambda v: v if isinstance(v, str) else ""
)
def test_background(body, reference, expected):
    assert _events(body, reference) == expected


SIGNALS = [
    # --- since: from X to the publication, also negated
    (
        "The airport has been closed since Tuesday morning.",
        SAT,
        [_span(_utc(2026, 1, 27, 6), _utc(2026, 1, 31))],
    ),
    (
        "She has lived in Lisbon since the spring of 2021.",
        WED,
        [_span(_utc(2021, 3, 1), _utc(2025, 12, 3))],
    ),
    (
        "Since 6 a.m., more than 400 people have voted.",
        datetime(2026, 6, 16, 11, 0, tzinfo=UTC),
        [_span(_utc(2026, 6, 16, 6), _utc(2026, 6, 16, 11))],
    ),
    (
        "The station has not been staffed since December.",
        MON,
        [_span(_utc(2024, 12, 1), _utc(2025, 3, 10))],
    ),
    (
        "Since last Thursday, the river has risen two metres.",
        TUE,
        [_span(_utc(2026, 6, 11), _utc(2026, 6, 16))],
    ),
    (
        "Nobody has seen him since the weekend.",
        MON,
        [_span(_utc(2025, 3, 8), _utc(2025, 3, 10))],
    ),
    (
        "Since Jan. 1, the agency has received 5,000 complaints.",
        FRI,
        [_span(_utc(2025, 1, 1), _utc(2025, 8, 29))],
    ),
    (
        "Inflation has eased since the summer.",
        SAT,
        [_span(_utc(2025, 6, 1), _utc(2026, 1, 31))],
    ),
    (
        "It has not rained here since August.",
        WED,
        [_span(_utc(2025, 8, 1), _utc(2025, 12, 3))],
    ),
    # --- until / till ahead: from the publication to the end of X
    (
        "The museum will be closed until Sept. 15.",
        FRI,
        [_span(_utc(2025, 8, 29), _utc(2025, 9, 16))],
    ),
    (
        "Parking restrictions apply till 6 p.m.",
        FRI,
        [_span(_utc(2025, 8, 29), _utc(2025, 8, 29, 18))],
    ),
    (
        "The exhibition runs until the autumn.",
        SAT,
        [_span(_utc(2026, 1, 31), _utc(2026, 12, 1))],
    ),
    (
        "The ban stays in force until the end of the month.",
        THU,
        [_span(_utc(2026, 10, 15), _utc(2026, 11, 1))],
    ),
    (
        "Till March, the team will play its home games in Leeds.",
        SAT,
        [_span(_utc(2026, 1, 31), _utc(2026, 4, 1))],
    ),
    (
        "Schools will stay shut until Wednesday.",
        SUN,
        [_span(_utc(2025, 11, 16), _utc(2025, 11, 20))],
    ),
    # --- not until: the event happens then
    ("The verdict will not be announced until Monday.", WED, [_day(2025, 12, 8)]),
    ("The ferry did not sail until Thursday.", SAT, [_day(2026, 1, 29)]),
    (
        "Power was not restored until Sunday evening.",
        TUE,
        [_span(_utc(2026, 6, 14, 18), _utc(2026, 6, 15))],
    ),
    # --- until in a past clause: X's own interval
    ("The market stayed shut until Wednesday.", SUN, [_day(2025, 11, 12)]),
    (
        "The meeting went on until 2 a.m.",
        datetime(2025, 11, 16, 9, 0, tzinfo=UTC),
        [_hour("UTC", 2025, 11, 16, 2)],
    ),
    ("The store was open until 9 p.m. on Saturday.", SUN, [_hour("UTC", 2025, 11, 15, 21)]),
    ("The curfew remained in force until March.", THU, [_month(2026, 3)]),
    # --- through
    (
        "The road will be closed through Thursday.",
        SUN,
        [_span(_utc(2025, 11, 16), _utc(2025, 11, 21))],
    ),
    (
        "Rain is forecast through the weekend.",
        THU,
        [_span(_utc(2026, 10, 15), _utc(2026, 10, 19))],
    ),
    ("The strike lasted through December.", SAT, [_month(2025, 12)]),
    (
        "The offer runs through Jan. 15.",
        WED,
        [_span(_utc(2025, 12, 3), _utc(2026, 1, 16))],
    ),
    # --- by
    (
        "The bridge must be repaired by Friday.",
        MON,
        [_span(_utc(2025, 3, 10), _utc(2025, 3, 15))],
    ),
    (
        "Results are expected by 9 p.m.",
        FRI,
        [_span(_utc(2025, 8, 29), _utc(2025, 8, 29, 21))],
    ),
    ("By Sunday, the fire had burned 3,000 hectares.", TUE, [_day(2026, 6, 14)]),
    (
        "The company aims to be carbon neutral by 2035.",
        WED,
        [_span(_utc(2025, 12, 3), _utc(2036, 1, 1))],
    ),
    (
        "By the spring, the new wing will be finished.",
        THU,
        [_span(_utc(2026, 10, 15), _utc(2027, 6, 1))],
    ),
    (
        "By Thursday night, most of the snow had melted.",
        SAT,
        [_span(_utc(2026, 1, 29, 20), _utc(2026, 1, 30, 6))],
    ),
    # --- as of: the state at X
    ("As of Tuesday, the fund had raised $2 million.", FRI, [_day(2025, 8, 26)]),
    ("As of next month, fares will rise by 5%.", SAT, [_month(2026, 2)]),
    (
        "As of 8 a.m., 30 roads were closed.",
        datetime(2026, 1, 31, 12, 0, tzinfo=UTC),
        [_hour("UTC", 2026, 1, 31, 8)],
    ),
    (
        "As of this week, the museum charges for entry.",
        THU,
        [_span(_utc(2026, 10, 12), _utc(2026, 10, 19))],
    ),
    # --- no later than: as until
    (
        "Bids must arrive no later than noon on Friday.",
        TUE,
        [_span(_utc(2026, 6, 16), _utc(2026, 6, 19, 12))],
    ),
    (
        "The plan must be submitted no later than the end of September.",
        FRI,
        [_span(_utc(2025, 8, 29), _utc(2025, 10, 1))],
    ),
    (
        "Applications must be received no later than 31 January.",
        WED,
        [_span(_utc(2025, 12, 3), _utc(2026, 2, 1))],
    ),
    # --- not before: as "not until", the event happens at X (at the earliest)
    ("The results will not be published before Friday.", MON, [_day(2025, 3, 14)]),
    ("The new stadium will not open before 2028.", WED, [_year(2028)]),
    (
        "Talks are not expected to resume before mid-January.",
        WED,
        [_span(_utc(2026, 1, 11), _utc(2026, 1, 21))],
    ),
    ("The fire was not brought under control before Tuesday.", FRI, [_day(2025, 8, 26)]),
]


@pytest.mark.parametrize(
    ("body", "reference", "expected"), SIGNALS, ids=lambda v: v if isinstance(v, str) else ""
)
def test_signals(body, reference, expected):
    assert _events(body, reference) == expected


RANGES = [
    # --- across a year end, by tense
    (
        "The festival runs from Dec. 27 to Jan. 2.",
        WED,
        [_span(_utc(2025, 12, 27), _utc(2026, 1, 3))],
    ),
    (
        "The festival ran from Dec. 27 to Jan. 2.",
        SAT,
        [_span(_utc(2025, 12, 27), _utc(2026, 1, 3))],
    ),
    (
        "Between November and February, the shelter housed 300 people.",
        TUE,
        [_span(_utc(2025, 11, 1), _utc(2026, 3, 1))],
    ),
    (
        "Between November and February, the shelter will open every night.",
        TUE,
        [_span(_utc(2026, 11, 1), _utc(2027, 3, 1))],
    ),
    ("The store is closed Dec. 31-Jan. 2.", WED, [_span(_utc(2025, 12, 31), _utc(2026, 1, 3))]),
    (
        "The bank was closed between Christmas Eve and Jan. 2.",
        SAT,
        [_span(_utc(2025, 12, 24), _utc(2026, 1, 3))],
    ),
    (
        "The office is closed Dec 24 - Jan 1.",
        WED,
        [_span(_utc(2025, 12, 24), _utc(2026, 1, 2))],
    ),
    # --- across a month end
    (
        "The roadworks will last from late October into early November.",
        THU,
        [_span(_utc(2026, 10, 21), _utc(2026, 11, 11))],
    ),
    (
        "Hearings are scheduled from Sept. 29 to Oct. 3.",
        FRI,
        [_span(_utc(2025, 9, 29), _utc(2025, 10, 4))],
    ),
    (
        "The tournament takes place June 30-July 5.",
        TUE,
        [_span(_utc(2026, 6, 30), _utc(2026, 7, 6))],
    ),
    (
        "The tournament took place June 30-July 5.",
        SAT,
        [_span(_utc(2025, 6, 30), _utc(2025, 7, 6))],
    ),
    (
        "The survey was carried out between Sept. 28 and Oct. 4.",
        THU,
        [_span(_utc(2026, 9, 28), _utc(2026, 10, 5))],
    ),
    (
        "The works run from 11 November to 5 December.",
        SUN,
        [_span(_utc(2025, 11, 11), _utc(2025, 12, 6))],
    ),
    ("The festival was held 28-30 August.", SUN, [_span(_utc(2025, 8, 28), _utc(2025, 8, 31))]),
    # --- years, months and seasons with years
    ("Prices rose 9% between 2021 and 2023.", MON, [_span(_utc(2021, 1, 1), _utc(2024, 1, 1))]),
    (
        "From 2018 through 2022, the club won four titles.",
        FRI,
        [_span(_utc(2018, 1, 1), _utc(2023, 1, 1))],
    ),
    (
        "From March 2019 to June 2020, the plant produced nothing.",
        WED,
        [_span(_utc(2019, 3, 1), _utc(2020, 7, 1))],
    ),
    (
        "The exhibition ran from the autumn of 2024 through the spring of 2025.",
        THU,
        [_span(_utc(2024, 9, 1), _utc(2025, 6, 1))],
    ),
    # --- weekdays by tense
    (
        "Classes were held Monday through Thursday.",
        FRI,
        [_span(_utc(2025, 8, 25), _utc(2025, 8, 29))],
    ),
    (
        "Classes will be held Monday through Thursday.",
        FRI,
        [_span(_utc(2025, 9, 1), _utc(2025, 9, 5))],
    ),
    ("The sale runs Friday to Monday.", WED, [_span(_utc(2025, 12, 5), _utc(2025, 12, 9))]),
    (
        "Between Friday and Sunday, police made 40 arrests.",
        MON,
        [_span(_utc(2025, 3, 7), _utc(2025, 3, 10))],
    ),
    # --- clock times
    (
        "The count ran from 8 a.m. to 11 p.m. on Sunday.",
        MON,
        [_span(_utc(2025, 3, 9, 8), _utc(2025, 3, 9, 23))],
    ),
    (
        "Trains will not run between 10 p.m. Friday and 5 a.m. Monday.",
        SUN,
        [_span(_utc(2025, 11, 21, 22), _utc(2025, 11, 24, 5))],
    ),
    (
        "The library is open 9am-5pm on Saturday.",
        THU,
        [_span(_utc(2026, 10, 17, 9), _utc(2026, 10, 17, 17))],
    ),
]


@pytest.mark.parametrize(
    ("body", "reference", "expected"), RANGES, ids=lambda v: v if isinstance(v, str) else ""
)
def test_ranges(body, reference, expected):
    assert _events(body, reference) == expected


ZONES = [
    # --- Eastern: summer time from 9 March 2025, standard time from 2 November 2025
    (
        "Polls close at 8 p.m. Eastern time on Tuesday.",
        MON,
        [_hour("America/New_York", 2025, 3, 11, 20)],
    ),
    (
        "The vote count will be announced at 9 a.m. Eastern on Wednesday.",
        THU,
        [_hour("America/New_York", 2026, 10, 21, 9)],
    ),
    (
        "The market reopens at 9:30 a.m. ET on Monday.",
        SAT,
        [_minute("America/New_York", 2026, 2, 2, 9, 30)],
    ),
    (
        "The launch window opens at 9:47 p.m. EDT Wednesday.",
        THU,
        [_minute("UTC", 2026, 10, 22, 1, 47)],
    ),
    # --- Kyiv (summer time until 25 October 2026; winter in November 2025) and Moscow (+03:00)
    (
        "The ceasefire takes effect at midnight Kyiv time on Friday.",
        THU,
        [_minute("Europe/Kyiv", 2026, 10, 17, 0)],
    ),
    (
        "The air raid alert ended at 4:15 a.m. Kyiv time on Saturday.",
        SUN,
        [_minute("UTC", 2025, 11, 15, 2, 15)],
    ),
    (
        "The talks begin at 10:00 Moscow time on Wednesday.",
        SAT,
        [_minute("UTC", 2026, 2, 4, 7)],
    ),
    (
        "The agreement was signed at 18:00 Moscow time on 9 May.",
        THU,
        [_minute("UTC", 2026, 5, 9, 15)],
    ),
    # --- fixed offsets
    (
        "The rocket lifted off at 03:12 GMT+3 on Sunday.",
        TUE,
        [_minute("UTC", 2026, 6, 14, 0, 12)],
    ),
    (
        "Polls closed at 20:00 GMT+3 on 12 October.",
        THU,
        [_minute("UTC", 2026, 10, 12, 17)],
    ),
    ("The summit ends at 17:30 CET on Thursday.", WED, [_minute("UTC", 2025, 12, 4, 16, 30)]),
    ("The deadline is 23:59 CET on 31 January.", WED, [_minute("UTC", 2026, 1, 31, 22, 59)]),
    ("The match starts at 7.30pm AEST on Saturday.", FRI, [_minute("UTC", 2025, 8, 30, 9, 30)]),
    ("The fireworks begin at 9 p.m. AEST on Saturday.", TUE, [_hour("UTC", 2026, 6, 20, 11)]),
    # --- UTC, GMT and Z
    ("The outage began at 02:40 UTC on Monday.", SUN, [_minute("UTC", 2025, 11, 10, 2, 40)]),
    ("The eclipse peaks at 10:26 UTC on Tuesday.", MON, [_minute("UTC", 2025, 3, 11, 10, 26)]),
    ("Trading halted at 14:05 GMT on Friday.", SAT, [_minute("UTC", 2026, 1, 30, 14, 5)]),
    ("The update rolls out at 16:00Z on Tuesday.", THU, [_minute("UTC", 2026, 10, 20, 16)]),
    # --- local time under a dateline
    (
        "TOKYO (AP) — The earthquake struck at 11:03 p.m. local time on Thursday.",
        FRI,
        [_minute("Asia/Tokyo", 2025, 8, 28, 23, 3)],
    ),
    (
        "KYIV, Ukraine (AP) — The curfew will begin at 11 p.m. local time on Sunday.",
        WED,
        [_hour("Europe/Kyiv", 2025, 12, 7, 23)],
    ),
    # --- zones with signals
    (
        "Voting continues until 8 p.m. Moscow time on Sunday.",
        THU,
        [_span(_utc(2026, 10, 15), _utc(2026, 10, 18, 17))],
    ),
    (
        "The line has been down since 06:00 UTC.",
        datetime(2026, 6, 16, 10, 0, tzinfo=UTC),
        [_span(_utc(2026, 6, 16, 6), _utc(2026, 6, 16, 10))],
    ),
    (
        "The webinar runs from 2 to 3 p.m. CET on Friday.",
        MON,
        [_span(_utc(2025, 3, 14, 13), _utc(2025, 3, 14, 14))],
    ),
    (
        "Proposals are due by 5 p.m. Eastern time on Thursday.",
        SUN,
        [_span(_utc(2025, 11, 16), _utc(2025, 11, 20, 22))],
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
        "The museum has been closed for ten days.",
        WED,
        [_span(_utc(2025, 11, 23), _utc(2025, 12, 3))],
    ),
    (
        "Prices have been rising for the past week.",
        FRI,
        [_span(_utc(2025, 8, 22), _utc(2025, 8, 29))],
    ),
    (
        "For the past month, the team has trained indoors.",
        SAT,
        [_span(_utc(2025, 12, 31), _utc(2026, 1, 31))],
    ),
    (
        "The line has been out of service for three weeks.",
        MON,
        [_span(_utc(2025, 2, 17), _utc(2025, 3, 10))],
    ),
    (
        "The lake has shrunk over the past two years.",
        TUE,
        [_span(_utc(2024, 6, 16), _utc(2026, 6, 16))],
    ),
    (
        "The family has lived there for 40 years.",
        THU,
        [_span(_utc(1986, 10, 15), _utc(2026, 10, 15))],
    ),
    (
        "In the past 48 hours, two more ships have been hit.",
        datetime(2025, 11, 16, 8, 0, tzinfo=UTC),
        [_span(_utc(2025, 11, 14, 8), _utc(2025, 11, 16, 8))],
    ),
    (
        "The airport has been shut for a fortnight.",
        WED,
        [_span(_utc(2025, 11, 19), _utc(2025, 12, 3))],
    ),
    (
        "She has not spoken publicly for six months.",
        SAT,
        [_span(_utc(2025, 7, 31), _utc(2026, 1, 31))],
    ),
    (
        "The town's population has doubled in the last five years.",
        MON,
        [_span(_utc(2020, 3, 10), _utc(2025, 3, 10))],
    ),
    (
        "Talks have stalled for the past 10 days.",
        THU,
        [_span(_utc(2026, 10, 5), _utc(2026, 10, 15))],
    ),
    (
        "The hospital has been without power for 36 hours.",
        datetime(2026, 1, 31, 18, 0, tzinfo=UTC),
        [_span(_utc(2026, 1, 30, 6), _utc(2026, 1, 31, 18))],
    ),
    # --- ahead: from the publication
    (
        "The bridge will be closed for a week.",
        TUE,
        [_span(_utc(2026, 6, 16), _utc(2026, 6, 23))],
    ),
    # --- vague or past perfect: nothing of their own
    ("Refugees have been arriving for months.", FRI, [_pub(FRI)]),
    ("The mine had been closed for ten years when it flooded.", SUN, [_pub(SUN)]),
]


@pytest.mark.parametrize(
    ("body", "reference", "expected"), DURATIONS, ids=lambda v: v if isinstance(v, str) else ""
)
def test_durations(body, reference, expected):
    assert _events(body, reference) == expected


MODIFIERS = [
    (
        "The government on Tuesday abandoned its 2030 target for electric cars.",
        WED,
        [_day(2025, 12, 2)],
    ),
    ("Last year's record was broken on Sunday.", MON, [_day(2025, 3, 9)]),
    ("Last year's record heat killed thousands.", MON, [_year(2024)]),
    ("The 2026 budget was approved on Thursday.", FRI, [_day(2025, 8, 28)]),
    ("Officials unveiled the 2027-2030 plan on Monday.", THU, [_day(2026, 10, 12)]),
    ("The 2030 target will be reviewed in March.", SAT, [_month(2026, 3)]),
    (
        "The council said on Wednesday that the 2019 floods had cost $40 million.",
        SUN,
        [_day(2025, 11, 12)],
    ),
    ("This year's harvest was the worst since 2012.", FRI, [_year(2025)]),
    # a modifier alone dates nothing (timeline/extraction.py): the publication
    ("A 2019 law banned the practice.", TUE, [_pub(TUE)]),
    (
        "Next month's election will be held under new rules, the commission said on Friday.",
        SAT,
        [_month(2026, 2), _day(2026, 1, 30)],
    ),
    ("The club's 2025-26 season starts on Saturday.", FRI, [_day(2025, 8, 30)]),
    ("Ministers met on Monday to discuss the 2035 emissions goal.", TUE, [_day(2026, 6, 15)]),
]


@pytest.mark.parametrize(
    ("body", "reference", "expected"), MODIFIERS, ids=lambda v: v if isinstance(v, str) else ""
)
def test_modifiers(body, reference, expected):
    assert _events(body, reference) == expected


CHAT = [
    ("see u tmrw!!", SAT, [_day(2026, 2, 1)]),
    ("party 2nite at jakes!!", FRI, [_span(_utc(2025, 8, 29, 20), _utc(2025, 8, 30, 6))]),
    ("thurs works for me", WED, [_day(2025, 12, 4)]),
    ("wknd was amazing", MON, [_span(_utc(2025, 3, 8), _utc(2025, 3, 10))]),
    ("hittin the beach this wknd", FRI, [_span(_utc(2025, 8, 30), _utc(2025, 9, 1))]),
    ("cant make it thurs, sorry", SUN, [_day(2025, 11, 20)]),
    ("movie thurs nite?", TUE, [_span(_utc(2026, 6, 18, 20), _utc(2026, 6, 19, 6))]),
    ("exam tmrw at 9 😬", MON, [_hour("UTC", 2025, 3, 11, 9)]),
    ("off work till tues yay", SAT, [_span(_utc(2026, 1, 31), _utc(2026, 2, 4))]),
    ("been ill since thurs", SUN, [_span(_utc(2025, 11, 13), _utc(2025, 11, 16))]),
    ("bday drinks sat nite, u coming?", WED, [_span(_utc(2025, 12, 6, 20), _utc(2025, 12, 7, 6))]),
    ("back in town nxt thurs", FRI, [_day(2025, 9, 4)]),
    ("last wknd was wild lol", THU, [_span(_utc(2026, 10, 10), _utc(2026, 10, 12))]),
    ("see u 2nite at 9", TUE, [_hour("UTC", 2026, 6, 16, 21)]),
    ("on call all wknd ugh", SAT, [_span(_utc(2026, 1, 31), _utc(2026, 2, 2))]),
    ("thurs nite was fun", SAT, [_span(_utc(2026, 1, 29, 20), _utc(2026, 1, 30, 6))]),
    ("mtg moved to thurs 3pm", MON, [_hour("UTC", 2025, 3, 13, 15)]),
    ("2nite's gonna be epic", THU, [_span(_utc(2026, 10, 15, 20), _utc(2026, 10, 16, 6))]),
    (
        "got paid fri so drinks on me this wknd",
        SUN,
        [_day(2025, 11, 14), _span(_utc(2025, 11, 15), _utc(2025, 11, 17))],
    ),
    ("cant wait 4 the wknd", WED, [_span(_utc(2025, 12, 6), _utc(2025, 12, 8))]),
]


@pytest.mark.parametrize(
    ("body", "reference", "expected"), CHAT, ids=lambda v: v if isinstance(v, str) else ""
)
def test_chat(body, reference, expected):
    assert _events(body, reference) == expected
