"""Sets (recurring times): "every week", "each July", "daily", "nightly", "annually",
"twice a year", "$5 million a year", "Tuesday nights"."""

from __future__ import annotations

import re

from ..lexicon import alt, alternation, lookup, rows, table, words
from ..rule import DOCUMENT, Found, Rule
from ..units import duration_value, unit_of
from ..units import words as unit_words
from ..values import Fixed
from .absolute import names_object
from .common import (
    MONTH,
    NUM,
    ORDINAL_WORD,
    POD,
    SEASON,
    SP,
    T_UNIT,
    T_WEEKDAY,
    WEEKDAY,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAY_ANY,
    group,
    month_number,
    next_word,
    ordinal,
    prev_word,
    weekday_number,
    whole_number,
    whole_rate_before,
)

#: A recurrence adverb ("daily", "biweekly"): ``set_adverbs.tsv``.
_ADVERB = alt("set_adverbs")
#: A recurring unit: a singular word of ``units.tsv`` ("week", "fortnight", "yr", "wknd") or a
#: singular part of day of ``parts_of_day.tsv`` ("night"), so a unit added to the table
#: recurs too.
_SET_UNITS = "(?P<unit>{})".format(
    alternation(
        unit_words(plural=False) + [w for w in table("parts_of_day") if not w.endswith("s")]
    )
)
#: The plural unit words of ``units.tsv`` ("every 3 days", "every two fortnights").
_PLURAL_UNITS = alternation(unit_words(plural=True))


def _unit_value(unit: str, n: int = 1) -> str:
    """The set value of every ``n`` units: a period ("P1W"; "P20Y" for two decades), the
    weekend ("XXXX-WXX-WE") or a part of day ("XXXX-XX-XXTNI")."""
    pod = table("parts_of_day").get(unit)
    if pod:
        return f"XXXX-XX-XXT{pod}"
    unit = unit_of(unit)  # "yr" -> year
    return "XXXX-WXX-WE" if unit == "weekend" else duration_value(unit, n)


def _weekday_value(wd: str, pod: str | None) -> str:
    """The set value of a weekday, with a part of day or not: "XXXX-WXX-2", "XXXX-WXX-2TNI"."""
    suffix = f"T{lookup('parts_of_day', pod)}" if pod else ""
    return f"XXXX-WXX-{weekday_number(wd)}{suffix}"


def _thing(m: re.Match[str], any_case: bool = False) -> str | None:
    """The set value of the recurring thing: a unit, a weekday, a month or a season (a weekday
    or a month in lower case only if ``any_case``: after "every", "every tuesday", "every
    december" in a chat)."""
    if group(m, "unit"):
        return _unit_value(m.group("unit").lower())
    if group(m, "wd"):
        if not (any_case or m.group("wd")[0].isupper()):
            return None
        return _weekday_value(m.group("wd"), group(m, "pod"))
    if group(m, "month"):
        month = m.group("month")
        # "every december" after "every" in any case (s32-informal, blind text 735), not a
        # month that is also a word ("every march", "every may": month_ambiguous.tsv)
        if not month[0].isupper() and not (
            any_case and month.lower().rstrip(".") not in _AMBIGUOUS_MONTHS
        ):
            return None
        return f"XXXX-{month_number(m.group('month')):02d}"
    if group(m, "season"):
        return f"XXXX-{lookup('seasons', m.group('season'))}"
    return None


#: Month names that are also words or bare abbreviations (``month_ambiguous.tsv``).
_AMBIGUOUS_MONTHS = words("month_ambiguous")
#: Weekday abbreviations that are also English words (``weekday_word_abbreviations.tsv``).
_WORD_ABBREVIATIONS = words("weekday_word_abbreviations")
#: A clock time after such an abbreviation, which makes it a day ("every wed at 9pm", "every
#: Mon @ noon").
_AT_CLOCK_AFTER = re.compile(r"\s{1,3}(?:at|@)\s{0,3}(?:\d|noon\b|midnight\b)", re.IGNORECASE)


#: Words that count only some days or years (``day_kinds.tsv``) after "every"/"each": "each
#: financial year", "every business day", with the units each counts (second column).
_DAY_KIND = alt("day_kinds")
_KIND_UNITS = {r[0].lower(): frozenset(r[1].split(",")) for r in rows("day_kinds")}


