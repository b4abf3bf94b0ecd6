"""Fragments found by reading briefs of Multi-News train clusters 0-300 at 150 words: each
rule on cases like those found, beside ordinary news sentences that look like them and
must stay."""

from __future__ import annotations

import pytest

from newsbrief.summarize.fragments import text_fragment_reason
from newsbrief.summarize.fragments.credits import is_credit
from newsbrief.summarize.fragments.datelines import has_dateline
from newsbrief.summarize.fragments.glued import has_glued_furniture
from newsbrief.summarize.fragments.headlines import is_cut_off
from newsbrief.summarize.fragments.notices import is_notice


@pytest.mark.parametrize("text, glued", [
    ("Close president donald trump picks omb director mick mulvaney to replace john kelly.", True),
    ("Close on average, there are 123 suicides per day in the united states.", True),
    ("Close nigel sykes is suing seasons pizza and the newport police department.", True),
    ("Close the trial case against paul manafort has entered jury deliberations.", True),
    ("Play facebook twitter embed police: evidence suggests escaped prisoners heading for canada.", True),
    ("Skip ad x embed x share san francisco police are investigating the discovery.", True),
    ("Share share tweet link a man has pleaded guilty after surgery.", True),
    ("Print share + aunt zeituni: the system took advantage of me.", True),
    ("Close to 200 people were killed in the fighting, officials said.", False),
    ("Close aides to the president said he would not resign.", False),
    ("Close behind was the defending champion.", False),
    ("Close the border, the senator told supporters on Tuesday.", False),
    ("Close friends described him as shy.", False),
    ("The store will close on Sunday, the company said.", False),
    ("Reporters embed with the troops for weeks at a time.", False),
    ("Investors share the view that rates will rise.", False),
])
def test_a_video_players_buttons_glued_to_its_caption(text: str, glued: bool) -> None:
    assert has_glued_furniture(text) is glued
    if not glued:
        assert text_fragment_reason(text) is None


@pytest.mark.parametrize("text, credit", [
    ("Hugo correia / reuters justin bieber performs in lisbon on march 11, 2013.", True),
    ("Pool/reuters pistorius was given a five-year sentence for steenkamp's death.", True),
    ("Credit john schults/reuters in tehran, the tone was quite different.", True),
    ("Marvin joseph/the washington post president barack obama walks on stage in denver.", True),
    ("/ via gettyimages.com suicide is complicated and sometimes hard to predict.", True),
    ("Bloomberg news the government has come down on stanford as more than a criminal.", True),
    ("( david chick via ap ) the broad outline of her biography is known to millions.", True),
    ("( matt mcclain/the washington post ) the florida supreme court said thursday.", True),
    ("The news reached him via AP and Reuters within minutes.", False),
    ("A cbs news/the new york times poll found most voters disapprove.", False),
    ("An ABC News/Washington Post poll released Sunday showed a tight race.", False),
    ("The abc news/the washington post poll showed a tight race.", False),
    ("Readers of the Times and/or the Post were asked.", False),
    ("Bloomberg News reported the deal on Tuesday.", False),
    ("The story was first reported by Reuters and the AP on Monday.", False),
])
def test_a_photographers_credit_run_into_the_text(text: str, credit: bool) -> None:
    assert is_credit(text) is credit
    if not credit:
        assert text_fragment_reason(text) is None


@pytest.mark.parametrize("text, cut", [
    ("While still in high school, dr.", True),
    ("A series of radio appearances that, in the words of ms.", True),
    ("Blood had been collected from children in tanzania by drs.", True),
    ("The letter was signed by Sen.", True),
    ("The bill was signed by Gov. Jerry Brown.", False),
    ("He lives on Main St.", False),
    ("The house measures 2,000 sq. ft.", False),
    ("She married the doctor, who went by Dr. Smith.", False),
    ("The company was founded by Smith Bros.", False),
])
def test_a_line_cut_before_the_name_its_title_goes_with(text: str, cut: bool) -> None:
    assert is_cut_off(text) is cut
    if not cut:
        assert text_fragment_reason(text) is None


