"""Which candidate needs which: a sentence that leans on the one before it in
its article (``split.openings.leans_on_previous``) may be chosen only together
with that sentence, which the reading order then puts right before it; one
whose predecessor cannot be chosen is left out. This is the coherence
constraint of G-Flow (Christensen et al. 2013) reduced to the one edge a
reader notices most: the previous sentence of the same article."""

from __future__ import annotations

from newsbrief.model import Sentence
from newsbrief.split.openings import leans_on_previous

UNAVAILABLE = -1
"""The predecessor of a candidate that has no choosable predecessor."""


def predecessors(candidates: list[int], sentences: list[Sentence]) -> list[tuple[int, int]]:
    """Pairs (k, j) of candidate positions: candidate k may be chosen only if
    candidate j is; j is ``UNAVAILABLE`` when k's predecessor is not a candidate."""
    position = {(sentences[i].article_index, sentences[i].index): k for k, i in enumerate(candidates)}
    needs = []
    for k, i in enumerate(candidates):
        sentence = sentences[i]
        if leans_on_previous(sentence.text):
            needs.append((k, position.get((sentence.article_index, sentence.index - 1), UNAVAILABLE)))
    return needs
