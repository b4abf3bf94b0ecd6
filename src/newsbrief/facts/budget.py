"""The analysis budget of a large cluster: which sentences spaCy analyses.

spaCy costs about 6 CPU ms a sentence, so a 1,000-article cluster (28,000
sentences) cannot be analysed whole in seconds. Near-duplicate sentences (the
same words once case, quotation marks and spacing are set aside, common across
outlets) count once. Where more distinct sentences remain than the budget, the
ones most likely to carry what the stage shows are kept: each article's opening
sentences, sentences with figures, dates, ages or quotations, and sentences
naming the cluster's most frequent capitalised names. Below the budget every
sentence is kept, so a small cluster's facts are what they always were.
"""

from __future__ import annotations

import heapq
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence

from newsbrief.model import Coverage, Sentence

OPENING = 3
"""Sentences of each article counted as its opening."""
TOP_NAMES = 25
"""Most frequent capitalised names whose sentences are preferred."""

_QUOTE_MARKS = str.maketrans({"\u2018": "'", "\u2019": "'", "`": "'", "\u201c": '"', "\u201d": '"'})
_FIGURE = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|"
    r"hundreds|thousand|thousands|million|millions|billion|dozen|dozens)\b", re.IGNORECASE)
_DATE = re.compile(
    r"\b(?:Jan(?:uary)?|Feb(?:ruary)?|March|April|May|June|July|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|"
    r"Nov(?:ember)?|Dec(?:ember)?|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"yesterday|today|tomorrow|tonight|last (?:week|month|year)|next (?:week|month|year))\b")
_AGE = re.compile(r",\s*\d{1,3}\s*,|\baged?\s+\d|\d+-year-old|\byears? old\b", re.IGNORECASE)
_QUOTATION = re.compile(r"[\"\u201c\u201d]|''|``")
_NAME = re.compile(r"(?<=[\w,;:] )[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*")


def normalised(text: str) -> str:
    """The text by which near-duplicates are one sentence: Unicode compatibility
    forms, one style of quotation mark, runs of spacing and punctuation as one space, lower case."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTE_MARKS)
    return " ".join(re.sub(r"[^\w'\"]+", " ", text).split()).lower()


def _names(text: str) -> set[str]:
    return set(_NAME.findall(text))


def _weight(text: str, position: int, top_names: frozenset[str]) -> int:
    """How likely a sentence is to carry a finding the stage shows (higher first)."""
    weight = 5 if position == 0 else 3 if position < OPENING else 0
    weight += 3 * bool(_QUOTATION.search(text))
    weight += 2 * sum(bool(pattern.search(text)) for pattern in (_FIGURE, _DATE, _AGE))
    return weight + min(3, len(_names(text) & top_names))


def within_budget(sentences: Sequence[Sentence], budget: int) -> tuple[list[Sentence], Coverage | None]:
    """The sentences to analyse, in their order, and the coverage when the budget
    applied (None when every sentence is kept: ``budget`` 0, or no more distinct
    sentences than it). Every copy of a chosen sentence is kept, so its support across outlets stays whole."""
    groups: dict[str, list[int]] = {}
    for index, sentence in enumerate(sentences):
        groups.setdefault(normalised(sentence.text), []).append(index)
    if budget <= 0 or len(groups) <= budget:
        return list(sentences), None
    positions: dict[str, int] = Counter()
    position = []
    for sentence in sentences:
        position.append(positions[sentence.article_id])
        positions[sentence.article_id] += 1
    representatives = [members[0] for members in groups.values()]
    named = Counter(name for index in representatives for name in _names(sentences[index].text))
    top_names = frozenset(name for name, _ in named.most_common(TOP_NAMES))
    chosen = heapq.nsmallest(
        budget, groups.values(),
        key=lambda members: (-_weight(sentences[members[0]].text, min(position[i] for i in members), top_names),
                             min(position[i] for i in members), members[0]))
    kept = sorted(index for members in chosen for index in members)
    return [sentences[i] for i in kept], Coverage(analysed=len(chosen), distinct=len(groups), budget=budget)
