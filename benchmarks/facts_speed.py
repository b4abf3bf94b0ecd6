"""Speed of the facts stage: clusters of ten articles (DUC 2003) and the whole
Multi-News validation split, in one process on this machine.

The spaCy model is loaded (and dateparser warmed) before timing, as in a
long-running process; the first DUC cluster is also reported cold, with both
paid inside its time, as a one-off command-line run pays them.

    .venv/bin/python benchmarks/facts_speed.py [--multinews-limit N]

Prints the timings and writes benchmarks/results/facts_speed.json.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

from newsbrief.facts import FactsConfig, extract_facts
from newsbrief.facts.nlp import _CACHE, load
from newsbrief.ingest import read_clusters
from newsbrief.pipeline import prepare
from newsbrief.split import split_articles

from common import SHARED, print_table, results_path, write_results

_COLD = """
import time
from newsbrief.ingest import read_clusters
from newsbrief.pipeline import prepare
from newsbrief.split import split_articles
cluster = next(c for c in read_clusters({path!r}) if hasattr(c, "articles"))
kept = list(prepare(cluster.articles)[0])
sentences = split_articles(kept)
start = time.perf_counter()
from newsbrief.facts import extract_facts
extract_facts(kept, sentences)
print(time.perf_counter() - start)
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=SHARED)
    parser.add_argument("--multinews-limit", type=int, default=None, help="clusters of Multi-News validation (all by default)")
    parser.add_argument("--out", type=Path, default=results_path("facts_speed"))
    args = parser.parse_args(argv)
    duc = args.shared / "data/duc/duc2003.jsonl.gz"
    multinews = args.shared / "data/multinews/validation.jsonl.gz"

    cold = float(subprocess.run([sys.executable, "-c", _COLD.format(path=str(duc))], capture_output=True, text=True,
                                check=True).stdout.strip())
    load(FactsConfig().model)
    import dateparser
    dateparser.parse("last month")

    ten = []
    for cluster in read_clusters(duc):
        kept = list(prepare(cluster.articles)[0])
        sentences = split_articles(kept)
        _CACHE.clear()
        start = time.perf_counter()
        extract_facts(kept, sentences)
        ten.append((cluster.id, len(kept), sum(s.words for s in sentences), time.perf_counter() - start))
    times = [t for *_, t in ten]
    print(f"DUC 2003, {len(ten)} clusters of ~10 articles ({statistics.mean(w for _, _, w, _ in ten):.0f} words): "
          f"mean {statistics.mean(times):.2f} s, max {max(times):.2f} s; first cluster cold (model load included) {cold:.2f} s")

    _CACHE.clear()
    started = time.perf_counter()
    facts_seconds = 0.0
    clusters = words = 0
    for cluster in read_clusters(multinews, limit=args.multinews_limit):
        if not hasattr(cluster, "articles"):
            continue
        kept = list(prepare(cluster.articles)[0])
        sentences = split_articles(kept)
        start = time.perf_counter()
        extract_facts(kept, sentences)
        facts_seconds += time.perf_counter() - start
        clusters += 1
        words += sum(s.words for s in sentences)
    total = time.perf_counter() - started
    print(f"Multi-News validation: {clusters} clusters, {words:,} words: facts {facts_seconds:.0f} s "
          f"({facts_seconds / max(1, clusters):.3f} s a cluster); with cleaning and splitting {total:.0f} s")
    print_table(("run", "clusters", "facts s", "s a cluster (mean)", "s a cluster (max)"), [
        ("DUC 2003, spaCy loaded before", len(ten), f"{sum(times):.1f}", f"{statistics.mean(times):.2f}", f"{max(times):.2f}"),
        ("DUC 2003, first cluster cold", 1, f"{cold:.2f}", f"{cold:.2f}", f"{cold:.2f}"),
        ("Multi-News validation", clusters, f"{facts_seconds:.0f}", f"{facts_seconds / max(1, clusters):.3f}", ""),
    ])
    write_results(args.out, {
        "duc2003_ten_article_clusters": {"mean_seconds": statistics.mean(times), "max_seconds": max(times),
                                         "cold_first_cluster_seconds": cold,
                                         "clusters": [{"id": i, "articles": n, "words": w, "seconds": t} for i, n, w, t in ten]},
        "multinews_validation": {"clusters": clusters, "words": words, "facts_seconds": facts_seconds, "total_seconds": total},
    }, indent=1)
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
