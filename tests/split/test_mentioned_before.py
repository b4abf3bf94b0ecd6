"""Definite phrases whose noun the article mentioned before ("the proposal" after
"Microsoft proposed ..."): what a sentence needs a brief to have introduced."""

from __future__ import annotations

import pytest

from newsbrief.split.mentioned_before import mentioned_in, mentions, name_or_its_thing, pointing_back


@pytest.mark.parametrize("text, stems", [
    ("Though the proposal was unsuccessful, it shows their tactics.", ["propos"]),
    ("The couple are reportedly paying $40 million for the mansion.", ["coupl", "mansion"]),
    ("The deal follows a lucrative four-year contract.", ["deal", "follow"]),  # the verb may be the head
    ("The company recommended the seats not be used until the problem is fixed.",
     ["compani", "recommend", "seat", "problem"]),
    ("University of Chile measured the aftershock's magnitude as 6.6.", ["aftershock"]),  # a possessive heads
    ("88 percent of those polled said they view him unfavorably.", ["poll"]),
    ("So far, the president's used that power for good.", ["power"]),  # "the president": a known role
    ("Muscles had pushed on the remaining arms.", ["arm"]),  # a modifier is not the head
    ("While the Stanford survey reflected the trend, half still rely on doctors.", ["survei", "trend"]),  # a name's survey
    ("The Starbucks overture raises questions about its future.", ["overtur"]),
    ("In the e-mail memo to Dan Rosen, Clark wrote again.", ["memo"]),  # a hyphenated modifier
])
def test_definite_phrases_that_point_back(text: str, stems: list[str]) -> None:
    assert pointing_back(text) == stems


@pytest.mark.parametrize("text", [
    "Ten people were injured in the crash of the bus.",  # says itself which crash ("the bus" is left)
    "The plan that the council passed costs $2 million.",
    "A new survey found that 40 percent agree, the survey said.",  # introduced in the sentence
    "The Roadmap establishes the scope of the agreement.",  # a proper name in mixed-case text
    "He said that police arrested him on Monday.",  # "that" opens a clause
    "The first time the police came, the city was quiet.",  # ordinals, known institutions and places
])
def test_phrases_that_need_nothing_before_them(text: str) -> None:
    assert "crash" not in pointing_back(text) and "plan" not in pointing_back(text)
    assert not {"survei", "roadmap", "polic", "citi", "time"} & set(pointing_back(text))


def test_a_phrase_needs_an_introduction_only_when_the_article_mentioned_its_noun_before() -> None:
    text = "The cause of the crash is not yet known."
    assert mentioned_in(text, mentions("A bus crashed near Lima, killing 12.")) == ["crash"]
    assert mentioned_in(text, mentions("Rescuers searched all night.")) == []  # the phrase introduces it
    assert mentioned_in(text, set()) == []


@pytest.mark.parametrize("words, capitals, named", [
    (["stanford", "survey"], [True, False], ["stanford", "survey"]),
    (["united", "nations", "opened"], [True, True, False], []),  # a word that may be a verb ends the name
    (["white", "house"], [True, True], []),
    (["new", "plan"], [False, False], ["new", "plan"]),
    (["windows", "ce", "software", "division"], [True, True, False, False], ["windows", "ce", "software"]),
])
def test_a_name_or_the_thing_it_modifies(words: list[str], capitals: list[bool], named: list[str]) -> None:
    assert name_or_its_thing(words, capitals) == named


@pytest.mark.parametrize("text", ["The United Nations opened its doors.", "The White House said nothing.",
                                  "Officials at the Red Cross warned of floods."])
def test_proper_names_point_back_to_nothing(text: str) -> None:
    assert pointing_back(text) == []