def build_every(m: re.Match[str]) -> Found | None:
    num = group(m, "num")
    value: str | None
    if num:
        k = whole_number(num)
        if k is None or k < 1:
            return None
        low = group(m, "low")
        if low:
            # "every 10 to 15 minutes", "every 10-15 minutes": at least the shorter interval,
            # the lower bound's value as a range of durations has it (rules/durations.py)
            j = whole_number(low)
            if j is None or not 1 <= j < k:
                return None
            k = j
        value = _unit_value(unit_of(m.group("units")), k)  # "every 3 days"
    elif group(m, "vague"):
        unit = unit_of(m.group("vague"))
        if table("parts_of_day").get(unit) or unit == "weekend":
            return None  # "every few nights": no count of a part of the day
        value = duration_value(unit, None)  # "every few hours" PTXH, as "every 3 hours" PT3H
    elif group(m, "kind"):
        # "each financial year", "every business day": one such unit at a time (day_kinds.tsv)
        unit = m.group("kunit").lower()
        if unit not in _KIND_UNITS.get(m.group("kind").lower(), ()):
            return None  # "every market year"
        value = _unit_value(unit, 1)
    elif group(m, "wd_short"):
        short = m.group("wd_short")
        if (
            short.lower() in _WORD_ABBREVIATIONS
            and not group(m, "other")
            and not short.istitle()
            and not _AT_CLOCK_AFTER.match(m.string, m.end())
        ):
            # "every sun is a gift"; but "every 2nd Sat", "every other sun", and capitalised
            # or before its clock time: "scrims every Wed at 9pm ET", "every wed at 8"
            return None
        value = _weekday_value(m.group("wd_short"), group(m, "pod_short"))  # "every tues"
    elif group(m, "other") and group(m, "unit"):
        value = _unit_value(m.group("unit").lower(), 2)  # "every other week": every second one
    else:
        value = _thing(m, any_case=True)
        if value is None:
            return None
    return Found("SET", Fixed(value), quant="EVERY")


#: A holiday's day of the year in ``holidays.tsv`` ("12-25"), not a movable one's rule.
_FIXED_DAY = re.compile(r"\d\d-\d\d")


def build_every_date(m: re.Match[str]) -> Found | None:
    """ "every 11 November", "each May 12", "every 4th of July": a day of the calendar that
    recurs every year, one SET ``XXXX-11-11`` (as "every May" is ``XXXX-05``; s24-wars); so is
    a holiday on a fixed day ("every Christmas" = ``XXXX-12-25``, "each Boxing Day"; s41-blindhist:
    was the one Christmas the tense points at), not a movable one ("every Easter")."""
    holiday = group(m, "hol")
    if holiday is not None:
        day_of_year = lookup("holidays", holiday)
        if not _FIXED_DAY.fullmatch(day_of_year) or not holiday[:1].isupper():
            return None  # "every Easter": no day of the calendar; "every christmas" in chat
        if names_object(m.string, m.end()):
            return None  # "Every Christmas tree in the square": a thing, as date_holiday has it
        return Found("SET", Fixed(f"XXXX-{day_of_year}"), quant="EVERY")
    day = int(group(m, "d1") or m.group("d2"))
    month = month_number(group(m, "m1") or m.group("m2"))
    if not 1 <= day <= 31:
        return None
    return Found("SET", Fixed(f"XXXX-{month:02d}-{day:02d}"), quant="EVERY")


#: A lower-case word right after an adverb: "a quarterly dividend" is an adjective, unless
#: the word is one of ``set_adverb_followers.tsv`` ("quarterly instead of monthly").
_LOWER_WORD_NEXT = re.compile(r" [a-z]")
_ADVERB_FOLLOWERS = words("set_adverb_followers")


#: Determiners and possessives: after one, "everyday" is an adjective ("an everyday matter").
_DETERMINERS = words("modifier_determiners")


#: A capitalised word right after a lower-case recurrence adverb: a name goes on ("the
#: Communist Party daily Pravda", "the German weekly Der Spiegel"), unless it is a weekday or a
#: month ("open daily Monday through Friday", "twice weekly April through October"). A
#: capitalised adverb may head a title ("Daily and Weekly Winners": recurrences), so it is
#: a name only after "the" ("the Daily Telegraph"; "NBC Nightly News" stays a SET: a limit).
_NAME_NEXT = re.compile(rf"\s{{1,3}}(?!(?:{WEEKDAY_ANY}|{MONTH})s?\b)(?-i:[A-Z])", re.IGNORECASE)
#: Words between a determiner and "daily" that make it a newspaper (``publication_words.tsv``).
_PUBLICATION_WORDS = words("publication_words")


def is_publication(m: re.Match[str]) -> bool:
    """True if the adverb of ``m`` is the noun of a newspaper or magazine, no recurrence
    (TimeML tags times, and "the daily" names a paper): in lower case before a name ("the
    French daily Le Monde"), after a determiner at the end of its phrase ("according to the
    daily,"), or after a determiner and a word of ``publication_words.tsv`` ("the state-run
    daily quoted him"); capitalised, after "the" and before a name ("the Daily Mail")."""
    before = m.string[max(0, m.start() - 40) : m.start()].split()
    last = before[-1].lower() if before else ""
    if (m.group("adv").islower() or last == "the") and _NAME_NEXT.match(m.string, m.end()):
        return True
    if last in _DETERMINERS:
        return m.string[m.end() : m.end() + 1] in (".", ",", ";", ":", ")", "")
    if len(before) > 1 and last in _PUBLICATION_WORDS and before[-2].lower() in _DETERMINERS:
        return True
    return m.group("adv")[0].isupper() and _after_name(m, before)


#: A newspaper's title after a capitalised name and "Daily" ("the Gulf Daily News"), a verb of
#: its report ("China Daily reported"), and what stands before such a name ("— Andes Daily,",
#: "told China Daily"): ``publication_title_heads.tsv``, ``publication_name_followers.tsv``,
#: ``publication_name_leads.tsv`` (s39-wikinews).
_TITLE_HEADS = words("publication_title_heads")
_NAME_FOLLOWERS = words("publication_name_followers")
_NAME_LEADS = words("publication_name_leads")
_CAPITALISED = re.compile(r"[A-Z][\w'.&-]*")


