"""Epoch milliseconds, the time unit of Grafana (``${__from}``, ``range.from`` in ms) and of
JavaScript, accepted wherever a time is read."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

#: A run of at least 11 digits (optionally negative): epoch milliseconds. Shorter digit runs
#: stay ISO 8601 (``20220514`` is a basic-format date); 11 digits reach back to 1973.
_EPOCH_MS = re.compile(r"-?\d{11,18}")

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def from_epoch_ms(text: str) -> datetime | None:
    """``text`` as a UTC datetime when it is epoch milliseconds, else ``None``. Raises
    ``ValueError`` for milliseconds outside the calendar."""
    text = text.strip()
    if not _EPOCH_MS.fullmatch(text):
        return None
    try:
        return _EPOCH + timedelta(milliseconds=int(text))
    except OverflowError:
        raise ValueError(f"epoch milliseconds outside the calendar: {text}") from None
