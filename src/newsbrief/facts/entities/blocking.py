"""Blocking: only names that share a key are compared, so resolution stays
near-linear in the number of names instead of quadratic."""

from __future__ import annotations

from collections import defaultdict


def sharing_a_key(keys: dict[int, set[str]]) -> list[tuple[int, int]]:
    """Pairs (i < j) of items with a blocking key in common, in order. Only such
    pairs can be one entity, so comparing them alone keeps resolution near-linear
    in the number of names instead of quadratic."""
    holders: dict[str, list[int]] = defaultdict(list)
    for item in sorted(keys):
        for key in keys[item]:
            holders[key].append(item)
    pairs = {(a, b) for items in holders.values() for x, a in enumerate(items) for b in items[x + 1 :]}
    return sorted(pairs)
