"""Stories from articles: average-link agglomeration over LSH candidate pairs,
incremental so that a new batch joins existing stories without re-clustering."""

from __future__ import annotations

import heapq
from collections.abc import Sequence

from newsbrief.model import Article
from newsbrief.stories.config import StoryConfig
from newsbrief.stories.index import CandidateIndex
from newsbrief.stories.link import Group, similarity
from newsbrief.stories.signatures import (
    DocumentFrequencies,
    VectorMatrix,
    minhashes,
    signature_terms,
    term_counts,
    vectorize,
)


class StoryIndex:
    """Every article added so far, grouped into stories. ``add`` takes a batch and
    returns the story number of each of its articles; stories of earlier batches
    can grow but are never split or merged with each other."""

    def __init__(self, config: StoryConfig | None = None) -> None:
        self.config = config or StoryConfig()
        self.frequencies = DocumentFrequencies()
        self.candidates = CandidateIndex(self.config.num_perm, self.config.bands)
        self.vectors: list[dict[str, float]] = []
        self.matrix = VectorMatrix()
        self.article_ids: list[str] = []
        self.story_of: list[int] = []
        self.stories: list[Group] = []

    def story_members(self) -> list[list[str]]:
        """Article ids of every story, stories in order of creation, members in order of arrival."""
        return [[self.article_ids[i] for i in sorted(group.members)] for group in self.stories]

    def add(self, articles: Sequence[Article]) -> list[int]:
        """Place a batch of articles into stories; returns their story numbers."""
        config = self.config
        start = len(self.vectors)
        counts = [term_counts(" ".join(filter(None, (a.title, a.text)))) for a in articles]
        self.frequencies.update(counts)
        new_vectors = [vectorize(c, self.frequencies, config.vector_terms) for c in counts]
        signatures = minhashes([signature_terms(v, config.signature_terms) for v in new_vectors], config.num_perm)
        self.vectors.extend(new_vectors)
        self.matrix.extend(new_vectors)
        self.article_ids.extend(a.id for a in articles)
        for offset, hashvalues in enumerate(signatures):
            self.candidates.insert(start + offset, hashvalues)

        # Nodes: one per new article (keys start..) and one per touched old story (keys -1-story).
        nodes: dict[int, Group] = {}
        for offset, article in enumerate(articles):
            key = start + offset
            nodes[key] = Group([key], dict(new_vectors[offset]), article.published, article.published)
        pairs = [(start + offset, other) for offset, hashvalues in enumerate(signatures)
                 for other in self.candidates.query(hashvalues) if other != start + offset]
        scores = self.matrix.pair_scores(pairs)
        ranked: dict[int, list[tuple[float, int]]] = {}
        for (key, other), score in zip(pairs, scores):
            ranked.setdefault(key, []).append((-score, other))
        for key, scored in ranked.items():
            scored.sort()
            for _, other in scored[: config.max_candidates]:
                target = other if other >= start else -1 - self.story_of[other]
                if target < 0 and target not in nodes:
                    nodes[target] = self.stories[-1 - target]
                nodes[key].neighbours.add(target)
                nodes[target].neighbours.add(key)

        self._agglomerate(nodes)

        self.story_of.extend([-1] * len(articles))
        for key in sorted(k for k in nodes if k >= 0):
            group = nodes[key]
            if key in self._merged_into:
                continue
            number = len(self.stories)
            self.stories.append(group)
            for member in group.members:
                self.story_of[member] = number
        for key, group in nodes.items():
            if key < 0:
                for member in group.members:
                    self.story_of[member] = -1 - key
        return self.story_of[start:]

    def _agglomerate(self, nodes: dict[int, Group]) -> None:
        """Merge the most similar pair of neighbouring groups while their average
        similarity reaches the threshold; two old stories are never merged.
        A merged group lives on under the key of its older (smaller-keyed) side."""
        config = self.config
        self._merged_into: dict[int, int] = {}
        version = {key: 0 for key in nodes}
        heap: list[tuple[float, int, int, int, int]] = []

        def push(a: int, b: int) -> None:
            if a < 0 and b < 0:
                return
            a, b = min(a, b), max(a, b)
            score = similarity(nodes[a], nodes[b], config)
            if score >= config.link_threshold:
                heapq.heappush(heap, (-score, a, b, version[a], version[b]))

        for key, group in nodes.items():
            for other in group.neighbours:
                if key < other:
                    push(key, other)
        while heap:
            _, a, b, va, vb = heapq.heappop(heap)
            if a in self._merged_into or b in self._merged_into or version[a] != va or version[b] != vb:
                continue
            keep, gone = nodes[a], nodes[b]
            keep.absorb(gone)
            self._merged_into[b] = a
            version[a] += 1
            neighbours = (keep.neighbours | gone.neighbours) - {a, b}
            keep.neighbours = neighbours
            gone.neighbours = set()
            for other in neighbours:
                nodes[other].neighbours.discard(b)
                nodes[other].neighbours.add(a)
                push(a, other)
        for group in nodes.values():
            group.neighbours = set()
