"""The analysis budget of a large cluster (facts/budget.py): which sentences are
analysed, that a small cluster's facts do not change, and that the brief says
when the budget applied."""

from __future__ import annotations

import json
import subprocess
import sys

from newsbrief.config import Config, FactsConfig
from newsbrief.errors import ConfigError
from newsbrief.facts.budget import normalised, within_budget
from newsbrief.model import Article, Brief, Coverage, Facts, Sentence
from newsbrief.render.facts import facts_to_dict, facts_to_markdown, facts_to_text
from newsbrief.render.html import render_html
from newsbrief.split import split_articles

import pytest

from tests.facts.test_facts import needs_model


def _sentences(article_id: str, texts: list[str]) -> list[Sentence]:
    out, start = [], 0
    for index, text in enumerate(texts):
        out.append(Sentence(article_id=article_id, article_index=0, index=index, start=start, end=start + len(text), text=text))
        start += len(text) + 1
    return out


FILLER = [f"The weather stayed grey and people went about their business in the {street} street."
          for street in ("north", "south", "east", "west", "high", "low", "old", "new")]


def test_every_sentence_is_kept_at_or_under_the_budget_and_with_budget_zero():
    sentences = _sentences("a", FILLER)
    for budget in (0, len(FILLER), 100):
        kept, coverage = within_budget(sentences, budget)
        assert kept == sentences and coverage is None


def test_over_budget_openings_figures_and_quotations_come_first_in_article_order():
    body = FILLER[:6] + ['"We will rebuild," the mayor said.', "At least 12 people were killed in the fire."]
    sentences = _sentences("a", body) + _sentences("b", ["Rescuers searched the rubble on the hill."] + FILLER[6:])
    kept, coverage = within_budget(sentences, 8)
    assert coverage == Coverage(analysed=8, distinct=11, budget=8)
    texts = [s.text for s in kept]
    assert {'"We will rebuild," the mayor said.', "At least 12 people were killed in the fire.",
            "Rescuers searched the rubble on the hill.", FILLER[0], FILLER[1], FILLER[2]} <= set(texts)
    assert kept == sorted(kept, key=sentences.index)


def test_near_duplicates_count_once_and_every_copy_is_kept():
    lead = "Fire killed 12 people in Leeds on Monday, police said."
    copy = "Fire killed 12 people in  Leeds on Monday , police said"
    assert normalised(lead) == normalised(copy)
    sentences = _sentences("a", [lead] + FILLER) + _sentences("b", [copy] + FILLER[:2])
    kept, coverage = within_budget(sentences, 3)
    assert coverage is not None and coverage.distinct == 9 and coverage.analysed == 3
    assert lead in [s.text for s in kept] and copy in [s.text for s in kept]


def test_the_budget_is_a_setting_that_refuses_a_negative_number():
    assert Config().facts.analysis_budget == 3000
    with pytest.raises(ConfigError):
        FactsConfig(analysis_budget=-1)


def test_the_cli_flag_sets_the_budget_and_a_bad_value_is_a_usage_message(capsys):
    from newsbrief.cli import build_parser
    from newsbrief.config_args import config_from_args

    parser = build_parser()
    args = parser.parse_args(["brief", "--example", "--facts-analysis-budget", "0"])
    assert config_from_args(args).facts.analysis_budget == 0
    with pytest.raises(SystemExit) as stopped:
        parser.parse_args(["brief", "--example", "--facts-analysis-budget", "-3"])
    err = capsys.readouterr().err
    assert stopped.value.code == 2 and "at least 0" in err and "Traceback" not in err


def _facts_with_coverage() -> Facts:
    return Facts(coverage=Coverage(analysed=2000, distinct=9622, budget=2000))


def test_every_format_says_when_the_budget_applied():
    facts = _facts_with_coverage()
    assert facts_to_dict(facts)["facts_analysis"] == {"analysed": 2000, "distinct": 9622, "budget": 2000}
    for text in (facts_to_text(facts), facts_to_markdown(facts)):
        assert text.splitlines()[0].startswith("Facts from 2,000 of the 9,622 distinct sentences")
    page = render_html(Brief(facts=facts, articles=(), summary=(), word_budget=100))
    assert "Facts from 2,000 of the 9,622 distinct sentences" in page
    assert "facts_analysis" not in facts_to_dict(Facts())
    assert "Facts from" not in facts_to_text(Facts())


def test_importing_the_spacy_loader_does_not_import_the_whole_stage():
    code = "import sys, newsbrief.facts.nlp; print('newsbrief.facts.extract' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


@needs_model
def test_a_cluster_under_the_budget_gets_the_facts_of_a_full_analysis(cluster_articles):
    from newsbrief.facts import extract_facts

    sentences = split_articles(cluster_articles)
    distinct = len({normalised(s.text) for s in sentences})
    full = json.dumps(facts_to_dict(extract_facts(cluster_articles, sentences, FactsConfig(analysis_budget=0))))
    for budget in (FactsConfig().analysis_budget, distinct):
        facts = extract_facts(cluster_articles, sentences, FactsConfig(analysis_budget=budget))
        assert facts.coverage is None
        assert json.dumps(facts_to_dict(facts)) == full


@needs_model
def test_a_cluster_over_the_budget_has_only_the_chosen_sentences_analysed(cluster_articles):
    from newsbrief.facts import extract_facts

    sentences = split_articles(cluster_articles)
    facts = extract_facts(cluster_articles, sentences, FactsConfig(analysis_budget=10))
    assert facts.coverage is not None and facts.coverage.analysed == 10
    mentioned = {(s.article_id, s.start) for e in facts.entities for m in e.mentions for s in sentences
                 if s.article_id == m.article_id and s.start <= m.start < s.end}
    assert 0 < len(mentioned) <= 10
    assert facts_to_text(facts).startswith("Facts from 10 of the")


def test_a_non_english_article_still_gets_no_facts_under_a_budget():
    article = Article(id="x", text="Der Brand tötete zwölf Menschen in der Stadt. Die Polizei ermittelt noch.")
    from newsbrief.facts import extract_facts

    facts = extract_facts([article], split_articles([article]), FactsConfig(analysis_budget=1))
    assert facts.coverage is None and facts.warnings


def test_sentences_refused_by_keep_are_never_chosen_and_do_not_use_the_budget():
    byline = "By a Staff Reporter on the desk for the 12 o'clock news"
    sentences = _sentences("a", [byline] + FILLER)
    kept, coverage = within_budget(sentences, 3, keep=lambda s: s.text != byline)
    assert byline not in [s.text for s in kept] and coverage is not None and coverage.analysed == 3 and len(kept) == 3
    everything, none = within_budget(sentences, 100, keep=lambda s: s.text != byline)
    assert everything == sentences[1:] and none is None
