#!/usr/bin/env python3
"""How far bag-of-words story clustering can go on the pooled feeds: exact
average-link clustering over full tf-idf vectors of every pair of articles.

This is quadratic in time and memory (a dense 15k x 15k similarity matrix), so it
is a reference for ``benchmarks/stories_quality.py``, not a method newsbrief uses.
For each pool it prints B-cubed precision/recall/F1 at several cosine thresholds,
and the share of articles whose most similar story-mate is below 0.1 cosine
(lexically unrelated to every other article of their story), and the B-cubed
score of the true stories with those orphans split off: a ceiling for lexical methods. With ``--lsa D`` the
vectors are first reduced to D latent dimensions (truncated SVD of the tf-idf
matrix, fitted on the pool itself), which groups articles by broad topic.

    .venv/bin/python benchmarks/stories_reference.py [--pools multinews-validation,duc-tac] [--lsa 200]

Writes benchmarks/results/stories_reference.json.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.spatial.distance import squareform
from sklearn.decomposition import TruncatedSVD
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import normalize

from newsbrief.clean import clean_article
from newsbrief.evaluate.bcubed import bcubed
from newsbrief.evaluate.pools import pool

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import print_table, results_path, write_results  # noqa: E402  (benchmarks/ is on the path)
from stories_quality import POOLS  # noqa: E402  (the same pools as the quality benchmark)

THRESHOLDS = (0.08, 0.1, 0.15, 0.2, 0.25, 0.3)
LSA_THRESHOLDS = (0.2, 0.25, 0.3, 0.4, 0.5, 0.6)


def reference(name: str, lsa: int = 0) -> dict:
    """Exact average link at every threshold, and the share of lexical orphans."""
    paths, limit = POOLS[name]
    articles, truth = pool(paths, limit=limit)
    texts = [clean_article(article)[0].text for article in articles]
    vectors = TfidfVectorizer(sublinear_tf=True, stop_words="english", max_df=0.3, min_df=2,
                              dtype=np.float32).fit_transform(texts)
    members: dict[str, list[int]] = defaultdict(list)
    for i, article in enumerate(articles):
        members[truth[article.id]].append(i)
    best_mate = np.full(len(articles), np.nan)
    for rows in members.values():
        if len(rows) > 1:
            similarity = (vectors[rows] @ vectors[rows].T).toarray()
            np.fill_diagonal(similarity, -1.0)
            best_mate[rows] = similarity.max(axis=1)
    in_stories = ~np.isnan(best_mate)
    if lsa:
        latent = normalize(TruncatedSVD(lsa, random_state=0).fit_transform(vectors))
        distance = 1.0 - latent @ latent.T
    else:
        distance = 1.0 - (vectors @ vectors.T).toarray()
    np.clip(distance, 0.0, 1.0, out=distance)
    np.fill_diagonal(distance, 0.0)
    tree = linkage(squareform(distance, checks=False), method="average")
    del distance
    rows = []
    for threshold in LSA_THRESHOLDS if lsa else THRESHOLDS:
        labels = fcluster(tree, 1.0 - threshold, criterion="distance")
        predicted = {article.id: int(label) for article, label in zip(articles, labels)}
        precision, recall, f1 = bcubed(predicted, truth)
        rows.append({"threshold": threshold, "stories_found": int(labels.max()),
                     "precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)})
    orphans = float(np.mean(best_mate[in_stories] < 0.1)) if in_stories.any() else 0.0
    # The best a lexical method can hope for: every story found exactly, except
    # that each orphan (no story-mate at cosine 0.1) stands alone.
    alone = in_stories & (best_mate < 0.1)
    ceiling = bcubed({a.id: f"orphan {i}" if alone[i] else truth[a.id] for i, a in enumerate(articles)}, truth)
    empty = sum(not text.strip() for text in texts)
    # The best any method that reads the text can hope for: only the articles that
    # are nothing but page furniture (empty once cleaned) stand alone.
    blank = in_stories & np.array([not text.strip() for text in texts])
    floor = bcubed({a.id: f"blank {i}" if blank[i] else truth[a.id] for i, a in enumerate(articles)}, truth)
    return {"pool": name, "vectors": f"lsa-{lsa}" if lsa else "tf-idf", "articles": len(articles), "true_stories": len(members),
            "orphan_share": round(orphans, 4), "empty_after_cleaning": empty,
            "orphans_alone_ceiling": {"precision": round(ceiling[0], 4), "recall": round(ceiling[1], 4), "f1": round(ceiling[2], 4)},
            "empty_alone_ceiling": {"precision": round(floor[0], 4), "recall": round(floor[1], 4), "f1": round(floor[2], 4)},
            "thresholds": rows}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pools", default="multinews-validation,duc-tac")
    parser.add_argument("--lsa", type=int, default=0, help="latent dimensions (0: plain tf-idf)")
    parser.add_argument("--out", type=Path, default=None,
                        help="default benchmarks/results/stories_reference.json (stories_reference_lsa.json with --lsa)")
    args = parser.parse_args()
    args.out = args.out or results_path(f"stories_reference{'_lsa' if args.lsa else ''}")
    results = [reference(name, args.lsa) for name in args.pools.split(",")]
    for result in results:
        print(f"\n{result['pool']} ({result['vectors']}): {result['articles']} articles, {result['true_stories']} stories; "
              f"{result['orphan_share']:.1%} of articles in multi-article stories have no story-mate at cosine >= 0.1 "
              f"({result['empty_after_cleaning']} articles are only page furniture); every story found exactly but "
              f"those orphans alone would score B3 F1 {result['orphans_alone_ceiling']['f1']:.3f}, and every story found "
              f"exactly but the furniture-only articles alone {result['empty_alone_ceiling']['f1']:.3f}")
        print_table(("threshold", "stories found", "B3 precision", "B3 recall", "B3 F1"),
                    [(row["threshold"], row["stories_found"], f"{row['precision']:.3f}", f"{row['recall']:.3f}",
                      f"{row['f1']:.3f}") for row in result["thresholds"]])
    write_results(args.out, results)


if __name__ == "__main__":
    main()
