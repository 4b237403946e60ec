"""The time a text is talking about: document types and the story time of the discourse.

A news article is written at its publication time and mostly talks about the days around it,
but a background paragraph ("In 2014, Russia annexed Crimea. In March, ...") moves to another
time, and a history-like narrative ("The war in Europe began in 1939. In September, Germany
invaded Poland.") lives there. An underspecified date ("In September", "on May 9", "that
summer") then belongs to the *story time*: the year of the last explicit date of the
discourse, not the publication year.

:func:`document_type` decides what kind of text it is when the caller says ``auto``:

- ``colloquial``: short informal text (tweets, chat): mentions, hashtags, links, text in one
  case, chat abbreviations ("tmrw", "lol"); or a longer one (a forum thread) whose opening has
  three different chat words. Underspecified dates follow the publication.
- ``narrative``: most explicit years lie far from the publication year and the text has no
  deictic words ("yesterday", "last week"): every underspecified date outside a future clause
  follows the story time.
- ``news``: everything else. Underspecified dates follow the story time only in a past clause
  after the text has named another time (the background paragraph); a deictic expression
  ("yesterday", "last week", "on Monday") brings the story back to the publication.

:func:`modifies_noun` tells an expression that names a thing ("the 2026 budget", "the May 9
parade") from one that dates the sentence's event: the former moves no story time and dates no
event.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import TypeGuard

from . import calendar as cal
from .lexicon import alternation, lookup, rows, word_branches, words
from .values import (
    CalendarDate,
    ClockTime,
    HolidayRef,
    NthInMonth,
    NthWeekIn,
    Offset,
    PartOfDay,
    SeasonRef,
    ShiftFrom,
    Spec,
    WeekOf,
)

DOCUMENT_TYPES = ("auto", "news", "narrative", "colloquial")

#: Marks of informal text: a mention, a hashtag (not "#89.7 million"), a link, an emoticon,
#: "!!", an ellipsis, a lower-case first word; or a word of ``colloquial_markers.tsv`` in
#: lower case ("u", not "U.S."), or a lower-case "i" (see :func:`_informal`).
_MARKUP = re.compile(
    r"(?<![\w@#])(?:@\w{2,}|#[A-Za-z]\w+)|https?://|(?<!\w)[:;][-']?[()DPp](?!\w)|!!"
    r"|(?<!\.[A-Za-z])\.\.|…|\A\s{0,3}(?:[a-z]{2,}|1/(?:n\b|\s))|🧵"
)
_MARKERS = frozenset(words("colloquial_markers")) | {"i"}
#: The markers that count in any case ("Lol.", "Didnt"): ``any case`` in the table.
_ANY_CASE_MARKERS = frozenset(
    r[0].lower() for r in rows("colloquial_markers") if r[1:] == ("any case",)
)
#: Splits a text into words as written, keeping dots and apostrophes inside ("U.S.", "I'm").
_BETWEEN_WORDS = re.compile(r"[^\w.’'-]+")
#: The markers with the period of a word that ends with its only one ("lol."), as written and
#: in any case (:func:`_informal`).
_DOTTED_MARKERS = frozenset(m + "." for m in _MARKERS if "." not in m)
_DOTTED_ANY_CASE = frozenset(m + "." for m in _ANY_CASE_MARKERS if "." not in m)
#: The markers of :data:`_ANY_CASE_MARKERS` that hold no other ("haha", not "hahaha"): one of
#: them is in any text that holds one of those markers (:func:`_informal`).
_ANY_CASE_CORES = tuple(
    sorted(m for m in _ANY_CASE_MARKERS if not any(o != m and o in m for o in _ANY_CASE_MARKERS))
)
#: Every ASCII byte :data:`_BETWEEN_WORDS` splits at -> a space, the others kept (see
#: :func:`_word_set`).
_BETWEEN_TO_SPACE = bytes(
    c if c >= 128 or chr(c).isalnum() or chr(c) in "_.'-" else ord(" ") for c in range(256)
)


def _word_set(text: str) -> set[str]:
    """The words of ``text`` as :data:`_BETWEEN_WORDS` splits it (and "" where it opens or
    ends with a separator, which no marker is): on ASCII text its separators made spaces and
    the text cut at them in C, about six times faster than the regex. The spaces are put in
    by ``bytes.translate`` (a table lookup a byte), several times fewer instructions than
    ``str.translate`` with a mapping (a dict lookup a character)."""
    if text.isascii():
        return set(text.encode().translate(_BETWEEN_TO_SPACE).decode().split())
    return set(_BETWEEN_WORDS.split(text))


#: A year not inside a number or word. The lookbehind comes after the first digit (it is
#: ``(?<![\w.,$-])`` before it), so the pattern opens with a "1" or a "2" and the regex engine
#: skips in C to the next one instead of trying a match at every character.
_YEAR = re.compile(r"(1(?<![\w.,$-]1)[0-9]{3}|2(?<![\w.,$-]2)0[0-9]{2})(?![\w-]|[.,]\d)")
#: :data:`_YEAR`'s two branches, each opening with a literal digit (the regex engine skips to
#: the next one with a plain character loop, not a character class tested at every
#: character): their matches, in text order, are :data:`_YEAR`'s (no match starts inside
#: another, right after a digit).
_YEAR_1 = re.compile(r"1(?<![\w.,$-]1)[0-9]{3}(?![\w-]|[.,]\d)")
_YEAR_2 = re.compile(r"2(?<![\w.,$-]2)0[0-9]{2}(?![\w-]|[.,]\d)")
_START = re.Match.start


def _year_texts(text: str) -> list[str]:
    """``_YEAR.findall(text)``, sought with :data:`_YEAR_1` and :data:`_YEAR_2`."""
    found = [*_YEAR_1.finditer(text), *_YEAR_2.finditer(text)]
    return [m.group() for m in sorted(found, key=_START)]


#: Deictic words (``deictic_words.tsv``), sought as plain substrings of the lower-cased opening
#: (fast on long texts); a "word-end" one after a space.
_DEICTIC_WORDS = tuple(
    (" " + row[0] if row[1:] == ("word-end",) else row[0]).lower() for row in rows("deictic_words")
)
_LETTERS = re.compile(r"[^\W\d_]")
#: :data:`_DEICTIC_WORDS` by their first word when they have two ("this " -> "this week",
#: "this month", ...), each with its place in the tuple; None for those of one word.
_DEICTIC_GROUPS: dict[str | None, list[tuple[int, str]]] = {}
for _k, _word in enumerate(_DEICTIC_WORDS):
    _space = _word.find(" ", 1)
    _DEICTIC_GROUPS.setdefault(_word[: _space + 1] if _space > 0 else None, []).append((_k, _word))


def deictic_later_in_sentence(text: str, end: int, sentence_end: int) -> bool:
    """Whether the rest of a sentence after ``end`` holds a deictic word that is no history's
    aside (:func:`_news_deictic` on that stretch only: "They turned down an offer in September,
    and last month 88% voted for action"; s38-wire2)."""
    return end < sentence_end and _news_deictic(text[end:sentence_end].lower())


def _news_deictic(lower: str) -> bool:
    """Whether ``lower`` holds a deictic word that is no history's aside (a word of
    :data:`_DEICTIC_WORDS` not in :data:`_HISTORY_ASIDES`: "yesterday", "last week"),
    stopping at the first, with fewer scans of the text: the phrases that open with one word
    ("this week", "this month", ...) are sought only when that word is there, and from its
    first place on (a search scans the text up to a match or its end; the "this " phrases
    cost one scan where none is)."""
    for first, group in _NEWS_DEICTIC_GROUPS:
        if first is None:
            if any(word in lower for word in group):
                return True
            continue
        at = lower.find(first)
        if at >= 0 and any(lower.find(word, at) >= 0 for word in group):
            return True
    return False


def _holds(text: str, char: str, n: int, end: int | None = None) -> bool:
    """``text.count(char, 0, end) >= n`` for one character ``char``, with ``str.find`` from one
    place to the next, stopping at the ``n``-th: a find skips in C (memchr) to the character,
    where a count tests every character of the text (about fifteen times the instructions
    on an opening that holds none, as most hold no "#" nor "·")."""
    at = -1
    for _ in range(n):
        at = text.find(char, at + 1, end)
        if at < 0:
            return False
    return True


#: Colloquial texts are short: a tweet, a chat message, a comment.
_SHORT = 1000
#: A tweet's length: a text this short that does not end its last sentence with a period is
#: a message, not an article.
_TWEET = 280


#: The parts of :data:`_MARKUP` found without a regex search of the whole text.
#: A thread's post number opens a text ("1/ quick thread on ...", "1/n"; not "1/2 cup"), or a
#: lower-case word does; the thread emoji counts anywhere (session 34, blind text 908).
_MARKUP_OPENING = re.compile(r"\s{0,3}(?:[a-z]{2,}|1/(?:n\b|\s))")
_MARKUP_STRINGS = ("!!", "…", "http://", "https://", "🧵")
#: Two dots that are no abbreviation's period before the sentence's ("5 p.m..", "U.S..").
_DOTS = re.compile(r"(?<!\.[A-Za-z])\.\.")


#: The rest of :data:`_MARKUP`'s branches (a mention, a hashtag, an emoticon), one a first
#: character, each opening with it as a literal and the lookbehind after it (as
#: :data:`_YEAR_1`): the regex engine skips in C to the next one, where :data:`_MARKUP` tries
#: its whole alternation at every character (about 900 instructions a character).
_MARKUP_AT = {
    "@": re.compile(r"@(?<![\w@#]@)\w{2,}"),
    "#": re.compile(r"#(?<![\w@#]#)[A-Za-z]\w+"),
    ":": re.compile(r":(?<!\w:)[-']?[()DPp](?!\w)"),
    ";": re.compile(r";(?<!\w;)[-']?[()DPp](?!\w)"),
}


def _markup(text: str) -> bool:
    """``_MARKUP.search(text) is not None``, with its cheap parts tried first, and its mentions,
    hashtags and emoticons sought by :data:`_MARKUP_AT` only where their first character
    occurs (most texts have none of "@", "#", ":", ";")."""
    if _MARKUP_OPENING.match(text) or any(s in text for s in _MARKUP_STRINGS):
        return True
    if ".." in text and _DOTS.search(text):
        return True  # an ellipsis "..", not the doubled period after "p.m."
    return any(c in text and found.search(text) for c, found in _MARKUP_AT.items())


def _informal(text: str) -> bool:
    """A short text with a mark of chat or tweets (see :data:`_MARKUP`)."""
    if _markup(text):
        return True
    words_ = _word_set(text)
    # a word that ends with its only period counts without it ("lol." -> "lol"): a marker
    # counts as written or with that period (sets intersected in C)
    if not (_MARKERS.isdisjoint(words_) and _DOTTED_MARKERS.isdisjoint(words_)):
        return True
    # a word in another case lower-cases to a marker only where the lower-cased text holds it:
    # most texts hold none, and need not lower-case their words one by one
    lowered = text.lower()
    if all(marker not in lowered for marker in _ANY_CASE_CORES):
        return False
    lower = set(map(str.lower, words_))
    return not (_ANY_CASE_MARKERS.isdisjoint(lower) and _DOTTED_ANY_CASE.isdisjoint(lower))


#: How many different marks of chat make a long text colloquial (one "gonna" in a quotation
#: does not make news a chat).
_CHAT_MARKERS = 3
#: The commonest marks of chat, one of which a chatty text holds in its opening (anywhere in
#: it: a match thread may open with 1,000 characters of line-up before its first "u";
#: s31-informal): tried first as plain substring tests (in C), so a news article costs no word
#: split.
_CHAT_HINTS = (" i ", " u ", "lol", " dont ")
#: More marks of chat, sought only in an opening that is not plain ASCII (an emoji, a curly
#: quote): a feed of tweets may write none of the hints above and still "im", "cant" ("im
#: writing to my MP", "cant feel my hands" between its emojis: blind text 550 was read as
#: news), and each search costs every article's opening its scan.
_MORE_CHAT_HINTS = (" im ", " cant ")


def _chatty(opening: str) -> bool:
    """A text longer than a message is chat all the same (a forum thread, a chat log) when its
    opening holds :data:`_CHAT_MARKERS` different words of ``colloquial_markers.tsv`` (as
    :func:`_informal` reads them: "lol", "u", "dont", a lower-case "i")."""
    if all(hint not in opening for hint in _CHAT_HINTS) and (
        opening.isascii() or all(h not in opening for h in _MORE_CHAT_HINTS)
    ):
        return False  # news: no need to cut 3,000 characters into words
    words_ = _word_set(opening)
    words_ |= {w[:-1] for w in words_ if w[-1:] == "." and w.count(".") == 1}
    found = _MARKERS & words_
    if len(found) >= _CHAT_MARKERS:
        return True
    return len(found | (_ANY_CASE_MARKERS & {w.lower() for w in words_})) >= _CHAT_MARKERS


#: How many different hashtags make a text longer than a message a run of social posts.
_HASHTAGS = 3
#: A hashtag: "#" and a word that starts with a letter ("#SaturdayNight", not "#3", "&#39;").
_HASHTAG = re.compile(r"(?<![\w&#])#[A-Za-z]\w{1,40}")


#: A hashtag that ends its line, as a post signs off with its tags ("... early #BTVtraffic").
_LINE_END_HASHTAG = re.compile(r"(?<![\w&#])#[A-Za-z]\w{1,40}[ \t]*(?:\n|$)")
#: How many posts (lines) that end with a hashtag a run of social posts has at least.
_TAGGED_LINES = 2


def _hashtagged(opening: str) -> bool:
    """A text longer than a message is social posts all the same (an event's feed, a thread of
    tweets) when its opening holds :data:`_HASHTAGS` different hashtags ("#SaturdayNight #BTV",
    "#LanternWalk", "#SmallBizSaturday") and :data:`_TAGGED_LINES` lines or more end with one,
    as posts sign off with their tags; news quoting hashtags inside its sentences ("used the
    hashtags #MeToo, #TimesUp and #OscarsSoWhite to ...") stays news."""
    if not _holds(opening, "#", _HASHTAGS, _SHORT * 3):
        return False  # most texts: one count in C
    if len(_LINE_END_HASHTAG.findall(opening)) < _TAGGED_LINES:
        return False
    return len({h.lower() for h in _HASHTAG.findall(opening)}) >= _HASHTAGS


#: A forum post's header line naming its poster by a handle ("Posted by u/tired_of_drilling ·
#: 6h", "**reply** · u/sam_the_sparky · 3h"): a short line (at most 80 characters) with
#: "u/" and a user name (s39-informal2, blind text 1142: a Reddit thread was read as news).
_HANDLE_LINE = re.compile(
    r"^[^\n]{0,60}(?<![\w/])u/(?P<user>[A-Za-z0-9_-]{3,20})[^\n]{0,40}$", re.MULTILINE
)
#: How many different posters' header lines make a thread of posts.
_HANDLE_POSTERS = 2


#: A forum post's header line as phpBB and XenForo quote a poster: a line of its own that is a
#: user name (one or two words: "heatless_in_hull", "Lou_B", "Dave P") and "wrote:" or
#: "said:" (session 40, blind text 1150: a boiler thread without chat words was news). An
#: email's "On Thu, 28 Jan 2027 at 12:03, Hanna Kovač wrote:" is no such line (its date).
_WROTE_LINE = re.compile(
    r"^[ \t]{0,4}(?P<user>[\w.-]{2,24}(?: [\w.-]{1,24})?)[ \t]{1,2}(?:wrote|said):[ \t]*$",
    re.MULTILINE,
)


def _handle_thread(opening: str) -> bool:
    """A thread of forum posts: :data:`_HANDLE_POSTERS` different user handles, each on a short
    header line of its own (Reddit's :data:`_HANDLE_LINE`, or a board's "user wrote:",
    :data:`_WROTE_LINE`); news naming a user once in its sentences ("known as u/DeepValue on
    r/wallstreetbets") or quoting a letter after "wrote:" stays news."""
    if opening.count("u/") >= _HANDLE_POSTERS:
        users = {m.group("user").lower() for m in _HANDLE_LINE.finditer(opening)}
        if len(users) >= _HANDLE_POSTERS:
            return True
    posted_by = opening.count("osted by ")
    if _holds(opening, "\u00b7", _HANDLE_POSTERS - posted_by):
        users = {m.group("user").lower() for m in _STAMPED_POSTER_LINE.finditer(opening)}
        if posted_by:
            users |= {m.group("user").lower() for m in _POSTED_BY_LINE.finditer(opening)}
        if len(users) >= _HANDLE_POSTERS:
            return True
    if opening.count("wrote:") + opening.count("said:") < _HANDLE_POSTERS:
        return False  # most texts: two counts in C
    users = {m.group("user").lower() for m in _WROTE_LINE.finditer(opening)}
    return len(users - _PRONOUN_POSTERS) >= _HANDLE_POSTERS


#: A post's header line of a board or a feed: the poster (at most four words) and, after a
#: middle dot, when it was posted ("kaylamom · 3 hrs ago", "dan_r · 2 hrs ago", "gaz_vfc ·
#: 19:48", "Reply from kettle_head · 2h ago", "TrentEndTerry · Today at 08:05", "brewhaha_uk ·
#: posted 3 March 2026"; session 40: blind text 977 was news, its "sat", "fri" untagged).
_STAMPED_POSTER_LINE = re.compile(
    r"^[ \t]{0,4}(?P<user>[^\s·]{2,30}(?: [^\s·]{1,30}){0,3})[ \t]\u00b7[ \t]"
    r"(?:(?:posted|replied|edited)[ \t])?(?:\d|[Yy]esterday\b|[Tt]oday\b|[Jj]ust now\b)"
    r"[^\n]{0,30}$",
    re.MULTILINE,
)


#: A forum post's header line that names its poster after "posted by" and nothing else
#: ("posted by gnome_garden", "Posted by Dave P"; s40-detect, narrative 822: with one stamped
#: reply, "Reply from kettle_head · 2h ago", the thread was news).
_POSTED_BY_LINE = re.compile(
    r"^[ \t]{0,4}[Pp]osted by (?P<user>[\w.-]{2,24}(?: [\w.-]{1,24})?)[ \t]*$", re.MULTILINE
)


#: Subjects that make "He said:" on a line of its own a quotation's lead, not a poster's name.
_PRONOUN_POSTERS = frozenset(("he", "she", "they", "it", "we", "i", "you", "who", "one"))


#: A line of a chat log: a speaker's name and a colon, then the message ("Jo: yes close at 5
#: today", "Priya Shah: fair."); a name in capitals is a transcript's ("HOST:"), not a chat's.
_SPEAKER_LINE = re.compile(
    # an export's stamp may open the line: "12/03/2025, 19:42 - Sam: ", "[09:14] Sam: "
    r"^(?:\[?\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4},?[ \t]{1,2}\d{1,2}:\d{2}(?::\d{2})?"
    r"(?:[ \t]?[AaPp][Mm])?\]?(?:[ \t][-–][ \t]|[ \t])|\[\d{1,2}:\d{2}\][ \t])?"
    r"[A-Z][a-z]{1,15}(?: [A-Z][a-z]{1,15})?: \S",
    re.MULTILINE,
)
#: How many such lines make a chat log, and the longest a message in one is on average.
_LOG_LINES = 4
_LOG_LINE_CHARS = 160


def _chat_log(opening: str) -> bool:
    """A chat log pasted as text (Slack, Teams, WhatsApp): at least :data:`_LOG_LINES` lines
    that open with a speaker's name and a colon (maybe after the export's stamp: "12/03/2025,
    19:42 - Sam: "), making up half the lines or more, with short messages (on average at most
    :data:`_LOG_LINE_CHARS` characters)."""
    if not _holds(opening, ":", _LOG_LINES):
        return False
    speakers = _SPEAKER_LINE.findall(opening)
    if len(speakers) < _LOG_LINES:
        return False
    lines = [line for line in opening.splitlines() if line.strip()]
    return 2 * len(speakers) >= len(lines) and len(opening) <= _LOG_LINE_CHARS * len(lines)


#: A weekday written in lower case, in full or as an abbreviation no word shares ("friday",
#: "tues", "thurs", "weds"; and, once one of those is there, "mon", "fri": "mon to fri"): news
#: capitalises its weekdays, a diary or a forum post may not ("the engineer couldn't come until
#: friday", "tues + wed: rest days"). Not after a slash, a dot, "#" or "@" (a link, a handle, a
#: hashtag), nor glued to another word ("fridays-only" counts, "sundaybest" does not).
_LOWER_WEEKDAY = re.compile(
    r"(?<![\w/#@.-])(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tues|thurs|weds"
    r"|mon|fri)s?(?![\w/@]|\.\w)"
)
#: A weekday written in full in lower case, sought before :data:`_LOWER_WEEKDAY` runs: the
#: pattern opens with the literal "day" (the regex engine skips in C to the next one) and looks
#: back for its stem, one scan for the seven names ("mon", "fri" are inside "month", "money",
#: "friend": they count only beside a weekday of this or :data:`_LOWER_WEEKDAY_HINTS`).
_LOWER_WEEKDAY_NAME = re.compile(
    r"day(?:(?<=(?:mon|fri|sun)day)|(?<=tuesday)|(?<=(?:thurs|satur)day)|(?<=wednesday))"
)
#: The abbreviations no word shares, sought as plain substrings ("tues", "thurs", "weds").
_LOWER_WEEKDAY_HINTS = ("tues", "thurs", "weds")
#: How many lower-case weekdays make a text informal (one may be a slip or a quoted name).
_LOWER_WEEKDAYS = 2
#: A diary's heading: a line that is an abbreviated weekday and an ordinal day, no month nor
#: year ("Thurs 18th", "Fri 19th", "Sat 20th:"); a live blog's "Friday 19 March" is no such
#: line.
_DIARY_HEADING = re.compile(
    r"^[ \t]{0,4}(?:[Mm]on|[Tt]ues?|[Ww]eds?|[Tt]hu(?:rs?)?|[Ff]ri|[Ss]at|[Ss]un)\.?[ \t]{1,2}"
    r"\d{1,2}(?:st|nd|rd|th)[ \t]*:?[ \t]*$",
    re.MULTILINE,
)
#: A line that ends with an ordinal day, sought before :data:`_DIARY_HEADING` runs: the pattern
#: opens with the literal newline (one scan, skipping in C from line to line) and looks back.
_ORDINAL_LINE_END = re.compile(r"\n(?:(?<=\d(?:st|nd|rd|th)\n)|(?<=\d(?:st|nd|rd|th):\n))")
#: How many diary headings make a diary.
_DIARY_HEADINGS = 2
#: A star rating: three to five stars, full or empty ("★★★☆☆", "★★★★★").
_STAR_RATING = re.compile(r"[★☆]{3,5}")
#: How many star ratings make a page of reviews without a word of ``review_page_words.tsv``.
_STAR_RATINGS = 2
_REVIEW_PAGE_WORDS = tuple(words("review_page_words"))


def _informal_page(opening: str) -> bool:
    """A text longer than a message that is informal without chat words nor posters' headers
    (s40-detect: narratives 1005, 1010, 980, 1068, 1143, 512, 611 were news): it writes
    :data:`_LOWER_WEEKDAYS` weekdays in lower case (:data:`_LOWER_WEEKDAY`: "until friday",
    "tues + wed:"), or heads :data:`_DIARY_HEADINGS` entries with an abbreviated weekday and an
    ordinal day (:data:`_DIARY_HEADING`: "Thurs 18th"), or rates with stars twice ("★★★★☆"), or
    once beside a word of a review page (``review_page_words.tsv``: "Verified Purchase",
    "Guest reviews"); the weekdays and headings in the first :data:`_SHORT` characters. Each
    scan runs only where a cheap search (a substring, a literal-first regex) finds what it
    seeks."""
    # a diary names its days and heads its entries early: the weekdays and headings are sought
    # in its first 1,000 characters (a third of the opening's cost in news, which has none)
    start = opening[:_SHORT]
    if _LOWER_WEEKDAY_NAME.search(start) or any(hint in start for hint in _LOWER_WEEKDAY_HINTS):
        if len(_LOWER_WEEKDAY.findall(start)) >= _LOWER_WEEKDAYS:
            return True
    if _ORDINAL_LINE_END.search(start) and len(_DIARY_HEADING.findall(start)) >= _DIARY_HEADINGS:
        return True
    if "★" in opening or "☆" in opening:
        ratings = len(_STAR_RATING.findall(opening))
        if ratings >= _STAR_RATINGS:
            return True
        if ratings:
            lower = opening.lower()
            if any(word in lower for word in _REVIEW_PAGE_WORDS):
                return True
    return False


def _unpunctuated(text: str) -> bool:
    body = text.strip().rstrip("\"'”’)]")
    return len(body) <= _TWEET and any(c.isspace() for c in body) and not body.endswith(".")


#: A narrative shows itself in its opening: the years and deictic words of the first
#: characters decide (which also bounds the cost on long texts).
_OPENING = 3000
#: A year before the common era ("431 BC", "44 B.C.", "2014 BCE"), for :func:`document_type`.
_BC_YEAR = re.compile(r"\b\d{1,4}\s?(?:BCE?|B\.C\.(?:E\.)?)(?!\w)")
#: Years back from the publication that make a text naming only one year a narrative.
_GENERATION = 25


#: A weekday named without a date after it ("returned on Thursday", not "on Sunday, 7 December
#: 1941"): a text that dates by the week it is written in is news, however far its years.
#: The weekdays open the pattern as literals (lexicon.word_branches): the search skips in C to
#: the next capital that can start one instead of trying them at every character.
_BARE_WEEKDAY = re.compile(
    r"(?:"
    + word_branches(w.capitalize() for w, *_ in rows("weekdays") if w.isalpha() and len(w) > 5)
    + r")\b(?![,.]?\s{1,3}(?:the\s{1,3})?(?:\d|"
    + alternation(w.capitalize() for w, *_ in rows("months") if w.isalpha() and len(w) > 2)
    + r"))"
)

_WORD_BEFORE = re.compile(r"([A-Za-z]+)\W{1,3}$")


_NAME_WORDS = words("weekday_name_words")
#: Ordinals before "<weekday> of" that count the weekday in a month ("the third Monday of
#: November", "the last Sunday of each month"): a day of the calendar, not of the week the
#: text is written in.
_ORDINAL_WORDS = words("ordinals") | {"last", "final"}
_OF_AFTER = re.compile(r"\s{1,3}of\s")


#: A recurrence and its exception before a weekday ("every day except":
#: ``set_exception_leads.tsv``).
_SET_EXCEPTION = re.compile(
    r"\b(?:" + alternation(words("set_exception_leads")) + r")(?:\s{1,3}on)?\s{1,3}$",
    re.IGNORECASE,
)


def _bare_weekday(opening: str) -> int:
    """Where the first weekday named without a date is, not part of a name ("Good Friday",
    "Bloody Sunday": ``weekday_name_words.tsv``) nor counted in a month ("the third Monday of
    November"); -1 if there is none."""
    for m in _BARE_WEEKDAY.finditer(opening):
        if _SET_EXCEPTION.search(opening, max(0, m.start() - 30), m.start()) is not None:
            continue  # "open every day except Monday": every week's, no day of this one
        before = _WORD_BEFORE.search(opening, max(0, m.start() - 20), m.start())
        if before is None:
            return m.start()
        word = before.group(1).lower()
        if word in _ORDINAL_WORDS and _OF_AFTER.match(opening, m.end()):
            continue
        if word not in _NAME_WORDS:
            return m.start()
    return -1


_MONTH_NAMES = alternation(w.capitalize() for w, *_ in rows("months") if w.isalpha() and len(w) > 2)
#: A day written with its month and year ("25 June 1950", "June 25, 1950"), then the end of its
#: sentence: the day a narrative counts a later weekday from.
_FULL_DATE_SENTENCE = re.compile(
    r"\b(?:\d{1,2}\s{1,3}(?:"
    + _MONTH_NAMES
    + r")\.?,?\s{1,3}|(?:"
    + _MONTH_NAMES
    + r")\.?\s{1,3}\d{1,2},?\s{1,3})(1\d{3}|20\d{2})\b[^.!?]*[.!?]\s"
)


#: Words of a report on a commemoration (``occasion_words.tsv``), sought as substrings.
_OCCASION_WORDS = tuple(words("occasion_words"))


def _occasion_near(opening: str, weekday: int) -> bool:
    """Whether a word of a commemoration (:data:`_OCCASION_WORDS`) stands in the weekday's
    paragraph, the one before it or the one after it: the report of the week's ceremony
    ("signed on 27 July 1953. On Thursday, veterans laid wreaths"); a history whose last
    section tells of its memorial ("... on Tuesday its commander asked for terms ...\n\n...
    wreaths are laid there every October") is no such report (s34-history: 880 was news, its
    campaign of 1871 told in 2025)."""
    starts = [0] + [m.end() for m in _PARAGRAPH.finditer(opening)]
    here = max(i for i, at in enumerate(starts) if at <= weekday)
    lo = starts[max(0, here - 1)]
    hi = starts[here + 2] if here + 2 < len(starts) else len(opening)
    lower = opening[lo:hi].lower()
    return any(word in lower for word in _OCCASION_WORDS)


def _story_weekday(opening: str, weekday: int, years: list[int], reference: date) -> bool:
    """A weekday that a history tells from a day it named in an earlier sentence ("began on
    Sunday, 25 June 1950, ... On Tuesday the council met"): every year of the opening is a
    generation back, or (an encyclopedia article with a legacy section and its references:
    "The centenary in 2015 ...", "Retrieved 25 April 2021") every year before the weekday,
    two or more of them, with the opening's first year and half of its years; and a day with
    its month and year comes a sentence or more before the weekday. Not news that opens with
    its weekday ("A court on Tuesday convicted a guard who served from 1942 to 1945") nor one
    naming the week's day beside an old date in one sentence ("Born on 3 May 1931, he died on
    Tuesday"), nor one on a commemoration ("signed on 27 July 1953. On Thursday, veterans
    marked the anniversary"), nor news that tells one old day and then its week's ("The plant
    opened on 3 May 1961. On Tuesday its owner said it would close in 2026")."""
    old = reference.year - _GENERATION
    if not years:
        return False
    if max(years) > old:
        told = [int(y) for y in _year_texts(opening[:weekday])]
        if len(told) < 2 or max(told) > old or not _old_years(years, reference):
            return False
    if _occasion_near(opening, weekday):
        return False  # "On Thursday, veterans gathered to mark the anniversary"
    m = _FULL_DATE_SENTENCE.search(opening, 0, weekday)
    if m is None and _season_lede(opening, reference):
        # "The 1998–99 season was Halbury Town's 96th ... The season opened on Saturday 8
        # August ... and again at Bristol Rovers on the Tuesday night": a season's history
        # dates its matches by day and month, its years told once in the lede
        m = _DAY_MONTH_SENTENCE.search(opening, 0, weekday)
    return m is not None


#: A day and its month without a year ("Saturday 8 August", "on May 16"), then the end of
#: its sentence, in a season's history (:func:`_season_lede`).
_DAY_MONTH_SENTENCE = re.compile(
    r"\b(?:\d{1,2}\s{1,3}(?:"
    + _MONTH_NAMES
    + r")|(?:"
    + _MONTH_NAMES
    + r")\.?\s{1,3}\d{1,2})\b[^.!?]*[.!?]\s"
)

#: Two consecutive years of a sports season or fiscal year ("1998–99", "1999-2000", "2008/09").
_SEASON_YEARS = re.compile(r"\b(1[89]\d{2}|20\d{2})\s?[-–/]\s?(\d{2}|\d{4})\b")


def _season_lede(opening: str, reference: date) -> bool:
    """Whether the text's first sentence names two consecutive years a generation or more back
    ("The 1998–99 season was ..."): a season's history, told from them."""
    end = _FIRST_SENTENCE_END.search(opening)
    lede = opening[: end.end() if end else len(opening)]
    for m in _SEASON_YEARS.finditer(lede):
        first = int(m.group(1))
        second = int(m.group(2))
        if second < 100:
            second += first - first % 100
            if second < first:
                second += 100  # "1999-00"
        if second == first + 1 and first <= reference.year - _GENERATION:
            return True
    return False


#: The end of a text's first sentence (its lede, in news).
_FIRST_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


#: Deictic words a history uses in an aside about the present: ``history_deictic_words.tsv``
#: (as :data:`_DEICTIC_WORDS` writes them: " ago" after a space).
_HISTORY_ASIDES = frozenset(
    w for w in _DEICTIC_WORDS if w.strip() in words("history_deictic_words")
)


#: :data:`_DEICTIC_GROUPS` without the history asides (:func:`_news_deictic`).
_NEWS_DEICTIC_GROUPS = [
    (first, [word for _, word in group if word not in _HISTORY_ASIDES])
    for first, group in _DEICTIC_GROUPS.items()
]


def _history(opening: str) -> bool:
    """True if the text's first sentence has no deictic word: a history's "today" comes in a
    later sentence ("Today the site is a museum"), news names its day in the lede ("A court on
    Tuesday convicted ...", "Veterans gathered today to mark ...")."""
    end = _FIRST_SENTENCE_END.search(opening)
    lede = opening[: end.end() if end else len(opening)].lower()
    return not any(word in lede for word in _DEICTIC_WORDS)


def _old_years(years: list[int], reference: date) -> bool:
    """True if the opening's first year and at least half of its years are a generation
    (:data:`_GENERATION` years) or more back: a history, whose "today" is an aside ("Today
    the site is a museum", "rebuilt between 1994 and 2005"); the years must still make it a
    narrative (:func:`document_type`)."""
    if len(years) < 2:
        return False  # "Xerox, founded in 1906, said today ...": one year names no history
    old = reference.year - _GENERATION
    return years[0] <= old and 2 * sum(y <= old for y in years) >= len(years)


#: Years an opening names, at least, to date its events by the calendar alone
#: (:func:`_dated_throughout`).
_DATED_YEARS = 4


def _dated_throughout(years: list[int], reference: date) -> bool:
    """True if an opening without a deictic word nor a weekday of its week dates its events by
    explicit years (:data:`_DATED_YEARS` or more, three different ones at least, two thirds of
    them before the publication's year): an encyclopedia article on recent events ("Fighting
    broke out on 27 September 2020 ... in December 2022 ... as of March 2025"), whose
    reference is the day it was read, not the day it speaks from: a narrative, however near its
    years. News names its day ("on Tuesday", "last year"), and a report's figures for the
    years ahead ("expects $3bn in 2025") are not two thirds before its year."""
    return (
        len(years) >= _DATED_YEARS
        and len(set(years)) >= 3
        and 3 * sum(y < reference.year for y in years) >= 2 * len(years)
    )


def _recent_legacy(years: list[int], reference: date) -> bool:
    """True if an opening whose only deictic words are a history's asides ("Today about a
    hundred residents still live in the zone") opens on a year a generation or more back and
    then dates its events by explicit years (:func:`_dated_throughout`): an encyclopedia
    article whose aftermath and legacy run up to the present ("began on 26 April 1986 ... in
    November 2016 ... on 24 February 2022 ... As of late 2025 ... Today"), whose recent years
    outnumber the old ones, as :func:`_old_years` would want them not to (s27-wiki: read as
    news, its "on 26 April" was the publication's year)."""
    return (
        bool(years)
        and years[0] <= reference.year - _GENERATION
        and _dated_throughout(years, reference)
    )


#: The chat words of more than two letters ("lol", "tbh", "i'm", not "i" nor "u", which other
#: languages write: a Polish "i", "u"), as written, with the period of a sentence's end.
_LONG_MARKERS = frozenset(m for m in _MARKERS if len(m) > 2)
_LONG_DOTTED_MARKERS = frozenset(m + "." for m in _LONG_MARKERS if "." not in m)


def _chat_word(opening: str) -> bool:
    """Whether ``opening`` writes a chat word of :data:`_LONG_MARKERS` ("lol", "tbh"): no
    history nor encyclopedia article does, so a text whose years would make it a narrative is
    an informal one told from its publication (an AMA that names the years of its machines, a
    travel diary with "tbh"; s32-informal: both were read as narratives)."""
    words_ = _word_set(opening)
    return not (_LONG_MARKERS.isdisjoint(words_) and _LONG_DOTTED_MARKERS.isdisjoint(words_))


#: Paragraphs a history has at least before its last one may be read without it
#: (:func:`_coda_start`).
_CODA_PARAGRAPHS = 4


def _coda_start(text: str) -> int:
    """Where the last paragraph of a whole text that fits in the opening starts, when the text
    has at least :data:`_CODA_PARAGRAPHS` paragraphs before it (an encyclopedia article with
    headings, or an anniversary piece without: session 35 dropped the need for a heading,
    :func:`first_section`); else -1."""
    if len(text) > _OPENING:
        return -1
    breaks = list(_PARAGRAPH.finditer(text.rstrip()))
    if len(breaks) < _CODA_PARAGRAPHS:
        return -1
    return breaks[-1].end()


def document_type(text: str, reference: date) -> str:
    """``colloquial``, ``narrative`` or ``news`` (see the module doc), from at most the first
    :data:`_OPENING` characters; a narrative by its years that writes a chat word
    (:func:`_chat_word`) is colloquial."""
    kind = _document_type(text, reference)
    if kind == "narrative" and _chat_word(text[:_OPENING]):
        return "colloquial"
    return kind


def _document_type(text: str, reference: date) -> str:
    """:func:`document_type` but for the chat word of a narrative."""
    if len(text) <= _SHORT:
        one_case = (text.islower() or text.isupper()) and len(_LETTERS.findall(text)) >= 12
        if one_case or _unpunctuated(text) or _informal(text):
            return "colloquial"
    opening = text[:_OPENING]
    if (
        _chat_log(opening)
        or _handle_thread(opening)
        or (len(text) > _SHORT and (_chatty(opening) or _hashtagged(opening)))
        or _informal_page(opening)
    ):
        # a chat log, however short; a thread of posts under user handles; a long forum post:
        # "lol", "u", "dont", "i"; a run of social posts
        return "colloquial"
    lower = opening.lower()
    # most news names a deictic word no history uses as an aside ("yesterday"): sought first,
    # the first one found decides, and the text's lede and asides need not be found
    if _news_deictic(lower):
        coda = _coda_start(text)
        if coda < 0 or _news_deictic(lower[:coda]):
            return "news"
        # an encyclopedia history whose last paragraph alone speaks of the present ("...
        # Remembrance\n\nThis year the fire's 150th anniversary is being marked by talks that
        # began last week"): its body decides (s32-history: 683 was news, and its "Monday"
        # and "11 October" the publication's)
        opening = opening[:coda]
        lower = lower[:coda]
    # else the asides there ("today", " ago"), each sought once
    deictic = any(word in lower for word in _HISTORY_ASIDES)
    if deictic and not _history(opening):
        return "news"
    years = [int(y) for y in _year_texts(opening)]
    if "BC" in opening or "B.C." in opening:
        # "(431–404 BC)": years before the era, as far back as years go
        years += [0] * len(_BC_YEAR.findall(opening))
    if deictic and not (_old_years(years, reference) or _recent_legacy(years, reference)):
        return "news"
    weekday = _bare_weekday(opening)
    if weekday >= 0 and not _story_weekday(opening, weekday, years, reference):
        return "news"
    if len(years) >= 2:
        far = sum(abs(y - reference.year) >= 3 for y in years)
        if 3 * far >= 2 * len(years) or _dated_throughout(years, reference):
            return "narrative"
    elif years and years[0] <= reference.year - _GENERATION:
        # one year, a generation back: the article of one battle or one day of history ("The
        # Battle of Midway was fought between 4 and 7 June 1942 ... at 06:30 hours on 4
        # June"); not a company's founding year in a report ("founded in 2015 ... the six
        # months ended Aug. 12"), nor a year ahead ("debentures due Oct. 15, 1999")
        return "narrative"
    if years and max(years) < reference.year and min(years) <= reference.year - 3:
        if first_section(text) is not None:
            # no word of the publication's time, only years behind it, and a heading after a
            # lead ("On 23 March 2021, the Ever Given ran aground ... \n\nSalvage\n\n..."): an
            # encyclopedia article of a recent event, told from its own dates
            return "narrative"
    return "news"


#: Words after a year or date that show it names a thing, not a time of the event: a noun of
#: ``modified_nouns.tsv`` right after it ("the 2026 budget draft", "the May 9 parade"), or
#: after one or two lower-case words of a compound ("the 2026 spending plan", "a 1990s gun
#: control law"; not "in 2019 the law", where no determiner stands before the year, nor "that
#: 2019 was the budget year": a verb or function word of ``modifier_compound_blockers.tsv``
#: ends the compound).
_NOUN_AFTER = re.compile(
    r"(?:[-–/]\d{2,4}(?!\d))?(?:[\s-]{1,2}(?!"
    + alternation(words("modifier_compound_blockers"))
    + r"\b)[a-z]{2,15}){0,2}[\s-]{1,2}(?:"
    + alternation(words("modified_nouns"))
    + r")\b"
    # a compound adjective of the year or decade, whatever noun it qualifies: "the 1990s-era
    # reactor", "a 1960s-style diner", "the 2019-built ship" (s29-intervals)
    + r"|-(?:era|style|vintage|built)\b",
    re.IGNORECASE,
)
_DETERMINER_BEFORE = re.compile(
    r"(?:\b" + alternation(words("modifier_determiners")) + r"|['’]s)\s{1,3}(?:\d{4}\s?[-–/]\s?)?$",
    re.IGNORECASE,
)


def _preposition_before(lexicon: str) -> re.Pattern[str]:
    """A preposition of ``lexicon`` and a determiner before a noun phrase's year (and the first
    year of a range: "in the 1994-95 season"), up to the year."""
    return re.compile(
        r"\b" + alternation(words(lexicon)) + r"\s{1,3}\S{1,8}\s{1,3}(?:\d{4}\s?[-–/]\s?)?$",
        re.IGNORECASE,
    )


#: A preposition before the noun phrase makes it locate the event in time after all ("in the
#: 2020 election", "during the 2014 games"), and so before the second year of a range ("in the
#: 1994-95 season": both years date the event, and the story counts on from 1995).
_LOCATING = _preposition_before("locating_prepositions")


#: A thing and "from" before a bare year that ends the noun phrase, before the clause's verb:
#: the thing's date, no time of the story ("A bottle from 1985 was €300", "a photo from 1962
#: shows the pier"; s31-informal).
_THING_FROM = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir)\s{1,3}[a-z]{3,15}"
    r"\s{1,3}from\s{1,3}$"
)
_VERB_AFTER_THING = re.compile(rf"\s{{1,3}}(?:{alternation(words('thing_year_verbs'))})\b")


