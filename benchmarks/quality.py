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
from pathlib import Path

from newsbrief.config import Config
from newsbrief.evaluate.harness import evaluate, format_table, results_to_json

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
SETS = {
    "duc2003": (DATA / "duc" / "duc2003.jsonl.gz", "duc", 100, ("lead", "lexrank", "textrank")),
    "duc2006": (DATA / "duc" / "duc2006.jsonl.gz", "duc", 250, ("lead",)),
    "duc2007": (DATA / "duc" / "duc2007_main.jsonl.gz", "duc", 250, ("lead",)),
    "multinews-validation": (DATA / "multinews" / "validation.jsonl.gz", "multinews", 250, ("lead",)),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", choices=sorted(SETS), action="append")
    parser.add_argument("--limit", type=int, default=None)
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
        for label, config in variants.items():
            row = evaluate(path, protocol, words, ("newsbrief",), args.limit, config=config)[0]
            results.append(replace(row, system=f"newsbrief ({label})"))
        results += evaluate(path, protocol, words, baselines, args.limit)
        print(f"\n{name}: {results[0].clusters} clusters, {words} words, {protocol} protocol, ROUGE {results[0].measure} x100")
        print(format_table(results))
        out = ROOT / "benchmarks" / "results" / f"quality-{name}.json"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(results_to_json(results, dataset=str(path), protocol=protocol, words=words) + "\n")


if __name__ == "__main__":
    main()
