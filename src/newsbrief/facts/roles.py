"""A named person's role or office ("Ines Marlowe, the outgoing deputy mayor",
"former city treasurer Ines Marlowe", "Hebworth's mayor, Aileen McBride",
"Marlowe, who has served as deputy mayor"), and the articles that give one
person roles that cannot both be true.

Written by hand because the facts stage has part-of-speech tags and entity
spans but no parser: these surface patterns (appositive, title before the
name, "who is the ...", "the ... was NAME") are how news prose names a
person's post. Two roles agree when the words of one are among the other's
("leader" and "council leader"), after dropping time words ("former",
"outgoing") and the organisation's name; broad descriptions ("businessman",
"a 38-year-old nurse") are not roles.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from newsbrief.facts.compatible import side_disagreement
from newsbrief.facts.nlp import Parsed, Token
from newsbrief.facts.text import fold
from newsbrief.facts.values import Statement
from newsbrief.model import Attribute, Disagreement

ROLE = Attribute("role")
TITLED = "title"
"""The ``unit`` of a role statement written as a capitalised title before the name."""
_APART = 3
"""Days between two reports after which a person may have changed posts."""

_TIME_WORDS = frozenset(
    "former outgoing then ex current incumbent acting interim new newly longtime long-time off-duty retired "
    "sitting departing serving onetime one-time erstwhile".split()
)
_DESCRIPTIONS = frozenset(
    "businessman businesswoman businessmen entrepreneur politician official officials executive man woman men women "
    "boy girl teenager teen child resident residents worker workers employee employees veteran witness witnesses "
    "activist campaigner newcomer person people father mother son daughter friend neighbour neighbor victim "
    "suspect gunman survivor passenger passengers student member figure critic supporter terrorist attacker killer officer "
    "assailant shooter militant extremist jihadist dissident exile fugitive brother sister wife husband son "
    "daughter uncle aunt cousin nephew niece widow widower partner girlfriend boyfriend fiancee fiance grandmother "
    "grandfather community party region view champion winner favourite favorite".split()
)
"""Heads that describe a person rather than name a post ("executive", "the dead man"), unless ranked ("chief executive")."""
_RANKS = frozenset("chief deputy vice senior managing executive general assistant principal lead head".split())
_TITLES = frozenset(
    "mayor governor senator president minister secretary chief director chairman chairwoman chair commissioner sheriff "
    "judge sergeant sgt captain capt detective det inspector insp superintendent supt general gen colonel col "
    "lieutenant lt councillor councilor councilman councilwoman spokesman spokeswoman spokesperson treasurer deputy "
    "premier chancellor prosecutor manager coach representative rep sen gov commander constable marshal "
    "superintendent principal dean bishop".split()
)
"""Words that, capitalised before a name, are a title ("Deputy Mayor Ines Marlowe"); honorifics (Mr, Dr) are not."""
_TITLE_MODIFIERS = frozenset("Vice Deputy Assistant Acting Interim Former Police Fire Prime Foreign Interior Home Finance "
                             "Defence Defense Health Justice Transport Education State County City District Attorney "
                             "Executive Managing General Lord Chief Senior Head Press".split())
_SPANS = frozenset("second minute hour day week month year decade century time while period term".split())
_PHRASES = {"press secretary": "spokesperson", "press officer": "spokesperson", "chief executive officer": "chief executive"}
_SYNONYMS = {
    "spokesman": "spokesperson", "spokeswoman": "spokesperson", "attorney": "lawyer", "counsel": "lawyer",
    "solicitor": "lawyer", "chairman": "chair", "chairwoman": "chair", "chairperson": "chair",
    "ceo": "chief executive", "cfo": "chief financial officer", "coo": "chief operating officer",
    "sgt": "sergeant", "lt": "lieutenant", "capt": "captain", "gov": "governor", "sen": "senator",
    "det": "detective", "insp": "inspector", "supt": "superintendent", "boss": "chief",
    "mediator": "envoy", "negotiator": "envoy",
}
_MODIFIER_TAGS = ("NN", "NNS", "JJ", "VBN", "NNP", "VBG")
_DETERMINER = re.compile(r"(?:the|its|his|her|their)$", re.I)
_COPULA = re.compile(
    r"\s*,\s*who\s+(?:is|was|has\s+been|had\s+been|became)\s+"
    r"|(?:\s*,\s*who)?\s+(?:has\s+|had\s+|is\s+|was\s+|has\s+been\s+|had\s+been\s+)?serv(?:es|ed|ing)\s+as\s+",
    re.I,
)
"""What joins a name to its role in "Marlowe, who is the deputy mayor" and "Marsh has been serving as interim CFO"."""
_UPDATE = re.compile(r"\b(?:promoted|appointed|named|elected|became|newly|succeeded|took\s+over|now|since\s+been)\b", re.I)


@dataclass(frozen=True)
class Role:
    """``role`` (as written, without determiner) of ``person`` (an entity id), in
    sentence characters ``start:end``; ``inferred`` when the sentence names nobody
    and the role is the article's main person's."""

    person: str
    role: str
    start: int
    end: int
    inferred: bool = False
    titled: bool = False
    """Written as a capitalised title before the name ("Sen. Trent Lott", "Prime Minister X")."""


def role_key(role: str) -> frozenset[str]:
    """The words that say which post a role is: lower case, singular, synonyms
    made one, time words and (beside lower-case words) names dropped ("the former
    chief operating officer" -> {chief, operating, officer}, "spokeswoman" ->
    {spokesperson}, "Microsoft lawyer" -> {lawyer})."""
    words = []
    written = role.replace("'s", " ").replace("\u2019s", " ").split()
    if any(w[:1].islower() for w in written):
        written = [w for w in written if not w[:1].isupper()]  # "Microsoft lawyer" is a lawyer; "Deputy Mayor" stays
    folded = fold(" ".join(written))
    for phrase, one in _PHRASES.items():
        folded = folded.replace(phrase, one)
    for word in re.findall(r"[a-z][a-z'-]*", folded):
        if word in _TIME_WORDS or word in ("the", "of", "a", "an", "and", "at", "for"):
            continue
        word = _SYNONYMS.get(word, word)
        if word.endswith("s") and not word.endswith(("ss", "us")) and len(word) > 3:
            word = word[:-1]
        words.extend(word.split())
    return frozenset(words)


def _agree(a: frozenset[str], b: frozenset[str]) -> bool:
    return bool(a and b) and (a <= b or b <= a)


def _both_true(a: Statement, b: Statement) -> bool:
    """Two roles of one person can both be true: one's words are among the other's;
    one is a capitalised title and the other a description ("Sen. Trent Lott" /
    "the Senate majority leader"); or their reports are more than ``_APART`` days apart."""
    if _agree(role_key(a.value), role_key(b.value)):
        return True
    if (a.unit == TITLED) != (b.unit == TITLED):
        return True
    return a.published is not None and b.published is not None and abs((a.published - b.published).days) > _APART


def _word_ok(token: Token, entity_chars: set[int], first: bool) -> bool:
    """A word that can stand in a role: a lower-case noun or adjective, an
    organisation's or place's name ("RTWU", "Hebworth"), or a capital at the
    start of a sentence ("Chief executive Martin Hale")."""
    if token.start in entity_chars:
        return True
    if not token.text[:1].isalpha() or token.tag not in _MODIFIER_TAGS:
        return False
    return token.text[:1].islower() or first or token.text.isupper() and len(token.text) <= 5


def _quoted(before: str) -> bool:
    """Whether text ending here is inside curly quotation marks."""
    return before.count("\u201c") > before.count("\u201d")


def _is_title(token: Token) -> bool:
    """A capitalised title word ("Mayor", "Minister", "Sgt."), as US and wire styles write them before a name."""
    return token.text[:1].isupper() and fold(token.text).rstrip(".") in _TITLES


def _head_ok(token: Token) -> bool:
    """A role ends on a singular common noun that names a post, not a description or a span of time."""
    word = fold(token.text)
    if token.text.isupper() and word in _SYNONYMS:
        return True  # "CFO"
    return (token.tag == "NN" and token.text[:1].islower() and len(word) > 2 and word.isalpha()
            and word not in _SPANS)


class _Sentence:
    """The tokens of one sentence, by character, with what the patterns ask of them."""

    def __init__(self, parsed: Parsed, mentions: list[tuple[int, int, str]], kinds: dict[str, str]) -> None:
        self.parsed = parsed
        self.base = parsed.sentence.start
        self.tokens = parsed.tokens
        self.entity_chars: set[int] = set()
        self.organisation_chars: set[int] = set()
        for start, end, entity in mentions:
            if kinds.get(entity) != "PERSON":
                self.entity_chars.update(t.start for t in self.tokens if start <= t.start < end)
            if kinds.get(entity) == "ORG":
                self.organisation_chars.update(t.start for t in self.tokens if start <= t.start < end)
        self.first_char = self.tokens[0].start if self.tokens else 0

    def index_at(self, char: int) -> int:
        """Index of the first token starting at or after absolute character ``char``."""
        for i, token in enumerate(self.tokens):
            if token.start >= char:
                return i
        return len(self.tokens)

    def role_after(self, i: int, limit: int = 6) -> tuple[int, int] | None:
        """Tokens ``i:j`` of a role starting at token ``i`` (its last a noun), with a
        trailing "of ORGANISATION" kept; None if there is none."""
        j = i
        while j < len(self.tokens) and j - i < limit and _word_ok(self.tokens[j], self.entity_chars, False):
            j += 1
        while j > i and not _head_ok(self.tokens[j - 1]):
            j -= 1
        if j == i:
            return None
        for joining in ("of", "at", "for"):  # "head of communications at Acme"
            if j < len(self.tokens) and self.tokens[j].text == joining:
                j = self._organisation(j + 1, lower=joining == "of") or j
        return i, j

    def _organisation(self, k: int, lower: bool) -> int | None:
        """End of the organisation or field named from token ``k`` ("the Citizens' Fuel Alliance",
        "communications" when ``lower``), or None when there is none."""
        if k < len(self.tokens) and self.tokens[k].text.lower() == "the":
            k += 1
        end = k
        while end < len(self.tokens) and (
                self.tokens[end].start in self.entity_chars
                or self.tokens[end].text[:1].isupper() and self.tokens[end].tag.startswith("NNP")
                or lower and self.tokens[end].tag in ("NN", "NNS") and self.tokens[end].text[:1].islower()
                or self.tokens[end].tag == "POS" and end + 1 < len(self.tokens) and self.tokens[end + 1].text[:1].isupper()):
            end += 1
        return end if end > k else None

    def role_before(self, j: int) -> tuple[int, int] | None:
        """Tokens ``i:j`` of a title written just before a name ("RTWU general secretary",
        "Deputy Mayor", "Interior Minister": a capitalised title ends on a word of ``_TITLES``)."""
        if j == 0:
            return None
        if _is_title(self.tokens[j - 1]):
            i = j - 1
            while i > 0 and j - i < 4 and (self.tokens[i - 1].start in self.entity_chars or _is_title(self.tokens[i - 1])
                                          or self.tokens[i - 1].text in _TITLE_MODIFIERS):
                i -= 1
            return i, j
        if not _head_ok(self.tokens[j - 1]):
            return None
        i = j - 1
        while i > 0 and j - i < 5 and _word_ok(self.tokens[i - 1], self.entity_chars, i - 1 == 0):
            i -= 1
        return i, j

    def text(self, i: int, j: int) -> str:
        return self.parsed.sentence.text[self.tokens[i].start - self.base : self.tokens[j - 1].end - self.base]

    def ends_phrase(self, j: int) -> bool:
        """An appositive ends at a comma or the sentence's end, not on a verb ("Scata, the press conference heard")."""
        return j >= len(self.tokens) or self.tokens[j].text in (",", ".", ";", ":", ")")


