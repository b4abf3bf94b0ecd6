"""Inverse document frequency, written once for every term weighting in the
package: sentence vectors (represent.concepts), story vectors
(stories.signatures) and the facts stage's context weights."""

from __future__ import annotations

import math
from typing import overload

import numpy as np


@overload
def smoothed_idf(documents: int, document_frequency: int, offset: float = 1.0) -> float: ...
@overload
def smoothed_idf(documents: int, document_frequency: np.ndarray, offset: float = 1.0) -> np.ndarray: ...


def smoothed_idf(documents, document_frequency, offset=1.0):
    """``log((1 + documents) / (1 + document_frequency)) + offset``, as scikit-learn's
    ``smooth_idf``: a term in every document still weighs ``offset``. Works on one
    frequency or an array of them."""
    if isinstance(document_frequency, np.ndarray):
        return np.log((1.0 + documents) / (1.0 + document_frequency)) + offset
    return math.log((1 + documents) / (1 + document_frequency)) + offset
