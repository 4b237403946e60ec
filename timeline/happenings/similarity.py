"""Which reports say the same thing at the same time: the edges of the grouping graph.

Two reports are linked when

- their intervals are **compatible**: they overlap, up to the difference of their articles' UTC
  offsets (an article in Kyiv and one in New York each resolve "Tuesday night" in their own
  offset, seven hours apart; the same night either way; at most :data:`MAX_SLACK`), and their
  lengths are at most one *level*
  apart (:func:`level`: a day and its evening, a day and its week, a week and its month, a
  month and its quarter or year; never a day and its year). The level is read from the
  interval's length, not from its granularity: "since Monday" in an article of Friday is a
  day expression dating a five-day interval;
- they say **the same thing**: they share at least :data:`MIN_SHARED` terms and the cosine of
  their term sets (:mod:`.features`: words without dates, places by gazetteer id) is at least
  :data:`MIN_COSINE`, or, for long sentences, they share :data:`MANY_SHARED` terms at a cosine
  of :data:`MANY_COSINE` (two reports of twenty terms that share six, "Azovstal", "Mariupol",
  "steel", "works", "plant", "soldiers", tell the same story in other words);
- they are **not in different cities**: when both name cities, they name a common one
  (two strikes in two cities the same night are two happenings);
- and they are **both done or both ahead**: a report of what is expected, planned or announced
  for a date (the tense governing its expression is the future: "the decision is expected on
  Sunday") is never linked to one that it happened ("the government decided on Sunday").

The term vectors are binary rows of a SciPy sparse matrix, compared by sparse products:
whether two reports are linked depends on their two term sets only (no vocabulary weights or
IDF learnt from the corpus, which would change as articles arrive), never on what else is
stored or in which order it came. That is what makes the groups (the
connected components of this graph, :mod:`.grouping`) independent of ingest order.

Pairs are only scored within time blocks (reports sorted by start, each block against the
reports that can overlap it), so a corpus of many days costs about the sum of its days.
"""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp

#: Upper bounds (seconds) of the levels 0 (a day or less, with slack for offsets), 1 (a
#: week), 2 (a month), 3 (a year); longer intervals are level 4. Reports link only across at
#: most one level.
LEVEL_BOUNDS = (36 * 3600, 9 * 86400, 32 * 86400, 367 * 86400)


def level(seconds: float) -> int:
    """The level of an interval of this length (see :data:`LEVEL_BOUNDS`)."""
    for index, bound in enumerate(LEVEL_BOUNDS):
        if seconds <= bound:
            return index
    return len(LEVEL_BOUNDS)


#: The most two reports' intervals may be apart and still count as overlapping (seconds): the
#: difference of their articles' UTC offsets, up to this.
MAX_SLACK = 12 * 3600

#: The fewest terms two linked reports share.
MIN_SHARED = 3
#: The lowest cosine of two linked reports' term sets.
MIN_COSINE = 0.34
#: Long sentences: this many shared terms suffice at a cosine of :data:`MANY_COSINE`.
MANY_SHARED = 5
MANY_COSINE = 0.25

#: Reports scored against each other at once (a block of rows of the similarity product).
_BLOCK = 256


def vectors(terms: list[str]) -> sp.csr_matrix:
    """Binary term vectors of space-separated term strings (one row each), as a SciPy sparse
    matrix whose columns are the distinct terms of ``terms`` in order of first use: rows of
    one call compare with each other (shared terms, cosines) exactly as sets do."""
    vocabulary: dict[str, int] = {}
    indices: list[int] = []
    indptr = [0]
    for row in terms:
        indices.extend(
            sorted({vocabulary.setdefault(term, len(vocabulary)) for term in row.split()})
        )
        indptr.append(len(indices))
    return sp.csr_matrix(
        (
            np.ones(len(indices), np.float32),
            np.array(indices, np.int32),
            np.array(indptr, np.int64),
        ),
        shape=(len(terms), len(vocabulary)),
    )


