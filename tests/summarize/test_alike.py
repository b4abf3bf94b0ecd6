"""Soft repeats (summarize.alike): two candidates alike in meaning but below the hard
threshold may share a summary only if they bring enough to pay for the overlap."""

from __future__ import annotations

from functools import partial

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from newsbrief.summarize.alike import ALIKE_FROM, alike_shares
from newsbrief.summarize.select import greedy_select, ilp_select


def test_shares_grow_from_alike_from_to_the_hard_threshold_and_skip_forbidden_pairs() -> None:
    meaning = np.array([[1.0, 0.75, 0.5, 0.79], [0.75, 1.0, 0.6, 0.7], [0.5, 0.6, 1.0, 0.2], [0.79, 0.7, 0.2, 1.0]])
    words = np.full((4, 4), 0.3)
    words[1, 2] = words[2, 1] = 0.05  # alike in meaning, no words in common: not a retelling
    hard = np.zeros((4, 4), dtype=bool)
    hard[0, 3] = hard[3, 0] = True  # already never chosen together
    shares = alike_shares(meaning, words, hard, 0.6, 0.8)
    assert set(shares) == {(0, 1), (1, 3)}
    assert shares[(0, 1)] > shares[(1, 3)] > 0
    assert abs(shares[(0, 1)] - 0.6 * (0.75 - ALIKE_FROM) / (0.8 - ALIKE_FROM)) < 1e-9
    assert alike_shares(meaning, words, hard, 0.0, 0.8) == {}


def _three():
    """A and B cover different concepts and are both worth more than C; A and B are alike."""
    concepts = [np.array([0]), np.array([1]), np.array([2])]
    weights = np.array([3.0, 2.5, 2.0])
    prior = np.zeros(3)
    lengths = np.array([10, 10, 10])
    return concepts, weights, prior, lengths


def test_an_alike_pair_is_taken_together_only_when_the_second_pays_for_the_overlap() -> None:
    concepts, weights, prior, lengths = _three()
    exact = partial(ilp_select, node_limit=2000)
    for select in (greedy_select, exact):
        assert sorted(select(concepts, weights, prior, lengths, 20, [])) == [0, 1]
        assert sorted(select(concepts, weights, prior, lengths, 20, [], alike={(0, 1): 0.5})) == [0, 2]
        assert sorted(select(concepts, weights, prior, lengths, 20, [], alike={(0, 1): 0.1})) == [0, 1]


def _penalised(picked, concepts, weights, prior, alike) -> float:
    if not picked:
        return 0.0
    covered = np.unique(np.concatenate([concepts[i] for i in picked]))
    value = np.array([weights[c].sum() for c in concepts]) + prior
    cost = sum(share * min(value[a], value[b]) for (a, b), share in alike.items() if a in picked and b in picked)
    return float(weights[covered].sum() + prior[list(picked)].sum() - cost)


@settings(max_examples=40, deadline=None)
@given(st.integers(0, 2**32 - 1), st.integers(2, 9))
def test_the_exact_selector_with_alike_pairs_is_no_worse_than_greedy_and_keeps_the_budget(seed: int, n: int) -> None:
    rng = np.random.default_rng(seed)
    concepts = [np.unique(rng.choice(12, size=rng.integers(1, 5), replace=False)) for _ in range(n)]
    weights = rng.uniform(0.0, 3.0, size=12)
    prior = rng.uniform(0.0, 1.0, size=n)
    lengths = rng.integers(6, 30, size=n)
    budget = int(rng.integers(10, 80))
    alike = {tuple(sorted(rng.choice(n, 2, replace=False).tolist())): float(rng.uniform(0.1, 1.0)) for _ in range(n)}
    exact = ilp_select(concepts, weights, prior, lengths, budget, [], node_limit=2000, alike=alike)
    greedy = greedy_select(concepts, weights, prior, lengths, budget, alike=alike)
    assert exact is not None
    assert int(lengths[exact].sum()) <= budget and int(lengths[greedy].sum()) <= budget
    assert (_penalised(exact, concepts, weights, prior, alike)
            >= _penalised(greedy, concepts, weights, prior, alike) - 1e-6)
