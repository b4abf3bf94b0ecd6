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


_LEANS_START = re.compile(
    r"^(?:[\"“‘']?\s*)(?:they|them|their|it|its|this|these|those|that|then|there|but|and|however|also|meanwhile"
    r"|instead|moreover|furthermore|nevertheless|still|yet|besides|likewise|similarly|otherwise|thus|hence"
    r"|the other|the same|such|another|both|neither|either)\b",
    re.IGNORECASE,
)
_IMPERSONAL = re.compile(
    r"^(?:it|there)\s+(?:is|was|has been|had been|will be|would be|could be|may be|might be|remains|remained|seems"
    r"|seemed|appears|appeared|are|were)\b|^that\s+(?:is|was)\s+(?:according|the view)",
    re.IGNORECASE,
)


def leans_on_previous(text: str) -> bool:
    """A sentence that a reader cannot follow without the sentence before it in
    its article: an opening "They", "It", "This", "The other", "But", "Also"...,
    or a quotation whose speaker it does not name. An opening "He"/"She" is not
    counted: the edit stage names the person it stands for. Impersonal openings
    ("It is thought that", "There were") stand on their own."""
    if _IMPERSONAL.match(text):
        return False
    if _LEANS_START.match(text):
        return True
    return bool(_OPENING_QUOTE.match(text)) and not _SPEAKER.search(text)
