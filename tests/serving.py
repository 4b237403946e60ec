"""A real ``timeline serve`` for the tests that talk to one over HTTP (the API's served
tests and the browser tests): the installed command, on a free loopback port."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def timeline_command() -> list[str]:
    """The ``timeline`` console script of the running interpreter's environment."""
    script = Path(sys.executable).parent / "timeline"
    if script.exists():
        return [str(script)]
    found = shutil.which("timeline")
    if found is None:
        raise RuntimeError("the timeline command is not installed (pip install -e .)")
    return [found]


def reset_postgres_schema(url: str) -> None:
    """Drop and recreate the ``public`` schema of the PostgreSQL database at ``url`` (a
    throw-away one!); nothing for another URL (a SQLite file starts empty)."""
    if not url.startswith("postgresql"):
        return
    from playhouse.db_url import connect

    db = connect(url)
    db.connect()
    db.execute_sql("DROP SCHEMA IF EXISTS public CASCADE")
    db.execute_sql("CREATE SCHEMA public")
    db.close()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_up(url: str, process: subprocess.Popen, timeout: float = 30.0) -> None:
    """Poll ``url`` until it answers 200; fail early if the server process died."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server exited with {process.returncode} before answering")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.2)
    raise RuntimeError(f"the server did not answer {url} within {timeout:.0f} s")


@contextmanager
def serving(options: list[str], env: dict[str, str], log: Path) -> Iterator[str]:
    """``timeline serve --host 127.0.0.1 --port PORT *options`` with environment ``env``, its
    output in ``log``; yields the base URL once /api/v1/health answers, stops it on exit. A
    server that does not come up fails with its log."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    with open(log, "wb") as out:
        process = subprocess.Popen(
            [*timeline_command(), "serve", "--host", "127.0.0.1", "--port", str(port), *options],
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
        try:
            try:
                wait_until_up(f"{base}/api/v1/health", process)
            except RuntimeError as error:
                raise RuntimeError(f"{error}\n{log.read_text(errors='replace')}") from None
            yield base
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
