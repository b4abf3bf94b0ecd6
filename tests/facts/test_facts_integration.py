"""The facts layer inside the brief: API flag, JSON keys, CLI switch, and the message without spaCy."""

from __future__ import annotations

import json

import pytest

import newsbrief
from newsbrief.cli import main
from newsbrief.facts import FactsUnavailable
from newsbrief.render import brief_to_dict, render_markdown, render_text
from tests.facts.test_facts import needs_model


def test_facts_follow_the_one_default_and_can_be_switched_off(cluster_articles) -> None:
    off = newsbrief.brief(cluster_articles, newsbrief.Config().with_facts(False))
    assert off.facts is None and "entities" not in brief_to_dict(off)
    assert newsbrief.brief(cluster_articles, with_facts=False).facts is None
    on = newsbrief.brief(cluster_articles)  # the API's default is the CLI's and the service's: facts on
    assert on.facts is not None or any("no entities" in w for w in on.warnings)


@needs_model
def test_json_brief_with_facts_has_every_section_and_spans_slice_back(cluster_articles) -> None:
    result = newsbrief.brief(cluster_articles, with_facts=True)
    data = brief_to_dict(result)
    for key in ("summary", "entities", "facts", "disagreements", "timeline", "quotes"):
        assert key in data
    texts = {a.id: a.text for a in result.articles}
    for entity in data["entities"]:
        assert {"name", "type", "variants", "articles"} <= set(entity)
    for item in data["disagreements"]:
        assert {"subject", "attribute", "values"} <= set(item)
        for value in item["values"]:
            assert {"value", "articles", "quote"} <= set(value)
    assert data["entities"], "the fixture story names people and places"
    for entity in data["entities"]:
        assert set(entity["articles"]) <= set(texts)
    assert "People, organisations and places" in render_text(result)
    assert "## " in render_markdown(result)


def test_without_spacy_the_brief_says_why_and_still_summarises(cluster_articles, monkeypatch) -> None:
    import newsbrief.facts

    def unavailable(*_args, **_kwargs):
        raise FactsUnavailable("spaCy is not installed: pip install 'newsbrief[facts]'")

    monkeypatch.setattr(newsbrief.facts, "extract_facts", unavailable)
    result = newsbrief.brief(cluster_articles, with_facts=True)
    assert result.summary and result.facts is None
    assert any("newsbrief[facts]" in w for w in result.warnings)


@needs_model
def test_cli_json_carries_facts_by_default_and_not_with_no_facts(cluster_dir, capsys) -> None:
    assert main(["brief", str(cluster_dir), "--format", "json"]) == 0
    with_facts = json.loads(capsys.readouterr().out)
    assert "disagreements" in with_facts and "quotes" in with_facts
    assert main(["brief", str(cluster_dir), "--format", "json", "--no-facts"]) == 0
    without = json.loads(capsys.readouterr().out)
    assert "disagreements" not in without and without["summary"] == with_facts["summary"]
