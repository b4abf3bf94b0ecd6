"""Word tokens, Porter stems and stopwords: the vocabulary later stages count."""

from __future__ import annotations

import re
from functools import lru_cache

import Stemmer
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

# The same token rule as ROUGE-1.5.5 and rouge-score (lower-cased runs of
# letters and digits), so that what the summarizer counts is what gets scored.
_TOKEN = re.compile(r"[a-z0-9]+")

STOPWORDS: frozenset[str] = frozenset(ENGLISH_STOP_WORDS) | frozenset(
    {"s", "t", "said", "says", "say", "mr", "mrs", "ms", "just", "like", "also", "new", "year", "years"}
)

_STEMMER = Stemmer.Stemmer("porter")


def tokenize(text: str) -> list[str]:
    """Lower-cased alphanumeric tokens of ``text``."""
    return _TOKEN.findall(text.lower())


@lru_cache(maxsize=200_000)
def stem(token: str) -> str:
    """Porter stem of one lower-cased token (cached: news vocabularies repeat)."""
    return _STEMMER.stemWord(token)


def stems(text: str) -> list[str]:
    """Porter stems of the tokens of ``text``."""
    return [stem(token) for token in tokenize(text)]


def looks_english(text: str) -> bool:
    """English running text is roughly a third stopwords; other languages are not
    (a short text needs at least one English stopword)."""
    tokens = tokenize(text[:5000])
    if len(tokens) < 8:
        return bool(tokens) and sum(t in STOPWORDS for t in tokens) >= 1
    return sum(token in STOPWORDS for token in tokens) / len(tokens) >= 0.15
