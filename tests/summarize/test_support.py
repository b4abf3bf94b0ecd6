"""The same-claim test behind the "reported by" badges: a sentence of another
article counts only if it states the summary sentence's main claim."""

from __future__ import annotations

import pytest

from newsbrief.config import Config
from newsbrief.model import Article
from newsbrief.represent.concepts import represent
from newsbrief.represent.embeddings import SentenceEmbeddings
from newsbrief.split import split_articles
from newsbrief.summarize.attribute import attribute
from newsbrief.summarize.support import ClaimTest, numbers, same_claim

TEST = ClaimTest(candidate=0.35, lexical=0.7, meaning=0.8, coverage=0.6)


def _support(summary: str, other: str) -> list[str]:
    articles = [Article("a0", summary), Article("a1", other)]
    sentences = split_articles(articles)
    representation = represent(sentences, 2, Config())
    return [s.text for s in attribute([0], sentences, representation, ClaimTest.of(Config()))[0].support]


def test_numbers_are_read_without_separators() -> None:
    assert numbers("At least 1,200 people and 3.5 tonnes, in 2009.") == {"1200", "3.5", "2009"}


def test_a_different_figure_or_a_missing_one_is_never_support() -> None:
    summary = "The storm killed 12 people in the coastal town of Riverton on Monday."
    assert not same_claim(summary, "The storm killed 15 people in the coastal town of Riverton on Monday.",
                          0.9, 0.99, 0.9, TEST)
    assert not same_claim(summary, "The storm killed people in the coastal town of Riverton on Monday.",
                          0.9, 0.99, 0.9, TEST)
    assert same_claim(summary, "On Monday the storm killed 12 people in the coastal town of Riverton.",
                      0.9, None, 0.9, TEST)


def test_other_words_count_only_with_meaning_and_coverage() -> None:
    summary, other = "The jet vanished from radar over the Atlantic.", "The plane disappeared from radar screens over the ocean."
    assert same_claim(summary, other, 0.4, 0.9, 0.7, TEST)
    assert not same_claim(summary, other, 0.4, None, 0.7, TEST)  # without embeddings, only near-copies count
    assert not same_claim(summary, other, 0.4, 0.9, 0.3, TEST)  # shares only a minor part
    assert not same_claim(summary, other, 0.2, 0.99, 0.9, TEST)  # below the candidate threshold


def test_a_sentence_on_the_same_topic_with_another_main_claim_earns_no_badge() -> None:
    summary = "Mayor Tomas Rendell pledged on Wednesday to rebuild the Fenwick footbridge within two years."
    topic_only = "Mayor Tomas Rendell visited the Fenwick footbridge site on Wednesday with engineers from the council."
    assert _support(summary, topic_only) == []
    copy = "On Wednesday Mayor Tomas Rendell pledged to rebuild the Fenwick footbridge within two years."
    assert _support(summary, copy) == [copy]


@pytest.mark.parametrize("other", [
    "The flight was cancelled by the airline on Friday, officials announced.",
    "The airline announced on Friday that it would cancel the flight.",
])
def test_a_contradicting_sentence_is_not_support(other: str) -> None:
    summary = "The airline would wait before deciding whether to cancel the flight on Friday."
    assert _support(summary, other) == []


_FERRY = "The ferry carrying 40 passengers sank off the island of Kos on Tuesday after hitting rocks."
_KOS_PORT = [Article("f1", "Ferry services to Kos resumed on Tuesday. The island's ferry port reopened."),
             Article("f2", "Kos depends on the ferry trade. Passengers crowded the Kos ferry terminal on Tuesday.")]


def _reported_by(summary: str, other: str, embeddings: SentenceEmbeddings | None = None) -> bool:
    """Whether the brief credits ``other``'s article with ``summary`` in a cluster about the same place."""
    sentences = split_articles([Article("a0", summary), Article("a1", other), *_KOS_PORT])
    representation = represent(sentences, 4, Config())
    item = attribute([0], sentences, representation, ClaimTest.of(Config()), embeddings)[0]
    return other in [s.text for s in item.support]


@pytest.mark.parametrize("other", [
    "On Tuesday a ferry with 40 passengers sank after hitting rocks off the Greek island of Kos, the coastguard said.",
    "A ferry with 40 passengers aboard hit rocks and sank off Kos on Tuesday, the coastguard said.",
])
def test_a_reworded_report_with_the_same_figure_counts(other: str) -> None:
    assert _reported_by(_FERRY, other)


@pytest.mark.parametrize("other", [
    "A ferry with 45 passengers aboard hit rocks and sank off Kos on Tuesday, the coastguard said.",
    "The ferry carrying 40 passengers did not hit rocks off the island of Kos on Tuesday, the coastguard said.",
])
def test_a_different_figure_or_a_negation_of_a_reworded_report_does_not_count(other: str) -> None:
    assert not _reported_by(_FERRY, other)


def test_a_sentence_sharing_only_the_names_does_not_count() -> None:
    summary = "Mayor Giorgos Kyritsis of Kos said the Blue Star ferry sank on Tuesday after hitting rocks."
    assert not _reported_by(summary, "Mayor Giorgos Kyritsis of Kos welcomed the Blue Star ferry on its first "
                                     "visit to the island on Tuesday.")


def test_without_the_embedding_model_only_near_copies_count(tmp_path) -> None:
    missing = SentenceEmbeddings(str(tmp_path / "no-model"))
    near_copy = "On Tuesday a ferry with 40 passengers sank after hitting rocks off the Greek island of Kos, the coastguard said."
    reworded = "A ferry with 40 passengers aboard hit rocks and sank off Kos on Tuesday, the coastguard said."
    assert _reported_by(_FERRY, near_copy, missing)
    assert not _reported_by(_FERRY, reworded, missing)
    assert _reported_by(_FERRY, reworded)


def test_a_near_copy_with_another_claim_about_the_same_names_earns_no_badge() -> None:
    summary = "The hostages _ Britons Peter Kennedy, Darren Hickey and Rudolf Petschi, and Stanley Shaw _ were engineers."
    other = "The hostages _ Britons Peter Kennedy, Darren Hickey and Rudolf Petschi, and Stanley Shaw _ were kidnapped on Oct. 3."
    assert not same_claim(summary, other, 0.88, None, 0.5, TEST)
    assert _support(summary, other) == []
    same = "The hostages _ Britons Peter Kennedy, Darren Hickey and Rudolf Petschi, and Stanley Shaw _ were all engineers."
    assert _support(summary, same) == [same]
