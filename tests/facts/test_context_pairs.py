"""The pairs a disagreement search compares: the sparse product must keep every
pair of different articles that can reach the share, in the order a loop over
all pairs gives them, and drop the rest (but for pairs within rounding of it)."""

import random

from newsbrief.facts.context_pairs import close_pairs
from newsbrief.facts.disagreements import ContextWeights


def _brute_force(contexts, sources, weights, lowest):
    return [(i, j) for i in range(len(contexts)) for j in range(i + 1, len(contexts))
            if sources[i] != sources[j] and weights.similarity(contexts[i], contexts[j]) >= lowest]


def test_close_pairs_are_the_pairs_that_reach_the_share_in_loop_order():
    rng = random.Random(7)
    words = [f"w{k}" for k in range(40)]
    contexts = [frozenset(rng.sample(words, rng.randint(0, 6))) for _ in range(1300)]  # more than one block of rows
    sources = [f"article-{rng.randint(0, 30)}" for _ in contexts]
    weights = ContextWeights(contexts)
    for lowest in (0.2, 0.5, 1.0):
        found = close_pairs(contexts, sources, weights.weight, lowest)
        wanted = _brute_force(contexts, sources, weights, lowest)
        assert found == sorted(set(found))
        assert set(wanted) <= set(found)
        for i, j in set(found) - set(wanted):  # kept only for rounding: at the share, summed in another order
            assert sources[i] != sources[j] and weights.similarity(contexts[i], contexts[j]) >= lowest * (1 - 1e-6)


def test_a_share_of_zero_keeps_every_pair_of_different_articles():
    contexts = [frozenset({"crash"}), frozenset(), frozenset({"vote"})]
    weights = ContextWeights(contexts)
    assert close_pairs(contexts, ["a", "b", "a"], weights.weight, 0.0) == [(0, 1), (1, 2)]
    assert close_pairs(contexts, ["a", "b", "a"], weights.weight, 0.1) == []
