"""Values read from ordinary news prose: tolls by kind, counts, money, times,
distances, with their hedges and units."""

from __future__ import annotations

from datetime import date

import pytest

from tests.facts.test_facts import facts_of, needs_model


def values_of(text: str, published: date | None = date(2024, 5, 2)) -> set[tuple[str, str, str]]:
    """(attribute, value, qualifier) of every value the story states in ``text``."""
    _, facts = facts_of(text, published=published)
    return {(f.attribute, f.value, f.qualifier) for f in facts.facts if f.subject == "event" and f.attribute != "date"}


TOLLS = [
    ("Two people were killed and 12 injured.", {("killed", "2", "exact"), ("injured", "12", "exact")}),
    ("Two were killed and 12 are missing, police said.", {("killed", "2", "exact"), ("missing", "12", "exact")}),
    ("12 killed and 15 missing in the worst flood in decades.", {("killed", "12", "exact"), ("missing", "15", "exact")}),
    ("At least 15 people were missing and 4,000 were evacuated from their homes, officials said.",
     {("missing", "15", "at least"), ("evacuated", "4,000", "exact")}),
    ("The blast killed 12 people and injured 15 others.", {("killed", "12", "exact"), ("injured", "15", "exact")}),
    ("The attack killed nearly 40 people.", {("killed", "40", "at most")}),
    ("More than 200 people were injured in the crush.", {("injured", "200", "at least")}),
    ("Police arrested 47 protesters overnight in the capital.", {("arrested", "47", "exact")}),
    ("Up to 300 people were detained after the march.", {("arrested", "300", "at most")}),
    ("Coastguards rescued 23 fishermen from the sea.", {("rescued", "23", "exact")}),
    ("Some 40 people were rescued from rooftops.", {("rescued", "40", "about")}),
    ("The fighting has displaced 20,000 people in the province.", {("displaced", "20,000", "exact")}),
    ("About 3,500 residents were evacuated, officials said.", {("evacuated", "3,500", "about")}),
    ("The plane crashed after take-off, killing five of the six people on board.",
     {("killed", "5", "exact"), ("count:people", "6", "exact")}),
    ("Two of the victims were children, police said.", set()),
    ("The singer was found dead at 41 in his home in the city.", set()),
    ("Two other police officers were released from the hospital, the chief said.", set()),
    ("Sky watchers clocked a rate of up to 100,000 meteors an hour at the peak.", set()),
    ("Officials said the dead and injured were of 19 nationalities.", {("count:nationality", "19", "exact")}),
    ("Authorities said 3,500 people had been evacuated and 250 soldiers deployed.",
     {("evacuated", "3,500", "exact"), ("count:troop", "250", "exact")}),
    ("Rangers seized 14 rhino horns at a roadblock.", {("count:horn", "14", "exact")}),
    ("Three people were killed when 23 cars ploughed into each other in thick fog.",
     {("killed", "3", "exact"), ("count:car", "23", "exact")}),
    ("One person was killed when the scaffolding fell.", {("killed", "1", "exact")}),
    ("One of the victims was a teacher.", set()),
    ("Police said one day was lost.", set()),
]


@needs_model
@pytest.mark.parametrize(("text", "expected"), TOLLS)
def test_tolls_read_by_kind(text, expected):
    assert values_of(text) == expected


@needs_model
def test_money_with_currency():
    found = values_of("The city will spend $2.5 million on repairs and the EU pledged €40 million.")
    assert {("money", "USD 2,500,000", "exact"), ("money", "EUR 40,000,000", "exact")} <= found


@needs_model
def test_clock_times_keep_their_zone():
    found = values_of("The first explosion was heard at 4:30 p.m. local time, and a second at 3am GMT.")
    assert {("time", "16:30", "exact"), ("time", "03:00 GMT", "exact")} <= found


@needs_model
def test_distance_in_kilometres_whatever_the_unit():
    found = values_of("The epicentre was 5 miles from the town.")
    assert ("distance", "8.05 km", "exact") in found


@needs_model
def test_a_part_is_not_the_count():
    found = values_of("The fire killed 12 people and another 173 people were injured, police said.")
    assert ("killed", "12", "exact") in found and not any(value == "173" for _, value, _ in found)