def _after_name(m: re.Match[str], before: list[str]) -> bool:
    """True if the capitalised adverb of ``m`` ends a newspaper's name after up to three
    capitalised words (no weekday or month, none closed by a comma): before a title word
    ("Gulf Daily News"), before a verb of its report ("China Daily reported"), or with the name
    after a lead of ``publication_name_leads.tsv`` ("— Andes Daily,", "according to China
    Daily"). A heading in title case ("Ferry to Run Daily", "Win Daily Prizes") has none."""
    run = 0
    while run < 3 and run < len(before):
        word = before[-1 - run]
        if not _CAPITALISED.fullmatch(word) or word.endswith(".") or _CALENDAR.fullmatch(word):
            break
        run += 1
    if not run:
        return False
    after = _NEXT_WORD.match(m.string, m.end())
    follower = after.group(1) if after else ""
    if (follower[:1].isupper() and follower.lower() in _TITLE_HEADS) or follower in _NAME_FOLLOWERS:
        return True
    rest = before[: len(before) - run]
    if not rest:
        return False
    lead = rest[-1].lower()
    if lead in _DASHES:
        # a Sources line's dash comes after the quoted title ('"Quake hits" — Andes Daily,'),
        # not after a name on a sign ("Harbour Café — Open Daily 8am-6pm")
        return len(rest) > 1 and rest[-2][-1:] in _CLOSING_QUOTES
    return lead in _NAME_LEADS or (len(rest) > 1 and f"{rest[-2].lower()} {lead}" in _NAME_LEADS)


_DASHES = frozenset(("—", "–", "--"))
_CLOSING_QUOTES = frozenset(('"', "”", "'", "’"))


#: The word after the adverb, without its punctuation ("on NBC Nightly News.").
_NEXT_WORD = re.compile(r"\s{1,3}([\w'-]+)")
#: A weekday or a month: no name ("Open Monday Daily").
_CALENDAR = re.compile(rf"(?:{WEEKDAY_ANY}|{MONTH})s?", re.IGNORECASE)


def build_adverb(m: re.Match[str]) -> Found | None:
    adv = m.group("adv").lower()
    if is_publication(m):
        return None  # "the Communist Party daily Pravda", "the financial daily": a paper
    if (
        adv in ("quarterly", "half-yearly")
        and _LOWER_WORD_NEXT.match(m.string[m.end() : m.end() + 2])
        # "lodge returns quarterly instead of monthly", "paid quarterly from July": an adverb
        and next_word(m).lower() not in _ADVERB_FOLLOWERS
    ):
        return None  # "a quarterly dividend": an adjective, not a recurrence
    if adv == "everyday" and prev_word(m).lower() in _DETERMINERS:
        return None  # "an everyday matter": ordinary, not a recurrence
    freq = group(m, "freq")
    times = group(m, "times")
    count = whole_number(times) if times else None
    if freq:
        # "twice-weekly", "twice daily" (a dose: "take the tablets twice daily")
        count = int(lookup("frequency_words", freq))
    if count:  # "three times daily"
        return Found("SET", Fixed(lookup("set_adverbs", adv)), freq=f"{count}X")
    return Found("SET", Fixed(lookup("set_adverbs", adv)))


#: A word for a number of times ("twice"): ``frequency_words.tsv``.
_FREQUENCY = alt("frequency_words")


def build_freq(m: re.Match[str]) -> Found | None:
    f = m.group("freq").lower()
    if not group(m, "times"):
        count = int(lookup("frequency_words", f))
    else:
        k = whole_number(m.group("times"))
        if k is None:
            return None
        count = k
    num = group(m, "num")
    if num:
        k = whole_number(num)  # "once every 21 days", "twice every five years"
        if k is None or k < 1:
            return None
        value: str | None = _unit_value(unit_of(m.group("units")), k)
    else:
        value = _thing(m)
    if value is None:
        return None
    mod = "APPROX" if group(m, "orso") else None
    return Found("SET", Fixed(value), mod, freq=f"{count}X")


#: Words that end an amount before "a year" ("$5 million a year"): ``rate_amount_words.tsv``.
_RATE_AMOUNT_WORDS = words("rate_amount_words")


#: Units of distance that make "<n> miles an hour" a speed (``speed_units.tsv``).
_SPEED_UNITS = words("speed_units")


#: A noun after "a second" that makes "second" the ordinal: a lower-case word that is not a
#: function word ("ten frames a second and ...", "a second for ..." stay rates).
_ORDINAL_SECOND = re.compile(
    r"[ \t]{1,3}(?!(?:and|or|for|in|on|at|to|with|from|by|over|until|during|but)\b)[a-z]"
)


#: A word after "a <unit>" that makes it an offset ("a decade before the crisis":
#: ``rate_offset_followers.tsv``).
_OFFSET_AFTER = re.compile(
    r"\s{1,3}(?:"
    + alternation(r[0] for r in rows("rate_offset_followers") if r[1] == "offset")
    + r")\b(?!\s{1,3}(?:"
    + alternation(r[0] for r in rows("rate_offset_followers") if r[1] == "phrase")
    + r")\b)",
    re.IGNORECASE,
)


