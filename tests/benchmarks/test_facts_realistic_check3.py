"""The realistic benchmark's third check set (benchmarks/realistic-check3/, measurement only) is
well formed: every side's value is in the articles it cites and its quote in one of them, its
aliases and furniture are on the pages, its kinds are spread evenly, its stories and outlets are
of kinds and names no other set has, and the scorer's ``--set check3`` reads it."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from tests.benchmarks.test_facts_realistic import fr, furniture_missing, html_share, key_problems, kind_counts, texts

CHECK3 = fr.SETS["check3"]
CHECK3_IDS = fr.cluster_ids(CHECK3)
OTHER_SETS = [fr.SETS["realistic"], fr.SETS["check"], fr.SETS["check2"]]


def outlets(folder) -> set[str]:
    """The outlets of a set, as its article file names give them (``b-dispatch.html``: dispatch)."""
    return {re.sub(r"^[a-z]-", "", p.stem) for c in fr.cluster_ids(folder) for p in (folder / "clusters" / c).iterdir()}


def spread_problems(folder) -> list[str]:
    """What is wrong with the spread of a set: not twelve clusters, a disagreement kind not planted
    exactly three times, a false-friend kind not planted exactly four times, HTML far from half."""
    ids = fr.cluster_ids(folder)
    friends = Counter(f["kind"] for c in ids for f in fr.load_key(c, folder)["false_friends"])
    wanted = {"update": 4, "hedge": 4, "rounding": 4, "unit": 4, "other person's age": 4}
    problems = [] if len(ids) == 12 else [f"{len(ids)} clusters"]
    problems += [f"{kind}: {n} disagreements" for kind, n in kind_counts(folder).items() if n != 3]
    problems += [f"{kind}: {friends[kind]} false friends" for kind in set(wanted) | set(friends) if friends[kind] != wanted.get(kind)]
    share = html_share(folder)
    return problems + ([] if 0.35 <= share <= 0.65 else [f"HTML share {share:.2f}"])


@pytest.mark.parametrize("cluster", CHECK3_IDS)
def test_check3_cluster_key_and_pages_agree(cluster: str) -> None:
    problems = key_problems(fr.load_key(cluster, CHECK3), texts(cluster, CHECK3))
    assert problems + [f"furniture {f!r} on no page" for f in furniture_missing(cluster, CHECK3)] == []


def test_check3_kinds_are_spread_evenly_over_twelve_clusters() -> None:
    assert spread_problems(CHECK3) == []


def test_check3_stories_and_outlets_are_new() -> None:
    """A cluster id starts with the kind of story (``dam-brackwater-creek``); no other set has
    that kind, and no article file of another set names the same outlet."""
    others = {c for folder in OTHER_SETS for c in fr.cluster_ids(folder)}
    assert {c.split("-")[0] for c in CHECK3_IDS} & {c.split("-")[0] for c in others} == set()
    assert outlets(CHECK3) & set().union(*(outlets(folder) for folder in OTHER_SETS)) == set()


def test_check3_outlet_furniture_is_on_some_page_and_in_no_story() -> None:
    """Each outlet-wide string maps to (on some raw page, in some story text): it must be (True, False)."""
    raw = fr.fold("\n".join(page.read_text(encoding="utf-8") for c in CHECK3_IDS for page in (CHECK3 / "clusters" / c).iterdir()))
    told = fr.fold("\n".join("\n".join(texts(c, CHECK3).values()) for c in CHECK3_IDS))
    where = {f: (fr.fold(f) in raw, fr.fold(f) in told) for f in fr.common_furniture(CHECK3)}
    assert {f: found for f, found in where.items() if found != (True, False)} == {}


def test_a_wrong_check3_key_is_caught() -> None:
    cluster = CHECK3_IDS[0]
    key, articles = fr.load_key(cluster, CHECK3), texts(cluster, CHECK3)
    first = key["disagreements"][0]
    other_side = first["sides"][1]
    same_values = {**first, "sides": [first["sides"][0], {**other_side, "value": first["sides"][0]["value"]}]}
    assert key_problems({**key, "disagreements": [same_values, *key["disagreements"][1:]]}, articles)


def test_scorer_lists_the_check3_set_when_asked_for_an_unknown_cluster(capsys: pytest.CaptureFixture[str]) -> None:
    assert fr.main(["--set", "check3", "--cluster", "no-such-cluster"]) == 2
    error = capsys.readouterr().err
    assert "no key for no-such-cluster" in error and all(c in error for c in CHECK3_IDS)
