#!/usr/bin/env python3
"""Build the background document frequencies that story finding adds to a feed's own.

A small feed (a few dozen articles, mostly about one story) gives degenerate idf:
the words of its big story are in most of its articles and weigh nothing, so the
story's articles do not link. Counts from a large news corpus keep "447" and
"Amri" distinctive in any feed. Source: Multi-News *train* documents (never the
validation pool the README reports on), cleaned and stemmed exactly as
``newsbrief.stories.signatures.article_terms`` does; stems in fewer than
``--min-df`` documents are left out (their idf is the table's maximum anyway).

    .venv/bin/python scripts/build_background_df.py [--documents 60000] [--min-df 3]

Writes src/newsbrief/models/background_df.tsv.gz: a first line ``#documents<TAB>N``,
then ``stem<TAB>df`` lines sorted by stem (deterministic: rerunning reproduces it).
"""

from __future__ import annotations

import argparse
import gzip
import multiprocessing
from collections import Counter
from pathlib import Path

from newsbrief.ingest.datasets import Cluster, read_clusters
from newsbrief.stories.signatures import article_terms

ROOT = Path(__file__).resolve().parents[1]
TRAIN = ROOT.parent / "shared" / "data" / "multinews" / "train.jsonl.gz"
OUT = ROOT / "src" / "newsbrief" / "models" / "background_df.tsv.gz"


def _stems(article) -> list[str]:
    return sorted(article_terms(article))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=TRAIN)
    parser.add_argument("--documents", type=int, default=60000)
    parser.add_argument("--min-df", type=int, default=3)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    articles = []
    for cluster in read_clusters(args.data):
        if isinstance(cluster, Cluster):
            articles.extend(cluster.articles)
        if len(articles) >= args.documents:
            break
    articles = articles[: args.documents]
    df: Counter[str] = Counter()
    with multiprocessing.get_context("fork").Pool(2) as pool:
        for stems in pool.imap(_stems, articles, chunksize=256):
            df.update(stems)
    kept = sorted((stem, n) for stem, n in df.items() if n >= args.min_df)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with gzip.GzipFile(args.out, "wb", mtime=0) as raw:
        raw.write(f"#documents\t{len(articles)}\n".encode())
        raw.write("".join(f"{stem}\t{n}\n" for stem, n in kept).encode())
    print(f"{len(articles)} documents, {len(df)} stems, {len(kept)} kept (df >= {args.min_df}); "
          f"{args.out.stat().st_size / 1e6:.2f} MB written to {args.out}")


if __name__ == "__main__":
    main()
