"""The engine's speed-ups change nothing: each fast path is checked against a plain reference.

- Lexicon alternations are tries (``sep(?:t(?:ember|\\.)?)?``) instead of flat word lists
  (``september|sept\\.|sept|sep``). The rules rebuilt with flat alternations, each run over
  the whole text, must find exactly the candidates that the real rules find in their trigger
  windows.
- The trigger windows are computed with a vectorised split; the reference is the plain
  per-word loop.
- The candidate sentence ends of :mod:`timeline.temporal.sentences` are found by a regex that
  starts with a character class (so the regex engine can skip ahead) and reads a run of marks
  ("?!", "...") once; the reference is its plain form.

Both are checked on every corpus sentence and, when it is on the machine, on the development
set (TimeBank + AQUAINT). The last test pins what keeps scanning linear on any input: no rule
pattern has an unbounded or a nested repetition.
"""

from __future__ import annotations

import importlib
import random
import re
import sys
from collections.abc import Iterator

import pytest
from corpus import load_all, load_special
from hypothesis import given, settings
from hypothesis import strategies as st
from shared_data import DEV_SET

import timeline.temporal
from timeline.temporal import engine, follow_pairs, lexicon, sentences
from timeline.temporal.rule import FOLLOWERS, Rule, read_follow_table
from timeline.temporal.rules import common


def _corpus_texts() -> list[str]:
    texts = {case.sentence for case in load_all()}
    texts.update(case["sentence"] for case in load_special("spans")["cases"])
    texts.update(case["sentence"] for case in load_special("negative")["cases"])
    return sorted(texts)


def _dev_texts() -> list[str]:
    if not DEV_SET.is_dir():
        pytest.skip(f"development set not on this machine: {DEV_SET}")
    from timeline.evaluation import load_documents

    return [doc.text for doc in load_documents(DEV_SET)]


@pytest.fixture(scope="module")
def flat_rules() -> tuple[Rule, ...]:
    """The rules as they were before tries: every module under ``rules/`` imported afresh
    with :func:`lexicon.flat_alternation` in place of :func:`lexicon.alternation` (both are
    put back as soon as the rules are built)."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(lexicon, "alternation", lexicon.flat_alternation)
        mp.setattr(timeline.temporal, "rules", timeline.temporal.rules)
        for name in [m for m in sys.modules if m.startswith("timeline.temporal.rules")]:
            mp.delitem(sys.modules, name)
        lexicon.alt.cache_clear()
        try:
            return importlib.import_module("timeline.temporal.rules").RULES
        finally:
            lexicon.alt.cache_clear()


_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def _full_scan(text: str, rules: tuple[Rule, ...]) -> list[tuple]:
    """Every rule for news text over the whole text: the candidates with nothing skipped."""
    out = []
    for order, rule in enumerate(rules):
        if rule.documents and "news" not in rule.documents:
            continue  # the engine runs these only on other document types
        for m in rule.regex.finditer(text):
            blank = _BLANK_LINE.search(m.group())
            nl = m.group().find("\n")
            if blank is None and nl >= 0 and engine._row_clock_end(text, m.start(), m.start() + nl):
                blank = re.search("\n", m.group())  # a row's clock time ends at its line's end
            if blank is not None:
                # no expression runs across a blank line: the match is cut where it starts
                cut = rule.regex.match(text, m.start(), m.start() + blank.start())
                if cut is None:
                    continue
                m = cut
            found = rule.build(m)
            if found is None:
                continue
            if found.mod is not None and (after := engine._lateness_end(m)) is not None:
                # "a day late this week": read again without the part word (the lateness)
                m = rule.regex.match(text, after)
                if m is None or (found := rule.build(m)) is None:
                    continue
            start, end = m.start() + found.trim_start, m.end() - found.trim_end
            if start < end:
                out.append((start, end, order, rule.id, found))
    return sorted(out, key=repr)


def _fast(text: str) -> list[tuple]:
    cands = engine._candidates(text)
    return sorted(((c.start, c.end, c.order, c.rule.id, c.found) for c in cands), key=repr)


def _reference_windows(text: str) -> dict[int, list[tuple[int, int]]]:
    """The plain per-word loop that :func:`engine._windows` replaces."""
    out: dict[int, list[tuple[int, int]]] = {}
    n = len(text)
    for m in re.finditer(r"\w+", text):
        groups = engine._groups_of(m.group())
        if not groups:
            continue
        start, end = max(0, m.start() - engine._BACK), min(n, m.end() + engine._AHEAD)
        end = engine._WORD_TAIL.match(text, end).end()  # type: ignore[union-attr]
        for g in groups:
            spans = out.setdefault(g, [])
            if spans and start <= spans[-1][1]:
                spans[-1] = (spans[-1][0], max(end, spans[-1][1]))
            else:
                spans.append((start, end))
    return out


#: The plain form of ``sentences._CANDIDATE``.
_CANDIDATE = re.compile(r"""[.!?]+["'”’)\]]*(?=\s)""")
_BOUNDARY_CASES = [
    "He left. She stayed! Why? 'Yes.' \"No.\" (Maybe.) Then\n\nNext.\n \t\nEnd",
    "Dec. 7.\n\nThe end.'' Then.) 3 more.  “Quoted.” ‘x.’ `y",
    "Wait... What?! Really?!?'' No.... x.y.z. .. . !\n?",
    "Dots........ then" + "." * 50 + "x" + "!?" * 30 + "'')) y" + "." * 40,
]


