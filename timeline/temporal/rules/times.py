"""Times of day: "10 a.m.", "3:30 p.m. EST", "noon", "midnight", "10 p.m. Wednesday",
"5 p.m. EST, Nov. 9", "10 a.m. Eastern time on Wednesday", "10:30 a.m. Kyiv time", "14:00 GMT+3".

A zone written after the clock time binds to it, and so does a day written after the zone:
fixed-offset abbreviations (EST, CEST: ``timezones.tsv``), a region's civil time (ET, "Eastern
time", "Kyiv time": ``zone_names.tsv``, IANA zones whose offset on that day comes from the
IANA database), "GMT+3"/"UTC-5" and "local time" (the article's own offset). The interval is
computed in that zone.
"""

from __future__ import annotations

import re
from itertools import islice

from ..compose import SMALL_HOURS_END
from ..lexicon import alt, lookup, table, words
from ..rule import Found, Rule
from ..values import CalendarDate, ClockTime, DayOffset, Fixed, ShiftFrom, Spec, WeekdayRef
from .common import (
    HOURS_BOUND,
    HOURS_TO,
    MONTH,
    NUM_WORD,
    ONE_WEEK_AFTER,
    OPENING_HOUR,
    SP,
    T_DIGIT,
    TO_WEEKDAY,
    TZ,
    TZ_LOWER,
    WEEKDAY,
    WEEKDAY_ANY,
    ZONE_ABBREV,
    ZONE_REGION,
    ZONE_WORDS,
    group,
    isolated,
    month_number,
    prev_word,
    weekday_number,
    whole_number,
)

#: "a.m.", "am", "a m"; a period after "am"/"pm" ends the sentence and stays out ("6pm.").
_AMPM = r"(?P<ampm>[ap](?:\.\s?m\b\.?|\s?m\b))"
#: "shortly before 2 a.m.", "just after noon": in the span, with mod BEFORE / AFTER (the hour
#: before or after the time, see calendar.narrow).
#: The words of ``near_words.tsv``.
_NEAR = rf"(?P<near>{alt('near_words')}){SP}(?P<side>before|after){SP}"
_NEAR_TRIGGER = rf"(?:{alt('near_words')})$"
#: A zone after a clock time: "GMT+3", an abbreviation in capitals ("EST", "ET") or, for the
#: fixed-offset ones of three letters or more, in lower case ("8:00 gmt", "9 am pst"), a zone
#: in words ("Kyiv time"); in parentheses or not ("9 am (BST)"; a closing parenthesis only
#: with its opening one: "(about 1.10pm SGT)" is "1.10pm SGT").
_ZONE_BODY = (
    rf"(?P<zcomma>,)?\s{{0,3}}(?P<zopen>\()?(?:(?-i:(?P<gmt>GMT|UTC)\s{{0,2}}(?P<off>[-+−]\d{{1,2}})(?::?(?P<offm>\d{{2}}))?)"
    rf"|(?-i:(?P<tz>{TZ}|{ZONE_ABBREV}|{TZ_LOWER}))|(?P<zw>{ZONE_WORDS})|{ZONE_REGION}"
    # "local" alone only before a gloss in parentheses: "6 p.m. local (1500 GMT)"
    rf"|(?P<zl>local)(?=\s{{0,3}}\())"
    rf"(?(zopen)\))(?!\w)"
    # set off by commas before "on" and its day: "5:00 p.m., New York City time, on June 30"
    rf"(?(zcomma),(?=\s{{1,3}}on\s))"
)
_ZONE = rf"(?:{_ZONE_BODY})?"
#: A zone abbreviation alone, in the same forms ("GMT", "gmt", "(BST)", "UTC+3").
_ZONE_ABBR = (
    rf"\s{{0,3}}(?P<zopen>\()?(?:(?-i:(?P<gmt>GMT|UTC)\s{{0,2}}(?P<off>[-+−]\d{{1,2}})(?::?(?P<offm>\d{{2}}))?)"
    rf"|(?-i:(?P<tz>{TZ}|{ZONE_ABBREV}|{TZ_LOWER})))(?(zopen)\))(?!\w)"
)
_ON = (
    rf"(?:,?{SP}(?:on{SP})?(?:(?P<wd>{WEEKDAY})"
    # not "on Tuesday week", "Thursday fortnight" (s38-wire): a week (two) after that day,
    # date_shift_from_day's, which the clock time then joins (compose._day)
    rf"(?!{SP}(?:week|fortnight)(?![\w'’-]))"
    rf"(?:{SP}(?P<wdpod>morning|afternoon|evening|night)(?![\w-])(?!{SP}(?:{alt('pod_nouns')})\b))?"
    # the date after the weekday: "8 p.m. on Tuesday, Nov. 5", "noon on Saturday 16 March 2024"
    # ("ten past seven on Monday the 4th of March")
    rf"(?:,?{SP}(?:(?P<wmonth>{MONTH}){SP}(?P<wday>\d{{1,2}})(?!\d)|(?:the{SP})?(?P<wday2>\d{{1,2}})"
    rf"(?:st|nd|rd|th)?{SP}(?:of{SP})?(?P<wmonth2>{MONTH})(?![\w-]))(?:,?{SP}(?P<wyear>\d{{4}})(?!\d))?)?"
    rf"|(?P<deictic>{alt('deictic_days')})|"
    rf"(?P<tonight>tonight|tonite|2nite|2night)|"
    rf"(?P<month>{MONTH}){SP}(?P<day>\d{{1,2}})(?!\d)(?:,?{SP}(?P<year>\d{{4}})(?!\d))?)"
    # a zone in words after the day binds to the time but stays out of the span (a look-ahead):
    # "at 3 a.m. Thursday local time", "6 am tmrw Singapore time" (the tweets' gold: "6 am tmrw");
    # so does an abbreviation in capitals (s38-intervals, blind batch 14: "until 6 a.m. Sunday
    # ET", "Polls close at 8 p.m. Tuesday ET": was the article's offset)
    rf"(?:(?={SP}(?:(?P<zw2>{ZONE_WORDS})|(?-i:(?P<za2>{TZ}|{ZONE_ABBREV})))(?!\w)))?)?"
)
_CLOCK = (
    rf"(?P<h>\d{{1,2}})(?:[:.](?P<mi>\d{{2}})(?::(?P<sec>\d{{2}}))?)?\s{{0,2}}{_AMPM}{_ZONE}{_ON}"
)
_CLOCK_24H = rf"(?P<h>\d{{1,2}}):(?P<mi>\d{{2}})(?::(?P<sec>\d{{2}}))?(?!:\d|\d){_ZONE}{_ON}"
_NOON = (
    rf"(?:(?P<the>the{SP})|12\s{{0,3}})?(?P<word>noon|midnight|midnite|midday|mid{SP}day)(?P<ish>ish)?"
    rf"{_ZONE}{_ON}"
)


