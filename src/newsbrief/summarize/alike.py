"""Soft repeats: two candidates alike in meaning, but not enough to forbid them together.

A pair whose static sentence embeddings are at least ``ALIKE_FROM`` alike (and below the
hard ``meaning_threshold``) may enter one summary, but then the summary loses a share of the
smaller sentence's value: ``alike_penalty`` times how far the cosine lies from ``ALIKE_FROM``
towards the hard threshold. A second outlet's opening retelling the lede in other words then
needs to bring enough of its own to be chosen, and a related sentence that adds much still is.
"""

from __future__ import annotations

import numpy as np

ALIKE_FROM = 0.55
"""Embedding cosine from which a pair counts as partly the same (issue 14: judged repeats lie at 0.55-0.73)."""
ALIKE_WORDS = 0.1
"""Tf-idf cosine of content stems a pair must also reach: a retelling keeps a few of the words."""


def alike_shares(meaning: np.ndarray, words: np.ndarray, hard: np.ndarray, strength: float,
                 threshold: float) -> dict[tuple[int, int], float]:
    """``{(a, b): share}``, ``a < b``, for pairs of ``meaning`` (embedding cosines) at least
    ``ALIKE_FROM`` alike and of ``words`` (tf-idf cosines) at least ``ALIKE_WORDS`` that ``hard``
    (pairs already forbidden) leaves free: the share of the smaller sentence's value lost when
    both are chosen."""
    if strength <= 0 or threshold <= ALIKE_FROM:
        return {}
    share = strength * (meaning - ALIKE_FROM) / (threshold - ALIKE_FROM)
    free = np.triu((meaning >= ALIKE_FROM) & (words >= ALIKE_WORDS) & ~hard, k=1)
    return {(int(a), int(b)): float(min(share[a, b], 1.0)) for a, b in zip(*np.nonzero(free))}
