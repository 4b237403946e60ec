"""Killing ``timeline ingest`` with SIGKILL loses nothing committed and leaves no partial article.

A real subprocess ingests a JSONL file; the test watches the database, kills the process twice
at different points while it is writing, checks that every stored article is whole (exactly
the mentions and events the tagger derives from it), then runs it again to the end: every
article is stored once, and the summary counts the earlier ones as already present.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from playhouse.db_url import connect

from timeline.extraction import extract
from timeline.ingest import parse_article

pytestmark = pytest.mark.slow  # processes killed mid-run: `make test`, not `make check`

N = 240
PLACES = ("Kharkiv", "Izyum", "Severodonetsk", "Kramatorsk", "Sloviansk", "Lysychansk")


def _article(i: int) -> dict:
    place = PLACES[i % len(PLACES)]
    published = datetime(2022, 5, 1, 9, tzinfo=timezone(timedelta(hours=3))) + timedelta(
        hours=7 * i
    )
    body = (
        f"Shelling hit {place} late Wednesday, officials said. "
        f"Dr. Olena Marchenko said the U.S. convoy arrived yesterday. "
        f"Fighting has continued since April, and talks will resume next week. "
        f"Residents of block {i} queued for water."
    )
    return {
        "title": f"{place} report {i}",
        "body": body,
        "published_at": published.isoformat(),
        "url": f"https://kill.example/{i}",
        "source": "Kill Test Wire",
    }


def _counts(url: str) -> dict[str, int]:
    db = connect(url)
    try:
        cursor = db.execute_sql(
            "SELECT (SELECT COUNT(*) FROM article), (SELECT COUNT(*) FROM mention), "
            "(SELECT COUNT(*) FROM event)"
        )
        articles, mentions, events = cursor.fetchone()
        return {"articles": articles, "mentions": mentions, "events": events}
    except Exception:  # the schema may not exist yet
        return {"articles": 0, "mentions": 0, "events": 0}
    finally:
        db.close()


def _stored(url: str) -> dict[str, tuple[int, int]]:
    """Per stored article (by URL): its number of mentions and events."""
    db = connect(url)
    rows = db.execute_sql(
        "SELECT a.url, (SELECT COUNT(*) FROM mention m WHERE m.article_id = a.id), "
        "(SELECT COUNT(*) FROM event e WHERE e.article_id = a.id) FROM article a"
    ).fetchall()
    db.close()
    urls = [r[0] for r in rows]
    assert len(urls) == len(set(urls)), "an article was stored twice"
    return {r[0]: (r[1], r[2]) for r in rows}


def _ingest(url: str, path, *options: str) -> subprocess.Popen:
    env = {**os.environ, "TIMELINE_DATABASE_URL": url}
    return subprocess.Popen(
        [sys.executable, "-m", "timeline", "ingest", "--no-progress", *options, str(path)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _children(pid: int) -> set[int]:
    """The live (not zombie) processes whose parent is ``pid``, from /proc."""
    found = set()
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid and fields[0] != "Z":
            found.add(int(entry))
    return found


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def _wait_until_stored(process: subprocess.Popen, url: str, articles: int) -> None:
    """Wait until ``process`` has stored at least ``articles`` articles (it must not end)."""
    deadline = time.monotonic() + 120
    while _counts(url)["articles"] < articles:
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, "ingestion made no progress"
        time.sleep(0.005)


def _kill_when(process: subprocess.Popen, url: str, articles: int) -> int:
    _wait_until_stored(process, url, articles)
    process.send_signal(signal.SIGKILL)
    process.communicate(timeout=30)  # reap it and close its pipes
    assert process.returncode == -signal.SIGKILL
    return _counts(url)["articles"]


def _ingesting_with_workers(tmp_path, workers: int, *, stored: int):
    """A `timeline ingest --workers` of the N articles into SQLite that has stored at least
    ``stored`` of them: (url, input path, expected counts, the process). Skips without /proc,
    where the tests find the worker processes."""
    if not os.path.isdir("/proc/self"):
        pytest.skip("needs /proc to find the worker processes")
    url = f"sqlite:///{tmp_path / 'workers.db'}"
    path, expected = _input(tmp_path)
    process = _ingest(url, path, "--workers", str(workers))
    _wait_until_stored(process, url, stored)
    return url, path, expected, process


def _whole_then_rerun(url: str, path, expected: dict, *options: str) -> tuple[int, str]:
    """After a run was cut short: some but not all articles are stored, each whole; a rerun
    with ``options`` stores exactly the expected rest. Returns the number stored before the
    rerun and the rerun's stdout."""
    stored = _stored(url)
    assert 0 < len(stored) < N
    for stored_url, counts in stored.items():
        assert counts == expected[stored_url], f"{stored_url} is partial"
    again = _ingest(url, path, *options)
    out, err = again.communicate(timeout=300)
    assert again.returncode == 0, err
    assert _stored(url) == expected
    return len(stored), out