#: A day after a clock time and its gloss in parentheses ("8 p.m. local time (1900 GMT) on
#: Sunday"), or after a clock time that is itself the gloss ("(1900 GMT) on Sunday"): the day
#: binds to the time although the parenthesis keeps it out of the span.
_GLOSS_DAY = re.compile(
    rf"(?:\s{{0,3}}\((?P<gloss>[^()\n]{{1,30}})\)|(?P<close>\)))\s{{0,3}},?\s{{0,3}}(?:on{SP})?"
    rf"(?:(?P<wd>{WEEKDAY})|(?P<deictic>{alt('deictic_days')})|"
    rf"(?P<month>{MONTH}){SP}(?P<day>\d{{1,2}})(?!\d)(?:,?{SP}(?P<year>\d{{4}})(?!\d))?)(?!\w)",
    re.IGNORECASE,
)


#: A day after a clock time and the same time in another zone after a slash ("8 p.m. ET/5
#: p.m. PT on Tuesday", the broadcasters' way): the day is the first one's too.
_SLASH_DAY = re.compile(
    rf"\s{{0,2}}/\s{{0,2}}(?P<gloss>\d[^/()\n]{{0,18}}?[A-Za-z.])\s{{0,3}},?\s{{0,3}}(?:on{SP})?"
    rf"(?:(?P<wd>{WEEKDAY})|(?P<deictic>{alt('deictic_days')})|"
    rf"(?P<month>{MONTH}){SP}(?P<day>\d{{1,2}})(?!\d)(?:,?{SP}(?P<year>\d{{4}})(?!\d))?)(?!\w)",
    re.IGNORECASE,
)


def _gloss_day(m: re.Match[str]) -> Spec | None:
    """The day after a clock time's gloss in parentheses (see :data:`_GLOSS_DAY`) or after a
    slash (:data:`_SLASH_DAY`), or None."""
    if m.string[m.end() : m.end() + 3].lstrip()[:1] == "/":
        g = _SLASH_DAY.match(m.string, m.end())
        return _written_day(g) if g is not None else None
    if m.string[m.end() : m.end() + 4].lstrip()[:1] not in ("(", ")"):
        return None
    g = _GLOSS_DAY.match(m.string, m.end())
    if g is None:
        return None
    if g.group("close") is not None:
        if m.string[max(0, m.start() - 1) : m.start()] != "(":
            return None
    elif not any(c.isdigit() for c in g.group("gloss")):
        return None  # "(local time)" is read by the zone; "(after the vote)" restates nothing
    return _written_day(g)


