"""Text in other scripts and sentences glued by a missing space still get a brief."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsbrief import Article, Config
from newsbrief.clean import clean_article
from newsbrief.model import Sentence, count_words
from newsbrief.pipeline import brief
from newsbrief.split import split_article, tokenize

ARABIC = [
    "التقى الرئيس المصري بوفد من الاتحاد الأوروبي في القاهرة يوم الاثنين لبحث أزمة المياه في المنطقة. "
    "وقال المتحدث باسم الرئاسة إن المحادثات كانت مثمرة وإن الجانبين اتفقا على مواصلة الحوار. "
    "وأضاف أن الوفد الأوروبي سيعود إلى القاهرة الشهر المقبل لاستكمال المفاوضات. هل ستنجح الخطة الجديدة؟ "
    "يرى خبراء أن الاتفاق يحتاج إلى تمويل كبير من الدول المانحة.",
    "أعلنت الرئاسة المصرية أن الرئيس التقى وفدا أوروبيا في القاهرة لبحث أزمة المياه. "
    "وذكر بيان رسمي أن الجانبين اتفقا على مواصلة الحوار خلال الأسابيع المقبلة. "
    "وقال دبلوماسي أوروبي إن التمويل سيكون الموضوع الرئيسي في الجولة القادمة من المفاوضات.",
    "بحث الرئيس المصري مع وفد الاتحاد الأوروبي أزمة المياه خلال لقاء في القاهرة. "
    "وأكد المتحدث باسم الرئاسة أن المحادثات كانت مثمرة للغاية؟ "
    "ومن المقرر أن يعود الوفد الأوروبي الشهر المقبل لاستكمال المفاوضات حول التمويل.",
]

CHINESE = [
    "欧盟代表团访问北京\n\n"
    "国务院总理周一在北京会见了来访的欧盟代表团，双方就贸易和气候问题交换了意见。会谈持续了三个小时，气氛友好而务实。\n\n"
    "新华社报道说，双方同意在明年举行新一轮对话。有分析人士认为，这次会谈有助于缓和双边贸易紧张局势。",
    "欧盟代表团周一抵达北京，与国务院总理举行会谈。双方在贸易和气候问题上交换了意见，并同意明年举行新一轮对话！"
    "一位欧盟官员表示，会谈取得了积极成果。",
    "据新华社报道，国务院总理在北京会见欧盟代表团。双方讨论了贸易、气候变化等议题。"
    "会谈结束后，双方同意在明年继续对话，以缓和贸易紧张局势。",
]

HINDI = [
    "प्रधानमंत्री ने सोमवार को दिल्ली में राज्यों के मुख्यमंत्रियों के साथ बैठक की और बाढ़ राहत पर चर्चा की। "
    "उन्होंने कहा कि केंद्र सरकार प्रभावित राज्यों को पूरी सहायता देगी। "
    "बैठक में राहत कार्यों के लिए अतिरिक्त धन की घोषणा की गई।",
    "दिल्ली में हुई बैठक में प्रधानमंत्री ने बाढ़ प्रभावित राज्यों के मुख्यमंत्रियों से बात की। "
    "सरकार ने राहत कार्यों के लिए अतिरिक्त धन देने की घोषणा की। "
    "अधिकारियों ने बताया कि हजारों लोग अब भी राहत शिविरों में हैं।",
]

# One dataset-style line in which every full stop lost its following space.
GLUED = (
    "thousands of drivers refused to pay tolls at the george washington bridge on monday morning.port authority "
    "police said the protest began before dawn and lasted for more than six hours on the upper level.officers "
    "closed two lanes while the drivers argued with toll collectors and blocked traffic into manhattan.the "
    "crash happened in 2009.The plane had left rio de janeiro for paris with 228 people aboard and vanished "
    "over the atlantic ocean during a storm late at night.investigators later found that ice had blocked the "
    "speed sensors and that the pilots had lost control of the aircraft within minutes."
)


def _cluster(name: str, texts: list[str]) -> list[Article]:
    return [Article(id=f"{name}{i}", text=text) for i, text in enumerate(texts)]


def _check_summary(result, words: int) -> None:
    assert result.summary, result.warnings
    assert 0 < result.words <= words
    assert result.words == sum(count_words(item.sentence.text) for item in result.summary)
    for item in result.summary:
        sentence = item.sentence
        assert result.article(sentence.article_id).text[sentence.start : sentence.end] == sentence.text


@pytest.mark.parametrize(
    ("name", "texts", "script"),
    [("ar", ARABIC, "Arabic"), ("zh", CHINESE, "Han"), ("hi", HINDI, "Devanagari")],
)
def test_other_scripts_get_a_brief_with_a_warning(name: str, texts: list[str], script: str) -> None:
    result = brief(_cluster(name, texts), Config(words=40))
    _check_summary(result, 40)
    assert not result.skipped
    notes = [w for w in result.warnings if "not English" in w]
    assert len(notes) == len(texts)
    assert all(script in note and "stemming" in note for note in notes)
    assert result.facts is None  # the English NER is not run on another script
    assert any("were not applied" in w and "sentence scorer" in w for w in result.warnings)


def test_chinese_is_not_page_furniture() -> None:
    for text in CHINESE:
        cleaned, _ = clean_article(Article(id="zh", text=text))
        assert "国务院总理" in cleaned.text or "欧盟代表团" in cleaned.text
    assert clean_article(Article(id="zh", text=CHINESE[0]))[0].title == "欧盟代表团访问北京"


def test_other_scripts_split_at_their_own_punctuation() -> None:
    arabic = [s.text for s in split_article(Article("ar", ARABIC[0]), 0)]
    assert "هل ستنجح الخطة الجديدة؟" in arabic
    chinese = [s.text for s in split_article(Article("zh", CHINESE[1]), 0)]
    assert chinese == [
        "欧盟代表团周一抵达北京，与国务院总理举行会谈。",
        "双方在贸易和气候问题上交换了意见，并同意明年举行新一轮对话！",
        "一位欧盟官员表示，会谈取得了积极成果。",
    ]
    hindi = [s.text for s in split_article(Article("hi", HINDI[0]), 0)]
    assert len(hindi) == 3 and all(s.endswith("।") for s in hindi)
    urdu = [s.text for s in split_article(Article("ur", "یہ پہلا جملہ ہے۔ یہ دوسرا جملہ ہے۔"), 0)]
    assert urdu == ["یہ پہلا جملہ ہے۔", "یہ دوسرا جملہ ہے۔"]


def test_han_and_kana_characters_count_as_words() -> None:
    assert count_words("国务院总理周一在北京。") == 10  # punctuation is no word
    assert count_words("我们 在 2009年 Tokyo 東京") == 8
    assert count_words("カタカナとひらがな") == 9
    assert count_words("ذهب الرئيس إلى القاهرة.") == 4
    assert count_words("The plane — an Airbus — left.") == len("The plane — an Airbus — left.".split())
    sentence = Sentence("zh", 0, 0, 0, 5, "会谈持续。")
    assert sentence.words == 4


def test_non_latin_tokens_and_unchanged_english_tokens() -> None:
    assert tokenize("ذهب الرئيس، إلى القاهرة؟") == ["ذهب", "الرئيس", "إلى", "القاهرة"]
    assert tokenize("北京会见") == ["北京", "京会", "会见"]
    assert tokenize("प्रधानमंत्री ने कहा") == ["प्रधानमंत्री", "ने", "कहा"]
    english = "The café's naïve U.S. owner paid $3.5 million (北京) on Monday."
    assert tokenize(english) == re.findall(r"[a-z0-9]+", english.lower())


def test_glued_sentences_are_split_and_summarized() -> None:
    texts = [s.text for s in split_article(Article("g", GLUED), 0)]
    assert "port authority police said the protest began before dawn and lasted for more than six hours "\
        "on the upper level." in texts
    assert "The plane had left rio de janeiro for paris with 228 people aboard and vanished over the atlantic "\
        "ocean during a storm late at night." in texts
    result = brief([Article("g", GLUED), Article("h", GLUED.replace("monday", "tuesday"))], Config(words=60))
    _check_summary(result, 60)


@pytest.mark.parametrize(
    "text",
    [
        "Details are at example.com and at www.cnn.com/news today.",
        "The rate rose to 3.5 percent and then 4.25 percent in May.",
        "The U.S. army and the U.K. navy met in Washington, D.C. on Friday.",
        "Sources, e.g. the minutes, and i.e.the notes say J.R.R. Tolkien met J.Smith there.",
        "Mr.Smith met Dr.Jones in St.Louis at 5 p.m.on Monday.",
        "The code runs on Node.js and ASP.NET and mails john.doe@mail.com daily.",
        "Files such as report.pdf and news.bbc.co.uk stayed whole.",
    ],
)
def test_urls_decimals_and_abbreviations_are_not_split(text: str) -> None:
    assert [s.text for s in split_article(Article("a", text), 0)] == [text]


_ALPHABET = st.sampled_from(
    list("abc XYZ .,!?;:'\"\n\t0123456789")
    + list("。！？，、「」国务院总理北京会见カタかな")
    + list("؟،۔ذهبالرئيس")
    + list("।॥प्रधानमंत्री")
    + ["\u00a0", "\u3000", "é", "…", "e.g.", "U.S.", "www.", ".com", "3.5"]
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=300), st.lists(_ALPHABET, max_size=200).map("".join)))
def test_spans_slice_back_to_their_text(text: str) -> None:
    sentences = split_article(Article("a", text), 0)
    for k, sentence in enumerate(sentences):
        assert text[sentence.start : sentence.end] == sentence.text
        assert sentence.text and sentence.text == sentence.text.strip()
        assert sentence.index == k
        if k:
            assert sentence.start >= sentences[k - 1].end


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.lists(st.sampled_from(ARABIC + CHINESE + HINDI + [GLUED]), min_size=1, max_size=3), min_size=1,
             max_size=3),
    st.integers(min_value=10, max_value=120),
)
def test_budget_holds_in_any_script(clusters: list[list[str]], words: int) -> None:
    articles = [Article(id=f"a{i}", text=" ".join(texts)) for i, texts in enumerate(clusters)]
    result = brief(articles, Config(words=words))
    assert result.words <= words
    for item in result.summary:
        sentence = item.sentence
        assert result.article(sentence.article_id).text[sentence.start : sentence.end] == sentence.text


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(_ALPHABET, min_size=1, max_size=60).map(lambda s: ("".join(s) + " ") * 3), min_size=1,
                max_size=3), st.integers(min_value=5, max_value=60))
def test_budget_holds_on_random_text(texts: list[str], words: int) -> None:
    result = brief([Article(id=f"r{i}", text=text) for i, text in enumerate(texts)], Config(words=words))
    assert result.words <= words
    assert all(item.sentence.words <= words for item in result.summary)
