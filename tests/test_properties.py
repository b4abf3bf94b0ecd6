"""Invariants of the whole pipeline on generated news-like clusters (Hypothesis)."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsbrief
from newsbrief import Article, Config
from newsbrief.model import Brief
from newsbrief.render import render_json
from newsbrief.split import split_article

SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])

EVENT_SENTENCES = [
    "A storm brought down the Fenwick footbridge over the River Alde in Dunmere on Tuesday night.",
    "The Fenwick footbridge collapsed into the River Alde during a storm on Tuesday night.",
    "Two people who were crossing the bridge were injured and taken to hospital.",
    "Two people were hurt when the 120-year-old bridge fell shortly after 10 p.m. on Tuesday.",
    "Mayor Tomas Rendell pledged on Wednesday to rebuild the bridge within two years.",
    "Mayor Tomas Rendell said the town would spend 4 million pounds on a new bridge.",
    '"We will have a new crossing for the people of Dunmere," Rendell said.',
    'He said. " the bridge will be rebuilt , " the mayor told reporters.',
    "Engineers had warned the council about corrosion in the bridge supports in 2014.",
    "Council records show engineers warned about corrosion in the supports years ago.",
    "A temporary ferry service across the river will begin on Thursday morning.",
    "Winds reached 80 miles per hour across the valley, the Met Office said.",
    "It was not clear when the road beside the river would reopen.",
    "Police closed the riverbank path.",
    "Will the council pay for the repairs?",
    "Residents gathered on the bank on Wednesday to look at the twisted iron in the water, and many of them "
    "said they had crossed the bridge every day for decades on their way to work, school and the market.",
]
FURNITURE_LINES = [
    "Image placeholder title",
    "Popular Video",
    "Live Updates",
    "1 of 4",
    "Read a full report of his pledge.",
    "The broken bridge on Wednesday. Getty Images",
    "Share this article",
    "By Clara Whitfield",
    "Dec 23, 2016 11:54 PM EST",
    "Storm topples Dunmere footbridge",
]
WORDS = (
    "the a of to in on and bridge storm river mayor council town people ferry engineers corrosion "
    "Dunmere Alde Fenwick Rendell Tuesday Wednesday night hospital police said would rebuild warned "
    "two four million pounds years old iron winds crossing collapsed injured temporary service records"
).split()


@st.composite
def generated_sentence(draw) -> str:
    words = draw(st.lists(st.sampled_from(WORDS), min_size=2, max_size=40))
    words[0] = words[0].capitalize()
    return " ".join(words) + draw(st.sampled_from([".", ".", ".", "?", "!", "", '."']))


@st.composite
def article_text(draw) -> str:
    parts = draw(
        st.lists(
            st.one_of(st.sampled_from(EVENT_SENTENCES), generated_sentence(), st.sampled_from(FURNITURE_LINES)),
            min_size=1,
            max_size=10,
        )
    )
    text = parts[0]
    for part in parts[1:]:
        text += draw(st.sampled_from([" ", " ", "\n", "\n\n"])) + part
    if draw(st.booleans()):
        text = "LONDON (AP) _ " + text
    return text


@st.composite
def cluster(draw) -> list[Article]:
    texts = draw(st.lists(article_text(), min_size=1, max_size=5))
    return [Article(id=f"outlet-{i}", text=text) for i, text in enumerate(texts)]


budgets = st.integers(min_value=1, max_value=250)


def _spans(result: Brief):
    for item in result.summary:
        yield item.sentence
        yield from item.support


@SETTINGS
@given(cluster(), budgets)
def test_summary_never_exceeds_word_budget(articles: list[Article], words: int) -> None:
    result = newsbrief.brief(articles, Config(words=words))
    assert result.word_budget == words
    assert result.words <= words
    assert result.words == sum(len(item.sentence.text.split()) for item in result.summary)


@SETTINGS
@given(cluster(), budgets)
def test_every_summary_sentence_is_a_source_sentence(articles: list[Article], words: int) -> None:
    result = newsbrief.brief(articles, Config(words=words))
    originals = {a.id: a.text for a in articles}
    seen = set()
    for item in result.summary:
        s = item.sentence
        article = result.article(s.article_id)
        assert article.text[s.start : s.end] == s.text
        assert s.text in originals[s.article_id]  # verbatim from what the outlet published
        assert (s.article_id, s.start) not in seen
        seen.add((s.article_id, s.start))
        assert item.articles[0] == s.article_id
        assert len(set(item.articles)) == len(item.articles)


@SETTINGS
@given(cluster(), budgets)
def test_every_span_slices_back_to_its_text(articles: list[Article], words: int) -> None:
    result = newsbrief.brief(articles, Config(words=words))
    for span in _spans(result):
        assert result.article(span.article_id).text[span.start : span.end] == span.text
    for item in result.summary:
        assert len(item.support) == len(item.similarity)
        assert all(other.article_id != item.sentence.article_id for other in item.support)
    data = json.loads(render_json(result))
    texts = {a.id: a.text for a in result.articles}
    for entry in data["summary"]:
        for span in [entry, *entry["support"]]:
            assert texts[span["article_id"]][span["start"] : span["end"]] == span["text"]


@SETTINGS
@given(cluster(), budgets)
def test_output_is_deterministic(articles: list[Article], words: int) -> None:
    first = newsbrief.brief(articles, Config(words=words))
    second = newsbrief.brief(list(articles), Config(words=words))
    assert first.summary == second.summary
    assert first.warnings == second.warnings
    assert render_json(first) == render_json(second)


@SETTINGS
@given(st.text(alphabet=st.characters(codec="utf-8", categories=("L", "N", "P", "Z", "Cc")), max_size=400))
def test_split_spans_slice_back_on_any_text(text: str) -> None:
    for sentence in split_article(Article("x", text), 0):
        assert text[sentence.start : sentence.end] == sentence.text
        assert sentence.text and sentence.text == sentence.text.strip()
        assert "\n" not in sentence.text


@SETTINGS
@given(article_text())
def test_split_spans_are_ordered_and_disjoint(text: str) -> None:
    sentences = split_article(Article("x", text), 0)
    for before, after in zip(sentences, sentences[1:]):
        assert before.end <= after.start
    # nothing but whitespace is lost between sentences
    covered = "".join(s.text for s in sentences)
    assert "".join(text.split()) == "".join(covered.split())
