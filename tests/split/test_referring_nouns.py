"""Definite phrases anywhere in a sentence that point back to a particular thing
the story introduced ("the survey", "the slaying"), and which earlier sentence
of the article introduced it."""

from __future__ import annotations

import pytest

from newsbrief.model import Sentence
from newsbrief.split.referring_nouns import introducing_sentence, referring_nouns
from newsbrief.summarize.coherence import UNAVAILABLE, predecessors


@pytest.mark.parametrize("text, nouns", [
    ("Advocates expressed concern that the slaying signaled more violence.", ["slaying"]),
    ("While the Stanford survey reflected growing acceptance, half still rely on doctors.", ["survey"]),
    ("The memo was written by an executive who attended the meeting with Netscape.", ["memo", "meeting"]),
    ("The cause of the crash is not yet known.", ["crash"]),
    ("The couple are reportedly paying $40 million for the house.", ["couple"]),  # a particular instance
    ("The Starbucks overture raises questions about the company's future.", ["overture"]),
    ("Describing the film as gorgeous, he said the trial would go on.", ["film", "trial"]),
    ("The crash of Flight 800 killed 230 people.", []),  # says itself which crash
    ("A new survey found that 40 percent agree, the survey said.", []),  # introduced in the sentence
    ("The plan that the council passed costs $2 million.", []),
    ("The government said on Monday it would appeal.", []),  # an institution, not a thing introduced
    ("Officials from the group met at the United Nations.", []),
])
def test_definite_phrases_that_point_back(text: str, nouns: list[str]) -> None:
    assert referring_nouns(text) == nouns


def test_the_sentence_that_introduced_what_a_phrase_points_back_to() -> None:
    text = "The cause of the crash is not yet known."
    assert introducing_sentence(text, ["Rescuers searched all night.", "The plane crashed on Monday."]) == 2
    assert introducing_sentence(text, ["Rescuers searched all night."]) is None  # named otherwise, or never
    assert introducing_sentence("The mayor spoke on Monday.", ["The mayor was elected."]) is None
    far = ["One.", "Two.", "Three.", "A crash killed four."]
    assert introducing_sentence(text, far) is None  # too far back to be what it means


def _sentence(article: int, index: int, text: str) -> Sentence:
    return Sentence(f"a{article}", article, index, 0, len(text), text)


def test_a_sentence_pointing_back_needs_the_sentence_that_introduced_it() -> None:
    sentences = [_sentence(0, 0, "A bus crashed near Lima on Monday, killing 12."),
                 _sentence(0, 1, "Rescuers worked through the night."),
                 _sentence(0, 2, "The cause of the crash is not yet known."),
                 _sentence(1, 0, "Investigators are studying the crash.")]
    assert predecessors([0, 1, 2, 3], sentences) == [(2, 0)]
    assert predecessors([1, 2], sentences) == [(1, UNAVAILABLE)]  # what it needs cannot be chosen
