"""Common checks run over every selector, solver, concept weighting and renderer
(scikit-learn's ``check_estimator`` idea): what holds for one must hold for all."""

from __future__ import annotations

import html
import itertools
import json

import pytest

from newsbrief import brief
from newsbrief.config import Config, declared
from newsbrief.render import RENDERERS

SELECTORS = next(item for item in declared(Config) if item.name == "selector").metadata["choices"]
SOLVERS = next(item for item in declared(Config) if item.name == "solver").metadata["choices"]
WEIGHTINGS = next(item for item in declared(Config) if item.name == "concept_weighting").metadata["choices"]
COMBINATIONS = list(itertools.product(SELECTORS, SOLVERS, WEIGHTINGS))


@pytest.mark.parametrize(("selector", "solver", "weighting"), COMBINATIONS)
@pytest.mark.parametrize("words", [20, 60, 150])
def test_every_selection_is_verbatim_within_budget_and_attributed(cluster_articles, selector, solver, weighting,
                                                                  words) -> None:
    config = Config(words=words, selector=selector, solver=solver, concept_weighting=weighting).with_facts(False)
    result = brief(cluster_articles, config)
    assert result.summary, f"{selector}/{solver}/{weighting} chose nothing"
    assert result.words <= words
    texts = {article.id: article.text for article in result.articles}
    seen = set()
    for item in result.summary:
        sentence = item.sentence
        assert texts[sentence.article_id][sentence.start:sentence.end] == sentence.text
        assert item.articles[0] == sentence.article_id and len(set(item.articles)) == len(item.articles)
        for other in item.support:
            assert other.article_id != sentence.article_id
            assert texts[other.article_id][other.start:other.end] == other.text
        assert (sentence.article_id, sentence.index) not in seen
        seen.add((sentence.article_id, sentence.index))


@pytest.fixture(scope="module")
def briefed(request):
    from newsbrief.model import Article

    texts = [
        "A storm brought down the Fenwick footbridge over the River Alde in Dunmere on Tuesday night, police said.",
        "The Fenwick footbridge in Dunmere collapsed into the River Alde during a storm on Tuesday night.",
    ]
    articles = [Article(id=f"a{i}", text=text, source=f"Outlet {i}") for i, text in enumerate(texts)]
    return brief(articles, Config(words=40).with_facts(False), warnings=("input: a warning <every> format shows",))


@pytest.mark.parametrize("fmt", sorted(RENDERERS))
def test_every_renderer_shows_every_summary_sentence_source_and_warning(briefed, fmt: str) -> None:
    output = RENDERERS[fmt](briefed)
    shown = html.unescape(output) if fmt == "html" else output
    if fmt == "json":
        data = json.loads(output)
        assert [item["text"] for item in data["summary"]] == [item.sentence.text for item in briefed.summary]
        assert "input: a warning <every> format shows" in data["warnings"]
        return
    for item in briefed.summary:
        assert item.sentence.text.replace("'", "&#x27;") in output or item.sentence.text in shown
    for article in briefed.articles:
        assert article.source in shown
    assert "a warning <every> format shows" in shown.replace("\\<", "<").replace("\\>", ">")
