"""The facts stage at its door: articles and sentences in, ``Facts`` out."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from itertools import islice

from newsbrief.facts.acts import acted_on, acts
from newsbrief.facts.budget import within_budget
from newsbrief.facts.config import FactsConfig
from newsbrief.facts.disagreements import ContextWeights, find_disagreements
from newsbrief.facts.entities import resolve
from newsbrief.facts.furniture import is_furniture
from newsbrief.facts.nlp import parse
from newsbrief.facts.places import starting_places, with_story_happening
from newsbrief.facts.quotes import find_quotes
from newsbrief.facts.roles import ROLE, TITLED, roles
from newsbrief.facts.text import content_stems, format_number, is_caseless
from newsbrief.facts.timeline import build_timeline, find_dates
from newsbrief.facts.values import (
    ClockTime,
    Statement,
    ages,
    unnamed_ages,
    clock_qualifier,
    clock_times,
    counts,
    distance_display,
    distances,
    evidence,
    money,
    money_display,
    window_context,
    other_numbers,
    story_times,
    window_verbs,
)
from newsbrief.model import Article, Attribute, Fact, Facts, Sentence, Span
from newsbrief.split import looks_english

PLACE_TYPES = ("GPE", "LOC", "FAC")
AGE, MONEY, DISTANCE, TIME, DATE = (Attribute(name) for name in ("age", "money", "distance", "time", "date"))


def extract_facts(articles: Sequence[Article], sentences: Sequence[Sentence], config: FactsConfig | None = None) -> Facts:
    """Entities, facts, disagreements, timeline and quotes of a cluster of
    cleaned articles (``newsbrief.pipeline.prepare``) and their sentences
    (``newsbrief.split.split_articles``). Articles that are not English and
    sentences that do not slice their article are left out, never guessed at;
    page furniture (credits, captions, bylines, contacts) is no finding. A cluster
    with more distinct sentences than ``config.analysis_budget`` has only those
    ``facts.budget`` chooses analysed, and ``Facts.coverage`` says how many."""
    config = config or FactsConfig()
    warnings: list[str] = []
    by_id = {a.id: a for a in articles}
    english = {a.id for a in articles if a.text.strip() and looks_english(a.text)}
    for article in articles:
        if article.text.strip() and article.id not in english:
            warnings.append(f"{article.id}: does not look like English; no facts taken from it")
    kept = [a for a in articles if a.id in english]
    candidates = [
        s for s in sentences
        if s.article_id in english and s.text.strip() and by_id[s.article_id].text[s.start : s.end] == s.text
    ]

    def not_furniture(sentence: Sentence) -> bool:
        return not is_furniture(sentence.text, by_id[sentence.article_id].title)

    opening = list(islice(filter(not_furniture, candidates), 600))
    if not opening:
        return Facts(warnings=tuple(warnings))
    caseless = is_caseless([s.text for s in opening])
    usable, coverage = within_budget(candidates, config.analysis_budget, not_furniture)
    parsed = parse(usable, config.model, config.batch_size)
    resolved = resolve(parsed, config, caseless)
    kinds = {e.id: e.type for e in resolved.entities}
    names = {e.id: e.name for e in resolved.entities}
    persons = {e.id: e.name for e in resolved.entities if e.type == "PERSON"}
    published = {a.id: a.published for a in kept}

    statements: list[Statement] = []
    clocks: list[tuple[int, ClockTime, date | None]] = []
    sentence_contexts = []
    for p, item in enumerate(parsed):
        mentions = resolved.by_sentence[p]
        ids = frozenset(entity for _, _, entity in mentions)
        sentence_contexts.append(frozenset(content_stems(item.sentence.text)) | ids)
        places = frozenset(e for e in ids if kinds.get(e) in PLACE_TYPES)
        pub = published.get(item.sentence.article_id)

        def add(subject: str, attribute: Attribute, value: str, number: float | None, start: int, end: int, *,
                keyed: bool, qualifier: str = "exact", unit: str = "", inferred: bool = False) -> None:
            statements.append(Statement(
                subject=subject,
                subject_name=names.get(subject, "the story"),
                attribute=attribute,
                value=value,
                number=number,
                qualifier=qualifier,
                evidence=evidence(item, start, end),
                context=frozenset() if keyed else window_context(item, start, end, mentions),
                places=places,
                keyed=keyed,
                published=pub,
                inferred=inferred,
                unit=unit,
                verbs=frozenset() if keyed else window_verbs(item, start, end, clause=attribute == TIME),
                numbers=frozenset() if keyed else other_numbers(item, start, end),
            ))

        for age in ages(item, mentions, persons):
            add(age.person, AGE, format_number(age.value), age.value, age.start, age.end, keyed=True)
        main = resolved.main_person.get(item.sentence.article_id)
        if main:
            for age in unnamed_ages(item, mentions, persons):
                add(main, AGE, format_number(age.value), age.value, age.start, age.end, keyed=True, inferred=True)
        for count in counts(item):
            add("event", count.attribute, format_number(count.value), count.value, count.start, count.end,
                keyed=False, qualifier=count.qualifier)
        for sum_ in money(item):
            add("event", MONEY, money_display(sum_.currency, sum_.amount), sum_.amount, sum_.start, sum_.end,
                keyed=False, qualifier=sum_.qualifier, unit=sum_.currency)
            statements[-1] = replace(statements[-1], purpose=sum_.purpose)
        for length in distances(item):
            add("event", DISTANCE, distance_display(length.km), length.km, length.start, length.end,
                keyed=False, qualifier=length.qualifier)
        for clock in clock_times(item):
            clocks.append((len(statements), clock, pub))
            add("event", TIME, clock.clock, None, clock.start, clock.end, keyed=False,
                qualifier=clock_qualifier(item.sentence.text, clock.start))
        for act in acts(item, mentions, kinds, acted_on(resolved.entities, item.sentence.article_id, main)):
            add(act.patient, Attribute("agent", act.act), names.get(act.agent, act.agent), None, act.start, act.end, keyed=True,
                inferred=act.inferred)
            if act.patient not in names:
                statements[-1] = replace(statements[-1], subject_name=act.patient)  # "the plane"
        for role in [] if caseless else roles(item, mentions, kinds, main):  # roles are read from capitals
            add(role.person, ROLE, role.role, None, role.start, role.end, keyed=True, inferred=role.inferred,
                unit=TITLED if role.titled else "")
        for name, happening, place, start, end, extent in starting_places(item):
            add("event", Attribute(name, happening), place, None, start, end, keyed=True, unit=extent)

    for (n, _, _), (value, unit) in zip(clocks, story_times([(clock, on) for _, clock, on in clocks])):
        statements[n] = replace(statements[n], value=value, unit=unit)

    dates = find_dates(parsed, published, caseless)
    for mention in dates:
        if mention.precision not in ("day", "time") or mention.reported:
            continue
        item = parsed[mention.parsed_index]
        pub = published.get(item.sentence.article_id)
        planned = mention.future or pub is not None and mention.date[:10] > pub.isoformat()
        statements.append(Statement(
            subject="event",
            subject_name="the story",
            attribute=DATE,
            value=mention.date[:10],
            number=None,
            qualifier="exact",
            evidence=evidence(item, mention.start, mention.end),
            context=window_context(item, mention.start, mention.end, resolved.by_sentence[mention.parsed_index]),
            places=frozenset(e for _, _, e in resolved.by_sentence[mention.parsed_index] if kinds.get(e) in PLACE_TYPES),
            keyed=False,
            published=pub,
            unit="planned" if planned else "",
            verbs=window_verbs(item, mention.start, mention.end, clause=True),
            numbers=other_numbers(item, mention.start, mention.end),
        ))

    statements = _with_siblings(with_story_happening(statements))
    sentence_of = {}
    for item, mentions in zip(parsed, resolved.by_sentence):
        span = Span(item.sentence.article_id, item.sentence.start, item.sentence.end, item.sentence.text)
        for start, _, _ in mentions:
            sentence_of[(item.sentence.article_id, start)] = span
    weights = ContextWeights(sentence_contexts)
    disagreements = find_disagreements(statements, resolved, sentence_of, weights, config)
    timeline = build_timeline(parsed, dates, [set(c) for c in sentence_contexts], resolved)
    quotes = find_quotes(kept, parsed, resolved, config)
    return Facts(
        entities=tuple(resolved.entities),
        facts=_facts(statements),
        disagreements=disagreements,
        timeline=timeline,
        quotes=quotes,
        warnings=tuple(warnings),
        coverage=coverage,
    )


def _with_siblings(statements: list[Statement]) -> list[Statement]:
    """Give each statement the other values its sentence states for the same attribute."""
    values: dict[tuple[str, int, Attribute], set[str]] = defaultdict(set)
    for s in statements:
        values[(s.evidence.sentence.article_id, s.evidence.sentence.start, s.attribute)].add(s.value)
    return [
        replace(s, siblings=frozenset(values[(s.evidence.sentence.article_id, s.evidence.sentence.start, s.attribute)] - {s.value}))
        for s in statements
    ]


def _facts(statements: list[Statement]) -> tuple[Fact, ...]:
    """One Fact per subject, attribute and value, with every statement of it."""
    groups: dict[tuple[str, Attribute, str], list[Statement]] = defaultdict(list)
    for s in statements:
        groups[(s.subject, s.attribute, s.value)].append(s)
    facts = []
    for (subject, attribute, value), group in groups.items():
        qualifiers = [s.qualifier for s in group]
        # On a tie, the qualifier stated first: a set would pick by string hash, which varies between runs.
        qualifier = "exact" if "exact" in qualifiers else Counter(qualifiers).most_common(1)[0][0]
        proof = []
        for s in sorted(group, key=lambda s: (s.evidence.value.article_id, s.evidence.value.start)):
            if s.evidence not in proof:
                proof.append(s.evidence)
        facts.append(Fact(subject, group[0].subject_name, str(attribute), value, qualifier, tuple(proof),
                          all(s.inferred for s in group)))
    facts.sort(key=lambda f: (f.subject == "event", -len(f.articles), f.subject_name, f.attribute, f.value))
    return tuple(facts)
