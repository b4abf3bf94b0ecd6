"""Which sentences may enter a summary, and the position prior each one carries."""

from __future__ import annotations

import re

import numpy as np

from newsbrief.clean.furniture import is_furniture
from newsbrief.config import Config
from newsbrief.model import Sentence

_UNRESOLVED_START = re.compile(
    r"^(?:[\"“‘']?\s*)(?:he|she|it|they|his|her|hers|their|its|this|these|those|that|him|them"
    r"|but|and|or|so|yet|still|however|also|meanwhile|instead|then|there|here|such|both|another"
    r"|other|others|the other|the same|as a result|in addition|moreover|furthermore)\b",
    re.IGNORECASE,
)
_OPENING_QUOTE = re.compile(r"^[\"“‘]|^'\s")
_SPEAKER = re.compile(r"\b(?:said|says|say|told|asked|added|according to|wrote|stated)\b", re.IGNORECASE)
_CREDIT = re.compile(r"\b(?:ap|afp|reuters|getty|epa)\s*(?:photo|images)?\s*/|\(\s*(?:ap|reuters|afp)\s+photo", re.I)


def is_unresolved(text: str) -> bool:
    """A sentence that leans on one before it: a pronoun or connective opening,
    or a quotation with no speaker."""
    if _UNRESOLVED_START.match(text):
        return True
    return bool(_OPENING_QUOTE.match(text)) and not _SPEAKER.search(text)


def eligible(sentence: Sentence, config: Config) -> bool:
    """Whole, stand-alone reporting of a length a summary can use."""
    words = sentence.words
    if words < config.min_sentence_words or words > config.max_sentence_words:
        return False
    text = sentence.text
    if text.endswith((":", "?", ",")) or is_furniture(text) or _CREDIT.search(text):
        return False
    return any(ch.isalpha() for ch in text)


def position_prior(sentences: list[Sentence], config: Config) -> np.ndarray:
    """Lead prior of every sentence: earlier sentences of an article report the
    core of the story; unresolved openings are discounted."""
    prior = np.empty(len(sentences))
    for i, sentence in enumerate(sentences):
        value = (1.0 + sentence.index) ** (-config.prior_decay)
        if is_unresolved(sentence.text):
            value *= 1.0 - config.unresolved_penalty
        prior[i] = value
    return prior
