"""Stage 4: bigram concepts weighted by how many articles state them; content vectors."""

from __future__ import annotations

import numpy as np

from newsbrief.config import Config
from newsbrief.model import Article
from newsbrief.represent import represent
from newsbrief.split import split_articles

SHARED = "The Fenwick footbridge collapsed into the River Alde during the storm."
UNIQUE = "Purple lanterns glowed above quiet zebra meadows yesterday."


def _cluster(texts: list[str]):
    articles = [Article(id=f"a{i}", text=text) for i, text in enumerate(texts)]
    sentences = split_articles(articles)
    return articles, sentences


def _row(sentences, text: str) -> int:
    return next(i for i, s in enumerate(sentences) if s.text == text)


def test_bigrams_of_only_one_article_weigh_zero_in_three_article_cluster() -> None:
    articles, sentences = _cluster([
        SHARED + " " + UNIQUE,
        "Rescuers arrived quickly. " + SHARED,
        "The mayor spoke on Wednesday about the bridge.",
    ])
    rep = represent(sentences, len(articles), Config())
    unique_concepts = rep.sentence_concepts[_row(sentences, UNIQUE)]
    assert len(unique_concepts) > 0
    assert np.all(rep.concept_weights[unique_concepts] == 0)
    shared_concepts = rep.sentence_concepts[_row(sentences, SHARED)]
    assert len(shared_concepts) > 0
    assert np.all(rep.concept_weights[shared_concepts] > 0)


def test_with_two_articles_single_article_bigrams_still_count() -> None:
    articles, sentences = _cluster([SHARED + " " + UNIQUE, "Rescuers arrived quickly. " + SHARED])
    rep = represent(sentences, len(articles), Config())
    unique_concepts = rep.sentence_concepts[_row(sentences, UNIQUE)]
    assert np.all(rep.concept_weights[unique_concepts] > 0)


def test_concept_article_share_setting_controls_pruning() -> None:
    articles, sentences = _cluster([
        SHARED + " " + UNIQUE,
        "Rescuers arrived quickly. " + SHARED,
        "The mayor spoke on Wednesday about the bridge.",
    ])
    rep = represent(sentences, len(articles), Config(concept_article_share=1.0))
    shared_concepts = rep.sentence_concepts[_row(sentences, SHARED)]
    # SHARED appears in two of three articles only: below a share of 100%.
    assert np.all(rep.concept_weights[shared_concepts] == 0)
    default = represent(sentences, len(articles), Config())
    assert np.all(default.concept_weights[shared_concepts] > 0)


def test_concept_stated_by_more_articles_weighs_more() -> None:
    in_three = "Mayor Tomas Rendell pledged a new crossing."
    in_two = "Engineers warned about corrosion in the supports."
    articles, sentences = _cluster([in_three + " " + in_two, in_three + " " + in_two, in_three + " Nothing else."])
    rep = represent(sentences, len(articles), Config())
    three = rep.sentence_concepts[_row(sentences, in_three)]
    two = rep.sentence_concepts[_row(sentences, in_two)]
    # "pledged a new crossing" bigram appears at position 0 in 3 articles;
    # the corrosion bigrams at position 1 in 2 articles.
    assert rep.concept_weights[three].max() > rep.concept_weights[two].max() > 0


def test_earlier_position_gives_higher_weight() -> None:
    lead = "Storm winds toppled the iron footbridge."
    late = "Council engineers inspected rusty girders."
    filler = ["Crowds gathered by the river.", "Police closed the road.", "Rain fell all night."]
    articles, sentences = _cluster([
        " ".join([lead, *filler, late]),
        " ".join([lead, *filler, late]),
        " ".join([lead, *filler, late]),
    ])
    rep = represent(sentences, len(articles), Config())
    lead_weight = rep.concept_weights[rep.sentence_concepts[_row(sentences, lead)]].max()
    late_weight = rep.concept_weights[rep.sentence_concepts[_row(sentences, late)]].max()
    assert lead_weight > late_weight > 0


def test_stopword_only_bigrams_are_not_concepts() -> None:
    articles, sentences = _cluster(["It was all of that and more than this.", "It was all of that and more than this."])
    rep = represent(sentences, len(articles), Config())
    assert all(len(concepts) == 0 for concepts in rep.sentence_concepts)


def test_content_vectors_are_unit_length_rows(cluster_articles) -> None:
    sentences = split_articles(list(cluster_articles))
    rep = represent(sentences, len(cluster_articles), Config())
    assert rep.content_vectors.shape[0] == len(sentences)
    norms = np.sqrt(np.asarray(rep.content_vectors.multiply(rep.content_vectors).sum(axis=1)).ravel())
    for norm, stems in zip(norms, rep.content_stems):
        if stems:
            assert abs(norm - 1.0) < 1e-9
        else:
            assert norm == 0.0


def test_content_stems_drop_stopwords() -> None:
    articles, sentences = _cluster(["The bridges of Dunmere were destroyed by the storm."])
    rep = represent(sentences, 1, Config())
    assert rep.content_stems[0] == ("bridg", "dunmer", "destroi", "storm")


def test_unigram_weight_adds_unigram_concepts() -> None:
    texts = [SHARED, SHARED, SHARED]
    articles, sentences = _cluster(texts)
    plain = represent(sentences, 3, Config())
    with_unigrams = represent(sentences, 3, Config(unigram_weight=0.5))
    assert len(with_unigrams.sentence_concepts[0]) > len(plain.sentence_concepts[0])
