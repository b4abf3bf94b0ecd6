"""Mentions of people, organisations and places: spaCy's entity spans trimmed
(titles, possessives, quote marks), then repaired with what the whole cluster
says (a surname known as a person's labelled ORG, a name cut short, a name
missed in another sentence), and the aliases an article declares ("X, aka Y")."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from newsbrief.facts.entities.organisations import ORG_GENERIC, acronym
from newsbrief.facts.nlp import Parsed

GROUPS = {"PERSON": "person", "ORG": "org", "GPE": "place", "LOC": "place", "FAC": "place"}

TITLES = {
    "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "gen", "general",
    "col", "colonel", "maj", "major", "capt", "captain", "lt", "lieutenant", "sgt", "sergeant", "officer",
    "chief", "president", "chancellor", "minister", "premier", "senator", "sen", "rep", "representative",
    "gov", "governor", "judge", "justice", "pope", "king", "queen", "prince", "princess", "rev", "reverend",
    "father", "sheikh", "imam", "mayor", "ambassador", "secretary", "commissioner", "inspector",
    "detective", "constable", "agent", "prosecutor", "adm", "admiral", "cardinal", "bishop", "archbishop",
    "sheriff", "deputy", "speaker", "leader", "coach", "dictator", "brig", "cpl", "pvt", "supt", "superintendent",
    "commander", "trooper",
}
PERSON_NOUNS = frozenset(
    "owner manager spokeswoman spokesman spokesperson treasurer founder chairman chairwoman guide instructor pilot "
    "driver teacher nurse lawyer farmer widow husband wife son daughter mother father brother sister".split())
"""Lowercase nouns for people that stand before a given name and surname, with or without a comma
("Mill owner Ines Varga", "The plant manager, Ines Varga"): the name is a person's, whatever spaCy
labelled it, when the cluster also calls its surname "she" or "he" (an owner or manager may be a company)."""
TITLE_MODIFIERS = {
    "police", "prime", "interior", "foreign", "vice", "deputy", "state", "federal", "attorney", "chief",
    "defense", "defence", "finance", "justice", "home", "district", "assistant", "former", "acting", "u.s.",
    "senior", "first", "lady", "army", "navy", "health", "trade", "economy", "education", "opposition",
}
NOT_NAMES = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
    "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "his", "her", "this", "that", "but",
    "and", "or", "in", "on", "at", "after", "before", "when", "while", "if", "as", "for", "with", "god",
}
_ALIAS_LINK = re.compile(
    r"^\s*(?:,\s*)?(?:\(\s*|(?:also\s+|better\s+)?known\s+as\s+|aka\s+|a\.k\.a\.?\s+|alias\s+|nicknamed\s+|,?\s*or\s+)"
    r"['\"‘“]?\s*$",
    re.IGNORECASE,
)
_INITIAL = re.compile(r"^[A-Z]\.?$")
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


def _is_cap(text: str) -> bool:
    return text[:1].isupper()


def _clean(parsed: Parsed, start: int, end: int, label: str) -> list[tuple[int, int, str]]:
    """Trim a spaCy entity span: cut at colons and quote marks, split at an inner
    possessive ("Islamic State's Amaq"), drop a leading "the" and a trailing "'s"."""
    tokens = parsed.tokens
    for k in range(start, end):
        plural_possessive = (
            tokens[k].text in ("'", "’") and k > start and tokens[k - 1].text.endswith("s")
            and k + 1 < end and tokens[k + 1].text.lower() in ORG_GENERIC
        )  # "Rail and Transport Workers' Union" is one name
        if tokens[k].text in _CUT or (tokens[k].text in _POSSESSIVE and k > start and not plural_possessive):
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


def title_before(parsed: Parsed, start: int) -> int | None:
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


def surface(parsed: Parsed, start: int, end: int) -> str:
    """The text of tokens ``start:end`` of a sentence, as written."""
    tokens = parsed.tokens
    base = parsed.sentence.start
    return parsed.sentence.text[tokens[start].start - base : tokens[end - 1].end - base]


def char_span(parsed: Parsed, start: int, end: int) -> tuple[int, int]:
    """Article character offsets of tokens ``start:end`` of a sentence."""
    return parsed.tokens[start].start, parsed.tokens[end - 1].end


def raw_mentions(parsed: Sequence[Parsed]) -> list[Mention]:
    """spaCy's person, organisation, place and nationality spans, trimmed."""
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


HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "mx"}


def _without_honorific(parsed: Parsed, m: Mention) -> Mention:
    """A name after "Mr", "Mrs", "Ms", "Dr" is a person's, whatever spaCy labelled it ("Mr Mistry" ORG)."""
    tokens = parsed.tokens
    if m.end - m.start >= 2 and tokens[m.start].text.lower().rstrip(".") in HONORIFICS:
        if all(_is_cap(tokens[k].text) for k in range(m.start + 1, m.end)):
            return Mention(m.p, m.start + 1, m.end, "PERSON", "person")
    if m.group != "person" and m.start and tokens[m.start - 1].text.lower().rstrip(".") in HONORIFICS:
        if all(_is_cap(tokens[k].text) for k in range(m.start, m.end)) and m.end - m.start <= 3:
            return Mention(m.p, m.start, m.end, "PERSON", "person")
    return m


def _name_word(text: str) -> bool:
    return _is_cap(text) and text.replace("-", "").replace("'", "").isalpha() and text.lower() not in NOT_NAMES | TITLES


def _after_title(parsed: Parsed, m: Mention) -> Mention:
    """A name after a person's title is a person's: "Dunmore County Sheriff Wade
    Tolbert" (FAC) is Wade Tolbert; "Sheriff Wade Tolbert" with only "Tolbert"
    labelled (ORG) is Wade Tolbert too."""
    tokens = parsed.tokens
    for k in range(m.end - 2, m.start - 1, -1):
        if tokens[k].text.lower().rstrip(".") in TITLES and all(_name_word(tokens[j].text) for j in range(k + 1, m.end)):
            if k > m.start or m.group != "person":
                return Mention(m.p, k + 1, m.end, "PERSON", "person")
            break
    if m.group == "person" or m.end - m.start > 2:
        return m
    start = m.start
    while start > 0 and m.start - start < 2 and _name_word(tokens[start - 1].text):
        start -= 1
    if start > 0 and tokens[start - 1].text.lower().rstrip(".") in TITLES and all(
        _name_word(tokens[k].text) for k in range(start, m.end)
    ):
        return Mention(m.p, start, m.end, "PERSON", "person")
    return m


def _after_person_noun(parsed: Parsed, m: Mention) -> bool:
    """A given name and surname after a noun for a person, with or without a comma
    ("Mill owner Ines Varga", "The plant manager, Ines Varga")."""
    tokens = parsed.tokens
    before = m.start - 2 if m.start > 1 and tokens[m.start - 1].text == "," else m.start - 1
    return (before >= 0 and tokens[before].text in PERSON_NOUNS and m.end - m.start == 2
            and all(_name_word(tokens[k].text) for k in range(m.start, m.end)))


_SPOKE = re.compile(r"\b([A-Z][\w'-]+)\s+(?:said|says|told|added)\b[^.;]*?\b(?:she|he|her|his)\b")


def _spoken_of_as_people(parsed: Sequence[Parsed]) -> set[str]:
    """Words that say something and are then called "she" or "he" in one sentence
    ("Varga said she would meet union representatives"): people's surnames."""
    return {match.group(1) for item in parsed for match in _SPOKE.finditer(item.sentence.text)}


def _with_given_name(parsed: Parsed, m: Mention, full_names: set[tuple[str, ...]], given_names: set[str]) -> Mention:
    """A person's name cut short of the given name before it ("Aoife" unlabelled,
    "Brennan" PERSON), when the cluster writes the two together elsewhere
    (``given_names``: the first words of the two-word names of ``full_names``)."""
    if m.group != "person" or m.start == 0 or m.end - m.start != 1:
        return m
    tokens = parsed.tokens
    words = tuple(tokens[k].text for k in range(m.start - 1, m.end))
    if _name_word(words[0]) and (words in full_names or words[0] in given_names):
        return Mention(m.p, m.start - 1, m.end, m.label, m.group)
    return m


