""""Here" in a wire story means the place of its dateline ("NAIROBI, Kenya (AP) _"),
which the brief never shows: the splitter cuts the dateline off as a fragment. A
reader of the brief alone asks where "A diplomat here said" is, so "here" gets
the dateline's place as an insertion ("A diplomat here [Nairobi] said")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsbrief.model import Article, Insertion, Sentence
from newsbrief.summarize.fragments.datelines import dateline

_HERE = re.compile(r"\bhere\b(?!['’]s)", re.IGNORECASE)
_NOT_A_PLACE = re.compile(
    r"\bhere\s+(?:is|are|was|were|comes?|goes|we|you|to\s+stay|and\s+there|and\s+now)\b"
    r"|\b(?:from|near|out\s+of)\s+here\b",
    re.IGNORECASE,
)
"""Uses of "here" that point at no place ("here is why", "here to stay"), or at
one near the dateline's place but not it ("near here")."""
_AGENCY_OR_DASH = re.compile(r"\s*(?:\(.*)?(?:_|—|–|--|-|:)?\s*$")


def dateline_place(text: str) -> str | None:
    """The place an article's dateline names, in ordinary case ("Nairobi" of
    "NAIROBI, Kenya (AP) _", "St. Louis" of "ST. LOUIS _"); None without a dateline."""
    head = dateline(text)
    if not head:
        return None
    place = _AGENCY_OR_DASH.sub("", head.split(",")[0]).strip()
    if not place or not place[:1].isalpha():
        return None
    return " ".join(word.title() if word.isupper() else word for word in place.split())


class DatelinePlaces:
    """The dateline place of each article of a cluster that has one."""

    def __init__(self, articles: Sequence[Article]) -> None:
        self._place = {article.id: place for article in articles if (place := dateline_place(article.text))}

    def insertions(self, sentence: Sentence) -> list[Insertion]:
        """The place after the first "here" of ``sentence`` that stands for its
        article's dateline place; none when the article has no dateline or the
        sentence names that place itself."""
        place = self._place.get(sentence.article_id)
        if place is None or place.lower() in sentence.text.lower():
            return []
        for match in _HERE.finditer(sentence.text):
            if _NOT_A_PLACE.search(sentence.text[max(0, match.start() - 12):match.end() + 12]):
                continue
            return [Insertion(match.end(), place, "place")]
        return []
