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

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence

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


def _weight(text: str, position: int, names: set[str], top_names: frozenset[str]) -> int:
    """How likely a sentence is to carry a finding the stage shows (higher first)."""
    weight = 5 if position == 0 else 3 if position < OPENING else 0
    weight += 3 * bool(_QUOTATION.search(text))
    weight += 2 * sum(bool(pattern.search(text)) for pattern in (_FIGURE, _DATE, _AGE))
    return weight + min(3, len(names & top_names))


def within_budget(sentences: Sequence[Sentence], budget: int,
                  keep: Callable[[Sentence], bool] = lambda sentence: True) -> tuple[list[Sentence], Coverage | None]:
    """The sentences to analyse, in their order, of those ``keep`` accepts, and the
    coverage when the budget applied (None when every accepted sentence is kept:
    ``budget`` 0, or no more distinct sentences than it). Over the budget ``keep``
    is asked only of the sentences ranked high enough to be chosen (it may be slow:
    the page-furniture test). Every copy of a chosen sentence is kept, so its support
    across outlets stays whole."""
    groups: dict[str, list[int]] = {}
    for index, sentence in enumerate(sentences):
        groups.setdefault(normalised(sentence.text), []).append(index)
    if budget <= 0 or len(groups) <= budget:
        return [s for s in sentences if keep(s)], None
    positions: dict[str, int] = Counter()
    position = []
    for sentence in sentences:
        position.append(positions[sentence.article_id])
        positions[sentence.article_id] += 1
    members = list(groups.values())
    names = [_names(sentences[group[0]].text) for group in members]
    top_names = frozenset(name for name, _ in Counter(n for found in names for n in found).most_common(TOP_NAMES))
    first = [min(position[i] for i in group) for group in members]
    ranked = sorted(range(len(members)), key=lambda g: (
        -_weight(sentences[members[g][0]].text, first[g], names[g], top_names), first[g], members[g][0]))
    chosen: list[int] = []
    analysed = 0
    for g in ranked:
        accepted = [i for i in members[g] if keep(sentences[i])]
        if accepted:
            chosen += accepted
            analysed += 1
            if analysed == budget:
                break
    else:  # every accepted sentence fits
        return [s for s in sentences if keep(s)], None
    return [sentences[i] for i in sorted(chosen)], Coverage(analysed=analysed, distinct=len(groups), budget=budget)
