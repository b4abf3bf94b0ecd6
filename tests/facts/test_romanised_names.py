"""One name romanised two ways ("Mykhailo Hnatiuk" / "Mikhail Gnatyuk") is one
person whose name is spelled differently; people who only share a romanised
surname stay apart; a given name and surname after a noun for a person are a
person's name."""

from __future__ import annotations

from tests.facts.test_facts import facts_of, needs_model


def _people(facts):
    return [set(e.variants) for e in facts.entities if e.type == "PERSON"]


@needs_model
def test_two_romanisations_of_one_name_are_one_person_and_a_spelling_difference():
    _, facts = facts_of(
        "Border guards detained Mykhailo Hnatiuk at the crossing on Friday. Hnatiuk was carrying forged papers.",
        "Mikhail Gnatyuk was detained at the crossing on Friday, officials said. Gnatyuk denied the charges.",
    )
    merged = [names for names in _people(facts) if "Mykhailo Hnatiuk" in names]
    assert merged and {"Mikhail Gnatyuk", "Gnatyuk", "Hnatiuk"} <= merged[0]
    spellings = [{s.value for s in d.sides} for d in facts.disagreements if d.attribute == "name spelling"]
    assert {"Mykhailo Hnatiuk", "Mikhail Gnatyuk"} in spellings


@needs_model
def test_people_sharing_only_a_romanised_surname_stay_apart():
    _, facts = facts_of(
        "Dmytro Hrytsak, the mayor, opened the bridge on Monday. Hrytsak cut the ribbon.",
        "Olena Gritsak, a local teacher, was the first to cross the bridge. Gritsak said she was thrilled.",
    )
    people = _people(facts)
    assert not any({"Dmytro Hrytsak", "Olena Gritsak"} <= names for names in people)
    assert not [d for d in facts.disagreements if d.attribute == "name spelling"]


@needs_model
def test_a_name_after_a_noun_for_a_person_is_a_persons():
    _, facts = facts_of(
        "The lodge's owner, Petra Hallowell, said the roof had been repaired in May. Hallowell said she was shocked.",
        "Lodge owner Petra Hallowell said no guests had been hurt.",
    )
    assert any({"Petra Hallowell", "Hallowell"} <= names for names in _people(facts))


@needs_model
def test_a_company_after_a_noun_for_a_person_stays_a_company():
    _, facts = facts_of(
        "The hotel's owner, Lakeside Holdings, said the roof had been repaired in May. Lakeside said it was shocked.",
        "Hotel owner Lakeside Holdings said no guests had been hurt.",
    )
    assert not [e for e in facts.entities if e.type == "PERSON" and "Lakeside Holdings" in e.variants]
