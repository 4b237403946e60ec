"""The TempEval-3 Task A scorer, pinned on small hand-made TimeML documents."""

import json
from datetime import date
from types import SimpleNamespace

import pytest

from timeline import evaluation
from timeline.evaluation import Counts, evaluate, match, score_document
from timeline.timeml import parse

HEAD = (
    '<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2022-05-14" '
    'functionInDocument="CREATION_TIME">2022-05-14</TIMEX3></DCT><TEXT>'
)
TAIL = "</TEXT></TimeML>"


def doc(body: str, name: str = "d.tml"):
    return parse(HEAD + body + TAIL, name=name)


def timex(text: str, needle: str, type_: str = "DATE", value: str = "", nth: int = 0, **kw):
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return SimpleNamespace(
        start=start, end=start + len(needle), text=needle, type=type_, value=value, **kw
    )


TWO = doc(
    'Sales fell <TIMEX3 tid="t1" type="DATE" value="2022-05-13">yesterday</TIMEX3> after '
    '<TIMEX3 tid="t2" type="DATE" value="2022-05-11" mod="END">late Wednesday</TIMEX3>.'
)


def test_one_exact_one_overlapping_with_wrong_value():
    system = [
        timex(TWO.text, "yesterday", value="2022-05-13"),
        timex(TWO.text, "Wednesday", value="2022-05-18"),
    ]
    s = score_document(TWO, system).counts.scores()
    assert s["strict_precision"] == s["strict_recall"] == s["strict_f1"] == 0.5
    assert s["relaxed_precision"] == s["relaxed_recall"] == s["relaxed_f1"] == 1.0
    assert s["type_accuracy"] == 1.0 and s["type_f1"] == 1.0
    assert s["value_accuracy"] == 0.5 and s["value_f1"] == 0.5


def test_missed_and_spurious_move_recall_and_precision():
    system = [
        timex(TWO.text, "yesterday", value="2022-05-13"),
        timex(TWO.text, "Sales", value="X"),
        timex(TWO.text, "after", value="Y"),
    ]
    result = score_document(TWO, system)
    assert result.counts == Counts(
        gold=2, system=3, strict=1, relaxed=1, type_correct=1, value_correct=1
    )
    s = result.counts.scores()
    assert s["strict_precision"] == pytest.approx(1 / 3)
    assert s["strict_recall"] == 0.5
    assert s["relaxed_f1"] == pytest.approx(2 * (1 / 3) * 0.5 / (1 / 3 + 0.5))
    assert s["value_accuracy"] == 1.0
    assert s["value_f1"] == pytest.approx(s["relaxed_f1"])
    assert [(e.kind, (e.gold or e.system).text) for e in result.errors] == [
        ("spurious", "Sales"),
        ("spurious", "after"),
        ("missed", "late Wednesday"),
    ]


def test_type_accuracy_counts_relaxed_matches_only():
    system = [
        timex(TWO.text, "yesterday", "TIME", "2022-05-13"),
        timex(TWO.text, "late Wednesday", "DURATION", "2022-05-11"),
    ]
    s = score_document(TWO, system).counts.scores()
    assert s["type_accuracy"] == 0.0 and s["type_f1"] == 0.0
    assert s["value_accuracy"] == 1.0 and s["strict_f1"] == 1.0


def test_one_system_span_matches_at_most_one_gold():
    system = [timex(TWO.text, "yesterday after late Wednesday", value="2022-05-13")]
    counts = score_document(TWO, system).counts
    assert (counts.strict, counts.relaxed, counts.value_correct) == (0, 1, 1)
    assert counts.scores()["relaxed_recall"] == 0.5
    assert counts.scores()["relaxed_precision"] == 1.0


def test_relaxed_matching_is_maximum_not_greedy():
    # gold A=[0,10) B=[12,20); system X=[5,15) overlaps both, Y=[8,11) only A.
    gold = [SimpleNamespace(start=0, end=10), SimpleNamespace(start=12, end=20)]
    system = [SimpleNamespace(start=5, end=15), SimpleNamespace(start=8, end=11)]
    strict, relaxed = match(gold, system)
    assert strict == set()
    assert relaxed == {0: 1, 1: 0}


