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
    """The quotations most important first, spread over articles and speakers."""
    scores = importance(quotes, parsed, resolved)
    left = list(range(len(quotes)))
    shown_articles: Counter = Counter()
    shown_speakers: Counter = Counter()
    ordered = []
    while left:
        def weight(n: int) -> tuple[float, int]:
            quote = quotes[n]
            article = quote.sources[0].span.article_id if len(quote.articles) == 1 else None
            penalty = SAME_ARTICLE ** shown_articles[article] if article else 1.0
            speaker = quote.speaker_id or quote.speaker
            if speaker:
                penalty *= SAME_SPEAKER ** shown_speakers[speaker]
            return scores[n] * penalty, -n
        best = max(left, key=weight)
        left.remove(best)
        quote = quotes[best]
        if len(quote.articles) == 1:
            shown_articles[quote.sources[0].span.article_id] += 1
        if quote.speaker_id or quote.speaker:
            shown_speakers[quote.speaker_id or quote.speaker] += 1
        ordered.append(quote)
    return tuple(ordered)
