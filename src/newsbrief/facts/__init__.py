"""Stage 6: cross-source facts. Entities and their aliases, attributes and
numbers with their support, disagreements between outlets, a timeline and
quotations, every finding pointing back to article spans.

The finding types live with the data model (``newsbrief.model``) and are
re-exported here; their rendering lives in ``newsbrief.render.facts``.

Needs spaCy and its small English model: ``pip install 'newsbrief[facts]'``.
"""

from newsbrief.facts.config import FactsConfig
from newsbrief.facts.extract import extract_facts
from newsbrief.facts.nlp import FactsUnavailable
from newsbrief.model import (
    Disagreement,
    Entity,
    Evidence,
    Fact,
    Facts,
    Quote,
    QuoteSource,
    Side,
    Span,
    TimelineEvent,
)

__all__ = [
    "Disagreement", "Entity", "Evidence", "Fact", "Facts", "FactsConfig", "FactsUnavailable", "Quote",
    "QuoteSource", "Side", "Span", "TimelineEvent", "extract_facts",
]
