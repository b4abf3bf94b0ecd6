"""Fragments found by reading briefs of Multi-News train clusters 0-300 at 150 words: each
rule on cases like those found, beside ordinary news sentences that look like them and
must stay."""

from __future__ import annotations

import pytest

from newsbrief.summarize.fragments import text_fragment_reason
from newsbrief.summarize.fragments.glued import has_glued_furniture


@pytest.mark.parametrize("text, glued", [
    ("Close president donald trump picks omb director mick mulvaney to replace john kelly.", True),
    ("Close on average, there are 123 suicides per day in the united states.", True),
    ("Close nigel sykes is suing seasons pizza and the newport police department.", True),
    ("Close the trial case against paul manafort has entered jury deliberations.", True),
    ("Play facebook twitter embed police: evidence suggests escaped prisoners heading for canada.", True),
    ("Skip ad x embed x share san francisco police are investigating the discovery.", True),
    ("Share share tweet link a man has pleaded guilty after surgery.", True),
    ("Print share + aunt zeituni: the system took advantage of me.", True),
    ("Close to 200 people were killed in the fighting, officials said.", False),
    ("Close aides to the president said he would not resign.", False),
    ("Close behind was the defending champion.", False),
    ("Close the border, the senator told supporters on Tuesday.", False),
    ("Close friends described him as shy.", False),
    ("The store will close on Sunday, the company said.", False),
    ("Reporters embed with the troops for weeks at a time.", False),
    ("Investors share the view that rates will rise.", False),
])
def test_a_video_players_buttons_glued_to_its_caption(text: str, glued: bool) -> None:
    assert has_glued_furniture(text) is glued
    if not glued:
        assert text_fragment_reason(text) is None
