"""Page markers Multi-News and wire pages leave on a sentence's start (a lower-cased page's
dateline, a headline's kicker, a gallery counter, a share button, a chronology's date, a
Q. / A. marker) make it a fragment; ordinary sentences with a dash or a colon are not."""

import pytest

from newsbrief.summarize.fragments import text_fragment_reason


@pytest.mark.parametrize(("text", "reason"), [
    ("Denver - a former city councilman pleaded not guilty tuesday to fraud charges.", "dateline"),
    ("Ann arbor, mi - while the study is small, it is the first of its kind.", "dateline"),
    ("File - in this june 3, 2016 file photo, the mayor speaks at a rally.", "caption"),
    ("Update: the suspect was arrested late on friday, police said.", "kicker"),
    ("Smuggling: a second man is set to enter a guilty plea monday.", "kicker"),
    ("Page 2 of 5 this photo provided by the museum shows the painting.", "glued furniture"),
    ("Singer reveals new album email this the singer has revealed the title of her album.", "glued furniture"),
    ("March 4 -- The council votes to close the plant.", "list item"),
    ("Sept. 10 - Each side files another stack of briefs.", "list item"),
    ("A. The aircraft was a six-seater with one engine.", "list item"),
    ("Q. What kind of licence did the pilot hold?", "list item"),
])
def test_a_sentence_opened_or_carrying_a_page_marker_is_a_fragment(text: str, reason: str) -> None:
    assert text_fragment_reason(text) == reason


@pytest.mark.parametrize("text", [
    "Smith - who was 40 - died at the scene, police said.",
    "The deal - worth millions - collapsed on Monday.",
    "Police said: the man is dead.",
    "May 5 was the day the bridge reopened.",
    "A man was arrested on Tuesday.",
    "The new model costs $20,000, the company said.",
    "Officials could not email this week's figures before the deadline.",
])
def test_ordinary_sentences_with_a_dash_or_a_colon_are_not_fragments(text: str) -> None:
    assert text_fragment_reason(text) is None
