"""The realistic-cluster benchmark's answer key agrees with its articles, and its scorer
matches values the way the key means them (benchmarks/facts_realistic.py)."""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

BENCH = Path(__file__).resolve().parents[2] / "benchmarks"
sys.path.insert(0, str(BENCH))

import facts_realistic as fr  # noqa: E402

CLUSTER_IDS = fr.cluster_ids()


def texts(cluster: str, folder: Path = fr.REALISTIC) -> dict[str, str]:
    """Each article's own text, by file name, for one cluster of the set in ``folder``."""
    return {p.name: fr.article_text(p) for p in sorted((folder / "clusters" / cluster).iterdir())}


def written_alone(text: str, name: str, group: list[str]) -> bool:
    """``name`` occurs as a whole word in ``text`` other than inside a longer name of its group
    ("Moen" alone, not only in "Halvard Moen")."""
    for longer in sorted((n for n in group if name in n and n != name), key=len, reverse=True):
        text = text.replace(longer, " ")
    return re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text) is not None


def key_problems(key: dict, articles: dict[str, str]) -> list[str]:
    """Everything wrong with one cluster's key against its articles."""
    problems = []
    if not 3 <= len(articles) <= 6:
        problems.append(f"{len(articles)} articles")
    problems += [f"{name}: {fr.word_count(text)} words" for name, text in articles.items()
                 if not 250 <= fr.word_count(text) <= 800]
    if not 2 <= len(key["disagreements"]) <= 4:
        problems.append(f"{len(key['disagreements'])} disagreements")
    if not 1 <= len(key["false_friends"]) <= 3:
        problems.append(f"{len(key['false_friends'])} false friends")
    problems += [f"unknown kind {d['kind']}" for d in key["disagreements"] if d["kind"] not in fr.KINDS]
    for item in key["disagreements"] + key["false_friends"]:
        sides = item.get("sides") or item.get("values")
        if len(sides) < 2:
            problems.append(f"{item['attribute']}: one side")
        for side in sides:
            where = f"{item['attribute']} = {side['value']}"
            unknown = [a for a in side["articles"] if a not in articles]
            if unknown or not side["articles"]:
                problems.append(f"{where}: articles {unknown or 'none'}")
                continue
            if not any(side["quote"] in articles[a] for a in side["articles"]):
                problems.append(f"{where}: quote in none of its articles")
            if not fr.mentions(side["quote"], side["value"]):
                problems.append(f"{where}: value not in its quote")
            problems += [f"{where}: not stated in {a}" for a in side["articles"] if not fr.mentions(articles[a], side["value"])]
    for item in key["disagreements"]:
        first, *rest = [fr.canon(s["value"]) for s in item["sides"]]
        if any(fr.same_value(first, other) for other in rest):
            problems.append(f"{item['attribute']}: sides are the same value")
    everything = "\n".join(articles.values())
    problems += [f"alias {name} not written on its own in any article" for group in key["aliases"] for name in group
                 if not written_alone(everything, name, group)]
    story = [p for text in articles.values() for p in text.split("\n\n") if fr.word_count(p) >= 25]
    problems += [f"furniture {f!r} in a story paragraph" for f in key["furniture"] if any(fr.fold(f) in fr.fold(p) for p in story)]
    return problems


def kind_counts(folder: Path = fr.REALISTIC) -> dict[str, int]:
    """How many planted disagreements of each kind the set in ``folder`` has."""
    kinds = [d["kind"] for c in fr.cluster_ids(folder) for d in fr.load_key(c, folder)["disagreements"]]
    return {k: kinds.count(k) for k in fr.KINDS}


def html_share(folder: Path = fr.REALISTIC) -> float:
    """The share of the set's articles that are HTML pages."""
    pages = [p for c in fr.cluster_ids(folder) for p in (folder / "clusters" / c).iterdir()]
    return sum(p.suffix == ".html" for p in pages) / len(pages)


def other_set_folders(folder: Path) -> list[Path]:
    """Every set folder beside ``folder`` when the test runs (``benchmarks/realistic*/``), sets
    being written at the same time included."""
    return sorted(p for p in fr.BENCH.glob("realistic*/") if p.is_dir() and p.resolve() != folder.resolve())


