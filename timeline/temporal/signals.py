"""Signals: the words that govern an expression ("since April", "until Friday", "from March to
May") and the interval of the event an expression dates.

The signal is not part of the expression's span (TimeML); it is recorded on the Timex in lower
case, and :func:`event_interval` turns it into the interval of the event:

- since X -> [X.start, reference)
- until / till / through / by X -> [reference, X.end)
- from X to Y, between X and Y -> [X.start, Y.end) (on both X and Y)
- anything else -> X's own interval
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime

from .types import Interval, Timex

_SIGNAL = re.compile(
    r"(?<![\w])(?P<signal>since|until|till|through|by|from|to|between|before|after|and)"
    r"\s{1,3}$",
    re.IGNORECASE,
)
_RANGE_JOIN = re.compile(r"\s{0,3}(?:to|and|until|till|through|-|–|—)\s{0,3}", re.IGNORECASE)
_OPENERS = {"from": ("to", "until", "till", "through", "-", "–", "—"), "between": ("and",)}


def signal_before(text: str, start: int) -> str | None:
    """The signal word right before offset ``start`` (lower case), or None."""
    m = _SIGNAL.search(text, max(0, start - 12), start)
    return m.group("signal").lower() if m else None


def closes_range(text: str, opener: Timex, start: int) -> bool:
    """True if the expression at ``start`` ends a range that ``opener`` opens ("from X to
    Y", "between X and Y")."""
    if opener.signal not in _OPENERS:
        return False
    join = _RANGE_JOIN.fullmatch(text, opener.end, start)
    return bool(join) and join.group().strip().lower() in _OPENERS[opener.signal]


def link_ranges(text: str, timexes: list[Timex]) -> list[Timex]:
    """Mark "from X to Y" / "between X and Y" pairs: X gets ``extra['range_end']`` and Y gets
    ``extra['range_start']`` (ISO datetimes), which :func:`event_interval` uses."""
    out = list(timexes)
    for i in range(len(out) - 1):
        x, y = out[i], out[i + 1]
        if x.interval is None or y.interval is None or not closes_range(text, x, y.start):
            continue
        if not x.interval.start < y.interval.end:
            continue
        out[i] = replace(x, extra={**x.extra, "range_end": y.interval.end.isoformat()})
        out[i + 1] = replace(y, extra={**y.extra, "range_start": x.interval.start.isoformat()})
    return out


def event_interval(timex: Timex, reference: datetime | date) -> Interval | None:
    """The interval of the event that ``timex`` dates, given its signal (see module doc)."""
    from .engine import as_reference

    ref = as_reference(reference)
    own = timex.interval
    if own is None:
        return None
    if "range_end" in timex.extra:
        return Interval(own.start, datetime.fromisoformat(timex.extra["range_end"]))
    if "range_start" in timex.extra:
        return Interval(datetime.fromisoformat(timex.extra["range_start"]), own.end)
    if timex.signal == "since" and own.start < ref:
        return Interval(own.start, ref)
    if timex.signal in ("until", "till", "through", "by") and ref < own.end:
        return Interval(ref, own.end)
    return own
