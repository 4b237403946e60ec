"""The rule record and what a rule produces.

A rule is a small named record: a stable ``id`` (shown on every Timex it produces), a readable
``label`` in Duckling style, a regex ``pattern`` with named groups only, and a ``build``
function that turns a match into a :class:`Found` (or ``None`` to reject the match after
looking at it and its context). Each family module under ``rules/`` ends with ``RULES = (...)``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from .values import Spec


@dataclass(frozen=True, slots=True)
class Found:
    """What a rule extracted: TIMEX3 type, the underspecified value and attributes.

    ``trim_start``/``trim_end`` (characters cut from the match start / end, usually 0) let a
    rule trim context it had to match (a leading "the" that TimeML leaves out, a trailing
    signal).
    """

    type: str
    spec: Spec
    mod: str | None = None
    quant: str | None = None
    freq: str | None = None
    trim_start: int = 0
    trim_end: int = 0


Build = Callable[[re.Match[str]], Found | None]


@dataclass(frozen=True)
class Rule:
    """A named extraction rule. ``priority`` breaks ties between equally long matches.

    ``trigger`` is a regex for a word every match contains (a month name, a unit word, a
    digit): the engine runs the rule only in windows around the trigger's occurrences, which
    keeps tagging fast on text with few temporal words. ``documents`` limits a rule to some
    document types (``("colloquial",)``: tweets and chat); empty means every document.
    """

    id: str
    label: str
    pattern: str
    build: Build
    priority: int = 0
    case_sensitive: bool = False
    trigger: str = r"\d"
    documents: tuple[str, ...] = ()
    regex: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        flags = 0 if self.case_sensitive else re.IGNORECASE
        # a temporal expression starts and ends on a word boundary
        full = rf"(?<![\w$£€]){self.pattern}(?![\w])"
        try:
            compiled = re.compile(full, flags)
        except re.error as exc:  # pragma: no cover - a broken rule is a programming error
            raise ValueError(f"rule {self.id}: bad pattern: {exc}") from exc
        if compiled.fullmatch("") is not None:
            raise ValueError(f"rule {self.id}: pattern matches the empty string")
        if compiled.groups != len(compiled.groupindex):
            raise ValueError(f"rule {self.id}: use named groups only")
        object.__setattr__(self, "regex", compiled)
