"""Ingestion: validation, one transaction per article, present/updated, streaming readers.

Pipeline mechanics use the fake tagger of ``conftest.py``; tests/test_cli_ingest.py and
tests/test_extraction.py run the real one end to end.
"""

from __future__ import annotations

import json
import tracemalloc
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from timeline.ingest import (
    ArticleInput,
    InvalidArticle,
    delete_article,
    ingest_article,
    ingest_paths,
    input_files,
    parse_article,
    read_records,
    reprocess,
    writer,
)
from timeline.store import Article, Event, Mention

#: Distinct article links: U + a number.
U = "https://example.org/u"

RECORD = {
    "title": "Kharkiv",
    "body": "Troops withdrew on 2022-05-11. Residents returned now. Talks will follow.",
    "published_at": "2022-05-14T09:00:00+03:00",
    "url": "https://example.org/kharkiv",
    "source": "Example News",
}


def _record(**changes):
    return {**RECORD, **changes}


# --- parse_article --------------------------------------------------------------------------


def test_parse_keeps_the_offset():
    article = parse_article(RECORD)
    assert article.published_at == datetime(2022, 5, 14, 6, tzinfo=UTC)
    assert article.utc_offset_minutes == 180
    assert article.reference == datetime(2022, 5, 14, 9, tzinfo=timezone(timedelta(hours=3)))
    assert article.language == "en"


def test_parse_naive_is_utc_and_date_only_is_a_date():
    naive = parse_article(_record(published_at="2022-05-14T09:00"))
    assert naive.published_at == datetime(2022, 5, 14, 9, tzinfo=UTC)
    assert naive.utc_offset_minutes == 0 and naive.has_time
    day = parse_article(_record(published_at="2022-05-14"))
    assert day.has_time is False
    assert day.reference == date(2022, 5, 14)
    assert parse_article(_record(published_at="2022-05-14T06:00:00Z")).utc_offset_minutes == 0


@pytest.mark.parametrize(
    ("changes", "errors"),
    [
        (
            {"published_at": "tomorrow"},
            {"published_at": ["not an ISO 8601 date or datetime: 'tomorrow'"]},
        ),
        ({"published_at": None}, {"published_at": ["missing"]}),
        (
            {"published_at": 20220514},
            {"published_at": ["expected an ISO 8601 string, got a number"]},
        ),
        ({"body": "   "}, {"body": ["must not be empty"]}),
        (
            {"body": None, "title": 5},
            {"title": ["expected a string, got a number"], "body": ["missing"]},
        ),
        ({"url": ""}, {"url": ["must not be empty (omit it or use null)"]}),
        ({"source": ["a"]}, {"source": ["expected a string, got a list"]}),
        ({"body": "bad \udc80 text"}, {"body": ["is not valid Unicode text (unpaired surrogate)"]}),
        ({"title": "nul \x00"}, {"title": ["contains a NUL character"]}),
        (
            {"published_at": "0001-01-01T00:00+05:00"},
            {
                "published_at": [
                    "outside the supported range 0100-01-01T00:00Z to 9899-12-31T23:59Z "
                    "(UTC): '0001-01-01T00:00+05:00'"
                ]
            },
        ),
    ],
)
def test_parse_errors_name_the_fields(changes, errors):
    with pytest.raises(InvalidArticle) as info:
        parse_article(_record(**changes))
    assert info.value.errors == errors


def test_parse_rejects_non_objects():
    with pytest.raises(InvalidArticle) as info:
        parse_article([RECORD])
    assert info.value.errors == {"_record": ["expected a JSON object, got a list"]}


def test_hash_ignores_url_and_unknown_keys():
    a = parse_article(RECORD)
    b = parse_article(_record(url="https://mirror.example/k", expected_events=[]))
    assert a.content_hash == b.content_hash
    assert a.content_hash != parse_article(_record(body=RECORD["body"] + " More.")).content_hash


# --- ingest_article -------------------------------------------------------------------------


def _counts():
    return Article.select().count(), Mention.select().count(), Event.select().count()


def test_ingest_stores_article_mentions_and_events(db, fake_tagger):
    result = ingest_article(RECORD, tagger=fake_tagger)
    assert result.status == "ingested"
    assert (result.mentions, result.events) == (2, 3)
    assert _counts() == (1, 2, 3)
    article = Article.get_by_id(result.article.id)
    assert article.utc_offset_minutes == 180 and article.source == "Example News"
    dated = Event.get(Event.basis == "expression")
    assert dated.mention.value == "2022-05-11" and dated.mention.rule == "fake_iso_date"
    assert dated.start == datetime(2022, 5, 10, 21, tzinfo=UTC)  # May 11 in Kyiv
    assert dated.span_class == 1
    publication = Event.select().where(Event.basis == "publication").order_by(Event.id)
    assert [e.tense for e in publication] == ["past", "future"]


