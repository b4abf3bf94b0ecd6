"""Concepts (stemmed bigrams) and content-word vectors of a cluster's sentences.

Bigram concepts weighted by how many articles state them follow Gillick and
Favre's ILP summarizer (ICSISumm), the strongest R-2 system on DUC 2004; the
position discount adds the lead signal that news writing carries.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from scipy import sparse

from newsbrief.config import Config
from newsbrief.model import Sentence
from newsbrief.split.tokens import STOPWORDS, stem, tokenize


@dataclass(frozen=True)
class Representation:
    """Per-sentence concepts and vectors, aligned with the cluster's sentence list."""

    sentence_concepts: tuple[np.ndarray, ...]
    """Ids of the distinct concepts each sentence contains."""

    concept_weights: np.ndarray
    """Weight of every concept id (0 for concepts pruned as unsupported)."""

    content_vectors: sparse.csr_matrix
    """L2-normalised tf-idf rows over content-word stems, one per sentence."""

    content_stems: tuple[tuple[str, ...], ...]
    """Stems of each sentence's non-stopword tokens, in order."""


def _position_discount(position: np.ndarray | int, decay: float) -> np.ndarray | float:
    return (1.0 + np.asarray(position, dtype=float)) ** (-decay)


def represent(sentences: list[Sentence], n_articles: int, config: Config) -> Representation:
    """Build concepts and content vectors in one pass over the sentences (linear time)."""
    concept_ids: dict[tuple[str, str], int] = {}
    word_ids: dict[str, int] = {}
    sentence_concepts: list[np.ndarray] = []
    content_stems: list[tuple[str, ...]] = []
    rows: list[int] = []
    cols: list[int] = []
    # first position of each concept in each article: (concept, article) -> sentence position
    first_seen: dict[tuple[int, int], int] = {}
    occurrences: list[int] = []
    unigram_ids: list[int] = []
    for row, sentence in enumerate(sentences):
        tokens = tokenize(sentence.text)
        stemmed = [stem(token) for token in tokens]
        stop = [token in STOPWORDS for token in tokens]
        ids = set()
        for k in range(len(tokens) - 1):
            if stop[k] and stop[k + 1]:
                continue
            key = (stemmed[k], stemmed[k + 1])
            cid = concept_ids.get(key)
            if cid is None:
                cid = concept_ids[key] = len(concept_ids)
                occurrences.append(0)
            ids.add(cid)
        if config.unigram_weight > 0:
            for k in range(len(tokens)):
                if stop[k] or len(stemmed[k]) < 2:
                    continue
                key = ("", stemmed[k])
                cid = concept_ids.get(key)
                if cid is None:
                    cid = concept_ids[key] = len(concept_ids)
                    occurrences.append(0)
                    unigram_ids.append(cid)
                ids.add(cid)
        for cid in ids:
            occurrences[cid] += 1
            slot = (cid, sentence.article_index)
            if slot not in first_seen:
                first_seen[slot] = sentence.index
        sentence_concepts.append(np.fromiter(sorted(ids), dtype=np.int64, count=len(ids)))
        content = tuple(s for s, is_stop in zip(stemmed, stop) if not is_stop and len(s) > 1)
        content_stems.append(content)
        for s in content:
            wid = word_ids.get(s)
            if wid is None:
                wid = word_ids[s] = len(word_ids)
            rows.append(row)
            cols.append(wid)

    weights = np.zeros(len(concept_ids))
    article_count = np.zeros(len(concept_ids))
    for (cid, _article), position in first_seen.items():
        weights[cid] += _position_discount(position, config.position_decay)
        article_count[cid] += 1
    if n_articles >= 3:
        needed = max(2, math.ceil(config.concept_article_share * n_articles))
        weights[article_count < needed] *= config.unsupported_weight
    else:
        # With one or two articles, agreement across articles says little:
        # repetition inside the text stands in for it.
        weights *= np.sqrt(np.asarray(occurrences, dtype=float))
    if unigram_ids:
        weights[unigram_ids] *= config.unigram_weight

    vectors = sparse.csr_matrix(
        (np.ones(len(rows)), (rows, cols)), shape=(len(sentences), max(len(word_ids), 1))
    )
    document_frequency = np.bincount(cols, minlength=vectors.shape[1]) if cols else np.ones(1)
    idf = np.log((1.0 + len(sentences)) / (1.0 + document_frequency)) + 1.0
    vectors = vectors @ sparse.diags(idf)
    norms = np.sqrt(vectors.multiply(vectors).sum(axis=1)).A.ravel()
    norms[norms == 0] = 1.0
    vectors = sparse.diags(1.0 / norms) @ vectors
    return Representation(
        sentence_concepts=tuple(sentence_concepts),
        concept_weights=weights,
        content_vectors=sparse.csr_matrix(vectors),
        content_stems=tuple(content_stems),
    )
