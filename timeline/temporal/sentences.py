"""Sentence splitting with character offsets, robust to the abbreviations of news text.

The one splitter of the project: the tagger reads tense and narrative context sentence by
sentence (:class:`Sentences`), and ingestion cuts an article into event sentences with the same
function (:func:`split_sentences`, re-exported by :mod:`timeline.text`).

:func:`split_sentences` returns :class:`Sentence` records whose ``start``/``end`` are str
offsets into the original text (``text[s.start:s.end] == s.text``), trimmed of surrounding
white space. A sentence ends at ``.``, ``!`` or ``?`` (plus any closing quotes or brackets)
followed by white space and a plausible sentence start, and always at a blank line or line
break. A period does not end a sentence when it closes

- a title or other abbreviation that is always followed by more of the sentence
  ("Dr.", "Gen.", "Mr.", "St.", "No. 5", "vs."; ``resources/en/sentence_titles.tsv``),
- a single initial ("John F. Kennedy"),
- a month abbreviation followed by a day number ("Jan. 5"),

and after an abbreviation that may also end a sentence ("U.S.", "a.m.", "Jan.", "Inc.",
"etc."; dotted words and ``sentence_abbreviations.tsv``) it ends one only when the next word
is a typical sentence opener ("The", "He", "But"; ``sentence_openers.tsv``) rather than a name
that continues it ("U.S. President", "7 a.m. Monday"); before a parenthesis it never ends one
("at 7 a.m. (0500 GMT) on Sunday", "the U.S. (Reuters) said").

A lower-case word after the mark continues the sentence ('"Is it over?" he asked.', "e.g.
this"), except in chat (``chat=True``, the tagger's colloquial documents), where lines are
written without capitals: there "took 3 days lol. come over on sun" and "wild!! gonna crash"
are two sentences each, unless the period closes a dotted abbreviation, an initial or a title
("e.g. this", "Dr. who") or the mark closes a quotation; an emoji between words ends one too
after three words or more ("texting me since the whistle 😂 see u mon"; not "i ❤️ fridays").

Splitting is linear in the text: candidate ends are found by one regex scan that starts with a
character class (the regex engine skips ahead to the next ".", "!" or "?" in C), and each
candidate is judged by looking at a bounded window before it and the one word after it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from sys import maxsize

from .lexicon import rows, words


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence: ``text == source[start:end]``."""

    start: int
    end: int
    text: str


#: Abbreviations that never end a sentence: they are followed by a name or a number.
_TITLES = words("sentence_titles")
#: Abbreviations that can end a sentence (or not).
_MAYBE_FINAL = words("sentence_abbreviations")
_MONTHS = frozenset(r[0].lower() for r in rows("sentence_abbreviations") if r[1] == "month")
_WEEKDAYS = frozenset(r[0].lower() for r in rows("sentence_abbreviations") if r[1] == "weekday")
#: The month names and abbreviations, capitalised: a date goes on after a weekday's period
#: ("fri. March 5").
_MONTH_WORDS = frozenset(w.capitalize() for w, *_ in rows("months"))
#: Words that typically open a sentence; after an ambiguous abbreviation, one of these means
#: the abbreviation ended the sentence.
_OPENERS = words("sentence_openers")

#: A candidate end: terminal punctuation, optional closing quotes/brackets, then white space.
#: It matches what ``[.!?]+["'”’)\]]*(?=\s)`` matches, but a match may only start at the first
#: mark of a run ("?!", "..."): the lookbehind rejects every later start at once, so a long run
#: of marks is read once, not once per mark.
_CANDIDATE = re.compile(r"""[.!?](?<![.!?][.!?])[.!?]*["'”’)\]]*(?=\s)""")
#: :data:`_CANDIDATE` on the text with its "!" and "?" made periods (:func:`_marked`), which
#: finds the same spans: opening with a literal, the regex engine skips ahead to the next
#: period with a plain character loop, several times fewer instructions than testing a
#: character class at every character.
_PERIOD_CANDIDATE = re.compile(r"""\.(?<!\.\.)\.*["'”’)\]]*(?=\s)""")
_LINE_BREAK = re.compile(r"\n\s*")
#: In chat an emoji (a run of pictographs, with their variation selectors and joiners) after a
#: word and before another word ends a sentence as "!" does: "texting me since the final
#: whistle 😂 see u mon" is two. Not data: the Unicode blocks of symbols and pictographs.
_EMOJI_END = re.compile(
    "(?<=[\\w\\s!?.,])[\u2600-\u27bf\U0001f000-\U0001faff]"
    "[\u2600-\u27bf\U0001f000-\U0001faff\ufe0f\u200d]*(?=[ \\t]+[\\w@#])"
)
#: Words a sentence of chat has before an emoji that ends it ("i ❤️ fridays" goes on).
_EMOJI_MIN_WORDS = 3
#: The characters of the word before a period (:func:`_word_before`).
_WORD_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz."
#: How far back to look for the word before a period (searching from the start of the text
#: each time would make splitting quadratic).
_LONGEST_WORD = 40
_NEXT_WORD = re.compile(r"\s+[\"'“‘(\[]*([^\s]+)")


