"""Put chosen sentences in an order that reads well."""

from __future__ import annotations

from datetime import date

from newsbrief.model import Article, Sentence, SummarySentence
from newsbrief.split.openings import leans_on_earlier
from newsbrief.summarize.lede import can_open


def reading_order(chosen: list[int], sentences: list[Sentence], articles: tuple[Article, ...] | list[Article]) -> list[int]:
    """By article date (an undated article counts as of the latest date in the
    cluster, so it neither leads nor trails the rest), then by the sentence's
    position in its article, then by article order. A sentence that leans on an
    earlier one ("His partner ...") follows the chosen sentence of its own
    article before it, when there is one."""
    latest = max((a.published for a in articles if a.published is not None), default=date.max)

    def key(i: int) -> tuple[date, int, int]:
        sentence = sentences[i]
        return articles[sentence.article_index].published or latest, sentence.index, sentence.article_index

    return _after_what_they_lean_on(sorted(chosen, key=key), sentences)


def lede_first(summary: list[SummarySentence]) -> list[SummarySentence]:
    """Open with the lede: of the chosen sentences that open their article and may
    open a brief (``summarize.lede.can_open``), the one the most articles report moves
    to the front when the sentence now first is not such an opener, or when more
    articles report it; the rest keep their reading order."""
    openers = [k for k, item in enumerate(summary) if item.sentence.index == 0 and can_open(item.sentence.text)]
    if not summary or not openers:
        return summary
    lede = max(openers, key=lambda k: (len(summary[k].articles), -k))
    first_opens = 0 in openers
    if lede == 0 or (first_opens and len(summary[lede].articles) <= len(summary[0].articles)):
        return summary
    moved = [summary[lede], *summary[:lede], *summary[lede + 1:]]
    sentences = [item.sentence for item in moved]
    return [moved[k] for k in _after_what_they_lean_on(list(range(len(moved))), sentences)]


def _after_what_they_lean_on(order: list[int], sentences: list[Sentence]) -> list[int]:
    """``order`` with each sentence that leans on an earlier one of its own
    article moved to just after the nearest such sentence in ``order``."""
    for i in [i for i in order if leans_on_earlier(sentences[i].text)]:
        own = sentences[i]
        before = [k for k in order if sentences[k].article_index == own.article_index and sentences[k].index < own.index]
        if before:
            order.remove(i)
            order.insert(order.index(max(before, key=lambda k: sentences[k].index)) + 1, i)
    return order
