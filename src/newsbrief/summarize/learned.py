"""The learned sentence scorer: a small LightGBM model shipped inside the package.

It predicts how much of a sentence a reference summary would contain; the
optimiser uses that as the sentence's value beside concept coverage.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np

from newsbrief.represent.features import FEATURES

DEFAULT_MODEL = "selector.txt"


class ModelUnavailable(RuntimeError):
    """The learned selector cannot be loaded (LightGBM or the model file missing)."""


def default_model_path() -> Path:
    return Path(str(resources.files("newsbrief") / "models" / DEFAULT_MODEL))


@lru_cache(maxsize=4)
def load_model(path: str | None = None):
    """The LightGBM booster at ``path`` (default: the packaged model), loaded once per process."""
    try:
        import lightgbm
    except ImportError as error:
        raise ModelUnavailable("the learned selector needs lightgbm: pip install lightgbm") from error
    model_path = Path(path) if path else default_model_path()
    if not model_path.is_file():
        raise ModelUnavailable(f"no selector model at {model_path}; train one with scripts/train_selector.py")
    booster = lightgbm.Booster(model_file=str(model_path))
    names = tuple(booster.feature_name())
    expected = tuple(f for f in FEATURES)
    card = model_path.with_suffix(".json")
    if card.is_file():
        expected = tuple(json.loads(card.read_text(encoding="utf-8")).get("features", expected))
    if names != expected and names != tuple(f"Column_{i}" for i in range(len(expected))):
        raise ModelUnavailable(f"selector model {model_path} was trained on other features")
    return booster, expected


def score_sentences(features: np.ndarray, path: str | None = None, feature_names: tuple[str, ...] = FEATURES) -> np.ndarray:
    """Predicted reference overlap of each row of ``features`` (columns: ``feature_names``)."""
    booster, expected = load_model(path)
    if feature_names != expected:
        index = [feature_names.index(name) for name in expected]
        features = features[:, index]
    if len(features) == 0:
        return np.zeros(0)
    return np.clip(booster.predict(features, num_threads=1), 0.0, None)
