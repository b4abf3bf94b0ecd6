"""B-cubed precision and recall on small clusterings worked out by hand."""

from __future__ import annotations

import pytest

from newsbrief.evaluate.bcubed import bcubed

TRUTH = {"a": 1, "b": 1, "c": 2}


def test_perfect_clustering_scores_one() -> None:
    assert bcubed({"a": "x", "b": "x", "c": "y"}, TRUTH) == (1.0, 1.0, 1.0)


def test_one_big_cluster_has_full_recall() -> None:
    precision, recall, f1 = bcubed({"a": 0, "b": 0, "c": 0}, TRUTH)
    assert precision == pytest.approx((2 / 3 + 2 / 3 + 1 / 3) / 3)
    assert recall == 1.0
    assert f1 == pytest.approx(2 * precision / (precision + 1))


def test_all_singletons_have_full_precision() -> None:
    precision, recall, _ = bcubed({"a": 0, "b": 1, "c": 2}, TRUTH)
    assert precision == 1.0 and recall == pytest.approx((1 / 2 + 1 / 2 + 1) / 3)


def test_worked_example_with_a_misplaced_item() -> None:
    truth = {"a": 1, "b": 1, "c": 1, "d": 2, "e": 2}
    predicted = {"a": 0, "b": 0, "c": 1, "d": 1, "e": 1}
    precision, recall, _ = bcubed(predicted, truth)
    # a, b: 2/2 correct; c: 1/3; d, e: 2/3.
    assert precision == pytest.approx((1 + 1 + 1 / 3 + 2 / 3 + 2 / 3) / 5)
    # a, b: 2/3 of their true cluster; c: 1/3; d, e: 2/2.
    assert recall == pytest.approx((2 / 3 + 2 / 3 + 1 / 3 + 1 + 1) / 5)


def test_only_items_labelled_by_both_count() -> None:
    assert bcubed({"a": 0, "b": 0, "z": 0}, {"a": 1, "b": 1, "y": 2}) == (1.0, 1.0, 1.0)
    assert bcubed({}, TRUTH) == (0.0, 0.0, 0.0)
