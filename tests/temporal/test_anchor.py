"""Table tests for the anchoring functions, the calendar arithmetic and the tense heuristic.

Every case is (underspecified value, context) -> expected TIMEX3 value and interval; the
reference is Saturday 2022-05-14 (ISO week 2022-W19) unless a case says otherwise.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from timeline.temporal import calendar as cal
from timeline.temporal import event_interval, sentence_tense, tag
from timeline.temporal.anchor import Context, duration_value, holiday_date, resolve
from timeline.temporal.calendar import Point
from timeline.temporal.sentences import split_sentences
from timeline.temporal.tense import tense_at
from timeline.temporal.values import (
    CalendarDate,
    CalendarRelative,
    CenturyRef,
    ClockTime,
    CurrentPeriod,
    DayOffset,
    DayOfMonth,
    DecadeRef,
    InOffset,
    MonthRef,
    Offset,
    PartOfDay,
    PastSpan,
    PeriodOfYear,
    QuarterRef,
    RestOf,
    SeasonRef,
    SoFar,
    WeekdayRef,
    WeekendRef,
)

REF = datetime(2022, 5, 14, tzinfo=UTC)


def ctx(tense: str = "present", anchor: Point | None = None, ref: datetime = REF) -> Context:
    return Context(ref, tense, anchor)


def day(s: str) -> Point:
    return Point("day", date.fromisoformat(s))


def span(res, mod=None, tz=UTC) -> tuple[str, str] | None:
    """The interval of a resolution as ISO dates (or datetimes when not at midnight)."""
    if res.point is not None:
        iv = cal.narrow(res.point, mod, tz)
    else:
        iv = res.interval
    if iv is None:
        return None

    def fmt(d: datetime) -> str:
        return d.date().isoformat() if d.time() == datetime.min.time() else d.isoformat()

    return fmt(iv.start), fmt(iv.end)


CASES = [
    # weekdays: the tense decides the direction; the reference's own weekday is the reference day
    ("said Wednesday", WeekdayRef(3), ctx("past"), "2022-05-11"),
    ("will meet Friday", WeekdayRef(5), ctx("future"), "2022-05-20"),
    ("Sunday, no tense: nearest", WeekdayRef(7), ctx("unknown"), "2022-05-15"),
    ("Wednesday, no tense: nearest", WeekdayRef(3), ctx("unknown"), "2022-05-11"),
    ("said Saturday on a Saturday", WeekdayRef(6), ctx("past"), "2022-05-14"),
    ("will meet Saturday on a Saturday", WeekdayRef(6), ctx("future"), "2022-05-14"),
    ("last Saturday", WeekdayRef(6, n=-1), ctx("past"), "2022-05-07"),
    ("next Monday", WeekdayRef(1, n=1), ctx("future"), "2022-05-16"),
    (
        "the previous Friday",
        WeekdayRef(5, n=-1, anchored=True),
        Context(REF, "past", day_anchor=day("1989-10-27")),
        "1989-10-20",
    ),
    # month-day and month without a year
    ("signed on June 3 (past)", CalendarDate(None, 6, 3), ctx("past"), "2021-06-03"),
    ("will meet on May 9", CalendarDate(None, 5, 9), ctx("future"), "2023-05-09"),
    ("May 9, no tense: nearest", CalendarDate(None, 5, 9), ctx("present"), "2022-05-09"),
    ("closed in June", CalendarDate(None, 6), ctx("past"), "2021-06"),
    ("reopen in April", CalendarDate(None, 4), ctx("future"), "2023-04"),
    ("in May, past: the current month", CalendarDate(None, 5), ctx("past"), "2022-05"),
    ("Feb. 29 of a leap year", CalendarDate(None, 2, 29), ctx("past"), "2020-02-29"),
    (
        "said on Friday, May 20 (this year's is the Friday)",
        CalendarDate(None, 5, 20, 5),
        ctx("past"),
        "2022-05-20",
    ),
    (
        "Saturday, May 14 (future: this one is the Saturday)",
        CalendarDate(None, 5, 14, 6),
        ctx("future"),
        "2022-05-14",
    ),
    ("on the 20th (past)", DayOfMonth(20), ctx("past"), "2022-04-20"),
    ("on the 3rd (future)", DayOfMonth(3), ctx("future"), "2022-06-03"),
    ("on the 9th after March 3", DayOfMonth(9), ctx("past", day("2022-03-03")), "2022-03-09"),
    ("last April", MonthRef(4, -1), ctx(), "2022-04"),
    ("last June", MonthRef(6, -1), ctx(), "2021-06"),
    ("next March", MonthRef(3, 1), ctx(), "2023-03"),
    # deictics and calendar-relative
    ("yesterday", DayOffset(-1), ctx(), "2022-05-13"),
    ("the day before yesterday", DayOffset(-2), ctx(), "2022-05-12"),
    ("last week", CalendarRelative("week", -1), ctx(), "2022-W18"),
    ("this weekend", CalendarRelative("weekend", 0), ctx(), "2022-W19-WE"),
    ("next quarter", CalendarRelative("quarter", 1), ctx(), "2022-Q3"),
    ("last year", CalendarRelative("year", -1), ctx(), "2021"),
    ("the weekend (past)", WeekendRef(), ctx("past"), "2022-W19-WE"),
    # offsets from the reference and from the narrative anchor
    ("two days ago", Offset("day", -2), ctx(), "2022-05-12"),
    ("six weeks ago", Offset("week", -6), ctx(), "2022-W13"),
    ("two years ago", Offset("year", -2), ctx(), "2020"),
    ("two weeks from now", Offset("week", 2), ctx(), "2022-W21"),
    (
        "a year ago after a quarter",
        Offset("year", -1),
        ctx(anchor=Point("quarter", date(2022, 1, 1))),
        "2021-Q1",
    ),
    ("two days later", Offset("day", 2, "anchor"), ctx(anchor=day("2020-03-01")), "2020-03-03"),
    (
        "two days later after a quarter",
        Offset("day", 2, "anchor"),
        Context(REF, "past", Point("quarter", date(2022, 1, 1)), day_anchor=day("2022-02-03")),
        "2022-02-05",
    ),
    ("the following week", Offset("week", 1, "anchor"), ctx(anchor=day("2020-03-01")), "2020-W10"),
    ("a year earlier, no anchor", Offset("year", -1, "anchor"), ctx(), "2021"),
    (
        "a year earlier after a day",
        Offset("year", -1, "anchor"),
        ctx(anchor=day("2020-03-01")),
        "2019-03-01",
    ),
    (
        "the following year",
        Offset("year", 1, "anchor", keep=False),
        ctx(anchor=day("2020-03-01")),
        "2021",
    ),
    (
        "the year-ago quarter",
        Offset("year", -1, "anchor", period="quarter"),
        ctx(anchor=Point("quarter", date(1989, 7, 1))),
        "1988-Q3",
    ),
    (
        "the year-ago quarter, no anchor",
        Offset("year", -1, "anchor", period="quarter"),
        ctx(),
        "2021-Q1",
    ),
    ("in two years (future)", InOffset("year", 2), ctx("future"), "2024"),
    ("in two years (past): a duration", InOffset("year", 2), ctx("past"), "P2Y"),
    # reporting periods
    ("the third quarter", QuarterRef(3), ctx("past"), "2021-Q3"),
    ("the first quarter", QuarterRef(1), ctx("past"), "2022-Q1"),
    ("the fourth quarter (future)", QuarterRef(4), ctx("future"), "2022-Q4"),
    ("the quarter: last complete one", CurrentPeriod("quarter"), ctx(), "2022-Q1"),
    (
        "the quarter after 'the third quarter'",
        CurrentPeriod("quarter"),
        ctx(anchor=Point("quarter", date(2021, 7, 1))),
        "2021-Q3",
    ),
    ("the end of the quarter", CurrentPeriod("quarter", current=True), ctx(), "2022-Q2"),
    (
        "the latest quarter after a forecast one",
        CurrentPeriod("quarter"),
        ctx(anchor=Point("quarter", date(2022, 4, 1))),
        "2022-Q1",
    ),
    (
        "the 1988 period",
        PeriodOfYear(1988),
        ctx(anchor=Point("quarter", date(1989, 7, 1))),
        "1988-Q3",
    ),
    # seasons, decades, centuries
    ("this fall", SeasonRef("FA", n=0), ctx(), "2022-FA"),
    ("last winter", SeasonRef("WI", n=-1), ctx(), "2021-WI"),
    ("next winter", SeasonRef("WI", n=1), ctx(), "2022-WI"),
    ("next summer", SeasonRef("SU", n=1), ctx(), "2023-SU"),
    ("summer 2010", SeasonRef("SU", 2010), ctx(), "2010-SU"),
    ("the '90s", DecadeRef(90, century_known=False), ctx(), "199"),
    ("the '20s", DecadeRef(20, century_known=False), ctx(), "202"),
    ("the 21st century", CenturyRef(21), ctx(), "20"),
    # parts of day and clock times
    ("tonight", PartOfDay(DayOffset(0), "NI"), ctx(), "2022-05-14TNI"),
    ("Wednesday night", PartOfDay(WeekdayRef(3), "NI"), ctx("past"), "2022-05-11TNI"),
    ("10 a.m.", ClockTime(10, 0, "hour"), ctx(), "2022-05-14T10:00"),
    ("3:30 p.m.", ClockTime(15, 30, "minute"), ctx(), "2022-05-14T15:30"),
    ("midnight", ClockTime(24, 0, "hour"), ctx(), "2022-05-14T24:00"),
    (
        "10 p.m. on the narrative day",
        ClockTime(22, 0, "hour"),
        ctx(anchor=day("2021-10-23")),
        "2021-10-23T22:00",
    ),
]


@pytest.mark.parametrize(("label", "spec", "context", "value"), CASES, ids=[c[0] for c in CASES])
def test_anchor_value(label, spec, context, value) -> None:
    res = resolve(spec, context)
    assert res is not None
    assert res.value == value


INTERVALS = [
    ("yesterday", DayOffset(-1), None, ("2022-05-13", "2022-05-14")),
    ("this week", CalendarRelative("week", 0), None, ("2022-05-09", "2022-05-16")),
    ("this weekend", CalendarRelative("weekend", 0), None, ("2022-05-14", "2022-05-16")),
    ("last winter", SeasonRef("WI", n=-1), None, ("2021-12-01", "2022-03-01")),
    ("late Wednesday", WeekdayRef(3), "END", ("2022-05-11T16:00:00+00:00", "2022-05-12")),
    ("early Monday", WeekdayRef(1, n=-1), "START", ("2022-05-09", "2022-05-09T08:00:00+00:00")),
    ("the beginning of April", CalendarDate(2022, 4), "START", ("2022-04-01", "2022-04-11")),
    ("mid-March", CalendarDate(2022, 3), "MID", ("2022-03-11", "2022-03-21")),
    ("late March", CalendarDate(2022, 3), "END", ("2022-03-21", "2022-04-01")),
    ("the end of the year", CalendarRelative("year", 0), "END", ("2022-09-01", "2023-01-01")),
    ("late 2012", CalendarDate(2012), "END", ("2012-09-01", "2013-01-01")),
    ("the early 1990s", DecadeRef(1990), "START", ("1990-01-01", "1994-01-01")),
    ("the mid-1990s", DecadeRef(1990), "MID", ("1993-01-01", "1997-01-01")),
    ("the late 1990s", DecadeRef(1990), "END", ("1997-01-01", "2000-01-01")),
    (
        "last night",
        PartOfDay(DayOffset(-1), "NI"),
        None,
        ("2022-05-13T20:00:00+00:00", "2022-05-14T06:00:00+00:00"),
    ),
    (
        "10 a.m.",
        ClockTime(10, 0, "hour"),
        None,
        ("2022-05-14T10:00:00+00:00", "2022-05-14T11:00:00+00:00"),
    ),
    # midnight is an instant; in a past clause the one that began the reference day
    ("midnight", ClockTime(24, 0, "hour"), None, ("2022-05-14", "2022-05-14T00:01:00+00:00")),
    ("the past day", PastSpan("day", 1), None, ("2022-05-13", "2022-05-14")),
    ("the past two weeks", PastSpan("week", 2), None, ("2022-04-30", "2022-05-14")),
    ("earlier this month", SoFar("month"), None, ("2022-05-01", "2022-05-15")),
    ("later this year", RestOf("year"), None, ("2022-05-14", "2023-01-01")),
]


@pytest.mark.parametrize(
    ("label", "spec", "mod", "interval"), INTERVALS, ids=[c[0] for c in INTERVALS]
)
def test_anchor_interval(label, spec, mod, interval) -> None:
    res = resolve(spec, ctx("past"))
    assert span(res, mod) == interval


def test_clock_time_in_an_explicit_zone() -> None:
    res = resolve(ClockTime(15, 30, "minute", tz_minutes=-300), ctx())
    iv = cal.interval(res.point, UTC)
    assert res.value == "2022-05-14T15:30"
    assert iv.start == datetime(2022, 5, 14, 20, 30, tzinfo=UTC)
    assert iv.end - iv.start == timedelta(minutes=1)


def test_intervals_follow_the_reference_offset() -> None:
    kyiv = timezone(timedelta(hours=3))
    ref = datetime(2022, 5, 16, 0, 30, tzinfo=kyiv)
    res = resolve(CalendarRelative("week", 0), ctx(ref=ref))
    iv = cal.interval(res.point, kyiv)
    assert res.value == "2022-W20"
    assert iv.start == datetime(2022, 5, 16, tzinfo=kyiv)


@pytest.mark.parametrize(
    ("rule", "year", "expected"),
    [
        ("easter+0", 2022, "2022-04-17"),
        ("easter-2", 2022, "2022-04-15"),
        ("thanksgiving", 2022, "2022-11-24"),
        ("labor", 2022, "2022-09-05"),
        ("memorial", 2022, "2022-05-30"),
        ("election", 2022, "2022-11-08"),
        ("12-25", 2022, "2022-12-25"),
    ],
)
def test_holiday_dates(rule, year, expected) -> None:
    assert holiday_date(rule, year).isoformat() == expected


@pytest.mark.parametrize(
    ("unit", "n", "value"),
    [
        ("week", 2, "P2W"),
        ("hour", 24, "PT24H"),
        ("week", None, "PXW"),
        ("decade", 1, "P10Y"),
        ("minute", 30, "PT30M"),
        ("weekend", 1, "P2D"),
    ],
)
def test_duration_values(unit, n, value) -> None:
    assert duration_value(unit, n) == value


@pytest.mark.parametrize(
    ("sentence", "expression", "tense"),
    [
        ("He said late Wednesday that it rained.", "late Wednesday", "past"),
        ("Officials will meet Friday.", "Friday", "future"),
        ("The border will remain closed until Friday.", "Friday", "future"),
        ('"We will win," Mr. Smith said Friday.', "Friday", "past"),
        ("Castro said he would go, Castro said Sunday.", "Sunday", "past"),
        (
            "The rights, which carry a Nov. 21 date, can be exercised for $100.",
            "Nov. 21",
            "unknown",
        ),
        # the present of schedules after a relative pronoun ("which expire") looks ahead
        ("The rights, which expire Nov. 21, can be exercised for $100.", "Nov. 21", "future"),
        ("Sunday", "Sunday", "unknown"),
        ("It agreed to acquire the bank in January.", "January", "present"),
        ("Negotiators are going to resume talks Wednesday.", "Wednesday", "future"),
        ("The offer had been due to expire Friday evening.", "Friday", "past"),
        ("The deal is scheduled to close Monday.", "Monday", "future"),
        ("It said it will redeem preferred shares on Oct. 31.", "Oct. 31", "future"),
        ("The stock has fluctuated, rising to $42 from $29 in March.", "March", "past"),
        (
            "It will start to transfer him from those who rescued him in November.",
            "November",
            "past",
        ),
        ("The minister is in Kyiv on Tuesday.", "Tuesday", "present"),
    ],
)
def test_tense_at(sentence, expression, tense) -> None:
    pos = sentence.index(expression)
    assert tense_at(sentence, pos, pos + len(expression)) == tense


@pytest.mark.parametrize(
    ("sentence", "tense"),
    [
        ("The talks collapsed last week.", "past"),
        ("Talks will resume next week.", "future"),
        ("The situation is calm.", "present"),
        ("Mr. Smith said it was calm.", "past"),
    ],
)
def test_sentence_tense(sentence, tense) -> None:
    assert sentence_tense(sentence) == tense


def test_sentences_do_not_split_after_abbreviations_or_inside_numbers() -> None:
    text = "Mr. Smith arrived on Sept. 3 in the U.S. capital. Volume was 443.6 million. He left."
    assert [s.text for s in split_sentences(text)] == [
        "Mr. Smith arrived on Sept. 3 in the U.S. capital.",
        "Volume was 443.6 million.",
        "He left.",
    ]


@pytest.mark.parametrize(
    ("sentence", "expression", "interval"),
    [
        ("The bridge has been closed since April.", "April", ("2022-04-01", "2022-05-14")),
        ("The curfew will last until Sunday.", "Sunday", ("2022-05-14", "2022-05-16")),
        ("Output fell from March to May.", "March", ("2022-03-01", "2022-06-01")),
        ("Output fell from March to May.", "May", ("2022-03-01", "2022-06-01")),
        ("Between 2009 and 2010, output fell.", "2009", ("2009-01-01", "2011-01-01")),
        ("Prices rose on Tuesday.", "Tuesday", ("2022-05-10", "2022-05-11")),
        # a range in a past clause ends before the publication: its start moves back before
        # its end (not its end into the future)
        ("Prices rose between May and June.", "June", ("2021-05-01", "2021-07-01")),
        ("The talks ran from Friday to Monday.", "Friday", ("2022-05-06", "2022-05-10")),
        ("The talks will run from Friday to Monday.", "Friday", ("2022-05-20", "2022-05-24")),
    ],
)
def test_event_interval(sentence, expression, interval) -> None:
    (t,) = [t for t in tag(sentence, date(2022, 5, 14)) if t.text == expression]
    iv = event_interval(t, date(2022, 5, 14))
    assert (iv.start.date().isoformat(), iv.end.date().isoformat()) == interval


def test_event_interval_without_an_interval() -> None:
    (t,) = tag("Prices are high now.", date(2022, 5, 14))
    assert t.value == "PRESENT_REF"
    assert event_interval(t, date(2022, 5, 14)) is None


def test_narrative_anchor_chains_offsets_but_not_comparisons() -> None:
    text = (
        "Talks began on March 1, 2020. Two days later they stalled, and the next day they "
        "collapsed. Sales were up from a year earlier."
    )
    values = {t.text: t.value for t in tag(text, date(2022, 5, 14))}
    assert values["Two days later"] == "2020-03-03"
    assert values["the next day"] == "2020-03-04"
    assert values["a year earlier"] == "2019-03-04"


def test_trigger_windows_find_what_a_full_scan_finds() -> None:
    """Rules run only around their trigger words; on every corpus sentence that must give the
    same candidates as running every rule over the whole text."""
    from corpus import load_all, load_special

    from timeline.temporal.engine import _candidates

    sentences = {case.sentence for case in load_all()}
    sentences.update(case["sentence"] for case in load_special("spans")["cases"])
    for sentence in sorted(sentences):

        def key(c):
            return (c.start, c.end, c.rule.id)

        fast = sorted(map(key, _candidates(sentence)))
        full = sorted(map(key, _candidates(sentence, windowed=False)))
        assert fast == full, sentence


@pytest.mark.parametrize(
    ("pattern", "message"),
    [
        (r"(?P<n>\d*)", "empty string"),
        (r"(\d+) days", "named groups"),
    ],
)
def test_rules_are_checked_at_load(pattern, message) -> None:
    from timeline.temporal.rule import Rule

    with pytest.raises(ValueError, match=message):
        Rule("bad", "bad", pattern, lambda m: None)


def test_every_rule_has_a_unique_id_and_a_label() -> None:
    from timeline.temporal import RULES

    ids = [r.id for r in RULES]
    assert len(ids) == len(set(ids))
    assert all(r.label for r in RULES)


@pytest.mark.parametrize(
    "text",
    [
        "the 9990s",
        "Dec. 31, 9999 and the day after",
        "9999-12-31 and the next day",
        "midnight Dec. 31, 9999",
        "It happened 9999 years ago.",
        "in 9999 years they will know.",
    ],
)
@pytest.mark.parametrize(
    "reference",
    [
        date(2022, 5, 14),
        datetime(9999, 12, 31, 23, tzinfo=UTC),
        datetime(1, 1, 1, 1, tzinfo=UTC),
    ],
)
def test_dates_beyond_the_calendar_are_skipped_not_raised(text, reference) -> None:
    for t in tag(text, reference):
        assert t.interval is None or t.interval.start < t.interval.end


def test_sentence_tense_is_the_clauses_overall_tense():
    """sentence_tense takes a shortcut past the clause breaks; it must agree with Clauses."""
    from timeline.temporal.tense import Clauses, sentence_tense

    for sentence in (
        "Officials said late Wednesday that the talks will resume next week.",
        "The ministry says the bridge is closed.",
        "Troops withdrew from the city, and the governor said so on Friday.",
        "Talks are expected to resume on May 9.",
        "between May 5 and May 13 the river rose",
        "",
    ):
        assert sentence_tense(sentence) == Clauses(sentence).overall(), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "The mayor said the bridge will reopen.",
        # "İ" lower-cases to two characters: the offsets must still be the sentence's own
        "İzmir officials said the bridge will reopen.",
        "Officials in İzmir and İstanbul said the bridge will reopen.",
    ],
)
def test_tense_markers_sit_at_their_words(sentence):
    from timeline.temporal.tense import _markers

    assert _markers(sentence) == [
        (sentence.index("said"), "past"),
        (sentence.index("will"), "future"),
    ]


def test_a_reading_gives_the_splitters_sentences_and_their_tenses():
    """read() hands ingestion the sentences and tenses it would compute itself, once."""
    from timeline.temporal import read
    from timeline.text import split_sentences

    text = (
        "Officials said late Wednesday that the talks will resume next week. "
        "The bridge is closed. Troops withdrew from the city on Friday. No date here, "
        "the mayor says.\n\nShelling will continue, he warned."
    )
    reading = read(text, date(2022, 5, 14))
    assert reading.timexes == tag(text, date(2022, 5, 14))
    assert reading.sentences == split_sentences(text)
    assert (
        [reading.tense(s) for s in reading.sentences]
        == [sentence_tense(s.text) for s in reading.sentences]
        == ["future", "present", "past", "present", "future"]
    )
