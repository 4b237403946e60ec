"""Cursors: a sort key written as text, part by part as its kind says, and read back."""

from __future__ import annotations

import re
import sys
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


@pytest.mark.parametrize("token", ["1071644672_1", "0.5_1", "1_2_3_4", "x_0_1"])
def test_a_float_cursor_not_of_the_form_is_refused(token):
    with pytest.raises(QueryError) as caught:
        decode_cursor(token, (float, int))
    assert caught.value.field == "cursor"


@pytest.mark.parametrize(
    ("token", "value"),
    [
        ("5366611968_0_1", 0.5),  # each half is read modulo 2**32
        ("2146959360_0_1", sys.float_info.max),  # the bits of NaN: before everything
        ("2146435072_0_1", sys.float_info.max),  # the bits of +infinity
        ("4293918720_0_1", -sys.float_info.max),  # the bits of -infinity
        ("-1_-1_1", sys.float_info.max),  # -1 is 2**32 - 1: a NaN's bits
    ],
)
def test_every_float_cursor_of_the_form_is_a_position(token, value):
    # the document gives one pattern for the cursors of both happening orders: a string of it
    # is never refused (schemathesis sends such strings)
    assert decode_cursor(token, (float, int)) == (value, 1)


def test_a_float_key_has_the_form_of_two_datetimes():
    assert cursor_pattern((float, int)) == cursor_pattern((datetime, datetime, int))
