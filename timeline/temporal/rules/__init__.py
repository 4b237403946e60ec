"""The rule families. Each module ends with its own ``RULES`` tuple; this one concatenates them
in a fixed order (which breaks the last ties between equally long, equally prioritised
matches)."""

from __future__ import annotations

from ..rule import Rule
from . import (
    absolute,
    clock,
    colloquial,
    durations,
    night,
    numeric,
    ordinal,
    ranges,
    relative,
    sets,
    times,
    vague,
)

RULES: tuple[Rule, ...] = (
    *times.RULES,
    *clock.RULES,
    *absolute.RULES,
    *numeric.RULES,
    *ordinal.RULES,
    *ranges.RULES,
    *relative.RULES,
    *night.RULES,
    *sets.RULES,
    *durations.RULES,
    *vague.RULES,
    *colloquial.RULES,
)

_ids = [r.id for r in RULES]
if len(set(_ids)) != len(_ids):  # pragma: no cover - caught at import by every test
    raise ValueError("duplicate rule ids")