def _large(counted: re.Match[str] | None) -> bool:
    """Whether a count of :data:`_COUNTED` is of a hundred or more ("42,000 passengers", "two
    million visitors"), which counts things per unit of time rather than people who acted."""
    if counted is None:
        return False
    if counted.group("mag") or counted.group("mag2"):
        return True
    number = counted.group().split()[0].replace(",", "")
    return number.isdigit() and int(number) >= 100


def _many_acted(counted: re.Match[str] | None) -> bool:
    """Whether a count of :data:`_COUNTED_VERB` is of a hundred or more ("7,000 people were
    dying a week"): so many acting in each unit of time is a rate; a few ("Staff at 12 branch
    offices waited a month") spend the unit once."""
    if counted is None:
        return False
    number = counted.group().split()[0].replace(",", "")
    return number.isdigit() and int(number) >= 100


#: An amount converted into another currency in parentheses right before the rate: "90 million
#: pounds ($178 million) a year", "1,200 Canadian dollars (US$1,040) a year".
_PAREN_AMOUNT = re.compile(
    r"\([^()]{0,12}[$€£¥]\s?\d[\d,.]{0,12}(?:\s{1,3}[a-z]{3,9})?\)\s{0,3}$", re.IGNORECASE
)


#: "a"/"an" and a thing made or done one at a time right before the unit ("she wrote a book a
#: year", "a column a week": ``rate_item_nouns.tsv``; s35-wire2), a rate as "one interview a
#: year" is; also "one" or "a single" and such a thing with one word before it (s37-wire,
#: blind text 1015: "agreed to play one home game a year", "a new album a year", "one short
#: film a year"; was the DURATION), the word no function word ("a game a year later" is left
#: to the offset check).
_ITEM_BEFORE = re.compile(
    r"(?<![\w-])(?:an?|one|a\s{1,3}single)\s{1,3}(?:(?!(?:"
    + alternation(words("year_function_words"))
    + r")\s)[a-z]{3,20}\s{1,3})?(?:"
    + alternation(words("rate_item_nouns"))
    + r")\s{1,3}$",
    re.IGNORECASE,
)


#: "of" after "a quarter": a fraction of what follows (:func:`build_rate`).
_OF_AFTER = re.compile(r"\s{1,3}of\s")


def build_rate(m: re.Match[str]) -> Found | None:
    """ "$5 million a year", "40 hours a week": a rate after an amount."""
    if m.string[max(0, m.start() - 3) : m.start()].rstrip().endswith((",", ";")):
        return None  # "founded in 1998, a decade before the crisis": no amount before it
    before = prev_word(m).lower().rstrip(".,")
    if (group(m, "unit") or "").lower() == "quarter" and _OF_AFTER.match(m.string, m.end()):
        return None  # "by the early 1980s a quarter of the town's men": a fraction, no rate
    if before in _SPEED_UNITS and _measure_unit(m.group("unit").lower()):
        return None  # "150 miles per hour": a speed
    if _YEAR_WORD.fullmatch(before) and _LENGTH_AFTER.match(m.string, m.end()):
        return None  # "the prize for 1921 a year late": a year, then how late, no amount
    if group(m, "unit") and whole_rate_before(m.string, m.start(), m.group("unit")):
        return None  # "365 days a year", "24 hours a day": all the time, no recurrence
    if (group(m, "unit") or "").lower() in ("second", "seconds", "sec", "secs") and not group(
        m, "annum"
    ):
        return None  # "120 frames per second", "10 gigabits a second": a measure, no schedule
    percent = m.string[max(0, m.start() - 4) : m.start()].rstrip().endswith("%")  # "3% a year"
    counted = None
    if not (
        percent
        or before[:1].isdigit()
        or _PAREN_AMOUNT.search(m.string, max(0, m.start() - 40), m.start())
        or before in _RATE_AMOUNT_WORDS
        or _ITEM_BEFORE.search(m.string, max(0, m.start() - 44), m.start())
        or (counted := _COUNTED.search(m.string, max(0, m.start() - 40), m.start()))
        or (
            not _measure_unit((group(m, "unit") or "").lower())
            and _COUNTED_PHRASE.search(m.string, max(0, m.start() - 70), m.start())
        )
        or _AMOUNT_OF.search(m.string, max(0, m.start() - 50), m.start())
        or (
            _many_acted(_COUNTED_VERB.search(m.string, max(0, m.start() - 70), m.start()))
            and not _GAP_AFTER.match(m.string, m.end())
        )
        or (
            _COUNT_OF.search(m.string, max(0, m.start() - 70), m.start())
            and not _RELATION_AFTER.match(m.string, m.end())
        )
        or (
            not _measure_unit((group(m, "unit") or "").lower())
            and _COUNT_WHO.search(m.string, max(0, m.start() - 90), m.start())
            and not _RELATION_AFTER.match(m.string, m.end())
            and not _GAP_AFTER.match(m.string, m.end())
        )
    ):
        return None
    if (
        counted is not None
        and (counted.group("mag") or counted.group("mag2") or len(counted.group().split()) > 2)
        and _measure_unit(m.group("unit").lower())
    ):
        # "15 million instructions per second", "120 full frames per second": a measured
        # speed, no recurrence
        return None
    if _OFFSET_AFTER.match(m.string, m.end()) and not (
        percent or before in _RATE_AMOUNT_WORDS or _large(counted)
    ):
        # "two brothers a decade before the crisis": an offset, no rate; but an amount, or a
        # count of a hundred or more, is one ("carried 42,000 passengers a day before the
        # pandemic", "$5 million a year before the crash")
        return None
    if group(m, "annum"):
        return Found("SET", Fixed("P1Y"))  # "5% per annum"
    if m.group("unit").lower() == "second" and _ORDINAL_SECOND.match(m.string, m.end()):
        return None  # "... January 3, and a second alarm sounded": the ordinal, not a rate
    return Found("SET", Fixed(_unit_value(m.group("unit").lower())))


