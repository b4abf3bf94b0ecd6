"""Fragment detectors (summarize/fragments/*), each on hand-written cases, and their use in ``eligible``."""

from __future__ import annotations

import pytest

from newsbrief.config import Config
from newsbrief.model import Article, Sentence
from newsbrief.split import split_articles
from newsbrief.summarize import summarize
from newsbrief.summarize.candidates import eligible
from newsbrief.summarize.fragments import DETECTORS, fragment_reason, text_fragment_reason
from newsbrief.summarize.fragments.bylines import is_byline
from newsbrief.summarize.fragments.captions import is_caption
from newsbrief.summarize.fragments.citations import has_citation_marker
from newsbrief.summarize.fragments.credits import is_credit
from newsbrief.summarize.fragments.datelines import dateline, has_dateline
from newsbrief.summarize.fragments.gallery import is_gallery
from newsbrief.summarize.fragments.headlines import is_headline, is_unterminated
from newsbrief.summarize.fragments.quotes import is_unbalanced, starts_inside_quotation


@pytest.mark.parametrize(("text", "caption"), [
    ("Air France A330-200 F-GZCP lands at Paris-Charles de Gaulle Airport on March 28, 2007.", True),
    ("Protesters march past the embassy in Cairo on 3 January 2011.", True),
    ("Lamar high school seniors micheal brown, left, and lekha sunder were accepted to both stanford and yale.", True),
    ("Moon jellyfish (pictured) can restore their symmetry within four days.", True),
    ("In this photo taken Sunday, the mayor greets voters.", True),
    ("The plane landed at Paris-Charles de Gaulle Airport on March 28, 2007.", False),
    ("The trial begins on March 28, 2007.", False),
    ("The company plans to open 20 stores in 2010.", False),
    ("The minister said the airport reopens on March 28, 2007.", False),
])
def test_captions(text: str, caption: bool) -> None:
    assert is_caption(text) is caption


@pytest.mark.parametrize(("text", "gallery"), [
    ("1 of 4 Rescuers search a flooded home in Riverton.", True),
    ("Image 3 of 12 - the ancient city of Pergamon.", True),
    ("Photo 2/9 Firefighters at the scene.", True),
    ("1 of 4 people in the town lost power.", True),  # a counter first is read as a counter
    ("One in four people in the town lost power.", False),
    ("The vote was 5 of 9 in favour.", False),
    ("Turnout rose to 45 of 100 percent.", False),
])
def test_gallery(text: str, gallery: bool) -> None:
    assert is_gallery(text) is gallery


@pytest.mark.parametrize(("text", "credit"), [
    ("Rescuers search the river (AP Photo/Jane Doe) near the bridge.", True),
    ("Photograph: John Smith/Reuters", True),
    ("Firefighters at the scene. Getty Images/AFP", True),
    ("The boy is celebrating christmas early ( photo: provided by the allen family ) colerain police said.", True),
    ("Photo by Jane Doe", True),
    ("Reuters reported that the photo was taken in May.", False),
    ("He posted a video by a local group on Twitter.", False),
])
def test_credits(text: str, credit: bool) -> None:
    assert is_credit(text) is credit


@pytest.mark.parametrize(("text", "headline"), [
    ("Air France Jet Goes Missing Over The Atlantic", True),
    ("Wreckage Of Missing Plane Found In Atlantic Ocean.", True),
    ("The wreckage of the missing plane was found in the Atlantic.", False),
    ("Air France Flight 447 vanished over the Atlantic Ocean.", False),
])
def test_headlines(text: str, headline: bool) -> None:
    assert is_headline(text) is headline


def test_headline_that_repeats_the_title() -> None:
    assert is_headline("Search for the missing jet widens.", "Search for the missing jet widens")
    assert not is_headline("The search for the missing jet widened on Tuesday.", "Search for the missing jet widens")


@pytest.mark.parametrize(("text", "cut"), [
    ("It was already october and he hadn't received his gi bill benefits for the start of his", True),
    ("Breaking news from the capital", True),
    ("( the white house won't say. )", False),
    ('he said . "', False),
    ("He said it was over.", False),
    ('"It is over," he said.', False),
])
def test_cut_off(text: str, cut: bool) -> None:
    assert is_unterminated(text) is cut


