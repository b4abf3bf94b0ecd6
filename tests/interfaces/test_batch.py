"""Batch mode: every cluster of a JSONL dataset briefed, one output line each, in file order."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from newsbrief.batch import brief_line, map_lines, run_batch
from newsbrief.config import Config
from newsbrief.ingest import BadLine


def _records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_run_batch_briefs_good_clusters_and_reports_bad_lines(dataset: Path, tmp_path: Path, story_documents) -> None:
    out = tmp_path / "out.jsonl"
    reported: list[BadLine] = []
    report = run_batch(dataset, out, Config(words=50), jobs=1, progress=False, on_bad_line=reported.append)
    assert report.clusters == 3
    assert [(b.line, "invalid JSON" in b.reason) for b in report.bad_lines] == [(2, True), (4, False)]
    assert reported == report.bad_lines
    assert report.seconds >= 0
    records = _records(out)
    assert [r["id"] for r in records] == ["bridge-a", "bridge-b", "bridge-c"]
    corpus = " ".join(story_documents)
    for record in records:
        assert set(record) >= {"id", "summary", "sources", "words"}
        lines = record["summary"].split("\n")
        assert all(line in corpus for line in lines)
        assert record["words"] == sum(len(line.split()) for line in lines) <= 50
        assert all(isinstance(ids, list) and ids for ids in record["sources"])


def test_batch_output_matches_single_brief(dataset: Path, tmp_path: Path) -> None:
    import newsbrief
    from newsbrief.ingest import Cluster, read_clusters

    out = tmp_path / "out.jsonl"
    run_batch(dataset, out, Config(words=70), jobs=1, progress=False)
    clusters = [c for c in read_clusters(dataset) if isinstance(c, Cluster)]
    for cluster, record in zip(clusters, _records(out), strict=True):
        expected = newsbrief.brief(cluster.articles, Config(words=70))
        assert record["summary"] == expected.summary_text
        assert record["sources"] == [list(item.articles) for item in expected.summary]


def test_run_batch_on_two_processes_gives_same_output(dataset: Path, tmp_path: Path) -> None:
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    run_batch(dataset, one, Config(words=60), jobs=1, progress=False)
    report = run_batch(dataset, two, Config(words=60), jobs=2, progress=False)
    assert report.clusters == 3 and len(report.bad_lines) == 2
    assert one.read_bytes() == two.read_bytes()


def test_run_batch_reads_gzip(dataset: Path, tmp_path: Path) -> None:
    compressed = tmp_path / "clusters.jsonl.gz"
    compressed.write_bytes(gzip.compress(dataset.read_bytes()))
    plain, packed = tmp_path / "plain.jsonl", tmp_path / "packed.jsonl"
    run_batch(dataset, plain, Config(), jobs=1, progress=False)
    report = run_batch(compressed, packed, Config(), jobs=1, progress=False)
    assert report.clusters == 3
    assert plain.read_text() == packed.read_text()


def test_run_batch_limit_counts_non_empty_lines(dataset: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    report = run_batch(dataset, out, Config(), jobs=1, limit=2, progress=False)
    assert report.clusters == 1 and [b.line for b in report.bad_lines] == [2]


def test_cluster_of_furniture_only_documents_reports_skips(tmp_path: Path, write_jsonl) -> None:
    path = write_jsonl(tmp_path / "d.jsonl", [{"id": "junk", "documents": ["Live Updates\nPopular Video", "Share this article\nAdvertisement"]}])
    (number, record, error) = brief_line(Config(), (1, path.read_text().strip()))
    assert number == 1 and error is None
    assert record["summary"] == "" and record["words"] == 0
    assert len(record["skipped"]) == 2


def test_brief_line_rejects_bad_records() -> None:
    number, record, error = brief_line(Config(), (6, "not json"))
    assert (number, record) == (6, None) and error.reason.startswith("invalid JSON")
    number, record, error = brief_line(Config(), (7, '{"id": "x"}'))
    assert (number, record) == (7, None) and "documents" in error.reason and error.id == "x"
    number, record, error = brief_line(Config(), (8, '{"id": "x", "documents": []}'))
    assert record is None and "documents" in error.reason


def test_map_lines_skips_blank_lines_and_keeps_numbers(tmp_path: Path) -> None:
    path = tmp_path / "d.jsonl"
    path.write_text('{"a": 1}\n\n   \n{"b": 2}\n', encoding="utf-8")
    seen = list(map_lines(path, lambda item: (item[0], {"raw": item[1].strip()}, None), jobs=1))
    assert [(n, r["raw"]) for n, r, _ in seen] == [(1, '{"a": 1}'), (4, '{"b": 2}')]


def test_config_reaches_the_workers(dataset: Path, tmp_path: Path) -> None:
    small, large = tmp_path / "small.jsonl", tmp_path / "large.jsonl"
    run_batch(dataset, small, Config(words=20), jobs=2, progress=False)
    run_batch(dataset, large, Config(words=200), jobs=2, progress=False)
    assert all(r["words"] <= 20 for r in _records(small))
    assert sum(r["words"] for r in _records(large)) > sum(r["words"] for r in _records(small))


def test_batch_can_write_the_whole_json_brief_as_stories_does(dataset: Path, tmp_path: Path, capsys) -> None:
    from newsbrief.cli import main

    out = tmp_path / "briefs.jsonl"
    assert main(["batch", str(dataset), "--out", str(out), "--jobs", "1", "--quiet", "--output", "brief",
                 "--no-facts", "--words", "40"]) == 1  # the dataset has bad lines
    records = _records(out)
    assert [r["id"] for r in records] == ["bridge-a", "bridge-b", "bridge-c"]
    for record in records:
        assert set(record) == {"id", "articles", "brief"}
        assert record["brief"]["words"] <= 40 and record["brief"]["summary"]
        assert "entities" not in record["brief"]
