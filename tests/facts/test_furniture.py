"""Page furniture is never a finding: photo credits, gallery counters, captions,
bylines, media contacts, related links, cookie and copyright lines make no
entity, timeline entry or quote, on full HTML pages and on plain text alike."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from newsbrief.facts import extract_facts
from newsbrief.facts.furniture import is_furniture
from newsbrief.ingest import load_paths
from newsbrief.model import Article
from newsbrief.pipeline import prepare
from newsbrief.split import split_articles
from tests.facts.test_facts import assert_spans_slice, needs_model

PAGES = Path(__file__).parent / "pages"

FURNITURE_NAMES = {
    "Tom Reyes", "Jane Doe", "Sarah Lin", "Paul Grant", "Riverton County Emergency Office", "Mark Feld", "Ana Ruiz",
    "Carl Dunn", "Getty Images", "Rachel Stone", "Tom Hale", "Tom Wexley", "Ruth Calder", "Media", "AP Photo",
    "Riverton Gazette",
}

TEXT_PAGE = """Home | News | Sport | Weather | Contact us

We use cookies to improve your experience on our site. By continuing you accept our Cookie Policy.

By Jane Doe, Staff Writer

1 of 4 Rescuers search a flooded home in Riverton on Monday. (AP Photo/Tom Reyes)

Fifteen people were missing on Tuesday after the Tamber River burst its banks and flooded much of Riverton, the county emergency office said.

Governor Helen Marsh ordered 300 National Guard troops to help with the rescue.

"The water came up faster than anyone expected," Marsh told reporters on Tuesday.

2 of 4 Volunteers fill sandbags on Main Street on Monday. Photo: Sarah Lin/Riverton Gazette

Media contact: Paul Grant, Riverton County Emergency Office, 555-0142, press@rivertoncounty.gov

Related stories
Mayor Tom Wexley opens new library in Northbank on Friday

Jane Doe can be reached at jdoe@gazette.com. Follow her on Twitter @janedoe.
"It's a great day for Northbank," said Mayor Tom Wexley in a related story.
"""


def _findings(facts) -> list[tuple[str, str]]:
    out = [("entity", v) for e in facts.entities for v in e.variants]
    out += [("timeline", e.sentence.text) for t in facts.timeline for e in t.evidence]
    out += [("quote", s.sentence.text) for q in facts.quotes for s in q.sources]
    out += [("speaker", q.speaker) for q in facts.quotes if q.speaker]
    return out


def _leaks(facts) -> list[tuple[str, str]]:
    return [
        (kind, text) for kind, text in _findings(facts)
        if any(name in text for name in FURNITURE_NAMES) or "Rescuers search" in text or "sandbags" in text
    ]


@pytest.mark.parametrize(
    "line",
    [
        "1 of 4 Rescuers search a flooded home in Riverton.",
        "(AP Photo/Tom Reyes)",
        "AP Photo/Tom Reyes",
        "By Jane Doe, Staff Writer",
        "Media contact: Paul Grant, Riverton County Emergency Office, 555-0142, press@rivertoncounty.gov",
        "(Reporting by Rachel Stone; Editing by Tom Hale)",
        "We use cookies to improve your experience on our site.",
        "Copyright 2024 Channel 9. All rights reserved.",
        "Related: Five tips to protect your home from flooding",
        "Jane Doe can be reached at jdoe@gazette.com.",
        "For inquiries call (555) 014-2222 or write to the desk.",
        "Mayor Tom Wexley opens new library in Northbank",
        "Never miss a story: join 2 million readers and get the Clarion Daily Digest free.",
    ],
)
def test_furniture_lines_are_recognised(line):
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "Fifteen people were missing on Tuesday after the Tamber River burst its banks, the county emergency office said.",
        "Media, politicians and activists gathered outside the court on Monday.",
        "The press office of the ministry said 12 people had been arrested.",
        "The company was sued for copyright infringement in 2019.",
        "Police said the man had shared photos of the attack on Twitter.",
        '"We will not stop searching until every missing person is found," Marsh said.',
    ],
)
def test_story_sentences_are_not_furniture(line):
    assert not is_furniture(line)


@needs_model
def test_html_pages_with_furniture_give_no_furniture_findings():
    loaded = load_paths([str(PAGES)])
    kept, _, _ = prepare(loaded.articles)
    facts = extract_facts(kept, split_articles(kept))
    assert not _leaks(facts), _leaks(facts)
    names = {e.name for e in facts.entities}
    assert {"Helen Marsh", "Daniel Okoro"} <= names, "the story's people are still found"
    assert any("every missing person" in q.text and q.speaker == "Helen Marsh" for q in facts.quotes)
    assert_spans_slice(facts, kept)


@needs_model
def test_plain_text_page_with_furniture_gives_no_furniture_findings():
    articles = [Article("gazette", TEXT_PAGE, published=date(2024, 3, 12))]
    kept, _, _ = prepare(articles)
    facts = extract_facts(kept, split_articles(kept))
    assert not _leaks(facts), _leaks(facts)
    assert "Helen Marsh" in {e.name for e in facts.entities}
    assert any(q.speaker == "Helen Marsh" for q in facts.quotes)
    assert all(t.date != "2024-03-11" for t in facts.timeline), "a caption's 'on Monday' is no event"


@pytest.mark.parametrize(
    "line",
    [
        "Some lines from Amri in his ISIS pledge video:",
        "In the video, Amri said:",
        'Angela Merkel: "I thanked the Italian Prime Minister.',
        'It reads: "Thanks and a speedy recovery to our wounded colleagues"',
    ],
)
def test_lines_introducing_or_carrying_a_quotation_are_the_story(line):
    assert not is_furniture(line)


def test_a_full_sentence_of_many_names_is_the_story():
    assert not is_furniture("The British Embassy in Moscow identified the four hostages as Britons Peter William "
                            "Kennedy, Darren Eamonn Hickey, and Rudolf Franz-Joseph Petschi of New Zealand.")
    assert is_furniture("Floods Leave Fifteen Missing In Riverton")
    assert is_furniture("Floods leave fifteen missing.", title="Floods leave fifteen missing")