@pytest.mark.parametrize(("text", "byline"), [
    ("By John Smith, Associated Press Writer", True),
    ("By Jane Doe and Ali Khan", True),
    ("JANE DOE, AP Writer", True),
    ("Jane Doe | CNN", True),
    ("(Reporting by Jane Doe; Editing by John Smith)", True),
    ("Ali Khan in Kabul contributed to this report.", True),
    ("By Friday, the toll had risen to 40.", False),
    ("By the next sunrise, the boy was gone.", False),
    ("He served as a special correspondent for NBC.", False),
    ("The Associated Press reported the deal on Monday.", False),
])
def test_bylines(text: str, byline: bool) -> None:
    assert is_byline(text) is byline


@pytest.mark.parametrize(("text", "head"), [
    ("LONDON (AP) _ An influential lawmaker backed the requests.", "LONDON (AP) _ "),
    ("WASHINGTON -- The Senate voted on Tuesday.", "WASHINGTON -- "),
    ("PARIS, March 3 (Reuters) - French police arrested two men.", "PARIS, March 3 (Reuters) - "),
    ("Vatican City (Reuters) - The pope spoke on Sunday.", "Vatican City (Reuters) - "),
    ("Sen. Smith -- a Democrat -- voted no.", ""),
    ("The U.S. (and its allies) agreed.", ""),
    ("NATO said the talks -- held in Brussels -- had failed.", ""),
])
def test_datelines(text: str, head: str) -> None:
    assert dateline(text) == head
    assert has_dateline(text) is bool(head)


@pytest.mark.parametrize(("text", "marker"), [
    ("The airline was founded in 1933.[1]", True),
    ("It flew to 20 cities.[12][13]", True),
    ("The fleet was renewed in 2005.[citation needed]", True),
    ("It lies at a depth of 2,000 metres [6,500 feet].", False),
    ('"[I]t is like a shoe box," he said.', False),
])
def test_citations(text: str, marker: bool) -> None:
    assert has_citation_marker(text) is marker


@pytest.mark.parametrize(("text", "unbalanced"), [
    ('Those in Europe, kill the crusader pigs, each person to their own ability."', True),
    ('"My message to crusaders bombing Muslims everyday.', True),
    ("“It is over, he said.", True),
    ('"It is over," he said.', False),
    ("“It is over,” he said.", False),
    ("He said ``it is over'' on Monday.", False),
    ("The mayor's office said it was over.", False),
    ('Most incumbents do not want to debate," said Paul Green, a professor.', False),  # closed, speaker after
    ("we ended up rewriting both fields, \" says blakeslee.", False),
    ('"They never debate," he said, "and they never will.', True),  # reopened after the speaker
    ('" mr harrison said the barbs became stuck.', True),  # a lone first mark opens, it closes nothing
])
def test_unbalanced(text: str, unbalanced: bool) -> None:
    assert is_unbalanced(text) is unbalanced


SEED_LIKE = (
    "Some lines from Amri in his pledge video:\n\n"
    '"My message to crusaders bombing Muslims everyday... Their blood will not go in vain. '
    "We are a nation behind them and will take revenge for them.\n\n"
    "I call on my Muslim brothers everywhere... Those in Europe, kill the crusader pigs, each person to their own ability.\"\n\n"
    'Merkel said: "The danger of terrorism will continue." She spoke in Berlin.\n\n'
    "In the video, Amri said:\n\n"
    "I call on my brothers to act. We will take revenge.\n\n"
    "Police said the video was genuine."
)


@pytest.mark.parametrize(("opening", "inside"), [
    ("Their blood", True),
    ("We are a nation", True),
    ("I call on my Muslim", True),
    ("Those in Europe", True),
    ("Merkel said", False),
    ("She spoke", False),
    ("I call on my brothers", True),  # a block quotation after "said:"
    ("We will take", True),
    ("Police said", False),
    ("Some lines", False),
])
def test_starts_inside_quotation(opening: str, inside: bool) -> None:
    assert starts_inside_quotation(SEED_LIKE, SEED_LIKE.index(opening)) is inside


