"""``timeline tag`` and ``timeline eval`` through click's CliRunner."""

import json
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from click.testing import CliRunner

from timeline.cli import cli
from timeline.temporal.types import Interval, Timex
from timeline.timeml import parse

TIMEBANK_DOC = """<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="2022-05-14" functionInDocument="CREATION_TIME">x</TIMEX3></DCT>
<TEXT>Rain fell <TIMEX3 tid="t1" type="DATE" value="2022-05-13">yesterday</TIMEX3>.</TEXT>
</TimeML>
"""  # noqa: E501


@pytest.fixture
def fake_tagger(monkeypatch):
    """A stand-in for timeline.temporal.tag that tags every "Wednesday" as 2022-05-11.

    It pins what the command does with the text, offsets and reference, whatever the engine
    finds; the tests at the end run the real tagger.
    """
    import timeline.temporal

    calls = []

    def tag(text, reference, *, document_type="auto", prefer=None, locale=None):
        calls.append((text, reference))
        out, pos = [], text.find("Wednesday")
        while pos >= 0:
            tz = UTC
            out.append(
                Timex(
                    pos,
                    pos + 9,
                    "Wednesday",
                    "DATE",
                    "2022-05-11",
                    interval=Interval(
                        datetime(2022, 5, 11, tzinfo=tz), datetime(2022, 5, 12, tzinfo=tz)
                    ),
                    granularity="day",
                    rule="fake",
                )
            )
            pos = text.find("Wednesday", pos + 1)
        return out

    monkeypatch.setattr(timeline.temporal, "tag", tag, raising=False)
    return calls


def test_json_offsets_count_into_the_text_as_read_without_newline_translation(
    tmp_path, fake_tagger
):
    text = "Crowds gathered\r\non Wednesday – and again Wednesday.\r\n"
    path = tmp_path / "article.txt"
    path.write_bytes(text.encode("utf-8"))
    result = CliRunner().invoke(cli, ["tag", "--reference", "2022-05-14", str(path)])
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    assert out["reference"] == "2022-05-14"
    assert fake_tagger == [(text, date(2022, 5, 14))]
    assert [(t["start"], t["end"]) for t in out["timexes"]] == [(20, 29), (42, 51)]
    for t in out["timexes"]:
        assert text[t["start"] : t["end"]] == t["text"]
    first = out["timexes"][0]
    assert first == {
        "start": 20,
        "end": 29,
        "text": "Wednesday",
        "type": "DATE",
        "value": "2022-05-11",
        "mod": None,
        "interval": {"start": "2022-05-11T00:00:00+00:00", "end": "2022-05-12T00:00:00+00:00"},
        "granularity": "day",
        "rule": "fake",
    }


def test_text_comes_from_stdin_when_no_file(fake_tagger):
    result = CliRunner().invoke(
        cli, ["tag", "-r", "2022-05-14"], input=b"Talks ended Wednesday.\r\n"
    )
    assert result.exit_code == 0, result.output
    assert fake_tagger[0][0] == "Talks ended Wednesday.\r\n"
    assert json.loads(result.output)["timexes"][0]["start"] == 12


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("2022-05-14", date(2022, 5, 14)),
        ("2022-05-14T09:30", datetime(2022, 5, 14, 9, 30)),
        (
            "2022-05-14T09:30:00+03:00",
            datetime(2022, 5, 14, 9, 30, tzinfo=timezone(timedelta(hours=3))),
        ),
        ("2022-05-14T07:00Z", datetime(2022, 5, 14, 7, tzinfo=UTC)),
    ],
)
def test_reference_accepts_iso_dates_and_datetimes(fake_tagger, given, expected):
    result = CliRunner().invoke(cli, ["tag", "-r", given], input=b"x")
    assert result.exit_code == 0, result.output
    assert fake_tagger[0][1] == expected
    assert type(fake_tagger[0][1]) is type(expected)
    assert json.loads(result.output)["reference"] == expected.isoformat()


@pytest.mark.parametrize("bad", ["2022-13-01", "14/05/2022", "yesterday", "", "2022-05-14T25:00"])
def test_malformed_reference_is_a_usage_error_with_exit_code_2(bad):
    result = CliRunner().invoke(cli, ["tag", "--reference", bad], input=b"text")
    assert result.exit_code == 2
    assert "is not an ISO 8601 date or datetime" in result.output
    assert "2022-05-14" in result.output  # the message shows a valid example


def test_missing_reference_is_a_usage_error():
    result = CliRunner().invoke(cli, ["tag"], input=b"text")
    assert result.exit_code == 2
    assert "--reference" in result.output


def test_undecodable_input_is_a_clear_error(fake_tagger):
    result = CliRunner().invoke(cli, ["tag", "-r", "2022-05-14"], input=b"caf\xe9")
    assert result.exit_code == 1
    assert "not UTF-8" in result.output


