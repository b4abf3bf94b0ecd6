"""Roles of named people and where a happening began: raised when two articles
give the same person or the same happening values that cannot both be true,
never for two people, two wordings of one post, or a town and its region."""

from __future__ import annotations

from newsbrief.facts.places import place_key
from newsbrief.facts.roles import role_key
from newsbrief.render.facts import disagreement_label
from tests.facts.test_facts import facts_of, needs_model


def _raised(facts, attribute):
    return [d for d in facts.disagreements if d.attribute.startswith(attribute) and not d.benign]


def _values(d):
    return {s.value: set(s.articles) for s in d.sides}


def test_role_key_drops_time_words_and_makes_synonyms_one():
    assert role_key("the former chief operating officer") == {"chief", "operating", "officer"}
    assert role_key("spokeswoman") == role_key("spokesman")
    assert role_key("attorney") == role_key("lawyer")
    assert role_key("CFO") == role_key("chief financial officer")


def test_place_key_drops_articles_and_town():
    assert place_key("the town of Derevli") == {"derevli"}
    assert place_key("the mall's food court") == {"mall", "food", "court"}


@needs_model
def test_title_before_name_and_appositive_disagree():
    _, facts = facts_of(
        "Voters will choose between deputy mayor Ines Marlowe and businessman Tomasz Wierzbicki in a runoff.",
        "The runoff pits former city treasurer Ines Marlowe against Tomasz Wierzbicki, who owns a hardware store.",
        "Ines Marlowe, the deputy mayor, led the field with 48,210 votes.",
    )
    [role] = _raised(facts, "role")
    assert role.subject_name == "Ines Marlowe"
    assert _values(role) == {"deputy mayor": {"a0", "a2"}, "former city treasurer": {"a1"}}
    assert disagreement_label(role) == "What is Ines Marlowe's role?"


@needs_model
def test_capitalised_titles_and_posts_at_an_organisation():
    """Two titles disagree; a title and a described post may both be held ("housing lead")."""
    _, facts = facts_of(
        "\"We will rebuild,\" said Deputy Mayor Ines Marlowe on Tuesday.",
        "City Treasurer Ines Marlowe said the town would rebuild.",
        "Ines Marlowe, the council's housing lead, said the town would rebuild.",
        "Jane Doe, head of communications at Acme Corp, said the plant would reopen.",
        "Jane Doe, the chief executive of Acme Corp, said the plant would reopen.",
        "Mayor Tom Hale and Police Chief Ramon Delacroix spoke to reporters.",
        "Tom Hale, the mayor, and Chief Ramon Delacroix spoke again on Wednesday.",
    )
    found = {d.subject_name: {s.value for s in d.sides} for d in _raised(facts, "role")}
    assert found == {
        "Ines Marlowe": {"Deputy Mayor", "City Treasurer"},
        "Jane Doe": {"head of communications at Acme Corp", "chief executive of Acme Corp"},
    }


@needs_model
def test_possessive_before_name_and_who_is_the():
    _, facts = facts_of(
        "Its spokeswoman, Katja Lindqvist, condemned the violence at the march on Tuesday.",
        "Katja Lindqvist, the founder of the Citizens' Fuel Alliance, condemned the violence.",
    )
    [role] = _raised(facts, "role")
    assert {side.value for side in role.sides} == {"spokeswoman", "founder of the Citizens' Fuel Alliance"}


@needs_model
def test_two_wordings_of_one_post_are_no_disagreement():
    _, facts = facts_of(
        "\"We have never seen water move this quickly,\" said Aileen McBride, leader of Hebworth council.",
        "Aileen McBride, the council leader, said the town needs a reservoir.",
        "Raman's lawyer, Steven Oyelaran, said his client would plead not guilty.",
        "Raman's attorney Steven Oyelaran said she would fight the charges.",
    )
    assert _raised(facts, "role") == []


