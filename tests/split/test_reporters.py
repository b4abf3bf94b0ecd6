"""Who speaks when a sentence does not say: a pronoun reporting anywhere in its
own words, or the first person outside quotation marks."""

from __future__ import annotations

import pytest

from newsbrief.split.reporters import first_person_subject, pronoun_reporter, reporter_pronoun, speaks_first_person


@pytest.mark.parametrize("text, pronoun", [
    ("The plant will close in March, they said.", "they"),
    ("Two people were hurt, it said.", "it"),
    ("It said police had arrested two men.", "it"),
    ("The talks will resume on Monday, he added.", "he"),
    ("The suspect fled on foot, she told reporters.", "she"),
    ("The vote was rigged, said he.", "he"),
    ("On Monday, they also said the border would open.", "they"),
    ("The plant will close in March, he said it would.", "he"),  # "it" is what he said, he is who said it
    ("Prices rose, according to the report, and he added that more would follow.", "he"),
    ('"We will rebuild," he said.', "he"),  # a quotation's speaker is the sentence's own word
    ("In March, they said the plant would close.", "they"),  # a month is not who "they" are
    ("The Clinton administration wants bin Laden tried in the United States, they said.", "they"),  # a name is
    # not who "they" are, and "States" is no reporting verb
])
def test_a_pronoun_reporting_with_no_one_named_before_it(text: str, pronoun: str) -> None:
    found = pronoun_reporter(text)
    assert found is not None
    word, start, end = reporter_pronoun(found)
    assert word == pronoun and text[start:end].lower() == pronoun


@pytest.mark.parametrize("text", [
    "Mayor Jane Doe said the plant would close, and she added that jobs would go.",  # named before, same sentence
    "Exxon said profits fell, and it said more cuts would come.",
    "Smith and Jones argued the plan would fail, they said.",  # a reporting verb's subjects
    "The union said two people were hurt, and it said more strikes would come.",  # the verb's subject
    "The minister said it would take years.",  # "it" follows the verb: not the reporter
    "It is said that the house is haunted.",  # impersonal
    "It was reported that the road was closed.",
    '"They said it would never happen," the mayor recalled.',  # quoted words are the speaker's
    'The mayor said: "He told us to leave."',
    "They were freed two days later.",  # a pronoun, but not reporting anyone's words
    "The operator, a 911 veteran, says he was just doing his job.",  # "says he was" is no inversion
    'He said "we are ready.',  # an unmatched quotation mark: whose words are whose is unknown
])
def test_no_pronoun_reporter(text: str) -> None:
    assert pronoun_reporter(text) is None


@pytest.mark.parametrize("text, first", [
    ("We are raising the price of our service next month.", True),
    ("I think the deal is a mistake.", True),
    ("The report, which I read twice, is long.", True),
    ("Nobody told us about the change.", True),
    ("In my view the plan fails.", True),
    ('"We will rebuild," the mayor said.', False),  # the quoted speaker's first person
    ("“I’m not leaving,” Smith told the court.", False),
    ("Veterans of World War I gathered in Paris.", False),  # a numeral
    ("The U.S. said the talks were over.", False),
    ("US officials said the talks were over.", False),
    ("The mayor said the city would rebuild.", False),
    ('He said "we are ready.', False),  # unmatched quotation mark
])
def test_the_first_person_outside_quotation_marks(text: str, first: bool) -> None:
    assert speaks_first_person(text) is first


@pytest.mark.parametrize("text, subject", [
    ("When wired asked me to guest-edit the november issue, i didn't hesitate.", True),  # lower-cased source
    ("We thank the public for their support and patience.", True),
    ("I spent 5 hours with alan as our guide.", True),
    ("Of course, i ' m predisposed to love any movie.", True),
    ("though i can't help but chuckle, the water bar is no joke.", True),
    ("Our new changes include more types of related content.", True),
    ("My kid was shot in the chin.", True),
    ("Our Lady of Lourdes hospital was evacuated.", False),
    ("My Chemical Romance will tour again, its label said.", False),
    ('"We will rebuild," the mayor said.', False),  # the quoted speaker's
    ("Nobody told us about the change.", False),  # first person, but not the subject
    ("In my view the plan fails.", False),
    ("Veterans of World War I gathered in Paris.", False),
])
def test_the_first_person_as_a_subject_outside_quotation_marks(text: str, subject: bool) -> None:
    assert first_person_subject(text) is subject
