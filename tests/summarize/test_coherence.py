"""The coherence constraint: a sentence that leans on the one before it in its
article is chosen only together with it, and read right after it."""

from __future__ import annotations

import numpy as np
import pytest

from newsbrief.model import Sentence
from newsbrief.split.openings import leans_on_previous
from newsbrief.summarize.coherence import UNAVAILABLE, predecessors
from newsbrief.summarize.order import reading_order
from newsbrief.summarize.select import greedy_select, ilp_select


@pytest.mark.parametrize("text, leans", [
    ("The other officer involved was Luca Scata.", True),
    ("But the talks collapsed on Monday.", True),
    ("This angered the union.", True),
    ("They were freed two days later.", False),  # penalised, not constrained: see leans_on_previous
    ('"We will rebuild," the mayor said.', False),
    ("It is thought that the body is Amri's.", False),
    ("There were 12 people on board.", False),
    ("He had arrived hours earlier.", False),  # the edit stage names him
    ("Theresa May resigned on Friday.", False),
])
def test_what_leans_on_the_sentence_before(text: str, leans: bool) -> None:
    assert leans_on_previous(text) is leans


def _sentence(article: int, index: int, text: str) -> Sentence:
    return Sentence(f"a{article}", article, index, 0, len(text), text)


def test_a_leaning_sentence_needs_its_own_predecessor_and_is_dropped_without_it() -> None:
    sentences = [_sentence(0, 0, "Two officers stopped the van."), _sentence(0, 1, "The other officer fired."),
                 _sentence(1, 0, "But nobody was hurt."), _sentence(1, 3, "However, the van fled.")]
    assert predecessors([0, 1, 2, 3], sentences) == [(1, 0), (2, UNAVAILABLE), (3, UNAVAILABLE)]
    assert predecessors([1, 2], sentences) == [(0, UNAVAILABLE), (1, UNAVAILABLE)]


@pytest.mark.parametrize("select", ["greedy", "ilp"])
def test_the_optimiser_takes_a_leaning_sentence_only_with_what_it_needs(select: str) -> None:
    concepts = [np.array([0]), np.array([1, 2, 3]), np.array([4])]
    weights = np.array([0.1, 3.0, 3.0, 3.0, 1.0])
    prior, lengths = np.zeros(3), np.array([5, 5, 5])

    def run(budget: int, needs: list[tuple[int, int]]) -> list[int]:
        if select == "ilp":
            return ilp_select(concepts, weights, prior, lengths, budget, [], 1000, requires=needs)
        return greedy_select(concepts, weights, prior, lengths, budget, [], needs)

    assert run(5, []) == [1]
    assert run(5, [(1, 0)]) == [2]  # the best sentence alone would dangle: a self-contained one instead
    assert run(10, [(1, 0)]) == [0, 1]
    assert 1 not in run(15, [(1, UNAVAILABLE)])


def test_reading_order_puts_a_leaning_sentence_right_after_its_predecessor() -> None:
    from newsbrief.model import Article
    sentences = [_sentence(0, 0, "Police stopped two men."), _sentence(0, 1, "The other man ran."),
                 _sentence(1, 0, "A raid took place.")]
    articles = [Article("a0", "x"), Article("a1", "y")]
    assert reading_order([2, 1, 0], sentences, articles) == [0, 1, 2]


def test_also_and_a_definite_phrase_the_sentence_before_introduced_need_that_sentence() -> None:
    sentences = [_sentence(0, 0, "Puerto Rico drew up a plan to rebuild after the storm."),
                 _sentence(0, 1, "The plan was presented to the housing secretary."),
                 _sentence(0, 2, "Most voters backed Cardoso."),
                 _sentence(0, 3, "A manicurist also planned to vote for Cardoso."),
                 _sentence(1, 0, "The storm hit the island on Monday."),
                 _sentence(1, 1, "The damage passed two billion dollars.")]
    assert predecessors([0, 1, 2, 3, 4, 5], sentences) == [(1, 0), (3, 2)]  # "the damage" is new, not "the storm's"
    assert predecessors([1, 3], sentences) == [(0, UNAVAILABLE), (1, UNAVAILABLE)]


