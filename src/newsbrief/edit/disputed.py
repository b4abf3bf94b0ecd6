"""Summary sentences that state one side of a disagreement the facts stage
found are marked, so that the brief never states a disputed fact as settled;
and an article that states another side no longer counts as reporting them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from newsbrief.model import Disagreement, SummarySentence


def _contested(disagreement: Disagreement) -> bool:
    """A real contradiction, not a spelling variant or a labelled benign difference."""
    return disagreement.kind not in ("spelling",) and not disagreement.benign


def mark_disputed(summary: Sequence[SummarySentence], disagreements: Sequence[Disagreement]) -> list[SummarySentence]:
    """Each summary sentence with the indices of the contested disagreements one
    of whose sides it states (the sentence is that side's evidence), and its
    support without the articles that state only the other sides."""
    marked = []
    for item in summary:
        own = item.sentence
        disputed: list[int] = []
        against: set[str] = set()
        for k, disagreement in enumerate(disagreements):
            if not _contested(disagreement):
                continue
            stated = [side for side in disagreement.sides if any(
                e.sentence.article_id == own.article_id and e.sentence.start < own.end and own.start < e.sentence.end
                for e in side.evidence)]
            if not stated:
                continue
            disputed.append(k)
            agreeing = {a for side in stated for a in side.articles}
            against |= {a for side in disagreement.sides if side not in stated for a in side.articles} - agreeing
        kept = [(s, v) for s, v in zip(item.support, item.similarity) if s.article_id not in against]
        marked.append(replace(item, disputed=tuple(disputed), support=tuple(s for s, _ in kept),
                              similarity=tuple(v for _, v in kept)))
    return marked
