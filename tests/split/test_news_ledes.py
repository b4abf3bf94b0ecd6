"""Which article openings read as a news lede (split.news_ledes), and that the
brief opens with a news lede rather than a feature opening (summarize.lede)."""

from __future__ import annotations

from datetime import date

import pytest

from newsbrief.config import Config
from newsbrief.model import Article
from newsbrief.pipeline import brief
from newsbrief.split.news_ledes import feature_opening, says_when


@pytest.mark.parametrize("text", [
    "Now that crews are collecting more and more oil from the spill, the question is where to put it.",
    "In ridley scott's adaptation of the novel, harrison ford plays a gruff investigator.",
    "When Wired asked me to guest-edit the November issue, I didn't hesitate.",
    "There are few places on earth as quiet as this valley in winter.",
    "What happens to a town when its only factory closes?",
    "I spent five hours with our guide on the ultimate safari.",
])
def test_feature_openings_are_recognised(text: str) -> None:
    assert feature_opening(text)


@pytest.mark.parametrize("text", [
    "Egyptian President Hosni Mubarak flew to Damascus on Sunday to defuse tension between Syria and Turkey.",
    "In a rare public statement, the FBI said Friday that two vehicles had been used in the attack.",
    'Police said the man shouted "you will pay" before he opened fire.',
    "A theater in central London partially collapsed Thursday night during a performance.",
    "As Kentucky Fried Chicken struggles in the U.S., its parent company is testing a new restaurant.",
])
def test_news_ledes_are_not_feature_openings(text: str) -> None:
    assert not feature_opening(text)


@pytest.mark.parametrize("text, dated", [
    ("The storm hit the coast on Tuesday.", True),
    ("Officials said last week that the plan had failed.", True),
    ("The treaty was signed Nov. 16 in Paris.", True),
    ("The company makes healthy baby goods.", False),
    ("Ten people may 10 times a day call the line.", True),
])
def test_says_when_finds_the_time_of_the_news(text: str, dated: bool) -> None:
    assert says_when(text) is dated


def _article(ident: str, text: str, day: int) -> Article:
    return Article(id=ident, text=text, published=date(2016, 12, day))


def test_the_brief_opens_with_the_news_not_with_a_feature_opening() -> None:
    feature = _article("column", (
        "Now that the ceiling of the Apollo Theatre in central London has collapsed during a show, injuring 76 people, "
        "the question is what the West End will do next. "
        "Critics have warned about the state of old theaters for years. "
        "Engineers will inspect other old theaters in the district next month."), 20)
    news = _article("wire", (
        "The ceiling of the Apollo Theatre in central London collapsed on Thursday night during a show, injuring 76 people. "
        "Police said seven people were seriously hurt. "
        "Engineers will inspect other old theaters in the district."), 19)
    result = brief([feature, news], Config(words=40), with_facts=False)
    assert result.summary[0].sentence.article_id == "wire"
    assert result.summary[0].sentence.index == 0