def _base(m: re.Match[str]) -> Spec | None:
    """The day a clock time is on, when the text names it after the time."""
    return _written_day(m) or _gloss_day(m)


def night_base(m: re.Match[str], hour: int, base: Spec | None) -> Spec | None:
    """The day of a clock time in the small hours of a night named after it: "1 a.m. tonight",
    "2 a.m. Tuesday night" are on the day after the night's (the night runs 20:00 to 06:00)."""
    night = group(m, "tonight") or (group(m, "wdpod") or "").lower() == "night"
    if base is None or not night or hour >= SMALL_HOURS_END:
        return base
    return ShiftFrom("day", 1, base)


#: The time in UTC that glosses a local time in parentheses, with its day or not: "3:14 a.m.
#: local time (1814 GMT Monday)", "8 p.m. local time (1900 GMT)".
_UTC_GLOSS = re.compile(
    rf"\s{{0,3}}\(\s{{0,2}}(?P<gh>[0-2]?\d):?(?P<gm>[0-5]\d)\s{{0,2}}(?-i:GMT|UTC|Z)"
    rf"(?:\s{{0,3}},?\s{{0,3}}(?:on{SP})?(?P<wd>{WEEKDAY}))?\s{{0,2}}\)",
    re.IGNORECASE,
)


def _local_gloss(m: re.Match[str], hour: int, minute: int) -> tuple[Spec | None, int] | None:
    """For a clock time in "local time", or in no zone, glossed by the time in UTC ("3:14 a.m.
    local time (1814 GMT Monday)", "7 a.m. (0500 GMT)"): (the local day, the local UTC offset
    in minutes). The offset is the
    difference of the two clock times, taken between UTC-12 and UTC+14; a day written in the
    gloss is UTC's, and the local day is that day moved across midnight by the offset (Monday
    18:14 GMT at +09:00 is Tuesday 03:14); a day written after the gloss is the local one.
    None without such a gloss."""
    word = group(m, "zw") or group(m, "zw2")
    if word:
        if lookup("zone_names", word) != "local":
            return None
    elif group(m, "zl"):
        pass  # "6 p.m. local (1500 GMT)"
    elif any(group(m, g) for g in ("tz", "zr", "gmt", "za2")):
        return None  # "7 a.m. (0500 GMT)" without a zone is local time too; "9 p.m. EDT" is not
    g = _UTC_GLOSS.match(m.string, m.end())
    if g is None or int(g.group("gh")) > 23:
        return None
    utc = 60 * int(g.group("gh")) + int(g.group("gm"))
    offset = (60 * (hour % 24) + minute - utc) % (24 * 60)
    if offset > 14 * 60:
        offset -= 24 * 60
    if offset % 15:
        return None  # no zone is offset by other than quarter hours: not a gloss of this time
    if not group(m, "wd") and group(g, "wd"):
        utc_day: Spec = WeekdayRef(weekday_number(g.group("wd")))
        days = (utc + offset) // (24 * 60)
        return (ShiftFrom("day", days, utc_day) if days else utc_day), offset
    return _base(m), offset


def _written_day(m: re.Match[str]) -> Spec | None:
    if group(m, "wd"):
        weekday = weekday_number(m.group("wd"))
        month = group(m, "wmonth") or group(m, "wmonth2")
        if month:  # "on Tuesday, March 12 [, 2024]": that date (in a year where it is a Tuesday)
            year = int(m.group("wyear")) if group(m, "wyear") else None
            day = int(group(m, "wday") or m.group("wday2"))
            return CalendarDate(year, month_number(month), day, None if year else weekday)
        return WeekdayRef(weekday)
    if group(m, "deictic"):
        return DayOffset(int(lookup("deictic_days", m.group("deictic"))))
    if group(m, "tonight"):
        return DayOffset(0)  # "7pm tonight"
    if group(m, "month"):
        year = int(m.group("year")) if group(m, "year") else None
        return CalendarDate(year, month_number(m.group("month")), int(m.group("day")))
    return None


