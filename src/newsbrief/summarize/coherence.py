"""Which candidate needs which: a sentence that leans on the one before it in
its article may be chosen only together with that sentence, which the reading
order then puts right before it; one whose predecessor cannot be chosen is left
out. This is the coherence constraint of G-Flow (Christensen et al. 2013)
reduced to the one edge a reader notices most: the previous sentence of the
same article.

A sentence leans on its predecessor when it opens with a connective or a
demonstrative (``split.openings.leans_on_previous``), says "also"
(``split.continuations``) or opens with "The <noun>" that the predecessor
introduced (``split.definites``). Together these cost 0.04 ROUGE-1 on 500
Multi-News validation clusters (44.99 -> 44.95). A quotation without its
speaker is left to the edit stage (``edit.speakers``): constraining it cost
0.09 more; excluding sentences in the first person outside quotation marks
cost 0.05 to 0.19 (only in mostly first-person articles to all of them)."""

from __future__ import annotations

from newsbrief.model import Sentence
from newsbrief.split.continuations import continues_another
from newsbrief.split.definites import introduced_before
from newsbrief.split.openings import leans_on_previous

UNAVAILABLE = -1
"""The predecessor of a candidate that has no choosable predecessor."""


def leans_on(text: str, previous: str | None) -> bool:
    """Whether a sentence reading ``text`` needs the sentence before it in its
    article (whose text is ``previous``, None for an article's first) to be read."""
    return leans_on_previous(text) or continues_another(text) or introduced_before(text, previous)


def predecessors(candidates: list[int], sentences: list[Sentence]) -> list[tuple[int, int]]:
    """Pairs (k, j) of candidate positions: candidate k may be chosen only if
    candidate j is; j is ``UNAVAILABLE`` when k's predecessor is not a candidate."""
    position = {(sentences[i].article_index, sentences[i].index): k for k, i in enumerate(candidates)}
    text_at = {(s.article_index, s.index): s.text for s in sentences}
    needs = []
    for k, i in enumerate(candidates):
        sentence = sentences[i]
        before = (sentence.article_index, sentence.index - 1)
        if leans_on(sentence.text, text_at.get(before)):
            needs.append((k, position.get(before, UNAVAILABLE)))
    return needs
