""""Here" of a place in a sentence's own words: it means the dateline's place,
which a brief never shows; without a dateline in the article's text the
sentence cannot be chosen."""

from __future__ import annotations

import pytest

from newsbrief.model import Sentence
from newsbrief.split.here import says_here
from newsbrief.summarize.coherence import UNAVAILABLE, predecessors


@pytest.mark.parametrize("text, here", [
    ("A diplomat here said the evidence was weak.", True),
    ("In a press release issued here on Wednesday, the group accused the government.", True),
    ("Here is why the talks failed.", False),
    ("The rebels are here to stay, he warned.", False),
    ("The camp lies 20 miles from here.", False),
    ('"Things like this don\'t happen here," a neighbour said.', False),  # the speaker's word, not the brief's
    ("There were 12 people on board.", False),
])
def test_here_of_a_place_in_the_sentences_own_words(text: str, here: bool) -> None:
    assert says_here(text) is here


def test_a_sentence_saying_here_is_chosen_only_where_its_article_shows_the_dateline() -> None:
    dated = [Sentence("a", 0, 0, 0, 22, "NAIROBI, Kenya (AP) _"),
             Sentence("a", 0, 1, 22, 60, "A diplomat here said the evidence was weak.")]
    undated = [Sentence("b", 1, 0, 0, 30, "Kenya's government was accused of abuses."),
               Sentence("b", 1, 1, 30, 70, "A diplomat here said the evidence was weak.")]
    assert predecessors([1], dated) == []  # the edit stage names the place
    assert predecessors([0, 1], undated) == [(1, UNAVAILABLE)]