def _same_boundaries(text: str) -> bool:
    fast = [m.span() for m in sentences._CANDIDATE.finditer(text)]
    marked = sentences._marked(text)
    assert len(marked) == len(text)
    periods = [m.span() for m in sentences._PERIOD_CANDIDATE.finditer(marked)]
    return fast == periods == [m.span() for m in _CANDIDATE.finditer(text)]


def test_sentence_candidates_on_periods_are_the_candidates_on_random_marks() -> None:
    """The candidate ends found on the text with "!" and "?" made periods are the spans of
    the plain pattern, on strings of marks, closers, spaces and letters in any order."""
    rng = random.Random(25)
    alphabet = ".!?'\"”’)] \n\tx"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        assert _same_boundaries(text), repr(text)


def test_the_years_of_an_opening_are_those_of_the_one_pattern() -> None:
    """The document type's years, sought with one pattern per first digit, are what the
    pattern of both branches finds, in text order."""
    from timeline.temporal import narrative

    rng = random.Random(25)
    alphabet = "12090 .,-$ax\n"
    texts = [
        *_corpus_texts(),
        *("".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))) for _ in range(3000)),
    ]
    for text in texts:
        assert narrative._year_texts(text) == narrative._YEAR.findall(text), repr(text)


def test_sentence_candidates_start_with_a_character_class() -> None:
    """What lets the regex engine skip ahead to the next mark instead of trying every
    position: the compiled pattern opens with a character class."""
    from re import _constants as c
    from re import _parser

    parsed = _parser.parse(sentences._CANDIDATE.pattern)
    assert parsed[0][0] is c.IN


def test_flat_rules_are_the_same_rules(flat_rules) -> None:
    assert [r.id for r in flat_rules] == [r.id for r in timeline.temporal.RULES]
    changed = [
        r.id
        for r, f in zip(timeline.temporal.RULES, flat_rules, strict=True)
        if r.pattern != f.pattern
    ]
    assert changed, "no rule uses a trie alternation: this test checks nothing"


@pytest.mark.parametrize(
    "words",
    [
        ["sept.", "sept", "sep", "september", "may", "mar.", "march"],
        ["the end of", "the end", "end of", "end", "end-of", "the"],
        # case variants: "Ab" would be tried after "a" in a trie, so the flat form is kept
        ["abcd", "a", "Ab"],
        ["ab", "abcd", "acde", "a"],
    ],
)
def test_trie_alternation_matches_like_the_flat_one(words) -> None:
    tails = ("", "x", " of", ".", " end")
    text = " ".join(w + tail for w in words for tail in tails) + " Sept  Of ab"
    for flags in (0, re.IGNORECASE):
        for suffix in ("", r"(?:\s{1,3}of)?", r"\.?(?!\w)"):
            trie = re.compile(lexicon.alternation(words) + suffix, flags)
            flat = re.compile(lexicon.flat_alternation(words) + suffix, flags)
            assert [m.span() for m in trie.finditer(text)] == [
                m.span() for m in flat.finditer(text)
            ]


def test_windows_and_boundaries_equal_the_references_on_the_corpora() -> None:
    for text in _corpus_texts() + _BOUNDARY_CASES:
        assert engine._windows(text) == _reference_windows(text), text
        assert _same_boundaries(text), text


def test_windows_of_a_long_text_equal_the_per_word_loop() -> None:
    """A long text is looked up in blocks: no window may change at a block's edge."""
    texts = _corpus_texts()
    long_text = "\n".join(texts * 4)
    assert len(long_text) > 4 * engine._BLOCK
    for text in (long_text, "x" * (3 * engine._BLOCK) + " 12 May " + long_text[:50_000]):
        assert engine._windows(text) == _reference_windows(text)


def test_candidates_equal_a_full_scan_with_flat_rules_on_the_corpora(flat_rules) -> None:
    for text in _corpus_texts():
        assert _fast(text) == _full_scan(text, flat_rules), text


@pytest.mark.slow
def test_fast_paths_equal_the_references_on_the_development_set(flat_rules) -> None:
    for text in _dev_texts():
        assert engine._windows(text) == _reference_windows(text)
        assert _same_boundaries(text)
        assert _fast(text) == _full_scan(text, flat_rules)


