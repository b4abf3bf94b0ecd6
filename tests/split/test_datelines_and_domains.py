"""A dateline without an agency, the page furniture glued before a dateline, and a
time stamp's "/ updated" are cut off the sentence they open; a domain named by an English
word stays in its sentence (issue 14: judged Multi-News fragments)."""

from __future__ import annotations

import pytest

from newsbrief.model import Article
from newsbrief.split import split_article


def _texts(text: str) -> list[str]:
    return [s.text for s in split_article(Article(id="a", text=text), 0)]


@pytest.mark.parametrize(("text", "dateline"), [
    ("Cleveland, ohio -- hollie sanford's decision had a devastating end.", "Cleveland, ohio --"),
    ("Washington — president trump has directed his administration to enforce the laws.", "Washington —"),
    ("Salt lake city — a man who held a girl against her will was charged.", "Salt lake city —"),
    ("Stockton ( cbs13 ) — the rodent is now threatening san joaquin county.", "Stockton ( cbs13 ) —"),
    ("( the washington post ) charlotte — it isn't often that hillary clinton lets her guard down.",
     "( the washington post ) charlotte —"),
    ("Glenna gordon for the wall street journal firestone, liberia — as ebola exploded here this year, a "
     "rubber farm embarked on a crash course.", "Glenna gordon for the wall street journal firestone, liberia —"),
    ("/ updated by jonathan allen washington — republicans may have gotten another layer of armor.",
     "/ updated by jonathan allen washington —"),
    ("/ updated in a personal note, tom brokaw revealed he has been diagnosed with cancer.", "/ updated"),
])
def test_a_dateline_and_the_furniture_before_it_are_cut_off(text: str, dateline: str) -> None:
    assert _texts(text) == [dateline, text[len(dateline):].strip()]


@pytest.mark.parametrize("text", [
    "The taliban — the islamist group fighting the government — claimed the attack.",
    "Well — some millennials.",
    "Forget the rain forest — your home is brimming with bugs.",
    "single payer — or medicare for all, as it is called — is back.",
    "She then issued her first public statement in months — a groveling apology.",
    "Doing the dance can get you arrested, fined — and if you're unlucky, jailed.",
    "Pac man, ms. Pac man, galaga, gauntlet, tron — the names of arcade games.",
    "Candidates criticized the debate in boulder, colorado — a chaotic, disorganized affair.",
    '" it\'s just me, robert mueller — your dad\'s friend from work, " he said.',
    "He praised the team ( again ) — a rare thing for him to do in public.",
    "Nov. 29, 2018, 1: 40 am gmt / updated nov. 29, 2018, 1: 52 am gmt by phil mccausland for weeks, "
    "veterans have raised an alarm.",
])
def test_a_dash_of_the_sentence_itself_is_not_a_dateline(text: str) -> None:
    assert _texts(text) == [text]


def test_a_domain_named_by_a_word_stays_in_its_sentence() -> None:
    assert _texts("A video on the website viral-videos.today claimed to show a ball of fire. It spread.") == [
        "A video on the website viral-videos.today claimed to show a ball of fire.", "It spread."]
    assert _texts("He was well-known.Today he is not.") == ["He was well-known.", "Today he is not."]
    assert _texts("they met on the news.today he left.") == ["they met on the news.", "today he left."]


def test_each_piece_of_furniture_before_a_dateline_is_cut_off_by_itself() -> None:
    text = "Advertisement continue reading the main story beirut, lebanon — more than 90 people were killed."
    assert _texts(text) == ["Advertisement", "continue reading the main story", "beirut, lebanon —",
                            "more than 90 people were killed."]
