"""Fragments readers flagged in briefs (issue 14): page furniture glued into a sentence, AP
captions, list items, notices, the cut-off end of a truncated article, the end of a quotation
cut from its start; each detector on hand-written cases, with ordinary news sentences that
must stay."""

from __future__ import annotations

import pytest

from newsbrief.config import Config
from newsbrief.model import Article
from newsbrief.split import split_articles
from newsbrief.summarize import summarize
from newsbrief.summarize.fragments import fragment_reason, is_truncated, text_fragment_reason
from newsbrief.summarize.fragments.brackets import has_unbalanced_brackets
from newsbrief.summarize.fragments.captions import is_caption
from newsbrief.summarize.fragments.glued import has_glued_furniture
from newsbrief.summarize.fragments.lists import is_list_item
from newsbrief.summarize.fragments.notices import is_notice
from newsbrief.summarize.fragments.quotes import closes_earlier_quotation

ORDINARY = [
    "The Associated Press reported the deal on Monday, March 3, 2014, citing two officials.",
    "Officials in Kerch said the base was surrounded on Monday, March 3, 2014.",
    "The AP obtained the image, which shows the damage to the reactor building.",
    "Sen. Smith -- a Democrat from Ohio -- voted against the bill.",
    "The strike began Monday, March 3, 2014, and ended a week later.",
    '"It is over," he said.',
    'He called the vote "a disgrace" and left the chamber.',
    "No injuries were reported, police said.",
    "No smoking bans were passed in the state last year.",
    "A photo of the suspect was released by police on Tuesday.",
    "The map released by the agency shows the quake's intensity across Haiti.",
    "Tickets for the concert sold out within an hour, the promoter said.",
    "Image quality improved sharply after the upgrade, engineers said.",
    "Shares of the company rose 5 percent in early trading.",
]


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_news_sentences_are_not_fragments(text: str) -> None:
    assert text_fragment_reason(text) is None


@pytest.mark.parametrize(("text", "glued"), [
    ("Image copyright met police image caption ralston dodd was serving time for attacking a man with a knife "
     "an extremely dangerous prisoner has been released early.", True),
    ("Cutting back on carbs may lead to more weight loss enlarge this image toggle caption eyecrave llc", True),
    ("The cap over the broken bp wellhead... ( associated press ) boats skim oil from the gulf.", True),
    ("× kfc owner launches a secret restaurant to rival chick-fil-a arlington, texas — kfc's parent company "
     "has quietly launched a new concept.", True),
    ("More quote details and news » 5108.to in your value your change short position, managers sat around.", True),
    ("Story highlights the republican nominee will speak at 11: 30 a.m. on thursday.", True),
    ("The Associated Press first reported the caption error on Tuesday.", False),
    ("An image of the caption was shared 10,000 times.", False),
    ("Prices rose 2 percent » the central bank said.", False),
])
def test_glued_furniture(text: str, glued: bool) -> None:
    assert has_glued_furniture(text) is glued


@pytest.mark.parametrize(("text", "reason"), [
    ("( peter dejong/ap ) over multiple years now, worldviews has run stories about the tradition.", "credit"),
    ("Us unemployment rate plummets; economy gains 288,000 jobs washington ( ap ) —", "dateline"),
    ("Afghan president hamid karzai delivers a speech in kabul, afghanistan, sunday, march, 10, 2013.", "caption"),
    ("Please verify you're not a robot by clicking the box.", "notice"),
    ("May 18, 2015, 1: 05 am &#124; the republican senator says he would announce on june 1.", "glued furniture"),
    ("The senator (D-Ohio) said the Reuters figures (and AP polls) were wrong -- and left.", None),
])
def test_credits_datelines_and_prompts_of_scraped_pages(text: str, reason: str | None) -> None:
    assert text_fragment_reason(text) == reason


@pytest.mark.parametrize(("text", "caption"), [
    ("Pro russian soldiers wait outside a ukrainian military base in the port of kerch, ukraine, monday, march 3, 2014.", True),
    ("Unidentified gunmen stand outside the headquarters of the ukrainian navy in sevastopol, ukraine, monday, march 3, 2014.", True),
    ("A map indicating the intensity of the earthquake in Haiti and the Dominican Republic, made by USGS", True),
    ("This image released by NASA showing the storm over Florida", True),
    ("Troops stand guard in Kiev, Monday, March 3, 2014, officials said.", False),
    ("Ukraine said Russian troops seized the base in Kerch, Monday, March 3, 2014.", False),
    ("A map released by the agency shows the quake's intensity across Haiti.", False),
])
def test_captions_in_the_ap_style_and_maps(text: str, caption: bool) -> None:
    assert is_caption(text) is caption


