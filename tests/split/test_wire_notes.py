"""A wire's note on what a new version changed ("( corrects fourth paragraph ... )") is cut
off the story it precedes and never reaches a summary; prose that merely says "adds" or
"paragraph" is left alone (issue 14: such a note opened a judged brief)."""

from __future__ import annotations

import pytest

from newsbrief.model import Article
from newsbrief.split import split_article
from newsbrief.split.wire_notes import is_wire_note
from newsbrief.summarize.fragments import text_fragment_reason


def _texts(text: str) -> list[str]:
    return [s.text for s in split_article(Article(id="a", text=text), 0)]


def test_the_story_after_a_correction_note_is_a_sentence_of_its_own() -> None:
    text = ("( corrects crown in which the koh-i-noor diamond is set ) the ceremonial crown of the queen mother "
            "was shown to the public on Monday.")
    assert _texts(text) == ["( corrects crown in which the koh-i-noor diamond is set )",
                            "the ceremonial crown of the queen mother was shown to the public on Monday."]


@pytest.mark.parametrize("note", [
    "Regulation ( corrects fourth paragraph reference to products that face normal sales taxes. )",
    "Flights to u.k. Suspended on security concern ( update2 ) ( adds yemenia says u.k. Demands unrealistic in sixth paragraph. )",
    "Bees ( adds reaction from european commission, campaigners avaaz )",
])
def test_a_correction_or_update_note_is_a_fragment(note: str) -> None:
    assert is_wire_note(note)
    assert text_fragment_reason(note) in ("notice", "cut off")


@pytest.mark.parametrize("prose", [
    "The plan (which adds two lanes) was approved by the council on Monday.",
    "The bill adds a new tax in paragraph 4 of the law, the senator said.",
    "The company said it (and its partners) changes suppliers every year.",
])
def test_prose_with_a_bracket_or_a_paragraph_is_not_a_note(prose: str) -> None:
    assert not is_wire_note(prose)
    assert text_fragment_reason(prose) is None
    assert _texts(prose) == [prose]
