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
#: The articles of fixtures/happenings/, met too by ingesting the whole directory.
HAPPENING_ARTICLES = sorted((FIXTURES / "happenings").glob("*.json"))
SUMMARY = re.compile(
    r"ingested (\d+), already present (\d+), updated (\d+), failed (\d+) "
    r"\((\d+) events, [\d.]+ s\)"
)


@pytest.fixture
def run(database_url):
    runner = CliRunner()

    def invoke(*args: str, input: bytes | None = None):
        result = runner.invoke(cli, [*args, "--database-url", database_url], input=input)
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
        f"applied {names}; schema at version {latest_version()}\n"
    )
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
    assert (ingested, present, updated, failed) == (
        len(ARTICLES) + len(HAPPENING_ARTICLES) + 5,
        0,
        0,
        4,
    )
    assert events == store.Event.select().count() > ingested
    errors = result.stderr.splitlines()
    invalid = FIXTURES / "invalid"
    assert f"{invalid / 'empty-body.json'}:1: invalid article: body: must not be empty" in errors
    assert (
        f"{invalid / 'missing-published-at.json'}:1: invalid article: published_at: missing"
        in errors
    )
    assert any(
        e.startswith(
            f"{invalid / 'unparsable-published-at.json'}:1: invalid article: "
            "published_at: not an ISO 8601 date or datetime"
        )
        for e in errors
    )

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
    listing.write_text(json.dumps([good, {"title": "x", "body": "y"}], indent=1), encoding="utf-8")
    latin = tmp_path / "latin.jsonl"
    latin.write_bytes(
        json.dumps({**good, "url": None}).encode()
        + b"\n"
        + '{"title": "caf\u00e9"}'.encode("latin-1")
        + b"\n"
    )
    result = run("ingest", str(listing), str(latin))
    assert result.exit_code == 1
    assert _summary(result)[:4] == (1, 1, 0, 2)
    assert f"{listing}:" in result.stderr and "published_at: missing" in result.stderr
    assert f"{latin}:2: not UTF-8: byte 0xe9 at column 15" in result.stderr


def _fixture_records() -> list[dict]:
    return [json.loads(path.read_text(encoding="utf-8")) for path in ARTICLES[:3]]


@pytest.mark.parametrize(
    "shape",
    [
        "jsonl",
        "jsonl after blank lines",
        "one pretty article",
        "pretty list",
        "one-line list",
        "values in a row",
    ],
)
def test_ingest_reads_standard_input_in_either_format(run, shape):
    records = _fixture_records()
    text = {
        "jsonl": "\n".join(json.dumps(r) for r in records) + "\n",
        "jsonl after blank lines": "\n\n" + "\n".join(json.dumps(r) for r in records),
        "one pretty article": json.dumps(records[0], indent=2),
        "pretty list": json.dumps(records, indent=2),
        "one-line list": json.dumps(records),
        "values in a row": "".join(json.dumps(r, indent=1) for r in records),
    }[shape]
    result = run("ingest", "-", input=text.encode("utf-8"))
    assert result.exit_code == 0, result.stderr
    expected = 1 if shape == "one pretty article" else len(records)
    assert _summary(result)[:4] == (expected, 0, 0, 0)
    assert store.Article.select().count() == expected
    again = run("ingest", "-", input=text.encode("utf-8"))
    assert _summary(again)[:4] == (0, expected, 0, 0)


def test_ingest_standard_input_reports_bad_lines_as_stdin(run, tmp_path):
    good = _fixture_records()
    lines = [
        json.dumps(good[0]).encode(),
        b"{oops",
        json.dumps({**good[1], "body": " "}).encode(),
        '{"title": "caf\u00e9"}'.encode("latin-1"),
        json.dumps(good[2]).encode(),
    ]
    other = tmp_path / "other.json"
    other.write_text(json.dumps({**good[0], "title": "Another", "url": None}), encoding="utf-8")
    result = run("ingest", str(other), "-", input=b"\n".join(lines))
    assert result.exit_code == 1
    assert _summary(result)[:4] == (3, 0, 0, 3)
    errors = result.stderr.splitlines()
    assert errors[0].startswith("<stdin>:2: invalid JSON: ")
    assert errors[1] == "<stdin>:3: invalid article: body: must not be empty"
    assert errors[2] == "<stdin>:4: not UTF-8: byte 0xe9 at column 15"


