"""Sums of money by what they are for: one theft, ransom or fee told with two
amounts is raised, sums for different things never are, and a conversion in
brackets or a rounded figure is no contradiction."""

from __future__ import annotations

from tests.facts.test_facts import facts_of, needs_model


def _money(facts):
    return [d for d in facts.disagreements if d.attribute == "money"]


def _sides(d):
    return {s.value: set(s.articles) for s in d.sides}


@needs_model
def test_one_theft_told_with_two_amounts_is_raised_whatever_the_wording():
    _, facts = facts_of(
        "Investigators say the parish bookkeeper siphoned $75,000 from the restoration fund.",
        "The bookkeeper, a churchwarden for 20 years, is accused of swindling the parish out of $57,000.",
        "Prosecutors allege she embezzled $75,000 over two years.",
    )
    found = _money(facts)
    assert len(found) == 1 and _sides(found[0]) == {"USD 75,000": {"a0", "a2"}, "USD 57,000": {"a1"}}


@needs_model
def test_one_ransom_demand_in_two_amounts_is_raised():
    _, facts = facts_of(
        "The kidnappers of the engineer demanded a ransom of $300,000 from his employer.",
        "A ransom of $800,000 was demanded by phone, his brother told reporters.",
    )
    found = _money(facts)
    assert len(found) == 1 and _sides(found[0]) == {"USD 300,000": {"a0"}, "USD 800,000": {"a1"}}


@needs_model
def test_the_debts_a_firm_collapsed_with_are_one_sum_whatever_the_wording():
    _, facts = facts_of(
        "British airline SkyReach collapsed in the early hours of Tuesday with debts of £310 million, cancelling all flights.",
        "Thousands of Brits were stranded after budget airline SkyReach went bust with debts of £130m.",
    )
    found = _money(facts)
    assert len(found) == 1 and _sides(found[0]) == {"GBP 310,000,000": {"a0"}, "GBP 130,000,000": {"a1"}}


@needs_model
def test_what_a_haul_could_fetch_is_its_value_told_with_another_verb():
    _, facts = facts_of(
        "The suspects were carrying 14 rhino horns with an estimated black-market value of $1.2 million.",
        "The horns could have fetched $2.1 million on the black market, according to the authority.",
        "Rangers arrested nine people in Kivale National Park on Monday night.",
        "The gang is blamed for the worst wave of rhino killing in the park for a decade.",
        "A former ranger was among those held, the authority said.",
        "Conservation groups praised the operation.",
    )
    found = _money(facts)
    assert len(found) == 1 and _sides(found[0]) == {"USD 1,200,000": {"a0"}, "USD 2,100,000": {"a1"}}


@needs_model
def test_sums_for_different_things_are_never_paired():
    _, facts = facts_of(
        "The vineyard was fined £25,000 for polluting the river, the agency said.",
        "The vineyard, which made a profit of £25,000,000 last year, was fined £25,000 over the spill.",
        "Its owner posted a £90,000 bond and the vineyard has raised £12,000 for the clean-up.",
    )
    assert _money(facts) == []


@needs_model
def test_a_sum_a_report_denies_contradicts_no_other():
    _, facts = facts_of(
        "The club has spent more than £70m on players this season.",
        "The club has never spent £30m on a single player.",
    )
    assert _money(facts) == []


@needs_model
def test_a_conversion_in_brackets_and_a_rounded_sum_are_not_contradictions():
    _, facts = facts_of(
        "The smugglers were ordered to pay a fine of $1.96 million (£1.5m) by the court.",
        "The court ordered the smugglers to pay a fine of about $2 million.",
    )
    assert [d for d in _money(facts) if d.kind == "conflict"] == []