#: A document and "from" before a date, with its maker after "by" or "of" between them ("a
#: decision by the Frostating Court of Appeal from June 2025"): the document's date, no time of
#: the story (``document_from_nouns.tsv``, s39-wikinews); not the start of a range ("from June
#: 2025 to March").
_DOCUMENT_FROM = re.compile(
    rf"\b(?:{alternation(words('document_from_nouns'))})"
    r"(?:\s{1,3}(?:by|of)(?:\s{1,3}[\w'’-]+){1,6}?)?\s{1,3}from\s{1,3}$",
    re.IGNORECASE,
)
_RANGE_AFTER = re.compile(
    r"\s{0,3}(?:[-–]|(?:to|until|till|through)\s{1,3}(?:[A-Z0-9]|the\s{1,3}(?:end|start)\b))"
)


def modifies_noun(text: str, start: int, end: int) -> bool:
    """True if the expression at ``[start, end)`` is a modifier of a noun phrase ("the 2026
    budget draft", "its 2023 election manifesto", "the May 9 parade", "a bottle from 1985
    was"), not after a preposition that makes the phrase locate the event ("in the 2020
    election")."""
    if (
        end - start == 4
        and text[start:end].isdigit()
        and _VERB_AFTER_THING.match(text, end) is not None
        and _THING_FROM.search(text, max(0, start - 32), start) is not None
    ):
        return True
    if (
        # "from" right before the date, a test in C before the search back over 72 characters
        text[max(0, start - 8) : start].rstrip()[-4:].lower() == "from"
        and _DOCUMENT_FROM.search(text, max(0, start - 72), start) is not None
        and _RANGE_AFTER.match(text, end) is None
    ):
        return True  # "upheld a decision by the appeal court from June 2025": its date
    after = text[end : end + 1]
    return (
        # every match of _NOUN_AFTER opens with white space, a dash or a slash: a test in C
        # before it (half the expressions end before a comma or a period)
        (after.isspace() or after in ("-", "–", "/"))
        and _NOUN_AFTER.match(text, end) is not None
        and (
            _DETERMINER_BEFORE.search(text, max(0, start - 16), start) is not None
            # a decade's span holds its "the": "The 1990s-era reactor", "The year-ago results";
            # not before a capital ("till the next day Study ...", a tweet's next sentence with
            # no stop: s30-intervals)
            or (
                text[start : start + 4].lower() == "the "
                and not text[end : end + 2].lstrip()[:1].isupper()
            )
        )
        and _LOCATING.search(text, max(0, start - 24), start) is None
    )


