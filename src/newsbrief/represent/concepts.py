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
from newsbrief.represent.background import background_frequencies
from newsbrief.represent.idf import smoothed_idf
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

    concept_keys: tuple[tuple[str, str], ...] | None = None
    """Stem pair of every concept id (("", stem) for a unigram); only with concept features."""

    concept_features: np.ndarray | None = None
    """A (concepts x CONCEPT_FEATURES) matrix for the learned concept weights, when asked for."""


CONCEPT_FEATURES: tuple[str, ...] = (
    "is_unigram", "has_digit", "has_stopword", "chars",
    "articles", "article_share", "discount_sum", "discount_rank", "lead_articles",
    "min_first_position", "min_first_position_share",
    "sentences", "sentence_share", "mean_position", "mean_position_share", "mean_sentence_words",
    "background_idf_min", "background_idf_max", "stem_article_share_min", "stem_article_share_max",
    "stem_sentence_share_min", "stem_sentence_share_max",
    "n_articles", "n_sentences",
)


def _position_discount(position: np.ndarray | int, decay: float) -> np.ndarray | float:
    return (1.0 + np.asarray(position, dtype=float)) ** (-decay)


def represent(
    sentences: list[Sentence], n_articles: int, config: Config, with_features: bool = False
) -> Representation:
    """Build concepts and content vectors in one pass over the sentences (linear time).
    ``with_features`` also returns the per-concept features of the learned concept weights."""
    with_unigrams = config.unigram_weight > 0 or (
        config.concept_weighting != "position" and config.learned_unigram_weight > 0
    )
    if with_features:
        article_length = np.zeros(max(n_articles, 1))
        for sentence in sentences:
            article_length[sentence.article_index] = max(article_length[sentence.article_index], sentence.index + 1)
        position_sum: list[float] = []
        share_sum: list[float] = []
        words_sum: list[float] = []
        stem_articles: dict[str, set[int]] = {}
        stem_sentences: dict[str, int] = {}
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
        if with_unigrams:
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
        if with_features:
            grow = len(occurrences) - len(position_sum)
            if grow:
                position_sum.extend([0.0] * grow)
                share_sum.extend([0.0] * grow)
                words_sum.extend([0.0] * grow)
            share = sentence.index / max(article_length[sentence.article_index], 1.0)
            n_words = sentence.words
            for cid in ids:
                position_sum[cid] += sentence.index
                share_sum[cid] += share
                words_sum[cid] += n_words
            for s in set(s for s, is_stop in zip(stemmed, stop) if not is_stop and len(s) > 1):
                stem_articles.setdefault(s, set()).add(sentence.article_index)
                stem_sentences[s] = stem_sentences.get(s, 0) + 1
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
    features = keys = None
    if with_features:
        keys = tuple(concept_ids)
        features = _concept_features(
            keys, first_seen, weights, article_count, np.asarray(occurrences, dtype=float),
            np.asarray(position_sum), np.asarray(share_sum), np.asarray(words_sum),
            stem_articles, stem_sentences, article_length, n_articles, len(sentences),
        )
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
    idf = smoothed_idf(len(sentences), document_frequency)
    vectors = vectors @ sparse.diags(idf)
    norms = np.sqrt(vectors.multiply(vectors).sum(axis=1)).A.ravel()
    norms[norms == 0] = 1.0
    vectors = sparse.diags(1.0 / norms) @ vectors
    return Representation(
        sentence_concepts=tuple(sentence_concepts),
        concept_weights=weights,
        content_vectors=sparse.csr_matrix(vectors),
        content_stems=tuple(content_stems),
        concept_keys=keys,
        concept_features=features,
    )


