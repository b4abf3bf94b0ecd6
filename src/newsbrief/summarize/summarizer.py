"""The summarizer: concept weights and a position prior, an exact budgeted choice, order, attribution."""

from __future__ import annotations

import numpy as np

from newsbrief.config import Config
from newsbrief.model import Article, Sentence, SummarySentence
from newsbrief.represent.concepts import Representation, represent
from newsbrief.represent.embeddings import SentenceEmbeddings
from newsbrief.represent.features import sentence_features
from newsbrief.summarize.attribute import attribute
from newsbrief.summarize.support import ClaimTest
from newsbrief.summarize.concept_weights import hand_set_view, needs_sentence_scores, selection_weights
from newsbrief.summarize.learned import score_sentences
from newsbrief.summarize.candidates import eligible, position_prior, readability_discount
from newsbrief.summarize.coherence import predecessors
from newsbrief.summarize.lede import pick_lede
from newsbrief.summarize.order import lede_first, reading_order
from newsbrief.summarize.redundancy import redundant_pairs
from newsbrief.summarize.select import greedy_select, ilp_select


def _distinct_candidates(
    sentences: list[Sentence], articles: tuple[Article, ...] | list[Article], representation: Representation, config: Config
) -> list[int]:
    """Eligible sentences, keeping the first of any exact repeat (syndicated copies)."""
    seen: set[tuple[str, ...]] = set()
    keep = []
    for i, sentence in enumerate(sentences):
        article = articles[sentence.article_index] if sentence.article_index < len(articles) else None
        if not eligible(sentence, config, article):
            continue
        key = representation.content_stems[i]
        if not key or key in seen:
            continue
        seen.add(key)
        keep.append(i)
    return keep


def choose(
    sentences: list[Sentence], articles: tuple[Article, ...] | list[Article], config: Config,
    embeddings: SentenceEmbeddings | None = None,
) -> tuple[list[int], Representation]:
    """Indices of the sentences that make the summary, in reading order; ``embeddings``
    keeps the sentence embeddings the repeat test makes, for the badges."""
    learned_concepts = config.selector == "learned" and config.concept_weighting != "position"
    representation = represent(sentences, len(articles), config, with_features=learned_concepts)
    candidates = _distinct_candidates(sentences, articles, representation, config)
    if not candidates:
        return [], representation
    value = all_scores = None
    if config.selector == "learned":
        features = sentence_features(sentences, hand_set_view(representation, config), len(articles))
        if needs_sentence_scores(config):
            all_scores = score_sentences(features, config.selector_model)
            value = all_scores[candidates]
        else:
            value = score_sentences(features[candidates], config.selector_model)
    if learned_concepts:
        # Only the concepts of sentences that can be chosen can count: predict those alone.
        selectable = np.unique(np.concatenate([representation.sentence_concepts[i] for i in candidates]))
        weights = selection_weights(representation, config, all_scores, selectable)
    else:
        weights = representation.concept_weights
    lengths = np.array([sentences[i].words for i in candidates])
    concepts = [representation.sentence_concepts[i] for i in candidates]
    chosen_from = [sentences[i] for i in candidates]
    concept_value = np.array([weights[c].sum() for c in concepts])
    # The prior is counted per word, in units of the concept value an average
    # candidate word carries, so its weight means the same in any cluster.
    scale = float(np.mean(concept_value / lengths)) or 1.0
    if value is not None:
        prior = config.learned_bonus * value / max(float(value.mean()), 1e-9)
    else:
        prior = position_prior(chosen_from, config) * config.lead_bonus
    prior = prior * readability_discount(chosen_from, config)
    prior = prior * lengths * scale
    if len(candidates) > config.max_candidates:
        # Linear-time pruning: rank by concept weight per word plus prior, keep the best.
        density = (concept_value + prior) / np.sqrt(lengths)
        top = np.sort(np.argsort(-density, kind="stable")[: config.max_candidates])
        candidates = [candidates[k] for k in top]
        lengths, prior, concepts = lengths[top], prior[top], [concepts[k] for k in top]
    if np.count_nonzero(weights) > config.max_concepts:
        cutoff = np.sort(weights)[-config.max_concepts]
        weights = np.where(weights >= cutoff, weights, 0.0)
    pairs = redundant_pairs(representation.content_vectors[candidates], [sentences[i].text for i in candidates], config,
                            embeddings)
    needs = predecessors(candidates, sentences, articles) if config.coherence else []
    # The lede is read first: one that needs another sentence before it cannot be the lede.
    free = sorted(set(range(len(candidates))) - {k for k, _ in needs})
    lede = pick_lede([candidates[k] for k in free], sentences, articles, representation.content_vectors,
                     np.array([weights[concepts[k]].sum() for k in free]), config.support_threshold) \
        if config.open_with_lede and free else None
    lede = free[lede] if lede is not None else None
    picked = None
    if config.solver == "ilp" or (config.solver == "auto" and len(candidates) > config.exact_above):
        picked = ilp_select(concepts, weights, prior, lengths, config.words, pairs, config.solver_node_limit,
                            config.solver_gap, needs, lede)
    if picked is None:
        picked = greedy_select(concepts, weights, prior, lengths, config.words, pairs, needs, lede)
    chosen = [candidates[k] for k in picked]
    order = reading_order(chosen, sentences, articles)
    if lede is not None and candidates[lede] in order:
        order.remove(candidates[lede])
        order.insert(0, candidates[lede])
    return order, representation


def summarize(
    sentences: list[Sentence], articles: tuple[Article, ...] | list[Article], config: Config
) -> tuple[SummarySentence, ...]:
    """The attributed summary of a cluster's sentences under ``config.words``."""
    embeddings = SentenceEmbeddings(config.embedding_model)
    chosen, representation = choose(sentences, articles, config, embeddings)
    return tuple(lede_first(attribute(chosen, sentences, representation, ClaimTest.of(config), embeddings)))