def test_same_content_is_present_and_writes_nothing(db, fake_tagger):
    first = ingest_article(RECORD, tagger=fake_tagger)
    calls = fake_tagger.calls
    again = ingest_article(_record(url="https://mirror.example/k"), tagger=fake_tagger)
    assert again.status == "present" and again.article.id == first.article.id
    assert fake_tagger.calls == calls  # not even tagged
    assert _counts() == (1, 2, 3)


def test_same_url_with_new_content_is_an_update(db, fake_tagger):
    first = ingest_article(RECORD, tagger=fake_tagger)
    changed = _record(body="Troops withdrew on 2022-05-12 and 2022-05-13.", title="Kharkiv (2)")
    result = ingest_article(changed, tagger=fake_tagger)
    assert result.status == "updated"
    assert result.article.id == first.article.id
    assert _counts() == (1, 2, 2)
    assert Article.get_by_id(first.article.id).title == "Kharkiv (2)"
    assert sorted(e.start.day for e in Event.select()) == [11, 12]
    assert ingest_article(changed, tagger=fake_tagger).status == "present"


def test_a_writer_racing_for_the_same_url_updates_instead_of_adding(db, fake_tagger):
    """Two writers store different content under one URL at the same moment: the second
    waits for the first (SQLite's write lock; PostgreSQL's unique index on url, where readers
    and writers do not queue), then finds its article and updates it. One article per URL."""
    import threading
    import time

    from timeline.extraction import extract
    from timeline.store import write_transaction

    first = parse_article(RECORD)
    second = _record(body="Troops withdrew on 2022-05-12.", title="Kharkiv (2)")
    outcome = {}

    def other_writer():
        try:
            outcome["result"] = ingest_article(second, tagger=fake_tagger)
        except Exception as error:  # reported by the assertions below
            outcome["error"] = error
        finally:
            db.close()  # this thread's connection

    with write_transaction():
        stored = writer._store(
            first, first.content_hash, extract(first.body, first.reference, fake_tagger)
        )
        thread = threading.Thread(target=other_writer)
        thread.start()
        time.sleep(0.5)  # the other writer finds no article under the URL and tries to insert
        assert thread.is_alive(), outcome  # and must wait for this transaction
    thread.join(30)
    assert "error" not in outcome, outcome
    assert outcome["result"].status == "updated"
    assert outcome["result"].article.id == stored.article.id
    assert Article.select().where(Article.url == RECORD["url"]).count() == 1
    assert Article.get_by_id(stored.article.id).title == "Kharkiv (2)"
    assert _counts() == (1, 1, 1)


def _fail_on_events(monkeypatch):
    """Make inserting events fail, after the article and its mentions were written."""
    insert_rows = writer._insert_rows

    def broken(model, *args, **kwargs):
        if model is Event:
            raise RuntimeError("disk on fire")
        return insert_rows(model, *args, **kwargs)

    monkeypatch.setattr(writer, "_insert_rows", broken)


def test_a_failure_mid_article_stores_nothing(db, fake_tagger, monkeypatch):
    _fail_on_events(monkeypatch)
    with pytest.raises(RuntimeError):
        ingest_article(RECORD, tagger=fake_tagger)
    monkeypatch.undo()
    assert _counts() == (0, 0, 0)


def test_a_failed_update_keeps_the_old_article_whole(db, fake_tagger, monkeypatch):
    ingest_article(RECORD, tagger=fake_tagger)
    _fail_on_events(monkeypatch)
    with pytest.raises(RuntimeError):
        ingest_article(_record(body="Changed on 2022-05-01."), tagger=fake_tagger)
    monkeypatch.undo()
    assert _counts() == (1, 2, 3)
    assert Article.get().body == RECORD["body"]


def test_ingest_accepts_a_parsed_article(db, fake_tagger):
    parsed = parse_article(RECORD)
    assert isinstance(parsed, ArticleInput)
    assert ingest_article(parsed, tagger=fake_tagger).status == "ingested"


def test_invalid_record_raises_and_stores_nothing(db, fake_tagger):
    with pytest.raises(InvalidArticle):
        ingest_article(_record(published_at="soon"), tagger=fake_tagger)
    assert _counts() == (0, 0, 0)


