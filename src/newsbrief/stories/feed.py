"""Read a feed: one article a line, ``{"id", "text", "title"?, "source"?, "published"?}``."""

from __future__ import annotations

import json
from collections.abc import Container, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from newsbrief.ingest.datasets import BadLine, open_text
from newsbrief.ingest.files import MAX_ARTICLE_CHARS, article_from_mapping
from newsbrief.model import Article


@dataclass
class Feed:
    """The usable articles of a feed in feed order, the lines that were skipped,
    and notes on articles that were kept but changed (renamed duplicate ids,
    cut texts), keyed by the article's id as kept."""

    articles: list[Article] = field(default_factory=list)
    bad_lines: list[BadLine] = field(default_factory=list)
    notes: dict[str, str] = field(default_factory=dict)


def parse_article(raw: str, number: int) -> Article | BadLine:
    """One feed line as an Article (id ``line-N`` when it has none), or why it is not one."""
    try:
        record = json.loads(raw)
    except json.JSONDecodeError as error:
        return BadLine(number, f"invalid JSON ({error.msg} at column {error.colno})")
    if not isinstance(record, dict):
        return BadLine(number, "not a JSON object")
    try:
        article = article_from_mapping(record, f"line-{number}", None)
    except ValueError as error:
        return BadLine(number, str(error))
    if not article.text.strip():
        return BadLine(number, f"article {article.id!r} has an empty text")
    return article


def _unique_id(wanted: str, taken: Container[str]) -> str:
    count = 2
    while f"{wanted}#{count}" in taken:
        count += 1
    return f"{wanted}#{count}"


def collect(lines: Iterable[tuple[int, str]]) -> Feed:
    """Parse numbered lines into a Feed. A repeated id is not merged: the later
    article is kept as ``ID#2`` (``#3``...) and noted; an over-long text is cut."""
    feed = Feed()
    first_line: dict[str, int] = {}
    for number, raw in lines:
        parsed = parse_article(raw, number)
        if isinstance(parsed, BadLine):
            feed.bad_lines.append(parsed)
            continue
        article, notes = parsed, []
        if article.id in first_line:
            new_id = _unique_id(article.id, first_line)
            notes.append(f"line {number}: duplicate id {article.id!r} (first on line {first_line[article.id]}); "
                         f"kept as {new_id!r}")
            article = replace(article, id=new_id)
        if len(article.text) > MAX_ARTICLE_CHARS:
            notes.append(f"line {number}: {len(article.text):,} characters; only the first {MAX_ARTICLE_CHARS:,} were read")
            article = replace(article, text=article.text[:MAX_ARTICLE_CHARS])
        first_line[article.id] = number
        if notes:
            feed.notes[article.id] = "; ".join(notes)
        feed.articles.append(article)
    return feed


def read_feed(path: str | Path) -> Feed:
    """Every article of a feed file (JSONL, gzip-compressed or not); blank lines are ignored."""
    with open_text(path) as handle:
        return collect((number, raw) for number, raw in enumerate(handle, start=1) if raw.strip())
