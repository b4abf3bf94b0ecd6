"""Ages given to nobody named ("A 16-year-old boy", "the 29-year-old Dutch
rider") are the age of the one person their report names whom other reports
give an age a year or two off; an age near no one's, or near two people's,
is never raised against anyone."""

from __future__ import annotations

from tests.facts.test_facts import facts_of, needs_model


def _ages(facts):
    return {d.subject_name: {s.value: set(s.articles) for s in d.sides}
            for d in facts.disagreements if d.attribute == "age"}


@needs_model
def test_an_opening_unnamed_age_is_raised_against_the_named_one():
    _, facts = facts_of(
        "LUNDGATE (Reuters) - A 16-year-old boy who went missing on a hiking trail was found alive on Sunday. "
        "Rescuers said Milo Hartigan had sheltered under a rock ledge.",
        "Milo Hartigan, 17, was airlifted to hospital after two nights on the mountain. "
        "Hartigan's mother said he was cold but well.",
    )
    assert _ages(facts) == {"Milo Hartigan": {"16": {"a0"}, "17": {"a1"}}}


@needs_model
def test_the_age_before_a_nationality_is_raised_and_an_accented_surname_keeps_its_age():
    _, facts = facts_of(
        "The 29-year-old Dutch rider crashed on the final descent. Femke Vermeulen broke her collarbone.",
        "Femke Vermeulen, 31, crashed on the final descent and broke her collarbone.",
        "Doctors said Vermeülen is 31 and will miss the rest of the season.",
    )
    assert _ages(facts) == {"Femke Vermeulen": {"29": {"a0"}, "31": {"a1", "a2"}}}


@needs_model
def test_an_unnamed_age_near_no_one_or_near_two_people_is_not_raised():
    _, facts = facts_of(
        "A 45-year-old man was arrested at the scene. Police said Dara Quigley had been stabbed. Quigley was treated.",
        "Dara Quigley, 22, was stabbed outside a bar. Quigley was treated in hospital.",
        "The 23-year-old was treated in hospital. Dara Quigley and Ellen Quigley were at the bar with friends.",
        "Ellen Quigley, 24, said her cousin Dara Quigley, 22, was stabbed.",
    )
    assert _ages(facts) == {}


@needs_model
def test_an_age_standing_before_a_name_is_that_persons_only():
    _, facts = facts_of(
        "The 52-year-old Sven Ahlgren was charged on Monday. Investigators said Ingrid Solberg had been defrauded.",
        "Ingrid Solberg, 50, lost her savings. Ingrid Solberg said she trusted him.",
    )
    assert _ages(facts) == {}