def build_part_hour(m: re.Match[str]) -> Found | None:
    """ "every half hour", "every half-hour", "every half an hour", "half-hourly", "every
    quarter hour": a recurrence every 30 (15) minutes, as "every 30 minutes" is."""
    part = (group(m, "part") or group(m, "adv") or "").lower()
    return Found("SET", Fixed("PT30M" if part.startswith("half") else "PT15M"), quant="EVERY")


#: The parts of the day "most" counts in ("most mornings"): their codes.
_MOST_PODS = {"mornings": "MO", "afternoons": "AF", "evenings": "EV", "nights": "NI"}


def build_most_pod(m: re.Match[str]) -> Found | None:
    """ "Ray still comes in most mornings", "most nights": a habit, the set of those parts of
    the day ("most" in the span, as "every" is)."""
    return Found("SET", Fixed(f"XXXX-XX-XXT{_MOST_PODS[m.group('pod').lower()]}"))


def build_weekends(m: re.Match[str]) -> Found | None:
    """ "closed on weekends", "busy at weekends", "works weekends", "open weekends": every
    weekend (the preposition or verb stays out)."""
    return Found("SET", Fixed("XXXX-WXX-WE"), quant="EVERY", trim_start=m.start("w") - m.start())


def build_weekdays(m: re.Match[str]) -> Found | None:
    """ "every weekday", "closed on weekdays", "open weekdays": every day from Monday to Friday,
    ``XXXX-WXX-WD`` as TIMEX3 writes a set of working days (the preposition or verb stays out,
    "every" stays in, as in "every weekend"; session 34, blind text 891)."""
    trim = 0 if m.group("one") else m.start("w") - m.start()
    return Found("SET", Fixed("XXXX-WXX-WD"), quant="EVERY", trim_start=trim)


#: A word that multiplies the number before it ("two million visitors", "a million bikes"):
#: ``magnitude_words.tsv``.
_MAGNITUDE = alternation(words("magnitude_words"))
#: A count of things before "a day" ("4,000 people a day", "three meals a day", "hundreds of
#: interviews a day": ``count_plurals.tsv``), also with an adjective between before a plural
#: ("15 funded hours a week", "4,000 new cases a day"; not "3,000 pilgrims spent a week"): a rate
#: too.
#: The amount ends in a digit, and the word after it is no function word: "He lost an eye in
#: 1774 and a second wound ...", "on 10 May 1940. Within a month ..." count nothing.
#: A number of things, in digits or words ("42,000", "7.4", "three"; not "a"), the first piece
#: of the counts before a rate below.
_NUMBER = (
    r"(?:\d(?:[\d,.]{0,11}\d)?|"
    + alternation(w for w in table("numbers") if w not in ("a", "an"))
    + r")"
)
#: A count that is not a bare year (1000-2099 without a comma) before its noun ("In 2019 the
#: firm ..."), nor inside a number or after a sentence's period.
_COUNT_START = r"(?<![\w.,])(?!(?:1\d|20)\d\d\s)" + _NUMBER


def _no_word_of(words_: frozenset[str] | list[str]) -> str:
    """A lookahead that the next word (and the space after it) is none of ``words_``."""
    return r"(?!(?:" + alternation(words_) + r")\s)"


#: A bound after the count ("eight or more night shifts a month", "two or fewer drinks a day"),
#: as "three or more days" bounds a duration.
_COUNT_BOUND = r"(?:\s{1,3}or\s{1,3}(?:more|fewer|less))?"

_COUNTED = re.compile(
    # a number, not ending in a sentence's period ("arrived in 1847. Within a decade")
    r"(?<![\w.,])(?:"
    + _NUMBER
    + r"(?:\s{1,3}(?P<mag>"
    + _MAGNITUDE
    + r"))?"
    + _COUNT_BOUND
    + r"|an?\s{1,3}(?P<mag2>"
    + _MAGNITUDE
    + r")|"
    + alternation(table("count_plurals"))
    + r"\s{1,3}of)\s{1,3}"
    + _no_word_of(words("year_function_words"))
    # an adjective before the plural counted ("15 funded hours"), not the rest of the amount
    # ("15 million instructions per second" is a speed, as TimeBank leaves it)
    + r"(?:"
    + _no_word_of(words("rate_amount_words"))
    + r"[a-z]{3,20}\s{1,3}"
    + _no_word_of(words("year_function_words"))
    + r"[a-z]{2,19}s|[a-z]{3,20})\s{1,3}$",
    re.IGNORECASE,
)


