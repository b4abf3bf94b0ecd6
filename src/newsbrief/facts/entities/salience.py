"""Salience: how much a story is about an entity, for ranking them.

Raw mention counts favour whatever one outlet repeats (a live blog quoting one
politician twenty times) and the continent every report names in passing. The
score counts articles first and repetitions within an article only by their
logarithm, gives weight to a mention in an article's opening sentences, to a
place governed by a preposition of place or movement ("in Sesto San Giovanni",
"from Tunisia", "through Turin": where it happened, where people come from)
and to a place's demonym ("the Tunisian"), and halves continents and regions
and the news outlets a story cites ("according to Ansa"): they are where the
story sits and whom it comes from, not what it is about.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Sequence

from newsbrief.facts.entities.mentions import Mention
from newsbrief.facts.nlp import Parsed
from newsbrief.facts.text import name_tokens

LEAD_SENTENCES = 3
_LOCATIVE = {"in", "at", "near", "from", "to", "through", "outside", "into", "across", "towards", "toward", "via"}
REGIONS = {
    "europe", "africa", "asia", "america", "north america", "south america", "latin america", "oceania",
    "antarctica", "middle east", "the middle east", "west", "the west", "world", "eurasia", "scandinavia",
    "balkans", "the balkans", "caribbean", "the caribbean", "western europe", "eastern europe", "central europe",
    "southeast asia", "east asia", "central asia", "south asia", "north africa", "sub-saharan africa", "gulf",
}
"""Continents and regions: the setting of a story more often than its place."""
OUTLETS = {
    "ap", "associated press", "the associated press", "reuters", "afp", "agence france-presse", "agence france presse",
    "ansa", "dpa", "efe", "xinhua", "tass", "interfax", "bbc", "cnn", "sky news", "sky", "al jazeera", "nbc", "cbs",
    "abc", "fox news", "npr", "bloomberg", "upi", "pa", "press association", "kyodo", "yonhap",
}
"""News agencies and broadcasters: sources of a story, rarely its subject."""
_OUTLET_WORDS = {"news", "press", "times", "post", "tv", "radio", "telegraph", "guardian", "herald", "journal",
                 "tribune", "gazette", "daily", "broadcasting", "television", "newspaper", "agency"}
_REPORTING_AFTER = {"reported", "reports", "reporting", "quoted", "cited", "citing", "broadcast", "aired"}


def _demonym_of(place: tuple[str, ...], demonym: tuple[str, ...]) -> bool:
    """Whether ``demonym`` is the adjective of ``place`` by the usual endings
    ("Tunisia"/"Tunisian", "Italy"/"Italian", "Germany"/"German", "Iraq"/"Iraqi")."""
    if len(place) != 1 or len(demonym) != 1:
        return False
    p, d = place[0], demonym[0]
    if len(p) < 4 or not d.startswith(p[:-1]) or len(d) > len(p) + 3:
        return False
    rest = d[len(p) - 1 :]
    return rest in ("n", "an", "ian", "ese", "i", "ish", "") or d[len(p):] in ("n", "an", "ian", "ese", "i", "ish")


def _demonyms_by_prefix(demonyms: Sequence[tuple[int, tuple[str, ...]]]) -> dict[str, list[int]]:
    """Indices of the one-word demonyms under every prefix of their word: a place
    looks up only those starting with its name less its last letter (all that
    ``_demonym_of`` can accept), not every demonym of the cluster."""
    found: dict[str, list[int]] = defaultdict(list)
    for n, (_, demonym) in enumerate(demonyms):
        if len(demonym) == 1:
            for k in range(len(demonym[0]) + 1):
                found[demonym[0][:k]].append(n)
    return found


def _outlet_like(key: tuple[str, ...], contexts: Counter) -> bool:
    name = " ".join(key)
    if name in OUTLETS:
        return True
    reporting = contexts["reporting"]
    return reporting > 0 and (reporting * 2 >= sum(contexts.values()) or key[-1] in _OUTLET_WORDS)


def salience(
    parsed: Sequence[Parsed], groups: list[list[Mention]], demonyms: Sequence[tuple[int, tuple[str, ...]]] = ()
) -> list[float]:
    """A salience score for each group of mentions (one entity each), higher first."""
    position: list[int] = []
    seen: Counter = Counter()
    for item in parsed:
        position.append(seen[item.sentence.article_id])
        seen[item.sentence.article_id] += 1
    article_of = [item.sentence.article_id for item in parsed]
    by_stem = _demonyms_by_prefix(demonyms)
    scores = []
    for group in groups:
        kind = group[0].group
        sentences: dict[str, set[int]] = defaultdict(set)
        lead: set[str] = set()
        located: set[str] = set()
        contexts: Counter = Counter()
        for m in group:
            article = article_of[m.p]
            sentences[article].add(m.p)
            if position[m.p] < LEAD_SENTENCES:
                lead.add(article)
            tokens = parsed[m.p].tokens
            previous = tokens[m.start - 1].text.lower() if m.start else ""
            before = " ".join(t.text.lower() for t in tokens[max(0, m.start - 2) : m.start])
            following = tokens[m.end].text.lower() if m.end < len(tokens) else ""
            if kind == "place" and previous in _LOCATIVE:
                located.add(article)
            if before.endswith("according to") or previous == "told" or following in _REPORTING_AFTER:
                contexts["reporting"] += 1
            else:
                contexts["other"] += 1
        if kind == "place":
            key = group[0].key
            for n in by_stem.get(key[0][:-1], ()) if len(key) == 1 else ():
                p, demonym = demonyms[n]
                if _demonym_of(key, demonym):
                    sentences[article_of[p]].add(p)
        score = sum(1 + math.log(len(ps)) for ps in sentences.values()) + 0.5 * len(lead) + len(located)
        key = group[0].key
        if kind == "place" and " ".join(key) in REGIONS:
            score *= 0.5
        if kind == "org" and _outlet_like(key, contexts):
            score *= 0.5
        scores.append(score)
    return scores


def demonym_mentions(parsed: Sequence[Parsed]) -> list[tuple[int, tuple[str, ...]]]:
    """(sentence, folded words) of every nationality or group adjective spaCy labels NORP."""
    found = []
    for p, item in enumerate(parsed):
        for start, end, label in item.ents:
            if label == "NORP":
                found.append((p, name_tokens(" ".join(t.text for t in item.tokens[start:end]))))
    return found
