"""Disagreements: articles giving different values for the same slot.

Written by hand because deciding that two statements fill the same slot is
the problem itself: an age is a slot of a person, but a count, a time or a date
belongs to whatever happening the sentence is about, so two of them are
compared only when their contexts agree (weighted by how rare the shared
words are in the cluster) and no place or year in them differs. Differences
explained by hedging ("at least"), rounding, or a later report are labelled
as such instead of being raised as contradictions.
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from newsbrief.facts.config import FactsConfig
from newsbrief.facts.context_pairs import close_pairs
from newsbrief.facts.entities import Resolved, name_parts
from newsbrief.facts.entities.persons import romanised
from newsbrief.facts.lead_dates import lead_date_pairs
from newsbrief.facts.places import place_disagreements, with_restated_places
from newsbrief.facts.purposes import NEGATED, STORY_PURPOSES
from newsbrief.facts.roles import role_disagreements
from newsbrief.facts.text import distance, name_tokens
from newsbrief.facts.values import TOLLS, Statement
from newsbrief.model import Attribute, Disagreement, Evidence, Side, Span
from newsbrief.represent.idf import smoothed_idf
from newsbrief.unionfind import UnionFind

_UNITS = (("k", "kilometres"), ("mi", "miles"), ("me", "metres"), ("f", "feet"), ("y", "yards"))


def _unit(text: str) -> str:
    """The unit a distance is written in ("5 miles" -> "miles", "12 km" -> "kilometres")."""
    word = re.sub(r"^[^a-z]*", "", text.lower())
    return next((name for prefix, name in _UNITS if word.startswith(prefix)), word)


_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_DURATIONS = {"second", "minute", "hour", "day", "week", "month", "year", "decade", "century", "time"}
_GENERIC = _DURATIONS | {"people", "person", "other", "more", "man", "men", "woman", "women", "child", "children", "percent",
                         "thing", "way", "part", "place", "point", "case", "number", "one", "side"}
_WHEN = ("date", "time")
_ANCHORED_SHARE = 0.7
"""Share of the context threshold two dates written out ("3 March", "March 10"), anchored on
the same specific verb ("inspected", "arrested"), must reach; other anchored dates and times
need the whole threshold."""
_PLANS_APART = 3
"""Days between two reports after which a plan each gives alone pairs only on full
context: a plan is moved, and a later report's 'Wednesday' is often another plan."""
_GENERIC_HAPPENINGS = {"happen", "hit", "strike", "struck", "begin", "began", "start", "end", "meet", "met", "take", "took"}
"""Verbs that say only that something happened: no anchor for a lower share."""
_SINGLE_SHARE = {1: 0.7, 2: 0.35}
"""Share of the context threshold two figures of one toll or counted noun must reach when
one or both of their articles give no other figure for it."""
OWN_PAIRING = ("role", "place", "site")
"""Attributes whose statements are paired by their own module (roles.py, places.py), not by value equality."""
_UPDATE_CUE = re.compile(
    r"\b(?:so\s+far|revised|updated|latest(?=\s+(?:\w+\s+)?(?:figures?|toll|count|tally|estimates?|numbers?|update|reports?)\b)|earlier(?!\s+(?:this|that|today|in\s+the|on)\b)|initially|first\s+reported"
    r"|backed\s+off|as\s+of|(?:raised|lowered|increased|cut)\s+(?:its|their|the)\s+(?:\w+\s+)?(?:estimate|figure|toll|tally|count))\b",
    re.I)
_RISE_CUE = re.compile(r"\b(?:rose|risen|rising|climbed|increased|has\s+grown|jumped|grew)\s+(?:\w+\s+){0,2}$", re.I)
"""A figure that rose says so just before it ("the toll rose to 9"), not anywhere
in its sentence ("the train jumped the tracks")."""
_ONE_DAY_OFF = "dates a day apart, one of them counted from a report's publication date (\"last night\", \"on Sunday\"): probably the same day"


