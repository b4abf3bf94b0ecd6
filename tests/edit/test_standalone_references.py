"""The edit stage names what a reader of the brief alone cannot know: the place
"here" means in a wire story (its dateline's), and who a person is whose name
the brief completes, as the articles describe them."""

from __future__ import annotations

import pytest

from newsbrief.edit import edit_summary
from newsbrief.edit.dateline_places import dateline_place
from newsbrief.edit.descriptions import description_after
from newsbrief.model import Article, Entity, Facts, Span, SummarySentence
from newsbrief.split import split_articles


@pytest.mark.parametrize("text, place", [
    ("NAIROBI, Kenya (AP) _ A diplomat said.", "Nairobi"),
    ("ST. LOUIS _ The city voted.", "St. Louis"),
    ("BEIJING, Oct. 12 (Xinhua) -- China said.", "Beijing"),
    ("Tampa, Fla. (AP) — A storm hit.", "Tampa"),
    ("Sen. Smith -- a Democrat -- said no.", None),  # a dash in a sentence, no dateline
    ("The diplomat said it was over.", None),
])
def test_the_place_of_an_articles_dateline(text: str, place: str | None) -> None:
    assert dateline_place(text) == place


def _brief(text: str, picked: int, entities: tuple[Entity, ...] = ()) -> str:
    """Sentence ``picked`` of a one-article cluster, as the edit stage shows it."""
    article = Article("one", text)
    sentences = split_articles([article])
    [edited] = edit_summary([SummarySentence(sentences[picked])], [article], sentences, Facts(entities=entities))
    return edited.display


NAIROBI = ("NAIROBI, Kenya (AP) _ Kenya's government was accused of abuses on Wednesday. "
           "A diplomat here said the evidence was not strong. "
           "Here is why the mission failed, officials in Nairobi said. "
           "The report was written from here, its authors said.")


def test_here_gets_the_place_of_the_dateline_the_brief_does_not_show() -> None:
    assert _brief(NAIROBI, 2) == "A diplomat here [Nairobi] said the evidence was not strong."
    assert _brief(NAIROBI, 3) == "Here is why the mission failed, officials in Nairobi said."  # no place meant
    assert _brief(NAIROBI, 4) == "The report was written from here, its authors said."
    undated = "A diplomat here said the evidence was not strong."
    assert _brief(undated, 0) == undated  # no dateline: nothing to say where


@pytest.mark.parametrize("text, described", [
    ("Manuel da Silva, a taxi driver, said.", "a taxi driver"),
    ("Manuel da Silva, 45, a taxi driver, said.", "a taxi driver"),
    ("John Warden, the company's lead lawyer, said.", "the company's lead lawyer"),
    ("Manuel da Silva, the mayor and the police chief, met.", None),  # a list, not a description
    ("Manuel da Silva, a man who drove for 30 years, said.", None),  # a clause
    ("Manuel da Silva, 40, who owns an ice cream parlor, said.", "who owns an ice cream parlor"),
    ("Manuel da Silva, who said he would vote, left.", None),  # what he said, not who he is
    ("Manuel da Silva, 45, said.", None),  # an age says too little
    ("Manuel da Silva, a detailed, methodical driver, said.", "a detailed, methodical driver"),
    ("Manuel da Silva, a retired, said.", None),
    ("Manuel da Silva, the statement added.", None),
    ("Manuel da Silva, the director for former Tennessee Gov. Lamar Alexander, said.", None),
    ("Manuel da Silva, the political wing of ETA, said.", None),
    ("Manuel da Silva, a club of taxi drivers, met.", None),  # an organisation taken for a person
    ("Manuel da Silva said so.", None),
])
def test_the_description_apposed_to_a_name(text: str, described: str | None) -> None:
    assert description_after(text, len("Manuel da Silva") if "Manuel" in text else len("John Warden")) == described


SILVA = ("Brazilians voted on Sunday. Manuel da Silva, a taxi driver in Rio, waited two hours. "
         "\"I'm thinking more about the country,\" Silva said. She said it too.")


def _silva(*also: Entity) -> tuple[Entity, ...]:
    spans = []
    for written in ("Manuel da Silva", "Silva"):
        at = SILVA.index(written, SILVA.index("Silva said") if written == "Silva" else 0)
        spans.append(Span("one", at, at + len(written), written))
    return (Entity("E1", "Manuel da Silva", "PERSON", ("Manuel da Silva", "Silva"), tuple(spans), 2), *also)


def test_a_person_whose_given_name_the_brief_adds_is_described_as_the_articles_describe_them() -> None:
    assert _brief(SILVA, 2, _silva()) == ("\"I'm thinking more about the country,\" [Manuel da] Silva "
                                          "[, a taxi driver in Rio,] said.")
    possessive = SILVA.replace("\"I'm thinking more about the country,\" Silva said.", "Silva's cab was late.")
    assert _brief(possessive, 2, _silva()) == "[Manuel da] Silva's cab was late."
    assert _brief(SILVA, 3, _silva()) == "She [Manuel da Silva, a taxi driver in Rio] said it too."
    assert _brief(SILVA, 1, _silva()) == "Manuel da Silva, a taxi driver in Rio, waited two hours."  # written there
    place = "Rio, a city of six million, voted."
    rio = Entity("E2", "Rio", "GPE", ("Rio",), (Span("one", 0, 3, "Rio"),), 1)
    assert _brief(place, 0, (rio,)) == place  # only people are described


def test_a_surname_filed_apart_from_its_full_name_gets_the_full_names_description() -> None:
    text = ("Yvo de Boer, the United Nations' climate change chief, opened the talks. "
            "De Boer repeatedly points out that no treaty is due.")
    full = Entity("E1", "Yvo de Boer", "ORG", ("Yvo de Boer",), (Span("one", 0, 11, "Yvo de Boer"),), 1)
    at = text.index("De Boer repeatedly")
    short = Entity("E2", "De Boer", "PERSON", ("De Boer",), (Span("one", at, at + 7, "De Boer"),), 1)
    assert _brief(text, 1, (full, short)) == ("[Yvo] De Boer [, the United Nations' climate change chief,] "
                                              "repeatedly points out that no treaty is due.")


def test_a_name_that_is_itself_an_apposition_is_not_described_by_what_follows_it() -> None:
    text = ("He made his opponent, Attorney General Dennis Vacco, a central issue. "
            "Vacco said he would appeal.")
    full = Entity("E1", "Dennis Vacco", "PERSON", ("Dennis Vacco",),
                  (Span("one", text.index("Dennis"), text.index("Dennis") + 12, "Dennis Vacco"),), 1)
    at = text.index("Vacco said")
    short = Entity("E2", "Vacco", "PERSON", ("Vacco",), (Span("one", at, at + 5, "Vacco"),), 1)
    assert _brief(text, 1, (full, short)) == "[Dennis] Vacco said he would appeal."