#: A count of what happens and its verb before the unit: "some 7,000 people were dying a week",
#: "1,200 patients died a day" (a hundred or more, :func:`_many_acted`; a plural in "s" or of
#: ``tense_plural_nouns.tsv``, maybe an auxiliary, then a verb of ``rate_event_verbs.tsv``;
#: s27-wiki: was the DURATION "a week").
_COUNTED_VERB = re.compile(
    _COUNT_START
    + r"(?:\s{1,3}[a-z]{3,20})?\s{1,3}(?:[a-z]{2,20}s|"
    + alternation(words("tense_plural_nouns"))
    + r")(?:\s{1,3}(?:were|are|had\s{1,3}been|have\s{1,3}been))?\s{1,3}"
    + alternation(words("rate_event_verbs"))
    + r"\s{1,3}$",
    re.IGNORECASE,
)
#: A year of four digits right before the unit, and a word after it of how early or late:
#: "received the prize for 1921 a year late" (s27-wiki: was the SET "a year").
_YEAR_WORD = re.compile(r"1\d{3}|20\d{2}")
_LENGTH_AFTER = re.compile(
    r"\s{1,3}(?:" + alternation(words("year_length_followers")) + r")\b", re.IGNORECASE
)
#: A word after the unit that makes it a gap or a shift, no rate: "two ships sailed a day
#: apart", "three men arrived a day early".
_GAP_AFTER = re.compile(
    r"\s{1,3}(?:apart|early|late|behind|ahead|earlier|later|ago|before|after|too|longer)\b",
    re.IGNORECASE,
)
#: A count and a longer name of what it counts before "a month": one or two lower-case words
#: before a plural ("7.4 fewer migraine days a month", "three cooked meals a day", "1,200 new
#: cases a week"; days and longer, see ``_MEASURE_UNITS``); not after a bare year ("In 2019
#: the firm lost clients a ...": 1000-2099 without a comma is a year, as in "in 1774 and a
#: second wound").
_COUNTED_PHRASE = re.compile(
    _COUNT_START
    + _COUNT_BOUND
    + r"(?:\s{1,3}"
    + _no_word_of(words("year_function_words"))
    + r"[a-z]{3,20}){1,2}\s{1,3}"
    + _no_word_of(words("year_function_words"))
    + r"[a-z]{2,20}s\s{1,3}$",
    re.IGNORECASE,
)


#: Units of a measure rather than a schedule after a longer count, or after a unit of distance:
#: "15 million instructions per second", "60 heart beats a minute" are a unit of speed, as "150
#: miles per hour" is.
_MEASURE_UNITS = frozenset({"second", "minute", "hour"})
_PARTS_OF_DAY = table("parts_of_day")


def _measure_unit(word: str) -> bool:
    """True if ``word`` (a unit of ``units.tsv`` or a part of day) is one of ``_MEASURE_UNITS``."""
    return bool(word) and word not in _PARTS_OF_DAY and unit_of(word) in _MEASURE_UNITS


#: An amount and what it counts before "a month": "$85 billion of bonds a month", "$40 billion
#: in mortgage bonds a month" (``rate_amount_words.tsv``; one or two words after "of"/"in").
_AMOUNT_OF = re.compile(
    r"\b(?:"
    + alternation(_RATE_AMOUNT_WORDS)
    + r")\s{1,3}(?:of|in)\s{1,3}[a-z]{3,20}(?:\s{1,3}[a-z]{3,20})?\s{1,3}$",
    re.IGNORECASE,
)


#: A count, the plural it counts and "of" with one to three lower-case words before "a week":
#: "150 minutes of moderate exercise a week", "eight hours of sleep a night", "five portions
#: of fruit a day"; not after a bare year ("In 2019 the owners of ...").
_COUNT_OF = re.compile(
    _COUNT_START
    + _COUNT_BOUND
    + r"\s{1,3}[a-z]{2,20}s\s{1,3}of(?:\s{1,3}"
    + _no_word_of([w for w in words("year_function_words") if w not in ("of", "and")])
    + r"[a-z]{2,20}){1,3}\s{1,3}$",
    re.IGNORECASE,
)

#: A count, the plural it counts and a relative clause of one to five lower-case words before
#: "a year": "200 earthquakes that people can feel a year", "40 patients who need surgery a
#: week" (s35-known, blind text 896: was the DURATION "a year").
_COUNT_WHO = re.compile(
    _COUNT_START
    + _COUNT_BOUND
    + r"(?:\s{1,3}[a-z]{3,20})?\s{1,3}[a-z]{2,20}s\s{1,3}(?:that|who|which)"
    # a present clause: no past verb, which would make the unit a stretch ("four prisoners who
    # had served a decade")
    + r"(?:\s{1,3}(?!"
    + alternation(words("rate_clause_past_words"))
    + r"\s|[a-z']{3,18}ed\s)"
    + r"[a-z']{1,20}){1,5}"
    + r"\s{1,3}$",
    re.IGNORECASE,
)