def _zone(m: re.Match[str]) -> tuple[int | None, str | None]:
    """The zone written after a clock time: (fixed UTC offset in minutes, IANA zone name)."""
    if group(m, "gmt"):
        sign = -1 if m.group("off")[0] in "-−" else 1
        hours, minutes = int(m.group("off")[1:]), int(m.group("offm") or 0)
        if hours > 14 or minutes > 59:
            return None, None
        return sign * (60 * hours + minutes), None
    if group(m, "zl"):
        return None, dateline_zone(m.string)  # "local" before its gloss: as "local time"
    region = group(m, "zr")
    if region:
        return None, lookup("zone_regions", region)
    tz = group(m, "tz") or group(m, "zw") or group(m, "zw2") or group(m, "za2")
    if not tz:
        return None, None
    key = " ".join(tz.lower().split())
    if key in table("timezones"):
        return int(lookup("timezones", tz)), None
    zone = lookup("zone_names", tz)
    if zone == "unstated":
        return None, None  # "3pm your time": a zone the text does not name
    return None, (dateline_zone(m.string) if zone == "local" else zone)


#: A wire story's dateline, the city it was filed from: "KYIV, Ukraine (AP) — ", "LONDON, Oct 6
#: (Reuters) - ", "TOKYO (Reuters) -", "WASHINGTON — ". The city in capitals (or capitalized
#: before an agency in parentheses), then maybe a comma and a country or date, then a dash.
_DATELINE = re.compile(
    r"\s{0,3}(?:(?P<caps>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'-]{1,20}(?: [A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'-]{1,20}){0,2})"
    r"|(?P<city>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ.'-]{1,20}(?: [A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ.'-]{1,20}){0,2})"
    r"(?=,[^\n—–]{0,40}\(|\s{0,2}\())"
    r"(?:,[^\n—–()]{1,40})?(?:\s{0,2}\([A-Za-z .&/-]{1,30}\))?\s{0,3}(?:—|–|--?)\s"
)


#: Dateline cities whose zone ``zone_names.tsv`` does not name ("NEW DELHI (AP) —").
_DATELINE_CITIES = table("dateline_cities")


def dateline_zone(text: str) -> str | None:
    """The zone of "local time" in a story with a dateline: its city's civil time, when
    ``zone_names.tsv`` knows "<City> time" ("KYIV, Ukraine (AP) — ... 3 a.m. local time" is
    Kyiv's) or ``dateline_cities.tsv`` knows the city ("NEW DELHI (AP) —"); None (the
    article's own offset) without a dateline or for a city it does not know.
    A gloss in UTC ("8 p.m. local time (1900 GMT)") still gives its own offset."""
    m = _DATELINE.match(text)
    if m is None:
        return None
    city = " ".join((m.group("caps") or m.group("city")).lower().split())
    zone = table("zone_names").get(city + " time") or _DATELINE_CITIES.get(city)
    return zone if zone and zone != "local" else None


def _near(m: re.Match[str]) -> str | None:
    """BEFORE for "shortly before 2 a.m.", AFTER for "just after noon", else None."""
    side = group(m, "side")
    return side.upper() if side else None


#: Words before a clock time to the second that make it a race time ("finished in 2:03:23").
_RACE_WORDS = words("race_time_words")


#: s41b-shifts: what comes before a race or task time without seconds ("did it in [2:04]",
#: "did the same race in [1:32]", "a time of [1:32]", "a PB of [1:47]", "PB: [1:47]"): a
#: verb of doing it (``race_time_verbs.tsv``) and up to three words before "in", or a time,
#: a best or a record "of"; "under"/"sub" are the rule's own approximation ("under [1:30]").
_RACE_LEAD = re.compile(
    rf"(?<![\w'’-])(?:(?:{alt('race_time_verbs')})(?:{SP}[\w'’-]{{1,20}}){{0,3}}{SP}in"
    rf"|(?:time|best|record|pb|pr){SP}of|(?:pb|pr):?){SP}$",
    re.IGNORECASE,
)
#: A distance raced in minutes earlier in the sentence (``race_short_distances.tsv``).
_SHORT_DISTANCE = re.compile(
    rf"(?<![\w'’-])(?:{alt('race_short_distances')})(?![\w'’-])(?![^.!?\n]*[.!?\n])",
    re.IGNORECASE,
)


#: A noun after "<n>:<nn>" that makes it a ratio (``ratio_followers.tsv``: "1:32 scale").
_RATIO_AFTER = re.compile(rf"[ \t]{{1,3}}(?:{alt('ratio_followers')})\b", re.IGNORECASE)


