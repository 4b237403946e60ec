"""Instructions of one tagging pass over TimeML documents, counted by callgrind around that
pass only (not the import nor the warm-up pass).

    PYTHONHASHSEED=0 valgrind --tool=callgrind --instr-atstart=no \\
        --callgrind-out-file=/dev/null \\
        .venv/bin/python bench/pass_instructions.py [DIR] [--candidates]

valgrind prints ``Collected : N`` (the instructions of the pass) at the end. It tags every
document once (the warm-up: imports, lexicons, caches), then switches callgrind's
instrumentation on (``callgrind_control -i on`` for this process), tags every document once
more and switches it off. Under ``--candidates`` only the rule matching runs
(``engine._candidates`` on news), the stage before resolution. Instruction counts are what a
busy machine does not disturb: a change's cost is the difference of two runs, one per commit,
each with ``PYTHONPATH`` set to its checkout. Counting a whole run (``bench/tagger.py
--passes N``, see its docstring) measures the same thing about ten times slower, since the
import and the warm-up are instrumented too. Without valgrind the script only tags twice.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.tagger import DEFAULT_DIR  # noqa: E402
from timeline.evaluation import load_documents  # noqa: E402
from timeline.temporal import engine, tag  # noqa: E402


def _instrument(on: bool) -> None:
    """Switch callgrind's instrumentation of this process on or off (nothing outside it)."""
    control = shutil.which("callgrind_control")
    if control is not None:
        subprocess.run(
            [control, "-i", "on" if on else "off", str(os.getpid())],
            capture_output=True,
            check=False,
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("directory", nargs="?", default=str(DEFAULT_DIR))
    parser.add_argument(
        "--candidates", action="store_true", help="only the rule matching (engine._candidates)"
    )
    args = parser.parse_args(argv)
    documents = load_documents(args.directory)

    def one_pass() -> None:
        for d in documents:
            if args.candidates:
                engine._candidates(d.text, document="news")
            else:
                tag(d.text, d.reference)

    one_pass()
    _instrument(True)
    one_pass()
    _instrument(False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
