"""Stage 3: sentences with exact character spans; tokens and stems."""

from __future__ import annotations

import pytest

from newsbrief.clean import clean_article
from newsbrief.model import Article
from newsbrief.split import STOPWORDS, split_article, split_articles, stems, tokenize


def _texts(text: str) -> list[str]:
    return [s.text for s in split_article(Article(id="a", text=text), 0)]


def test_spans_slice_back_to_sentence_text_on_fixture_cluster(cluster_articles) -> None:
    cleaned = [clean_article(article)[0] for article in cluster_articles]
    sentences = split_articles(cleaned)
    assert len(sentences) >= 20
    for sentence in sentences:
        article = cleaned[sentence.article_index]
        assert sentence.article_id == article.id
        assert article.text[sentence.start : sentence.end] == sentence.text
        assert sentence.text == sentence.text.strip() and sentence.text


def test_spans_slice_back_on_raw_text_with_furniture(cluster_articles) -> None:
    # Splitting does not depend on cleaning: spans hold on uncleaned text too.
    for index, article in enumerate(cluster_articles):
        for sentence in split_article(article, index):
            assert article.text[sentence.start : sentence.end] == sentence.text


def test_indices_count_sentences_within_each_article(cluster_articles) -> None:
    sentences = split_articles(list(cluster_articles))
    for index, article in enumerate(cluster_articles):
        own = [s for s in sentences if s.article_index == index]
        assert [s.index for s in own] == list(range(len(own)))
        assert all(s.article_id == article.id for s in own)
        starts = [s.start for s in own]
        assert starts == sorted(starts)
    # article by article, in input order
    assert [s.article_index for s in sentences] == sorted(s.article_index for s in sentences)


def test_line_break_always_ends_a_sentence() -> None:
    text = "Storm topples Dunmere footbridge\nbridge fell into the river on Tuesday night\nTwo people were hurt. The mayor spoke."
    texts = _texts(text)
    assert texts == [
        "Storm topples Dunmere footbridge",
        "bridge fell into the river on Tuesday night",
        "Two people were hurt.",
        "The mayor spoke.",
    ]
    assert not any("\n" in t for t in texts)


def test_several_sentences_in_one_line_are_split() -> None:
    texts = _texts("The bridge fell on Tuesday. Two people were hurt. The mayor promised a new one.")
    assert texts == ["The bridge fell on Tuesday.", "Two people were hurt.", "The mayor promised a new one."]


def test_abbreviations_do_not_end_a_sentence() -> None:
    text = "The bridge collapsed shortly after 10 p.m. as winds reached 80 miles per hour. Mr. Rendell spoke on Wednesday."
    assert _texts(text) == [
        "The bridge collapsed shortly after 10 p.m. as winds reached 80 miles per hour.",
        "Mr. Rendell spoke on Wednesday.",
    ]


def test_dangling_opening_quote_moves_to_the_sentence_it_opens() -> None:
    # Multi-News tokenises quotes with spaces: Punkt leaves the opening mark on the
    # previous sentence ('said. " the').
    text = 'Officials met on Tuesday and the mayor said. " the bridge will be rebuilt by next spring , " Rendell added.'
    sentences = split_article(Article(id="a", text=text), 0)
    assert [s.text for s in sentences] == [
        "Officials met on Tuesday and the mayor said.",
        '" the bridge will be rebuilt by next spring , " Rendell added.',
    ]
    for s in sentences:
        assert text[s.start : s.end] == s.text


def test_dangling_quote_repair_with_several_quotes() -> None:
    text = 'The mayor spoke to reporters on Wednesday morning. " We will rebuild the bridge , " he said.'
    texts = _texts(text)
    assert texts[0] == "The mayor spoke to reporters on Wednesday morning."
    assert texts[1].startswith('" We will rebuild')
    assert texts[1].endswith("he said.")


def test_closing_quote_stays_with_its_sentence() -> None:
    text = '"We will have a new crossing," Rendell said. "It will take two years." The council agreed.'
    texts = _texts(text)
    assert '"We will have a new crossing," Rendell said.' in texts
    assert all(t.count('"') % 2 == 0 for t in texts)


def test_a_closing_mark_punkt_put_first_goes_back_to_the_quotation_it_closes() -> None:
    # 'obstruction. " mr harrison said': the mark closes the quotation before it.
    text = ('The crew said the man would not survive. " i only had one attempt at getting this right. " '
            "mr harrison said the fish's barbs became stuck.")
    texts = _texts(text)
    assert texts[1] == '" i only had one attempt at getting this right. "'
    assert texts[2] == "mr harrison said the fish's barbs became stuck."


