#!/usr/bin/env python3
"""How brief time and memory grow with cluster size: 10, 100 and 1,000 articles,
summary only and with the facts stage (entities, disagreements, timeline, quotes).

The articles are all documents of DUC 2006 and DUC 2007 (main task) pooled as
one cluster (1,250 articles), cut to the first N. Each size runs in a fresh
process so that its peak memory is its own. Beside wall seconds each row has the
CPU seconds of the brief (user + system, its own process and any it started, such
as spaCy's for large clusters): on a machine shared with other work that is the
steadier figure. ``--src`` runs another tree's src folder (a before/after pair).

    .venv/bin/python benchmarks/scale.py [--sizes 10 100 1000] [--src SRC] [--out FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

from common import DUC2006, DUC2007_MAIN, print_table, write_results

SIZES = (10, 100, 1000)

CHILD = r"""
import json, resource, sys, time
from newsbrief.config import Config
from newsbrief.ingest.datasets import Cluster, read_clusters
from newsbrief.pipeline import brief
from newsbrief.split import split_articles
def cpu():
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime
n, words, facts, paths = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3] == "facts", sys.argv[4:]
articles = [a for p in paths for c in read_clusters(p) if isinstance(c, Cluster) for a in c.articles][:n]
started, cpu_started = time.perf_counter(), cpu()
result = brief(articles, Config(words=words), with_facts=facts)
seconds, cpu_seconds = time.perf_counter() - started, cpu() - cpu_started
sentences = sum(1 for _ in split_articles(result.articles))
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"articles": len(articles), "sentences": sentences, "facts": facts, "seconds": round(seconds, 2),
                  "cpu_seconds": round(cpu_seconds, 2), "peak_mb": round(peak, 1), "summary_words": result.words}))
"""


def duc_pool() -> list[str]:
    """The DUC 2006 and DUC 2007 main files whose articles are pooled (exits when the shared data is missing)."""
    paths = [str(DUC2006), str(DUC2007_MAIN)]
    if not all(Path(p).is_file() for p in paths):
        sys.exit(f"needs {paths[0]} and {paths[1]} (the shared data)")
    return paths


def tree_env(src: Path | None) -> dict[str, str]:
    """The environment of a child run: this tree, or ``src`` first on the path."""
    return dict(os.environ, **({"PYTHONPATH": str(src)} if src else {}))


def add_tree_options(parser: argparse.ArgumentParser, results: str) -> None:
    """``--src`` (another tree to run) and ``--out`` (default ``benchmarks/results/RESULTS.json``)."""
    parser.add_argument("--src", type=Path, default=None, help="another tree's src folder to run instead of this one")
    parser.add_argument("--out", default=results, help=f"results name or path (default benchmarks/results/{results}.json)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
    parser.add_argument("--modes", nargs="+", choices=("summary", "facts"), default=["summary", "facts"])
    add_tree_options(parser, "scale")
    args = parser.parse_args()
    paths, env = duc_pool(), tree_env(args.src)
    rows = []
    for facts in args.modes:
        for n in args.sizes:
            out = subprocess.run([sys.executable, "-c", CHILD, str(n), "250", facts, *paths],
                                 capture_output=True, text=True, check=True, env=env)
            rows.append(json.loads(out.stdout.strip().splitlines()[-1]))
    print_table(("articles", "sentences", "facts", "brief s", "CPU s", "s per 1k sentences", "peak MB"),
                [(r["articles"], r["sentences"], "yes" if r["facts"] else "no", f"{r['seconds']:.2f}",
                  f"{r['cpu_seconds']:.2f}", f"{1000 * r['seconds'] / r['sentences']:.2f}", f"{r['peak_mb']:.0f}")
                 for r in rows])
    write_results(args.out, rows)


if __name__ == "__main__":
    main()