def test_ingest_standard_input_once(run):
    result = run("ingest", "-", "-", input=b"")
    assert result.exit_code == 2
    assert "standard input (-) can be read only once" in result.stderr


def test_ingest_empty_standard_input_is_a_failure(run):
    result = run("ingest", "-", input=b"")
    assert result.exit_code == 1
    assert result.stderr.startswith("<stdin>:1: empty file")


def test_progress_counter_for_standard_input(run):
    text = "\n".join(json.dumps(r) for r in _fixture_records())
    result = run("ingest", "--progress", "-", input=text.encode("utf-8"))
    assert "ingesting  3 records read" in result.stderr


def test_progress_bar_on_request(run):
    result = run("ingest", "--progress", str(ARTICLES[0]))
    assert "ingesting" in result.stderr


def test_progress_shows_count_and_rate_beside_the_eta():
    from timeline.cli import _rate

    assert _rate(1234, "articles", 2.0) == "1,234 articles, 617/s"
    assert _rate(0, "articles", 0.0) == "0 articles, 0/s"


def _ids(result) -> list[int]:
    assert result.exit_code == 0, result.output
    return [json.loads(line)["id"] for line in result.stdout.splitlines()]


def test_events_lists_the_timeline_in_order(run):
    run("ingest", *map(str, ARTICLES))
    every = _ids(run("events", "--limit", "all", "-f", "ndjson"))
    ordered = store.Event.select().order_by(store.Event.start, store.Event.end, store.Event.id)
    assert every == [event.id for event in ordered]

    window = run(
        "events",
        "--from",
        "2022-05-01",
        "--to",
        "2022-05-08T00:00+03:00",
        "--limit",
        "all",
        "-f",
        "ndjson",
    )
    lo = datetime(2022, 5, 1, tzinfo=UTC)
    hi = datetime(2022, 5, 8, tzinfo=timezone(timedelta(hours=3)))
    overlapping = store.Event.select().where((store.Event.start < hi) & (store.Event.end > lo))
    assert 0 < len(_ids(window)) == overlapping.count() < len(every)
    limited = run("events", "--limit", "3", "-f", "ndjson")
    assert _ids(limited) == every[:3]
    assert "--limit all" in run("events", "--limit", "3").stderr

    searched = _ids(run("events", "--q", "Azovstal", "--limit", "all", "-f", "ndjson"))
    assert searched and len(searched) < len(every)
    assert run("events", "--q", "no-such-word").stderr == "no events\n"
    assert run("events", "--from", "2022-05-02", "--to", "2022-05-01").exit_code == 2
    assert run("events", "--limit", "0").exit_code == 2


def test_events_filters_and_formats_have_the_api_names(run):
    run("ingest", *map(str, ARTICLES))
    every = store.Event.select()
    publication = _ids(run("events", "--basis", "publication", "--limit", "all", "-f", "ndjson"))
    assert sorted(publication) == sorted(e.id for e in every if e.basis == "publication")
    days = _ids(
        run("events", "--finest", "day", "--coarsest", "day", "--limit", "all", "-f", "ndjson")
    )
    assert sorted(days) == sorted(e.id for e in every if e.granularity == "day")
    csv_text = run("events", "-f", "csv", "--limit", "2").stdout
    assert csv_text.startswith("id,article_id,start,end,start_utc,end_utc,")
    assert len(csv_text.strip().splitlines()) == 3
    page = json.loads(run("events", "-f", "json", "--limit", "all").stdout)
    assert len(page["events"]) == every.count() and page["next_cursor"] is None
    ics = run("events", "-f", "ics", "--limit", "all").stdout
    assert ics.count("BEGIN:VEVENT") == every.count()
    since = run("events", "--from", "1651363200000", "--limit", "all", "-f", "ndjson")
    assert _ids(since) == _ids(
        run("events", "--from", "2022-05-01", "--limit", "all", "-f", "ndjson")
    )


