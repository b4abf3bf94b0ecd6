"""Quotations printed without quotation marks: after a speech verb and a colon
("X told the Associated Press: Within him is a great secret."), and first-person
sentences ending in a named speaker ("We had no intelligence ..., police chief
Antonio De Iesu said.")."""

from __future__ import annotations

import re

from newsbrief.facts.config import FactsConfig
from newsbrief.facts.quotes.marks import MARKS, Found
from newsbrief.facts.quotes.speakers import SPEECH, ArticleSpeakers, speaker
from newsbrief.split.sentences import paragraph_spans

_FIRST_PERSON_SAID = re.compile(
    rf"^(?P<quote>(?:I|We|My|Our|I'm|We're|I’m|We’re)\b[^\"“”]{{10,}}?),\s+(?P<who>[^,\"“”]{{1,60}}?)\s+(?:{SPEECH})\.?$"
)
_UNMARKED = re.compile(rf"\b(?:{SPEECH})\b[^:.\"“”]{{0,60}}:\s*$", re.IGNORECASE)


def after_colon(article: ArticleSpeakers, config: FactsConfig, quotes: list[tuple[int, int]]) -> list[Found]:
    """Quotations printed without marks after a speech verb and a colon
    ("X told the Associated Press: Within him is a great secret.")."""
    text = article.text
    found = []
    paragraphs = paragraph_spans(text)
    for n, (p_start, p_end) in enumerate(paragraphs):
        paragraph = text[p_start:p_end]
        if any(ch in paragraph for ch in MARKS) or ":" not in paragraph:
            continue
        colon_at = paragraph.find(":")
        head = paragraph[: colon_at + 1]
        verb = _UNMARKED.search(head)
        if not verb:
            continue
        rest = paragraph[colon_at + 1 :].strip()
        if rest:
            start = p_start + paragraph.index(rest, colon_at)
            end = start + len(rest)
        elif n + 1 < len(paragraphs):
            start, end = paragraphs[n + 1]
            if any(ch in text[start:end] for ch in MARKS):
                continue
        else:
            continue
        body = text[start:end]
        if not body[:1].isupper() or len(body.split()) < config.min_quote_words:
            continue
        item = Found(article.id, start, end, False)
        if speaker(item, head[: verb.start()], p_start, article, quotes):
            found.append(item)
    return found


def first_person(article: ArticleSpeakers, config: FactsConfig, quotes: list[tuple[int, int]]) -> list[Found]:
    """Quotations printed without marks as "We had no intelligence ..., police
    chief Antonio De Iesu said." (first person, then a named speaker)."""
    found = []
    for item in article.parsed:
        text = item.sentence.text
        if any(ch in text for ch in MARKS):
            continue
        match = _FIRST_PERSON_SAID.match(text)
        if not match or len(match.group("quote").split()) < config.min_quote_words:
            continue
        base = item.sentence.start
        quote = Found(article.id, base + match.start("quote"), base + match.end("quote"), False)
        named = article.named_in(base + match.start("who"), base + match.end("who"), quotes)
        if named:
            quote.speaker_id, quote.speaker_span = named
            found.append(quote)
    return found
