"""The Python API: from articles to a Brief, running each stage once in order."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from dataclasses import replace
from functools import partial

from newsbrief.clean import clean_article
from newsbrief.config import Config, FactsConfig
from newsbrief.model import Article, Brief, Facts, Sentence, Skipped
from newsbrief.split import dominant_script, looks_english, split_articles
from newsbrief.summarize import summarize
from newsbrief.summarize.candidates import eligible
from newsbrief.summarize.learned import ModelUnavailable


def _not_english(label: str, text: str) -> str:
    """The warning for an article that is not in English: what was done to it,
    and which English-specific parts could not serve it."""
    script = dominant_script(text)
    if script in ("LATIN", ""):
        return f"{label}: does not look like English; sentences are split and scored as English"
    name = {"CJK": "Han (Chinese/Japanese)"}.get(script, script.title())
    counted = (", each Han or kana character counts as a word" if script in ("CJK", "HIRAGANA", "KATAKANA") else "")
    return (f"{label}: written in {name} script, not English: sentences are split at its own punctuation"
            f"{counted}; English stemming and stopwords were not applied to it")


def _mostly_other_script(articles: Sequence[Article]) -> str | None:
    """The script most of the cluster's articles are written in, when it is not Latin."""
    scripts = [dominant_script(article.text) for article in articles]
    other = [script for script in scripts if script not in ("LATIN", "")]
    if not other or len(other) * 2 <= len(scripts):
        return None
    return max(set(other), key=other.count)


def prepare(articles: Sequence[Article]) -> tuple[tuple[Article, ...], tuple[Skipped, ...], tuple[str, ...]]:
    """Clean every article; those left with no text are skipped with a reason,
    and anything the reader should know is returned as a warning."""
    kept: list[Article] = []
    skipped: list[Skipped] = []
    warnings: list[str] = []
    first_with_text: dict[str, str] = {}
    for article in articles:
        cleaned, _report = clean_article(article)
        label = article.path or article.id
        if not cleaned.text.strip():
            skipped.append(Skipped(label, "no article text left after removing page furniture"))
            continue
        if not looks_english(cleaned.text):
            warnings.append(_not_english(label, cleaned.text))
        twin = first_with_text.setdefault(cleaned.text, cleaned.id)
        if twin != cleaned.id:
            warnings.append(f"{label}: same text as {twin}; kept as a separate source")
        kept.append(cleaned)
    return tuple(kept), tuple(skipped), tuple(warnings)


def _facts_or_note(kept: Sequence[Article], sentences: Sequence[Sentence], config: FactsConfig) -> tuple[Facts | None, str | None]:
    """The facts of the cluster, or (None, the warning saying why there are none)."""
    try:
        from newsbrief.facts import extract_facts

        return extract_facts(kept, sentences, config), None
    except ImportError as error:  # FactsUnavailable, or a facts-extra package such as rapidfuzz missing
        hint = "" if "newsbrief[facts]" in str(error) else " (pip install 'newsbrief[facts]')"
        return None, f"no entities, disagreements, timeline or quotes: {error}{hint}"


def _in_thread(work: Callable[[], object]) -> Future:
    """``work()`` started in a daemon thread (an interrupted command does not wait for it)."""
    future: Future = Future()

    def run() -> None:
        try:
            future.set_result(work())
        except BaseException as error:  # handed to whoever asks for the result
            future.set_exception(error)

    threading.Thread(target=run, name="newsbrief-facts", daemon=True).start()
    return future


def brief(
    articles: Sequence[Article],
    config: Config | None = None,
    skipped: Sequence[Skipped] = (),
    warnings: Sequence[str] = (),
    with_facts: bool | None = None,
    facts_alongside: bool = False,
) -> Brief:
    """Brief a cluster of articles about one story. ``skipped`` and ``warnings``
    from reading the inputs are carried into the brief so it can report them.
    Entities, disagreements, timeline and quotes are added when ``with_facts``,
    or by default when ``config.facts.enabled`` (needs the ``facts`` extra;
    without it the brief says so in a warning). With ``facts_alongside`` the facts
    stage runs in a thread while the summary is chosen: worth it where its spaCy
    analysis runs in another process (``facts.nlp.load_in_background``), as the
    CLI arranges; the brief is the same."""
    config = config or Config()
    kept, dropped, noted = prepare(articles)
    sentences = split_articles(kept)
    notes = list(warnings) + list(noted)
    script = _mostly_other_script(kept)
    if script:
        config = replace(config, selector="unsupervised", concept_weighting="position")
        with_facts = False
        notes.append(f"the articles are mostly in {script.title()} script: the parts learned on English "
                     "(the sentence scorer, the concept model, named entities and the rest of the facts stage) "
                     "were not applied; sentences were chosen by shared content and position alone")
    wants_facts = bool((config.facts.enabled if with_facts is None else with_facts) and kept)
    facts_job = _in_thread(partial(_facts_or_note, kept, sentences, config.facts)) if wants_facts and facts_alongside else None
    try:
        summary = summarize(sentences, kept, config) if sentences else ()
    except ModelUnavailable as error:
        notes.append(f"{error}; used the unsupervised selector instead")
        config = replace(config, selector="unsupervised")
        summary = summarize(sentences, kept, config)
    if len(kept) == 1:
        notes.append("only one article: the summary cannot be checked against other sources")
    if kept and not summary:
        usable = [s.words for s in sentences if eligible(s, config)]
        if usable and min(usable) > config.words:
            notes.append(f"no sentence fits a {config.words}-word budget: the shortest usable one has {min(usable)} words")
        elif usable:
            notes.append("no usable sentence has a content word the summarizer can count "
                         "(each one's words are all stopwords or single characters)")
        else:
            notes.append("no usable sentence: every sentence is shorter than "
                         f"{config.min_sentence_words} words, longer than {config.max_sentence_words}, or page furniture")
    if articles and not kept:
        notes.append(f"empty summary: none of the {len(articles)} articles has text left to brief (see skipped)")
    facts = None
    if wants_facts:
        facts, missing = facts_job.result() if facts_job else _facts_or_note(kept, sentences, config.facts)
        if missing:
            notes.append(missing)
    if facts is not None:
        from newsbrief.edit import edit_summary

        summary = edit_summary(summary, kept, sentences, facts)
    elif summary:
        notes.append("without the facts stage the summary was not edited: pronouns are not resolved, "
                     "and no sentence was checked for a fact the sources dispute")
    return Brief(
        facts=facts,
        articles=kept,
        summary=summary,
        word_budget=config.words,
        skipped=tuple(skipped) + dropped,
        warnings=tuple(notes),
    )
