"""Stage 6: cross-source facts. Entities and their aliases, attributes and
numbers with their support, disagreements between outlets, a timeline and
quotations, every finding pointing back to article spans.

Needs spaCy and its small English model: ``pip install 'newsbrief[facts]'``.
"""

from newsbrief.facts.config import FactsConfig
from newsbrief.facts.extract import extract_facts
from newsbrief.facts.model import (
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
from newsbrief.facts.nlp import FactsUnavailable
from newsbrief.facts.report import facts_to_dict, facts_to_markdown, facts_to_text

__all__ = [
    "Disagreement", "Entity", "Evidence", "Fact", "Facts", "FactsConfig", "FactsUnavailable", "Quote",
    "QuoteSource", "Side", "Span", "TimelineEvent", "extract_facts", "facts_to_dict", "facts_to_markdown",
    "facts_to_text",
]
