"""Stage 1: reading articles from files, folders, stdin, and JSONL datasets."""

from __future__ import annotations

import gzip
import io
import json
import shutil
from datetime import date
from pathlib import Path

import pytest

import newsbrief.ingest.files as files_module
from newsbrief.ingest import BadLine, Cluster, date_from_id, load_paths, read_clusters
from newsbrief.ingest.files import MAX_ARTICLE_CHARS

HTML_DIR = Path(__file__).parents[1] / "fixtures" / "html"
ARTICLE = (
    "A storm brought down the Fenwick footbridge over the River Alde in Dunmere on Tuesday night.\n\n"
    "Mayor Tomas Rendell pledged on Wednesday to rebuild the bridge within two years.\n"
)


def _reasons(loaded) -> dict[str, str]:
    return {Path(s.source).name: s.reason for s in loaded.skipped}


# --- files and folders ------------------------------------------------------------------------


def test_folder_of_txt_md_html_json(tmp_path: Path, cluster_dir: Path) -> None:
    for path in cluster_dir.iterdir():
        shutil.copy(path, tmp_path / path.name)
    shutil.copy(HTML_DIR / "dunmere-courier.html", tmp_path / "05-courier.html")
    loaded = load_paths([str(tmp_path)])
    assert not loaded.skipped and not loaded.warnings
    assert [a.id for a in loaded.articles] == ["01-wire", "02-herald", "03-live", "04-gazette", "05-courier"]
    for article in loaded.articles:
        assert "Fenwick footbridge" in article.text
        assert article.path is not None and Path(article.path).parent == tmp_path


def test_folder_is_searched_recursively_and_sorted(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "inner.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "LICENSE").write_text("MIT License", encoding="utf-8")
    loaded = load_paths([str(tmp_path)])
    assert [a.id for a in loaded.articles] == ["a", "inner"]
    assert not loaded.skipped  # a licence beside the articles is passed over without comment


def test_json_object_with_metadata(tmp_path: Path) -> None:
    record = {
        "text": ARTICLE,
        "title": "Dunmere to rebuild footbridge",
        "source": "Alde Valley Gazette",
        "url": "https://gazette.example/bridge",
        "published": "2016-12-22T09:30:00Z",
    }
    (tmp_path / "gazette.json").write_text(json.dumps(record), encoding="utf-8")
    (article,) = load_paths([str(tmp_path / "gazette.json")]).articles
    assert article.id == "gazette"
    assert article.text == ARTICLE
    assert article.title == "Dunmere to rebuild footbridge"
    assert article.source == "Alde Valley Gazette"
    assert article.url == "https://gazette.example/bridge"
    assert article.published == date(2016, 12, 22)


@pytest.mark.parametrize(
    ("published", "expected"),
    [("22 December 2016", date(2016, 12, 22)), ("Dec 22, 2016", date(2016, 12, 22)), ("", None), (None, None)],
)
def test_json_published_written_forms(tmp_path: Path, published, expected) -> None:
    (tmp_path / "a.json").write_text(json.dumps({"text": ARTICLE, "published": published}), encoding="utf-8")
    assert load_paths([str(tmp_path / "a.json")]).articles[0].published == expected


def test_json_list_of_articles(tmp_path: Path) -> None:
    records = [{"id": "one", "text": ARTICLE}, {"text": ARTICLE}, "not an object"]
    (tmp_path / "many.json").write_text(json.dumps(records), encoding="utf-8")
    loaded = load_paths([str(tmp_path / "many.json")])
    assert [a.id for a in loaded.articles] == ["one", "many-1"]
    assert len(loaded.skipped) == 1 and loaded.skipped[0].source.endswith("many.json[2]")


def test_json_without_text_is_skipped_with_reason(tmp_path: Path) -> None:
    (tmp_path / "meta.json").write_text(json.dumps({"title": "Only a title", "url": "https://x.example"}), encoding="utf-8")
    (tmp_path / "ok.txt").write_text(ARTICLE, encoding="utf-8")
    loaded = load_paths([str(tmp_path)])
    assert [a.id for a in loaded.articles] == ["ok"]
    assert '"text"' in _reasons(loaded)["meta.json"]


def test_invalid_json_file_is_skipped_with_reason(tmp_path: Path) -> None:
    (tmp_path / "bad.json").write_text('{"text": "unterminated', encoding="utf-8")
    loaded = load_paths([str(tmp_path / "bad.json")])
    assert not loaded.articles
    assert "invalid JSON" in _reasons(loaded)["bad.json"]


def test_jsonl_file_of_articles_reports_bad_lines(tmp_path: Path) -> None:
    lines = [json.dumps({"text": ARTICLE}), "{oops", "", json.dumps({"title": "no text"}), json.dumps({"text": ARTICLE})]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines), encoding="utf-8")
    loaded = load_paths([str(tmp_path / "feed.jsonl")])
    assert [a.id for a in loaded.articles] == ["feed-1", "feed-5"]
    assert sorted(s.source.rsplit(":", 1)[1] for s in loaded.skipped) == ["2", "4"]