class ContextWeights:
    """Inverse document frequency of context words over the cluster's sentences:
    the story's main names and words tie statements together less than rare ones."""

    def __init__(self, contexts: Sequence[frozenset[str]]) -> None:
        self.total = max(1, len(contexts))
        self.df: Counter = Counter()
        for context in contexts:
            self.df.update(context)
        self._weights: dict[str, float] = {}
        self._sums: dict[frozenset[str], float] = {}

    def weight(self, word: str) -> float:
        """Smoothed idf of ``word`` plus 0.1, so that even the commonest word counts a little."""
        found = self._weights.get(word)
        if found is None:
            found = self._weights[word] = smoothed_idf(self.total, self.df.get(word, 0), offset=0.1)
        return found

    def _sum(self, context: frozenset[str]) -> float:
        found = self._sums.get(context)
        if found is None:
            found = self._sums[context] = sum(self.weight(w) for w in context)
        return found

    def similarity(self, a: frozenset[str], b: frozenset[str]) -> float:
        """Weight of the shared words over that of the smaller context (0 to 1)."""
        if not a or not b:
            return 0.0
        shared = sum(self.weight(w) for w in a & b)
        return shared / min(self._sum(a), self._sum(b))


def _threshold(attribute: Attribute, config: FactsConfig) -> float:
    """Tolls of one story are restated in many wordings; other counts, dates,
    times and sums are compared only between closely matching statements."""
    if attribute.name in TOLLS:
        return config.context_threshold
    if attribute.name == "count" and attribute.of in _DURATIONS:
        return config.context_threshold * 2
    if attribute.name == "count":
        return config.context_threshold
    return config.context_threshold * 1.2


def _years(statement: Statement) -> frozenset[str]:
    """Years a sentence names other than its own value and its report's year:
    a sentence naming a past year is about a past event."""
    published = statement.published.year if statement.published is not None else None
    return _years_in(statement.evidence.sentence.text, statement.value[:4], published)


@functools.lru_cache(maxsize=65536)
def _years_in(text: str, own: str, published: int | None) -> frozenset[str]:
    years = set(_YEAR.findall(text)) - {own}
    if published is not None:
        years -= {str(published), str(published - 1)}
    return frozenset(years)


def _written_dates(a: Statement, b: Statement) -> bool:
    """Two dates written with their day's number (not "Friday", "yesterday") that
    share a verb saying more than that something happened."""
    return (a.attribute.name == "date" and bool(re.search(r"\d", a.evidence.value.text))
            and bool(re.search(r"\d", b.evidence.value.text)) and bool(a.verbs & b.verbs - _GENERIC_HAPPENINGS))


def _places_agree(a: Statement, b: Statement, place_words: dict[str, frozenset[str]]) -> bool:
    """Whether two sentences' places can be one place: either names none, or
    some word of a place name is shared ("the Atlantic" / "the Atlantic Ocean")."""
    if not a.places or not b.places:
        return True
    words_a = frozenset().union(*(place_words.get(p, frozenset({p})) for p in a.places))
    words_b = frozenset().union(*(place_words.get(p, frozenset({p})) for p in b.places))
    return bool(words_a & words_b)


def _same_slot(a: Statement, b: Statement, weights: ContextWeights, config: FactsConfig, single: int = 0,
               place_words: dict[str, frozenset[str]] | None = None) -> bool:
    """Whether two statements fill one slot: their contexts agree, they name
    no different places or past years, and neither sentence also gives the
    other's value (a sentence listing several values is not contradicted by one of them).
    A date or time anchored on the same happening ("crashed on June 1" /
    "crashed on June 6", "the Aug. 7 bombings") needs less shared context and
    may name other places, if one place name shares a word ("in the Atlantic" /
    "in the Atlantic Ocean off Brazil").
    ``single``: how many of the two articles give one figure only for this toll,
    this counted noun or this kind of clock time, as reports of one happening do;
    then less shared context is enough (for a time, only when a verb is shared:
    "left the tracks at 4:30" / "left the rails at 5:15")."""
    if _years(a) != _years(b):
        return False
    if a.value != b.value and (a.value in b.siblings or b.value in a.siblings):
        return False
    if a.attribute.name == "money" and not _purposes_agree(a, b):
        return False
    if single == 2 and a.purpose in STORY_PURPOSES and a.purpose == b.purpose:
        return True  # each report's one ransom, theft or fee: one sum, whatever the wording around it
    anchored = a.attribute.name in _WHEN and bool(a.verbs & b.verbs) and _places_agree(a, b, place_words or {})
    if not anchored and len(a.places) <= 2 and len(b.places) <= 2 and not _places_agree(a, b, place_words or {}):
        return False
    similarity = weights.similarity(a.context, b.context)
    if similarity >= config.close_context:
        return True
    if anchored and similarity >= config.context_threshold * (_ANCHORED_SHARE if _written_dates(a, b) else 1.0):
        return True
    if single and similarity >= config.context_threshold * _SINGLE_SHARE[single] * (0.5 if anchored else 1.0) and (
            a.attribute.name != "time" or anchored):  # not "arrived at 1am" / "was stopped at 3am"
        return True
    if a.attribute.name not in TOLLS and a.verbs and b.verbs and not a.verbs & b.verbs and not (a.purpose and a.purpose == b.purpose):
        return False  # "worth an estimated $1.2 million" / "could have fetched $2.1 million": one value in other verbs
    if a.numbers and b.numbers and not a.numbers & b.numbers:
        return False
    return similarity >= _threshold(a.attribute, config)


