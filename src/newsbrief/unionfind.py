"""Disjoint sets (union-find with path halving): which items have been joined
into one group. Written once for the facts stage's entity and slot merging and
the pooled evaluation feeds."""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from typing import Generic, TypeVar

T = TypeVar("T", bound=Hashable)


class UnionFind(Generic[T]):
    """Groups of hashable items, each named by its root item. ``union(a, b)``
    puts a's group under b's root, so callers decide which root survives."""

    def __init__(self, items: Iterable[T] = ()) -> None:
        self.parent: dict[T, T] = {item: item for item in items}

    def add(self, item: T) -> None:
        """A group of its own for ``item``, unless it is already known."""
        self.parent.setdefault(item, item)

    def find(self, item: T) -> T:
        """The root of ``item``'s group."""
        parent = self.parent
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    def union(self, a: T, b: T) -> T:
        """Join a's group into b's and return their root (b's root)."""
        root = self.find(b)
        other = self.find(a)
        if other != root:
            self.parent[other] = root
        return root
