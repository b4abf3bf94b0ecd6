"""Who did it: the doer of an act paired across articles when the one acted on
is named, written as "him" / "the gunman", or is a vehicle ("Who flew the plane?")."""

from __future__ import annotations

from newsbrief.render.facts import disagreement_label
from tests.facts.test_facts import facts_of, needs_model


def _agents(facts):
    return [d for d in facts.disagreements if d.attribute.startswith("agent") and not d.benign]


def _one_agent(*texts):
    """The one who-did-it disagreement of the articles, and its sides (doer: articles)."""
    _, facts = facts_of(*texts)
    [agent] = _agents(facts)
    return agent, {s.value: set(s.articles) for s in agent.sides}


@needs_model
def test_who_flew_the_plane_disagrees():
    agent, sides = _one_agent(
        "Nordvik Air said the plane was being flown by its captain, Gunnar Lie, 56, when it crashed near Varnes.",
        "The airline said the aircraft was flown on the departure by its first officer, Sofie Berg, 29.",
        "The airline says Gunnar Lie was at the controls when the plane took off from Varnes.",
    )
    assert sides == {"Gunnar Lie": {"a0", "a2"}, "Sofie Berg": {"a1"}}
    assert disagreement_label(agent) == "Who flew the plane?"


@needs_model
def test_who_killed_him_when_the_article_does_not_name_him():
    _, facts = facts_of(
        "The gunman, Tyler Brandvold, opened fire at the Eastgate Mall. Brandvold was 19. He was killed within "
        "minutes by Sergeant Dana Whitfield, police said.",
        "Tyler Brandvold stormed into the mall with a rifle. Security guard Andre Bell, 34, confronted the gunman "
        "and shot him dead.",
    )
    [agent] = _agents(facts)
    assert agent.subject_name == "Tyler Brandvold"
    assert {s.value for s in agent.sides} == {"Dana Whitfield", "Andre Bell"}


@needs_model
def test_the_same_doer_or_another_subject_is_no_disagreement():
    _, facts = facts_of(
        "Tyler Brandvold opened fire at the mall. Sergeant Dana Whitfield shot him dead within minutes.",
        "Tyler Brandvold was 19. He was killed by Sergeant Dana Whitfield, an off-duty officer.",
        "Tyler Brandvold fired at shoppers. Security guard Andre Bell told reporters that officers shot him dead.",
    )
    assert _agents(facts) == []


@needs_model
def test_who_fired_the_shot_that_hit_or_opened_fire_when_one_was_hit():
    agent, sides = _one_agent(
        "Police said Kieran Vasey, 27, fired the shot that hit guard Colm Reddan, 52, in the chest.",
        "The guard, Colm Reddan, was hit in the chest when Ross Mulhern opened fire as the gang fled.",
        "Colm Reddan was shot by Kieran Vasey as the gang ran to a waiting car, prosecutors said.",
    )
    assert agent.subject_name == "Colm Reddan"
    assert sides == {"Kieran Vasey": {"a0", "a2"}, "Ross Mulhern": {"a1"}}


@needs_model
def test_a_shot_fired_at_no_one_or_a_person_hit_before_another_arrived_is_no_act():
    _, facts = facts_of(
        "Police said Kieran Vasey fired a warning shot into the air as Colm Reddan ran from the shop.",
        "Colm Reddan was hit in the chest when Ross Mulhern arrived at the shop.",
        "Colm Reddan, 52, fired the shot that hit nobody, witnesses said of the guard.",
    )
    assert _agents(facts) == []
    assert not [f for f in facts.facts if f.attribute.startswith("agent")]


@needs_model
def test_who_a_happening_is_blamed_on_or_carried_out_by_disagrees():
    """"blamed on (... supplied by) X", "carried out by X" and "X claimed responsibility" name
    who a happening is put down to; two articles that put it down to two doers disagree."""
    agent, sides = _one_agent(
        "A ransomware attack on the hospital has been blamed on a criminal gang known as Black Lantern, officials said.",
        "It was carried out by the Grey Fox gang, security sources told the Clarion.",
        "Black Lantern claimed responsibility for the attack on Tuesday.",
    )
    assert sides == {"Black Lantern": {"a0", "a2"}, "Grey Fox": {"a1"}}
    assert disagreement_label(agent) == "Who was blamed for it?"
    agent, sides = _one_agent(
        "Officials said the fire was blamed on wiring installed by Brannock Electrical, a contractor.",
        "Fire chiefs said the blaze was blamed on an industrial heater supplied by Tessaro Heating.",
    )
    assert sides == {"Brannock Electrical": {"a0"}, "Tessaro Heating": {"a1"}}


@needs_model
def test_blame_for_no_happening_or_a_name_in_another_clause_is_no_attribution():
    """Blame for a delay, a name after "said" or "denied", or blame laid by the named one is no doer."""
    _, facts = facts_of(
        "The delay was blamed on Network Rail, passengers said.",
        "The delay was blamed on Arriva Trains, the operator said.",
        "The fire was blamed on faulty wiring, said Brannock Electrical.",
        "The fire was blamed on a heater, but Tessaro Heating denied it.",
        "Brannock Electrical blamed the fire on the weather.",
    )
    assert _agents(facts) == []


@needs_model
def test_an_attack_attributed_to_one_group_and_another_behind_it_disagree():
    agent, sides = _one_agent(
        "The bombing was attributed to the Northern Front by investigators.",
        "Police said the Kaldor Liberation Army was behind the bombing.",
        "The Kaldor Liberation Army claimed responsibility for the bombing.",
    )
    assert sides == {"Northern Front": {"a0"}, "Kaldor Liberation Army": {"a1", "a2"}}