def _purposes_agree(a: Statement, b: Statement) -> bool:
    """Whether two sums can be one sum by what they are for: a sum a sentence denies
    is no value to contradict, and sums for two different things ("a fee of £48m" /
    "spent more than £90m") are two sums; a sum whose purpose is unsaid may be either."""
    if a.value != b.value and NEGATED in (a.purpose, b.purpose):
        return False
    return not a.purpose or not b.purpose or a.purpose == b.purpose


def _lowest_similarity(config: FactsConfig) -> float:
    """The least context similarity with which ``_same_slot`` can join two
    statements (two anchored dates of articles with one figure each): pairs below
    it are never compared (``context_pairs.close_pairs``)."""
    threshold = config.context_threshold
    return min(config.close_context, threshold * _ANCHORED_SHARE, threshold * min(_SINGLE_SHARE.values()) * 0.5, threshold)


def _sides(statements: list[Statement]) -> list[Side]:
    by_value: dict[str, list[Statement]] = defaultdict(list)
    for statement in statements:
        by_value[statement.value].append(statement)
    sides = []
    for value, group in by_value.items():
        qualifiers = Counter(s.qualifier for s in group)
        evidence: list[Evidence] = []
        for s in sorted(group, key=lambda s: (s.evidence.value.article_id, s.evidence.value.start)):
            if s.evidence not in evidence:
                evidence.append(s.evidence)
        qualifier = "exact" if qualifiers.get("exact") else qualifiers.most_common(1)[0][0]
        sides.append(Side(value, tuple(evidence), qualifier))
    sides.sort(key=lambda side: (-side.support, side.value))
    return sides


def _numbers(statements: list[Statement]) -> dict[str, tuple[float, str]]:
    """Each value's number and how it is hedged ("exact" if any article states it plainly)."""
    qualifiers: dict[str, list[str]] = defaultdict(list)
    numbers: dict[str, float] = {}
    for s in statements:
        if s.number is not None:
            numbers[s.value] = s.number
            qualifiers[s.value].append(s.qualifier)
    return {
        value: (number, "exact" if "exact" in qualifiers[value] else Counter(qualifiers[value]).most_common(1)[0][0])
        for value, number in numbers.items()
    }


def _rounded_to_hedged(values: list[tuple[float, str]]) -> bool:
    """Whether some "about" figure is round (1,000, 250) and every other figure
    rounds to it at its precision ("about 1,000" and 1,200)."""
    for number, qualifier in values:
        if qualifier != "about" or number < 10 or number != int(number):
            continue
        step = 10 ** (len(str(int(number))) - len(str(int(number)).rstrip("0")))
        if step > 1 and all(round(other / step) * step == number for other, _ in values):
            return True
    return False


