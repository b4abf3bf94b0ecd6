"""Train the learned concept weights: label every concept of a training cluster
by whether the reference summary contains it, and fit a seeded classifier.

Shared by ``scripts/train_concepts.py`` (the packaged model) and
``benchmarks/concept_ablation.py`` (the same model with feature groups left out).
"""

from __future__ import annotations

import itertools
from dataclasses import replace
from pathlib import Path

import numpy as np

from newsbrief.config import Config
from newsbrief.ingest.datasets import Cluster, open_text, parse_line
from newsbrief.represent.concepts import CONCEPT_FEATURES, represent
from newsbrief.represent.features import sentence_features
from newsbrief.split import stems
from newsbrief.summarize.concept_weights import SCORE_FEATURES, hand_set_view, score_features
from newsbrief.summarize.learned import score_sentences
from newsbrief.training.selector import HYPERPARAMETERS as SCORER_HYPERPARAMETERS, prepared

# The sentence scorer's settings (seeded, single-threaded, deterministic), as a classifier with
# larger leaves and 40 trees at a higher rate: 40, 60, 100 and 300 trees scored alike on
# Multi-News (first 2,000 validation and 1,000 held-out training clusters; DUC 2003 R-1 varied
# between 38.29 and 38.78, noise on 30 clusters), and 40 trees cost the least batch time.
HYPERPARAMETERS = {**SCORER_HYPERPARAMETERS, "objective": "binary", "num_leaves": 63, "min_child_samples": 200,
                   "n_estimators": 40, "learning_rate": 0.3}

# Groups of CONCEPT_FEATURES + SCORE_FEATURES, for the ablation table.
CONCEPT_FEATURE_GROUPS: dict[str, tuple[str, ...]] = {
    "form": ("is_unigram", "has_digit", "has_stopword", "chars"),
    "article support": ("articles", "article_share", "lead_articles"),
    "hand-set weight": ("discount_sum", "discount_rank"),
    "position": ("min_first_position", "min_first_position_share", "mean_position", "mean_position_share"),
    "sentence support": ("sentences", "sentence_share", "mean_sentence_words"),
    "background rarity": ("background_idf_min", "background_idf_max"),
    "stem spread": ("stem_article_share_min", "stem_article_share_max", "stem_sentence_share_min", "stem_sentence_share_max"),
    "cluster size": ("n_articles", "n_sentences"),
    "sentence scores": SCORE_FEATURES,
}


def label_concepts(cluster: Cluster, negative_share: float, seed: int, selector: str | None = None):
    """Features and labels of a cluster's concepts (negatives subsampled to ``negative_share``).
    With ``selector`` (a sentence-scorer model that never saw this cluster), SCORE_FEATURES too."""
    found = prepared(cluster)
    if found is None:
        return None
    articles, sentences = found
    config = replace(Config(), concept_weighting="learned", learned_unigram_weight=1.0)
    representation = represent(sentences, len(articles), config, with_features=True)
    if representation.concept_features is None or not len(representation.concept_features):
        return None
    features = representation.concept_features
    if selector:
        matrix = sentence_features(sentences, hand_set_view(representation, config), len(articles))
        scores = score_sentences(matrix, selector)
        features = np.hstack([features, score_features(representation.sentence_concepts, scores, len(features))])
    reference = stems(cluster.summaries[0])
    unigrams, bigrams = set(reference), set(zip(reference, reference[1:]))
    labels = np.array([(key[1] in unigrams) if not key[0] else (key in bigrams) for key in representation.concept_keys], dtype=np.float32)
    keep = (labels > 0) | (np.random.default_rng(seed).random(len(labels)) < negative_share)
    return features[keep].astype(np.float32), labels[keep]


def training_clusters(path: str | Path, skip: int, heldout: int) -> int:
    """How many clusters of a dataset lie after the first ``skip`` and before the last ``heldout``."""
    with open_text(path) as handle:
        return sum(1 for _ in handle) - skip - heldout


def concept_training_data(path: str | Path, skip: int, clusters: int, negative_share: float,
                          selector: str | None = None, cache: Path | None = None):
    """(features, labels, sample weights, clusters used) of ``clusters`` clusters after the first ``skip``.
    With ``cache`` (.npz): read from it when it exists, else labelled and stored there."""
    if cache is not None and cache.is_file():
        stored = np.load(cache)
        return stored["features"], stored["labels"], stored["weights"], int(stored["clusters"])
    parts, used = [], 0
    with open_text(path) as handle:
        lines = list(itertools.islice(handle, skip, skip + clusters))
    for number, raw in enumerate(lines):
        cluster = parse_line(raw, skip + number + 1)
        if not isinstance(cluster, Cluster):
            continue
        item = label_concepts(cluster, negative_share, number, selector)
        if item is not None:
            parts.append(item)
            used += 1
    features = np.vstack([p[0] for p in parts])
    labels = np.concatenate([p[1] for p in parts])
    # negatives were kept with probability negative_share: weight them back up
    weights = np.where(labels > 0, 1.0, 1.0 / negative_share).astype(np.float32)
    if cache is not None:
        np.savez(cache, features=features, labels=labels, weights=weights, clusters=used)
    return features, labels, weights, used


def feature_names(features: np.ndarray) -> tuple[str, ...]:
    return CONCEPT_FEATURES + (SCORE_FEATURES if features.shape[1] > len(CONCEPT_FEATURES) else ())


def fit_concepts(features: np.ndarray, labels: np.ndarray, weights: np.ndarray):
    """The seeded, single-threaded LightGBM classifier of the concept weights."""
    import lightgbm

    model = lightgbm.LGBMClassifier(**HYPERPARAMETERS)
    model.fit(features, labels, sample_weight=weights, feature_name=list(feature_names(features)))
    return model
