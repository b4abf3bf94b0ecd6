"""LightGBM's text model format, read and predicted with numpy.

Importing lightgbm pulls in scikit-learn, scipy.stats, joblib and narwhals, about
1.5 s of CPU before a one-off ``newsbrief brief`` has read a line; the packaged
models are small gradient-boosted trees with numerical splits, so walking them
here gives the same predictions for the cost of reading the file. A model using
what this reader does not handle (categorical or linear trees, other objectives)
is ``Unsupported``, and the caller loads it with lightgbm instead.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np

_DEFAULT_LEFT = 2
_MISSING_ZERO, _MISSING_NAN = 1, 2
_ZERO = 1e-35
"""LightGBM's kZeroThreshold: values this close to 0 count as zero for a "zero" missing type."""


class Unsupported(ValueError):
    """The model uses a part of LightGBM's format this reader does not implement."""


@dataclass(frozen=True)
class Tree:
    """One regression tree: node arrays as LightGBM writes them (a child below 0 is leaf ~child)."""

    feature: np.ndarray
    threshold: np.ndarray
    default_left: np.ndarray
    missing: np.ndarray
    left: np.ndarray
    right: np.ndarray
    leaf_value: np.ndarray


class Forest:
    """All trees of a model as one flat node array (children index it directly; a
    leaf is ~its index in one flat leaf array), so that a chunk of rows walks every
    tree in a few numpy steps a level, dropping (row, tree) pairs as they reach a
    leaf. Walking tree by tree cost a Python loop of ~170 trees per call; padded
    (tree x node) matrices with 2-D indexing were 3x slower than this on 28,695 rows."""

    _CHUNK = 2048
    """Rows walked together: (rows x trees) pairs small enough to stay in cache."""

    def __init__(self, trees: tuple[Tree, ...]) -> None:
        nodes = np.array([len(t.feature) for t in trees], dtype=np.intp)
        leaves = np.array([len(t.leaf_value) for t in trees], dtype=np.intp)
        node_start = np.concatenate([[0], np.cumsum(nodes)[:-1]]).astype(np.intp)
        leaf_start = np.concatenate([[0], np.cumsum(leaves)[:-1]]).astype(np.intp)

        def joined(arrays, dtype) -> np.ndarray:
            return np.concatenate([np.asarray(a, dtype=dtype) for a in arrays] or [np.zeros(0, dtype)])

        def children(side: str) -> np.ndarray:
            return joined([np.where(c >= 0, c + node_start[k], ~(~c + leaf_start[k]))
                           for k, c in enumerate(np.asarray(getattr(t, side), dtype=np.intp) for t in trees)], np.intp)

        self.feature = joined([t.feature for t in trees], np.intp)
        self.threshold = joined([t.threshold for t in trees], np.float64)
        self.default_left = joined([t.default_left for t in trees], bool)
        self.missing = joined([t.missing for t in trees], np.int64)
        self.left, self.right = children("left"), children("right")
        self.leaf_value = joined([t.leaf_value for t in trees], np.float64)
        self.root = np.where(nodes > 0, node_start, ~leaf_start)
        self.zero_rule = bool((self.missing == _MISSING_ZERO).any())
        self.nan_rule = bool((self.missing == _MISSING_NAN).any())

    def leaves(self, features: np.ndarray) -> np.ndarray:
        """The leaf value each row reaches in each tree (rows x trees)."""
        out = np.empty((len(features), len(self.root)))
        for start in range(0, len(features), self._CHUNK):
            out[start:start + self._CHUNK] = self._chunk_leaves(features[start:start + self._CHUNK])
        return out

    def _chunk_leaves(self, features: np.ndarray) -> np.ndarray:
        rows, width = features.shape
        nan = np.isnan(features)
        values, nan = np.where(nan, 0.0, features).ravel(), nan.ravel()
        node = np.tile(self.root, rows)
        pair = np.arange(len(node))
        row_start = np.repeat(np.arange(rows, dtype=np.intp) * width, len(self.root))
        found = np.empty(len(node))
        while True:
            at_leaf = node < 0
            if at_leaf.any():
                found[pair[at_leaf]] = self.leaf_value[~node[at_leaf]]
                walking = ~at_leaf
                node, pair, row_start = node[walking], pair[walking], row_start[walking]
            if not len(node):
                return found.reshape(rows, len(self.root))
            cell = row_start + self.feature[node]
            value = values[cell]
            go_left = value <= self.threshold[node]
            if self.zero_rule or self.nan_rule:
                missing = self.missing[node]
                by_default = np.zeros(len(node), dtype=bool)
                if self.zero_rule:  # a NaN counts as 0 here, as for a node with no missing rule
                    by_default |= (missing == _MISSING_ZERO) & (np.abs(value) <= _ZERO)
                if self.nan_rule:
                    by_default |= (missing == _MISSING_NAN) & nan[cell]
                go_left = np.where(by_default, self.default_left[node], go_left)
            node = np.where(go_left, self.left[node], self.right[node])


