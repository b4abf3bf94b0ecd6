"""Support that contradicts: numbers and outcomes (summarize/conflicts.py), and attribution that skips it."""

from __future__ import annotations

import pytest

from newsbrief.config import Config
from newsbrief.model import Article
from newsbrief.represent import represent
from newsbrief.split import split_articles
from newsbrief.summarize.attribute import attribute
from newsbrief.summarize.support import ClaimTest
from newsbrief.summarize.conflicts import conflict, counts, numbers_conflict, outcome_conflict


def test_counts() -> None:
    assert counts("11 people were still unaccounted for, and 2,000 homes flooded in 2007 on March 3.") == {
        "peopl": {11.0}, "home": {2000.0}}
    assert counts("Eleven people died and 1.5 million fled.") == {"peopl": {11.0}, "fled": {1.5e6}}
    assert counts("Estrada declared three other provinces.") == {}


@pytest.mark.parametrize(("a", "b", "differ"), [
    ("11 people were still unaccounted for.", "Rescuers said 15 people were still unaccounted for.", True),
    ("11 people were still unaccounted for.", "Officials said eleven people were unaccounted for.", False),
    ("The plane carried 228 people.", "The plane with 228 on board vanished.", False),  # different things counted
    ("Estrada declared Catanduanes and three other provinces.", "Estrada declared four provinces.", False),
    ("Five soldiers were killed in 2009.", "Five soldiers were killed in 2010.", False),  # years are not counts
    ("The storm killed 40 people and destroyed 300 homes.", "The storm destroyed 300 homes and killed 41 people.", True),
])
def test_numbers(a: str, b: str, differ: bool) -> None:
    assert numbers_conflict(a, b) is differ


@pytest.mark.parametrize(("a", "b", "differ"), [
    ("The organisers would wait before deciding to cancel the festival.",
     "The organisers announced the cancellation of the festival.", True),
    ("Police have not arrested the driver.", "Police arrested the driver on Monday.", True),
    ("Police have not arrested the driver.", "The driver has not yet been arrested, police said.", False),
    ("Detectives do not suspect foul play.", "Detectives don't suspect foul play at this time.", False),
    ("The search will continue for the plane.", "The search continues for the plane.", False),
    ("There is absolutely no doubt that the man was Amri, the minister said.",
     "The minister said Amri had been identified without a shadow of a doubt.", False),
    ("The results were expected since most moderates had been dropped.",
     "The results came as no surprise since most moderates had been dropped.", False),
])
def test_outcomes(a: str, b: str, differ: bool) -> None:
    assert outcome_conflict(a, b) is differ


def test_attribution_skips_contradicting_sentences() -> None:
    texts = [
        "Flooding in Riverton left 11 people still unaccounted for on Monday.",
        "Flooding in Riverton left 15 people still unaccounted for on Monday.",
        "Flooding in Riverton left 12 people still unaccounted for, officials said on Monday.",
        "Flooding in Riverton left 11 people still unaccounted for on Monday, officials said.",
    ]
    articles = [Article(id=str(i), text=t) for i, t in enumerate(texts)]
    sentences = split_articles(articles)
    representation = represent(sentences, len(articles), Config())
    [item] = attribute([0], sentences, representation, ClaimTest.of(Config()))
    assert [s.article_id for s in item.support] == ["3"]
    assert conflict(texts[0], texts[1]) == "numbers"


def test_attribution_takes_another_sentence_of_the_same_article() -> None:
    texts = [
        "The council would wait before deciding to cancel the Riverton festival.",
        "The council announced the cancellation of the Riverton festival.\n"
        "The council said it would wait before deciding to cancel the Riverton festival.",
    ]
    articles = [Article(id=str(i), text=t) for i, t in enumerate(texts)]
    sentences = split_articles(articles)
    representation = represent(sentences, len(articles), Config())
    [item] = attribute([0], sentences, representation, ClaimTest.of(Config()))
    assert [s.text for s in item.support] == [texts[1].split("\n")[1]]


@pytest.mark.parametrize("stated, negated", [
    ("The ferry sank off the coast on Monday.", "The ferry did not sink off the coast on Monday, officials said."),
    ("Police caught the suspect near the border.", "Police never caught the suspect near the border."),
    ("The minister fled the country.", "The minister has not fled the country, his office said."),
])
def test_an_irregular_verb_negated_in_its_base_form_is_no_support(stated: str, negated: str) -> None:
    assert conflict(stated, negated) == "outcome"


def test_an_irregular_verb_in_another_tense_is_the_same_event() -> None:
    assert conflict("Police caught the suspect near the border.",
                    "The suspect was caught near the border by police.") is None


def test_another_weekday_is_another_claim() -> None:
    from newsbrief.summarize.conflicts import conflict

    assert conflict("Final results are not expected until Sunday.", "First results are not expected until Saturday.") == "day"
    assert conflict("The vote is on Sunday.", "Voting takes place on Sunday, officials said.") is None
    assert conflict("The vote is on Sunday.", "Voting will take place this weekend.") is None  # one names no day