#: A preposition of purpose before the noun phrase: "rules for the 2027 elections".
_PURPOSE_WORDS = tuple(w.lower() for w in words("purpose_prepositions"))
_PURPOSE = _preposition_before("purpose_prepositions")


def names_purpose(text: str, start: int, end: int) -> bool:
    """True if the expression at ``[start, end)`` modifies a noun phrase after a preposition of
    purpose ("debated rules for the 2027 elections", "Preparations for the May 9 parade began on
    Monday"): it names what the event is for, so it dates its sentence only when nothing else
    in its clause does (``purpose_prepositions.tsv``; extraction)."""
    lo = max(0, start - 24)
    window = text[lo:start].lower()
    return (
        any(map(window.__contains__, _PURPOSE_WORDS))  # a test in C before the search
        and _PURPOSE.search(text, lo, start) is not None
        and _DETERMINER_BEFORE.search(text, max(0, start - 16), start) is not None
        and _NOUN_AFTER.match(text, end) is not None
    )


#: The values the story time can complete (see :func:`follows_story`).
StorySpec = (
    CalendarDate
    | SeasonRef
    | HolidayRef
    | PartOfDay
    | WeekOf
    | NthInMonth
    | NthWeekIn
    | ClockTime
    | ShiftFrom
)

#: Values built on another one, and the field that holds it: the story completes the inner
#: one ("the night of 2/3 May", "the first week of July", "the last Sunday of May", "at 9
#: p.m. on 11 May", s29-wire: "the day before Thanksgiving", "the week after Easter" in the
#: story's year).
_WRAPPERS: dict[type, str] = {
    ClockTime: "base",
    PartOfDay: "base",
    WeekOf: "base",
    NthInMonth: "month",
    NthWeekIn: "period",
    ShiftFrom: "base",
}


