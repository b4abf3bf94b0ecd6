"""The bad-input matrix: every kind of bad file, line or record costs only itself.

Each case runs the real command (``newsbrief brief``, ``batch`` or ``stories``)
in process and asserts what was briefed, what was reported on standard error,
the exit status, and that no traceback or "internal error" reached the user.
The service's cases are in tests/service/test_service_faults.py.
"""

from __future__ import annotations

import gzip
import json
import os
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsbrief.batch as batch_module
import newsbrief.stories.run as stories_module
from newsbrief.cli import EXIT_NOTHING, EXIT_OK, EXIT_SKIPPED, main
from newsbrief.ingest import load_paths
from newsbrief.ingest.files import articles_from_text
from newsbrief.stories.feed import read_feed

A = ("The mayor of Springfield opened a new bridge over the Elm river on Monday, officials said. "
     "The bridge cost five million dollars and took two years to build, according to the council.")
B = ("Springfield's new Elm river bridge was opened by the mayor on Monday morning. "
     "Residents said they were pleased with the crossing, which cost five million dollars.")
C = ("Crowds gathered on Monday as the Springfield mayor cut the ribbon on the Elm river bridge. "
     "Council members said the five million dollar project had finished on schedule.")


def _clean(err: str) -> None:
    assert "Traceback" not in err and "internal error" not in err


def _brief_json(capsys, *args: str) -> tuple[int, dict, str]:
    status = main(["brief", *args, "--format", "json", "--no-facts", "--words", "40"])
    out, err = capsys.readouterr()
    _clean(err)
    return status, (json.loads(out) if out.strip() else {}), err


def _good(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "a.txt").write_text(A, encoding="utf-8")
    (folder / "b.txt").write_text(B, encoding="utf-8")
    return folder


def _ids(brief: dict) -> list[str]:
    return [article["id"] for article in brief["articles"]]


# --- brief: files and folders -------------------------------------------------------------------