#: A relation after the unit makes it a stretch before or after something, not a rate:
#: "five days of talks a week before the summit", "two hours of delays a day later".
_RELATION_AFTER = re.compile(
    r"\s{1,3}(?:before|after|ago|later|earlier|on|from|since|into)\b", re.IGNORECASE
)


def build_plural_weekday(m: re.Match[str]) -> Found | None:
    wd = m.group("wd")
    if wd.lower() in WEEKDAY_ABBREVIATIONS and wd.lower() not in _WD_NAME_WORDS:
        # a short weekday that is also a word ("Sat", "Sun", "Fri") only before a plural part
        # of the day, its own or shared ("live music Fri and Sat nights", "Sun mornings"), and
        # in lower case only so shared in chat ("fri and sat nights"), whose own weekday rule
        # reads "sat nights" (s41b-habits, narrative 1143: were the next Friday and Saturday)
        shared = group(m, "shared")
        if not (group(m, "pods") or shared) or (
            not wd[0].isupper() and not (shared and DOCUMENT.get() == "colloquial")
        ):
            return None
    elif not wd[0].isupper() and not (group(m, "pod") or group(m, "pods") or group(m, "shared")):
        # in lower case only with its plural part of the day, "tues nights", outside chat
        # (whose own weekday rule reads it)
        return None
    # "Tuesdays", "Tuesday nights", "Monday" in "Monday and Tuesday nights"
    pod = group(m, "pod") or group(m, "pods") or group(m, "shared")
    return Found("SET", Fixed(_weekday_value(m.group("wd"), pod)), quant="EVERY")


def build_nth_of_every(m: re.Match[str]) -> Found | None:
    """ "the first Monday of each month", "the last Friday of every month", "the 15th of each
    month": one SET. A day of the month has a date pattern (``XXXX-XX-15``); the n-th weekday
    of a month has none in TIMEX3, so it is written as TimeML writes "three days each week"
    (``P1W``, quant EACH, freq 3D): the period, its quantifier, and one day in each
    (``P1M``, freq 1D)."""
    quant = m.group("q").upper()
    n = ordinal(m.group("ord"))
    if n == 0 or abs(n) > 31:
        return None
    period = unit_of(m.group("per").lower())
    wd, day = group(m, "wd"), group(m, "dayword") or m.group("ord")[:1].isdigit()
    if not (wd or day):
        return None  # "the last of every year's harvest": no day named
    if wd is None and period == "month" and n > 0:
        return Found("SET", Fixed(f"XXXX-XX-{n:02d}"), quant=quant)
    if wd is not None and abs(n) > 5:
        return None
    return Found("SET", Fixed(duration_value(period, 1)), quant=quant, freq="1D")


#: A full weekday name, no abbreviation ("Tuesday", not "Tue."): ``weekdays.tsv``.
_WD_NAME_WORDS = frozenset(
    [w for w in table("weekdays") if w.isalpha() and w not in WEEKDAY_ABBREVIATIONS]
    # the abbreviations that are no word, before a plural part of the day ("league tues
    # nights", "thurs evenings"; s31-informal)
    # ("thur" is left out: "Thurs" would be its plural)
    + [w for w in table("weekday_plain_abbreviations") if w != "thur"]
)
_WD_NAME = alternation(sorted(_WD_NAME_WORDS))
#: ... and the short weekdays that are also words ("sat", "sun", "fri"), only before a plural
#: part of the day (``build_plural_weekday``).
_WD_SHORT_WORDS = alternation(sorted(WEEKDAY_ABBREVIATIONS - _WD_NAME_WORDS))
#: A plural part of day ("nights"): ``parts_of_day.tsv``.
_PODS = alternation([w for w in table("parts_of_day") if w.endswith("s")])
_THING = (
    rf"(?:{_SET_UNITS}|(?P<wd>{WEEKDAY})(?:{SP}(?P<pod>{POD}))?|(?P<month>{MONTH})|"
    rf"(?P<season>{SEASON}))"
)


def build_weekdays_per(m: re.Match[str]) -> Found | None:
    """ "one Sunday a month", "two Saturdays a month": so many days of the period, one SET
    written as "the first Monday of each month" is (the period, ``freq`` the days in it)."""
    n = whole_number(m.group("n"))
    if n is None or not m.group("wd")[0].isupper() or (n > 1) != m.group("wd").endswith("s"):
        return None
    return Found("SET", Fixed(duration_value(m.group("per").lower(), 1)), freq=f"{n}D")


