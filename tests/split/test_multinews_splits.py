"""Sentence splits read off Multi-News validation briefs (issue 14): a place and a colon, a wire's
name with no dash, a section arrow and an "advertisement" label opening a sentence are cut off
it, and so are a "continue reading" link, a photo agency's credit and a follow button before it; a quotation closed after its stop ends the sentence when no speaker follows; lower-case initials
and two-letter words are read as the text means them."""

from __future__ import annotations

import pytest

from newsbrief.model import Article
from newsbrief.split import split_article


def _texts(text: str) -> list[str]:
    return [s.text for s in split_article(Article(id="a", text=text), 0)]


@pytest.mark.parametrize(("text", "expected"), [
    ("rio de janeiro: a stray bullet narrowly missed photographers on saturday.",
     ["rio de janeiro:", "a stray bullet narrowly missed photographers on saturday."]),
    ("( cnn ) micheal brown stared at the acceptance letter in front of him.",
     ["( cnn )", "micheal brown stared at the acceptance letter in front of him."]),
    ("san bernardino >> as community members mourned tuesday, details began to emerge.",
     ["san bernardino >>", "as community members mourned tuesday, details began to emerge."]),
    ("Advertisement continue reading the main story beirut, lebanon — more than 90 people were killed.",
     ["Advertisement", "continue reading the main story", "beirut, lebanon —", "more than 90 people were killed."]),
    ("continue reading the main story james r. clapper jr. has repeatedly dismissed such objections.",
     ["continue reading the main story", "james r. clapper jr. has repeatedly dismissed such objections."]),
    ("kelly clarkson getty images the singer is now reportedly worth an estimated $ 29 million.",
     ["kelly clarkson getty images", "the singer is now reportedly worth an estimated $ 29 million."]),
    ("follow ynetnews on facebook and twitter the document is one of several released on wednesday.",
     ["follow ynetnews on facebook and twitter", "the document is one of several released on wednesday."]),
    ("published on apr 29, 2015 jimmy gets a surprise visit from daenerys targaryen on the show.",
     ["published on apr 29, 2015", "jimmy gets a surprise visit from daenerys targaryen on the show."]),
    ("advertisement in explaining the decision, wheatland cited the ongoing investigations.",
     ["advertisement", "in explaining the decision, wheatland cited the ongoing investigations."]),
    ('"googlers are worried about the town hall. " pichai was set to address the employees.',
     ['"googlers are worried about the town hall. "', "pichai was set to address the employees."]),
    ('hits from "grey\'s anatomy " to "scandal. " her shingle, shondaland, will begin producing series.',
     ['hits from "grey\'s anatomy " to "scandal. "', "her shingle, shondaland, will begin producing series."]),
])
def test_furniture_opening_a_sentence_and_a_closed_quotation_are_cut_off(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


@pytest.mark.parametrize("text", [
    "Mr. Smith said: this is fine for everyone.",
    "The reason: he left early that day.",
    "The advertisement ran on every channel.",
    "Shares of apple ( ap ) rose on monday.",
    '"googlers are worried about the town hall. " pichai said on monday he would go.',
    'her shingle was named for "scandal. " as a tribute, the studio said.',
])
def test_a_colon_a_word_of_the_sentence_or_a_quotation_its_sentence_goes_on_after_stays_whole(text: str) -> None:
    assert _texts(text) == [text]


def test_lower_case_initials_go_on_into_the_sentence() -> None:
    assert _texts("the families were welcomed by the u.s. Ambassador to jordan on sunday.") == [
        "the families were welcomed by the u.s. Ambassador to jordan on sunday."]


def test_lower_case_initials_end_a_sentence_before_a_word_sentences_open_with() -> None:
    assert _texts("Taxes are much higher in europe than in the u.s. According to bloomberg, that matters.") == [
        "Taxes are much higher in europe than in the u.s.", "According to bloomberg, that matters."]


def test_a_clock_time_still_ends_its_sentence() -> None:
    assert _texts("The meeting ended at 4 p.m. The mayor left at once.") == [
        "The meeting ended at 4 p.m.", "The mayor left at once."]


def test_a_two_letter_word_ends_a_sentence() -> None:
    assert _texts("His running mate might be less so. Ryan enos, a professor, rated them.") == [
        "His running mate might be less so.", "Ryan enos, a professor, rated them."]


def test_a_former_titles_abbreviation_goes_on_into_the_name() -> None:
    from newsbrief.model import Article
    from newsbrief.split import split_article

    text = ("She conceded the 2008 race to then-sen. barack obama. The crowd cheered. "
            "It beat then-Gov. Jim Hunt. He left.")
    assert [s.text for s in split_article(Article(id="a", text=text), 0)] == [
        "She conceded the 2008 race to then-sen. barack obama.", "The crowd cheered.", "It beat then-Gov. Jim Hunt.",
        "He left."]