def test_timeml_format_inlines_timex3_and_puts_the_reference_in_the_dct(fake_tagger):
    text = "Prices rose Wednesday & fell.\r\n"
    result = CliRunner().invoke(
        cli, ["tag", "-r", "2022-05-14T09:30+03:00", "-f", "timeml"], input=text.encode()
    )
    assert result.exit_code == 0, result.output
    assert '<TIMEX3 tid="t1" type="DATE" value="2022-05-11">Wednesday</TIMEX3>' in result.output
    doc = parse(result.output)
    assert doc.dct == "2022-05-14T09:30"
    assert doc.text == text
    assert [(t.start, t.end, t.value) for t in doc.timexes] == [(12, 21, "2022-05-11")]


def test_help_teaches_with_an_example():
    result = CliRunner().invoke(cli, ["tag", "--help"])
    assert result.exit_code == 0
    assert "timeline tag -r 2022-05-14" in result.output
    assert "no newline translation" in result.output
    result = CliRunner().invoke(cli, ["eval", "--help"])
    assert "TempEval-3" in result.output and "--errors" in result.output


def test_eval_scores_a_directory(tmp_path, monkeypatch):
    import timeline.evaluation as evaluation

    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.tml").write_text(TIMEBANK_DOC)
    monkeypatch.setitem(
        evaluation.TAGGERS,
        "timeline",
        lambda text, ref: [Timex(10, 19, "yesterday", "DATE", "2022-05-12")],
    )
    result = CliRunner().invoke(cli, ["eval", str(tmp_path), "--errors"])
    assert result.exit_code == 0, result.output
    assert "a.tml\tvalue\tgold 'yesterday' DATE 2022-05-13" in result.output
    assert "strict       1.000   1.000   1.000" in result.output
    result = CliRunner().invoke(cli, ["eval", str(tmp_path), "--json"])
    scores = json.loads(result.output)
    assert scores["value_accuracy"] == 0.0 and scores["relaxed_f1"] == 1.0


def test_eval_scores_several_directories_one_after_the_other(tmp_path, monkeypatch):
    import timeline.evaluation as evaluation

    for name in ("news", "tweets"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "a.tml").write_text(TIMEBANK_DOC)
    monkeypatch.setitem(
        evaluation.TAGGERS,
        "timeline",
        lambda text, ref: [Timex(10, 19, "yesterday", "DATE", "2022-05-13")],
    )
    result = CliRunner().invoke(cli, ["eval", str(tmp_path / "news"), str(tmp_path / "tweets")])
    assert result.exit_code == 0, result.output
    assert result.output.count("value          1.000   1.000") == 2
    assert result.output.index(f"== {tmp_path / 'news'}") < result.output.index(
        f"== {tmp_path / 'tweets'}"
    )


def test_eval_without_tml_files_fails_cleanly(tmp_path):
    result = CliRunner().invoke(cli, ["eval", str(tmp_path)])
    assert result.exit_code == 1
    assert "no .tml files" in result.output


def test_python_dash_m_timeline_runs_the_cli():
    out = subprocess.run(
        [sys.executable, "-m", "timeline", "tag", "--help"],
        check=True,
        capture_output=True,
        text=True,
        cwd=Path(__file__).parent,
    ).stdout
    assert out.startswith("Usage: timeline tag")


# The real tagger, end to end.


def test_real_tagger_json_for_late_wednesday():
    result = CliRunner().invoke(
        cli, ["tag", "-r", "2022-05-14"], input=b"Shelling resumed late Wednesday."
    )
    assert result.exit_code == 0, result.output
    (timex,) = json.loads(result.output)["timexes"]
    assert timex["start"] == 17 and timex["text"] == "late Wednesday"
    assert (timex["value"], timex["mod"]) == ("2022-05-11", "END")
    assert timex["interval"] == {
        "start": "2022-05-11T16:00:00+00:00",
        "end": "2022-05-12T00:00:00+00:00",
    }
    assert timex["rule"]


def test_real_tagger_honours_the_reference_offset():
    result = CliRunner().invoke(
        cli, ["tag", "-r", "2022-05-14T09:30+03:00"], input=b"The mayor spoke yesterday."
    )
    (timex,) = json.loads(result.output)["timexes"]
    assert timex["value"] == "2022-05-13"
    assert timex["interval"] == {
        "start": "2022-05-13T00:00:00+03:00",
        "end": "2022-05-14T00:00:00+03:00",
    }


def test_prefer_settles_the_direction_of_a_phrase_without_tense():
    def value(*options):
        result = CliRunner().invoke(cli, ["tag", "-r", "2022-05-14", *options], input="monday")
        assert result.exit_code == 0, result.output
        return json.loads(result.output)["timexes"][0]["value"]

    assert value("--prefer", "future") == "2022-05-16"
    assert value("--prefer", "past") == "2022-05-09"
    assert value() == "2022-05-16"  # the nearest by default


def test_prefer_rejects_other_words():
    result = CliRunner().invoke(
        cli, ["tag", "-r", "2022-05-14", "--prefer", "soon"], input="monday"
    )
    assert result.exit_code == 2
    assert "soon" in result.output


def test_locale_orders_a_numeric_date():
    def value(*options):
        result = CliRunner().invoke(cli, ["tag", "-r", "2022-05-14", *options], input="3/4/2021")
        return json.loads(result.output)["timexes"][0]["value"]

    assert value() == "2021-03-04"
    assert value("--locale", "en-GB") == "2021-04-03"
