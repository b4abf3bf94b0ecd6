"""All tunable settings in one frozen dataclass, passed to every stage that needs them."""

from __future__ import annotations

from dataclasses import dataclass, replace


@dataclass(frozen=True)
class Config:
    """Settings of one run. Defaults are the values tuned on DUC 2003 and
    Multi-News validation by ``benchmarks/evaluate.py``."""

    words: int = 150
    """Hard budget of the summary in whitespace-separated words; whole sentences only."""

    min_sentence_words: int = 6
    """Shorter sentences are never selected (headings, fragments)."""

    max_sentence_words: int = 55
    """Longer sentences are never selected (run-ons, split failures)."""

    position_decay: float = 0.6
    """How fast a concept's weight falls with the position of the sentence that states it."""

    unsupported_weight: float = 0.0
    """Share of its weight kept by a concept found in too few articles."""

    prior_decay: float = 0.6
    """How fast the sentence prior falls with the sentence's position in its article."""

    concept_article_share: float = 0.25
    """A bigram must occur in this share of the articles (and in at least 2) to
    count fully as a concept, when the cluster has 3 or more."""

    unigram_weight: float = 0.0
    """Weight of content-word unigram concepts relative to bigrams (0 = bigrams only)."""

    lead_bonus: float = 0.35
    """Weight of the sentence-position prior beside concept coverage (unsupervised selector)."""

    unresolved_penalty: float = 0.15
    """Share of a sentence's prior removed when it opens with an unresolved reference."""

    max_candidates: int = 200
    """Sentences passed to the exact optimiser; the rest are pruned by a linear-time score."""

    max_concepts: int = 2000
    """Concepts kept for the optimiser, highest weights first."""

    selector: str = "learned"
    """"learned": sentence values from the packaged LightGBM model; "unsupervised":
    the hand-set position prior alone."""

    selector_model: str | None = None
    """Path of a selector model to use instead of the packaged one."""

    learned_bonus: float = 1.0
    """Weight of the learned sentence value beside concept coverage."""

    concept_weighting: str = "learned"
    """"position": hand-set concept weights (article count, position discount);
    "learned": a LightGBM model's probability that the concept is in a reference
    summary (RegSum-style), raised to ``concept_power``; "learned_x_position":
    that probability times the hand-set weight."""

    concept_model: str | None = None
    """Path of a concept model to use instead of the packaged one."""

    concept_power: float = 2.0
    """Exponent applied to the learned concept probability."""

    learned_unigram_weight: float = 0.0
    """With learned concept weights, weight of content-word unigram concepts beside
    the bigrams (0 = bigrams only); the hand-set ``unigram_weight`` is left alone."""

    solver: str = "auto"
    """"ilp": the exact choice (HiGHS); "greedy": cost-scaled greedy with local
    search; "auto": greedy for small clusters, where it matches the ILP, the ILP
    for large ones, where it is measurably better."""

    exact_above: int = 40
    """With solver "auto", clusters with more candidate sentences than this use the ILP."""

    solver_node_limit: int = 2000
    """Branch-and-bound node limit of the ILP; past it the best solution found is used."""

    redundancy_threshold: float = 0.4
    """Two candidates this similar (tf-idf cosine) are never selected together."""

    solver_gap: float = 1e-4
    """Relative optimality gap at which the ILP stops."""

    support_threshold: float = 0.35
    """Tf-idf cosine of content-word stems at which a sentence of another article
    reports the same thing as a summary sentence."""

    def with_words(self, words: int) -> "Config":
        return replace(self, words=words)