def _label(attribute: Attribute, statements: list[Statement], config: FactsConfig) -> tuple[str, str]:
    """Kind and note of a difference between values: a bound the other value
    meets, a rounded figure, a later report, or a plain conflict."""
    numbers = _numbers(statements)
    if len(numbers) == len({s.value for s in statements}) and len(numbers) >= 2:
        values = sorted(numbers.values())
        lows = [v for v, q in values if q == "at least"]
        highs = [v for v, q in values if q == "at most"]
        exact = [v for v, q in values if q in ("exact", "about")]
        if (lows or highs) and all(v >= max(lows, default=-math.inf) for v in exact + highs) and all(
            v <= min(highs, default=math.inf) for v in exact + lows
        ):
            return "bound", "a hedged figure (at least / at most) that the other values satisfy"
        low, high = values[0][0], values[-1][0]
        tolerance = config.rounding_tolerance * (3 if any(q == "about" for _, q in values) else 1)
        units = {_unit(s.evidence.value.text) for s in statements}
        if attribute.name == "distance" and len(units) > 1 and high > 0 and (high - low) / high <= max(tolerance, 0.05):
            return "rounding", f"the same distance in other units ({', '.join(sorted(units))}), rounded"
        if high > 0 and (high - low) / high <= tolerance and attribute.name != "age":
            return "rounding", "figures within rounding of each other"
        if attribute.name != "age" and _rounded_to_hedged(values):
            return "rounding", "a round figure, hedged (about), that the other values round to"
        if attribute.name in TOLLS or attribute.name == "count":
            days_by_value: dict[str, set] = defaultdict(set)
            for s in statements:
                days_by_value[s.value].add(s.published)
            dated = all(None not in days for days in days_by_value.values())
            overlapping = any(
                days_by_value[a] & days_by_value[b] for a in days_by_value for b in days_by_value if a < b
            )
            if dated and not overlapping:
                return "update", "each figure comes from reports of a different day: probably an updated toll"
            if not _falls_later(attribute, statements) and any(_UPDATE_CUE.search(s.evidence.sentence.text) or _RISE_CUE.search(
                    s.evidence.sentence.text[: s.evidence.value.start - s.evidence.sentence.start])
                    for s in _may_be_updates(attribute, statements)):
                return "update", "a report describes its figure as updated"
    if attribute.name == "time":
        hedged = _hedged_clock(statements)
        if hedged:
            return hedged
    if attribute.name == "date" and _one_day_apart(statements):
        return "rounding", _ONE_DAY_OFF
    if attribute.name == "age":
        if any(re.search(r"\bturned\b|\bbirthday\b", s.evidence.sentence.text, re.I) for s in statements):
            return "conflict", "one report mentions a recent birthday"
    return "conflict", ""


_RISING_TOLLS = ("killed", "injured")
"""Tolls that only rise as a story goes on: the dead and the hurt are not counted down."""


def _falls_later(attribute: Attribute, statements: list[Statement]) -> bool:
    """Whether a rising toll is lower in a report of a later day than in an earlier
    one ("reached nine by Saturday evening" / "seven confirmed dead", on Sunday): then
    the figures are no update of each other, whatever word a report uses. Only for two
    figures: more are often tolls of several places or spans ("in Poland" / "throughout
    Europe"), whose order says nothing."""
    if attribute.name not in _RISING_TOLLS or len({s.value for s in statements}) != 2:
        return False
    dated = [(s.published, s.number) for s in statements if s.published is not None and s.number is not None]
    return any(later < earlier for day, earlier in dated for other, later in dated if other > day)


def _may_be_updates(attribute: Attribute, statements: list[Statement]) -> list[Statement]:
    """The statements whose figure can be the update of the others: for a rising toll,
    those giving the highest figure ("has just updated the death toll: seven" is no
    update of another report's nine); for other figures, and for more than two (see
    ``_falls_later``), every one."""
    if attribute.name not in _RISING_TOLLS or len({s.value for s in statements}) != 2:
        return statements
    highest = max((s.number for s in statements if s.number is not None), default=None)
    return [s for s in statements if s.number == highest]


def _clock_minutes(value: str) -> int | None:
    match = re.match(r"(\d{2}):(\d{2})", value)
    return int(match.group(1)) * 60 + int(match.group(2)) if match else None


def _hedged_clock(statements: list[Statement]) -> tuple[str, str] | None:
    """Two clock times that a hedge reconciles: "shortly before noon" and 11:48
    (within the hour before), "just after 5pm" and 5:10, "about 2:15" and 2:17
    (within ten minutes)."""
    values = {(s.value, s.qualifier) for s in statements}
    if len({value for value, _ in values}) != 2:
        return None
    for value, qualifier in values:
        mine = _clock_minutes(value)
        others = [_clock_minutes(v) for v, _ in values if v != value]
        if mine is None or None in others:
            continue
        if qualifier == "at most" and all(0 <= mine - o <= 60 for o in others):
            return "bound", "a time hedged (before / after) that the other time meets"
        if qualifier == "at least" and all(0 <= o - mine <= 60 for o in others):
            return "bound", "a time hedged (before / after) that the other time meets"
        if qualifier == "about" and all(abs(o - mine) <= 10 for o in others):
            return "rounding", "a time given as about, within minutes of the other"
    return None


