""""Here" in a wire story means the place of its dateline ("NAIROBI, Kenya (AP) _"),
which the brief never shows: where the cleaner left the dateline in the text, the
splitter cuts it off as a fragment. A reader of the brief alone asks where "A
diplomat here said" is, so "here" gets the dateline's place as an insertion ("A
diplomat here [Nairobi] said"). A sentence saying "here" in an article whose
dateline the cleaner removed is not chosen (``summarize.coherence``)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsbrief.model import Article, Insertion, Sentence
from newsbrief.split.here import place_here
from newsbrief.summarize.fragments.datelines import dateline

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
        match = place_here(sentence.text)
        return [Insertion(match.end(), place, "place")] if match else []
