"""Fragments read off the fresh7a briefs (benchmarks/reader, judged): page furniture and captions
that reached a summary, and the ordinary sentences like them that stay usable."""

from __future__ import annotations

import pytest

from newsbrief.summarize.fragments import text_fragment_reason

FRAGMENTS = [
    ("[ related: who is mccrae dowless, man who appears to be center of 9th district investigation? ]", "glued furniture"),
    ("( watch romney's comment in the video to the left. )", "glued furniture"),
    ("( see above for our slideshow of the 25 most reputable companies. )", "glued furniture"),
    ("Relevant offers james grant had barely caught his first fish when a shark plunged its teeth into his leg.",
     "glued furniture"),
    ("file- in this july 6, 2011 photo, former imf head dominique strauss-kahn leaves his rented house in new york.",
     "caption"),
    ("In this saturday, sept. 30, 2017 photo, angel rodriguez poses next to his belongings in front of his house.",
     "caption"),
    ("Shutterstock tattooer showing process of making a tattoo.", "credit"),
    ("Shark attack doctor stitches own leg louise berwick and lauren hayes nicole gourley/fairfax nz bite fright: "
     "junior doctor james grant inspects the wetsuit he was wearing.", "credit"),
    ("15.03 court has adjourned for the day.", "list item"),
    ("The new benefits mean: -new moms can take up 20 weeks of fully paid leave.", "list item"),
]

SENTENCES = [
    "In this town, the picture is bleak for the families who lost their homes.",
    "In this case, the photo was taken by a neighbour on Tuesday.",
    "Shutterstock shares fell 5 percent on Monday.",
    "Fairfax Media said on Monday it would cut 100 jobs.",
    "2.45 million people fled the coast before the storm arrived.",
    "4:30 p.m. was when the plane left Los Angeles.",
    "The relevant offers were withdrawn on Friday, the company said.",
    "He said: the video shows the car speeding away.",
    "Police said they would review the video (which a bystander filmed) before charging anyone.",
]


@pytest.mark.parametrize(("text", "reason"), FRAGMENTS)
def test_furniture_read_off_judged_briefs_is_a_fragment(text, reason):
    assert text_fragment_reason(text) == reason


@pytest.mark.parametrize("text", SENTENCES)
def test_sentences_like_them_stay_usable(text):
    assert text_fragment_reason(text) is None