def _repeats(items, outer: tuple[int, ...] = ()) -> Iterator[tuple[tuple[int, ...], int]]:
    """``(max counts of the enclosing repeats, max count)`` of every repeat in a parsed regex."""
    from re import _constants as c

    for op, av in items:
        if op in (c.MAX_REPEAT, c.MIN_REPEAT):
            yield outer, av[1]
            yield from _repeats(av[2], (*outer, av[1]))
        elif op is c.SUBPATTERN:
            yield from _repeats(av[-1], outer)
        elif op is c.BRANCH:
            for branch in av[1]:
                yield from _repeats(branch, outer)
        elif op in (c.ASSERT, c.ASSERT_NOT):
            yield from _repeats(av[1], outer)


@pytest.mark.parametrize("rule", timeline.temporal.RULES, ids=lambda r: r.id)
def test_rule_patterns_cannot_backtrack_catastrophically(rule) -> None:
    """Every repetition is bounded and none repeats another repetition more than once (a
    repeat may sit inside an optional group): the work a match attempt can do is then bounded
    by the pattern alone, so scanning is linear in the text, whatever the text."""
    from re import _constants as c
    from re import _parser

    parsed = _parser.parse(rule.regex.pattern, rule.regex.flags)
    assert parsed.getwidth()[1] < c.MAXREPEAT, "unbounded repetition"
    for outer, count in _repeats(parsed):
        assert count < c.MAXREPEAT, "unbounded repetition"
        assert all(o <= 1 for o in outer), "a repetition of a repetition"


#: Texts in which a window is not ASCII, or looks back at a character that is not: the engine
#: must use each rule's Unicode pattern there (and may use the ASCII one elsewhere).
_MIXED_TEXTS = [
    "Prices rose on May 3, 2021 and fell on June 4 ; la café opened on Tuesday.",
    "€5 on 12 May; £2000 in 1990; ₤3 in 2001 and 5 days later, 3 March 2021.",
    "The ﬁrst week of April 2022 (the ’90s) lasted 3 days—until Friday.",
    "Séance du 14 mars: the 12th of May\x1c2021, at 10\x1fa.m. next Monday.",
    "Kelvin K and ſ: next week, 2 weeks ago, ıst of May, in İstanbul on 3 May.",
]


def test_ascii_variants_match_as_the_rules_do_on_ascii_text() -> None:
    texts = [t for t in _corpus_texts() if t.isascii()]
    texts.append(" ".join(texts))
    for rule in timeline.temporal.RULES:
        assert rule.ascii_regex is not None, rule.id
        for text in texts:
            fast = [(m.span(), m.groupdict()) for m in rule.ascii_regex.finditer(text)]
            assert fast == [(m.span(), m.groupdict()) for m in rule.regex.finditer(text)], rule.id


def test_candidates_equal_a_full_scan_on_text_that_is_not_ascii(flat_rules) -> None:
    for text in _MIXED_TEXTS:
        assert _fast(text) == _full_scan(text, flat_rules), text


#: ASCII texts with matches that open with a mark ("@", "'"), which the engine tries at those
#: characters and at word starts only (``Rule.start_marks``), and near-misses.
_MARK_TEXTS = [
    "Meet me @ 5pm tomorrow, @5:30 pm or @ 10 30; lunch @ half past 12 @@ noon.",
    "call at quarter to 6 @ the office, @ 7 o'clock, @7h30 and @ 9ish; back in the '90s.",
    "@user: at 5 p.m. @ 6:30 EST, a@7pm, @ @ 8 pm; '80s and 'the 1970s' @ 1.30 in the evening.",
]


def test_trying_rules_at_their_marks_finds_what_every_character_finds() -> None:
    """The windows' matches of the rules with ``start_marks``, tried at the marks and word
    starts, equal those found by trying every character of the windows (the marks put aside).
    (Not a full scan: "@ 10 30" has no word that fires time_clock_spaced's trigger "at".)"""
    marked = [r for r in engine.RULES if r.start_marks is not None]
    assert {r.start_marks for r in marked} >= {"@", "'"}
    assert all(r.start_marks is None for r in engine.RULES if r.word_start)
    texts = [*_MARK_TEXTS, *_corpus_texts()]
    fast = [_fast(text) for text in texts]
    saved = [r.start_marks for r in marked]
    try:
        for rule in marked:
            object.__setattr__(rule, "start_marks", None)
        for text, found in zip(texts, fast, strict=True):
            assert found == _fast(text), text
    finally:
        for rule, marks in zip(marked, saved, strict=True):
            object.__setattr__(rule, "start_marks", marks)


@pytest.mark.parametrize(
    "ws",
    [
        sorted(lexicon.words("clause_openers")),
        ["Monday", "Tuesday", "Thursday", "Saturday", "Sunday"],
        ["a", "an", "and", "b", "be", "x_y", "9am", "the end"],
    ],
)
def test_word_branches_match_as_a_word_bounded_alternation(ws: list[str]) -> None:
    """``lexicon.word_branches`` (each word's first character, then ``\\b`` as a lookbehind)
    finds what ``\\b`` before the alternation finds; a word must open with a word character."""
    fast = re.compile(lexicon.word_branches(ws, after=r"\b"))
    plain = re.compile(r"\b" + lexicon.alternation(ws) + r"\b")
    texts = [*_corpus_texts(), *_MIXED_TEXTS, *_MARK_TEXTS, " ".join(ws), "xwho a-an.b and_ 9am"]
    for text in texts:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
    with pytest.raises(ValueError):
        lexicon.word_branches(["'90s"])