def _concept_features(
    keys, first_seen, discount_sum, article_count, occurrences, position_sum, share_sum, words_sum,
    stem_articles, stem_sentences, article_length, n_articles, n_sentences,
) -> np.ndarray:
    """The CONCEPT_FEATURES matrix: counts, positions and background rarity of every concept."""
    n = len(keys)
    if n == 0:
        return np.zeros((0, len(CONCEPT_FEATURES)))
    background, documents = background_frequencies()
    cids = np.fromiter((cid for cid, _ in first_seen), dtype=np.int64, count=len(first_seen))
    articles = np.fromiter((article for _, article in first_seen), dtype=np.int64, count=len(first_seen))
    positions = np.fromiter(first_seen.values(), dtype=float, count=len(first_seen))
    min_first = np.full(n, np.inf)
    np.minimum.at(min_first, cids, positions)
    min_first_share = np.full(n, np.inf)
    np.minimum.at(min_first_share, cids, positions / np.maximum(article_length[articles], 1.0))
    lead = np.bincount(cids[positions == 0], minlength=n).astype(float)

    # Per stem once, then gathered for the one or two stems of every concept.
    stem_ids: dict[str, int] = {}
    first_ids = np.fromiter((stem_ids.setdefault(first, len(stem_ids)) if first else -1 for first, _ in keys),
                            dtype=np.int64, count=n)
    second_ids = np.fromiter((stem_ids.setdefault(second, len(stem_ids)) for _, second in keys), dtype=np.int64, count=n)
    top_idf = math.log(documents + 1.0)
    length = np.zeros(len(stem_ids) + 1)
    digit = np.zeros(len(stem_ids) + 1, dtype=bool)
    known = np.zeros(len(stem_ids) + 1, dtype=bool)
    idf = np.full(len(stem_ids) + 1, np.nan)
    article_share = np.full(len(stem_ids) + 1, np.nan)
    sentence_share = np.full(len(stem_ids) + 1, np.nan)
    for stem_text, k in stem_ids.items():
        length[k] = len(stem_text)
        digit[k] = any(ch.isdigit() for ch in stem_text)
        found = stem_articles.get(stem_text)
        if found is not None:  # a content stem (stopwords are not counted)
            known[k] = True
            idf[k] = top_idf - math.log(background.get(stem_text, 0) + 1.0)
            article_share[k] = len(found) / max(n_articles, 1)
            sentence_share[k] = stem_sentences[stem_text] / max(n_sentences, 1)
    is_unigram = (first_ids < 0).astype(float)
    first_ids = np.where(first_ids < 0, len(stem_ids), first_ids)  # the last slot: an absent first stem
    chars = length[first_ids] + length[second_ids]
    has_digit = (digit[first_ids] | digit[second_ids]).astype(float)
    has_stop = (~known[second_ids] | ((is_unigram == 0) & ~known[first_ids])).astype(float)

    def lowest(values: np.ndarray) -> np.ndarray:
        return np.fmin(values[first_ids], values[second_ids])

    def highest(values: np.ndarray) -> np.ndarray:
        return np.fmax(values[first_ids], values[second_ids])

    idf_min, idf_max = lowest(idf), highest(idf)
    share_min, share_max = lowest(article_share), highest(article_share)
    sentence_min, sentence_max = lowest(sentence_share), highest(sentence_share)
    # rank among concepts of the same kind, so it means the same with or without unigrams
    rank = np.zeros(n)
    for kind in (is_unigram > 0, is_unigram == 0):
        count = int(kind.sum())
        if count:
            order = np.argsort(np.argsort(discount_sum[kind], kind="stable"), kind="stable")
            rank[kind] = (order + 1) / count
    columns = {
        "is_unigram": is_unigram,
        "has_digit": has_digit,
        "has_stopword": has_stop,
        "chars": chars,
        "articles": article_count,
        "article_share": article_count / max(n_articles, 1),
        "discount_sum": discount_sum,
        "discount_rank": rank,
        "lead_articles": lead,
        "min_first_position": min_first,
        "min_first_position_share": min_first_share,
        "sentences": occurrences,
        "sentence_share": occurrences / max(n_sentences, 1),
        "mean_position": position_sum / occurrences,
        "mean_position_share": share_sum / occurrences,
        "mean_sentence_words": words_sum / occurrences,
        "background_idf_min": idf_min,
        "background_idf_max": idf_max,
        "stem_article_share_min": share_min,
        "stem_article_share_max": share_max,
        "stem_sentence_share_min": sentence_min,
        "stem_sentence_share_max": sentence_max,
        "n_articles": np.full(n, float(n_articles)),
        "n_sentences": np.full(n, float(n_sentences)),
    }
    return np.column_stack([columns[name] for name in CONCEPT_FEATURES])
