"""Times of day: "10 a.m.", "3:30 p.m. EST", "noon", "midnight", "10 p.m. Wednesday",
"5 p.m. EST, Nov. 9". Named time zones are honoured: the interval is computed in that zone.
"""

from __future__ import annotations

import re

from ..lexicon import lookup
from ..rule import Found, Rule
from ..values import CalendarDate, ClockTime, DayOffset, Spec, WeekdayRef
from .common import (
    MONTH,
    NUM_WORD,
    SP,
    T_DIGIT,
    TZ,
    WEEKDAY,
    group,
    month_number,
    weekday_number,
    whole_number,
)

_AMPM = r"(?P<ampm>[ap]\.?\s?m\b\.?)"
_ZONE = rf"(?:{SP}\(?(?-i:(?P<tz>{TZ}))\)?)?"
_ON = (
    rf"(?:,?{SP}(?:on{SP})?(?:(?P<wd>{WEEKDAY})|(?P<deictic>today|yesterday|tomorrow)|"
    rf"(?P<month>{MONTH}){SP}(?P<day>\d{{1,2}})(?!\d)(?:,?{SP}(?P<year>\d{{4}})(?!\d))?))?"
)


def _base(m: re.Match[str]) -> Spec | None:
    if group(m, "wd"):
        return WeekdayRef(weekday_number(m.group("wd")))
    if group(m, "deictic"):
        return DayOffset(int(lookup("deictic_days", m.group("deictic"))))
    if group(m, "month"):
        year = int(m.group("year")) if group(m, "year") else None
        return CalendarDate(year, month_number(m.group("month")), int(m.group("day")))
    return None


def _zone(m: re.Match[str]) -> int | None:
    tz = group(m, "tz")
    return int(lookup("timezones", tz)) if tz else None


def build_clock(m: re.Match[str]) -> Found | None:
    h = int(m.group("h"))
    minute = int(m.group("mi") or 0)
    ampm = group(m, "ampm")
    if minute > 59:
        return None
    if ampm:
        if not 1 <= h <= 12:
            return None
        pm = ampm.lower().startswith("p")
        h = (h % 12) + (12 if pm else 0)
    elif h > 23 or m.group("mi") is None:
        return None
    unit = "minute" if m.group("mi") is not None else "hour"
    # "3:30" (not "03:30", not "3:30 p.m."): with a preferred direction, the next 3:30 on a
    # 12-hour clock
    twelve = not ampm and 1 <= h <= 12 and not m.group("h").startswith("0")
    return Found("TIME", ClockTime(h, minute, unit, _base(m), _zone(m), twelve_hour=twelve))


def build_word_clock(m: re.Match[str]) -> Found | None:
    n = whole_number(m.group("hw"))
    if n is None or not 1 <= n <= 12:
        return None
    h = n % 12
    ampm = (group(m, "ampm") or "").lower()
    pod = (group(m, "pod") or "").lower()
    if ampm.startswith("p") or pod in ("afternoon", "evening", "night"):
        h += 12
    twelve = not ampm and not pod  # "8 o'clock": with a preferred direction, the next 8:00
    return Found("TIME", ClockTime(h, 0, "hour", _base(m), _zone(m), twelve_hour=twelve))


def build_noon(m: re.Match[str]) -> Found | None:
    if (
        m.group("word")[0].isupper()
        and m.string[max(0, m.start() - 5) : m.start()].strip()[-1:].isalpha()
    ):
        return None  # "High Noon"
    h = 24 if m.group("word").lower() == "midnight" else 12
    return Found("TIME", ClockTime(h, 0, "hour", _base(m), _zone(m)))


RULES = (
    Rule(
        "time_clock",
        "<h>[:<mm>] a.m.|p.m. [<zone>] [<day>]",
        rf"(?P<h>\d{{1,2}})(?:[:.](?P<mi>\d{{2}}))?\s{{0,2}}{_AMPM}{_ZONE}{_ON}",
        build_clock,
        priority=2,
        trigger=T_DIGIT,
    ),
    Rule(
        "time_clock_24h",
        "<hh>:<mm> [<zone>]",
        rf"(?P<h>\d{{1,2}}):(?P<mi>\d{{2}})(?![:\d]){_ZONE}{_ON}",
        build_clock,
        priority=1,
        trigger=T_DIGIT,
    ),
    Rule(
        "time_oclock",
        "<n> o'clock",
        rf"(?P<hw>\d{{1,2}}|{NUM_WORD})\s{{0,2}}o['’]?clock(?:\s{{0,2}}{_AMPM})?"
        rf"(?:{SP}in{SP}the{SP}(?P<pod>morning|afternoon|evening))?{_ZONE}{_ON}",
        build_word_clock,
        priority=2,
        trigger=r"o?clock",
    ),
    Rule(
        "time_noon",
        "noon|midnight [<day>]",
        rf"(?:12{SP})?(?P<word>noon|midnight|midday|mid{SP}day){_ZONE}{_ON}",
        build_noon,
        priority=3,
        trigger=r"(?:noon|midnight|midday|mid$)",
    ),
)