def test_exact_pairs_win_over_overlaps():
    gold = [SimpleNamespace(start=0, end=5)]
    system = [SimpleNamespace(start=0, end=10), SimpleNamespace(start=0, end=5)]
    assert match(gold, system) == ({(0, 1)}, {0: 1})


def test_empty_documents_score_zero_without_dividing_by_zero():
    s = score_document(doc("Nothing here."), []).counts.scores()
    assert set(s.values()) == {0.0}


def test_errors_name_value_and_span_disagreements():
    system = [
        timex(TWO.text, "Sales fell yesterday", value="2022-05-13"),
        timex(TWO.text, "Wednesday", value="2022-05-18", mod="END"),
    ]
    errors = score_document(TWO, system).errors
    assert [e.kind for e in errors] == ["span", "value"]
    line = errors[1].describe()
    assert "d.tml\tvalue\tgold 'late Wednesday' DATE 2022-05-11 mod=END" in line
    assert "system 'Wednesday' DATE 2022-05-18 mod=END" in line
    assert "[late Wednesday]" in line


def test_evaluate_calls_any_tagger_with_text_and_dct_date():
    calls = []

    def tagger(text, reference):
        calls.append((text, reference))
        return [timex(text, "yesterday", value="2022-05-13")]

    report = evaluate([TWO, doc("It rained yesterday.", "e.tml")], tagger)
    assert calls == [(TWO.text, date(2022, 5, 14)), ("It rained yesterday.", date(2022, 5, 14))]
    assert report.counts == Counts(
        gold=2, system=2, strict=1, relaxed=1, type_correct=1, value_correct=1
    )
    assert report.to_json()["strict_precision"] == 0.5
    assert "strict       0.500   0.500   0.500" in report.format()


def test_run_finds_tml_files_recursively_and_prints(tmp_path, monkeypatch, capsys):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "one.tml").write_text(HEAD + TWO.text + TAIL)
    (tmp_path / "ignored.txt").write_text("not timeml")
    monkeypatch.setitem(
        evaluation.TAGGERS, "fake", lambda text, ref: [timex(text, "yesterday", value="2022-05-13")]
    )
    assert evaluation.main([str(tmp_path), "--tagger", "fake", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["documents"] == 1 and out["gold"] == 0 and out["system"] == 1


def test_no_tml_files_is_an_error(tmp_path):
    with pytest.raises(FileNotFoundError):
        evaluation.load_documents(tmp_path)


def test_dateparser_baseline_locates_its_substrings():
    text = "The deal closed on March 5, 2021 and shares rose."
    found = evaluation.dateparser_tagger(text, date(2022, 5, 14))
    assert found, "search_dates found nothing"
    for f in found:
        assert text[f.start : f.end] == f.text
    assert any(f.value == "2021-03-05" for f in found)


def test_errors_as_json_and_counted_by_kind(tmp_path, monkeypatch, capsys):
    (tmp_path / "two.tml").write_text(
        HEAD
        + TWO.text.replace(
            "yesterday", '<TIMEX3 tid="t1" type="DATE" value="2022-05-13">yesterday</TIMEX3>'
        )
        + TAIL
    )
    monkeypatch.setitem(
        evaluation.TAGGERS,
        "fake",
        lambda text, ref: [
            timex(text, "yesterday", value="2022-05-12", rule="date_deictic"),
            timex(text, "Sales", value="X"),
        ],
    )
    evaluation.main([str(tmp_path), "--tagger", "fake", "--json", "--errors"])
    out = json.loads(capsys.readouterr().out)
    assert [e["kind"] for e in out["errors"]] == ["spurious", "value"]
    value = out["errors"][1]
    assert value["gold"] == {
        "start": 11,
        "end": 20,
        "text": "yesterday",
        "type": "DATE",
        "value": "2022-05-13",
        "mod": None,
    }
    assert value["system"]["value"] == "2022-05-12" and value["system"]["rule"] == "date_deictic"
    evaluation.main([str(tmp_path), "--tagger", "fake", "--errors"])
    assert "errors: 0 missed, 1 spurious, 1 value, 0 type, 0 span" in capsys.readouterr().out
