"""A headline run into its story's dateline and lede, with only a dash between them ("S. Korea
activists float socks over to n. Korea seoul — south korean activists on saturday released
..."): a scraped page that lost the line break after its headline. Told by the lede after the
dash repeating most of the headline's words; and, with no dash at all, by an opening run of words
whose content words the rest of the sentence says again ("Charlie gard: judge to decide on parent's
' last wish'that son can die at home a judge will decide on wednesday whether to grant the "last
wish " of charlie gard's parents ...")."""

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


_WORD = re.compile(r"\S+")
_SHORTEST_HEADLINE, _LONGEST_HEADLINE = 5, 24
"""Words of a headline glued with no dash."""
_UNDASHED_STEMS = 5
_UNDASHED_RESTATED = 0.7
_LEDE_REACH = 30
"""Words after the headline in which the lede must say its content words again (40 and six in
ten flagged 154 of those sentences)."""


def _restated_opening(text: str) -> bool:
    """An opening of 5 to 24 words, at least five content stems, seven in ten of them said
    again in the next 30 words: a headline and its lede with nothing between them. A
    sentence saying its own words twice that much is rare (17 of 48,600 sentences of DUC
    2003/2006/2007 and TAC 2011 not flagged otherwise)."""
    words = _WORD.findall(text)
    stems = [_content(word) for word in words]
    for cut in range(_SHORTEST_HEADLINE, min(_LONGEST_HEADLINE, len(words) - _SHORTEST_HEADLINE) + 1):
        opening = set().union(*stems[:cut])
        if len(opening) < _UNDASHED_STEMS:
            continue
        lede = set().union(*stems[cut:cut + _LEDE_REACH])
        if len(opening & lede) >= _UNDASHED_RESTATED * len(opening):
            return True
    return False


def _name_said_twice(text: str) -> bool:
    """The two opening words (a name, as a short headline opens) said again within the next
    three ("Alexis murphy missing alexis murphy, 17, has been missing ..."): a headline run
    into its lede ("Hong Kong stocks fell as Hong Kong traders sold" says it further on)."""
    words = [word.strip(",.:;\"“”'’").lower() for word in _WORD.findall(text)[:8]]
    if len(words) < 5 or not all(w.isalpha() and w not in STOPWORDS for w in words[:2]):
        return False
    return any(words[k:k + 2] == words[:2] for k in range(2, min(5, len(words) - 1)))


def has_glued_headline(text: str) -> bool:
    """A short run with no comma or quotation mark before a dash, whose content words mostly
    come back after it ("Sen. Smith -- a Democrat from Ohio -- voted" is a sentence), or an
    opening its sentence restates with no dash between (or whose opening name it says again)."""
    dash = _DASH.search(text)
    if not dash:
        return _restated_opening(text) or _name_said_twice(text)
    headline = text[:dash.start()]
    if len(headline.split()) > _HEADLINE_WORDS or any(mark in headline for mark in ',"“”'):
        return False
    words = _content(headline)
    restated = len(words & _content(text[dash.end():]))
    return len(words) >= _HEADLINE_STEMS and restated >= max(3, _RESTATED * len(words))
