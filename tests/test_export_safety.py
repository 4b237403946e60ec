"""Exports carry stored text as text (issue 12, defect 10): TimelineJS renders ``headline``
and ``text`` as HTML, so markup is escaped; spreadsheets run CSV cells beginning with ``=``,
``+``, ``-``, ``@`` (or a tab or carriage return) as formulas, so such cells get a leading
apostrophe (OWASP's "CSV injection" rule). Only http(s) links reach the calendar."""

from __future__ import annotations

import csv
import io

import pytest
from test_exports import event

from timeline.exports import to_csv, to_ical, to_timelinejs

MARKUP = '<script>alert(1)</script><img src=x onerror="alert(2)"> & more'


def test_timelinejs_escapes_markup_in_headline_text_and_group():
    data = to_timelinejs([event(title=MARKUP, text=MARKUP, source=MARKUP)], title=MARKUP)
    item = data["events"][0]
    for value in (item["text"]["headline"], item["group"], data["title"]["text"]["headline"]):
        assert "<" not in value and ">" not in value
    # the slide's text is HTML of our own (paragraphs, the article link); what was stored in
    # it is escaped
    text = item["text"]["text"]
    assert "<script" not in text and "<img" not in text and 'onerror="' not in text
    assert "&lt;script&gt;" in text
    for value in (item["group"], data["title"]["text"]["headline"]):
        assert value.startswith("&lt;script&gt;") and value.endswith("&amp; more")


@pytest.mark.parametrize(
    "cell", ['=HYPERLINK("http://evil")', "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"]
)
def test_csv_neutralizes_formula_cells(cell):
    rows = list(csv.DictReader(io.StringIO(to_csv([event(text=cell, title=cell, source=cell)]))))
    for column in ("text", "title", "source"):
        assert rows[0][column] == "'" + cell


def test_csv_leaves_ordinary_cells_and_numbers_alone():
    rows = list(csv.DictReader(io.StringIO(to_csv([event(text="Troops - advanced = more")]))))
    assert rows[0]["text"] == "Troops - advanced = more"
    assert rows[0]["id"] == "7"
    assert rows[0]["start"] == "2022-05-11T00:00:00+03:00"


def test_ical_leaves_out_links_that_are_not_http():
    assert "URL:" not in to_ical([event(url="javascript:alert(1)")])
    assert "URL:https://wire.example/k" in to_ical([event()])