def story_month_day(spec: Spec | None) -> tuple[int, int] | None:
    """The month and day of a date named without its year ("22 February", "the afternoon of
    22 February"), or None."""
    field = _WRAPPERS.get(type(spec))
    if field is not None:
        return story_month_day(getattr(spec, field))
    if (
        type(spec) is CalendarDate
        and spec.year is None
        and spec.month is not None
        and spec.day is not None
    ):
        return spec.month, spec.day
    return None


def follows_story(spec: Spec | None) -> TypeGuard[StorySpec]:
    """True for the values that the story time completes: a date, season or holiday whose
    text gives no year ("September", "May 9", "that summer", "Christmas"), or a part, week or
    n-th day of such a date or month ("the night of 2/3 May", "the first week of July", "the
    last Sunday of May")."""
    field = _WRAPPERS.get(type(spec))
    if field is not None:
        return follows_story(getattr(spec, field))
    if type(spec) is CalendarDate:
        return spec.year is None and spec.month is not None and not (spec.nearest or spec.ahead)
    if type(spec) is SeasonRef:
        return spec.year is None and spec.n is None and spec.of_year is None and not spec.anchored
    if type(spec) is HolidayRef:
        return spec.year is None
    return False


def in_story(
    spec: StorySpec, story: cal.Point, forward: bool = False, back: bool = False
) -> StorySpec:
    """``spec`` placed in the story time: the story's year, or, for a narrative
    (``forward``), the next one when that puts the month nearer the story's time ("In
    December 1941 ... In January" = January 1942: a narrative moves forward; "On April 6,
    1941 ... in March" stays March 1941, a month back rather than eleven on). A story time
    that is a season counts from its last month ("the winter of 1953-54 ... by late June" =
    June 1954). ``back``: the clause is a flashback (past perfect), which a winter after a
    story's spring takes as the one just over."""
    field = _WRAPPERS.get(type(spec))
    if field is not None:
        inner = getattr(spec, field)
        assert follows_story(inner)
        placed = in_story(inner, story, forward, back)
        return replace(spec, **{field: placed})  # type: ignore[arg-type]
    assert isinstance(spec, CalendarDate | SeasonRef | HolidayRef)
    first = story.first
    if story.unit == "season":
        first = cal.end_of("season", first) - timedelta(days=1)
    year = first.year
    month = getattr(spec, "month", None)
    if month is None and type(spec) is SeasonRef:
        month = cal.SEASON_START[spec.season]
    if type(spec) is HolidayRef and _FIXED_HOLIDAY.match(spec.rule):
        month = int(spec.rule[:2])  # "By Christmas ... On New Year's Day" = the next January
    elif type(spec) is HolidayRef and spec.rule.startswith("easter"):
        # a day counted from Easter, about the first of April: "In October 1427 ... By Easter"
        # = Easter 1428, as "By April" is (s38-history2: was the Easter before the story)
        month = (date(year, 4, 1) + timedelta(days=int(spec.rule[6:] or 0))).month
    if story.unit == "season" and month is not None and type(spec) is not SeasonRef:
        for k in range(3):
            inside = cal.add_months(story.first, k)
            if inside.month == month:
                # a month of the season told is in it: "In the winter of 1950-51 ... the
                # last ships sailed on Christmas Eve" = 1950-12-24 (was the next December)
                return replace(spec, year=inside.year)
    if (
        forward
        and type(spec) is SeasonRef
        and spec.season == "WI"
        and story.unit in ("day", "month", "season")
    ):
        # a winter runs from December into the next year: the one a story's January or
        # February is in began the December before ("ended on 7 January 1942. That winter" =
        # 1941-WI); after a spring the story goes on to the coming one ("closed in the spring
        # of 1931, and that winter" = 1931-WI, s42-history: was 1930-WI), unless the clause
        # looks back ("reached the fort on 3 March 1885. That winter the garrison had eaten
        # its horses" = 1884-WI)
        behind = first.month < 3 or (first.month < 6 and back)
        return replace(spec, year=year - 1 if behind else year)
    if forward and month is not None and story.unit in ("day", "month", "season"):
        back = first.month - month  # months back to it in the story's year
        if back > 0 and 12 - back <= back:
            year += 1
    return replace(spec, year=year)


