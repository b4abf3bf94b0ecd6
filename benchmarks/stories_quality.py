#!/usr/bin/env python3
"""B-cubed precision, recall and F1 of story finding on pooled feeds with known stories.

Every document of a dataset's clusters is pooled and shuffled (seed 0); the true
story of a document is its cluster (clusters sharing a document, and the parts
of a DUC 2007 update topic, are one story). Pools:

- multinews-validation: all 5,622 Multi-News validation clusters (reported; never tuned on)
- duc-tac: DUC 2003, 2006, 2007 (main and update) and TAC 2011, pooled together (reported)
- multinews-train-5000 and duc2003: the pools the default thresholds were tuned on

    .venv/bin/python benchmarks/stories_quality.py    # prints a table, writes benchmarks/results/stories_quality.json
    .venv/bin/python benchmarks/stories_quality.py --pools multinews-validation --show-merged 10 --out /tmp/x.json
    .venv/bin/python benchmarks/stories_quality.py --window-days 0 --link-threshold 0.08 --pools duc-tac,duc2003 \
        --out benchmarks/results/stories_quality_topics.json     # topic-level setting (tuned on DUC 2003)
"""

from __future__ import annotations

import argparse
import time
from dataclasses import asdict, replace
from pathlib import Path

from newsbrief import batch
from newsbrief.evaluate.bcubed import bcubed
from newsbrief.evaluate.pools import pool
from newsbrief.stories import StoryConfig, find_stories
from newsbrief.stories.signatures import article_terms

from common import (
    DUC2003,
    DUC2006,
    DUC2007_MAIN,
    DUC2007_UPDATE,
    MULTINEWS_TRAIN,
    MULTINEWS_VALIDATION,
    TAC2011,
    print_table,
    results_path,
    write_results,
)

DUC_TAC = [DUC2003, DUC2006, DUC2007_MAIN, DUC2007_UPDATE, TAC2011]
POOLS = {
    "multinews-validation": ([MULTINEWS_VALIDATION], None),
    "duc-tac": (DUC_TAC, None),
    "multinews-train-5000": ([MULTINEWS_TRAIN], 5000),
    "duc2003": ([DUC2003], None),
}


def neighbour_share(articles: list, truth: dict[str, str], n: int) -> float:
    """Share of the first ``n`` articles (that have a story mate) whose nearest
    neighbour in the whole pool, by full tf-idf cosine, is in the same story: a
    rough ceiling for any bag-of-words clustering. All-pairs, so benchmark-only."""
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer

    matrix = TfidfVectorizer(sublinear_tf=True, stop_words="english").fit_transform(a.text for a in articles)
    labels = np.array([truth[a.id] for a in articles])
    sizes = {label: count for label, count in zip(*np.unique(labels, return_counts=True))}
    hits = total = 0
    for begin in range(0, n, 500):
        block = (matrix[begin:min(n, begin + 500)] @ matrix.T).toarray()
        for row, i in enumerate(range(begin, min(n, begin + 500))):
            if sizes[labels[i]] < 2:
                continue
            block[row, i] = -1.0
            hits += labels[int(block[row].argmax())] == labels[i]
            total += 1
    return hits / total


def show_merged(stories: list, truth: dict[str, str], count: int, seed: int = 0) -> None:
    """Print ``count`` randomly drawn found stories that mix true stories: the
    true story and opening words of each of their first articles."""
    import random

    mixed = [story for story in stories if len({truth[a.id] for a in story}) > 1]
    print(f"{len(mixed)} of {len(stories)} found stories mix true stories; {min(count, len(mixed))} drawn (seed {seed}):")
    for story in random.Random(seed).sample(mixed, min(count, len(mixed))):
        print("---")
        for article in story[:6]:
            print(f"  {truth[article.id]} | {' '.join(article.text.split()[:16])}")


def measure(name: str, config: StoryConfig, neighbours: int = 0, merged: int = 0) -> dict:
    paths, limit = POOLS[name]
    articles, truth = pool(paths, seed=0, limit=limit)
    started = time.perf_counter()
    terms = list(batch.map_items(articles, article_terms, jobs=None))
    stories = find_stories(articles, config, terms)
    seconds = time.perf_counter() - started
    predicted = {a.id: n for n, story in enumerate(stories) for a in story}
    if merged:
        show_merged(stories, truth, merged)
    precision, recall, f1 = bcubed(predicted, truth)
    return {"pool": name, "articles": len(articles), "true_stories": len(set(truth.values())),
            "found_stories": len(stories), "precision": round(precision, 4), "recall": round(recall, 4),
            "f1": round(f1, 4), "cluster_seconds": round(seconds, 1),
            **({"nearest_neighbour_same_story": round(neighbour_share(articles, truth, neighbours), 4)} if neighbours else {})}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pools", default="multinews-validation,duc-tac,multinews-train-5000,duc2003")
    parser.add_argument("--window-days", type=float, default=None, help="override the default time window")
    parser.add_argument("--link-threshold", type=float, default=None, help="override the default link threshold")
    parser.add_argument("--background-df", action=argparse.BooleanOptionalAction, default=None,
                        help="override whether background document frequencies are added to the feed's")
    parser.add_argument("--neighbour-check", type=int, default=0, metavar="N",
                        help="also report how often the nearest neighbour of each of the first N articles shares its story")
    parser.add_argument("--show-merged", type=int, default=0, metavar="N",
                        help="print N randomly drawn found stories that mix true stories (error analysis)")
    parser.add_argument("--out", type=Path, default=results_path("stories_quality"))
    args = parser.parse_args()
    config = StoryConfig()
    if args.window_days is not None:
        config = replace(config, window_days=args.window_days)
    if args.link_threshold is not None:
        config = replace(config, link_threshold=args.link_threshold)
    if args.background_df is not None:
        config = replace(config, background_df=args.background_df)
    rows = [measure(name, config, args.neighbour_check, args.show_merged) for name in args.pools.split(",")]
    print(f"window_days={config.window_days:g}, link_threshold={config.link_threshold:g}, "
          f"background_df={config.background_df}")
    print_table(("pool", "articles", "true stories", "stories found", "B3 precision", "B3 recall", "B3 F1", "cluster s (2 cores)"),
                [(r["pool"], r["articles"], r["true_stories"], r["found_stories"], f"{r['precision']:.3f}",
                  f"{r['recall']:.3f}", f"{r['f1']:.3f}", r["cluster_seconds"]) for r in rows])
    for r in rows:
        if "nearest_neighbour_same_story" in r:
            print(f"{r['pool']}: nearest neighbour (full tf-idf) in the same story for "
                  f"{r['nearest_neighbour_same_story']:.1%} of the first {args.neighbour_check} articles with a story mate")
    write_results(args.out, {"config": asdict(config), "results": rows})


if __name__ == "__main__":
    main()
