"""Which statements of one slot kind are worth comparing: the pairs whose
contexts share enough weighted words, found with a sparse matrix product.

Two statements can fill one slot only when the idf weight of the context words
they share reaches some share of the smaller context's weight
(``disagreements._same_slot``). Summing that weight pair by pair in Python
grows with the square of a cluster's statements; one sparse product (scipy)
gives every pair's shared weight at once, so only pairs that can reach the
lowest share are handed to the full test.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from newsbrief.represent.incidence import incidence

_ROWS = 512
"""Statements whose pairs are computed at once (a dense block of ``_ROWS`` x n shares)."""
_SLACK = 1e-9
"""Relative margin for rounding: a product sums weights in another order than Python."""


def close_pairs(contexts: Sequence[frozenset[str]], sources: Sequence[str], weight: Callable[[str], float],
                lowest: float) -> list[tuple[int, int]]:
    """Pairs (i < j), in order, of items from different ``sources`` whose
    contexts share words weighing at least ``lowest`` times the lighter
    context's weight (every pair from different sources when ``lowest`` is 0
    or less). A pair left out cannot reach that share; one kept may still fall short."""
    n = len(contexts)
    if lowest <= 0:
        return [(i, j) for i in range(n) for j in range(i + 1, n) if sources[i] != sources[j]]
    has, vocabulary = incidence(contexts)
    if not vocabulary:
        return []
    weights = np.array([weight(word) for word in vocabulary])
    weighted = has.multiply(weights[np.newaxis, :]).tocsr()
    totals = np.asarray(weighted.sum(axis=1)).ravel()
    source_index = {source: k for k, source in enumerate(dict.fromkeys(sources))}
    source_of = np.array([source_index[s] for s in sources])
    transposed = has.T.tocsc()
    found: list[tuple[int, int]] = []
    for first in range(0, n, _ROWS):
        last = min(n, first + _ROWS)
        shared = (weighted[first:last] @ transposed).toarray()
        lighter = np.minimum(totals[first:last, np.newaxis], totals[np.newaxis, :])
        close = (shared > 0) & (shared >= lowest * lighter * (1 - _SLACK))
        close &= np.arange(n)[np.newaxis, :] > np.arange(first, last)[:, np.newaxis]
        close &= source_of[np.newaxis, :] != source_of[first:last, np.newaxis]
        for i, j in zip(*np.nonzero(close)):
            found.append((first + int(i), int(j)))
    return found
