"""Readers and writers at once (issue 12): 4 ingesting processes (each with URLs of its own
and the same shared URLs, updated in a race) and 8 reading threads on one ``timeline serve``,
on SQLite and PostgreSQL: 0 errors seen by readers, 0 lost or duplicated articles. A small
run of ``bench/concurrency.py``, which runs larger ones."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

_SPEC = importlib.util.spec_from_file_location(
    "bench_concurrency", Path(__file__).resolve().parents[1] / "bench" / "concurrency.py"
)
concurrency = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(concurrency)


def test_readers_see_no_errors_and_writers_lose_nothing(database_url, tmp_path):
    url = None if database_url.startswith("sqlite") else database_url
    result = concurrency.run(url, writers=4, readers=8, articles=12, shared=6, workdir=tmp_path)
    assert result["problems"] == []
    assert result["reader_errors"] == 0 and result["requests"] > 0
    assert result["articles"] == result["expected"] == 4 * 12 + 6
