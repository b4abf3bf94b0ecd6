"""A stop after a title Punkt does not know ("drs.") or after a saint's "st." in a place's
name ("fort st. John") is no sentence's end."""

from __future__ import annotations

import pytest

from newsbrief.model import Article
from newsbrief.split.sentences import split_article


def _texts(text: str) -> list[str]:
    return [s.text for s in split_article(Article(id="a", text=text), 0)]


@pytest.mark.parametrize("text, sentences", [
    ("Blood was collected from children by drs. Michal fried and patrick duffy. The work took years.",
     ["Blood was collected from children by drs. Michal fried and patrick duffy.", "The work took years."]),
    ("Two fort st. John, b.c., men have been charged. Police said so.",
     ["Two fort st. John, b.c., men have been charged.", "Police said so."]),
    ("She grew up in Port St. Lucie, Florida.", ["She grew up in Port St. Lucie, Florida."]),
    ("Mount st. Helens erupted in 1980. Dozens died.", ["Mount st. Helens erupted in 1980.", "Dozens died."]),
    ("The fort stood empty. St. Louis was next.", ["The fort stood empty.", "St. Louis was next."]),
    ("They moved to the U.S. He stayed behind.", ["They moved to the U.S.", "He stayed behind."]),
])
def test_a_title_or_a_saints_stop_goes_on_into_the_name(text: str, sentences: list[str]) -> None:
    assert _texts(text) == sentences
