"""From a feed file to briefed stories: read, cluster, brief each story (on
forked processes or Dask workers), write one story a line."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from newsbrief import batch
from functools import partial

from newsbrief.config import Config, StoryConfig
from newsbrief.ingest.datasets import BadLine
from newsbrief.jsonl_out import JsonlWriter
from newsbrief.model import Article
from newsbrief.pipeline import brief
from newsbrief.render.json import brief_to_dict
from newsbrief.scaleout import dask_client
from newsbrief.stories.cluster import StoryIndex
from newsbrief.stories.feed import read_feed
from newsbrief.stories.signatures import article_terms


@dataclass
class StoriesReport:
    """What a stories run did: articles read, stories found, lines skipped, notes, time."""

    articles: int = 0
    stories: int = 0
    singletons: int = 0
    bad_lines: list[BadLine] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    cluster_seconds: float = 0.0
    brief_seconds: float = 0.0
    failed: list[str] = field(default_factory=list)
    """Stories written without a brief, each with why (their line has "error")."""


def find_stories(
    articles: Sequence[Article],
    config: StoryConfig | None = None,
    terms: Sequence[Counter[str]] | None = None,
) -> list[list[Article]]:
    """The stories of a set of articles, each a list in input order; stories ordered
    by their first article. ``terms``: the articles' ``article_terms``, if computed already."""
    numbers = StoryIndex(config).add(articles, terms)
    stories: dict[int, list[Article]] = {}
    for number, article in zip(numbers, articles):
        stories.setdefault(number, []).append(article)
    return [stories[number] for number in sorted(stories)]


StoryItem = tuple[str, tuple[Article, ...], tuple[str, ...]]
"""(story id, its articles, warnings to carry into the brief)"""


def brief_story(config: Config, item: StoryItem) -> dict:
    """One output record: the story's id, its article ids and its JSON brief; when
    briefing fails, ``brief`` is null and ``error`` says why: one story's failure
    costs only that story."""
    story_id, articles, warnings = item
    record: dict = {"id": story_id, "articles": [a.id for a in articles]}
    try:
        record["brief"] = brief_to_dict(brief(articles, config, warnings=warnings))
    except Exception as error:  # noqa: BLE001 - reported in the record and on stderr, never fatal to the run
        record.update(brief=None, error=f"could not be briefed ({type(error).__name__}: {error})")
    return record


def _lost_story(item: StoryItem, why: str) -> dict:
    story_id, articles, _ = item
    return {"id": story_id, "articles": [a.id for a in articles], "brief": None, "error": f"could not be briefed: {why}"}


def run_stories(
    in_path: str | Path,
    out_path: str | Path,
    config: Config,
    jobs: int | None = None,
    progress: bool | None = None,
    on_bad_line: Callable[[BadLine], None] | None = None,
    on_note: Callable[[str], None] | None = None,
    dask: str | None = None,
) -> StoriesReport:
    """Find the stories of the feed at ``in_path`` and write each with its brief to
    ``out_path`` (JSONL), with the story settings of ``config.stories`` and facts
    when ``config.facts.enabled``. Skipped lines go to ``on_bad_line``, notes on
    kept articles (renamed duplicate ids, cut texts, unusable dates) to ``on_note``."""
    report = StoriesReport()
    feed = read_feed(in_path)
    report.articles, report.bad_lines, report.notes = len(feed.articles), feed.bad_lines, list(feed.notes.values())
    for bad in feed.bad_lines:
        if on_bad_line:
            on_bad_line(bad)
    for note in report.notes:
        if on_note:
            on_note(note)
    with dask_client(dask, jobs) as client:
        started = time.perf_counter()
        terms = list(batch.show_progress(batch.map_items(feed.articles, article_terms, jobs, client),
                                         progress, " articles", len(feed.articles), "reading"))
        stories = find_stories(feed.articles, config.stories, terms)
        report.cluster_seconds = time.perf_counter() - started
        report.stories = len(stories)
        report.singletons = sum(len(story) == 1 for story in stories)
        items = (
            (f"story-{n}", tuple(story), tuple(feed.notes[a.id] for a in story if a.id in feed.notes))
            for n, story in enumerate(stories, start=1)
        )
        started = time.perf_counter()
        with JsonlWriter(out_path) as out:
            records = batch.map_items(items, partial(brief_story, config), jobs, client, _lost_story)
            for record in batch.show_progress(records, progress, " stories", len(stories), "briefing"):
                if record.get("error"):
                    report.failed.append(f"{record['id']}: {record['error']}")
                out.write(record)
        report.brief_seconds = time.perf_counter() - started
    return report