def story_month(spec: Spec) -> tuple[int, int]:
    """(year, month) where a spec :func:`in_story` placed begins, as far as it says: a season's
    first month, a holiday's January unless it is on a fixed day, a date's month."""
    field = _WRAPPERS.get(type(spec))
    if field is not None:
        return story_month(getattr(spec, field))
    year = getattr(spec, "year", None) or 0
    if type(spec) is SeasonRef:
        return (year, cal.SEASON_START[spec.season])
    if type(spec) is HolidayRef and _FIXED_HOLIDAY.match(spec.rule):
        return (year, int(spec.rule[:2]))
    return (year, getattr(spec, "month", None) or 1)


#: A holiday on a fixed day (``holidays.tsv``: "12-25"), whose month a narrative can count.
_FIXED_HOLIDAY = re.compile(r"\d\d-\d\d$")


def has_year(spec: Spec) -> bool:
    """True if ``spec`` names its year ("In 2014", "On the night of 4 May 1941", "on 1 August
    1944 at 5 p.m."): an explicit date that can set the story time."""
    inner: Spec | None = spec
    while type(inner) is PartOfDay or type(inner) is ClockTime:
        inner = inner.base  # "the night of 4 May 1941", "on 1 August 1944 at 5 p.m."
    return getattr(inner, "year", None) is not None


