"""Who did it: the doer of an act paired across articles when the one acted on
is named, written as "him" / "the gunman", or is a vehicle ("Who flew the plane?")."""

from __future__ import annotations

from newsbrief.render.facts import disagreement_label
from tests.facts.test_facts import facts_of, needs_model


def _agents(facts):
    return [d for d in facts.disagreements if d.attribute.startswith("agent") and not d.benign]


@needs_model
def test_who_flew_the_plane_disagrees():
    _, facts = facts_of(
        "Nordvik Air said the plane was being flown by its captain, Gunnar Lie, 56, when it crashed near Varnes.",
        "The airline said the aircraft was flown on the departure by its first officer, Sofie Berg, 29.",
        "The airline says Gunnar Lie was at the controls when the plane took off from Varnes.",
    )
    [agent] = _agents(facts)
    assert {s.value: set(s.articles) for s in agent.sides} == {"Gunnar Lie": {"a0", "a2"}, "Sofie Berg": {"a1"}}
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
