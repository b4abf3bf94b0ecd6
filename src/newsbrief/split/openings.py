"""Sentences that lean on one before them: read off the sentence's own words."""

from __future__ import annotations

import re

_UNRESOLVED_START = re.compile(
    r"^(?:[\"“‘']?\s*)(?:he|she|they|it|his|her|their|its|him|them|this|these|those"
    r"|but|and|however|also|meanwhile|instead|moreover|furthermore|the other|the same)\b",
    re.IGNORECASE,
)
_OPENING_QUOTE = re.compile(r"^[\"“‘]|^'\s")
_SPEAKER = re.compile(r"\b(?:said|says|say|told|asked|added|according to|wrote|stated)\b", re.IGNORECASE)


def is_unresolved(text: str) -> bool:
    """A sentence that leans on one before it: a pronoun or connective opening,
    or a quotation with no speaker."""
    if _UNRESOLVED_START.match(text):
        return True
    return bool(_OPENING_QUOTE.match(text)) and not _SPEAKER.search(text)
