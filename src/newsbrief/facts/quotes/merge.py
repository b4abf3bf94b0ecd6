"""One quotation however many outlets carry it: copies compared by rapidfuzz
after folding, only where they share a pair of adjacent words, and never
joined across different speakers."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from rapidfuzz import fuzz

from newsbrief.facts.config import FactsConfig
from newsbrief.facts.entities import Resolved
from newsbrief.facts.nlp import Parsed
from newsbrief.facts.quotes.marks import Found
from newsbrief.facts.text import fold
from newsbrief.model import Article, Quote, QuoteSource, Span
from newsbrief.split import STOPWORDS


def normal_quote(text: str) -> str:
    """A quotation folded for comparison: lower case, words only."""
    return " ".join(re.findall(r"[^\W_]+", fold(text)))


def blocking_keys(normal: str) -> set[str]:
    """Blocking keys of a folded quotation: its pairs of adjacent words, except
    pairs of two stopwords. Two spellings of one quotation share most of them;
    a short one ("The Phanton Menace") may share only a word, so short
    quotations also give their content words."""
    words = normal.split()
    keys = {f"{a} {b}" for a, b in zip(words, words[1:]) if a not in STOPWORDS or b not in STOPWORDS}
    if len(words) < 8:
        keys.update(w for w in words if len(w) > 2 and w not in STOPWORDS)
    return keys


def merge(found: list[Found], articles: Sequence[Article], parsed: Sequence[Parsed], resolved: Resolved, config: FactsConfig) -> tuple[Quote, ...]:
    """One Quote per quotation: each found copy joins the first group it matches
    (same speaker or none, ``config.quote_merge_score``), with its sentence and
    speaker spans; the group's speaker is the entity most of its copies name."""
    texts = {a.id: a.text for a in articles}
    names = {e.id: e.name for e in resolved.entities}
    bounds: dict[str, list[tuple[int, int]]] = {}
    for item in parsed:
        bounds.setdefault(item.sentence.article_id, []).append((item.sentence.start, item.sentence.end))
    groups: list[list[Found]] = []
    normals: list[str] = []
    # Quotations that share no pair of adjacent words cannot reach the merge score,
    # so each is compared only with the groups sharing one (and with keyless groups):
    # the cost follows the overlaps, not the square of the cluster's quotations.
    postings: dict[str, list[int]] = defaultdict(list)
    keyless: list[int] = []
    for item in found:
        normal = normal_quote(texts[item.article_id][item.start : item.end])
        keys = blocking_keys(normal)
        mine = item.speaker_id or item.speaker_text
        if keys:
            candidates = sorted({k for key in keys for k in postings.get(key, ())}.union(keyless))
        else:
            candidates = list(range(len(groups)))
        for k in candidates:
            group = groups[k]
            speakers = {g.speaker_id or g.speaker_text for g in group} - {None}
            if mine and speakers and mine not in speakers:
                continue
            if any(other.article_id == item.article_id for other in group) and (
                min(len(normal.split()), len(normals[k].split())) < 6 or not mine or {mine} != speakers
            ):
                continue  # two passages of one article are one quotation only when one speaker says both
            short, long = sorted((normal, normals[k]), key=len)
            score = fuzz.ratio(normal, normals[k])
            if score < config.quote_merge_score and len(short.split()) >= 6:
                score = fuzz.partial_ratio(short, long) - 5
            if score >= config.quote_merge_score:
                group.append(item)
                if len(normal) > len(normals[k]):
                    normals[k] = normal
                for key in keys:
                    postings[key].append(k)
                break
        else:
            groups.append([item])
            normals.append(normal)
            for key in keys:
                postings[key].append(len(groups) - 1)
            if not keys:
                keyless.append(len(groups) - 1)
    quotes = []
    for group in groups:
        sources = []
        for item in group:
            text = texts[item.article_id]
            spans = bounds.get(item.article_id, [])
            s_start = max([s for s, e in spans if s <= item.start] or [item.start])
            s_end = min([e for s, e in spans if e >= item.end] or [item.end])
            s_start, s_end = min(s_start, item.start), max(s_end, item.end)
            speaker = None
            if item.speaker_span:
                a, b = item.speaker_span
                speaker = Span(item.article_id, a, b, text[a:b])
            sources.append(QuoteSource(
                Span(item.article_id, item.start, item.end, text[item.start : item.end]),
                Span(item.article_id, s_start, s_end, text[s_start:s_end]),
                speaker,
                item.marked,
            ))
        ids = [g.speaker_id for g in group if g.speaker_id]
        speaker_texts = [g.speaker_text for g in group if g.speaker_text]
        speaker_id = Counter(ids).most_common(1)[0][0] if ids else None  # a tie: the first named, in every run
        speaker_name = names.get(speaker_id) if speaker_id else (speaker_texts[0] if speaker_texts else None)
        longest = max(group, key=lambda g: g.end - g.start)
        display = re.sub(r"\s*\n+\s*[\"“]?", " ", texts[longest.article_id][longest.start : longest.end]).strip()
        quotes.append(Quote(display, speaker_name, speaker_id, tuple(sources)))
    quotes.sort(key=lambda q: (-len(q.articles), q.sources[0].span.article_id, q.sources[0].span.start))
    return tuple(quotes)