def deictic_sets_story(
    point: cal.Point, reference: datetime, signal_role: str | None, text: str = "", start: int = 0
) -> bool:
    """True if a deictic expression names a past year the text then tells about ("Trouble
    returned last year. In March, ..." = March of last year), as an explicit year would; a
    deictic day, week or month ("yesterday", "last week") is the publication's time, and a
    year that is the base of a comparison ("trade was up on last year, helped by late opening
    since mid-November": ``comparison_leads.tsv``) is no time the text goes on to tell of."""
    if point.unit != "year" or signal_role in _BOUNDS:
        return False
    if comparison_base(text, start):
        return False
    return cal.end_of("year", point.first) <= reference.date()


def comparison_base(text: str, start: int, day: bool = False) -> bool:
    """True if the expression at ``start`` is the term of a comparison ("up on last year",
    "higher than last year", "down on 2015", "compared with 68 percent in 2015":
    ``comparison_leads.tsv``, see :func:`_comparison_pattern`). A ``day`` is no term of a
    change's "up on"/"down on": "The mill burned down on 3 March 1921", "shut down on
    Monday" are a particle and the day of the event."""
    pattern = _COMPARISON_NOT_CHANGE if day else _COMPARISON
    lo = max(0, start - 60)
    window = text[lo:start]
    if window.isascii() and not any(map(window.lower().__contains__, _COMPARISON_WORDS)):
        return False  # most expressions: no lead word before them, no search at every character
    return pattern.search(text, lo, start) is not None


def ago_sets_story(spec: Spec, signal_role: str | None) -> bool:
    """True if a count of years back from the publication ("Thirty-five years ago today, ...",
    "A decade ago, the plant ...") names the past the text then tells about, as an explicit
    year would ("That summer, thousands had fled" = that summer of 1989); one year back is
    the last year's report ("A year ago, sales ..."), and a bound ("since 20 years ago")
    sets nothing."""
    return (
        type(spec) is Offset
        and spec.base == "ref"
        and spec.unit == "year"
        and spec.n <= -2
        and signal_role not in _BOUNDS
    )


#: The words before an expression that make it set the time of its clause: "In 2014, ...",
#: "began in 1939", "during the 1990s", "On March 3, 1941", "on the night of 13 February 1945"
#: (``setting_of_heads.tsv``; not "the invasion of April 1961"): or nothing (the sentence
#: opens with it).
_SETTING = re.compile(
    r"(?:\b" + alternation(words("setting_prepositions")) + r"\s{1,3}"
    r"|\b" + alternation(words("setting_of_heads")) + r"\s{1,3}of\s{1,3}"
    r"|(?:^|[.!?;:]\s{1,3}|\n)[\"'“‘(]{0,2})$",
    re.IGNORECASE,
)
#: A setting preposition and "the" before a year that a noun follows, the time of the clause
#: all the same ("in the 2019-20 season", "during the 1994 campaign"; s31-history: was no
#: story time, and "in March" after it was the year before's); not a day's ("charged in the
#: Dec. 21, 1988, bombing": a modifier's).
_SETTING_THE = re.compile(
    r"\b" + alternation(words("setting_prepositions")) + r"\s{1,3}the\s{1,3}$", re.IGNORECASE
)
_YEAR_NOUN = re.compile(r"\d{4}(?:\s?[-–/]\s?\d{2,4})?\s{1,3}[a-z]")
#: A word of rise or fall (``range_change_words.tsv``), up to four words of its figure ("by
#: half", "40%", "more than"), then "between" or "from" and maybe the range's first end before
#: the date: the range is the span of a change, a statistic that sets no story time
#: (:func:`sets_story`; s34-wire).
_RANGE_CHANGE = re.compile(
    r"\b(?:" + alternation(words("range_change_words")) + r")\b"
    r"(?:\s{1,3}[^\s.;:!?]{1,15}){0,4}?\s{1,3}(?:between|from)\s{1,3}"
    r"(?:[^.;:!?]{1,30}?\s{1,3}(?:and|to|through|until|till)\s{1,3})?$",
    re.IGNORECASE,
)
#: Signal roles that make a year a bound of something else, not the time of the story
#: ("since 1980", "dating to 1994", "from 2009").
_BOUNDS = frozenset({"since", "until", "range", "close", "for", "before", "after"})


def sets_story(
    text: str, start: int, signal_role: str | None, told: bool = False, day: bool = False
) -> bool:
    """True if an explicit date at ``start`` sets the time its sentence (and the story)
    talks about: it opens its sentence or follows "in"/"during"/"on" or "night of", and no
    signal makes it the bound of another span; or it opens a range ("from September 1683 to
    March 1685", "between 1939 and 1945"), whose start the story then is at. After "of" and
    another noun it sets the story only when none is ``told`` yet ("The truce of 1914 is
    famous. At Christmas, ..."): once the story is in October 1962, "the failed invasion of
    April 1961" is a flashback that leaves it there. ``day``: the date is a day (see
    :func:`comparison_base`)."""
    if comparison_base(text, start, day):
        return False  # "slightly down on 2015", "compared with 68 percent in 2015"
    if signal_role == "range":
        # "lasted from September 1683 to March 1685": the story starts there; but not the span
        # a figure changed over ("complaints more than doubled between 2021 and 2023")
        return _RANGE_CHANGE.search(text, max(0, start - 80), start) is None
    if signal_role in _BOUNDS:
        return False
    lo = max(0, start - 20)
    if _SETTING.search(text, lo, start) is not None:
        return True
    if _SETTING_THE.search(text, lo, start) is not None and _YEAR_NOUN.match(text, start):
        return True  # s31-history: "in the 2019-20 season", "during the 1994 campaign"
    return not told and _OF.search(text, lo, start) is not None


