"""Chrome sentences read off Multi-News validation briefs (issue 14): the Internet Archive's notes
on its crawls and a page's prompts are furniture; news sentences using the same words are not."""

from __future__ import annotations

import pytest

from newsbrief.clean import is_furniture


@pytest.mark.parametrize("text", [
    "the goal is to fix all broken links on the web.",
    "The original runs were just against the enwiki.",
    "This one, the seed list was built from all 865 collections.",
    "It has been several years since the last time we did this.",
    "For the first time, did all the different wikis.",
    "Get the cbs app for iphone &amp; ipad!",
    "Go to the legal help page to request content changes for legal reasons.",
    "Uploaded by birthdayboypresents on plagued by his own demons, walter black was once a toy executive.",
    "We ' ll have more on the story and upcoming memorial plans as they develop.",
    "Zachary devita has more on the story.",
    "Be sure to vote for the louie trivia tidbits that surprise you the most!",
    "Also click in the right hand column to sign the petition to your congress reps.",
    "Follow ynetnews on facebook and twitter",
])
def test_archive_notes_and_page_prompts_are_furniture(text: str) -> None:
    assert is_furniture(text)


@pytest.mark.parametrize("text", [
    "Users can get the free app from the store, the company said.",
    "More than 100,000 people urged the council to sign the petition.",
    "The web site had broken links for years, its owner said.",
    "Police said they would follow up on every tip.",
])
def test_news_sentences_with_the_same_words_are_not(text: str) -> None:
    assert not is_furniture(text)


@pytest.mark.parametrize("text, furniture", [
    ("A link to this page will be included in your message.", True),
    ("Please see roger's note at the end ….", True),
    ("Watch a clip of \" larry crowne \" starring tom hanks and julia roberts.", True),
    ("Watch the video above.", True),
    ("Investors should watch the video market closely, analysts said.", False),
    ("Please see a doctor if the rash spreads, the agency advised.", False),
])
def test_page_notices_and_video_links_are_furniture(text: str, furniture: bool) -> None:
    assert is_furniture(text) is furniture
