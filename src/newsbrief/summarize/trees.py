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


def _padded(arrays: list[np.ndarray], fill) -> np.ndarray:
    """The arrays as rows of one matrix, each padded with ``fill`` to the longest."""
    width = max((len(a) for a in arrays), default=0) or 1
    out = np.full((len(arrays), width), fill, dtype=np.result_type(*arrays) if arrays else np.float64)
    for k, a in enumerate(arrays):
        out[k, : len(a)] = a
    return out


class Forest:
    """All trees of a model as padded node matrices (tree x node), so that every
    row walks every tree in one numpy step a level: walking tree by tree cost a
    Python loop of ~170 trees per call, 4x slower than lightgbm in a batch."""

    def __init__(self, trees: tuple[Tree, ...]) -> None:
        self.feature = _padded([t.feature for t in trees], 0)
        self.threshold = _padded([t.threshold for t in trees], 0.0)
        self.default_left = _padded([t.default_left for t in trees], False)
        self.missing = _padded([t.missing for t in trees], 0)
        self.left = _padded([t.left for t in trees], -1)
        self.right = _padded([t.right for t in trees], -1)
        self.leaf_value = _padded([t.leaf_value for t in trees], 0.0)
        self.has_split = np.array([len(t.feature) > 0 for t in trees])

    def leaves(self, features: np.ndarray) -> np.ndarray:
        """The leaf value each row reaches in each tree (rows x trees)."""
        node = np.where(self.has_split, 0, -1)[None, :].repeat(len(features), axis=0)
        rows, trees = np.nonzero(node >= 0)
        while len(rows):
            at = node[rows, trees]
            value = features[rows, self.feature[trees, at]]
            missing = self.missing[trees, at]
            nan = np.isnan(value)
            value = np.where(nan & (missing != _MISSING_NAN), 0.0, value)
            by_default = ((missing == _MISSING_ZERO) & (np.abs(value) <= _ZERO)) | ((missing == _MISSING_NAN) & nan)
            go_left = np.where(by_default, self.default_left[trees, at], value <= self.threshold[trees, at])
            node[rows, trees] = np.where(go_left, self.left[trees, at], self.right[trees, at])
            inner = node[rows, trees] >= 0
            rows, trees = rows[inner], trees[inner]
        return self.leaf_value[np.arange(self.leaf_value.shape[0])[None, :], ~node]


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
