"""Disagreements: values of one slot paired across articles, labelled when a
difference is explained (update, hedge, rounding, unit), ranked and worded
as the question a reader would ask."""

from __future__ import annotations

from datetime import date

from newsbrief.render.facts import disagreement_label, facts_to_dict, facts_to_text
from tests.facts.test_facts import facts_of, needs_model

FLOOD = (
    "Floodwaters swept through the valley town of Marlow on Tuesday. At least 15 people were missing and 4,000 "
    "were evacuated from their homes, officials said. The army sent 300 troops to help with the rescue.",
    "Rescuers searched for 12 people who remain missing after the flood in Marlow. About 3,500 residents were "
    "evacuated. Some 250 troops were deployed to the town.",
    "The Marlow flood left 11 people missing, according to the regional governor. Authorities said 3,500 people "
    "had been evacuated.",
)


def _by_attribute(facts):
    return {d.attribute: d for d in facts.disagreements}


def _values(d):
    return {s.value: set(s.articles) for s in d.sides}


@needs_model
def test_flood_pages_pair_missing_evacuated_and_troops():
    _, facts = facts_of(*FLOOD, published=date(2024, 5, 2))
    found = _by_attribute(facts)
    assert _values(found["missing"]) == {"15": {"a0"}, "12": {"a1"}, "11": {"a2"}}
    assert found["missing"].kind == "conflict"
    assert _values(found["evacuated"]) == {"4,000": {"a0"}, "3,500": {"a1", "a2"}}
    assert _values(found["count:troop"]) == {"300": {"a0"}, "250": {"a1"}}
    text = facts_to_text(facts)
    assert "(no disagreement found)" not in text
    assert "How many people are missing?" in text


PAIRS = [
    ("The gunman killed at least 14 people at the market, police said.",
     "The gunman killed 11 people at the market, police said.", "killed", "conflict"),
    ("Police arrested 47 people during the protests in the capital.",
     "At least 60 people were arrested during the protests in the capital.", "arrested", "conflict"),
    ("The explosion at the refinery happened at 4:30 p.m.",
     "The explosion at the refinery happened at 5:15 p.m.", "time", "conflict"),
    ("The storm killed at least 10 people across the region.",
     "The storm killed 12 people across the region.", "killed", "bound"),
    ("The earthquake struck 5 miles from the town of Varna, the agency said.",
     "The earthquake struck 8 kilometres from the town of Varna, the agency said.", "distance", "rounding"),
    ("The fire destroyed 1,200 homes in the valley, officials said.",
     "The fire destroyed about 1,000 homes in the valley, officials said.", "count:home", "rounding"),
]


@needs_model
def test_pairs_are_raised_or_labelled():
    for first, second, attribute, kind in PAIRS:
        _, facts = facts_of(first, second, published=date(2024, 5, 2))
        found = _by_attribute(facts)
        assert attribute in found, (first, second, [d.attribute for d in facts.disagreements])
        assert found[attribute].kind == kind, (first, second, found[attribute])


WHOLES = [
    ("Chinese swimmers won 12 of the 16 golds at stake in the Rome championships, the federation said.",
     "Chinese swimmers won 12 of the 11 golds at stake in the Rome championships, the federation said.", "count:gold", {"16": {"a0"}, "11": {"a1"}}),
    ("At the height of the strike the airline laid off 5,000 of its 13,000 workers, the union said.",
     "At the height of the strike the airline laid off 5,000 of its 18,000 workers, the union said.", "count:worker",
     {"13,000": {"a0"}, "18,000": {"a1"}}),
    ("The plane crashed after take-off, killing five of the six people on board, the airline said.",
     "The plane crashed after take-off, killing five of the nine people on board, the airline said.", "count:people", {"6": {"a0"}, "9": {"a1"}}),
]


@needs_model
def test_the_whole_after_part_of_the_is_a_count_that_can_disagree():
    """'12 of the 16 golds': 16 counts every gold, so another article's 11 contradicts it;
    a toll cue before the part ('killing five of the six') makes only the part a toll."""
    for first, second, attribute, sides in WHOLES:
        _, facts = facts_of(first, second, published=date(2024, 5, 2))
        found = _by_attribute(facts)
        assert attribute in found, (first, [d.attribute for d in facts.disagreements])
        assert _values(found[attribute]) == sides
        assert found[attribute].kind == "conflict"
        assert "killed" not in found


@needs_model
def test_labels_are_questions_and_spellings_come_last():
    _, facts = facts_of(
        "Gunman Jonas Ferrante, 31, killed two guards at the bank in Tallow, police said. Ferrante fled.",
        "Jonas Ferante, 33, killed two guards at the bank in Tallow, police said. Ferante fled.",
        "Jonas Ferrante, 31, killed two guards at the bank in Tallow, police said.",
        published=date(2024, 5, 2),
    )
    kinds = [d.kind for d in facts.disagreements if not d.benign]
    assert "spelling" in kinds and kinds.index("conflict") < kinds.index("spelling")
    age = next(d for d in facts.disagreements if d.attribute == "age")
    assert disagreement_label(age) == "How old is Jonas Ferrante?"
    text = facts_to_text(facts)
    assert text.index("How old is Jonas Ferrante?") < text.index("Spellings:")
    data = facts_to_dict(facts)
    assert data["disagreements"][0]["question"] == "How old is Jonas Ferrante?"
    spelled = [d for d in data["disagreements"] if d["kind"] == "spelling"]
    assert [d["subject_name"] for d in spelled] == ["Jonas Ferrante"]
    assert spelled[0]["question"] == "How is Jonas Ferrante's name spelled?"


@needs_model
def test_a_spelling_cites_only_articles_that_write_it():
    _, facts = facts_of(
        "Police officer Christian Movio, 36, was wounded when the gunman opened fire, police said. "
        "Movio is in hospital, his wife Anna Movio said.",
        "Police officer Cristian Movio, 36, was wounded when the gunman opened fire. Movio is in hospital.",
        "Police officer Christian Morio, 36, was wounded when the gunman opened fire. Morio is in hospital.",
        published=date(2024, 5, 2),
    )
    (spelling,) = [d for d in facts.disagreements if d.attribute == "name spelling"]
    for side in spelling.sides:
        for e in side.evidence:
            assert e.value.text in side.value, (side.value, e.value.text)
    assert _values(spelling) == {"Christian Movio": {"a0"}, "Cristian Movio": {"a1"}, "Christian Morio": {"a2"}}
