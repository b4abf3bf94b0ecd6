"""Learned concept weights (RegSum-style): a small LightGBM classifier's probability
that a concept (stemmed bigram, or unigram) occurs in a reference summary, from
cheap per-cluster statistics of the concept (``CONCEPT_FEATURES``) and, for models
trained with them, the learned sentence scores of the sentences that contain it
(``SCORE_FEATURES``)."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from pathlib import Path

import numpy as np

from newsbrief.config import Config
from newsbrief.represent.concepts import CONCEPT_FEATURES, Representation
from newsbrief.summarize.learned import ModelUnavailable, load_booster, packaged_model

DEFAULT_MODEL = "concepts.txt"
SCORE_FEATURES: tuple[str, ...] = ("max_sentence_score", "mean_sentence_score", "max_sentence_score_rel")


@lru_cache(maxsize=4)
def load_concept_model(path: str | None = None):
    """(booster, whether it reads SCORE_FEATURES) for the model at ``path`` (default: the packaged one)."""
    model_path = Path(path) if path else packaged_model(DEFAULT_MODEL)
    booster = load_booster(model_path, "concept", "learned concept weights", "scripts/train_concepts.py")
    names = tuple(booster.feature_name())
    if names not in (CONCEPT_FEATURES, CONCEPT_FEATURES + SCORE_FEATURES):
        raise ModelUnavailable(f"concept model {model_path} was trained on other features")
    return booster, names != CONCEPT_FEATURES


def needs_sentence_scores(config: Config) -> bool:
    return config.concept_weighting != "position" and load_concept_model(config.concept_model)[1]


def score_features(sentence_concepts: tuple[np.ndarray, ...], scores: np.ndarray, n_concepts: int) -> np.ndarray:
    """SCORE_FEATURES of every concept: the best and mean learned score of the sentences containing it."""
    sizes = np.fromiter((len(c) for c in sentence_concepts), dtype=np.int64, count=len(sentence_concepts))
    ids = np.concatenate(sentence_concepts) if len(sentence_concepts) else np.zeros(0, dtype=np.int64)
    per = np.repeat(scores, sizes)
    best = np.zeros(n_concepts)
    np.maximum.at(best, ids, per)
    count = np.bincount(ids, minlength=n_concepts)
    mean = np.bincount(ids, weights=per, minlength=n_concepts) / np.maximum(count, 1)
    return np.column_stack([best, mean, best / max(float(scores.mean()), 1e-9) if len(scores) else best])


def concept_probabilities(representation: Representation, path: str | None = None,
                          sentence_scores: np.ndarray | None = None, only: np.ndarray | None = None) -> np.ndarray:
    """Predicted probability that each concept is in a reference summary; with
    ``only`` (concept ids), predicted for those alone and 0 for the others."""
    features = representation.concept_features
    if features is None or len(features) == 0:
        return np.zeros(0 if features is None else len(features))
    booster, with_scores = load_concept_model(path)
    if with_scores:
        if sentence_scores is None:
            raise ValueError("this concept model needs the learned sentence scores")
        features = np.hstack([features, score_features(representation.sentence_concepts, sentence_scores, len(features))])
    if only is None:
        return booster.predict(features, num_threads=1)
    found = np.zeros(len(features))
    if len(only):
        found[only] = booster.predict(features[only], num_threads=1)
    return found


def selection_weights(representation: Representation, config: Config,
                      sentence_scores: np.ndarray | None = None, only: np.ndarray | None = None) -> np.ndarray:
    """The concept weights the optimiser maximises under ``config.concept_weighting``;
    with ``only``, learned weights are predicted for those concept ids alone (the
    concepts of sentences that can be chosen) and are 0 elsewhere."""
    weights = representation.concept_weights
    if config.concept_weighting == "position" or representation.concept_features is None:
        return weights
    learned = concept_probabilities(representation, config.concept_model, sentence_scores, only) ** config.concept_power
    if config.concept_weighting == "learned_x_position":
        return learned * weights
    if config.concept_weighting != "learned":
        raise ValueError(f"unknown concept_weighting {config.concept_weighting!r}")
    unigram = representation.concept_features[:, CONCEPT_FEATURES.index("is_unigram")] > 0
    if unigram.any():
        learned = np.where(unigram, learned * config.learned_unigram_weight, learned)
    return learned


def hand_set_view(representation: Representation, config: Config) -> Representation:
    """The representation the sentence scorer was trained on: without the unigram
    concepts that only the learned concept weights asked for."""
    if config.unigram_weight > 0 or representation.concept_features is None:
        return representation
    unigram = representation.concept_features[:, CONCEPT_FEATURES.index("is_unigram")] > 0
    if not unigram.any():
        return representation
    return replace(representation, sentence_concepts=tuple(c[~unigram[c]] for c in representation.sentence_concepts))
