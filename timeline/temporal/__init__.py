"""timeline.temporal: find and resolve temporal expressions in English news text.

    >>> from datetime import date
    >>> [(t.text, t.value) for t in tag("He said late Wednesday it rained.", date(2022, 5, 14))]
    [('late Wednesday', '2022-05-11')]

:func:`tag` returns :class:`Timex` records (TIMEX3 type, value, mod, interval, the rule that
produced it); :func:`event_interval` turns an expression and its signal ("since", "until") into
the interval of the event it dates; :func:`sentence_tense` is the tense heuristic the tagger
uses; :func:`read` is :func:`tag` that also hands back the text's sentences and their tenses
(:class:`Reading`, what ingestion dates events with); :data:`RULES` lists every rule;
:data:`DOCUMENT_TYPES` are the kinds of text ``tag`` reads (news, narrative, colloquial,
auto). See ``docs/temporal.md``.
"""

from .engine import Reading, read, tag
from .narrative import DOCUMENT_TYPES
from .rules import RULES
from .signals import event_interval
from .tense import sentence_tense
from .types import Interval, Timex

__all__ = [
    "DOCUMENT_TYPES",
    "RULES",
    "Interval",
    "Reading",
    "Timex",
    "event_interval",
    "read",
    "sentence_tense",
    "tag",
]
