"""Fragments judges found in Multi-News briefs (issue 14): a credit run into the caption or
story it stands over, the dateline piece the splitter cuts off, a time stamp's "/ updated",
an AP caption naming the weekday and full date without a comma, and a single-quoted quotation
opened or closed but not both. Each with ordinary sentences that must stay."""

from __future__ import annotations

import pytest

from newsbrief.summarize.fragments import text_fragment_reason


@pytest.mark.parametrize(("text", "reason"), [
    ("Reuters a sea turtle covered in oil swims off louisiana on tuesday.", "credit"),
    ("Getty images the packers officially have gotten bad news regarding aaron rodgers.", "credit"),
    ("Glenna gordon for the wall street journal firestone, liberia —", "credit"),
    ("Cleveland, ohio --", "dateline"),
    ("S. Korea activists float socks over to n. Korea seoul —", "dateline"),
    ("Nov. 29, 2018, 1: 40 am gmt / updated nov. 29, 2018, 1: 52 am gmt by phil mccausland for weeks, student "
     "veterans across the country have raised an alarm about delayed payments.", "glued furniture"),
    ("/ updated by sarah fitzpatrick and tracy connor adult film star stormy daniels has filed a defamation suit.",
     "glued furniture"),
    ("the transocean discoverer enterprise burns off some natural gas as it takes on oil from the broken bp "
     "wellhead at the bottom of the gulf of mexico tuesday, june 8, 2010.", "caption"),
    ("Students will return to classes on monday to the school where a student was fatally stabbed, "
     "thursday, sept. 5, 2013.", "caption"),
    ("fighting words administration comments on bp and the spill:'they are not our partner.", "unbalanced quotes"),
    ("They are not our partner. '", "unbalanced quotes"),
    ("'i started hysterically crying.", "unbalanced quotes"),
    ("Media playback is unsupported on your device media caption sir paul mccartney speaks about his life.",
     "glued furniture"),
    ("Kevin mazur/wireimage/getty images the talk co-host sara gilbert shared big news today.", "credit"),
    ("Fighter tito ortiz and jenna jameson pose for photos in february.", "caption"),
    ("See it: anthony weiner's sexting pals one of the recipients is a minor.", "notice"),
    ("By ed kilgore america is driving young scientists out of health research.", "byline"),
])
def test_the_judged_fragments_are_flagged(text: str, reason: str) -> None:
    assert text_fragment_reason(text) == reason


@pytest.mark.parametrize("text", [
    "Reuters reported the deal on Monday, citing two officials.",
    "A spokeswoman for the new york times declined to comment.",
    "Bloomberg news says economists expect employers added 165,000 jobs last month.",
    "Officials in Kerch said the base was surrounded on Monday, March 3, 2014.",
    "The strike began Monday, March 3, 2014, and ended a week later.",
    "The players' union voted to strike.",
    "He called the plan 'a disgrace' and left the chamber.",
    "if i was rough with russia they'd say, 'he was too tough. '",
    "'black jeopardy ' is the show's best political sketch this year.",
    "The update was released on Tuesday for all users.",
    "Sen. Smith -- a Democrat from Ohio -- voted against the bill.",
    "The fire spread quickly through the building, officials said.",
    "By choice and disposition, mr. Obama does not engage in horse-trading.",
    "By not making public a list of new rules, officials retain more flexibility.",
    "by submitting your registration information, you agree to our terms of service.",
    "The media caption contest drew hundreds of entries.",
    "She posed for the cameras before the hearing began.",
])
def test_ordinary_sentences_stay(text: str) -> None:
    assert text_fragment_reason(text) is None
