#!/usr/bin/env python3
"""Train the learned concept weights (RegSum-style) on Multi-News *train* clusters.

Every concept of a cluster (stemmed bigram, and content-word unigram) gets the
features of ``newsbrief.represent.concepts.CONCEPT_FEATURES``; its label is
whether the first reference summary contains it (stemmed the same way). A seeded,
single-threaded LightGBM binary classifier is fitted on them.

Clusters are taken from ``--skip`` onwards (default 25,000), past the training
articles the shipped background document frequencies were counted on; the last
``--heldout`` (1,000) of the file are kept back to report AUC. Three features are
the learned sentence scores of the sentences holding the concept: so that they
are not in-sample, a sentence scorer is first trained on the first
``--scorer-clusters`` (20,000) clusters alone and used for them (at run time the
packaged scorer gives those features).

    .venv/bin/python scripts/train_concepts.py      # the packaged model (about 10 minutes on 2 cores)
    .venv/bin/python scripts/train_concepts.py --clusters 2000 --scorer-clusters 2000 --out /tmp/c.txt
"""

from __future__ import annotations

import argparse
import itertools
import json
import platform
import time
from datetime import datetime, timezone
from pathlib import Path

import numpy as np

from newsbrief.ingest.datasets import open_text, parse_line
from newsbrief.represent.concepts import CONCEPT_FEATURES
from newsbrief.training.concepts import (
    HYPERPARAMETERS,
    concept_training_data,
    feature_names,
    fit_concepts,
    label_concepts,
    training_clusters,
)

ROOT = Path(__file__).resolve().parents[1]
TRAIN = ROOT.parent / "shared" / "data" / "multinews" / "train.jsonl.gz"
OUT = ROOT / "src" / "newsbrief" / "models" / "concepts.txt"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=TRAIN)
    parser.add_argument("--skip", type=int, default=25000)
    parser.add_argument("--clusters", type=int, default=None, help="training clusters (default: all but the held-out ones)")
    parser.add_argument("--negative-share", type=float, default=0.5)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--scorer-clusters", type=int, default=20000,
                        help="train the sentence scorer behind SCORE_FEATURES on this many first clusters (0: no SCORE_FEATURES)")
    parser.add_argument("--heldout", type=int, default=1000, help="train clusters after the training ones to report AUC on")
    parser.add_argument("--cache", type=Path, default=None, help="keep the labelled matrix here (.npz) and reuse it")
    args = parser.parse_args()
    if args.clusters is None:
        args.clusters = training_clusters(args.data, args.skip, args.heldout)
    args.selector = None
    if args.scorer_clusters:
        import tempfile

        from newsbrief.training.selector import train

        scorer_dir = tempfile.TemporaryDirectory(prefix="newsbrief-scorer-")  # removed when main returns
        args.selector = str(Path(scorer_dir.name) / "scorer.txt")
        train(args.data, args.selector, args.scorer_clusters, jobs=2)
    started = time.perf_counter()
    features, labels, weights, n_clusters = concept_training_data(
        args.data, args.skip, args.clusters, args.negative_share, args.selector, args.cache)
    labelled = time.perf_counter()
    import lightgbm
    import sklearn

    model = fit_concepts(features, labels, weights)
    names = feature_names(features)
    fitted = time.perf_counter()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    model.booster_.save_model(str(args.out))
    gain = model.booster_.feature_importance("gain")
    card = {
        "model": args.out.name,
        "trained_on": {"dataset": str(args.data.relative_to(ROOT.parent)) if args.data.is_relative_to(ROOT.parent) else str(args.data), "skip": args.skip, "clusters": n_clusters,
                       "concepts": int(len(labels)), "positives": int(labels.sum()),
                       "negative_share": args.negative_share},
        "label": "the stemmed concept (bigram, or unigram) occurs in the first reference summary",
        "features": list(names),
        "score_features_from": f"a sentence scorer trained on the first {args.scorer_clusters} clusters" if args.selector else None,
        "feature_gain": {name: round(float(g), 1) for name, g in sorted(zip(names, gain), key=lambda kv: -kv[1])},
        "hyperparameters": HYPERPARAMETERS,
        "labelling_seconds": round(labelled - started, 1),
        "fitting_seconds": round(fitted - labelled, 1),
        "size_bytes": args.out.stat().st_size,
        "date": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "versions": {"python": platform.python_version(), "lightgbm": lightgbm.__version__,
                     "numpy": np.__version__, "scikit-learn": sklearn.__version__},
    }
    if args.heldout:
        # held-out Multi-News *train* clusters right after the training ones, all concepts kept
        from sklearn.metrics import log_loss, roc_auc_score

        with open_text(args.data) as handle:
            start = args.skip + args.clusters
            lines = list(itertools.islice(handle, start, start + args.heldout))
        parts = [label_concepts(parse_line(raw, start + i + 1), 1.0, i, args.selector) for i, raw in enumerate(lines)]
        parts = [p for p in parts if p is not None]
        x, y = np.vstack([p[0] for p in parts]), np.concatenate([p[1] for p in parts])
        bigram = x[:, CONCEPT_FEATURES.index("is_unigram")] == 0
        probability = model.booster_.predict(x, num_threads=1)
        card["heldout"] = {
            "clusters": len(parts), "concepts": int(len(y)), "positive_rate": round(float(y.mean()), 4),
            "auc": round(float(roc_auc_score(y, probability)), 4),
            "auc_bigrams": round(float(roc_auc_score(y[bigram], probability[bigram])), 4),
            "auc_hand_weight_bigrams": round(float(roc_auc_score(y[bigram], x[bigram, CONCEPT_FEATURES.index("discount_sum")])), 4),
            "log_loss": round(float(log_loss(y, probability)), 4),
        }
    args.out.with_suffix(".json").write_text(json.dumps(card, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(card, indent=2))


if __name__ == "__main__":
    main()
