"""The timeline: one entry per event however many outlets date it, each entry
readable on its own, relative dates resolved once and against the right year."""

from __future__ import annotations

from datetime import date

import pytest

from newsbrief.facts import extract_facts
from newsbrief.facts.timeline import find_dates
from newsbrief.model import Article
from newsbrief.render.facts import facts_to_dict
from newsbrief.split import split_articles
from tests.facts.test_facts import _sentence, facts_of, needs_model, seed  # noqa: F401  (the seed fixture)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Air France jet crashed on June 1 last year, killing 228.", [("2009-06-01", "day")]),
        ("It happened on 1 June last year.", [("2009-06-01", "day")]),
        ("It crashed in June last year.", [("2009-06", "month")]),
        ("It crashed in June of last year.", [("2009-06", "month")]),
        ("He was elected on March 3 this year.", [("2010-03-03", "day")]),
        ("The vote is on July 4 next year.", [("2011-07-04", "day")]),
        ("They met on Monday last week.", [("2010-04-26", "day")]),
        ("It crashed last June.", [("2009-06", "month")]),
    ],
)
def test_a_relative_date_is_resolved_once(text, expected):
    found = find_dates([_sentence(text)], {"a": date(2010, 5, 6)})
    assert [(m.date, m.precision) for m in found] == expected


@needs_model
def test_june_first_last_year_is_one_entry_under_the_right_year():
    articles = [Article("a", "The black boxes from an Air France plane that crashed on June 1 last year in the Atlantic "
                             "Ocean have been localized, a French official said on Thursday.", published=date(2010, 5, 6))]
    facts = extract_facts(articles, split_articles(articles))
    dated = [t.date for t in facts.timeline if "crashed" in t.text]
    assert dated == ["2009-06-01"], "not also under 2009, 2010-06-01 or the day it was said (2010-05-06)"


@needs_model
def test_a_range_of_dates_is_one_entry():
    articles = [Article("a", "The search's third phase started on March 30 – April 1, 2010 and was to last 30 days.",
                        published=date(2010, 5, 6))]
    facts = extract_facts(articles, split_articles(articles))
    assert len(facts.timeline) == 1


@needs_model
def test_one_event_dated_by_several_outlets_is_one_entry_listing_them():
    _, facts = facts_of(
        "The Tamber River burst its banks on Tuesday and flooded the town of Riverton, officials said.",
        "On Tuesday the Tamber River burst its banks, flooding Riverton.",
        "Riverton was flooded when the Tamber River burst its banks at 3am on Tuesday.",
        published=date(2024, 3, 13),
    )
    burst = [t for t in facts.timeline if "burst" in t.text]
    assert len(burst) == 1, [(t.date, t.text) for t in facts.timeline]
    assert set(burst[0].articles) == {"a0", "a1", "a2"}
    assert burst[0].date == "2024-03-12T03:00", "the most precise date of the event is kept"


@needs_model
def test_an_entry_names_its_subject():
    _, facts = facts_of(
        "Detectives named the suspect as Ivan Petrov, a 41-year-old lorry driver. "
        "He was arrested in Dover on Monday after a two-day search.",
        published=date(2021, 11, 10),
    )
    (arrest,) = [t for t in facts.timeline if "arrested" in t.text]
    assert arrest.text.startswith("He was arrested"), "the text stays verbatim"
    assert arrest.display.startswith("He [Ivan Petrov] was arrested")
    (entry,) = [t for t in facts_to_dict(facts)["timeline"] if "arrested" in t["text"]]
    assert entry["display"].startswith("He [Ivan Petrov]")
    assert entry["insertions"][0]["text"] == "Ivan Petrov" and entry["insertions"][0]["reason"] == "pronoun"


@needs_model
def test_an_entry_prefers_the_source_that_names_its_subject():
    _, facts = facts_of(
        "Ivan Petrov, 41, was questioned by police. He was arrested in Dover on Monday.",
        "Ivan Petrov was arrested in Dover on Monday, police said.",
        published=date(2021, 11, 10),
    )
    (arrest,) = [t for t in facts.timeline if "arrested" in t.text]
    assert arrest.text.startswith("Ivan Petrov was arrested") and not arrest.insertions
    assert set(arrest.articles) == {"a0", "a1"}


@needs_model
def test_a_date_a_sentence_only_compares_with_is_no_event():
    _, facts = facts_of(
        "The river crested at 9.2 metres on Tuesday, the highest level since March 2011.",
        published=date(2024, 3, 13),
    )
    assert [t.date for t in facts.timeline] == ["2024-03-12"]


def test_seed_timeline_entries_are_self_contained(seed):
    _, facts = seed
    for event in facts.timeline:
        if event.text.startswith(("He ", "She ", "His ", "Her ")):
            assert event.insertions and event.insertions[0].offset == event.text.index(" "), event.display
    stopped = [t for t in facts.timeline if t.date == "2016-12-23T03:00"]
    assert stopped and all(i.text == "Anis Amri" for t in stopped for i in t.insertions)


@needs_model
def test_an_entry_that_leans_on_another_sentence_is_left_out_beside_another_of_its_date():
    _, facts = facts_of(
        "Samir Haddad left Tunisia in 2011 and spent time in Italy. He later moved to Berlin.",
        "Born in Tunisia, Samir Haddad reached Italy by boat. He arrived there in 2011 with other young men.",
        published=date(2016, 12, 23),
    )
    told = [t.text for t in facts.timeline if t.date == "2011"]
    assert told and not any("arrived there" in text for text in told), told
    _, alone = facts_of("Samir Haddad reached Italy by boat. He arrived there in 2011 with other young men.",
                        published=date(2016, 12, 23))
    assert [t.date for t in alone.timeline] == ["2011"]  # the only entry of its date stays


def test_a_there_that_stands_for_a_place_named_elsewhere():
    from newsbrief.split.here import says_there

    assert says_there("He arrived there in 2011, along with other men.")
    assert says_there("Police said the gunman fled from there on foot.")
    assert not says_there("There were 12 people on board.")
    assert not says_there('"We lived there for years," she said.')  # inside a quotation
