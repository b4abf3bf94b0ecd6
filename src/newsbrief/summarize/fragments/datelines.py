"""Wire datelines left at the start of a sentence: "LONDON (AP) _", "WASHINGTON --",
"PARIS, March 3 (Reuters) -", "Tampa, Fla. —", a lower-cased page's "Boston - former ..." or
"July 30, 2013 new research ..."; or at its end, after a headline."""

from __future__ import annotations

import re

from newsbrief.split.tokens import MONTH, STOPWORDS

_AGENCY = r"\(\s*(?:AP|Reuters|AFP|UPI|CNN|Xinhua|Bloomberg|dpa|ANSA|Kyodo|NYT|PA|BBC|[A-Z][\w.&]{1,12})\s*\)"
_DATELINE = re.compile(
    # An all-capital place, with an optional state or date, then an agency or a dash.
    rf"^\s*[A-Z][A-Z.'’-]+(?:[ ,]+[A-Z][A-Za-z.'’-]*){{0,4}}(?:,\s*\w+\.?\s*\d{{0,2}})?\s*"
    rf"(?:{_AGENCY}\s*(?:_|—|–|--|-|:)?|(?:_|—|–|--))\s*(?=\S)"
    # A place in ordinary case followed by an agency in brackets and a dash.
    rf"|^\s*[A-Z][\w.'’-]+(?:[ ,]+[A-Z][\w.'’-]*){{0,3}}\s*{_AGENCY}\s*(?:_|—|–|--|-|:)\s*(?=\S)",
)
_SHOUTED = re.compile(r"[A-Z]{3,}")


# The dateline of a lower-cased page (Multi-News): a place of one to three words, the
# first capitalised as a sentence's is, a spaced dash, then the story in lower case
# ("Boston - former new england patriots tight end ...").
_LOWER_CASED = re.compile(r"^\s*[A-Z][a-z.'’]+(?: [a-z.'’]+){0,2}(?:, [a-z.]+){0,1} [-–—] (?=[a-z])")
_PARENTHESIS = re.compile(r"(?:who|whom|whose|which|and|but|or|not|also|then|now|once)\b|[^.!?]{0,80}? [-–—] ")
"""What makes the dash a sentence's own: a relative or a conjunction after it, or a second
dash closing an aside ("Smith - who was 40 - died")."""


def dateline(text: str) -> str:
    """The dateline that opens ``text``, or ""."""
    lower = _LOWER_CASED.match(text)
    if lower and lower.group(0).split()[0].lower() not in STOPWORDS \
            and not _PARENTHESIS.match(text, lower.end()):
        return lower.group(0)
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


# A page's date line, after a weekday or a place, run into the lower-cased story or caption it
# heads ("July 30, 2013 new research on ...", "Thursday, august 23, 2012 top ten ...", "Denver,
# march 24, 2015 -- chocolate has ...", "Jan 18 ( reuters ) - the ..."); not a date that is the
# sentence's subject ("... was"); or a wire's date and agency, with or without its place.
_DATE_LINE = re.compile(
    rf"^\s*(?:[^\W\d_]+,\s+)?{MONTH}\s+\d{{1,2}},\s+(?:1[89]|20)\d\d\s*(?:--|—|–|-)?\s+"
    r"(?!(?:was|is|will|would|marked|marks|saw|brought|became|began|remains|remained|has|had|and|or|to|through"
    r"|until|when|at)\b)(?-i:[a-z])"
    # a wire's date and agency without the place ("Jan 18 ( reuters ) - the u.s. department ...")
    # ... or with its place ("Berezniki, may 22 ( rapsi ) - pussy riot member ...")
    rf"|^\s*(?:[^\W\d_]+(?:\s[^\W\d_]+)?,\s+)?{MONTH}\s+\d{{1,2}}\s*{_AGENCY}\s*(?:_|—|–|--|-|:)\s*(?=\S)",
    re.IGNORECASE,
)


def has_dateline(text: str) -> bool:
    """True when a wire dateline or a page's date line was left at the start of the
    sentence, or a dateline at its end."""
    return bool(dateline(text) or _TRAILING.search(text) or _DATE_LINE.match(text))
