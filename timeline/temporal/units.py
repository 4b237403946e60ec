"""Time units, read from one table (``resources/en/units.tsv``): the words for each unit,
and what one unit is in a TIMEX3 duration, in an offset and in seconds.

Adding a word for a unit ("sennight") or a unit needs a row in the table and no code: the
rule patterns (:data:`timeline.temporal.rules.common.UNIT`), their triggers, duration values
and offsets all come from here.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from .frozen import fast_init
from .lexicon import rows

#: Seconds in one TIMEX3 duration code that has a fixed length (months and years do not).
_CODE_SECONDS = {"TS": 1, "TM": 60, "TH": 3600, "D": 86400, "W": 604800}


@dataclass(frozen=True, slots=True)
class Unit:
    """A time unit: ``multiplier`` x ``code`` in TIMEX3 (weekend = 2 D), and the unit an
    offset counts in, ``multiplier`` times (decade -> year), if not itself."""

    name: str
    multiplier: int
    code: str
    offset_unit: str | None = None

    @property
    def seconds(self) -> int | None:
        """Seconds in one unit, or None for units counted in months."""
        per = _CODE_SECONDS.get(self.code)
        return None if per is None else per * self.multiplier


fast_init(Unit)


@cache
def _table() -> tuple[dict[str, Unit], dict[str, tuple[str, bool]]]:
    units: dict[str, Unit] = {}
    words: dict[str, tuple[str, bool]] = {}
    for row in rows("units"):
        word, name = row[0].lower(), row[1]
        if word == name:
            units[name] = Unit(name, int(row[2]), row[3], row[4] if len(row) > 4 else None)
            words[word] = (name, False)
        else:
            words[word] = (name, len(row) > 2 and row[2] == "plural")
    unknown = {name for name, _ in words.values()} - set(units)
    if unknown:  # pragma: no cover - a broken table is caught at import by every test
        raise ValueError(f"units.tsv: words for undefined units {sorted(unknown)}")
    return units, words


def unit(name: str) -> Unit:
    """The unit called ``name`` ("week")."""
    return _table()[0][name]


def is_unit(name: str) -> bool:
    """True if ``name`` is a unit of the table ("week"), not a word for one."""
    return name in _table()[0]


def unit_of(word: str) -> str:
    """The unit name of a unit word ("weeks" -> "week", "yr" -> "year")."""
    return _table()[1][" ".join(word.lower().split())][0]


def words(*, plural: bool | None = None, units: tuple[str, ...] | None = None) -> list[str]:
    """The unit words, optionally only singular (``plural=False``) or plural ones, and only
    those of ``units``."""
    return [
        w
        for w, (name, is_plural) in _table()[1].items()
        if (plural is None or is_plural == plural) and (units is None or name in units)
    ]


def duration_value(name: str, n: int | None | str) -> str:
    """The TIMEX3 duration value of ``n`` units: (week, 2) -> P2W, (hour, 24) -> PT24H,
    (week, None) -> PXW, (decade, 2) -> P20Y."""
    u = unit(name)
    prefix, code = ("T", u.code[1:]) if u.code.startswith("T") else ("", u.code)
    count = "X" if n is None or n == "X" else str(int(n) * u.multiplier)
    return f"P{prefix}{count}{code}"


def offset_unit(name: str) -> tuple[str, int]:
    """The unit an offset of ``name`` counts in and how many of it one is: decade ->
    (year, 10), week -> (week, 1); a name that is no unit of the table counts in itself."""
    u = _table()[0].get(name)
    return (u.offset_unit, u.multiplier) if u and u.offset_unit else (name, 1)