def test_delete_article(db, fake_tagger):
    kept = ingest_article(_record(url=None, title="other"), tagger=fake_tagger).article
    gone = ingest_article(RECORD, tagger=fake_tagger).article
    assert delete_article(gone.id) is True
    assert delete_article(gone.id) is False
    assert _counts() == (1, 2, 3)
    assert {e.article_id for e in Event.select()} == {kept.id}


def test_reprocess_replaces_derived_rows_only(db, fake_tagger):
    ids = [
        ingest_article(_record(url=f"{U}{i}", title=f"t{i}"), tagger=fake_tagger).article.id
        for i in range(3)
    ]
    seen = []
    result = reprocess(
        lambda done, total: seen.append((done, total)), tagger=type(fake_tagger)(shift_days=1)
    )
    assert (result.articles, result.mentions, result.events) == (3, 6, 9)
    assert seen == [(1, 3), (2, 3), (3, 3)]
    assert [a.id for a in Article.select().order_by(Article.id)] == ids
    assert _counts() == (3, 6, 9)
    assert {e.start.day for e in Event.select().where(Event.basis == "expression")} == {11}


def test_reprocess_leaves_articles_changed_or_deleted_while_tagging(db, fake_tagger):
    first, second = (
        ingest_article(_record(url=f"{U}{i}", title=f"t{i}"), tagger=fake_tagger).article
        for i in range(2)
    )
    body = "Troops withdrew on 2022-05-01. Nothing else."

    class Meddling(type(fake_tagger)):
        def read(self, text, reference):
            if self.calls == 0:  # while the first article is tagged
                assert (
                    ingest_article(
                        _record(url=f"{U}0", title="t0", body=body), tagger=fake_tagger
                    ).status
                    == "updated"
                )
                delete_article(second.id)
            return super().read(text, reference)

    result = reprocess(tagger=Meddling(shift_days=1))
    assert (result.articles, result.mentions, result.events) == (1, 0, 0)
    assert [a.id for a in Article.select()] == [first.id]
    assert Article.get_by_id(first.id).body == body
    # The update's own events (May 1 in +03:00), not the reprocess's (shifted a day).
    assert {e.start for e in Event.select().where(Event.basis == "expression")} == {
        datetime(2022, 4, 30, 21, tzinfo=UTC)
    }
    assert _counts() == (1, 1, 2)


# --- Reading files ----------------------------------------------------------------------------


def _read(path: Path):
    return [(r.line, r.value, r.error) for r in read_records(path)]


def test_json_list_items_carry_their_lines(tmp_path):
    path = tmp_path / "a.json"
    path.write_text('[\n  {"n": 1},\n\n  {"n": 2}, {"n": 3}\n]\n', encoding="utf-8")
    assert _read(path) == [(2, {"n": 1}, None), (4, {"n": 2}, None), (4, {"n": 3}, None)]


def test_json_single_object_and_concatenated_values(tmp_path):
    one = tmp_path / "one.json"
    one.write_text('\ufeff{"n": 1}', encoding="utf-8")
    assert _read(one) == [(1, {"n": 1}, None)]
    many = tmp_path / "many.json"
    many.write_text('{"n": 1}\n{"n": 2}\n', encoding="utf-8")
    assert _read(many) == [(1, {"n": 1}, None), (2, {"n": 2}, None)]


def test_json_syntax_error_keeps_what_came_before(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text('[{"n": 1},\n {"n": 2},\n {"n": }\n, {"n": 4}]', encoding="utf-8")
    records = _read(path)
    assert records[:2] == [(1, {"n": 1}, None), (2, {"n": 2}, None)]
    assert records[2][0] == 3 and records[2][2].startswith("invalid JSON: Expecting value")
    assert len(records) == 3


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("", "empty file: expected an article or a list"),
        ('[{"n": 1}', "invalid JSON: unterminated list"),
        ('[{"n": 1} {"n": 2}]', "invalid JSON: expected ',' or ']', got '{'"),
        ('[{"n": 1},]', "invalid JSON: Expecting value"),
    ],
)
def test_json_structure_errors(tmp_path, text, error):
    path = tmp_path / "x.json"
    path.write_text(text, encoding="utf-8")
    assert _read(path)[-1][2] == error