@needs_model
def test_different_peoples_roles_are_no_disagreement():
    _, facts = facts_of(
        "Chief executive Martin Hale said the company had acted quickly.",
        "The company's finance director, Owen Marsh, said the losses were provisioned.",
        "Martin Hale, the chief executive, told analysts the losses would not affect guidance.",
    )
    assert _raised(facts, "role") == []


@needs_model
def test_a_promotion_is_labelled_not_raised():
    _, facts = facts_of(
        "Finance director Owen Marsh said the company would cut costs this year.",
        "Owen Marsh, the chief executive, said he was promoted in March after Hale resigned.",
    )
    assert _raised(facts, "role") == []
    [role] = [d for d in facts.disagreements if d.attribute == "role"]
    assert role.kind == "update"


@needs_model
def test_where_a_fire_started_disagrees_and_days_are_skipped():
    _, facts = facts_of(
        "The fire started shortly before noon Sunday near Pine Hollow Road and burned 12,000 acres.",
        "The Cedar Ridge Fire broke out on Sunday at a campground beside Lake Arden, officials said.",
        "Officials said the fire began Sunday near Pine Hollow Road.",
    )
    [place] = _raised(facts, "place")
    assert _values(place) == {"Pine Hollow Road": {"a0", "a2"}, "a campground beside Lake Arden": {"a1"}}
    assert disagreement_label(place) == "Where did the fire start?"


@needs_model
def test_a_denied_place_gives_the_place_after_but():
    _, facts = facts_of(
        "Clashes broke out outside the parliament building in the early afternoon, police said.",
        "Our correspondent says the clashes began not at parliament but in Victoria Square.",
    )
    [place] = _raised(facts, "place")
    assert {side.value for side in place.sides} == {"the parliament building", "Victoria Square"}


@needs_model
def test_a_town_and_its_region_or_a_fuller_wording_are_no_disagreement():
    _, facts = facts_of(
        "The earthquake's epicentre was near Derevli, at a depth of 10 km.",
        "Its epicentre was in Karsin province, the agency said, and the quake was shallow.",
        "The shooting began in the food court on Saturday, police said.",
        "A gunman opened fire in the mall's crowded food court, police said.",
        "The blaze started near Pine Hollow in Marwick County on Sunday.",
        "The fire began in Marwick County, officials said.",
        "The explosion started in Carverton early on Monday.",
        "The explosion started in the boiler room of the plant, police said.",
    )
    assert _raised(facts, "place") == []


@needs_model
def test_where_it_happened_is_its_own_slot_and_needs_a_named_place():
    _, facts = facts_of(
        "The small plane crashed near Varnes shortly after take-off, the airline said.",
        "The plane crashed near Bodø, police said, and four people died.",
        "The fire started in the kitchen of the hotel, firefighters said.",
        "The ferry capsized in rough seas on Sunday. A train derailed at high speed in 2019.",
        "The ferry capsized in heavy seas off the coast, officials said.",
    )
    [site] = [d for d in facts.disagreements if d.attribute.startswith("site") and not d.benign]
    assert {s.value for s in site.sides} == {"Varnes", "Bodø"}
    assert disagreement_label(site) == "Where did the crash happen?"
    assert not [d for d in facts.disagreements if d.attribute in ("site:sinking", "site:derailment")]


@needs_model
def test_where_it_happened_is_read_after_any_verb_and_from_proper_nouns():
    """A vehicle or a happening's noun before any verb, a proper noun spaCy does not
    call a place ("Carrick Head"), and a place written after its town's spot are read."""
    _, facts = facts_of(
        "Four people are missing after a sightseeing boat overturned off Carrick Head, near the village of Orrin.",
        "Six people are still missing after a tour boat capsized near Gull Rock outside Orrin, the coastguard said.",
        "Three skiers were killed when an avalanche swept down the Pic Blanc run outside Vallorsa on Sunday.",
        "An avalanche buried a group of skiers on the slopes of the Col de Brenva near Pralunga in the Italian Alps.",
    )
    found = {d.attribute: {s.value: set(s.articles) for s in d.sides} for d in facts.disagreements if not d.benign
             and d.attribute.startswith("site")}
    assert found == {
        "site:sinking": {"Carrick Head": {"a0"}, "Gull Rock outside Orrin": {"a1"}},
        "site:avalanche": {"the Pic Blanc": {"a2"},
                           "the slopes of the Col de Brenva near Pralunga in the Italian Alps": {"a3"}},
    }


