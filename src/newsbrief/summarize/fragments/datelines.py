"""Wire datelines left at the start of a sentence: "LONDON (AP) _", "WASHINGTON --",
"PARIS, March 3 (Reuters) -", "Tampa, Fla. —"; or at its end, after a headline."""

from __future__ import annotations

import re

_AGENCY = r"\(\s*(?:AP|Reuters|AFP|UPI|CNN|Xinhua|Bloomberg|dpa|ANSA|Kyodo|NYT|PA|BBC|[A-Z][\w.&]{1,12})\s*\)"
_DATELINE = re.compile(
    # An all-capital place, with an optional state or date, then an agency or a dash.
    rf"^\s*[A-Z][A-Z.'’-]+(?:[ ,]+[A-Z][A-Za-z.'’-]*){{0,4}}(?:,\s*\w+\.?\s*\d{{0,2}})?\s*"
    rf"(?:{_AGENCY}\s*(?:_|—|–|--|-|:)?|(?:_|—|–|--))\s*(?=\S)"
    # A place in ordinary case followed by an agency in brackets and a dash.
    rf"|^\s*[A-Z][\w.'’-]+(?:[ ,]+[A-Z][\w.'’-]*){{0,3}}\s*{_AGENCY}\s*(?:_|—|–|--|-|:)\s*(?=\S)",
)
_SHOUTED = re.compile(r"[A-Z]{3,}")


def dateline(text: str) -> str:
    """The dateline that opens ``text``, or ""."""
    match = _DATELINE.match(text)
    if not match:
        return ""
    head = match.group(0)
    if "(" not in head and not _SHOUTED.search(head):
        return ""  # "Sen. Smith --" is a dash in a sentence, not a dateline
    return head


# The dateline a headline or a credit ran into, left at the end of their sentence when the
# splitter cut the story off it ("... economy gains 288,000 jobs washington ( ap ) —",
# "glenna gordon for the wall street journal firestone, liberia —", "cleveland, ohio --"):
# no sentence ends on a dash.
_TRAILING = re.compile(rf"(?:{_AGENCY}\s*(?:_|—|–|--|-)|\s(?:—|--))\s*$", re.IGNORECASE)


def has_dateline(text: str) -> bool:
    """True when a wire dateline was left at the start of the sentence, or at its end."""
    return bool(dateline(text) or _TRAILING.search(text))
