"""Who a person is, for a reader meeting them in the brief: the apposition the articles
give after the name, else the title run they set before it ("police death squad leader
Eugene de Kock"); a full name the summary sentence writes gets it too."""

from __future__ import annotations

import pytest

from newsbrief.edit import edit_summary
from newsbrief.edit.descriptions import description_before
from newsbrief.model import Article, Entity, Facts, Span, SummarySentence
from newsbrief.split import split_articles


@pytest.mark.parametrize(("text", "name", "title"), [
    ("Speakers recalled the figure of police death squad leader Eugene de Kock, who was jailed.", "Eugene", "police death squad leader"),
    ("\"It is over,\" said prosecutor Patrick Haggan.", "Patrick", "prosecutor"),
    ("The site, according to archaeologist William Kelso, was a fort.", "William", "archaeologist"),
    ("Union leader Maria Lopez called the strike.", "Maria", "Union leader"),
    ("A 30-year-old farmer Ali Khan was hurt.", "Ali", "farmer"),
    ("The victim's mother Mary Jones wept.", "Mary", "victim's mother"),
    ("Harbour Board spokesman Tim Lowe declined to comment.", "Tim", "Harbour Board spokesman"),
    ("The witness, said former marine John Hart, ran.", "John", "former marine"),  # "mar..." is no month
    ("It was written by novelist Ann Lee.", "Ann", "novelist"),
])
def test_the_title_set_before_a_name_describes_the_person(text: str, name: str, title: str) -> None:
    assert description_before(text, text.index(name)) == title


@pytest.mark.parametrize(("text", "name"), [
    ("Police killed John Smith on the bridge.", "John"),  # a verb, not a title
    ("He met with John Smith on Monday.", "John"),
    ("She was as unlucky as Jaylen Norwood.", "Jaylen"),
    ("The van passed the riverside Burke estate.", "Burke"),
    ("On Monday Jo Ames resigned.", "Jo"),  # a weekday
    ("In the village where Mary Jones lived, nobody spoke.", "Mary"),
    ("The number Ann Lee dialled was wrong.", "Ann"),  # a noun with a title's ending that names no one
    ("Brazilian President Fernando Cardoso spoke.", "Fernando"),  # a capitalised title is the recogniser's role
    ("Members of several conservative Log Cabin clubs met.", "Log"),  # adjectives with a title's ending
    ("The current La Nina has lasted a year.", "La"),
    ("All five Metallica members played.", "Metallica"),
])
def test_words_before_a_name_that_are_no_title_describe_nothing(text: str, name: str) -> None:
    assert description_before(text, text.index(name)) is None


def _entity(key: str, name: str, text: str, *written: str) -> Entity:
    spans = tuple(Span("one", text.index(w), text.index(w) + len(w), w) for w in written)
    return Entity(key, name, "PERSON", tuple(dict.fromkeys(written)), spans, len(spans))


def test_a_full_name_the_summary_writes_first_gets_the_description_the_articles_give() -> None:
    text = ("Retired steward Omar Haddad welcomed the passengers. "
            "\"Welcome aboard the first flight,\" Omar Haddad said over the loudspeaker.")
    article = Article("one", text)
    sentences = split_articles([article])
    haddad = Entity("E1", "Omar Haddad", "PERSON", ("Omar Haddad",),
                    (Span("one", text.index("Omar"), text.index("Omar") + 11, "Omar Haddad"),
                     Span("one", text.rindex("Omar"), text.rindex("Omar") + 11, "Omar Haddad")), 2)
    shown = [s.display for s in edit_summary([SummarySentence(sentences[1])], [article], sentences, Facts(entities=(haddad,)))]
    assert shown == ["\"Welcome aboard the first flight,\" Omar Haddad [, Retired steward,] said over the loudspeaker."]
    both = [s.display for s in edit_summary([SummarySentence(sentences[0]), SummarySentence(sentences[1])],
                                            [article], sentences, Facts(entities=(haddad,)))]
    assert both == [sentences[0].text, sentences[1].text]  # the first sentence gives the title itself