def build_race_clock(m: re.Match[str]) -> Found | None:
    """ "my sister did it in 2:04", "I'd love to get under 1:30": a race or task time without
    seconds after a verb of doing it, a PB or "under"/"sub" is a duration, hours and minutes
    (minutes and seconds after a short distance: "ran the mile in 4:58"), no clock time; the
    clock rules take any other "<h>:<mm>"."""
    if _RATIO_AFTER.match(m.string, m.end()):
        return None
    approx = group(m, "under")
    if not approx and _RACE_LEAD.search(m.string, max(0, m.start() - 60), m.start()) is None:
        return None
    h, minute = int(m.group("h")), int(m.group("mi"))
    before = m.string[max(0, m.start() - 120) : m.start()]
    unit = "M" if _SHORT_DISTANCE.search(before) else "H"
    small = "S" if unit == "M" else "M"
    value = f"PT{h}{unit}{minute}{small}" if minute else f"PT{h}{unit}"
    return Found("DURATION", Fixed(value), "LESS_THAN" if approx else None)


def tonight_hour(m: re.Match[str], hour: int, twelve: bool) -> tuple[int, bool]:
    """The hour of a clock time on a 12-hour clock followed by "tonight": "9:30 tonight" is
    21:30, as "tonight at 9:30" is (:mod:`..compose`, from 5 on); (hour, still twelve-hour)."""
    if twelve and group(m, "tonight") and 5 <= hour < 12:
        return hour + 12, False
    return hour, twelve


#: A range of weekdays after a clock time's weekday, and a range of hours ending with the clock
#: time: "6am to [10pm], Monday to Saturday" is the closing hour of opening hours (rules
#: _opening_hours), no clock time of a Monday.
# not the days of one week: "Monday to Friday next week"
# (or a dashed one: "from 7am till [9pm mon]-sat"; session 41)
_WEEKDAY_RANGE_AFTER = re.compile(
    rf"(?:{TO_WEEKDAY}|\s?[-–]\s?(?:{WEEKDAY_ANY}))(?![\w-]|{ONE_WEEK_AFTER})", re.IGNORECASE
)
#: A bound before a closing hour, its opening hour before it or not: "6am to", "until" (a lone
#: bound, "until 11pm Mon-Sat", s41b-habits).
_BOUND_BEFORE = re.compile(
    rf"(?:{OPENING_HOUR}\s{{1,3}}{HOURS_TO}|\b{HOURS_BOUND})\s{{1,3}}$",
    re.IGNORECASE,
)
#: The rest of opening hours written hours first after their opening hour: "[6am] to 10pm,
#: Monday to Saturday", "[9 a.m.] to 5 p.m. Monday through Friday".
#: The closing hour may carry its zone ("[9 a.m.] to 5 p.m. Eastern, Monday through Friday",
#: "to 8 p.m. ET", "to 6 p.m. Pacific time"; s35-wire2).
_HOURS_ZONE = rf"(?:\s{{1,3}}(?:(?-i:{TZ}|{ZONE_ABBREV})|{ZONE_WORDS}|{ZONE_REGION}))?"
_TO_HOURS_WEEKDAYS_AFTER = re.compile(
    rf"\s{{1,3}}{HOURS_TO}\s{{1,3}}{OPENING_HOUR}{_HOURS_ZONE},?\s{{1,3}}"
    rf"(?:(?-i:(?=[A-Z]))(?:{WEEKDAY}){TO_WEEKDAY}|(?:{WEEKDAY_ANY})\s?[-–]\s?(?:{WEEKDAY_ANY}))"
    rf"(?![\w-]|{ONE_WEEK_AFTER})",
    re.IGNORECASE,
)


#: A range of weekdays right after a closing hour: "7am till [9pm] mon-sat", "to [5pm], Mon-Fri".
_CLOSING_WEEKDAYS_AFTER = re.compile(
    rf"{_HOURS_ZONE},?\s{{1,3}}(?:(?-i:(?=[A-Z]))(?:{WEEKDAY}){TO_WEEKDAY}"
    rf"|(?:{WEEKDAY_ANY})\s?[-–]\s?(?:{WEEKDAY_ANY}))(?![\w-]|{ONE_WEEK_AFTER})",
    re.IGNORECASE,
)
#: A range of weekdays, a range of hours and "and" before the hours of a second range of the
#: same days: "Wednesday to Sunday, noon to 3pm and [6pm] to [10pm]" (the second closing hour
#: after "<h> to").
_FIRST_RANGE_BEFORE = re.compile(
    rf"(?-i:(?=[A-Z]))(?:{WEEKDAY}){TO_WEEKDAY},?"
    rf"\s{{1,3}}{OPENING_HOUR}\s{{1,3}}to\s{{1,3}}{OPENING_HOUR},?\s{{1,3}}and\s{{1,3}}"
    rf"(?P<opened>{OPENING_HOUR}\s{{1,3}}to\s{{1,3}})?$",
    re.IGNORECASE,
)
#: " to <hour>" after the opening hour of a second range.
_TO_HOUR_AFTER = re.compile(rf"\s{{1,3}}to\s{{1,3}}{OPENING_HOUR}(?![\w:])", re.IGNORECASE)


