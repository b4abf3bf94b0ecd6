#!/usr/bin/env python3
"""How brief time and memory grow with cluster size: 10, 100 and 1,000 articles,
summary only and with the facts stage (entities, disagreements, timeline, quotes).

The articles are all documents of DUC 2006 and DUC 2007 (main task) pooled as
one cluster (1,250 articles), cut to the first N. Each size runs in a fresh
process so that its peak memory is its own.

    .venv/bin/python benchmarks/scale.py            # prints a table, writes benchmarks/results/scale.json
"""

from __future__ import annotations

import json
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
n, words, facts, paths = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3] == "facts", sys.argv[4:]
articles = [a for p in paths for c in read_clusters(p) if isinstance(c, Cluster) for a in c.articles][:n]
started = time.perf_counter()
result = brief(articles, Config(words=words), with_facts=facts)
seconds = time.perf_counter() - started
sentences = sum(1 for _ in split_articles(result.articles))
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"articles": len(articles), "sentences": sentences, "facts": facts, "seconds": round(seconds, 2),
                  "peak_mb": round(peak, 1), "summary_words": result.words}))
"""


def main() -> None:
    paths = [str(DUC2006), str(DUC2007_MAIN)]
    if not all(Path(p).is_file() for p in paths):
        sys.exit(f"needs {paths[0]} and {paths[1]} (the shared data)")
    rows = []
    for facts in ("summary", "facts"):
        for n in SIZES:
            out = subprocess.run([sys.executable, "-c", CHILD, str(n), "250", facts, *paths],
                                 capture_output=True, text=True, check=True)
            rows.append(json.loads(out.stdout.strip().splitlines()[-1]))
    print_table(("articles", "sentences", "facts", "brief s", "s per 1k sentences", "peak MB"),
                [(r["articles"], r["sentences"], "yes" if r["facts"] else "no", f"{r['seconds']:.2f}",
                  f"{1000 * r['seconds'] / r['sentences']:.2f}", f"{r['peak_mb']:.0f}") for r in rows])
    write_results("scale", rows)


if __name__ == "__main__":
    main()
