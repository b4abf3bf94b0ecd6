"""Lead dates: the day each report gives, in its opening lines, for the happening it is about.

A news report dates its story near the top ("A guard was shot on Tuesday, April 14";
"The raid happened on Monday, April 13th"; a strike "begins on Wednesday 16 September"),
each outlet in its own words, so the two sentences often share no verb and few words. Two reports of one news cycle whose
opening dates differ by a few days are telling one happening on different days; a
later date in the body (a hearing, an arrest) is paired only by its context.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from newsbrief.facts.values import Statement

LEAD_CHARS = 600
"""How far into an article (characters, headline and byline included) its opening lines reach."""
SAME_CYCLE_DAYS = 2
"""Reports published further apart than this may be telling a later happening."""
MISDATED_DAYS = 3
"""Outlets misdating one happening are a day or two apart; leads a week apart are two
happenings of one story (a council meeting on Jan. 10, a telethon on January 16)."""


def _day(statement: Statement) -> date | None:
    try:
        return date.fromisoformat(statement.value[:10]) if len(statement.value) >= 10 else None
    except ValueError:
        return None


def lead_dates(statements: Sequence[Statement]) -> dict[str, int]:
    """Index of each article's lead date among ``statements`` (dates of one slot,
    past or planned): the first day its opening lines write out with its number
    ("April 14", "the 2nd of March"). A day written as "Friday" or "yesterday" is
    counted from the report's date and is as often another happening of the story
    (vanished on Friday, found on Monday)."""
    leads: dict[str, int] = {}
    ordered = sorted(range(len(statements)), key=lambda i: (statements[i].evidence.value.article_id,
                                                           statements[i].evidence.value.start))
    for i in ordered:
        s = statements[i]
        article = s.evidence.value.article_id
        if article in leads or s.evidence.sentence.start > LEAD_CHARS or not re.search(r"\d", s.evidence.value.text):
            continue
        if _day(s) is not None:
            leads[article] = i
    return leads


def lead_date_pairs(statements: Sequence[Statement]) -> list[tuple[int, int]]:
    """Pairs of lead dates of two reports published at most ``SAME_CYCLE_DAYS``
    apart (or undated) that are at most ``MISDATED_DAYS`` apart: one happening's
    day as each report gives it."""
    leads = sorted(lead_dates(statements).values())
    pairs = []
    for n, i in enumerate(leads):
        for j in leads[n + 1:]:
            a, b = statements[i], statements[j]
            day_a, day_b = _day(a), _day(b)
            same_cycle = a.published is None or b.published is None or abs((a.published - b.published).days) <= SAME_CYCLE_DAYS
            if same_cycle and abs((day_a - day_b).days) <= MISDATED_DAYS:
                pairs.append((i, j))
    return pairs
