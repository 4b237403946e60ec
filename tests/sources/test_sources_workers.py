"""Work spread over processes: ``timeline worker`` processes sharing the PostgreSQL queue.

Two workers drain 1,000 queued page jobs with none lost and none done twice (each page is
fetched exactly once, each article stored once, every job succeeded once); a worker SIGKILLed
in the middle of a job has that job retried by the other. Skipped without
TIMELINE_TEST_DATABASE_URL.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from datetime import timedelta

import pytest
from fixture_server import GEN_START

from tests.conftest import PG_URL, _reset_postgres
from timeline import jobs, store
from timeline.store import Article

pytestmark = [pytest.mark.postgres, pytest.mark.slow]


@pytest.fixture
def pg():
    if not PG_URL:
        pytest.skip("PostgreSQL tests need TIMELINE_TEST_DATABASE_URL")
    _reset_postgres(PG_URL)
    database = store.init_db(PG_URL)
    jobs.ensure_queue_schema(PG_URL)
    yield database
    database.close()


def _start_worker(tmp_path, name: str, stalled_after: float = 120) -> tuple[subprocess.Popen, str]:
    # Generous limits: on a loaded machine a fetch or a heartbeat can be late, and a job
    # retried for that would read as "done twice".
    env = dict(
        os.environ,
        TIMELINE_DATABASE_URL=PG_URL,
        TIMELINE_FETCH_HOST_INTERVAL="0",
        TIMELINE_FETCH_TIMEOUT="60",
        TIMELINE_FETCH_ALLOW_PRIVATE="1",  # the fixture site is on 127.0.0.1
        TIMELINE_WORKER_STALLED_AFTER=str(stalled_after),
    )
    log = tmp_path / f"{name}.log"
    with log.open("w") as handle:  # the child keeps its own copy of the descriptor
        process = subprocess.Popen(
            [sys.executable, "-m", "timeline", "worker", "--tick", "0.5"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=handle,
        )
    return process, str(log)


def _job_counts(database) -> dict[str, int]:
    rows = database.execute_sql(
        "SELECT status, count(*) FROM procrastinate_jobs GROUP BY status"
    ).fetchall()
    return dict(rows)


def _wait(condition, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"timed out after {timeout:g} s waiting for {what}")
        time.sleep(0.5)


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _done_urls(log: str) -> list[str]:
    return re.findall(r"timeline worker: (\S+): (?:ingested|present)", _read(log))


def _read(log: str) -> str:
    with open(log, encoding="utf-8") as handle:
        return handle.read()


def test_two_workers_drain_1000_jobs_none_lost_none_twice(pg, site, tmp_path):
    count = 1000
    urls = [site.url(f"/gen/{n}.html") for n in range(count)]
    assert jobs.enqueue_urls(PG_URL, urls) == count
    assert jobs.enqueue_urls(PG_URL, urls[:10]) == 10  # queued again: nothing new
    assert _job_counts(pg) == {"todo": count}
    workers = [_start_worker(tmp_path, f"w{i}") for i in range(2)]
    try:
        _wait(lambda: _job_counts(pg).get("succeeded", 0) == count, 900, "the queue to drain")
    finally:
        for process, _ in workers:
            _stop(process)
    assert _job_counts(pg) == {"succeeded": count}
    attempts = pg.execute_sql("SELECT max(attempts) FROM procrastinate_jobs").fetchone()[0]
    assert attempts == 1
    # each page fetched once: no job done twice
    assert all(site.hits[f"/gen/{n}.html"] == 1 for n in range(count))
    done = [_done_urls(log) for _, log in workers]
    assert all(done), "both workers took part"
    assert sorted(done[0] + done[1]) == sorted(urls)
    # and stored once, with the date of its page
    pg.connect(reuse_if_open=True)
    stored = {a.url: a for a in Article.select()}
    assert sorted(stored) == sorted(urls)
    for n in (0, 499, 999):
        article = stored[urls[n]]
        assert article.published_at == GEN_START + timedelta(minutes=n)
        assert article.published_at_source == "json-ld"


def test_a_killed_workers_job_is_retried_by_the_other(pg, site, tmp_path):
    url = site.url("/slow/5000.html")  # the page takes 4 s to answer
    jobs.enqueue_urls(PG_URL, [url])
    first, first_log = _start_worker(tmp_path, "first", stalled_after=3)
    try:
        _wait(lambda: site.hits["/slow/5000.html"] == 1, 60, "the first worker to take the job")
        first.send_signal(signal.SIGKILL)
        first.wait()
    finally:
        _stop(first)
    assert _job_counts(pg) == {"doing": 1}
    second, second_log = _start_worker(tmp_path, "second", stalled_after=3)
    try:
        _wait(lambda: _job_counts(pg) == {"succeeded": 1}, 120, "the job to be retried")
    finally:
        _stop(second)
    assert site.hits["/slow/5000.html"] == 2
    assert _done_urls(second_log) == [url] and _done_urls(first_log) == []
    assert "of a dead worker: retrying" in _read(second_log)
    pg.connect(reuse_if_open=True)
    assert [a.url for a in Article.select()] == [url]
