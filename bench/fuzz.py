"""Schemathesis over the whole OpenAPI document of a served API: every phase (examples,
coverage, fuzzing, stateful) and ``--checks all`` (issue 12).

    .venv/bin/python bench/fuzz.py [-n 400] [--seed 12] [--database-url URL]
                                   [--configs keys,open]

For each configuration (``open``: no API keys; ``keys``: ``TIMELINE_API_KEYS`` set, the key
sent with every request) it starts ``timeline serve`` over a fresh database holding the
fixture articles (a SQLite file by default; a PostgreSQL URL has its ``public`` schema
DROPPED: use a throw-away database), runs ``schemathesis run ... --checks all`` with
``-n`` examples per operation and phase, and prints the cases generated and the failures
found. Rate limits are off (their 429 is documented and tested on its own in
``tests/web_api/test_limits.py``). The rules across parameters that the document states in words
are given to schemathesis by ``bench/fuzz_hooks.py``. Exits 1 on any failure.
``tests/web_api/test_fuzz.py`` runs it small; docs/reliability.md has the figures of large runs.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
from serving import reset_postgres_schema, serving, timeline_command  # noqa: E402

KEY = "fuzz-key"


def run(
    config: str,
    examples: int,
    seed: int,
    database_url: str | None,
    workdir: Path,
    paths: str | None = None,
) -> dict:
    """One schemathesis run; ``{"config", "database", "cases", "failures", "output"}``."""
    url = database_url or f"sqlite:///{workdir / f'fuzz-{config}.db'}"
    reset_postgres_schema(url)
    env = {
        **os.environ,
        "TIMELINE_DATABASE_URL": url,
        "TIMELINE_API_KEYS": KEY if config == "keys" else "",
        "TIMELINE_RATE_LIMIT_RESOLVE": "",
        "TIMELINE_RATE_LIMIT_WRITES": "",
    }
    subprocess.run(
        [*timeline_command(), "ingest", "--no-progress", str(ROOT / "fixtures")],
        env=env,
        capture_output=True,
    )
    schemathesis = Path(sys.executable).parent / "schemathesis"
    with serving(["--workers", "2"], env, workdir / f"server-{config}.log") as base:
        command = [
            str(schemathesis),
            "run",
            f"{base}/api/v1/openapi.json",
            "--checks",
            "all",
            "--phases",
            "examples,coverage,fuzzing,stateful",
            "-n",
            str(examples),
            "--seed",
            str(seed),
            "--no-color",
            "--request-timeout",
            "30",
            # fuzz_hooks drops queries that break the rules across parameters (a
            # /timeline window is often inverted or too long): many, by design.
            "--suppress-health-check",
            "filter_too_much",
        ]
        if config == "keys":
            command += ["-H", f"Authorization: Bearer {KEY}"]
        if paths:
            command += ["--include-path-regex", paths]
        hooks_env = {
            **env,
            "SCHEMATHESIS_HOOKS": "fuzz_hooks",
            "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "bench")]),
        }
        done = subprocess.run(
            command, env=hooks_env, capture_output=True, text=True, cwd=workdir, timeout=5400
        )  # its cache stays in workdir
    output = done.stdout + done.stderr
    cases = re.search(r"(\d+) generated", output)
    found = re.search(r"found (\d+) unique failures", output)
    return {
        "config": config,
        "database": url.split(":")[0],
        "cases": int(cases.group(1)) if cases else 0,
        "failures": int(found.group(1)) if found else (0 if done.returncode == 0 else -1),
        "exit": done.returncode,
        "output": output,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "-n", "--examples", type=int, default=400, help="examples per operation and phase"
    )
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument(
        "--database-url",
        default=None,
        help="PostgreSQL URL (its public schema is dropped!); default SQLite",
    )
    parser.add_argument("--configs", default="open,keys")
    parser.add_argument(
        "--paths",
        default=None,
        metavar="REGEX",
        help="only the operations whose path matches (default: the whole document)",
    )
    args = parser.parse_args()
    bad = False
    with tempfile.TemporaryDirectory() as scratch:
        for config in args.configs.split(","):
            result = run(
                config, args.examples, args.seed, args.database_url, Path(scratch), args.paths
            )
            print(
                f"{result['database']:<10} {config:<5} cases {result['cases']:>6}  "
                f"failures {result['failures']}",
                flush=True,
            )
            if result["failures"] or result["exit"]:
                bad = True
                print(result["output"][-6000:])
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
