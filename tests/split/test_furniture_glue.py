"""Texts glued together by page furniture or by a quotation mark after a stop are cut
apart, a web address spaced at its dot stays whole, and a wire dateline is cut off the
sentence it opens (issue 14)."""

from __future__ import annotations

import pytest

from newsbrief.model import Article
from newsbrief.split import split_article


def _texts(text: str) -> list[str]:
    return [s.text for s in split_article(Article(id="a", text=text), 0)]


def test_a_teaser_cut_before_the_wires_name_is_cut_off_the_caption() -> None:
    text = ("The cap placed on the... ( associated press ) the transocean discoverer enterprise burns off some "
            "natural gas as it takes on oil from the broken bp wellhead.")
    assert _texts(text) == ["The cap placed on the... ( associated press )",
                            "the transocean discoverer enterprise burns off some natural gas as it takes on oil "
                            "from the broken bp wellhead."]


def test_a_credit_printed_twice_ends_the_caption() -> None:
    text = ("Catholics should not try to convert jews, vatican commission says enlarge this image toggle caption "
            "gregorio borgia/ap gregorio borgia/ap furthering a thaw in relations, the vatican said on thursday.")
    assert _texts(text)[-1] == "furthering a thaw in relations, the vatican said on thursday."


@pytest.mark.parametrize(("text", "dateline", "first"), [
    ("( cnn ) -- former nbc news anchor tom brokaw is being treated for cancer, nbc said tuesday.", "( cnn ) --",
     "former nbc news anchor tom brokaw is being treated for cancer, nbc said tuesday."),
    ("LONDON (AP) _ An influential lawmaker backed the requests.", "LONDON (AP) _", "An influential lawmaker backed the requests."),
    ("amman, jordan ( ap ) — the united states will reach its target this week.", "amman, jordan ( ap ) —",
     "the united states will reach its target this week."),
    ("Vatican City (Reuters) - The pope spoke on Sunday.", "Vatican City (Reuters) -", "The pope spoke on Sunday."),
])
def test_a_wire_dateline_is_cut_off_the_sentence_it_opens(text: str, dateline: str, first: str) -> None:
    assert _texts(text) == [dateline, first]


@pytest.mark.parametrize("text", [
    "Sen. Smith -- a Democrat -- voted no.",
    "The Senate (AP) said no to the plan on Monday.",
    "Photos released by the ministry (AP) - not all of them - showed the damage.",
    "The show was cancelled... and then revived by a new network.",
    "The senator (D-Ohio) - a critic of the bill - voted against it.",
])
def test_ordinary_sentences_keep_their_text(text: str) -> None:
    assert _texts(text) == [text]


def test_a_quotation_opened_after_a_stop_starts_a_sentence() -> None:
    text = ('utah holds its caucuses on march 22, a day after the debate announced last month. "this is not an '
            'endorsement, " a source close to romney tells the boston globe.')
    assert _texts(text) == ["utah holds its caucuses on march 22, a day after the debate announced last month.",
                            '"this is not an endorsement, " a source close to romney tells the boston globe.']
    closing = 'officials called it "a plan announced last month. "this week the council met.'
    assert _texts(closing) == [closing]  # that mark closes the quotation


def test_a_web_address_spaced_at_its_dot_stays_in_its_sentence() -> None:
    assert _texts("the story was first reported by tmz. com and confirmed by police. it was big.") == [
        "the story was first reported by tmz. com and confirmed by police.", "it was big."]
    assert _texts("He went home. Com Hem, the cable company, said so.")[0] == "He went home."


def test_a_headline_run_into_its_dateline_is_cut_off_the_story() -> None:
    text = ("Us unemployment rate plummets to 6.3 percent; economy gains 288,000 jobs washington ( ap ) — the us "
            "unemployment rate plunged in april to its lowest level since 2008.")
    assert _texts(text) == ["Us unemployment rate plummets to 6.3 percent; economy gains 288,000 jobs washington ( ap ) —",
                            "the us unemployment rate plunged in april to its lowest level since 2008."]


def test_a_party_and_state_does_not_end_the_sentence() -> None:
    assert _texts("House speaker nancy pelosi ( d-calif. ) said monday that democrats will need a way. It passed.") == [
        "House speaker nancy pelosi ( d-calif. ) said monday that democrats will need a way.", "It passed."]


def test_spans_still_slice_back_to_their_text() -> None:
    text = "( cnn ) -- the storm moved east. It... ( associated press ) boats skim oil near the wellhead."
    for sentence in split_article(Article(id="a", text=text), 0):
        assert text[sentence.start:sentence.end] == sentence.text
