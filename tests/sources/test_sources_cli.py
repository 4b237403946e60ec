"""``timeline sources add|list|remove``, ``poll``, ``ingest URL`` and ``serve --with-worker``
against the local fixture site (SQLite)."""

from __future__ import annotations

import json
import os
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from api.cli import main

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from serving import serving  # noqa: E402

FAST_ENV = {
    "TIMELINE_FETCH_HOST_INTERVAL": "0",
    "TIMELINE_FETCH_TIMEOUT": "1",
    "TIMELINE_FETCH_RETRIES": "1",
    "TIMELINE_FETCH_BACKOFF": "0.01",
    "TIMELINE_FETCH_ALLOW_PRIVATE": "1",  # the fixture site is on 127.0.0.1
}


@pytest.fixture
def run(tmp_path, monkeypatch):
    from timeline import jobs

    monkeypatch.setattr(jobs, "_fetcher", None)
    for name, value in FAST_ENV.items():
        monkeypatch.setenv(name, value)
    url = f"sqlite:///{tmp_path / 'cli.db'}"

    def invoke(*args: str):
        return CliRunner().invoke(main, [*args, "--database-url", url])

    yield invoke
    if jobs._fetcher is not None:  # the process's fetcher the commands made
        jobs._fetcher.close()


def test_sources_add_poll_list_remove(run, site):
    added = run(
        "sources", "add", site.url("/feeds/atom.xml"), "--every", "2h", "--source", "Atom desk"
    )
    assert added.exit_code == 0, added.output
    assert "added source 1:" in added.output and "every 2h" in added.output
    run("sources", "add", site.url("/gone"))
    polled = run("poll")
    assert polled.exit_code == 0, polled.output
    assert "polled 2 due source(s)" in polled.output
    assert "arc-xp.html: ingested (date from feed)" in polled.output
    listed = run("sources", "list")
    assert "[atom] every 2h" in listed.output and "last: ok (HTTP 200)" in listed.output
    assert "error: HTTP 404 Not Found" in listed.output
    as_json = json.loads(run("sources", "list", "--json").output)
    assert [s["last_status"] for s in as_json] == ["ok", "error"]
    assert run("sources", "remove", "2").exit_code == 0
    assert run("sources", "remove", "2").exit_code == 1
    assert len(json.loads(run("sources", "list", "--json").output)) == 1


def test_sources_add_refuses_bad_input(run):
    bad = run("sources", "add", "ftp://example.org/feed")
    assert bad.exit_code == 1 and "not an http or https URL" in bad.output
    assert (
        "shorter than 10 seconds" in run("sources", "add", "https://e.org/", "--every", "1s").output
    )


def test_ingest_urls(run, site):
    result = run("ingest", site.url("/pages/byline-uk-kyiv.html"), site.url("/feeds/rss1.rdf"))
    assert result.exit_code == 0, result.output
    assert "byline-uk-kyiv.html: ingested (date from byline)" in result.output
    assert "rss1.rdf: queued 1 links (rss)" in result.output
    assert "ghost.html: ingested (date from feed)" in result.output
    again = run("ingest", site.url("/pages/byline-uk-kyiv.html?utm_source=x"))
    assert "present" in again.output


def test_ingest_url_failure_exits_1(run, site):
    result = run("ingest", site.url("/pages/future-date.html"))
    assert result.exit_code == 1
    assert "no plausible publication date" in result.output and "in the future" in result.output


def test_ingest_refuses_mixing_files_and_urls(run, site, tmp_path):
    result = run("ingest", site.url("/pages/ghost.html"), str(tmp_path))
    assert result.exit_code == 2 and "not both" in result.output


@pytest.mark.slow
def test_serve_with_worker_fetches_a_source_added_over_the_api(site, tmp_path):
    env = {
        **os.environ,
        **FAST_ENV,
        "TIMELINE_API_KEYS": "",
        "TIMELINE_DATABASE_URL": f"sqlite:///{tmp_path / 'served.db'}",
    }
    with serving(["--workers", "1", "--with-worker"], env, tmp_path / "serve.log") as base:
        request = urllib.request.Request(
            f"{base}/api/v1/sources",
            method="POST",
            headers={"Content-Type": "application/json"},
            data=json.dumps({"url": site.url("/feeds/feed.json")}).encode(),
        )
        with urllib.request.urlopen(request) as response:
            assert response.status == 201
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            with urllib.request.urlopen(f"{base}/api/v1/articles") as response:
                articles = json.load(response)["articles"]
            if len(articles) == 3:
                break
            time.sleep(0.5)
        assert len(articles) == 3, (tmp_path / "serve.log").read_text()
        with urllib.request.urlopen(f"{base}/api/v1/sources") as response:
            (source,) = json.load(response)
        assert (source["kind"], source["last_status"], source["last_new"]) == ("jsonfeed", "ok", 3)


def test_enqueue_needs_postgresql(run, site):
    result = run("ingest", "--enqueue", site.url("/pages/ghost.html"))
    assert result.exit_code == 2 and "--enqueue needs a PostgreSQL database" in result.output