def test_a_pattern_with_a_letter_folding_to_ascii_has_no_ascii_variant() -> None:
    from timeline.temporal.rule import ascii_variant

    assert ascii_variant(re.compile("\u212a", re.IGNORECASE)) is None  # Kelvin sign: "k"
    assert ascii_variant(re.compile("\u017f", re.IGNORECASE)) is None  # long s: "s"
    assert ascii_variant(re.compile("caf\u00e9", re.IGNORECASE)) is not None


@pytest.mark.parametrize(
    ("pattern", "word_start"),
    [
        (r"\d{1,2}(?:st|nd)?", True),
        (r"(?:the\s{1,3})?(?:(?:early|late)\s{1,3})?May", True),
        (r"(?:the\s{1,3})?(?:early|late)?\s{0,2}May", False),  # " May"
        (r"(?:(?<=\s)x|y)z", True),
        (r"'\d{2}s", False),  # "'90s"
        (r"(?:the\s{1,3})?-?\d", False),
        (r"(?:at|@)\s{0,2}\d", False),
        (r"(?:ab)?(?:\s)?\d", False),
        (r"[^\s]\d", False),
        (r"(?P<a>x)?(?(a)y|-)", False),
    ],
)
def test_rules_whose_matches_start_a_word_are_told(pattern: str, word_start: bool) -> None:
    """The engine tries such a rule at the word starts of a window only."""
    assert Rule("r", "r", pattern, lambda m: None).word_start is word_start


@pytest.mark.parametrize(
    ("pattern", "text_start"),
    [
        (r"^\s{0,3}the\s{1,3}tenth", True),
        (r"\Athe\s{1,3}tenth", True),
        (r"(?m:^the\s{1,3}tenth)", False),  # at every line's start
        (r"(?:^|on\s)the\s{1,3}tenth", False),
        (r"the\s{1,3}tenth", False),
    ],
)
def test_rules_whose_matches_open_the_text_are_told(pattern: str, text_start: bool) -> None:
    """The engine tries such a rule only when its first window opens the text."""
    assert Rule("r", "r", pattern, lambda m: None).text_start is text_start


def test_a_rule_that_opens_the_text_is_found_there_only() -> None:
    """date_day_phrase ("the tenth" as a text of its own) is found where the text opens, and
    not after words that put its trigger's window farther on."""
    for text in ("the tenth", "On the tenth."):
        assert "date_day_phrase" in {c.rule.id for c in engine._candidates(text)}
        assert _fast(text) == _full_scan(text, engine.RULES)
    padded = "x " * 40 + "the tenth"
    assert "date_day_phrase" not in {c.rule.id for c in engine._candidates(padded)}
    assert _fast(padded) == _full_scan(padded, engine.RULES)


def test_every_match_starts_with_one_of_the_rules_first_characters() -> None:
    """The engine skips word starts outside ``first_chars``: no match may start there."""
    texts = _corpus_texts() + _MIXED_TEXTS
    for rule in timeline.temporal.RULES:
        for text in texts:
            for m in rule.regex.finditer(text):
                first = text[m.start()]
                assert first in rule.first_chars or not first.isascii(), (rule.id, m.group())


def test_every_match_starts_with_one_of_the_rules_first_words() -> None:
    """The engine tries a rule only at the words whose key is one of its ``first_words``: no
    match may start at another."""
    from timeline.temporal.rule import word_key

    texts = _corpus_texts() + _MIXED_TEXTS
    told = [rule for rule in timeline.temporal.RULES if rule.first_words is not None]
    assert len(told) > len(timeline.temporal.RULES) // 2, "first words are told for few rules"
    for rule in told:
        for text in texts:
            for m in rule.regex.finditer(text):
                word = re.match(r"\w+", text[m.start() :])
                assert word is not None, (rule.id, m.group())
                assert word_key(word.group()) in rule.first_words, (rule.id, m.group())  # type: ignore[operator]


def test_every_match_at_a_word_starts_with_one_of_the_rules_mark_words() -> None:
    """On an ASCII window the engine tries a rule with start marks only at its marks and at
    the words whose key is one of its ``mark_words``: no match may start at another word."""
    from timeline.temporal.rule import word_key

    texts = _corpus_texts() + _MIXED_TEXTS + _MARK_TEXTS
    told = [rule for rule in timeline.temporal.RULES if rule.mark_words is not None]
    assert {"time_past_to", "time_clock_pod"} <= {rule.id for rule in told}
    for rule in told:
        for text in texts:
            for m in rule.regex.finditer(text):
                word = re.match(r"\w+", text[m.start() :])
                if word is not None:
                    assert word_key(word.group()) in rule.mark_words, (rule.id, m.group())  # type: ignore[operator]


