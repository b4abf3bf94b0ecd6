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
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

from newsbrief.model import Evidence, TimelineEvent
from newsbrief.facts.nlp import Parsed
from newsbrief.facts.text import content_stems
from newsbrief.facts.values import clock_times, evidence
from newsbrief.ingest.dates import dateparse

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
    return [
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


def _nearest_year(month: int, day: int, published: date) -> date | None:
    """A month and day without a year: the occurrence nearest the publication
    date, preferring the past (a report is mostly about what has happened)."""
    options = [_safe_date(published.year + k, month, day) for k in (-1, 0, 1)]
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
    if kind in ("md", "dm"):
        month_text = re.search(rf"{_MONTH}|{_MONTH_CASELESS}", match.group(0), re.I).group(0)
        d = _nearest_year(_month(month_text), int(groups[0]), published)
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


_FUTURE = re.compile(r"\b(?:will|is\s+to|are\s+to|plans?\s+to|scheduled|expected|due|until|later|upcoming|coming)\b[^.;]{0,80}$", re.I)
_REPORTED = re.compile(
    r"(?:\b(?:said|says|announced|told|reported|stated|confirmed|added|declared)\s+(?:on\s+|late\s+|early\s+)?$)"
    r"|(?:^\s*(?:morning|afternoon|evening|night)?\s*(?:,\s*)?(?:that\s+)?(?:said|says|announced|told|reported|confirmed))",
    re.I,
)


def find_dates(parsed: Sequence[Parsed], published: dict[str, date | None], caseless: bool = False) -> list[DateMention]:
    """Every resolvable date expression, with a clock time in the same
    sentence folded into a day ("3am ... on Friday" -> 2016-12-23T03:00)."""
    patterns = _CASELESS if caseless else _CASED
    found: list[DateMention] = []
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
                resolved = _resolve(kind, match, pub, future)
                if resolved is None:
                    continue
                taken.append((start, end))
                reported = bool(_REPORTED.search(text[max(0, start - 30) : start]) or _REPORTED.match(text[end : end + 30]))
                here.append(DateMention(p, start, end, resolved[0], resolved[1],
                                        kind in ("weekday", "relday", "relmy", "md", "dm", "m"), reported, future))
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


def build_timeline(parsed: Sequence[Parsed], dates: list[DateMention], entity_ids: list[set[str]]) -> tuple[TimelineEvent, ...]:
    """One event per date and happening: mentions of one date whose sentences
    share their content (or their named entities) are one event with several sources."""
    groups: list[tuple[str, str, set[str], list[Evidence]]] = []
    for mention in sorted(dates, key=lambda m: (_sort_key(m.date), m.parsed_index)):
        item = parsed[mention.parsed_index]
        words = content_stems(item.sentence.text) | entity_ids[mention.parsed_index]
        proof = evidence(item, mention.start, mention.end)
        for value, precision, seen, items in groups:
            if value != mention.date or not words or not seen:
                continue
            if item.sentence.article_id in {e.value.article_id for e in items}:
                continue
            overlap = len(words & seen) / min(len(words), len(seen))
            if overlap >= 0.3:
                items.append(proof)
                seen |= words
                break
        else:
            groups.append((mention.date, mention.precision, set(words), [proof]))
    events = [
        TimelineEvent(value, precision, items[0].sentence.text, tuple(items))
        for value, precision, _, items in groups
    ]
    events.sort(key=lambda e: (_sort_key(e.date), -len(e.articles)))
    return tuple(events)
