"""Cursors: a sort key written as text, part by part as its kind says, and read back."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest

from timeline.queries import QueryError
from timeline.queries.filters import cursor_pattern, decode_cursor, encode_cursor


@pytest.mark.parametrize(
    ("key", "kinds"),
    [
        (
            (datetime(2022, 5, 11, 9, 30, tzinfo=UTC), datetime(2022, 5, 12, tzinfo=UTC), 7),
            (datetime, datetime, int),
        ),
        ((0.1, 42), (float, int)),
        ((1e300, 1), (float, int)),
        ((5.0, 3), (float, int)),
    ],
)
def test_a_key_reads_back_exactly(key, kinds):
    token = encode_cursor(key, kinds)
    assert decode_cursor(token, kinds) == key
    assert re.fullmatch(cursor_pattern(kinds), token)


def test_a_float_is_written_as_the_halves_of_its_bits():
    # 0.5 is 0x3FE0000000000000: the importance cursors served before floats were a kind
    assert encode_cursor((0.5, 7), (float, int)) == "1071644672_0_7"
    assert decode_cursor("1071644672_0_7", (float, int)) == (0.5, 7)


@pytest.mark.parametrize(
    "token",
    [
        "4294967296_0_1",  # a half of more than 32 bits
        "2146959360_0_1",  # the bits of NaN
        "2146435072_0_1",  # the bits of infinity
        "1071644672_1",  # a part missing
        "0.5_1",
    ],
)
def test_a_float_part_that_is_no_position_is_refused(token):
    with pytest.raises(QueryError) as caught:
        decode_cursor(token, (float, int))
    assert caught.value.field == "cursor"
