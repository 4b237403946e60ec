"""The package as a user installs it: a wheel, installed outside the checkout, whose
``timeline demo`` finds its seed articles and whose ``timeline tag`` works.

The wheel is built from the checkout (``pip wheel``) and installed without its dependencies
into a fresh virtual environment in a temporary directory; the dependencies come from the
running environment's site-packages (a path entry, not a site directory: its editable install
of this checkout is not loaded). Every command runs from the temporary directory.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import urllib.request
from pathlib import Path

import pytest
from serving import free_port, wait_until_up

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """The ``bin`` directory of a fresh environment with the built wheel installed."""
    where = tmp_path_factory.mktemp("wheel")
    # Built from a copy: setuptools builds in the source tree (build/, *.egg-info).
    source = where / "source"
    shutil.copytree(
        ROOT,
        source,
        symlinks=True,
        ignore=shutil.ignore_patterns(
            ".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".pytest_cache"
        ),
    )
    built = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "-q",
            "--no-deps",
            "-w",
            str(where / "dist"),
            str(source),
        ],
        capture_output=True,
        text=True,
        cwd=where,
    )
    assert built.returncode == 0, built.stderr
    (wheel,) = (where / "dist").glob("timeline-*.whl")
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(where / "venv")], check=True)
    python = where / "venv" / "bin" / "python"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(python),
            "install",
            "-q",
            "--no-deps",
            "--no-index",
            str(wheel),
        ],
        capture_output=True,
        text=True,
        cwd=where,
    )
    assert done.returncode == 0, done.stderr
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        capture_output=True,
        text=True,
        check=True,
    )
    Path(site.stdout.strip(), "dependencies.pth").write_text(sysconfig.get_path("purelib"))
    return where / "venv" / "bin"


def _run(bin_dir: Path, *args: str, **kwargs) -> subprocess.CompletedProcess:
    env = {**os.environ, "XDG_DATA_HOME": str(bin_dir.parent / "data")}
    env.pop("TIMELINE_DATABASE_URL", None)
    env.pop("PYTHONPATH", None)
    return subprocess.run(
        [str(bin_dir / "timeline"), *args],
        capture_output=True,
        text=True,
        cwd=bin_dir.parent,
        env=env,
        **kwargs,
    )


def test_the_wheel_is_used_not_the_checkout(installed):
    where = subprocess.run(
        [
            str(installed / "python"),
            "-c",
            "import api, timeline; print(api.__file__, timeline.__file__)",
        ],
        capture_output=True,
        text=True,
        cwd=installed.parent,
        check=True,
    )
    assert str(ROOT) not in where.stdout
    assert str(installed.parent) in where.stdout


def test_tag_from_the_wheel(installed):
    tagged = _run(
        installed, "tag", "--reference", "2022-05-14", input="Shelling resumed late Wednesday."
    )
    assert tagged.returncode == 0, tagged.stderr
    (timex,) = json.loads(tagged.stdout)["timexes"]
    assert (timex["text"], timex["value"]) == ("late Wednesday", "2022-05-11")


def test_demo_from_the_wheel_serves_its_seeds(installed):
    assert "Run the demo" in _run(installed, "demo", "--help").stdout
    port = free_port()
    env = {**os.environ, "XDG_DATA_HOME": str(installed.parent / "data")}
    env.pop("TIMELINE_DATABASE_URL", None)
    log = installed.parent / "demo.log"
    with open(log, "wb") as out:
        process = subprocess.Popen(
            [str(installed / "timeline"), "demo", "--port", str(port), "--workers", "1"],
            cwd=installed.parent,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
        try:
            base = f"http://127.0.0.1:{port}"
            try:
                wait_until_up(f"{base}/api/v1/health", process, timeout=120)
            except RuntimeError as error:
                raise AssertionError(f"{error}\n{log.read_text(errors='replace')}") from None
            with urllib.request.urlopen(f"{base}/api/v1/events?limit=5") as response:
                assert len(json.load(response)["events"]) == 5
        finally:
            process.terminate()
            process.wait(timeout=30)
    seeds = len(list((ROOT / "seeds").glob("*.json")))
    assert f"seeds {seeds} new" in log.read_text()
