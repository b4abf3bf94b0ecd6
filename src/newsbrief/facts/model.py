"""What the facts stage returns: entities, facts, disagreements, timeline, quotes.

Every finding points back into the articles through ``Span`` (article id and
character offsets, ``article.text[start:end] == text``), never through a copy
of a string that would have to be searched for again.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Span:
    """Characters ``start:end`` of one article's clean text."""

    article_id: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Evidence:
    """Where a value is stated: the words that state it, inside their sentence."""

    value: Span
    sentence: Span


@dataclass(frozen=True)
class Entity:
    """A person, organisation or place, with every name the articles use for it."""

    id: str
    name: str
    type: str
    variants: tuple[str, ...]
    mentions: tuple[Span, ...]
    sentences: int
    """How many sentences mention it: the rank of the entity."""

    @property
    def articles(self) -> tuple[str, ...]:
        return _unique(span.article_id for span in self.mentions)


@dataclass(frozen=True)
class Fact:
    """One value of one attribute of a subject (an entity or the story's event),
    normalised so that different wordings of the same value are one fact."""

    subject: str
    """Entity id, or ``"event"`` for the story itself."""
    subject_name: str
    attribute: str
    value: str
    qualifier: str = "exact"
    """"exact", "at least", "at most" or "about", as the articles hedge it."""
    evidence: tuple[Evidence, ...] = ()
    inferred: bool = False
    """True when the subject was inferred (the article's main person) rather than named."""

    @property
    def articles(self) -> tuple[str, ...]:
        return _unique(item.value.article_id for item in self.evidence)


@dataclass(frozen=True)
class Side:
    """One value in a disagreement, with every sentence that states it."""

    value: str
    evidence: tuple[Evidence, ...]
    qualifier: str = "exact"

    @property
    def articles(self) -> tuple[str, ...]:
        return _unique(item.value.article_id for item in self.evidence)

    @property
    def support(self) -> int:
        return len(self.articles)


KINDS = ("conflict", "spelling", "bound", "rounding", "update")
"""Disagreement kinds: a plain contradiction, a name spelled differently, and
three labelled, probably benign differences (a hedged bound that the other value
satisfies, a rounded figure, a later figure from a later report)."""


@dataclass(frozen=True)
class Disagreement:
    """Articles giving different values for the same slot, every side shown."""

    subject: str
    subject_name: str
    attribute: str
    kind: str
    sides: tuple[Side, ...]
    note: str = ""

    @property
    def articles(self) -> tuple[str, ...]:
        return _unique(a for side in self.sides for a in side.articles)

    @property
    def benign(self) -> bool:
        """Labelled as probably not a contradiction (bound, rounding or update)."""
        return self.kind in ("bound", "rounding", "update")


@dataclass(frozen=True)
class TimelineEvent:
    """Something that happened at a resolved date (and maybe time), with its sources."""

    date: str
    """ISO 8601 at the precision known: "2016", "2016-11", "2016-12-23", "2016-12-23T03:00"."""
    precision: str
    """"year", "month", "day" or "time"."""
    text: str
    evidence: tuple[Evidence, ...]
    """``value`` is the date expression, ``sentence`` the sentence it dates."""

    @property
    def articles(self) -> tuple[str, ...]:
        return _unique(item.value.article_id for item in self.evidence)


@dataclass(frozen=True)
class QuoteSource:
    """One article's copy of a quotation and, when named there, who said it."""

    span: Span
    sentence: Span
    speaker: Span | None = None
    marked: bool = True
    """False for a quotation an outlet printed without quotation marks."""


@dataclass(frozen=True)
class Quote:
    """A direct quotation, merged across the outlets that carry it."""

    text: str
    speaker: str | None
    speaker_id: str | None
    sources: tuple[QuoteSource, ...]

    @property
    def articles(self) -> tuple[str, ...]:
        return _unique(source.span.article_id for source in self.sources)


@dataclass(frozen=True)
class Facts:
    """Everything the facts stage found in one cluster."""

    entities: tuple[Entity, ...] = ()
    facts: tuple[Fact, ...] = ()
    disagreements: tuple[Disagreement, ...] = ()
    timeline: tuple[TimelineEvent, ...] = ()
    quotes: tuple[Quote, ...] = ()
    warnings: tuple[str, ...] = field(default=())

    def entity(self, entity_id: str) -> Entity:
        for entity in self.entities:
            if entity.id == entity_id:
                return entity
        raise KeyError(entity_id)


def _unique(items) -> tuple[str, ...]:
    seen: list[str] = []
    for item in items:
        if item not in seen:
            seen.append(item)
    return tuple(seen)
