"""Stage 2: clean_article strips web furniture and reads title, date and dateline."""

from __future__ import annotations

from datetime import date

import pytest

from newsbrief.clean import clean_article, is_furniture
from newsbrief.model import Article

HEADLINE = "Storm topples Dunmere footbridge, two hurt"
BODY = [
    "A storm brought down the Fenwick footbridge over the River Alde on Tuesday night, injuring two people.",
    "Mayor Tomas Rendell pledged on Wednesday to rebuild the bridge within two years.",
    "Engineers had warned the council about corrosion in the bridge supports in 2014.",
]


def _clean(text: str, **metadata) -> Article:
    cleaned, _report = clean_article(Article(id="a", text=text, **metadata))
    return cleaned


@pytest.mark.parametrize(
    "furniture",
    [
        "Image placeholder title",
        "Popular Video",
        "Live Updates",
        "1 of 4",
        "Read a full report of his pledge.",
        "The collapsed footbridge in the River Alde on Wednesday morning. Getty Images",
        "Rescuers search the river below the broken bridge. Photo: Getty Images",
        "Share this article",
        "Share on Facebook",
        "Subscribe to our daily newsletter",
        "Follow us on Twitter for the latest news",
        "By Clara Whitfield",
        "Advertisement",
    ],
)
def test_furniture_line_between_paragraphs_is_removed(furniture: str) -> None:
    text = "\n\n".join([BODY[0], furniture, BODY[1], BODY[2]])
    cleaned, report = clean_article(Article(id="a", text=text))
    assert furniture not in cleaned.text
    assert furniture in report.removed_lines
    for sentence in BODY:
        assert sentence in cleaned.text


def test_fixture_articles_lose_all_their_furniture(cluster_articles, furniture_markers) -> None:
    for article in cluster_articles:
        cleaned, _ = clean_article(article)
        for marker in furniture_markers:
            assert marker not in cleaned.text, (article.id, marker)
        assert "Fenwick footbridge" in cleaned.text


@pytest.mark.parametrize(
    "reporting",
    [
        "Shares in the company that built the bridge fell 4 percent on Wednesday.",
        "Live music at the riverside festival was cancelled because of the storm.",
        "Sources close to the council said the warning had been ignored.",
        "By Tuesday night, 200 homes in Dunmere had lost power.",
        "Related costs could reach 4 million pounds, the council said.",
    ],
)
def test_reporting_line_that_resembles_furniture_is_kept(reporting: str) -> None:
    text = "\n\n".join([BODY[0], reporting, BODY[1]])
    cleaned = _clean(text)
    assert reporting in cleaned.text
    assert not is_furniture(reporting)


def test_title_taken_from_first_line_without_final_punctuation() -> None:
    cleaned = _clean("\n".join([HEADLINE, *BODY]))
    assert cleaned.title == HEADLINE
    assert HEADLINE not in cleaned.text
    assert cleaned.text.startswith(BODY[0])


def test_first_line_with_final_punctuation_is_text_not_title() -> None:
    cleaned = _clean("\n".join(BODY))
    assert cleaned.title is None
    assert cleaned.text.startswith(BODY[0])


def test_title_from_metadata_is_not_replaced() -> None:
    cleaned = _clean("\n".join([HEADLINE, *BODY]), title="Gazette headline")
    assert cleaned.title == "Gazette headline"
    assert HEADLINE not in cleaned.text


def test_photo_caption_after_live_blog_chrome_is_not_taken_as_title() -> None:
    caption = "Rescue workers search the River Alde below the broken bridge on Wednesday. Photo: Getty Images"
    text = "\n".join(["Live Updates", "Popular Video", "1 of 4", caption, *BODY])
    cleaned = _clean(text)
    assert caption not in cleaned.text
    # The caption is furniture: it must not be shown to the reader as the headline.
    assert cleaned.title is None or "Getty Images" not in cleaned.title


