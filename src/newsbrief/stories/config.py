"""Settings of story finding, one frozen dataclass like the summarizer's Config."""

from __future__ import annotations

from dataclasses import dataclass, replace

from newsbrief.errors import ConfigError

LEVELS = ("event", "topic")


@dataclass(frozen=True)
class StoryConfig:
    """Thresholds of candidate search, linking and clustering. Defaults come from a
    sweep on two of the pools of ``benchmarks/stories_quality.py``, Multi-News train
    (first 5,000 clusters) and DUC 2003, never on the pools reported in the README."""

    background_df: bool = True
    """Add document frequencies of 60,000 Multi-News training articles to the feed's
    own, so that idf is meaningful in a small feed too."""

    vector_terms: int = 60
    """An article is represented by its this many highest tf-idf stems."""

    signature_terms: int = 25
    """Stems hashed into the article's MinHash signature (its most distinctive ones)."""

    num_perm: int = 128
    """MinHash permutations."""

    bands: int = 128
    """LSH bands of ``num_perm // bands`` rows: a pair whose signature sets overlap
    with Jaccard J becomes a candidate with probability 1 - (1 - J^rows)^bands."""

    max_bucket: int = 50
    """An LSH bucket shared by more articles than this is ignored (a generic band)."""

    max_candidates: int = 30
    """Candidates kept per article, the most similar first (bounds the cost of a generic article)."""

    link_threshold: float = 0.2
    """Average cosine between the members of two groups at which they are one story
    (pairs that were never candidates count as 0)."""

    window_days: float = 30.0
    """Articles further apart in time than this (beyond the story's span) need more
    similarity to join; articles without a date are not penalised."""

    time_penalty: float = 0.5
    """Multiplier of the similarity for each further ``window_days`` of gap."""

    @classmethod
    def for_level(cls, level: str) -> "StoryConfig":
        """``event``: the defaults (one happening, dates count). ``topic``: a subject
        followed over months or years (threshold 0.08, dates ignored; tuned on DUC 2003)."""
        if level not in LEVELS:
            raise ConfigError(f"unknown story level {level!r}; choose from {', '.join(LEVELS)}")
        return cls() if level == "event" else replace(cls(), link_threshold=0.08, window_days=0.0)
