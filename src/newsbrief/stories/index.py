"""Candidate pairs in near-linear time: LSH banding of MinHash signatures, with
a cap on bucket size so that a band shared by very many articles (a common
word pair) is dropped instead of making the search quadratic."""

from __future__ import annotations

import numpy as np


class CandidateIndex:
    """Articles inserted by number with their MinHash hash values; ``query``
    returns those that share at least one band (of ``num_perm // bands`` rows)
    whose bucket holds at most ``max_bucket`` articles."""

    def __init__(self, num_perm: int, bands: int, max_bucket: int) -> None:
        self.bands, self.rows, self.max_bucket = bands, num_perm // bands, max_bucket
        self._buckets: dict[tuple[int, int], list[int]] = {}
        self._mix = np.random.default_rng(7).integers(1, 2**63, size=self.rows, dtype=np.uint64) | np.uint64(1)

    def _keys(self, hashvalues: np.ndarray) -> list[tuple[int, int]]:
        banded = hashvalues[: self.bands * self.rows].astype(np.uint64).reshape(self.bands, self.rows)
        with np.errstate(over="ignore"):
            keys = (banded * self._mix).sum(axis=1, dtype=np.uint64)
        return list(enumerate(keys.tolist()))

    def insert(self, key: int, hashvalues: np.ndarray) -> None:
        for band in self._keys(hashvalues):
            members = self._buckets.setdefault(band, [])
            if len(members) <= self.max_bucket:
                members.append(key)

    def query(self, hashvalues: np.ndarray) -> list[int]:
        found: list[int] = []
        for band in self._keys(hashvalues):
            members = self._buckets.get(band)
            if members and len(members) <= self.max_bucket:
                found.extend(members)
        return found

    def query_pairs(self, signatures: list[np.ndarray], first_key: int) -> np.ndarray:
        """Distinct (key, candidate) pairs, as an (n, 2) array, for articles numbered
        from ``first_key`` with these signatures; an article is not its own candidate."""
        found = [self.query(hashvalues) for hashvalues in signatures]
        keys = np.repeat(np.arange(first_key, first_key + len(found), dtype=np.int64), [len(f) for f in found])
        others = np.fromiter((o for f in found for o in f), dtype=np.int64, count=len(keys))
        combined = np.unique((keys << 32) | others)
        pairs = np.column_stack((combined >> 32, combined & 0xFFFFFFFF))
        return pairs[pairs[:, 0] != pairs[:, 1]]
