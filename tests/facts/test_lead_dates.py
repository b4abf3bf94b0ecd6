"""Lead dates: the day each report's opening lines write out for its story are one
happening's day, even when the sentences share no verb; relative days, reports of
different news cycles and dates deep in the body are not paired that way."""

from __future__ import annotations

from datetime import date

from newsbrief.model import Article
from newsbrief.pipeline import prepare
from newsbrief.split import split_articles
from newsbrief.facts import extract_facts
from tests.facts.test_facts import facts_of, needs_model

FILLER = " ".join(["Neighbours described the street as quiet and friendly, and the council promised more patrols."] * 6)


def _dates(facts):
    return [{s.value: set(s.articles) for s in d.sides} for d in facts.disagreements
            if d.attribute == "date" and d.kind == "conflict"]


def _date_conflicts(*openings: str, published: date) -> list[dict[str, set[str]]]:
    """The date conflicts of articles that each open with one of ``openings``, all published on one day."""
    return _dates(facts_of(*(opening + " " + FILLER for opening in openings), published=published)[1])


def _facts_published(*pairs):
    articles = [Article(id=f"a{i}", text=text, published=on) for i, (text, on) in enumerate(pairs)]
    kept, _, _ = prepare(articles)
    return extract_facts(kept, split_articles(kept))


@needs_model
def test_opening_dates_written_out_are_paired_across_wordings():
    _, facts = facts_of(
        "Three armed men robbed a jewellery shop in Dunmere on Tuesday, April 14, police said. " + FILLER,
        "Terrified shoppers dived for cover on Monday, April 13th, as gunmen stormed a jeweller's. " + FILLER,
        "A guard remains in hospital after the raid. Detectives said the gang struck on the 14th of April. " + FILLER,
        published=date(2026, 4, 15),
    )
    assert _dates(facts) == [{"2026-04-14": {"a0", "a2"}, "2026-04-13": {"a1"}}]


@needs_model
def test_relative_days_in_the_opening_are_other_happenings():
    assert _date_conflicts(
        "A girl who vanished on her way home from school on Friday has been found safe, the sheriff said.",
        "A girl missing for three days in a rural county was found alive in a barn on Monday.",
        published=date(2026, 5, 18),
    ) == []


@needs_model
def test_reports_a_week_apart_or_dates_deep_in_the_body_are_not_lead_dates():
    week_apart = _facts_published(
        ("Three armed men robbed a jewellery shop in Dunmere on Tuesday, April 14, police said. " + FILLER, date(2026, 4, 15)),
        ("Terrified shoppers dived for cover on Monday, April 13th, as gunmen stormed a jeweller's. " + FILLER, date(2026, 4, 22)),
    )
    assert _dates(week_apart) == []
    _, deep = facts_of(
        "Three armed men robbed a jewellery shop in Dunmere, police said. " + FILLER + " A vigil was held on April 14.",
        "Terrified shoppers dived for cover as gunmen stormed a jeweller's. " + FILLER + " Flowers were left on April 12.",
        published=date(2026, 4, 15),
    )
    assert _dates(deep) == []


@needs_model
def test_days_apart_both_written_out_are_a_conflict_not_a_counting_slip():
    assert _date_conflicts(
        "Four people are missing after a tour boat overturned off Carrick Head on the afternoon of March 3rd.",
        "The Kestrel overturned in a sudden squall on Monday, the 2nd of March, with 31 people on board.",
        published=date(2026, 3, 4),
    ) == [{"2026-03-03": {"a0"}, "2026-03-02": {"a1"}}]


@needs_model
def test_opening_dates_most_of_a_week_apart_are_two_happenings():
    assert _date_conflicts(
        "The council approved the donation to the relief fund during a Jan. 10 meeting by 3 votes to 2.",
        "A ten-hour telethon for the relief fund was organised on Sunday, January 16, by a television station.",
        published=date(2005, 1, 17),
    ) == []
