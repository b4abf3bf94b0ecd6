#!/usr/bin/env python3
"""How story finding grows with the feed: 10k, 30k and 100k articles (and the
Multi-News validation pool, 15,317 articles, whose clustering and briefing must
take under 2 minutes).

Feeds are Multi-News *training* documents pooled from as many clusters as needed
and shuffled (seed 0), cut to N articles: real, distinct articles, no copies.
Each size runs ``newsbrief stories`` in a fresh process on both cores; clustering
time (feed read, terms, LSH, linking) is what the command reports, the rest of
the wall time is briefing every story. Peak memory is the largest process's RSS.

    .venv/bin/python benchmarks/stories_scale.py                 # writes benchmarks/results/stories_scale.json
    .venv/bin/python benchmarks/stories_scale.py --sizes 10000 --no-brief
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from newsbrief.evaluate.pools import pool, write_feed

from common import MULTINEWS_TRAIN as TRAIN, MULTINEWS_VALIDATION as VALIDATION, print_table, write_results

NEWSBRIEF = str(Path(sys.executable).with_name("newsbrief"))
CLUSTER_ONLY = r"""
import json, resource, sys, time
from newsbrief import batch
from newsbrief.stories import find_stories, read_feed
from newsbrief.stories.signatures import article_terms
started = time.perf_counter()
feed = read_feed(sys.argv[1])
terms = list(batch.map_items(feed.articles, article_terms))
stories = find_stories(feed.articles, None, terms)
print(json.dumps({"seconds": time.perf_counter() - started, "stories": len(stories),
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


PEAK = r"""
import resource, subprocess, sys
done = subprocess.run(sys.argv[1:], capture_output=True, text=True, check=True)
sys.stdout.write(done.stdout); sys.stderr.write(done.stderr)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)
"""


def run(command: list[str]) -> tuple[float, float, str, str]:
    """Wall seconds, peak RSS of the largest process it ran (MB), stdout, stderr."""
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", PEAK, *command], capture_output=True, text=True, check=True)
    seconds = time.perf_counter() - started
    *out, peak = done.stdout.strip().splitlines()
    return seconds, float(peak), "\n".join(out), done.stderr


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,30000,100000")
    parser.add_argument("--no-brief", action="store_true", help="clustering only")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    articles, _ = pool([TRAIN], seed=0, limit=int(max(sizes) / 2.6) + 2000)
    feeds = [("multinews-validation pool", pool([VALIDATION], seed=0)[0])]
    feeds += [("multinews-train", articles[:n]) for n in sizes]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, chosen in feeds:
            n = len(chosen)
            feed = write_feed(chosen, Path(tmp) / f"feed-{n}.jsonl")
            # Cluster only, in its own process (the peak of clustering alone).
            _, _, out, _ = run([sys.executable, "-c", CLUSTER_ONLY, str(feed)])
            cluster = json.loads(out.strip().splitlines()[-1])
            row = {"feed": name, "articles": n, "stories": cluster["stories"], "cluster_seconds": round(cluster["seconds"], 1),
                   "cluster_peak_mb": round(cluster["peak_mb"])}
            if not args.no_brief:
                seconds, peak, _, err = run([NEWSBRIEF, "stories", str(feed), "--out", str(Path(tmp) / "out.jsonl"), "--no-facts", "--quiet"])
                row.update({"total_seconds": round(seconds, 1), "total_peak_mb": round(peak),
                            "reported": re.findall(r"clustered in .*? s, briefed in .*? s", err)[0]})
            rows.append(row)
            print(json.dumps(row), flush=True)
    print_table(("feed", "articles", "stories", "cluster s", "cluster s per 1k articles", "cluster peak MB",
                 "cluster + brief s", "peak MB (largest process)"),
                [(r["feed"], r["articles"], r["stories"], r["cluster_seconds"], f"{1000 * r['cluster_seconds'] / r['articles']:.2f}",
                  r["cluster_peak_mb"], r.get("total_seconds", ""), r.get("total_peak_mb", "")) for r in rows])
    write_results("stories_scale", rows)


if __name__ == "__main__":
    main()
