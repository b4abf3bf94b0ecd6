"""The realistic benchmark's second check set (benchmarks/realistic-check2/, measurement only) is
well formed: every side's value is in the articles it cites and its quote in one of them, its
aliases and furniture are on the pages, its kinds are spread evenly, its stories are of kinds
neither other set has, and the scorer's ``--set check2`` reads it."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.benchmarks.test_facts_realistic import fr, furniture_missing, html_share, key_problems, kind_counts, texts

CHECK2 = fr.SETS["check2"]
CHECK2_IDS = fr.cluster_ids(CHECK2)
OTHER_SETS = [fr.SETS["realistic"], fr.SETS["check"]]


@pytest.mark.parametrize("cluster", CHECK2_IDS)
def test_check2_key_agrees_with_articles(cluster: str) -> None:
    assert key_problems(fr.load_key(cluster, CHECK2), texts(cluster, CHECK2)) == []
    assert furniture_missing(cluster, CHECK2) == []


def test_check2_has_twelve_clusters_with_kinds_spread_evenly() -> None:
    assert len(CHECK2_IDS) == 12
    assert set(kind_counts(CHECK2).values()) == {3}
    assert 0.35 <= html_share(CHECK2) <= 0.65
    friends = Counter(f["kind"] for c in CHECK2_IDS for f in fr.load_key(c, CHECK2)["false_friends"])
    assert set(friends.values()) == {4}
    assert set(friends) == {"update", "hedge", "rounding", "unit", "other person's age"}


def test_check2_stories_are_of_kinds_the_other_sets_do_not_have() -> None:
    """A cluster id starts with the kind of story (``tornado-halcott``)."""
    others = {c for folder in OTHER_SETS for c in fr.cluster_ids(folder)}
    assert not set(CHECK2_IDS) & others
    assert {c.split("-")[0] for c in CHECK2_IDS} & {c.split("-")[0] for c in others} == set()


def test_check2_outlet_furniture_is_on_the_pages_and_never_in_the_stories() -> None:
    shared = fr.common_furniture(CHECK2)
    pages = fr.fold("\n".join(p.read_text(encoding="utf-8") for c in CHECK2_IDS for p in (CHECK2 / "clusters" / c).iterdir()))
    stories = fr.fold("\n".join(t for c in CHECK2_IDS for t in texts(c, CHECK2).values()))
    assert [f for f in shared if fr.fold(f) not in pages] == []
    assert [f for f in shared if fr.fold(f) in stories] == []


def test_scorer_lists_the_check2_set_when_asked_for_an_unknown_cluster(capsys: pytest.CaptureFixture[str]) -> None:
    assert fr.main(["--set", "check2", "--cluster", "no-such-cluster"]) == 2
    error = capsys.readouterr().err
    assert "no key for no-such-cluster" in error and all(c in error for c in CHECK2_IDS)
