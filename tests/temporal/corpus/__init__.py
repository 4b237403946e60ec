"""The tagger's example corpora (Duckling/ctparse style) and the code that reads them.

Each ``*.toml`` file here other than ``negative.toml`` and ``spans.toml`` holds one rule
family's examples, all resolved against the file's pinned ``reference`` (a TOML date or offset
datetime; a case may override it with its own ``reference``)::

    family = "modifiers"
    reference = 2022-05-14          # Saturday; a date means midnight UTC
    cases = [
      { text = "late Wednesday", sentence = "The ministry said late Wednesday that ...",
        type = "DATE", value = "2022-05-11", mod = "END",
        interval = ["2022-05-11T16:00", "2022-05-12"] },
    ]

A case's fields:

- ``text``: the expression; it must occur exactly once, as whole words, in ``sentence``
  (default: the text alone). The sentence carries the tense that orients underspecified dates.
- ``type``, ``value``: the expected TIMEX3 type and value. ``mod``: the modifier (absent = none).
- ``interval``: ``[start, end]`` of the expression itself, ISO strings; a date or a datetime
  without an offset is in the reference's own offset. Absent or ``false``: no interval.
- optional checks: ``granularity``, ``signal`` (the governing signal word), ``freq``, ``quant``,
  ``event_interval`` (what :func:`timeline.temporal.event_interval` gives), ``rule`` (the id of
  the rule that must produce it).
- ``prefer``: tag with this direction for text without tense (``past``, ``future``,
  ``nearest``; see :func:`timeline.temporal.tag`), as an isolated phrase is read.

``negative.toml`` lists sentences in which nothing may be tagged (or, with ``at``, nothing
overlapping that substring); ``spans.toml`` lists sentences with the exact expected spans.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, tzinfo
from pathlib import Path
from typing import Any

CORPUS_DIR = Path(__file__).parent
SPECIAL = {"negative", "spans"}

_CASE_KEYS = {
    "text",
    "sentence",
    "type",
    "value",
    "mod",
    "interval",
    "granularity",
    "signal",
    "freq",
    "quant",
    "event_interval",
    "reference",
    "note",
    "rule",
    "prefer",
    "document_type",
    "background",
}
_REQUIRED = {"text", "type", "value"}


def reference_tz(reference: date | datetime) -> tzinfo:
    """The offset the reference's calendar lives in (a date or naive datetime: UTC)."""
    if isinstance(reference, datetime) and reference.tzinfo is not None:
        return reference.tzinfo
    return UTC


def parse_instant(text: str, tz: tzinfo) -> datetime:
    """``"2022-05-11"`` → midnight in ``tz``; ``"2022-05-11T16:00"`` → in ``tz``; with an
    offset → as written."""
    if len(text) == 10:
        return datetime.combine(date.fromisoformat(text), time(), tz)
    value = datetime.fromisoformat(text)
    return value if value.tzinfo else value.replace(tzinfo=tz)


def find_words(sentence: str, text: str) -> list[int]:
    """Start offsets of ``text`` in ``sentence`` as whole words."""
    pattern = r"(?<!\w)" + re.escape(text) + r"(?!\w)"
    return [m.start() for m in re.finditer(pattern, sentence)]


@dataclass(frozen=True, slots=True)
class Case:
    """One positive example, with the offsets of its text in its sentence."""

    family: str
    text: str
    sentence: str
    start: int
    reference: date | datetime
    type: str
    value: str
    mod: str | None
    interval: tuple[datetime, datetime] | None
    checks: dict[str, Any]
    prefer: str | None = None
    #: how the sentence is tagged (``tag(..., document_type=...)``): the case's, else the
    #: file's ``document_type``, else ``auto``
    document_type: str = "auto"

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    def where(self) -> str:
        return f"{self.family}.toml: {self.text!r} in {self.sentence!r} at {self.reference}"


def _interval(raw: Any, tz: tzinfo, where: str) -> tuple[datetime, datetime] | None:
    if raw is False or raw is None:
        return None
    if not (isinstance(raw, list) and len(raw) == 2):
        raise ValueError(f"{where}: interval must be [start, end] or false")
    start, end = (parse_instant(x, tz) for x in raw)
    if not start < end:
        raise ValueError(f"{where}: empty interval {raw}")
    return start, end


def load_family(path: Path) -> list[Case]:
    """Every case of one family file, validated (unknown keys, missing text, bad intervals)."""
    from timeline.temporal.types import GRANULARITIES, MODS, TYPES

    data = tomllib.loads(path.read_text(encoding="utf-8"))
    family = data.get("family", path.stem)
    cases = []
    for raw in data["cases"]:
        where = f"{path.name}: {raw.get('text')!r}"
        if unknown := set(raw) - _CASE_KEYS:
            raise ValueError(f"{where}: unknown keys {sorted(unknown)}")
        if missing := _REQUIRED - set(raw):
            raise ValueError(f"{where}: missing keys {sorted(missing)}")
        reference = raw.get("reference", data["reference"])
        tz = reference_tz(reference)
        sentence = raw.get("sentence", raw["text"])
        starts = find_words(sentence, raw["text"])
        if len(starts) != 1:
            raise ValueError(f"{where}: must occur once in {sentence!r}, found {len(starts)}")
        if raw["type"] not in TYPES or raw.get("mod", "START") not in MODS:
            raise ValueError(f"{where}: bad type or mod")
        if raw.get("granularity", "day") not in GRANULARITIES:
            raise ValueError(f"{where}: bad granularity {raw['granularity']!r}")
        checks = {
            k: raw[k]
            for k in ("granularity", "signal", "freq", "quant", "rule", "background")
            if k in raw
        }
        if "event_interval" in raw:
            checks["event_interval"] = _interval(raw["event_interval"], tz, where)
        cases.append(
            Case(
                family=family,
                text=raw["text"],
                sentence=sentence,
                start=starts[0],
                reference=reference,
                type=raw["type"],
                value=raw["value"],
                mod=raw.get("mod"),
                interval=_interval(raw.get("interval"), tz, where),
                checks=checks,
                prefer=raw.get("prefer"),
                document_type=raw.get("document_type", data.get("document_type", "auto")),
            )
        )
    return cases


def family_files() -> list[Path]:
    return sorted(p for p in CORPUS_DIR.glob("*.toml") if p.stem not in SPECIAL)


def load_all() -> list[Case]:
    """The cases of every family file, in file order."""
    return [case for path in family_files() for case in load_family(path)]


def load_special(name: str) -> dict[str, Any]:
    """``negative.toml`` or ``spans.toml`` as parsed TOML."""
    return tomllib.loads((CORPUS_DIR / f"{name}.toml").read_text(encoding="utf-8"))


def utc_pair(interval: Any) -> tuple[str, str] | None:
    """An interval (object with start/end, or a pair) as UTC ISO strings, for readable diffs."""
    if interval is None:
        return None
    start, end = (interval.start, interval.end) if hasattr(interval, "start") else interval
    return start.astimezone(UTC).isoformat(), end.astimezone(UTC).isoformat()
