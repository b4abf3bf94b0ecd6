"""A person the recogniser named by a given name alone, the page having lower-cased the
surname, is named with the surname that mostly follows it (``edit.completed_names``)."""

from __future__ import annotations

from newsbrief.edit import edit_summary
from newsbrief.edit.completed_names import completed_names
from newsbrief.model import Article, Entity, Facts, Span, SummarySentence
from newsbrief.split import split_articles


def _person(name: str, text: str = "", at: int = -1) -> Entity:
    spans = (Span("one", at, at + len(name), name),) if at >= 0 else ()
    return Entity(name, name, "PERSON", (name,), spans, 1)


def test_a_given_name_alone_gets_the_surname_that_mostly_follows_it() -> None:
    texts = ["Stacey abrams said the race was not over. Supporters cheered stacey abrams on monday.",
             "Democrat stacey abrams lost narrowly; stacey said she would run again."]
    [abrams, kim] = completed_names([_person("Stacey"), _person("Kim")], texts + ["Kim said no. Kim finally left."])
    assert abrams.name == "Stacey abrams"  # three times of four
    assert kim.name == "Kim"  # "said", "finally": a verb and an adverb, no surname


def test_a_word_that_follows_the_name_only_sometimes_is_no_surname() -> None:
    texts = ["Trump administration officials met. Trump said it went well. Trump tower was closed."]
    assert completed_names([_person("Trump")], texts)[0].name == "Trump"
    assert completed_names([_person("Trump")], ["Trump administration officials met."])[0].name == "Trump"  # once


def test_a_pronoun_gets_the_completed_name() -> None:
    text = ("Stacey abrams said her speech was not a concession. Aides said stacey abrams would sue. "
            "Instead, she announced that she was bowing out of the race.")
    article = Article("one", text)
    sentences = split_articles([article])
    facts = Facts(entities=(_person("Stacey", text, 0),))
    [edited] = edit_summary([SummarySentence(sentences[2])], [article], sentences, facts)
    assert edited.display == "Instead, she [Stacey abrams] announced that she was bowing out of the race."
