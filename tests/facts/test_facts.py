"""The facts stage: entities and aliases, values, disagreements, timeline, quotes.

Tests that need spaCy's English model skip when it is not installed
(``pip install 'newsbrief[facts]'``); the seed-cluster test skips without ../shared.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsbrief.facts import FactsConfig, FactsUnavailable, extract_facts
from newsbrief.render.facts import facts_to_dict, facts_to_markdown, facts_to_text
from newsbrief.facts.entities import same_person
from newsbrief.facts.nlp import Parsed, load
from newsbrief.facts.quotes import quoted_ranges
from newsbrief.facts.text import parse_number
from newsbrief.facts.timeline import find_dates
from newsbrief.model import Article, Sentence
from newsbrief.pipeline import prepare
from newsbrief.split import split_articles

SHARED = Path(__file__).parents[3] / "shared"
SEED = SHARED / "data" / "seed-cluster"


def _model_available() -> bool:
    try:
        load(FactsConfig().model)
    except FactsUnavailable:
        return False
    return True


needs_model = pytest.mark.skipif(not _model_available(), reason="spaCy model missing: pip install 'newsbrief[facts]'")


def facts_of(*texts: str, published: date | None = None, **kwargs):
    articles = [Article(id=f"a{i}", text=text, published=published) for i, text in enumerate(texts)]
    kept, _, _ = prepare(articles)
    return kept, extract_facts(kept, split_articles(kept), **kwargs)


def all_spans(facts):
    """Every (span, owner) the facts point at."""
    for entity in facts.entities:
        yield from entity.mentions
    for fact in facts.facts:
        for e in fact.evidence:
            yield e.value
            yield e.sentence
    for d in facts.disagreements:
        for side in d.sides:
            for e in side.evidence:
                yield e.value
                yield e.sentence
    for event in facts.timeline:
        for e in event.evidence:
            yield e.value
            yield e.sentence
    for quote in facts.quotes:
        for source in quote.sources:
            yield source.span
            yield source.sentence
            if source.speaker:
                yield source.speaker


def assert_spans_slice(facts, articles):
    texts = {a.id: a.text for a in articles}
    for span in all_spans(facts):
        assert texts[span.article_id][span.start : span.end] == span.text, span


# ---------------------------------------------------------------- without the model


def test_missing_model_says_how_to_install():
    with pytest.raises(FactsUnavailable, match=r"pip install 'newsbrief\[facts\]'"):
        load("no_such_spacy_model_xyz")


@pytest.mark.parametrize(
    ("text", "value"),
    [("24", 24), ("3,197", 3197), ("1.2 million", 1_200_000), ("twenty-four", 24), ("three-and-a-half", 3.5),
     ("a dozen", 12), ("twelve", 12), ("", None), ("many", None)],
)
def test_numbers_in_digits_and_words(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        (("christian", "movio"), ("cristian", "movio"), True),     # first-name spelling
        (("christian", "movio"), ("christian", "morio"), True),    # one letter in a rare surname
        (("luca", "scata"), ("lica", "scata"), True),
        (("antonio", "de", "iesu"), ("antonio", "de", "isu"), True),
        (("george", "bush"), ("george", "w", "bush"), True),       # middle initial
        (("george", "bush"), ("laura", "bush"), False),            # shared surname, different people
        (("george", "h", "w", "bush"), ("george", "w", "bush"), False),
        (("mark", "kelly"), ("mark", "kennedy"), False),           # shared first name
        (("hillary", "clinton"), ("bill", "clinton"), False),
        (("christian", "movio"), ("cristian", "morio"), False),    # two parts changed at once
        (("okonjo", "hale"), ("farida", "okonjo", "hale"), True),  # a double surname written alone
        (("ramos", "cruz"), ("elena", "ramos", "cruz"), True),
        (("elena", "cruz"), ("elena", "ramos", "cruz"), True),     # one of the two surnames
        (("okonjo", "hale"), ("farida", "hale"), False),           # a name that only ends alike
        (("ramos", "cruz"), ("elena", "ramos", "diaz"), False),
    ],
)
def test_full_names_of_one_person(a, b, same):
    assert same_person(a, b, FactsConfig()) is same


def test_quotation_spanning_paragraphs_is_one_quotation():
    text = 'She said: "The first part runs on.\n\n"And the second part closes it."\n\nThen prose.'
    ranges = quoted_ranges(text)
    assert len(ranges) == 1
    start, end = ranges[0]
    assert text[start:end].startswith("The first part") and text[start:end].endswith("closes it.")


def test_quotation_closed_in_the_next_paragraph():
    text = 'He read: "My message to you.\n\nI call on you all."\n\nAfter.'
    (start, end), = quoted_ranges(text)
    assert text[start:end].endswith("I call on you all.")


def test_unbalanced_quotation_marks_end_with_their_paragraph():
    text = 'He said "this never closes\n\nA new paragraph of plain prose.\n\n" stray mark'
    ranges = quoted_ranges(text)
    assert all("\n" not in text[s:e] for s, e in ranges)
    assert text[ranges[0][0] : ranges[0][1]] == "this never closes"


def _sentence(text: str, article_id: str = "a") -> Parsed:
    return Parsed(Sentence(article_id, 0, 0, 0, len(text), text), (), ())


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("The attack on Monday killed 12.", date(2016, 12, 23), "2016-12-19"),
        ("He was stopped at around 3am on Friday.", date(2016, 12, 23), "2016-12-23T03:00"),  # a Friday paper's Friday
        ("He was arrested last month.", date(2016, 12, 23), "2016-11"),
        ("He arrived in Germany late last year.", date(2016, 12, 23), "2015"),
        ("Officials said the bodies were found on Oct. 16.", date(1998, 10, 18), "1998-10-16"),
        ("He was arrested on November 8, 2016 in Hildesheim.", None, "2016-11-08"),
        ("He went to Italy in 2011.", None, "2011"),
    ],
)
def test_dates_resolved_against_publication(text, published, expected):
    found = find_dates([_sentence(text)], {"a": published})
    assert [m.date for m in found] == [expected]


@pytest.mark.parametrize("text", ["The attack on Monday killed 12.", "He was arrested last month.", "He arrived at 1am."])
def test_undated_article_gets_no_invented_date(text):
    assert find_dates([_sentence(text)], {"a": None}) == []


# ---------------------------------------------------------------- with the model

STORY = (
    "Gunman Jonas Ferrante, 31, shot dead two guards at the Lindqvist Bank in Tallow on Tuesday, police said. "
    "Officer Marta Kowalczyk shot Ferrante in the leg. "
    '"We acted as fast as we could," police chief Ruth Okafor said.\n\n'
    "The attack on Tuesday killed two people and injured 14.",
    "Jonas Ferante, 33, opened fire in the Lindqvist Bank in Tallow on Tuesday, killing two guards. "
    "Officer Marta Kowalczyk shot Ferante in the leg. "
    '"We acted as fast as we could," said police chief Ruth Okafor.\n\n'
    "The attack on Tuesday killed two people and injured 14 others.",
    "The Tallow bank attack on Tuesday killed two people and injured 19, according to the hospital. "
    "Police chief Ruth Okafor said the gunman, Jonas Ferrante, was in custody. "
    "Paul Okafor, her brother, runs a shop next to the bank.",
)


@pytest.fixture(scope="module")
def story():
    if not _model_available():
        pytest.skip("spaCy model missing: pip install 'newsbrief[facts]'")
    return facts_of(*STORY, published=date(2023, 3, 1))


def _dis(facts, attribute, subject_name=None):
    return [d for d in facts.disagreements if d.attribute == attribute and (subject_name is None or subject_name in d.subject_name)]


@needs_model
def test_story_entities_merge_spellings_not_relatives(story):
    _, facts = story
    by_variant = {v: e for e in facts.entities for v in e.variants}
    assert by_variant["Jonas Ferrante"] is by_variant["Jonas Ferante"] is by_variant["Ferrante"]
    assert by_variant["Ruth Okafor"] is not by_variant["Paul Okafor"]
    gunman = by_variant["Jonas Ferrante"]
    assert gunman.type == "PERSON" and len(gunman.articles) == 3


@needs_model
def test_story_disagreements_show_every_side(story):
    articles, facts = story
    (age,) = _dis(facts, "age", "Ferrante")
    assert {s.value: set(s.articles) for s in age.sides} == {"31": {"a0"}, "33": {"a1"}}
    assert age.kind == "conflict"
    (injured,) = _dis(facts, "injured")
    assert {s.value: set(s.articles) for s in injured.sides} == {"14": {"a0", "a1"}, "19": {"a2"}}
    assert injured.sides[0].support == 2
    (spelling,) = _dis(facts, "name spelling")
    assert {s.value for s in spelling.sides} == {"Jonas Ferrante", "Jonas Ferante"}
    assert not _dis(facts, "killed"), "all three agree on two dead"
    assert_spans_slice(facts, articles)


@needs_model
def test_story_facts_are_normalised_with_support(story):
    _, facts = story
    killed = [f for f in facts.facts if f.attribute == "killed" and f.value == "2"]
    assert killed and set(killed[0].articles) == {"a0", "a1", "a2"}


@needs_model
def test_story_quote_merged_with_speaker(story):
    _, facts = story
    quotes = [q for q in facts.quotes if "acted as fast" in q.text]
    assert len(quotes) == 1
    assert quotes[0].speaker == "Ruth Okafor" and set(quotes[0].articles) == {"a0", "a1"}


@needs_model
def test_story_timeline(story):
    _, facts = story
    tuesday = [t for t in facts.timeline if t.date == "2023-02-28"]
    assert tuesday and len(tuesday[0].articles) >= 2


@needs_model
def test_labelled_differences_are_not_conflicts():
    _, facts = facts_of(
        "The storm killed at least 40 people across the region, officials said on Monday.",
        "The storm killed 52 people across the region, officials said on Monday.",
        published=date(2020, 5, 5),
    )
    (toll,) = _dis(facts, "killed")
    assert toll.kind == "bound" and toll.benign


@needs_model
def test_later_toll_is_labelled_update():
    articles = [
        Article("early", "The earthquake in Varna killed 30 people, the ministry said.", published=date(2020, 5, 1)),
        Article("late", "The earthquake in Varna killed 45 people, the ministry said.", published=date(2020, 5, 3)),
    ]
    facts = extract_facts(articles, split_articles(articles))
    (toll,) = _dis(facts, "killed")
    assert toll.kind == "update"


@needs_model
def test_json_has_the_documented_keys(story):
    _, facts = story
    data = facts_to_dict(facts)
    assert {"entities", "facts", "disagreements", "timeline", "quotes"} <= set(data)
    json.dumps(data)
    side = data["disagreements"][0]["values"][0]
    assert {"value", "articles", "quote", "evidence"} <= set(side)
    assert {"name", "type", "variants", "articles"} <= set(data["entities"][0])
    assert {"speaker", "text", "articles"} <= set(data["quotes"][0])
    assert {"date", "text", "articles"} <= set(data["timeline"][0])
    assert "Where the reports disagree" in facts_to_markdown(facts)
    assert "Ferrante" in facts_to_text(facts)


BAD_INPUTS = {
    "nothing": [],
    "no entities, quotes or dates": ["the cat sat on the mat and then it slept for a while in the sun."],
    "unbalanced quotes": ['He said "this never ends.\n\nAnother " paragraph with a stray mark and “one more.'],
    "quotes over paragraphs": ['Smith said: "One.\n\n"Two.\n\n"Three and done."'],
    "not English": ["Der Bundestag hat am Dienstag über das neue Gesetz abgestimmt, und die Mehrheit der "
                    "Abgeordneten stimmte dafür, obwohl es in der Debatte viel Kritik gab und die Opposition "
                    "eine Verschiebung der Abstimmung forderte."],
    "symbols": ["$$$ 12 ### “” \" ' 3am 2011 -- ...", "\n\n\n"],
}


@needs_model
@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_input_gives_empty_sections_not_inventions(name):
    articles = [Article(id=f"b{i}", text=t) for i, t in enumerate(BAD_INPUTS[name])]
    kept, _, _ = prepare(articles)
    facts = extract_facts(kept, split_articles(kept))
    assert_spans_slice(facts, kept)
    assert not facts.disagreements
    if name in ("nothing", "no entities, quotes or dates", "not English"):
        assert not facts.entities and not facts.quotes and not facts.timeline and not facts.facts
    if name == "not English":
        assert facts.warnings


@needs_model
def test_sentences_that_do_not_slice_are_ignored():
    article = Article("x", "Anna Berg, 40, met Tom Lind in Oslo.")
    wrong = Sentence("x", 0, 0, 0, 10, "not the text")
    facts = extract_facts([article], [wrong])
    assert facts.entities == () and facts.facts == ()


WORDS = ["Jonas Ferrante", "Ferrante", "Ruth Okafor", "police", "said", "killed", "12", "three", "people", "Tuesday",
         "3am", "on", "in", "Tallow", "the", "bank", ",", ".", '"', "“", "”", ":", "\n\n", "24-year-old", "aged", "31"]


@needs_model
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(st.sampled_from(WORDS), min_size=0, max_size=40).map(" ".join), min_size=1, max_size=3))
def test_every_span_slices_back_to_its_text(texts):
    articles = [Article(id=f"h{i}", text=t, published=date(2021, 6, 4)) for i, t in enumerate(texts)]
    kept, _, _ = prepare(articles)
    facts = extract_facts(kept, split_articles(kept))
    assert_spans_slice(facts, kept)
    json.dumps(facts_to_dict(facts))


# ---------------------------------------------------------------- the seed cluster


@pytest.fixture(scope="module")
def seed():
    if not SEED.is_dir():
        pytest.skip(f"shared data not available at {SEED}")
    if not _model_available():
        pytest.skip("spaCy model missing: pip install 'newsbrief[facts]'")
    from newsbrief.ingest import load_paths

    kept, _, _ = prepare(load_paths([str(SEED)]).articles)
    return kept, extract_facts(kept, split_articles(kept))


def _sides(d):
    return {s.value: {a[:3] for a in s.articles} for s in d.sides}


def test_seed_every_disagreement_a_careful_reader_finds(seed):
    articles, facts = seed
    found = {(d.subject_name, d.attribute): d for d in facts.disagreements}
    # Amri's age: 24 in three outlets, 23 in one.
    assert {"24", "23"} == set(_sides(found[("Anis Amri", "age")]))
    assert _sides(found[("Anis Amri", "age")])["23"] == {"004"}
    assert {"000", "002", "003"} <= _sides(found[("Anis Amri", "age")])["24"]
    # The wounded officer's age: 35 or 36.
    assert _sides(found[("Christian Movio", "age")]) == {"35": {"000", "004"}, "36": {"001"}}
    # Who killed Amri: Scata (000, 004) or Movio (001, 003).
    assert _sides(found[("Anis Amri", "agent:killed")]) == {"Luca Scata": {"000", "004"}, "Christian Movio": {"001", "003"}}
    # Spellings of four names.
    spellings = {d.subject_name: {s.value for s in d.sides} for d in facts.disagreements if d.attribute == "name spelling"}
    assert spellings["Christian Movio"] == {"Christian Movio", "Cristian Movio", "Christian Morio"}
    assert spellings["Luca Scata"] == {"Luca Scata", "Lica Scata"}
    assert spellings["Marco Minniti"] == {"Marco Minniti", "Marco Minnitti"}
    assert spellings["Antonio De Iesu"] == {"Antonio De Iesu", "Antonio de Isu"}
    # Borders crossed: "no less than two" against three, shown but labelled as a bound.
    borders = found[("the story", "count:border")]
    assert _sides(borders) == {"3": {"001"}, "2": {"003"}} and borders.kind == "bound"
    # Nothing else is raised as a contradiction.
    raised = {(d.subject_name, d.attribute) for d in facts.disagreements if not d.benign}
    assert raised == {
        ("Anis Amri", "age"), ("Christian Movio", "age"), ("Anis Amri", "agent:killed"),
        ("Christian Movio", "name spelling"), ("Luca Scata", "name spelling"),
        ("Marco Minniti", "name spelling"), ("Antonio De Iesu", "name spelling"),
    }
    assert_spans_slice(facts, articles)


def test_seed_every_variant_of_a_name_merges(seed):
    _, facts = seed
    groups = [
        {"Anis Amri", "Amri"},
        {"Christian Movio", "Cristian Movio", "Christian Morio", "Movio", "Morio"},
        {"Luca Scata", "Lica Scata", "Scata"},
        {"Marco Minniti", "Marco Minnitti", "Minniti", "Mr Minniti"},
        {"Antonio De Iesu", "Antonio de Isu", "De Isu"},
        {"Abu Bakr al Baghdadi", "Abu Bakr al-Baghdadi"},
        {"Ahmad Abdulaziz Abdullah A", "Abu Walaa"},
        {"Amaq", "al-Amaq", "Al Amaq", "Amaq News Agency"},
        {"Islamic State", "ISIS"},
        {"Angela Merkel", "Merkel"},
        {"Peter Frank", "Frank"},
        {"Paolo Gentiloni", "Gentiloni"},
        {"Milan", "MIlan"},
    ]
    owner = {v: e.id for e in facts.entities for v in e.variants}
    for group in groups:
        assert group <= set(owner), group - set(owner)
        assert len({owner[v] for v in group}) == 1, group
    people = [{"Christian Movio", "Luca Scata"}, {"Marco Minniti", "Antonio De Iesu"}, {"Anis Amri", "Abu Walaa"}]
    for pair in people:
        assert len({owner[v] for v in pair}) == 2, pair
    assert facts.entities[0].name == "Anis Amri"


def test_seed_quotes_and_timeline(seed):
    _, facts = seed
    minniti = [q for q in facts.quotes if "extraordinary person" in q.text]
    assert len(minniti) == 1 and minniti[0].speaker == "Marco Minniti" and {"002_46e2c16e82701665", "004_22683a1443084810"} <= set(minniti[0].articles)
    pledge = [q for q in facts.quotes if "kill the crusader pigs" in q.text]
    assert len(pledge) == 1 and pledge[0].speaker == "Anis Amri" and len(pledge[0].articles) == 2
    speakers = {q.speaker for q in facts.quotes}
    # Rita Katz is quoted only in a fragment of the writer's clause ("had ties with #ISIS, ..."): no quotation (issue 15).
    assert {"Nour El Houda Hassani", "Antonio De Iesu", "Angela Merkel", "Peter Frank", "Marine Le Pen"} <= speakers
    sources: dict[str, set[str]] = {}
    for event in facts.timeline:
        sources.setdefault(event.date, set()).update(a[:3] for a in event.articles)
    assert sources["2016-12-19"] == {"000", "003"}  # Monday's attack, in the two dated reports
    assert "000" in sources["2016-12-23T03:00"]
    assert sources["2016-11"] == {"000"}  # Abu Walaa "arrested last month"
    undated = {"001", "002", "004"}
    for event in facts.timeline:
        for e in event.evidence:
            if e.value.article_id[:3] in undated:
                assert not e.value.text.lower().startswith(("monday", "friday", "on monday", "last")), e