@pytest.mark.parametrize("text, furniture", [
    ("Pic.twitter.com/9lokgnxvk3 — aud ( @codeaud ) june 30, 2016 authorities suspect akhmed chatayev.", True),
    ("Updates with name of 13th victim, tony mai all 13 people who died have been identified.", True),
    ("Article excerpt europeans traded blame monday over the source of a bacterial outbreak.", True),
    ('Text size - + reset "gov. Romney may dance around his positions, " obama told a crowd.', True),
    ("+ share this peter butera did an interview with jimmy kimmel.", True),
    ("advertisement ( click prev or next to continue viewing images. )", True),
    ("Must watch american threatened in new isis video 01: 49 before he is killed, henning speaks.", True),
    ("Investors must watch the bond market closely, analysts said.", False),
    ("Updates with new features arrive every month, the company said.", False),
    ("He posted a picture on Twitter, which drew thousands of replies.", False),
    ("The article's excerpt was read aloud in court.", False),
    ("The text size of the warning labels will double.", False),
    ("Shares fell 3 percent in early trading.", False),
])
def test_an_embedded_tweet_a_wire_note_and_widgets_glued_into_a_sentence(text: str, furniture: bool) -> None:
    assert has_glued_furniture(text) is furniture
    if not furniture:
        assert text_fragment_reason(text) is None


@pytest.mark.parametrize("text, notice", [
    ("Thank you for reading 5 free articles.", True),
    ("You can come back at the end of your 30-day period for another 5 free articles.", True),
    ("Please enable cookies on your web browser in order to continue.", True),
    ("Click through to see more reasons why her instagram feed is beyond fabulous.", True),
    ("Few readers click through to the full report, the study found.", False),
    ("The site offers free articles to students.", False),
    ("Browsers store cookies that track users, the report found.", False),
])
def test_a_paywalls_meter_and_a_cookie_wall(text: str, notice: bool) -> None:
    assert is_notice(text) is notice
    if not notice:
        assert text_fragment_reason(text) is None


@pytest.mark.parametrize("text, dated", [
    ("July 30, 2013 new research on worldwide consumption of ebooks from nielsen suggests a slowdown.", True),
    ("Thursday, august 23, 2012 top ten question to ask yourself before buying $ 300 sneakers.", True),
    ("Denver, march 24, 2015 -- chocolate has many health benefits.", True),
    ("Oct. 3, 2012 republican presidential nominee mitt romney shares a laugh with president obama.", True),
    ("Jan 18 ( reuters ) - the u.s. department of labor on wednesday filed a lawsuit.", True),
    ("Jan 18 (Reuters) - The U.S. Department of Labor filed a lawsuit.", True),
    ("Berezniki, may 22 ( rapsi ) - pussy riot member maria alyokhina has declared a hunger strike.", True),
    ("On Sunday, May 22 (local time) he landed.", False),
    ("Jan 18 was the day Reuters reported it.", False),
    ("January 1, 2015 was the deadline for the new rules.", False),
    ("On July 30, 2013 the company filed for bankruptcy.", False),
    ("Since March 3, 2014 the agreement has been in force.", False),
    ("He was born June 1, 1950, in Ohio.", False),
    ("On Thursday, August 23, 2012, the jury returned its verdict.", False),
])
def test_a_pages_date_line_run_into_what_it_heads(text: str, dated: bool) -> None:
    assert has_dateline(text) is dated
    if not dated:
        assert text_fragment_reason(text) is None


@pytest.mark.parametrize("text, instruction", [
    ("Eat additional foods from a food group above your daily recommendation.", True),
    ("Select a higher-calorie form of a food that's higher in fat.", True),
    ("Add fats or sweeteners to foods ( for example, sauce, dressing, margarine ).", True),
    ("Please try again later.", True),
    ("Sign up for breaking news emails.", True),
    ("Add up their face value, and the 111 rare coins amount to under $ 600.", False),  # a condition, then the report
    ("Always occurring in mid-november, the shower brings 15 meteors an hour.", False),
    ("Never has the party been so divided.", False),
    ("Contact with the virus was limited to two wards.", False),
    ("Email is how the hackers got in.", False),
    ("Tell-tale signs were found at the scene.", False),
    ('"Eat more vegetables," the doctor said.', False),
])
def test_an_instruction_to_the_reader(text: str, instruction: bool) -> None:
    assert (text_fragment_reason(text) == "instruction") is instruction
