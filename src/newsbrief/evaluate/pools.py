"""Feeds with known stories: every document of a dataset's clusters pooled and
shuffled with a fixed seed, each labelled with its cluster."""

from __future__ import annotations

import random
from collections.abc import Iterable
from pathlib import Path

from newsbrief.ingest.datasets import Cluster, read_clusters
from newsbrief.model import Article
from newsbrief.unionfind import UnionFind


def pool(paths: Iterable[str | Path], seed: int = 0, limit: int | None = None) -> tuple[list[Article], dict[str, str]]:
    """Shuffled articles of every cluster in ``paths`` and the true story of each.

    A document that occurs in several clusters (same id) is kept once and joins
    those clusters into one story; clusters whose ids differ only by a ``-A``/``-B``
    suffix (DUC 2007 update parts of one topic) are one story too."""
    stories: UnionFind[str] = UnionFind()
    first_cluster: dict[str, str] = {}
    articles: dict[str, Article] = {}
    for path in paths:
        for cluster in read_clusters(path, limit):
            if not isinstance(cluster, Cluster):
                continue
            label = cluster.id.rsplit("-", 1)[0] if cluster.id[-2:-1] == "-" else cluster.id
            stories.add(label)
            for article in cluster.articles:
                if article.id in articles:
                    stories.union(first_cluster[article.id], label)
                    continue
                articles[article.id] = article
                first_cluster[article.id] = label
    truth = {doc: stories.find(label) for doc, label in first_cluster.items()}
    shuffled = list(articles.values())
    random.Random(seed).shuffle(shuffled)
    return shuffled, truth


def write_feed(articles: Iterable[Article], path: str | Path) -> Path:
    """Write articles as a feed file, one ``{"id", "text", "title", "source", "published"}`` a line."""
    import json

    path = Path(path)
    with open(path, "w", encoding="utf-8") as out:
        for a in articles:
            record = {"id": a.id, "text": a.text, "title": a.title, "source": a.source,
                      "published": a.published.isoformat() if a.published else None}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path
