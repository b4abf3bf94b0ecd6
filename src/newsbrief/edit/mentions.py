"""Where each entity is mentioned, looked up by article and character offset."""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from newsbrief.model import Entity, Span

PERSON = "PERSON"
PLACES = ("GPE", "LOC", "FAC")


@dataclass(frozen=True)
class Mention:
    """One mention of an entity: where it is and which entity it names."""

    span: Span
    entity: Entity


class MentionIndex:
    """Every entity mention of a cluster, sorted by position within each article."""

    def __init__(self, entities: Sequence[Entity]) -> None:
        by_article: dict[str, list[Mention]] = defaultdict(list)
        for entity in entities:
            for span in entity.mentions:
                by_article[span.article_id].append(Mention(span, entity))
        self._mentions = {a: sorted(m, key=lambda x: (x.span.start, -x.span.end)) for a, m in by_article.items()}
        self._starts = {a: [m.span.start for m in ms] for a, ms in self._mentions.items()}

    def within(self, article_id: str, start: int, end: int, types: Sequence[str] = ()) -> list[Mention]:
        """Mentions lying inside ``[start, end)`` of the article, in reading order."""
        mentions = self._mentions.get(article_id, [])
        first = bisect.bisect_left(self._starts.get(article_id, []), start)
        found = []
        for mention in mentions[first:]:
            if mention.span.start >= end:
                break
            if mention.span.end <= end and (not types or mention.entity.type in types):
                found.append(mention)
        return found
