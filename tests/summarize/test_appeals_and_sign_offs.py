"""Read in fresh6a briefs (issue 14): a page's appeal to its reader, a letter's sign-off,
a newsletter box's messages glued before a lede and an HTML character reference a scraper left
in the text never reach a summary as they are; the reporting around them does."""

from __future__ import annotations

import pytest

from newsbrief.clean import clean_article
from newsbrief.model import Article
from newsbrief.split import split_article
from newsbrief.summarize.fragments import text_fragment_reason


@pytest.mark.parametrize("appeal", [
    "so help us get ken to america in september where dave is waiting with tickets.",
    "give to the water bar and public studio's fund and help us open our doors this spring.",
    "Please join us in remembering andrea's family and friends in your thoughts.",
    "Donate now to keep the shelter open.",
])
def test_an_appeal_to_the_reader_is_an_instruction(appeal: str) -> None:
    assert text_fragment_reason(appeal) == "instruction"


@pytest.mark.parametrize("sign_off", ["respectfully, bret and all at megi.", "Sincerely, Angelica.",
                                      "Best regards, the Smith family."])
def test_a_sign_off_alone_is_a_notice(sign_off: str) -> None:
    assert text_fragment_reason(sign_off) == "notice"


@pytest.mark.parametrize("reporting", [
    "Help is on the way, officials said on Monday.",
    "Respectfully, the board voted to delay the plan until June.",
    "Supporters gave to the campaign in record numbers, its treasurer said.",
    "Sincerely held beliefs are protected by the law, the judge wrote.",
])
def test_reporting_that_starts_like_an_appeal_or_a_sign_off_stays(reporting: str) -> None:
    assert text_fragment_reason(reporting) is None


def test_the_lede_after_a_newsletter_box_is_a_sentence_of_its_own() -> None:
    text = ("could not subscribe, try again later invalid email a hero pilot and former lover of a pop star "
            "died in a crash on Sunday, police said.")
    texts = [s.text for s in split_article(Article(id="a", text=text), 0)]
    assert texts[-1] == "a hero pilot and former lover of a pop star died in a crash on Sunday, police said."
    assert text_fragment_reason(texts[0]) is not None


def test_html_character_references_are_decoded_but_a_furniture_bar_is_kept() -> None:
    cleaned, _ = clean_article(Article(id="a", text=(
        "Ken powell is a super hero &amp; a walking miracle, his friends said on Monday.\n\n"
        "AT&amp;T said &quot;no&quot; at 1: 05 am &#124; the senator spoke.")))
    assert cleaned.text == ('Ken powell is a super hero & a walking miracle, his friends said on Monday.\n\n'
                            'AT&T said "no" at 1: 05 am &#124; the senator spoke.')
