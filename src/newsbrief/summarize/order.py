"""Put chosen sentences in an order that reads well."""

from __future__ import annotations

from datetime import date

from newsbrief.model import Article, Sentence


def reading_order(chosen: list[int], sentences: list[Sentence], articles: tuple[Article, ...] | list[Article]) -> list[int]:
    """By article date where known (undated articles after dated ones), then by
    the sentence's position in its article, then by article order."""
    def key(i: int) -> tuple[date, int, int]:
        sentence = sentences[i]
        published = articles[sentence.article_index].published or date.max
        return published, sentence.index, sentence.article_index

    return sorted(chosen, key=key)
