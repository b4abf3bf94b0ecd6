"""A pronoun reporting further into a summary sentence ("..., he added",
"..., it said") is named when who it stands for is unambiguous, and left alone
otherwise (the coherence constraint then keeps its predecessor with it)."""

from __future__ import annotations

from newsbrief.edit import edit_summary
from newsbrief.model import Article, Entity, Facts, Quote, QuoteSource, Span, SummarySentence
from newsbrief.split import split_articles


def _entity(key: str, name: str, kind: str, text: str, *written: str) -> Entity:
    spans = tuple(Span("one", text.index(w), text.index(w) + len(w), w) for w in written)
    return Entity(key, name, kind, tuple(dict.fromkeys(written)), spans, len(spans))


def _brief(text: str, picked: list[int], entities: tuple[Entity, ...]) -> list[str]:
    """Sentences ``picked`` of a one-article cluster, as the edit stage shows them."""
    article = Article("one", text)
    sentences = split_articles([article])
    summary = [SummarySentence(sentences[k]) for k in picked]
    return [item.display for item in edit_summary(summary, [article], sentences, Facts(entities=entities))]


WALKOUT = "The walkout, which began at dawn, will last a week, she told reporters."
STRIKE = "Union leader Maria Lopez called the strike on Monday. " + WALKOUT


def test_a_pronoun_reporter_gets_the_one_person_the_sentence_before_names() -> None:
    lopez = _entity("E1", "Maria Lopez", "PERSON", STRIKE, "Maria Lopez")
    assert _brief(STRIKE, [1], (lopez,)) == [WALKOUT.replace("she", "she [Maria Lopez, Union leader]")]
    assert _brief(STRIKE, [0, 1], (lopez,))[1] == WALKOUT  # the sentence before makes it plain


def test_a_pronoun_reporter_is_left_alone_when_the_sentence_before_names_two_people() -> None:
    text = "Maria Lopez met John Reed on Monday. " + WALKOUT
    people = (_entity("E1", "Maria Lopez", "PERSON", text, "Maria Lopez"),
              _entity("E2", "John Reed", "PERSON", text, "John Reed"))
    assert _brief(text, [1], people) == [WALKOUT]


def test_it_reporting_gets_the_one_organisation_named_before() -> None:
    text = "Reuters obtained the memo on Friday. Two ministers, both from the north, will resign, it said."
    reuters = _entity("E1", "Reuters", "ORG", text, "Reuters")
    assert _brief(text, [1], (reuters,)) == ["Two ministers, both from the north, will resign, it [Reuters] said."]


def test_they_and_a_pronoun_named_in_its_own_sentence_get_nothing() -> None:
    text = ("Maria Lopez and John Reed called the strike. "
            "The walkout will last a week, they said. "
            "Maria Lopez said the talks failed, and she added that the walkout would go on.")
    people = (_entity("E1", "Maria Lopez", "PERSON", text, "Maria Lopez"),
              _entity("E2", "John Reed", "PERSON", text, "John Reed"))
    assert _brief(text, [1], people) == ["The walkout will last a week, they said."]
    at = text.index("Maria Lopez said")
    again = Entity("E1", "Maria Lopez", "PERSON", ("Maria Lopez",),
                   (Span("one", 0, 11, "Maria Lopez"), Span("one", at, at + 11, "Maria Lopez")), 2)
    assert _brief(text, [2], (again, people[1])) == [
        "Maria Lopez said the talks failed, and she added that the walkout would go on."]


def test_the_speaker_the_facts_stage_found_names_a_pronoun_reporter() -> None:
    text = "Maria Lopez met John Reed on Monday. " + WALKOUT
    people = (_entity("E1", "Maria Lopez", "PERSON", text, "Maria Lopez"),
              _entity("E2", "John Reed", "PERSON", text, "John Reed"))
    at = text.index("will last")
    said = Span("one", at, at + len("will last a week"), "will last a week")
    quote = Quote("will last a week", "Maria Lopez", "E1",
                  (QuoteSource(said, Span("one", text.index("The walkout"), len(text), WALKOUT), marked=False),))
    article = Article("one", text)
    sentences = split_articles([article])
    [edited] = edit_summary([SummarySentence(sentences[1])], [article], sentences,
                            Facts(entities=people, quotes=(quote,)))
    assert edited.display == WALKOUT.replace("she", "she [Maria Lopez]")
