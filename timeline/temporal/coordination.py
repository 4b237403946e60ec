"""Coordinated expressions, read after selection from the expressions beside them.

- **Lists of days that share one month**, written once at one end: "12 and 13 April",
  "6, 7 and 8 June 2022", "the 3rd and 5th of April", "March 3, 10 and 17", "March 3, 10 and
  17, 2021". TimeML annotates each day as a date of its own; the rules tag only the day next to
  the month. Each selected "<day> <month>" date lends its month (and year) to the days listed
  before it, each "<month> <day>" date to the days listed after it (rule ids
  ``date_list_day_first`` and ``date_list_month_first``). A month-first list must end with
  "and"/"&"/"or" and a day no noun follows ("On March 3 and 10 people were hurt" is a count); a
  year after its last day dates every day of it, the first included.
- **Compound durations**: two durations side by side, the larger unit first ("an hour and 20
  minutes" = PT1H20M, "2 years, 3 months" = P2Y3M; weeks beside days count as days, "two weeks
  and three days" = P17D, since ISO 8601 writes no weeks beside other units), unless an offset
  word follows ("2 years and 3 months ago": the offset rules read "3 months ago", and the
  duration before it joins that offset, :func:`compound_offset`). Rule id
  ``duration_compound``.

Working on the selected expressions costs nothing where there is no list: a rule matching the
whole list would run at every month name of a text.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .lexicon import alternation, rows, words
from .rule import Found, Rule
from .values import CalendarDate, Fixed, FromNow, Offset


def _credit(rule_id: str, label: str) -> Rule:
    """A rule that expressions found here are credited to (it matches nothing itself)."""
    return Rule(rule_id, label, r"(?!x)x", lambda m: None, trigger=r"(?!x)x")


LIST_DAY_FIRST = _credit("date_list_day_first", "<day>, <day> and <day> <month> [<year>]")
LIST_MONTH_FIRST = _credit("date_list_month_first", "<month> <day>, <day> and <day>[, <year>]")
COMPOUND = _credit("duration_compound", "<n> <unit> [and] <n> <smaller unit>")

_SUFFIX = r"(?:st|nd|rd|th)?"
_DAY = rf"(?P<d>\d{{1,2}}){_SUFFIX}"
_AND = r",?\s{1,3}(?:and|&|or)\s{1,3}"

#: A "<month> <day>" date's text and a "<day> <month> [year]" date's text.
_MONTH_THEN_DAY = re.compile(rf"[^\W\d]+\.?\s{{0,3}}\d{{1,2}}{_SUFFIX}")
_DAY_THEN_MONTH = re.compile(
    rf"(?:the\s{{1,3}}(?=\d{{1,2}}(?:st|nd|rd|th)))?"
    rf"\d{{1,2}}(?:(?:st|nd|rd|th)\s{{1,3}}of|{_SUFFIX})\s{{1,3}}[^\W\d]+\.?(?:,?\s{{1,3}}\d{{4}})?",
    re.IGNORECASE,
)
#: One more day of a list after a date or a day: ", 10", " and 17", ", and 17".
_NEXT_DAY = re.compile(rf"(?P<sep>\s{{0,3}},\s{{0,3}}|{_AND}){_DAY}(?![\d:%]|[.,]\d)", re.I)
#: What may follow the last day of a month-first list: punctuation, the end, the year, or a
#: word that is no noun being counted (``list_followers.tsv``).
_LAST_FOLLOW = re.compile(
    r"(?:,?\s{1,3}(?P<year>\d{4})(?![\d,.]\d))?"
    r"(?=\s{0,3}(?:$|[.,;:!?)\]\"'’”]|" + alternation(words("list_followers")) + r"\b))",
    re.IGNORECASE,
)
#: The days of a day-first list before its dated last day: "12 and ", "6, 7 and ".
_DAYS_BEFORE = re.compile(
    rf"(?<![\w.,:/-])(?:(?:the\s{{1,3}})?\d{{1,2}}{_SUFFIX}\s{{0,3}},\s{{0,3}}){{0,4}}"
    rf"(?:the\s{{1,3}})?\d{{1,2}}{_SUFFIX}{_AND}$",
    re.IGNORECASE,
)
#: s41-blindhist: the first day of a range of ordinals before a dated "the <nth> of <month>"
#: ("from the 24th to the 29th of August", "from the 2nd until the 9th of June"), which takes
#: its month as a list's days do (was untagged: the day rule leaves it to the month after it).
_ORDINAL_RANGE_BEFORE = re.compile(
    r"(?<![\w.,:/-])the\s{1,3}\d{1,2}(?:st|nd|rd|th)\s{1,3}(?:to|until|till|through|[-–])"
    r"\s{1,3}$",
    re.IGNORECASE,
)
#: One day of such a list, as TimeML spans it: "12", "the 3rd" (an ordinal keeps its "the").
_DAY_NUMBER = re.compile(
    r"(?:the\s{1,3}(?=\d{1,2}(?:st|nd|rd|th)))?(?P<d>\d{1,2})(?:st|nd|rd|th)?", re.I
)
#: Up to how many characters before a date a day-first list is looked for.
_REACH = 60


def _day_date(found: Found) -> CalendarDate | None:
    spec = found.spec
    if found.type != "DATE" or found.mod is not None or type(spec) is not CalendarDate:
        return None
    if spec.day is None or spec.month is None or spec.weekday is not None:
        return None
    return spec


def list_days(
    text: str, start: int, end: int, found: Found
) -> tuple[Found | None, list[tuple[int, int, Found]]]:
    """The other days of a list that the date ``text[start:end]`` closes or opens: (the date
    itself with the list's year, if it gains one; the other days as (start, end, found))."""
    spec = _day_date(found)
    if spec is None:
        return None, []
    written = text[start:end]
    if _DAY_THEN_MONTH.fullmatch(written):
        return None, _days_before(text, start, spec)
    if _MONTH_THEN_DAY.fullmatch(written):
        return _days_after(text, end, found, spec)
    return None, []


def _days_before(text: str, start: int, spec: CalendarDate) -> list[tuple[int, int, Found]]:
    lo = max(0, start - _REACH)
    m = _DAYS_BEFORE.search(text, lo, start)
    if m is None and text.startswith(("the", "The"), start):
        m = _ORDINAL_RANGE_BEFORE.search(text, lo, start)
    if m is None:
        return []
    out = []
    for d in _DAY_NUMBER.finditer(text, m.start(), m.end()):
        if 1 <= int(d.group("d")) <= 31:
            date = CalendarDate(spec.year, spec.month, int(d.group("d")))
            out.append((d.start(), d.end(), Found("DATE", date)))
    return out


def _days_after(
    text: str, end: int, found: Found, spec: CalendarDate
) -> tuple[Found | None, list[tuple[int, int, Found]]]:
    days: list[tuple[int, int, int]] = []
    pos, closed = end, False
    while not closed and len(days) < 5:
        m = _NEXT_DAY.match(text, pos)
        if m is None:
            break
        days.append((m.start("d"), m.end("d"), int(m.group("d"))))
        closed = m.group("sep").strip(" ,").lower() in ("and", "&", "or")
        pos = m.end()
    follow = _LAST_FOLLOW.match(text, pos) if closed else None
    if follow is None or not all(1 <= d <= 31 for _, _, d in days):
        return None, []  # "March 3, 10 people": no list
    year = int(follow.group("year")) if follow.group("year") else spec.year
    out = [(s, e, Found("DATE", CalendarDate(year, spec.month, d))) for s, e, d in days]
    if follow.group("year"):
        last_start, _, last_day = days[-1]
        out[-1] = (last_start, follow.end(), out[-1][2])  # "17, 2021"
    head = None
    if year is not None and spec.year is None:
        head = replace(found, spec=replace(spec, year=year))
    return head, out


#: A duration value of one count and one unit: "P2W", "PT20M".
_SIMPLE = re.compile(r"P(?P<t>T?)(?P<n>\d+(?:\.\d+)?)(?P<c>[YMWDHS])")
#: A duration value that joins whole counts of several units: "P3Y1M", "PT1H10M".
_JOINED = re.compile(
    r"P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?"
)
#: The units of a compound, larger first (weeks before days), by the value's codes.
_RANK = ("Y", "M", "W", "D", "TH", "TM", "TS")
#: Between the two durations of a compound.
_COMPOUND_GAP = re.compile(r",?\s{1,3}and\s{1,3}|,\s{1,3}|\s{1,3}", re.IGNORECASE)
#: A compound whose last unit is weeks ("4 months, 2 weeks"), no days written in it.
_WEEKS_NOT_DAYS = re.compile(r"(?:(?!\bdays?\b).)*\bweeks?", re.IGNORECASE | re.DOTALL)
#: A word after a duration that makes it an offset ("ago", "later": ``directions.tsv``).
_SHIFT_AFTER = re.compile(
    r"\s{1,3}" + alternation(r[0] for r in rows("directions") if r[2] in ("after", "now")) + r"\b",
    re.IGNORECASE,
)


#: A preposition of ``directions.tsv`` ("after", "before", "on") and a word after it.
_PREPOSITION_THEN_PHRASE = re.compile(
    r"\s{1,3}(?:"
    + alternation(r[0] for r in rows("directions") if len(r) > 3 and r[3] == "preposition")
    + r")\s{1,3}[\w'’]",
    re.IGNORECASE,
)


#: "on" and a noun phrase after a compound joined by "and" ("in two hours and 51 minutes on a
#: hot night"): the setting of the event, no offset; not "on from" ("two years and a month on
#: from the crash"). ``compound_phrase_prepositions.tsv`` (s36-wire2)
_SETTING_THEN_PHRASE = re.compile(
    r"\s{1,3}(?:"
    + alternation(words("compound_phrase_prepositions"))
    + r")\s{1,3}(?!from\b)[\w'’]",
    re.IGNORECASE,
)


def _parts(found: Found) -> list[tuple[str, float]] | None:
    """The counts and unit codes of a duration, larger unit first ("P3Y1M" = Y 3, M 1), or
    None if it is no plain duration."""
    spec = found.spec
    if type(spec) is FromNow and not spec.always:
        # "won in 2 hours, 8 minutes": "in" and a count, the duration in a past or plain
        # sentence; the compound is one duration as after any other signal
        value = spec.duration
    elif found.type == "DURATION" and type(spec) is Fixed:
        value = spec.value
    else:
        return None
    m = _SIMPLE.fullmatch(value)
    if m is None:
        m = _JOINED.fullmatch(value)  # "three years, one month" before "and two days"
        if m is None or m.group(0) == "P":
            return None
        return [(code, int(n)) for code, n in zip(_RANK, m.groups(), strict=True) if n]
    n = float(m.group("n"))  # "19.11 seconds": a fraction, only of the smallest unit
    return [(m.group("t") + m.group("c"), int(n) if n == int(n) else n)]


def _count(n: float) -> str:
    """A count as a duration writes it: "12", "19.11"."""
    return str(int(n)) if n == int(n) else str(round(n, 3))


def compound(
    text: str, first: tuple[int, int, Found], second: tuple[int, int, Found]
) -> Found | None:
    """The one duration of two side by side, the larger unit first, or None."""
    head, tail = _parts(first[2]), _parts(second[2])
    if head is None or tail is None or len(tail) > 1 or second[2].mod is not None:
        return None
    a, b = head[-1], tail[0]
    weeks_then_days = (
        # "4 months, 2 weeks and 3 days": the weeks were counted as days (P4M14D) before the
        # days joined them (s27-wiki, a battle's infobox: was "3 days" alone)
        a[0] == b[0] == "D"
        and len(head) > 1
        and _WEEKS_NOT_DAYS.fullmatch(text, first[0], first[1]) is not None
    )
    if a[1] != int(a[1]) or (_RANK.index(a[0]) >= _RANK.index(b[0]) and not weeks_then_days):
        return None  # "20 minutes and an hour", "5 years and 10 years": two durations
    if not _COMPOUND_GAP.fullmatch(text, first[1], second[0]):
        return None
    if (
        _SHIFT_AFTER.match(text, second[1])
        and not (
            text[first[1] : second[0]].isspace() and _PREPOSITION_THEN_PHRASE.match(text, second[1])
        )
        and not _SETTING_THEN_PHRASE.match(text, second[1])
    ):
        # "2 years and 3 months ago": an offset; but two units side by side before a
        # preposition and its noun phrase are one duration and an event after it ("failed for
        # 2 hours 38 minutes after a configuration change"; session 35, blind text 959), where
        # "after 14 months, two weeks after the warranty ran out" keeps two
        return None
    parts: dict[str, float] = {}
    for code, n in (*head, b):
        if code == "W":
            code, n = "D", 7 * n  # ISO 8601 writes no weeks beside other units
        parts[code] = parts.get(code, 0) + n
    date = "".join(f"{_count(parts[c])}{c}" for c in ("Y", "M", "D") if c in parts)
    time = "".join(f"{_count(parts[c])}{c[1]}" for c in ("TH", "TM", "TS") if c in parts)
    value = f"P{date}{'T' + time if time else ''}"
    return Found("DURATION", Fixed(value), first[2].mod)


#: The offset unit a compound's larger unit is counted in, and how many of it one is: "two
#: years and three months later" = 27 months, "two hours and forty minutes later" = 160 minutes
#: (a month has no fixed count of days: "a month and ten days later" stays two expressions).
_INTO = {("Y", "month"): 12, ("W", "day"): 7, ("D", "hour"): 24, ("TH", "minute"): 60}


def compound_offset(
    text: str, first: tuple[int, int, Found], second: tuple[int, int, Found]
) -> Found | None:
    """A duration joined to the offset after it ("Two years and three months later" after 3
    May 1920 = 1922-08; "sank two hours and forty minutes later" after 11:40 p.m. = 02:20, the
    TIME "two hours and forty minutes"; "2 years and 3 months ago"): the offset counted in its
    own unit, or None. TimeML tags the compound as one expression; the offset rule alone read
    only its second part (s27-wiki: "two hours" DURATION and "forty minutes" TIME)."""
    spec = second[2].spec
    if type(spec) is not Offset or spec.period is not None or spec.compared:
        return None
    head = _parts(first[2])
    if head is None or len(head) != 1 or first[2].mod is not None and second[2].mod is not None:
        return None
    code, n = head[0]
    scale = _INTO.get((code, spec.unit))
    if scale is None or n != int(n) or not _COMPOUND_GAP.fullmatch(text, first[1], second[0]):
        return None
    count = int(n) * scale + abs(spec.n)
    # the value when no clock time anchors it: the duration as written ("PT2H40M")
    written = {"TH": f"PT{int(n)}H{abs(spec.n)}M", "D": f"P{int(n)}DT{abs(spec.n)}H"}.get(code)
    sign = 1 if spec.n > 0 else -1
    joined = Offset(spec.unit, sign * count, spec.base, spec.keep, written=written)
    return Found(second[2].type, joined, first[2].mod or second[2].mod, trim_end=0)