BAD_FILES: dict[str, tuple[str, bytes, str]] = {
    # name: (file name, bytes, what stderr must say)
    "empty file": ("empty.txt", b"", "empty file"),
    "binary file": ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary file"),
    "JSON nested 10,000 deep": ("deep.json", b"[" * 10_000 + b"]" * 10_000, "nested too deeply"),
    "JSON object nested 10,000 deep": ("deep2.json", b'{"text": ' + b"[" * 10_000 + b"]" * 10_000 + b"}",
                                       "nested too deeply"),
    "invalid JSON": ("broken.json", b'{"text": "unfinished', "invalid JSON"),
    "JSON without text": ("notext.json", b'{"title": "Headline only"}', 'no "text" string'),
    "HTML without main text": ("nav.html", b"<html><body><nav><a href='/'>Home</a></nav></body></html>",
                               "no article text left"),
    "unsupported file type": ("scan.pdf", b"%PDF-1.4", "unsupported file type .pdf"),
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_bad_file_costs_only_itself(case: str, tmp_path: Path, capsys) -> None:
    name, data, reason = BAD_FILES[case]
    folder = _good(tmp_path / "in")
    (folder / name).write_bytes(data)
    status, brief, err = _brief_json(capsys, str(folder))
    assert status == EXIT_SKIPPED
    assert _ids(brief) == ["a", "b"] and brief["summary"]
    assert any(reason in line and name in line for line in err.splitlines() if line.startswith("newsbrief: skipped"))
    assert "2 articles briefed" in err and "1 inputs skipped" in err


ENCODED: dict[str, tuple[bytes, str]] = {
    "UTF-16 with BOM": (B.encode("utf-16"), "decoded as UTF-16-LE (byte-order mark)"),
    "UTF-16-BE with BOM": (b"\xfe\xff" + B.encode("utf-16-be"), "decoded as UTF-16-BE (byte-order mark)"),
    "UTF-16-LE without BOM": (B.encode("utf-16-le"), "decoded as UTF-16-LE (no byte-order mark)"),
    "UTF-32 with BOM": (B.encode("utf-32"), "decoded as UTF-32-LE (byte-order mark)"),
    "UTF-32-BE without BOM": (B.encode("utf-32-be"), "decoded as UTF-32-BE (no byte-order mark)"),
    "NUL in the first 8 KB": (B[:40].encode() + b"\x00" + B[40:].encode(), "1 NUL or control characters removed"),
    "NUL after 8 KB": ((B + " ") .encode() * 60 + b"\x00", "1 NUL or control characters removed"),
    "Windows-1252": (B.replace("Springfield's", "Springfield’s").encode("cp1252"), "decoded as cp1252"),
}


@pytest.mark.parametrize("case", sorted(ENCODED))
def test_other_encodings_are_decoded_and_announced(case: str, tmp_path: Path, capsys) -> None:
    data, note = ENCODED[case]
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(A, encoding="utf-8")
    (folder / "odd.txt").write_bytes(data)
    status, brief, err = _brief_json(capsys, str(folder))
    assert status == EXIT_OK
    odd = next(article for article in brief["articles"] if article["id"] == "odd")
    assert odd["words"] if "words" in odd else True
    assert f"odd.txt: {note}" in err
    assert "\x00" not in json.dumps(brief)
    assert any(item["article_id"] == "odd" for item in brief["summary"]) or len(brief["summary"]) >= 1


def test_nul_rule_is_the_same_wherever_the_byte_falls() -> None:
    from newsbrief.ingest.unicode import decode

    early = decode(b"\x00" + (B * 50).encode())
    late = decode((B * 50).encode() + b"\x00")
    assert early[0] == late[0] == B * 50 and early[1] == late[1]


def test_lone_surrogates_in_a_json_article_are_replaced(tmp_path: Path, capsys) -> None:
    folder = _good(tmp_path / "in")
    (folder / "sur.json").write_text('{"text": "%s \\ud800", "source": "Gazette \\udc00", "title": "T\\ud83d"}' % C,
                                     encoding="utf-8")
    status, brief, err = _brief_json(capsys, str(folder))
    assert status == EXIT_OK
    source = next(article for article in brief["articles"] if article["id"] == "sur")
    assert source["source"] == "Gazette \ufffd" and source["title"] == "T\ufffd"
    assert "sur.json: 3 lone surrogate code point(s) replaced by U+FFFD" in err


@pytest.mark.parametrize("fmt", ["text", "markdown", "json", "html"])
def test_lone_surrogates_never_break_any_format(fmt: str, tmp_path: Path, capsys) -> None:
    (tmp_path / "a.json").write_text('{"text": "%s \\udfff end."}' % A, encoding="utf-8")
    (tmp_path / "b.txt").write_text(B, encoding="utf-8")
    assert main(["brief", str(tmp_path), "--format", fmt, "--no-facts", "-o", str(tmp_path / "out")]) == EXIT_OK
    _clean(capsys.readouterr().err)
    assert "lone surrogate code point(s) replaced" in (tmp_path / "out").read_text(encoding="utf-8")


def test_dangling_and_looping_symlinks_are_reported(tmp_path: Path, capsys) -> None:
    folder = _good(tmp_path / "in")
    (folder / "gone.txt").symlink_to(folder / "nowhere.txt")
    (folder / "sub").mkdir()
    (folder / "sub" / "loop").symlink_to(folder)
    status, brief, err = _brief_json(capsys, str(folder))
    assert status == EXIT_SKIPPED and _ids(brief) == ["a", "b"]
    assert "gone.txt: broken symbolic link" in err
    assert "loop: symbolic link loops back to a folder already read" in err


def test_dangling_symlink_given_directly(tmp_path: Path, capsys) -> None:
    folder = _good(tmp_path / "in")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    status, brief, err = _brief_json(capsys, str(folder), str(tmp_path / "gone.txt"))
    assert status == EXIT_SKIPPED and "gone.txt: broken symbolic link" in err


def test_unreadable_subfolder_is_reported(tmp_path: Path, capsys, monkeypatch) -> None:
    folder = _good(tmp_path / "in")
    (folder / "locked").mkdir()
    (folder / "locked" / "c.txt").write_text(C, encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path):
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    status, brief, err = _brief_json(capsys, str(folder))
    assert status == EXIT_SKIPPED and _ids(brief) == ["a", "b"]
    assert "locked: cannot read this folder (Permission denied)" in err


def test_unreadable_file_is_reported(tmp_path: Path, capsys, monkeypatch) -> None:
    folder = _good(tmp_path / "in")
    (folder / "c.txt").write_text(C, encoding="utf-8")
    real = Path.read_bytes

    def read_bytes(self):
        if self.name == "c.txt":
            raise PermissionError(13, "Permission denied")
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    status, brief, err = _brief_json(capsys, str(folder))
    assert status == EXIT_SKIPPED and _ids(brief) == ["a", "b"]
    assert "c.txt: cannot read (Permission denied)" in err


def test_folder_1100_levels_deep(tmp_path: Path, capsys) -> None:
    folder = _good(tmp_path / "in")
    levels = [folder]
    for _ in range(1100):  # os.makedirs and shutil.rmtree recurse, so level by level
        levels.append(levels[-1] / "d")
        os.mkdir(levels[-1])
    (levels[-1] / "c.txt").write_text(C, encoding="utf-8")
    try:
        status, brief, err = _brief_json(capsys, str(folder))
    finally:
        (levels[-1] / "c.txt").unlink()
        for level in reversed(levels[1:]):
            os.rmdir(level)
    assert status == EXIT_OK and _ids(brief) == ["a", "b", "c"]


def test_file_name_that_is_not_utf8(tmp_path: Path, capsys) -> None:
    folder = _good(tmp_path / "in")
    with open(os.path.join(os.fsencode(folder), b"bad\xffname.txt"), "wb") as handle:
        handle.write(C.encode())
    status, brief, err = _brief_json(capsys, str(folder))
    assert status == EXIT_OK and "bad\ufffdname" in _ids(brief)
    assert "file name is not valid UTF-8" in err


def test_duplicate_ids_are_made_unique_and_reported(tmp_path: Path, capsys) -> None:
    records = [{"id": "a", "text": A}, {"id": "a", "text": B}, {"id": "a#2", "text": C}]
    (tmp_path / "many.json").write_text(json.dumps(records), encoding="utf-8")
    status, brief, err = _brief_json(capsys, str(tmp_path / "many.json"))
    assert status == EXIT_OK
    assert sorted(_ids(brief)) == ["a", "a#2", "a#3"] and len(set(_ids(brief))) == 3
    assert "duplicate id 'a'; kept as 'a#3'" in err


def test_unusable_date_is_reported_not_guessed(tmp_path: Path, capsys) -> None:
    (tmp_path / "a.json").write_text(json.dumps({"text": A, "published": True}), encoding="utf-8")
    (tmp_path / "b.json").write_text(json.dumps({"text": B, "published": "yesterday"}), encoding="utf-8")
    status, brief, err = _brief_json(capsys, str(tmp_path))
    assert status == EXIT_OK and all(article.get("published") is None for article in brief["articles"])
    assert "a.json: date True is not a date string" in err and "b.json: date 'yesterday' is not a full calendar date" in err


def test_jsonl_file_names_the_line_and_id_of_a_bad_record(tmp_path: Path, capsys) -> None:
    lines = [json.dumps({"id": "ok", "text": A}), json.dumps({"id": "no-text", "title": "x"}), "{oops",
             json.dumps({"id": "ok2", "text": B})]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines), encoding="utf-8")
    status, brief, err = _brief_json(capsys, str(tmp_path / "feed.jsonl"))
    assert status == EXIT_SKIPPED and _ids(brief) == ["ok", "ok2"]
    assert "feed.jsonl:2 (id 'no-text'): JSON object has no \"text\" string" in err
    assert "feed.jsonl:3: invalid JSON" in err


