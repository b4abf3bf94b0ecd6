"""Entities from resolved groups of mentions: each group's canonical name (a
full name used by the most outlets), type and variants, the entities ranked
by salience (``salience``), and each article's main person."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from newsbrief.facts.config import FactsConfig
from newsbrief.facts.entities.mentions import GROUPS, Mention, char_span, surface
from newsbrief.facts.entities.salience import salience
from newsbrief.facts.nlp import Parsed
from newsbrief.facts.text import name_tokens
from newsbrief.model import Entity, Span


@dataclass
class Resolved:
    """Entities of a cluster and, for every sentence, where they are mentioned."""

    entities: list[Entity]
    by_sentence: list[list[tuple[int, int, str]]]
    """For each parsed sentence: (start char, end char, entity id) of its mentions."""
    main_person: dict[str, str] = field(default_factory=dict)
    """Article id -> id of the person it mentions most."""

    def entity(self, entity_id: str) -> Entity:
        """The entity with this id (KeyError if there is none)."""
        for entity in self.entities:
            if entity.id == entity_id:
                return entity
        raise KeyError(entity_id)


def build_entity(parsed: Sequence[Parsed], mentions: list[Mention]) -> tuple[Entity, list[Mention]]:
    """One entity from its mentions: canonical name, type, variants, spans."""
    spans = []
    variants: Counter = Counter()
    name_articles: dict[str, set[str]] = defaultdict(set)
    name_count: Counter = Counter()
    labels: Counter = Counter()
    sentences = set()
    for m in mentions:
        item = parsed[m.p]
        start, end = char_span(item, m.start, m.end)
        text = surface(item, m.start, m.end)
        spans.append(Span(item.sentence.article_id, start, end, text))
        variants[text] += 1
        if m.title_start is not None:
            variants[surface(item, m.title_start, m.end)] += 1
        name_articles[text].add(item.sentence.article_id)
        name_count[text] += 1
        labels[m.label] += 1
        sentences.add(m.p)
    group = mentions[0].group
    if group == "person":
        entity_type = "PERSON"
    else:
        default = "GPE" if group == "place" else "ORG"
        entity_type = next((label for label, _ in labels.most_common() if GROUPS.get(label) == group), default)
    longest = max(len(name_tokens(t)) for t in name_count)

    def score(text: str) -> tuple:
        words = len(name_tokens(text))
        full = words >= 2 or words == longest
        if group != "person":
            full = True
        return (full, len(name_articles[text]), name_count[text], not text.isupper() or group != "person", words, text)

    name = max(name_count, key=score)
    spans.sort(key=lambda s: (s.article_id, s.start))
    ordered = tuple(v for v, _ in sorted(variants.items(), key=lambda kv: (-kv[1], kv[0])))
    return Entity("", name, entity_type, ordered, tuple(spans), len(sentences)), mentions


def rank(
    parsed: Sequence[Parsed], groups: list[list[Mention]], config: FactsConfig,
    demonyms: Sequence[tuple[int, tuple[str, ...]]] = (),
) -> Resolved:
    """Entities E1, E2, ... from groups of mentions, most salient first (the
    first ``config.max_entities`` kept; ``salience``), with every sentence's
    mentions and each article's most-mentioned person."""
    scores = salience(parsed, groups, demonyms)
    built = [(score, *build_entity(parsed, group_mentions)) for score, group_mentions in zip(scores, groups)]
    built.sort(key=lambda e: (-round(e[0], 6), -e[1].sentences, -len(e[1].articles), e[1].name))
    built = [(entity, group_mentions) for _, entity, group_mentions in built[: config.max_entities]]

    article_of = [item.sentence.article_id for item in parsed]
    entities = []
    by_sentence: list[list[tuple[int, int, str]]] = [[] for _ in parsed]
    main_count: dict[str, Counter] = defaultdict(Counter)
    for n, (entity, group_mentions) in enumerate(built, start=1):
        entity_id = f"E{n}"
        entities.append(Entity(entity_id, entity.name, entity.type, entity.variants, entity.mentions, entity.sentences))
        for m in group_mentions:
            start, end = char_span(parsed[m.p], m.start, m.end)
            by_sentence[m.p].append((start, end, entity_id))
            if entity.type == "PERSON":
                main_count[article_of[m.p]][entity_id] += 1
    for mentions_here in by_sentence:
        mentions_here.sort()
    main_person = {article: counts.most_common(1)[0][0] for article, counts in main_count.items()}
    return Resolved(entities, by_sentence, main_person)
