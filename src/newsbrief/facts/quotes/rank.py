"""Quotations ranked across the cluster by importance, not article by article.

A quotation ranks high when several outlets carry it, when its speaker is one
the story is about, when its words are the story's (the content words most of
the cluster's articles use: "There is absolutely no doubt that the person who
was killed is Anis Amri" against a politician's aside) and when it names the
story's main entities. The order is then spread: each further quotation from
the article or the speaker already shown weighs less, so that one live blog
quoting one politician twenty times does not fill the list.
"""

from __future__ import annotations

import heapq
import re
from collections import Counter
from collections.abc import Sequence

from newsbrief.facts.entities import Resolved
from newsbrief.facts.nlp import Parsed
from newsbrief.facts.text import content_stems, fold
from newsbrief.model import Quote

SAME_ARTICLE = 0.75
SAME_SPEAKER = 0.85
_TOP_ENTITIES = 3


def importance(quotes: Sequence[Quote], parsed: Sequence[Parsed], resolved: Resolved) -> list[float]:
    """An importance score for each quotation (higher first)."""
    stems_by_article: dict[str, set[str]] = {}
    for item in parsed:
        stems_by_article.setdefault(item.sentence.article_id, set()).update(content_stems(item.sentence.text))
    total = max(1, len(stems_by_article))
    frequency: Counter = Counter(stem for stems in stems_by_article.values() for stem in stems)
    rank_of = {e.id: n for n, e in enumerate(resolved.entities)}
    top_names = [
        {fold(v) for v in e.variants if len(v) > 3} for e in resolved.entities[:_TOP_ENTITIES]
    ]
    scores = []
    for quote in quotes:
        stems = content_stems(quote.text)
        centrality = sum(frequency[s] for s in stems) / (total * len(stems)) if stems else 0.0
        carried = (len(quote.articles) - 1) / max(1, total - 1)
        if quote.speaker_id in rank_of:
            speaker = 1 / (1 + rank_of[quote.speaker_id] / 3)
        else:
            speaker = 0.3 if quote.speaker else 0.0
        folded = fold(quote.text)
        names = sum(1 for variants in top_names if any(re.search(rf"\b{re.escape(v)}\b", folded) for v in variants))
        length = min(1.0, len(quote.text.split()) / 12)
        scores.append(2.0 * carried + speaker + 3.0 * centrality + 0.5 * names + 0.5 * length)
    return scores


def rank_quotes(quotes: Sequence[Quote], parsed: Sequence[Parsed], resolved: Resolved) -> tuple[Quote, ...]:
    """The quotations most important first, spread over articles and speakers.

    Each pick is the quotation of highest weight (score times the penalties of its
    article and speaker already shown; the earlier one on a tie). Penalties only
    grow, so a weight never rises: a heap of weights, each brought up to date when
    it comes to the top, picks the same quotation as a scan of all of them."""
    scores = importance(quotes, parsed, resolved)
    only_article = [quote.sources[0].span.article_id if len(quote.articles) == 1 else None for quote in quotes]
    speakers = [quote.speaker_id or quote.speaker for quote in quotes]
    shown_articles: Counter = Counter()
    shown_speakers: Counter = Counter()

    def weight(n: int) -> tuple[float, int]:
        article, speaker = only_article[n], speakers[n]
        penalty = SAME_ARTICLE ** shown_articles[article] if article else 1.0
        if speaker:
            penalty *= SAME_SPEAKER ** shown_speakers[speaker]
        return scores[n] * penalty, -n

    heap = [(-score, n) for n, score in enumerate(scores)]
    heapq.heapify(heap)
    ordered = []
    while heap:
        stale, n = heap[0]
        current, _ = weight(n)
        if -current != stale:
            heapq.heapreplace(heap, (-current, n))
            continue
        heapq.heappop(heap)
        if only_article[n]:
            shown_articles[only_article[n]] += 1
        if speakers[n]:
            shown_speakers[speakers[n]] += 1
        ordered.append(quotes[n])
    return tuple(ordered)