def group_labels(
    starts: np.ndarray,
    ends: np.ndarray,
    offsets: np.ndarray,
    x: sp.csr_matrix,
    cities: list[str],
    prospective: np.ndarray | None = None,
) -> np.ndarray:
    """The connected component of each report under the links of this module, for reports
    given as parallel arrays: interval bounds and their articles' UTC offsets as numbers
    (seconds), term vectors (rows of :func:`vectors`), space-separated city ids, and whether
    each speaks of the future (``prospective``: what is expected, planned or announced for its
    date is never linked to a report that it happened). Each component is labelled by its
    smallest row.

    Candidates are generated, never scanned: the city rule splits the reports into buckets
    (:func:`_buckets`), and within a bucket each block of reports of one level is scored
    against the reports of its own and the next level whose intervals can overlap it (sorted by
    start, found by bisection). Pairs already in one component are not scored again: the
    partners that share the block's main component are left out of its product, and the links
    found join components as each block is done (union of labels). A link only ever joins two
    components that its two reports would join anyway, so the components are those of every
    link, whatever order the blocks come in."""
    scan = _Scan(starts, ends, offsets, x)
    if x.shape[0] > 1:
        if prospective is None:
            prospective = np.zeros(x.shape[0], bool)
        for kind in (False, True):  # the future and the done are never linked
            chosen = np.flatnonzero(prospective == kind)
            for rows, partners, same in _buckets([cities[k] for k in chosen]):
                scan.scan(chosen[rows], chosen[partners], same)
    return scan.labels


def _buckets(cities: list[str]) -> list[tuple[np.ndarray, np.ndarray, bool]]:
    """The candidate sets of the city rule, as ``(rows, partners, same)``: two reports that
    both name cities can only be linked when they name a common one, so each city's reports
    are scored among themselves, and the reports that name none against everyone (``same``:
    ``rows`` and ``partners`` are one set, each pair is scored once)."""
    by_city: dict[str, list[int]] = {}
    without: list[int] = []
    for index, ids in enumerate(cities):
        found = set(ids.split())
        if not found:
            without.append(index)
        for city in found:
            by_city.setdefault(city, []).append(index)
    alone = np.array(without, np.int64)
    named = np.setdiff1d(np.arange(len(cities), dtype=np.int64), alone, assume_unique=True)
    buckets = [(alone, alone, True), (alone, named, False)]
    buckets += [
        (np.array(members, np.int64), np.array(members, np.int64), True)
        for _, members in sorted(by_city.items())
        if len(members) > 1
    ]
    return [(a, b, same) for a, b, same in buckets if len(a) and len(b)]


