"""Find, for each summary sentence, the sentences of other articles that report it."""

from __future__ import annotations

import numpy as np

from newsbrief.model import Sentence, SummarySentence
from newsbrief.represent.concepts import Representation
from newsbrief.represent.embeddings import SentenceEmbeddings
from newsbrief.summarize.support import ClaimTest, coverage, meaning_cosines, same_claim


def attribute(chosen: list[int], sentences: list[Sentence], representation: Representation,
              test: ClaimTest, embeddings: SentenceEmbeddings | None = None) -> list[SummarySentence]:
    """A sentence of another article supports a summary sentence when it states
    the same main claim (``summarize.support.same_claim``); each other article
    contributes its most similar such sentence. Cost: one sparse product of the
    chosen rows against all sentences, then the claim test (and one batch of
    sentence embeddings, from ``embeddings`` when the choice already made some)
    for the few sentences above the candidate threshold."""
    if not chosen:
        return []
    vectors = representation.content_vectors
    similarity = (vectors[chosen] @ vectors.T).toarray()
    articles = np.fromiter((s.article_index for s in sentences), dtype=np.int64, count=len(sentences))
    considered = [np.flatnonzero((similarity[row] >= test.candidate) & (articles != sentences[index].article_index))
                  for row, index in enumerate(chosen)]
    others = sorted({int(j) for found in considered for j in found})
    column = {j: k for k, j in enumerate(others)}
    meaning = meaning_cosines([sentences[i].text for i in chosen], [sentences[j].text for j in others],
                              embeddings or SentenceEmbeddings())
    result = []
    for row, index in enumerate(chosen):
        scores = similarity[row]
        text = sentences[index].text
        best: dict[int, int] = {}
        for j in considered[row][np.argsort(-scores[considered[row]], kind="stable")]:
            article = int(articles[j])
            if article in best:
                continue
            alike = None if meaning is None else float(meaning[row, column[int(j)]])
            if same_claim(text, sentences[j].text, float(scores[j]), alike, coverage(text, representation.content_stems[j]), test):
                best[article] = int(j)
        support = tuple(sentences[best[a]] for a in sorted(best))
        values = tuple(round(float(scores[best[a]]), 3) for a in sorted(best))
        result.append(SummarySentence(sentence=sentences[index], support=support, similarity=values))
    return result
