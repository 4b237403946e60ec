"""Clock times as people write and say them, beyond "10 a.m." and "15:30" (rules/times.py):
"3:18a", "at 3p", "3h18", "15h", "330 p.m.", "at 3 in the morning", "3:15 in the afternoon",
"at three am", "seven thirty p.m.", "twelve oh three", "half past 3 pm", "a quarter to noon",
"20 minutes past 3pm", "twenty after 3pm".

Vocabulary comes from ``clock_words.tsv`` (fractions of an hour, past/to, "oh", parts of the
day after a time) and ``numbers.tsv``; the rules hold only the structure. A bare number is no
time ("25", "3 30", "three twenty" are Duckling's negative examples): a form without a.m.,
p.m., "h" or a part of the day needs "at" (or "@") before it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..compose import SMALL_HOURS_END
from ..lexicon import alt, alternation, rows, words
from ..rule import DOCUMENT, Found, Rule
from ..units import duration_value, unit, unit_of
from ..units import words as unit_words
from ..values import ClockTime, FromNow, Spec
from .common import (
    APPROX,
    MORNING_CUE,
    NUM,
    NUM_WORD,
    SP,
    T_DIGIT,
    T_UNIT,
    T_ZONE,
    TIME_QUESTION,
    TZ,
    TZ_LOWER,
    UNIT,
    WEEKDAY,
    WEEKDAY_ANY,
    ZONE_ABBREV,
    ZONE_WORDS,
    approx_mod,
    group,
    isolated,
    next_word,
    number,
    prev_word,
    whole_number,
)
from .times import (
    _AMPM,
    _ON,
    _ZONE,
    _ZONE_ABBR,
    _base,
    _local_gloss,
    _zone,
    night_base,
    tonight_hour,
)

_WORDS: dict[str, dict[str, int]] = {}
for _row in rows("clock_words"):
    _WORDS.setdefault(_row[1], {})[_row[0].lower()] = int(_row[2])


def _alt(kind: str) -> str:
    return alternation(list(_WORDS[kind]))


def _value(kind: str, word: str) -> int:
    return _WORDS[kind][" ".join(word.lower().split())]


#: Words before a number that make it a label ("flight one oh three", "pages 3-4"):
#: ``number_labels.tsv``.
_NUMBER_LABELS = words("number_labels")
#: "at" or "@" right before a time (group ``at``).
_AT = r"(?:(?P<at>at|@)\s{0,3})?"
#: A part of the day after a time: "in the morning", "in afternoon", "in the AM", and the
#: night after "at" ("10 at night"; "at" before no other part of the day).
_POD_AFTER = rf"(?:{SP}(?:in{SP}(?:the{SP})?|at{SP}(?=night\b))(?P<pod>{_alt('pod')}))"
#: An hour in words, one to twelve.
_HOUR_WORD = alternation(
    [
        r[0]
        for r in rows("numbers")
        if r[1].isdigit()
        and 1 <= int(r[1]) <= 12
        and r[0].isalpha()
        and len(r[0]) > 2
        and r[0] != "dozen"
    ]
)
#: Minutes in words: "thirty", "fifty nine", "oh three", "zero five".
_MINUTE_WORDS = rf"(?:(?P<zero>{_alt('zero')})[-\s]{{1,3}})?(?P<mw>{NUM_WORD})"


def _hour(h: int, ampm: str | None, pod: str | None) -> int | None:
    """The hour of the day of ``h`` with "a.m."/"p.m." or a part of the day, or None."""
    if ampm:
        if not 1 <= h <= 12:
            return None
        return h % 12 + (12 if ampm.lower().startswith("p") else 0)
    if pod:
        if not 1 <= h <= 12:
            return None
        if pod.lower() == "night" and (h < SMALL_HOURS_END or h == 12):
            # "3 in the night", "2 at night": the small hours; "12 at night" is no noon
            return h if h < SMALL_HOURS_END else None
        add = _value("pod", pod)
        return h % 12 + add if not (add and h == 12) else 12
    return h if 0 <= h <= 23 else None


def _at_trim(m: re.Match[str]) -> int:
    """Characters of a leading "at " to cut from the span (TimeML leaves the signal out)."""
    if not group(m, "at"):
        return 0
    rest = m.string[m.end("at") : m.end()]
    return m.end("at") - m.start() + len(rest) - len(rest.lstrip())


def _found(m: re.Match[str], spec: ClockTime) -> Found:
    return Found("TIME", spec, trim_start=_at_trim(m))


#: A digit and a thousands comma right before a clock time's digits: they are a number's tail.
_THOUSANDS_BEFORE = re.compile(r"\d,$")


def _clock(m: re.Match[str], h: int, minute: int, unit: str) -> Found | None:
    if _THOUSANDS_BEFORE.search(m.string, max(0, m.start() - 2), m.start()):
        return None  # "fell below 7,710 in the morning": the tail of a number, no clock
    ampm, pod = m.groupdict().get("ampm"), m.groupdict().get("pod")
    hour = _hour(h, ampm, pod)
    if hour is None or not 0 <= minute <= 59:
        return None
    hour, twelve = tonight_hour(m, hour, not ampm and not pod and 1 <= h <= 12)
    base = night_base(m, hour, _base(m))
    return _found(m, ClockTime(hour, minute, unit, base, *_zone(m), twelve_hour=twelve))


def build_compact(m: re.Match[str]) -> Found | None:
    """ "3:18a", "3:15p", "at 3p": a.m./p.m. as one letter; an hour alone only after "at"."""
    h = int(m.group("h"))
    mi = m.group("mi")
    if mi is None and not m.group("at"):
        return None  # "4a": a paper size, a grade
    ap = "pm" if m.group("ap").lower() == "p" else "am"
    hour = _hour(h, ap, None)
    if hour is None or (mi is not None and int(mi) > 59):
        return None
    unit = "minute" if mi else "hour"
    return _found(m, ClockTime(hour, int(mi or 0), unit, _base(m), *_zone(m)))


#: A day right before a clock time: a date ending in its year ("Jul 18, 2014"), a weekday,
#: "today" ... (not a year alone: "in 2014 15h of footage")
_AFTER_DAY = re.compile(
    rf"(?:(?<!\d)\d{{1,2}}(?:st|nd|rd|th)?,?\s{{1,3}}\d{{4}}|{WEEKDAY}|{alt('deictic_days')}|tonight)"
    r",?\s{1,3}$",
    re.IGNORECASE,
)


def build_h(m: re.Match[str]) -> Found | None:
    """ "3h18", "15h00", "at 15h": the French-style 24-hour clock; a bare "15h" after "at"."""
    h, mi = int(m.group("h")), m.group("mi")
    zone = _zone(m)
    if (
        mi is None
        and not m.group("at")
        and zone == (None, None)
        and not _AFTER_DAY.search(m.string, max(0, m.start() - 24), m.start())
        and (not isolated(m) or prev_word(m).lower() == "in")
    ):
        # "15h" alone only as a phrase, after "at", after a day ("Fri, Jul 18, 2014 19h") or
        # before a zone; "in 1h" is an hour on
        return None
    if h > 23 or (mi is not None and int(mi) > 59):
        return None
    return _found(m, ClockTime(h, int(mi or 0), "minute", _base(m), *zone))


def build_at_zone(m: re.Match[str]) -> Found | None:
    """ "at 8 GMT", "@ 14 UTC": a bare hour after "at" is a clock time when a zone follows it
    (without one, "at 8" may be anything: a score, a price, an age)."""
    h = int(m.group("h"))
    if h > 23:
        return None
    return _found(m, ClockTime(h, 0, "hour", _base(m), *_zone(m)))


#: Words right before "<hhmm> hours" that make it a clock time ("at 0600 hours", "until 1800
#: hours"): ``wire_clock_leads.tsv`` (without one, "1900 hours" is a duration).
_WIRE_LEADS = words("wire_clock_leads")


def build_wire(m: re.Match[str]) -> Found | None:
    """ "1900 GMT", "0400 local time", "0600 hours": the 24-hour clock of wire copy, four digits
    without a colon. Only with a zone, "local time" or "hours" after it (else a year, a count
    or a label: "in 1900", "2300 troops", "flight 1900"); "<hhmm> hours" only with a leading
    zero or after a word of ``wire_clock_leads.tsv``. So is "at 05:30 hours", the military
    clock of war narratives, which has its colon only before "hours" (else "05:30 GMT" is
    another rule's; and "30 hours" is no duration there)."""
    hm = m.group("hm")
    if ":" in hm:
        if not group(m, "hours"):
            return None
        hm = hm.replace(":", "")
    h, minute = int(hm[:2]), int(hm[2:])
    if h > 23 or minute > 59:
        return None
    before = prev_word(m).lower()
    led = hm.startswith("0") or (group(m, "hm2") or "").startswith("0") or before in _WIRE_LEADS
    if group(m, "hours") and not (led or group(m, "wd") or group(m, "deictic")):
        return None  # "logged 1900 hours"; but "is 1700 hours on Friday", "1700 hours today"
    tz = group(m, "tz")
    if tz and len(tz) == 2 and not led:
        return None  # "the 2000 PT Cruiser": a year before a two-letter word, not "at 2000 PT"
    if before in _NUMBER_LABELS:
        return None  # "Flight 1900 hours": a label
    if group(m, "hm2"):
        # "1800-2200 GMT": the first end of a range of wire clock times takes the zone and the
        # day of the second; only "1800" is in the span
        h2, m2 = int(m.group("hm2")[:2]), int(m.group("hm2")[2:])
        if h2 > 23 or m2 > 59:
            return None
        spec = ClockTime(h, minute, "minute", _base(m), *_zone(m))
        return Found("TIME", spec, trim_end=m.end() - m.end("hm"))
    glossed = _local_gloss(m, h, minute)
    if glossed is not None:
        # "0900 local time (0600 GMT)", "0900 local (0600 GMT)": the gloss gives the offset
        base, offset = glossed
        return _found(m, ClockTime(h, minute, "minute", base, offset, None))
    # written to the minute ("1900" is 19:00), as "19:00" is
    return _found(m, ClockTime(h, minute, "minute", _base(m), *_zone(m)))


def build_military(m: re.Match[str]) -> Found | None:
    """ "at 0200 on the 15th", "At 0530 the barrage began": the military clock of war
    narratives, four digits with a leading zero after "at" and no "hours" (a year or a count
    never starts with a zero)."""
    hm = m.group("hm")
    return _found(m, ClockTime(int(hm[:2]), int(hm[2:]), "minute"))


#: How far back (characters) that earlier clock time may stand.
_WIRE_JOIN_REACH = 80


def build_wire_joined(m: re.Match[str]) -> Found | None:
    """ "Stations opened at 0700 WAT and closed at 1500": four digits after "at" (or "until",
    "till") are the wire clock of an earlier one of the sentence with its zone, which they
    share; alone "at 1500" stays what it was (a year, an amount, an address)."""
    hm = m.group("hm")
    h, minute = int(hm[:2]), int(hm[2:])
    if h > 23 or minute > 59:
        return None
    lo = max(0, m.start() - _WIRE_JOIN_REACH)
    window = m.string[lo : m.start()]
    cut = max(window.rfind(". "), window.rfind("! "), window.rfind("? "), window.rfind("\n"))
    if cut >= 0:
        lo += cut + 1
    earlier = list(_WIRE_BEFORE.finditer(m.string, lo, m.start()))
    if not earlier:
        return None
    return _found(m, ClockTime(h, minute, "minute", _base(m), *_zone(earlier[-1])))


#: A day right before a clock time with "-ish" ("tmrw 8ish", "sat 2ish", "Friday 7ish"): the
#: day's time, as a day after it makes one ("9ish tomorrow"; s30-informal); and after the
#: day's question mark or comma, the hour the day is asked at ("lunch tmrw? 1ish?", "sat, 2ish";
#: s33-informal, blind text 775).
_ISH_DAY_BEFORE = re.compile(
    rf"\b(?:{alt('deictic_days')}|{WEEKDAY_ANY}|{alt('colloquial_weekdays')})[?,]?[ \t]{{1,3}}$",
    re.IGNORECASE,
)
#: A line of a thread opening with it, maybe after the post's number ("4/ 11ish and the fence is
#: gone", "2ish: still no power"), before a colon, a comma, "!" or "and": the time of what the
#: post tells (s33-informal, blind text 821); not after a question ("how many? 5ish, maybe 6").
_ISH_LINE_START = re.compile(r"(?:^|\n)[ \t]*(?:\d{1,2}/[ \t]{1,3})?$")
_ISH_LINE_AFTER = re.compile(
    # "and" not before a participle: "5ish and counting" is a count
    r"[ \t]{0,2}(?::[ \t]|[,!]|[ \t]and[ \t]{1,3}(?![a-z]{1,20}ing\b))",
    re.IGNORECASE,
)
#: A unit after it makes the number a count ("on friday 3ish years ago").
_ISH_UNIT_AFTER = re.compile(rf"\s{{1,3}}(?:{UNIT})\b", re.IGNORECASE)
#: A currency sign or a number's point before "2.50ish": an amount, no clock time.
_ISH_AMOUNT_BEFORE = re.compile(r"[£$€¥.,]$|\d[.,]?$")
#: A word of ``count_words.tsv`` or ``amount_words.tsv`` after "7.30ish": a measure ("7.30ish
#: miles", "2.50ish quid", "7.30ish per cent").
_ISH_AMOUNT_AFTER = re.compile(
    rf"\s{{1,3}}(?:{alt('count_words')}|{alt('amount_words')})\b", re.IGNORECASE
)


#: s40-barehours: in chat a glued "-ish" hour that closes its clause after a word that offers or
#: takes up a slot (``colloquial_ish_proposal_leads.tsv``: "ok 6ish.", "thinking 10ish", "can
#: do 11ish?", "leave after work so 5ish"), or that asks for one alone before "?" where its
#: message or clause opens ("Mia: 6ish?", "dentist at 4.15 🙄 6ish?"): a clock time; not "he's
#: 10ish", "10ish of us", "how many? 5ish".
_ISH_PROPOSAL_BEFORE = re.compile(
    rf"(?:(?<![\w'’]){alt('colloquial_ish_proposal_leads')}"
    rf"|(?<![\w'’]){alt('colloquial_hour_proposal_leads')})[ \t]{{1,3}}$",
    re.IGNORECASE,
)
_ISH_ASK_BEFORE = re.compile(r"(?:^|\n|:[ \t]|[^\w\s.,;:!?'’/%$&+\-()])[ \t]{0,3}$")
_ISH_ASK_AFTER = re.compile(r"[ \t]{0,2}\?")


def _ish_proposal(m: re.Match[str]) -> bool:
    """Whether a chat "-ish" hour offers or takes up a slot (:data:`_ISH_PROPOSAL_BEFORE`,
    :data:`_ISH_ASK_BEFORE`); the caller checks the document and that it closes its clause."""
    if not m.group("h") or not 1 <= int(m.group("h")) <= 12:
        return False
    text, start = m.string, m.start()
    if _ISH_PROPOSAL_BEFORE.search(text, max(0, start - 16), start) is not None:
        return True
    return (
        _ISH_ASK_AFTER.match(text, m.end()) is not None
        and _ISH_ASK_BEFORE.search(text, max(0, start - 6), start) is not None
    )


#: A question about the time earlier in the same chat line ("what time were we saying, 11ish?",
#: "wat time? 8ish"): the "-ish" number after it answers it with a clock time (session 36, blind
#: text 995; ``time_question_words.tsv``).
_ISH_TIME_QUESTION = re.compile(rf"\b(?:{TIME_QUESTION})\b[^\n]{{0,50}}$", re.IGNORECASE)
#: ... and closing its clause ("11ish?", "8ish."), no noun it counts after it ("3ish people").
_ISH_ANSWER_END = re.compile(r"[ \t]*(?:[?.!,]|\n|$)")


def build_ish(m: re.Match[str]) -> Found | None:
    """ "3ish pm", "at 5ish", "at 150ish", "by 11ish": a clock time with "-ish" glued on, mod
    APPROX; without a.m./p.m. only after "at" or a word of ``clock_words.tsv`` kind
    ``ish_lead`` ("by", "around", "till"), or beside its day ("let's say 9ish tomorrow", "game
    night tmrw 8ish"): "3ish" alone is an age, a count."""
    ampm = group(m, "ampm")
    if group(m, "sep") == "." and (
        _ISH_AMOUNT_BEFORE.search(m.string, max(0, m.start() - 2), m.start())
        or _ISH_AMOUNT_AFTER.match(m.string, m.end())
    ):
        return None  # "£2.50ish", "2.50ish quid": an amount
    if (
        not ampm
        and not m.group("at")
        # "it'll be 7.30ish before I get there": its minutes make it a clock time after any
        # word (s37-informal2, blind text 1009), not before a unit ("7.30ish miles")
        and not (group(m, "mi") and _ISH_UNIT_AFTER.match(m.string, m.end()) is None)
        and prev_word(m).lower() not in _WORDS["ish_lead"]
        and _base(m) is None
        and (
            _ISH_DAY_BEFORE.search(m.string, max(0, m.start() - 16), m.start()) is None
            or _ISH_UNIT_AFTER.match(m.string, m.end()) is not None
        )
        and (
            DOCUMENT.get() != "colloquial"
            or _ISH_LINE_START.search(m.string, max(0, m.start() - 8), m.start()) is None
            or _ISH_LINE_AFTER.match(m.string, m.end()) is None
        )
    ):
        if not (
            DOCUMENT.get() == "colloquial"
            and _ISH_ANSWER_END.match(m.string, m.end()) is not None
            and (
                _ISH_TIME_QUESTION.search(m.string, max(0, m.start() - 60), m.start()) is not None
                or _ish_proposal(m)
            )
        ):
            return None  # "3ish" alone; but "say 9ish tomorrow": a day after it makes it a time
    if group(m, "hm"):
        hm = int(m.group("hm"))
        h, minute, unit = hm // 100, hm % 100, "minute"
    else:
        h, minute = int(m.group("h")), int(m.group("mi") or 0)
        unit = "minute" if m.group("mi") else "hour"
    hour = _hour(h, ampm, None)
    if hour is None or minute > 59:
        return None
    hour, twelve = tonight_hour(m, hour, not ampm and 1 <= h <= 12)
    spec = ClockTime(hour, minute, unit, _base(m), *_zone(m), twelve_hour=twelve)
    return Found("TIME", spec, "APPROX", trim_start=_at_trim(m))


def build_spaced(m: re.Match[str]) -> Found | None:
    """ "at 3 15", "at 12 15": hours and minutes apart, only after "at" ("3 30" alone is two
    numbers) and not before a noun ("at 3 15 people")."""
    if next_word(m)[:1].isalpha():
        return None
    return _clock(m, int(m.group("h")), int(m.group("mi")), "minute")


def build_hhmm(m: re.Match[str]) -> Found | None:
    """ "330 p.m.", "at 730 in the evening": hours and minutes without a colon."""
    hm = int(m.group("hm"))
    if not (m.group("ampm") or m.group("pod")):
        return None
    return _clock(m, hm // 100, hm % 100, "minute")


def build_pod_after(m: re.Match[str]) -> Found | None:
    """ "3 in the morning", "3:15 in the afternoon", "eight in the evening"."""
    hw = m.group("hw")
    h = whole_number(hw) if hw else int(m.group("h"))
    if h is None:
        return None
    mi = m.group("mi")
    return _clock(m, h, int(mi or 0), "minute" if mi else "hour")


def build_word_time(m: re.Match[str]) -> Found | None:
    """ "three am", "seven thirty p.m.", "at three twenty", "twelve oh three"."""
    ampm, pod, mw = group(m, "ampm"), group(m, "pod"), group(m, "mw")
    if not (ampm or pod or mw) and next_word(m)[:1].isalpha():
        return None  # "at one point", "at two locations"
    if prev_word(m).lower() in _NUMBER_LABELS:
        return None  # "flight one oh three"
    h = whole_number(m.group("hw"))
    minute = 0
    if mw is not None:
        n = number(mw)
        if n is None or n != int(n):
            return None
        minute = int(n)
        if (group(m, "zero") is not None) != (minute < 10):
            return None  # "twelve oh three" but not "twelve oh thirty", "twelve three"
    if h is None:
        return None
    return _clock(m, h, minute, "minute" if mw else "hour")


def build_half_hour(m: re.Match[str]) -> Found | None:
    """ "half three" (British: half past three), after "at" or as an isolated phrase; after a
    preposition of time (``half_hour_leads.tsv``: "pub by half 7", "til half 5") when no unit
    or count follows ("cut by half 3 times"), and in chat opening a message before "at" or a
    mark ("half 2 at the anchor?")."""
    if not m.group("at") and not isolated(m) and not _half_hour_led(m):
        return None
    hw = m.group("hw")
    h = whole_number(hw) if hw else int(m.group("h"))
    if h is None or not 1 <= h <= 12:
        return None
    minutes = _value("minutes", m.group("frac"))
    return _found(m, ClockTime(h, minutes, "minute", _base(m), *_zone(m), twelve_hour=True))


#: Words before "half <hour>" that make it a clock time (``half_hour_leads.tsv``).
_HALF_HOUR_LEADS = frozenset(words("half_hour_leads"))
#: What may follow a chat message's opening "half 2": "at", a mark, the end of the line, or a
#: word that closes a bare hour's clause (``colloquial_bare_hour_followers.tsv``: "half 6 then").
_HALF_OPENING_AFTER = re.compile(
    rf"\s{{0,3}}(?:(?:at|{alt('colloquial_bare_hour_followers')})\b|[?!.,]|$)",
    re.MULTILINE | re.IGNORECASE,
)
#: A count or a measure after the hour: "by half 3 times", "half 2 litres".
_HALF_MEASURE_AFTER = re.compile(
    rf"\s{{0,3}}(?:%|(?:{alt('units')}|times|percent)\b)", re.IGNORECASE
)


def _half_hour_led(m: re.Match[str]) -> bool:
    """True for "half <hour>" after a preposition of time, or opening a chat message."""
    if _HALF_MEASURE_AFTER.match(m.string, m.end()):
        return False
    if prev_word(m).lower() in _HALF_HOUR_LEADS:
        return True
    if DOCUMENT.get() != "colloquial":
        return False
    if _HALF_ASKED.match(m.string, m.end()) is not None and prev_word(m).lower() != "in":
        return True  # "meet at the station half 10?": a time put forward (session 36)
    if prev_word(m).lower() in _HALF_HOUR_VERBS:
        # "come round half 6 and", "she said half 6 but": a plan's time closing its clause
        return _HALF_OPENING_AFTER.match(m.string, m.end()) is not None
    before = m.string[max(0, m.start() - 40) : m.start()]
    opening = _HALF_OPENING_BEFORE.search(before) is not None
    return opening and _HALF_OPENING_AFTER.match(m.string, m.end()) is not None


#: Particles of coming and verbs of saying before a chat "half <hour>" that closes its clause
#: (``colloquial_half_hour_verbs.tsv``: "come round half 6", "she said half 6 but").
_HALF_HOUR_VERBS = frozenset(words("colloquial_half_hour_verbs"))


#: A chat message's start before "half <hour>" (the line's, a sentence's or after a label).
_HALF_OPENING_BEFORE = re.compile(r"(?:^|[.?!]\s|\n|:\s)\s{0,3}$")
#: A question mark right after "half <hour>" in chat: the time is put forward ("half 10?").
_HALF_ASKED = re.compile(r"[ \t]{0,2}\?")


def _range_not_minutes(m: re.Match[str], sign: int) -> bool:
    """True for "<n> to <hour>" that is a range of hours, not minutes to the hour: the minutes
    in digits without "minutes" before a numeric hour ("from 10 to 11 a.m.", "2 to 4 p.m.",
    the "30" of "9:30 to 11 a.m."; Duckling's corpus reads "3:30 to 6 PM", "from 3 to 4 in the
    PM" as ranges and "15 to noon" as 11:45)."""
    mn = group(m, "mn")
    if sign > 0 or not mn or not mn.isdigit() or group(m, "minutes") or m.group("noon"):
        return False
    return not group(m, "at") or m.string[max(0, m.start() - 1) : m.start()] in (":", ".")


#: Words before a range that "<n> to <m>" may close ("from ten to twelve").
_RANGE_LEADS = frozenset({"from", "between"})


def _words_clock(m: re.Match[str], minutes: int, h: int) -> bool:
    """ "ten past seven", "twenty to nine": both numbers in words, minutes on a five-minute
    mark, is the clock read aloud (not "20 past 3", a count); before "to" not after "from" or
    "between" (a range, "from ten to twelve") nor with the hour one ("ten to one", odds)."""
    if not m.group("mn") or m.group("mn")[0].isdigit() or not m.group("hw"):
        return False
    if minutes % 5 or not 1 <= h <= 12:
        return False
    if _value("direction", m.group("dir")) > 0:
        return True
    return h != 1 and prev_word(m).lower() not in _RANGE_LEADS


def build_past_to(m: re.Match[str]) -> Found | None:
    """ "half past 3 pm", "a quarter to noon", "20 minutes past 3pm", "twenty after 3pm"."""
    frac = m.group("frac")
    if frac:
        minutes = _value("minutes", frac)
    else:
        n = whole_number(m.group("mn"))
        if n is None or not 1 <= n <= 59:
            return None
        minutes = n
    sign = _value("direction", m.group("dir"))
    if _range_not_minutes(m, sign):
        return None
    h: int | None
    pod: str | None
    if m.group("noon"):
        h = 0 if m.group("noon").lower() == "midnight" else 12
        ampm = pod = None
    else:
        hw = m.group("hw")
        h = whole_number(hw) if hw else int(m.group("h"))
        ampm, pod = m.group("ampm"), None
        if h is None:
            return None
        if (
            not ampm
            and not m.group("at")
            and not frac
            and not m.group("minutes")
            and not _words_clock(m, minutes, h)
        ):
            return None  # "20 past 3" alone could be a count
    hour = _hour(h, ampm, pod) if (ampm or pod) else h
    if hour is None or hour > 23:
        return None
    total = (hour * 60 + sign * minutes) % (24 * 60)
    twelve = not ampm and not m.group("noon") and 1 <= h <= 12
    return _found(
        m, ClockTime(total // 60, total % 60, "minute", _base(m), *_zone(m), twelve_hour=twelve)
    )


#: The last word of each lead of ``fixture_clock_leads.tsv`` as the tokenizer cuts it
#: ("kick-off" ends in "off"): the trigger of ``time_fixture_clock``.
_FIXTURE_TRIGGER = (
    alternation(sorted({re.split(r"[\s-]", w)[-1] for w in words("fixture_clock_leads")})) + "$"
)


def build_fixture_clock(m: re.Match[str]) -> Found | None:
    """ "kick-off 7.45", "Kick-off is at 3.00", "doors 7.30": a fixture's time without a.m. or
    p.m. is in the afternoon or evening for the hours 1 to 10 (matches and shows start then),
    as written from 11 on; the lead word stays out of the span."""
    h, minute = int(m.group("h")), int(m.group("mi") or 0)
    if h > 23:
        return None
    hour = h + 12 if 1 <= h <= 10 else h
    spec = ClockTime(hour, minute, "minute" if m.group("mi") else "hour", _base(m), *_zone(m))
    return Found("TIME", spec, trim_start=m.start("h") - m.start())


def build_range_first(m: re.Match[str]) -> Found | None:
    """ "from 10 to 11 a.m.", "between 2 and 4 a.m.", "3:30-6 p.m.", "11 to 1 p.m.": the first
    end of a range of clock times that shares the second's a.m./p.m. (only the first end is in
    the span; the second is tagged on its own): the same half of the day when its hour comes
    before the second's on the clock, else the other half ("11 to 1 p.m." is 11 a.m., "10-6pm"
    10 a.m., "11 to 1 a.m." 11 p.m.)."""
    text = m.string
    if text[max(0, m.start() - 1) : m.start()] in (":", ".", "$", "-", "/", "£", "€", "#"):
        return None
    join, before = m.group("join").lower(), prev_word(m).lower()
    if (join == "and" and before != "between") or before in _NUMBER_LABELS:
        return None  # "2 and 4 p.m." without "between"; "pages 3-4 pm"
    h1, h2 = int(m.group("h")), int(m.group("h2"))
    mi = group(m, "mi")
    if not (1 <= h1 <= 12 and 1 <= h2 <= 12) or (mi is not None and int(mi) > 59):
        return None
    pm = m.group("ampm").lower().startswith("p")
    same = (h1 % 12, int(mi or 0)) < (h2 % 12, int(group(m, "mi2") or 0))
    hour = h1 % 12 + (12 if pm == same else 0)
    unit = "minute" if mi is not None else "hour"
    return Found("TIME", ClockTime(hour, int(mi or 0), unit), trim_end=m.end() - m.end("first"))


#: Minutes and hours, the units a clock time is shifted by.
_CLOCK_UNITS = alternation(unit_words(units=("minute", "hour")))
#: Which way "<n> minutes after|before|from <time>" moves.
_SHIFT_SIGN = {"after": 1, "from": 1, "before": -1}


def build_shift_from_clock(m: re.Match[str]) -> Found | None:
    """ "15 minutes from 1pm", "2 hours before noon", as an isolated phrase (in running text
    TimeML keeps the duration and the time apart: "[15 minutes] from [1pm]")."""
    if not isolated(m):
        return None
    n = whole_number(m.group("num"))
    if n is None or not 0 < n <= 24 * 60:
        return None
    minutes = n * (60 if unit_of(m.group("unit").lower()) == "hour" else 1)
    if m.group("noon"):
        hour = 0 if m.group("noon").lower() == "midnight" else 12
    else:
        h = _hour(int(m.group("h")), m.group("ampm"), None)
        if h is None:
            return None
        hour = h
    mi = int(m.group("mi") or 0)
    if mi > 59:
        return None
    total = (hour * 60 + mi + _SHIFT_SIGN[m.group("dir").lower()] * minutes) % (24 * 60)
    return _found(m, ClockTime(total // 60, total % 60, "minute", None, *_zone(m)))


_SUB_DAY = ("second", "minute", "hour")
#: A unit word of less than a day, or a short mark ("1h", "15'").
_SHORT_UNIT = rf"(?:{alternation(unit_words(units=_SUB_DAY))}|{_alt('mark')})"


def _period(seconds: int) -> str:
    """The TIMEX3 duration of ``seconds``: PT2H30M, PT45M, PT1S."""
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return "PT" + "".join(f"{v}{c}" for v, c in ((h, "H"), (m, "M"), (s, "S")) if v) or "PT0S"


def build_from_now(m: re.Match[str]) -> Found | None:
    """ "in 15 minutes", "in half an hour", "in 1/4h", "in 2.5 hours": a time that far after
    the reference (see :class:`FromNow`; "2 minutes from now" is ``date_ago``'s)."""
    duration = None
    if group(m, "part"):
        seconds = 60 * _value("part", m.group("part"))
    elif group(m, "fn"):
        seconds = 3600 * int(m.group("fn")) // int(m.group("fd"))
    else:
        num, word = m.group("num"), m.group("unit")
        n = number(num)
        if n is None or n <= 0:
            return None
        if group(m, "half"):
            n += 0.5
        key = word.lower()
        per = _WORDS["mark"].get(key) or unit(unit_of(key)).seconds
        seconds = round(n * per)  # type: ignore[operator]
        if n == int(n) and key not in _WORDS["mark"]:
            duration = duration_value(unit_of(key), int(n))
        elif key not in _WORDS["mark"] and unit_of(key) == "second":
            duration = f"PT{n:g}S"  # "in 9.58 seconds": the fraction kept, not rounded
    if not 0 < seconds <= 48 * 3600:
        return None
    spec = FromNow(seconds, duration or _period(seconds))
    return Found("TIME", spec, approx_mod(m), trim_start=m.end("sig") - m.start())


#: The trigger of forms that end in a.m./p.m. or a part of the day ("330 p.m.", "3 in the
#: morning"): every match holds one of these words.
_AMPM_OR_POD = r"(?:am|pm|m|morning|afternoon|evening|night)$"  # "a.m." is "a", "m"

#: A zone after a wire-copy clock time, without parentheses ("(1900 GMT)" keeps its own).
_ZONE_PLAIN = (
    rf"\s{{1,3}}(?:(?-i:(?P<gmt>GMT|UTC)\s{{0,2}}(?P<off>[-+−]\d{{1,2}})(?::?(?P<offm>\d{{2}}))?)"
    rf"|(?-i:(?P<tz>{TZ}|{ZONE_ABBREV}|{TZ_LOWER}))|(?P<zw>{ZONE_WORDS})"
    # "local" alone only before a gloss in parentheses: "0900 local (0600 GMT)"
    rf"|(?P<zl>local)(?=\s{{0,3}}\())"
)
#: A wire clock time with its zone ("opened at 0700 WAT"), searched for before the four digits
#: of :func:`build_wire_joined`.
_WIRE_BEFORE = re.compile(rf"(?<!\d)(?P<hm>[0-2]\d[0-5]\d){_ZONE_PLAIN}(?!\w)")

_PAST_TO_HOUR = (
    rf"(?:(?P<noon>noon|midnight)|(?:(?P<h>\d{{1,2}})(?!\d|[.:]\d)h?|(?P<hw>{_HOUR_WORD}))"
    rf"(?:\s{{0,2}}{_AMPM})?)"
)


#: The words around a clock time without a.m./p.m. that settle its half of the day, in any
#: document: an evening out (``clock_evening_cues.tsv``: "a 7:30 reservation", "Doors 7:30"),
#: an appointment of the working day (``clock_afternoon_cues.tsv``: "the call at 3:30"), a
#: morning (``chat_morning_cues.tsv``, :data:`.common.MORNING_CUE`: "alarm at 4:30").
_EVENING_CUE = re.compile(rf"\b{alt('clock_evening_cues')}\b", re.IGNORECASE)
_AFTERNOON_CUE = re.compile(rf"\b{alt('clock_afternoon_cues')}\b", re.IGNORECASE)
#: The clock rules whose hour the words around them settle (the engine calls
#: :func:`cue_clock` for them).
CUE_CLOCK_RULES: frozenset[str] = frozenset({"time_clock_24h"})


#: A clock time only the 24-hour clock writes ("18:00", "06:10", "23.40"): not data, the
#: grammar of clock times.
_TWENTY_FOUR_HOUR = re.compile(r"(?<![\d:.])(?:0\d|1[3-9]|2[0-3])[:.][0-5]\d(?![\d:])")


def cue_clock(text: str, lo: int, hi: int, spec: Spec) -> Spec:
    """A clock time on a twelve-hour reading ("7:30", "3:30", "3:30 tomorrow") read by
    the words ``text[lo:hi]`` around it: from 6 to 11 with an evening cue it is the evening's
    ("We had a 7:30 reservation", "Doors 7:30, show 8-11pm"), from 1 to 5 with an appointment
    cue and no morning cue the afternoon's ("could we make it 3:30?"); otherwise as said."""
    if type(spec) is not ClockTime or not spec.twelve_hour:
        return spec
    if _TWENTY_FOUR_HOUR.search(text, lo, hi):
        # "from 18:00 this evening until 10:00 tomorrow": a text that writes the 24-hour clock
        # around it means 10:00 as written (s31, blind text 702)
        return spec
    if 6 <= spec.hour <= 11 and _EVENING_CUE.search(text, lo, hi):
        return replace(spec, hour=spec.hour + 12, twelve_hour=False)
    if (
        1 <= spec.hour <= 5
        and _AFTERNOON_CUE.search(text, lo, hi)
        and not MORNING_CUE.search(text, lo, hi)
    ):
        return replace(spec, hour=spec.hour + 12, twelve_hour=False)
    return spec


#: A clock time written with a dot after "at", "until", "by" ... outside chat (which has its own
#: rule): "it went off at 5.50 instead of 6.30", "stuck at the turnstiles at 3.15,"; closing its
#: clause or before a word that goes on with a time, not before a unit or a number's tail.
_DOT_CLOCK_CUED = (
    r"(?P<lead>at|until|till|by|from|instead[ \t]{1,3}of)[ \t]{1,3}"
    r"(?P<h>1\d|2[0-3]|0\d|[1-9])\.(?P<mi>[0-5]\d)"
    r"(?=[ \t]{0,3}(?:\n|\Z|[!?,;)]|\.(?!\d))"
    rf"|[ \t](?:instead|and|or|to|until|till|on|this|tonight|{alt('deictic_days')}|{WEEKDAY}"
    # "at 7.40 the next morning", "at 9.15 that evening" (session 34, blind text 895)
    r"|that|the[ \t]{1,3}(?:next|following))\b)"
)
#: The words of a sentence that make it a time and its half of the day (``dot_clock_cues.tsv``),
#: or a clock time with its "am"/"pm" ("Kick off 3pm ... at 3.15").
_DOT_CUES = {r[0].lower(): r[1] for r in rows("dot_clock_cues")}
_DOT_CUE = re.compile(
    rf"\b(?:(?P<word>{alternation(sorted(_DOT_CUES))})|\d{{1,2}}(?:[:.][0-5]\d)?\s?(?P<ap>[ap])\.?m\b)",
    re.IGNORECASE,
)
#: A word before "at" that makes the number a price or a rate (``dot_clock_price_leads.tsv``).
_DOT_PRICE_LEAD = re.compile(
    rf"\b(?:{alternation(sorted(words('dot_clock_price_leads')))})\s{{1,3}}$", re.IGNORECASE
)
#: A clock time only the 24-hour clock writes after a lead of time ("reaches Waverley at 14.20"),
#: not a chat message's stamp on its line ("10/12/2026, 18:40 - Leon: ... gets in at 7.52").
_LED_TWENTY_FOUR_HOUR = re.compile(
    r"\b(?:at|until|till|by|from|to|and)[ \t]{1,3}" + _TWENTY_FOUR_HOUR.pattern
)
#: A word of an amount in a dotted clock time's sentence (``dot_clock_amount_words.tsv``), a
#: currency sign or "%": its number is no time on the 24-hour clock ("rose from 13.50 to 14.20").
_DOT_AMOUNT = re.compile(
    rf"\b(?:{alternation(sorted(words('dot_clock_amount_words')))})\b|[$£€¥%]", re.IGNORECASE
)
#: A verb of starting or finishing, at most one possessive, and a word of a working or school
#: day right before "at" (``dot_clock_duty_verbs.tsv``, ``dot_clock_duty_words.tsv``: "I start
#: my shift at 8.30"): the dotted clock time after it is a time without a cue (s34-wire).
_DUTY_BEFORE = re.compile(
    rf"\b(?:{alternation(sorted(words('dot_clock_duty_verbs')))})"
    r"(?:\s{1,3}(?:my|his|her|their|our|your|the))?"
    rf"\s{{1,3}}(?:{alternation(sorted(words('dot_clock_duty_words')))})\s{{1,3}}$",
    re.IGNORECASE,
)
#: A dotted clock time after its lead right before "instead of" ("at 5.50 instead of 6.30").
_DOT_PAIR_BEFORE = re.compile(r"\b(?:at|until|till|by|from)[ \t]{1,3}\d{1,2}\.[0-5]\d[ \t]{1,3}$")
#: The bounds of a sentence around such a clock time: a mark that is no decimal point, a line.
_SENTENCE_MARK = re.compile(r"(?<!\d)[.!?](?!\d)|\n")


#: What may stand between a dotted clock time and a cue after it that is its own: "5.50 this
#: morning", "7.15 in the evening", "9.30 tomorrow morning" (not "9.00 and afternoon").
_CUE_NEXT_TO = re.compile(
    r"\s{0,3}(?:(?:this|in\s{1,3}the|tomorrow|yesterday|that|the\s{1,3}(?:next|following))"
    r"\s{1,3})?",
    re.IGNORECASE,
)


def build_dot_clock_cued(m: re.Match[str]) -> Found | None:
    """ "This morning it went off at 5.50": a clock time with a dot (British; in chat too) is a
    time when its sentence names a part of the day or has a clock time with "am"/"pm", which
    also give its half of the day; not a price ("closed at 1.35 yesterday afternoon")."""
    s = m.string
    if _DOT_PRICE_LEAD.search(s, max(0, m.start() - 12), m.start()):
        return None
    if m.group("lead")[0] in "iI" and not _DOT_PAIR_BEFORE.search(
        s, max(0, m.start() - 24), m.start()
    ):
        return None  # "paid 5.50 instead of 6.30": a second time only after a first one
    lo = max(0, m.start() - 200)
    marks = [b.end() for b in _SENTENCE_MARK.finditer(s, lo, m.start())]
    start = marks[-1] if marks else lo
    after = _SENTENCE_MARK.search(s, m.end(), m.end() + 200)
    end = after.start() if after else min(len(s), m.end() + 200)
    hour = int(m.group("h"))
    if (
        hour > 12 or m.group("h").startswith("0") or _LED_TWENTY_FOUR_HOUR.search(s, start, end)
    ) and not _DOT_AMOUNT.search(s, start, end):
        # "reaches Waverley at 14.20", "leaves at 07.40", "leaves at 10.00 and reaches
        # Waverley at 14.20": the 24-hour clock, in the sentence, is a time as written
        # (s41b-blind3, blind text 1191: were none, and 10.00 the evening's)
        spec = ClockTime(hour, int(m.group("mi")), "minute", None)
        return Found("TIME", spec, trim_start=m.start("h") - m.start())
    # a cue right after the clock time ("at 5.50 this morning"), else the nearest one before
    # it ("Morning papers start at 9.00 and afternoon papers at 1.30": 1.30 is the
    # afternoon's, s33 text 850, was the morning's), else the first one after it
    before: re.Match[str] | None = None
    later: re.Match[str] | None = None
    for cue in _DOT_CUE.finditer(s, start, end):
        if cue.start() <= m.start("h") < cue.end():
            continue
        if cue.end() <= m.start("h"):
            before = cue
        elif later is None:
            later = cue
    nearest = (
        later
        if later is not None
        and (before is None or _CUE_NEXT_TO.fullmatch(s, m.end(), later.start()) is not None)
        else before
    )
    if nearest is None:
        if m.group("lead").lower() == "at" and _DUTY_BEFORE.search(
            s, max(0, m.start() - 40), m.start()
        ):
            # "I start my shift at 8.30": a working day's clock time, its hour as written
            spec = ClockTime(hour, int(m.group("mi")), "minute", None)
            return Found("TIME", spec, trim_start=m.start("h") - m.start())
        return None
    word = nearest.group("word")
    if word:
        half = _DOT_CUES[word.lower()]
    else:
        half = "am" if nearest.group("ap").lower() == "a" else "pm"
    hour = int(m.group("h")) % 12 + (12 if half == "pm" else 0)
    spec = ClockTime(hour, int(m.group("mi")), "minute", None)
    return Found("TIME", spec, trim_start=m.start("h") - m.start())


#: The half of the day of a stay's check-in or check-out (``stay_clock_leads.tsv``).
_STAY_HALVES = {r[0].lower(): r[1] for r in rows("stay_clock_leads")}
#: "Check-out by 10", "check-in from 3", "checkout is at 11.30": a stay's clock time without
#: a.m. or p.m., a bare hour only where its phrase ends (not "check in by 10 minutes").
_STAY_CLOCK = (
    rf"\b(?P<lead>{alternation(sorted(_STAY_HALVES))})(?:[ \t]{{1,3}}(?:time|times))?"
    r"(?:[ \t]{1,3}(?:is|was|will[ \t]{1,3}be))?[ \t]{1,3}(?:by|at|before|until|till|from|after)"
    r"[ \t]{1,3}(?P<h>1[0-2]|0?[1-9])(?:[.:](?P<mi>[0-5]\d))?"
    r"(?=[ \t]{0,2}(?:[,;!?)]|\.(?!\d)|\n|$|(?:on|and|to|or)\b))"
)


def build_stay_clock(m: re.Match[str]) -> Found | None:
    """ "Check-out by 10" (10:00), "check-in from 3" (15:00): the hour in the half of the day
    of its lead, 12 as written; the lead and its preposition stay out of the span."""
    h, mi = int(m.group("h")), m.group("mi")
    if _STAY_HALVES[" ".join(m.group("lead").lower().split())] == "pm" and h < 12:
        h += 12
    spec = ClockTime(h, int(mi or 0), "minute" if mi else "hour", None)
    return Found("TIME", spec, trim_start=m.start("h") - m.start())


#: A train, coach or ferry named by the clock time it leaves at, "the" before it and "to" or
#: "from" and a capitalised place after it ("the 11.33 to Inverness", "the 8.15 from
#: Paddington", "the 07:12 to Leeds"): the time it leaves, its hour as written (s41b-blind3,
#: blind text 1191: was none); a range ("the 1.5 to 2 range") has no minutes of two digits
#: nor a place after it.
_SERVICE_CLOCK = (
    r"\b(?:the|The)[ \t]{1,3}(?P<h>[01]?\d|2[0-3])[.:](?P<mi>[0-5]\d)"
    r"(?=[ \t]{1,3}(?:to|from)[ \t]{1,3}[A-Z][a-z])"
    # session 42: ... or a noun of what starts or leaves then (``timed_service_nouns.tsv``)
    # after "the", "a" or a possessive: "booked the 10.30 slot", "a 2.15 appointment"
    r"|\b(?:the|The|an?|A|my|our|your|his|her|their)[ \t]{1,3}(?P<h2>[01]?\d|2[0-3])[.:]"
    rf"(?P<mi2>[0-5]\d)[ \t]{{1,3}}(?P<noun>{alt('timed_service_nouns')})\b"
)
#: The nouns of :data:`_SERVICE_CLOCK` that put an hour from 1 to 11 in the evening ("the 7.30
#: show"; ``clock_evening_cues.tsv``).
_EVENING_SERVICES = frozenset(words("clock_evening_cues"))
#: ... and those that run or start before dawn too, their small hours as written ("the 5.10
#: train", "a 5.45 start"; the rows marked "early").
_EARLY_SERVICES = frozenset(r[0] for r in rows("timed_service_nouns") if r[1:] == ("early",))


def build_service_clock(m: re.Match[str]) -> Found | None:
    """ "the 11.33 to Inverness", "the 10.30 slot": the clock time the service leaves (the
    thing starts) at, without "the"."""
    if m.group("h") is not None:
        spec = ClockTime(int(m.group("h")), int(m.group("mi")), "minute", None)
        return Found("TIME", spec, trim_start=m.start("h") - m.start())
    h, mi = int(m.group("h2")), int(m.group("mi2"))
    noun = m.group("noun").lower()
    if (1 <= h <= 11 and noun in _EVENING_SERVICES) or (
        1 <= h <= 6 and noun not in _EARLY_SERVICES
    ):
        h += 12  # "the 7.30 show", "a 2.15 appointment"
    trim_end = m.end() - m.end("mi2")
    return Found(
        "TIME",
        ClockTime(h, mi, "minute", None),
        trim_start=m.start("h2") - m.start(),
        trim_end=trim_end,
    )


#: s40-barehours: an alarm's time ("alarm at 5.45, out the door by 6", "Alarm went at 4.15",
#: "the alarm is set for 5.45", "alarm set for 6 again"): a word of ``alarm_nouns.tsv``, maybe a
#: verb of setting or going off (grammar), then "for", "at" or "@" and an hour, with or without
#: its minutes, that closes its phrase (not before a unit, "%" or another number): the clock time
#: of the morning as said, in every document (blind texts 1068, 980, 1140: were untagged).
_ALARM_VERB = (
    r"(?:[ \t]{1,3}(?:is|was|'s|’s|will|'ll|’ll|be|been|got|gets|get|set|went|goes|go|going"
    r"|off))?"
)
_ALARM_CLOCK = (
    rf"\b(?:{alt('alarm_nouns')})"
    + _ALARM_VERB * 3
    + r"[ \t]{1,3}(?:for|at|@)[ \t]{1,3}(?P<h>1[0-2]|0?[1-9])(?:[.:](?P<mi>[0-5]\d))?"
    r"(?![\w:.,/%]\w|[ \t]{0,2}(?:%|[ap]\.?m\b|o'clock|in\b))"
)
#: ... closing its phrase: a mark, the line's end, "again", "because" ("Alarm set for 7 because the
#: boiler man is coming at 8", s41-diaries) or a word that closes a bare hour's
#: clause (``colloquial_bare_hour_followers.tsv``), not a noun it counts ("at 3 sites").
_ALARM_END = re.compile(
    rf"[ \t]{{0,3}}(?:(?:again|because|{alt('colloquial_bare_hour_followers')})\b|[^\w\s]|\n|$)",
    re.IGNORECASE,
)


def build_alarm_clock(m: re.Match[str]) -> Found | None:
    """ "alarm at 5.45": the morning's clock time as said (see :data:`_ALARM_CLOCK`); the
    alarm and its verbs are out of the span."""
    if _ALARM_END.match(m.string, m.end()) is None:
        return None  # "alarm set for 5 minutes", "the alarm went off at 3 sites"
    mi = m.group("mi")
    spec = ClockTime(int(m.group("h")), int(mi or 0), "minute" if mi else "hour", None)
    return Found("TIME", spec, trim_start=m.start("h") - m.start())


RULES: tuple[Rule, ...] = (
    Rule(
        "time_alarm_clock",
        "alarm [is set] for|at <h>[.<mm>]: alarm at 5.45, alarm is set for 6",
        _ALARM_CLOCK,
        build_alarm_clock,
        priority=1,
        trigger=T_DIGIT,
    ),
    Rule(
        "time_stay_clock",
        "check-out|check-in by|from <h>[.<mm>]: Check-out by 10, check-in from 3",
        _STAY_CLOCK,
        build_stay_clock,
        # chat's bare hour reads "check in is from 3" the same way: its rule goes first
        priority=0,
        trigger=T_DIGIT,
    ),
    Rule(
        "time_service_clock",
        "the <h>.<mm> to|from <Place>: the 11.33 to Inverness, the 8.15 from Paddington",
        _SERVICE_CLOCK,
        build_service_clock,
        priority=1,
        trigger=T_DIGIT,
    ),
    Rule(
        "time_dot_clock_cued",
        "at|until|by <h>.<mm> in a sentence with a part of the day: went off at 5.50 this morning",
        _DOT_CLOCK_CUED,
        build_dot_clock_cued,
        priority=1,
        trigger=T_DIGIT,
    ),
    Rule(
        "time_clock_military",
        "at <0hmm>",
        r"(?P<at>at|@)\s{1,3}(?P<hm>0\d[0-5]\d)(?![\w:]|[.,]\d|\s{1,3}\d)",
        build_military,
        priority=1,
        trigger=r"0\d[0-5]\d$",
    ),
    Rule(
        "time_clock_wire_joined",
        "at|until|till <hhmm> after <hhmm> <zone> in its sentence",
        rf"(?P<at>at|until|till)\s{{1,3}}(?P<hm>[0-2]\d[0-5]\d)(?![\w:]|[.,]\d|\s{{1,3}}\d){_ON}",
        build_wire_joined,
        priority=2,
        trigger=r"[0-2]\d[0-5]\d$",
    ),
    Rule(
        "time_from_now",
        "in <n> minutes|in half an hour",
        rf"(?P<sig>in{SP}){APPROX}(?:(?P<part>{_alt('part')})|(?P<fn>[13])/(?P<fd>[24])\s?"
        rf"(?:h|hours?)|(?P<num>{NUM})(?P<half>{SP}and{SP}an?{SP}half)?(?:{SP}more)?\s{{0,3}}"
        rf"(?P<unit>{_SHORT_UNIT}))",
        build_from_now,
        priority=1,
        trigger=T_UNIT,
    ),
    Rule(
        "time_clock_compact",
        "<h>[:<mm>]a|p",
        rf"{_AT}(?P<h>\d{{1,2}})(?::(?P<mi>\d{{2}}))?(?P<ap>[ap])\.?(?![\w.]){_ZONE}{_ON}",
        build_compact,
        priority=2,
        trigger=r"\d{1,2}[ap]$",
    ),
    Rule(
        "time_clock_h",
        "<h>h[<mm>]",
        rf"{_AT}(?P<h>\d{{1,2}})h(?P<mi>\d{{2}})?{_ZONE}{_ON}",
        build_h,
        priority=2,
        trigger=r"\d{1,2}h(?:\d{2})?$",
    ),
    Rule(
        "time_clock_at_zone",
        "at <h> <zone>",
        rf"(?P<at>at|@)\s{{0,3}}(?P<h>\d{{1,2}})(?=\s){_ZONE_ABBR}{_ON}",
        build_at_zone,
        priority=1,
        trigger=T_ZONE,
    ),
    Rule(
        "time_clock_wire",
        "<hhmm> GMT|local time|hours [<day>] | <hh:mm> hours",
        rf"(?P<hm>[0-2]\d:?[0-5]\d)(?:{_ZONE_PLAIN}|\s{{1,3}}(?P<hours>hours|hrs))(?!\w){_ON}",
        build_wire,
        priority=2,
        # "0600" or, for "06:00 hours" (two words of digits), the rarer "hours"
        trigger=r"(?:[0-2]\d[0-5]\d|hours|hrs)$",
    ),
    Rule(
        "time_clock_wire_range",
        "<hhmm>(-<hhmm> GMT|local time|hours)",
        rf"(?P<hm>[0-2]\d[0-5]\d)\s{{0,2}}[-–—]\s{{0,2}}(?P<hm2>[0-2]\d[0-5]\d)"
        rf"(?:{_ZONE_PLAIN}|\s{{1,3}}(?P<hours>hours|hrs))(?!\w){_ON}",
        build_wire,
        priority=2,
        # "0600" or, for "06:00 hours" (two words of digits), the rarer "hours"
        trigger=r"(?:[0-2]\d[0-5]\d|hours|hrs)$",
    ),
    Rule(
        "time_clock_ish",
        "<h>[:<mm>]ish [a.m.|p.m.]",
        rf"{_AT}(?:(?P<hm>\d{{3,4}})|(?P<h>\d{{1,2}})(?:(?P<sep>[:.])(?P<mi>[0-5]\d))?)ish"
        rf"(?:\s{{0,2}}{_AMPM})?{_ZONE}{_ON}",
        build_ish,
        priority=2,
        trigger=r"\d{1,4}ish$",
    ),
    Rule(
        "time_clock_spaced",
        "at <h> <mm>",
        r"(?P<at>at|@)\s{1,3}(?P<h>\d{1,2})\s(?P<mi>[0-5]\d)",
        build_spaced,
        priority=1,
        trigger=r"at$",
    ),
    Rule(
        "time_clock_hhmm",
        "<hmm> a.m.|in the evening",
        rf"{_AT}(?P<hm>\d{{3,4}})(?:\s{{0,2}}{_AMPM}|{_POD_AFTER}){_ZONE}{_ON}",
        build_hhmm,
        priority=2,
        trigger=_AMPM_OR_POD + r"|\d{3,4}[ap]m?$",  # "330 p.m.", and glued: "430pm"
    ),
    Rule(
        "time_clock_pod",
        "<h>[:<mm>] in the morning|afternoon|evening",
        rf"{_AT}(?:(?P<h>\d{{1,2}})(?::(?P<mi>\d{{2}}))?|(?P<hw>{_HOUR_WORD})){_POD_AFTER}"
        rf"{_ZONE}{_ON}",
        build_pod_after,
        priority=3,
        trigger=_AMPM_OR_POD,
    ),
    Rule(
        "time_clock_words",
        "<hour word> [<minute words>] a.m.|p.m.|in the evening",
        rf"{_AT}(?P<hw>{_HOUR_WORD})(?:[-\s]{{1,3}}{_MINUTE_WORDS})?"
        rf"(?:\s{{0,2}}{_AMPM}|{_POD_AFTER}){_ZONE}{_ON}",
        build_word_time,
        priority=1,
        trigger=_AMPM_OR_POD,
    ),
    Rule(
        "time_clock_at_words",
        "at <hour word> [<minute words>]",
        rf"(?P<at>at)\s{{1,3}}(?P<hw>{_HOUR_WORD})(?:[-\s]{{1,3}}{_MINUTE_WORDS})?{_ZONE}{_ON}",
        build_word_time,
        trigger=r"at$",
    ),
    Rule(
        "time_clock_oh",
        "<hour word> oh <minute word>",
        rf"(?P<hw>{_HOUR_WORD})[-\s]{{1,3}}(?P<zero>{_alt('zero')})[-\s]{{1,3}}(?P<mw>{NUM_WORD})"
        rf"{_ZONE}{_ON}",
        build_word_time,
        trigger=rf"{_alt('zero')}$",
    ),
    Rule(
        "time_half_hour",
        "[at] half <hour> (British: half past)",
        rf"{_AT}(?P<frac>half){SP}(?:(?P<h>\d{{1,2}})|(?P<hw>{_HOUR_WORD})){_ZONE}",
        build_half_hour,
        trigger=r"half$",
    ),
    Rule(
        "time_shift_from_clock",
        "<n> minutes|hours after|before|from <time> (an isolated phrase)",
        rf"^\s{{0,3}}(?P<num>{NUM}){SP}(?P<unit>{_CLOCK_UNITS})"
        rf"{SP}(?P<dir>after|before|from){SP}(?:(?P<noon>noon|midnight)|(?P<h>\d{{1,2}})"
        rf"(?::(?P<mi>\d{{2}}))?\s{{0,2}}{_AMPM}){_ZONE}",
        build_shift_from_clock,
        priority=2,
        # the time it ends with (a.m./p.m., noon, midnight): rarer in news than unit words
        trigger=r"(?:am|pm|m|noon|midnight|\d{1,2}[ap]m?)$",
    ),
    Rule(
        "time_range_first_clock",
        "<h>[:<mm>] to|-|and <h>[:<mm>] a.m.|p.m.",
        rf"(?P<first>(?P<h>\d{{1,2}})(?:[:.](?P<mi>\d{{2}}))?)\s{{0,3}}"
        rf"(?P<join>to|until|till|through|and|[-–])\s{{0,3}}(?<![\d:.])"
        rf"(?P<h2>\d{{1,2}})(?:[:.](?P<mi2>\d{{2}}))?\s{{0,2}}{_AMPM}",
        build_range_first,
        priority=2,
        # the a.m./p.m. every match ends with ("a.m." is "a", "m"): rarer than digits, and the
        # group of time_shift_from_clock
        trigger=r"(?:am|pm|m|noon|midnight|\d{1,2}[ap]m?)$",
    ),
    Rule(
        "time_fixture_clock",
        "kick-off|doors [is] [at] <h>.<mm>|<h>",
        rf"(?P<lead>{alt('fixture_clock_leads')})(?:{SP}(?:is|was))?(?:{SP}at|:)?{SP}"
        rf"(?P<h>\d{{1,2}})(?:[.:](?P<mi>[0-5]\d)(?!\d|[.:]\d|\s{{0,2}}[ap]\.?m\b)"
        # a bare hour only where its phrase ends ("Doors 7, first support 7.45")
        # nor in a list of numbers ("doors 2, 3 and 4")
        r"|(?=[ \t]{0,2}(?:[,;!)](?![ \t]{0,2}\d)|\.(?!\d)|\n|$)))"
        rf"{_ZONE}{_ON}",
        build_fixture_clock,
        priority=2,
        trigger=_FIXTURE_TRIGGER,
    ),
    Rule(
        "time_past_to",
        "half|a quarter|<n> [minutes] past|to <hour>",
        rf"{_AT}(?:(?P<frac>{_alt('minutes')})|(?P<mn>\d{{1,2}}|{NUM_WORD})"
        rf"(?P<minutes>{SP}min(?:ute)?s?)?){SP}(?P<dir>{_alt('direction')}){SP}"
        rf"{_PAST_TO_HOUR}{_ZONE}{_ON}",
        build_past_to,
        priority=3,
        trigger=r"(?:past|till|half|quarter|minutes?|noon|midnight|am|pm|m|\d{1,2}[ap]m)$",
    ),
)
