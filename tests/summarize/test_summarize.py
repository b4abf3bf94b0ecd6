"""Stage 5: budgeted selection, reading order, attribution, and the baselines."""

from __future__ import annotations

import itertools
from datetime import date

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsbrief.clean import clean_article
from newsbrief.config import Config
from newsbrief.model import Article, Sentence, SummarySentence
from newsbrief.represent import represent
from newsbrief.split import split_articles
from newsbrief.summarize import choose, summarize
from newsbrief.summarize.attribute import attribute
from newsbrief.summarize.baselines import lead, lead_newest
from newsbrief.summarize.candidates import eligible, is_unresolved
from newsbrief.summarize.order import lede_first, reading_order
from newsbrief.summarize.support import ClaimTest
from newsbrief.summarize.select import greedy_select, ilp_select


# --- ilp_select and greedy_select on small random instances -------------------------------


def _instance(seed: int, n: int, n_concepts: int):
    rng = np.random.default_rng(seed)
    concepts = [
        np.unique(rng.choice(n_concepts, size=rng.integers(1, min(6, n_concepts) + 1), replace=False)).astype(np.int64)
        for _ in range(n)
    ]
    weights = rng.uniform(0.0, 3.0, size=n_concepts)
    weights[rng.random(n_concepts) < 0.2] = 0.0
    prior = rng.uniform(0.0, 1.0, size=n)
    lengths = rng.integers(6, 30, size=n)
    budget = int(rng.integers(10, 80))
    return concepts, weights, prior, lengths, budget


def _objective(picked, concepts, weights, prior) -> float:
    if not picked:
        return 0.0
    covered = np.unique(np.concatenate([concepts[i] for i in picked]))
    return float(weights[covered].sum() + prior[list(picked)].sum())


instances = st.tuples(st.integers(0, 2**32 - 1), st.integers(1, 9), st.integers(1, 15))


