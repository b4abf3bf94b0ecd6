"""Candidate pairs in near-linear time: MinHash LSH over article signatures."""

from __future__ import annotations


class CandidateIndex:
    """Articles inserted by number with their MinHash; ``query`` returns those
    whose signatures collide with the given one in at least one LSH band."""

    def __init__(self, num_perm: int, bands: int) -> None:
        from datasketch import MinHashLSH

        self._lsh = MinHashLSH(num_perm=num_perm, params=(bands, num_perm // bands))

    def insert(self, key: int, signature) -> None:
        self._lsh.insert(key, signature, check_duplication=False)

    def query(self, signature) -> list[int]:
        return sorted(self._lsh.query(signature))
