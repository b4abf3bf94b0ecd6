#!/usr/bin/env python3
"""Feature-group ablation of the learned scorer on Multi-News validation.

Features of the first N Multi-News training clusters are computed once; a model
is trained with all features and with each group left out in turn (same
hyper-parameters as the shipped model), and each is scored on Multi-News
validation (250 words, rouge-score F1). Concept weights are the hand-set ones
here: the learned concept weights read the packaged scorer's values, so they
would not fit a scorer trained without some of its features.

    .venv/bin/python benchmarks/ablation.py --train-limit 10000
Prints a table and writes benchmarks/results/ablation.json.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from dataclasses import replace
from pathlib import Path

from newsbrief.config import Config
from newsbrief.evaluate.harness import evaluate
from newsbrief.represent.features import FEATURE_GROUPS, FEATURES
from newsbrief.summarize.learned import load_model
from newsbrief.training.selector import fit, labelled_data

from common import MULTINEWS as DATA, print_table, write_results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--train-limit", type=int, default=10000)
    parser.add_argument("--validation-limit", type=int, default=None)
    args = parser.parse_args()
    features, labels, n_clusters = labelled_data(DATA / "train.jsonl.gz", args.train_limit)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for removed in (None, *FEATURE_GROUPS):
            names = tuple(f for f in FEATURES if removed is None or f not in FEATURE_GROUPS[removed])
            columns = [FEATURES.index(f) for f in names]
            model = fit(features[:, columns], labels, names)
            path = Path(tmp) / f"without-{removed or 'nothing'}.txt"
            model.booster_.save_model(str(path))
            path.with_suffix(".json").write_text(json.dumps({"features": list(names)}))
            load_model.cache_clear()
            config = replace(Config(), selector_model=str(path), concept_weighting="position")
            result = evaluate(DATA / "validation.jsonl.gz", "multinews", 250, ("newsbrief",), args.validation_limit, config=config)[0]
            rows.append({"removed": removed or "(none: all features)", "features": len(names),
                         "scores": {k: round(v, 2) for k, v in result.scores.items()}, "clusters": result.clusters})
            print(rows[-1], flush=True)
    unsupervised = evaluate(DATA / "validation.jsonl.gz", "multinews", 250, ("newsbrief",), args.validation_limit,
                            config=replace(Config(), selector="unsupervised"))[0]
    rows.append({"removed": "(all: unsupervised selector)", "features": 0,
                 "scores": {k: round(v, 2) for k, v in unsupervised.scores.items()}, "clusters": unsupervised.clusters})
    print(f"\nTrained on the first {n_clusters} Multi-News training clusters; scored on {rows[0]['clusters']} validation clusters.")
    base = rows[0]["scores"]["R-2"]
    print_table(("features removed", "R-1", "R-2", "R-Lsum", "delta R-2"),
                [(r["removed"], f"{r['scores']['R-1']:.2f}", f"{r['scores']['R-2']:.2f}", f"{r['scores']['R-Lsum']:.2f}",
                  f"{r['scores']['R-2'] - base:+.2f}") for r in rows])
    write_results("ablation", {"train_clusters": n_clusters, "groups": FEATURE_GROUPS, "rows": rows})


if __name__ == "__main__":
    main()
