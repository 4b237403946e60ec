"""timeline.temporal: find and resolve temporal expressions in English news text.

    >>> from datetime import date
    >>> [(t.text, t.value) for t in tag("He said late Wednesday it rained.", date(2022, 5, 14))]
    [('late Wednesday', '2022-05-11')]

:func:`tag` returns :class:`Timex` records (TIMEX3 type, value, mod, interval, the rule that
produced it); :func:`event_interval` turns an expression and its signal ("since", "until") into
the interval of the event it dates; :func:`sentence_tense` is the tense heuristic the tagger
uses; :data:`RULES` lists every rule. See ``docs/temporal.md``.
"""

from .engine import tag
from .rules import RULES
from .signals import event_interval
from .tense import sentence_tense
from .types import Interval, Timex

__all__ = ["RULES", "Interval", "Timex", "event_interval", "sentence_tense", "tag"]
