"""A sentence ending on a name whose last part is a title's abbreviation ("Hun Sen.") is cut."""

from __future__ import annotations

import pytest

from newsbrief.model import Article
from newsbrief.split import split_articles


@pytest.mark.parametrize(("text", "expected"), [
    ("The party lost funds from strongman Hun Sen. Hun Sen complained Monday that it lied.",
     ["The party lost funds from strongman Hun Sen.", "Hun Sen complained Monday that it lied."]),
    ("Aid came from Hun Sen. He complained on Monday.", ["Aid came from Hun Sen.", "He complained on Monday."]),
    ("Democratic Sen. John Kerry spoke on Monday.", ["Democratic Sen. John Kerry spoke on Monday."]),
    ("He met Sen. Smith Jones today.", ["He met Sen. Smith Jones today."]),
    ("Gen. Augusto Pinochet left London.", ["Gen. Augusto Pinochet left London."]),
])
def test_name_stops(text: str, expected: list[str]) -> None:
    sentences = split_articles([Article(id="a", text=text)])
    assert [s.text for s in sentences] == expected
    assert all(text[s.start:s.end] == s.text for s in sentences)