def test_empty_file_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "blank.md").write_text("  \n\n \t\n", encoding="utf-8")
    loaded = load_paths([str(tmp_path)])
    assert not loaded.articles
    assert _reasons(loaded) == {"blank.md": "empty file", "empty.txt": "empty file"}


def test_binary_file_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    loaded = load_paths([str(tmp_path / "photo.txt")])
    assert not loaded.articles
    assert "binary" in _reasons(loaded)["photo.txt"]


def test_non_utf8_file_is_decoded_with_a_warning(tmp_path: Path) -> None:
    text = (
        "The Fenwick footbridge in Dunmere collapsed during Tuesday\u2019s storm, injuring two people.\n\n"
        "\u201cWe will have a new crossing,\u201d said Mayor Tom\u00e1s Rendell at the caf\u00e9 beside the river.\n\n"
        "Zo\u00eb Marsh, who runs the riverside caf\u00e9, said business had been quiet since the collapse.\n"
    )
    (tmp_path / "cp1252.txt").write_bytes(text.encode("cp1252"))
    loaded = load_paths([str(tmp_path / "cp1252.txt")])
    (article,) = loaded.articles
    assert article.text == text
    assert len(loaded.warnings) == 1
    assert "cp1252.txt" in loaded.warnings[0] and "not UTF-8" in loaded.warnings[0]


def test_latin1_file_is_decoded_with_a_warning(tmp_path: Path) -> None:
    text = "Mayor Tom\u00e1s Rendell said the caf\u00e9 by the bridge would reopen on Thursday.\n"
    (tmp_path / "latin.txt").write_bytes(text.encode("latin-1"))
    loaded = load_paths([str(tmp_path / "latin.txt")])
    assert loaded.articles[0].text == text
    assert loaded.warnings and "not UTF-8" in loaded.warnings[0]


def test_utf8_with_bom_reads_without_warning(tmp_path: Path) -> None:
    (tmp_path / "bom.txt").write_bytes(ARTICLE.encode("utf-8-sig"))
    loaded = load_paths([str(tmp_path / "bom.txt")])
    assert loaded.articles[0].text == ARTICLE
    assert not loaded.warnings


def test_html_article_is_extracted() -> None:
    loaded = load_paths([str(HTML_DIR / "dunmere-courier.html")])
    (article,) = loaded.articles
    assert article.id == "dunmere-courier"
    assert article.title == "Footbridge lost in Dunmere storm"
    assert article.published == date(2016, 12, 23)
    assert "collapsed into the river shortly after 10 p.m." in article.text
    assert "ferry service" in article.text
    # page chrome outside the <article> is not part of the text
    for chrome in ("Most read", "Council tax to rise", "All rights reserved", "Privacy policy", "track()"):
        assert chrome not in article.text


def test_html_page_without_main_text_is_skipped() -> None:
    loaded = load_paths([str(HTML_DIR / "no-main-text.html")])
    assert not loaded.articles
    assert "no main text" in _reasons(loaded)["no-main-text.html"]


