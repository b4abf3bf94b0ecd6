"""Which texts hold which terms, as a sparse matrix: the shape both the same-event test
of the summary and the facts stage's context pairing multiply to find texts sharing a term."""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
from scipy import sparse


def incidence(term_sets: Iterable[Iterable[str]]) -> tuple[sparse.csr_matrix, list[str]]:
    """One row a text and one column a term (in order of first appearance), holding how
    often the text lists the term (1 for a set of terms); and the terms, in column order."""
    vocabulary: dict[str, int] = {}
    rows, columns = [], []
    count = 0
    for row, terms in enumerate(term_sets):
        count = row + 1
        for term in terms:
            rows.append(row)
            columns.append(vocabulary.setdefault(term, len(vocabulary)))
    matrix = sparse.csr_matrix((np.ones(len(rows)), (rows, columns)), shape=(count, len(vocabulary)))
    return matrix, list(vocabulary)
