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
- and they are **not in different cities**: when both name cities, they name a common one
  (two strikes in two cities the same night are two happenings).

The term vectors are scikit-learn's :class:`~sklearn.feature_extraction.text.HashingVectorizer`
(binary): it is stateless, so whether two reports are linked depends on those two reports only,
never on what else is stored or in which order it came. That is what makes the groups (the
connected components of this graph, :mod:`.grouping`) independent of ingest order.

Pairs are only scored within time blocks (reports sorted by start, each block against the
reports that can overlap it), so a corpus of many days costs about the sum of its days.
"""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import HashingVectorizer

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

_VECTORIZER = HashingVectorizer(
    analyzer=str.split,
    n_features=2**20,
    binary=True,
    norm=None,
    alternate_sign=False,
    dtype=np.float32,
)


def vectors(terms: list[str]) -> sp.csr_matrix:
    """Binary term vectors of space-separated term strings (one row each)."""
    if not terms:
        return sp.csr_matrix((0, _VECTORIZER.n_features), dtype=np.float32)
    return _VECTORIZER.transform(terms).tocsr()


def edges(
    starts: np.ndarray, ends: np.ndarray, offsets: np.ndarray, x: sp.csr_matrix, cities: list[str]
) -> tuple[np.ndarray, np.ndarray]:
    """The linked pairs ``(i, j)`` (``i < j``) among reports given as parallel arrays: interval
    bounds and their articles' UTC offsets as numbers (seconds), term vectors (rows of
    :func:`vectors`) and space-separated city ids."""
    count = x.shape[0]
    slack = min(float(offsets.max() - offsets.min()), MAX_SLACK) if count else 0.0
    if count < 2:
        return np.empty(0, np.int64), np.empty(0, np.int64)
    levels = np.searchsorted(np.array(LEVEL_BOUNDS, float), ends - starts, "left")
    sizes = np.asarray(x.sum(axis=1)).ravel()
    c = vectors(cities)
    has_city = np.asarray(c.sum(axis=1)).ravel() > 0
    rows: list[np.ndarray] = []
    cols: list[np.ndarray] = []
    buffered = 0
    for level in np.unique(levels):
        a = np.flatnonzero(levels == level)
        a = a[np.argsort(starts[a], kind="stable")]
        for other in (level, level + 1):
            b = np.flatnonzero(levels == other)
            if not len(b):
                continue
            b = b[np.argsort(starts[b], kind="stable")]
            b_starts = starts[b]
            longest = float((ends[b] - starts[b]).max())
            for offset in range(0, len(a), _BLOCK):
                block = a[offset : offset + _BLOCK]
                low = np.searchsorted(b_starts, starts[block].min() - longest - slack, "left")
                high = np.searchsorted(b_starts, ends[block].max() + slack, "left")
                if high <= low:
                    continue
                partners = b[low:high]
                shared = (x[block] @ x[partners].T).tocoo()
                i = block[shared.row]
                j = partners[shared.col]
                n = shared.data
                keep = (n >= MIN_SHARED) & (i != j)
                if other == level:
                    keep &= i < j
                i, j, n = i[keep], j[keep], n[keep]
                cosine = n / np.sqrt(sizes[i] * sizes[j])
                keep = (cosine >= MIN_COSINE) | ((n >= MANY_SHARED) & (cosine >= MANY_COSINE))
                apart_by = np.minimum(np.abs(offsets[i] - offsets[j]), MAX_SLACK)
                keep &= (starts[i] < ends[j] + apart_by) & (starts[j] < ends[i] + apart_by)
                i, j = i[keep], j[keep]
                both = has_city[i] & has_city[j]
                if both.any():
                    common = np.asarray(c[i[both]].multiply(c[j[both]]).sum(axis=1)).ravel()
                    apart = np.zeros(len(i), bool)
                    apart[np.flatnonzero(both)[common == 0]] = True
                    i, j = i[~apart], j[~apart]
                rows.append(np.minimum(i, j))
                cols.append(np.maximum(i, j))
                buffered += len(i)
                if buffered > _MAX_PAIRS:
                    rows, cols = _spanning(count, rows, cols)
                    buffered = len(rows[0])
    if not rows:
        return np.empty(0, np.int64), np.empty(0, np.int64)
    return np.concatenate(rows), np.concatenate(cols)


#: Linked pairs held before they are reduced to one link per report (:func:`_spanning`).
_MAX_PAIRS = 1_000_000


def _spanning(
    count: int, rows: list[np.ndarray], cols: list[np.ndarray]
) -> tuple[list[np.ndarray], list[np.ndarray]]:
    """The same components with at most one link per report: each to the first report of its
    component. Dense news days link thousands of pairs that add nothing to the components;
    this keeps the memory of :func:`edges` linear in the reports."""
    labels = components(count, np.concatenate(rows), np.concatenate(cols))
    first = np.full(labels.max() + 1, count, dtype=np.int64)
    np.minimum.at(first, labels, np.arange(count))
    roots = first[labels]
    linked = np.flatnonzero(roots != np.arange(count))
    return [roots[linked]], [linked]


def components(count: int, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """The connected component of each of ``count`` reports given the linked pairs."""
    from scipy.sparse.csgraph import connected_components

    graph = sp.coo_matrix((np.ones(len(i), np.int8), (i, j)), shape=(count, count))
    _, labels = connected_components(graph, directed=False)
    return labels


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
