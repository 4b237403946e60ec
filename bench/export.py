"""Benchmark a whole export (``limit=all``) of a million events: the server's memory stays flat.

    .venv/bin/python bench/export.py [--events 1000000] [--db PATH] [--format ndjson] [--rebuild]

Builds (or reuses) the synthetic database of ``bench/api.py`` (the same file, by default
``/tmp/timeline-bench-api.db``), serves it with ``timeline serve --workers 1``, and reads
``GET /api/v1/events?limit=all&format=F`` over loopback in 64 KB chunks, discarding them.
While the body streams it samples the worker's resident memory (``VmRSS`` of the gunicorn
worker in ``/proc``) and prints it at every tenth of the events, with the rate; the worker's
peak (``VmHWM``) at the end. Flat means: the RSS after a million events is within a few MB of
the RSS after the first hundred thousand. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import http.client
import importlib.util
import os
import subprocess
import time
from pathlib import Path

# bench/api.py (its database builder and server helpers), loaded under its own name: "api"
# is the application package.
_spec = importlib.util.spec_from_file_location(
    "bench_api", Path(__file__).resolve().parent / "api.py"
)
bench_api = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench_api)
BIN, build, count_events = bench_api.BIN, bench_api.build, bench_api.count_events
free_port, wait_until_up = bench_api.free_port, bench_api.wait_until_up


def children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        text = (task / "children").read_text().split()
        found += [int(child) for child in text]
    return found


def memory_kb(pid: int, field: str) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise KeyError(field)


def _stop_on_sigterm() -> None:
    """SIGTERM ends the run through ``finally`` (stopping the server), as Ctrl+C does."""
    import signal

    def stop(_signum, _frame):
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)


def main() -> None:
    _stop_on_sigterm()
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, default=Path("/tmp/timeline-bench-api.db"))
    parser.add_argument("--format", default="ndjson")
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()

    if args.rebuild or count_events(args.db) != args.events:
        began = time.perf_counter()
        build(args.db, args.events)
        print(f"built {args.db}: {args.events:,} events in {time.perf_counter() - began:.0f} s")
    else:
        print(f"reusing {args.db} ({args.events:,} events)")

    port = free_port()
    env = {
        **os.environ,
        "TIMELINE_DATABASE_URL": f"sqlite:///{args.db}",
        "TIMELINE_MAX_EXPORT": str(max(args.events, 1_000_000)),
    }
    server = subprocess.Popen(
        [str(BIN / "timeline"), "serve", "--port", str(port), "--workers", "1"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_until_up(port, "/api/v1/health", server)
        (worker,) = children(server.pid)
        before = memory_kb(worker, "VmRSS")
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
        conn.request("GET", f"/api/v1/events?limit=all&format={args.format}")
        response = conn.getresponse()
        total = int(response.getheader("X-Total-Count"))
        print(
            f"GET /api/v1/events?limit=all&format={args.format}: {response.status}, "
            f"{total:,} events, Transfer-Encoding {response.getheader('Transfer-Encoding')}, "
            f"Content-Length {response.getheader('Content-Length')}"
        )
        print(f"worker RSS before the request: {before / 1024:.1f} MB\n")
        print(f"{'events':>10} {'MB read':>9} {'worker RSS MB':>14} {'events/s':>10}")
        began, read, lines, mark = time.perf_counter(), 0, 0, 1
        while chunk := response.read(65536):
            read += len(chunk)
            lines += chunk.count(b"\n")
            if lines >= mark * total / 10:
                rate = lines / (time.perf_counter() - began)
                print(
                    f"{lines:10,} {read / 1e6:9.1f} {memory_kb(worker, 'VmRSS') / 1024:14.1f} "
                    f"{rate:10,.0f}",
                    flush=True,
                )
                mark += 1
        elapsed = time.perf_counter() - began
        print(
            f"\n{read / 1e6:.0f} MB in {elapsed:.1f} s; worker peak RSS (VmHWM) "
            f"{memory_kb(worker, 'VmHWM') / 1024:.1f} MB"
        )
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
