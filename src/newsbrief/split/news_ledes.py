"""Whether a sentence opens a story the way a news lede does.

A hard-news lede says who did what and when ("Egyptian President Hosni Mubarak
flew to Damascus on Sunday ..."). A feature opening sets a scene or an argument
first ("Now that crews are collecting more oil, the question is where to put
it.", "In Ridley Scott's adaptation of ...", "When Wired asked me to guest-edit
..."): it reads well inside its article but does not tell a reader of the brief
what the story is. Both tests read the sentence's text only (hand-written:
no library marks journalistic styles, and a tagger is not in the core package).
"""

from __future__ import annotations

import re

from newsbrief.split.quotations import outside_quotations
from newsbrief.split.tokens import MONTH_PREFIX, WEEKDAY

_SCENE_SETTING = re.compile(
    r"""^\W*(?:now\s+that|imagine|picture\s+this|when\s|if\s|once\s+upon|
    there\s+(?:is|are|was|were)\s|in\s+(?:[\w.\-]+\s+){0,4}[\w.\-]+'s\s)""",
    re.IGNORECASE | re.VERBOSE,
)
"""Openings that set a scene, a condition or a work before the news."""

_PERSONAL = re.compile(r"\b(?:i|me|my|we|our|you|your)\b", re.IGNORECASE)
"""First and second person outside quotation marks: a review, a column, a blog."""

_WHEN = re.compile(
    rf"""\b(?:{WEEKDAY}|today|tonight|yesterday|
    (?:last|this|earlier\s+this)\s+(?:night|week|weekend|month|year|morning|afternoon|evening)|
    {MONTH_PREFIX}\.?\s+\d{{1,2}}\b)""",
    re.IGNORECASE | re.VERBOSE,
)
"""A time expression of the kind a news lede carries."""


def feature_opening(text: str) -> bool:
    """True when the sentence opens as a feature, a column or a question
    rather than with the news."""
    outside = outside_quotations(text)
    if outside is None:  # unbalanced quotation marks (a fragment, never a lede): read all of it
        outside = text
    return bool(_SCENE_SETTING.match(text) or "?" in outside or _PERSONAL.search(outside))


def says_when(text: str) -> bool:
    """True when the sentence dates what it reports (a weekday, "today",
    "last week", a month and day)."""
    return bool(_WHEN.search(text))