def repair(parsed: Sequence[Parsed], mentions: list[Mention], caseless: bool) -> list[Mention]:
    """Use the cluster to fix what the small NER model gets wrong: a surname
    known as a person labelled ORG or GPE, a given name labelled NORP, a name
    cut short ("Marine Le"), and names it missed in other sentences."""
    if caseless:
        return [m for m in mentions if m.group != "norp"]
    surnames: set[str] = set()
    given: set[str] = set()
    mentions = [_after_title(parsed[m.p], _without_honorific(parsed[m.p], m)) for m in mentions]
    full_names = {
        tuple(parsed[m.p].tokens[k].text for k in range(m.start, m.end)) for m in mentions if m.end - m.start >= 2
    }
    given_names = {f[0] for f in full_names if len(f) == 2}
    mentions = [_with_given_name(parsed[m.p], m, full_names, given_names) for m in mentions]
    for m in mentions:
        if m.end - m.start >= 2 and (m.label == "PERSON" or _looks_like_person(parsed[m.p], m, set())):
            words = [parsed[m.p].tokens[k].text for k in range(m.start, m.end)]
            if _is_cap(words[-1]) and len(words[-1]) >= 3:
                surnames.add(words[-1])
            given.add(words[0])
        elif m.label == "PERSON" and m.start and parsed[m.p].tokens[m.start - 1].text.lower().rstrip(".") in HONORIFICS:
            surnames.add(parsed[m.p].tokens[m.start].text)
        elif m.end - m.start == 1 and _name_word(parsed[m.p].tokens[m.start].text) and _AGE_AFTER.match(
            parsed[m.p].sentence.text[parsed[m.p].tokens[m.start].end - parsed[m.p].sentence.start :]
        ):
            surnames.add(parsed[m.p].tokens[m.start].text)  # "Radovanovic, 23, has signed"
    lowercase_words = {t.text for item in parsed for t in item.tokens if t.text.islower()}
    speakers = _spoken_of_as_people(parsed)
    repaired: list[Mention] = []
    taken: dict[int, set[int]] = defaultdict(set)
    for m in mentions:
        tokens = parsed[m.p].tokens
        last = tokens[m.end - 1].text
        if m.group == "norp":
            if m.end - m.start == 1 and tokens[m.start].text in surnames:
                m = Mention(m.p, m.start, m.end, "PERSON", "person")
            elif m.end < len(tokens) and tokens[m.end].text in surnames:
                m = Mention(m.p, m.start, m.end + 1, "PERSON", "person")
            else:
                continue
        elif m.group != "person" and m.end - m.start == 1 and (last in surnames or last in given):
            previous = tokens[m.start - 1].text.lower() if m.start else ""
            if previous not in ("in", "from", "of", "to", "near"):
                m = Mention(m.p, m.start, m.end, "PERSON", "person")
        elif m.group != "person" and _looks_like_person(parsed[m.p], m, surnames):
            m = Mention(m.p, m.start, m.end, "PERSON", "person")
        elif m.group != "person" and last in speakers and _after_person_noun(parsed[m.p], m):
            m = Mention(m.p, m.start, m.end, "PERSON", "person")  # "The plant manager, Ines Varga" ... "Varga said she"
            surnames.add(last)
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
    declared = _declared_acronyms(parsed, repaired)
    for p, item in enumerate(parsed):
        for k, token in enumerate(item.tokens):
            if token.text in declared and k not in taken[p]:
                repaired.append(Mention(p, k, k + 1, "ORG", "org"))
                taken[p].add(k)
    return repaired


def _declared_acronyms(parsed: Sequence[Parsed], mentions: list[Mention]) -> set[str]:
    """Acronyms an article declares after an organisation's name ("the Rail and
    Transport Workers' Union (RTWU)"), which spaCy then often misses on their own."""
    found = set()
    for m in mentions:
        tokens = parsed[m.p].tokens
        if m.group != "org" or m.end + 2 >= len(tokens) or tokens[m.end].text != "(" or tokens[m.end + 2].text != ")":
            continue
        short = tokens[m.end + 1].text
        words = [tokens[k].text.lower().strip("'’") for k in range(m.start, m.end)]
        if 2 <= len(short) <= 6 and short.isupper() and short.isalpha() and short.lower() == acronym(tuple(w for w in words if w)):
            found.add(short)
    return found


def aliases(parsed: Sequence[Parsed], mentions: list[Mention]) -> list[tuple[int, int]]:
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