class _Scan:
    """Scores candidate pairs block by block and joins the components of the linked ones (see
    :func:`group_labels`)."""

    def __init__(self, starts: np.ndarray, ends: np.ndarray, offsets: np.ndarray, x) -> None:
        self.starts, self.ends, self.offsets, self.x = starts, ends, offsets, x
        count = x.shape[0]
        self.levels = np.searchsorted(np.array(LEVEL_BOUNDS, float), ends - starts, "left")
        self.sizes = np.diff(x.indptr).astype(np.float64)  # binary rows: terms = non-zeros
        self.slack = min(float(offsets.max() - offsets.min()), MAX_SLACK) if count else 0.0
        #: Each report's component, as the smallest row in it (kept resolved: a label is
        #: always a root).
        self.labels = np.arange(count, dtype=np.int64)
        self._lookup = np.arange(count, dtype=np.int64)

    def _sorted(self, indices: np.ndarray, level: int) -> np.ndarray:
        found = indices[self.levels[indices] == level]
        return found[np.argsort(self.starts[found], kind="stable")]

    def scan(self, a_all: np.ndarray, b_all: np.ndarray, same: bool) -> None:
        """Link the pairs of ``a_all`` x ``b_all`` (``same``: one set) whose levels are at most
        one apart."""
        starts, ends = self.starts, self.ends
        for level in np.unique(self.levels[a_all]):
            a = self._sorted(a_all, level)
            xa = self.x[a]
            for other in (level, level + 1) if same else (level - 1, level, level + 1):
                b = self._sorted(b_all, other)
                if not len(b):
                    continue
                xb = self.x[b]
                b_starts = starts[b]
                longest = float((ends[b] - b_starts).max())
                for offset in range(0, len(a), _BLOCK):
                    block = a[offset : offset + _BLOCK]
                    earliest = starts[block].min() - longest - self.slack
                    low = int(np.searchsorted(b_starts, earliest))
                    high = int(np.searchsorted(b_starts, ends[block].max() + self.slack))
                    if high > low:
                        x_block = xa[offset : offset + _BLOCK]
                        self._block(block, x_block, b, xb, low, high, same and other == level)

    def _block(self, block, x_block, b, xb, low: int, high: int, ordered: bool) -> None:
        labels = self.labels
        partners = b[low:high]
        kinds, counts = np.unique(labels[block], return_counts=True)
        main = kinds[np.argmax(counts)]
        # The block's main component against the partners outside it; its other rows against
        # every partner.
        mine = labels[block] == main
        others = np.flatnonzero(labels[partners] != main)
        if len(others):
            rows = np.flatnonzero(mine)
            chosen = x_block[rows] if len(rows) < len(block) else x_block
            product = xb[low:high][others] @ chosen.T
            self._link(partners[others], block[rows], product, ordered)
        if not mine.all():
            rows = np.flatnonzero(~mine)
            self._link(partners, block[rows], xb[low:high] @ x_block[rows].T, ordered)

    def _link(self, partners, block, shared, ordered: bool) -> None:
        """Join the components of the linked pairs among ``partners`` (rows of ``shared``, the
        terms each shares with each of ``block``, its columns)."""
        hits = np.flatnonzero(shared.data >= MIN_SHARED)
        if not len(hits):
            return
        i = partners[np.searchsorted(shared.indptr, hits, "right") - 1]
        j = block[shared.indices[hits]]
        labels = self.labels
        keep = labels[i] != labels[j]
        if ordered:
            keep &= i < j
        i, j, n = i[keep], j[keep], shared.data[hits][keep].astype(np.float64)
        product = self.sizes[i] * self.sizes[j]
        square = n * n
        keep = (square >= MIN_COSINE**2 * product) | (
            (n >= MANY_SHARED) & (square >= MANY_COSINE**2 * product)
        )
        i, j = i[keep], j[keep]
        apart = np.minimum(np.abs(self.offsets[i] - self.offsets[j]), MAX_SLACK)
        keep = (self.starts[i] < self.ends[j] + apart) & (self.starts[j] < self.ends[i] + apart)
        if keep.any():
            self._join(labels[i[keep]], labels[j[keep]])

    def _join(self, left: np.ndarray, right: np.ndarray) -> None:
        """Merge the components labelled ``left[k]`` and ``right[k]`` for every ``k``: each
        component takes the smallest of its labels (minimum labels propagated along the pairs,
        with pointer jumping, until nothing changes)."""
        roots, inverse = np.unique(np.concatenate([left, right]), return_inverse=True)
        one, other = inverse[: len(left)], inverse[len(left) :]
        smallest = np.arange(len(roots))
        while True:
            lowest = np.minimum(smallest[one], smallest[other])
            before = smallest.copy()
            np.minimum.at(smallest, one, lowest)
            np.minimum.at(smallest, other, lowest)
            while True:  # pointer jumping: a label's label, until each is a fixed point
                jumped = smallest[smallest]
                if np.array_equal(jumped, smallest):
                    break
                smallest = jumped
            if np.array_equal(before, smallest):
                break
        lookup = self._lookup
        lookup[roots] = roots[smallest]
        self.labels = lookup[self.labels]
        lookup[roots] = roots


def centrality(x: sp.csr_matrix) -> np.ndarray:
    """How central each report is among a happening's reports (rows of :func:`vectors`): the
    sum of its cosines to all of them, computed as its cosine to their sum."""
    if x.shape[0] <= 2:
        return np.ones(x.shape[0])  # one or two reports: equally central
    norms = np.sqrt(np.asarray(x.multiply(x).sum(axis=1)).ravel())
    norms[norms == 0] = 1
    unit = sp.diags(1 / norms) @ x
    total = np.asarray(unit.sum(axis=0)).ravel()
    return np.asarray(unit @ total).ravel()