def test_they_or_it_reporting_with_no_one_named_needs_the_sentence_before() -> None:
    sentences = [_sentence(0, 0, "Officials met the strikers."), _sentence(0, 1, "The plant will close, they said."),
                 _sentence(0, 2, "The union said two people were hurt, and it said more would come."),
                 _sentence(0, 3, "The walkout will last a week, she told reporters."),
                 _sentence(1, 4, "Two people were hurt, it said."),
                 _sentence(1, 5, "It said police had arrested two men."),
                 _sentence(1, 6, "He stared at the letter in front of him: it said yes.")]
    assert predecessors([0, 1, 2, 3, 4, 5, 6], sentences) == [(1, 0), (4, UNAVAILABLE), (5, 4)]  # "she": edit stage


def test_reading_order_puts_a_pronoun_reporter_right_after_its_own_articles_sentence() -> None:
    from newsbrief.model import Article
    sentences = [_sentence(0, 0, "The union called a strike."), _sentence(1, 0, "Talks began in Geneva."),
                 _sentence(1, 1, "The mayor left early."), _sentence(0, 2, "The plant will close, they said.")]
    articles = [Article("a0", "x"), Article("a1", "y")]
    assert reading_order([0, 1, 2, 3], sentences, articles) == [0, 3, 1, 2]


@pytest.mark.parametrize("select", ["greedy", "ilp"])
def test_the_optimiser_takes_a_sentence_needing_one_of_several_only_with_one_of_them(select: str) -> None:
    concepts = [np.array([0]), np.array([1, 2, 3]), np.array([4]), np.array([5])]
    weights = np.array([0.1, 3.0, 3.0, 3.0, 1.0, 2.0])
    prior, lengths = np.zeros(4), np.array([5, 5, 5, 5])

    def run(budget: int, needs: list) -> list[int]:
        if select == "ilp":
            return ilp_select(concepts, weights, prior, lengths, budget, [], 1000, requires=needs)
        return greedy_select(concepts, weights, prior, lengths, budget, [], needs)

    assert run(10, [(1, (0, 2))]) == [1, 2]  # the better of the two that introduce what it needs
    assert run(5, [(1, (0, 2))]) == [3]  # alone it would dangle
    assert 1 not in run(20, [(1, ())])  # nothing can introduce it
    assert run(15, [(1, (0, 2)), (1, (0,))]) == [0, 1, 3]  # two needs: both kept


def test_a_phrase_whose_noun_the_article_mentioned_needs_a_mention_read_before_it() -> None:
    from datetime import date

    from newsbrief.model import Article
    sentences = [_sentence(0, 0, "Microsoft offered Netscape a joint venture in 1995."),
                 _sentence(0, 1, "Executives met in May."),
                 _sentence(0, 2, "Though the venture never happened, it shows their tactics."),
                 _sentence(1, 0, "Netscape turned down the joint venture."),
                 _sentence(1, 1, "Leaders held a summit in Oslo."),
                 _sentence(1, 2, "Talks went on."), _sentence(1, 3, "Rain fell."), _sentence(1, 4, "Roads closed."),
                 _sentence(1, 5, "Protesters marched during the summit.")]
    assert predecessors(list(range(9)), sentences) == [(2, (0, 3)), (8, (4,))]  # either venture read before
    assert predecessors([1, 2, 5, 6, 7, 8], sentences) == [(5, ())]  # no summit to read first: never
    assert predecessors([1, 2], sentences) == []  # an ordinary noun with no mention left: not constrained
    later = [Article("a0", "x", published=date(2024, 5, 1)), Article("a1", "y", published=date(2024, 5, 2))]
    assert predecessors([0, 2, 3], sentences, later) == [(1, (0,))]  # the later article is read after it


def test_an_opening_it_or_they_that_stands_for_something_needs_the_sentence_before() -> None:
    sentences = [_sentence(0, 0, "The Graco seat was recalled."),
                 _sentence(0, 1, "It received a five-star award in crash tests."),
                 _sentence(0, 2, "It is possible to fit it in any car."),
                 _sentence(1, 3, "They trained their janitors to bury the dead.")]
    assert predecessors([0, 1, 2, 3], sentences) == [(1, 0), (3, UNAVAILABLE)]