def test_unsupported_suffix_is_reported(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "story.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "notes").write_text(ARTICLE, encoding="utf-8")
    loaded = load_paths([str(tmp_path)])
    assert [a.id for a in loaded.articles] == ["story"]
    reasons = _reasons(loaded)
    assert "unsupported file type .pdf" in reasons["story.pdf"]
    assert "unsupported file type" in reasons["notes"]


def test_folder_without_supported_files_is_reported(tmp_path: Path) -> None:
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.4")
    loaded = load_paths([str(tmp_path)])
    assert not loaded.articles
    assert any(s.source == str(tmp_path) and "holds no" in s.reason for s in loaded.skipped)


def test_missing_path_is_reported(tmp_path: Path) -> None:
    (tmp_path / "ok.txt").write_text(ARTICLE, encoding="utf-8")
    missing = tmp_path / "nope.txt"
    loaded = load_paths([str(tmp_path / "ok.txt"), str(missing)])
    assert [a.id for a in loaded.articles] == ["ok"]
    assert [(s.source, s.reason) for s in loaded.skipped] == [(str(missing), "no such file or folder")]


def test_an_explicit_file_with_any_suffix_is_read_as_text(tmp_path: Path) -> None:
    (tmp_path / "story.log").write_text(ARTICLE, encoding="utf-8")
    (article,) = load_paths([str(tmp_path / "story.log")]).articles
    assert article.text == ARTICLE


# --- standard input -------------------------------------------------------------------------


def test_stdin_text_from_bytes_stream() -> None:
    loaded = load_paths(["-"], stdin=io.BytesIO(ARTICLE.encode("utf-8")))
    (article,) = loaded.articles
    assert article.id == "stdin" and article.text == ARTICLE and article.path is None


def test_stdin_json_is_recognised() -> None:
    data = json.dumps({"text": ARTICLE, "title": "From a pipe"}).encode("utf-8")
    (article,) = load_paths(["-"], stdin=io.BytesIO(data)).articles
    assert article.title == "From a pipe" and article.text == ARTICLE


def test_stdin_html_is_recognised() -> None:
    data = (HTML_DIR / "dunmere-courier.html").read_bytes()
    (article,) = load_paths(["-"], stdin=io.BytesIO(data)).articles
    assert "<p>" not in article.text and "ferry service" in article.text


def test_stdin_combined_with_files(tmp_path: Path) -> None:
    (tmp_path / "file.txt").write_text(ARTICLE, encoding="utf-8")
    loaded = load_paths([str(tmp_path / "file.txt"), "-"], stdin=io.BytesIO(b"Another report of the storm in Dunmere."))
    assert [a.id for a in loaded.articles] == ["file", "stdin"]


def test_empty_stdin_is_skipped() -> None:
    loaded = load_paths(["-"], stdin=io.BytesIO(b""))
    assert not loaded.articles
    assert [(s.source, s.reason) for s in loaded.skipped] == [("stdin", "empty file")]


# --- limits and ids -------------------------------------------------------------------------


def test_oversize_article_is_truncated_with_a_warning() -> None:
    sentence = "The storm brought down the footbridge over the River Alde. "
    text = sentence * (MAX_ARTICLE_CHARS // len(sentence) + 100)
    assert len(text) > MAX_ARTICLE_CHARS
    loaded = load_paths(["-"], stdin=io.BytesIO(text.encode("utf-8")))
    (article,) = loaded.articles
    assert len(article.text) == MAX_ARTICLE_CHARS
    assert text.startswith(article.text)
    assert len(loaded.warnings) == 1
    assert "stdin" in loaded.warnings[0] and f"{MAX_ARTICLE_CHARS:,}" in loaded.warnings[0]


def test_oversize_limit_is_read_at_call_time(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(files_module, "MAX_ARTICLE_CHARS", 50)
    (tmp_path / "long.txt").write_text(ARTICLE, encoding="utf-8")
    loaded = load_paths([str(tmp_path / "long.txt")])
    assert loaded.articles[0].text == ARTICLE[:50]
    assert loaded.warnings


def test_duplicate_ids_are_made_unique(tmp_path: Path) -> None:
    for folder in ("herald", "gazette", "courier"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "story.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "x.json").write_text(json.dumps([{"id": "story", "text": ARTICLE}]), encoding="utf-8")
    loaded = load_paths([str(tmp_path)])
    ids = [a.id for a in loaded.articles]
    assert len(ids) == 4
    assert len(set(ids)) == len(ids)
    assert ids[0] == "story"


# --- datasets -------------------------------------------------------------------------------


def test_read_clusters_reports_bad_lines_and_keeps_good_clusters(dataset: Path) -> None:
    items = list(read_clusters(dataset))
    clusters = [item for item in items if isinstance(item, Cluster)]
    bad = [item for item in items if isinstance(item, BadLine)]
    assert [c.id for c in clusters] == ["bridge-a", "bridge-b", "bridge-c"]
    assert [c.line for c in clusters] == [1, 3, 5]
    assert [b.line for b in bad] == [2, 4]
    assert "invalid JSON" in bad[0].reason
    assert "documents" in bad[1].reason
    assert str(bad[1]).startswith("line 4 (id 'no-docs'):")
    assert len(clusters[0].articles) == 3 and clusters[0].summaries


def test_read_clusters_line_numbers_count_blank_lines(tmp_path: Path, write_jsonl, story_documents) -> None:
    path = write_jsonl(tmp_path / "d.jsonl", [{"id": "x", "documents": story_documents}, "", "[1, 2]", "", '"text"'])
    bad = [item for item in read_clusters(path) if isinstance(item, BadLine)]
    assert [(b.line, b.reason) for b in bad] == [(3, "not a JSON object"), (5, "not a JSON object")]


def test_read_clusters_rejects_non_string_documents(tmp_path: Path, write_jsonl) -> None:
    path = write_jsonl(tmp_path / "d.jsonl", [{"id": "x", "documents": ["fine text", {"text": "nested"}]}])
    (item,) = read_clusters(path)
    assert isinstance(item, BadLine) and item.line == 1 and "document 1" in item.reason


def test_read_clusters_limit(dataset: Path) -> None:
    items = list(read_clusters(dataset, limit=2))
    assert len(items) == 2
    assert isinstance(items[0], Cluster) and isinstance(items[1], BadLine)


def test_read_clusters_reads_gzip(tmp_path: Path, dataset: Path) -> None:
    compressed = tmp_path / "clusters.jsonl.gz"
    with gzip.open(compressed, "wb") as handle:
        handle.write(dataset.read_bytes())
    assert [str(x) if isinstance(x, BadLine) else x.id for x in read_clusters(compressed)] == [
        str(x) if isinstance(x, BadLine) else x.id for x in read_clusters(dataset)
    ]
    assert sum(isinstance(x, Cluster) for x in read_clusters(compressed)) == 3


def test_read_clusters_survives_invalid_utf8(tmp_path: Path, story_documents) -> None:
    good = json.dumps({"id": "ok", "documents": story_documents}).encode("utf-8")
    path = tmp_path / "d.jsonl"
    path.write_bytes(b'{"id": "bad\xff", "documents": ["caf\xe9 text"]}\n' + good + b"\n")
    items = list(read_clusters(path))
    assert [x.id for x in items if isinstance(x, Cluster)] == ["bad\ufffd", "ok"]


def test_duc_ids_give_publication_dates(tmp_path: Path, write_jsonl, story_documents) -> None:
    path = write_jsonl(
        tmp_path / "duc.jsonl",
        [{"id": "d30001t", "documents": story_documents[:2], "doc_ids": ["APW19981016.0240", "NYT19981017.0001"]}],
    )
    (cluster,) = read_clusters(path)
    assert [a.id for a in cluster.articles] == ["APW19981016.0240", "NYT19981017.0001"]
    assert [a.published for a in cluster.articles] == [date(1998, 10, 16), date(1998, 10, 17)]


@pytest.mark.parametrize(
    ("doc_id", "expected"),
    [
        ("APW19981016.0240", date(1998, 10, 16)),
        ("XIE19990212.0033", date(1999, 2, 12)),
        ("AFP_ENG_20050108.0112", date(2005, 1, 8)),
        ("APW19981345.0001", None),  # month 13
        ("bridge-a/0", None),
        ("", None),
    ],
)
def test_date_from_id(doc_id: str, expected: date | None) -> None:
    assert date_from_id(doc_id) == expected


def test_dataset_articles_without_doc_ids_get_positional_ids(dataset: Path) -> None:
    cluster = next(iter(read_clusters(dataset)))
    assert [a.id for a in cluster.articles] == ["bridge-a/0", "bridge-a/1", "bridge-a/2"]
    assert all(a.published is None for a in cluster.articles)
