"""Ranges of years written with a dash: "in 1944–45", "(1911–1984)", "between 1921-25". Each
end is a date of its own, as TimeML annotates "from 1939 to 1945" (the second end completed
by the first's century when it is written with two digits: "45" = 1945);
:func:`timeline.temporal.signals.link_ranges` links the two into one event. Only where the
range locates something in time (after a word of ``year_range_leads.tsv``, a parenthesis or at
the start of a sentence): "the 2010-11 season" names a season, "scores of 2010-11" are not
years.
"""

from __future__ import annotations

import re

from ..lexicon import words
from ..rule import Found, Rule
from ..values import CalendarDate
from .absolute import T_YEAR
from .common import prev_word

_LEADS = words("year_range_leads")
#: How far a range written with two digits may reach ("1944–45", "1990–99"); with four, a
#: century.
_SHORT_REACH = 20
_SENTENCE_END = re.compile(r"[^\W\d_]{4,}[.!?]$|\d[.!?]$")
_PATTERN = (
    r"(?<![\w.,$/-])(?P<first>1\d{3}|20\d{2})\s{0,1}(?P<dash>[-–—])\s{0,1}"
    r"(?P<end>1\d{3}|20\d{2}|\d{2})(?![\w%]|[.,]\d|[-–—]\d)"
)


def _end_year(m: re.Match[str]) -> int | None:
    """The second year of the range, or None if the match is no range of years."""
    first, raw = int(m.group("first")), m.group("end")
    if len(raw) == 2:
        end = first // 100 * 100 + int(raw)
        if end <= first:
            end += 100  # "1999–00"
        if end - first > _SHORT_REACH:
            return None
    else:
        end = int(raw)
        if not first < end <= first + 100:
            return None
    before = m.string[max(0, m.start() - 3) : m.start()]
    if before.rstrip().endswith("(") or not before.strip() or "\n" in before:
        return end
    word = prev_word(m)
    if word.lower() in _LEADS:
        return end
    # the start of a sentence: after a word of four letters or more and its period, not an
    # abbreviation ("pp. 1872-73")
    return end if _SENTENCE_END.search(word) else None


def build_first(m: re.Match[str]) -> Found | None:
    """ "1872" of "in 1872-73" (the year rule leaves a year before a hyphen and digits)."""
    if _end_year(m) is None:
        return None
    return Found("DATE", CalendarDate(int(m.group("first"))), trim_end=m.end() - m.end("first"))


def build_second(m: re.Match[str]) -> Found | None:
    """ "45" of "in 1944–45": 1945 (only "45" is in the span)."""
    end = _end_year(m)
    if end is None:
        return None
    return Found("DATE", CalendarDate(end), trim_start=m.start("end") - m.start())


RULES = (
    Rule(
        "date_year_range_first",
        "<year> - <year>",
        _PATTERN,
        build_first,
        trigger=T_YEAR,
    ),
    Rule(
        "date_year_range_second",
        "<year> - <year|yy>",
        _PATTERN,
        build_second,
        trigger=T_YEAR,
    ),
)