def test_skips_reach_stderr_when_the_brief_goes_to_a_file(tmp_path: Path, capsys) -> None:
    folder = _good(tmp_path / "in")
    (folder / "junk.txt").write_text("Share this article\nAdvertisement\n", encoding="utf-8")
    assert main(["brief", str(folder), "--no-facts", "-o", str(tmp_path / "brief.md"), "--format", "markdown"]) == 1
    err = capsys.readouterr().err
    _clean(err)
    assert "junk.txt: no article text left after removing page furniture" in err
    assert not list(tmp_path.glob("*.partial"))


def test_binary_standard_input(capsys, monkeypatch) -> None:
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(bytes(range(256)) * 8)))
    assert main(["brief", "-"]) == EXIT_NOTHING
    err = capsys.readouterr().err
    _clean(err)
    assert "stdin" in err


def test_nothing_readable_is_a_usage_error(tmp_path: Path, capsys) -> None:
    (tmp_path / "deep.json").write_bytes(b"[" * 10_000)
    assert main(["brief", str(tmp_path / "deep.json")]) == EXIT_NOTHING
    err = capsys.readouterr().err
    _clean(err)
    assert "no readable article" in err


# --- batch --------------------------------------------------------------------------------------

def _cluster(cluster_id: str, *documents: str) -> str:
    return json.dumps({"id": cluster_id, "documents": list(documents or (A, B, C))})