def split_sentences(text: str, *, chat: bool = False) -> list[Sentence]:
    """Split ``text`` into sentences with offsets (see the module docstring for the rules;
    ``chat``: a lower-case word may open a sentence)."""
    return [Sentence(start, end, text[start:end]) for start, end in _spans(text, chat)]


def _spans(text: str, chat: bool = False) -> list[tuple[int, int]]:
    """The ``(start, end)`` of every sentence of :func:`split_sentences`."""
    splitter = _BlockSplitter(text, chat)
    spans: list[tuple[int, int]] = []
    for block_start, block_end in _blocks(text):
        spans += splitter.spans(block_start, block_end)
    return spans


class _BlockSplitter:
    """Splits the blocks of one text (its spans between line breaks) one at a time: a line
    break always ends a sentence, so each block's sentences depend on that block alone, and
    the tagger splits only the blocks it looks a sentence up in (:class:`Sentences`)."""

    def __init__(self, text: str, chat: bool) -> None:
        self.text = text
        self.chat = chat
        self.pictographs = chat and not text.isascii()
        #: :func:`_marked` text, made once for the whole text when a block first needs it
        self.marked: str | None = None

    def spans(self, block_start: int, block_end: int) -> list[tuple[int, int]]:
        """The ``(start, end)`` of the sentences of ``text[block_start:block_end]``."""
        text, chat = self.text, self.chat
        spans: list[tuple[int, int]] = []
        start = block_start
        emoji: list[tuple[int, int]] = []
        if self.pictographs:
            emoji = [
                (m.end(), m.start()) for m in _EMOJI_END.finditer(text, block_start, block_end)
            ]
        if not emoji:  # the usual case: the marks alone, in text order
            if self.marked is None:
                self.marked = _marked(text)
            for match in _PERIOD_CANDIDATE.finditer(self.marked, block_start, block_end):
                if _is_boundary(text, match, block_end, chat):
                    _append(spans, text, start, match.end())
                    start = match.end()
            _append(spans, text, start, block_end)
            return spans
        ends = [
            m.end()
            for m in _CANDIDATE.finditer(text, block_start, block_end)
            if _is_boundary(text, m, block_end, chat)
        ]
        for end, emoji_start in sorted([*((e, -1) for e in ends), *emoji]):
            if end <= start:
                continue
            if emoji_start >= 0 and len(text[start:emoji_start].split()) < _EMOJI_MIN_WORDS:
                continue  # "i ❤️ fridays", "gym 💪 then pizza": too short to be a sentence
            _append(spans, text, start, end)
            start = end
        _append(spans, text, start, block_end)
        return spans


def _marked(text: str) -> str:
    """``text`` with every "!" and "?" made a period (:data:`_PERIOD_CANDIDATE`): the same
    length and offsets; ``str.replace`` returns the text itself when it has none."""
    return text.replace("!", ".").replace("?", ".")


