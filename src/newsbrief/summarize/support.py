"""Whether a sentence of another article states the same main claim as a
summary sentence, the test behind every "reported by" badge.

Word overlap alone over-claims: at the old tf-idf cosine of 0.35, readers
judged only 57% of the counted sentences to report the summary sentence's main
fact (benchmarks/reader, the "before" round). Judged pairs show what holds:
a sentence counts when it repeats every number the summary sentence gives,
uses most of the words that carry the summary sentence's claim (share of its
lower-case content words >= ``coverage``: a longer sentence with extra detail
is fine; one that shares only the names and the topic is not), and either says
nearly the same words (tf-idf cosine >= ``lexical``) or says the same thing in
other words (static-embedding cosine >= ``meaning``). The claim words hold on
the near copies too: "The hostages _ (four names) _ were engineers." is not
reported by "The hostages _ (the same names) _ were kidnapped on Oct. 3."
(cosine 0.88; judged in round after4). On the judged
pairs of the "before" round this test keeps 0.97 precision at 0.45 recall,
against 0.50 at 0.96 for the old cosine of 0.35. A different count of the same
thing, or the event negated or put off, is never support (``conflicts``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from collections.abc import Sequence

import numpy as np

from newsbrief.config import Config
from newsbrief.represent.embeddings import EmbeddingsUnavailable, SentenceEmbeddings
from newsbrief.split.tokens import STOPWORDS, stem, tokenize
from newsbrief.summarize.conflicts import conflict

_NUMBER = re.compile(r"\d[\d,.]*\d|\d")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


@dataclass(frozen=True)
class ClaimTest:
    """The thresholds of the same-claim test."""

    candidate: float
    """Tf-idf cosine below which a sentence is not even considered."""
    lexical: float
    meaning: float
    coverage: float

    @classmethod
    def of(cls, config: Config) -> ClaimTest:
        """The thresholds ``config`` sets (``support_*``)."""
        return cls(config.support_threshold, config.support_lexical, config.support_meaning, config.support_coverage)


def numbers(text: str) -> set[str]:
    """The figures a sentence states, written without thousands separators."""
    return {match.group().replace(",", "").rstrip(".") for match in _NUMBER.finditer(text)}


def claim_words(text: str) -> set[str]:
    """Stems of the words that carry a sentence's claim rather than its topic:
    its lower-case content words ("pledged", "rebuild", "years"), not the names
    ("Mayor Tomas Rendell") that a sentence on the same topic shares anyway."""
    words = [word for word in tokenize(" ".join(w for w in _WORD.findall(text) if not w[0].isupper()))
             if word not in STOPWORDS and len(word) > 1]
    return {stem(word) for word in words}


def coverage(summary_text: str, other_stems: Sequence[str]) -> float:
    """Share of the summary sentence's claim words that the other sentence uses."""
    claim = claim_words(summary_text)
    return len(claim & set(other_stems)) / len(claim) if claim else 1.0


def same_claim(summary_text: str, other_text: str, cosine: float, meaning: float | None, covered: float,
               test: ClaimTest) -> bool:
    """The test of the module docstring for one pair; ``meaning`` is None when no
    embedding model is available, and then only the lexical route counts."""
    if cosine < test.candidate or not numbers(summary_text) <= numbers(other_text):
        return False
    if conflict(summary_text, other_text) is not None:
        return False
    if covered < test.coverage:
        return False
    return cosine >= test.lexical or (meaning is not None and meaning >= test.meaning)


def meaning_cosines(summary_texts: list[str], other_texts: list[str],
                    embeddings: SentenceEmbeddings) -> np.ndarray | None:
    """Embedding cosine of each summary text with each other text (rows, columns),
    or None when the embedding model cannot be loaded."""
    if not summary_texts or not other_texts:
        return np.zeros((len(summary_texts), len(other_texts)))
    try:
        return embeddings(summary_texts) @ embeddings(other_texts).T
    except EmbeddingsUnavailable:
        return None
