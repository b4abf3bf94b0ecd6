"""Direct quotations, their speakers, and the same quotation carried by several outlets.

Written by hand because no offline library attributes quotations: spaCy has no
quote component, and the conventions are news conventions (a quotation running
over paragraphs opens each one and closes only the last; "Merkel: ..." in a
live blog; "..., he said" pointing back to the person the story is about;
"said the minister" pointing to the minister named earlier). rapidfuzz
decides when two outlets' copies are one quotation.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from newsbrief.facts.config import FactsConfig
from newsbrief.facts.entities import Resolved
from newsbrief.facts.nlp import Parsed
from newsbrief.facts.text import fold
from newsbrief.model import Article, Quote, QuoteSource, Span
from newsbrief.split import STOPWORDS

SPEECH = (
    r"said|says|say|told|tells|added|adds|stated|states|asked|asks|explained|explains|noted|notes|insisted"
    r"|insists|warned|warns|declared|declares|announced|announces|wrote|writes|tweeted|continued|recalled"
    r"|argued|argues|claimed|claims|replied|responded|acknowledged|admitted|observed|remarked|shouted|shouting"
    r"|yelled|urged|urges|confirmed|reported|quoted|saying|testified|concluded|conceded|cautioned|complained"
    r"|predicted|vowed|promised|emphasi[sz]ed|emphasi[sz]es|stressed|stresses|pleaded|boasted|joked|suggested"
    r"|agreed|countered|reiterated|indicated|explaining|adding|telling|recalls|describes|described|commented"
    r"|reporting|reports|reads|read"
)
_SPEECH = re.compile(rf"\b(?:{SPEECH})\b", re.IGNORECASE)
_PRONOUNS = {"he", "she", "they", "him", "her", "we", "i"}
_MARKS = '"“”'
_SIGNATURE = re.compile(r"^\s*[-—–]\s*[\"“]?(?P<who>[A-Z][\w’' -]{1,40}?)[\"”]?\s*$")
_AFTER_VERB_FIRST = re.compile(rf"^[\s'’`]*[,.!?—–-]*\s*(?:{SPEECH})\s+(?P<who>[^,.;:!?\"“”]{{1,80}}?)(?=\s*(?:[,.;:!?\"“”]|$)|\s+(?:in|at|on|during|after|before|to|of|as|when|who|and|from|via)\b)", re.I)
_AFTER_WHO_FIRST = re.compile(rf"^[\s'’`]*[,.!?—–-]*\s*(?P<who>[^,.;:!?\"“”]{{1,80}})\s+(?:\w+\s+)?(?:{SPEECH})\b(?P<rest>[^.!?\"“”]{{0,80}})", re.I)
_ACCORDING = re.compile(r"^\s*[,.]?\s*according\s+to\s+(?P<who>[^,.;:!?\"“”]{1,80})", re.I)
_BEFORE = re.compile(rf"(?P<who>[^.;!?\"“”]{{1,160}})\s+(?:\w+\s+){{0,2}}?(?:{SPEECH})\b(?P<rest>[^.;!?\"“”]{{0,70}}?)[:,]?\s*$", re.I)
_LABEL = re.compile(r"(?P<who>[^.;!?\"“”:]{1,60}):\s*$")
_OBJECT_PRONOUN = re.compile(r"\b(?:him|her|them)\s+as\s+saying\b", re.I)
_NAME_SAID = re.compile(rf"(?:^|[,;]\s*)(?P<who>[^,;\"“”]{{1,60}})(?:,\s*who)?\s+(?:\w+\s+)?(?:{SPEECH})\b", re.I)
_FIRST_PERSON_SAID = re.compile(
    rf"^(?P<quote>(?:I|We|My|Our|I'm|We're|I’m|We’re)\b[^\"“”]{{10,}}?),\s+(?P<who>[^,\"“”]{{1,60}}?)\s+(?:{SPEECH})\.?$"
)
_ROLE = re.compile(r"^(?:the|a|an|one|another)\s+(?:[\w-]+\s+){0,3}?(?P<role>[\w-]+)(?:\s+(?:for|of|at|from|with|in)\b.*)?$", re.I)
_UNMARKED = re.compile(rf"\b(?:{SPEECH})\b[^:.\"“”]{{0,60}}:\s*$", re.IGNORECASE)
_FINITE = {"VBD", "VBZ", "VBP", "MD"}


@dataclass
class _Found:
    article_id: str
    start: int
    end: int
    marked: bool
    speaker_id: str | None = None
    speaker_text: str | None = None
    speaker_span: tuple[int, int] | None = None


def _paragraphs(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]


def _closes_first(paragraph: str) -> bool:
    """Whether the first quotation mark of a paragraph closes a quotation
    opened in an earlier paragraph (rather than opening one)."""
    for i, ch in enumerate(paragraph):
        if ch == "”":
            return True
        if ch == "“":
            return False
        if ch == '"':
            before = paragraph[i - 1] if i else " "
            return not before.isspace() and before not in "([—–-"
    return False


def quoted_ranges(text: str) -> list[tuple[int, int]]:
    """(start, end) of the text inside quotation marks. A quotation open at a
    paragraph's end runs on when the next paragraph closes it first, and joins
    the next paragraph's quotation when that one opens with a mark (the news
    convention); otherwise it ends with its paragraph."""
    ranges: list[tuple[int, int, bool]] = []
    paragraphs = _paragraphs(text)
    open_at: int | None = None
    for n, (p_start, p_end) in enumerate(paragraphs):
        for i, ch in enumerate(text[p_start:p_end]):
            if ch not in _MARKS:
                continue
            position = p_start + i
            if open_at is None:
                if ch != "”":
                    open_at = position + 1
            elif ch == "“" and position > open_at:
                ranges.append((open_at, position, False))
                open_at = position + 1
            elif ch != "“":
                ranges.append((open_at, position, True))
                open_at = None
        if open_at is None:
            continue
        following = text[paragraphs[n + 1][0] : paragraphs[n + 1][1]] if n + 1 < len(paragraphs) else ""
        if following and _closes_first(following):
            continue
        ranges.append((open_at, p_end, False))
        open_at = None
    joined: list[tuple[int, int, bool]] = []
    for start, end, closed in ranges:
        if joined and not joined[-1][2] and re.fullmatch(r"\s*\n[\s\"“]*", text[joined[-1][1] : start]):
            joined[-1] = (joined[-1][0], end, closed)
        else:
            joined.append((start, end, closed))
    trimmed = []
    for start, end, _ in joined:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            trimmed.append((start, end))
    return trimmed


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


class _Article:
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
        for item in self.parsed:
            if item.sentence.start <= position < item.sentence.end:
                return item.sentence.start, item.sentence.end
        return position, position

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


def _by_pronoun(found: _Found, article: _Article) -> bool:
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


def _speaker(found: _Found, who: str, who_start: int, article: _Article, quotes: list[tuple[int, int]], before: bool = False) -> bool:
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


def _by_role(found: _Found, who: str, who_start: int, article: _Article) -> bool:
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


def _attribute(found: _Found, article: _Article, quotes: list[tuple[int, int]], label: tuple[str, tuple[int, int]] | None) -> None:
    """Find who said a quotation: after it (", Minniti said"), before it
    ("Mr Minniti said:"), at the end of a paragraph introducing it ("Ms North
    says:"), from a live-blog label, in that order."""
    text, masked = article.text, article.masked
    closing = found.end + 1 if found.end < len(text) and text[found.end] in _MARKS else found.end
    after = masked[closing : closing + 160].split("\n")[0]
    signature = _SIGNATURE.match(after)
    if signature:
        who = signature.group("who")
        if not _speaker(found, who, closing + signature.start("who"), article, quotes):
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
        if _speaker(found, who, closing + match.start("who"), article, quotes):
            return
    opening = found.start - 1 if found.start and text[found.start - 1] in _MARKS else found.start
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
        if paragraph.endswith(":") and not any(ch in paragraph for ch in _MARKS):
            sentence_start = max(paragraph.rfind(". ") + 2 if ". " in paragraph else 0, 0)
            begin, before = previous_start + sentence_start, paragraph[sentence_start:]
    if before.strip():
        if _OBJECT_PRONOUN.search(before) and _by_pronoun(found, article):
            return
        match = _BEFORE.search(before) or _LABEL.search(before)
        if match and _speaker(found, match.group("who"), begin + match.start("who"), article, quotes, before=True):
            return
    # A quotation inside a sentence whose speech verb comes later ("... “absolutely
    # no doubt” that the man was Amri, minister Marco Minniti said").
    rest = masked[closing : max(s_end, closing)]
    for match in _NAME_SAID.finditer(rest):
        if _speaker(found, match.group("who"), closing + match.start("who"), article, quotes):
            return
    if label:
        found.speaker_id, found.speaker_span = label


def _label(text: str, p_start: int, p_end: int, article: _Article) -> tuple[str, tuple[int, int]] | None:
    """A live-blog paragraph opening with a speaker and a colon ("Merkel: ...")."""
    head = text[p_start : min(p_end, p_start + 80)]
    colon = head.find(":")
    if colon <= 0 or len(head[:colon].split()) > 6 or any(ch in head[:colon] for ch in _MARKS):
        return None
    return article.named_in(p_start, p_start + colon, [])


def _unmarked(article: _Article, config: FactsConfig, quotes: list[tuple[int, int]]) -> list[_Found]:
    """Quotations printed without marks after a speech verb and a colon
    ("X told the Associated Press: Within him is a great secret.")."""
    text = article.text
    found = []
    paragraphs = _paragraphs(text)
    for n, (p_start, p_end) in enumerate(paragraphs):
        paragraph = text[p_start:p_end]
        if any(ch in paragraph for ch in _MARKS) or ":" not in paragraph:
            continue
        colon_at = paragraph.find(":")
        head = paragraph[: colon_at + 1]
        verb = _UNMARKED.search(head)
        if not verb:
            continue
        rest = paragraph[colon_at + 1 :].strip()
        if rest:
            start = p_start + paragraph.index(rest, colon_at)
            end = start + len(rest)
        elif n + 1 < len(paragraphs):
            start, end = paragraphs[n + 1]
            if any(ch in text[start:end] for ch in _MARKS):
                continue
        else:
            continue
        body = text[start:end]
        if not body[:1].isupper() or len(body.split()) < config.min_quote_words:
            continue
        item = _Found(article.id, start, end, False)
        if _speaker(item, head[: verb.start()], p_start, article, quotes):
            found.append(item)
    return found


def _first_person(article: _Article, config: FactsConfig, quotes: list[tuple[int, int]]) -> list[_Found]:
    """Quotations printed without marks as "We had no intelligence ..., police
    chief Antonio De Iesu said." (first person, then a named speaker)."""
    found = []
    for item in article.parsed:
        text = item.sentence.text
        if any(ch in text for ch in _MARKS):
            continue
        match = _FIRST_PERSON_SAID.match(text)
        if not match or len(match.group("quote").split()) < config.min_quote_words:
            continue
        base = item.sentence.start
        quote = _Found(article.id, base + match.start("quote"), base + match.end("quote"), False)
        named = article.named_in(base + match.start("who"), base + match.end("who"), quotes)
        if named:
            quote.speaker_id, quote.speaker_span = named
            found.append(quote)
    return found


def find_quotes(
    articles: Sequence[Article], parsed: Sequence[Parsed], resolved: Resolved, config: FactsConfig
) -> tuple[Quote, ...]:
    """Every quotation of the cluster with its speaker, one Quote per quotation
    however many outlets carry it."""
    kinds = {e.id: e.type for e in resolved.entities}
    by_article: dict[str, list[int]] = {}
    for p, item in enumerate(parsed):
        by_article.setdefault(item.sentence.article_id, []).append(p)
    found: list[_Found] = []
    for source in articles:
        indices = by_article.get(source.id)
        if not indices:
            continue
        text = source.text
        article = _Article(source, parsed, indices, resolved, kinds)
        ranges = quoted_ranges(text)
        here: list[_Found] = []
        for p_start, p_end in _paragraphs(text):
            label = _label(text, p_start, p_end, article)
            for start, end in ranges:
                if p_start <= start < p_end:
                    item = _Found(source.id, start, end, True)
                    _attribute(item, article, ranges, label)
                    here.append(item)
                    if item.speaker_id or item.speaker_text:
                        article.speakers.append((end, item.speaker_id, item.speaker_text))
        here.extend(_unmarked(article, config, ranges))
        here.extend(_first_person(article, config, ranges))
        here.sort(key=lambda f: f.start)
        previous: _Found | None = None
        for item in here:
            if not (item.speaker_id or item.speaker_text) and previous is not None:
                gap = text[previous.end : item.start]
                carries_on = re.fullmatch(r"[\s\"“”,.]*", gap) and "\n" in gap
                same_paragraph = (
                    ("\n" not in gap and ((len(gap.split()) <= 20 and _SPEECH.search(gap)) or len(gap.split()) <= 4))
                    or (gap.count("\n") <= 2 and len(gap.split()) <= 4 and _SPEECH.search(gap))
                )
                if carries_on or same_paragraph:
                    item.speaker_id, item.speaker_text = previous.speaker_id, previous.speaker_text
            previous = item
        found.extend(f for f in here if len(text[f.start : f.end].split()) >= config.min_quote_words)
    return _merge(found, articles, parsed, resolved, config)


def normal_quote(text: str) -> str:
    """A quotation folded for comparison: lower case, words only."""
    return " ".join(re.findall(r"[^\W_]+", fold(text)))


def _blocking_keys(normal: str) -> set[str]:
    """Blocking keys of a folded quotation: its pairs of adjacent words, except
    pairs of two stopwords. Two spellings of one quotation share most of them;
    a short one ("The Phanton Menace") may share only a word, so short
    quotations also give their content words."""
    words = normal.split()
    keys = {f"{a} {b}" for a, b in zip(words, words[1:]) if a not in STOPWORDS or b not in STOPWORDS}
    if len(words) < 8:
        keys.update(w for w in words if len(w) > 2 and w not in STOPWORDS)
    return keys


def _merge(found: list[_Found], articles: Sequence[Article], parsed: Sequence[Parsed], resolved: Resolved, config: FactsConfig) -> tuple[Quote, ...]:
    texts = {a.id: a.text for a in articles}
    names = {e.id: e.name for e in resolved.entities}
    bounds: dict[str, list[tuple[int, int]]] = {}
    for item in parsed:
        bounds.setdefault(item.sentence.article_id, []).append((item.sentence.start, item.sentence.end))
    groups: list[list[_Found]] = []
    normals: list[str] = []
    # Quotations that share no pair of adjacent words cannot reach the merge score,
    # so each is compared only with the groups sharing one (and with keyless groups):
    # the cost follows the overlaps, not the square of the cluster's quotations.
    postings: dict[str, list[int]] = defaultdict(list)
    keyless: list[int] = []
    for item in found:
        normal = normal_quote(texts[item.article_id][item.start : item.end])
        keys = _blocking_keys(normal)
        mine = item.speaker_id or item.speaker_text
        if keys:
            candidates = sorted({k for key in keys for k in postings.get(key, ())}.union(keyless))
        else:
            candidates = list(range(len(groups)))
        for k in candidates:
            group = groups[k]
            speakers = {g.speaker_id or g.speaker_text for g in group} - {None}
            if mine and speakers and mine not in speakers:
                continue
            if any(other.article_id == item.article_id for other in group) and (
                min(len(normal.split()), len(normals[k].split())) < 6 or not mine or {mine} != speakers
            ):
                continue  # two passages of one article are one quotation only when one speaker says both
            short, long = sorted((normal, normals[k]), key=len)
            score = fuzz.ratio(normal, normals[k])
            if score < config.quote_merge_score and len(short.split()) >= 6:
                score = fuzz.partial_ratio(short, long) - 5
            if score >= config.quote_merge_score:
                group.append(item)
                if len(normal) > len(normals[k]):
                    normals[k] = normal
                for key in keys:
                    postings[key].append(k)
                break
        else:
            groups.append([item])
            normals.append(normal)
            for key in keys:
                postings[key].append(len(groups) - 1)
            if not keys:
                keyless.append(len(groups) - 1)
    quotes = []
    for group in groups:
        sources = []
        for item in group:
            text = texts[item.article_id]
            spans = bounds.get(item.article_id, [])
            s_start = max([s for s, e in spans if s <= item.start] or [item.start])
            s_end = min([e for s, e in spans if e >= item.end] or [item.end])
            s_start, s_end = min(s_start, item.start), max(s_end, item.end)
            speaker = None
            if item.speaker_span:
                a, b = item.speaker_span
                speaker = Span(item.article_id, a, b, text[a:b])
            sources.append(QuoteSource(
                Span(item.article_id, item.start, item.end, text[item.start : item.end]),
                Span(item.article_id, s_start, s_end, text[s_start:s_end]),
                speaker,
                item.marked,
            ))
        ids = [g.speaker_id for g in group if g.speaker_id]
        speaker_texts = [g.speaker_text for g in group if g.speaker_text]
        speaker_id = max(set(ids), key=ids.count) if ids else None
        speaker_name = names.get(speaker_id) if speaker_id else (speaker_texts[0] if speaker_texts else None)
        longest = max(group, key=lambda g: g.end - g.start)
        display = re.sub(r"\s*\n+\s*[\"“]?", " ", texts[longest.article_id][longest.start : longest.end]).strip()
        quotes.append(Quote(display, speaker_name, speaker_id, tuple(sources)))
    quotes.sort(key=lambda q: (-len(q.articles), q.sources[0].span.article_id, q.sources[0].span.start))
    return tuple(quotes)
