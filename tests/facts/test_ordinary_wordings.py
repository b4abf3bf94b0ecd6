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


def test_an_ampersand_is_and_in_a_name():
    amp, spelled = org_key(("ashcombe", "&", "vey")), org_key(("ashcombe", "and", "vey"))
    assert amp == spelled == ("ashcombe", "and", "vey")
    assert same_organisation("org", amp, "org", spelled)
    assert not same_organisation("org", org_key(("ashcombe", "&", "sons")), "org", spelled)


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


def _one(prefix: str, *texts: str):
    """The one disagreement of the articles whose attribute starts with ``prefix``, and its sides (value: articles)."""
    _, facts = facts_of(*texts)
    [found] = [d for d in facts.disagreements if d.attribute.startswith(prefix)]
    return found, {s.value: set(s.articles) for s in found.sides}


@needs_model
def test_claimed_responsibility_alone_names_who_did_it():
    _, sides = _one(
        "agent",
        "A group calling itself NightCrane claimed responsibility in a post on Thursday, the police said.",
        "The hacking attack on the hospital was carried out by a group known as Saltmarsh, investigators said.",
    )
    assert set(sides) == {"NightCrane", "Saltmarsh"}


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


def test_who_steered_named_by_what_they_are():
    from newsbrief.facts.acts import _steered_by_someone

    def doers(text):
        return [(a.agent, a.act, a.patient) for a in _steered_by_someone(text)]

    assert doers("The ferry was under the control of a harbour pilot, who had boarded at dawn.") == [
        ("harbour pilot", "steered", "the vessel")]
    assert doers("The coach was being driven by its relief driver when it left the road.") == [
        ("relief driver", "drove", "the bus")]
    assert doers("A second pilot was flying the plane at the time.") == [("second pilot", "flew", "the plane")]
    assert doers("The plane was being flown by its captain, Gunnar Lie, when it crashed.") == []  # named: read elsewhere


@needs_model
def test_who_steered_disagrees_when_named_by_what_they_are():
    _, sides = _one(
        "agent",
        "The freighter Marlow Star ran aground on Friday. The ship was under the control of a harbour pilot, the coastguard said.",
        "The freighter Marlow Star ran aground on Friday. The ship was being navigated by its master, the owners said.",
    )
    assert sides == {"harbour pilot": {"a0"}, "master": {"a1"}}


@needs_model
def test_places_said_without_a_preposition_or_the_happening():
    where, sides = _one(
        "place",
        "The leak started at about 9:20 a.m. (0820 GMT) in the boiler room of the school, the fire service said.",
        "Firefighters said the gas came from a storage shed behind the school.",
        "The head teacher said the leak was in the boiler room.",
    )
    assert where.attribute == "place:leak"
    assert sides == {"the boiler room of the school": {"a0", "a2"}, "a storage shed": {"a1"}}


@needs_model
def test_a_ship_that_struck_a_reef_or_grounded_on_a_shoal():
    where, sides = _one(
        "site",
        "The tanker Orla grounded on Pellet Bank early on Monday, the coastguard said.",
        "The Orla, a tanker registered in Panama, struck Craggan Reef early on Monday.",
        "The tanker is stuck on Pellet Bank, the coastguard said.",
    )
    assert sides == {"Pellet Bank": {"a0", "a2"}, "Craggan Reef": {"a1"}}
    assert not any("Panama" in side.value for side in where.sides)


@needs_model
def test_a_raised_estimate_is_an_update_and_grabbed_is_a_theft():
    _, facts = facts_of(
        "An estimated 300 barrels of oil had leaked from the tanker by Monday, the agency said.",
        "The agency on Tuesday raised its estimate of the oil leaked from the tanker to 700 barrels.",
    )
    [oil] = [d for d in facts.disagreements if d.attribute == "count:barrel"]
    assert oil.kind == "update"
    _, facts = facts_of("Raiders grabbed watches worth £4million from the shop.",
                        "Thieves escaped with watches worth an estimated £2m from the shop.")
    [money] = [d for d in facts.disagreements if d.attribute == "money"]
    assert money.kind == "conflict"
