"""Where the evaluation data that is not part of the project lives.

The TimeBank + AQUAINT development set and the gold-annotated seed article sit in the
``shared/`` folder beside the checkout (CI clones the project next to it); set
``TIMELINE_SHARED_DIR`` to point elsewhere. Tests that need them skip where they are absent.
"""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("TIMELINE_SHARED_DIR") or ROOT.parent / "shared")
DEV_SET = SHARED / "data" / "timebank"
SEEDS = SHARED / "seeds"
