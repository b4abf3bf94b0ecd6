"""Where a happening began ("the fire began Sunday near Pine Hollow Road",
"a gunman opened fire inside the food court", "its epicentre was close to
Yaylacik") or happened ("a boat overturned off Carrick Head", "an avalanche swept
down the Pic Blanc run"), and the articles that place it where both cannot be true.

Written by hand because the facts stage has tags and entities but no parser:
the start is the first "in / at / near / outside ... PLACE" after a verb of
starting, skipping days and times ("broke out on Sunday at a campground") and a
denied place ("not at parliament but in Victoria Square"). Where it happened is
the first such place after any verb when the place is named: a GPE, LOC or FAC entity or a proper noun. The
happening is the noun before the verb ("the clashes", "the Cedar Ridge Fire"),
a vehicle ("the boat overturned": its sinking) or the verb's own noun ("raided").
A place runs on through further named places ("at Thorne & Abel on Carlow
Street in Harwick", "in Harlow, Essex"), past a bare condition ("in rough seas").
Two places can both be true when the words of one are among the other's ("the
food court" / "the mall's crowded food court"), when one sentence also names the
other ("near Pine Hollow in Marwick County" / "in Marwick County"), when one is a
whole region ("Karsin province", "the central Philippines"), when one is a town
or region and the other a spot in it or in a town it may hold (only "the town of
Dunmere" cannot hold "Carlow Street in Harwick"), or when both name one kind of
spot ("a textile plant in northern England" / "its plant in Kellow").
A happening's noun and "was in" place it too ("the leak was in the plant room"), as does
where what it gave off came from ("the gas came from a chemical store") and the place a
thing struck or is stuck on ("struck Tillock Reef"); the last two often leave the happening
unnamed, and then take the one happening the cluster's other statements place.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import replace

from newsbrief.facts.compatible import side_disagreement
from newsbrief.facts.nlp import Parsed
from newsbrief.facts.text import fold
from newsbrief.facts.values import Statement
from newsbrief.model import Attribute, Disagreement, Entity, Evidence, Span
from newsbrief.split import stem

PLACE = "place"
SITE = "site"
"""Attribute names: where a happening began ("Where did the fire start?") and where it
happened ("Where did the crash happen?"), two slots because a fire can start in
one place and burn in another."""
AREA, SPOT, TOWN_SPOT, COAST = "area", "spot", "spot in a town", "off a coast"
"""The ``unit`` of a place statement: a whole town or region, a spot in one, or a
spot that names its town ("on Carlow Street in Harwick"), or the sea off a town or
region ("off Nova Scotia"), which is true beside any place on that coast."""

_START = re.compile(
    r"\b(?P<fire>opened\s+fire|began\s+(?:firing|shooting))\b"
    r"|\b(?P<verb>broke\s+out|began|begun|started|erupted|originated|ignited|(?:was|were)\s+sparked)\b"
    r"|\b(?P<epicentre>epicent(?:re|er))\b",
    re.I,
)
_OWN_HAPPENING = {"crashed": "crash", "exploded": "explosion", "collapsed": "collapse", "derailed": "derailment",
                  "capsized": "sinking", "sank": "sinking", "raided": "raid", "robbed": "raid", "flooded": "flood",
                  "stabbed": "stabbing", "bombed": "bombing", "attacked": "attack", "grounded": "grounding",
                  "leaked": "leak"}
"""Verbs that name their own happening ("the ferry sank", "three men raided a shop")."""
_VEHICLES = {
    "boat": "sinking", "ferry": "sinking", "ship": "sinking", "vessel": "sinking", "trawler": "sinking",
    "yacht": "sinking", "dinghy": "sinking", "plane": "crash", "aircraft": "crash", "jet": "crash",
    "airliner": "crash", "helicopter": "crash", "train": "derailment", "bus": "crash", "coach": "crash",
    "car": "crash", "lorry": "crash", "truck": "crash",
}
"""Vehicles, by the name of the accident a verb after them tells ("the boat overturned" is its sinking)."""
_NOT_HAPPENING = frozenset(
    "was were been had did said says told reported announced added confirmed warned condemned described called named "
    "landed docked departed left arrived sailed flew travelled traveled returned headed bound carrying registered flagged "
    "based born built owned".split()
)
"""Verbs that place the telling, an ordinary journey or nothing, not the happening ("condemned in Paris", "landed at
Varnes", "was in Paris")."""
_PREPOSITION = re.compile(
    r"(?:just\s+)?(?:in|at|near|outside|inside|on|beside|off|behind|along|down|across|through|onto|close\s+to|next\s+to|outside\s+of)\s+",
    re.I,
)
_RELATIVE = re.compile(r"^\d|\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\b", re.I)
"""A place given as a figure or a bearing from somewhere ("06.34.14 UTC", "the northwest of Curicó")."""
_BEARING = re.compile(r"\b(?:north|south|east|west|central|middle)(?:-?(?:east|west))?(?:ern)?\b", re.I)
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_STOP = re.compile(r"[,;!?]|:(?!\d)|(?<![ap]\.m)\.(?!m\.|\d)|\b(?:and|when|after|while|as|because|then|which|who|where)\b", re.I)
_TIME_HEADS = frozenset(
    "morning afternoon evening night noon midnight dawn day days hour hours minute minutes week weekend month year time "
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august "
    "september october november december".split()
)
_EVENTS = {
    "blaze": "fire", "wildfire": "fire", "inferno": "fire", "bushfire": "fire", "fire": "fire",
    "clash": "clashes", "clashes": "clashes", "violence": "clashes", "fighting": "clashes", "riot": "clashes",
    "riots": "clashes", "unrest": "clashes", "shooting": "shooting", "gunfire": "shooting", "attack": "attack",
    "quake": "earthquake", "earthquake": "earthquake", "tremor": "earthquake", "explosion": "explosion",
    "blast": "explosion", "outbreak": "outbreak", "epidemic": "outbreak", "crash": "crash", "collision": "crash",
    "derailment": "derailment", "collapse": "collapse", "accident": "accident", "avalanche": "avalanche",
    "landslide": "landslide", "mudslide": "landslide", "flood": "flood", "flooding": "flood", "raid": "raid",
    "robbery": "raid", "heist": "raid", "stabbing": "stabbing", "bombing": "bombing", "capsize": "sinking",
    "sinking": "sinking", "leak": "leak", "spill": "leak", "slide": "landslide", "grounding": "grounding",
    "storm": "storm", "hurricane": "storm", "typhoon": "storm", "cyclone": "storm", "tornado": "storm",
    "twister": "storm", "blizzard": "storm", "snowstorm": "storm",
}
"""Nouns for one happening, by the name its question uses ("Where did the fire start?")."""
_SPOT_HEADS = frozenset("park street road avenue lane square bridge station airport hospital school stadium mall "
                        "market beach pier harbour harbor quay wharf plaza".split())
"""Last words of a name that make it a spot in a town, not a town ("Harmon Park", "Cowan Street")."""
_REGIONS = frozenset("province region county state country district prefecture territory municipality area".split())
_FILLER = frozenset("the a an of its their his her town city village 's".split())


def names_a_happening(text: str) -> bool:
    """Whether ``text`` names a happening by one of its nouns ("the blaze", "a ransomware attack")."""
    return any(word in _EVENTS for word in re.findall(r"[a-z]+", fold(text)))


def place_key(place: str) -> frozenset[str]:
    """The words that say which place: lower case, without articles, "of" and "town"."""
    return frozenset(w for w in re.findall(r"[a-z0-9]+", fold(place).replace("'s", " ")) if w not in _FILLER)


def _happening(parsed: Parsed, verb_start: int) -> str:
    """The happening a verb of starting is about: the last noun just before it, by its name in ``_EVENTS``."""
    base = parsed.sentence.start
    before = [t for t in parsed.tokens if t.end - base <= verb_start][-4:]
    for token in reversed(before):
        word = fold(token.text)
        if word in _EVENTS:
            return _EVENTS[word]
        if token.text.lower() in ("which", "that", ","):
            continue  # "the fire, which started in the basement"
        if token.tag in ("VBD", "VBZ", "VBP", "IN", "WP", ".", "PRP"):
            break
    return ""


def _is_name(token) -> bool:
    return token.tag in ("NNP", "NNPS")


def _phrase(parsed: Parsed, start: int) -> tuple[int, int] | None:
    """Sentence characters of the noun phrase starting at ``start``, with "of ...",
    "beside/near ..." and further named places kept ("the entrance of the parking garage",
    "a campground beside Lake Arden", "Thorne & Abel on Carlow Street in Harwick", "Harlow, Essex")."""
    base = parsed.sentence.start
    first = next((i for i, t in enumerate(parsed.tokens) if t.start - base >= start), len(parsed.tokens))
    tokens = parsed.tokens[first : first + 16]
    towns = {i - first for s, e, label in parsed.ents if label == "GPE" for i in range(s, e)}
    times = {i - first for s, e, label in parsed.ents if label in ("DATE", "TIME") for i in range(s, e)}
    end = None
    i = 0
    while i < len(tokens):
        token = tokens[i]
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if token.text.lower() in ("the", "a", "an", "its", "their") or token.tag in ("NN", "NNS", "NNP", "NNPS", "JJ", "POS", "CD", "HYPH"):
            if token.tag.startswith("NN"):
                end = token.end - base
            i += 1
            continue
        if token.tag == "VBN" and i and tokens[i - 1].tag == "HYPH":
            i += 1  # "the Lisgar-based textile maker"
            continue
        if end is None or nxt is None:
            break
        if token.text.lower() in ("of", "beside", "near", "by"):
            i += 1
            continue
        if token.text == "&" and _is_name(nxt):
            i += 1
            continue
        if token.text.lower() in ("in", "on", "at", "outside", "off") and i + 1 not in times:
            more = _phrase(parsed, nxt.start - base)  # "on Carlow Street in Harwick", "in the town of Dunmere"
            if more and not _is_time(parsed, *more) and _names_a_place(parsed, *more):
                end = more[1]
            break
        if token.text == "," and i + 1 in towns and tokens[i - 1].tag.startswith("NNP"):
            while i + 1 in towns:
                i += 1
                end = tokens[i].end - base  # "in Harlow, Essex"
        break
    return (start, end) if end is not None else None


def _names_a_place(parsed: Parsed, start: int, end: int) -> bool:
    """Whether sentence characters ``start:end`` hold a named place: a GPE, LOC or FAC
    entity or a proper noun outside a date ("near Millbrook", "off Carrick Head",
    which spaCy may call a person), not "in rough seas", "at high speed" or "on Tuesday"."""
    base = parsed.sentence.start
    times = {i for first, last, label in parsed.ents if label in ("DATE", "TIME") for i in range(first, last)}
    for first, last, label in parsed.ents:
        if label in ("GPE", "LOC", "FAC") and parsed.tokens[first].start - base < end and parsed.tokens[last - 1].end - base > start:
            return True
    return any(_is_name(t) and i not in times and start <= t.start - base and t.end - base <= end
               for i, t in enumerate(parsed.tokens))


def _is_time(parsed: Parsed, start: int, end: int) -> bool:
    base = parsed.sentence.start
    for first, last, label in parsed.ents:
        if label in ("DATE", "TIME") and parsed.tokens[first].start - base < end and parsed.tokens[last - 1].end - base > start:
            return True
    words = re.findall(r"[a-z]+", fold(parsed.sentence.text[start:end]))
    return bool(words) and words[-1] in _TIME_HEADS


def _condition(parsed: Parsed, start: int, end: int) -> bool:
    """Whether sentence characters ``start:end`` begin with a bare common noun phrase, a
    condition rather than a place ("in rough seas off ...", "at high speed in ...")."""
    base = parsed.sentence.start
    inside = [t for t in parsed.tokens if start <= t.start - base and t.end - base <= end]
    head = next((inside[:i] for i, t in enumerate(inside) if t.tag in ("IN", ",", "CC")), inside)
    return bool(head) and head[0].tag not in ("DT", "PRP$") and not any(_is_name(t) for t in head)


def _extent(parsed: Parsed, start: int, end: int) -> str:
    """``AREA`` for a town, region or country (a GPE entity and nothing but "the
    town of"), ``SPOT`` for a place in one ("the food court", "Pine Hollow Road":
    a common noun or a facility), "" when the tags cannot tell (a name alone)."""
    base = parsed.sentence.start
    inside = {i for i, t in enumerate(parsed.tokens) if start <= t.start - base and t.end - base <= end}
    labelled = {i: label for first, last, label in parsed.ents for i in range(first, last) if i in inside}
    towns = {i for i, label in labelled.items() if label == "GPE"}
    common = [parsed.tokens[i] for i in inside - towns if parsed.tokens[i].tag in ("NN", "NNS")
              and parsed.tokens[i].text[:1].islower() and fold(parsed.tokens[i].text) not in _FILLER | _REGIONS]
    last = max(inside, default=None)
    if last is not None and last in towns and fold(parsed.tokens[last].text) in _SPOT_HEADS:
        return SPOT  # "in Harmon Park", which the tagger may take for a town
    if towns and not common and not any(parsed.tokens[i].tag.startswith("NNP") for i in inside - towns):
        return AREA
    if towns and (common or any(parsed.tokens[i].tag.startswith("NNP") for i in inside - towns)):
        return TOWN_SPOT
    if common or "FAC" in labelled.values():
        return SPOT
    return ""


_IMPACT = frozenset({"struck", "hit", "stuck"})
"""Verbs of a thing meeting a place ("struck Tillock Reef", "is stuck on the shoal"): where
the story's happening took place, when the sentence does not name the happening."""
_ORIGIN = re.compile(r"\s*(?:came|escaped|leaked|spread|poured)\s+(?:out\s+)?from\b", re.I)
"""Where what a happening gave off came from ("the gas came from a chemical store"): where it began."""
_COPULA = frozenset({"was", "were", "is"})


def starting_places(parsed: Parsed) -> list[tuple[str, str, str, int, int, str]]:
    """Every (attribute, happening, place, start, end, extent) the sentence states: where
    a happening named before a verb of starting began (``PLACE``) or where one
    happened (``SITE``: "the plane crashed near Varnes", "the boat overturned off
    Carrick Head"), in sentence characters of
    the place, and whether the place is a whole town or region or a spot in one (``_extent``)."""
    text = parsed.sentence.text
    found: list[tuple[str, str, str, int, int, str]] = []
    if _YEAR.search(text):
        return found  # "since 2023, when a motorised outrigger capsized near Manila": another happening
    starts = []
    for match in _START.finditer(text):
        starts.append((match.start(), match.end()))
        if match.group("fire"):
            happening = "shooting"
        elif match.group("epicentre"):
            happening = "earthquake"
        else:
            happening = _happening(parsed, match.start())
        place = _place_after(parsed, match.end())
        if happening and place:
            found.append((PLACE, happening, *place))
    base = parsed.sentence.start
    for token in parsed.tokens:
        at, word = token.start - base, fold(token.text)
        if any(s <= at < e for s, e in starts):
            continue
        after = text[token.end - base :]
        if word in _COPULA and re.match(r"\s+(?:in|at|inside)\s+(?:the|a|an|its|their)\b", after):
            happening = _happening(parsed, at)  # "the leak was in the plant room"
            place = _place_after(parsed, token.end - base)
            if happening and place:
                found.append((PLACE, happening, *place))
            continue
        if token.tag in ("VBD", "VBN") and word not in _NOT_HAPPENING:
            happening = _vehicle(parsed, at) or _OWN_HAPPENING.get(word) or _happening(parsed, at)
        else:
            continue
        origin = _ORIGIN.match(text[at:])
        if origin:
            gap = text[at + origin.end() :]
            span = _phrase(parsed, at + origin.end() + len(gap) - len(gap.lstrip()))
            if span and not _is_time(parsed, *span) and not _condition(parsed, *span):
                found.append((PLACE, happening, text[span[0] : span[1]], span[0], span[1], _extent(parsed, *span)))
            continue
        place = _place_after(parsed, token.end - base)
        if place is None and word in _IMPACT and re.match(r"\s+[A-Z]", after):
            span = _phrase(parsed, token.end - base + len(after) - len(after.lstrip()))  # "struck Tillock Reef"
            if span and not _is_time(parsed, *span):
                place = (text[span[0] : span[1]], span[0], span[1], _extent(parsed, *span))
        if not happening and place and place[1] - (token.end - base) > len(" onto "):
            continue  # "swells hit stranded vessel near Port Tessary": what was hit, then where
        if happening == "storm" and not _LANDFALL.search(text):
            continue  # a storm strikes many places on its way: only where it came ashore is one place
        if (happening or word in _IMPACT) and place and _names_a_place(parsed, place[1], place[2]):
            found.append((SITE, happening, *place))
    return found


_LANDFALL = re.compile(r"\b(?:landfall|ashore|onshore|hit land)\b", re.I)
"""Where a storm came ashore: the one place of a storm that reports can disagree on."""


def with_story_happening(statements: list[Statement]) -> list[Statement]:
    """Place statements whose sentence names no happening ("the gas came from a chemical
    store", "the ship struck Tillock Reef") given the happening the cluster's other
    statements of that kind place most often, or left out when they place none, or two
    equally often (a storm's swells beside a ship's grounding: the grounding)."""
    named: dict[str, Counter] = defaultdict(Counter)
    for s in statements:
        if s.attribute.name in (PLACE, SITE) and s.attribute.of:
            named[s.attribute.name][s.attribute.of] += 1
    kept = []
    for s in statements:
        if s.attribute.name in (PLACE, SITE) and not s.attribute.of:
            ranked = named[s.attribute.name].most_common(2)
            if not ranked or len(ranked) == 2 and ranked[0][1] == ranked[1][1]:
                continue
            if ranked[0][0] == "storm" and not _LANDFALL.search(s.evidence.sentence.text):
                continue  # "the worst of the winds struck Key West": a place on the storm's way
            s = replace(s, attribute=Attribute(s.attribute.name, ranked[0][0]))
        kept.append(s)
    return kept


def _vehicle(parsed: Parsed, verb_start: int) -> str:
    """The accident of a vehicle named just before a verb ("a sightseeing boat overturned": "sinking")."""
    base = parsed.sentence.start
    before = [t for t in parsed.tokens if t.end - base <= verb_start][-3:]
    for token in reversed(before):
        if fold(token.text) in _VEHICLES:
            return _VEHICLES[fold(token.text)]
        if not token.tag.startswith(("NN", "JJ")):
            break
    return ""


def _place_after(parsed: Parsed, after: int) -> tuple[str, int, int, str] | None:
    """The first place named after sentence character ``after`` within its clause:
    (text, start, end, extent), days and denied places skipped, and a clause of
    times before it read past ("happened before closing time on Monday, April 13th, at ...")."""
    text = parsed.sentence.text
    offset = after
    for _ in range(3):
        rest = text[offset : offset + 90]
        stop = _STOP.search(rest)
        window = rest[: stop.start()] if stop else rest
        denied = re.search(r"\bnot\s+(?:in|at|near|on|outside|inside)\b.*?\bbut\s+", window, re.I)
        start = offset
        if denied:
            window = rest[denied.end() :]
            stop = _STOP.search(window)
            window = window[: stop.start()] if stop else window
            start = offset + denied.end()
        for preposition in _PREPOSITION.finditer(window):
            if preposition.start() and not window[preposition.start() - 1].isspace():
                continue
            span = _phrase(parsed, start + preposition.end())
            if span is None or _is_time(parsed, *span) or _condition(parsed, *span):
                continue
            if _RELATIVE.search(text[span[0] : span[1]]):
                return None  # "the southwest of Lebu": a bearing from a town, true beside any other
            extent = _extent(parsed, *span)
            if extent == AREA and preposition.group().split()[-1].lower() == "off":
                extent = COAST  # "off Nova Scotia": at sea somewhere along it
            return text[span[0] : span[1]], span[0], span[1], extent
        if not (stop and stop.group() == "," and window.strip() and _is_time(parsed, start, start + len(window))):
            return None
        offset = start + stop.end()
    return None


def _common_nouns(place: str) -> frozenset[str]:
    """The words of a place written in lower case, other than articles and prepositions: what kind of spot it is."""
    return frozenset(w for w in re.findall(r"\b[a-z]{3,}\b", place) if w not in _FILLER and not _PREPOSITION.fullmatch(w + " "))


def _same_place(a: Statement, b: Statement) -> bool:
    """One place in other words: the words of one are among the other's ("the food court" / "the mall's food court")."""
    key_a, key_b = place_key(a.value), place_key(b.value)
    return bool(key_a and key_b) and (key_a <= key_b or key_b <= key_a)


def _both_true(a: Statement, b: Statement) -> bool:
    """Two places of one start can both be true: see the module's docstring; a town
    and a spot ("in Carverton" / "in the food court") are both true too."""
    key_a, key_b = place_key(a.value), place_key(b.value)
    if not key_a or not key_b or key_a <= key_b or key_b <= key_a:
        return True
    if {a.unit, b.unit} == {AREA, SPOT} or COAST in (a.unit, b.unit):
        return True
    if {a.unit, b.unit} == {AREA, TOWN_SPOT} and not any(
            s.unit == AREA and re.search(r"\b(?:town|village|city)\s+of\b", s.value, re.I) for s in (a, b)):
        return True  # "in Essex" / "at a warehouse in Harlow": the town may be in the region
    if key_a & _REGIONS or key_b & _REGIONS:
        return True
    if any(s.unit == AREA and _BEARING.search(s.value) for s in (a, b)):
        return True  # "the central Philippines": a region

    if _common_nouns(a.value) & _common_nouns(b.value):
        return True  # "a textile plant in northern England" / "the dye house ... at its plant in Kellow"
    words_a = set(re.findall(r"[a-z0-9]+", fold(a.evidence.sentence.text)))
    words_b = set(re.findall(r"[a-z0-9]+", fold(b.evidence.sentence.text)))
    return key_b <= words_a or key_a <= words_b


def place_disagreements(statements: list[Statement]) -> list[Disagreement]:
    """A disagreement for each happening whose start two articles place where both cannot be true."""
    by_happening: dict[Attribute, list[Statement]] = defaultdict(list)
    for s in statements:
        if s.attribute.name in (PLACE, SITE):
            by_happening[s.attribute].append(s)
    found = []
    for group in by_happening.values():
        disagreement = side_disagreement(group, _same_place, _both_true, lambda s: False)
        if disagreement:
            found.append(disagreement)
    return found


def with_restated_places(found: list[Disagreement], entities: Sequence[Entity],
                         sentence_of: dict[tuple[str, int], Span]) -> list[Disagreement]:
    """Place disagreements with the articles that name one side's place in a
    sentence about the happening, in words the readers above do not take as its
    place ("the avalanche on the Pic Blanc's northern face swept ..."): such an
    article states that side too. A place named on two sides, or an article that
    names places of two sides, or one already cited, adds nothing."""
    places = [e for e in entities if e.type != "NORP"]  # a name inside a place's wording is a place, however spaCy typed it
    result = []
    for d in found:
        happening = stem(Attribute.parse(d.attribute).of.lower())
        if not happening:
            result.append(d)
            continue
        cited = {a for side in d.sides for a in side.articles}
        named = [{e.id for e in places if any(re.search(rf"\b{re.escape(fold(v))}\b", fold(side.value)) for v in e.variants)}
                 for side in d.sides]
        added: dict[str, dict[int, list[Evidence]]] = defaultdict(lambda: defaultdict(list))
        for k, ids in enumerate(named):
            for entity in (e for e in places if e.id in ids and sum(e.id in other for other in named) == 1):
                for span in entity.mentions:
                    sentence = sentence_of.get((span.article_id, span.start))
                    if span.article_id in cited or sentence is None:
                        continue
                    if happening in {stem(w) for w in re.findall(r"[a-z]+", sentence.text.lower())}:
                        added[span.article_id][k].append(Evidence(span, sentence))
        sides = list(d.sides)
        for by_side in added.values():
            if len(by_side) == 1:
                (k, evidence), = by_side.items()
                sides[k] = replace(sides[k], evidence=sides[k].evidence + tuple(evidence))
        result.append(replace(d, sides=tuple(sides)))
    return result