def story_kinds(folder: Path) -> set[str]:
    """The kinds of story of a set, read from its cluster folders, keyed or not yet
    (``hurricane-calvadora``: hurricane)."""
    return {p.name.split("-")[0] for p in (folder / "clusters").glob("*/")} if (folder / "clusters").is_dir() else set()


def set_outlets(folder: Path) -> set[str]:
    """The outlets named by the article files of every cluster folder of a set, keyed or not yet
    (``b-vantage.html``: vantage)."""
    return {re.sub(r"^[a-z]-", "", p.stem) for p in (folder / "clusters").glob("*/*") if p.is_file()}


def misplaced_furniture(folder: Path) -> dict[str, tuple[bool, bool]]:
    """Each outlet-wide furniture string of a set that is not (on some raw page, in no story text),
    with where it is."""
    ids = fr.cluster_ids(folder)
    pages = [page for c in ids for page in (folder / "clusters" / c).iterdir()]
    raw = fr.fold("\n".join(page.read_text(encoding="utf-8") for page in pages))
    told = fr.fold("\n".join("\n".join(texts(c, folder).values()) for c in ids))
    where = {f: (fr.fold(f) in raw, fr.fold(f) in told) for f in fr.common_furniture(folder)}
    return {f: found for f, found in where.items() if found != (True, False)}


def furniture_missing(cluster: str, folder: Path = fr.REALISTIC) -> list[str]:
    """The key's furniture strings that none of the cluster's raw files (entities unescaped) carries."""
    raw = "\n".join(p.read_text(encoding="utf-8") for p in (folder / "clusters" / cluster).iterdir())
    raw = fr.fold(html.unescape(raw))
    return [f for f in fr.load_key(cluster, folder)["furniture"] if fr.fold(f) not in raw]


@pytest.mark.parametrize("cluster", CLUSTER_IDS)
def test_key_agrees_with_articles(cluster: str) -> None:
    assert key_problems(fr.load_key(cluster), texts(cluster)) == []


def test_set_size_and_every_kind_three_times() -> None:
    assert len(CLUSTER_IDS) >= 12
    assert {k: n for k, n in kind_counts().items() if n < 3} == {}
    assert 0.35 <= html_share() <= 0.65


def test_a_wrong_key_is_caught() -> None:
    cluster = CLUSTER_IDS[0]
    key, articles = fr.load_key(cluster), texts(cluster)
    side = key["disagreements"][0]["sides"][0]
    wrong_value = {**side, "value": "987654"}
    wrong_article = {**side, "articles": [a for a in articles if a not in side["articles"]][:1]}
    for bad in (wrong_value, wrong_article):
        broken = {**key, "disagreements": [{**key["disagreements"][0], "sides": [bad, *key["disagreements"][0]["sides"][1:]]},
                                           *key["disagreements"][1:]]}
        assert key_problems(broken, articles)


def test_a_surname_only_inside_the_full_name_is_not_an_alias() -> None:
    assert written_alone("Halvard Moen said. Moen added.", "Moen", ["Halvard Moen", "Moen"])
    assert not written_alone("Halvard Moen said so.", "Moen", ["Halvard Moen", "Moen"])
    assert not written_alone("Elena Ramos-Cruz", "Ramos", ["Elena Ramos-Cruz", "Ramos"])


def test_furniture_is_in_the_pages_but_not_their_text() -> None:
    for cluster in CLUSTER_IDS:
        assert furniture_missing(cluster) == [], cluster


@pytest.mark.parametrize("written, reported", [
    ("$2.3 million", "2300000"), ("$2.3m", "2.3 million dollars"), ("4,000", "about 4000"), ("at least 14", "14"),
    ("4:30 p.m.", "16:30"), ("16:30 GMT", "4:30pm"), ("March 10", "10 March 2026"), ("Two", "2"),
    ("Dana Whitfield", "Sgt. Dana Whitfield"), ("£2,500", "GBP 2,500"), ("leader of Hebworth council", "council leader"), ("£48m", "48,000,000"),
])
def test_same_value_across_wordings(written: str, reported: str) -> None:
    assert fr.same_value(fr.canon(written), fr.canon(reported))


@pytest.mark.parametrize("written, reported", [
    ("$2.3 million", "$3.2m"), ("£48m", "$48m"), ("£48m", "USD 48,000,000"), ("4:30 p.m.", "5:15 p.m."), ("March 10", "March 12"),
    ("Raymond Kowalczyk", "Raymond Kowalczik"), ("15", "12"), ("19", "21"),
])
def test_different_values_stay_apart(written: str, reported: str) -> None:
    assert not fr.same_value(fr.canon(written), fr.canon(reported))