@settings(max_examples=40, deadline=None)
@given(instances)
def test_ilp_respects_budget_and_exclusive_pairs(params) -> None:
    seed, n, n_concepts = params
    concepts, weights, prior, lengths, budget = _instance(seed, n, n_concepts)
    rng = np.random.default_rng(seed + 1)
    pairs = sorted({tuple(sorted(rng.choice(n, 2, replace=False).tolist())) for _ in range(n // 2)}) if n > 1 else []
    picked = ilp_select(concepts, weights, prior, lengths, budget, pairs, node_limit=2000)
    assert picked is not None
    assert len(set(picked)) == len(picked)
    assert all(0 <= i < n for i in picked)
    assert int(lengths[picked].sum()) <= budget
    for a, b in pairs:
        assert not (a in picked and b in picked), (a, b, picked)


@settings(max_examples=40, deadline=None)
@given(instances)
def test_ilp_is_at_least_as_good_as_greedy(params) -> None:
    seed, n, n_concepts = params
    concepts, weights, prior, lengths, budget = _instance(seed, n, n_concepts)
    exact = ilp_select(concepts, weights, prior, lengths, budget, [], node_limit=2000)
    greedy = greedy_select(concepts, weights, prior, lengths, budget)
    assert int(lengths[greedy].sum()) <= budget
    assert _objective(exact, concepts, weights, prior) >= _objective(greedy, concepts, weights, prior) - 1e-6


@pytest.mark.parametrize("seed", range(12))
def test_ilp_finds_the_brute_force_optimum(seed: int) -> None:
    concepts, weights, prior, lengths, budget = _instance(seed, 8, 10)
    pairs = [(0, 1), (2, 5)]
    best = 0.0
    for r in range(len(concepts) + 1):
        for subset in itertools.combinations(range(len(concepts)), r):
            if lengths[list(subset)].sum() > budget or {0, 1} <= set(subset) or {2, 5} <= set(subset):
                continue
            best = max(best, _objective(subset, concepts, weights, prior))
    picked = ilp_select(concepts, weights, prior, lengths, budget, pairs, node_limit=2000)
    assert _objective(picked, concepts, weights, prior) == pytest.approx(best, abs=1e-6)


def test_ilp_with_no_candidates_picks_nothing() -> None:
    assert ilp_select([], np.zeros(3), np.zeros(0), np.zeros(0, dtype=int), 100, [], 2000) == []


def test_ilp_picks_nothing_when_every_sentence_exceeds_budget() -> None:
    concepts = [np.array([0, 1]), np.array([2])]
    picked = ilp_select(concepts, np.ones(3), np.ones(2), np.array([20, 30]), 10, [], 2000)
    assert picked == []


def test_greedy_prefers_uncovered_concepts() -> None:
    # Sentence 1 repeats sentence 0's concepts; sentence 2 brings new ones.
    concepts = [np.array([0, 1]), np.array([0, 1]), np.array([2, 3])]
    weights = np.array([2.0, 2.0, 1.5, 1.5])
    picked = greedy_select(concepts, weights, np.zeros(3), np.array([10, 10, 10]), 20)
    assert sorted(picked) == [0, 2]


# --- reading order --------------------------------------------------------------------------


def _sentence(article_index: int, index: int) -> Sentence:
    return Sentence(f"a{article_index}", article_index, index, 0, 1, "x")


def test_reading_order_by_article_date_then_position() -> None:
    articles = [
        Article("a0", "x", published=date(2020, 5, 3)),
        Article("a1", "x", published=date(2020, 5, 1)),
        Article("a2", "x"),  # undated: counts as of the latest date, 3 May
        Article("a3", "x", published=date(2020, 5, 1)),
    ]
    sentences = [_sentence(0, 0), _sentence(0, 4), _sentence(1, 2), _sentence(2, 0), _sentence(3, 0), _sentence(3, 2)]
    order = reading_order([0, 1, 2, 3, 4, 5], sentences, articles)
    assert [(sentences[i].article_index, sentences[i].index) for i in order] == [
        (3, 0),  # 1 May, first sentence
        (1, 2),  # 1 May, position 2 before article 3's position 2 (article order breaks ties)
        (3, 2),
        (0, 0),  # 3 May, and the undated article's opening beside it
        (2, 0),
        (0, 4),
    ]


def test_reading_order_puts_a_leaning_sentence_after_its_own_article() -> None:
    articles = [Article("a0", "x"), Article("a1", "x")]
    sentences = [
        Sentence("a0", 0, 0, 0, 1, "The mayor opened the bridge on Monday."),
        Sentence("a1", 1, 0, 0, 1, "Officials said the bridge cost 4 million euros."),
        Sentence("a1", 1, 1, 0, 1, "The river is wide there."),
        Sentence("a0", 0, 2, 0, 1, "His deputy cut the ribbon."),
        Sentence("a1", 1, 3, 0, 1, "They plan a second bridge."),
    ]
    order = reading_order([4, 3, 2, 1, 0], sentences, articles)
    # by position alone "His deputy" would follow the other article's sentences; it follows its own opening
    assert order == [0, 3, 1, 2, 4]


def test_reading_order_without_dates_is_by_position_then_article() -> None:
    articles = [Article("a0", "x"), Article("a1", "x")]
    sentences = [_sentence(0, 0), _sentence(0, 1), _sentence(1, 0), _sentence(1, 1)]
    order = reading_order([3, 1, 2, 0], sentences, articles)
    assert order == [0, 2, 1, 3]


def _reported(article_index: int, index: int, by: int) -> SummarySentence:
    support = tuple(_sentence(article_index + 1 + k, 0) for k in range(by - 1))
    return SummarySentence(_sentence(article_index, index), support, tuple(0.5 for _ in support))


def test_lede_first_moves_the_most_reported_opening_sentence_to_the_front() -> None:
    summary = [_reported(0, 0, 1), _reported(1, 3, 5), _reported(2, 0, 4), _reported(3, 1, 2)]
    ordered = lede_first(summary)
    # the opener reported by 4 articles leads; the 5-source sentence is not an opener, so it stays
    assert ordered == [summary[2], summary[0], summary[1], summary[3]]


def test_lede_first_keeps_reading_order_when_the_first_sentence_is_as_widely_reported() -> None:
    summary = [_reported(0, 0, 3), _reported(1, 0, 3), _reported(2, 2, 6)]
    assert lede_first(summary) == summary
    assert lede_first([]) == []


def test_an_opening_that_points_back_gives_the_front_to_one_that_names_its_subject() -> None:
    rocker = SummarySentence(Sentence("a0", 0, 0, 0, 1, "The ' 80s rocker was found dead in a motel room in August."))
    named = SummarySentence(Sentence("a1", 1, 0, 0, 1, "Jani Lane, the former frontman of Warrant, died of alcohol poisoning."))
    assert lede_first([rocker, named]) == [named, rocker]


# --- attribution ----------------------------------------------------------------------------

REPORT = "Mayor Tomas Rendell pledged on Wednesday to rebuild the Fenwick footbridge within two years."
NEAR_COPY = "On Wednesday Mayor Tomas Rendell pledged to rebuild the Fenwick footbridge within two years."
UNRELATED = "Ticket prices for the summer music festival in the valley rose sharply this spring."


def _attribute(texts: list[str]):
    articles = [Article(f"a{i}", text) for i, text in enumerate(texts)]
    sentences = split_articles(articles)
    rep = represent(sentences, len(articles), Config())
    chosen = [0]
    return attribute(chosen, sentences, rep, ClaimTest.of(Config()))[0]


def test_attribute_links_near_identical_sentence_of_other_article() -> None:
    item = _attribute([REPORT, "Residents cheered. " + NEAR_COPY, UNRELATED])
    assert [s.text for s in item.support] == [NEAR_COPY]
    assert item.articles == ("a0", "a1")
    assert len(item.similarity) == 1 and item.similarity[0] >= Config().support_threshold


def test_attribute_does_not_link_unrelated_sentence() -> None:
    item = _attribute([REPORT, UNRELATED])
    assert item.support == ()
    assert item.articles == ("a0",)


def test_attribute_never_cites_the_sentence_own_article() -> None:
    item = _attribute([REPORT + " " + NEAR_COPY, UNRELATED])
    assert item.support == ()


def test_attribute_takes_best_sentence_per_article() -> None:
    weaker = "Tomas Rendell spoke about the Fenwick footbridge on Wednesday."
    item = _attribute([REPORT, weaker + " " + NEAR_COPY])
    assert [s.text for s in item.support] == [NEAR_COPY]


# --- candidates and the whole summarizer ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("The bridge collapsed into the river on Tuesday night.", True),
        ("Bridge collapses.", False),  # too short
        ("Will the council rebuild the bridge before next winter?", False),
        ("The following people were injured in the collapse:", False),
        ("Rescuers search the river (AP Photo/Jane Doe) near the bridge on Wednesday.", False),
        (" ".join(["word"] * 60) + ".", False),  # too long
        ('"My message to the people of this town who lost their homes...', False),  # a quote cut at "..."
        ("My message to the people of this town who lost their homes…", False),
        ("The mayor said the town had lost its homes... and its hope.", True),
    ],
)
def test_eligible(text: str, ok: bool) -> None:
    sentence = Sentence("a", 0, 0, 0, len(text), text)
    assert eligible(sentence, Config()) is ok


@pytest.mark.parametrize(
    ("text", "unresolved"),
    [
        ("He said the bridge would be rebuilt.", True),
        ("But the council disagreed with the plan.", True),
        ('"We will rebuild it."', True),
        ('"We will rebuild it," the mayor said.', False),
        ("The mayor said the bridge would be rebuilt.", False),
    ],
)
def test_is_unresolved(text: str, unresolved: bool) -> None:
    assert is_unresolved(text) is unresolved


@pytest.fixture
def cleaned_cluster(cluster_articles):
    articles = tuple(clean_article(article)[0] for article in cluster_articles)
    return articles, split_articles(articles)


@pytest.mark.parametrize("words", [20, 45, 80, 150])
def test_summary_fits_budget_and_uses_whole_source_sentences(cleaned_cluster, words: int) -> None:
    articles, sentences = cleaned_cluster
    summary = summarize(sentences, articles, Config(words=words))
    assert summary
    assert sum(item.sentence.words for item in summary) <= words
    for item in summary:
        assert item.sentence in sentences
        assert item.articles[0] == item.sentence.article_id


def test_summary_never_holds_two_near_duplicates(cleaned_cluster) -> None:
    articles, sentences = cleaned_cluster
    config = Config(words=400)
    chosen, rep = choose(sentences, articles, config)
    vectors = rep.content_vectors[chosen]
    similarity = (vectors @ vectors.T).toarray()
    np.fill_diagonal(similarity, 0.0)
    assert similarity.max() < config.redundancy_threshold
    stems = [rep.content_stems[i] for i in chosen]
    assert len(set(stems)) == len(stems)


def test_summary_opens_with_an_article_opening_then_keeps_reading_order(cleaned_cluster) -> None:
    articles, sentences = cleaned_cluster
    chosen, _ = choose(sentences, articles, Config(words=150))
    assert sentences[chosen[0]].index == 0  # the lede (summarize.lede)
    assert chosen[1:] == [i for i in reading_order(chosen, sentences, articles) if i != chosen[0]]


def test_summary_prefers_facts_reported_by_several_outlets(cleaned_cluster) -> None:
    articles, sentences = cleaned_cluster
    summary = summarize(sentences, articles, Config(words=60))
    # the budget is tight: what it keeps should be corroborated, not a single outlet's aside
    # (by a sentence of another outlet stating the same main claim: summarize.support)
    assert all(len(item.articles) >= 2 for item in summary)


def test_exact_repeats_across_articles_are_selected_once() -> None:
    repeated = "The Fenwick footbridge collapsed into the River Alde during a storm on Tuesday night."
    articles = (
        Article("a", repeated + " Two people were injured when the old iron bridge fell into the water."),
        Article("b", repeated + " Mayor Tomas Rendell pledged to rebuild the footbridge within two years."),
        Article("c", repeated + " A ferry service will carry people across the river from Thursday morning."),
    )
    summary = summarize(split_articles(articles), articles, Config(words=200))
    texts = [item.sentence.text for item in summary]
    assert texts.count(repeated) == 1
    repeated_item = next(item for item in summary if item.sentence.text == repeated)
    assert set(repeated_item.articles) == {"a", "b", "c"}


# --- baselines ------------------------------------------------------------------------------


def test_lead_takes_first_sentences_in_input_order_within_budget(cleaned_cluster) -> None:
    articles, sentences = cleaned_cluster
    chosen = lead(sentences, articles, 50)
    assert chosen == sentences[: len(chosen)]
    assert sum(s.words for s in chosen) <= 50
    assert sum(s.words for s in sentences[: len(chosen) + 1]) > 50


def test_lead_newest_reads_the_newest_article(cleaned_cluster) -> None:
    articles, sentences = cleaned_cluster
    newest = max(range(len(articles)), key=lambda i: articles[i].published or date.min)
    chosen = lead_newest(sentences, articles, 30)
    assert chosen and all(s.article_index == newest for s in chosen)
    assert [s.index for s in chosen] == list(range(len(chosen)))
    # up to and including the sentence that reaches the budget
    assert sum(s.words for s in chosen[:-1]) < 30


def test_a_sentence_whose_writer_speaks_as_i_or_we_loses_its_own_share_of_the_prior() -> None:
    from newsbrief.summarize.candidates import readability_discount
    texts = ["We thank the public for their support.", "The mayor thanked the public.", "They left early.",
             '"We will rebuild," the mayor said.', "They said that we would wait."]
    sentences = [Sentence("a", 0, k, 0, len(t), t) for k, t in enumerate(texts)]
    config = Config(unresolved_penalty=0.2, first_person_penalty=0.6)
    assert readability_discount(sentences, config).tolist() == pytest.approx([0.4, 1.0, 0.8, 1.0, 0.4])
