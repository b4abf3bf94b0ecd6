"""Notices and labels: a sign's wording ("No smoking in enclosed public places except in
designated areas."), a listing's label ("How to watch it: hard to find streaming.",
"Tickets: $20") and a fact box's or editors' note's ("IMPACT: Possibly tens of thousands of
computers affected."), and a page's prompt to its reader ("Please verify you're not a robot
by clicking the box.", "Thank you for reading 5 free articles.", "Address questions to Garden Q&A,
..."), a wire's note on what a new version changed ("( corrects fourth paragraph reference to ... )":
``split.wire_notes``) and a letter's sign-off, which name a rule, a service, a field or a step instead
of reporting."""

from __future__ import annotations

import re

from newsbrief.gated import Gated
from newsbrief.split.wire_notes import is_wire_note

# "No" and a gerund, with no finite verb after it (only auxiliaries and common verbs are
# looked for: "enclosed" and "designated" are a sign's participles): the wording of a rule.
_SIGN = re.compile(r"^\s*no\s+[a-z]{3,}ing\b", re.IGNORECASE)
_FINITE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|has|have|had|do|does|did|will|would|can|could|may|might|must|should"
    r"|shall|says?|said|told|went|came|got|made|took|saw|found|seems?|seemed|remains?|remained|appears?|appeared"
    r"|means?|meant|passed|ended|started|began|applies|applied)\b",
    re.IGNORECASE,
)
_LABEL = re.compile(
    r"^\s*(?:(?:how|where|when|what) to [\w' ]{1,24}"
    r"|when|where|tickets|price|prices|cost|admission|hours|location|venue|directions|details|info|more info"
    r"|related|see also|see it|watch it|read more|watch|listen|more|requests for (?:single )?reprints)\s*:\s",
    re.IGNORECASE,
)
# A label in capitals, as wire copy sets a fact box or a note to editors: "IMPACT:", "EDITORS:".
_CAPITAL_LABEL = re.compile(r"^\s*[A-Z][A-Z'’&/ ]{4,24}:\s")


# A page's prompt to its reader: "Please verify you're not a robot by clicking the box.",
# "Please enable cookies on your web browser in order to continue."
_PROMPT = Gated(re.compile(
    r"\bverify (?:that )?you(?:'re| are) (?:not a robot|a human|human)\b|\b(?:please )?enable javascript\b"
    r"|\b(?:click|tap) (?:here|the button|below) to\b|^\s*(?:click|tap) through to\b"
    # a paywall's meter and a cookie wall: "Thank you for reading 5 free articles."
    r"|\b\d+ free articles\b|\benable cookies\b",
    re.IGNORECASE,
), ("verify ", "enable javascript", "click ", "tap ", "free articles", "enable cookies"))


# A desk's note to its reader, as syndicated copy and advice columns end: where to send
# questions, when the desk is staffed, which letters get printed; where the text was first
# published; and a digest's header
# ("The following are major news items in leading Kenyan newspapers today.").
_DESK_NOTE = Gated(re.compile(
    r"^\s*(?:please\s+)?(?:address|send|direct|e-?mail)\s+(?:your\s+)?(?:questions|comments|letters|queries)\s+to\b"
    r"|\b(?:questions|comments|queries|inquiries)\s+(?:should|may|can)\s+be\s+(?:directed|sent|addressed|e-?mailed)\s+to\b"
    r"|^\s*we\s+are\s+staffed\b|\bunpublished\s+(?:questions|letters)\b"
    r"|^\s*those\s+of\s+general\s+interest\s+will\s+be\s+(?:published|answered)"
    r"|^\s*the\s+following\s+are\s+(?:the\s+)?(?:major|main|top|leading|key)\s+(?:news\s+)?(?:items|stories|headlines)\b"
    # an editors' note on where the text comes from ("the following is adapted from an article that ran in ...")
    r"|^\s*(?:the\s+following|this\s+(?:article|story|piece|essay|column|post|excerpt))\s+(?:is|was|has\s+been)\s+"
    r"(?:adapted|excerpted|reprinted|republished|taken)\s+from\b"
    r"|^\s*(?:this|the\s+following)\s+(?:article|story|piece|essay|column)\s+(?:originally\s+|first\s+)?(?:appeared|ran)\s+(?:in|on)\b",
    re.IGNORECASE,
), ("questions", "comments", "letters", "queries", "inquiries", "staffed", "interest", "following", "article",
    "story", "piece", "essay", "column", "post", "excerpt"))


_SIGN_OFF = re.compile(
    r"^\W*(?:respectfully|sincerely|yours\s+(?:truly|sincerely|faithfully)|(?:best|kind|warm)\s+regards|regards"
    r"|best\s+wishes)\s*,\s*(?:[\w'’&.-]+\s*){1,6}[.!]?\W*$",
    re.IGNORECASE,
)
"""A letter's or a statement's closing and signature alone ("respectfully, bret and all at megi.",
"Sincerely, Angelica.")."""


def is_sign_off(text: str) -> bool:
    """A letter's closing and its signature, left as a sentence of their own."""
    return bool(_SIGN_OFF.match(text))


def is_desk_note(text: str) -> bool:
    """A desk's note to its reader (where to send questions, when it is staffed) or a
    digest's header announcing the items that follow."""
    return bool(_DESK_NOTE.search(text))


def is_sign(text: str) -> bool:
    """The wording of a sign: "No" and a gerund, and no verb."""
    return bool(_SIGN.match(text)) and not _FINITE.search(text)


def is_service_label(text: str) -> bool:
    """A sentence opened by a listing's label ("How to watch it:", "Tickets:") or a label
    in capitals ("IMPACT:", "EDITORS:")."""
    return bool(_LABEL.match(text) or _CAPITAL_LABEL.match(text))


def is_prompt(text: str) -> bool:
    """A page's instruction to its reader (prove you are human, enable JavaScript, click here)."""
    return bool(_PROMPT.search(text))


def is_notice(text: str) -> bool:
    """A sign's wording, a listing's labelled line, a page's prompt, a desk's note to its
    reader, a wire's note on what it changed or a letter's sign-off."""
    return (is_sign(text) or is_service_label(text) or is_prompt(text) or is_desk_note(text) or is_wire_note(text)
            or is_sign_off(text))