def _run_batch(capsys, source: Path, *extra: str) -> tuple[int, list[dict], str]:
    out = source.with_name("out.jsonl")
    status = main(["batch", str(source), "--out", str(out), "--words", "40", "--quiet", *extra])
    err = capsys.readouterr().err
    _clean(err)
    assert not list(source.parent.glob("*.partial"))
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()] if out.exists() else []
    return status, records, err


BAD_LINES: dict[str, tuple[str, str]] = {
    "nested 5,000 deep": ('{"id": "deep", "documents": ' + "[" * 5000 + "]" * 5000 + "}", "nested too deeply"),
    "invalid JSON": ('{"id": "broken", "documents": [', "invalid JSON"),
    "not an object": ("[1, 2, 3]", "not a JSON object"),
    "no documents": ('{"id": "nodocs"}', "(id 'nodocs'): no \"documents\" list"),
    "empty documents": ('{"id": "empty", "documents": []}', "(id 'empty'): no \"documents\" list"),
    "a document that is not a string": ('{"id": "num", "documents": [1]}', "(id 'num'): document 0 is not a string"),
}


@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize("case", sorted(BAD_LINES))
def test_batch_bad_line_costs_only_itself(case: str, jobs: str, tmp_path: Path, capsys) -> None:
    bad, reason = BAD_LINES[case]
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join([_cluster("first"), bad, _cluster("last")]) + "\n", encoding="utf-8")
    status, records, err = _run_batch(capsys, source, "--jobs", jobs)
    assert status == EXIT_SKIPPED
    assert [r["id"] for r in records] == ["first", "last"] and all(r["words"] for r in records)
    assert any("in.jsonl line 2" in line and reason in line for line in err.splitlines())
    assert "2 clusters briefed" in err and "1 bad lines skipped" in err


def test_batch_lone_surrogate_is_replaced_not_fatal(tmp_path: Path, capsys) -> None:
    source = tmp_path / "in.jsonl"
    line = '{"id": "sur\\ud800", "documents": ["%s \\udc00", "%s"]}' % (A, B)
    source.write_text(_cluster("first") + "\n" + line + "\n", encoding="utf-8")
    status, records, err = _run_batch(capsys, source, "--jobs", "1")
    assert status == EXIT_OK and [r["id"] for r in records] == ["first", "sur\ufffd"]
    assert any("lone surrogate" in w for w in records[1]["warnings"])


