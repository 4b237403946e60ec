"""The values the tagger returns: :class:`Timex` and its :class:`Interval`."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from .frozen import fast_init

#: TIMEX3 types.
TYPES = ("DATE", "TIME", "DURATION", "SET")

#: TIMEX3 modifiers (TimeML 1.2 ``mod``).
MODS = (
    "START",
    "MID",
    "END",
    "APPROX",
    "BEFORE",
    "AFTER",
    "ON_OR_BEFORE",
    "ON_OR_AFTER",
    "EQUAL_OR_LESS",
    "EQUAL_OR_MORE",
    "LESS_THAN",
    "MORE_THAN",
)

#: Granularities of an interval, finest first.
GRANULARITIES = (
    "minute",
    "hour",
    "partofday",
    "day",
    "weekend",
    "week",
    "month",
    "quarter",
    "half",
    "season",
    "year",
    "decade",
    "century",
)


@dataclass(frozen=True, slots=True)
class Interval:
    """A half-open interval ``[start, end)`` of timezone-aware datetimes."""

    start: datetime
    end: datetime

    def __post_init__(self) -> None:
        if self.start.tzinfo is None or self.end.tzinfo is None:
            raise ValueError("interval bounds must be timezone-aware")
        if not self.start < self.end:
            raise ValueError(f"empty interval: {self.start} >= {self.end}")


fast_init(Interval)


@dataclass(frozen=True, slots=True)
class Timex:
    """One temporal expression found in a text and resolved against a reference time.

    ``start``/``end`` are Python str offsets into the tagged text; ``text == source[start:end]``.
    ``interval`` is the extent of the expression itself on the timeline (``None`` for vague
    references, durations that are not anchored and sets). ``signal`` is a governing word such
    as ``since`` or ``until`` that shapes the interval of the event the expression dates (see
    :func:`timeline.temporal.event_interval`). ``rule`` is the id of the rule that produced it.
    """

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None
    interval: Interval | None = None
    granularity: str | None = None
    rule: str = ""
    signal: str | None = None
    quant: str | None = None
    freq: str | None = None
    extra: dict[str, str] = field(default_factory=dict, compare=False)

    def to_json(self) -> dict[str, object]:
        """The JSON shape of ``timeline tag --format json`` (shown in README.md)."""
        d: dict[str, object] = {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "type": self.type,
            "value": self.value,
            "mod": self.mod,
            "interval": (
                {"start": self.interval.start.isoformat(), "end": self.interval.end.isoformat()}
                if self.interval
                else None
            ),
            "granularity": self.granularity,
            "rule": self.rule,
        }
        if self.signal:
            d["signal"] = self.signal
        if self.quant:
            d["quant"] = self.quant
        if self.freq:
            d["freq"] = self.freq
        return d


fast_init(Timex)


__all__ = ["GRANULARITIES", "MODS", "TYPES", "Interval", "Timex"]
