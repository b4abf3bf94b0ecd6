"""Evaluation: ROUGE of newsbrief and baselines under the two protocols."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsbrief.errors import UsageError
from newsbrief.evaluate.harness import SystemResult, evaluate, format_table, results_to_json
from newsbrief.evaluate.rouge import score, score_duc, score_multinews

REFERENCE = "The Fenwick footbridge in Dunmere collapsed in a storm.\nTwo people were injured."


def test_multinews_identical_summary_scores_100() -> None:
    scores = score_multinews([REFERENCE], [[REFERENCE]])
    assert scores.measure == "F1"
    assert scores.values == pytest.approx({"R-1": 100.0, "R-2": 100.0, "R-Lsum": 100.0})


def test_multinews_unrelated_summary_scores_zero() -> None:
    scores = score_multinews(["Ticket prices rose sharply at the music festival."], [[REFERENCE]])
    assert scores.values["R-2"] == 0.0 and scores.values["R-1"] < 20


def test_multinews_uses_first_reference_and_averages_clusters() -> None:
    scores = score_multinews([REFERENCE, REFERENCE], [[REFERENCE, "other"], ["Completely different words here."]])
    assert scores.values["R-1"] == pytest.approx(50.0)


def test_multinews_stems_words() -> None:
    stemmed = score_multinews(["The footbridges collapsed."], [["The footbridge collapses."]])
    assert stemmed.values["R-1"] == pytest.approx(100.0)


def test_unknown_protocol_is_rejected() -> None:
    with pytest.raises(UsageError, match="protocol"):
        score("bleu", [REFERENCE], [[REFERENCE]], 100)


def test_evaluate_multinews_scores_each_system(dataset: Path) -> None:
    results = evaluate(dataset, "multinews", 60, ("newsbrief", "lead"), jobs=1)
    assert [r.system for r in results] == ["newsbrief", "lead"]
    for result in results:
        assert result.clusters == 3  # the malformed and document-less lines are not scored
        assert result.measure == "F1"
        assert set(result.scores) == {"R-1", "R-2", "R-Lsum"}
        assert all(0 < value <= 100 for value in result.scores.values())
        assert result.seconds >= 0


def test_evaluate_skips_clusters_without_references(tmp_path: Path, write_jsonl, story_documents, story_reference) -> None:
    path = write_jsonl(
        tmp_path / "d.jsonl",
        [
            {"id": "with", "documents": story_documents, "summaries": [story_reference]},
            {"id": "without", "documents": story_documents},
        ],
    )
    (result,) = evaluate(path, "multinews", 60, ("lead",), jobs=1)
    assert result.clusters == 1


def test_evaluate_rejects_unknown_system(dataset: Path) -> None:
    with pytest.raises(UsageError, match="oracle"):
        evaluate(dataset, "multinews", 60, ("oracle",), jobs=1)


def test_evaluate_sumy_baselines(dataset: Path) -> None:
    pytest.importorskip("sumy")
    results = evaluate(dataset, "multinews", 60, ("lexrank", "textrank"), limit=1, jobs=1)
    assert [r.system for r in results] == ["lexrank", "textrank"]
    assert all(r.clusters == 1 and r.scores["R-1"] > 0 for r in results)


def test_format_table_and_json() -> None:
    results = [
        SystemResult("newsbrief", {"R-1": 41.234, "R-2": 13.5}, "F1", 10, 2.0),
        SystemResult("lead", {"R-1": 38.0, "R-2": 11.25}, "F1", 10, 0.0),
    ]
    table = format_table(results).splitlines()
    assert table[0] == "| system | R-1 | R-2 | clusters | wall s | clusters/s |"
    assert table[2] == "| newsbrief | 41.23 | 13.50 | 10 | 2.0 | 5.0 |"
    assert table[3].startswith("| lead | 38.00 | 11.25 | 10 |")
    data = json.loads(results_to_json(results[:1], protocol="multinews", words=250))
    assert data["protocol"] == "multinews" and data["words"] == 250
    assert data["results"][0]["clusters_per_second"] == 5.0
    assert format_table([]) == ""


def test_duc_identical_summary_recall_is_100(perl_rouge) -> None:
    scores = score_duc([REFERENCE], [[REFERENCE]], word_limit=100)
    assert scores.measure == "recall"
    assert scores.values == pytest.approx({"R-1": 100.0, "R-2": 100.0, "SU4": 100.0})


def test_duc_scores_recall_not_precision(perl_rouge) -> None:
    # extra words cost nothing under recall; a missing sentence does
    padded = score_duc([REFERENCE + "\nRescue crews searched the river for hours."], [[REFERENCE]], word_limit=100)
    partial = score_duc([REFERENCE.split("\n")[0]], [[REFERENCE]], word_limit=100)
    assert padded.values["R-1"] == pytest.approx(100.0)
    assert 0 < partial.values["R-1"] < 100
