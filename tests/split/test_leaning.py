"""What a sentence leans on, read off its own words: opening connectives,
continuations ("also"), a definite opening phrase the sentence before
introduced, and the words outside quotations that these detectors read."""

from __future__ import annotations

import pytest

from newsbrief.split.continuations import continues_another
from newsbrief.split.definites import head_words, introduced_before
from newsbrief.split.openings import (leans_on_previous, opens_with_referring_pronoun, quotation_alone,
                                      unattributed_quote)
from newsbrief.split.quotations import outside_quotations


@pytest.mark.parametrize("text, own", [
    ('"We will rebuild," the mayor said.', "  the mayor said."),
    ("The mayor spoke.", "The mayor spoke."),
    ('we will win," he said.', None),  # ends a quotation another sentence opened
    ("He called it “a disgrace” and left.", "He called it   and left."),
])
def test_the_words_outside_quotations(text: str, own: str | None) -> None:
    assert outside_quotations(text) == own


@pytest.mark.parametrize("text, continues", [
    ("Rute Vicente Oliveira, a 48-year-old manicurist, also planned to vote for Cardoso.", True),
    ("Surveys also show that most South Africans support the ban.", True),
    ('"We also want peace," the minister said.', False),  # the speaker's "also"
    ("The drug, also known as ecstasy, was seized.", False),
    ("Not only the mayor but also the governor came.", False),
    ("The governor came.", False),
])
def test_also_continues_another_sentence(text: str, continues: bool) -> None:
    assert continues_another(text) is continues


@pytest.mark.parametrize("text, words", [
    ("The plan was presented to Housing Secretary Andrew Cuomo.", ["plan"]),
    ("The reports, American officials said, included several caveats.", ["reports"]),
    ("The special aid is part of the agreement.", ["special", "aid"]),
    ("The two men were arrested.", ["men"]),
    ("The United Nations opened.", []),  # a proper name
    ("The United Nations conference opened.", ["united", "nations", "conference"]),  # a name's conference
    ("The Starbucks overture raises questions.", ["starbucks", "overture"]),  # the name modifies
    ("The e-mail memo was sent on Monday.", ["e-mail", "memo"]),  # a hyphenated word is a word
    ("the martian was my favourite film.", ["martian"]),  # a lower-cased source: no capitals to go by
    ("The other officer fired.", []),  # openings.leans_on_previous has it
    ("Police said the plan failed.", []),
])
def test_the_opening_definite_phrase(text: str, words: list[str]) -> None:
    assert head_words(text) == words


def test_a_definite_phrase_leans_only_on_a_sentence_that_introduced_its_noun() -> None:
    assert introduced_before("The plan was presented on Friday.", "Officials drew up plans to rebuild the island.")
    assert introduced_before("The strikes have forced GM to close plants.", "Workers went on strike at two parts factories.")
    assert not introduced_before("The plan was presented on Friday.", "The storm hit the island.")
    assert not introduced_before("The plan was presented on Friday.", None)  # the article's first sentence
    assert introduced_before("The special aid is part of the deal.", "Turkey will get aid from the EU.")
    assert not introduced_before("The special aid is part of the deal.", "A special envoy arrived.")  # not its head


