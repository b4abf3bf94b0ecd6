#!/usr/bin/env python3
"""Does an incremental ``StoryIndex.add`` stay cheap as the index grows?

Multi-News training documents (pooled, shuffled with seed 0) arrive in batches
of ``--batch`` articles; the table gives the seconds each batch's ``add`` took
(terms are computed beforehand, on both cores, and not counted) at several
points of the run. Flat times mean a batch costs in proportion to its own size,
not to everything indexed before it.

    .venv/bin/python benchmarks/stories_incremental.py [--articles 50000] [--batch 1000]
Writes benchmarks/results/stories_incremental.json.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from newsbrief import batch
from newsbrief.evaluate.pools import pool
from newsbrief.stories.cluster import StoryIndex
from newsbrief.stories.signatures import article_terms

from common import MULTINEWS_TRAIN as TRAIN, print_table, results_path, write_results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=50_000)
    parser.add_argument("--batch", type=int, default=1000)
    parser.add_argument("--out", type=Path, default=results_path("stories_incremental"))
    args = parser.parse_args()
    # Multi-News clusters hold about 2.7 articles: read enough clusters for the count.
    articles, _ = pool([TRAIN], seed=0, limit=args.articles // 2 + 1000)
    articles = articles[: args.articles]
    terms = list(batch.map_items(articles, article_terms))
    index = StoryIndex()
    rows = []
    for begin in range(0, len(articles), args.batch):
        started = time.perf_counter()
        index.add(articles[begin:begin + args.batch], terms[begin:begin + args.batch])
        rows.append({"indexed_before": begin, "batch": len(articles[begin:begin + args.batch]),
                     "seconds": round(time.perf_counter() - started, 3)})
    step = max(1, len(rows) // 10)
    print_table(("articles indexed before the batch", f"seconds for a batch of {args.batch}"),
                [(f"{row['indexed_before']:,}", f"{row['seconds']:.2f}") for row in rows[::step]])
    print(f"{len(articles):,} articles in {len(rows)} batches, {len(index.stories):,} stories, "
          f"{sum(r['seconds'] for r in rows):.1f} s in all")
    write_results(args.out, {"batch": args.batch, "articles": len(articles), "rows": rows})


if __name__ == "__main__":
    main()
