"""The newsbrief command: brief, batch, eval."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from newsbrief.cli import main

SUMMARY_KEYS = {"article_id", "start", "end", "text", "articles", "support"}


def _script() -> list[str]:
    console = Path(sys.executable).with_name("newsbrief")
    if console.exists():
        return [str(console)]
    found = shutil.which("newsbrief")
    return [found] if found else [sys.executable, "-m", "newsbrief.cli"]


def _error_lines(err: str) -> list[str]:
    return [line for line in err.splitlines() if line.startswith("newsbrief: error:")]


# --- brief ----------------------------------------------------------------------------------


def test_brief_text(cluster_dir: Path, capsys) -> None:
    assert main(["brief", str(cluster_dir)]) == 0
    out, err = capsys.readouterr()
    assert "of 4 sources)" in out
    assert "words from 4 articles:" in out
    assert "Getty Images" not in out.split("words from")[0]
    assert err == ""


def test_brief_markdown(cluster_dir: Path, capsys) -> None:
    assert main(["brief", str(cluster_dir), "--format", "markdown"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("## Summary\n")
    assert "## Sources" in out
    assert "[Dunmere to rebuild collapsed footbridge \\| Alde Valley Gazette \\| 2016-12-22](https://gazette.example/dunmere-bridge)" in out
    assert "[^1]" in out and "of 4 sources)*" in out


def test_brief_json(cluster_dir: Path, capsys) -> None:
    assert main(["brief", str(cluster_dir), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {"summary", "articles", "skipped", "warnings"} <= set(data)
    assert data["summary"] and len(data["articles"]) == 4
    assert data["skipped"] == [] and data["warnings"] == []
    texts = {a["id"]: a for a in data["articles"]}
    for item in data["summary"]:
        assert SUMMARY_KEYS <= set(item)
        assert item["article_id"] in texts
        assert isinstance(item["start"], int) and item["end"] > item["start"]
        assert item["articles"][0] == item["article_id"]
        for support in item["support"]:
            assert {"article_id", "start", "end", "text"} <= set(support)


@pytest.mark.parametrize("words", [25, 60, 120])
def test_brief_words_option_is_respected(cluster_dir: Path, capsys, words: int) -> None:
    assert main(["brief", str(cluster_dir), "--format", "json", "--words", str(words)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["word_budget"] == words
    assert data["summary"]
    assert sum(len(item["text"].split()) for item in data["summary"]) == data["words"] <= words


@pytest.mark.parametrize("bad", ["0", "-5", "ten"])
def test_brief_rejects_bad_word_counts(cluster_dir: Path, capsys, bad: str) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["brief", str(cluster_dir), "--words", bad])
    assert exit_info.value.code == 2
    assert "Traceback" not in capsys.readouterr().err


def test_brief_output_file(cluster_dir: Path, tmp_path: Path, capsys) -> None:
    target = tmp_path / "brief.md"
    assert main(["brief", str(cluster_dir), "--format", "markdown", "-o", str(target)]) == 0
    assert capsys.readouterr().out == ""
    written = target.read_text(encoding="utf-8")
    assert written.startswith("## Summary") and written.endswith("\n")


def test_brief_example(capsys) -> None:
    assert main(["brief", "--example", "--words", "100", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data["articles"]) == 10
    assert data["summary"] and data["words"] <= 100
    assert "Air France" in data["summary_text"] or "447" in data["summary_text"]
    assert data["skipped"] == []  # the example's LICENSE file is not reported


def test_brief_reports_skipped_files_on_stderr(cluster_dir: Path, tmp_path: Path, capsys) -> None:
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.4")
    assert main(["brief", str(cluster_dir), str(tmp_path / "scan.pdf"), str(tmp_path / "missing.txt")]) == 1  # briefed, with skips
    out, err = capsys.readouterr()
    assert "no such file or folder" in err
    assert "missing.txt" in out  # the brief's footer lists what was skipped too
    assert "of 4 sources)" in out


def test_brief_empty_folder_exits_2_with_one_line_error(tmp_path: Path, capsys) -> None:
    assert main(["brief", str(tmp_path)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert len(_error_lines(err)) == 1
    assert str(tmp_path) in _error_lines(err)[0]
    assert "Traceback" not in err


def test_brief_folder_of_only_bad_files_exits_2(tmp_path: Path, capsys) -> None:
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02\x03" * 10)
    (tmp_path / "meta.json").write_text('{"title": "no text"}', encoding="utf-8")
    (tmp_path / "broken.json").write_text("{", encoding="utf-8")
    assert main(["brief", str(tmp_path)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert len(_error_lines(err)) == 1
    for name in ("empty.txt", "binary.txt", "meta.json", "broken.json"):
        assert name in err
    assert "Traceback" not in err


def test_brief_without_paths_is_a_usage_error(capsys) -> None:
    assert main(["brief"]) == 2
    err = capsys.readouterr().err
    assert len(_error_lines(err)) == 1 and "Traceback" not in err


def test_brief_stdin(monkeypatch, capsys) -> None:
    import io

    text = (
        "A storm brought down the Fenwick footbridge over the River Alde in Dunmere on Tuesday night.\n"
        "Mayor Tomas Rendell pledged on Wednesday to rebuild the bridge within two years.\n"
    )
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode("utf-8"))))
    assert main(["brief", "-", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [a["id"] for a in data["articles"]] == ["stdin"]
    assert any("one article" in w for w in data["warnings"])


def test_console_script_runs_in_a_subprocess(cluster_dir: Path, tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    done = subprocess.run(
        [*_script(), "brief", str(cluster_dir), "--format", "json", "--words", "70"],
        capture_output=True, text=True, timeout=120, env=env,
    )
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["summary"] and data["words"] <= 70
    empty = tmp_path / "empty"
    empty.mkdir()
    failed = subprocess.run([*_script(), "brief", str(empty)], capture_output=True, text=True, timeout=120, env=env)
    assert failed.returncode == 2
    assert failed.stdout == ""
    assert len(_error_lines(failed.stderr)) == 1 and "Traceback" not in failed.stderr


# --- batch ----------------------------------------------------------------------------------


def test_batch_writes_one_line_per_good_cluster(dataset: Path, tmp_path: Path, capsys, story_documents) -> None:
    out_path = tmp_path / "out.jsonl"
    assert main(["batch", str(dataset), "--out", str(out_path), "--jobs", "1", "--words", "60", "--quiet"]) == 1  # the dataset has bad lines
    records = [json.loads(line) for line in out_path.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == ["bridge-a", "bridge-b", "bridge-c"]
    corpus = " ".join(story_documents)
    for record in records:
        assert record["summary"]
        sentences = record["summary"].split("\n")
        assert all(sentence in corpus for sentence in sentences)
        assert sum(len(s.split()) for s in sentences) == record["words"] <= 60
        assert len(record["sources"]) == len(sentences)
    err = capsys.readouterr().err
    bad = [line for line in err.splitlines() if line.startswith("newsbrief: skipped")]
    assert len(bad) == 2
    assert "line 2:" in bad[0] and "invalid JSON" in bad[0]
    assert "line 4 (id 'no-docs'):" in bad[1] and "documents" in bad[1]
    assert "3 clusters briefed" in err and "2 bad lines skipped" in err
    assert "Traceback" not in err


def test_batch_on_several_processes_keeps_file_order(dataset: Path, tmp_path: Path, capsys) -> None:
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert main(["batch", str(dataset), "--out", str(one), "--jobs", "1", "--quiet"]) == 1
    assert main(["batch", str(dataset), "--out", str(two), "--jobs", "2", "--quiet"]) == 1
    assert one.read_text(encoding="utf-8") == two.read_text(encoding="utf-8")


def test_batch_limit(dataset: Path, tmp_path: Path, capsys) -> None:
    out_path = tmp_path / "out.jsonl"
    assert main(["batch", str(dataset), "--out", str(out_path), "--jobs", "1", "--limit", "3", "--quiet"]) == 1
    assert [json.loads(line)["id"] for line in out_path.read_text().splitlines()] == ["bridge-a", "bridge-b"]


def test_batch_missing_input_exits_2(tmp_path: Path, capsys) -> None:
    assert main(["batch", str(tmp_path / "nope.jsonl"), "--out", str(tmp_path / "o.jsonl")]) == 2
    err = capsys.readouterr().err
    assert len(_error_lines(err)) == 1 and "nope.jsonl" in err and "Traceback" not in err


def test_batch_of_only_bad_lines_fails(tmp_path: Path, capsys) -> None:
    source = tmp_path / "bad.jsonl"
    source.write_text("{\n[]\n", encoding="utf-8")
    assert main(["batch", str(source), "--out", str(tmp_path / "o.jsonl"), "--jobs", "1", "--quiet"]) == 2
    assert "Traceback" not in capsys.readouterr().err


# --- eval -----------------------------------------------------------------------------------


def _table_rows(out: str) -> dict[str, list[str]]:
    rows = {}
    for line in out.splitlines():
        if line.startswith("| ") and not line.startswith("| system"):
            cells = [cell.strip() for cell in line.strip("|").split("|")]
            rows[cells[0]] = cells[1:]
    return rows


def test_eval_multinews_prints_table(dataset: Path, capsys) -> None:
    assert main(["eval", str(dataset), "--protocol", "multinews", "--jobs", "1", "--words", "60"]) == 0
    out = capsys.readouterr().out
    assert "3 clusters" in out and "protocol multinews" in out
    header = next(line for line in out.splitlines() if line.startswith("| system"))
    assert "R-1" in header and "R-2" in header and "R-Lsum" in header
    rows = _table_rows(out)
    assert set(rows) == {"newsbrief", "lead"}
    for cells in rows.values():
        r1, r2, rlsum = (float(c) for c in cells[:3])
        assert 0 < r2 <= r1 <= 100 and 0 < rlsum <= 100
        assert cells[3] == "3"


def test_eval_writes_json(dataset: Path, tmp_path: Path, capsys) -> None:
    target = tmp_path / "results.json"
    assert main(["eval", str(dataset), "--protocol", "multinews", "--jobs", "1", "--json", str(target)]) == 0
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["protocol"] == "multinews" and data["words"] == 250
    assert [r["system"] for r in data["results"]] == ["newsbrief", "lead"]


def test_eval_unknown_system_is_a_usage_error(dataset: Path, capsys) -> None:
    assert main(["eval", str(dataset), "--protocol", "multinews", "--systems", "newsbrief,oracle"]) == 2
    err = capsys.readouterr().err
    assert len(_error_lines(err)) == 1 and "oracle" in err and "Traceback" not in err


def test_eval_duc_protocol(dataset: Path, capsys, perl_rouge) -> None:
    assert main(["eval", str(dataset), "--protocol", "duc", "--jobs", "1", "--limit", "2"]) == 0
    out = capsys.readouterr().out
    assert "protocol duc" in out and "recall" in out
    header = next(line for line in out.splitlines() if line.startswith("| system"))
    assert "SU4" in header
    rows = _table_rows(out)
    assert set(rows) == {"newsbrief", "lead"}
    assert all(0 < float(cells[0]) <= 100 for cells in rows.values())
