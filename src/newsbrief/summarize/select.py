"""Choose sentences that cover the most weighted concepts within a word budget.

The exact choice is an integer linear program (Gillick and Favre 2009), solved
by HiGHS (``summarize.highs``). Its size is bounded by pruning to the
best candidates first, so the cost of a cluster grows linearly with its sentences.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from scipy import sparse

from newsbrief.summarize.highs import solve


def _exclusions(exclusive_pairs: list[tuple[int, int]], n: int) -> list[set[int]]:
    excluded: list[set[int]] = [set() for _ in range(n)]
    for a, b in exclusive_pairs:
        excluded[a].add(b)
        excluded[b].add(a)
    return excluded


Requirement = tuple[int, int | tuple[int, ...]]
"""(k, j): candidate k may be chosen only with candidate j (j < 0: never); (k, (j1, j2, ...)):
only with at least one of them (none: never)."""


def _alternatives(requires: Sequence[Requirement]) -> list[tuple[int, frozenset[int]]]:
    """Each requirement as the candidate and the set of candidates one of which it needs."""
    groups = []
    for k, needed in requires:
        options = needed if isinstance(needed, tuple) else (needed,)
        groups.append((k, frozenset(int(j) for j in options if j >= 0)))
    return groups


Alike = dict[tuple[int, int], float]
"""(a, b) -> share: choosing both candidates costs that share of the smaller one's value
(``summarize.alike``); a ``Repeats`` list of exclusive pairs carries them as ``.alike``."""


def _pair_costs(alike: Alike | None, exclusive_pairs, candidate_concepts: list[np.ndarray], weights: np.ndarray,
                prior: np.ndarray) -> dict[tuple[int, int], float]:
    """What choosing both members of each alike pair costs: its share of the smaller value
    (concept weight plus prior) of the two."""
    alike = getattr(exclusive_pairs, "alike", {}) if alike is None else alike
    if not alike:
        return {}
    value = np.array([float(weights[c].sum()) for c in candidate_concepts]) + np.asarray(prior, dtype=float)
    costs = {(a, b): share * float(min(value[a], value[b])) for (a, b), share in alike.items()}
    return {pair: cost for pair, cost in costs.items() if cost > 0}


def greedy_select(
    candidate_concepts: list[np.ndarray],
    weights: np.ndarray,
    prior: np.ndarray,
    lengths: np.ndarray,
    budget: int,
    exclusive_pairs: list[tuple[int, int]] = (),
    requires: Sequence[Requirement] = (),
    forced: int | None = None,
    alike: Alike | None = None,
) -> list[int]:
    """Cost-scaled greedy for budgeted coverage (Lin and Bilmes 2010), then
    local search by single additions and swaps until no move improves the
    objective. Deterministic; the fallback when the ILP solver has no answer.
    ``requires`` holds ``Requirement`` pairs: k only with j, or with one of
    several; ``forced`` is a candidate that must be chosen (when it fits); ``alike`` pairs
    cost part of their value when both are chosen (default: ``exclusive_pairs.alike``)."""
    n = len(candidate_concepts)
    costs = _pair_costs(alike, exclusive_pairs, candidate_concepts, weights, prior)
    partners: list[dict[int, float]] = [{} for _ in range(n)]
    for (a, b), cost in costs.items():
        partners[a][b] = partners[b][a] = cost
    excluded = _exclusions(list(exclusive_pairs), n)
    needs: dict[int, list[frozenset[int]]] = {}
    for k, options in _alternatives(requires):
        needs.setdefault(k, []).append(options)
    count = np.zeros(len(weights), dtype=np.int64)
    chosen: list[int] = []
    used = 0
    if forced is not None and lengths[forced] <= budget:
        chosen.append(forced)
        used = int(lengths[forced])
        count[candidate_concepts[forced]] += 1

    def gain(i: int, members: list[int]) -> float:
        concepts = candidate_concepts[i]
        overlap = sum(partners[i].get(j, 0.0) for j in members) if partners[i] else 0.0
        return float(weights[concepts[count[concepts] == 0]].sum() + prior[i]) - overlap

    def allowed(i: int, members: list[int]) -> bool:
        if any(options.isdisjoint(members) for options in needs.get(i, ())):
            return False
        return not any(j in excluded[i] for j in members)

    def needed(j: int, members: list[int]) -> bool:
        others = set(members) - {j}
        return any(j in options and options.isdisjoint(others) for k in members for options in needs.get(k, ()))

    while True:
        best, best_ratio = -1, 0.0
        for i in range(n):
            if i in chosen or used + lengths[i] > budget or not allowed(i, chosen):
                continue
            ratio = gain(i, chosen) / lengths[i]
            if ratio > best_ratio:
                best, best_ratio = i, ratio
        if best < 0:
            break
        chosen.append(best)
        used += int(lengths[best])
        count[candidate_concepts[best]] += 1

    for _ in range(4 * n):
        best_move, best_delta = None, 1e-9
        for j in [None, *chosen]:
            if j is not None and (j == forced or needed(j, chosen)):
                continue
            if j is not None:
                count[candidate_concepts[j]] -= 1
                members = [k for k in chosen if k != j]
                loss = gain(j, members)
                room = budget - used + int(lengths[j])
            else:
                loss, members, room = 0.0, chosen, budget - used
            for i in range(n):
                if i in chosen or lengths[i] > room or not allowed(i, members):
                    continue
                delta = gain(i, members) - loss
                if delta > best_delta:
                    best_move, best_delta = (j, i), delta
            if j is not None:
                count[candidate_concepts[j]] += 1
        if best_move is None:
            break
        out, into = best_move
        if out is not None:
            chosen.remove(out)
            count[candidate_concepts[out]] -= 1
            used -= int(lengths[out])
        chosen.append(into)
        count[candidate_concepts[into]] += 1
        used += int(lengths[into])
    return sorted(chosen)


def ilp_select(
    candidate_concepts: list[np.ndarray],
    weights: np.ndarray,
    prior: np.ndarray,
    lengths: np.ndarray,
    budget: int,
    exclusive_pairs: list[tuple[int, int]],
    node_limit: int,
    gap: float = 1e-4,
    requires: Sequence[Requirement] = (),
    forced: int | None = None,
    alike: Alike | None = None,
) -> list[int] | None:
    """Maximise covered concept weight plus sentence prior, total length <= budget,
    no two near-duplicates together, a sentence that needs another (``requires``:
    ``Requirement`` pairs) only with it or one of its alternatives, ``forced`` always, less the
    cost of each ``alike`` pair chosen together (default: ``exclusive_pairs.alike``). None when
    the solver finds no solution."""
    n = len(candidate_concepts)
    if n == 0:
        return []
    # A concept found in one candidate only is covered exactly when that
    # sentence is chosen: fold its weight into the sentence and drop its
    # variable. Only shared concepts need variables of their own.
    owners: dict[int, list[int]] = {}
    for i, concepts in enumerate(candidate_concepts):
        for c in concepts:
            if weights[c] > 0:
                owners.setdefault(int(c), []).append(i)
    sentence_value = np.array(prior, dtype=float)
    shared: list[int] = []
    for c, holders in owners.items():
        if len(holders) == 1:
            sentence_value[holders[0]] += weights[c]
        else:
            shared.append(c)
    m = len(shared)
    costs = _pair_costs(alike, exclusive_pairs, candidate_concepts, weights, prior)
    soft = list(costs)
    p = len(soft)
    rows = [k for k, c in enumerate(shared) for _ in owners[c]]
    cols = [i for c in shared for i in owners[c]]
    occurrence = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(m, n))
    # rows: y_c - sum_i occ[c, i] x_i <= 0 ; budget ; pairwise exclusions
    blocks = [sparse.hstack([-occurrence, sparse.identity(m, format="csr")])] if m else []
    upper = [np.zeros(m)] if m else []
    blocks.append(sparse.csr_matrix(np.concatenate([lengths.astype(float), np.zeros(m)])[None, :]))
    upper.append(np.array([float(budget)]))
    if exclusive_pairs:
        pair_rows = np.repeat(np.arange(len(exclusive_pairs)), 2)
        pair_cols = np.array(exclusive_pairs).ravel()
        blocks.append(sparse.csr_matrix((np.ones(len(pair_cols)), (pair_rows, pair_cols)), shape=(len(exclusive_pairs), n + m)))
        upper.append(np.ones(len(exclusive_pairs)))
    groups = _alternatives(requires)
    linked = [(k, sorted(options)) for k, options in groups if options]
    if linked:
        # x_k - sum of x_j over its alternatives <= 0
        link_rows = np.concatenate([np.full(1 + len(options), row) for row, (_, options) in enumerate(linked)])
        link_cols = np.concatenate([[k, *options] for k, options in linked])
        link_values = np.concatenate([[1.0, *[-1.0] * len(options)] for _, options in linked])
        blocks.append(sparse.csr_matrix((link_values, (link_rows, link_cols)), shape=(len(linked), n + m)))
        upper.append(np.zeros(len(linked)))
    if p:
        # x_a + x_b - z_ab <= 1: z_ab is 1, and its cost paid, when both are chosen
        pair_rows = np.repeat(np.arange(p), 3)
        pair_cols = np.array([[a, b, n + m + k] for k, (a, b) in enumerate(soft)]).ravel()
        pair_values = np.tile([1.0, 1.0, -1.0], p)
        blocks = [sparse.hstack([block, sparse.csr_matrix((block.shape[0], p))]) for block in blocks]
        blocks.append(sparse.csr_matrix((pair_values, (pair_rows, pair_cols)), shape=(p, n + m + p)))
        upper.append(np.ones(p))
    matrix = sparse.vstack(blocks).tocsr()
    top = np.ones(n + m + p)
    top[[k for k, options in groups if not options]] = 0.0
    bottom = np.zeros(n + m + p)
    if forced is not None and lengths[forced] <= budget:
        bottom[forced] = top[forced] = 1.0
    objective = np.concatenate([-sentence_value, -weights[shared], [costs[pair] for pair in soft]])
    solution = solve(objective, matrix, np.concatenate(upper), bottom, top,
                     np.concatenate([np.ones(n), np.zeros(m + p)]), node_limit, gap)
    if solution is None:
        return None
    return [i for i in range(n) if solution[i] > 0.5]
