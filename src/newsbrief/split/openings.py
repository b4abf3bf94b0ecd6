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
    r"^(?:[\"“‘']?\s*)(?:but|however|also|meanwhile|instead|moreover|furthermore|nevertheless"
    r"|this|these|those|that|the other)\b",
    re.IGNORECASE,
)
_IMPERSONAL = re.compile(r"^that\s+(?:is|was)\s+(?:according|the view)", re.IGNORECASE)


def leans_on_previous(text: str) -> bool:
    """A sentence that a reader cannot follow without the sentence before it in
    its article: an opening connective ("But", "However", "Also"...), a
    demonstrative ("This", "Those") or "The other". Pronoun openings are left
    to the edit stage ("He" gets a name) and to the selection's penalty
    (``is_unresolved``): constraining "It"/"They" as well cost 0.2 ROUGE-1 on
    Multi-News validation (benchmarks/reader/README.md)."""
    if _IMPERSONAL.match(text):
        return False
    return bool(_LEANS_START.match(text))


def leans_on_earlier(text: str) -> bool:
    """Either kind of lean: an unresolved reference (``is_unresolved``) or a
    sentence that needs its predecessor (``leans_on_previous``)."""
    return is_unresolved(text) or leans_on_previous(text)
