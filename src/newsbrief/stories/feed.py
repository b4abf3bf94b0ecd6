"""Read a feed: one article a line, ``{"id", "text", "title"?, "source"?, "published"?}``."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from newsbrief.ingest.datasets import BadLine, numbered_lines
from newsbrief.ingest.files import MAX_ARTICLE_CHARS, article_from_mapping
from newsbrief.ingest.ids import unique_id
from newsbrief.ingest.json_safe import JSONProblem, parse_json
from newsbrief.ingest.unicode import printable_name
from newsbrief.model import Article


@dataclass
class Feed:
    """The usable articles of a feed in feed order, the lines that were skipped,
    and notes on articles that were kept but changed (renamed duplicate ids,
    cut texts), keyed by the article's id as kept."""

    articles: list[Article] = field(default_factory=list)
    bad_lines: list[BadLine] = field(default_factory=list)
    notes: dict[str, str] = field(default_factory=dict)


def parse_article(raw: str, number: int, notes: list[str] | None = None) -> Article | BadLine:
    """One feed line as an Article (id ``line-N`` when it has none), or why it is
    not one; what was changed or ignored on the way (an unusable date, replaced
    characters) goes to ``notes``."""
    try:
        record = parse_json(raw)
    except JSONProblem as error:
        return BadLine(number, str(error))
    if not isinstance(record, dict):
        return BadLine(number, "not a JSON object")
    given = record.get("id")
    given = printable_name(str(given)) if given not in (None, "") else None
    try:
        article = article_from_mapping(record, f"line-{number}", None, notes)
    except ValueError as error:
        return BadLine(number, str(error), given)
    if not article.text.strip():
        return BadLine(number, f"article {article.id!r} has an empty text", article.id)
    return article


def collect(lines: Iterable[tuple[int, str] | BadLine]) -> Feed:
    """Parse numbered lines into a Feed. A repeated id is not merged: the later
    article is renamed by the one rule of ``ingest.ids`` (``ID#2``, ``#3``...) and
    noted; an over-long text is cut; an unusable date is ignored and noted."""
    feed = Feed()
    first_line: dict[str, int] = {}
    for item in lines:
        if isinstance(item, BadLine):
            feed.bad_lines.append(item)
            continue
        number, raw = item
        found: list[str] = []
        parsed = parse_article(raw, number, found)
        if isinstance(parsed, BadLine):
            feed.bad_lines.append(parsed)
            continue
        article, notes = parsed, [f"line {number}: {note}" for note in found]
        if article.id in first_line:
            new_id = unique_id(article.id, first_line)
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
    """Every article of a feed file (JSONL, gzip-compressed or not); blank lines
    are ignored, and a compressed file cut short keeps every line before the cut."""
    return collect(numbered_lines(path))
