"""A bare day of the month opening a chat message that repeats one the text named before
(rule ``date_day_ordinal_echo``, s35-informal2, blind text 956). The corpus cannot hold these:
the echo repeats the words of the day named, and a case's text must occur once."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from timeline.temporal import tag

CASES = [
    (
        "Ben: could we do the 17th instead?\nMaya: 17th is the last one before xmas",
        datetime(2026, 12, 4, 20, 0, tzinfo=UTC),
        "2026-12-17",
    ),
    (
        "Sam: is the 3rd ok for everyone?\nJo: 3rd works for me 👍",
        datetime(2026, 5, 20, tzinfo=UTC),
        "2026-06-03",
    ),
    (
        "Lou: rent is due on the 28th\nKev: ok 28th it is",
        datetime(2026, 3, 10, tzinfo=UTC),
        "2026-03-28",
    ),
    (
        "22/05/2026, 10:01 - Sam: bbq on the 30th?\n22/05/2026, 10:05 - Jo: yeah 30th!!",
        datetime(2026, 5, 22, 12, 0, tzinfo=UTC),
        "2026-05-30",
    ),
]


@pytest.mark.parametrize(("text", "ref", "value"), CASES)
def test_a_bare_day_repeating_one_named_is_that_day(text: str, ref: datetime, value: str) -> None:
    last = text.rindex("\n")
    found = [
        (t.rule, t.value) for t in tag(text, ref, document_type="colloquial") if t.start > last
    ]
    assert ("date_day_ordinal_echo", value) in found
