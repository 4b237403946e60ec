"""Names of people and organisations in a sentence: capitalised word sequences.

No trained recogniser fits here (none ships without downloading a model), so names are what
English capitalisation marks: runs of capitalised words ("Volodymyr Zelensky", "Azovstal",
"Pentagon"), acronyms ("NATO"), with a joining word inside ("Bank of England"). A run is cut at
titles, words of time and demonyms ("President", "Monday", "Russian"), which are left out, and
at a place in the possessive: "Britain's Ministry of Defence" gives "Ministry of Defence". A run
that is a place is not a name (:mod:`.places` finds those); leading titles are dropped
("President Volodymyr Zelensky" is "Volodymyr Zelensky"). A lone word that only opens the
sentence ("Shelling") is not a name.
"""

from __future__ import annotations

from timeline.happenings.places import bare, capitalised_runs, lookup

#: Capitalised words that are not names and cut a run (titles, time, demonyms, function words).
NOT_NAMES = frozenset(
    """
a an and as at but by for from he her his i if in into it its many more most mr mrs ms dr no
not of on or our she so some such than that the their them then there these they this those
to two three four five six seven eight nine ten one we what when where which while who why
with you after before during since until about according also although among because both
each every few later meanwhile nearly only other over still under yet all any another earlier
monday tuesday wednesday thursday friday saturday sunday january february march april may june
july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
today tomorrow yesterday tonight morning evening night week weekend month year
russian russians ukrainian ukrainians american americans british european french german polish
finnish swedish turkish chinese soviet western eastern northern southern
""".split()
)

#: Titles: dropped from the start of a run when a name of two words or more follows.
TITLES = frozenset(
    """
president minister prime foreign defence defense secretary governor mayor general gen col sgt
spokesman spokeswoman official officials chief head deputy senator sen rep commander lt capt
king queen prince pope sir lord lady st saint chancellor ambassador
""".split()
)

#: Lower-case words that may join two capitalised ones inside a name.
_JOINERS = frozenset({"of", "de", "von", "van", "bin", "al", "la", "du", "der"})


def _is_cut(word: str) -> bool:
    """Whether ``word`` ends a name: a word of :data:`NOT_NAMES`, or a place in the
    possessive ("Britain's Ministry of Defence")."""
    plain = bare(word).lower()
    if plain in _JOINERS:
        return False
    possessive = word.rstrip(",;").endswith(("'s", "’s"))
    return plain in NOT_NAMES or (possessive and lookup(bare(word)) is not None)


def find_names(sentence: str) -> list[str]:
    """The names in ``sentence`` (see module docs), in order, each once."""
    names: list[str] = []
    for run, opens in capitalised_runs(_joined(sentence)):
        segments: list[list[str]] = [[]]
        for word in run:
            if _is_cut(word):
                segments.append([])
            else:
                segments[-1].append(bare(word).rstrip(",;"))
        for index, segment in enumerate(segments):
            while segment and segment[-1].lower() in _JOINERS:
                segment.pop()
            while len(segment) > 2 and segment[0].lower() in TITLES:
                segment.pop(0)
            if not segment or lookup(" ".join(segment)) is not None:
                continue
            name = " ".join(w.lower() if w.lower() in _JOINERS else w for w in segment)
            if (
                (opens and index == 0 and len(segment) == 1 and not name.isupper())
                or len(name) < 2
                or name in names
            ):
                continue
            names.append(name)
    return names


def _joined(sentence: str) -> str:
    """``sentence`` with the joining words inside capitalised runs capitalised, so that runs
    carry across them (:func:`find_names` writes them in lower case again)."""
    words = sentence.split(" ")
    for index in range(1, len(words) - 1):
        if (
            words[index] in _JOINERS
            and words[index - 1][:1].isupper()
            and words[index + 1][:1].isupper()
        ):
            words[index] = words[index].capitalize()
    return " ".join(words)