def test_an_opening_mark_left_after_an_attribution_opens_the_next_sentence() -> None:
    # The sentence's own two marks are even, but the line's count makes its last one an opening mark.
    text = ('They added. " i started at 6 a.m. There were two workshops in the plant, " said wang fengya, '
            "a worker. \" soon after, someone shouted 'run away!' and we ran.\"")
    texts = _texts(text)
    assert texts[-2].endswith("a worker.")
    assert texts[-1].startswith('" soon after')


def test_empty_and_blank_text_give_no_sentences() -> None:
    assert _texts("") == []
    assert _texts("\n\n   \n") == []


def test_tokenize_is_lowercase_alphanumeric_like_rouge() -> None:
    assert tokenize("The 120-year-old Fenwick bridge, Dunmere's pride!") == [
        "the", "120", "year", "old", "fenwick", "bridge", "dunmere", "s", "pride",
    ]


def test_stems_are_porter_stems() -> None:
    assert stems("Bridges collapsed; engineers warned") == ["bridg", "collaps", "engin", "warn"]


def test_stopwords_cover_function_words_and_reporting_verbs() -> None:
    assert {"the", "of", "and", "said", "says"} <= STOPWORDS
    assert not {"bridge", "storm", "mayor"} & STOPWORDS


def test_capital_initials_end_no_sentence_that_goes_on_after_them() -> None:
    assert _texts("Trade will grow, visiting U.S. Secretary of State Ann Ray said Friday.") == [
        "Trade will grow, visiting U.S. Secretary of State Ann Ray said Friday."]
    assert _texts("F.W. de Klerk, the last apartheid-era president, went to court.") == [
        "F.W. de Klerk, the last apartheid-era president, went to court."]
    assert _texts("They moved to the U.S. He stayed behind.") == ["They moved to the U.S.", "He stayed behind."]
    assert _texts("No details were released, but lt. Carl Minden confirmed the arrest.") == [
        "No details were released, but lt. Carl Minden confirmed the arrest."]
    assert _texts("The talks were held at the U.N. The next day they ended.") == [
        "The talks were held at the U.N.", "The next day they ended."]


def test_a_date_line_glued_to_its_story_is_cut_after_the_year() -> None:
    from newsbrief.model import Article
    from newsbrief.split.sentences import split_article

    text = "Tuesday, January 18, 2005Through a telethon, Romanians raised 15 billion lei."
    assert [s.text for s in split_article(Article("a", text), 0)] == [
        "Tuesday, January 18, 2005", "Through a telethon, Romanians raised 15 billion lei."]
    assert len(split_article(Article("a", "The 2005Cup final and the G2000X model were cheap."), 0)) == 1


def test_a_lower_cased_pages_dateline_with_a_hyphen_is_cut_off_its_sentence() -> None:
    assert _texts("Denver - a former councilman pleaded not guilty tuesday.") == [
        "Denver -", "a former councilman pleaded not guilty tuesday."]
    assert _texts("Ann arbor, mi – while the study is small, it is the first.") == [
        "Ann arbor, mi –", "while the study is small, it is the first."]
    assert _texts("Smith - who was 40 - died.") == ["Smith - who was 40 - died."]
    assert _texts("Police - and firefighters - came.") == ["Police - and firefighters - came."]


def test_a_stop_after_an_ordinary_word_punkt_lists_as_an_abbreviation_ends_the_sentence() -> None:
    assert _texts("He was held without bail. A third man was wounded.") == [
        "He was held without bail.", "A third man was wounded."]
    assert _texts("He was found dead in his car. Police are investigating.") == [
        "He was found dead in his car.", "Police are investigating."]
    assert _texts("Prices rose 5 percent, approx. Ten stores closed.") == ["Prices rose 5 percent, approx. Ten stores closed."]
    assert _texts("She met mrs. Schlafly in Olympia, Wash. on Monday.") == ["She met mrs. Schlafly in Olympia, Wash. on Monday."]



@pytest.mark.parametrize("text", [
    "France has sent the research ship Pourquoi Pas? to the scene and the vessel is en route with mini-submarines.",
    "He worked at Yahoo! and later at Google, his lawyer said.",
])
def test_a_names_own_question_or_exclamation_mark_does_not_end_the_sentence(text: str) -> None:
    assert [s.text for s in split_article(Article(id="a", text=text), 0)] == [text]


def test_a_question_still_ends_before_a_capital_or_after_a_lower_case_word() -> None:
    text = "Why not Paris? The city is close. Is it over? to find out, read on."
    texts = [s.text for s in split_article(Article(id="a", text=text), 0)]
    assert texts == ["Why not Paris?", "The city is close.", "Is it over?", "to find out, read on."]