def test_jsonl_bad_lines_do_not_stop_the_file(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_bytes(b'{"n": 1}\n\n{"n": \n{"n": "\xff"}\n{"n": 5}\n')
    assert _read(path) == [
        (1, {"n": 1}, None),
        (3, None, "invalid JSON: Expecting value (column 7)"),
        (4, None, "not UTF-8: byte 0xff at column 8"),
        (5, {"n": 5}, None),
    ]


def test_json_non_utf8_is_located(tmp_path):
    path = tmp_path / "latin1.json"
    path.write_bytes('[{"n": 1},\n{"n": "caf\u00e9"}]'.encode("latin-1"))
    records = _read(path)
    assert records[0] == (1, {"n": 1}, None)
    assert records[1] == (2, None, "not UTF-8: byte 0xe9")


def test_json_list_across_many_chunks(tmp_path):
    """Items straddling the reader's chunk boundaries come out whole, with their lines."""
    items = [{"n": i, "text": "x" * (i * 37 % 5000)} for i in range(400)]
    path = tmp_path / "big.json"
    path.write_text("[\n" + ",\n".join(json.dumps(i) for i in items) + "\n]", encoding="utf-8")
    records = list(read_records(path))
    assert [r.value for r in records] == items
    assert [r.line for r in records] == list(range(2, 402))
    assert records[-1].position == path.stat().st_size


def test_input_files_walks_directories(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".hidden").mkdir()
    for name in ["b/2.jsonl", "1.json", "notes.txt", ".hidden/x.json", "b/3.ndjson"]:
        (tmp_path / name).write_text("{}", encoding="utf-8")
    assert [p.relative_to(tmp_path).as_posix() for p in input_files([tmp_path])] == [
        "1.json",
        "b/2.jsonl",
        "b/3.ndjson",
    ]
    with pytest.raises(FileNotFoundError):
        input_files([tmp_path / "missing.json"])


@pytest.mark.slow
@pytest.mark.parametrize("suffix", [".json", ".jsonl"])
def test_reading_is_streamed(tmp_path, suffix):
    """Reading 20,000 articles (about 20 MB) never holds more than a few of them."""
    path = tmp_path / f"many{suffix}"
    record = json.dumps(_record(body="word " * 200))
    with open(path, "w", encoding="utf-8") as out:
        if suffix == ".json":
            out.write("[\n" + ",\n".join([record] * 20_000) + "\n]")
        else:
            out.write("\n".join([record] * 20_000))
    assert path.stat().st_size > 20_000_000
    tracemalloc.start()
    count = sum(1 for _ in read_records(path))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert count == 20_000
    assert peak < 2_000_000, peak


# --- ingest_paths ------------------------------------------------------------------------------


def test_ingest_paths_reports_failures_and_goes_on(db, fake_tagger, tmp_path):
    good = [json.dumps(_record(url=f"{U}{i}", title=f"t{i}")) for i in range(3)]
    path = tmp_path / "in.jsonl"
    path.write_text(
        "\n".join([good[0], "{oops", good[1], json.dumps(_record(body="")), good[2], good[0]]),
        encoding="utf-8",
    )
    failures = []
    summary = ingest_paths([tmp_path], on_failure=failures.append, tagger=fake_tagger)
    assert (summary.ingested, summary.present, summary.updated, summary.failed) == (3, 1, 0, 2)
    assert summary.events == 9
    assert [(f.path, f.line) for f in failures] == [(path, 2), (path, 4)]
    assert str(failures[1]) == f"{path}:4: invalid article: body: must not be empty"
    assert _counts()[0] == 3


def test_statuses_are_the_documented_ones():
    assert writer.STATUSES == ("ingested", "present", "updated")


def test_standard_input_format_is_told_from_its_first_line():
    """JSONL when the first non-blank line is a whole article (a bad line then fails alone);
    JSON otherwise."""
    import io

    from timeline.ingest import STDIN, read_stream

    record = json.dumps(_record())
    cases = {
        "\n\n" + record + "\n" + record + "\n{oops\n" + record: [3, 4, "5 invalid", 6],
        json.dumps([_record()] * 3): [1, 1, 1],
        json.dumps(_record(), indent=2) + json.dumps(_record()): [1, 7],
    }
    for text, expected in cases.items():
        records = list(read_stream(io.BytesIO(text.encode("utf-8"))))
        assert [
            r.line if r.error is None else f"{r.line} {r.error.split()[0]}" for r in records
        ] == expected
        assert all(r.path == STDIN for r in records)
        assert all(r.value["title"] == "Kharkiv" for r in records if r.error is None)


def test_standard_input_is_not_read_whole_to_tell_its_format():
    """A 20 MB list on one line: the look-ahead stops at 1 MB, reading stays streamed."""
    import io

    from timeline.ingest import read_stream

    text = json.dumps([_record(body="word " * 100_000)] * 40).encode("utf-8")
    assert len(text) > 20_000_000
    stream = io.BytesIO(text)
    tracemalloc.start()
    count = sum(1 for r in read_stream(stream) if r.error is None)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert count == 40
    assert peak < 6_000_000, peak