def _gzip_lines(count: int) -> bytes:
    return gzip.compress("".join(_cluster(f"c{i}", A + f" Item {i} of the report.", B) + "\n"
                                 for i in range(count)).encode())


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_batch_gzip_cut_in_half_keeps_every_line_before_the_cut(jobs: str, tmp_path: Path, capsys) -> None:
    whole = _gzip_lines(400)
    source = tmp_path / "in.jsonl.gz"
    source.write_bytes(whole[: len(whole) // 2])
    status, records, err = _run_batch(capsys, source, "--jobs", jobs)
    complete = gzip.decompress(whole).split(b"\n")
    readable = len(__import__("zlib").decompressobj(wbits=31).decompress(whole[: len(whole) // 2]).split(b"\n")) - 1
    assert status == EXIT_SKIPPED and len(records) == readable > 0
    assert [r["id"] for r in records] == [json.loads(line)["id"] for line in complete[:readable]]
    assert "in.jsonl.gz: the compressed file ends before its end marker" in err


def test_batch_corrupt_gzip_is_one_error(tmp_path: Path, capsys) -> None:
    whole = _gzip_lines(50)
    source = tmp_path / "in.jsonl.gz"
    source.write_bytes(whole[:60] + b"\x00garbage" * 200)
    status, records, err = _run_batch(capsys, source, "--jobs", "1")
    assert "not valid gzip data" in err and "1 bad lines skipped" in err
    assert status in (EXIT_SKIPPED, EXIT_NOTHING)


def test_batch_cluster_that_fails_to_brief_costs_only_itself(tmp_path: Path, capsys, monkeypatch) -> None:
    real = batch_module.brief

    def brief(articles, config, **kwargs):
        if articles[0].id.startswith("boom"):
            raise RecursionError("maximum recursion depth exceeded")
        return real(articles, config, **kwargs)

    monkeypatch.setattr(batch_module, "brief", brief)
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join([_cluster("first"), _cluster("boom"), _cluster("last")]) + "\n", encoding="utf-8")
    status, records, err = _run_batch(capsys, source, "--jobs", "1")
    assert status == EXIT_SKIPPED and [r["id"] for r in records] == ["first", "last"]
    assert "line 2 (id 'boom'): could not be briefed (RecursionError" in err


@pytest.mark.parametrize("jobs", ["2"])
def test_batch_worker_process_that_dies_costs_only_its_line(jobs: str, tmp_path: Path, capsys, monkeypatch) -> None:
    real = batch_module.brief

    def brief(articles, config, **kwargs):
        if articles[0].id.startswith("die"):
            os._exit(1)  # a worker killed for memory, or a crash in a C library
        return real(articles, config, **kwargs)

    monkeypatch.setattr(batch_module, "brief", brief)  # forked workers inherit it
    ids = [f"c{i}" for i in range(40)]
    ids[5] = "die"
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(_cluster(i) for i in ids) + "\n", encoding="utf-8")
    status, records, err = _run_batch(capsys, source, "--jobs", jobs)
    assert status == EXIT_SKIPPED
    assert [r["id"] for r in records] == [i for i in ids if i != "die"]
    assert "line 6: could not be briefed: the worker process died" in err


def test_stories_worker_process_that_dies_costs_only_its_story(tmp_path: Path, capsys, monkeypatch) -> None:
    real = stories_module.brief

    def brief(articles, config, **kwargs):
        if any(a.id == "die" for a in articles):
            os._exit(1)
        return real(articles, config, **kwargs)

    monkeypatch.setattr(stories_module, "brief", brief)
    lines = [json.dumps({"id": "a", "text": A, "published": "2016-01-01"}),
             json.dumps({"id": "die", "text": "Volcano erupts on a remote island, scientists report. "
                         "Ash clouds rose kilometres into the sky above the crater.", "published": "2019-06-01"})]
    status, records, err = _stories(capsys, _feed(tmp_path / "feed.jsonl", lines), "--jobs", "2", "--no-facts")
    assert status == EXIT_SKIPPED and len(records) == 2
    assert [r["articles"] for r in records if r["brief"] is None] == [["die"]]
    assert [r["articles"] for r in records if r["brief"] is not None] == [["a"]]


def test_batch_empty_summary_says_why(tmp_path: Path, capsys) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(_cluster("junk", "Share this article\nAdvertisement", "Live Updates") + "\n", encoding="utf-8")
    status, records, err = _run_batch(capsys, source, "--jobs", "1")
    assert status == EXIT_OK and records[0]["words"] == 0
    assert records[0]["warnings"] and "1 with an empty summary" in err


def test_batch_duplicate_document_ids_are_renamed(tmp_path: Path, capsys) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": "d", "documents": [A, B, C], "doc_ids": ["x", "x", "x#2"]}) + "\n",
                      encoding="utf-8")
    status, records, err = _run_batch(capsys, source, "--jobs", "1")
    assert status == EXIT_OK
    assert {s for sources in records[0]["sources"] for s in sources} <= {"x", "x#2", "x#3"}
    assert "duplicate document id 'x'; kept as 'x#3'" in " ".join(records[0]["warnings"])


def test_batch_of_only_bad_lines_did_nothing(tmp_path: Path, capsys) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text("{oops\n[1]\n", encoding="utf-8")
    status, records, err = _run_batch(capsys, source, "--jobs", "1")
    assert status == EXIT_NOTHING and records == []


def test_batch_output_of_an_interrupted_run_has_only_whole_lines(tmp_path: Path, capsys, monkeypatch) -> None:
    real = batch_module.brief
    seen = []

    def brief(articles, config, **kwargs):
        seen.append(1)
        if len(seen) == 3:
            raise KeyboardInterrupt
        return real(articles, config, **kwargs)

    monkeypatch.setattr(batch_module, "brief", brief)
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(_cluster(f"c{i}") for i in range(5)) + "\n", encoding="utf-8")
    assert main(["batch", str(source), "--out", str(tmp_path / "out.jsonl"), "--jobs", "1", "--quiet"]) == 130
    lines = (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["id"] for line in lines] == ["c0", "c1"]
    assert not list(tmp_path.glob("*.partial"))


# --- stories ------------------------------------------------------------------------------------

def _feed(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(("published", "said"), [
    (True, "date True is not a date string"),
    (["2016"], "date ['2016'] is not a date string"),
    ("yesterday", "date 'yesterday' is not a full calendar date"),
    ("2016", "date '2016' is not a full calendar date"),
    (1.7e12, "is not a usable number of seconds since 1970"),
    (-9e9, "gives the year"),
])
def test_stories_unusable_dates_are_reported_and_ignored(published, said, tmp_path: Path) -> None:
    feed = read_feed(_feed(tmp_path / "feed.jsonl", [json.dumps({"id": "a", "text": A, "published": published})]))
    assert feed.articles[0].published is None
    assert said in feed.notes["a"] and feed.notes["a"].startswith("line 1: ")


def test_stories_usable_dates_still_read(tmp_path: Path) -> None:
    lines = [json.dumps({"id": "a", "text": A, "published": "2016-12-23"}),
             json.dumps({"id": "b", "text": B, "published": "23 December 2016"})]
    feed = read_feed(_feed(tmp_path / "feed.jsonl", lines))
    assert [a.published for a in feed.articles] == [date(2016, 12, 23)] * 2 and not feed.notes


def _stories(capsys, feed: Path, *extra: str) -> tuple[int, list[dict], str]:
    out = feed.with_name("stories.jsonl")
    status = main(["stories", str(feed), "--out", str(out), "--words", "30", "--quiet", *extra])
    err = capsys.readouterr().err
    _clean(err)
    assert not list(feed.parent.glob("*.partial"))
    return status, [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()], err


def test_stories_bad_lines_cost_only_themselves(tmp_path: Path, capsys) -> None:
    lines = [json.dumps({"id": "a", "text": A}), '{"id": "deep", "text": ' + "[" * 5000 + "]" * 5000 + "}",
             '{"id": "s\\ud800", "text": "%s \\udfff"}' % B, json.dumps({"id": "c", "text": C}), "{oops"]
    status, records, err = _stories(capsys, _feed(tmp_path / "feed.jsonl", lines), "--jobs", "2")
    assert status == EXIT_SKIPPED
    assert sorted(i for r in records for i in r["articles"]) == ["a", "c", "s\ufffd"]
    assert "line 2: JSON nested too deeply" in err and "line 5: invalid JSON" in err
    assert "lone surrogate" in err


def test_stories_cut_gzip_feed_keeps_the_lines_before(tmp_path: Path, capsys) -> None:
    whole = gzip.compress("".join(json.dumps({"id": f"a{i}", "text": A + f" Report {i}."}) + "\n"
                                  for i in range(300)).encode())
    feed = tmp_path / "feed.jsonl.gz"
    feed.write_bytes(whole[: len(whole) // 2])
    status, records, err = _stories(capsys, feed, "--jobs", "1")
    assert status == EXIT_SKIPPED and sum(len(r["articles"]) for r in records) > 10
    assert "the compressed file ends before its end marker" in err


def test_stories_story_that_fails_to_brief_costs_only_itself(tmp_path: Path, capsys, monkeypatch) -> None:
    real = stories_module.brief

    def brief(articles, config, **kwargs):
        if any(a.id == "boom" for a in articles):
            raise ValueError("broken story")
        return real(articles, config, **kwargs)

    monkeypatch.setattr(stories_module, "brief", brief)
    lines = [json.dumps({"id": "a", "text": A, "published": "2016-01-01"}),
             json.dumps({"id": "boom", "text": "Volcano erupts on a remote island, scientists report. "
                         "Ash clouds rose kilometres into the sky above the crater.", "published": "2019-06-01"})]
    status, records, err = _stories(capsys, _feed(tmp_path / "feed.jsonl", lines), "--jobs", "1")
    assert status == EXIT_SKIPPED and len(records) == 2
    failed = [r for r in records if r["brief"] is None]
    assert [r["articles"] for r in failed] == [["boom"]] and "broken story" in failed[0]["error"]
    assert "1 stories not briefed" in err


def test_stories_duplicate_ids_use_the_same_rule_as_brief(tmp_path: Path, capsys) -> None:
    lines = [json.dumps({"id": "a", "text": A}), json.dumps({"id": "a", "text": B}), json.dumps({"id": "a#2", "text": C})]
    feed = read_feed(_feed(tmp_path / "feed.jsonl", lines))
    ids = [a.id for a in feed.articles]
    assert len(set(ids)) == 3 and ids[:2] == ["a", "a#2"]


# --- fuzzing the ingest paths -------------------------------------------------------------------

SUFFIXES = [".txt", ".json", ".jsonl", ".html", ".md"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=2000), suffix=st.sampled_from(SUFFIXES))
def test_fuzz_random_bytes_never_raise(data: bytes, suffix: str, tmp_path_factory) -> None:
    folder = tmp_path_factory.mktemp("fuzz")
    (folder / f"x{suffix}").write_bytes(data)
    loaded = load_paths([str(folder)])
    assert len(loaded.articles) + len(loaded.skipped) >= 1
    for article in loaded.articles:
        article.text.encode("utf-8")
        (article.source or "").encode("utf-8")


def _nested(depth: int, leaf: str) -> str:
    return "[" * depth + leaf + "]" * depth


@settings(max_examples=80, deadline=None)
@given(text=st.text(alphabet=st.characters(codec=None), max_size=300),
       depth=st.integers(min_value=0, max_value=30_000), suffix=st.sampled_from([".json", ".jsonl"]))
def test_fuzz_unicode_with_surrogates_and_nesting(text: str, depth: int, suffix: str) -> None:
    document = json.dumps({"id": text[:10], "text": text, "source": text[-5:]})
    for raw in (document, _nested(depth, document)):
        articles, skipped = articles_from_text(raw, "fuzz" + suffix, suffix, None)
        for article in articles:
            json.dumps({"id": article.id, "text": article.text, "source": article.source},
                       ensure_ascii=False).encode("utf-8")
        assert all(s.reason for s in skipped)


@settings(max_examples=40, deadline=None)
@given(line=st.one_of(st.text(max_size=200), st.binary(max_size=200).map(lambda b: b.decode("latin-1")),
                      st.integers(0, 20_000).map(lambda d: _nested(d, '{"documents": ["x"]}'))))
def test_fuzz_dataset_lines_never_raise(line: str) -> None:
    from newsbrief.ingest.datasets import BadLine, Cluster, parse_line

    parsed = parse_line(line, 1)
    assert isinstance(parsed, (BadLine, Cluster))
    if isinstance(parsed, BadLine):
        assert parsed.reason