def test_a_quotation_alone_with_no_speaker_needs_the_sentence_before() -> None:
    sentences = [_sentence(0, 0, "Police chief Ann Roe spoke on Monday."),
                 _sentence(0, 1, '"We expect police to identify the perpetrators."'),
                 _sentence(0, 2, '"We will find them," Roe said.'),
                 _sentence(1, 4, "“We are a nation of laws.”")]
    assert predecessors([0, 1, 2, 3], sentences) == [(1, 0), (3, UNAVAILABLE)]


def test_a_sentence_that_needs_another_read_before_it_is_never_offered_as_the_lede(monkeypatch) -> None:
    from datetime import date

    from newsbrief.config import Config
    from newsbrief.model import Article
    from newsbrief.split import split_articles
    from newsbrief.summarize import summarizer
    texts = [("a", date(2010, 5, 21), "A strong earthquake hit central Chile on Friday, the emergency office said. "
              "Seismologists at the University of Chile said it was most likely an aftershock of the February quake."),
             ("b", date(2010, 7, 15), "Was it another aftershock? The University of Chile seismic service measured "
              "the aftershock's magnitude as 6.6 near Pichilemu in central Chile.")]
    articles = [Article(id=name, text=text, published=day) for name, day, text in texts]
    sentences = split_articles(articles)
    offered: list[str] = []
    real = summarizer.pick_lede

    def spy(candidates, *rest):
        offered.extend(sentences[i].text for i in candidates)
        return real(candidates, *rest)

    monkeypatch.setattr(summarizer, "pick_lede", spy)
    summary = summarizer.summarize(sentences, articles, Config().with_words(60))
    assert offered and not any("aftershock's magnitude" in text for text in offered)
    texts_in_order = [item.sentence.text for item in summary]
    magnitude = [k for k, text in enumerate(texts_in_order) if "aftershock's magnitude" in text]
    assert all(any("aftershock" in text for text in texts_in_order[:k]) for k in magnitude)


@pytest.mark.parametrize("text, back", [
    ("The announcement had raised hopes that the rebel leader was on his last legs.", True),
    ("The deal was signed in Geneva on Monday.", True),
    ("The plan to build a wall was rejected by Congress.", False),  # says which plan
    ("The Supreme Court ruled on Thursday that Quebec cannot secede.", False),
    ("A deal was signed in Geneva on Monday.", False),
    ("The ' 80s rocker was found dead in a motel room in los angeles in august.", True),
    ("The 20-year-old suspect was arrested on Saturday evening.", True),
    ("The man authorities say killed three people died in a shootout with police.", False),
    ("The Rolling Stones singer Mick Jagger was knighted on Friday.", False),
])
def test_an_opening_whose_subject_points_back_is_no_lede(text: str, back: bool) -> None:
    from newsbrief.summarize.lede import opens_pointing_back

    assert opens_pointing_back(text) is back


def test_the_lede_is_never_a_sentence_whose_subject_points_back() -> None:
    from newsbrief.config import Config
    from newsbrief.model import Article
    from newsbrief.represent import represent
    from newsbrief.split import split_articles
    from newsbrief.summarize.lede import pick_lede

    texts = ["The announcement raised hopes that the rebel army of Joseph Kony would surrender in the jungle.",
             "Joseph Kony's rebel army is in talks to surrender, officials in the Central African Republic said.",
             "Officials said Joseph Kony's rebel army was in talks to surrender in the Central African Republic."]
    articles = [Article(id=f"a{k}", text=text) for k, text in enumerate(texts)]
    sentences = split_articles(articles)
    representation = represent(sentences, len(articles), Config())
    lede = pick_lede(list(range(len(sentences))), sentences, articles, representation.content_vectors,
                     np.ones(len(sentences)), 0.1)
    assert lede is not None and not sentences[lede].text.startswith("The announcement")
