"""Start the real timeline server over the seed articles, and drive it with Chromium.

Shared by the browser tests (``conftest.py``) and ``screenshots.py``. The server is the
installed ``timeline`` command, as a user runs it: ``timeline ingest seeds/`` into a fresh
SQLite file, then ``timeline serve`` on a free loopback port. The browser is Debian's
Chromium at ``/usr/bin/chromium`` driven by Playwright; Playwright's own browser downloads are
never used.
"""

from __future__ import annotations

import os
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

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
#: Debian's Chromium; ``TIMELINE_CHROMIUM`` points elsewhere (another distribution's path).
CHROMIUM = Path(os.environ.get("TIMELINE_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


def timeline_command() -> list[str]:
    """The ``timeline`` console script of the running interpreter's environment."""
    script = Path(sys.executable).parent / "timeline"
    if script.exists():
        return [str(script)]
    found = shutil.which("timeline")
    if found is None:
        raise RuntimeError("the timeline command is not installed (pip install -e .)")
    return [found]


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
def running_server(workdir: Path, *, env: dict[str, str] | None = None) -> Iterator[str]:
    """A ``timeline serve`` over a fresh SQLite database holding the seed articles.

    Yields the base URL (``http://127.0.0.1:<port>``); the server is stopped on exit.
    ``env`` adds environment variables (an API key setting, for instance).
    """
    environ = {**os.environ, **(env or {})}
    environ["TIMELINE_DATABASE_URL"] = f"sqlite:///{workdir / 'timeline.db'}"
    command = timeline_command()
    subprocess.run([*command, "ingest", str(SEEDS)], env=environ, check=True,
                   capture_output=True, timeout=300)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    with open(workdir / "server.log", "wb") as log:
        process = subprocess.Popen(
            [*command, "serve", "--host", "127.0.0.1", "--port", str(port)],
            env=environ, stdout=log, stderr=subprocess.STDOUT,
        )
        try:
            wait_until_up(f"{base}/api/v1/health", process)
            yield base
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def launch(playwright):
    """Debian's Chromium, headless, with no network chatter of its own."""
    return playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
