"""Which candidates may not both enter a summary: two that say the same thing.

Two sentences are repeats when their content-word stems overlap (tf-idf cosine
at least ``redundancy_threshold``) or, with ``meaning_redundancy``, when their
static sentence embeddings (``represent.embeddings``) are at least
``meaning_threshold`` alike: the same event told in other words ("the jet
vanished from radar" / "the plane disappeared from radar screens"), or less alike
but sharing a participant: the same event with the same names, numbers or days
(``summarize.same_event``). So is a shorter sentence whose content words are mostly
the other's (``summarize.covered``). Pairs less alike come back as ``Repeats.alike``: the
selector may take both, at a cost (``summarize.alike``).
"""

from __future__ import annotations

import warnings

import numpy as np
from scipy import sparse

from newsbrief.config import Config
from newsbrief.represent.embeddings import EmbeddingsUnavailable, SentenceEmbeddings
from newsbrief.summarize.alike import alike_shares
from newsbrief.summarize.covered import covered
from newsbrief.summarize.same_event import same_event


def meaning_similarity(texts: list[str], embeddings: SentenceEmbeddings) -> np.ndarray | None:
    """Embedding cosine of every pair of ``texts``; None, with a warning, when the
    model cannot be loaded (repeats are then judged by word overlap alone)."""
    try:
        vectors = embeddings(texts)
    except EmbeddingsUnavailable as error:
        warnings.warn(f"{error}; repeats in the summary are judged by word overlap alone", RuntimeWarning, stacklevel=2)
        return None
    return vectors @ vectors.T


class Repeats(list):
    """Pairs ``(a, b)``, ``a < b``, never chosen together (a plain list of them), and in
    ``alike`` the pairs that may be, each with the share of the smaller one's value that a
    summary holding both loses (``summarize.alike``)."""

    def __init__(self, pairs: list[tuple[int, int]] = (), alike: dict[tuple[int, int], float] | None = None) -> None:
        super().__init__(pairs)
        self.alike = alike or {}


def redundant_pairs(vectors: sparse.csr_matrix, texts: list[str], config: Config,
                    embeddings: SentenceEmbeddings | None = None) -> Repeats:
    """Pairs ``(a, b)``, ``a < b``, of rows of ``vectors`` (unit tf-idf vectors of the
    candidates, whose texts are ``texts``) that repeat each other; ``embeddings``
    is the cluster's shared embedding memo, if it has one."""
    words = (vectors @ vectors.T).toarray()
    close = words >= config.redundancy_threshold
    close |= covered(vectors)
    alike: dict[tuple[int, int], float] = {}
    if config.meaning_redundancy and len(texts) > 1:
        meaning = meaning_similarity(texts, embeddings or SentenceEmbeddings(config.embedding_model))
        if meaning is not None:
            close |= (meaning >= config.meaning_threshold) | same_event(texts, meaning)
            alike = alike_shares(meaning, words, close, config.alike_penalty, config.meaning_threshold)
    return Repeats([(int(a), int(b)) for a, b in zip(*np.nonzero(np.triu(close, k=1)))], alike)
