"""Start the real timeline server over the seed articles, and drive it with Chromium.

Shared by the browser tests (``conftest.py``) and ``screenshots.py``. The server is the
installed ``timeline`` command, as a user runs it: ``timeline ingest seeds/`` into a fresh
SQLite file, then ``timeline serve`` on a free loopback port. The browser is Debian's
Chromium at ``/usr/bin/chromium`` driven by Playwright; Playwright's own browser downloads are
never used.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/: serving (for scripts)
from csp_watch import watch_csp  # noqa: E402,F401  (re-exported for the browser tests)
from serving import serving, timeline_command  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
#: Debian's Chromium; ``TIMELINE_CHROMIUM`` points elsewhere (another distribution's path).
CHROMIUM = Path(os.environ.get("TIMELINE_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@contextmanager
def running_server(workdir: Path, *, env: dict[str, str] | None = None) -> Iterator[str]:
    """A ``timeline serve`` over a fresh SQLite database holding the seed articles.

    Yields the base URL (``http://127.0.0.1:<port>``); the server is stopped on exit.
    ``env`` adds environment variables (an API key setting, for instance).
    """
    environ = {**os.environ, **(env or {})}
    environ["TIMELINE_DATABASE_URL"] = f"sqlite:///{workdir / 'timeline.db'}"
    subprocess.run(
        [*timeline_command(), "ingest", str(SEEDS)],
        env=environ,
        check=True,
        capture_output=True,
        timeout=300,
    )
    with serving([], environ, workdir / "server.log") as base:
        yield base


def launch(playwright):
    """Debian's Chromium, headless, with no network chatter of its own."""
    return playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
