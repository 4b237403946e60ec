"""Day-first or month-first: how a numeric date such as "3/4/2021" is read.

The order comes from a locale ("en-US", "en-GB", "fr") through ``resources/date_orders.tsv``:
a locale's row wins over its language's, and anything unknown (or no locale at all) is
month-first, as English news is. :func:`timeline.temporal.tag` sets it for the rules of one
call (:data:`DAY_FIRST`, a context variable, so concurrent calls do not interfere); a rule
reads it with :func:`day_first`. A numeric date that cannot be month-first ("31/10/1974") is
read day-first whatever the locale; and without a locale, chat whose own numeric dates show one
order only ("12/03/2025" beside "14/03/2025", an export's stamps) is read in that order
throughout (:func:`order_shown`); where none shows one, stamps (dates that open a line) that
would lie after the day of the text's reference month-first and on or before it day-first are
day-first ("06/05/2026, 08:12" in an export of 6 May 2026: a chat cannot hold a message from
June); where both keep them on or before it, the order whose last stamp lies within a month of
the reference, the other's not, is the export's ("03/12/2026" in an export of 3 December 2026),
and so is the order that keeps all of them within a month of it, the other not ("10/12/2026",
"11/12/2026" and "12/12/2026", which reads the same either way, in one of 12 December 2026).
"""

from __future__ import annotations

import re
from contextvars import ContextVar
from datetime import date
from functools import cache
from importlib import resources

#: True while tagging text of a day-first locale.
DAY_FIRST: ContextVar[bool] = ContextVar("day_first", default=False)


@cache
def _orders() -> dict[str, str]:
    text = resources.files("timeline.temporal").joinpath("resources/date_orders.tsv")
    out = {}
    for line in text.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            key, order = line.split("\t")[:2]
            out[key.strip().lower()] = order.strip()
    return out


def order_of(locale: str | None) -> str:
    """``MDY``, ``DMY`` or ``YMD`` for a locale ("en-GB", "en_gb", "fr-CA") or language."""
    if not locale:
        return "MDY"
    key = locale.strip().lower().replace("_", "-")
    orders = _orders()
    return orders.get(key) or orders.get(key.split("-")[0]) or "MDY"


def is_day_first(locale: str | None) -> bool:
    return order_of(locale) == "DMY"


def day_first() -> bool:
    """Whether the text being tagged writes the day before the month."""
    return DAY_FIRST.get()


def month_day(a: int, b: int) -> tuple[int, int] | None:
    """(month, day) of a numeric date written ``a``/``b`` in the current order, or the other
    order when only that one is a date; None if neither is."""
    first = (b, a) if day_first() else (a, b)
    for month, day in (first, first[::-1]):
        if 1 <= month <= 12 and 1 <= day <= 31:
            return month, day
    return None


#: A numeric date with its year: "14/03/2025", "3.4.21" (not inside a longer run of digits).
_NUMERIC_DATE = re.compile(r"(?<![\d/.])(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})(?![\d/])")


def _after(year: int, month: int, day: int, latest: date) -> bool:
    """Whether month ``month``, day ``day`` of ``year`` is a date after ``latest``."""
    try:
        return date(year, month, day) > latest
    except ValueError:
        return False


#: how far before the reference an export's last stamp may lie in the order it writes
_STAMP_REACH_DAYS = 31


def _latest(last: date | None, year: int, month: int, day: int) -> date | None:
    """The later of ``last`` and month ``month``, day ``day`` of ``year`` (when a date)."""
    try:
        this = date(year, month, day)
    except ValueError:
        return last
    return this if last is None or this > last else last


def _earliest(first: date | None, year: int, month: int, day: int) -> date | None:
    """The earlier of ``first`` and month ``month``, day ``day`` of ``year`` (when a date)."""
    try:
        this = date(year, month, day)
    except ValueError:
        return first
    return this if first is None or this < first else first


def _opens_line(text: str, at: int) -> bool:
    """Whether the date at ``at`` opens a line, maybe after "[": an export's stamp."""
    if at and text[at - 1] == "[":
        at -= 1
    return not at or text[at - 1] == "\n"


def _near_day_first_only(latest: date, day_first: date | None, month_first: date | None) -> bool:
    """Whether a stamp read day-first lies within :data:`_STAMP_REACH_DAYS` of ``latest`` and
    the same stamp read month-first does not."""
    return (
        day_first is not None
        and month_first is not None
        and (latest - day_first).days <= _STAMP_REACH_DAYS < (latest - month_first).days
    )


def order_shown(text: str, latest: date | None = None) -> bool | None:
    """True if the numeric dates of ``text`` show it writes the day first (one has a first
    number above 12: "14/03/2025") and none shows the month first ("03/14/2025"), False for
    the reverse, None when none shows an order or both do (:func:`timeline.temporal.tag` asks
    it of chat with a slash only). Where none shows an order, a ``latest`` day (the
    reference's) decides: True when some of the dates that open a line (an export's stamps) would
    lie after it month-first and none day-first ("06/05/2026, 08:12" in an export of 6 May 2026
    is not from June; a date in a message may be a plan's)."""
    day, month = False, False
    ahead_month_first = ahead_day_first = 0
    #: the last stamp each order reads, to compare how near the reference each leaves them
    last_month_first: date | None = None
    last_day_first: date | None = None
    #: and the first, for an export whose last stamp reads the same either way ("12/12/2026")
    first_month_first: date | None = None
    first_day_first: date | None = None
    for m in _NUMERIC_DATE.finditer(text):
        a, b = int(m.group(1)), int(m.group(2))
        if 12 < a <= 31 and 1 <= b <= 12:
            day = True
        elif 12 < b <= 31 and 1 <= a <= 12:
            month = True
        elif latest is not None and a != b and _opens_line(text, m.start()):
            year = int(m.group(3))
            year += 2000 if year < 100 else 0
            ahead_month_first += _after(year, a, b, latest)
            ahead_day_first += _after(year, b, a, latest)
            last_month_first = _latest(last_month_first, year, a, b)
            last_day_first = _latest(last_day_first, year, b, a)
            first_month_first = _earliest(first_month_first, year, a, b)
            first_day_first = _earliest(first_day_first, year, b, a)
    if not day and not month and ahead_month_first and not ahead_day_first:
        return True
    if (
        not day
        and not month
        and not ahead_month_first
        and not ahead_day_first
        and latest is not None
        and (
            # both orders keep the stamps on or before the reference: an export ends near the
            # day it was taken, so the order that puts its last stamp within a month of it is
            # the export's ("03/12/2026, 22:06" in an export of 3 December 2026, not 12 March)
            _near_day_first_only(latest, last_day_first, last_month_first)
            # the same when every stamp lies within a month of it in one order only, though its
            # last stamp reads the same either way ("10/12/2026" ... "12/12/2026" in an export
            # of 12 December: not a message a month from 12 October on; s39-informal)
            or _near_day_first_only(latest, first_day_first, first_month_first)
        )
    ):
        return True
    if day == month:
        return None
    return day
