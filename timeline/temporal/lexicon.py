"""The English lexicons of the tagger, read once from ``resources/en/*.tsv``.

Each file holds one concept, one entry a line: ``surface<TAB>value[<TAB>more...]``; ``#`` starts
a comment. From the same file we build the map (surface -> value) used when building values and
the regex alternation (longest surface first, so "the beginning of" wins over "beginning of")
used in rule patterns. Adding vocabulary needs no code.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources


@cache
def rows(name: str) -> tuple[tuple[str, ...], ...]:
    """The rows of ``resources/en/<name>.tsv`` as tuples of stripped fields."""
    text = (
        resources.files("timeline.temporal")
        .joinpath(f"resources/en/{name}.tsv")
        .read_text(encoding="utf-8")
    )
    out = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        out.append(tuple(field.strip() for field in line.split("\t")))
    return tuple(out)


@cache
def table(name: str) -> dict[str, str]:
    """``surface (lower case) -> first value`` of a lexicon."""
    return {r[0].lower(): (r[1] if len(r) > 1 else "") for r in rows(name)}


def alternation(words: list[str] | tuple[str, ...] | dict[str, str]) -> str:
    """A non-capturing regex alternation of ``words``, longest first, spaces as ``\\s+``."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    parts = [r"\s{1,3}".join(re.escape(p) for p in w.split(" ")) for w in ordered]
    return "(?:" + "|".join(parts) + ")"


@cache
def alt(name: str) -> str:
    """The alternation of all surfaces of lexicon ``name``."""
    return alternation(table(name))


def lookup(name: str, surface: str) -> str:
    """The value of ``surface`` in lexicon ``name``, whitespace-normalised, case-insensitive."""
    return table(name)[" ".join(surface.lower().split())]
