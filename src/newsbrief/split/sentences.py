"""Cut article text into sentences with character offsets, paragraph by paragraph."""

from __future__ import annotations

import re

import nupunkt

from newsbrief.model import Article, Sentence

_PARAGRAPH = re.compile(r"[^\n]+")


def _repair_quotes(spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Give an opening quotation mark left dangling at the end of a sentence to
    the sentence it opens. Punkt attaches the mark to the preceding sentence
    when quotes are tokenised with spaces (as in Multi-News: ``said. " the``)."""
    repaired = list(spans)
    for k in range(len(repaired) - 1):
        start, end = repaired[k]
        body = text[start:end].rstrip()
        if body.endswith("“") or (body.endswith(' "') and body.count('"') % 2 == 1):
            cut = start + len(body) - 1
            repaired[k] = (start, cut)
            repaired[k + 1] = (cut, repaired[k + 1][1])
    return repaired


def split_article(article: Article, article_index: int) -> list[Sentence]:
    """Sentences of one article in reading order. A line break always ends a
    sentence (headlines and list items never run into the next line); inside a
    line the nupunkt Punkt model decides."""
    sentences: list[Sentence] = []
    text = article.text
    for paragraph in _PARAGRAPH.finditer(text):
        base = paragraph.start()
        for start, end in _repair_quotes(nupunkt.sent_spans(paragraph.group(0)), paragraph.group(0)):
            chunk = text[base + start : base + end]
            stripped = chunk.strip()
            if not stripped:
                continue
            lead = len(chunk) - len(chunk.lstrip())
            begin = base + start + lead
            sentences.append(
                Sentence(
                    article_id=article.id,
                    article_index=article_index,
                    index=len(sentences),
                    start=begin,
                    end=begin + len(stripped),
                    text=stripped,
                )
            )
    return sentences


def split_articles(articles: list[Article] | tuple[Article, ...]) -> list[Sentence]:
    """Sentences of every article of a cluster, article by article."""
    return [sentence for i, article in enumerate(articles) for sentence in split_article(article, i)]
