"""The units table (``units.tsv``) is the one place a unit word lives: patterns, triggers,
duration values and offsets all come from it."""

from __future__ import annotations

import re
from datetime import date

import pytest

from timeline.temporal import tag
from timeline.temporal.lexicon import table
from timeline.temporal.rules.common import T_UNIT, T_WEEKDAY, WEEKDAY_ABBREVIATIONS
from timeline.temporal.units import duration_value, offset_unit, unit, unit_of, words

REF = date(2022, 5, 14)


@pytest.mark.parametrize("word", words())
def test_every_unit_word_fires_the_unit_trigger(word) -> None:
    assert re.match(T_UNIT, word, re.IGNORECASE), word


@pytest.mark.parametrize("word", sorted(table("weekdays")))
def test_every_weekday_word_fires_the_weekday_trigger(word) -> None:
    token = word.rstrip(".")
    assert re.match(T_WEEKDAY, token, re.IGNORECASE)
    if token not in WEEKDAY_ABBREVIATIONS:
        assert re.match(T_WEEKDAY, token + "s", re.IGNORECASE)  # "Mondays"


@pytest.mark.parametrize(
    ("name", "n", "value"),
    [
        ("second", 30, "PT30S"),
        ("hour", 2, "PT2H"),
        ("weekend", 1, "P2D"),
        ("fortnight", 3, "P6W"),
        ("season", 1, "P3M"),
        ("decade", 2, "P20Y"),
        ("century", None, "PXY"),
        ("millennium", 1, "P1000Y"),
    ],
)
def test_duration_values_come_from_the_table(name, n, value) -> None:
    assert duration_value(name, n) == value


def test_offsets_count_in_their_offset_unit() -> None:
    assert offset_unit("decade") == ("year", 10)
    assert offset_unit("fortnight") == ("week", 2)
    assert offset_unit("weekend") == ("weekend", 1)
    assert unit("week").seconds == 604800
    assert unit("month").seconds is None


def test_every_word_names_a_defined_unit() -> None:
    for word in words():
        assert unit(unit_of(word)).name == unit_of(word)
    assert unit_of("yrs") == "year"
    assert unit_of("qtr") == "quarter"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("for three yrs", "P3Y"),
        ("two fortnights ago", "2022-W15"),
        ("last yr", "2021"),
        ("this qtr", "2022-Q2"),
    ],
)
def test_a_synonym_works_in_every_rule(text, value) -> None:
    (timex,) = tag(text, REF)
    assert timex.value == value
