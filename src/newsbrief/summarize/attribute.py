"""Find, for each summary sentence, the sentences of other articles that report it."""

from __future__ import annotations

import numpy as np

from newsbrief.model import Sentence, SummarySentence
from newsbrief.represent.concepts import Representation
from newsbrief.summarize.conflicts import conflict


def attribute(
    chosen: list[int], sentences: list[Sentence], representation: Representation, threshold: float
) -> list[SummarySentence]:
    """A sentence of another article supports a summary sentence when the cosine
    similarity of their tf-idf content-word vectors reaches ``threshold`` and it
    does not contradict it (a different count of the same thing, an event negated
    or put off; see ``summarize.conflicts``); each other article contributes its
    most similar such sentence. Cost: one sparse product of the chosen rows
    against all sentences, and a word-level check of the sentences above threshold."""
    if not chosen:
        return []
    similarity = (representation.content_vectors[chosen] @ representation.content_vectors.T).toarray()
    articles = np.fromiter((s.article_index for s in sentences), dtype=np.int64, count=len(sentences))
    result = []
    for row, index in enumerate(chosen):
        own = sentences[index].article_index
        scores = similarity[row]
        support: list[Sentence] = []
        values: list[float] = []
        candidates = np.flatnonzero((scores >= threshold) & (articles != own))
        text = sentences[index].text
        best: dict[int, int] = {}
        for j in candidates[np.argsort(-scores[candidates], kind="stable")]:
            article = int(articles[j])
            if article not in best and conflict(text, sentences[j].text) is None:
                best[article] = int(j)
        for article in sorted(best):
            support.append(sentences[best[article]])
            values.append(round(float(scores[best[article]]), 3))
        result.append(SummarySentence(sentence=sentences[index], support=tuple(support), similarity=tuple(values)))
    return result
