"""Learned concept weights: the features, the packaged model, the fallback and
the training script."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

import newsbrief
from newsbrief.config import Config
from newsbrief.model import Article
from newsbrief.pipeline import prepare
from newsbrief.represent.concepts import CONCEPT_FEATURES, represent
from newsbrief.split import split_articles
from newsbrief.summarize import concept_weights
from newsbrief.summarize.concept_weights import SCORE_FEATURES, load_concept_model, selection_weights
from newsbrief.summarize.learned import ModelUnavailable

ROOT = Path(__file__).resolve().parents[2]


def _represented(texts: list[str], config: Config):
    articles, _, _ = prepare([Article(f"a{i}", t) for i, t in enumerate(texts)])
    sentences = split_articles(articles)
    return sentences, represent(sentences, len(articles), config, with_features=True)


def test_concept_features_have_one_row_per_concept(story_documents) -> None:
    _, rep = _represented(story_documents, Config())
    features = rep.concept_features
    assert features.shape == (len(rep.concept_weights), len(CONCEPT_FEATURES))
    column = {name: features[:, k] for k, name in enumerate(CONCEPT_FEATURES)}
    assert ((column["article_share"] > 0) & (column["article_share"] <= 1)).all()
    assert (column["articles"] >= 1).all() and (column["sentences"] >= column["articles"]).all()
    # a concept with a content stem has a finite background rarity
    known = column["has_stopword"] == 0
    assert np.isfinite(column["background_idf_min"][known]).all()
    assert (column["is_unigram"] == 0).all()  # bigrams only unless unigram concepts are asked for


def test_packaged_model_weights_are_squared_probabilities(story_documents) -> None:
    booster, with_scores = load_concept_model(None)
    assert tuple(booster.feature_name()) == CONCEPT_FEATURES + SCORE_FEATURES and with_scores
    config = Config()
    sentences, rep = _represented(story_documents, config)
    scores = np.linspace(0.1, 0.9, len(sentences))
    weights = selection_weights(rep, config, scores)
    assert weights.shape == rep.concept_weights.shape
    assert ((weights >= 0) & (weights <= 1)).all()
    assert not np.allclose(weights, rep.concept_weights)
    probabilities = concept_weights.concept_probabilities(rep, None, scores)
    assert np.allclose(weights, probabilities ** config.concept_power)


def test_unsupervised_selector_never_loads_the_concept_model(cluster_articles, monkeypatch) -> None:
    def unavailable(path=None):
        raise ModelUnavailable("no concept model here")

    monkeypatch.setattr(concept_weights, "load_concept_model", unavailable)
    result = newsbrief.brief(cluster_articles, Config(words=60, selector="unsupervised"))
    assert result.summary and result.words <= 60
    assert not any("concept model" in w for w in result.warnings)


def test_missing_concept_model_falls_back_with_a_warning(cluster_articles, tmp_path: Path) -> None:
    missing = str(tmp_path / "none.txt")
    result = newsbrief.brief(cluster_articles, Config(words=60, concept_model=missing))
    assert result.summary and result.words <= 60
    assert any("no concept model" in w and "unsupervised selector instead" in w for w in result.warnings)


def test_learned_and_hand_set_concept_weights_both_keep_the_budget(cluster_articles) -> None:
    for weighting in ("learned", "learned_x_position", "position"):
        result = newsbrief.brief(cluster_articles, Config(words=70, concept_weighting=weighting))
        assert result.summary and result.words <= 70


def test_concept_training_is_reproducible(dataset: Path, tmp_path: Path) -> None:
    pytest.importorskip("lightgbm")
    outs = [tmp_path / name / "concepts.txt" for name in ("one", "two")]
    for out in outs:
        subprocess.run([sys.executable, str(ROOT / "scripts" / "train_concepts.py"), "--data", str(dataset),
                        "--skip", "0", "--clusters", "5", "--heldout", "0", "--scorer-clusters", "5",
                        "--out", str(out)], check=True, capture_output=True, text=True)
    assert outs[0].read_bytes() == outs[1].read_bytes()
    card = json.loads(outs[0].with_suffix(".json").read_text())
    assert card["features"] == list(CONCEPT_FEATURES + SCORE_FEATURES)
    assert card["trained_on"]["clusters"] == 3
    load_concept_model.cache_clear()
    config = replace(Config(words=60), concept_model=str(outs[0]))
    texts = json.loads(dataset.read_text().splitlines()[0])["documents"]
    result = newsbrief.brief([Article(f"d{i}", t) for i, t in enumerate(texts)], config)
    assert result.summary and result.words <= 60
    assert not any("unsupervised" in w for w in result.warnings)
    load_concept_model.cache_clear()


def test_ablated_concept_group_is_never_used_by_the_model(dataset: Path) -> None:
    pytest.importorskip("lightgbm")
    from newsbrief.training.concepts import CONCEPT_FEATURE_GROUPS, concept_training_data, feature_names, fit_concepts

    features, labels, weights, used = concept_training_data(dataset, 0, 5, 1.0)
    assert used == 3 and len(features) == len(labels) == len(weights) and set(np.unique(labels)) <= {0.0, 1.0}
    assert feature_names(features) == CONCEPT_FEATURES  # no sentence scorer given: no score features
    # enough rows for the production settings to split: labels carried by the position group and "chars"
    rng = np.random.default_rng(0)
    features = rng.random((4000, len(CONCEPT_FEATURES))).astype(np.float32)
    columns = [CONCEPT_FEATURES.index(f) for f in CONCEPT_FEATURE_GROUPS["position"]]
    labels = ((features[:, columns[0]] + features[:, CONCEPT_FEATURES.index("chars")]) > 1).astype(np.float32)
    features[:, columns] = 0.0
    splits = fit_concepts(features, labels, np.ones(len(labels), dtype=np.float32)).booster_.feature_importance("split")
    assert all(splits[c] == 0 for c in columns)
    assert splits[CONCEPT_FEATURES.index("chars")] > 0
