"""Score floors on the development set (TimeBank + AQUAINT, each document's DCT as the
reference), with the TempEval-3 Task A metrics of :mod:`timeline.evaluation`.

The floors are the targets of the tagger's issue, set above HeidelTime on the same data
(relaxed F1 0.920, strict F1 0.839, value F1 0.773). A change that drops a score under its floor
fails here; `timeline eval DIR --errors` shows what changed. Skips where the data is absent.
"""

from __future__ import annotations

import pytest
from shared_data import DEV_SET

from timeline.evaluation import evaluate, load_documents, timeline_tagger

FLOORS = {"relaxed_f1": 0.92, "strict_f1": 0.85, "value_f1": 0.82}


@pytest.fixture(scope="module")
def scores():
    if not DEV_SET.exists():
        pytest.skip(f"development set not on this machine: {DEV_SET}")
    return evaluate(load_documents(DEV_SET), timeline_tagger).scores()


@pytest.mark.parametrize("metric", sorted(FLOORS))
def test_score_floor(scores, metric):
    assert scores[metric] >= FLOORS[metric], f"{metric} {scores[metric]:.4f}"
