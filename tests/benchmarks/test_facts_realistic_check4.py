"""The realistic benchmark's fourth check set (benchmarks/realistic-check4/, measurement only) is
well formed: every side's value is in the articles it cites and its quote in one of them, its
aliases and furniture are on the pages, its kinds are spread evenly, its stories and outlets are
of kinds and names no other set folder has (whatever ``benchmarks/realistic*/`` holds when the
test runs), and the scorer's ``--set check4`` reads it."""

from __future__ import annotations

import pytest

from tests.benchmarks.test_facts_realistic import (
    fr,
    furniture_missing,
    key_problems,
    misplaced_furniture,
    other_set_folders,
    set_outlets,
    story_kinds,
    texts,
)
from tests.benchmarks.test_facts_realistic_check3 import outlets, spread_problems

CHECK4 = fr.SETS["check4"]
CHECK4_IDS = fr.cluster_ids(CHECK4)


@pytest.mark.parametrize("cluster", CHECK4_IDS)
def test_check4_cluster_key_and_pages_agree(cluster: str) -> None:
    problems = key_problems(fr.load_key(cluster, CHECK4), texts(cluster, CHECK4))
    assert problems + [f"furniture {f!r} on no page" for f in furniture_missing(cluster, CHECK4)] == []


def test_check4_kinds_are_spread_evenly_over_twelve_clusters() -> None:
    assert spread_problems(CHECK4) == []


def test_check4_has_two_clusters_of_five_or_six() -> None:
    sizes = [len(list((CHECK4 / "clusters" / c).iterdir())) for c in CHECK4_IDS]
    assert sum(n >= 5 for n in sizes) >= 2 and all(3 <= n <= 6 for n in sizes)


def test_check4_stories_and_outlets_are_new_against_every_other_set() -> None:
    """A cluster id starts with the kind of story (``landslide-cwm-dulas``); no other set folder has
    that kind, and no article file of another set folder names the same outlet."""
    others = other_set_folders(CHECK4)
    assert fr.SETS["realistic"] in others and fr.SETS["check3"] in others
    mine = {c.split("-")[0] for c in CHECK4_IDS}
    assert {str(f.name): mine & story_kinds(f) for f in others if mine & story_kinds(f)} == {}
    assert outlets(CHECK4) == set_outlets(CHECK4)
    assert {str(f.name): outlets(CHECK4) & set_outlets(f) for f in others if outlets(CHECK4) & set_outlets(f)} == {}


def test_check4_outlet_furniture_is_on_some_page_and_in_no_story() -> None:
    """Each outlet-wide string is on some raw page and in no story text."""
    assert misplaced_furniture(CHECK4) == {}


def test_a_wrong_check4_key_is_caught() -> None:
    cluster = CHECK4_IDS[0]
    key, articles = fr.load_key(cluster, CHECK4), texts(cluster, CHECK4)
    first = key["disagreements"][0]
    same_values = {**first, "sides": [first["sides"][0], {**first["sides"][1], "value": first["sides"][0]["value"]}]}
    assert key_problems({**key, "disagreements": [same_values, *key["disagreements"][1:]]}, articles)
    moved_quote = {**first, "sides": [{**first["sides"][0], "quote": first["sides"][1]["quote"]}, first["sides"][1]]}
    assert key_problems({**key, "disagreements": [moved_quote, *key["disagreements"][1:]]}, articles)


def test_scorer_lists_the_check4_set_when_asked_for_an_unknown_cluster(capsys: pytest.CaptureFixture[str]) -> None:
    assert fr.main(["--set", "check4", "--cluster", "no-such-cluster"]) == 2
    error = capsys.readouterr().err
    assert "no key for no-such-cluster" in error and all(c in error for c in CHECK4_IDS)
