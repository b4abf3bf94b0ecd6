"""Fragments found by reading 105 Multi-News validation briefs (issue 14): a caption dated after its
place, a headline glued to its lede with no dash, a subordinate clause alone, and page furniture
glued into a sentence; each detector on hand-written cases, beside ordinary news sentences that
must stay."""

from __future__ import annotations

import pytest

from newsbrief.summarize.fragments import text_fragment_reason
from newsbrief.summarize.fragments.captions import is_caption
from newsbrief.summarize.fragments.glued import has_glued_furniture
from newsbrief.summarize.fragments.glued_headlines import has_glued_headline
from newsbrief.summarize.fragments.subordinate import is_subordinate_clause_alone

ORDINARY = [
    "The agreement takes effect since March 3, 2014.",
    "He was born June 1, 1950.",
    "The talks resume Monday, March 3, 2014, officials said.",
    "Prices rose sharply in 2015 and fell again in the spring, the report said.",
    "People remember mob violence, the senator said on Tuesday.",
    "If convicted, he faces up to ten years in prison.",
    "Because of the storm, the game was called off.",
    "Until recently the company was profitable.",
    "The J. Paul Getty Museum bought the painting in 1985.",
    "Most people read more than one newspaper a day.",
    "He asked them to send #protest photos to the station.",
    "Fans gathered outside the arena as the band played.",
]


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_sentences_are_no_fragment(text: str) -> None:
    assert text_fragment_reason(text) is None


FOUND = [
    (is_caption, 'A woman reads a copy of the newly released book " the lost symbol " by dan brown, at a speed '
                 "reading book launch event in sydney, september 15, 2009."),
    (is_caption, "An 1873 dime from carson city, nev., is displayed on friday, aug. 10, 2012, in philadelphia."),
    (is_caption, "Former republican presidential hopeful herman cain gives the tea party express response, at the "
                 "national press club in washington january 24, 2012."),
    (has_glued_headline, "A parking lot in scotland was once the site of a viking parliament, new research suggests "
                         "a viking parliamentary site that dates to the 11th century has been found beneath a parking "
                         "lot in scotland."),
    (has_glued_headline, "Remains of major new prehistoric stone monument at durrington walls discovered the remains "
                         "of a major new prehistoric stone monument have been discovered less than 3 kilometres from "
                         "stonehenge."),
    (has_glued_headline, "Charlie gard: judge to decide on parent's ' last wish'that son can die at home a judge will "
                         'decide on wednesday whether to grant the "last wish " of charlie gard\'s parents and allow '
                         "their son to go home to die."),
    (is_subordinate_clause_alone, "Until a beaver hand puppet enters his life."),
    (is_subordinate_clause_alone, "If you blog -- $ 5 mil."),
    (is_subordinate_clause_alone, "Because he didn't return phone calls."),
    (has_glued_furniture, "❮ prev next ❯ 20 cars that rack up tickets the highest percentage of drivers operate a lexus."),
    (has_glued_furniture, "Magic leap ceo rony abovitz getty a newly filed lawsuit by a former magic leap vp alleges "
                          "that the company is hostile."),
    (has_glued_furniture, "Photograph by joel sartore, national geographic in the spring of 2013, biologist michael "
                          "abrams had cut two arms off a jellyfish."),
    (has_glued_furniture, "( this refiled version of the story corrects spelling error in second paragraph ) ukrainian "
                          "president petro poroshenko said on saturday nemtsov was murdered."),
    (has_glued_furniture, "A special report by hal bernton and mike carter chapter 13: on the case a french-speaking "
                          "fbi agent was the right man."),
    (has_glued_furniture, "A group of people are waiting for the humanitarian #aid #convoy at an entrance to #madaya."),
    (has_glued_furniture, "confirmed sighting of tad cummins in oklahoma city copyright by wiat - all rights reserved "
                          "video the bureau says."),
    (has_glued_furniture, "[ see photos of the gaia spacecraft ] to pinpoint the position of a star, gaia will "
                          "measure its distance."),
    (has_glued_furniture, "Everything you need to know about the paris climate summit read more in january, the duo "
                          "announced an event."),
]


@pytest.mark.parametrize(("detector", "text"), FOUND)
def test_each_detector_finds_its_fragment(detector, text: str) -> None:
    assert detector(text)
    assert text_fragment_reason(text) is not None


KEPT = [
    (has_glued_headline, "For 10 years, the United States and Britain had demanded the two be tried in the United "
                         "States or Britain, but agreed in August to a trial in the Netherlands."),
    (has_glued_headline, "The storm hit the coast on Monday, and the coast guard said the storm would return."),
    (is_subordinate_clause_alone, "If Putin is a hero to anyone it is to the military."),
    (is_subordinate_clause_alone, "Because the virus was not pinpointed until late September _ 20 days after it "
                                  "was misidentified _ many questions remain."),
    (is_subordinate_clause_alone, "Although he won the vote, he lost the seat."),
    (is_caption, "The deal was reached after talks that began on March 3, 2014, officials said."),
]


@pytest.mark.parametrize(("detector", "text"), KEPT)
def test_each_detector_keeps_a_sentence_that_only_looks_like_its_fragment(detector, text: str) -> None:
    assert not detector(text)


def test_a_subordinate_clause_alone_is_named_so() -> None:
    assert text_fragment_reason("Until a beaver hand puppet enters his life.") == "subordinate clause"


@pytest.mark.parametrize("text, caption", [
    ("an unidentified student is united with a loved one in omaha, neb., wednesday, jan. 5, 2011, outside the "
     "millard south high school.", True),
    ("map locates millard south high school in omaha, neb., where a gunman has injured at least two individuals.", True),
    ("Combination photo of ( l-r ) tabari young, brad jett, bryon champ, and kewane gatewood in undated booking "
     "photos released by the chicago police department.", True),
    ("Police said the man was arrested Wednesday, Jan. 5, 2011, outside the school.", False),
    ("The map shows where the storm will hit.", False),
])
def test_agency_captions_and_picture_labels(text: str, caption: bool) -> None:
    from newsbrief.summarize.fragments.captions import is_caption

    assert is_caption(text) is caption


@pytest.mark.parametrize("text, reason", [
    ("Ming Pao quoted Cheung as saying.", "cut off"),  # its quotation cut away
    ("The mayor said:", "cut off"),
    ("He was quoted as saying he would resign.", None),
    ('Which is a good thing for "Star Wars" creator George Lucas.', "subordinate clause"),
    ("Which team will win?", None),
    ("Which way the vote goes, nobody knows.", None),
])
def test_an_attribution_without_its_quotation_and_a_which_clause_alone(text: str, reason: str | None) -> None:
    assert text_fragment_reason(text) == reason


@pytest.mark.parametrize("text, glued", [
    ("Alexis murphy missing alexis murphy, 17, has been missing since the evening of aug. 3, 2013.", True),
    ("Hong Kong stocks fell as Hong Kong traders sold.", False),
    ("Police said police would return.", False),
])
def test_a_headline_whose_name_its_lede_says_again_at_once(text: str, glued: bool) -> None:
    assert has_glued_headline(text) is glued
