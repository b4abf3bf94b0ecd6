"""Stage 7: the brief as text, Markdown and JSON."""

from __future__ import annotations

import json
import re
from datetime import date

import pytest

import newsbrief
from newsbrief.model import Article, Brief, Sentence, Skipped, SummarySentence
from newsbrief.render import RENDERERS, brief_to_dict, render_json, render_markdown, render_text


def _sentence(article: Article, article_index: int, index: int, text: str) -> Sentence:
    start = article.text.index(text)
    return Sentence(article.id, article_index, index, start, start + len(text), text)


@pytest.fixture
def small_brief() -> Brief:
    a = Article(
        "herald",
        "The *Fenwick* footbridge fell on [Tuesday] night. Crews used ropes_and_winches to search the river.",
        title="Bridge # falls | Dunmere",
        source="Dunmere Herald",
        url="https://herald.example/bridge",
        published=date(2016, 12, 23),
    )
    b = Article("gazette", "The Fenwick footbridge fell on Tuesday night, police said.")
    c = Article("courier", "A ferry will cross the river from Thursday.")
    s1 = _sentence(a, 0, 0, "The *Fenwick* footbridge fell on [Tuesday] night.")
    s2 = _sentence(a, 0, 1, "Crews used ropes_and_winches to search the river.")
    support = _sentence(b, 1, 0, "The Fenwick footbridge fell on Tuesday night, police said.")
    return Brief(
        articles=(a, b, c),
        summary=(SummarySentence(s1, (support,), (0.91,)), SummarySentence(s2)),
        word_budget=40,
        skipped=(Skipped("photo.png", "unsupported file type .png"),),
        warnings=("courier: only a stub",),
    )


def test_text_shows_how_many_sources_report_each_sentence(small_brief: Brief) -> None:
    out = render_text(small_brief)
    lines = out.splitlines()
    assert lines[0] == "The *Fenwick* footbridge fell on [Tuesday] night. [1,2] (2 of 3 sources)"
    assert lines[1] == "Crews used ropes_and_winches to search the river. [1] (1 of 3 sources)"
    assert f"{small_brief.words} words from 3 articles:" in out
    assert "  [1] Bridge # falls | Dunmere | Dunmere Herald | 2016-12-23" in lines
    assert "  [2] gazette" in lines
    assert "skipped photo.png: unsupported file type .png" in lines
    assert "warning: courier: only a stub" in lines


def test_text_of_fixture_cluster_counts_sources(cluster_articles) -> None:
    result = newsbrief.brief(cluster_articles)
    out = render_text(result)
    for item in result.summary:
        assert f"{item.sentence.text} " in out
        assert f"({len(item.articles)} of 4 sources)" in out
    assert len(re.findall(r"\(\d of 4 sources\)", out)) == len(result.summary)


def test_text_of_empty_summary_says_so() -> None:
    result = Brief(articles=(Article("a", "x"),), summary=(), word_budget=10)
    out = render_text(result)
    assert "(no summary: nothing could be briefed)" in out
    assert "0 words from 1 article:" in out


def test_markdown_escapes_special_characters(small_brief: Brief) -> None:
    out = render_markdown(small_brief)
    assert r"- The \*Fenwick\* footbridge fell on \[Tuesday\] night. [^1][^2] *(2 of 3 sources)*" in out
    assert r"ropes\_and\_winches" in out
    assert r"[Bridge \# falls \| Dunmere \| Dunmere Herald \| 2016-12-23](https://herald.example/bridge)" in out
    assert "[^3]: courier" in out
    # no unescaped markup from the article text survives
    assert "*Fenwick*" not in out.replace(r"\*Fenwick\*", "")


def test_markdown_lists_input_notes(small_brief: Brief) -> None:
    out = render_markdown(small_brief)
    notes = out.split("## Input notes", 1)[1]
    assert "skipped photo.png: unsupported file type .png" in notes
    assert "warning: courier: only a stub" in notes


def test_json_round_trips(small_brief: Brief) -> None:
    data = json.loads(render_json(small_brief))
    assert data == json.loads(json.dumps(brief_to_dict(small_brief)))
    assert data["words"] == small_brief.words and data["word_budget"] == 40
    assert data["article_count"] == 3
    assert data["summary_text"] == small_brief.summary_text
    first = data["summary"][0]
    assert first["articles"] == ["herald", "gazette"] and first["reported_by"] == 2
    assert first["support"][0]["article_id"] == "gazette" and first["support"][0]["similarity"] == 0.91
    assert data["articles"][0]["published"] == "2016-12-23" and data["articles"][1]["published"] is None
    assert data["skipped"] == [{"source": "photo.png", "reason": "unsupported file type .png"}]
    assert data["warnings"] == ["courier: only a stub"]


def test_json_spans_slice_back_to_article_text(cluster_articles) -> None:
    result = newsbrief.brief(cluster_articles)
    data = json.loads(render_json(result))
    texts = {article.id: article.text for article in result.articles}
    assert {a["id"] for a in data["articles"]} == set(texts)
    assert data["summary"]
    for item in data["summary"]:
        for span in [item, *item["support"]]:
            assert texts[span["article_id"]][span["start"] : span["end"]] == span["text"]
        assert item["articles"][0] == item["article_id"]
        assert [s["article_id"] for s in item["support"]] == item["articles"][1:]


def test_json_keeps_non_ascii_readable() -> None:
    article = Article("a", "Mayor Tom\u00e1s Rendell promised a new bridge for the caf\u00e9 owners.")
    s = Sentence("a", 0, 0, 0, len(article.text), article.text)
    out = render_json(Brief((article,), (SummarySentence(s),), 20))
    assert "Tom\u00e1s" in out and "\\u00e1" not in out


@pytest.mark.parametrize("name", ["text", "markdown", "json"])
def test_every_renderer_ends_with_newline_or_parses(name: str, small_brief: Brief) -> None:
    out = RENDERERS[name](small_brief)
    if name == "json":
        json.loads(out)
    else:
        assert out.endswith("\n")
    assert "footbridge fell" in out
