"""Article vectors (sublinear tf times idf over content-word stems, kept sparse)
and the MinHash signatures of their most distinctive stems."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence

import numpy as np

from newsbrief.clean import clean_article, is_furniture
from newsbrief.model import Article
from newsbrief.represent.background import background_frequencies
from newsbrief.represent.idf import smoothed_idf
from newsbrief.split import STOPWORDS, stem, tokenize

Vector = dict[str, float]


_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+|\n+")


def article_terms(article: Article) -> Counter[str]:
    """Content-word stem counts of an article's title and clean text: furniture
    lines and sentences of site chrome (crawl notices, share prompts) do not
    count, so that pages alike only in their chrome are not one story."""
    cleaned, _ = clean_article(article)
    kept = [part for part in _SENTENCE_BREAK.split(cleaned.text) if not is_furniture(part)]
    return term_counts(" ".join(filter(None, (cleaned.title, *kept))))


def term_counts(text: str) -> Counter[str]:
    """Counts of the content-word stems of ``text`` (stopwords, one-letter tokens and bare numbers dropped)."""
    counts: Counter[str] = Counter()
    for token, n in Counter(tokenize(text)).items():
        if len(token) > 1 and token not in STOPWORDS and not token.isdigit():
            counts[stem(token)] += n
    return counts


class DocumentFrequencies:
    """Document frequencies counted as articles arrive, so idf needs no second pass;
    with ``background``, added to those of a large news corpus, so that a small
    feed about one story still finds that story's words distinctive."""

    def __init__(self, background: bool = False) -> None:
        self.df: Counter[str] = Counter()
        self.documents = 0
        self.background_df, self.background_documents = background_frequencies() if background else ({}, 0)

    def update(self, counts: Iterable[Counter[str]]) -> None:
        for item in counts:
            self.df.update(item.keys())
            self.documents += 1

    def idf(self, term: str) -> float:
        documents = self.documents + self.background_documents
        return smoothed_idf(documents, self.df.get(term, 0) + self.background_df.get(term, 0))


def vectorize(counts: Counter[str], frequencies: DocumentFrequencies, keep: int) -> Vector:
    """Unit-length tf-idf vector of the ``keep`` heaviest stems."""
    weights = {term: (1.0 + math.log(n)) * frequencies.idf(term) for term, n in counts.items()}
    if len(weights) > keep:
        weights = dict(sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))[:keep])
    norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
    return {term: w / norm for term, w in weights.items()}


def signature_terms(vector: Vector, size: int) -> list[bytes]:
    """The ``size`` heaviest stems of a vector, as bytes for hashing."""
    top = sorted(vector.items(), key=lambda kv: (-kv[1], kv[0]))[:size]
    return [term.encode("utf-8") for term, _ in top]


def minhashes(term_sets: Sequence[list[bytes]], num_perm: int) -> list[np.ndarray]:
    """MinHash hash values of each term set, computed in bulk by datasketch."""
    from datasketch import MinHash

    return [m.hashvalues for m in MinHash.bulk([terms or [b""] for terms in term_sets], num_perm=num_perm, seed=1)]


def dot(a: Vector, b: Vector) -> float:
    """Dot product of two sparse vectors (walks the smaller one)."""
    if len(a) > len(b):
        a, b = b, a
    return sum(w * b.get(term, 0.0) for term, w in a.items())


class VectorMatrix:
    """All article vectors as one sparse matrix, so that candidate pairs are
    scored in bulk rather than one Python dot product at a time. Rows live in
    arrays that grow by doubling, so adding a batch costs time in proportion to
    the batch, not to everything added before it."""

    def __init__(self) -> None:
        self.columns: dict[str, int] = {}
        self._data = np.zeros(1024, dtype=np.float32)
        # int32 indices while they fit, as scipy would otherwise copy them to int32
        self._indices = np.zeros(1024, dtype=np.int32)
        self._indptr = np.zeros(1024, dtype=np.int32)
        self.rows = 0

    @staticmethod
    def _room(array: np.ndarray, needed: int, largest: int = 0) -> np.ndarray:
        wide = array.dtype == np.int32 and largest > np.iinfo(np.int32).max
        if needed <= len(array) and not wide:
            return array
        grown = np.zeros(max(needed, 2 * len(array)), dtype=np.int64 if wide else array.dtype)
        grown[: len(array)] = array
        return grown

    def extend(self, vectors: Sequence[Vector]) -> None:
        indices, data, lengths = [], [], []
        for vector in vectors:
            for term, weight in vector.items():
                indices.append(self.columns.setdefault(term, len(self.columns)))
                data.append(weight)
            lengths.append(len(vector))
        used = int(self._indptr[self.rows])
        self._data = self._room(self._data, used + len(data))
        self._indices = self._room(self._indices, used + len(indices), len(self.columns))
        self._indptr = self._room(self._indptr, self.rows + len(vectors) + 1, used + len(data))
        self._data[used:used + len(data)] = data
        self._indices[used:used + len(indices)] = indices
        self._indptr[self.rows + 1:self.rows + len(vectors) + 1] = used + np.cumsum(lengths, dtype=np.int64) if lengths else []
        self.rows += len(vectors)

    def _stacked(self):
        """A CSR view of the rows so far (no copy of the arrays)."""
        from scipy.sparse import csr_matrix

        used = int(self._indptr[self.rows])
        shape = (self.rows, max(len(self.columns), 1))
        return csr_matrix((self._data[:used], self._indices[:used], self._indptr[: self.rows + 1]), shape=shape, copy=False)

    def pair_scores(self, pairs: np.ndarray, chunk: int = 200_000) -> np.ndarray:
        """Cosine of each (row, row) pair of an (n, 2) array."""
        matrix = self._stacked()
        out = np.zeros(len(pairs))
        for begin in range(0, len(pairs), chunk):
            part = pairs[begin:begin + chunk]
            out[begin:begin + chunk] = np.asarray(matrix[part[:, 0]].multiply(matrix[part[:, 1]]).sum(axis=1)).ravel()
        return out