def _blocks(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` between line breaks (a line break always ends a sentence)."""
    blocks = []
    start = 0
    for match in _LINE_BREAK.finditer(text):
        blocks.append((start, match.start()))
        start = match.end()
    blocks.append((start, len(text)))
    return blocks


def _append(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    """Add ``text[start:end]`` without the white space around it, unless nothing is left."""
    part = text[start:end]
    body = part.strip()  # str.strip() and str.isspace() agree on what white space is
    if body:
        start += len(part) - len(part.lstrip())
        spans.append((start, start + len(body)))


def _is_boundary(text: str, match: re.Match[str], limit: int, chat: bool = False) -> bool:
    """Whether the candidate end ``match`` (of :data:`_CANDIDATE` on ``text``, or of
    :data:`_PERIOD_CANDIDATE` on :func:`_marked` text: its marks are read from ``text``) ends
    a sentence."""
    punctuation = text[match.start() : match.end()]
    following = _NEXT_WORD.match(text, match.end(), limit)
    if following is None:
        return True  # only white space follows within the block
    next_word = following.group(1)
    first = next_word[0]
    if first.islower():
        # '"Is it over?" he asked.' / "e.g. this"; in chat "lol. come over on sun" is two
        return chat and _chat_boundary(text, match, punctuation)
    if not punctuation.startswith(".") or punctuation.startswith(".."):
        return True  # "!", "?", an ellipsis
    word = _word_before(text, max(0, match.start() - _LONGEST_WORD), match.start())
    if not word:
        return True  # after a number or a closing quote: "in 2014. The"
    key = word.lower().rstrip(".")
    if "." in word or (len(word) == 1 and word.isalpha()):
        # "U.S.", "a.m.", "e.g." or an initial: "John F. Kennedy", "the U.N. said".
        if len(word) == 1 and word.isupper():
            return False
        if text[following.start(1) - 1] == "(":
            return False  # "at 7 a.m. (0500 GMT) on Sunday": a gloss, the sentence goes on
        if first.isdigit():
            # "By 7 a.m. 41 people were dead", "the U.S. 10-year yield": news spells out a
            # number that opens a sentence, so a figure after a dotted abbreviation goes on
            # with it (after a plain word or a number it still ends one: "in 2014. 12 more")
            return False
        return _opens_sentence(next_word)
    if punctuation != ".":
        return True  # '."' and '.)' close a quotation or parenthesis
    if key in _TITLES:
        return False
    if key in _MAYBE_FINAL:
        if key in _MONTHS and first.isdigit():
            return False  # "Jan. 5"
        if key in _WEEKDAYS and word.islower():
            # s32-informal: a weekday in lower case is informal text's day, not news' "Fri.":
            # its period is the sentence's before a capital ("restored by EOD fri. You'll get
            # a credit"), not before its date ("fri. 5 March", "fri. March 5")
            return not first.isdigit() and next_word.rstrip(".,") not in _MONTH_WORDS
        return _opens_sentence(next_word)
    return True


def _chat_boundary(text: str, match: re.Match[str], punctuation: str) -> bool:
    """Whether a mark before a lower-case word ends a sentence of chat: "!", "?" and an
    ellipsis do, unless they close a quotation ('"really?" she asked'); a period does after a
    word or a number ("lol. come", "last mon. come"), not after a dotted abbreviation, an
    initial or a title ("e.g. this", "Dr. who", "u. s.")."""
    if punctuation[-1] not in ".!?":
        return False  # '"really?" she asked', "(see above.) then"
    if not punctuation.startswith(".") or punctuation.startswith(".."):
        return True
    word = _word_before(text, max(0, match.start() - _LONGEST_WORD), match.start())
    # "opened again last mon. come see it sun": a word that may close a sentence in news
    # ("Mon.", "Inc.") does so before a lower-case word in chat, where nothing else would
    return not word or ("." not in word and len(word) > 1 and word.lower() not in _TITLES)


def _word_before(text: str, start: int, end: int) -> str:
    """The word that ends ``text[start:end]`` (or ends it but for a final line break): a
    letter, then letters and dots ("U.S", "Gen", "a.m"); "" if there is none. What
    ``re.search(r"([A-Za-z][A-Za-z.]*)$", text[start:end])`` finds, by stripping in C instead of
    trying a match at every character."""
    part = text[start:end]
    if part.endswith("\n"):
        part = part[:-1]  # "$" also matches before a final line break
    return part[len(part.rstrip(_WORD_CHARS)) :].lstrip(".")


def _opens_sentence(word: str) -> bool:
    """Whether ``word`` is a typical sentence opener (or a quotation opening one)."""
    stripped = word.strip("\"'“”‘’()[],;:").lower()
    return stripped in _OPENERS or not stripped[:1].isalpha()


class Sentences:
    """Sentence lookup by character offset, for the tagger. A text is split block by block
    (its spans between line breaks, which always end a sentence), each block on the first
    lookup that lands in it or needs a sentence of it: the tagger looks sentences up only
    around its expressions, and a news article's paragraphs without one (a third of
    TimeBank's text) are never split. A lookup is then a bisection in its block."""

    def __init__(self, text: str, *, chat: bool = False) -> None:
        self.text = text
        #: chat (a colloquial document): a lower-case word may open a sentence
        self.chat = chat
        self.sentences: list[Sentence] | None = None
        self._splitter = _BlockSplitter(text, chat)
        #: the text's blocks and their starts, found on first use
        self._blocks: list[tuple[int, int]] | None = None
        self._block_starts: list[int] = []
        #: block index -> its sentences' ``(start, end)`` and their starts, once split
        self._split_blocks: dict[int, tuple[list[tuple[int, int]], list[int]]] = {}
        #: the block of the last :meth:`around`: from its first sentence's start to the next
        #: block's, where its sentences alone answer (the tagger looks up in text order, most
        #: lookups land in the block of the one before), and those sentences and their starts
        self._last: tuple[int, int, list[tuple[int, int]], list[int]] = (0, 0, [], [])

    def _block_list(self) -> list[tuple[int, int]]:
        if self._blocks is None:
            self._blocks = _blocks(self.text)
            self._block_starts = [start for start, _ in self._blocks]
        return self._blocks

    def _block(self, k: int) -> tuple[list[tuple[int, int]], list[int]]:
        """The sentences of block ``k`` and their starts, split once."""
        found = self._split_blocks.get(k)
        if found is None:
            spans = self._splitter.spans(*self._block_list()[k])
            found = self._split_blocks[k] = (spans, [start for start, _ in spans])
        return found

    def _split_spans(self) -> list[tuple[int, int]]:
        """The sentences' ``(start, end)``: :func:`_spans`, from the blocks split so far and
        the others."""
        spans: list[tuple[int, int]] = []
        for k in range(len(self._block_list())):
            spans += self._block(k)[0]
        return spans

    def all(self) -> list[Sentence]:
        """Every sentence (:func:`split_sentences`), split once."""
        if self.sentences is None:
            text = self.text
            self.sentences = [Sentence(s, e, text[s:e]) for s, e in self._split_spans()]
        return self.sentences

    def _locate(self, pos: int) -> tuple[int, int] | None:
        """Block and index in it of the sentence :meth:`around` returns for ``pos``, or None
        if the text has no sentence. As a bisection over all the sentences: the last one
        that starts at or before ``pos``, else the first one."""
        blocks = self._block_list()
        b = max(0, bisect_right(self._block_starts, pos) - 1)
        spans, starts = self._block(b)
        if spans and starts[0] <= pos:
            return b, bisect_right(starts, pos) - 1
        # before the block's first sentence (only the text's first block, or a block of
        # white space, has none): the last sentence of a block before, else the first one
        for k in range(b - 1, -1, -1):
            spans = self._block(k)[0]
            if spans:
                return k, len(spans) - 1
        for k in range(b, len(blocks)):
            if self._block(k)[0]:
                return k, 0
        return None

    def around(self, pos: int) -> tuple[int, int]:
        """The ``(start, end)`` of the sentence containing offset ``pos``: the last one that
        starts at or before it (white space between sentences belongs to the one before), the
        first one for a ``pos`` before it, the whole text if it has no sentence."""
        lo, hi, spans, starts = self._last
        if lo <= pos < hi:
            return spans[bisect_right(starts, pos) - 1]
        found = self._locate(pos)
        if found is None:
            return 0, len(self.text)
        k, i = found
        spans, starts = self._block(k)
        blocks = self._block_list()
        self._last = (
            starts[0],
            blocks[k + 1][0] if k + 1 < len(blocks) else maxsize,
            spans,
            starts,
        )
        return spans[i]

    def end_after(self, pos: int, more: int) -> int:
        """The end of the sentence ``more`` sentences after the one containing ``pos`` (the
        last sentence's if there are fewer)."""
        found = self._locate(pos)
        if found is None:
            return len(self.text)
        k, i = found
        end = self._block(k)[0][i][1]
        last_block = len(self._block_list()) - 1
        while True:
            spans = self._block(k)[0]
            if i + more < len(spans):
                return spans[i + more][1]
            if spans:
                end = spans[-1][1]
            if k == last_block:
                return end
            more -= len(spans) - i
            k, i = k + 1, 0
