"""Sentences that continue another one: "also" in their own words ("Oliveira also
planned to vote for Cardoso", "Surveys also show...") says that something like it
was said before, which a brief that leaves that sentence out never said."""

from __future__ import annotations

import re

from newsbrief.split.quotations import outside_quotations

_ALSO = re.compile(r"\balso\b", re.IGNORECASE)
_NOT_A_CONTINUATION = re.compile(
    r"\bnot\s+only\b.*\bbut\s+also\b|\balso\s+(?:known|called|named|spelled|referred\s+to)\s+as\b"
    r"|\balso\s+(?:known|called|named)\b",
    re.IGNORECASE,
)


def continues_another(text: str) -> bool:
    """Whether the sentence's own words (outside quotations) say "also" as a
    continuation, not in "not only ... but also" or "also known as"."""
    own = outside_quotations(text)
    if own is None or not _ALSO.search(own):
        return False
    return not _NOT_A_CONTINUATION.search(own)