def test_date_line_is_read_into_published_and_removed() -> None:
    cleaned = _clean("\n".join([HEADLINE, "By Clara Whitfield", "Dec 23, 2016 11:54 PM EST", *BODY]))
    assert cleaned.published == date(2016, 12, 23)
    assert "2016" not in cleaned.text and "11:54" not in cleaned.text
    assert cleaned.text.startswith(BODY[0])


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Published: 14 March 2019", date(2019, 3, 14)),
        ("2005/01/08", date(2005, 1, 8)),
        ("Wednesday, June 5, 2013 at 9:30 a.m.", date(2013, 6, 5)),
    ],
)
def test_common_date_line_forms(line: str, expected: date) -> None:
    assert _clean("\n".join([line, *BODY])).published == expected


def test_date_prefix_before_text_keeps_the_text() -> None:
    cleaned = _clean("date 2016-12-23 " + BODY[0] + "\n" + BODY[1])
    assert cleaned.published == date(2016, 12, 23)
    assert cleaned.text.startswith(BODY[0])
    assert BODY[1] in cleaned.text


def test_published_metadata_wins_over_date_line() -> None:
    cleaned = _clean("\n".join(["Dec 23, 2016 11:54 PM EST", *BODY]), published=date(2016, 12, 22))
    assert cleaned.published == date(2016, 12, 22)
    assert "11:54" not in cleaned.text


@pytest.mark.parametrize(
    "dateline",
    ["LONDON (AP) _ ", "DUNMERE, England (Reuters) - ", "Tampa \u2014 ", "Vatican city ( reuters ) - "],
)
def test_wire_dateline_is_stripped_from_first_paragraph(dateline: str) -> None:
    cleaned = _clean("\n".join([HEADLINE, dateline + BODY[0], BODY[1]]))
    assert cleaned.text.startswith(BODY[0])
    assert dateline.strip() not in cleaned.text


def test_dateline_only_stripped_from_first_paragraph() -> None:
    later = "LONDON (AP) _ " + BODY[2]
    cleaned = _clean("\n".join([BODY[0], BODY[1], later]))
    assert later in cleaned.text


def test_sentence_opening_with_a_name_is_not_a_dateline() -> None:
    cleaned = _clean("\n".join([BODY[1], BODY[0]]))
    assert cleaned.text.startswith("Mayor Tomas Rendell pledged")


def test_text_without_line_breaks_passes_through_untouched() -> None:
    # Dataset documents are one long line: rules work line by line and must not eat them.
    text = " ".join(BODY + ["Live Updates and Popular Video segments were suspended during the storm."])
    assert _clean(text).text == text


def test_cleaning_is_idempotent(cluster_articles) -> None:
    for article in cluster_articles:
        once, _ = clean_article(article)
        twice, _ = clean_article(once)
        assert twice.text == once.text
        assert twice.title == once.title and twice.published == once.published


def test_article_of_only_furniture_is_left_empty() -> None:
    text = "\n".join(["Live Updates", "Popular Video", "Image placeholder title", "Share this article", "1 of 4"])
    assert _clean(text).text.strip() == ""


def test_windows_line_endings_are_handled() -> None:
    cleaned = _clean("\r\n".join([HEADLINE, "Popular Video", *BODY]))
    assert cleaned.title == HEADLINE
    assert "Popular Video" not in cleaned.text
    assert "\r" not in cleaned.text


@pytest.mark.parametrize("opening", ["Image credit: nbc", "Source: wikimedia commons 25.", "Photo courtesy of the atlanta braves;"])
def test_one_line_article_opening_with_a_credit_keeps_its_text(opening: str) -> None:
    # Multi-News documents are one line; a credit at their start must not drop the whole story.
    text = " ".join([opening, *BODY, *BODY])
    cleaned = _clean(text)
    assert BODY[0] in cleaned.text and BODY[1] in cleaned.text