_NAMED_DAY = re.compile(r"\d|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.I)
"""A date written with a number or a weekday: the day it names does not move by one when
it is counted from a print edition's date instead of the web page's."""


def _one_day_apart(statements: list[Statement]) -> bool:
    """Two dates one day apart, one of them written only by words counted from the
    report's date ("last night", "yesterday", "overnight"): counting such a day from a
    web or a print edition's date moves it by one. When both days are named ("on
    Saturday afternoon" / "on Sunday afternoon", "Tuesday, March 3rd") of what already
    happened, the reports disagree."""
    days = sorted({_day(s.value[:10]) for s in statements}, key=lambda day: (day is None, day))
    if len(days) != 2 or None in days or (days[1] - days[0]).days != 1:
        return False
    named = {s.value[:10] for s in statements
             if _NAMED_DAY.search(s.evidence.value.text) and not _AHEAD.search(s.evidence.sentence.text)}
    return len(named) < 2


_AHEAD = re.compile(r"\b(?:will|expected|scheduled|due to|set to)\b", re.I)
"""A day still to come ("results are not expected until Saturday", "showers will develop Thursday
night"): editions a day apart name it from different days, or name different days of an outlook."""


def _keyed(statements: list[Statement], config: FactsConfig) -> list[Disagreement]:
    groups: dict[tuple[str, Attribute], list[Statement]] = defaultdict(list)
    for s in statements:
        if s.keyed and s.attribute.name not in OWN_PAIRING:
            groups[(s.subject, s.attribute)].append(s)
    found = []
    for (subject, attribute), group in groups.items():
        named = {s.value for s in group if not s.inferred or attribute.name == "agent"}  # an agent is named even when "him" is inferred
        group = [s for s in group if s.value in named]
        values = {s.value for s in group}
        if len(values) < 2:
            continue
        articles_by_value = defaultdict(set)
        for s in group:
            articles_by_value[s.value].add(s.evidence.value.article_id)
        if attribute.name == "agent":
            multi = [a for a in {s.evidence.value.article_id for s in group} if sum(a in arts for arts in articles_by_value.values()) > 1]
            group = [s for s in group if s.evidence.value.article_id not in multi]
            if len({s.value for s in group}) < 2:
                continue
        all_articles = {s.evidence.value.article_id for s in group}
        if len(all_articles) < 2:
            continue
        kind, note = _label(attribute, group, config)
        sides = _sides(group)
        found.append(Disagreement(subject, group[0].subject_name, str(attribute), kind, tuple(sides), note))
    return found


def _contextual(statements: list[Statement], weights: ContextWeights, config: FactsConfig,
                place_words: dict[str, frozenset[str]]) -> list[Disagreement]:
    groups: dict[tuple[str, Attribute, str], list[Statement]] = defaultdict(list)
    for s in statements:
        if not s.keyed and not s.inferred:
            groups[(s.subject, s.attribute, s.unit)].append(s)
    found = []
    for (subject, attribute, unit), group in groups.items():
        if len({s.value for s in group}) < 2:
            continue
        per_article: dict[tuple[str, str], set[str]] = defaultdict(set)
        for s in group:
            per_article[(s.evidence.value.article_id, s.purpose)].add(s.value)
        story_slot = (attribute.name in TOLLS or attribute.name == "time" or attribute.name == "date" and unit == "planned"
                      or attribute.name == "count" and attribute.of not in _GENERIC)
        n = len(group)
        slots = UnionFind(range(n))
        conflict = [False] * n
        accepted: list[tuple[int, int]] = []
        pairs = close_pairs([s.context for s in group], [s.evidence.value.article_id for s in group],
                            weights.weight, _lowest_similarity(config))
        for i, j in sorted(set(pairs) | set(_one_sum_each(group, per_article))):
            a, b = group[i], group[j]
            if attribute.name == "date" and _different_happenings(a, b, unit):
                continue
            single = 0
            if (story_slot and not (unit == "planned" and _days_apart(a, b) > _PLANS_APART)
                    or a.purpose in STORY_PURPOSES and a.purpose == b.purpose):
                single = sum(len(per_article[(s.evidence.value.article_id, s.purpose)]) == 1 for s in (a, b))
            if _same_slot(a, b, weights, config, single, place_words):
                accepted.append((i, j))
        for i, j in accepted if attribute.name in TOLLS else _closest_per_sentence(group, accepted, weights):
            slots.union(i, j)
            if group[i].value != group[j].value:
                conflict[i] = conflict[j] = True
        if attribute.name == "date":
            for i, j in lead_date_pairs(group):  # the day each report's opening gives its story
                slots.union(i, j)
                if group[i].value != group[j].value:
                    conflict[i] = conflict[j] = True
        components: dict[int, list[int]] = defaultdict(list)
        for i in range(n):
            components[slots.find(i)].append(i)
        joined = _with_restatements(group, components, conflict, weights, config)
        for members in components.values():
            if not any(conflict[i] for i in members):
                continue
            chosen = [group[i] for i in members + joined.get(slots.find(members[0]), [])]
            if unit == "planned":  # a plan pairs on little context: another plan of one article is drawn in
                chosen = _one_value_per_article(chosen)
            if len({s.value for s in chosen}) < 2:
                continue
            kind, note = _label(attribute, chosen, config)
            found.append(Disagreement(subject, chosen[0].subject_name, str(attribute), kind, tuple(_sides(chosen)), note))
    return found


def _closest_per_sentence(group: list[Statement], pairs: list[tuple[int, int]], weights: ContextWeights) -> list[tuple[int, int]]:
    """The pairs of one slot kind, keeping for each statement only its closest partner
    in each other sentence (the same value first, then the most shared context): a
    sentence giving a quake's depth and its distance from a city ("at a depth of 10 km
    ... about 40 km north of") is matched to another report's depth by its depth only.
    Not for tolls: a sentence giving two ("five died, and a sixth later in hospital")
    may restate both."""
    def sentence(k: int) -> tuple[str, int]:
        return group[k].evidence.sentence.article_id, group[k].evidence.sentence.start

    best: dict[tuple[int, tuple[str, int]], tuple[tuple[bool, float], int]] = {}
    for i, j in pairs:
        for me, other in ((i, j), (j, i)):
            score = (group[me].value == group[other].value, weights.similarity(group[me].context, group[other].context))
            key = (me, sentence(other))
            if key not in best or score > best[key][0]:
                best[key] = (score, other)
    return [(i, j) for i, j in pairs if best[(i, sentence(j))][1] == j and best[(j, sentence(i))][1] == i]


def _one_sum_each(group: list[Statement], per_article: dict[tuple[str, str], set[str]]) -> list[tuple[int, int]]:
    """Pairs (i < j) of sums for one story purpose (a ransom, a theft) from two
    articles that each give one sum for it: compared whatever their context shares
    ("Halloran took £340 from the till" / "Mr Mistry handed over £430")."""
    ones = [i for i, s in enumerate(group)
            if s.purpose in STORY_PURPOSES and len(per_article[(s.evidence.value.article_id, s.purpose)]) == 1]
    return [(i, j) for n, i in enumerate(ones) for j in ones[n + 1:]
            if group[i].purpose == group[j].purpose and group[i].evidence.value.article_id != group[j].evidence.value.article_id]


_SAME_HAPPENING_DAYS = 31
"""Two outlets misdating one happening are days apart, not months: dates further
apart than this are of different happenings ("went into service on 18 April
2005" / "a bomb threat on May 27", 2009)."""


def _day(value: str) -> date | None:
    """The day a date value names, when it names one ("2009-06-01"; not "2016-11")."""
    try:
        return date.fromisoformat(value) if len(value) == 10 else None
    except ValueError:
        return None


def _different_happenings(a: Statement, b: Statement, unit: str) -> bool:
    """Two dates that cannot be one happening told two ways: more than a month
    apart, or, for plans, one planned for a day already past when the other
    report was written (the plan was carried out or dropped: "scheduled to arrive
    on June 1" in a report of June 1 against "is to arrive on Wednesday" in one
    of June 2)."""
    day_a, day_b = _day(a.value), _day(b.value)
    if day_a is None or day_b is None:
        return False
    if abs((day_a - day_b).days) > _SAME_HAPPENING_DAYS:
        return True
    if unit != "planned":
        return False
    return (b.published is not None and day_a < b.published) or (a.published is not None and day_b < a.published)


def _days_apart(a: Statement, b: Statement) -> int:
    """Days between the reports of two statements (0 when either is undated)."""
    return abs((a.published - b.published).days) if a.published is not None and b.published is not None else 0


def _one_value_per_article(statements: list[Statement]) -> list[Statement]:
    """A slot's statements without the values an article alone gives beside
    another value of the slot that other articles share: "early voting begins on
    June 2" drawn in with "the runoff will be held June 16" is another slot."""
    values_of: dict[str, set[str]] = defaultdict(set)
    for s in statements:
        values_of[s.evidence.value.article_id].add(s.value)
    stated_by = Counter(value for values in values_of.values() for value in values)
    kept = []
    for s in statements:
        values = values_of[s.evidence.value.article_id]
        if len(values) > 1 and stated_by[s.value] == 1 and any(stated_by[v] > 1 for v in values):
            continue
        kept.append(s)
    return kept


def _with_restatements(group: list[Statement], components: dict[int, list[int]], conflict: list[bool],
                        weights: ContextWeights, config: FactsConfig) -> dict[int, list[int]]:
    """Statements left alone that restate one value of a contradiction from an
    article it does not cite yet, sharing a verb or some context with a statement
    of it ("The explosion happened at 2:15am" beside "the blast at 2:15 a.m. in
    the chlorine unit"): the article states that side too. The same day or clock
    time in one cluster needs only one shared word. Statements that only agree
    with each other ("put the cost at $18.5 million" / "has put the repair at
    $18.5m") are as alone as one. Keyed by component root."""
    alone = [i for members in components.values() if len({group[k].value for k in members}) == 1
             and not any(conflict[k] for k in members) for i in members]
    found: dict[int, list[int]] = defaultdict(list)
    for root, members in components.items():
        if not any(conflict[i] for i in members):
            continue
        articles = {group[i].evidence.value.article_id for i in members}
        for i in alone:
            s = group[i]
            if s.evidence.value.article_id in articles or any(i in taken for taken in found.values()):
                continue
            bar = 0.0 if s.attribute.name in _WHEN or s.attribute.name == "money" else config.context_threshold * 0.5
            if any(group[j].value == s.value for j in members) and any(
                    s.verbs & group[j].verbs or (similarity := weights.similarity(s.context, group[j].context)) > 0
                    and similarity >= bar for j in members):
                found[root].append(i)
                articles.add(s.evidence.value.article_id)
    return found


def _variant(a: tuple[str, str], b: tuple[str, str]) -> bool:
    """Two (given name, surname) spellings that differ by a letter or two in one part,
    or that two romanisations of one name write ("Oleksandr Hrytsenko" / "Aleksandr Gritsenko")."""
    if a[0] == b[0]:
        if a[1] + "s" == b[1] or b[1] + "s" == a[1]:
            return False  # a plural ("Bio Bio Regions"), not a spelling
        return distance(a[1], b[1]) <= 2
    if a[1] == b[1]:
        return distance(a[0], b[0]) <= 2
    return romanised(a[1]) == romanised(b[1]) and distance(romanised(a[0]), romanised(b[0])) <= 1


def _largest_variant_group(keys: list[tuple[str, str]], size) -> list[tuple[str, str]]:
    """The largest set of spellings linked by one-part, few-letter differences."""
    best: list[tuple[str, str]] = []
    seen: set[tuple[str, str]] = set()
    for key in keys:
        if key in seen:
            continue
        group, frontier = [key], [key]
        seen.add(key)
        while frontier:
            current = frontier.pop()
            for other in keys:
                if other not in seen and _variant(current, other):
                    seen.add(other)
                    group.append(other)
                    frontier.append(other)
        if (len(group), sum(size(k) for k in group)) > (len(best), sum(size(k) for k in best)):
            best = group
    return sorted(best)


def _spelling(resolved: Resolved, sentence_of: dict[tuple[str, int], Span]) -> list[Disagreement]:
    """A person whose name is spelled differently across mentions: one side per
    spelling of the full name, surname-only mentions joining their spelling."""
    found = []
    for entity in resolved.entities:
        if entity.type != "PERSON":
            continue
        full: dict[tuple[str, str], list[Span]] = defaultdict(list)
        short: dict[str, list[Span]] = defaultdict(list)
        display: dict[tuple[str, str], Counter] = defaultdict(Counter)
        for span in entity.mentions:
            given, surname = name_parts(span.text)
            if given and len(given[0]) > 1:
                key = (given[0], surname)
                full[key].append(span)
                display[key][span.text] += 1
            else:
                short[surname].append(span)
        keys = _largest_variant_group(list(full), lambda k: len(full[k]))
        if len(keys) < 2:
            continue
        owners = Counter(surname for _, surname in keys)
        sides = []
        for key in keys:
            spans = full[key]
            if owners[key[1]] == 1 and len(owners) > 1:
                spans = spans + short.get(key[1], [])  # "Morio" alone writes only "Christian Morio"'s spelling
            evidence = tuple(
                Evidence(span, sentence_of.get((span.article_id, span.start), span))
                for span in sorted(spans, key=lambda s: (s.article_id, s.start))
            )
            sides.append(Side(display[key].most_common(1)[0][0], evidence))
        sides.sort(key=lambda side: (-side.support, -len(side.evidence), side.value))
        if len({a for side in sides for a in side.articles}) < 2:
            continue
        found.append(Disagreement(entity.id, entity.name, "name spelling", "spelling", tuple(sides),
                                  "the same person's name is spelled differently"))
    return found


def find_disagreements(
    statements: list[Statement],
    resolved: Resolved,
    sentence_of: dict[tuple[str, int], Span],
    weights: ContextWeights,
    config: FactsConfig,
) -> tuple[Disagreement, ...]:
    """Every disagreement of the cluster: contradictions first (most-backed first),
    most important first (``_importance``), then spellings, then the labelled,
    probably benign differences."""
    place_words = {
        e.id: frozenset(w for v in e.variants for w in name_tokens(v) if len(w) > 2 and w not in ("the", "and"))
        for e in resolved.entities if e.type in ("GPE", "LOC", "FAC")
    }
    statements = _placed_ages(statements, resolved)
    found = (_keyed(statements, config) + _contextual(statements, weights, config, place_words)
             + _spelling(resolved, sentence_of) + role_disagreements(statements)
             + with_restated_places(place_disagreements(statements), resolved.entities, sentence_of))
    found.sort(key=lambda d: (_ORDER[d.kind], _importance(d.attribute), -len(d.articles), d.subject_name, d.attribute))
    return tuple(found)


_AGE_SLACK = 2
"""Years within which an unnamed age ("the 22-year-old") is a named person's age told otherwise."""


def _placed_ages(statements: list[Statement], resolved: Resolved) -> list[Statement]:
    """Ages given to nobody named ("A 15-year-old girl missing for three days",
    "the 22-year-old Serbian star") placed on the one person their article names
    whom reports give a named age within ``_AGE_SLACK`` years of it: two people of a
    story are seldom a year or two apart, so the age is that person's, stated as
    plainly as a named one. An age near no one's, or near two people's, or beside
    another age its article names for that person, stays a guess."""
    named: dict[str, set[float]] = defaultdict(set)
    own: dict[tuple[str, str], set[float]] = defaultdict(set)
    for s in statements:
        if s.attribute.name == "age" and not s.inferred and s.number is not None:
            named[s.subject].add(s.number)
            own[(s.evidence.value.article_id, s.subject)].add(s.number)
    people: dict[str, set[str]] = defaultdict(set)
    names = {}
    for entity in resolved.entities:
        if entity.type == "PERSON" and entity.id in named:
            names[entity.id] = entity.name
            for span in entity.mentions:
                people[span.article_id].add(entity.id)
    placed = []
    for s in statements:
        if s.attribute.name == "age" and s.inferred and s.number is not None:
            article = s.evidence.value.article_id
            near = [p for p in people[article] if any(abs(v - s.number) <= _AGE_SLACK for v in named[p])]
            if len(near) == 1 and not own[(article, near[0])] - {s.number}:
                s = replace(s, subject=near[0], subject_name=names[near[0]], inferred=False)
        placed.append(s)
    return placed


_ORDER = {"conflict": 0, "spelling": 1, "update": 2, "bound": 3, "rounding": 4}


def _importance(attribute: str) -> int:
    """What a reader needs first: tolls and who did it, then ages, times and
    dates, then other counts, sums and distances."""
    name = Attribute.parse(attribute).name
    if name in TOLLS or name == "agent":
        return 0
    if name in ("age", "time", "date"):
        return 1
    return 2
