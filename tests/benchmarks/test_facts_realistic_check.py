"""The realistic benchmark's check set (benchmarks/realistic-check/, measurement only) is well
formed: its keys agree with its articles by the same checks as the tuned set's, its kinds are
spread evenly, and the scorer's ``--set check`` reads it."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.benchmarks.test_facts_realistic import fr, furniture_missing, html_share, key_problems, kind_counts, texts

CHECK = fr.SETS["check"]
CHECK_IDS = fr.cluster_ids(CHECK)


@pytest.mark.parametrize("cluster", CHECK_IDS)
def test_check_key_agrees_with_articles(cluster: str) -> None:
    assert key_problems(fr.load_key(cluster, CHECK), texts(cluster, CHECK)) == []
    assert furniture_missing(cluster, CHECK) == []


def test_check_set_has_ten_clusters_with_kinds_spread_evenly() -> None:
    assert len(CHECK_IDS) == 10
    assert set(kind_counts(CHECK).values()) == {3}
    assert 0.35 <= html_share(CHECK) <= 0.65
    friends = Counter(f["kind"] for c in CHECK_IDS for f in fr.load_key(c, CHECK)["false_friends"])
    assert {k: n for k, n in friends.items() if n < 3} == {}
    assert set(friends) == {"update", "hedge", "rounding", "unit", "other person's age"}


def test_check_set_is_new_stories() -> None:
    assert not set(CHECK_IDS) & set(fr.cluster_ids())


def test_outlet_furniture_is_on_the_pages_and_never_in_the_stories() -> None:
    shared = fr.common_furniture(CHECK)
    pages = fr.fold("\n".join(p.read_text(encoding="utf-8") for c in CHECK_IDS for p in (CHECK / "clusters" / c).iterdir()))
    stories = fr.fold("\n".join(t for c in CHECK_IDS for t in texts(c, CHECK).values()))
    assert [f for f in shared if fr.fold(f) not in pages] == []
    assert [f for f in shared if fr.fold(f) in stories] == []


def test_scorer_lists_the_check_set_when_asked_for_an_unknown_cluster(capsys: pytest.CaptureFixture[str]) -> None:
    assert fr.main(["--set", "check", "--cluster", "no-such-cluster"]) == 2
    error = capsys.readouterr().err
    assert "no key for no-such-cluster" in error and all(c in error for c in CHECK_IDS)
