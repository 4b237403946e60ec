"""Hostile and unlucky records at the command line's doors (a .json file, a .jsonl file,
standard input as JSONL and as JSON): each is reported as ``FILE:LINE: reason`` and skipped,
and the run goes on with the records after it (issue 12). No traceback, nothing half-stored.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from timeline import store
from timeline.cli import cli
from timeline.ingest import ingest_paths

GOOD = [
    {
        "title": f"Story {i}",
        "body": f"Troops advanced on May {i}, 2022. Talks went on.",
        "published_at": "2022-05-14T09:30:00+03:00",
        "url": f"https://wire.example/{i}",
    }
    for i in (1, 2)
]

#: name -> (the bad record as JSON text on one line, what its message says)
BAD = {
    "nested 4,000 deep": ('{"title": ' + "[" * 4000 + "]" * 4000 + "}", "nested"),
    "5,000-digit integer": (
        '{"title": "x", "body": "y", "published_at": "2022-05-14", "n": ' + "9" * 5000 + "}",
        "too long",
    ),
    "published at the end of the calendar": (
        json.dumps({**GOOD[0], "title": "end", "published_at": "9999-12-31T23:59+14:00"}),
        "outside the supported range 0100-01-01T00:00Z to 9899-12-31T23:59Z",
    ),
    "published at year 9999": (
        json.dumps({**GOOD[0], "title": "end", "published_at": "9999-12-31"}),
        "outside the supported range",
    ),
    "script link": (
        json.dumps({**GOOD[0], "title": "js", "url": "javascript:alert(1)"}),
        "url: must be an absolute http:// or https:// URL",
    ),
    "record over the size limit": (
        json.dumps({**GOOD[0], "title": "big", "body": "word " * 4000}),
        "larger than the limit of 10000 bytes",
    ),
}


def _lines(bad: str) -> list[str]:
    return [json.dumps(GOOD[0]), bad, json.dumps(GOOD[1])]


def _write(tmp_path: Path, door: str, bad: str) -> tuple[list[str], bytes | None, str]:
    """(arguments, standard input, the name messages give the input) for one door."""
    lines = _lines(bad)
    if door == "jsonl file":
        path = tmp_path / "in.jsonl"
        path.write_text("\n".join(lines) + "\n")
        return [str(path)], None, str(path)
    if door == "json file":
        path = tmp_path / "in.json"
        path.write_text("[\n" + ",\n".join(lines) + "\n]\n")
        return [str(path)], None, str(path)
    if door == "stdin jsonl":
        return ["-"], ("\n".join(lines) + "\n").encode(), "<stdin>"
    return ["-"], ("[\n" + ",\n".join(lines) + "\n]\n").encode(), "<stdin>"


@pytest.mark.parametrize("door", ["jsonl file", "json file", "stdin jsonl", "stdin json"])
@pytest.mark.parametrize("name", list(BAD))
def test_a_bad_record_is_reported_and_the_run_goes_on(db, database_url, tmp_path, door, name):
    bad, reason = BAD[name]
    args, stdin, shown = _write(tmp_path, door, bad)
    result = CliRunner().invoke(
        cli,
        ["ingest", *args, "--database-url", database_url, "--max-record-bytes", "10000"],
        input=stdin,
    )
    if not store.database.is_closed():
        store.database.close()
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    assert "ingested 2, already present 0, updated 0, failed 1" in result.stdout
    line = 3 if door.endswith("json") or door == "json file" else 2  # after "[" in JSON
    assert f"{shown}:{line}: " in result.stderr, result.stderr
    assert reason in result.stderr, result.stderr
    store.init_db(database_url)
    assert sorted(a.title for a in store.Article.select()) == ["Story 1", "Story 2"]


def test_the_record_size_limit_defaults_to_10_mb(db, tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text(
        "\n".join([json.dumps(GOOD[0]), json.dumps({**GOOD[1], "body": "x" * (10 * 1024 * 1024)})])
        + "\n"
    )
    failures = []
    summary = ingest_paths([path], on_failure=failures.append)
    assert (summary.ingested, summary.failed) == (1, 1)
    assert "larger than the limit of 10485760 bytes" in failures[0].reason


def test_the_size_limit_flag_is_documented():
    result = CliRunner().invoke(cli, ["ingest", "--help"])
    assert "--max-record-bytes" in result.output
