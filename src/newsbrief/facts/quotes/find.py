"""Quotations of a cluster at the door: each article's quotations found
(marked, then unmarked), attributed (agencies that only report one are no
speakers), fragments of the writer's clause left out, merged across outlets
and ranked across the cluster."""

from __future__ import annotations

from collections.abc import Sequence

from newsbrief.facts.config import FactsConfig
from newsbrief.facts.entities import Resolved
from newsbrief.facts.nlp import Parsed
from newsbrief.facts.quotes.agencies import drop_reporting_sources
from newsbrief.facts.quotes.fragments import is_fragment
from newsbrief.facts.quotes.marks import Found, quoted_ranges
from newsbrief.facts.quotes.merge import merge
from newsbrief.facts.quotes.rank import rank_quotes
from newsbrief.facts.quotes.speakers import ArticleSpeakers, attribute, carry_speakers, paragraph_label
from newsbrief.facts.quotes.unmarked import after_colon, first_person
from newsbrief.model import Article, Quote
from newsbrief.split.sentences import paragraph_spans


def find_quotes(
    articles: Sequence[Article], parsed: Sequence[Parsed], resolved: Resolved, config: FactsConfig
) -> tuple[Quote, ...]:
    """Every quotation of the cluster with its speaker, one Quote per quotation
    however many outlets carry it, the most important first (``rank``)."""
    kinds = {e.id: e.type for e in resolved.entities}
    names = {e.id: e.name for e in resolved.entities}
    by_article: dict[str, list[int]] = {}
    for p, item in enumerate(parsed):
        by_article.setdefault(item.sentence.article_id, []).append(p)
    found: list[Found] = []
    for source in articles:
        indices = by_article.get(source.id)
        if not indices:
            continue
        text = source.text
        article = ArticleSpeakers(source, parsed, indices, resolved, kinds)
        ranges = quoted_ranges(text)
        here: list[Found] = []
        for p_start, p_end in paragraph_spans(text):
            label = paragraph_label(text, p_start, p_end, article)
            for start, end in ranges:
                if p_start <= start < p_end:
                    item = Found(source.id, start, end, True)
                    attribute(item, article, ranges, label)
                    here.append(item)
                    if item.speaker_id or item.speaker_text:
                        article.speakers.append((end, item.speaker_id, item.speaker_text))
        here.extend(after_colon(article, config, ranges))
        here.extend(first_person(article, config, ranges))
        here.sort(key=lambda f: f.start)
        carry_speakers(here, text)
        drop_reporting_sources(here, article, names)
        found.extend(
            f for f in here
            if len(text[f.start : f.end].split()) >= config.min_quote_words and article.in_sentence(f.start)
            and not is_fragment(text, f.start, f.end, article.parsed_at(f.start))
        )
    return rank_quotes(merge(found, articles, parsed, resolved, config), parsed, resolved)