@pytest.mark.parametrize(
    ("pattern", "keys"),
    [
        (r"\d{1,2}(?:st|nd)?", {"#", "#st", "#nd"}),
        (r"(?:the\s{1,3})?May", {"the", "may"}),
        (r"sep(?:t(?:ember|\.)?)?", {"sep", "sept", "september"}),
        (r"ab\s{0,2}cd", {"ab", "abcd"}),  # "abcd": no space between them
        (r"(?:early|late)-\d{4}s?", {"early", "late"}),
        (r"Q\d", {"q#"}),
        (r"[x-z]\d+", {"x#", "y#", "z#"}),
        ("\u212a", {"k"}),  # the Kelvin sign matches "k" and "K" when the case is ignored
        (r"(?P<o>x)?y(?(o)z)", {"y", "yz", "xy", "xyz"}),  # either branch of a condition
        (r"\w+day", None),  # any word
        (r"(?P<a>x)(?P=a)", None),  # a back reference
        (r"(?:the\s{1,3})?-?\d", None),  # not a rule whose matches start a word
    ],
)
def test_first_words_of_a_pattern(pattern: str, keys: set[str] | None) -> None:
    told = Rule("r", "r", pattern, lambda m: None).first_words
    assert told == (None if keys is None else frozenset(keys | {""}))


def test_every_match_starts_with_one_of_the_rules_follow_pairs() -> None:
    """On ASCII text the engine tries a rule with follow pairs only at the words whose key and
    following character are one of its ``follow_pairs``: no match may start at another."""
    from timeline.temporal.rule import is_plain, word_key

    texts = [t for t in _corpus_texts() + _MIXED_TEXTS + _MARK_TEXTS if is_plain(t)]
    told = [rule for rule in timeline.temporal.RULES if rule.follow_pairs is not None]
    assert len(told) >= 10, "follow pairs are told for few rules"
    for rule in told:
        for text in texts:
            for m in rule.regex.finditer(text):
                after = re.match(r"(\w+)\s*(\S?)", text[m.start() :])
                assert after is not None, (rule.id, m.group())
                key, char = word_key(after.group(1)), after.group(2)
                allowed = rule.follow_pairs.get(key)  # type: ignore[union-attr]
                assert allowed is not None and char in allowed, (rule.id, m.group(), key, char)


@pytest.mark.parametrize(
    ("pattern", "pairs"),
    [
        (r"\d{1,2}/\d{2}", {("#", "/")}),
        (r"\d{1,2}:\d{2}|\d{4}-\d{2}", {("#", ":"), ("#", "-")}),
        (
            r"\d{1,2}\s{0,2}(?:am|pm)",  # "5 pm", "5pm"
            {("#", "a"), ("#", "A"), ("#", "p"), ("#", "P")}
            | {(k, c) for k in ("#am", "#pm") for c in FOLLOWERS},
        ),
        (r"\d{1,2}(?:st|nd)?\s{0,3}[-–]\s{0,3}\d", {(k, "-") for k in ("#", "#st", "#nd")}),
        # "5h" may end a match: anything may follow it
        (  # either branch of the condition after either opening (a superset)
            r"\d{1,2}(?:(?P<c>:)|\s)(?(c)\d{2}|h)",
            {("#", c) for c in ":hH0123456789"},
        ),
        (r"\d{1,2}(?P<c>:)?(?(c)\d{2}|h)", None),  # "512": any number (the branch is not read)
        # any number may start a match ("#" is free), "the" only before a digit
        (
            r"(?:the\s{1,3})?\d{4}",
            {("the", c) for c in "0123456789"} | {("#", c) for c in FOLLOWERS},
        ),
        (r"\d{1,2}\s{0,2}\w+", None),  # what follows is not told
        (r"May\s{1,3}\d{1,2}", {("may", c) for c in "0123456789"}),  # a word, not a number
        (r"(?:last|next)\s+week", {(k, c) for k in ("last", "next") for c in "wW"}),
        (r"(?:last|next)\s*\w+", None),  # anything may follow either word
        (r"(?:last|next)(?:\s+week)?", None),  # a match may end after either word
    ],
)
def test_follow_pairs_of_a_pattern(pattern: str, pairs: set[tuple[str, str]] | None) -> None:
    told = follow_pairs.follow_pairs(Rule("r", "r", pattern, lambda m: None))
    expected = None if pairs is None else frozenset(pairs | {("", c) for c in FOLLOWERS})
    assert told == expected


