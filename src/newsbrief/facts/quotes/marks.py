"""Quotation marks paired into quotations, by the news conventions: a quotation
running over paragraphs opens each one and closes only the last."""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsbrief.split.sentences import paragraph_spans

MARKS = '"“”'
"""The quotation marks that open and close a quotation."""


@dataclass
class Found:
    """A quotation found in an article (characters ``start:end``) and, once attributed, its speaker."""

    article_id: str
    start: int
    end: int
    marked: bool
    speaker_id: str | None = None
    speaker_text: str | None = None
    speaker_span: tuple[int, int] | None = None


def _closes_first(paragraph: str) -> bool:
    """Whether the first quotation mark of a paragraph closes a quotation
    opened in an earlier paragraph (rather than opening one)."""
    for i, ch in enumerate(paragraph):
        if ch == "”":
            return True
        if ch == "“":
            return False
        if ch == '"':
            before = paragraph[i - 1] if i else " "
            return not before.isspace() and before not in "([—–-"
    return False


def quoted_ranges(text: str) -> list[tuple[int, int]]:
    """(start, end) of the text inside quotation marks. A quotation open at a
    paragraph's end runs on when the next paragraph closes it first, and joins
    the next paragraph's quotation when that one opens with a mark (the news
    convention); otherwise it ends with its paragraph."""
    ranges: list[tuple[int, int, bool]] = []
    paragraphs = paragraph_spans(text)
    open_at: int | None = None
    for n, (p_start, p_end) in enumerate(paragraphs):
        for i, ch in enumerate(text[p_start:p_end]):
            if ch not in MARKS:
                continue
            position = p_start + i
            if open_at is None:
                if ch != "”":
                    open_at = position + 1
            elif ch == "“" and position > open_at:
                ranges.append((open_at, position, False))
                open_at = position + 1
            elif ch != "“":
                ranges.append((open_at, position, True))
                open_at = None
        if open_at is None:
            continue
        following = text[paragraphs[n + 1][0] : paragraphs[n + 1][1]] if n + 1 < len(paragraphs) else ""
        if following and _closes_first(following):
            continue
        ranges.append((open_at, p_end, False))
        open_at = None
    joined: list[tuple[int, int, bool]] = []
    for start, end, closed in ranges:
        if joined and not joined[-1][2] and re.fullmatch(r"\s*\n[\s\"“]*", text[joined[-1][1] : start]):
            joined[-1] = (joined[-1][0], end, closed)
        else:
            joined.append((start, end, closed))
    trimmed = []
    for start, end, _ in joined:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            trimmed.append((start, end))
    return trimmed
