"""Values stated in sentences, normalised: ages, counts of dead and injured,
other counts, money, distances and clock times.

Written by hand because no library turns "24-year-old", "Amri, 24," and
"aged 24" into one age of one person, or "killing 12 people" and "the deaths
of 12 people" into one toll: spaCy's CARDINAL/DATE labels say a number is
there, not what it counts or whose it is.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from newsbrief.model import Attribute, Evidence, Span
from newsbrief.split.tokens import MONTH_PREFIX
from newsbrief.facts.nlp import Parsed
from newsbrief.facts.purposes import money_purpose
from newsbrief.facts.text import NUMBER_PATTERN, NUMBER_WORDS, content_stems, fold, format_number, parse_number
from newsbrief.split import stem


@dataclass(frozen=True)
class Statement:
    """One value stated once, with what is needed to match it to other statements."""

    subject: str
    subject_name: str
    attribute: Attribute
    value: str
    number: float | None
    qualifier: str
    evidence: Evidence
    context: frozenset[str]
    places: frozenset[str]
    keyed: bool
    """True when subject and attribute alone fix the slot (a person's age);
    False when the statements' context must agree too (a count, a time)."""
    published: date | None = None
    inferred: bool = False
    unit: str = ""
    siblings: frozenset[str] = frozenset()
    """Other values of the same attribute stated in the same sentence."""
    verbs: frozenset[str] = frozenset()
    """Stems of the verbs near the value."""
    numbers: frozenset[str] = frozenset()
    """Other numbers of the sentence (not years): two reports of one happening
    that give other figures share some of them."""
    purpose: str = ""
    """What a sum of money is for ("theft", "fee": ``purposes.money_purpose``); "" when unsaid."""


def span_of(parsed: Parsed, start: int, end: int) -> Span:
    """Span of sentence-relative characters ``start:end``."""
    base = parsed.sentence.start
    return Span(parsed.sentence.article_id, base + start, base + end, parsed.sentence.text[start:end])


def sentence_span(parsed: Parsed) -> Span:
    """Span of the whole sentence."""
    s = parsed.sentence
    return Span(s.article_id, s.start, s.end, s.text)


def evidence(parsed: Parsed, start: int, end: int) -> Evidence:
    """Evidence of sentence-relative characters ``start:end``, inside their sentence."""
    return Evidence(span_of(parsed, start, end), sentence_span(parsed))


def window_context(parsed: Parsed, start: int, end: int, mentions: list[tuple[int, int, str]], width: int = 60) -> frozenset[str]:
    """Content stems near a value (about ten words either side, within the
    sentence) plus the entities of the sentence: what two statements of one
    slot share."""
    text = parsed.sentence.text
    left = text[max(0, start - width) : start]
    right = text[end : end + width]
    words = content_stems(left) | content_stems(right)
    return frozenset(words | {entity for _, _, entity in mentions})


_NOT_ACTIONS = {"be", "is", "i", "was", "wa", "were", "are", "ar", "been", "being", "ha", "have", "had", "has", "do", "did",
                "doe", "said", "say", "sai", "told", "tell", "report", "ad", "add", "will", "would", "could", "may",
                "might", "accord"}


_OTHER_NUMBER = re.compile(r"\d+(?:[.,:]\d+)*")


def other_numbers(parsed: Parsed, start: int, end: int) -> frozenset[str]:
    """Numbers written in digits in the sentence outside ``start:end``, years left out."""
    text = parsed.sentence.text
    found = set()
    for match in _OTHER_NUMBER.finditer(text):
        if match.start() < end and start < match.end():
            continue
        raw = match.group(0).replace(",", "")
        if re.fullmatch(r"(?:19|20)\d{2}", raw):
            continue
        found.add(raw)
    return frozenset(found)


def window_verbs(parsed: Parsed, start: int, end: int, width: int = 60, clause: bool = False) -> frozenset[str]:
    """Stems of the verbs near a value: what happened at that time, or to that
    many. A date naming a happening ("the Aug. 7 bombings", "Friday's attack")
    is anchored on that noun instead; so is a date of a noun ("an inspection
    on 3 March"), besides the verbs. ``clause``: only the verbs of the value's own
    clause (when it has any), as a date or a clock time belongs to one happening."""
    base = parsed.sentence.start
    following = [t for t in parsed.tokens if t.start - base >= end][:3]
    if following and following[0].text in ("'s", "’s"):
        following = following[1:]
    if following and following[0].tag in ("NN", "NNS") and following[0].text.isalpha():
        if re.search(r"(?:\bthe|'s|’s)\s+\S*$", parsed.sentence.text[max(0, start - 12) : start]) or parsed.sentence.text[end:end + 2] in ("'s", "’s"):
            return frozenset({stem(following[0].text.lower())})
    verbs = set()
    said_when = False
    low, high = _clause(parsed, start, end) if clause else (-1, len(parsed.sentence.text) + 1)
    before = [t for t in parsed.tokens if t.end - base <= start][-2:]
    if len(before) == 2 and before[1].text.lower() in ("on", "of") and before[0].tag in ("NN", "NNS") and before[0].text.isalpha():
        verbs.add(stem(before[0].text.lower()))  # "an inspection on 3 March" dates an inspecting
    for token in parsed.tokens:
        rel = token.start - base
        if token.tag.startswith("VB") and start - width <= rel <= end + width and not start <= rel < end and low <= rel < high:
            word = stem(token.text.lower())
            if clause and word in _WHEN_VERBS:
                said_when = True
            elif word not in _NOT_ACTIONS:
                verbs.add(word)
    if clause and not verbs and not said_when:
        return window_verbs(parsed, start, end, width)
    return frozenset(_SAME_HAPPENING.get(verb, verb) for verb in verbs)


_SAME_HAPPENING = {"occur": "happen", "occurr": "happen"}
"""Verbs that only say something happened are one verb ("happened at 2:15", "occurred at 3:15")."""


_WHEN_VERBS = {"schedul", "held", "hold", "set", "due", "plan", "expect", "slate"}
"""Verbs that say when something is to happen, not what happens ("the runoff is scheduled for June 23")."""


def _clause(parsed: Parsed, start: int, end: int) -> tuple[int, int]:
    """Sentence-relative bounds of the clause around characters ``start:end``:
    a semicolon, or "and"/"but" before another verb ("will take office on July 1
    and will face a shortfall"), or a comma before "which"/"who"/"according" ends it."""
    base = parsed.sentence.start
    tokens = parsed.tokens
    low, high = -1, len(parsed.sentence.text) + 1
    for n, token in enumerate(tokens):
        rel = token.start - base
        following = tokens[n + 1] if n + 1 < len(tokens) else None
        boundary = token.text == ";" or (
            token.text.lower() in ("and", "but") and following is not None and (following.tag.startswith("VB") or following.tag == "MD")
        ) or (token.text == "," and following is not None and following.text.lower() in ("which", "who", "according"))
        if not boundary:
            continue
        if rel < start:
            low = max(low, rel)
        elif rel >= end:
            high = min(high, rel)
    return low, high


_QUALIFIERS = (
    (re.compile(r"(?:at\s+least|more\s+than|over|in\s+excess\s+of|no\s+(?:less|fewer)\s+than|upwards\s+of|a\s+minimum\s+of)\s+$", re.I), "at least"),
    (re.compile(r"(?:up\s+to|nearly|almost|fewer\s+than|less\s+than|under|as\s+many\s+as|a\s+maximum\s+of|not\s+more\s+than)\s+$", re.I), "at most"),
    (re.compile(r"(?:about|around|approximately|roughly|some|an\s+estimated|estimated|close\s+to|circa|c\.|~)\s+$", re.I), "about"),
)


def qualifier_before(text: str, start: int) -> str:
    """How the words before a number hedge it."""
    before = text[max(0, start - 30) : start]
    if _HANDED_OVER.search(before):
        return "exact"
    for pattern, name in _QUALIFIERS:
        if pattern.search(before):
            return name
    return "exact"


_HANDED_OVER = re.compile(r"\b(?:hand|turn|pass|sign|give|fork|pay|paid|g[ai]ve|given|took|take|handed|turned|passed|signed|forked)s?\s+over\s+$", re.I)
""""handed over £430" gives a sum; "over £430" alone hedges it."""


# ---------------------------------------------------------------- ages

_AGE_NUMBER = rf"(\d{{1,3}}|(?:{NUMBER_WORDS})(?:-(?:{NUMBER_WORDS}))?)"
_AFTER_NAME = [
    re.compile(rf"^\s*,\s*(?:who\s+is\s+|aged\s+|age\s+)?{_AGE_NUMBER}\s*(?=,|;|\.(?!\d)|\)|$|\s+(?:and|who|was|is|has|had|were|said|,))", re.I),
    re.compile(rf"^\s*\(\s*(?:aged?\s+)?{_AGE_NUMBER}\s*\)", re.I),
    re.compile(rf"^\s+(?:is|was|,\s*who\s+is)\s+{_AGE_NUMBER}(?:\s+years\s+old)?\s*(?=,|;|\.(?!\d)|$|\s+(?:and|from|when|at|years\s+old))", re.I),
    re.compile(rf"^\s*,\s*(?:a|an|the)\s+{_AGE_NUMBER}[- ]years?[- ]old\b", re.I),
    re.compile(rf"^\s*,\s*{_AGE_NUMBER}\s+years\s+old\b", re.I),
    re.compile(rf"^\s*,?\s*(?:who\s+)?turned\s+{_AGE_NUMBER}\b", re.I),
]
_BEFORE_NAME = re.compile(rf"\b{_AGE_NUMBER}[- ]years?[- ]old\b", re.I)
_APPOSITION_TAGS = {"JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "HYPH", "VBN", "VBG", ","}


@dataclass(frozen=True)
class Age:
    """An age stated in a sentence (characters ``start:end`` of the sentence);
    ``person`` is the entity id it is given to, "" for an unnamed person."""

    value: float
    start: int
    end: int
    person: str = ""


def _age_value(raw: str) -> float | None:
    value = parse_number(raw)
    if value is None or value != int(value) or not 0 < value < 120:
        return None
    return value


_UNNAMED_AGE = [
    re.compile(rf"\bthe\s+{_AGE_NUMBER}[- ]years?[- ]old\b", re.I),
    re.compile(rf"(?:^|\s[-–—]\s)an?\s+{_AGE_NUMBER}[- ]years?[- ]old\b", re.I),
    re.compile(rf"\bwho\s+(?:has\s+)?turned\s+{_AGE_NUMBER}\b", re.I),
]
_LEAD_REACH = 60
"""Characters from a sentence's start within which "A 15-year-old girl" opens it (after a dateline)."""
_BEFORE_A_NAME = re.compile(r"^(?:\s*,?\s*[\w-]+){0,3}?\s*,?\s*$")
"""Between an age and the name it stands before, which takes it as its own: up to three words
("the 19-year-old Tyler Brandvold", "A 31-year-old man, Dustin Crowe"; not "the 24-year-old's
declaration of support for ...")."""


def unnamed_ages(parsed: Parsed, mentions: list[tuple[int, int, str]], persons: dict[str, str]) -> list[Age]:
    """Every age given to nobody named: "the 24-year-old's declaration", "the
    22-year-old Serbian star", a sentence opening "A 15-year-old girl missing for
    three days", "the suspect, who turned 24". An age standing just before a
    person's name is that person's (``ages``)."""
    text = parsed.sentence.text
    base = parsed.sentence.start
    found = []
    named = any(entity in persons for _, _, entity in mentions)
    for n, pattern in enumerate(_UNNAMED_AGE[:2] if named else _UNNAMED_AGE):
        for match in pattern.finditer(text):
            if n == 1 and match.start(1) > _LEAD_REACH:
                continue
            if any(entity in persons and 0 <= start - base - match.end() and _BEFORE_A_NAME.match(text[match.end() : start - base])
                   for start, _, entity in mentions):
                continue
            value = _age_value(match.group(1))
            if value is not None:
                found.append(Age(value, match.start(1), match.end(1)))
    return found


def ages(parsed: Parsed, mentions: list[tuple[int, int, str]], persons: dict[str, str]) -> list[Age]:
    """Every age the sentence gives a named person."""
    text = parsed.sentence.text
    base = parsed.sentence.start
    found: list[Age] = []
    used: set[int] = set()
    for start, end, entity in mentions:
        if entity not in persons:
            continue
        s, e = start - base, end - base
        if " " not in text[s:e] and fold(persons[entity].split()[-1]) != fold(text[s:e]) and " " in persons[entity]:
            continue  # a given name alone may be another member of the family ("Radovanović" is "Radovanovic"'s surname)
        after = text[e:]
        for pattern in _AFTER_NAME:
            match = pattern.match(after)
            if match:
                value = _age_value(match.group(1))
                if value is not None:
                    a, b = e + match.start(1), e + match.end(1)
                    found.append(Age(value, a, b, entity))
                    used.add(a)
                break
        for match in _BEFORE_NAME.finditer(text[:s]):
            if match.start(1) in used:
                continue
            gap_start, gap_end = match.end(), s
            gap = [t for t in parsed.tokens if gap_start + base <= t.start and t.end <= gap_end + base]
            if len(gap) > 6 or any(t.tag not in _APPOSITION_TAGS for t in gap):
                continue
            if any(t.text == "," for t in gap[:-1]) or re.search(r"['’]s\b", text[gap_start:gap_end]):
                continue
            if any(start2 - base >= gap_start and end2 - base <= gap_end for start2, end2, _ in mentions):
                continue
            value = _age_value(match.group(1))
            if value is not None:
                found.append(Age(value, match.start(1), match.end(1), entity))
                used.add(match.start(1))
    return found


# ---------------------------------------------------------------- counts

_CUES = {
    "killed": r"kill(?:ed|ing|s)?|dead|deaths?|died|die|dying|fatalities|death\s+toll|toll|perished|slain|murdered|massacred",
    "injured": r"injur(?:ed|ing|ies|y)|wound(?:ed|ing)|hurt|casualties",
    "missing": r"missing|unaccounted",
    "arrested": r"arrest(?:ed|s|ing)?|detain(?:ed|ing|ees)?|held|taken\s+into\s+custody",
    "rescued": r"rescu(?:ed|ing|es)|pulled\s+(?:out\s+)?alive|saved",
    "evacuated": r"evacuat(?:ed|ing|ion|ions)|ordered\s+to\s+leave",
    "displaced": r"displac(?:ed|ing|es)|homeless|fled|forced\s+from\s+their\s+homes",
}
_CUE = {name: re.compile(rf"\b(?:{pattern})\b", re.I) for name, pattern in _CUES.items()}
_NUMBER = re.compile(NUMBER_PATTERN, re.I)
_NOT_COUNTED = {
    "percent", "per", "cent", "%", "to", "of", "and", "or", "a", "the", "mile", "miles", "kilometer", "kilometers",
    "kilometre", "kilometres", "km", "meter", "meters", "metre", "metres", "feet", "foot", "ft", "yard", "yards",
    "mph", "kph", "degree", "degrees", "celsius", "fahrenheit", "inch", "inches", "pound", "pounds", "kg",
    "kilograms", "tons", "tonnes", "acres", "hectares", "dollars", "euros", "yen", "yuan", "times", "points",
    "percentage", "am", "pm", "gmt", "p.m.", "a.m.", "pesos", "rupees", "francs", "marks", "rubles", "roubles",
    "dollar", "euro", "pound", "cents", "pence",
}
_SKIP_AFTER = re.compile(
    r"^(?:\s+of\s+(?:the|those|them|these|its|their)\b|-[a-z]|\s*(?:%|percent|per\s+cent|-?years?[- ]old|[ap]\.?m\b|st\b|nd\b|rd\b|th\b|:\d|\.\d|/|-\d|(?:-|\s)?(?:caliber|calibre|mm)\b|(?:\s|-)?(?:million|billion)?\s*(?:dollars|euros|pounds|yuan|yen|francs|marks|rupees))|[a-z])",
    re.I,
)
_PART_AFTER = re.compile(r"^\s+other\b", re.I)
_PART_OF = re.compile(r"^\s+of\s+(?:the|those|them|these|its|their)\b", re.I)
_WHOLE_BEFORE = re.compile(rf"(?:\d|\b(?:{NUMBER_WORDS}))\s+of\s+(?:the|those|these|its|their)\s+$", re.I)
_RATE_AFTER = re.compile(r"^\s+[a-z]+\s+(?:an?|per|each)\s+(?:second|minute|hour|day|week|month|year)\b", re.I)
_PART_BEFORE = re.compile(r"\b(?:an?other|other|further|additional|remaining)\s+$", re.I)
_MONTH = re.compile(rf"\b{MONTH_PREFIX}\.?\s*$", re.I)
_CURRENCY_BEFORE = re.compile(r"(?:US\$|\$|£|€|¥|USD|EUR|GBP)\s*$")


_CAPACITY_BEFORE = re.compile(
    r"(?:\b(?:licen[cs]ed|permitted|allowed|designed|built|certified|rated|authori[sz]ed)\s+(?:to\s+(?:carry|hold|seat|take|accommodate|house)|for)"
    r"|\b(?:can|could|will)\s+(?:carry|hold|seat|take|accommodate|house)|\bcapacity\s+(?:of|was|is|for)|\broom\s+for)\s+(?:up\s+to\s+)?$", re.I)
"""How many something may hold ("licensed to carry 200 passengers", "its capacity was 200"),
another quantity than how many it held."""
_WORKFORCE_BEFORE = re.compile(
    r"\b(?:employs|employed|employing|workforce\s+of|staff\s+of)\s+(?:(?:about|around|some|nearly|almost|roughly|more\s+than|over)\s+)?$",
    re.I)
"""How many people a body employs ("employs about 600 workers"), its size, not how many a happening involved."""
_SAME_NOUN = {"soldier": "troop", "serviceman": "troop", "servicemen": "troop", "house": "home", "dwelling": "home",
              "firefighter": "firefighter", "fireman": "firefighter", "firemen": "firefighter"}
_PEOPLE = {"people", "persons", "others", "more", "residents", "civilians", "children", "adults", "men", "women",
           "passengers", "villagers", "inhabitants", "locals", "victims", "bystanders", "individuals"}
_CUE_AFTER = re.compile(
    r"^(?:\s+(?:[a-z]+\s+){0,2}?)?\s*(?:(?:were|are|was|is|have|has|had|been|being|still|remain|remained|reportedly|"
    r"reported|confirmed|feared|believed|presumed|now|also|later|all|so\s+far)\s+){0,3}$",
    re.I,
)


def singular(noun: str) -> str:
    """A counted noun in the singular, for grouping and display ("countries" -> "country");
    a few synonyms are one noun ("soldiers" and "troops" are "troop")."""
    found = _singular(noun)
    return _SAME_NOUN.get(found, found)


def _singular(noun: str) -> str:
    if noun.endswith("ies") and len(noun) > 4:
        return noun[:-3] + "y"
    if noun.endswith(("sses", "xes", "ches", "shes")):
        return noun[:-2]
    if noun.endswith("s") and not noun.endswith("ss") and len(noun) > 3:
        return noun[:-1]
    return noun


def _counted_noun(parsed: Parsed, end: int) -> tuple[str, str]:
    """The noun a number counts: the first noun after it, past at most two
    adjectives ("six different names", "three European borders"), or the head of
    the compound it opens ("14 rhino horns", "12 police officers")."""
    base = parsed.sentence.start
    skipped = 0
    for token in parsed.tokens:
        if token.start - base < end:
            continue
        if token.tag in ("NN", "NNS", "NNPS") and token.text[:1].isalpha():
            rest = parsed.tokens[parsed.tokens.index(token) + 1 :]
            if rest[:1] and rest[0].tag == "HYPH":
                return "", ""
            while token.tag == "NN" and rest and rest[0].tag in ("NN", "NNS") and rest[0].text.isalpha():
                token, rest = rest[0], rest[1:]  # a compound counts its head: "14 rhino horns" are horns
            return token.text.lower(), token.tag
        if token.tag in ("JJ", "VBN", "HYPH", "NNP") and skipped < 2:
            skipped += 1
            continue
        return "", ""
    return "", ""


@dataclass(frozen=True)
class Count:
    """A number that counts something: a toll ("killed", "injured", ...) or
    ``count`` of a noun; ``noun`` is the counted noun as written, "" if none."""

    attribute: Attribute
    value: float
    qualifier: str
    start: int
    end: int
    noun: str


TOLLS = tuple(_CUES)
"""The tolls: counts of the people a happening killed, injured, left missing, ..."""


def _is_year(raw: str, value: float) -> bool:
    return bool(re.fullmatch(r"\d{4}", raw)) and 1800 <= value <= 2100


_RELATIVE_CUE_AFTER = re.compile(
    r"^\s+(?:[a-z]+\s+)?(?:who|that)\s+(?:[\w'-]+\s+){1,5}?(?:have|has|had|were|was|are|is)\s+(?:(?:since|later|also|now|all)\s+)?$",
    re.I,
)
"""A relative clause between the counted people and their toll's verb ("Five patients who carried
the fungus have died"): the clause has a verb of its own before the auxiliary, so "three men who
killed ..." is no toll of the three."""


def _toll_after(right: str) -> str | None:
    """The toll a cue just after a number names ("12 people were killed",
    "12 are missing", "48 injured", "five patients who had the virus have died"), within its clause."""
    stop = re.search(r"[,;.]|\b(?:and|but|after|before|when|in|on|at|by|while|as|from|with)\b", right)
    scope = right[: stop.start()] if stop else right
    best = None
    for name, cue in _CUE.items():
        hit = cue.search(scope)
        lead = scope[: hit.start()] if hit else ""
        if hit and (_CUE_AFTER.match(lead) or _RELATIVE_CUE_AFTER.match(lead)) and (best is None or hit.start() < best[0]):
            best = (hit.start(), name)
    return best[1] if best else None


def _toll_before(left: str, noun: str) -> str | None:
    """The toll a cue just before a number names ("killing 12", "deaths of 12",
    "toll rose to 30"); across "and" only when the number counts people
    ("killed 3 and injured 12 others", not "evacuated and 250 soldiers deployed"), never
    across a word opening another clause ("were killed when 23 cars ...")."""
    digit = None
    for digit in re.finditer(r"\d", left):
        pass
    if digit:
        left = left[digit.end() :]
    best = None
    for name, cue in _CUE.items():
        last = None
        for cue_match in cue.finditer(left):
            last = cue_match
        if last is None or name == "arrested" and last.group(0).lower() == "held":
            continue
        gap = left[last.end() :]
        if re.search(r"[,;.]", gap) or len(gap.split()) > 3:
            continue
        if re.search(r"\b(?:at(?!\s+(?:least|most))|aged|were|was|are|is)\b", gap, re.I):
            continue  # "dead at 41" is an age; "the injured were of 19 nationalities" no toll
        if re.search(r"\b(?:and|but|while|or)\b", gap, re.I) and noun and noun not in _PEOPLE:
            continue
        if re.search(r"\b(?:when|after|before|because|since|until|as|if|where)\b", gap, re.I):
            continue  # "three people were killed when 23 cars ... ploughed": the number is another clause's
        if best is None or last.end() > best[0]:
            best = (last.end(), name)
    return best[1] if best else None


def counts(parsed: Parsed) -> list[Count]:
    """Numbers that count something: "killed"/"injured"/... for tolls, else
    ``count`` of the counted noun ("count:border")."""
    text = parsed.sentence.text
    tags = {t.start - parsed.sentence.start: t.tag for t in parsed.tokens}
    found = []
    for match in _NUMBER.finditer(text):
        raw = match.group(0)
        start, end = match.start(), match.end()
        value = parse_number(raw)
        after = text[end:]
        if value is None or raw.lower() == "a" or value == 0:
            continue
        if raw.lower() == "one" and not (re.match(r"\s+(?:[a-z]+\s+)?(?:was|is|has|had)\b", after, re.I) and _toll_after(after[:48])):
            continue  # "one" counts only in a toll of one ("One person was killed"), not "one of", "one day"
        before = text[max(0, start - 40) : start]
        part_of_toll = bool(_PART_OF.match(after)) and _toll_before(before[-28:], "") is not None
        if _SKIP_AFTER.match(after) and not part_of_toll or _MONTH.search(before) or _CURRENCY_BEFORE.search(before):
            continue
        whole = bool(_WHOLE_BEFORE.search(before))  # "five of the six people": six is everyone, a count
        if _is_year(raw, value) or re.match(r"^\s*(?:,|\))?\s*(?:\d{4}|[ap]\.?m)", after) and value <= 31:
            continue
        if re.search(r"\d\s*[-–]\s*$|[^\s)][-–]$", before) or re.match(r"^[-–]\d", after):
            continue
        if _PART_BEFORE.search(before) or _PART_AFTER.match(after) or _RATE_AFTER.match(after):
            continue  # "another 173", "two other officers": a part; "100,000 meteors an hour": a rate
        if tags.get(start, "CD") not in ("CD", "JJ", "NN", "DT", "NNP", "RB", "PRP"):
            continue
        noun, noun_tag = _counted_noun(parsed, end)
        # "killing five of the six people on board": the cue before counts the part (five), not everyone
        attribute = _toll_after(after[:48]) or (None if whole else _toll_before(before[-28:], noun))
        if attribute is None:
            if not noun or noun_tag not in ("NNS", "NN", "NNPS") or noun in _NOT_COUNTED:
                continue
            kept_apart = " capacity" if _CAPACITY_BEFORE.search(before) else " employed" if _WORKFORCE_BEFORE.search(before) else ""
            found_attribute = Attribute("count", singular(noun) + kept_apart)
        else:
            if value != int(value):
                continue
            found_attribute = Attribute(attribute)
        found.append(Count(found_attribute, value, qualifier_before(text, start), start, end, noun))
    return found


# ---------------------------------------------------------------- money, distance

_CURRENCIES = {"$": "USD", "us$": "USD", "usd": "USD", "£": "GBP", "gbp": "GBP", "€": "EUR", "eur": "EUR", "¥": "JPY",
               "dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR", "pounds": "GBP", "pound": "GBP",
               "yen": "JPY", "yuan": "CNY", "rupees": "INR", "francs": "CHF", "marks": "DEM"}
_MONEY_BEFORE = re.compile(r"(US\$|\$|£|€|¥|USD\s|EUR\s|GBP\s)\s?((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(?:\s?(million|billion|trillion|thousand|bn|m)\b)?", re.I)
_MONEY_AFTER = re.compile(rf"({NUMBER_PATTERN})\s+(?:(?:U\.?S\.?|American|Canadian|Australian|Hong\s+Kong)\s+)?(dollars?|euros?|pounds(?!\s+of)|yen|yuan|rupees|francs)\b", re.I)
_DISTANCE = re.compile(rf"({NUMBER_PATTERN}) (miles?|kilomet(?:er|re)s?|km|met(?:er|re)s?|feet|foot|ft|yards?)\b(?!\s*(?:per|an?\s+(?:hour|second|minute)|/))", re.I)
_TO_KM = {"mile": 1.609344, "kilometer": 1.0, "kilometre": 1.0, "km": 1.0, "meter": 0.001, "metre": 0.001,
          "feet": 0.0003048, "foot": 0.0003048, "ft": 0.0003048, "yard": 0.0009144}


@dataclass(frozen=True)
class Money:
    """A sum of money: ISO currency code and amount."""

    currency: str
    amount: float
    qualifier: str
    start: int
    end: int
    purpose: str = ""


@dataclass(frozen=True)
class Distance:
    """A distance in kilometres, with its unit as written."""

    km: float
    unit: str
    qualifier: str
    start: int
    end: int


_CONVERSION_GAP = re.compile(r"\s*[(,]\s*(?:about|around|roughly|some|approximately|nearly|almost|or|c\.|~)?\s*", re.I)
"""What stands between a sum and the same sum in another currency ("$2.5m (about £1.9m)")."""


def money(parsed: Parsed) -> list[Money]:
    """Sums of money, in digits after a currency sign or before a currency name,
    each with what it is for; a sum converted into another currency just after
    it ("$2.5m (about £1.9m)") is that sum again, not one of its own."""
    text = parsed.sentence.text
    found = []
    for match in _MONEY_BEFORE.finditer(text):
        amount = parse_number(match.group(2) + (" " + match.group(3) if match.group(3) else ""))
        if amount is not None:
            currency = _CURRENCIES.get(match.group(1).strip().lower(), "USD")
            found.append(Money(currency, amount, qualifier_before(text, match.start()), match.start(), match.end()))
    for match in _MONEY_AFTER.finditer(text):
        amount = parse_number(match.group(1))
        if amount is not None and not any(m.start <= match.start() < m.end for m in found):
            currency = _CURRENCIES.get(match.group(2).lower().rstrip("s"), _CURRENCIES.get(match.group(2).lower(), "USD"))
            found.append(Money(currency, amount, qualifier_before(text, match.start()), match.start(), match.end()))
    found.sort(key=lambda m: m.start)
    found = [m for n, m in enumerate(found) if not (n and _CONVERSION_GAP.fullmatch(text[found[n - 1].end : m.start])
                                                     and found[n - 1].currency != m.currency)]
    with_purposes: list[Money] = []
    for sum_ in found:
        previous = (with_purposes[-1].end, with_purposes[-1].purpose) if with_purposes else None
        with_purposes.append(replace(sum_, purpose=money_purpose(parsed, sum_.start, sum_.end, previous)))
    return with_purposes


def distances(parsed: Parsed) -> list[Distance]:
    """Distances in miles, kilometres, metres, feet or yards, in kilometres."""
    text = parsed.sentence.text
    found = []
    for match in _DISTANCE.finditer(text):
        value = parse_number(match.group(1))
        unit = match.group(2).lower()
        key = next((k for k in _TO_KM if unit.startswith(k)), None)
        if value is None or key is None:
            continue
        found.append(Distance(value * _TO_KM[key], unit, qualifier_before(text, match.start()), match.start(), match.end()))
    return found


# ---------------------------------------------------------------- clock times

_ZONE_WORDS = (r"GMT|UTC|Z|BST|IST|WET|WEST|CET|CEST|EET|EEST|MSK|EST|EDT|CST|CDT|MST|MDT|PST|PDT|AKST|AKDT|HST|"
               r"AEST|AEDT|ACST|AWST|NZST|NZDT|JST|KST|HKT|SGT|PKT|ET|CT|MT|PT|UK\s+time|British\s+time|"
               r"(?:Eastern|Central|Mountain|Pacific)(?:\s+(?:Standard|Daylight))?\s+[Tt]ime|local\s+time|[A-Z][a-z]+\s+time")
_CLOCK = re.compile(
    rf"\b(\d{{1,2}}|{NUMBER_WORDS})(?:[:.](\d{{2}}))?\s*(a\.?m\.?|p\.?m\.?|o'clock|in\s+the\s+(?:morning|afternoon|evening)|at\s+night)(?![\w])"
    r"|\b(noon|midday|midnight)\b"
    rf"|\b([01]?\d|2[0-3]):([0-5]\d)\b(?![:.,]?\d)(?!\s*(?:a\.?m|p\.?m)\b)"
    r"|\b([01]\d|2[0-3])([0-5]\d)\s*(?:hrs\b|hours\b|(?=(?-i:GMT|UTC|BST|CET|CEST|EST|EDT|CST|CDT|PST|PDT|ET|PT)\b))",
    re.I,
)
_TIME_LEAD = re.compile(r"\b(?:at|by|around|about|from|until|till|before|after|since|shortly|just|approximately|roughly)\s+$", re.I)
_ZONE = re.compile(rf"^\s*\(?\s*({_ZONE_WORDS})\b")
_FIXED_OFFSETS = {
    "gmt": 0, "utc": 0, "z": 0, "wet": 0, "west": 60, "bst": 60, "ist": 330, "cet": 60, "cest": 120, "eet": 120,
    "eest": 180, "msk": 180, "est": -300, "edt": -240, "cst": -360, "cdt": -300, "mst": -420, "mdt": -360,
    "pst": -480, "pdt": -420, "akst": -540, "akdt": -480, "hst": -600, "aest": 600, "aedt": 660, "acst": 570,
    "awst": 480, "nzst": 720, "nzdt": 780, "jst": 540, "kst": 540, "hkt": 480, "sgt": 480, "pkt": 300,
}
"""UTC offsets (minutes) of the zone abbreviations news copy uses; "IST" is India's, as wires mostly mean."""
_REGIONS = {
    "et": "America/New_York", "eastern": "America/New_York", "ct": "America/Chicago", "central": "America/Chicago",
    "mt": "America/Denver", "mountain": "America/Denver", "pt": "America/Los_Angeles", "pacific": "America/Los_Angeles",
    "uk": "Europe/London", "british": "Europe/London",
}
"""Zones named without saying whether summer time applies: their offset on the article's day."""
_UNIVERSAL = frozenset({"gmt", "utc", "z"})


@dataclass(frozen=True)
class ClockTime:
    """A clock time as "HH:MM", with its time zone as written ("" for local time)
    and, when the sentence gives it again in another zone in brackets
    ("10:40 a.m. local time (0840 GMT)"), that equivalent as (clock, zone)."""

    clock: str
    zone: str
    start: int
    end: int
    equivalent: tuple[str, str] | None = None


def _hour_minute(match: re.Match) -> tuple[int, int] | None:
    if match.group(4):
        return (0, 0) if match.group(4).lower() == "midnight" else (12, 0)
    if match.group(5):
        return int(match.group(5)), int(match.group(6))
    if match.group(7):
        return int(match.group(7)), int(match.group(8))
    hour_value = parse_number(match.group(1))
    if hour_value is None or not 0 < hour_value <= 12 or hour_value != int(hour_value):
        return None
    hour = int(hour_value)
    minute = int(match.group(2)) if match.group(2) else 0
    suffix = match.group(3).lower().replace(".", "")
    if minute > 59:
        return None
    if suffix.startswith("p") or "afternoon" in suffix or "evening" in suffix or "night" in suffix:
        hour = hour % 12 + 12 if hour != 12 else 12
        if "night" in suffix and hour_value < 5:
            hour = int(hour_value)
    elif suffix.startswith("a") or "morning" in suffix:
        hour = 0 if hour == 12 else hour
    return hour, minute


def clock_times(parsed: Parsed) -> list[ClockTime]:
    """Clock times of a sentence, 12- and 24-hour ("4.30pm", "16:30", "0815 GMT");
    a time given again in another zone in brackets ("3am (2am UK time)") is
    no time of its own but the equivalent of the one before it. A bare 24-hour
    "HH:MM" that is a score or a ratio ("won 2:15") is rare enough in news to be read as a time."""
    text = parsed.sentence.text
    found: list[ClockTime] = []
    for match in _CLOCK.finditer(text):
        read = _hour_minute(match)
        if read is None:
            continue
        hour, minute = read
        zone_match = _ZONE.match(text[match.end() :])
        zone = " ".join(zone_match.group(1).split()) if zone_match else ""
        if match.group(5) and not zone_match and not _TIME_LEAD.search(text[max(0, match.start() - 20) : match.start()]):
            continue  # a bare "2:15" that no "at" or zone marks as a time
        if zone.lower() == "local time":
            zone = ""
        clock = f"{hour:02d}:{minute:02d}"
        if text[: match.start()].rstrip().endswith("(") and found:
            if zone and found[-1].equivalent is None and found[-1].zone.lower() != zone.lower():
                found[-1] = replace(found[-1], equivalent=(clock, zone))
            continue
        found.append(ClockTime(clock, zone, match.start(), match.end()))
    return found


_CLOCK_HEDGES = (
    (re.compile(r"\b(?:(?:shortly|just|soon|not\s+long)\s+)?(?:before|until|by)\s+(?:about\s+)?$", re.I), "at most"),
    (re.compile(r"\b(?:(?:shortly|just|soon|not\s+long)\s+)?after\s+(?:about\s+)?$", re.I), "at least"),
)


def clock_qualifier(text: str, start: int) -> str:
    """How the words before a clock time hedge it: "shortly before noon" is at
    most noon, "just after 5:15pm" at least 5:15pm, "about 2:15" about."""
    before = text[max(0, start - 30) : start]
    for pattern, name in _CLOCK_HEDGES:
        if pattern.search(before):
            return name
    return "about" if qualifier_before(text, start) == "about" else "exact"


def zone_offset(zone: str, on: date | None) -> int | None:
    """UTC offset in minutes of a zone as written ("CDT", "ET", "Eastern time",
    "UK time") on the day ``on``; None for local time or a zone not known."""
    key = zone.lower().split()[0] if zone else ""
    if key in _FIXED_OFFSETS and (len(zone.split()) == 1 or key != "ist"):
        return _FIXED_OFFSETS[key]
    region = _REGIONS.get(key)
    if region is None:
        return None
    if "standard" in zone.lower():
        return {"America/New_York": -300, "America/Chicago": -360, "America/Denver": -420}.get(region, -480 if "Los" in region else 0)
    try:
        noon = datetime(on.year, on.month, on.day, 12) if on else datetime(2000, 1, 15, 12)
        offset = ZoneInfo(region).utcoffset(noon)
    except (ZoneInfoNotFoundError, ValueError):
        return None
    return int(offset.total_seconds() // 60) if offset is not None else None


def _minutes(clock: str) -> int:
    return int(clock[:2]) * 60 + int(clock[3:5])


def _clock(minutes: int) -> str:
    minutes %= 1440
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def story_times(clocks: Sequence[tuple[ClockTime, date | None]]) -> list[tuple[str, str]]:
    """Each clock time of a cluster as (value, unit), with its publication date
    given: one value per moment. The story's own zone is what its reports say
    local time is: a zone named with a local-looking time ("3:15 a.m. CDT"), or
    the offset a bracketed equivalent implies ("10:40 a.m. local time (0840
    GMT)"). Times in any known zone are then told in the story's zone, and
    unzoned times are taken as local (only when every report that says so agrees
    on the offset); ``unit`` is "" for all of those, so that
    "2:15am" and "3:15 a.m. CDT" are compared. Without a story zone, or in an
    unknown zone, a time keeps its zone as its unit."""
    votes: Counter = Counter()
    names: dict[int, Counter] = defaultdict(Counter)
    for clock, on in clocks:
        own = zone_offset(clock.zone, on)
        if clock.zone and own is not None and clock.zone.lower() not in _UNIVERSAL:
            votes[own] += 1
            names[own][clock.zone] += 1
        if clock.equivalent is not None and (own is None and not clock.zone or own is not None):
            other = zone_offset(clock.equivalent[1], on)
            if other is not None:
                implied = (_minutes(clock.clock) - (_minutes(clock.equivalent[0]) - other)) % 1440
                implied = implied - 1440 if implied > 840 else implied
                if own is None or own == implied:
                    votes[implied] += 1
    story = next(iter(votes)) if len(votes) == 1 else None  # reports that disagree on local time set none
    label = f" {names[story].most_common(1)[0][0]}" if story is not None and names[story] else ""
    found = []
    for clock, on in clocks:
        own = zone_offset(clock.zone, on) if clock.zone else None
        if story is not None and not clock.zone:
            found.append((clock.clock + label, ""))
        elif story is not None and own is not None:
            found.append((_clock(_minutes(clock.clock) - own + story) + label, ""))
        else:
            found.append((clock.clock + (f" {clock.zone}" if clock.zone else ""), clock.zone.lower()))
    return found


def money_display(currency: str, amount: float) -> str:
    """A sum as a fact's value: "USD 1,000,000"."""
    return f"{currency} {format_number(amount)}"


def distance_display(km: float) -> str:
    """A distance as a fact's value, in kilometres: "12.5 km"."""
    return f"{format_number(round(km, 2 if km < 10 else 1))} km"
