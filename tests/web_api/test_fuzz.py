"""Schemathesis over the whole served document, every phase, ``--checks all``, with API keys
configured and without, on SQLite and PostgreSQL: 0 failures (issue 12). Bounded here (a
few examples per operation and phase); ``bench/fuzz.py`` runs the large ones whose figures
are in docs/reliability.md."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

_SPEC = importlib.util.spec_from_file_location(
    "bench_fuzz", Path(__file__).resolve().parents[2] / "bench" / "fuzz.py"
)
fuzz = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(fuzz)


@pytest.mark.parametrize("config", ["open", "keys"])
def test_the_whole_document_holds_under_every_check(database_url, tmp_path, config):
    url = None if database_url.startswith("sqlite") else database_url
    result = fuzz.run(config, examples=5, seed=12, database_url=url, workdir=tmp_path)
    assert "Selected: 22/22" in result["output"], result["output"][-3000:]
    assert result["cases"] > 500, result["output"][-3000:]
    assert result["failures"] == 0 and result["exit"] == 0, result["output"][-6000:]
