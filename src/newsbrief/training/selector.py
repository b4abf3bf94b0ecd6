"""Train the sentence scorer from clusters with reference summaries.

Supervision comes from the references themselves: a sentence's label is the
mean of its unigram and bigram precision against the reference (stemmed), i.e.
how much of the sentence a human summary also says. Coverage and redundancy
are left to the optimiser, so the model only has to learn what is worth saying.
"""

from __future__ import annotations

import json
import multiprocessing
import platform
import time
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from pathlib import Path

import numpy as np

from newsbrief.config import Config
from newsbrief.ingest.datasets import Cluster, read_clusters
from newsbrief.model import Article, Sentence
from newsbrief.pipeline import prepare
from newsbrief.represent import represent
from newsbrief.represent.features import FEATURES, sentence_features
from newsbrief.split import split_articles, stems
from newsbrief.summarize.candidates import eligible

HYPERPARAMETERS = {
    "objective": "regression",
    "n_estimators": 300,
    "learning_rate": 0.05,
    "num_leaves": 31,
    "min_child_samples": 50,
    "subsample": 0.8,
    "subsample_freq": 1,
    "colsample_bytree": 0.8,
    "random_state": 13,
    "deterministic": True,
    "force_row_wise": True,
    "n_jobs": 1,
    "verbose": -1,
}


@dataclass(frozen=True)
class LabelledCluster:
    features: np.ndarray
    labels: np.ndarray


def reference_overlap(sentence: str, reference: str) -> float:
    """Mean of unigram and bigram precision of ``sentence`` against ``reference`` (stemmed)."""
    reference_stems = stems(reference)
    unigrams, bigrams = set(reference_stems), set(zip(reference_stems, reference_stems[1:]))
    own = stems(sentence)
    if not own:
        return 0.0
    p1 = sum(token in unigrams for token in own) / len(own)
    pairs = list(zip(own, own[1:]))
    p2 = sum(pair in bigrams for pair in pairs) / len(pairs) if pairs else 0.0
    return 0.5 * (p1 + p2)


def prepared(cluster: Cluster) -> tuple[list[Article], list[Sentence]] | None:
    """A training cluster's cleaned articles and their sentences; None when it has
    no reference summary or no sentence."""
    if not cluster.summaries:
        return None
    articles, _, _ = prepare(cluster.articles)
    sentences = split_articles(articles)
    return (list(articles), sentences) if sentences else None


def label_cluster(cluster: Cluster) -> LabelledCluster | None:
    """Features and labels of the selectable sentences of one cluster."""
    config = Config()
    found = prepared(cluster)
    if found is None:
        return None
    articles, sentences = found
    representation = represent(sentences, len(articles), config)
    matrix = sentence_features(sentences, representation, len(articles))
    keep = [i for i, s in enumerate(sentences) if eligible(s, config)]
    if not keep:
        return None
    reference = cluster.summaries[0]
    labels = np.array([reference_overlap(sentences[i].text, reference) for i in keep])
    return LabelledCluster(matrix[keep], labels)


def labelled_data(path: str | Path, limit: int | None, jobs: int = 2) -> tuple[np.ndarray, np.ndarray, int]:
    """Stacked features and labels of the first ``limit`` clusters of a dataset."""
    clusters = [c for c in read_clusters(path, limit) if isinstance(c, Cluster)]
    context = multiprocessing.get_context("fork")
    with context.Pool(jobs) as pool:
        labelled = [item for item in pool.imap(label_cluster, clusters, chunksize=64) if item is not None]
    features = np.vstack([item.features for item in labelled])
    labels = np.concatenate([item.labels for item in labelled])
    return features, labels, len(clusters)


def fit(features: np.ndarray, labels: np.ndarray, feature_names: tuple[str, ...] = FEATURES):
    """A LightGBM regressor on the given columns, seeded and single-threaded (reproducible)."""
    import lightgbm

    model = lightgbm.LGBMRegressor(**HYPERPARAMETERS)
    model.fit(features, labels, feature_name=list(feature_names))
    return model


def train(
    data: str | Path,
    out: str | Path,
    limit: int | None = None,
    jobs: int = 2,
    validation: list[tuple[str, str, int]] | None = None,
) -> dict:
    """Train on ``data``, write ``out`` (LightGBM text model) and its card
    (``out`` with .json): data, features, hyper-parameters, validation scores,
    date and library versions. ``validation`` lists (dataset, protocol, words)."""
    import lightgbm
    import sklearn

    started = time.perf_counter()
    features, labels, n_clusters = labelled_data(data, limit, jobs)
    model = fit(features, labels)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    model.booster_.save_model(str(out))
    gain = model.booster_.feature_importance("gain")
    card = {
        "model": out.name,
        "trained_on": {"dataset": str(data), "clusters": n_clusters, "sentences": int(len(labels))},
        "label": "mean of stemmed unigram and bigram precision of the sentence against the first reference",
        "features": list(FEATURES),
        "feature_gain": {name: round(float(g), 1) for name, g in zip(FEATURES, gain)},
        "hyperparameters": HYPERPARAMETERS,
        "training_seconds": round(time.perf_counter() - started, 1),
        "size_bytes": out.stat().st_size,
        "date": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "versions": {
            "python": platform.python_version(),
            "lightgbm": lightgbm.__version__,
            "numpy": np.__version__,
            "scikit-learn": sklearn.__version__,
        },
        "validation": [],
    }
    out.with_suffix(".json").write_text(json.dumps(card, indent=2) + "\n", encoding="utf-8")
    if validation:
        from newsbrief.evaluate.harness import evaluate
        from newsbrief.summarize.learned import load_model

        load_model.cache_clear()
        for dataset, protocol, words in validation:
            config = replace(Config(), selector="learned", selector_model=str(out))
            result = evaluate(dataset, protocol, words, ("newsbrief",), jobs=jobs, config=config)[0]
            card["validation"].append(
                {"dataset": dataset, "protocol": protocol, "words": words, "clusters": result.clusters,
                 "measure": result.measure, "scores": {k: round(v, 2) for k, v in result.scores.items()}}
            )
        out.with_suffix(".json").write_text(json.dumps(card, indent=2) + "\n", encoding="utf-8")
    return card
