"""Quotes ranked across the cluster: the key quotation first, the ones several
outlets carry above one outlet's asides, one live blog never filling the list;
fragments of the writer's own clause are no quotations, and an agency that
reports a quotation is its source, not its speaker."""

from __future__ import annotations

from datetime import date

from tests.facts.test_facts import facts_of, needs_model, seed  # noqa: F401  (the seed fixture)

LIVE_BLOG = "\n\n".join(
    f'{h}:00 Councillor Bram Oduya said: "I had a sandwich at {h} and the weather is nice today in the square."'
    for h in range(9, 21)
)


def test_seed_key_quote_shows_first(seed):
    _, facts = seed
    assert facts.quotes[0].text.startswith("There is absolutely no doubt that the person who was killed is Anis Amri")
    assert facts.quotes[0].speaker == "Marco Minniti"


def test_seed_fragments_and_agencies(seed):
    _, facts = seed
    texts = [q.text for q in facts.quotes]
    for fragment in ("has come up in the past", "absolutely no doubt", "without any doubt", "soldier of the Islamic State",
                     "had ties with #ISIS", "through Chambery"):
        assert not any(t.startswith(fragment) for t in texts), fragment
    assert "Ansa" not in {q.speaker for q in facts.quotes}
    assert any(t.startswith("our attention is high") for t in texts), "a whole clause quoted in lower case stays"


def test_seed_first_quotes_come_from_several_articles(seed):
    _, facts = seed
    first = facts.quotes[:10]
    by_article = {}
    for q in first:
        for a in q.articles:
            by_article[a] = by_article.get(a, 0) + 1
    assert len(by_article) >= 4
    assert max(by_article.values()) <= 6, "the live blog (article 001) does not fill the first ten"


@needs_model
def test_a_live_blog_does_not_bury_the_quote_every_outlet_carries():
    carried = '"The dam held, and nobody in Kelso was hurt," said fire chief Marta Lindqvist.'
    _, facts = facts_of(
        "Floods hit the town of Kelso on Monday. " + carried,
        "The river rose two metres in Kelso overnight. " + carried,
        "Kelso live: the flood, hour by hour.\n\n" + LIVE_BLOG,
        published=date(2023, 10, 3),
    )
    assert facts.quotes[0].text.startswith("The dam held")
    assert facts.quotes[0].speaker == "Marta Lindqvist" and len(facts.quotes[0].articles) == 2
    first = facts.quotes[:5]
    assert sum(1 for q in first if q.speaker == "Bram Oduya") <= 4


@needs_model
def test_quoted_words_inside_the_writers_clause_are_no_quotation():
    _, facts = facts_of(
        'Police chief Ana Ruiz told reporters that the suspect\'s name "has come up in the past" in other cases. '
        'Ruiz said: "We will find him and bring him to court."',
        published=date(2023, 10, 3),
    )
    texts = [q.text for q in facts.quotes]
    assert not any(t.startswith("has come up") for t in texts), texts
    assert any(t.startswith("We will find him") for t in texts)


@needs_model
def test_an_agency_reporting_a_quotation_is_not_its_speaker():
    _, facts = facts_of(
        'Italian news agency Ansa are reporting that "The suspect arrived in Milan by train around 1 am."',
        'The Lindqvist Group said in a statement: "All our stores in Milan will stay open this week."',
        published=date(2023, 10, 3),
    )
    speakers = {q.text[:12]: q.speaker for q in facts.quotes}
    assert speakers.get("The suspect ") != "Ansa", speakers
    assert speakers.get("All our stor") == "Lindqvist Group", "an organisation's statement is its own"
