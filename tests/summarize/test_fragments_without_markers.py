"""Fragments with no marker of the page (issue 14): two sentences run together with no space,
a headline and dateline glued to the lede, a caption with a place and a date and no verb, a caption naming who wears what, and speech
that lost its quotation marks; each detector on hand-written cases, beside ordinary news
sentences that must stay."""

from __future__ import annotations

import pytest

from newsbrief.summarize.fragments import text_fragment_reason
from newsbrief.summarize.fragments.captions import is_caption
from newsbrief.summarize.fragments.glued_headlines import has_glued_headline
from newsbrief.summarize.fragments.run_together import has_run_together_words
from newsbrief.summarize.fragments.unquoted_speech import is_unquoted_speech
from newsbrief.summarize.fragments.verbless import is_verbless_caption

ORDINARY = [
    "Charlize Theron starred in the film, which opened in Theed and Thebes on June 5, 2015.",
    "The driver of the truck died in the Aug. 7 blast.",
    "In 1931, inventor Thomas Alva Edison died in West Orange, N.J., at age 84.",
    "The festival runs in Edinburgh from August 7 to August 29.",
    "Rescue teams are at the scene in Manila after the March 3 landslide.",
    "Officers wearing riot gear moved in at dawn.",
    "He was wearing a red shirt and jeans when he vanished, police said.",
    '"Tell me what I have to do," she wrote.',
    "Telling the truth helped us, the mayor said.",
    "Thereafter the theory was dropped.",
]


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_sentences_are_not_fragments(text: str) -> None:
    assert text_fragment_reason(text) is None


@pytest.mark.parametrize(("text", "glued"), [
    ("What you will get are plenty of updates in the new mother's new venture, the honest co. Theco-star is "
     "founder of the company, which sells healthy baby goods.", True),
    ("The crowd left the square. Thepolice stayed until midnight.", True),
    ("Charlize Theron and the Theodore Roosevelt Thesis prize.", False),
    ("Thereafter, the theatre closed.", False),
    ("The boat sailed from Theed at noon.", False),
])
def test_a_capital_the_glued_to_the_next_word(text: str, glued: bool) -> None:
    assert has_run_together_words(text) is glued


@pytest.mark.parametrize(("text", "glued"), [
    ("S. Korea activists float socks over to n. Korea seoul — south korean activists on saturday released huge "
     "gas-filled balloons filled with socks over the border into north korea.", True),
    ("New allegations against kennel where 20 dogs died phoenix -- new allegations are coming out against the "
     "dog boarding business where 20 dogs died last week.", True),
    ("Sen. Smith -- a Democrat from Ohio -- voted against the bill.", False),
    ("The storm hit the coast — and the coast guard said the storm was the worst in years.", False),
    ("Activists, police said, float socks over — activists float socks over the border every month.", False),
])
def test_a_headline_glued_to_its_lede(text: str, glued: bool) -> None:
    assert has_glued_headline(text) is glued


@pytest.mark.parametrize(("text", "caption"), [
    ("Ambulances at Russell Square, London after the July 7, 2005 bombings.", True),
    ("HMS Cornwall at Zeebrugge in 2006.", True),
    ("Firefighters outside the Grenfell Tower on 14 June 2017.", True),
    ("Ambulances arrived at Russell Square after the July 7, 2005 bombings.", False),
    ("The ambulance crews are at Russell Square after the July 7 bombings.", False),
    ("The service resumes at Russell Square on July 7.", False),
    ("Ambulances at Russell Square, London.", False),  # no date
    ("A man in his 40s after the July 7 attack.", False),  # no place
])
def test_a_caption_without_a_verb(text: str, caption: bool) -> None:
    assert is_verbless_caption(text) is caption


@pytest.mark.parametrize(("text", "caption"), [
    ("An ebola survivor spoke to a group at firestone, including medical director lyndon mabande, in yellow shirt.", True),
    ("The mayor, wearing a dark blue suit.", True),
    ("The suspect was last seen in a yellow shirt near the station.", False),
    ("Fans in red shirts filled the stadium.", False),
])
def test_a_caption_telling_who_is_who_by_their_clothes(text: str, caption: bool) -> None:
    assert is_caption(text) is caption


@pytest.mark.parametrize(("text", "speech"), [
    ("Tell me what i have to do please.", True),
    ("Help us find our daughter.", True),
    ("Please tell me he is alive.", True),
    ('"Tell me what I have to do," she wrote.', False),
    ("Tell them the truth, the judge ordered.", False),
    ("Helping us was his job, she said.", False),
])
def test_speech_that_lost_its_quotation_marks(text: str, speech: bool) -> None:
    assert is_unquoted_speech(text) is speech


def test_each_new_detector_names_its_reason() -> None:
    assert text_fragment_reason("The crowd left. Thepolice stayed until midnight.") == "run together"
    assert text_fragment_reason("Ambulances at Russell Square, London after the July 7, 2005 bombings.") == "verbless caption"
    assert text_fragment_reason("Tell me what i have to do please.") == "unquoted speech"
    assert text_fragment_reason("Russia joins syria truce calls damascus — syria's ally russia joined calls for a "
                                "truce monday.") == "glued headline"