@pytest.mark.parametrize("text, leans", [
    ("In addition to backing the research, he penned an essay.", True),
    ("In each case, a sniper fired from behind the home.", True),
    ("Other events are planned around London.", True),
    ("In other public places, smoking is banned.", True),
    ("On the other hand, three percent still like him.", True),
    ("In all, Georges killed at least 430 people.", True),
    ("So far, 12 people have died.", False),
    ("Still photographs were banned.", True),  # "Still" opens like the connective; a false alarm accepted
    ("Then-President Clinton signed it.", False),
    ("Otherwise healthy adults fell ill.", True),
    ("Police said the plan failed.", False),
    ("Beyond that, the film is gorgeous.", True),
    ("Since then, prices have doubled.", True),
    ("Beyond the city limits, farms spread for miles.", False),
    ("By Thursday, the water had receded.", False),
    ("In men, this raises the risk of erectile dysfunction.", True),  # the subject after the phrase points back
    ("On Monday, these were removed.", True),
    ("For this reason, the vote failed.", True),
    ("Despite that, turnout rose.", True),
    ("In men, the risk rises with age.", False),
    ("For this year's budget, the city cut 5 percent.", False),
    ("The Tunisian was then killed, the minister said.", True),
    ("Almost immediately, the results raised questions.", True),
    ("Shortly after, police arrived.", True),
    ("Shortly after 3 a.m., police arrived.", False),  # after what the sentence before told
    ("Police then arrested him.", True),
    ("If the talks fail, then the strike goes on.", False),
    ("Then-President Bill Clinton signed the bill.", False),
    ("The plan was approved by the council and sent to the mayor, who then signed it.", False),  # too far in
    ("At the same time, Mr. Medeiros noted, earlier arms sales resulted in suspensions.", True),
    ("In response, the company recalled the toys.", True),
    ("As promised, the season premiere saw the demise of a resident.", True),
    ("Without elaborating, the army command warned of strikes.", True),
    ("That is, the rate fell because fewer people looked.", True),
    ("In response to the ruling, the company appealed.", False),  # says itself to what
    ("At the same time last year, prices were lower.", False),
    ("That is the question.", True),  # "That" opening, as before
    ("Seconds later, an explosion shook the area.", True),
    ("Two days later the bus was found.", True),
    ("Hours earlier, police had closed the road.", True),
    ("A week after, the mayor resigned.", True),
    ("Two days after the crash, the airline apologised.", False),  # says after what
    ("Years later than planned, the bridge opened.", False),
    ("Two years ago, the plant closed.", False),  # counted from now
    ("And they note that the United States has no extradition treaty.", True),
    ('"And we will rebuild."', True),
    ("Andrew Smith resigned.", False),
    ("And-gate logic is simple.", False),
    # a count or rank standing for what the sentence before counted, an answer, "among those"
    ("The two have been accused of masterminding a series of explosions.", True),
    ("The second is an explosion inside the submarine.", True),
    ("Among those was Karla Faye Tucker.", True),
    ("No, but added sugars add calories and zero nutrients.", True),
    ("Well, life for new parents at the online retail giant just got a little easier.", True),  # fresh7a
    ("Well-known actors joined the protest.", False),
    ("Well over 100 people died in the floods.", False),
    ("The two men were arrested on Monday.", False),  # says two of what
    ("The second round of talks began.", False),
    ("Among the dead was a child.", False),
    ("Nobody knows why.", False),
    ("(The federal government could approve the project if the state refuses.)", True),
    ("(AP) The federal government approved the project.", False),
])
def test_more_connectives_lean_on_the_sentence_before(text: str, leans: bool) -> None:
    assert leans_on_previous(text) is leans


def test_a_quotation_that_never_says_who_speaks() -> None:
    assert unattributed_quote('"Things like this don\'t happen here."')
    assert not unattributed_quote('"Things like this don\'t happen here," a neighbour said.')
    assert not unattributed_quote("Things like this don't happen here.")


@pytest.mark.parametrize("text, alone", [
    ('" we expect police to identify the perpetrators. "', True),
    ("“We are a nation of laws.”", True),
    ('"there were drawings of what he was going to do in it. "', True),
    ('"We will rebuild," the mayor said.', False),
    ('" tornadoes are possible, " roth said.', False),
    ('"Tornadoes are possible." The warning stands.', False),
    ('The mayor said: "We will rebuild."', False),
])
def test_a_sentence_that_is_one_quotation_with_no_speaker(text: str, alone: bool) -> None:
    assert quotation_alone(text) is alone


@pytest.mark.parametrize("text, refers", [
    ("It received the agency's five-star award in crash test ratings.", True),
    ("It is the leading reason for liver transplants.", True),
    ("It was the same clinic where Slepian worked.", True),  # "the same" points back
    ("It was the first time that anyone had tried.", False),
    ("They trained their janitors how to bury ebola corpses.", True),
    ("Their relationship was strained after the intervention.", True),
    ("It's a stunning ruling, but hardly the final one.", True),
    ("According to the University of Chile, it had a magnitude of 5.6.", True),
    ("According to police, it is unclear whether he fled.", False),
    ("It is possible to predict how far the driver will turn the wheel.", False),  # stands for nothing
    ("It is unknown at this time when he might be extradited.", False),
    ("It has been several years since the last time we did this.", False),
    ("It turns out the article describes how engineers stopped it.", False),
    ("It's time to go home.", False),
    ('"It asks what it means to be human," Obama says.', False),  # the quotation's own "it"
    ("Italy won the cup.", False),
    ("The museum reopened, and it drew crowds.", False),
    ("On Monday, it said it would appeal.", True),  # after a short opening phrase
    ("Later, they returned home.", True),
    ("In 2010, it was clear that the plan had failed.", False),
])
def test_an_opening_pronoun_that_stands_for_something_named_before(text: str, refers: bool) -> None:
    assert opens_with_referring_pronoun(text) is refers


@pytest.mark.parametrize("text", [
    "Indeed, in all the crash tests the dummies were not wearing seat belts.",
    "At that point, the talks collapsed.",
    "Not everyone welcomed the new store, however.",
    "The mayor, however, said the plan would go ahead.",
])
def test_connectives_that_lean_on_the_sentence_before(text: str) -> None:
    assert leans_on_previous(text)


@pytest.mark.parametrize("text", [
    "However hard they tried, the rescuers could not reach the village.",  # "however" as a degree word
    "The point is that nobody knew.",
    "In fact-finding missions, the team visited three towns.",
])
def test_sentences_that_do_not_lean(text: str) -> None:
    assert not leans_on_previous(text)
