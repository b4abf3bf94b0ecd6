"""A repeat one cosine misses (issue 14): a shorter sentence whose content words are mostly
another's never enters a summary beside it; different events of one story stay apart. The
pair here is below the tf-idf threshold, and the test runs without embeddings."""

from __future__ import annotations

import numpy as np

from newsbrief.config import Config
from newsbrief.model import Article
from newsbrief.represent import represent
from newsbrief.split import split_articles
from newsbrief.summarize.covered import covered
from newsbrief.summarize.redundancy import redundant_pairs

IDENTIFIED = ("After identifying mr. Strauss-kahn about 4: 30 p.m., the woman, a maid at the sofitel new york on west "
              "44th street, where he had stayed, told police he had attacked her.")
PICKED = "Police said the maid picked strauss-kahn out of a lineup."
OTHERS = [
    "Police said the teacher had taken the girl across state lines in a car he had bought in cash.",
    "The school district fired the teacher after the girl's family filed a complaint last year.",
    "Regulators in california require every crash of an autonomous vehicle to be reported within ten days.",
]
WORDS_ONLY = Config(meaning_redundancy=False)


def _vectors(texts: list[str]):
    articles = [Article(id=f"a{i}", text=text) for i, text in enumerate(texts)]
    sentences = split_articles(articles)
    assert len(sentences) == len(texts)
    return represent(sentences, len(articles), WORDS_ONLY).content_vectors, [s.text for s in sentences]


def test_a_sentence_whose_words_the_other_mostly_gives_is_a_repeat() -> None:
    vectors, texts = _vectors([IDENTIFIED, PICKED, *OTHERS])
    assert (vectors[0] @ vectors[1].T).toarray()[0, 0] < WORDS_ONLY.redundancy_threshold
    assert (0, 1) in redundant_pairs(vectors, texts, WORDS_ONLY)


def test_different_events_of_one_story_are_not_repeats() -> None:
    vectors, texts = _vectors([PICKED, *OTHERS])
    assert redundant_pairs(vectors, texts, WORDS_ONLY) == []
    assert not covered(vectors)[~np.eye(len(texts), dtype=bool)].any()


def test_a_few_shared_words_of_two_short_sentences_are_not_enough() -> None:
    vectors, _ = _vectors(["The maid left the hotel.", "The maid left for work."])
    assert not covered(vectors)[0, 1]
