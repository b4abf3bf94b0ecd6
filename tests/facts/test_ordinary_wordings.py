"""Wordings of ordinary news prose the facts stage must read however a story is told:
a toll after a relative clause, a sum converted in brackets, a workforce, a toll that
fell between reports, "claimed responsibility" alone, titles, romanised given names,
national bodies with and without their country, acronyms that leave off "and ...",
companies the tagger calls people."""

from __future__ import annotations

from collections import Counter
from datetime import date

from newsbrief.config import Config
from newsbrief.facts import extract_facts
from newsbrief.facts.entities.organisations import acronyms, org_key, same_organisation
from newsbrief.facts.entities.persons import same_person
from newsbrief.facts.entities.voting import _company_prefixes
from newsbrief.facts.values import _toll_after
from newsbrief.model import Article
from newsbrief.pipeline import prepare
from newsbrief.split import split_articles
from tests.facts.test_facts import facts_of, needs_model
from tests.facts.test_values import values_of


def test_a_toll_after_a_relative_clause_with_its_own_verb():
    assert _toll_after(" patients who had the infection have died since") == "killed"
    assert _toll_after(" climbers who reached the summit had since died") == "killed"
    assert _toll_after(" people who were hurt") == "injured"


def test_a_workforce_is_not_the_story_count():
    assert values_of("The plant employs about 900 workers, the company said.") == {("count:worker employed", "900", "about")}
    assert values_of("Rescuers brought 21 workers to the surface.") == {("count:worker", "21", "exact")}


@needs_model
def test_a_sum_converted_in_brackets_is_one_sum():
    values = values_of("The kidnappers asked for a ransom of $3.2m (about £2.5m) in cash.")
    assert {v for a, v, _ in values if a == "money"} == {"USD 3,200,000"}
    both = values_of("The firm was fined $3m and paid €2m in back taxes.")
    assert {v for a, v, _ in both if a == "money"} == {"USD 3,000,000", "EUR 2,000,000"}


def test_national_bodies_with_and_without_their_country():
    assert org_key(("u", "s", "coast", "guard")) == ("coast", "guard")
    assert org_key(("uk", "border", "force")) == ("border", "force")
    assert org_key(("us", "army")) == ("us", "army")  # too short to tell from the country itself


def test_an_acronym_may_leave_off_a_closing_and():
    name = ("centers", "for", "disease", "control", "and", "prevention")
    assert acronyms(name) == {"cdcp", "cdc"}
    assert same_organisation("org", ("cdc",), "org", name)
    assert not same_organisation("org", ("bp",), "org", ("bread", "and", "pastry", "makers"))


def test_given_names_romanised_two_ways_with_one_surname():
    config = Config().facts
    assert same_person(("dmitri", "orlenko"), ("dmytro", "orlenko"), config)
    assert not same_person(("dmitri", "orlenko"), ("andriy", "orlenko"), config)


@needs_model
def test_a_rank_before_a_name_is_not_the_name():
    _, facts = facts_of(
        "Detective Chief Superintendent Maura Kellington said the inquiry would take weeks.",
        "Kellington said no one else was being sought.",
    )
    person = next(e for e in facts.entities if "Kellington" in e.name)
    assert person.name == "Maura Kellington"
    assert "Kellington" in person.variants


def test_a_company_written_short_is_still_a_company():
    votes = {("borrowdale", "gold", "corp"): Counter(person=1), ("dana", "gold"): Counter(person=2)}
    assert _company_prefixes(votes) == {("borrowdale",), ("borrowdale", "gold")}


@needs_model
def test_claimed_responsibility_alone_names_who_did_it():
    _, facts = facts_of(
        "A group calling itself NightCrane claimed responsibility in a post on Thursday, the police said.",
        "The hacking attack on the hospital was carried out by a group known as Saltmarsh, investigators said.",
    )
    [agent] = [d for d in facts.disagreements if d.attribute.startswith("agent")]
    assert {s.value for s in agent.sides} == {"NightCrane", "Saltmarsh"}


def _briefed(*dated: tuple[str, date]):
    articles = [Article(id=f"a{i}", text=text, published=day) for i, (text, day) in enumerate(dated)]
    kept, _, _ = prepare(articles)
    return extract_facts(kept, split_articles(kept))


@needs_model
def test_a_death_toll_lower_in_a_later_report_is_no_update():
    facts = _briefed(
        ("The storm killed 12 people in the valley, the regional authority said.", date(2025, 3, 1)),
        ("The regional authority has updated the death toll: 8 people were killed in the valley.", date(2025, 3, 1)),
        ("The storm killed 8 people in the valley, the regional authority said on Sunday.", date(2025, 3, 2)),
    )
    [toll] = [d for d in facts.disagreements if d.attribute == "killed"]
    assert toll.kind == "conflict"
    rising = _briefed(
        ("The storm killed 8 people in the valley, the regional authority said.", date(2025, 3, 1)),
        ("The regional authority has updated the death toll: 12 people were killed in the valley.", date(2025, 3, 1)),
    )
    [toll] = [d for d in rising.disagreements if d.attribute == "killed"]
    assert toll.kind == "update"