def brief_with(values: list[tuple[str, list[str]]], kind: str = "conflict") -> dict:
    return {"articles": [{"id": a, "path": f"/x/{a}"} for a in "abc"],
            "disagreements": [{"kind": kind, "subject": "E1", "attribute": "count:missing",
                               "values": [{"value": v, "articles": arts} for v, arts in values]}]}


def test_match_is_strict_only_with_the_right_articles_on_each_side() -> None:
    sides = [{"value": "15", "articles": ["a", "b"]}, {"value": "12", "articles": ["c"]}]
    right = fr.reported_disagreements(brief_with([("15", ["a", "b"]), ("12", ["c"])]))[0]
    crossed = fr.reported_disagreements(brief_with([("15", ["a", "b", "c"]), ("12", ["c"])]))[0]
    short = fr.reported_disagreements(brief_with([("15", ["a"]), ("12", ["c"])]))[0]
    one_side = fr.reported_disagreements(brief_with([("15", ["a"]), ("11", ["c"])]))[0]
    assert fr.match_disagreement(sides, right)["strict"]
    assert not fr.match_disagreement(sides, crossed)["strict"]
    assert not fr.match_disagreement(sides, short)["strict"]
    assert fr.match_disagreement(sides, one_side) is None


def test_benign_labels_are_not_found_and_not_alarms() -> None:
    key = {"disagreements": [{"kind": "count", "subject": "s", "attribute": "missing",
                              "sides": [{"value": "15", "articles": ["a"]}, {"value": "12", "articles": ["c"]}]}],
           "false_friends": [{"kind": "update", "values": [{"value": "2", "articles": ["a"]}, {"value": "3", "articles": ["b"]}]}],
           "aliases": [], "furniture": []}
    labelled = fr.score_cluster(brief_with([("15", ["a"]), ("12", ["c"])], kind="update"), key, [])
    assert labelled["planted"][0]["found_any"] and not labelled["planted"][0]["found"]
    alarm = fr.score_cluster(brief_with([("2", ["a"]), ("3", ["b"])]), key, [])
    assert [a["false_friend"] for a in alarm["false_friend_alarms"]] == ["update"] and alarm["unmatched_alarms"] == []


def test_leaks_and_aliases_are_read_from_any_section() -> None:
    brief = {"articles": [], "entities": [{"name": "Helen Marsh", "variants": ["Helen Marsh"]},
                                          {"name": "Aileen McBride", "variants": ["McBride"]}],
             "timeline": [{"text": "Rescuers search flooded streets in Hebworth on Saturday"}],
             "new_section": [{"text": "nothing here"}]}
    leaks = fr.furniture_leaks(brief, ["GPS Photo/Helen Marsh", "Helen Marsh", "Rescuers search flooded streets"])
    assert sorted(leak["section"] for leak in leaks) == ["entities", "timeline"]
    merges = fr.alias_merges(brief, [["Aileen McBride", "McBride"], ["Tom Ashdown", "Ashdown"]])
    assert [m["merged"] for m in merges] == [["McBride"], []]


@given(st.integers(min_value=0, max_value=10**9))
def test_a_number_matches_itself_written_with_separators(n: int) -> None:
    assert fr.same_value(fr.canon(f"{n:,}"), fr.canon(str(n)))


def test_spelling_variants_in_a_section_of_their_own_are_read() -> None:
    brief = {"articles": [{"id": "a", "path": "/x/a.txt"}, {"id": "b", "path": "/x/b.txt"}],
             "facts": {"spelling_variants": [{"name": "Raymond Kowalczyk",
                                              "variants": [{"spelling": "Raymond Kowalczyk", "articles": ["a"]},
                                                           {"spelling": "Raymond Kowalczik", "articles": ["b"]}]}]}}
    reported = fr.reported_disagreements(brief)
    assert [(r["spelling"], [v["articles"] for v in r["values"]]) for r in reported] == [(True, [["a.txt"], ["b.txt"]])]
    sides = [{"value": "Raymond Kowalczyk", "articles": ["a.txt"]}, {"value": "Raymond Kowalczik", "articles": ["b.txt"]}]
    assert fr.match_disagreement(sides, reported[0])["strict"]