def test_the_follow_pair_table_is_current() -> None:
    """The rules read their follow pairs from a generated table: it must be the one the
    analysis writes for the current rules, or a changed rule would be tried at every number
    (its pattern check differs) and a new one too, never skipped, but slower."""
    path = follow_pairs.table_path()
    assert path.is_file(), f"{path} is missing: run {follow_pairs.REGENERATE}"
    written = path.read_text("utf-8")
    current = follow_pairs.table(timeline.temporal.RULES)
    if written != current:
        stale = sorted(
            {line.split("\t")[0] for line in set(written.splitlines()) ^ set(current.splitlines())}
        )
        pytest.fail(
            f"{path.name} is stale (rules {', '.join(stale[:10])}): run "
            f"{follow_pairs.REGENERATE} (no arguments) and commit the file",
            pytrace=False,
        )


def test_the_rules_read_their_follow_pairs_from_the_table() -> None:
    """What a rule reads from the table is what the analysis gives for its pattern."""
    told = 0
    for rule in timeline.temporal.RULES:
        pairs = follow_pairs.follow_pairs(rule)
        assert rule.follow_pairs == (None if pairs is None else follow_pairs.by_key(pairs)), rule.id
        told += rule.follow_pairs is not None
    assert told >= 10, "follow pairs are told for few rules"


def test_a_rule_missing_from_the_follow_pair_table_is_tried_at_every_number() -> None:
    """A new rule, or a rule whose pattern changed since the table was written, has no follow
    pairs (the engine tries it at every number of its windows) and still finds its matches."""
    date_slash = next(r for r in timeline.temporal.RULES if r.id == "date_slash")
    assert date_slash.follow_pairs is not None
    build = date_slash.build
    changed = Rule("date_slash", "changed", date_slash.pattern + "(?:z)?", build)
    new = Rule("date_slash_new", "new", date_slash.pattern, build)
    assert changed.follow_pairs is None and new.follow_pairs is None
    text = "On 5/14/2013 and 7/4/12 they met at 10:30; 12 / 3 is a ratio."

    def found() -> list[tuple[int, int, str]]:
        return [(c.start, c.end, c.rule.id) for c in engine._candidates(text)]

    with_pairs = found()
    assert any(rule_id == "date_slash" for _, _, rule_id in with_pairs)
    saved = date_slash.follow_pairs
    try:  # the engine with date_slash as a rule missing from the table finds the same
        object.__setattr__(date_slash, "follow_pairs", None)
        assert found() == with_pairs
    finally:
        object.__setattr__(date_slash, "follow_pairs", saved)


def test_the_follow_pair_table_reads_escaped_characters() -> None:
    text = "# a comment\nr\tc-1\t" + "/\\\x00".encode("unicode_escape").decode("ascii")
    text += "\t# #st\nr\tc-1\t(any)\t#am\n"
    slash = frozenset("/\\\x00")
    assert read_follow_table(text) == {
        "r": ("c-1", {"": FOLLOWERS, "#": slash, "#st": slash, "#am": FOLLOWERS})
    }


def test_every_match_is_followed_by_one_of_the_rules_second_words() -> None:
    """The engine tries a rule with second words only at the words whose next word's key (cut
    to ``SECOND_PREFIX`` characters) is one of those of its first word: no match may start at
    another, on any text."""
    from timeline.temporal.rule import SECOND_PREFIX, word_key

    texts = _corpus_texts() + _MIXED_TEXTS + _MARK_TEXTS
    told = [rule for rule in timeline.temporal.RULES if rule.second_words is not None]
    assert len(told) >= 100, "second words are told for few rules"
    for rule in told:
        for text in texts:
            for m in rule.regex.finditer(text):
                words = re.compile(r"\w+").finditer(text, m.start())
                first, second = next(words), next(words, None)
                allowed = rule.second_words.get(word_key(first.group()))  # type: ignore[union-attr]
                if allowed is None:
                    continue  # any word may follow this first word
                key = "" if second is None else word_key(second.group())[:SECOND_PREFIX]
                assert key in allowed, (rule.id, m.group(), key)


@pytest.mark.parametrize(
    ("pattern", "seconds"),
    [
        (r"\d{1,2}\s(?:days|weeks)", {"#": {"days", "weeks"}}),
        (r"(?:the|a)\s+(?:last|next)\s+week", {"the": {"last", "next"}, "a": {"last", "next"}}),
        (r"\d{1,2}(?:\s+days)?", None),  # a match may end after the number
        (r"\d{1,2}-?(?:day|week)", {"#": {"day", "week"}}),  # "5day" is one word, "5-day" two
        (r"\d{1,2}\s+\w+", None),  # any word may follow
        (
            r"(?:(?:last|next)\s+(?:week|month)|this\s+year)",
            {"last": {"week", "month"}, "next": {"week", "month"}, "this": {"year"}},
        ),
        # alternatives at the top level: the rule's closing "(?![\w])" is the last one's only,
        # and "a year" of "a years-old" is a match that ends inside a word
        (r"a\s+year|b", None),
    ],
)
def test_second_words_of_a_pattern(pattern: str, seconds: dict[str, set[str]] | None) -> None:
    rule = Rule("r", "r", pattern, lambda m: None)
    told = follow_pairs.rule_second_words(rule)
    expected = None if seconds is None else {k: frozenset(v | {""}) for k, v in seconds.items()}
    assert told == expected