def _comparison_pattern(change: bool = True) -> re.Pattern[str]:
    """The words before a date that make it the term of a comparison (``comparison_leads.tsv``:
    "down on 2015", "compared with 68 percent in 2015", "than in 2015", "from 5.5 percent in
    2015"); a figure or word between them has no period, comma or semicolon of its own.
    ``change=False`` leaves out the change's "up on"/"down on"."""
    kinds: dict[str, list[str]] = {}
    for surface, kind in rows("comparison_leads"):
        kinds.setdefault(kind, []).append(surface)
    token = r"(?:[$£€]?\d(?:[\d.,]{0,12}\d)?%?|[A-Za-z%'-]{1,20})"
    figure = r"[$£€]?\d(?:[\d.,]{0,12}\d)?%?"
    prep = r"(?:(?:in|on|during)\s{1,3})"
    approx = alternation(w for w in words("approximators") if " " not in w)
    return re.compile(
        r"\b(?:"
        + (rf"(?:{alternation(kinds['change'])})\s{{1,3}}(?:on|from)\s{{1,3}}|" if change else "")
        + rf"(?:{alternation(kinds['compare'])})\s{{1,3}}(?:with|to)\s{{1,3}}"
        rf"(?:{token}\s{{1,3}}){{0,4}}{prep}?"
        rf"|(?:{alternation(kinds['than'])})\s{{1,3}}{prep}?"
        rf"|(?:{alternation(kinds['from'])})\s{{1,3}}(?:{approx}\s{{1,3}})?{figure}(?:\s{{1,3}}[A-Za-z%-]{{1,12}}){{0,2}}"
        r"\s{1,3}in\s{1,3}"
        r")$",
        re.IGNORECASE,
    )


#: See :func:`_comparison_pattern`.
_COMPARISON = _comparison_pattern()
_COMPARISON_NOT_CHANGE = _comparison_pattern(change=False)
#: The first word of each lead of both patterns, in lower case: one of them is in the text of
#: any match (on ASCII text, where the case-insensitive match is one of ASCII letters).
_COMPARISON_WORDS = tuple(
    sorted(
        {
            surface.split()[0].lower()
            for surface, kind in rows("comparison_leads")
            if kind in ("change", "compare", "than", "from")
        }
    )
)


def _figure_change_pattern() -> re.Pattern[str]:
    """A change's figure right before the date it is measured from: "rose 0.3% from",
    "up 2 percent from" (``comparison_leads.tsv``, kinds ``figure`` and ``figure_unit``)."""
    kinds: dict[str, list[str]] = {}
    for surface, kind in rows("comparison_leads"):
        kinds.setdefault(kind, []).append(surface)
    return re.compile(
        r"(?<![\w.,])[$£€]?\d(?:[\d.,]{0,12}\d)?%?"
        rf"(?:\s{{1,3}}(?:{alternation(kinds['figure_unit'])}))?"
        rf"\s{{1,3}}(?:{alternation(kinds['figure'])})\s{{1,3}}$",
        re.IGNORECASE,
    )


_FIGURE_CHANGE = _figure_change_pattern()


def figure_change_base(text: str, start: int) -> bool:
    """True if the expression at ``start`` is what a figure's change is measured from ("wages
    rose 0.3% from January and 3.6% from a year ago"): the base of the comparison, not the
    month the report is about."""
    return _FIGURE_CHANGE.search(text, max(0, start - 40), start) is not None


#: "of" right before a date ("the truce of 1914"): see :func:`sets_story`.
_OF = re.compile(r"\bof\s{1,3}$", re.IGNORECASE)


#: A phrase set off by commas after a noun that opens with a participle or a relative pronoun
#: and ends in "in" right before a date: "The company, founded in 1972, ...", "The minister,
#: who took office in 2021, ...". The participle endings and "who"/"which" are the grammar of
#: the check, not a word list.
_APPOSITIVE_BEFORE = re.compile(
    r",\s{1,3}(?:(?:who|which)\s{1,3}[^,.;:!?]{1,40}?|"
    r"(?:(?:" + alternation(sorted(words("participle_adverbs"))) + r")\s{1,3})?"
    r"[a-z]{2,20}(?:ed|en|wn|un|ght|lt|ilt)"
    r"(?:\s{1,3}[a-z]{1,15}){0,2})\s{1,3}in\s{1,3}$"
)
#: After the date: the comma or parenthesis that closes the phrase, maybe after an additive
#: adverb (``appositive_tails.tsv``: "beaten finalists in 2023 as well, ...").
_APPOSITIVE_AFTER = re.compile(
    r"(?:\s{1,3}" + alternation(sorted(words("appositive_tails"))) + r")?\s{0,3}[,)]"
)


def in_appositive(text: str, start: int, end: int) -> bool:
    """True if the date at ``start:end`` closes a phrase set off by commas after a noun ("The
    company, founded in 1972, employs 4,000 people"): it describes the noun, the sentence
    speaks of the publication's time, and in news the date moves no story time ("It was sold
    in June" is last June, not June 1972)."""
    return (
        _APPOSITIVE_AFTER.match(text, end) is not None
        and _APPOSITIVE_BEFORE.search(text, max(0, start - 60), start) is not None
    )


#: "last", a past participle and "in" right before a date ("The stretch was last resurfaced
#: in 2009."), and the sentence's end right after it.
_LAST_DONE_BEFORE = re.compile(
    r"\blast\s{1,3}(?:[a-z]{2,20}(?:ed|en|wn|un|ght|lt)|"
    + alternation(sorted(words("tense_past") | words("perfect_participles")))
    + r")\s{1,3}in\s{1,3}$"
)
_SENTENCE_END_AFTER = re.compile(r"\s{0,3}[.!?](?:\s|\Z)")


def last_done(text: str, start: int, end: int) -> bool:
    """True if the date at ``start:end`` is when something was last done and ends its sentence
    ("The same stretch was last resurfaced in 2009. In February a lorry overturned"): the latest
    time of a thing still the case, a fact of the publication's present, and in news it moves
    no story time (February is this year's; s37-known, blind text 939). A date a clause goes on
    from ("last emptied in May 2019, when a fire burned ...") still sets it, and so does an
    episode told with its object or length ("last tried a purge in 2013. That program ran from
    July", "was last closed for six weeks in the winter of 2022. Between 1 and 7 December")."""
    return (
        _SENTENCE_END_AFTER.match(text, end) is not None
        and _LAST_DONE_BEFORE.search(text, max(0, start - 40), start) is not None
    )


#: A past participle and "in" right before a date, and a verb in -s of
#: ``participle_year_verbs.tsv`` right after it: "An inscription found in 2018 suggests that ...".
_REDUCED_BEFORE = re.compile(
    r"\b(?:[a-z]{2,20}(?:ed|en|wn|un|ght|lt)|"
    + alternation(sorted(words("tense_past") | words("perfect_participles")))
    + r")\s{1,3}in\s{1,3}$"
)
_REDUCED_AFTER = re.compile(
    r"\s{1,3}" + alternation(sorted(words("participle_year_verbs"))) + r"\b"
)


def in_reduced_relative(text: str, start: int, end: int) -> bool:
    """True if the date at ``start:end`` closes a participle that describes the noun before it,
    and a verb in the present follows ("A charcoal inscription found in 2018 suggests that the
    eruption came in October", "The bridge built in 1890 stands on oak piles"): the sentence
    speaks of the publication's time, and the date moves no story time in any document (the
    October is the story's, not 2018's), as a date in a phrase set off by commas does in news."""
    return (
        _REDUCED_AFTER.match(text, end) is not None
        and _REDUCED_BEFORE.search(text, max(0, start - 40), start) is not None
    )


#: A word of three letters or more: a parenthesis that holds one is an aside, not a date's gloss.
_ASIDE_WORD = re.compile(r"[A-Za-z]{3}")


def in_aside(text: str, start: int) -> bool:
    """True if the date at ``start`` sits in a parenthesis that says something of its own ("The
    rebellion broke out in 1857 (it had been brewing since the annexation of Awadh in 1856).
    In May ..."): an aside, which sets no story time; not one that only dates a name ("The siege
    of Orléans (1428–1429)")."""
    lo = max(0, start - 80)
    opening = text.rfind("(", lo, start)
    if opening < 0 or text.find(")", opening, start) >= 0:
        return False
    return _ASIDE_WORD.search(text, opening, start) is not None


#: How many sentences a background date carries in news before the text is back at the
#: publication time (the one that names it and the next).
NEWS_REACH = 2

_PARAGRAPH = re.compile(r"\n[ \t]{0,8}\n")


def paragraph_end(text: str, at: int, end: int) -> int:
    """``end``, or the end of the paragraph holding ``at`` (a blank line) if that comes first:
    in news a new paragraph after a background one is back at the publication time ("In
    2016 the yard lost a contract ...\n\nThe strike began on January 23.")."""
    m = _PARAGRAPH.search(text, at, end)
    return m.start() if m else end


def applies(document: str, tense: str) -> bool:
    """Whether a clause of ``tense`` in a ``document`` of that type follows the story time."""
    if document == "narrative":
        return tense != "future"
    if document == "news":
        return tense == "past"
    return False


#: A wire dateline that opens a text with its day: "WASHINGTON, March 3 (Reuters) -", "KYIV,
#: Ukraine, Nov. 12, 2025 (AP) —", "BOSTON, March 3, 2025 /PRNewswire/ --": a place in capitals
#: (and its region), the month and day (and year), an agency in parentheses or slashes, a dash.
#: The place's capitals are the mark of a dateline.
_DATELINE = re.compile(
    r"\A\s{0,3}[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’ -]{1,30}(?:,\s{1,3}[A-Z][\w.'’ -]{1,30}){0,2},\s{1,3}"
    rf"(?P<month>(?i:{alternation(words('months'))}))\s{{1,3}}(?P<day>\d{{1,2}})(?!\d)"
    r"(?:,\s{1,3}(?P<year>\d{4}))?\s{0,3}(?:\([^()\n]{1,30}\)\s{0,3}|/[^/\n]{1,30}/\s{0,3})?"
    r"[-–—]{1,2}\s"
)
#: How far (days) a dateline's day may lie before the publication day and still be the day the
#: story was filed (a wire story published the next morning, an archive copy days later), and
#: after it (a dateline in a zone ahead of the publication's offset).
DATELINE_BEFORE, DATELINE_AFTER = 14, 1


