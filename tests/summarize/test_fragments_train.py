"""Fragments found by reading briefs of Multi-News train clusters 0-300 at 150 words: each
rule on cases like those found, beside ordinary news sentences that look like them and
must stay."""

from __future__ import annotations

import pytest

from newsbrief.summarize.fragments import text_fragment_reason
from newsbrief.summarize.fragments.credits import is_credit
from newsbrief.summarize.fragments.glued import has_glued_furniture
from newsbrief.summarize.fragments.headlines import is_cut_off


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


@pytest.mark.parametrize("text, credit", [
    ("Hugo correia / reuters justin bieber performs in lisbon on march 11, 2013.", True),
    ("Pool/reuters pistorius was given a five-year sentence for steenkamp's death.", True),
    ("Credit john schults/reuters in tehran, the tone was quite different.", True),
    ("Marvin joseph/the washington post president barack obama walks on stage in denver.", True),
    ("/ via gettyimages.com suicide is complicated and sometimes hard to predict.", True),
    ("Bloomberg news the government has come down on stanford as more than a criminal.", True),
    ("( david chick via ap ) the broad outline of her biography is known to millions.", True),
    ("( matt mcclain/the washington post ) the florida supreme court said thursday.", True),
    ("The news reached him via AP and Reuters within minutes.", False),
    ("A cbs news/the new york times poll found most voters disapprove.", False),
    ("An ABC News/Washington Post poll released Sunday showed a tight race.", False),
    ("The abc news/the washington post poll showed a tight race.", False),
    ("Readers of the Times and/or the Post were asked.", False),
    ("Bloomberg News reported the deal on Tuesday.", False),
    ("The story was first reported by Reuters and the AP on Monday.", False),
])
def test_a_photographers_credit_run_into_the_text(text: str, credit: bool) -> None:
    assert is_credit(text) is credit
    if not credit:
        assert text_fragment_reason(text) is None


@pytest.mark.parametrize("text, cut", [
    ("While still in high school, dr.", True),
    ("A series of radio appearances that, in the words of ms.", True),
    ("Blood had been collected from children in tanzania by drs.", True),
    ("The letter was signed by Sen.", True),
    ("The bill was signed by Gov. Jerry Brown.", False),
    ("He lives on Main St.", False),
    ("The house measures 2,000 sq. ft.", False),
    ("She married the doctor, who went by Dr. Smith.", False),
    ("The company was founded by Smith Bros.", False),
])
def test_a_line_cut_before_the_name_its_title_goes_with(text: str, cut: bool) -> None:
    assert is_cut_off(text) is cut
    if not cut:
        assert text_fragment_reason(text) is None