def test_only_speech_counts_as_a_piece_of_a_quotation() -> None:
    article = Article(id="a", text=SEED_LIKE)
    reasons = {s.text[:12]: fragment_reason(s, article) for s in split_articles([article])}
    assert reasons["We are a nat"] == "inside a quotation"
    assert reasons["Their blood "] is None  # third person: let through (see reads_as_speech)


def test_long_unterminated_tails_pass() -> None:
    assert text_fragment_reason("It was already october and he hadn't received his gi bill benefits for the start of his") is None
    assert text_fragment_reason("Breaking news from the capital") == "cut off"


def test_stray_mark_does_not_silence_a_document() -> None:
    text = 'He said " the vote was close. ' + "The council met again on Monday and voted. " * 20 + "The mayor left."
    assert starts_inside_quotation(text, text.index("The council"))
    assert not starts_inside_quotation(text, text.index("The mayor"))


def test_a_document_without_paragraphs_is_not_read_for_quotations() -> None:
    text = 'He said " we voted. ' + "The council met again on Monday and voted. " * 40
    assert not starts_inside_quotation(text, text.index("we voted") - 2 + 2 + len("we voted. "))


def test_every_reason_is_listed_and_plain_reporting_passes() -> None:
    reasons = {
        text_fragment_reason("1 of 4 Rescuers search a flooded home in Riverton."),
        text_fragment_reason("Photograph: John Smith/Reuters"),
        text_fragment_reason("Air France A330-200 F-GZCP lands at Paris-Charles de Gaulle Airport on March 28, 2007."),
        text_fragment_reason("By John Smith, Associated Press Writer"),
        text_fragment_reason("LONDON (AP) _ An influential lawmaker backed the requests."),
        text_fragment_reason("The airline was founded in 1933.[1]"),
        text_fragment_reason("Air France Jet Goes Missing Over The Atlantic Ocean."),
        text_fragment_reason("the search went on for the start of his"),  # short and unterminated
        text_fragment_reason('Those in Europe, kill the crusader pigs, each person to their own ability."'),
    }
    assert reasons <= set(DETECTORS) and len(reasons) == 9
    assert text_fragment_reason("The Brazilian Air Force has located bodies and wreckage of Air France Flight 447.") is None


def test_eligible_excludes_fragments_with_their_context() -> None:
    article = Article(id="a", text=SEED_LIKE, title="Amri pledged allegiance in a video")
    sentences = split_articles([article])
    kept = [s.text for s in sentences if eligible(s, Config(), article)]
    assert not any("We are a nation" in t or "Those in Europe" in t or "We will take" in t for t in kept)
    assert "Police said the video was genuine." in kept
    caption = Sentence("a", 0, 0, 0, 10, "Air France A330-200 F-GZCP lands at Paris-Charles de Gaulle Airport on March 28, 2007.")
    assert not eligible(caption, Config())


def test_fragment_reason_uses_the_article() -> None:
    article = Article(id="a", text=SEED_LIKE)
    [sentence] = [s for s in split_articles([article]) if s.text.startswith("We are a nation")]
    assert fragment_reason(sentence) is None
    assert fragment_reason(sentence, article) == "inside a quotation"


def test_no_summary_sentence_is_a_fragment() -> None:
    texts = [
        "Black boxes localized\nAir France A330-200 F-GZCP lands at Paris-Charles de Gaulle Airport on March 28, 2007. "
        "The flight data recorders of Air France Flight 447 were found in the Atlantic Ocean on Thursday, officials said.\n"
        "1 of 4 Rescuers search the Atlantic Ocean for the Air France Flight 447 wreckage.",
        "The flight data recorders of Air France Flight 447 were located in the Atlantic Ocean, French officials said.\n"
        'Officials said: "We found the recorders of Air France Flight 447. They were in the Atlantic Ocean.',
    ]
    articles = [Article(id=str(i), text=t) for i, t in enumerate(texts)]
    sentences = split_articles(articles)
    summary = summarize(sentences, articles, Config().with_words(100))
    assert summary
    for item in summary:
        assert fragment_reason(item.sentence, articles[item.sentence.article_index]) is None