#: The groups of a zone after a clock time.
_ZONE_GROUPS = ("tz", "zw", "zr", "zw2", "za2")


def _opening_hours(m: re.Match[str], hour: int, minute: int) -> Found | None:
    """An hour of opening hours written hours first ("from 6am to 10pm, Monday to Saturday"):
    a time of every such day (``XXXX-XX-XXT06:00``), as when the days come first (rules
    ``time_weekly_hours_*``); the closing hour without the weekday its match took ("10pm,
    Monday"). None for any other clock time."""
    if group(m, "wd"):
        if (
            _WEEKDAY_RANGE_AFTER.match(m.string, m.end()) is None
            or _BOUND_BEFORE.search(m.string, max(0, m.start() - 24), m.start()) is None
        ):
            return None
        # the closing hour, without ", Monday", with its zone ("5 p.m. Eastern, Monday")
        end = max([m.end("ampm")] + [m.end(g) for g in _ZONE_GROUPS if group(m, g)])
    elif _TO_HOURS_WEEKDAYS_AFTER.match(m.string, m.end()) is not None:
        end = m.end()
    elif (
        _CLOSING_WEEKDAYS_AFTER.match(m.string, m.end()) is not None
        and _BOUND_BEFORE.search(m.string, max(0, m.start() - 24), m.start()) is not None
    ):
        # the closing hour before a range of weekdays its match did not take ("from 7am till
        # [9pm] mon-sat", "8am to [5pm], Mon-Fri"; s41b-habits, narrative 1128: was the
        # publication day's)
        end = m.end()
    elif (
        " and " in m.string[max(0, m.start() - 16) : m.start()]  # a test in C first
        and (first := _FIRST_RANGE_BEFORE.search(m.string, max(0, m.start() - 90), m.start()))
        is not None
        and (first.group("opened") or _TO_HOUR_AFTER.match(m.string, m.end()) is not None)
    ):
        end = m.end()  # "noon to 3pm and [6pm] to [10pm]": the second range of the same days
    else:
        return None
    return Found("TIME", Fixed(f"XXXX-XX-XXT{hour:02d}:{minute:02d}"), trim_end=m.end() - end)


#: A chapter's mark of a recording's show notes or a video's description: hours, minutes and
#: seconds opening a line, before a dash or the chapter's title ("00:12:30 - The blizzard of 29
#: December", "1:04:10 Listener questions").
_CHAPTER_MARK = re.compile(
    r"(?m)^[ \t]*(?:[-*•][ \t]*)?\(?\d{1,2}:\d{2}:\d{2}\)?[ \t]*(?:[-–—:|][ \t]*)?"
    r"[A-Z\d\"'‘“]"
)


def _chapter_mark(m: re.Match[str]) -> bool:
    """True when the clock time of ``m``, with its seconds, is a chapter's mark: it opens its
    line before a title, and another line of the text opens the same way (at least two marks:
    a podcast's "Chapters", a video's timestamps), the first of them the start, zero. A place
    in the recording, hours, minutes and seconds from its start, no time of day (s41b-blind3,
    blind text 1190: every mark was a time of the publication day, and "29 December" joined
    the mark on the next line)."""
    text = m.string
    line = text.rfind("\n", 0, m.start()) + 1
    mark = _CHAPTER_MARK.match(text, line)
    if mark is None or not line <= m.start() < mark.end():
        return False
    marks = [k.group() for k in islice(_CHAPTER_MARK.finditer(text), 2)]
    # the first mark is the recording's start ("00:00:00 - Intro"): a log's clock times with
    # their seconds ("04:12:30 Alarm sounded") are times of day
    return len(marks) == 2 and not any(c in "123456789" for c in marks[0][:-1])


