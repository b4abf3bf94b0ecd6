"""Dates in the articles, resolved against each article's publication date and
ordered into a timeline of the story's events.

Date expressions are found by pattern here and their meaning computed by
dateparser (written dates, "last month", "two days ago"). Weekdays and
"today"/"yesterday" are counted back from the publication date by hand,
because in news "on Friday" in a Friday paper means that day, where
dateparser's "prefer past" gives the Friday before. An article without a
publication date gets only the dates it writes out in full: an undated
"Monday" is never given a date.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import lru_cache

from newsbrief.facts.entities import Resolved
from newsbrief.model import Evidence, Insertion, Span, TimelineEvent
from newsbrief.facts.nlp import Parsed
from newsbrief.facts.text import content_stems
from newsbrief.facts.values import clock_times, evidence
from newsbrief.ingest.dates import dateparse
from newsbrief.split.here import says_here, says_there
from newsbrief.split.openings import leans_on_previous

_MONTH = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?"
    r"|Sep(?:t(?:ember|\.)?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
_MONTH_CASELESS = (
    r"(?:january|february|april|june|july|august|september|october|november|december"
    r"|jan\.|feb\.|apr\.|aug\.|sept?\.|oct\.|nov\.|dec\.)"
)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"


def _patterns(month: str, flags: int) -> list[tuple[re.Pattern, str]]:
    relative_year = r",?\s+(?:of\s+)?((?i:last|this|next))\s+year\b"
    return [
        (re.compile(rf"\b{month}\s+{_DAY}{relative_year}", flags), "md rel"),
        (re.compile(rf"\b{_DAY}\s+(?:of\s+)?{month}{relative_year}", flags), "dm rel"),
        (re.compile(rf"\b{month}{relative_year}", flags), "m rel"),
        (re.compile(rf"\b(?:on\s+)?({_WEEKDAY})\s+((?i:last|next))\s+week\b", flags), "weekday rel"),
        (re.compile(rf"\b{month}\s+{_DAY},?\s+(\d{{4}})\b", flags), "mdy"),
        (re.compile(rf"\b{_DAY}\s+(?:of\s+)?{month},?\s+(\d{{4}})\b", flags), "dmy"),
        (re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"), "iso"),
        (re.compile(rf"\b{month}\s+{_DAY}\b(?!\s*,?\s*\d{{4}})(?![:.]\d)", flags), "md"),
        (re.compile(rf"\b{_DAY}\s+(?:of\s+)?{month}\b", flags), "dm"),
        (re.compile(rf"\b(?:early\s+|late\s+|mid-?\s*)?{month},?\s+(\d{{4}})\b", flags), "my"),
        (re.compile(rf"\b(?:in|since|during|by|until|from|last|this|next|early|late|mid-?|of|on|before|after)\s+({month})(?!\s*\d)\b", flags), "m"),
        (re.compile(r"\b(?:in|since|during|until|from|early|late|mid-?|the|summer\s+of|spring\s+of|autumn\s+of|fall\s+of|winter\s+of|year)\s+((?:19|20)\d{2})\b(?!\s*(?:people|percent|%|\w+s\b))", re.I), "y"),
        (re.compile(rf"\b(?:((?i:last|next|this|on|early|late))\s+)?(?:the\s+early\s+hours\s+of\s+)?({_WEEKDAY})(?:'s|’s)?\b(?!,?\s+(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\b|,?\s+{month})", flags), "weekday"),
        (re.compile(r"\b(yesterday|today|tonight|this\s+(?:morning|afternoon|evening)|last\s+night|overnight)\b", re.I), "relday"),
        (re.compile(r"\b((?:late\s+|early\s+)?last\s+(?:month|year)|(?:a|one|two|three|four|five|six|\d+)\s+(?:days|months|years)\s+ago)\b", re.I), "relmy"),
    ]


_CASED = _patterns(_MONTH, 0)
_CASELESS = _patterns(rf"(?:{_MONTH}|{_MONTH_CASELESS})", re.I)
_MONTH_NUMBER = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1)}


@dataclass(frozen=True)
class DateMention:
    """A date expression resolved to an ISO string at its precision."""

    parsed_index: int
    start: int
    end: int
    date: str
    precision: str
    relative: bool
    reported: bool = False
    """The date a statement was made ("said Wednesday"), not the date of what it reports."""
    future: bool = False
    """A date something is expected to happen: a plan, not a fact."""


def _month(text: str) -> int:
    return _MONTH_NUMBER[text.strip(". ").lower()[:3]]


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _nearest_year(month: int, day: int, published: date, future: bool = False) -> date | None:
    """A month and day without a year: the occurrence nearest the publication
    date, preferring the past (a report is mostly about what has happened),
    or, for a plan ("the runoff will be held June 16"), the first within half a
    year after it."""
    options = [_safe_date(published.year + k, month, day) for k in (-1, 0, 1)]
    if future:
        ahead = [d for d in options if d is not None and 0 <= (d - published).days <= 183]
        if ahead:
            return min(ahead)
    options = [d for d in options if d is not None and (d - published).days <= 31]
    return max(options) if options else None


@lru_cache(maxsize=4096)
def _dateparser(text: str, base: date) -> datetime | None:
    """A relative expression ("last month", "two days ago") counted back from noon of ``base``."""
    settings = {"RELATIVE_BASE": datetime(base.year, base.month, base.day, 12), "PREFER_DATES_FROM": "past"}
    try:
        return dateparse(text, settings)
    except Exception:  # dateparser raises assorted errors on odd input; a date we cannot read is no date
        return None


def _resolve(kind: str, match: re.Match, published: date | None, future: bool) -> tuple[str, str] | None:
    groups = match.groups()
    if kind == "mdy":
        month_text = re.match(r"\w+", match.group(0)).group(0)
        d = _safe_date(int(groups[-1]), _month(month_text), int(groups[0]))
        return (d.isoformat(), "day") if d else None
    if kind == "dmy":
        month_text = re.search(rf"{_MONTH}|{_MONTH_CASELESS}", match.group(0), re.I).group(0)
        d = _safe_date(int(groups[-1]), _month(month_text), int(groups[0]))
        return (d.isoformat(), "day") if d else None
    if kind == "iso":
        d = _safe_date(int(groups[0]), int(groups[1]), int(groups[2]))
        return (d.isoformat(), "day") if d else None
    if kind == "y":
        return groups[0], "year"
    if kind == "my":
        month_text = re.search(rf"{_MONTH}|{_MONTH_CASELESS}", match.group(0), re.I).group(0)
        return f"{int(groups[-1]):04d}-{_month(month_text):02d}", "month"
    if published is None:
        return None
    if kind in ("md rel", "dm rel", "m rel"):
        year = published.year + {"last": -1, "this": 0, "next": 1}[groups[-1].lower()]
        month = _month(re.search(rf"{_MONTH}|{_MONTH_CASELESS}", match.group(0), re.I).group(0))
        if kind == "m rel":
            return f"{year:04d}-{month:02d}", "month"
        d = _safe_date(year, month, int(groups[0]))
        return (d.isoformat(), "day") if d else None
    if kind == "weekday rel":
        monday = published - timedelta(days=published.weekday()) + timedelta(weeks=-1 if groups[1].lower() == "last" else 1)
        return (monday + timedelta(days=_WEEKDAYS.index(groups[0].lower()))).isoformat(), "day"
    if kind in ("md", "dm"):
        month_text = re.search(rf"{_MONTH}|{_MONTH_CASELESS}", match.group(0), re.I).group(0)
        d = _nearest_year(_month(month_text), int(groups[0]), published, future)
        return (d.isoformat(), "day") if d else None
    if kind == "m":
        month = _month(groups[0])
        year = published.year - (1 if month > published.month else 0)
        if future or re.match(r"next", match.group(0), re.I):
            year = published.year + (1 if month < published.month else 0)
        return f"{year:04d}-{month:02d}", "month"
    if kind == "weekday":
        modifier = (groups[0] or "").lower()
        target = _WEEKDAYS.index(groups[1].lower())
        back = (published.weekday() - target) % 7
        if modifier == "next" or (future and modifier != "last"):
            ahead = (target - published.weekday()) % 7
            if modifier == "next" and ahead == 0:
                ahead = 7
            d = published + timedelta(days=ahead)
        else:
            if modifier == "last" and back <= 2:
                back += 7
            d = published - timedelta(days=back)
        return d.isoformat(), "day"
    if kind == "relday":
        word = groups[0].lower()
        d = published - timedelta(days=1) if word in ("yesterday", "last night") else published
        return d.isoformat(), "day"
    if kind == "relmy":
        phrase = re.sub(r"^(?:late|early)\s+", "", groups[0].lower())
        parsed = _dateparser(phrase, published)
        if parsed is None:
            return None
        if "year" in phrase:
            return f"{parsed.year:04d}", "year"
        if "month" in phrase:
            return f"{parsed.year:04d}-{parsed.month:02d}", "month"
        return parsed.date().isoformat(), "day"
    return None


_RELATIVE = ("weekday", "relday", "relmy", "md", "dm", "m", "md rel", "dm rel", "m rel", "weekday rel")
_FUTURE = re.compile(r"\b(?:will|is\s+to|are\s+to|plans?\s+to|scheduled|expected|due|until|later|upcoming|coming)\b[^.;]{0,80}$", re.I)
_REPORTED = re.compile(
    r"(?:\b(?:said|says|announced|told|reported|stated|confirmed|added|declared)\s+(?:on\s+|late\s+|early\s+)?$)"
    r"|(?:^\s*(?:morning|afternoon|evening|night)?\s*(?:,\s*)?(?:that\s+)?(?:said|says|announced|told|reported|confirmed))",
    re.I,
)


_DATELINE_BEFORE = re.compile(r"^\W*[A-Z][A-Z.'\- ]+(?:,\s*[A-Z][A-Za-z.]*)*,\s*$")
_DATELINE_AFTER = re.compile(r"^\s*(?:\([^)]{1,30}\))?\s*[-–—]")


def _is_dateline(text: str, start: int, end: int) -> bool:
    """Whether the date opens a wire dateline ("MADRID, March 19 (GPS) - "): the
    day the report was filed, not the day of anything it reports."""
    return bool(_DATELINE_BEFORE.match(text[:start]) and _DATELINE_AFTER.match(text[end:]))


def find_dates(parsed: Sequence[Parsed], published: dict[str, date | None], caseless: bool = False) -> list[DateMention]:
    """Every resolvable date expression, with a clock time in the same
    sentence folded into a day ("3am ... on Friday" -> 2016-12-23T03:00). An
    undated article's "3 March" takes its year from the cluster's median
    publication date; its weekdays and "yesterday" stay unresolved."""
    patterns = _CASELESS if caseless else _CASED
    found: list[DateMention] = []
    known = sorted(d for d in published.values() if d is not None)
    cluster_day = known[len(known) // 2] if known else None
    for p, item in enumerate(parsed):
        text = item.sentence.text
        pub = published.get(item.sentence.article_id)
        taken: list[tuple[int, int]] = []
        here: list[DateMention] = []
        for pattern, kind in patterns:
            for match in pattern.finditer(text):
                start, end = match.span()
                if any(s < end and start < e for s, e in taken):
                    continue
                future = bool(_FUTURE.search(text[:start]))
                resolved = _resolve(kind, match, pub or (cluster_day if kind in ("md", "dm") else None), future)
                if resolved is None:
                    continue
                taken.append((start, end))
                reported = bool(_REPORTED.search(text[max(0, start - 30) : start]) or _REPORTED.match(text[end : end + 30])
                                or _is_dateline(text, start, end))
                here.append(DateMention(p, start, end, resolved[0], resolved[1],
                                        kind in _RELATIVE, reported, future))
        days = [m for m in here if m.precision == "day"]
        times = clock_times(item)
        if len(days) == 1 and len(times) == 1 and not times[0].zone:
            day, clock = days[0], times[0]
            here.remove(day)
            here.append(DateMention(p, min(day.start, clock.start), max(day.end, clock.end), f"{day.date}T{clock.clock}",
                                    "time", day.relative, day.reported, day.future))
        elif not days and len(times) == 1 and not times[0].zone and pub is not None:
            if re.search(r"\b(?:this\s+morning|tonight|today)\b", text, re.I):
                clock = times[0]
                here.append(DateMention(p, clock.start, clock.end, f"{pub.isoformat()}T{clock.clock}", "time", True))
        found.extend(here)
    return found


def _sort_key(value: str) -> tuple:
    return (value[:4], value[5:7] or "00", value[8:10] or "00", value[11:] or "")


_PRONOUN_START = re.compile(r"^\W*(he|she|his|her|they|their|it|its|this|that|we|i)\b", re.I)
_PERSONAL = {"he", "she", "his", "her"}
_SINCE = re.compile(r"\b(?:since|than\s+in|compared\s+with|as\s+in)\s+(?:the\s+)?$", re.I)
_QUOTE_MARKS = re.compile(r"[\"“”]")
_RANGE = re.compile(r"\s*(?:[-–—]|to|and|until)\s*", re.I)


@dataclass
class _Event:
    date: str
    precision: str
    words: set[str]
    items: list[tuple[int, Evidence]]
    sentences: set[Span] = field(default_factory=set)
    articles: set[str] = field(default_factory=set)

    def add(self, index: int, proof: Evidence) -> None:
        self.items.append((index, proof))
        self.sentences.add(proof.sentence)
        self.articles.add(proof.value.article_id)


def _less_precise(value: str) -> set[str]:
    """The date and each less precise form of it ("2016-12-23T03:00" -> itself,
    "2016-12-23", "2016-12", "2016"). Two dates are compatible (one date, or one
    the other's more precise form) when the shorter is one of the longer's forms."""
    return {value[:i] for i, ch in enumerate(value) if ch in "-T"} | {value}


class _EventsByDate:
    """The events so far, found by date: those a date is compatible with, in
    the order they were made, without comparing it with every event of the cluster."""

    def __init__(self) -> None:
        self.events: list[_Event] = []
        self._by_form: dict[str, list[int]] = defaultdict(list)  # a form of an event's date -> events
        self._by_date: dict[str, list[int]] = defaultdict(list)  # an event's date -> events

    def compatible(self, value: str) -> list[_Event]:
        found = set(self._by_form.get(value, ()))
        for form in _less_precise(value):
            found.update(self._by_date.get(form, ()))
        return [self.events[k] for k in sorted(found)]

    def add(self, event: _Event) -> None:
        self.events.append(event)
        self._index(len(self.events) - 1, set())

    def redate(self, event: _Event, value: str, precision: str) -> None:
        """Give an event a more precise form of its date."""
        k = next(k for k in self._by_date[event.date] if self.events[k] is event)
        self._by_date[event.date].remove(k)
        old = _less_precise(event.date)
        event.date, event.precision = value, precision
        self._index(k, old)

    def _index(self, k: int, done: set[str]) -> None:
        self._by_date[self.events[k].date].append(k)
        for form in _less_precise(self.events[k].date) - done:
            self._by_form[form].append(k)


def _reference_points(dates: list[DateMention], parsed: Sequence[Parsed]) -> set[int]:
    """Indices of dates that are no event of their own while their sentence dates
    its event by another: a date it compares with ("the highest level since March
    2011"), the date a statement was made ("crashed on June 1 last year, a French
    official said on Thursday"), the end of a range."""
    by_sentence: dict[int, list[int]] = {}
    for n, mention in enumerate(dates):
        by_sentence.setdefault(mention.parsed_index, []).append(n)
    skipped = set()
    for p, indices in by_sentence.items():
        if len(indices) < 2:
            continue
        text = parsed[p].sentence.text
        marked = {n for n in indices if _SINCE.search(text[: dates[n].start])}
        marked |= {n for n in indices if dates[n].reported}
        for n in indices:
            for m in indices:
                if m != n and 0 <= dates[n].start - dates[m].end <= 5 and _RANGE.fullmatch(text[dates[m].end : dates[n].start]):
                    marked.add(n)  # the end of a range ("March 30 – April 1, 2010") dates the same event
        if len(marked) < len(indices):
            skipped |= marked
    return skipped


def _overlap(a: set[str], b: set[str]) -> float:
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def _self_contained(parsed: Parsed) -> int:
    """How well a sentence stands alone as a timeline entry (lower is better):
    no opening pronoun, no quotation it starts inside of, nothing that needs the
    sentence before ("Then", "The other", "there": ``split.openings``, ``split.here``)."""
    text = parsed.sentence.text
    opening = _PRONOUN_START.match(text)
    unbalanced = len(_QUOTE_MARKS.findall(text)) % 2 == 1
    return (1 if opening else 0) + (1 if unbalanced else 0) + (1 if _leans(text) else 0)


def _leans(text: str) -> bool:
    """The sentence needs one before it to be understood (``_self_contained``'s third test)."""
    return leans_on_previous(text) or says_there(text) or says_here(text)


def _pronoun_insertion(p: int, parsed: Sequence[Parsed], resolved: Resolved | None) -> tuple[Insertion, ...]:
    """The person an opening "He"/"She"/"His"/"Her" stands for: the article's
    main person when one of the three sentences before it names them (the one a
    story keeps calling "he"), else the first person named nearest before it."""
    if resolved is None:
        return ()
    text = parsed[p].sentence.text
    opening = _PRONOUN_START.match(text)
    if not opening or opening.group(1).lower() not in _PERSONAL:
        return ()
    kinds = {e.id: e for e in resolved.entities}
    article = parsed[p].sentence.article_id
    main = resolved.main_person.get(article)
    nearest = None
    for q in range(p - 1, max(-1, p - 4), -1):
        if parsed[q].sentence.article_id != article:
            break
        people = [entity for _, _, entity in resolved.by_sentence[q] if kinds[entity].type == "PERSON"]
        if main in people:
            nearest = main
            break
        if people and nearest is None:
            nearest = people[0]
    chosen = nearest or main
    return (Insertion(opening.end(1), kinds[chosen].name, "pronoun", chosen),) if chosen else ()


def build_timeline(parsed: Sequence[Parsed], dates: list[DateMention], entity_ids: list[set[str]],
                   resolved: Resolved | None = None) -> tuple[TimelineEvent, ...]:
    """One event per happening: mentions of one date (or of a date and its more
    precise form) whose sentences share their content or named entities are one
    event, listing every source; near-repeats within one article are one event too.
    Each event is told by its most self-contained sentence (subject named, not
    "He ..."); when every source opens with a pronoun, the name it stands for is
    an insertion. A date a sentence only compares with ("since March 2011") is no event, and
    an event told only by a sentence that leans on another ("He arrived there in 2011") is
    left out where another event of its date is listed."""
    skipped = _reference_points(dates, parsed)
    events = _EventsByDate()
    ordered = sorted((m for n, m in enumerate(dates) if n not in skipped), key=lambda m: (_sort_key(m.date), m.parsed_index))
    for mention in ordered:
        item = parsed[mention.parsed_index]
        words = content_stems(item.sentence.text) | entity_ids[mention.parsed_index]
        proof = evidence(item, mention.start, mention.end)
        for event in events.compatible(mention.date) if words else ():
            if proof.sentence in event.sentences:
                break
            same_article = item.sentence.article_id in event.articles
            needed = 0.6 if same_article or event.date != mention.date else 0.3
            if _overlap(words, event.words) >= needed:
                event.add(mention.parsed_index, proof)
                event.words |= words
                if len(mention.date) > len(event.date):
                    events.redate(event, mention.date, mention.precision)
                break
        else:
            event = _Event(mention.date, mention.precision, set(words), [])
            event.add(mention.parsed_index, proof)
            events.add(event)
    timeline = []
    dates_told = Counter(event.date for event in events.events)
    for event in events.events:
        p, chosen = min(event.items, key=lambda pair: _self_contained(parsed[pair[0]]))
        if dates_told[event.date] > 1 and _leans(parsed[p].sentence.text):
            dates_told[event.date] -= 1
            continue  # "He arrived there in 2011" beside another 2011 entry: most likely that one, told in full
        insertions = _pronoun_insertion(p, parsed, resolved) if _self_contained(parsed[p]) else ()
        timeline.append(TimelineEvent(event.date, event.precision, chosen.sentence.text,
                                      tuple(e for _, e in event.items), insertions))
    timeline.sort(key=lambda e: (_sort_key(e.date), -len(e.articles)))
    return tuple(timeline)