def _input(tmp_path) -> tuple[object, dict[str, tuple[int, int]]]:
    """The JSONL file of the N articles, and per URL the mentions and events each yields."""
    records = [_article(i) for i in range(N)]
    path = tmp_path / "articles.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    expected = {}
    for record in records:
        parsed = parse_article(record)
        result = extract(parsed.body, parsed.reference)
        expected[record["url"]] = (len(result.timexes), len(result.events))
    return path, expected


def test_sigkill_mid_run_then_rerun(database_url, tmp_path):
    path, expected = _input(tmp_path)
    assert all(events >= 4 for _, events in expected.values())

    first = _kill_when(_ingest(database_url, path), database_url, 40)
    second = _kill_when(_ingest(database_url, path), database_url, first + 60)
    assert 0 < first < second < N, (first, second)
    stored = _stored(database_url)
    assert len(stored) == second
    for url, counts in stored.items():
        assert counts == expected[url], f"{url} is partial: {counts} != {expected[url]}"
    totals = _counts(database_url)
    assert totals["events"] == sum(events for _, events in stored.values())

    process = _ingest(database_url, path)
    out, err = process.communicate(timeout=300)
    assert process.returncode == 0, err
    assert f"ingested {N - second}, already present {second}, updated 0, failed 0" in out
    assert _stored(database_url) == expected


def test_sigkill_with_workers_leaves_no_worker_and_no_partial_article(tmp_path):
    """With --workers the storing process is the one killed: its tagging workers must not
    outlive it, and what it stored is whole; a rerun with workers completes the input."""
    url, path, expected, process = _ingesting_with_workers(tmp_path, 2, stored=40)
    workers = _children(process.pid)
    assert len(workers) >= 2, workers  # the tagging workers (and multiprocessing's tracker)
    process.send_signal(signal.SIGKILL)
    process.communicate(timeout=30)
    deadline = time.monotonic() + 10
    while any(_alive(pid) for pid in workers):
        assert time.monotonic() < deadline, [pid for pid in workers if _alive(pid)]
        time.sleep(0.05)
    stored, out = _whole_then_rerun(url, path, expected, "--workers", "2")
    assert f"ingested {N - stored}, already present {stored}, updated 0" in out


def test_two_processes_on_the_same_input(database_url, tmp_path):
    """Two ``timeline ingest`` runs racing over the same file store every article once.

    They also race to create the schema of the new database on first use.
    """
    records = [_article(i) for i in range(80)]
    path = tmp_path / "articles.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    first, second = _ingest(database_url, path), _ingest(database_url, path)
    outputs = [p.communicate(timeout=300) for p in (first, second)]
    assert first.returncode == second.returncode == 0, outputs
    counts = []
    for out, _ in outputs:
        match = re.search(r"ingested (\d+), already present (\d+), updated 0, failed 0", out)
        assert match, out
        counts.append((int(match[1]), int(match[2])))
    assert sum(ingested for ingested, _ in counts) == len(records)
    assert all(ingested + present == len(records) for ingested, present in counts)
    assert len(_stored(database_url)) == len(records)


def test_a_worker_killed_mid_run_ends_it_with_a_message(tmp_path):
    """A tagging worker that dies (here: SIGKILL) stops the run with a clear message and
    exit status 1; what was stored is whole, and a rerun completes the input."""
    url, path, expected, process = _ingesting_with_workers(tmp_path, 1, stored=30)
    workers = [
        pid
        for pid in _children(process.pid)
        if b"spawn_main" in Path(f"/proc/{pid}/cmdline").read_bytes()
    ]
    assert len(workers) == 1, workers
    os.kill(workers[0], signal.SIGKILL)
    out, err = process.communicate(timeout=60)
    assert process.returncode == 1, (out, err)
    assert "a tagging worker process died" in err and "Traceback" not in err, err
    assert "run the same command again to continue" in err
    _whole_then_rerun(url, path, expected, "--workers", "1")
