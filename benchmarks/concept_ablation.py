#!/usr/bin/env python3
"""Feature-group ablation of the learned concept weights on Multi-News validation.

The concept model is trained exactly as ``scripts/train_concepts.py`` trains the
packaged one (same clusters, scorer, seed and hyper-parameters), once with all
features and once with each group of ``CONCEPT_FEATURE_GROUPS`` held at zero (a
constant column is never split on, so the group is out of the model). Each is
scored in the shipped pipeline on Multi-News validation (250 words, rouge-score
F1), beside the hand-set concept weights and the unsupervised selector.

    .venv/bin/python benchmarks/concept_ablation.py --cache /tmp/concepts.npz   # about 40 minutes on 2 cores
Prints a table and writes benchmarks/results/concept_ablation.json.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from dataclasses import replace
from pathlib import Path

import numpy as np

from newsbrief.config import Config
from newsbrief.evaluate.harness import evaluate
from newsbrief.training.concepts import (
    CONCEPT_FEATURE_GROUPS,
    concept_training_data,
    feature_names,
    fit_concepts,
    training_clusters,
)
from newsbrief.training.selector import train

from common import MULTINEWS as DATA, print_table, write_results


def labelled(args: argparse.Namespace) -> tuple[np.ndarray, np.ndarray, np.ndarray, int]:
    """The labelled concepts of train_concepts.py's clusters; the sentence scorer behind
    the score features is trained only when there is no cache to read them from."""
    clusters = training_clusters(DATA / "train.jsonl.gz", args.skip, args.heldout)
    if args.cache and args.cache.is_file():
        return concept_training_data(DATA / "train.jsonl.gz", args.skip, clusters, args.negative_share, cache=args.cache)
    with tempfile.TemporaryDirectory(prefix="newsbrief-scorer-") as tmp:
        scorer = str(Path(tmp) / "scorer.txt")
        train(DATA / "train.jsonl.gz", scorer, args.scorer_clusters, jobs=2)
        return concept_training_data(DATA / "train.jsonl.gz", args.skip, clusters, args.negative_share, scorer, args.cache)


def score(config: Config, limit: int | None) -> dict[str, float]:
    result = evaluate(DATA / "validation.jsonl.gz", "multinews", 250, ("newsbrief",), limit, config=config)[0]
    return {k: round(v, 2) for k, v in result.scores.items()} | {"clusters": result.clusters}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--skip", type=int, default=25000)
    parser.add_argument("--heldout", type=int, default=1000)
    parser.add_argument("--scorer-clusters", type=int, default=20000)
    parser.add_argument("--negative-share", type=float, default=0.5)
    parser.add_argument("--validation-limit", type=int, default=None)
    parser.add_argument("--cache", type=Path, default=None, help="keep the labelled concepts here (.npz) and reuse them")
    args = parser.parse_args()
    features, labels, weights, n_clusters = labelled(args)
    names = feature_names(features)
    rows = []
    with tempfile.TemporaryDirectory(prefix="newsbrief-ablation-") as tmp:
        for removed in (None, *CONCEPT_FEATURE_GROUPS):
            columns = [names.index(f) for f in CONCEPT_FEATURE_GROUPS.get(removed, ()) if f in names]
            matrix = features.copy()
            matrix[:, columns] = 0.0
            started = time.perf_counter()
            model = fit_concepts(matrix, labels, weights)
            path = Path(tmp) / f"without-{removed or 'nothing'}.txt"
            model.booster_.save_model(str(path))
            rows.append({"removed": removed or "(none: all features)", "features": len(names) - len(columns),
                         "fit_seconds": round(time.perf_counter() - started, 1),
                         "scores": score(replace(Config(), concept_model=str(path)), args.validation_limit)})
            print(rows[-1], flush=True)
    rows.append({"removed": "(all: hand-set concept weights)", "features": 0,
                 "scores": score(replace(Config(), concept_weighting="position"), args.validation_limit)})
    rows.append({"removed": "(all, and the sentence scorer: unsupervised)", "features": 0,
                 "scores": score(replace(Config(), selector="unsupervised"), args.validation_limit)})
    print(f"\nConcept model trained on {n_clusters} Multi-News training clusters; scored on {rows[0]['scores']['clusters']} validation clusters.")
    base = rows[0]["scores"]
    print_table(("concept features removed", "R-1", "R-2", "R-Lsum", "delta R-1", "delta R-2"),
                [(r["removed"], *(f"{r['scores'][m]:.2f}" for m in ("R-1", "R-2", "R-Lsum")),
                  f"{r['scores']['R-1'] - base['R-1']:+.2f}", f"{r['scores']['R-2'] - base['R-2']:+.2f}") for r in rows])
    write_results("concept_ablation", {"train_clusters": n_clusters, "groups": CONCEPT_FEATURE_GROUPS, "rows": rows})


if __name__ == "__main__":
    main()
