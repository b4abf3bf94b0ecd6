"""Nothing said twice: candidates that repeat each other, by words or by meaning,
never enter one summary together."""

from __future__ import annotations

import warnings
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsbrief.config import Config
from newsbrief.errors import ConfigError
from newsbrief.model import Article
from newsbrief.represent import represent
from newsbrief.split import split_articles
from newsbrief.summarize import summarize
from newsbrief.summarize.redundancy import redundant_pairs

VANISHED = "The Airbus A330 with 228 people aboard vanished from radar over the Atlantic Ocean."
DISAPPEARED = "An Air France jet carrying 228 passengers and crew disappeared from radar above the ocean."
OTHERS = [
    "Brazilian navy ships searched an area north of the Fernando de Noronha islands.",
    "Relatives of the passengers gathered at Charles de Gaulle airport in Paris.",
    "Investigators said the flight recorders may lie four kilometres under the sea.",
    "The airline said the crew had reported electrical faults before contact was lost.",
]
MEANING = Config(meaning_redundancy=True, meaning_threshold=0.7)


def _candidates(texts: list[str]):
    articles = [Article(id=f"a{i}", text=text) for i, text in enumerate(texts)]
    sentences = split_articles(articles)
    representation = represent(sentences, len(articles), Config())
    return representation.content_vectors, [s.text for s in sentences]


def test_the_same_event_in_other_words_is_a_repeat_by_meaning_only() -> None:
    vectors, texts = _candidates([VANISHED, DISAPPEARED, *OTHERS])
    assert (0, 1) not in redundant_pairs(vectors, texts, Config(meaning_redundancy=False))
    assert (0, 1) in redundant_pairs(vectors, texts, MEANING)


def test_different_events_of_one_story_are_not_repeats() -> None:
    vectors, texts = _candidates(OTHERS)
    assert redundant_pairs(vectors, texts, MEANING) == []


@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from([VANISHED, DISAPPEARED, *OTHERS]), min_size=0, max_size=6),
       st.floats(0.5, 1.0))
def test_meaning_only_adds_pairs_to_those_of_word_overlap(texts, threshold) -> None:
    vectors, split = _candidates(texts)
    words = set(redundant_pairs(vectors, split, Config(meaning_redundancy=False)))
    both = redundant_pairs(vectors, split, replace(MEANING, meaning_threshold=threshold))
    assert words <= set(both)
    assert all(a < b < len(split) for a, b in both) and len(set(both)) == len(both)


def test_a_summary_with_room_for_everything_still_says_it_once() -> None:
    articles = [Article(id="a", text=" ".join([VANISHED, *OTHERS[:2]])),
                Article(id="b", text=" ".join([DISAPPEARED, *OTHERS[2:]]))]
    sentences = split_articles(articles)
    budget = sum(s.words for s in sentences)
    texts_off = {item.sentence.text for item in summarize(sentences, articles, Config(words=budget, meaning_redundancy=False))}
    assert {VANISHED, DISAPPEARED} <= texts_off  # word overlap alone lets both through
    texts_on = {item.sentence.text for item in summarize(sentences, articles, replace(MEANING, words=budget))}
    assert len({VANISHED, DISAPPEARED} & texts_on) == 1
    assert set(OTHERS) <= texts_on


def test_without_the_model_repeats_fall_back_to_word_overlap_with_a_warning(tmp_path) -> None:
    vectors, texts = _candidates([VANISHED, DISAPPEARED, *OTHERS])
    config = replace(MEANING, embedding_model=str(tmp_path / "no-model"))
    with pytest.warns(RuntimeWarning, match="word overlap alone"):
        pairs = redundant_pairs(vectors, texts, config)
    assert pairs == redundant_pairs(vectors, texts, Config(meaning_redundancy=False))


def test_meaning_off_never_loads_the_model(tmp_path) -> None:
    vectors, texts = _candidates([VANISHED, DISAPPEARED])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        redundant_pairs(vectors, texts, Config(meaning_redundancy=False, embedding_model=str(tmp_path)))


@pytest.mark.parametrize("value", [-0.1, 1.5])
def test_a_meaning_threshold_outside_0_to_1_is_refused(value) -> None:
    with pytest.raises(ConfigError, match="meaning_threshold"):
        Config(meaning_threshold=value)
