"""The reader-judged evaluation's machinery (benchmarks/reader/): content keys, the sample,
and add_labels mapping a judge's answer back to keys and refusing one that does not fit."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

READER = Path(__file__).resolve().parents[2] / "benchmarks" / "reader"
sys.path.insert(0, str(READER))

import add_labels  # noqa: E402
import items  # noqa: E402
from make_items import _brief_text, _pair_text, allocate, sample_pairs  # noqa: E402


def write_packet(folder: Path, name: str, kind: str, entries: list[dict]) -> Path:
    (folder / "keys").mkdir(parents=True, exist_ok=True)
    packet = folder / f"{name}.md"
    packet.write_text("judge me\n", encoding="utf-8")
    (folder / "keys" / f"{name}.json").write_text(json.dumps({"packet": packet.name, "kind": kind, "items": entries}))
    return packet


def brief_label(cluster: int, sentences: int) -> dict:
    return {"cluster": cluster, "opening_ok": True,
            "sentences": [{"dangling": k == 1, "repeat": False, "fragment": False, "why": ""} for k in range(sentences)]}


def run(packet: Path, answer: Path, labels: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(READER / "add_labels.py"), str(packet), str(answer), "--judge", "J1",
                           "--labels-dir", str(labels)], capture_output=True, text=True)


SENTENCES = st.lists(st.text(st.characters(blacklist_characters="\n"), min_size=1, max_size=30), max_size=5)


@given(SENTENCES, SENTENCES)
def test_a_brief_key_changes_exactly_when_its_sentences_do(a: list[str], b: list[str]) -> None:
    assert (items.brief_key(a) == items.brief_key(b)) == (a == b)


def test_a_pair_key_depends_on_which_sentence_is_the_summary() -> None:
    assert items.pair_key("A fire broke out.", "Fire broke out.") != items.pair_key("Fire broke out.", "A fire broke out.")
    assert items.pair_key("x", "y") == items.pair_key("x", "y")


def test_the_sample_is_fixed_and_inside_the_file() -> None:
    first = items.sample_lines("duc2003", 30, 12)
    assert first == items.sample_lines("duc2003", 30, 12)
    assert len(set(first)) == 12 and all(0 <= i < 30 for i in first)
    assert items.sample_lines("duc2003", 5, 12) == [0, 1, 2, 3, 4]


def test_the_fresh_sample_never_holds_a_cluster_of_the_tuned_one() -> None:
    dev, fresh = items.sample_lines("duc2006", 50, 8), items.sample_lines("duc2006", 50, 8, "fresh")
    assert len(fresh) == 8 and not set(dev) & set(fresh)
    assert fresh == items.sample_lines("duc2006", 50, 8, "fresh")
    assert items.sample_lines("tac2011", 10, 6, "fresh") == sorted(set(range(10)) - set(items.sample_lines("tac2011", 10, 6)))
    second = items.sample_lines("duc2006", 50, 8, "fresh2")
    assert len(second) == 8 and not set(second) & (set(dev) | set(fresh))
    third = items.sample_lines("duc2006", 50, 8, "fresh3")
    assert len(third) == 8 and not set(third) & (set(dev) | set(fresh) | set(second))
    assert items.sample_lines("tac2011", 10, 6, "fresh3") == []  # the earlier samples took every cluster
    fourth = items.sample_lines("duc2006", 50, 8, "fresh4")
    assert len(fourth) == 8 and not set(fourth) & (set(dev) | set(fresh) | set(second) | set(third))
    fifth = items.sample_lines("duc2006", 50, 8, "fresh5")
    assert len(fifth) == 8 and not set(fifth) & (set(dev) | set(fresh) | set(second) | set(third) | set(fourth))


def test_pairs_are_allocated_to_datasets_in_proportion_to_briefs() -> None:
    shares = allocate(200)
    assert sum(shares.values()) == 200
    assert shares["multinews-validation"] == 64 and shares["duc2003"] == 48 and shares["tac2011"] == 24
    short = allocate(200, {"duc2003": 500, "duc2006": 500, "duc2007": 500, "tac2011": 30, "multinews-validation": 10})
    assert short["multinews-validation"] == 10 and short["tac2011"] == 30 and sum(short.values()) == 200
    assert short["duc2003"] > 48 and abs(short["duc2006"] - short["duc2007"]) <= 1
    assert sum(allocate(200, {"duc2003": 5, "duc2006": 0, "duc2007": 1, "tac2011": 0, "multinews-validation": 2}).values()) == 8


def test_a_pair_sample_keeps_its_strata_and_takes_all_of_a_small_one() -> None:
    counted = [{"dataset": "duc2003", "kind": "counted", "key": str(i)} for i in range(300)]
    counted += [{"dataset": "tac2011", "kind": "counted", "key": f"t{i}"} for i in range(3)]
    chosen = sample_pairs("test", counted, [])
    assert sum(p["dataset"] == "duc2003" for p in chosen) == 197
    assert sum(p["dataset"] == "tac2011" for p in chosen) == 3
    assert len({p["key"] for p in chosen}) == 200
    assert chosen == sample_pairs("test", counted, [])
    assert all(p["population"] == (300 if p["dataset"] == "duc2003" else 3) for p in chosen)


def test_packets_show_only_the_sentences() -> None:
    text = _brief_text(3, {"sentences": ["One.", "Two."], "dataset": "duc2003", "cluster": "d30003t"})
    assert text == "## Item 3\n\n1. One.\n2. Two.\n\n"
    pair = _pair_text(7, {"summary": "S.", "other": "O.", "kind": "near-miss", "similarity": None})
    assert "Summary sentence: S." in pair and "Other sentence: O." in pair
    assert "near" not in pair and "duc" not in text


def test_brief_labels_are_stored_under_the_items_keys(tmp_path: Path) -> None:
    packet = write_packet(tmp_path, "x-briefs-1", "briefs",
                          [{"n": 1, "key": "k1", "sentences": 2}, {"n": 2, "key": "k2", "sentences": 3}])
    answer = tmp_path / "answer.json"
    answer.write_text("```json\n" + json.dumps([brief_label(2, 3), brief_label(1, 2)]) + "\n```\n")
    done = run(packet, answer, tmp_path)
    assert done.returncode == 0, done.stderr
    rows = items.read_jsonl(tmp_path / "labels-briefs.jsonl")
    assert [(r["key"], r["cluster"], len(r["sentences"]), r["judge"]) for r in rows] == [("k2", 2, 3, "J1"),
                                                                                           ("k1", 1, 2, "J1")]
    assert rows[0]["sentences"][1]["dangling"] is True
    again = run(packet, answer, tmp_path)
    assert again.returncode == 0 and len(items.read_jsonl(tmp_path / "labels-briefs.jsonl")) == 2


@pytest.mark.parametrize("label, says", [
    (brief_label(1, 3), "3 sentence labels for an item of 2 sentences"),
    (brief_label(4, 2), "no item of that number"),
    ({**brief_label(1, 2), "opening_ok": "yes"}, "'opening_ok' must be true or false"),
])
def test_a_brief_label_that_does_not_fit_its_item_is_refused(tmp_path: Path, label: dict, says: str) -> None:
    packet = write_packet(tmp_path, "x-briefs-1", "briefs", [{"n": 1, "key": "k1", "sentences": 2}])
    answer = tmp_path / "answer.json"
    answer.write_text(json.dumps([label]))
    done = run(packet, answer, tmp_path)
    assert done.returncode == 2 and says in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "labels-briefs.jsonl").exists()


def test_pair_labels_are_checked_and_mapped(tmp_path: Path) -> None:
    packet = write_packet(tmp_path, "x-pairs-1", "pairs",
                          [{"n": 1, "key": "p1", "sentences": None}, {"n": 2, "key": "p2", "sentences": None}])
    answer = tmp_path / "answer.jsonl"
    answer.write_text('{"n": 1, "label": "maybe", "contradicts": false, "why": ""}\n')
    assert run(packet, answer, tmp_path).returncode == 2
    answer.write_text('{"n": 2, "label": "no", "contradicts": true, "why": "other toll"}\n'
                      '{"n": 1, "label": "yes", "contradicts": false, "why": ""}\n')
    done = run(packet, answer, tmp_path)
    assert done.returncode == 0, done.stderr
    rows = items.read_jsonl(tmp_path / "labels-pairs.jsonl")
    assert {r["key"]: (r["label"], r["contradicts"]) for r in rows} == {"p2": ("no", True), "p1": ("yes", False)}


def test_an_unreadable_answer_is_an_error_not_a_traceback(tmp_path: Path) -> None:
    packet = write_packet(tmp_path, "x-pairs-1", "pairs", [{"n": 1, "key": "p1", "sentences": None}])
    answer = tmp_path / "answer.json"
    answer.write_text("[{not json")
    done = run(packet, answer, tmp_path)
    assert done.returncode == 2 and "not JSON" in done.stderr and "Traceback" not in done.stderr
    done = run(packet, tmp_path / "missing.json", tmp_path)
    assert done.returncode == 2 and "cannot read" in done.stderr


def test_figures_count_judged_items_only_and_weight_recall_to_the_populations() -> None:
    from figures import brief_figures, pair_figures

    briefs = [{"key": "b1", "sentences": ["A.", "B."]}, {"key": "b2", "sentences": ["C."]}]
    labels = {"b1": {**brief_label(1, 2), "opening_ok": False}}
    row = brief_figures(briefs, labels)
    assert (row["briefs judged"], row["sentences judged"], row["sentences"]) == (1, 2, 3)
    assert (row["dangling"], row["repeat"], row["openings ok"]) == (0.5, 0.0, 0.0)

    pairs = [{"kind": "counted", "key": f"c{i}", "similarity": 0.6, "population": 40} for i in range(4)]
    pairs += [{"kind": "near-miss", "key": f"m{i}", "similarity": None, "population": 10} for i in range(2)]
    answers = {"c0": "yes", "c1": "yes", "c2": "yes", "c3": "partial", "m0": "yes", "m1": "no"}
    pair_labels = {key: {"label": answer, "contradicts": False} for key, answer in answers.items()}
    row = pair_figures(pairs, pair_labels)
    assert row["badge precision"] == 0.75 and row["near misses yes"] == 0.5
    assert row["recall (judged yes counted / all judged yes)"] == 0.75
    assert row["recall, weighted to the populations"] == round(30 / (30 + 5), 4)
    assert row["precision by reported similarity"]["0.5-0.7"] == {"judged": 4, "precision": 0.75}


def test_packets_leave_out_labelled_items_and_are_never_silently_renumbered(tmp_path: Path, monkeypatch) -> None:
    import make_items

    monkeypatch.setattr(make_items, "OUT", tmp_path)
    monkeypatch.setattr(make_items, "BRIEF_LABELS", tmp_path / "labels-briefs.jsonl")
    monkeypatch.setattr(make_items, "PAIR_LABELS", tmp_path / "labels-pairs.jsonl")
    briefs = [{"key": items.brief_key([f"S{i}."]), "sentences": [f"S{i}."]} for i in range(3)]
    pairs = [{"key": items.pair_key("A.", f"B{i}."), "summary": "A.", "other": f"B{i}."} for i in range(2)]
    written = make_items.write_packets("t", briefs, pairs)
    assert [p.name for p in written] == ["t-briefs-1.md", "t-pairs-1.md"]
    assert make_items.write_packets("t", briefs, pairs) == written  # the same packets again: allowed
    items.write_jsonl(tmp_path / "labels-briefs.jsonl", [{"key": briefs[0]["key"]}])
    with pytest.raises(SystemExit, match="t-briefs-1.md has items without labels"):
        make_items.write_packets("t", briefs, pairs)
    assert "S0." in (tmp_path / "packets" / "t-briefs-1.md").read_text()
    make_items.write_packets("t", briefs, pairs, replace=True)
    text = (tmp_path / "packets" / "t-briefs-1.md").read_text()
    assert "S0." not in text and "1. S1." in text and "1. S2." in text
    items.write_jsonl(tmp_path / "labels-briefs.jsonl", [{"key": b["key"]} for b in briefs])
    assert [p.name for p in make_items.write_packets("t", briefs, pairs)] == ["t-pairs-1.md"]
    assert not (tmp_path / "packets" / "t-briefs-1.md").exists()
