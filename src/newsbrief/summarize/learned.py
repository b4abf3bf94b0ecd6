"""The learned sentence scorer: a small LightGBM model shipped inside the package.

It predicts how much of a sentence a reference summary would contain; the
optimiser uses that as the sentence's value beside concept coverage.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np

from newsbrief.errors import Unavailable
from newsbrief.represent.features import FEATURES
from newsbrief.summarize.trees import Unsupported, read_model

DEFAULT_MODEL = "selector.txt"


class ModelUnavailable(Unavailable):
    """A learned model cannot be loaded (its file is missing or was trained on other features)."""


def packaged_model(name: str) -> Path:
    """Path of a model file shipped in ``newsbrief/models``."""
    return Path(str(resources.files("newsbrief") / "models" / name))


def default_model_path() -> Path:
    return packaged_model(DEFAULT_MODEL)


_COMPILED = {"prefer": False}


@contextmanager
def compiled_trees() -> Iterator[None]:
    """While inside, models are loaded for lightgbm's compiled trees (in this
    process and the workers it forks): for batch runs, where lightgbm's 1.5 s
    import is paid once and its prediction is about 4x faster than the numpy
    walk. The predictions are the same either way."""
    saved = _COMPILED["prefer"]
    _COMPILED["prefer"] = True
    try:
        yield
    finally:
        _COMPILED["prefer"] = saved


def load_booster(model_path: Path, kind: str, user: str, script: str):
    """The LightGBM model in ``model_path``, read by ``summarize.trees`` (lightgbm
    itself only for a model that reader does not handle); ModelUnavailable, naming
    the ``kind`` of model, its ``user`` and the ``script`` that trains it, when the
    file (or a needed lightgbm) is missing."""
    if not model_path.is_file():
        raise ModelUnavailable(f"no {kind} model at {model_path}; train one with {script}")
    if _COMPILED["prefer"]:
        try:
            import lightgbm

            return lightgbm.Booster(model_file=str(model_path))
        except ImportError:
            pass
    try:
        return read_model(model_path)
    except (Unsupported, ValueError, UnicodeDecodeError):
        pass
    try:
        import lightgbm
    except ImportError as error:
        raise ModelUnavailable(f"{user} needs lightgbm, which newsbrief declares as a dependency; "
                               "reinstall newsbrief (pip install newsbrief) to bring it back") from error
    return lightgbm.Booster(model_file=str(model_path))


@lru_cache(maxsize=4)
def load_model(path: str | None = None):
    """The LightGBM booster at ``path`` (default: the packaged model), loaded once per process."""
    model_path = Path(path) if path else default_model_path()
    booster = load_booster(model_path, "selector", "the learned selector", "scripts/train_selector.py")
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
