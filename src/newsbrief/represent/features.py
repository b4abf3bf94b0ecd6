"""Per-sentence features for the learned content selector, in one linear pass.

Every feature is relative to its cluster (positions, shares, similarities to the
cluster and to the other articles), so that a model trained on one corpus
transfers to clusters of other sizes and styles.
"""

from __future__ import annotations

import numpy as np
from scipy import sparse

from newsbrief.model import Sentence
from newsbrief.represent.concepts import Representation

FEATURE_GROUPS: dict[str, tuple[str, ...]] = {
    "position": ("position", "position_share", "is_first", "article_index_share"),
    "length": ("words", "words_vs_mean"),
    "concepts": ("concept_sum", "concept_density", "concept_sum_rank", "shared_concept_share"),
    "centrality": ("centroid_similarity", "centroid_rank", "article_centrality", "best_other_article_similarity"),
    "cluster": ("n_articles", "article_sentences", "cluster_sentences"),
    "surface": ("unresolved", "has_quote", "has_digit", "content_share", "ends_with_period"),
}
_BLOCK = 2048

FEATURES: tuple[str, ...] = tuple(name for group in FEATURE_GROUPS.values() for name in group)

def _rank_share(values: np.ndarray) -> np.ndarray:
    """Rank of each value in its cluster, scaled to (0, 1]; 1 is the highest."""
    if len(values) == 0:
        return values
    order = np.argsort(np.argsort(values, kind="stable"), kind="stable")
    return (order + 1) / len(values)


def sentence_features(
    sentences: list[Sentence], representation: Representation, n_articles: int
) -> np.ndarray:
    """A (sentences x FEATURES) float matrix."""
    from newsbrief.split.openings import is_unresolved

    n = len(sentences)
    if n == 0:
        return np.zeros((0, len(FEATURES)))
    vectors = representation.content_vectors
    weights = representation.concept_weights
    article_of = np.fromiter((s.article_index for s in sentences), dtype=np.int64, count=n)
    position = np.fromiter((s.index for s in sentences), dtype=float, count=n)
    words = np.fromiter((s.words for s in sentences), dtype=float, count=n)
    per_article = np.bincount(article_of, minlength=n_articles).astype(float)

    concept_sum = np.array([weights[c].sum() for c in representation.sentence_concepts])
    shared = np.array([(weights[c] > 0).mean() if len(c) else 0.0 for c in representation.sentence_concepts])

    centroid = np.asarray(vectors.sum(axis=0)).ravel()
    centroid /= max(float(np.linalg.norm(centroid)), 1e-9)
    centroid_similarity = vectors @ centroid

    membership = sparse.csr_matrix((np.ones(n), (article_of, np.arange(n))), shape=(n_articles, n))
    article_vectors = membership @ vectors
    norms = np.sqrt(np.asarray(article_vectors.multiply(article_vectors).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    article_vectors = sparse.diags(1.0 / norms) @ article_vectors
    article_similarity = (article_vectors @ article_vectors.T).toarray()
    np.fill_diagonal(article_similarity, np.nan)
    with np.errstate(invalid="ignore"):
        centrality = np.nan_to_num(np.nanmean(article_similarity, axis=1)) if n_articles > 1 else np.zeros(n_articles)
    # Best similarity of each sentence to any whole other article: is it reported elsewhere?
    best_other = np.zeros(n)
    if n_articles > 1:
        article_vectors_t = article_vectors.T.tocsc()
        for start in range(0, n, _BLOCK):  # in blocks: memory stays linear in the sentences
            stop = min(start + _BLOCK, n)
            block = (vectors[start:stop] @ article_vectors_t).toarray()
            block[np.arange(stop - start), article_of[start:stop]] = -1.0
            best_other[start:stop] = block.max(axis=1)

    texts = [s.text for s in sentences]
    columns = {
        "position": position,
        "position_share": position / np.maximum(per_article[article_of], 1.0),
        "is_first": (position == 0).astype(float),
        "article_index_share": article_of / max(n_articles, 1),
        "words": words,
        "words_vs_mean": words / max(float(words.mean()), 1.0),
        "concept_sum": concept_sum,
        "concept_density": concept_sum / np.maximum(words, 1.0),
        "concept_sum_rank": _rank_share(concept_sum),
        "shared_concept_share": shared,
        "centroid_similarity": centroid_similarity,
        "centroid_rank": _rank_share(centroid_similarity),
        "article_centrality": centrality[article_of],
        "best_other_article_similarity": np.maximum(best_other, 0.0),
        "n_articles": np.full(n, float(n_articles)),
        "article_sentences": per_article[article_of],
        "cluster_sentences": np.full(n, float(n)),
        "unresolved": np.array([float(is_unresolved(t)) for t in texts]),
        "has_quote": np.array([float('"' in t or "“" in t) for t in texts]),
        "has_digit": np.array([float(any(ch.isdigit() for ch in t)) for t in texts]),
        "content_share": np.array([len(c) for c in representation.content_stems]) / np.maximum(words, 1.0),
        "ends_with_period": np.array([float(t.rstrip("\"'”’ )").endswith(".")) for t in texts]),
    }
    return np.column_stack([columns[name] for name in FEATURES])
