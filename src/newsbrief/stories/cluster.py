"""Stories from articles: average-link agglomeration over LSH candidate pairs,
incremental so that a new batch joins existing stories without re-clustering."""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Sequence

import numpy as np

from newsbrief.model import Article
from newsbrief.config import StoryConfig
from newsbrief.stories.index import CandidateIndex
from newsbrief.stories.link import Group, similarity
from newsbrief.stories.signatures import (
    DocumentFrequencies,
    VectorMatrix,
    article_terms,
    dot,
    minhashes,
    signature_terms,
    vectorize,
)


class StoryIndex:
    """Every article added so far, grouped into stories. ``add`` takes a batch and
    returns the story number of each of its articles; stories of earlier batches
    can grow but are never split or merged with each other."""

    def __init__(self, config: StoryConfig | None = None) -> None:
        self.config = config or StoryConfig()
        self.frequencies = DocumentFrequencies(self.config.background_df)
        self.candidates = CandidateIndex(self.config.num_perm, self.config.bands, self.config.max_bucket)
        self.matrix = VectorMatrix()
        self.vectors: list[dict[str, float]] = []
        self.article_ids: list[str] = []
        self.story_of: list[int] = []
        self.stories: list[Group] = []

    def story_members(self) -> list[list[str]]:
        """Article ids of every story, stories in order of creation, members in order of arrival."""
        return [[self.article_ids[i] for i in sorted(group.members)] for group in self.stories]

    def add(self, articles: Sequence[Article], terms: Sequence[Counter[str]] | None = None) -> list[int]:
        """Place a batch of articles into stories; returns their story numbers.
        ``terms`` are the articles' ``article_terms`` when computed already (in parallel)."""
        config = self.config
        start = len(self.vectors)
        counts = list(terms) if terms is not None else [article_terms(a) for a in articles]
        self.frequencies.update(counts)
        new_vectors = [vectorize(c, self.frequencies, config.vector_terms) for c in counts]
        signatures = minhashes([signature_terms(v, config.signature_terms) for v in new_vectors], config.num_perm)
        self.vectors.extend(new_vectors)
        self.article_ids.extend(a.id for a in articles)
        self.matrix.extend(new_vectors)
        for offset, hashvalues in enumerate(signatures):
            self.candidates.insert(start + offset, hashvalues)

        # Nodes: one per new article (keys start..), one per touched old story (key -1 - story number).
        nodes = {start + offset: Group([start + offset], dict(vector), article.published, article.published)
                 for offset, (article, vector) in enumerate(zip(articles, new_vectors))}
        edges = self._candidate_edges(signatures, start, nodes)
        merged_into = self._agglomerate(nodes, edges)

        self.story_of.extend([-1] * len(articles))
        for key, group in sorted(nodes.items()):
            if key in merged_into:
                continue
            if key >= 0:  # a new story, numbered in order of its first article
                self.stories.append(group)
            number = -1 - key if key < 0 else len(self.stories) - 1
            for member in group.members:
                if member >= start:
                    self.story_of[member] = number
        return self.story_of[start:]

    def _candidate_edges(
        self, signatures: list[np.ndarray], start: int, nodes: dict[int, Group], chunk: int = 2000
    ) -> dict[tuple[int, int], float]:
        """Each new article's ``max_candidates`` most similar candidates, as edges
        between nodes weighted by the sum of member-pair cosines (old stories: exact)."""
        edges: dict[tuple[int, int], float] = {}
        for begin in range(0, len(signatures), chunk):
            pairs = self.candidates.query_pairs(signatures[begin:begin + chunk], start + begin)
            scores = self.matrix.pair_scores(pairs)
            for (key, other), score in self._best(pairs, scores):
                if other >= start:
                    edges[(min(key, other), max(key, other))] = score
                    continue
                target = -1 - self.story_of[other]
                if (target, key) not in edges:
                    story = nodes.setdefault(target, self.stories[-1 - target])
                    edges[(target, key)] = dot(self.vectors[key], story.total)
        return edges

    def _best(self, pairs: np.ndarray, scores: np.ndarray) -> list[tuple[tuple[int, int], float]]:
        """The pairs among each article's ``max_candidates`` best-scoring ones (ties by number)."""
        order = np.lexsort((pairs[:, 1], -scores, pairs[:, 0]))
        firsts = pairs[order, 0]
        starts = np.flatnonzero(np.r_[True, firsts[1:] != firsts[:-1]]) if len(order) else np.zeros(0, dtype=np.int64)
        rank = np.arange(len(order)) - np.repeat(starts, np.diff(np.r_[starts, len(order)]))
        chosen = order[(rank < self.config.max_candidates) & (scores[order] > 0)]
        return list(zip(map(tuple, pairs[chosen].tolist()), scores[chosen].tolist()))

    def _agglomerate(self, nodes: dict[int, Group], edges: dict[tuple[int, int], float]) -> dict[int, int]:
        """Merge the pair of neighbouring groups with the highest average link while
        it reaches the threshold; two old stories are never merged. A merged group
        lives on under its smaller key. Returns {merged key: key it joined}."""
        config = self.config
        neighbours: dict[int, dict[int, float]] = {key: {} for key in nodes}
        for (a, b), weight in edges.items():
            neighbours[a][b] = weight
            neighbours[b][a] = weight
        version = dict.fromkeys(nodes, 0)
        heap: list[tuple[float, int, int, int, int]] = []

        def push(a: int, b: int) -> None:
            a, b = min(a, b), max(a, b)
            if b < 0:
                return
            score = similarity(nodes[a], nodes[b], neighbours[a][b], config)
            if score >= config.link_threshold:
                heapq.heappush(heap, (-score, a, b, version[a], version[b]))

        for a, b in edges:
            push(a, b)
        merged_into: dict[int, int] = {}
        while heap:
            _, a, b, va, vb = heapq.heappop(heap)
            if version[a] != va or version[b] != vb or a in merged_into or b in merged_into:
                continue
            nodes[a].absorb(nodes[b])
            merged_into[b] = a
            version[a] += 1
            del neighbours[a][b]
            for other, weight in neighbours.pop(b).items():
                if other == a:
                    continue
                del neighbours[other][b]
                total = neighbours[a].get(other, 0.0) + weight
                neighbours[a][other] = total
                neighbours[other][a] = total
            for other in neighbours[a]:
                push(a, other)
        return merged_into