@needs_model
def test_a_place_runs_on_through_named_places_past_a_clause_of_times():
    """"at a shop on a street in a town" is one place, read past "on Monday, April 13th,";
    a spot in one town disagrees with another town."""
    _, facts = facts_of(
        "A guard was wounded when three armed men raided a jewellery shop in the town of Dunmere on Tuesday.",
        "The raid happened just before closing time on Monday, April 13th, at Thorne & Abel on Carlow Street in "
        "Harwick, a Brackley suburb, witnesses said.",
    )
    [site] = [d for d in facts.disagreements if d.attribute == "site:raid" and not d.benign]
    assert _values(site) == {"the town of Dunmere": {"a0"}, "Thorne & Abel on Carlow Street in Harwick": {"a1"}}
    assert disagreement_label(site) == "Where did the raid happen?"


@needs_model
def test_telling_journeys_and_one_kind_of_spot_are_no_place_disagreement():
    """Where a happening was condemned or a vehicle landed is not where it happened, and two
    wordings of one plant in two towns of a region are both true."""
    _, facts = facts_of(
        "The attack was condemned in Paris by ministers on Monday.",
        "The attack happened in Nice, police said.",
        "The plane landed at Varnes after a short flight.",
        "The plane crashed near Varnes, the airline said.",
        "Seven people were killed in a fire at a textile plant in northern England early on Saturday.",
        "Seven workers died when fire swept through the dye house of the Lisgar-based textile maker Corran Mills at "
        "its plant in Kellow early on Saturday.",
    )
    assert _raised(facts, "site") == _raised(facts, "place") == []


@needs_model
def test_a_bare_condition_is_read_past_and_a_region_or_its_town_agree():
    """"in rough seas" and "at high speed" are no places; the place after them is, and a
    region ("the central Philippines") or a town with its state agree with a spot in them."""
    _, facts = facts_of(
        "A passenger ferry capsized in rough seas off the central Philippines on Sunday.",
        "The ferry capsized off Marisol Island with 209 people on board.",
        "A commuter train derailed on a curve outside Millbrook, Pennsylvania, on Friday afternoon.",
        "Commuters were hurled around when a packed train derailed at high speed in Pennsylvania.",
    )
    assert _raised(facts, "site") == []
    sites = {f.value for f in facts.facts if f.attribute.startswith("site")}
    assert {"the central Philippines", "Pennsylvania", "a curve outside Millbrook, Pennsylvania"} <= sites
    assert not any("seas" in value or "speed" in value for value in sites)


@needs_model
def test_a_spot_in_a_town_agrees_with_a_region_that_may_hold_the_town():
    _, facts = facts_of(
        "The explosion happened in Essex, police said.",
        "The explosion happened at a warehouse in Harlow, police said.",
    )
    assert _raised(facts, "site") == []


@needs_model
def test_the_target_of_an_attack_and_a_month_after_a_place_are_no_site():
    """"the attack on the U.S. Embassy in Nairobi" names a target, not where it happened, and
    "crashed in the Atlantic on June 1" is "the Atlantic"."""
    _, facts = facts_of(
        "Mohammed Odeh has been charged over the attack on the U.S. Embassy in Nairobi.",
        "The embassy attack in Kenya unfolded that same day.",
        "Air France Flight 447, which crashed in the Atlantic Ocean earlier this month, was torn apart in midair.",
        "A search team has recovered part of the tail of Air France Flight 447, which crashed in the Atlantic on June 1.",
    )
    assert _raised(facts, "site") == []
    assert "the Atlantic" in {f.value for f in facts.facts if f.attribute == "site:crash"}


