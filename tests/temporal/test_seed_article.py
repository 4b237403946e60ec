"""The gold-annotated news article (Kharkiv, 2022-05-14): every expression its gold file marks
as required gets the gold type, value and interval (in dates).

The article is evaluation data kept outside the project (see :mod:`shared_data`); its text is
not copied here. For "the beginning of April" the gold accepts any interval that starts on
April 1 and ends no later than April 16 (a convention); elsewhere the dates must be equal.
"""

from __future__ import annotations

import json
from datetime import date

import pytest
from shared_data import SEEDS

from timeline.temporal import tag

GOLD = SEEDS / "kharkiv-2022-05-14.gold.json"


def _required():
    if not GOLD.exists():
        return []
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    return [t for t in gold["timexes"] if t["required"]]


@pytest.fixture(scope="module")
def tagged():
    if not GOLD.exists():
        pytest.skip(f"seed article not on this machine: {GOLD}")
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    text = (SEEDS / gold["article"]["file"]).read_text(encoding="utf-8")
    reference = date.fromisoformat(gold["article"]["published_at"])
    return {(t.start, t.end): t for t in tag(text, reference)}


@pytest.mark.skipif(not GOLD.exists(), reason="seed article not on this machine")
@pytest.mark.parametrize("gold", _required(), ids=lambda g: f"{g['text']}@{g['start']}")
def test_required_expression(tagged, gold):
    timex = tagged.get((gold["start"], gold["end"]))
    assert timex is not None, f"missed {gold['text']!r}"
    assert (timex.type, timex.value) == (gold["type"], gold["value"])
    if gold["interval"] is None:
        assert timex.interval is None
        return
    start = timex.interval.start.date().isoformat()
    end = (timex.interval.end - timex.interval.end.resolution).date().isoformat()
    gold_start, gold_end = gold["interval"]
    # The gold end is exclusive in dates; ours is an exclusive datetime: compare the last day.
    last_gold_day = date.fromordinal(date.fromisoformat(gold_end).toordinal() - 1).isoformat()
    assert start == gold_start
    if gold["text"] == "the beginning of April":
        assert end <= "2022-04-15"
    else:
        assert end == last_gold_day
