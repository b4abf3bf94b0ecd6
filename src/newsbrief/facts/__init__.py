"""Stage 6: cross-source facts. Entities and their aliases, attributes and
numbers with their support, disagreements between outlets, a timeline and
quotations, every finding pointing back to article spans.

The finding types live with the data model (``newsbrief.model``) and are
re-exported here; their rendering lives in ``newsbrief.render.facts``.

Needs spaCy and its small English model: ``pip install 'newsbrief[facts]'``.

``extract_facts`` is imported at its first use, so that importing ``facts.nlp``
(the CLI forks its spaCy child from it) does not first import the whole stage.
"""

from newsbrief.facts.config import FactsConfig
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


def __getattr__(name: str):
    """``extract_facts``, imported when it is first asked for."""
    if name == "extract_facts":
        from newsbrief.facts.extract import extract_facts

        return extract_facts
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
