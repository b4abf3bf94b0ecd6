"""The brief as a JSON-ready dict: every finding points back to an article id and a character span."""

from __future__ import annotations

import json
from typing import Any

from newsbrief.model import Article, Brief, Sentence
from newsbrief.render.facts import facts_to_dict, insertion_dict

SCHEMA_VERSION = 1


def _span(sentence: Sentence) -> dict[str, Any]:
    return {"article_id": sentence.article_id, "start": sentence.start, "end": sentence.end, "text": sentence.text}


def _article(article: Article) -> dict[str, Any]:
    return {
        "id": article.id,
        "title": article.title,
        "source": article.source,
        "url": article.url,
        "published": article.published.isoformat() if article.published else None,
        "path": article.path,
    }


def brief_to_dict(brief: Brief) -> dict[str, Any]:
    """A plain dict of the brief (the schema is documented in docs/json-schema.md)."""
    n_articles = len(brief.articles)
    data = {
        "schema_version": SCHEMA_VERSION,
        "summary": [
            {
                **_span(item.sentence),
                "articles": list(item.articles),
                "reported_by": len(item.articles),
                "support": [
                    {**_span(other), "similarity": similarity}
                    for other, similarity in zip(item.support, item.similarity)
                ],
                "display": item.display,
                "insertions": [insertion_dict(i) for i in item.insertions],
                "disputed": list(item.disputed),
            }
            for item in brief.summary
        ],
        "summary_text": brief.summary_text,
        "display_text": brief.display_text,
        "checked_against_facts": brief.facts is not None,
        "words": brief.words,
        "word_budget": brief.word_budget,
        "articles": [_article(article) for article in brief.articles],
        "article_count": n_articles,
        "skipped": [{"source": s.source, "reason": s.reason} for s in brief.skipped],
        "warnings": list(brief.warnings),
    }
    if brief.facts is not None:
        data.update(facts_to_dict(brief.facts))
    return data


def render_json(brief: Brief) -> str:
    return json.dumps(brief_to_dict(brief), ensure_ascii=False, indent=2)