def build_clock(m: re.Match[str]) -> Found | None:
    h = int(m.group("h"))
    minute = int(m.group("mi") or 0)
    sec = group(m, "sec")
    second = int(sec or 0)
    ampm = group(m, "ampm")
    if minute > 59 or second > 59:
        return None
    zoned = any(group(m, g) for g in ("tz", "zw", "zr", "gmt", "zw2", "za2", "zl"))
    if not (ampm or zoned) and _RATIO_AFTER.match(m.string, m.end()):
        return None  # "built it in 1:32 scale", "a 1:50 mix": a ratio
    if (
        sec is None
        and not (ampm or zoned)
        and 24 <= h <= 59
        and _base(m) is None
        and prev_word(m).lower() in _RACE_WORDS
    ):
        # "ran the second half in 59:47", "won the 10,000 in 27:43": minutes and seconds, no
        # clock has that hour
        return Found("DURATION", Fixed(f"PT{h}M{minute}S"))
    if ampm:
        if not 1 <= h <= 12:
            return None
        pm = ampm.lower().startswith("p")
        h = (h % 12) + (12 if pm else 0)
    elif h > 23 or m.group("mi") is None:
        return None
    if sec and not (ampm or zoned) and _chapter_mark(m):
        return None  # "00:12:30 - The blizzard": a place in a recording, no time of day
    if sec and not (ampm or zoned) and _base(m) is None and prev_word(m).lower() in _RACE_WORDS:
        # "won the marathon in 2:03:23", "a time of 1:59:40": a race time, a duration
        return Found("DURATION", Fixed(f"PT{h}H{minute}M{second}S"))
    if ampm and not group(m, "gmt") and not group(m, "zl"):
        # zoned or not ("to 5 p.m. Eastern, Monday through Friday"), not "GMT+3" nor "local"
        hours = _opening_hours(m, h, minute)
        if hours is not None:
            return hours
    unit = "second" if sec else "minute" if m.group("mi") is not None else "hour"
    # "3:30" (not "03:30", not "3:30 p.m."): with a preferred direction, the next 3:30 on a
    # 12-hour clock
    twelve = not ampm and 1 <= h <= 12 and not m.group("h").startswith("0")
    h, twelve = tonight_hour(m, h, twelve)
    glossed = _local_gloss(m, h, minute)
    if glossed is not None:
        # "3:14 a.m. local time (1814 GMT Monday)": the gloss gives the offset and the day
        base, offset = glossed
        spec = ClockTime(h, minute, unit, base, offset, None, second=second)
        return Found("TIME", spec, _near(m))
    base = night_base(m, h, _base(m))
    return Found(
        "TIME",
        ClockTime(h, minute, unit, base, *_zone(m), twelve_hour=twelve, second=second),
        _near(m),
    )


#: A line that opens with a clock time ("9.30 ...", "11:00 ...", "2pm ..."), after a bullet
#: at most.
_TIME_LINE = re.compile(r"[ \t]*(?:[-•][ \t])?\d{1,2}(?:[.:][0-5]\d|\s?[ap]\.?m\b)", re.IGNORECASE)


#: A dotted clock time that ends where it is searched to (the start of a range).
_DOTTED_END = re.compile(r"\d\.\d\d\Z")


def build_agenda_clock(m: re.Match[str]) -> Found | None:
    """ "9.30 Opening keynote" opening a line of a programme: a clock time when it is one end of
    a range ("9.30-10.30 Panel") or a line next to it opens with a clock time too; else a
    price or a number of a list ("Prices:\n9.30 Apples")."""
    text = m.string
    at = m.start()
    range_end = at > 0 and text[at - 1] in "–-" and _DOTTED_END.search(text, max(0, at - 6), at - 1)
    if not (
        at == 0
        or text[at - 1] == "\n"
        or (text[max(0, at - 2) : at] in ("- ", "• ") and (at == 2 or text[at - 3] == "\n"))
        or range_end
    ):
        return None  # not at a line's start (after a bullet at most) nor a range's end
    if not (range_end or text.startswith(("–", "-"), m.end())):
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        before = text.rfind("\n", 0, max(0, start - 1)) + 1 if start > 0 else -1
        near = [before] if start > 0 else []
        if end >= 0:
            near.append(end + 1)
        if not any(_TIME_LINE.match(text, i) for i in near if i >= 0):
            return None
    return build_clock(m)


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
    base = night_base(m, h, _base(m))
    return Found("TIME", ClockTime(h, 0, "hour", base, *_zone(m), twelve_hour=twelve))


def build_noon(m: re.Match[str]) -> Found | None:
    if (
        m.group("word")[0].isupper()
        and m.string[max(0, m.start() - 5) : m.start()].strip()[-1:].isalpha()
    ):
        return None  # "High Noon"
    h = 24 if m.group("word").lower() in ("midnight", "midnite") else 12
    # "the midday" alone keeps its "the"; "the midnight deadline" is "midnight"
    trim = m.start("word") - m.start() if group(m, "the") and not isolated(m) else 0
    # "noonish": "-ish" glued on makes it approximate, as "3ish pm" (clock rules)
    mod = "APPROX" if group(m, "ish") else _near(m)
    base = _base(m)
    if h == 24 and mod == "AFTER" and base is not None:
        h = 0  # "shortly after midnight on Tuesday": the midnight that opens Tuesday
    return Found("TIME", ClockTime(h, 0, "hour", base, *_zone(m)), mod, trim_start=trim)