@dataclass(frozen=True)
class TreeModel:
    """A LightGBM model in its text format, with the two methods newsbrief uses of ``lightgbm.Booster``."""

    names: tuple[str, ...]
    trees: tuple[Tree, ...]
    sigmoid: float | None

    def __post_init__(self) -> None:
        object.__setattr__(self, "_forest", Forest(self.trees))

    def feature_name(self) -> list[str]:
        return list(self.names)

    def predict(self, features: np.ndarray, num_threads: int = 1) -> np.ndarray:
        """Predictions for each row (``num_threads`` is accepted for Booster's signature; this runs in one).
        Leaf values are added tree by tree in the model's order, as lightgbm adds them."""
        features = np.asarray(features, dtype=np.float64)
        if features.ndim != 2 or features.shape[1] != len(self.names):
            raise ValueError(f"expected rows of {len(self.names)} features, got an array of shape {features.shape}")
        leaves = self._forest.leaves(features)
        raw = np.zeros(len(features))
        for k in range(leaves.shape[1]):
            raw += leaves[:, k]
        return raw if self.sigmoid is None else 1.0 / (1.0 + np.exp(-self.sigmoid * raw))


def _blocks(text: str) -> tuple[dict[str, str], list[dict[str, str]]]:
    """The header's ``key=value`` lines and each ``Tree=`` block's, up to "end of trees"."""
    header: dict[str, str] = {}
    trees: list[dict[str, str]] = []
    current = header
    for line in text.splitlines():
        if line.startswith("end of trees"):
            break
        key, sep, value = line.partition("=")
        if not sep:
            continue
        if key == "Tree":
            current = {}
            trees.append(current)
        else:
            current[key] = value
    return header, trees


def _numbers(block: dict[str, str], key: str, dtype) -> np.ndarray:
    return np.array(block.get(key, "").split(), dtype=dtype)


def _tree(block: dict[str, str]) -> Tree:
    if block.get("num_cat", "0") != "0" or block.get("is_linear", "0") != "0":
        raise Unsupported("categorical or linear trees")
    decision = _numbers(block, "decision_type", np.int64)
    if (decision & 1).any():
        raise Unsupported("categorical splits")
    return Tree(
        feature=_numbers(block, "split_feature", np.int64),
        threshold=_numbers(block, "threshold", np.float64),
        default_left=(decision & _DEFAULT_LEFT) > 0,
        missing=(decision >> 2) & 3,
        left=_numbers(block, "left_child", np.int64),
        right=_numbers(block, "right_child", np.int64),
        leaf_value=_numbers(block, "leaf_value", np.float64),
    )


def read_model(path: Path) -> TreeModel:
    """The model in LightGBM's text file at ``path``; Unsupported for what this reader does not implement."""
    header, blocks = _blocks(path.read_text(encoding="utf-8"))
    if header.get("num_class", "1") != "1" or header.get("num_tree_per_iteration", "1") != "1":
        raise Unsupported("multiclass models")
    if "average_output" in header or not blocks:
        raise Unsupported("random forests or an empty model")
    objective = header.get("objective", "").split()
    sigmoid = None
    if objective[:1] == ["binary"]:
        sigmoid = next((float(o.split(":", 1)[1]) for o in objective[1:] if o.startswith("sigmoid:")), 1.0)
        if not math.isfinite(sigmoid):
            raise Unsupported("a sigmoid that is not a number")
    elif objective[:1] not in (["regression"], ["regression_l1"], ["huber"], ["fair"], ["quantile"], ["mape"]):
        raise Unsupported(f"the objective {' '.join(objective) or '(none)'}")
    return TreeModel(tuple(header.get("feature_names", "").split()), tuple(_tree(b) for b in blocks), sigmoid)
