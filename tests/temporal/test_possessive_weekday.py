"""A possessive weekday ("Sunday's final") names the most recent such day (corpus
underspecified.toml), unless the news named that weekday before: then it is the day the text
named ("meet in the final on Sunday ... Tickets for Sunday's final sold out" = the coming
Sunday). The corpus format keys a case by a text that occurs once in its sentence, so these
cases, where the weekday occurs twice, are written here."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal import tag

REFERENCE = date(2022, 5, 14)  # a Saturday


@pytest.mark.parametrize(
    ("text", "weekday", "value"),
    [
        (
            "The two sides meet in the final on Sunday. Tickets for Sunday's final sold out "
            "within hours.",
            "Sunday",
            "2022-05-15",
        ),
        (
            "Voters go to the polls on Tuesday. Turnout in Tuesday's election is expected to be "
            "high, officials said.",
            "Tuesday",
            "2022-05-17",
        ),
        # "the previous Friday" names no Friday for the possessive after it
        (
            "Shares closed lower on Friday, down 5% from the previous Friday. Traders said "
            "Friday's selling was broad.",
            "Friday",
            "2022-05-13",
        ),
        # without an earlier one, the most recent
        ("Fans queued all night. Sunday's final sold out within hours.", "Sunday", "2022-05-08"),
    ],
)
def test_a_possessive_weekday_names_the_day_the_news_named(
    text: str, weekday: str, value: str
) -> None:
    possessive = text.index(weekday + "'s")
    [timex] = [t for t in tag(text, REFERENCE, document_type="news") if t.start == possessive]
    assert timex.value == value
