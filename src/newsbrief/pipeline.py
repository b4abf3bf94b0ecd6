"""The Python API: from articles to a Brief, running each stage once in order."""

from __future__ import annotations

from collections.abc import Sequence

from newsbrief.clean import clean_article
from newsbrief.config import Config
from newsbrief.model import Article, Brief, Skipped
from newsbrief.split import split_articles
from newsbrief.summarize import summarize


def prepare(articles: Sequence[Article]) -> tuple[tuple[Article, ...], tuple[Skipped, ...]]:
    """Clean every article; those left with no text are skipped with a reason."""
    kept: list[Article] = []
    skipped: list[Skipped] = []
    for article in articles:
        cleaned, _report = clean_article(article)
        if cleaned.text.strip():
            kept.append(cleaned)
        else:
            skipped.append(Skipped(article.path or article.id, "no article text left after removing page furniture"))
    return tuple(kept), tuple(skipped)


def brief(articles: Sequence[Article], config: Config | None = None, skipped: Sequence[Skipped] = ()) -> Brief:
    """Brief a cluster of articles about one story."""
    config = config or Config()
    kept, dropped = prepare(articles)
    sentences = split_articles(kept)
    summary = summarize(sentences, kept, config) if sentences else ()
    return Brief(articles=kept, summary=summary, word_budget=config.words, skipped=tuple(skipped) + dropped)
