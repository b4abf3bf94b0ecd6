""""Here" in a sentence's own words (outside quotations) points at the place a
wire story's dateline names ("A diplomat here said", "issued here on
Wednesday"); a brief, which never shows the dateline, leaves a reader asking
where. Uses that point at no place ("here is why", "here to stay") or at one
beside it ("near here") are not counted. "There" after a verb of going or
staying, or a preposition, points at a place a sentence before named."""

from __future__ import annotations

import re

from newsbrief.split.quotations import outside_quotations

HERE = re.compile(r"\bhere\b(?!['’]s)", re.IGNORECASE)
NOT_A_PLACE = re.compile(
    r"\bhere\s+(?:is|are|was|were|comes?|goes|we|you|to\s+stay|and\s+there|and\s+now)\b"
    r"|\b(?:from|near|out\s+of)\s+here\b",
    re.IGNORECASE,
)


def place_here(text: str) -> re.Match[str] | None:
    """The first "here" of ``text`` that stands for a place, if any."""
    for match in HERE.finditer(text):
        if not NOT_A_PLACE.search(text[max(0, match.start() - 12):match.end() + 12]):
            return match
    return None


def says_here(text: str) -> bool:
    """Whether the sentence's own words (outside quotations) say "here" of a place."""
    own = outside_quotations(text)
    return own is not None and place_here(own) is not None


_THERE = re.compile(r"\b(?:arrived|moved|went|came|lived|stayed|returned|travelled|traveled|flew|fled|settled)\s+there\b"
                    r"|\b(?:from|in|at|to)\s+there\b", re.IGNORECASE)


def says_there(text: str) -> bool:
    """A "there" in the sentence's own words that stands for a place named elsewhere
    ("He arrived there in 2011"); not "there is", "there were"."""
    own = outside_quotations(text)
    return own is not None and bool(_THERE.search(own))
