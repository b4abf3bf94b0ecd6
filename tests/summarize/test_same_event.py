"""Repeats by meaning (issue 14): the same event told twice in other words, with the same
names, numbers or days, never enters one summary twice; sentences about one person that tell
different events, or alike sentences about different people, stay apart."""

from __future__ import annotations

import numpy as np

from newsbrief.config import Config
from newsbrief.model import Article
from newsbrief.represent import represent
from newsbrief.represent.embeddings import SentenceEmbeddings
from newsbrief.split import split_articles
from newsbrief.summarize.redundancy import meaning_similarity, redundant_pairs
from newsbrief.summarize.same_event import ALIKE, participants, same_event

LOCKED_UP = ("Ralston dodd, 25, was locked up last year after he almost killed jerrell holland by stabbing him "
             "in the back three times.")
JAILED = ("Ralston dodd, 25, was jailed in november after he admitted stabbing a man three times in the back "
          "following an argument on a north london street.")
WARRANT = "A warrant for dodd's arrest has been issued."
MINISTRY = "The ministry of justice said such releases in error were extremely rare and it was investigating."


def test_participants_are_names_numbers_and_days() -> None:
    found = participants("Mitt Romney will speak at the hinckley institute on thursday, 3 days after 12 debates.")
    assert {"romnei", "hincklei", "thursday", "3", "12"} <= found
    assert not found & {"speak", "institut", "debat", "dai"}
    assert participants("Ralston dodd stabbed a man three times.") >= {"ralston", "dodd", "three"}
    assert participants("The weather was nice and the food was good.") == frozenset()


def test_alike_sentences_are_one_event_only_with_a_participant_in_common() -> None:
    texts = ["Smith was arrested in Leeds on Monday.", "Smith was detained in Leeds.", "A man was held by police."]
    meaning = np.full((3, 3), ALIKE + 0.01)
    found = same_event(texts, meaning)
    assert found[0, 1] and not found[0, 2] and not found[1, 2]
    assert not same_event(texts, np.full((3, 3), ALIKE - 0.05))[0, 1]


def _pairs(texts: list[str]) -> tuple[list[tuple[int, int]], np.ndarray]:
    articles = [Article(id=f"a{i}", text=text) for i, text in enumerate(texts)]
    sentences = split_articles(articles)
    assert [s.text for s in sentences] == texts
    vectors = represent(sentences, len(articles), Config()).content_vectors
    embeddings = SentenceEmbeddings()
    return redundant_pairs(vectors, texts, Config(), embeddings), meaning_similarity(texts, embeddings)


def test_one_stabbing_told_twice_is_a_repeat_below_the_plain_meaning_threshold() -> None:
    pairs, meaning = _pairs([LOCKED_UP, JAILED, WARRANT, MINISTRY])
    assert meaning[0, 1] < Config().meaning_threshold
    assert pairs == [(0, 1)]
