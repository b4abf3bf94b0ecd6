#!/usr/bin/env python3
"""Repeats judged by meaning (issue 14): ROUGE and repeated pairs in the summaries,
with word-overlap redundancy alone and with the embedding threshold at each value given.

A repeated pair is two sentences of one summary whose static sentence embeddings
(the shipped static-minilm) have cosine >= ``--repeat-cosine`` (0.8). Sets:
``heldout`` is the last 1,000 clusters of Multi-News *train* (the clusters
scripts/train_concepts.py holds back, never trained on), the one to tune on;
``duc2003`` (100 words) and ``multinews-validation`` (150 words by default here)
are the guarded sets; DUC 2006/2007 the untouched check.

    .venv/bin/python benchmarks/redundancy.py --set heldout --thresholds 0.85,0.9,0.95
    .venv/bin/python benchmarks/redundancy.py --set duc2003 --thresholds 0.9
    .venv/bin/python benchmarks/redundancy.py --set heldout --thresholds 0.8 --penalties 0.3,0.6 --repeat-cosine 0.6
Prints a table per set and writes benchmarks/results/redundancy-<set>.json.
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import sys
import tempfile
import time
from dataclasses import replace
from functools import partial
from pathlib import Path

import numpy as np

from newsbrief.batch import map_lines
from newsbrief.config import Config
from newsbrief.evaluate.harness import _summarize_line
from newsbrief.evaluate.rouge import score
from newsbrief.represent.embeddings import embed

from common import DUC2003, DUC2006, DUC2007_MAIN, MULTINEWS_TRAIN, MULTINEWS_VALIDATION, print_table, write_results

SETS = {
    "heldout": (MULTINEWS_TRAIN, "multinews", 250),
    "duc2003": (DUC2003, "duc", 100),
    "duc2006": (DUC2006, "duc", 250),
    "duc2007": (DUC2007_MAIN, "duc", 250),
    "multinews-validation": (MULTINEWS_VALIDATION, "multinews", 150),
}
HELDOUT = 1000


def heldout_file(folder: str) -> Path:
    """The last HELDOUT lines of Multi-News train, as a file of their own."""
    with gzip.open(MULTINEWS_TRAIN, "rt", encoding="utf-8") as handle:
        total = sum(1 for _ in handle)
    path = Path(folder) / "heldout.jsonl"
    with gzip.open(MULTINEWS_TRAIN, "rt", encoding="utf-8") as handle, open(path, "w", encoding="utf-8") as out:
        out.writelines(itertools.islice(handle, total - HELDOUT, total))
    return path


def repeated_pairs(summary: str, cosine: float) -> int:
    """Pairs of the summary's sentences (one a line) at least ``cosine`` alike in meaning."""
    lines = [line for line in summary.split("\n") if line.strip()]
    if len(lines) < 2:
        return 0
    vectors = embed(lines)
    return int(np.count_nonzero(np.triu(vectors @ vectors.T, k=1) >= cosine))


def run(path: Path, protocol: str, words: int, config: Config, limit: int | None, cosine: float) -> dict:
    started = time.perf_counter()
    worker = partial(_summarize_line, "newsbrief", protocol, words, config.with_words(words))
    rows = [record for _, record, _ in map_lines(path, worker, None, limit) if record]
    seconds = time.perf_counter() - started
    scores = score(protocol, [r["summary"] for r in rows], [r["references"] for r in rows], words)
    repeats = [repeated_pairs(r["summary"], cosine) for r in rows]
    return {"clusters": len(rows), "scores": {k: round(v, 2) for k, v in scores.values.items()},
            "repeated_pairs": int(sum(repeats)), "summaries_with_a_repeat": int(sum(1 for r in repeats if r)),
            "seconds": round(seconds, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--set", choices=sorted(SETS), action="append", required=True)
    parser.add_argument("--thresholds", default="0.9", help="comma-separated meaning thresholds to try beside 'off'")
    parser.add_argument("--words", type=int, default=None, help="budget instead of the set's own")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--repeat-cosine", type=float, default=0.8)
    parser.add_argument("--penalties", default="",
                        help="comma-separated alike penalties (summarize.alike) to try at the default threshold")
    args = parser.parse_args()
    thresholds = [float(t) for t in args.thresholds.split(",") if t.strip()]
    penalties = [float(p) for p in args.penalties.split(",") if p.strip()]
    with tempfile.TemporaryDirectory() as tmp:
        for name in args.set:
            path, protocol, words = SETS[name]
            words = args.words or words
            if name == "heldout":
                path = heldout_file(tmp)
            variants = {"off": replace(Config(), meaning_redundancy=False)}
            variants.update({f"{t:g}": replace(Config(), meaning_redundancy=True, meaning_threshold=t) for t in thresholds})
            variants.update({f"{Config().meaning_threshold:g}, alike {p:g}": replace(Config(), meaning_redundancy=True,
                             alike_penalty=p) for p in penalties})
            results = {}
            for label, config in variants.items():
                results[label] = run(path, protocol, words, config, args.limit, args.repeat_cosine)
                print(f"{name} {label}: {results[label]}", file=sys.stderr, flush=True)
            first = next(iter(results.values()))
            metrics = list(first["scores"])
            print(f"\n{name}: {first['clusters']} clusters, {words} words, {protocol} protocol; "
                  f"repeats = summary pairs with embedding cosine >= {args.repeat_cosine}")
            print_table(("meaning threshold", *metrics, "repeated pairs", "summaries with one", "wall s"),
                        [(label, *(f"{r['scores'][m]:.2f}" for m in metrics), r["repeated_pairs"],
                          r["summaries_with_a_repeat"], r["seconds"]) for label, r in results.items()])
            write_results(f"redundancy-{name}" + (f"-{words}" if args.words else "") + ("-alike" if penalties else ""),
                          {"set": name, "words": words, "protocol": protocol, "repeat_cosine": args.repeat_cosine,
                           "limit": args.limit, "results": results})


if __name__ == "__main__":
    main()