@needs_model
def test_the_sea_off_a_region_agrees_with_a_place_on_its_coast():
    _, facts = facts_of(
        "Swissair Flight 111, an MD-11, crashed off Nova Scotia on Sept. 2.",
        "All 229 people aboard were killed when the airliner plunged into the sea off Peggy's Cove.",
    )
    assert {f.value for f in facts.facts if f.attribute == "site:crash"} == {"Nova Scotia", "Peggy's Cove"}
    assert _raised(facts, "site") == []


@needs_model
def test_a_report_naming_one_sides_place_beside_the_happening_states_that_side():
    _, facts = facts_of(
        "The fire started on Friday night near Harrow Mill Lane and spread to the forest, crews said.",
        "The fire started on Friday night at a picnic site beside Lough Carra, crews said.",
        "Crews fought the fire along Harrow Mill Lane through Saturday. Dozens of homes were evacuated.",
        "Rain fell on Lough Carra and Harrow Mill Lane on Sunday. The fire was out by Monday.",
    )
    [place] = _raised(facts, "place")
    assert _values(place) == {"Harrow Mill Lane": {"a0", "a2"}, "a picnic site beside Lough Carra": {"a1"}}


@needs_model
def test_where_a_storm_came_ashore_disagrees():
    _, facts = facts_of(
        "Hurricane Teodora made landfall near the fishing town of Santa Rufina late on Saturday, officials said.",
        "The hurricane came ashore near Punta Verde on Saturday night, officials said.",
    )
    [site] = _raised(facts, "site")
    assert _values(site) == {"the fishing town of Santa Rufina": {"a0"}, "Punta Verde": {"a1"}}


@needs_model
def test_a_park_the_tagger_takes_for_a_town_is_a_spot_and_two_parks_disagree():
    _, facts = facts_of(
        "Two dogs attacked a boy in Harmon Park on Sunday afternoon, police said.",
        "The attack happened just before 3 p.m. near the playground at Fenwick Park, police said.",
    )
    [site] = _raised(facts, "site")
    assert set(_values(site)) == {"Harmon Park", "the playground at Fenwick Park"}


@needs_model
def test_a_place_of_no_named_happening_goes_to_the_happening_placed_most():
    """"struck Tillock Reef" names no happening: it is the grounding the other reports place
    twice, not the storm one headline places once."""
    _, facts = facts_of(
        "The Kestrel Bay grounded on Haystack Shoal shortly after midnight, the Coast Guard said.",
        "The Kestrel Bay grounded on Haystack Shoal off Port Tessary early on Monday.",
        "The Kestrel Bay struck Tillock Reef in the early hours of Monday. A storm struck near Port Tessary on Tuesday.",
    )
    assert "Tillock Reef" in {f.value for f in facts.facts if f.attribute == "site:grounding"}


@needs_model
def test_two_posts_joined_by_and_are_one_role():
    _, facts = facts_of(
        '"This is the worst day of my working life," chief executive Martin Kell said in a message to staff on Tuesday morning.',
        "Martin Kell, SkyReach's founder and chairman, said he was heartbroken by the collapse of the airline.",
    )
    [role] = _raised(facts, "role")
    assert _values(role) == {"chief executive": {"a0"}, "founder and chairman": {"a1"}}


@needs_model
def test_the_places_a_storm_passes_over_do_not_disagree():
    _, facts = facts_of(
        "For 11 days Hurricane Georges plowed across the Caribbean, killing at least 500 people.",
        "As night fell the storm struck Key West, and studio lights flickered.",
        "The hurricane hit Mobile with heavy rains on Monday, officials said.",
    )
    assert _raised(facts, "site") == []