def test_a_possessive_full_name_gets_no_description() -> None:
    text = "Retired steward Omar Haddad spoke. Omar Haddad's cabin was empty."
    article = Article("one", text)
    sentences = split_articles([article])
    haddad = _entity("E1", "Omar Haddad", text, "Omar Haddad")
    spans = (Span("one", 16, 27, "Omar Haddad"), Span("one", text.rindex("Omar"), text.rindex("Omar") + 11, "Omar Haddad"))
    haddad = Entity("E1", "Omar Haddad", "PERSON", ("Omar Haddad",), spans, 2)
    shown = [s.display for s in edit_summary([SummarySentence(sentences[1])], [article], sentences, Facts(entities=(haddad,)))]
    assert shown == ["Omar Haddad's cabin was empty."]


def test_an_apposition_naming_a_place_or_ending_in_a_number_describes_no_one() -> None:
    from newsbrief.edit.descriptions import description_after

    for text in ("East Timor, a former Portuguese colony, voted.", "La Nina, the weather phenomenon 5, faded."):
        assert description_after(text, text.index(",")) is None
    text = "Ann Lee, a retired teacher, spoke."
    assert description_after(text, text.index(",")) == "a retired teacher"


def test_a_web_address_taken_for_a_speaker_is_never_inserted() -> None:
    text = "Tom Fox met the press. She told reporters she was fine."
    article = Article("one", text)
    sentences = split_articles([article])
    url = "http://cdn.example.com/feed/wrapper.swf"
    bogus = Entity("E1", url, "PERSON", (url,), (), 1)
    shown = [s.display for s in edit_summary([SummarySentence(sentences[1])], [article], sentences, Facts(entities=(bogus,)))]
    assert "http" not in shown[0]


def test_an_apposition_that_is_another_name_describes_no_one() -> None:
    from newsbrief.edit.descriptions import description_after

    text = "Metallica sued Napster Inc., the University of Southern California, Yale and Indiana."
    assert description_after(text, text.index(",")) is None  # the next item of a list
    text = "Jo Smith, a Democrat from Texas, said."
    assert description_after(text, text.index(",")) == "a Democrat from Texas"


def test_a_clause_set_off_by_commas_describes_no_one() -> None:
    from newsbrief.edit.descriptions import description_after

    for text in ("His partner, Luca Scata, the press conference heard, fatally shot Amri.",
                 "Jo Lee, the officer wounded, said."):
        at = text.index(",", text.index("Luca") if "Luca" in text else 0)
        assert description_after(text, at) is None
    text = "Jo Lee, a retired teacher, said."
    assert description_after(text, text.index(",")) == "a retired teacher"


def test_a_name_the_sentence_already_titles_gets_no_description() -> None:
    first = "Lars Ulrich, the drummer for the band Metallica, spoke on Monday."
    text = first + " Metallica drummer Lars Ulrich plans to visit Napster on Wednesday."
    article = Article("one", text)
    sentences = split_articles([article])
    at = text.rindex("Lars")
    ulrich = Entity("E1", "Lars Ulrich", "PERSON", ("Lars Ulrich",),
                    (Span("one", 0, 11, "Lars Ulrich"), Span("one", at, at + 11, "Lars Ulrich")), 2)
    shown = [s.display for s in edit_summary([SummarySentence(sentences[1])], [article], sentences, Facts(entities=(ulrich,)))]
    assert shown == [sentences[1].text]


def _scata_shown(text: str) -> str:
    """The last sentence of ``text`` as the edit stage shows it, Luca Scata (named first and
    last) known to the facts stage."""
    article = Article("one", text)
    sentences = split_articles([article])
    at = text.rindex("Luca")
    scata = Entity("E1", "Luca Scata", "PERSON", ("Luca Scata",),
                   (Span("one", 0, 10, "Luca Scata"), Span("one", at, at + 10, "Luca Scata")), 2)
    [shown] = [s.display for s in edit_summary([SummarySentence(sentences[-1])], [article], sentences,
                                               Facts(entities=(scata,)))]
    return shown


def test_a_name_set_off_after_the_phrase_that_describes_it_gets_no_description() -> None:
    first = "Luca Scata, a trainee officer, joined in May."
    assert "a trainee officer" not in _scata_shown(first + " Movio was hurt, and his partner, Luca Scata, shot the man.")
    assert "[, a trainee officer,]" in _scata_shown(first + " Movio was hurt, and Luca Scata shot the man.")


def test_a_company_is_not_taken_for_a_person() -> None:
    from newsbrief.edit.full_names import looks_like_a_persons_name

    assert not looks_like_a_persons_name("Napster Inc.")
    assert not looks_like_a_persons_name("Acme Widgets Ltd")
    assert looks_like_a_persons_name("Lars Ulrich")
