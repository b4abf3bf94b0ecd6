"""Stage 2: clean_article strips web furniture and reads title, date and dateline."""

from __future__ import annotations

from datetime import date
import re

import pytest
from hypothesis import given, settings, strategies as st

from newsbrief.clean import clean_article, furniture, is_furniture
from newsbrief.clean.furniture import parse_date_prefix
from newsbrief.ingest.dates import dateparse
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


_WEEKDAYS = st.sampled_from(["", "Monday, ", "Friday ", "sunday, "])
_MONTH_NAMES = st.sampled_from(["Jan", "January", "feb.", "Mar", "April", "May", "June", "Jul.", "Aug", "Sept.",
                                "sep", "October", "Nov", "DEC", "december"])
_YEARS = st.integers(0, 9999).map(lambda year: f"{year:04d}")
_DAYS = st.integers(0, 39).map(str)
_DATES = st.one_of(
    st.tuples(_MONTH_NAMES, _DAYS, _YEARS, st.sampled_from([", ", " "])).map(lambda p: f"{p[0]} {p[1]}{p[3]}{p[2]}"),
    st.tuples(_DAYS, _MONTH_NAMES, _YEARS).map(lambda p: f"{p[0]} {p[1]} {p[2]}"),
    st.tuples(_YEARS, st.integers(0, 19), st.integers(0, 39), st.sampled_from("-/")).map(
        lambda p: f"{p[0]}{p[3]}{p[1]:02d}{p[3]}{p[2]}"),
)
_TIMES = st.one_of(
    st.just(""),
    st.tuples(st.sampled_from([" ", ", ", " at "]), st.integers(0, 29), st.integers(0, 69), st.sampled_from(":."),
              st.sampled_from(["", " AM", " pm", "p.m.", " a.m."]),
              st.sampled_from(["", " EST", " gmt", " UTC", " CEST", " the", " Poli", " XYZ", " ET"])).map(
        lambda p: f"{p[0]}{p[1]}{p[3]}{p[2]:02d}{p[4]}{p[5]}"),
)


def _dateparser_day(line: str) -> date | None:
    """What dateparser alone reads from a date line's date (the reading the exact forms must equal)."""
    match = furniture._DATE_LINE.match(line.strip())
    if not match:
        return None
    body = re.sub(r"^(?:date|published|updated|posted)[:\s]+", "", match.group(0), flags=re.IGNORECASE)
    parsed = dateparse(body, {"PREFER_DAY_OF_MONTH": "first"})
    return parsed.date() if parsed else None


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(["", "Published: ", "date "]), _WEEKDAYS, _DATES, _TIMES)
def test_date_line_reads_the_day_dateparser_reads(prefix: str, weekday: str, day: str, clock: str) -> None:
    line = f"{prefix}{weekday}{day}{clock} Police said"
    assert parse_date_prefix(line)[0] == _dateparser_day(line)


@pytest.mark.parametrize("zone", sorted(furniture.KNOWN_ZONES))
def test_every_zone_read_exactly_is_one_dateparser_accepts(zone: str) -> None:
    for line in (f"Dec 23, 2016 11:54 PM {zone}", f"Dec 23, 2016 11:54 PM {zone.lower()}"):
        assert _dateparser_day(line) == date(2016, 12, 23)


def test_plain_date_lines_are_read_without_dateparser(monkeypatch) -> None:
    def unavailable(*_args, **_kwargs):
        raise AssertionError("dateparser was asked")

    monkeypatch.setattr(furniture, "dateparse", unavailable)
    for line, expected in [("Dec 23, 2016 11:54 PM EST", date(2016, 12, 23)), ("Tuesday, June 2, 2009", date(2009, 6, 2)),
                           ("date 2016-12-23", date(2016, 12, 23)), ("Published: 14 March 2019", date(2019, 3, 14))]:
        assert parse_date_prefix(line)[0] == expected


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


def test_a_line_wrapped_inside_a_sentence_is_one_line_again() -> None:
    text = ("Former president Jan de Wet, meanwhile, planned to ask\na court to stop the report.\n"
            "Police arrived.\nthe crowd left")
    cleaned, _ = clean_article(Article("a", text))
    assert "Former president Jan de Wet, meanwhile, planned to ask a court to stop the report." in cleaned.text.split("\n")
    assert "Police arrived." in cleaned.text.split("\n")  # after a full stop the break stays
    assert furniture.unwrap_lines("officials said\n\nnothing more") == "officials said\n\nnothing more"  # a blank line: two paragraphs


def test_unwrapping_keeps_every_word_and_only_turns_breaks_into_spaces() -> None:
    text = "a quiet street, which\nled to the harbour, and\n  then to the sea"
    joined = furniture.unwrap_lines(text)
    assert "\n" not in joined and joined.split() == text.split()