def test_the_second_word_table_is_current() -> None:
    """The rules read their second words from a generated table: it must be the one the
    analysis writes for the current rules (a changed rule is tried at every first word)."""
    from timeline.temporal.rule import SECOND_WORDS_FILE

    path = follow_pairs.table_path(SECOND_WORDS_FILE)
    assert path.is_file(), f"{path} is missing: run {follow_pairs.REGENERATE}"
    if path.read_text("utf-8") != follow_pairs.second_table(timeline.temporal.RULES):
        pytest.fail(
            f"{path.name} is stale: run {follow_pairs.REGENERATE} (no arguments) and commit it",
            pytrace=False,
        )
    for rule in timeline.temporal.RULES:
        assert rule.second_words == follow_pairs.rule_second_words(rule), rule.id


def test_a_rule_missing_from_the_second_word_table_finds_the_same() -> None:
    """A rule without second words (new, or changed since the table was written) is tried at
    every first word and finds what it finds with them."""
    rule = next(r for r in timeline.temporal.RULES if r.id == "duration_num_unit")
    assert rule.second_words is not None
    text = "He spent 5 years and 3 percent of 20 days, the 2 weeks to 10 months later."

    def found() -> list[tuple[int, int, str]]:
        return [(c.start, c.end, c.rule.id) for c in engine._candidates(text)]

    with_seconds = found()
    assert any(rule_id == "duration_num_unit" for _, _, rule_id in with_seconds)
    saved = rule.second_words
    try:
        object.__setattr__(rule, "second_words", None)
        engine._FIRST_WORD_RULES.update(
            {d: [engine._GroupStarts(r) for r in by] for d, by in engine._RULES_FOR.items()}
        )
        engine._GROUPS_RULES.clear()
        assert found() == with_seconds
    finally:
        object.__setattr__(rule, "second_words", saved)
        engine._FIRST_WORD_RULES.update(
            {d: [engine._GroupStarts(r) for r in by] for d, by in engine._RULES_FOR.items()}
        )
        engine._GROUPS_RULES.clear()


def test_words_of_a_text_are_its_word_runs() -> None:
    """The engine's words and their offsets (C string methods on ASCII text) are the runs of
    ``\\w`` that a regex finds."""
    texts = [*_corpus_texts(), *_MIXED_TEXTS, *_BOUNDARY_CASES, "", " ", "x", "_a_ b9", "\x1ca"]
    for text in texts:
        runs = list(re.finditer(r"\w+", text))
        words, starts = engine._words(text, 7)
        assert words == [m.group() for m in runs], text
        assert starts == [m.start() + 7 for m in runs], text


def test_sentence_tokens_from_the_text_words_are_the_tense_tokens() -> None:
    """The tokens of a sentence the tagger hands the tense heuristic (taken from the words it
    found the candidates in) are those :func:`~timeline.temporal.tense._tokens` cuts, or none
    where the two could differ (an apostrophe, a letter not ASCII, a word the sentence's edge
    cuts, a word longer than 40 characters), on every sentence and on spans cut anywhere."""
    from timeline.temporal import tense

    long_word = "x" * 41
    texts = [
        *_corpus_texts(),
        *_MIXED_TEXTS,
        f"It rose {long_word} on Monday. Then fell.",
        "The firm's deal, don't ask. Café opens Monday. Plain words here.",
    ]
    rng = random.Random(7)
    taken = 0
    for text in texts:
        _, words = engine._candidates_and_words(text)
        spans = [(s.start, s.end) for s in sentences.split_sentences(text)]
        spans += [tuple(sorted(rng.sample(range(len(text) + 1), 2))) for _ in range(3)]
        for start, end in spans:
            sentence = text[start:end]
            tokens = engine._sentence_tokens(words, sentence, start)
            if tokens is not None:
                taken += 1
                assert tokens == tense._tokens(sentence), (text, start, end)
    assert taken > len(texts)


@pytest.mark.parametrize(
    ("pattern", "chars"),
    [
        (r"\d{1,2}(?:st|nd)?", "0123456789"),
        (r"(?:the\s{1,3})?May", "tTmM"),
        (r"(?:a|b)?(?:c|\d)", "aAbBcC0123456789"),
        (r"[x-z]", "xXyYzZ"),
        (r"\u212a", "kK"),  # the Kelvin sign matches "k" and "K" when the case is ignored
    ],
)
def test_first_characters_of_a_pattern(pattern: str, chars: str) -> None:
    assert Rule("r", "r", pattern, lambda m: None).first_chars == frozenset(chars)


class _At:
    """A stand-in match that starts at ``start`` (what :func:`common.prev_word` reads)."""

    def __init__(self, string: str, start: int) -> None:
        self.string, self._start = string, start

    def start(self, group: int | str = 0) -> int:
        return self._start


