#!/usr/bin/env python3
"""ROUGE of newsbrief (learned and unsupervised selectors) and baselines, by the
protocols of BENCHMARKS.md, on DUC 2003 (100 words), DUC 2006/2007 (250 words,
untouched checks) and Multi-News validation (250 words).

    .venv/bin/python benchmarks/quality.py              # everything (about 10 minutes on 2 cores)
    .venv/bin/python benchmarks/quality.py --only duc2003
Writes benchmarks/results/quality-<set>.json per set; prints one table per set.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace

from newsbrief.config import Config
from newsbrief.evaluate.harness import evaluate, results_to_json

from common import DUC2003, DUC2006, DUC2007_MAIN, MULTINEWS_VALIDATION, print_table, write_results

SETS = {
    "duc2003": (DUC2003, "duc", 100, ("lead", "lexrank", "textrank")),
    "duc2006": (DUC2006, "duc", 250, ("lead",)),
    "duc2007": (DUC2007_MAIN, "duc", 250, ("lead",)),
    "multinews-validation": (MULTINEWS_VALIDATION, "multinews", 250, ("lead",)),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", choices=sorted(SETS), action="append")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--default-only", action="store_true",
                        help="only newsbrief with its default settings, no variants or baselines; "
                             "writes quality-<set>-default.json")
    args = parser.parse_args()
    for name in args.only or SETS:
        path, protocol, words, baselines = SETS[name]
        if not path.is_file():
            print(f"{name}: {path} not found, skipped", file=sys.stderr)
            continue
        results = []
        variants = {
            "learned": Config(),  # the default: learned concept weights and learned sentence values
            "learned values, hand-set concepts": Config(concept_weighting="position"),
            "unsupervised": Config(selector="unsupervised"),
        }
        if args.default_only:
            variants = {"learned": Config()}
        for label, config in variants.items():
            row = evaluate(path, protocol, words, ("newsbrief",), args.limit, config=config)[0]
            results.append(replace(row, system=f"newsbrief ({label})"))
        if not args.default_only:
            results += evaluate(path, protocol, words, baselines, args.limit)
        print(f"\n{name}: {results[0].clusters} clusters, {words} words, {protocol} protocol, ROUGE {results[0].measure} x100")
        metrics = list(results[0].scores)
        print_table(("system", *metrics, "clusters", "wall s", "clusters/s"),
                    [(r.system, *(f"{r.scores[m]:.2f}" for m in metrics), r.clusters, f"{r.seconds:.1f}",
                      f"{r.clusters_per_second:.1f}") for r in results])
        write_results(f"quality-{name}{'-default' if args.default_only else ''}", json.loads(results_to_json(results, dataset=str(path), protocol=protocol, words=words)))


if __name__ == "__main__":
    main()
