"""Captions without a verb: a picture's place and date set as a sentence ("Ambulances at
Russell Square, London after the July 7, 2005 bombings."). A reported sentence has a finite
verb; a caption of this kind names what is shown, where and when, and no verb at all."""

from __future__ import annotations

import re

from newsbrief.split.tokens import MONTH
from newsbrief.summarize.fragments.captions import past_or_reporting

_DATE = re.compile(rf"\b{MONTH}\s+\d{{1,2}}\b|\b\d{{1,2}}\s+{MONTH}(?:\s|,|$)|\b(?:19|20)\d\d\b", re.IGNORECASE)
_PLACE = re.compile(r"\b(?:at|in|near|outside|inside)\s+(?:the\s+)?[A-Z]")
_PRESENT = frozenset(
    "is are am be do does can get go make take show stand sit walk wait look hold work speak talk gather arrive "
    "leave carry carries help attend run need want think know see come give keep live remain".split()
)
"""Auxiliaries and common verbs in the present tense (their forms in -s are found by ``_verb_in_s``)."""
_PAST = re.compile(r"\b[a-z]{2,}ed\b")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_NOT_BEFORE_A_VERB = frozenset(
    "a an the this that these those his her its their our my your some many several few all both".split()
)
_SHORT = 20


def _verb_in_s(text: str) -> bool:
    """A word in -s that may be a present-tense verb: not the sentence's first word, not
    after a determiner, not a plural in -ings or a word in -ss."""
    words = _WORD.findall(text)
    for before, word in zip(words, words[1:]):
        lower = word.lower()
        if (lower.endswith("s") and not lower.endswith(("ss", "ings", "'s", "’s")) and len(lower) > 3
                and word[0].islower() and before.lower() not in _NOT_BEFORE_A_VERB):
            return True
    return False


def is_verbless_caption(text: str) -> bool:
    """A short sentence with a date and a place and no verb in it."""
    if len(text.split()) > _SHORT or not _DATE.search(text) or not _PLACE.search(text):
        return False
    present = any(word.lower() in _PRESENT for word in _WORD.findall(text))
    return not (past_or_reporting(text) or _PAST.search(text) or present or _verb_in_s(text))
