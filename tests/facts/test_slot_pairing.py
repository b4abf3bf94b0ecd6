"""Which figures of several reports are one figure: how many a vehicle may hold
is not how many it held, and a sentence giving two distances is compared to
another report's distance by the one that matches it."""

from __future__ import annotations

from tests.facts.test_facts import facts_of, needs_model


def _raised(facts, attribute):
    return [{s.value for s in d.sides} for d in facts.disagreements if d.attribute == attribute and d.kind == "conflict"]


@needs_model
def test_a_capacity_is_no_count_of_those_on_board():
    _, facts = facts_of(
        "The coach was carrying 61 passengers when it overturned on the mountain pass.",
        "The coach, which was licensed to carry 52 passengers, overturned on the mountain pass.",
        "The coach overturned on the mountain pass with 61 passengers on board. It could seat 52 passengers.",
    )
    assert _raised(facts, "count:passenger") == []


@needs_model
def test_two_counts_of_those_on_board_are_raised():
    _, facts = facts_of(
        "The coach was carrying 61 passengers when it overturned on the mountain pass.",
        "The coach was carrying 48 passengers when it overturned on the mountain pass.",
    )
    assert _raised(facts, "count:passenger") == [{"61", "48"}]


@needs_model
def test_a_depth_is_compared_with_a_depth_not_with_a_distance_beside_it():
    _, facts = facts_of(
        "The tremor struck at a depth of 15 km, about 60 km south of the capital, the agency said.",
        "The tremor struck at a depth of about nine miles, the agency said.",
    )
    assert _raised(facts, "distance") == []


@needs_model
def test_two_depths_are_raised_without_the_distance_beside_one():
    _, facts = facts_of(
        "The tremor struck at a depth of 15 km, about 60 km south of the capital, the agency said.",
        "The tremor struck at a depth of 35 km, the agency said.",
    )
    assert _raised(facts, "distance") == [{"15 km", "35 km"}]