def build_network_clock(m: re.Match[str]) -> Found | None:
    """ "9/8c", "10:30/9:30c": a network's broadcast time, Eastern and Pacific before the slash,
    Central an hour earlier after it; the evening hour (12 is the half hour after midnight of
    late-night television, "12:35/11:35c"). It names two zones, so neither binds: the value
    is the Eastern clock, as "Sundays at 9/8c" is XXXX-WXX-7T21:00."""
    h, h2 = int(m.group("h")), int(m.group("h2"))
    minute = int(m.group("mi") or 0)
    if not 1 <= h <= 12 or h2 != (h - 2) % 12 + 1 or minute > 59:
        return None
    if (m.group("mi") or "") != (m.group("mi2") or ""):
        return None
    unit = "minute" if m.group("mi") else "hour"
    return Found("TIME", ClockTime(h % 12 + (0 if h == 12 else 12), minute, unit, _base(m)))


RULES: tuple[Rule, ...] = (
    Rule(
        "time_network_clock",
        "<h>[:<mm>]/<h-1>[:<mm>]c",
        rf"(?P<h>\d{{1,2}})(?::(?P<mi>\d{{2}}))?/(?P<h2>\d{{1,2}})(?::(?P<mi2>\d{{2}}))?"
        rf"\s{{0,2}}c(?:entral)?(?![\w/]){_ON}",
        build_network_clock,
        priority=2,
        trigger=T_DIGIT,
    ),
    Rule(
        "time_clock",
        "<h>[:<mm>] a.m.|p.m. [<zone>] [<day>]",
        _CLOCK,
        build_clock,
        priority=2,
        trigger=T_DIGIT,
    ),
    Rule(
        "duration_race_clock",
        '[under|sub] <h>:<mm> of a race or task ("did it in 2:04", "under 1:30")',
        r"(?:(?P<under>under|sub)(?:\s{1,3}|-))?(?P<h>\d):(?P<mi>[0-5]\d)"
        r"(?![\d:]|\.\d|\s{0,2}(?:[ap]\.?m\b|o['’]?clock))",
        build_race_clock,
        priority=3,
        trigger=T_DIGIT,
    ),
    Rule(
        "time_clock_24h",
        "<hh>:<mm> [<zone>]",
        _CLOCK_24H,
        build_clock,
        priority=1,
        trigger=T_DIGIT,
    ),
    Rule(
        "time_agenda_dotted",
        '<hh>.<mm> opening a line of a programme ("9.30 Opening keynote", "9.30-10.30 Panel")',
        # before a capitalised word or a range's other end; at the start of a line (after a
        # bullet at most) or as the end of a range of such times (build_agenda_clock): an
        # item of a programme; a dotted number elsewhere is a decimal ("closed at 9.30")
        r"(?P<h>[01]?\d|2[0-3])\.(?P<mi>[0-5]\d)"
        r"(?=[–-](?:[01]?\d|2[0-3])\.[0-5]\d\s{1,3}[A-Z]|\s{1,3}[A-Z][a-z])",
        build_agenda_clock,
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
        "noon|midnight|midnite|12noon [<day>]",
        _NOON,
        build_noon,
        priority=3,
        trigger=r"(?:(?:12)?noon|midnight|midnite|midday|mid$)",
    ),
    # "shortly before 2 a.m.", "just after noon": rules of their own, run only around their
    # first word (a leading optional group would be tried at every digit of the text)
    Rule(
        "time_clock_near",
        "shortly|just before|after <h>[:<mm>] a.m.|p.m.",
        _NEAR + _CLOCK,
        build_clock,
        priority=2,
        trigger=_NEAR_TRIGGER,
    ),
    Rule(
        "time_clock_24h_near",
        "shortly|just before|after <hh>:<mm>",
        _NEAR + _CLOCK_24H,
        build_clock,
        priority=1,
        trigger=_NEAR_TRIGGER,
    ),
    Rule(
        "time_noon_near",
        "shortly|just before|after noon|midnight",
        _NEAR + _NOON,
        build_noon,
        priority=3,
        trigger=_NEAR_TRIGGER,
    ),
)
