"""The learned selector: features, the packaged model, training, and the fallback."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

import newsbrief
from newsbrief.config import Config
from newsbrief.model import Article
from newsbrief.pipeline import prepare
from newsbrief.represent import represent
from newsbrief.represent import features as features_module
from newsbrief.represent.features import FEATURE_GROUPS, FEATURES, sentence_features
from newsbrief.split import split_articles
from newsbrief.summarize.learned import ModelUnavailable, default_model_path, load_model, score_sentences
from newsbrief.training.selector import reference_overlap, train


def _cluster(texts: list[str]):
    articles, _, _ = prepare([Article(f"a{i}", t) for i, t in enumerate(texts)])
    sentences = split_articles(articles)
    return articles, sentences, represent(sentences, len(articles), Config())


def test_feature_matrix_has_one_row_per_sentence_and_named_columns(story_documents) -> None:
    articles, sentences, rep = _cluster(story_documents)
    matrix = sentence_features(sentences, rep, len(articles))
    assert matrix.shape == (len(sentences), len(FEATURES))
    assert np.isfinite(matrix).all()
    assert set(FEATURES) == {name for group in FEATURE_GROUPS.values() for name in group}
    column = {name: matrix[:, k] for k, name in enumerate(FEATURES)}
    assert set(column["is_first"]) <= {0.0, 1.0}
    assert ((column["position_share"] >= 0) & (column["position_share"] < 1)).all()
    first = [k for k, s in enumerate(sentences) if s.index == 0]
    assert column["is_first"][first].sum() == len(articles)


def test_a_sentence_repeated_in_another_article_scores_as_reported_elsewhere() -> None:
    shared = "The Fenwick footbridge collapsed into the River Alde during a storm on Tuesday night."
    articles, sentences, rep = _cluster([
        shared + " Two people were hurt.",
        "Officials met on Friday. " + shared,
        "A ferry will run across the river from Thursday.",
    ])
    column = dict(zip(FEATURES, sentence_features(sentences, rep, len(articles)).T))
    best = column["best_other_article_similarity"]
    repeated = [k for k, s in enumerate(sentences) if s.text == shared]
    unrelated = [k for k, s in enumerate(sentences) if s.text.startswith("Officials met")]
    assert best[repeated].min() > 0.5 > best[unrelated].max()


def test_blockwise_similarity_matches_one_block(story_documents, monkeypatch) -> None:
    articles, sentences, rep = _cluster(story_documents)
    whole = sentence_features(sentences, rep, len(articles))
    monkeypatch.setattr(features_module, "_BLOCK", 2)
    assert np.allclose(whole, sentence_features(sentences, rep, len(articles)))


def test_single_article_has_no_cross_article_signal() -> None:
    articles, sentences, rep = _cluster(["One sentence about a storm. Another about a bridge in Dunmere."])
    column = dict(zip(FEATURES, sentence_features(sentences, rep, len(articles)).T))
    assert (column["best_other_article_similarity"] == 0).all()
    assert (column["article_centrality"] == 0).all()


def test_packaged_model_loads_and_scores_every_sentence(story_documents) -> None:
    assert default_model_path().is_file()
    card = json.loads(default_model_path().with_suffix(".json").read_text())
    assert card["features"] == list(FEATURES)
    assert default_model_path().stat().st_size < 5 * 1024 * 1024
    articles, sentences, rep = _cluster(story_documents)
    scores = score_sentences(sentence_features(sentences, rep, len(articles)))
    assert scores.shape == (len(sentences),) and (scores >= 0).all()
    assert len(set(np.round(scores, 6))) > 1  # the model tells sentences apart


def test_missing_model_is_a_clear_error_and_brief_falls_back(tmp_path: Path, cluster_articles) -> None:
    missing = str(tmp_path / "nope.txt")
    with pytest.raises(ModelUnavailable, match="no selector model"):
        load_model(missing)
    result = newsbrief.brief(cluster_articles, Config(words=60, selector_model=missing))
    assert result.summary and result.words <= 60
    assert any("unsupervised selector instead" in w for w in result.warnings)


@pytest.mark.parametrize("selector", ["learned", "unsupervised"])
@pytest.mark.parametrize("solver", ["ilp", "greedy", "auto"])
def test_every_selector_and_solver_keeps_the_budget(cluster_articles, selector: str, solver: str) -> None:
    config = Config(words=70, selector=selector, solver=solver)
    result = newsbrief.brief(cluster_articles, config)
    assert result.summary
    assert result.words <= 70


def test_reference_overlap_is_a_precision_between_zero_and_one() -> None:
    reference = "A storm destroyed the Fenwick footbridge on Tuesday night."
    assert reference_overlap(reference, reference) == pytest.approx(1.0)
    assert reference_overlap("Completely unrelated words here.", reference) == 0.0
    partial = reference_overlap("The storm destroyed a shed.", reference)
    assert 0.0 < partial < 1.0


def test_training_writes_a_model_and_card_and_is_reproducible(dataset: Path, tmp_path: Path) -> None:
    pytest.importorskip("lightgbm")
    first = tmp_path / "one" / "model.txt"
    second = tmp_path / "two" / "model.txt"
    card = train(dataset, first, jobs=1)
    train(dataset, second, jobs=1)
    assert first.read_bytes() == second.read_bytes()
    saved = json.loads(first.with_suffix(".json").read_text())
    assert saved["features"] == list(FEATURES)
    assert saved["trained_on"]["clusters"] == 3 and saved["trained_on"]["sentences"] > 0
    assert saved["hyperparameters"]["random_state"] == card["hyperparameters"]["random_state"]
    assert "lightgbm" in saved["versions"]
    load_model.cache_clear()
    config = replace(Config(words=60), selector_model=str(first))
    result = newsbrief.brief([Article(f"d{i}", t) for i, t in enumerate(json.loads(dataset.read_text().splitlines()[0])["documents"])], config)
    assert result.summary and result.words <= 60
    assert not any("unsupervised" in w for w in result.warnings)


def test_train_command_writes_model_and_reports_validation(dataset: Path, tmp_path: Path, capsys) -> None:
    pytest.importorskip("lightgbm")
    from newsbrief.cli import main

    out = tmp_path / "m.txt"
    code = main(["train", str(dataset), "--out", str(out), "--jobs", "1", "--validate", str(dataset)])
    printed = capsys.readouterr().out
    assert code == 0 and out.is_file()
    assert "model written to" in printed and "R-1" in printed