def test_faster_forms_of_helper_patterns_find_what_their_plain_forms_find() -> None:
    """The word before an expression read backwards (:func:`common.prev_word`), the marks of
    chat found without a whole-text search first (``narrative._markup``), the ASCII
    forms of tense's patterns (used on plain text), the year pattern of
    :mod:`.narrative` that opens with its first digit, and the word before a period of
    :mod:`.sentences` found by stripping: each equals its plain regex."""
    from timeline.temporal import narrative, tense
    from timeline.temporal.rule import is_plain

    year = re.compile(r"(?<![\w.,$-])(1[0-9]{3}|20[0-9]{2})(?![\w-]|[.,]\d)")
    word_before = re.compile(r"([A-Za-z][A-Za-z.]*)$")
    # the clause breaks and bare weekdays with "\b" before their words (lexicon.word_branches)
    clause_break = re.compile(
        r"[;:]|,\s{1,3}" + lexicon.alternation(lexicon.words("clause_conjunctions")) + r"\b"
        r"|\b" + lexicon.alternation(lexicon.words("clause_openers")) + r"\b|,\s{0,2}(?:''|\"|”|’)"
        r"|(?:''|\"|”)\s{0,2},"
    )
    weekdays = [w.capitalize() for w, *_ in lexicon.rows("weekdays") if w.isalpha() and len(w) > 5]
    bare_weekday = re.compile(
        narrative._BARE_WEEKDAY.pattern.replace(
            "(?:" + lexicon.word_branches(weekdays) + ")", r"\b" + lexicon.alternation(weekdays), 1
        )
    )
    assert bare_weekday.pattern != narrative._BARE_WEEKDAY.pattern
    texts = [*_corpus_texts(), *_MIXED_TEXTS, *_BOUNDARY_CASES, "x\n", "a.b\n", ".1999 -2000 $2001"]
    for text in texts:
        assert narrative._YEAR.findall(text) == year.findall(text), text
        assert narrative._markup(text) == (narrative._MARKUP.search(text) is not None), text
        for end in range(len(text) + 1):
            m = word_before.search(text, max(0, end - 40), end)
            assert sentences._word_before(text, max(0, end - 40), end) == (m[1] if m else "")
            w = common._PREV_WORD.search(text, max(0, end - 34), end)
            assert common.prev_word(_At(text, end)) == (w[1] if w else ""), (text, end)
        assert [m.span() for m in tense._CLAUSE_BREAK.finditer(text)] == [
            m.span() for m in clause_break.finditer(text)
        ], text
        assert [m.span() for m in narrative._BARE_WEEKDAY.finditer(text)] == [
            m.span() for m in bare_weekday.finditer(text)
        ], text
        if is_plain(text):
            plain = [m.span() for m in tense._CLAUSE_BREAK.finditer(text)]
            assert [m.span() for m in tense._ASCII_CLAUSE_BREAK.finditer(text)] == plain
            lower = text.lower()
            assert tense._ASCII_TOKEN_SPLIT.split(lower) == tense._TOKEN_SPLIT.split(lower)


def _prefiltered_patterns() -> list[tuple[re.Pattern[str], tuple[str, ...], list[str]]]:
    """The ``...\\s{1,3}$`` searches tried only where ``lexicon.may_end_with`` says they can
    match, each with its last words and the phrases to build test text from."""
    from timeline.temporal import approximate, signals, tense

    return [
        (approximate._BEFORE, approximate._BEFORE_ENDS, list(approximate._BEFORE_ENDS)),
        (signals._SIGNAL, signals._SIGNAL_ENDS, signals._WORDS),
        (tense._FORWARD_CUE, tense._FORWARD_CUE_ENDS, list(tense._FORWARD_CUE_ENDS)),
        (tense._DELAYED, tense._DELAYED_ENDS, ["postponed until", "moved to at least"]),
        (engine._PERIOD_END, engine._PERIOD_END_WORDS, ["ended", "Ending"]),
    ]


@given(
    st.data(),
    st.sampled_from(["", " ", "  ", "   ", "    ", "\n", " \t"]),
    st.text(alphabet="aZ @,.'’-\n", max_size=8),
)
@settings(max_examples=400, deadline=None)
def test_a_search_ending_in_a_phrase_is_tried_wherever_it_can_match(data, space, noise) -> None:
    """``may_end_with`` never rules out text that its pattern matches: phrases of each
    pattern, in any case, with noise before them and spaces after."""
    from timeline.temporal.lexicon import may_end_with

    for pattern, ends, phrases in _prefiltered_patterns():
        phrase = data.draw(st.sampled_from(sorted(phrases)))
        if data.draw(st.booleans()):
            phrase = phrase.upper()
        text = noise + phrase + space
        if pattern.search(text, 0, len(text)) is not None:
            assert may_end_with(text, 0, len(text), ends), (pattern.pattern[:40], text)
