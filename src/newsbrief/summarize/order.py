"""Put chosen sentences in an order that reads well."""

from __future__ import annotations

from datetime import date

from newsbrief.model import Article, Sentence, SummarySentence


def reading_order(chosen: list[int], sentences: list[Sentence], articles: tuple[Article, ...] | list[Article]) -> list[int]:
    """By article date where known (undated articles after dated ones), then by
    the sentence's position in its article, then by article order."""
    def key(i: int) -> tuple[date, int, int]:
        sentence = sentences[i]
        published = articles[sentence.article_index].published or date.max
        return published, sentence.index, sentence.article_index

    return sorted(chosen, key=key)


def lede_first(summary: list[SummarySentence]) -> list[SummarySentence]:
    """Open with the lede: of the chosen sentences that open their article, the
    one the most articles report moves to the front when more articles report
    it than the sentence now first; the rest keep their reading order."""
    openers = [k for k, item in enumerate(summary) if item.sentence.index == 0]
    if not summary or not openers:
        return summary
    lede = max(openers, key=lambda k: (len(summary[k].articles), -k))
    if len(summary[lede].articles) <= len(summary[0].articles):
        return summary
    return [summary[lede], *summary[:lede], *summary[lede + 1:]]