@pytest.mark.parametrize(("text", "item"), [
    ("--Install shoulder belts in all rear seating positions in cars and light trucks.", True),
    ("- Require a warning label on every pack.", True),
    ("3. Get an anti-virus program and use it.", True),
    ("For this collection, several things were done: 1.", True),
    ("• One in two babies in america today is born to an unwed mother.", True),
    ("— the path of the fiery blast traveled in more complicated ways than reported earlier.", True),
    ("The senator -- a Democrat -- voted no.", False),
    ("-5 degrees was the coldest reading of the night.", False),
    ("1. 5 million people voted in the first round.", False),
    ("The vote was 5 to 1.", False),
    ("Mid-term elections are due in November.", False),
])
def test_list_items(text: str, item: bool) -> None:
    assert is_list_item(text) is item


@pytest.mark.parametrize(("text", "notice"), [
    ("No smoking in enclosed public places except in designated areas.", True),
    ("No parking on the east side of the street.", True),
    ("How to watch it: hard to find streaming.", True),
    ("Related: friend who told fbi about the shooter saw a red flag the tickets were purchased two days before.", True),
    ("Tickets: $20 at the door.", True),
    ("IMPACT: Possibly tens of thousands of computers affected.", True),
    ("EDITORS: Jerry Seinfeld is back in his hometown for a 10-show run.", True),
    ("NATO: the alliance said no.", False),
    ("No smoking will be allowed in bars from June.", False),
    ("Nothing was found in the car.", False),
    ("No one knows how to watch it: the network has not said.", False),
    ("The message was clear: the talks were over.", False),
    ("When the polls closed: a timeline of the night.", False),
])
def test_notices(text: str, notice: bool) -> None:
    assert is_notice(text) is notice


@pytest.mark.parametrize(("text", "tail"), [
    ('Please help me, " he wrote.', True),
    ("It's been around for quite a while,\" said Kathy Fithen, manager of the Computer Emergency Response Team.", True),
    ("We will act constructively,” Mrs. Ciller told reporters.", True),
    ('"It is over," he said.', False),
    ("“It is over,” he said.", False),
    ('He said "it is over," and left the room.', False),
    ('The word "over," he said, was final.', False),
    ('" still, schumer said she was cautious.', False),  # the mark closes the sentence before
    ("The mayor's office said it was over.", False),
])
def test_end_of_a_quotation(text: str, tail: bool) -> None:
    assert closes_earlier_quotation(text) is tail


@pytest.mark.parametrize(("text", "unbalanced"), [
    ('If a meteor survives through the atmosphere and hits the ground it is called a "meteorite.")', True),
    ("in las vegas saturday evening, he urged his audience to vote against rep. Jacky rosen ( d-nev.", True),
    ("(Astronomers designate objects moving earthward as meteoroids.", True),
    ("Temperatures fell to minus 21 Celsius (minus 6 F) in Mouthe.", False),
    ("The group ( which met in Paris [in 2009] ) agreed.", False),
    ("He smiled :) and left the room.", False),
    ("a) The first option is to wait.", False),
])
def test_unbalanced_brackets(text: str, unbalanced: bool) -> None:
    assert has_unbalanced_brackets(text) is unbalanced


TRUNCATED = Article(id="t", text=(
    "yum brands has quietly launched a new concept restaurant in arlington, texas. "
    "some of the new chain's offerings bear a striking resemblance to those of kfc rival chick-fil-a and debut at a time when"
))
FINISHED = Article(id="f", text="yum brands has launched a new restaurant in texas. It opens on Monday.")
HEADED = Article(id="h", text="Chicken wars\n\nyum brands has launched a new restaurant in texas, its owner said on Monday.")


def test_the_last_sentence_of_a_truncated_article_is_cut_off() -> None:
    first, last = split_articles([TRUNCATED])
    assert fragment_reason(last, TRUNCATED) == "truncated"
    assert fragment_reason(first, TRUNCATED) is None
    assert text_fragment_reason(last.text) is None  # alone, a long unterminated line is let through


def test_a_finished_article_and_an_unterminated_heading_are_not_truncated() -> None:
    assert not any(is_truncated(s, FINISHED) for s in split_articles([FINISHED]))
    heading, body = split_articles([HEADED])
    assert not is_truncated(heading, HEADED)  # a heading, not the article's end
    assert not is_truncated(body, HEADED)


def test_no_summary_sentence_is_a_family_fragment() -> None:
    texts = [
        "Image copyright afp image caption the ship sank near the island a ferry carrying 300 people sank off the "
        "island of jeju on wednesday, the coast guard said. Rescuers pulled 150 people from the water by nightfall. "
        "the coast guard said divers would search the ferry's hull for survivors through the night and",
        "A ferry carrying 300 people sank off the island of Jeju on Wednesday, the coast guard said.\n"
        "--Rescuers pulled 150 people from the water.\n"
        'We are doing everything we can," the coast guard chief said of the search for survivors on the ferry.',
    ]
    articles = [Article(id=str(i), text=t) for i, t in enumerate(texts)]
    summary = summarize(split_articles(articles), articles, Config().with_words(100))
    assert summary
    for item in summary:
        assert fragment_reason(item.sentence, articles[item.sentence.article_index]) is None
    assert all("image caption" not in item.sentence.text and not item.sentence.text.startswith("--")
               for item in summary)
