"""Who said a quotation: the speech verb and the words naming the speaker
around it (", Minniti said", "Mr Minniti said:", "according to", a live-blog
label "Merkel: ..."), resolved to an entity of the article through pronouns
("he said": the person the passage is about) and roles ("said the minister":
the minister named earlier)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsbrief.facts.entities import Resolved
from newsbrief.facts.nlp import Parsed
from newsbrief.facts.quotes.marks import MARKS, Found
from newsbrief.model import Article

SPEECH = (
    r"said|says|say|told|tells|added|adds|stated|states|asked|asks|explained|explains|noted|notes|insisted"
    r"|insists|warned|warns|declared|declares|announced|announces|wrote|writes|tweeted|continued|recalled"
    r"|argued|argues|claimed|claims|replied|responded|acknowledged|admitted|observed|remarked|shouted|shouting"
    r"|yelled|urged|urges|confirmed|reported|quoted|saying|testified|concluded|conceded|cautioned|complained"
    r"|predicted|vowed|promised|emphasi[sz]ed|emphasi[sz]es|stressed|stresses|pleaded|boasted|joked|suggested"
    r"|agreed|countered|reiterated|indicated|explaining|adding|telling|recalls|describes|described|commented"
    r"|reporting|reports|reads|read"
)
SPEECH_VERB = re.compile(rf"\b(?:{SPEECH})\b", re.IGNORECASE)
_PRONOUNS = {"he", "she", "they", "him", "her", "we", "i"}
_SIGNATURE = re.compile(r"^\s*[-—–]\s*[\"“]?(?P<who>[A-Z][\w’' -]{1,40}?)[\"”]?\s*$")
_AFTER_VERB_FIRST = re.compile(rf"^[\s'’`]*[,.!?—–-]*\s*(?:{SPEECH})\s+(?P<who>[^,.;:!?\"“”]{{1,80}}?)(?=\s*(?:[,.;:!?\"“”]|$)|\s+(?:in|at|on|during|after|before|to|of|as|when|who|and|from|via)\b)", re.I)
_AFTER_WHO_FIRST = re.compile(rf"^[\s'’`]*[,.!?—–-]*\s*(?P<who>[^,.;:!?\"“”]{{1,80}})\s+(?:\w+\s+)?(?:{SPEECH})\b(?P<rest>[^.!?\"“”]{{0,80}})", re.I)
_ACCORDING = re.compile(r"^\s*[,.]?\s*according\s+to\s+(?P<who>[^,.;:!?\"“”]{1,80})", re.I)
_BEFORE = re.compile(rf"(?P<who>[^.;!?\"“”]{{1,160}})\s+(?:\w+\s+){{0,2}}?(?:{SPEECH})\b(?P<rest>[^.;!?\"“”]{{0,70}}?)[:,]?\s*$", re.I)
_LABEL = re.compile(r"(?P<who>[^.;!?\"“”:]{1,60}):\s*$")
_OBJECT_PRONOUN = re.compile(r"\b(?:him|her|them)\s+as\s+saying\b", re.I)
_NAME_SAID = re.compile(rf"(?:^|[,;]\s*)(?P<who>[^,;\"“”]{{1,60}})(?:,\s*who)?\s+(?:\w+\s+)?(?:{SPEECH})\b", re.I)
_ROLE = re.compile(r"^(?:the|a|an|one|another)\s+(?:[\w-]+\s+){0,3}?(?P<role>[\w-]+)(?:\s+(?:for|of|at|from|with|in)\b.*)?$", re.I)
_FINITE = {"VBD", "VBZ", "VBP", "MD"}


_HUMAN_SUBJECT = re.compile(
    r"^(?:an?|the|one|another)\s+(?:[\w'’-]+\s+){0,3}?(?:spokes(?:wo)?man|spokesperson|official|minister|officer|source|witness"
    r"|president|chief|leader|prosecutor|lawyer|attorney|mother|father|brother|sister|wife|husband|son|daughter|friend"
    r"|neighbou?r|resident|doctor|surgeon|expert|analyst|director|head|chairman|secretary|governor|mayor|senator|judge"
    r"|commander|general|man|woman|reporter|journalist|survivor|victim|suspect|teacher|student|colleague|relative"
    r"|agent|investigator|detective|diplomat|ambassador|dealer|owner|worker|employee|passenger|pilot|priest)\b"
    r"(?:\s+(?:for|of|at|from|with|in)\s+[^,.;]{1,50})?(?=\s|,|$)",
    re.I,
)


def _possessive(text: str, end: int) -> bool:
    return text[end : end + 2] in ("'s", "’s")


_ABBREVIATION = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Prof|St|Jr|Sr|Brig|Maj|Adm|Rev|No)\.|\b(?:[A-Z]\.){2,}")


def mask_abbreviations(text: str) -> str:
    """The text with the dots of abbreviations ("Ms.", "U.K.") replaced, offsets unchanged."""
    return _ABBREVIATION.sub(lambda m: m.group(0).replace(".", "·"), text)


class ArticleSpeakers:
    """Speaker lookup within one article: its sentences and entity mentions in reading order."""

    def __init__(self, article: Article, parsed: Sequence[Parsed], indices: list[int], resolved: Resolved, kinds: dict[str, str]):
        self.id = article.id
        self.text = article.text
        self.masked = mask_abbreviations(article.text)
        self.parsed = [parsed[p] for p in indices]
        self.mentions = sorted(m for p in indices for m in resolved.by_sentence[p])
        self.kinds = kinds
        self.speakers: list[tuple[int, str | None, str | None]] = []
        self.subjects: list[tuple[int, str | None, str | None]] = []
        for p in indices:
            item = parsed[p]
            finite = next((t.start for t in item.tokens if t.tag in _FINITE), item.sentence.end)
            for start, end, entity in resolved.by_sentence[p]:
                if start < finite and kinds.get(entity) == "PERSON" and not _possessive(self.text, end):
                    self.subjects.append((item.sentence.start, entity, None))
                    break
            else:
                head = self.text[item.sentence.start : finite]
                role = _HUMAN_SUBJECT.match(head)
                if role:
                    self.subjects.append((item.sentence.start, None, role.group(0).strip()))

    def sentence_of(self, position: int) -> tuple[int, int]:
        """(start, end) of the sentence holding ``position``; (position, position) if none does."""
        for item in self.parsed:
            if item.sentence.start <= position < item.sentence.end:
                return item.sentence.start, item.sentence.end
        return position, position

    def parsed_at(self, position: int) -> Parsed | None:
        """The parsed sentence holding ``position``, if the facts stage reads one there."""
        for item in self.parsed:
            if item.sentence.start <= position < item.sentence.end:
                return item
        return None

    def in_sentence(self, position: int) -> bool:
        """Whether ``position`` is inside a sentence the facts stage reads (not page furniture)."""
        return self.sentence_of(position) != (position, position)

    def named_in(self, start: int, end: int, quotes: list[tuple[int, int]]) -> tuple[str, tuple[int, int]] | None:
        """The first person named in ``start:end`` outside quotations (an
        organisation when no person is named; never a place)."""
        organisation = None
        for m_start, m_end, entity in self.mentions:
            if m_start < start or m_end > end or any(q0 <= m_start < q1 for q0, q1 in quotes) or _possessive(self.text, m_end):
                continue
            if self.kinds.get(entity) == "PERSON":
                return entity, (m_start, m_end)
            if self.kinds.get(entity) == "ORG" and organisation is None:
                organisation = (entity, (m_start, m_end))
        return organisation

    def pronoun(self, position: int) -> tuple[str | None, str | None]:
        """Whom "he" or "she" at ``position`` most likely means: the person
        named as subject of this or the previous sentence; else whoever was
        last quoted nearby; else the nearest earlier sentence's person subject
        (named, or "a spokeswoman"), a few sentences back at most."""
        starts = [item.sentence.start for item in self.parsed if item.sentence.start <= position]
        recent = starts[-2] if len(starts) >= 2 else 0
        horizon = starts[-6] if len(starts) >= 6 else 0
        for start, entity, role in reversed(self.subjects):
            if recent <= start <= position and entity:
                return entity, role
        for end, entity, role in reversed(self.speakers):
            if end <= position and self.text.count("\n\n", end, position) <= 3 and (entity or role):
                return entity, role
        for start, entity, role in reversed(self.subjects):
            if horizon <= start <= position:
                return entity, role
        return None, None

    def role(self, role: str, position: int) -> tuple[str, tuple[int, int]] | None:
        """The person last named with this role in front of the name ("minister Marco Minniti")."""
        for m_start, m_end, entity in reversed(self.mentions):
            if m_end > position or self.kinds.get(entity) != "PERSON":
                continue
            lead = self.text[max(0, m_start - 40) : m_start]
            if re.search(rf"(?i:\b{re.escape(role)}s?)(?:\s+(?:for|of)\s+[A-Z][\w.'’-]*)?\s*,?\s+(?:[A-Z][\w.'’-]*\s+){{0,3}}$", lead):
                return entity, (m_start, m_end)
        return None


def _by_pronoun(found: Found, article: ArticleSpeakers) -> bool:
    entity, role = article.pronoun(found.start)
    if entity:
        found.speaker_id = entity
        return True
    if role:
        head = _ROLE.match(role)
        named = article.role(head.group("role").lower(), found.start) if head else None
        if named:
            found.speaker_id = named[0]
        else:
            found.speaker_text = role
        return True
    return False


_CLAUSE_OPENERS = ("who ", "whose ", "which ", "where ", "when ", "while ", "a ", "an ", "the ", "another ", "one ",
                   "writing ", "speaking ", "quoted ", "asked ", "adding ")


def _clauses(who: str, who_start: int) -> list[tuple[str, int]]:
    """Comma-separated parts of the words before a speech verb, with their offsets."""
    parts, offset = [], who_start
    for part in who.split(","):
        parts.append((part, offset))
        offset += len(part) + 1
    return parts


def speaker(found: Found, who: str, who_start: int, article: ArticleSpeakers, quotes: list[tuple[int, int]], before: bool = False) -> bool:
    """Fill in the speaker from the words naming them; False if they name nobody.
    Before a verb ("Sean McCormack, a spokesman for the United States, said")
    the speaker is the clause that is the verb's subject, not an appositive or
    relative clause after it."""
    stripped = who.strip()
    if not stripped:
        return False
    lead = stripped.split(" ", 1)[0].lower()
    last = stripped.rstrip(",").split()[-1].lower() if stripped.rstrip(",") else ""
    if (lead in _PRONOUNS and lead not in ("him", "her")) or last in _PRONOUNS or _OBJECT_PRONOUN.search(who):
        return _by_pronoun(found, article)
    if before:
        parts = [(p, o) for p, o in _clauses(who, who_start) if p.strip()]
        if parts and not who.rstrip().endswith(","):
            subject, offset = parts[-1]
            named = article.named_in(offset, offset + len(subject), quotes)
            if named:
                found.speaker_id, found.speaker_span = named
                return True
            if _ROLE.match(subject.strip()) and len(subject.split()) <= 8:
                return _by_role(found, subject, offset, article)
        for part, offset in reversed(parts):
            if part.strip().lower().startswith(_CLAUSE_OPENERS):
                continue
            named = article.named_in(offset, offset + len(part), quotes)
            if named:
                found.speaker_id, found.speaker_span = named
                return True
    named = article.named_in(who_start, who_start + len(who), quotes)
    if named:
        found.speaker_id, found.speaker_span = named
        return True
    if _ROLE.match(stripped) and len(stripped.split()) <= 8:
        return _by_role(found, who, who_start, article)
    return False


def _by_role(found: Found, who: str, who_start: int, article: ArticleSpeakers) -> bool:
    """A speaker named by role: the person named earlier with that role, else the words themselves."""
    stripped = who.strip()
    role = _ROLE.match(stripped)
    resolved = article.role(role.group("role").lower(), found.start) if role else None
    if resolved:
        found.speaker_id = resolved[0]
        return True
    offset = who_start + who.index(stripped)
    found.speaker_text, found.speaker_span = stripped, (offset, offset + len(stripped))
    return True


def attribute(found: Found, article: ArticleSpeakers, quotes: list[tuple[int, int]], label: tuple[str, tuple[int, int]] | None) -> None:
    """Find who said a quotation: after it (", Minniti said"), before it
    ("Mr Minniti said:"), at the end of a paragraph introducing it ("Ms North
    says:"), from a live-blog label, in that order."""
    text, masked = article.text, article.masked
    closing = found.end + 1 if found.end < len(text) and text[found.end] in MARKS else found.end
    after = masked[closing : closing + 160].split("\n")[0]
    signature = _SIGNATURE.match(after)
    if signature:
        who = signature.group("who")
        if not speaker(found, who, closing + signature.start("who"), article, quotes):
            found.speaker_text = who.strip()
        return
    content_end = text[found.start : found.end].rstrip()[-1:]
    for pattern in (_AFTER_VERB_FIRST, _AFTER_WHO_FIRST, _ACCORDING):
        match = pattern.match(after)
        if not match:
            continue
        who = match.group("who")
        if len(who.split()) > 9:
            continue
        if content_end in ".!" and pattern is _AFTER_WHO_FIRST and not re.match(r"\s*(?:[.,]|$|\s(?:in|at|on|during|to))", match.group("rest")):
            continue
        if content_end in ".!" and after[:1].isspace() and pattern is _AFTER_VERB_FIRST:
            continue
        if speaker(found, who, closing + match.start("who"), article, quotes):
            return
    opening = found.start - 1 if found.start and text[found.start - 1] in MARKS else found.start
    line_start = text.rfind("\n", 0, opening) + 1
    s_start, s_end = article.sentence_of(opening)
    begin = max(line_start, s_start if s_start < opening else line_start)
    for previous in quotes:
        if begin <= previous[1] < opening:
            begin = previous[1] + 1
    before = masked[begin:opening]
    if not before.strip() and begin == line_start and line_start > 1:
        # A paragraph ending "... says:" introduces the quotation that follows it.
        previous_start = text.rfind("\n", 0, line_start - 1)
        previous_start = text.rfind("\n", 0, previous_start) + 1 if previous_start > 0 and not text[previous_start:line_start].strip() else previous_start + 1
        paragraph = masked[previous_start : line_start].rstrip()
        if paragraph.endswith(":") and not any(ch in paragraph for ch in MARKS):
            sentence_start = max(paragraph.rfind(". ") + 2 if ". " in paragraph else 0, 0)
            begin, before = previous_start + sentence_start, paragraph[sentence_start:]
    if before.strip():
        if _OBJECT_PRONOUN.search(before) and _by_pronoun(found, article):
            return
        match = _BEFORE.search(before) or _LABEL.search(before)
        if match and speaker(found, match.group("who"), begin + match.start("who"), article, quotes, before=True):
            return
    # A quotation inside a sentence whose speech verb comes later ("... “absolutely
    # no doubt” that the man was Amri, minister Marco Minniti said").
    rest = masked[closing : max(s_end, closing)]
    for match in _NAME_SAID.finditer(rest):
        if speaker(found, match.group("who"), closing + match.start("who"), article, quotes):
            return
    if label:
        found.speaker_id, found.speaker_span = label


def paragraph_label(text: str, p_start: int, p_end: int, article: ArticleSpeakers) -> tuple[str, tuple[int, int]] | None:
    """A live-blog paragraph opening with a speaker and a colon ("Merkel: ...")."""
    head = text[p_start : min(p_end, p_start + 80)]
    colon = head.find(":")
    if colon <= 0 or len(head[:colon].split()) > 6 or any(ch in head[:colon] for ch in MARKS):
        return None
    return article.named_in(p_start, p_start + colon, [])


def carry_speakers(found: list[Found], text: str) -> None:
    """Give an unattributed quotation (in reading order) the speaker of the one
    before it when it carries on from it: the next paragraph, or the same
    paragraph after a few words or a speech verb."""
    previous: Found | None = None
    for item in found:
        if not (item.speaker_id or item.speaker_text) and previous is not None:
            gap = text[previous.end : item.start]
            carries_on = re.fullmatch(r"[\s\"“”,.]*", gap) and "\n" in gap
            same_paragraph = (
                ("\n" not in gap and ((len(gap.split()) <= 20 and SPEECH_VERB.search(gap)) or len(gap.split()) <= 4))
                or (gap.count("\n") <= 2 and len(gap.split()) <= 4 and SPEECH_VERB.search(gap))
            )
            if carries_on or same_paragraph:
                item.speaker_id, item.speaker_text = previous.speaker_id, previous.speaker_text
        previous = item
