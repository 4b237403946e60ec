"""The ingestion commands end to end with the real tagger: ingest, events, db upgrade, reprocess."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from click.testing import CliRunner

from timeline import store
from timeline.cli import cli
from timeline.migrations import latest_version, migrations

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
ARTICLES = sorted(FIXTURES.glob("*.json"))
SUMMARY = re.compile(r"ingested (\d+), already present (\d+), updated (\d+), failed (\d+) "
                     r"\((\d+) events, [\d.]+ s\)")


@pytest.fixture
def run(database_url):
    runner = CliRunner()

    def invoke(*args: str):
        result = runner.invoke(cli, [*args, "--database-url", database_url])
        if result.exception and not isinstance(result.exception, SystemExit):
            raise result.exception
        return result

    yield invoke
    if not store.database.is_closed():
        store.database.close()


def _summary(result) -> tuple[int, ...]:
    match = SUMMARY.search(result.stdout)
    assert match, result.stdout
    return tuple(int(g) for g in match.groups())


def test_db_upgrade(run):
    names = ", ".join(m.name for m in migrations())
    assert run("db", "upgrade").stdout == (
        f"applied {names}; schema at version {latest_version()}\n")
    assert run("db", "upgrade").stdout == f"schema up to date (version {latest_version()})\n"


def test_ingest_batch_reports_the_bad_line(run):
    result = run("ingest", str(FIXTURES / "batch.jsonl"))
    assert result.exit_code == 1
    assert _summary(result)[:4] == (5, 0, 0, 1)
    assert re.search(r"batch\.jsonl:4: invalid JSON: .+", result.stderr), result.stderr
    assert store.Article.select().count() == 5


def test_ingest_directory_then_again(run):
    result = run("ingest", str(FIXTURES))
    assert result.exit_code == 1
    ingested, present, updated, failed, events = _summary(result)
    assert (ingested, present, updated, failed) == (len(ARTICLES) + 5, 0, 0, 4)
    assert events == store.Event.select().count() > ingested
    errors = result.stderr.splitlines()
    invalid = FIXTURES / "invalid"
    assert f"{invalid / 'empty-body.json'}:1: invalid article: body: must not be empty" in errors
    assert (f"{invalid / 'missing-published-at.json'}:1: invalid article: published_at: missing"
            in errors)
    assert any(e.startswith(f"{invalid / 'unparsable-published-at.json'}:1: invalid article: "
                            "published_at: not an ISO 8601 date or datetime") for e in errors)

    again = run("ingest", *map(str, ARTICLES))
    assert again.exit_code == 0, again.stderr
    assert _summary(again)[:4] == (0, len(ARTICLES), 0, 0)
    assert again.stderr == ""  # no progress bar when stderr is not a terminal


def test_ingest_updates_by_url(run, tmp_path):
    record = json.loads(ARTICLES[0].read_text(encoding="utf-8"))
    path = tmp_path / "a.json"
    path.write_text(json.dumps(record), encoding="utf-8")
    assert _summary(run("ingest", str(path)))[:4] == (1, 0, 0, 0)
    record["body"] += " Officials said more on Friday."
    path.write_text(json.dumps(record), encoding="utf-8")
    assert _summary(run("ingest", str(path)))[:4] == (0, 0, 1, 0)
    assert store.Article.select().count() == 1


def test_ingest_bad_encoding_and_list(run, tmp_path):
    good = json.loads(ARTICLES[0].read_text(encoding="utf-8"))
    listing = tmp_path / "list.json"
    listing.write_text(json.dumps([good, {"title": "x", "body": "y"}], indent=1),
                       encoding="utf-8")
    latin = tmp_path / "latin.jsonl"
    latin.write_bytes(json.dumps({**good, "url": None}).encode() + b"\n"
                      + '{"title": "caf\u00e9"}'.encode("latin-1") + b"\n")
    result = run("ingest", str(listing), str(latin))
    assert result.exit_code == 1
    assert _summary(result)[:4] == (1, 1, 0, 2)
    assert f"{listing}:" in result.stderr and "published_at: missing" in result.stderr
    assert f"{latin}:2: not UTF-8: byte 0xe9 at column 15" in result.stderr


def test_progress_bar_on_request(run):
    result = run("ingest", "--progress", str(ARTICLES[0]))
    assert "ingesting" in result.stderr


def test_events_lists_the_timeline_in_order(run):
    run("ingest", *map(str, ARTICLES))
    result = run("events", "--limit", "500")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert len(lines) == store.Event.select().count()
    starts = [line.split()[0] for line in lines]
    assert all(re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", s) for s in starts), starts
    ordered = store.Event.select().order_by(store.Event.start, store.Event.end, store.Event.id)
    for line, event in zip(lines, ordered, strict=True):
        assert " ".join(event.text.split())[:30] in line

    window = run("events", "--from", "2022-05-01", "--to", "2022-05-08T00:00+03:00",
                 "--limit", "500")
    lo = datetime(2022, 5, 1, tzinfo=UTC)
    hi = datetime(2022, 5, 8, tzinfo=timezone(timedelta(hours=3)))
    overlapping = store.Event.select().where((store.Event.start < hi) & (store.Event.end > lo))
    assert 0 < len(window.stdout.splitlines()) == overlapping.count() < len(lines)
    limited = run("events", "--limit", "3")
    assert len(limited.stdout.splitlines()) == 3
    assert "raise --limit" in limited.stderr

    searched = run("events", "--q", "Azovstal", "--limit", "500")
    assert searched.stdout and len(searched.stdout.splitlines()) < len(lines)
    assert run("events", "--q", "no-such-word").stderr == "no events\n"
    assert run("events", "--from", "2022-05-02", "--to", "2022-05-01").exit_code == 2


def test_events_line_shape(run, tmp_path):
    article = {"title": "Kharkiv", "body": "Shelling hit Kharkiv late Wednesday. Residents "
               "queued for water.", "published_at": "2022-05-14T09:00:00+03:00",
               "source": "Example Wire"}
    path = tmp_path / "one.json"
    path.write_text(json.dumps(article), encoding="utf-8")
    run("ingest", str(path))
    lines = run("events").stdout.splitlines()
    assert len(lines) == 2
    assert re.fullmatch(r"2022-05-11 16:00-24:00 +day +Shelling hit Kharkiv late Wednesday\. +"
                        r"Example Wire", lines[0]), lines[0]
    assert re.fullmatch(r"2022-05-14 +day~ +Residents queued for water\. +Example Wire",
                        lines[1]), lines[1]


def test_reprocess_keeps_articles(run):
    run("ingest", *map(str, ARTICLES))
    events = store.Event.select().count()
    result = run("reprocess")
    assert result.exit_code == 0
    assert result.stdout.startswith(f"reprocessed {len(ARTICLES)} articles: ")
    assert result.stdout.rstrip().endswith(f"{events} events")
    assert store.Article.select().count() == len(ARTICLES)
