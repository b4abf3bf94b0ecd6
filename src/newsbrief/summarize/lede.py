"""The opening of the brief: the lede most outlets report. Of the sentences
that open their article (its first candidate, within its first three
sentences) and stand on their own (no subject pointing back: "The announcement had ..."), the one for which the most other articles
carry a sentence alike (tf-idf cosine at least ``support_threshold``) is
chosen; ties go to the newer article, then to the sentence carrying more
concept weight. The selection must include it and the brief opens with it."""

from __future__ import annotations

import re
from datetime import date

import numpy as np
from scipy import sparse

from newsbrief.model import Article, Sentence
from newsbrief.split.news_ledes import feature_opening, says_when
from newsbrief.split.openings import leans_on_earlier
from newsbrief.split.referring_nouns import referring_nouns

OPENING_DEPTH = 3
"""An article's opening candidate must be among its first this many sentences."""


_DESCRIBED_PERSON = re.compile(
    r"^\W*the\s+(?:[\w'’-]+\s+){0,2}?(?:singer|rocker|actor|actress|star|rapper|musician|suspect|victim|gunman"
    r"|woman|man|teen|teenager|boy|girl|officer|player|driver|pilot|frontman|athlete|comedian|billionaire)"
    r"\s+(?:was|is|has|had|were|are|died|said|says|will|would|allegedly|reportedly)\b",
    re.IGNORECASE,
)
"""A person the story named before, described instead of named, as the subject: "The ' 80s rocker
was found dead ..." (a fresh6a opening), not "The man authorities say killed three people ..."."""


def opens_pointing_back(text: str) -> bool:
    """The sentence's subject is a definite phrase pointing back to an event or document
    told before it ("The announcement had raised hopes ...", "The deal was signed ..."), or
    to a person described instead of named ("The ' 80s rocker was found dead ..."): a
    story's second sentence, not its opening."""
    if _DESCRIBED_PERSON.match(text):
        return True
    words = text.split()
    head = " ".join(words[:4])
    if head[:4].lower() != "the ":
        return False
    nouns = referring_nouns(head)
    if not nouns:
        return False
    after = [w.lower().strip(",.") for w in words[:6]]
    at = after.index(nouns[0]) if nouns[0] in after else len(after)
    return after[at + 1:at + 2] != ["to"]  # "The plan to build a wall ..." says which plan


def can_open(text: str) -> bool:
    """Whether a sentence may open a brief: it leans on no sentence before it and its
    subject does not point back (``opens_pointing_back``)."""
    return not leans_on_earlier(text) and not opens_pointing_back(text)


def pick_lede(candidates: list[int], sentences: list[Sentence], articles: tuple[Article, ...] | list[Article],
              vectors: sparse.csr_matrix, value: np.ndarray, threshold: float) -> int | None:
    """The candidate position of the lede, or None when no article opens with a usable sentence."""
    first: dict[int, int] = {}
    for k, i in enumerate(candidates):
        sentence = sentences[i]
        if sentence.index >= OPENING_DEPTH or sentence.article_index in first:
            continue
        if not can_open(sentence.text):
            continue
        first[sentence.article_index] = k
    if not first:
        return None
    openers = list(first.values())
    rows = vectors[[candidates[k] for k in openers]]
    similarity = (rows @ vectors.T).tocsr()
    article_of = np.fromiter((s.article_index for s in sentences), dtype=np.int64, count=len(sentences))

    def reach(row: int) -> int:
        start, end = similarity.indptr[row], similarity.indptr[row + 1]
        hits = similarity.indices[start:end][similarity.data[start:end] >= threshold]
        own = sentences[candidates[openers[row]]].article_index
        return len(set(article_of[hits].tolist()) - {own})

    def published(k: int) -> date:
        article = articles[sentences[candidates[k]].article_index]
        return article.published or date.min

    def text(row: int) -> str:
        return sentences[candidates[openers[row]]].text

    ranked = max(range(len(openers)), key=lambda r: (not feature_opening(text(r)), reach(r), says_when(text(r)),
                                                    published(openers[r]), float(value[openers[r]])))
    return openers[ranked]
