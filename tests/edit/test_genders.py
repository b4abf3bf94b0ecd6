"""A pronoun is given only a person the articles write the same way: "he" never gets
someone they call "she", nor the other way (``edit.genders``)."""

from __future__ import annotations

import re

from newsbrief.edit import edit_summary
from newsbrief.edit.genders import HE, SHE, Genders
from newsbrief.edit.mentions import MentionIndex
from newsbrief.model import Article, Entity, Facts, Span, SummarySentence
from newsbrief.split import split_articles


def _person(entity_id: str, name: str, text: str, written: str) -> Entity:
    """A person whose name ends in ``written``: mentioned in article "one" wherever ``text``
    writes the full ``name``, or else ``written`` alone."""
    spans = [Span("one", m.start(), m.end(), m.group()) for m in re.finditer(re.escape(name), text)]
    for m in re.finditer(rf"\b{re.escape(written)}\b", text):
        if not any(s.start <= m.start() < s.end for s in spans):
            spans.append(Span("one", m.start(), m.end(), m.group()))
    return Entity(entity_id, name, "PERSON", (name, written), tuple(sorted(spans, key=lambda s: s.start)), 1)


def _shown(text: str, people: list[Entity], picked: int) -> str:
    """Sentence ``picked`` of a one-article cluster, as the edit stage shows it alone."""
    article = Article("one", text)
    sentences = split_articles([article])
    [edited] = edit_summary([SummarySentence(sentences[picked])], [article], sentences, Facts(entities=tuple(people)))
    return edited.display


SHERIFF = ("Sheriff Chris Fitzgerald said he was hopeful and asked for his deputies' help. "
           "Fitzgerald spoke at a news conference. Her whereabouts are still unknown. "
           "His deputies searched the woods.")


def test_the_articles_pronouns_and_titles_tell_how_they_write_a_person() -> None:
    text = SHERIFF + " Mrs. Closs was found alive. Kim Park spoke. Kim Park said she and his father agreed."
    sentences = split_articles([Article("one", text)])
    people = [_person("E1", "Chris Fitzgerald", text, "Fitzgerald"), _person("E2", "Jayme Closs", text, "Closs"),
              _person("E3", "Kim Park", text, "Park")]
    genders = Genders(sentences, MentionIndex(people))
    assert genders.of("E1") == HE  # "said he ... his"; the "Her" opening the sentence after counts for no one
    assert genders.of("E2") == SHE  # "Mrs." before the name
    assert genders.of("E3") is None  # "she" and "his": undecided
    assert genders.fits("E1", "his") and not genders.fits("E1", "her") and genders.fits("E3", "she")


def test_a_her_never_gets_the_name_of_a_man_the_articles_call_he() -> None:
    sheriff = _person("E1", "Chris Fitzgerald", SHERIFF, "Fitzgerald")
    assert _shown(SHERIFF, [sheriff], 2) == "Her whereabouts are still unknown."


def test_a_his_still_gets_him_and_a_person_of_unknown_gender_gets_either() -> None:
    sheriff = _person("E1", "Chris Fitzgerald", SHERIFF, "Fitzgerald")
    assert _shown(SHERIFF, [sheriff], 3) == "His [Chris Fitzgerald's] deputies searched the woods."
    text = "Robin Lee spoke at a news conference. She asked the public for tips."
    assert _shown(text, [_person("E1", "Robin Lee", text, "Lee")], 1) == "She [Robin Lee] asked the public for tips."


RYAN = "Mr. Paul Ryan spoke on Monday. Mr. Ryan met the donors. The plan will not pass, she said."


def test_a_reporting_she_never_gets_the_one_man_named_before() -> None:
    ryan = _person("E1", "Paul Ryan", RYAN, "Ryan")
    assert _shown(RYAN, [ryan], 2) == "The plan will not pass, she said."
    assert _shown(RYAN.replace("she said", "he said"), [ryan], 2) == "The plan will not pass, he [Paul Ryan] said."


def test_people_of_one_surname_pool_what_the_articles_say_of_them() -> None:
    text = ("Chris Fitzgerald said he was hopeful and asked for his deputies' help. Fitzgerald spoke again. "
            "James Closs said he was at home. Denise Closs said she was at work with her sister.")
    sentences = split_articles([Article("one", text)])
    sheriff = _person("E1", "Chris Fitzgerald", text, "Chris Fitzgerald")
    at = text.index("Fitzgerald spoke")
    bare = Entity("E2", "Fitzgerald", "PERSON", ("Fitzgerald",), (Span("one", at, at + 10, "Fitzgerald"),), 1)
    father, mother = _person("E3", "James Closs", text, "James Closs"), _person("E4", "Denise Closs", text, "Denise Closs")
    genders = Genders(sentences, MentionIndex([sheriff, bare, father, mother]))
    assert genders.of("E2") == HE  # the recogniser filed the surname apart: it is still the sheriff's
    assert genders.of("E3") is None and genders.of("E4") is None  # a family's "he" and "she" decide nothing


def test_a_pronoun_continuing_a_pronoun_subject_means_who_that_one_meant() -> None:
    text = ("Apparently, Barack Obama is now doing damage control. In an interview, he refuted Hillary Clinton's "
            "comparison. \"Mexico is a democracy,\" he said.")
    people = [_person("E1", "Barack Obama", text, "Obama"), _person("E2", "Hillary Clinton", text, "Clinton")]
    assert _shown(text, people, 2) == "\"Mexico is a democracy,\" he [Barack Obama] said."
    named = text.replace("In an interview, he refuted Hillary Clinton's comparison.",
                         "In an interview, Hillary Clinton refuted the comparison.")
    people = [_person("E1", "Barack Obama", named, "Obama"), _person("E2", "Hillary Clinton", named, "Clinton")]
    assert _shown(named, people, 2) == "\"Mexico is a democracy,\" he [Hillary Clinton] said."


def test_a_pronoun_after_an_unnamed_subject_gets_no_name_named_later_in_that_sentence() -> None:
    text = ("A man who worked as a contractor for Mark Harris' campaign is a convicted felon. "
            "Over the last two decades, he has been paid by nine candidates.")
    assert _shown(text, [_person("E1", "Mark Harris", text, "Harris")], 1) == \
        "Over the last two decades, he has been paid by nine candidates."
    named = text.replace("A man who worked as a contractor for Mark Harris' campaign", "Mark Harris")
    assert _shown(named, [_person("E1", "Mark Harris", named, "Harris")], 1) == \
        "Over the last two decades, he [Mark Harris] has been paid by nine candidates."