def _skip_determiner(sentence: _Sentence, i: int) -> tuple[int, bool]:
    """Index after a determiner or a possessive ("the", "its", "Hebworth's"), and whether there was one."""
    tokens = sentence.tokens
    if i < len(tokens) and _DETERMINER.match(tokens[i].text):
        i += 1
        for k in range(i, min(i + 3, len(tokens))):
            if tokens[k].tag == "POS":
                return k + 1, True  # "the company's", "the RTWU's"
            if not tokens[k].text[:1].isalnum():
                break
        return i, True
    k = i
    while k < len(tokens) and (tokens[k].start in sentence.entity_chars or tokens[k].text[:1].isupper()) and tokens[k].tag != "POS":
        k += 1
    if k > i and k < len(tokens) and tokens[k].tag == "POS" and k - i <= 4:
        return k + 1, True
    return i, False


def roles(parsed: Parsed, mentions: list[tuple[int, int, str]], kinds: dict[str, str], main_person: str | None = None) -> list[Role]:
    """Every role the sentence gives a named person (or, when it names no
    person, gives "the chief financial officer of ..." or "she was the ..."
    to ``main_person``, the article's main person)."""
    if not parsed.tokens:
        return []
    sentence = _Sentence(parsed, mentions, kinds)
    text = parsed.sentence.text
    base = sentence.base
    people = sorted((s, e, entity) for s, e, entity in mentions if kinds.get(entity) == "PERSON")
    starts = {sentence.index_at(s): entity for s, _, entity in people}
    found: list[Role] = []

    def add(person: str, span: tuple[int, int] | None, inferred: bool = False) -> None:
        if span is None:
            return
        i, j = span
        if text[: sentence.tokens[i].start - base].count("\"") % 2 or _quoted(text[: sentence.tokens[i].start - base]):
            return  # inside a quotation
        head = next((k for k in range(j - 1, i - 1, -1) if _head_ok(sentence.tokens[k])), j - 1)
        if fold(sentence.tokens[head].text) in _DESCRIPTIONS and not any(
                fold(sentence.tokens[k].text) in _RANKS for k in range(i, head)):
            return  # "businessman Tomasz Wierzbicki", "the dead man", but "chief executive Martin Hale"
        found.append(Role(person, sentence.text(i, j), sentence.tokens[i].start - base, sentence.tokens[j - 1].end - base,
                          inferred, _is_title(sentence.tokens[j - 1])))

    for start, end, person in people:
        first, after = sentence.index_at(start), sentence.index_at(end)
        if after < len(sentence.tokens) and sentence.tokens[after].tag == "POS":
            continue  # "Mistry's widow": the name only says whose
        # "Marlowe, the deputy mayor," / "Aileen McBride, leader of Hebworth council,"
        k = after
        if k < len(sentence.tokens) and sentence.tokens[k].text == ",":
            k += 1
            if k + 1 < len(sentence.tokens) and sentence.tokens[k].tag == "CD" and sentence.tokens[k + 1].text == ",":
                k += 2
            if k + 1 < len(sentence.tokens) and sentence.tokens[k].text.lower() in ("until", "since") and sentence.tokens[k + 1].tag.startswith("NNP"):
                k += 2
            k, determined = _skip_determiner(sentence, k)
            span = sentence.role_after(k)
            if span and not sentence.ends_phrase(span[1]) and sentence.tokens[span[1]].text == "and":
                second = sentence.role_after(span[1] + 1)  # "Kell, SkyReach's founder and chairman,"
                span = (span[0], second[1]) if second and sentence.ends_phrase(second[1]) else span
            if span and (determined or " of " in sentence.text(*span)) and sentence.ends_phrase(span[1]):
                listed = span[1] + 1 in starts and sentence.tokens[span[1]].text == ","
                if not listed:
                    add(person, span)
        # "Marlowe, who has served as deputy mayor" / "Owen Marsh has been serving as interim CFO"
        copula = _COPULA.match(text[end - base :])
        if copula:
            k, determined = _skip_determiner(sentence, sentence.index_at(end + copula.end()))
            if determined or copula.group(0).rstrip().endswith("as"):
                add(person, sentence.role_after(k))
        # "former city treasurer Ines Marlowe", "the architect Jordi Pujadas" (a full name: not "the weapon Amri carried")
        if " " in text[start - base : end - base].strip():
            add(person, sentence.role_before(first))
        # "Its spokeswoman, Katja Lindqvist," / "The captain was Gunnar Lie"
        closed = after >= len(sentence.tokens) or sentence.tokens[after].text in (",", ".", ";") 
        if first >= 2 and (sentence.tokens[first - 1].text == "," and closed or sentence.tokens[first - 1].text in ("was", "is")):
            j = first - 1
            span = sentence.role_before(j)
            if span:
                i, _ = span
                while i < j and not _head_ok(sentence.tokens[i]) and sentence.tokens[i].start not in sentence.entity_chars and sentence.tokens[i].tag not in ("JJ", "NN", "NNS"):
                    i += 1
                before = sentence.tokens[i - 1].text if i > 0 else ""
                start_of_phrase = next((k for k in range(i - 1, -1, -1) if sentence.tokens[k].text.lower() in ("the", "its", "his", "her", "their")), i - 1)
                governed = start_of_phrase > 0 and sentence.tokens[start_of_phrase - 1].tag in ("IN", "TO") and sentence.tokens[start_of_phrase - 1].text.lower() != "by"
                copular = sentence.tokens[first - 1].text in ("was", "is")
                if governed or copular and start_of_phrase > 0:
                    continue  # "a member of the dissident community, Xu Wenli"; "out of the cockpit is Estrada"
                if before.lower() in ("the", "its", "his", "her", "their") or (i > 0 and sentence.tokens[i - 1].tag == "POS"):
                    opener = next((t for t in reversed(sentence.tokens[:i]) if t.tag != "POS" and t.text.lower() not in ("the", "its", "his", "her", "their")
                                   and t.start not in sentence.entity_chars and not (t.tag.startswith("NN") and t.text[:1].islower())), None)
                    if opener is None or not opener.tag.startswith(("VB", "WP", "WDT")):
                        add(person, (i, j))  # not "The farmer who owns the property, Glen Hostetler"
    if not people and main_person:
        # "The chief financial officer of Veltrane Logistics ... has been charged" / "She was the company's ..."
        lede = next((i + 1 for i, t in enumerate(sentence.tokens[:15]) if t.text in ("-", "--", "\u2013", "\u2014")), 0)
        k, determined = _skip_determiner(sentence, lede)  # after a dateline ("NEW YORK, March 12 (GPS) - ")
        span = sentence.role_after(k)
        if determined and span and " of " in sentence.text(*span) and sentence.tokens[span[1] - 1].start in sentence.organisation_chars:
            add(main_person, span, inferred=True)
        pronoun = re.match(r"(?:she|he)\s+(?:is|was)\s+", text, re.I)
        if pronoun:
            k, determined = _skip_determiner(sentence, sentence.index_at(base + pronoun.end()))
            if determined:
                add(main_person, sentence.role_after(k), inferred=True)
    unique: dict[tuple[str, int], Role] = {}
    for role in found:
        if role_key(role.role):
            unique.setdefault((role.person, role.start), role)
    return list(unique.values())


def role_disagreements(statements: list[Statement]) -> list[Disagreement]:
    """A disagreement for each person to whom two articles give roles that
    cannot both be true (neither role's words are among the other's)."""
    by_person: dict[str, list[Statement]] = defaultdict(list)
    for s in statements:
        if s.attribute == ROLE:
            by_person[s.subject].append(s)
    found = []
    for group in by_person.values():
        found_one = side_disagreement(group, lambda a, b: _agree(role_key(a.value), role_key(b.value)), _both_true,
                                      lambda s: bool(_UPDATE.search(s.evidence.sentence.text)))
        if found_one:
            found.append(found_one)
    return found
