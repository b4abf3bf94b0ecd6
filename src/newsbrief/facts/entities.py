"""Entities of a cluster: spaCy's named-entity mentions, repaired with what
the whole cluster says, then resolved across outlets into one entity per referent.

Alias resolution is written here because no library does it for names across
documents: spaCy finds mentions but does not link "Cristian Movio", "Christian
Morio" and "Movio"; rapidfuzz scores spellings but knows nothing of given
names, surnames, initials, acronyms or who is mentioned in the same sentence.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from newsbrief.facts.config import FactsConfig
from newsbrief.model import Entity, Span
from newsbrief.facts.nlp import Parsed
from newsbrief.facts.text import distance, name_tokens

GROUPS = {"PERSON": "person", "ORG": "org", "GPE": "place", "LOC": "place", "FAC": "place"}

TITLES = {
    "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "gen", "general",
    "col", "colonel", "maj", "major", "capt", "captain", "lt", "lieutenant", "sgt", "sergeant", "officer",
    "chief", "president", "chancellor", "minister", "premier", "senator", "sen", "rep", "representative",
    "gov", "governor", "judge", "justice", "pope", "king", "queen", "prince", "princess", "rev", "reverend",
    "father", "sheikh", "imam", "mayor", "ambassador", "secretary", "commissioner", "inspector",
    "detective", "constable", "agent", "prosecutor", "adm", "admiral", "cardinal", "bishop", "archbishop",
    "sheriff", "deputy", "speaker", "leader", "coach", "dictator", "brig", "cpl", "pvt", "supt",
}
TITLE_MODIFIERS = {
    "police", "prime", "interior", "foreign", "vice", "deputy", "state", "federal", "attorney", "chief",
    "defense", "defence", "finance", "justice", "home", "district", "assistant", "former", "acting", "u.s.",
    "senior", "first", "lady", "army", "navy", "health", "trade", "economy", "education", "opposition",
}
PARTICLES = {"de", "del", "della", "di", "da", "van", "von", "der", "den", "le", "la", "du", "dos", "das",
             "al", "el", "bin", "ibn", "ben", "st", "ter", "ten", "mac", "lo"}
ORG_GENERIC = {
    "news", "agency", "party", "group", "inc", "corp", "corporation", "co", "company", "ltd", "plc", "llc",
    "organization", "organisation", "association", "propaganda", "wing", "network", "foundation",
    "institute", "movement", "front", "council", "committee", "service", "services", "airlines", "airline",
    "bank", "club", "team", "union", "federation", "league", "society", "department", "office",
}
ACRONYM_SKIP = {"of", "the", "and", "for", "de", "la", "&", "on", "in", "at", "to", "des", "du", "del"}
NOT_NAMES = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
    "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "his", "her", "this", "that", "but",
    "and", "or", "in", "on", "at", "after", "before", "when", "while", "if", "as", "for", "with", "god",
}
# Widely used names of one referent whose letters do not match (a group's
# English initials against its usual name): checked before any fuzzy rule.
KNOWN_EQUIVALENTS = (
    {"isis", "isil", "is", "islamic state", "daesh", "islamic state group", "islamic state of iraq and syria",
     "islamic state of iraq and the levant"},
    {"us", "usa", "united states", "united states of america"},
    {"uk", "united kingdom", "britain", "great britain"},
    {"un", "united nations"},
    {"eu", "european union"},
    {"ussr", "soviet union"},
)
_EQUIVALENT = {name: i for i, group in enumerate(KNOWN_EQUIVALENTS) for name in group}
_ALIAS_LINK = re.compile(
    r"^\s*(?:,\s*)?(?:\(\s*|(?:also\s+|better\s+)?known\s+as\s+|aka\s+|a\.k\.a\.?\s+|alias\s+|nicknamed\s+|,?\s*or\s+)"
    r"['\"‘“]?\s*$",
    re.IGNORECASE,
)
_INITIAL = re.compile(r"^[A-Z]\.?$")
_PLACE_CUES = {"in", "near", "outside", "from", "at", "across", "through"}
_POSSESSIVE = {"'s", "’s", "'", "’"}
_CUT = {":", ";", '"', "“", "”", "(", ")", "—", "–", "|", "[", "]"}


@dataclass
class Mention:
    """One mention while entities are being resolved."""

    p: int
    start: int
    end: int
    label: str
    group: str
    title_start: int | None = None
    key: tuple[str, ...] = ()
    entity: int = -1


@dataclass
class Resolved:
    """Entities of a cluster and, for every sentence, where they are mentioned."""

    entities: list[Entity]
    by_sentence: list[list[tuple[int, int, str]]]
    """For each parsed sentence: (start char, end char, entity id) of its mentions."""
    main_person: dict[str, str] = field(default_factory=dict)
    """Article id -> id of the person it mentions most."""

    def entity(self, entity_id: str) -> Entity:
        for entity in self.entities:
            if entity.id == entity_id:
                return entity
        raise KeyError(entity_id)


def _is_cap(text: str) -> bool:
    return text[:1].isupper()


def _clean(parsed: Parsed, start: int, end: int, label: str) -> list[tuple[int, int, str]]:
    """Trim a spaCy entity span: cut at colons and quote marks, split at an inner
    possessive ("Islamic State's Amaq"), drop a leading "the" and a trailing "'s"."""
    tokens = parsed.tokens
    for k in range(start, end):
        if tokens[k].text in _CUT or (tokens[k].text in _POSSESSIVE and k > start):
            if tokens[k].text in _POSSESSIVE and k + 1 < end:
                return _clean(parsed, start, k, label) + _clean(parsed, k + 1, end, label)
            end = k
            break
    while start < end and (tokens[start].text.lower() in ("the", "a", "an") or not tokens[start].text[:1].isalnum()):
        start += 1
    while end > start and (tokens[end - 1].text in _POSSESSIVE or not tokens[end - 1].text[-1:].isalnum()):
        if tokens[end - 1].text.endswith(".") and len(tokens[end - 1].text) <= 3 and tokens[end - 1].text[0].isalpha():
            break
        end -= 1
    if label == "PERSON":
        while end - start > 1 and tokens[start].text.lower().rstrip(".") in TITLES:
            start += 1
    if start >= end:
        return []
    return [(start, end, label)]


def _title_before(parsed: Parsed, start: int) -> int | None:
    """Token index where a title in front of a name begins ("Mr", "Police Chief"), if any."""
    k = start
    found = None
    while k > 0 and start - k < 3:
        word = parsed.tokens[k - 1].text
        low = word.lower()
        if _is_cap(word) and (low.rstrip(".") in TITLES or (low in TITLE_MODIFIERS and found is not None)):
            found = k - 1
        else:
            break
        k -= 1
    return found


def _surface(parsed: Parsed, start: int, end: int) -> str:
    tokens = parsed.tokens
    base = parsed.sentence.start
    return parsed.sentence.text[tokens[start].start - base : tokens[end - 1].end - base]


def _char_span(parsed: Parsed, start: int, end: int) -> tuple[int, int]:
    return parsed.tokens[start].start, parsed.tokens[end - 1].end


def _split_person(key: tuple[str, ...]) -> tuple[tuple[str, ...], str, str]:
    """(given names, surname with particles, surname's last word)."""
    if len(key) == 1:
        return (), key[0], key[0]
    k = len(key) - 1
    while k > 0 and key[k - 1] in PARTICLES:
        k -= 1
    return key[:k], "".join(key[k:]), key[-1]


def _is_full(key: tuple[str, ...]) -> bool:
    """A name with a given name as well as a surname."""
    return bool(_split_person(key)[0])


def _given_compatible(a: str, b: str, fuzzy: bool, config: FactsConfig) -> bool:
    if a == b:
        return True
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    return fuzzy and min(len(a), len(b)) >= config.fuzzy_min_length and distance(a, b) <= 1


def same_person(a: tuple[str, ...], b: tuple[str, ...], config: FactsConfig) -> bool:
    """Whether two full names (two words or more) can name one person: the same
    surname and compatible given names ("Luca"/"Lica", "G."/"George"), or a
    surname one edit apart with the same given name ("Movio"/"Morio"). Different
    given names, or clashing middle names, keep people who share a surname apart."""
    given_a, surname_a, _ = _split_person(a)
    given_b, surname_b, _ = _split_person(b)
    if not given_a or not given_b:
        return False
    if surname_a == surname_b:
        fuzzy_given = True
    elif (
        min(len(surname_a), len(surname_b)) >= config.fuzzy_min_length
        and distance(surname_a, surname_b) <= config.fuzzy_surname_distance
    ):
        fuzzy_given = False
    else:
        return False
    if not _given_compatible(given_a[0], given_b[0], fuzzy_given, config):
        return False
    middle_a, middle_b = given_a[1:], given_b[1:]
    for x, y in zip(middle_a, middle_b):
        if not _given_compatible(x, y, False, config):
            return False
    return True


def _acronym(key: tuple[str, ...]) -> str:
    return "".join(word[0] for word in key if word not in ACRONYM_SKIP)


def _org_key(key: tuple[str, ...]) -> tuple[str, ...]:
    while len(key) > 1 and key[0] in ("the", "al", "el"):
        key = key[1:]
    return key


def _contains(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """``short`` is ``long`` less generic words ("Amaq" in "Amaq News Agency")."""
    if len(short) >= len(long):
        return False
    rest = list(long)
    for word in short:
        if word not in rest:
            return False
        rest.remove(word)
    return all(word in ORG_GENERIC for word in rest)


def _sharing_a_key(keys: dict[int, set[str]]) -> list[tuple[int, int]]:
    """Pairs (i < j) of items with a blocking key in common, in order. Only such
    pairs can be one entity, so comparing them alone keeps resolution near-linear
    in the number of names instead of quadratic."""
    holders: dict[str, list[int]] = defaultdict(list)
    for item in sorted(keys):
        for key in keys[item]:
            holders[key].append(item)
    pairs = {(a, b) for items in holders.values() for x, a in enumerate(items) for b in items[x + 1 :]}
    return sorted(pairs)


def _surname_keys(key: tuple[str, ...], config: FactsConfig) -> set[str]:
    """The surname and, when it is long enough to be matched fuzzily, every form of
    it less one letter: two spellings one edit apart (with transpositions) share one."""
    surname = _split_person(key)[1]
    if config.fuzzy_surname_distance > 1:
        return {""}  # a wider distance than this blocking covers: compare every pair
    found = {surname}
    if len(surname) >= config.fuzzy_min_length and config.fuzzy_surname_distance == 1:
        found.update(surname[:k] + surname[k + 1 :] for k in range(len(surname)))
    return found


def _org_keys(key: tuple[str, ...]) -> set[str]:
    """What two organisation or place names must share to be compared: a word,
    an acronym (or letters) on both sides, or a known equivalence."""
    found = {f"w:{word}" for word in [w for w in key if w not in ACRONYM_SKIP] or key}
    found.update((f"a:{_acronym(key)}", f"a:{''.join(key)}"))
    text = " ".join(key)
    if text in _EQUIVALENT:
        found.add(f"e:{_EQUIVALENT[text]}")
    return found - {"a:"}


class _Union:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        ri, rj = self.find(i), self.find(j)
        if ri != rj:
            self.parent[max(ri, rj)] = min(ri, rj)


def _raw_mentions(parsed: Sequence[Parsed]) -> list[Mention]:
    mentions = []
    for p, item in enumerate(parsed):
        for start, end, label in item.ents:
            if label not in GROUPS and label != "NORP":
                continue
            for s, e, lab in _clean(item, start, end, label):
                mentions.append(Mention(p, s, e, lab, GROUPS.get(lab, "norp")))
    return mentions


_AGE_AFTER = re.compile(r"^\s*(?:,\s*\d{1,2}\s*,|\(\s*\d{1,2}\s*\))")


def _looks_like_person(parsed: Parsed, m: Mention, surnames: set[str]) -> bool:
    """A name labelled ORG or GPE that is a person's: followed by an age
    ("Halima Fazul, 22,"), or two or three capitalised words ending in a
    surname the cluster knows as a person's."""
    tokens = parsed.tokens
    words = [tokens[k].text for k in range(m.start, m.end)]
    if not 2 <= len(words) <= 4 or not all(_is_cap(w) and w.replace(".", "").isalpha() for w in words):
        return False
    if any(w.lower() in ORG_GENERIC for w in words):
        return False
    after = parsed.sentence.text[tokens[m.end - 1].end - parsed.sentence.start :]
    return bool(_AGE_AFTER.match(after)) or words[-1] in surnames


def _repair(parsed: Sequence[Parsed], mentions: list[Mention], caseless: bool) -> list[Mention]:
    """Use the cluster to fix what the small NER model gets wrong: a surname
    known as a person labelled ORG or GPE, a given name labelled NORP, a name
    cut short ("Marine Le"), and names it missed in other sentences."""
    if caseless:
        return [m for m in mentions if m.group != "norp"]
    surnames: set[str] = set()
    given: set[str] = set()
    for m in mentions:
        if m.label == "PERSON" and m.end - m.start >= 2:
            words = [parsed[m.p].tokens[k].text for k in range(m.start, m.end)]
            if _is_cap(words[-1]) and len(words[-1]) >= 3:
                surnames.add(words[-1])
            given.add(words[0])
    lowercase_words = {t.text for item in parsed for t in item.tokens if t.text.islower()}
    repaired: list[Mention] = []
    taken: dict[int, set[int]] = defaultdict(set)
    for m in mentions:
        tokens = parsed[m.p].tokens
        last = tokens[m.end - 1].text
        if m.group == "norp":
            if m.end < len(tokens) and tokens[m.end].text in surnames:
                m = Mention(m.p, m.start, m.end + 1, "PERSON", "person")
            else:
                continue
        elif m.group != "person" and m.end - m.start == 1 and last in surnames:
            previous = tokens[m.start - 1].text.lower() if m.start else ""
            if previous not in ("in", "from", "of", "to", "near"):
                m = Mention(m.p, m.start, m.end, "PERSON", "person")
        elif m.group != "person" and _looks_like_person(parsed[m.p], m, surnames):
            m = Mention(m.p, m.start, m.end, "PERSON", "person")
        if m.group == "person":
            end = m.end
            while (
                end < len(tokens) and end - m.start < 5 and tokens[end].tag in ("NNP", "NNPS")
                and _is_cap(tokens[end].text)
                and (_INITIAL.match(tokens[end].text) or tokens[end].text.lower().rstrip(".") not in NOT_NAMES | TITLES)
            ):
                end += 1
            m = Mention(m.p, m.start, end, m.label, m.group)
        if m.end - m.start == 1:
            word = tokens[m.start].text
            if word.lower() in lowercase_words and not word.isupper():
                continue
        repaired.append(m)
        taken[m.p].update(range(m.start, m.end))
    for p, item in enumerate(parsed):
        tokens = item.tokens
        for k, token in enumerate(tokens):
            if k in taken[p] or token.text not in surnames:
                continue
            start = k
            while start > 0 and start - 1 not in taken[p]:
                word = tokens[start - 1].text
                if not _is_cap(word) or word.lower().rstrip(".") in NOT_NAMES | TITLES:
                    break
                if start - 1 == 0 and word not in given:
                    break
                start -= 1
            repaired.append(Mention(p, start, k + 1, "PERSON", "person"))
            taken[p].update(range(start, k + 1))
    return repaired


def _aliases(parsed: Sequence[Parsed], mentions: list[Mention]) -> list[tuple[int, int]]:
    """Pairs of mention indices an article declares to be one referent:
    "X, aka Y", "X, alias Y", "X, or Y,", "Front National (FN)"."""
    by_sentence: dict[int, list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        by_sentence[m.p].append(i)
    pairs = []
    for p, indices in by_sentence.items():
        indices.sort(key=lambda i: mentions[i].start)
        item = parsed[p]
        base = item.sentence.start
        for i, j in zip(indices, indices[1:]):
            a, b = mentions[i], mentions[j]
            if a.group != b.group and "person" in (a.group, b.group):
                continue
            gap = item.sentence.text[item.tokens[a.end - 1].end - base : item.tokens[b.start].start - base]
            if not _ALIAS_LINK.match(gap):
                continue
            if gap.strip().startswith("("):
                after = item.sentence.text[item.tokens[b.end - 1].end - base :].lstrip()
                if not after.startswith(")"):
                    continue
            if re.search(r"\bor\b", gap) and not gap.lstrip().startswith(","):
                continue
            pairs.append((i, j))
    return pairs


def resolve(parsed: Sequence[Parsed], config: FactsConfig, caseless: bool = False) -> Resolved:
    """Find the entities of a cluster and every mention of each."""
    mentions = _repair(parsed, _raw_mentions(parsed), caseless)
    for m in mentions:
        m.key = name_tokens(_surface(parsed[m.p], m.start, m.end))
        m.title_start = _title_before(parsed[m.p], m.start) if m.group == "person" else None
    mentions = [
        m for m in mentions
        if m.key and any(len(w) > 1 for w in m.key) and " ".join(m.key) not in NOT_NAMES
        and not (m.group == "person" and len(m.key) == 1 and _surface(parsed[m.p], m.start, m.end).isupper())
    ]
    if not mentions:
        return Resolved([], [[] for _ in parsed])

    votes: dict[tuple[str, ...], Counter] = defaultdict(Counter)
    for m in mentions:
        votes[m.key][m.group] += 1
        previous = parsed[m.p].tokens[m.start - 1].text.lower() if m.start else ""
        if m.group == "person" and previous in _PLACE_CUES:
            votes[m.key]["place"] += 1.5
    person_surnames = {_split_person(k)[1] for k, v in votes.items() if _is_full(k) and v.most_common(1)[0][0] == "person"}
    person_lasts = {k[-1] for k, v in votes.items() if _is_full(k) and v.most_common(1)[0][0] == "person"}
    for m in mentions:
        group = votes[m.key].most_common(1)[0][0]
        if len(m.key) == 1 and (m.key[0] in person_surnames or m.key[0] in person_lasts) and m.group != "place":
            group = "person"
        m.group = group

    forms = sorted({(m.group, m.key) for m in mentions})
    form_index = {form: i for i, form in enumerate(forms)}
    union = _Union(len(forms))
    sentences_of: dict[int, set[int]] = defaultdict(set)
    for m in mentions:
        sentences_of[form_index[(m.group, m.key)]].add(m.p)

    for i, j in _aliases(parsed, mentions):
        union.union(form_index[(mentions[i].group, mentions[i].key)], form_index[(mentions[j].group, mentions[j].key)])

    persons = [i for i, (g, k) in enumerate(forms) if g == "person" and _is_full(k)]
    for i, j in _sharing_a_key({i: _surname_keys(forms[i][1], config) for i in persons}):
        if sentences_of[i] & sentences_of[j]:
            continue
        if same_person(forms[i][1], forms[j][1], config):
            union.union(i, j)

    others = [i for i, (g, _) in enumerate(forms) if g in ("org", "place")]
    keys = {i: _org_key(forms[i][1]) for i in others}
    for i, j in _sharing_a_key({i: _org_keys(keys[i]) for i in others}):
        gi, gj = forms[i][0], forms[j][0]
        ki, kj = keys[i], keys[j]
        text_i, text_j = " ".join(ki), " ".join(kj)
        same = ki == kj and (gi == gj or len(ki) > 1)
        if not same and text_i in _EQUIVALENT and _EQUIVALENT[text_i] == _EQUIVALENT.get(text_j):
            same = True
        if not same and gi == gj:
            if len(ki) == 1 and len(kj) > 1 and ki[0] == _acronym(kj) and len(ki[0]) >= 2:
                same = True
            elif len(kj) == 1 and len(ki) > 1 and kj[0] == _acronym(ki) and len(kj[0]) >= 2:
                same = True
            elif all(len(w) == 1 for w in ki) and "".join(ki) in ("".join(kj), _acronym(kj)):
                same = True
            elif all(len(w) == 1 for w in kj) and "".join(kj) in ("".join(ki), _acronym(ki)):
                same = True
            elif gi == "org" and (_contains(ki, kj) or _contains(kj, ki)):
                same = True
        if same:
            union.union(i, j)

    # Single-word person mentions: resolved one by one to the full name they stand for.
    clusters_by_surname: dict[str, set[int]] = defaultdict(set)
    clusters_by_given: dict[str, set[int]] = defaultdict(set)
    for i in persons:
        given, surname, last = _split_person(forms[i][1])
        root = union.find(i)
        clusters_by_surname[surname].add(root)
        clusters_by_surname[last].add(root)
        clusters_by_given[given[0]].add(root)
    article_of = [item.sentence.article_id for item in parsed]
    full_positions: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for m in mentions:
        if m.group == "person" and _is_full(m.key):
            full_positions[article_of[m.p]].append((m.p, union.find(form_index[(m.group, m.key)])))
    cluster_size = Counter(union.find(form_index[(m.group, m.key)]) for m in mentions)

    def pick(candidates: set[int], m: Mention) -> int | None:
        if len(candidates) == 1:
            return next(iter(candidates))
        local = [(p, root) for p, root in full_positions[article_of[m.p]] if root in candidates]
        before = [root for p, root in local if p <= m.p]
        if before:
            return before[-1]
        if local:
            return local[0][1]
        ranked = sorted(candidates, key=lambda r: -cluster_size[r])
        if ranked and cluster_size[ranked[0]] >= 3 * max(1, cluster_size[ranked[1]]):
            return ranked[0]
        return None

    assigned: dict[int, int] = {}
    for n, m in enumerate(mentions):
        if m.group != "person" or _is_full(m.key):
            continue
        word = _split_person(m.key)[1]
        candidates = clusters_by_surname.get(word, set()) | clusters_by_surname.get(m.key[-1], set())
        if not candidates and len(word) >= config.fuzzy_min_length + 1:
            candidates = {
                root for surname, roots in clusters_by_surname.items()
                if len(surname) >= config.fuzzy_min_length + 1 and distance(surname, word) <= config.fuzzy_surname_distance
                for root in roots
            }
        if not candidates:
            local = {root for p, root in full_positions[article_of[m.p]]}
            candidates = clusters_by_given.get(word, set()) & local
            if len(candidates) != 1 or word in clusters_by_surname:
                candidates = set()
        choice = pick(candidates, m) if candidates else None
        if choice is not None:
            assigned[n] = choice

    roots: dict[int, list[int]] = defaultdict(list)
    for n, m in enumerate(mentions):
        root = assigned.get(n, union.find(form_index[(m.group, m.key)]))
        roots[root].append(n)

    built = []
    for root, members in roots.items():
        group_mentions = [mentions[n] for n in members]
        built.append(_build(parsed, group_mentions))
    built.sort(key=lambda e: (-e[0].sentences, -len(e[0].articles), e[0].name))
    built = built[: config.max_entities]

    entities = []
    by_sentence: list[list[tuple[int, int, str]]] = [[] for _ in parsed]
    main_count: dict[str, Counter] = defaultdict(Counter)
    for rank, (entity, group_mentions) in enumerate(built, start=1):
        entity_id = f"E{rank}"
        entities.append(Entity(entity_id, entity.name, entity.type, entity.variants, entity.mentions, entity.sentences))
        for m in group_mentions:
            start, end = _char_span(parsed[m.p], m.start, m.end)
            by_sentence[m.p].append((start, end, entity_id))
            if entity.type == "PERSON":
                main_count[article_of[m.p]][entity_id] += 1
    for mentions_here in by_sentence:
        mentions_here.sort()
    main_person = {article: counts.most_common(1)[0][0] for article, counts in main_count.items()}
    return Resolved(entities, by_sentence, main_person)


def _build(parsed: Sequence[Parsed], mentions: list[Mention]) -> tuple[Entity, list[Mention]]:
    """One entity from its mentions: canonical name, type, variants, spans."""
    spans = []
    variants: Counter = Counter()
    name_articles: dict[str, set[str]] = defaultdict(set)
    name_count: Counter = Counter()
    labels: Counter = Counter()
    sentences = set()
    for m in mentions:
        item = parsed[m.p]
        start, end = _char_span(item, m.start, m.end)
        text = _surface(item, m.start, m.end)
        spans.append(Span(item.sentence.article_id, start, end, text))
        variants[text] += 1
        if m.title_start is not None:
            variants[_surface(item, m.title_start, m.end)] += 1
        name_articles[text].add(item.sentence.article_id)
        name_count[text] += 1
        labels[m.label] += 1
        sentences.add(m.p)
    group = mentions[0].group
    if group == "person":
        entity_type = "PERSON"
    else:
        entity_type = next((label for label, _ in labels.most_common() if GROUPS.get(label) == group), "ORG")
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


def name_parts(text: str) -> tuple[tuple[str, ...], str]:
    """Given names and surname of a person's name, folded."""
    given, surname, _ = _split_person(name_tokens(text))
    return given, surname
