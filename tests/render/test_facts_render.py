"""Facts sections in the rendered brief: the warnings of the facts stage appear
in text and Markdown as they do in HTML; attribute labels read from the
structured attribute. No spaCy needed."""

from __future__ import annotations

from newsbrief.model import Article, Attribute, Brief, Facts, Sentence, SummarySentence
from newsbrief.render import render_html, render_markdown, render_text
from newsbrief.render.facts import attribute_label, facts_to_dict

WARNING = "a2: does not look like English; no facts taken from it"


def _brief(warnings: tuple[str, ...] = (), facts_warnings: tuple[str, ...] = ()) -> Brief:
    article = Article("a1", "Twelve people died.")
    sentence = Sentence("a1", 0, 0, 0, len(article.text), article.text)
    return Brief((article,), (SummarySentence(sentence),), 150, warnings=warnings, facts=Facts(warnings=facts_warnings))


def test_facts_warnings_in_text_markdown_and_html():
    brief = _brief(facts_warnings=(WARNING,))
    assert f"warning: {WARNING}" in render_text(brief)
    markdown = render_markdown(brief)
    assert "## Input notes" in markdown and "does not look like English" in markdown
    assert WARNING in render_html(brief)


def test_no_warnings_section_without_warnings():
    brief = _brief()
    assert "warning:" not in render_text(brief)
    assert "## Input notes" not in render_markdown(brief)


def test_brief_warnings_come_before_facts_warnings():
    text = render_text(_brief(warnings=("first",), facts_warnings=("second",)))
    assert text.index("warning: first") < text.index("warning: second")


def test_attribute_round_trips_and_labels():
    for text in ("age", "killed", "count:border", "agent:killed", "name spelling", "money"):
        assert str(Attribute.parse(text)) == text
    assert Attribute.parse("agent:killed") == Attribute("agent", "killed")
    assert attribute_label("agent:killed") == "who killed"
    assert attribute_label("count:border") == "number of border(s)"
    assert attribute_label("evacuated") == "number evacuated"
    assert attribute_label("distance") == "distance"


def test_facts_dict_keys_without_findings():
    assert list(facts_to_dict(Facts())) == ["entities", "facts", "disagreements", "timeline", "quotes", "facts_warnings"]
