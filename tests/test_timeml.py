"""The TimeML reader and writer: plain-text offsets, DCT, entities, round trip."""

from datetime import date, datetime, timedelta, timezone
from types import SimpleNamespace

import pytest

from timeline.timeml import TimeMLError, parse, reference_value, write

DOC = """<?xml version="1.0" ?>
<TimeML>
<DOCID>X1</DOCID>
<DCT><TIMEX3 tid="t0" type="TIME" value="1998-11-20T19:30" temporalFunction="false" functionInDocument="CREATION_TIME">1998-11-20 19:30</TIMEX3></DCT>
<TITLE>Not <TIMEX3 tid="t9" type="DATE" value="1998">1998</TIMEX3> text</TITLE>
<TEXT>
AT&amp;T <EVENT eid="e1">said</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-11-20" temporalFunction="true" functionInDocument="NONE">Friday</TIMEX3> that &lt;sales&gt; rose in <TIMEX3 tid="t2" type="DATE" value="1998-Q3" mod="END">the end of the <EVENT eid="e2">third</EVENT> quarter</TIMEX3>.
</TEXT>
</TimeML>
"""  # noqa: E501 (TimeML as TimeBank writes it: one paragraph per line)


def test_parse_plain_text_drops_tags_and_decodes_entities():
    doc = parse(DOC, name="x.tml")
    assert doc.text == "\nAT&T said Friday that <sales> rose in the end of the third quarter.\n"
    assert doc.name == "x.tml"


def test_parse_offsets_point_into_plain_text():
    doc = parse(DOC)
    assert [(t.text, t.type, t.value, t.mod, t.tid) for t in doc.timexes] == [
        ("Friday", "DATE", "1998-11-20", None, "t1"),
        ("the end of the third quarter", "DATE", "1998-Q3", "END", "t2"),
    ]
    for t in doc.timexes:
        assert doc.text[t.start : t.end] == t.text
    assert doc.timexes[0].start == 11
    assert doc.timexes[0].attrs["functionInDocument"] == "NONE"


def test_dct_is_the_creation_time_and_reference_its_date():
    doc = parse(DOC)
    assert doc.dct == "1998-11-20T19:30"
    assert doc.reference == date(1998, 11, 20)


def test_missing_dct_or_text_or_bad_xml_is_an_error():
    with pytest.raises(TimeMLError, match="CREATION_TIME"):
        parse("<TimeML><TEXT>x</TEXT></TimeML>")
    with pytest.raises(TimeMLError, match="TEXT"):
        parse(
            '<TimeML><DCT><TIMEX3 value="2000-01-01" functionInDocument="CREATION_TIME"/>'
            "</DCT></TimeML>"
        )
    with pytest.raises(TimeMLError, match="well-formed"):
        parse("<TimeML><TEXT>x</TimeML>")


def _t(start, end, type_, value, **kw):
    return SimpleNamespace(start=start, end=end, type=type_, value=value, **kw)


def test_write_then_parse_round_trips_text_and_offsets():
    text = 'Q&A: "late" <Wednesday>,\r\nthen 3 p.m. EST & weekly.'
    timexes = [
        _t(text.index("late"), text.index("late") + 4, "DATE", "2022-05-11", mod="END"),
        _t(text.index("Wednesday"), text.index("Wednesday") + 9, "DATE", "2022-05-11"),
        _t(text.index("weekly"), text.index("weekly") + 6, "SET", "P1W", quant="EVERY"),
    ]
    markup = write(text, date(2022, 5, 14), reversed(timexes), docid="d&1")
    doc = parse(markup)
    assert doc.text == text
    assert doc.dct == "2022-05-14"
    assert [(t.start, t.end, t.type, t.value, t.mod) for t in doc.timexes] == [
        (t.start, t.end, t.type, t.value, getattr(t, "mod", None)) for t in timexes
    ]
    assert doc.timexes[0].attrs["tid"] == "t1"
    assert doc.timexes[2].attrs["quant"] == "EVERY"
    assert "<DOCID>d&amp;1</DOCID>" in markup


def test_write_rejects_overlapping_or_out_of_range_expressions():
    with pytest.raises(ValueError, match="overlapping"):
        write("late Wednesday", date(2022, 5, 14), [_t(0, 14, "DATE", "x"), _t(5, 14, "DATE", "y")])
    with pytest.raises(ValueError, match="outside"):
        write("today", date(2022, 5, 14), [_t(0, 9, "DATE", "x")])


@pytest.mark.parametrize(
    ("reference", "expected"),
    [
        (date(2022, 5, 14), ("DATE", "2022-05-14")),
        (
            datetime(2022, 5, 14, 9, 30, tzinfo=timezone(timedelta(hours=3))),
            ("TIME", "2022-05-14T09:30"),
        ),
        (datetime(2022, 5, 14, 9, 30, 15), ("TIME", "2022-05-14T09:30:15")),
    ],
)
def test_reference_value(reference, expected):
    assert reference_value(reference) == expected