RULES: tuple[Rule, ...] = (
    Rule(
        "set_weekdays_per",
        "one Sunday a month, two Saturdays a month",
        rf"(?P<n>one|a|two|three){SP}(?P<wd>{_WD_NAME}s?){SP}(?:a|per|each){SP}"
        rf"(?P<per>month|year)(?![\w'’-])(?!{SP}(?:later|earlier|ago|after|before)\b)",
        build_weekdays_per,
        priority=3,
        trigger=T_WEEKDAY,
    ),
    Rule(
        "set_nth_of_every",
        "the first Monday of each month; the 15th of every month",
        rf"(?:the{SP})?(?P<ord>{ORDINAL_WORD}|last|final|\d{{1,2}}(?:st|nd|rd|th))"
        rf"(?:{SP}(?:(?P<wd>{_WD_NAME})|(?P<dayword>day)))?{SP}(?:of|in){SP}(?P<q>every|each)"
        rf"{SP}(?P<per>month|year|quarter)(?![\w'’])",
        build_nth_of_every,
        priority=3,
        trigger=r"(?:every|each)",
    ),
    Rule(
        "set_part_hour",
        "every half hour|half-hourly|every quarter hour|every quarter of an hour",
        # "every quarter of an hour" (s30-informal: was "quarter of an hour", a DURATION)
        rf"every{SP}(?P<part>half|quarter)(?:{SP}of)?(?:{SP}an?{SP}|-|{SP})hour(?![\w-])"
        r"|(?P<adv>half|quarter)-hourly(?![\w-])",
        build_part_hour,
        priority=2,
        trigger=r"(?:hour|hourly)$",
    ),
    Rule(
        "set_every",
        "every|each [other|second|single] <unit|weekday|month>; every few <units>",
        rf"(?:every|each){SP}(?:(?:(?P<low>{NUM})(?:{SP}(?:to|or){SP}|-(?=\d)))?"
        rf"(?P<num>{NUM}){SP}(?P<units>{_PLURAL_UNITS})"
        rf"|(?:few|several){SP}(?P<vague>{_PLURAL_UNITS})"
        rf"|(?P<kind>{_DAY_KIND}){SP}(?P<kunit>day|year)(?![\w'’-])|(?:(?:(?P<other>other|second|2nd|alternate)|single){SP})?"
        rf"(?:{_THING}|(?P<wd_short>{WEEKDAY_ANY})(?!\w)(?:{SP}(?P<pod_short>{POD}))?))",
        build_every,
        priority=1,
        trigger=r"(?:every|each)",
    ),
    Rule(
        "set_every_date",
        "every|each <day> <month>|<month> <day>|<holiday>",
        rf"(?:every|each){SP}(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?{SP}(?:of{SP})?(?P<m1>{MONTH})"
        rf"|(?P<m2>{MONTH}){SP}(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?|(?P<hol>{alt('holidays')}))"
        r"(?![\w,]\d|\w)",
        build_every_date,
        priority=2,
        trigger=r"(?:every|each)",
    ),
    Rule(
        "set_most_pod",
        "most mornings|afternoons|evenings|nights",
        r"most\s{1,3}(?P<pod>mornings|afternoons|evenings|nights)(?![\w'’-])",
        build_most_pod,
        priority=1,
        trigger=r"(?:mornings|afternoons|evenings|nights)$",
    ),
    Rule(
        "set_weekends",
        "on|at|during weekends; works weekends",
        rf"(?:on|at|during|over|{alt('weekend_set_leads')}){SP}(?P<w>weekends)(?![-\w])",
        build_weekends,
        trigger=r"weekends",
    ),
    Rule(
        "set_weekdays",
        "every weekday; on|during weekdays; open weekdays",
        rf"(?:(?:every|each){SP}(?P<one>weekday)|(?:on|during|{alt('weekend_set_leads')}){SP}"
        rf"(?P<w>weekdays))(?![-\w])(?!{SP}(?:{alt('parts_of_day')}))",
        build_weekdays,
        trigger=r"weekdays?",
    ),
    Rule(
        "set_adverb",
        "daily|weekly|annually|nightly",
        rf"(?:(?P<freq>{_FREQUENCY})(?:-|{SP})|(?P<times>{NUM}){SP}times{SP})?(?P<adv>{_ADVERB})",
        build_adverb,
        trigger=_ADVERB,
    ),
    Rule(
        "set_frequency",
        "twice a year; once every 21 days",
        rf"(?P<freq>{_FREQUENCY}|(?P<times>{NUM}){SP}times){SP}(?:(?:a|an|per|every|each)"
        rf"{SP}{_THING}|(?:every|each){SP}(?P<num>{NUM}){SP}(?P<units>{_PLURAL_UNITS}))"
        # "once a fortnight or so": the approximation in the span, APPROX (s35-informal)
        rf"(?P<orso>{SP}or{SP}so(?![\w'’]))?",
        build_freq,
        priority=2,
        trigger=rf"(?:{_FREQUENCY}|times)",
    ),
    Rule(
        "set_rate",
        "<amount> a year",
        rf"(?:an?|per){SP}{_SET_UNITS}|(?P<annum>per{SP}annum)",
        build_rate,
        priority=1,
        trigger=rf"(?:{T_UNIT}|annum$)",
    ),
    Rule(
        "set_plural_weekday",
        "<weekday>s [<part of day>s]|<weekday> <part of day>s",
        rf"(?P<wd>{_WD_NAME}|{_WD_SHORT_WORDS})(?:s(?:{SP}(?P<pod>{_PODS}))?|{SP}(?P<pods>{_PODS})"
        rf"|(?=(?:,|{SP}and|{SP}or|{SP}&){SP}(?:{_WD_NAME}|{_WD_SHORT_WORDS}){SP}"
        rf"(?P<shared>{_PODS})\b))",
        build_plural_weekday,
        priority=2,
        trigger=T_WEEKDAY,
    ),
)
