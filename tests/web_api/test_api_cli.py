"""`timeline demo` and `timeline serve` as commands (the server itself: test_api_serve.py)."""

from __future__ import annotations

import shutil
import socket
import sqlite3
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from api import cli


def test_demo_loads_the_seeds_once_and_serves_them(tmp_path, monkeypatch):
    # unset here, and whatever the demo sets is undone after the test
    monkeypatch.setenv("TIMELINE_FETCH_ALLOW_PRIVATE", "0")
    monkeypatch.delenv("TIMELINE_FETCH_ALLOW_PRIVATE")
    served = []
    monkeypatch.setattr(cli, "run_server", lambda *args, **kwargs: served.append(args))
    monkeypatch.setattr(cli, "ensure_port_free", lambda host, port: None)
    db = tmp_path / "demo.db"
    runner = CliRunner()

    first = runner.invoke(cli.main, ["demo", "--db", str(db)])
    assert first.exit_code == 0, first.output
    seeds = len(list(cli.SEEDS_DIR.glob("*.json")))
    assert f"seeds {seeds} new, 0 already present" in first.output
    for url in (
        "http://127.0.0.1:5000/",
        "http://127.0.0.1:5000/api/v1/events",
        "http://127.0.0.1:5000/api/v1/docs",
    ):
        assert url in first.output
    ((config, host, port, _workers),) = served
    assert config == {"TIMELINE_DATABASE_URL": f"sqlite:///{db}"}
    assert (host, port) == ("127.0.0.1", 5000)

    import os

    from timeline.sources.addresses import ALLOW_ENV

    # one person's server on loopback: it may follow pages served on the same machine
    assert os.environ.get(ALLOW_ENV) == "1"

    again = runner.invoke(cli.main, ["demo", "--db", str(db), "--load-only"])
    assert again.exit_code == 0, again.output
    assert f"seeds 0 new, {seeds} already present" in again.output
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT count(*) FROM article").fetchone()[0] == seeds
        assert con.execute("SELECT count(*) FROM event").fetchone()[0] > seeds


def test_demo_default_database_is_in_the_user_data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert cli.demo_database_path() == tmp_path / "timeline" / "demo.db"


def test_serve_options(monkeypatch):
    served = []
    monkeypatch.setattr(cli, "run_server", lambda *args: served.append(args))
    monkeypatch.setattr(cli, "ensure_port_free", lambda host, port: None)
    result = CliRunner().invoke(
        cli.main,
        [
            "serve",
            "--host",
            "127.0.0.1",
            "--port",
            "8123",
            "--workers",
            "3",
            "--database-url",
            "sqlite:///x.db",
        ],
    )
    assert result.exit_code == 0, result.output
    assert served == [({"TIMELINE_DATABASE_URL": "sqlite:///x.db"}, "127.0.0.1", 8123, 3, False)]


def test_main_is_the_core_group_with_serve_and_demo():
    from timeline.cli import cli as core

    assert cli.main is core
    assert {"serve", "demo", "ingest", "tag"} <= set(core.commands)


def _listening() -> socket.socket:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen()
    return sock


@pytest.mark.parametrize("command", ["demo", "serve"])
def test_a_busy_port_is_one_line_naming_the_flag(tmp_path, monkeypatch, command):
    served = []
    monkeypatch.setattr(cli, "run_server", lambda *args, **kwargs: served.append(args))
    with _listening() as busy:
        port = str(busy.getsockname()[1])
        args = (
            ["demo", "--db", str(tmp_path / "d.db")]
            if command == "demo"
            else ["serve", "--database-url", f"sqlite:///{tmp_path / 's.db'}"]
        )
        result = CliRunner().invoke(cli.main, [*args, "--port", port])
    assert result.exit_code == 1 and not served
    assert result.output.count("\n") == 1, result.output
    assert f"port {port}" in result.output and "in use" in result.output
    assert "--port" in result.output
    assert "Press Ctrl+C" not in result.output


def test_make_demo_takes_a_port():
    makefile = Path(__file__).resolve().parents[2] / "Makefile"
    if shutil.which("make") is None:
        pytest.skip("make is not installed")
    out = subprocess.run(
        ["make", "-n", "-f", str(makefile), "-C", str(makefile.parent), "demo", "PORT=8080"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "timeline demo --port 8080" in out.stdout