def test_events_text_wraps_and_shows_expression_title_and_source(run, tmp_path, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    long = (
        "Shelling hit the eastern districts of Kharkiv late Wednesday, officials said, "
        "and the water supply to several neighbourhoods was cut for hours."
    )
    article = {
        "title": "Kharkiv",
        "body": long + " Residents queued for water.",
        "published_at": "2022-05-14T09:00:00+03:00",
        "source": "Example Wire",
    }
    path = tmp_path / "one.json"
    path.write_text(json.dumps(article), encoding="utf-8")
    run("ingest", str(path))
    lines = run("events").stdout.splitlines()
    assert re.fullmatch(r"2022-05-11 16:00-24:00 +day +Shelling hit .+", lines[0]), lines[0]
    assert all(len(line) <= 80 for line in lines), lines
    second = next(i for i, line in enumerate(lines) if line.startswith("2022-05-14"))
    assert second > 2  # the sentence took more than one line
    text = " ".join(line.strip() for line in [lines[0][37:], *lines[1 : second - 1]])
    assert "neighbourhoods was cut for hours." in text  # wrapped, not cut
    assert lines[second - 1].strip() == "“late Wednesday” · Kharkiv · Example Wire"
    assert re.match(r"2022-05-14 +day~ +Residents queued for water\.", lines[-2])
    assert lines[-1].strip() == "publication day · Kharkiv · Example Wire"


def test_reprocess_keeps_articles(run):
    run("ingest", *map(str, ARTICLES))
    events = store.Event.select().count()
    result = run("reprocess")
    assert result.exit_code == 0
    assert result.stdout.startswith(f"reprocessed {len(ARTICLES)} articles: ")
    assert result.stdout.rstrip().endswith(f"{events} events")
    assert store.Article.select().count() == len(ARTICLES)


def _fetch_all(database_url: str, *statements: str) -> list:
    """The rows of each statement, read through a connection of its own."""
    from playhouse.db_url import connect

    db = connect(database_url)
    try:
        return [db.execute_sql(sql).fetchall() for sql in statements]
    finally:
        db.close()


def _derived(database_url: str) -> list:
    """Every mention and event, without their own ids (which re-deriving renews)."""
    return _fetch_all(
        database_url,
        'SELECT article_id, start, "end", text, value, rule FROM mention '
        'ORDER BY article_id, start, "end"',
        'SELECT e.article_id, m.start, e.text, e."start", e."end", e.basis, e.tense '
        "FROM event e LEFT JOIN mention m ON m.id = e.mention_id "
        'ORDER BY e.article_id, e.sentence_start, e."start", e."end"',
    )


@pytest.mark.slow
def test_reprocess_with_workers_derives_the_same(run, database_url):
    """Events wiped, reprocess brings back exactly what ingestion derived, with or without
    worker processes."""
    run("ingest", *map(str, ARTICLES))
    stored = _derived(database_url)

    def wipe():
        store.Event.delete().execute()
        store.Mention.delete().execute()
        assert _derived(database_url) == [[], []]

    wipe()
    plain = run("reprocess")
    assert _derived(database_url) == stored
    wipe()
    parallel = run("reprocess", "--workers", "2")
    assert parallel.exit_code == 0, parallel.stderr
    assert parallel.stdout == plain.stdout
    assert _derived(database_url) == stored
    assert store.Article.select().count() == len(ARTICLES)


@pytest.mark.slow
@pytest.mark.parametrize("shape", ["jsonl", "json list"])
def test_standard_input_is_ingested_as_it_arrives(tmp_path, shape):
    """A real `timeline ingest -` on a pipe stores each article while the producer is still
    writing: it waits neither for the end of input nor for a full buffer."""
    import os
    import subprocess
    import sys
    import time

    from playhouse.db_url import connect

    url = f"sqlite:///{tmp_path / 'pipe.db'}"
    records = _fixture_records()
    process = subprocess.Popen(
        [sys.executable, "-m", "timeline", "ingest", "--no-progress", "-"],
        env={**os.environ, "TIMELINE_DATABASE_URL": url},
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )

    def stored() -> int:
        db = connect(url)
        try:
            if not db.table_exists("article"):
                return 0
            return db.execute_sql("SELECT COUNT(*) FROM article").fetchone()[0]
        finally:
            db.close()

    try:
        for index, record in enumerate(records):
            if shape == "jsonl":
                chunk = json.dumps(record) + "\n"
            else:
                chunk = ("[\n" if index == 0 else ",\n") + json.dumps(record, indent=2)
            process.stdin.write(chunk.encode("utf-8"))
            process.stdin.flush()
            deadline = time.monotonic() + 60
            while stored() < index + 1:  # the pipe is still open
                assert process.poll() is None, process.communicate()
                assert time.monotonic() < deadline, f"record {index + 1} not stored yet"
                time.sleep(0.02)
        process.stdin.write(b"\n]\n" if shape == "json list" else b"")
        out, err = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 0, err
    assert out.decode().startswith(f"ingested {len(records)}, already present 0")


def _rows(database_url: str) -> list:
    """Every stored article, mention and event, minus ingestion times and ids' own values."""
    return _fetch_all(
        database_url,
        "SELECT id, title, body, url, content_hash FROM article ORDER BY id",
        'SELECT id, article_id, start, "end", text, value, rule FROM mention ORDER BY id',
        'SELECT id, article_id, mention_id, text, "start", "end", basis, tense FROM event '
        "ORDER BY id",
    )


@pytest.mark.slow
def test_workers_store_the_same_as_one_process(run, database_url, tmp_path):
    """--workers moves tagging to other processes; the stored rows (ids included, so the
    input order), the summary and the messages are those of a run without."""
    plain = run("ingest", str(FIXTURES))
    expected_rows = _rows(database_url)
    again = run("ingest", "--workers", "2", str(FIXTURES))
    assert again.stderr == plain.stderr  # the same failures, same order
    assert _summary(again)[:4] == (0, len(ARTICLES) + len(HAPPENING_ARTICLES) + 5, 0, 4)

    store.database.close()
    from tests.conftest import _reset_postgres

    if database_url.startswith("postgres"):
        _reset_postgres(database_url)
    else:
        Path(database_url.removeprefix("sqlite:///")).unlink()
        for suffix in ("-wal", "-shm"):
            Path(database_url.removeprefix("sqlite:///") + suffix).unlink(missing_ok=True)
    parallel = run("ingest", "--workers", "2", str(FIXTURES))
    assert parallel.exit_code == plain.exit_code == 1
    assert parallel.stderr == plain.stderr
    assert _summary(parallel) == _summary(plain)
    assert _rows(database_url) == expected_rows


def test_workers_need_the_default_tagger(db, fake_tagger):
    from timeline.ingest import ingest_paths

    with pytest.raises(ValueError, match="leave tagger unset"):
        ingest_paths([FIXTURES], workers=2, tagger=fake_tagger)


@pytest.mark.slow  # a whole `timeline ingest` process on a terminal
def test_standard_input_from_a_terminal_says_how_to_end(tmp_path):
    """`timeline ingest -` typed into a terminal says what it waits for; Ctrl-D ends it."""
    import os
    import pty
    import subprocess
    import sys

    master, slave = pty.openpty()
    try:
        process = subprocess.Popen(
            [sys.executable, "-m", "timeline", "ingest", "--no-progress", "-"],
            env={**os.environ, "TIMELINE_DATABASE_URL": f"sqlite:///{tmp_path / 'tty.db'}"},
            stdin=slave,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        os.write(master, json.dumps(_fixture_records()[0]).encode() + b"\n\x04")
        out, err = process.communicate(timeout=60)
    finally:
        os.close(master)
        os.close(slave)
    assert process.returncode == 0, err
    assert b"end with Ctrl-D" in err
    assert out.startswith(b"ingested 1, already present 0")


def test_events_takes_every_query_parameter_of_the_api_events():
    """`timeline events` has GET /api/v1/events' parameters under the same names (paging by
    cursor and TimelineJS's background aside)."""
    from api.schemas import EventListArgs
    from timeline.cli import events

    api = {field.data_key or name for name, field in EventListArgs().fields.items()}
    cli = {option.lstrip("-") for param in events.params for option in param.opts}
    assert api - cli == {"cursor", "background"}
