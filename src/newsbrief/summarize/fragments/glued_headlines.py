"""A headline run into its story's dateline and lede, with only a dash between them ("S. Korea
activists float socks over to n. Korea seoul — south korean activists on saturday released
..."): a scraped page that lost the line break after its headline. Told by the lede after the
dash repeating most of the headline's words."""

from __future__ import annotations

import re

from newsbrief.split.tokens import STOPWORDS, stem, tokenize

_DASH = re.compile(r"\s(?:—|–|--)\s")
_HEADLINE_WORDS = 16
"""The most words before the dash for it to be a headline and its dateline."""
_HEADLINE_STEMS = 5
"""The fewest content stems before the dash: a headline and a dateline, not a clause ("The storm hit the coast")."""
_RESTATED = 0.5
"""Share of those stems the lede repeats (and at least three)."""


def _content(text: str) -> set[str]:
    return {stem(token) for token in tokenize(text) if token not in STOPWORDS}


def has_glued_headline(text: str) -> bool:
    """A short run with no comma or quotation mark before a dash, whose content words mostly
    come back after it ("Sen. Smith -- a Democrat from Ohio -- voted" is a sentence)."""
    dash = _DASH.search(text)
    if not dash:
        return False
    headline = text[:dash.start()]
    if len(headline.split()) > _HEADLINE_WORDS or any(mark in headline for mark in ',"“”'):
        return False
    words = _content(headline)
    restated = len(words & _content(text[dash.end():]))
    return len(words) >= _HEADLINE_STEMS and restated >= max(3, _RESTATED * len(words))