def dateline_day(text: str, today: date) -> date | None:
    """The day of a wire dateline at the opening of ``text`` ("WASHINGTON, March 3 (Reuters)
    -") when it is another day than the publication's ``today``, else None. The dateline says
    where and when the story was filed: its "Monday", "yesterday" and clock times are told from
    that day (TimeML anchors a text's relative dates to its document time, and the dateline is
    the story's own statement of it). A dateline without a year is the nearest such day."""
    m = _DATELINE.match(text)
    if m is None:
        return None
    month, day = int(lookup("months", m.group("month").lower())), int(m.group("day"))
    years = (
        [int(m.group("year"))] if m.group("year") else [today.year - 1, today.year, today.year + 1]
    )
    for year in years:
        try:
            found = date(year, month, day)
        except ValueError:
            continue
        if found != today and -DATELINE_BEFORE <= (found - today).days <= DATELINE_AFTER:
            return found
    return None


#: An embargo line at the opening of a press release ("EMBARGOED UNTIL 00:01 BST TUESDAY 4 JUNE
#: 2024", "Embargo: 10am, 12 March", "Embargoed to 00.01 Thursday, March 14"): the day it lifts.
_MONTH = rf"(?P<month{{n}}>(?i:{alternation(words('months'))}))"
_EMBARGO = re.compile(
    r"\A\s{0,3}[*_#\s]{0,4}(?i:embargo(?:ed)?)\b[^\n]{0,50}?\b(?:"
    + r"(?P<day1>\d{1,2})(?:st|nd|rd|th)?\s{1,3}"
    + _MONTH.format(n=1)
    + r"|"
    + _MONTH.format(n=2)
    + r"\s{1,3}(?P<day2>\d{1,2})(?:st|nd|rd|th)?"
    + r")\b,?(?:\s{1,3}(?P<year>\d{4}))?"
)
#: How far (days) after the publication an embargo may lift and still be the day the release
#: is told from.
EMBARGO_AFTER = 14


def embargo_day(text: str, today: date) -> date | None:
    """The day the embargo at the opening of a press release lifts ("EMBARGOED UNTIL 00:01 BST
    TUESDAY 4 JUNE 2024"), when it is another day than ``today`` and at most two weeks after it,
    else None. The release is written to be read that day: its "today", "on Tuesday morning"
    and "this week" are told from it, as a wire story's are from its dateline."""
    m = _EMBARGO.match(text)
    if m is None:
        return None
    month = int(lookup("months", (m.group("month1") or m.group("month2")).lower()))
    day = int(m.group("day1") or m.group("day2"))
    years = [int(m.group("year"))] if m.group("year") else [today.year, today.year + 1]
    for year in years:
        try:
            found = date(year, month, day)
        except ValueError:
            continue
        if 0 < (found - today).days <= EMBARGO_AFTER:
            return found
    return None


def era_story(value: str) -> tuple[int, int] | None:
    """The year and month (0 if none) of a TIMEX3 value before the common era ("BC0049-01" =
    (49, 1)), as a story time, or None if the value is not one."""
    m = _BC_VALUE.match(value)
    if m is None:
        return None
    season = m.group("season")
    if season:
        # "the spring of 431 BC ... In late May": a season counts from its last month
        return int(m.group("year")), cal.SEASON_START[season] + 2 if season != "WI" else 12
    return int(m.group("year")), int(m.group("month") or 0)


_BC_VALUE = re.compile(r"BC(?P<year>\d{4})(?:-(?:(?P<month>\d{2})|(?P<season>SP|SU|FA|WI)))?")


def before_era(spec: Spec, story: tuple[int, int]) -> tuple[str, tuple[int, int]] | None:
    """A date or season without a year ("In March", "on 2 August", "that summer" completed by
    the story) placed in a story before the common era: its TIMEX3 value ("BC0049-03") and the
    story time after it, or None for any other value. As :func:`in_story` does, a month far
    back in the story's year is the next year's, which before the era is the year numbered one
    less ("In December 50 BC ... In January" = ``BC0049-01``). So is a year or month counted
    from the story ("Two years later" = ``BC0047``, "later that month" = ``BC0049-03``)."""
    year, at = story
    if type(spec) is Offset and spec.base == "anchor":
        return _era_offset(spec, year, at)
    if type(spec) is SeasonRef and spec.year is None and spec.anchored and not at:
        # "in 405 BC; Athens surrendered the following spring": the next year's (the year
        # before, for "the previous spring"), which before the era is numbered one less
        year -= spec.anchored
        start = cal.SEASON_START[spec.season]
        if spec.anchored < 0:
            return f"BC{year:04d}-{spec.season}", story
        return (f"BC{year:04d}-{spec.season}", (year, start)) if year >= 1 else None
    if type(spec) is SeasonRef and spec.year is None and spec.anchored and at:
        # "That winter ... The following spring": the first such season to begin after the
        # story's month (before it, for "the previous winter")
        start = cal.SEASON_START[spec.season]
        if spec.anchored < 0:  # a flashback: the story stays where it is
            back = year + (1 if start >= at else 0)
            return f"BC{back:04d}-{spec.season}", story
        year -= 1 if start <= at else 0
        return (f"BC{year:04d}-{spec.season}", (year, start)) if year >= 1 else None
    if not isinstance(spec, CalendarDate | SeasonRef) or not follows_story(spec):
        return None
    season = spec.season if type(spec) is SeasonRef else None
    day = spec.day if type(spec) is CalendarDate else None
    month: int = cal.SEASON_START[season] if season else getattr(spec, "month", 0)
    back = at - month if at else 0
    if back > 0 and 12 - back <= back and year > 1:
        year -= 1
    if season:
        return f"BC{year:04d}-{season}", (year, month)
    return f"BC{year:04d}-{month:02d}" + (f"-{day:02d}" if day else ""), (year, month)


def _era_offset(spec: Offset, year: int, at: int) -> tuple[str, tuple[int, int]] | None:
    """A year or month offset from a story before the common era (years count down towards
    it); None past its end or for a month when the story has none."""
    if spec.unit == "year":
        year -= spec.n
        return (f"BC{year:04d}", (year, 0)) if year >= 1 else None
    if spec.unit != "month" or not at:
        return None
    month = at + spec.n
    year -= (month - 1) // 12  # a month after December is in the next year, numbered one less
    month = (month - 1) % 12 + 1
    return (f"BC{year:04d}-{month:02d}", (year, month)) if year >= 1 else None


#: How far (days) a timeline entry's day may lie from the day the text opened with and still
#: be of that event ("8 November:" under "Timeline" after "collapsed on 9 November 1927").
LEAD_REACH = 92
#: A heading: a short line of capitalised words without end punctuation or digits
#: ("Timeline", "Background", "Early life", "The first day"), also as Markdown writes it
#: ("## Timeline").
_HEADING = re.compile(r"(?:#{1,4}[ \t]{1,3})?[A-Z][A-Za-z'’ -]{0,38}")


def after_heading(text: str, pos: int) -> bool:
    """True if ``pos`` opens a line right after a heading that stands alone (blank lines
    around it): a timeline's first entry ("Timeline\\n\\n8 November: ..."), where an article
    on an event goes back to the event its opening dated."""
    if pos == 0 or text[pos - 1] != "\n":
        return False
    end = pos - 1
    while end > 0 and text[end - 1] in "\n \t":
        end -= 1
    start = text.rfind("\n", 0, end) + 1
    if start == 0 or text[start - 1] != "\n" or start < 2 or text[start - 2] != "\n":
        return False  # the heading is the text's first line, or runs on from a paragraph
    line = text[start:end].strip()
    return len(line.split()) <= 4 and _HEADING.fullmatch(line) is not None


#: A heading as wikitext writes it ("== Naval operations ==", "=== Landings ===").
_WIKI_HEADING = re.compile(r"[ \t]*(={2,4})[ \t]*[^=\n]{1,60}?[ \t]*\1[ \t]*$", re.MULTILINE)
#: The marks a line of prose ends with (its sentence's, maybe inside a quotation or a
#: parenthesis).
_PROSE_END = re.compile(r"[.!?][\"'”’)]?$")


def _heading_at(text: str, start: int, end: int) -> bool:
    """True if the line ``text[start:end]`` is a section heading: wikitext's "== X ==", or a
    short line of capitalised words (:data:`_HEADING`) after a blank line."""
    line = text[start:end]
    if _WIKI_HEADING.fullmatch(line):
        return True
    blank_before = start >= 2 and text[start - 2 : start] == "\n\n"
    return blank_before and len(line.split()) <= 4 and _HEADING.fullmatch(line.strip()) is not None


#: A line between blank lines (a heading's candidate; :func:`heading_ends` checks it).
_LINE_AFTER_BLANK = re.compile(r"\n\n([^\n]{1,45})(?=\n)")


def heading_ends(text: str) -> list[int]:
    """Where each section heading of an article ends, in order (the end of its line): short
    lines of capitalised words after a blank line ("Background", "The siege", "== Aftermath
    ==", :func:`_heading_at`), found in one pass."""
    return [
        m.end(1)
        for m in _LINE_AFTER_BLANK.finditer(text)
        if _heading_at(text, m.start(1), m.end(1))
    ]


def first_section(text: str) -> tuple[int, int] | None:
    """Where an encyclopedia article's lead ends and its first section begins (the end of the
    first heading line after the lead's prose), or None: "Gallipoli campaign\n\nDate: 17
    February 1915 – 9 January 1916\n\nThe Gallipoli campaign was ... eleven months
    later.\n\n== Naval operations ==\nBritish and French warships ..."."""
    opening = text[:_OPENING]
    at = 0
    # the lead's prose: the first line of three words or more that ends a sentence
    while True:
        end = opening.find("\n", at)
        line = opening[at : len(opening) if end < 0 else end].rstrip()
        if len(line.split()) >= 3 and _PROSE_END.search(line):
            break
        if end < 0:
            return None
        at = end + 1
    at = end
    while 0 <= at < len(opening):
        start = at + 1
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if end > start and _heading_at(text, start, end):
            return start, end
        at = end
    return None
