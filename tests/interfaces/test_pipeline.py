"""The Python API newsbrief.brief(): whole-cluster behaviour and edge cases."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsbrief
import newsbrief.pipeline
from newsbrief import Article, Config
from newsbrief.facts import FactsUnavailable
from newsbrief.ingest import load_paths
from newsbrief.model import Skipped
from tests.facts.test_facts import needs_model

HTML_DIR = Path(__file__).parents[1] / "fixtures" / "html"
SEED_FURNITURE = ("Image placeholder title", "Popular Video", "Live Updates", "Getty Images")


def _assert_sound(result: newsbrief.Brief) -> None:
    assert result.words <= result.word_budget
    for item in result.summary:
        for sentence in (item.sentence, *item.support):
            assert result.article(sentence.article_id).text[sentence.start : sentence.end] == sentence.text


def test_fixture_cluster_brief(cluster_articles, furniture_markers) -> None:
    result = newsbrief.brief(cluster_articles, Config(words=100))
    assert result.summary
    assert 0 < result.words <= 100
    assert not result.warnings and not result.skipped
    for marker in furniture_markers:
        assert marker not in result.summary_text
    # several outlets repeat the collapse: the summary should say it and cite them
    assert "Fenwick footbridge" in result.summary_text
    assert max(len(item.articles) for item in result.summary) >= 3
    _assert_sound(result)


def test_cleaned_articles_carry_titles_and_dates(cluster_articles) -> None:
    result = newsbrief.brief(cluster_articles)
    by_id = {a.id: a for a in result.articles}
    assert by_id["01-wire"].title == "Storm topples Dunmere footbridge, two hurt"
    assert by_id["02-herald"].title == "Dunmere bridge collapse: mayor vows to rebuild"
    assert str(by_id["02-herald"].published) == "2016-12-23"
    assert by_id["04-gazette"].source == "Alde Valley Gazette"
    assert not by_id["01-wire"].text.startswith("LONDON")


def test_summary_text_is_sentences_one_a_line(cluster_articles) -> None:
    result = newsbrief.brief(cluster_articles, Config(words=80))
    assert result.summary_text.split("\n") == [item.sentence.text for item in result.summary]


def test_one_article_brief_warns(cluster_articles) -> None:
    result = newsbrief.brief(cluster_articles[:1], Config(words=60))
    assert result.summary and result.words <= 60
    assert any("one article" in warning for warning in result.warnings)
    assert all(item.articles == ("01-wire",) for item in result.summary)


def test_identical_articles_warn_but_still_brief(cluster_articles) -> None:
    text = cluster_articles[0].text
    articles = [Article(id=f"copy{i}", text=text) for i in range(3)]
    result = newsbrief.brief(articles, Config(words=80))
    same = [w for w in result.warnings if "same text" in w]
    assert len(same) == 2
    assert "copy0" in same[0]
    assert result.summary
    assert len(result.articles) == 3
    _assert_sound(result)


def test_non_english_text_warns_without_crashing() -> None:
    german = (
        "Der Sturm hat am Dienstagabend die alte Fußgängerbrücke über den Fluss Alde in der Stadt Dunmere zerstört. "
        "Zwei Menschen wurden verletzt und mit leichten Verletzungen ins Krankenhaus gebracht. "
        "Der Bürgermeister versprach am Mittwoch, die Brücke innerhalb von zwei Jahren wieder aufzubauen. "
        "Ingenieure hatten den Stadtrat schon vor Jahren vor Rost an den Stützen der Brücke gewarnt."
    )
    articles = [Article("de1", german), Article("de2", german.replace("Zwei Menschen", "Zwei Fußgänger"))]
    result = newsbrief.brief(articles, Config(words=60))
    assert sum("does not look like English" in w for w in result.warnings) == 2
    assert len(result.articles) == 2
    _assert_sound(result)


def test_articles_without_usable_sentences_give_empty_summary_and_warning() -> None:
    articles = [
        Article("a", "Bridge down.\nTwo hurt.\nFerry Thursday."),
        Article("b", "Storm hits Dunmere.\nMayor: we rebuild."),
    ]
    result = newsbrief.brief(articles)
    assert result.summary == ()
    assert result.words == 0
    assert any("no usable sentence" in w for w in result.warnings)


def test_articles_of_only_furniture_are_skipped() -> None:
    junk = Article("junk", "Live Updates\nPopular Video\nImage placeholder title\nShare this article", path="junk.txt")
    result = newsbrief.brief([junk])
    assert result.articles == ()
    assert result.summary == ()
    assert [s.source for s in result.skipped] == ["junk.txt"]
    assert "furniture" in result.skipped[0].reason


def test_budget_smaller_than_every_sentence_gives_empty_summary(cluster_articles) -> None:
    result = newsbrief.brief(cluster_articles, Config(words=5))
    assert result.summary == ()
    assert result.words == 0 and result.word_budget == 5
    assert any("5-word budget" in w and "shortest usable one has" in w for w in result.warnings)


def test_no_articles_at_all() -> None:
    result = newsbrief.brief([])
    assert result.summary == () and result.articles == ()


def test_input_skips_and_warnings_are_carried_into_the_brief(cluster_articles) -> None:
    result = newsbrief.brief(
        cluster_articles, skipped=[Skipped("x.pdf", "unsupported file type .pdf")], warnings=["x.txt: decoded as cp1252"]
    )
    assert result.skipped[0] == Skipped("x.pdf", "unsupported file type .pdf")
    assert result.warnings[0] == "x.txt: decoded as cp1252"


def test_navigation_only_html_page_never_reaches_the_brief(cluster_dir: Path) -> None:
    loaded = load_paths([str(HTML_DIR / "navigation-only.html"), str(cluster_dir)])
    result = newsbrief.brief(loaded.articles, skipped=loaded.skipped)
    assert "navigation-only" not in {a.id for a in result.articles}
    assert any("navigation-only.html" in s.source for s in result.skipped)
    for word in ("Home", "Sport", "Privacy"):
        assert word not in result.summary_text


def test_brief_is_deterministic(cluster_articles) -> None:
    first = newsbrief.brief(cluster_articles, Config(words=90))
    second = newsbrief.brief(cluster_articles, Config(words=90))
    assert first == second


def test_larger_budget_never_gives_fewer_words(cluster_articles) -> None:
    sizes = [newsbrief.brief(cluster_articles, Config(words=w)).words for w in (30, 60, 120, 240)]
    assert sizes == sorted(sizes)
    assert sizes[-1] > sizes[0]


# --- the seed cluster of the shared data (skips when ../shared is absent) ---------------------


def test_seed_cluster_brief_has_no_furniture(shared_seed_cluster: Path) -> None:
    loaded = load_paths([str(shared_seed_cluster)])
    result = newsbrief.brief(loaded.articles, Config(words=150), loaded.skipped, loaded.warnings)
    assert len(result.articles) >= 2
    assert result.summary
    for marker in SEED_FURNITURE:
        assert marker.lower() not in result.summary_text.lower()
    _assert_sound(result)


@pytest.mark.parametrize("words", [50, 100, 250])
def test_seed_cluster_summary_respects_word_budget(shared_seed_cluster: Path, words: int) -> None:
    loaded = load_paths([str(shared_seed_cluster)])
    result = newsbrief.brief(loaded.articles, Config(words=words))
    assert result.summary
    assert result.words <= words
    assert sum(len(item.sentence.text.split()) for item in result.summary) == result.words


def test_short_non_english_article_is_flagged_and_kept() -> None:
    french = "Le gouvernement français a annoncé mardi une nouvelle réforme des retraites. Les syndicats ont appelé à la grève."
    english = Article("en", "The mayor of Dunmere promised on Wednesday to rebuild the footbridge the storm destroyed within two years.")
    result = newsbrief.brief([Article("fr", french), english], Config(words=60))
    assert [w for w in result.warnings if "does not look like English" in w] == [
        "fr: does not look like English; sentences are split and scored as English"
    ]
    assert [a.id for a in result.articles] == ["fr", "en"]


@needs_model
def test_facts_alongside_the_summary_give_the_same_brief(cluster_articles) -> None:
    in_turn = newsbrief.brief(cluster_articles, with_facts=True)
    alongside = newsbrief.pipeline.brief(cluster_articles, with_facts=True, facts_alongside=True)
    assert alongside.facts is not None and alongside == in_turn


def test_facts_alongside_without_spacy_say_why_in_the_same_place(cluster_articles, monkeypatch) -> None:
    import newsbrief.facts

    def unavailable(*_args, **_kwargs):
        raise FactsUnavailable("spaCy is not installed: pip install 'newsbrief[facts]'")

    monkeypatch.setattr(newsbrief.facts, "extract_facts", unavailable)
    in_turn = newsbrief.brief(cluster_articles, with_facts=True)
    alongside = newsbrief.pipeline.brief(cluster_articles, with_facts=True, facts_alongside=True)
    assert alongside.summary and alongside.facts is None
    assert alongside.warnings == in_turn.warnings and any("newsbrief[facts]" in w for w in alongside.warnings)
