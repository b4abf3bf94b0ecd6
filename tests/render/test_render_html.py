"""Stage 7: the self-contained HTML report."""

from __future__ import annotations

import re
from datetime import date
from html import escape
from html.parser import HTMLParser
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsbrief
from newsbrief.cli import main
from newsbrief.ingest import load_paths
from newsbrief.model import Article, Brief, Sentence, Skipped, SummarySentence
from newsbrief.render import RENDERERS, render_html

HOSTILE = '<script>alert("x")</script> & <img src=x onerror=alert(1)>'


class _Page(HTMLParser):
    """Tags and text of a page, as a browser's parser would see them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.text: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []

    def handle_starttag(self, tag, attrs) -> None:
        self.tags.append(tag)
        self.attrs.extend(attrs)

    def handle_endtag(self, tag) -> None:
        self.tags.append("/" + tag)

    def handle_data(self, data) -> None:
        self.text.append(data)


def parse(page: str) -> _Page:
    parser = _Page()
    parser.feed(page)
    parser.close()
    return parser


def _brief_of(first: str, second: str = "The bridge fell on Tuesday night, police said.") -> Brief:
    """Two articles, one summary sentence from the first supported by the second."""
    a = Article("herald", first, title=HOSTILE, source="Herald <b>", url="javascript:alert(1)",
                published=date(2016, 12, 23))
    b = Article("gazette", second, source="Gazette", url="https://gazette.example/a?b=1&c=2")
    s1 = Sentence(a.id, 0, 0, 0, len(first), first)
    s2 = Sentence(b.id, 1, 0, 0, len(second), second)
    return Brief(
        articles=(a, b),
        summary=(SummarySentence(s1, (s2,), (0.8,)),),
        word_budget=50,
        skipped=(Skipped("<evil>.png", "unsupported file type .png"),),
        warnings=("gazette: <i>odd</i> encoding",),
    )


def test_html_is_registered_as_a_format() -> None:
    assert RENDERERS["html"] is render_html


def test_article_text_is_escaped_everywhere() -> None:
    page = render_html(_brief_of(f"The bridge fell {HOSTILE} on Tuesday night."))
    assert page.count("<script") == 1  # the page's own
    assert "<img" not in page and "<b>" not in page and "<i>" not in page
    assert escape(HOSTILE) in page
    assert 'href="javascript:' not in page
    parsed = parse(page)
    assert "img" not in parsed.tags and parsed.tags.count("script") == 1
    text = "".join(parsed.text)
    assert f"The bridge fell {HOSTILE} on Tuesday night." in text


def test_page_is_self_contained() -> None:
    page = render_html(_brief_of("The bridge fell on Tuesday night in the storm."))
    assert page.startswith("<!DOCTYPE html>") and '<html lang="en">' in page
    parsed = parse(page)
    assert not {"link", "img", "iframe", "object", "embed"} & set(parsed.tags)
    assert not [name for name, _ in parsed.attrs if name == "src"]
    assert not re.search(r"@import|url\(|fetch\(|XMLHttpRequest", page)
    hrefs = [value for name, value in parsed.attrs if name == "href"]
    assert all(h.startswith("#") or h.startswith("https://gazette.example/") for h in hrefs)
    assert "@media print" in page and "@media (max-width" in page


def test_summary_support_sources_and_input_notes_are_shown() -> None:
    brief = _brief_of("The bridge fell on Tuesday night in the storm.")
    page = render_html(brief)
    text = " ".join("".join(parse(page).text).split())
    assert "The bridge fell on Tuesday night in the storm." in text
    assert "2 of 2 sources" in text
    assert "The bridge fell on Tuesday night, police said." in text  # the supporting sentence
    assert "(similarity 0.80)" in text
    assert "1 of its sentences made the brief (1 in the summary, 0 as support)" in text
    assert "1 of its sentences made the brief (0 in the summary, 1 as support)" in text
    assert "supports summary sentence 1" in text
    assert "<evil>.png: unsupported file type .png" in text
    assert "gazette: <i>odd</i> encoding" in text
    assert "2016-12-23" in text
    # the support is inside a keyboard-usable <details>, readable without JS
    assert re.search(r"<details><summary><span class=\"sentence\">The bridge fell", page)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from("<>&\"'/=\n"),
               min_size=1, max_size=200).filter(lambda t: t.strip()))
def test_any_article_text_round_trips_as_text(text: str) -> None:
    """Whatever an article says, it adds no tag to the page and reads back unchanged."""
    plain = parse(render_html(_brief_of("plain words here")))
    hostile = parse(render_html(_brief_of(text, second=text)))
    assert hostile.tags == plain.tags
    assert text in "".join(hostile.text)


def test_fixture_cluster_every_summary_sentence_and_article(cluster_articles) -> None:
    result = newsbrief.brief(cluster_articles)
    text = " ".join("".join(parse(render_html(result)).text).split())
    assert result.summary
    for item in result.summary:
        assert " ".join(item.sentence.text.split()) in text
    for n, article in enumerate(result.articles, start=1):
        assert f"[{n}] {article.title or article.source or article.id}" in text


def test_seed_cluster_shows_disagreements(shared_seed_cluster: Path) -> None:
    loaded = load_paths([str(shared_seed_cluster)])
    result = newsbrief.brief(loaded.articles, newsbrief.Config(words=150), loaded.skipped, loaded.warnings,
                             with_facts=True)
    if result.facts is None:
        import pytest

        pytest.skip("the facts model is missing: pip install 'newsbrief[facts]'")
    page = render_html(result)
    assert '<section id="disagreements"' in page
    conflicts = [d for d in result.facts.disagreements if not d.benign and d.kind != "spelling"]
    spellings = [d for d in result.facts.disagreements if d.kind == "spelling"]
    assert conflicts and spellings
    assert len(re.findall(r'<div class="item"[^>]*role="group"', page)) == len(conflicts)
    assert page.count('<ul class="spellings">') == 1
    text = " ".join("".join(parse(page).text).split())
    for item in result.summary:
        assert " ".join(item.sentence.text.split()) in text
    for d in conflicts:
        for side in d.sides:
            assert side.value in text
            assert " ".join(side.evidence[0].sentence.text.split()) in text
    for d in spellings:
        for side in d.sides:
            assert side.value in text
    assert "Amri" in text and "24" in text and "23" in text


def test_cli_writes_html(tmp_path: Path, cluster_dir: Path) -> None:
    out = tmp_path / "brief.html"
    assert main(["brief", str(cluster_dir), "--format", "html", "--no-facts", "-o", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    assert '<section id="summary"' in page and '<section id="articles"' in page


def _contrast(foreground: str, background: str) -> float:
    """WCAG 2 contrast ratio of two #rrggbb colours."""
    def luminance(colour: str) -> float:
        channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
        r, g, b = (c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
        return 0.2126 * r + 0.7152 * g + 0.0722 * b
    light, dark = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_text_colours_have_enough_contrast() -> None:
    from newsbrief.render.html import CSS

    colour = dict(re.findall(r"--([a-z-]+):(#[0-9a-f]{6})", CSS))
    text_on = {"ink": ("paper", "warn-bg", "note-bg", "mark", "accent"), "muted": ("paper", "warn-bg", "note-bg"),
               "link": ("paper", "warn-bg", "note-bg"), "warn-ink": ("warn-bg",)}
    for text, backgrounds in text_on.items():
        for background in backgrounds:
            assert _contrast(colour[text], colour[background]) >= 4.5, (text, background)
