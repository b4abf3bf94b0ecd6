"""The numpy reader of LightGBM text models predicts what lightgbm itself does."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from newsbrief.summarize.learned import load_booster, packaged_model
from newsbrief.summarize.trees import TreeModel, Unsupported, read_model

lightgbm = pytest.importorskip("lightgbm")

PACKAGED = ("selector.txt", "concepts.txt")


@pytest.mark.parametrize("name", PACKAGED)
def test_packaged_models_predict_as_lightgbm(name):
    path = packaged_model(name)
    ours, theirs = read_model(path), lightgbm.Booster(model_file=str(path))
    assert ours.feature_name() == theirs.feature_name()
    rng = np.random.default_rng(7)
    features = rng.random((500, len(ours.names))) * rng.choice([1.0, 10.0, 100.0], len(ours.names))
    features[rng.random(features.shape) < 0.1] = 0.0
    features[rng.random(features.shape) < 0.05] = np.nan
    np.testing.assert_allclose(ours.predict(features), theirs.predict(features, num_threads=1), rtol=0, atol=1e-12)


def test_packaged_models_load_without_lightgbm_objects():
    for name in PACKAGED:
        assert isinstance(load_booster(packaged_model(name), "test", "the test", "none"), TreeModel)


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    """Models trained here on data with zeros and NaNs, so every missing-value rule is used."""
    rng = np.random.default_rng(3)
    features = rng.normal(size=(600, 4))
    features[rng.random(features.shape) < 0.2] = 0.0
    features[rng.random(features.shape) < 0.15] = np.nan
    target = np.nan_to_num(features[:, 0]) * 2 + (np.isnan(features[:, 1])) - np.nan_to_num(features[:, 2]) ** 2
    paths = {}
    for objective, label in (("regression", target), ("binary", (target > 0).astype(float))):
        for zero_as_missing in (False, True):
            booster = lightgbm.train(
                {"objective": objective, "num_leaves": 15, "min_data_in_leaf": 5, "verbose": -1,
                 "zero_as_missing": zero_as_missing, "sigmoid": 0.7},
                lightgbm.Dataset(features, label), num_boost_round=25)
            path = tmp_path_factory.mktemp("models") / f"{objective}-{zero_as_missing}.txt"
            booster.save_model(str(path))
            paths[(objective, zero_as_missing)] = path
    return paths


@settings(max_examples=40, deadline=None)
@given(rows=arrays(np.float64, st.tuples(st.integers(1, 30), st.just(4)),
                   elements=st.one_of(st.just(0.0), st.just(np.nan), st.floats(-3, 3))),
       which=st.sampled_from([("regression", False), ("regression", True), ("binary", False), ("binary", True)]))
def test_trained_models_predict_as_lightgbm(trained, rows, which):
    path = trained[which]
    expected = lightgbm.Booster(model_file=str(path)).predict(rows, num_threads=1)
    np.testing.assert_allclose(read_model(path).predict(rows), expected, rtol=0, atol=1e-12)


def test_categorical_model_is_left_to_lightgbm(tmp_path):
    rng = np.random.default_rng(5)
    features = np.column_stack([rng.integers(0, 6, 300), rng.normal(size=300)]).astype(float)
    booster = lightgbm.train({"objective": "regression", "verbose": -1, "min_data_in_leaf": 5},
                             lightgbm.Dataset(features, features[:, 0] * 3 % 5, categorical_feature=[0]),
                             num_boost_round=5)
    path = tmp_path / "categorical.txt"
    booster.save_model(str(path))
    with pytest.raises(Unsupported):
        read_model(path)
    loaded = load_booster(path, "test", "the test", "none")
    assert not isinstance(loaded, TreeModel)
    np.testing.assert_allclose(loaded.predict(features), booster.predict(features))


def test_wrong_width_is_a_clear_error():
    model = read_model(packaged_model("selector.txt"))
    with pytest.raises(ValueError, match="features"):
        model.predict(np.zeros((3, 2)))


def test_batch_runs_predict_the_same_with_lightgbm_compiled_trees() -> None:
    import numpy as np

    from newsbrief.summarize import learned

    numpy_model = learned.load_booster(learned.default_model_path(), "selector", "test", "script")
    with learned.compiled_trees():
        compiled = learned.load_booster(learned.default_model_path(), "selector", "test", "script")
    assert type(learned.load_booster(learned.default_model_path(), "selector", "test", "script")).__name__ == "TreeModel"
    assert type(compiled).__name__ == "Booster" and type(numpy_model).__name__ == "TreeModel"
    rows = np.random.default_rng(3).normal(size=(64, len(numpy_model.feature_name())))
    assert np.array_equal(numpy_model.predict(rows), compiled.predict(rows, num_threads=1))
