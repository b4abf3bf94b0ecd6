"""Page furniture that is no finding: a sentence that is a photo credit, a gallery
counter, a caption, a byline, a heading or a related link, a media contact, a
copyright or newsletter line is left out of entities, timeline and quotes.

The summarizer's fragment detectors (``newsbrief.summarize.fragments``) say
which sentences are not sentences of the story; the facts stage adds the lines
a page carries for its readers rather than about the story (contacts, legal
lines, sharing prompts), which a summary would never pick but a name finder would.
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsbrief.summarize.fragments import text_fragment_reason
from newsbrief.summarize.fragments.headlines import is_unterminated

_NOT_STORY = frozenset({"gallery", "credit", "caption", "byline", "headline", "cut off"})
"""Fragment reasons that make a sentence furniture for the facts stage. Datelines,
citation markers and pieces of quotations still carry the story's facts."""

_PAGE_LINE = re.compile(
    r"^\W*(?:media|press|news\s*desk)\s*(?:contacts?|inquiries|enquiries|office)?\s*:"
    r"|^\W*for\s+(?:more\s+)?(?:information|inquiries|enquiries)\b[^.]{0,40}\bcontact\b"
    r"|\b(?:media|press)\s+(?:contact|inquiries|enquiries)\b"
    r"|\bcan\s+be\s+(?:reached|contacted)\s+at\b"
    r"|@[\w-]+\.[a-z]{2,}"
    r"|\b(?:\+?\d{1,3}[ .-])?\(?\d{3}\)?[ .-]\d{3}[ .-]?\d{4}\b|\b\d{3}-\d{4}\b"
    r"|©|\(c\)\s*\d{4}|\bcopyright\s+(?:\d{4}|by)\b|\ball\s+rights\s+reserved\b"
    r"|\b(?:we|this\s+(?:web)?site)\s+(?:and\s+our\s+partners\s+)?uses?\s+cookies\b"
    r"|\b(?:cookie\s+(?:policy|settings|preferences)|accept\s+(?:all\s+)?cookies)\b"
    r"|\b(?:sign\s+up|subscribe)\s+(?:for|to)\s+our\b|\bour\s+newsletters?\b"
    r"|\bnever\s+miss\s+(?:a|another)\s+(?:story|thing|update|headline)\b"
    r"|\bjoin\s+(?:over\s+|more\s+than\s+)?[\d,.]+\s*(?:million|m|k|thousand)?\s+(?:other\s+)?(?:readers|subscribers)\b"
    r"|\b(?:get|receive)\s+(?:the|our)\s+[^.]{0,40}\b(?:newsletter|digest|bulletin)\b[^.]{0,20}\bfree\b"
    r"|\bfollow\s+(?:us|him|her|them)\s+on\b|\bshare\s+(?:this|on)\s+(?:article|story|facebook|twitter)\b"
    r"|\b(?:related|recommended|read\s+(?:more|next)|more\s+from|most\s+(?:read|popular)|you\s+may\s+also\s+like)\s*:"
    r"|\bin\s+a\s+related\s+(?:story|article)\b"
    r"|^\W*our\s+standards\s*:",
    re.IGNORECASE,
)


_QUOTE_MARK = re.compile(r"[\"“”]")
_WORDS = re.compile(r"[^\W_]+")
_TRIGGERS = frozenset(
    "media press desk information inquiries enquiries reached contacted copyright rights cookies cookie sign "
    "subscribe newsletter newsletters miss join digest bulletin follow share related recommended read more most "
    "may standards".split()
)
"""Words one of which every page line of ``_PAGE_LINE`` has: the pattern runs only where one is."""
_PHONE_OR_MARK = re.compile(r"\d{3}\)?[ .-]\d|[@©]|\(c\)", re.I)


def _page_line(text: str) -> bool:
    low = text.lower()
    if not (_TRIGGERS.intersection(_WORDS.findall(low)) or _PHONE_OR_MARK.search(text)):
        return False
    return _PAGE_LINE.search(text) is not None


def _repeats(text: str, title: str | None) -> bool:
    """Whether a sentence repeats the article's title word for word."""
    return bool(title) and _WORDS.findall(text.lower()) == _WORDS.findall(title.lower())


@lru_cache(maxsize=100_000)
def is_furniture(text: str, title: str | None = None) -> bool:
    """Whether a sentence is page furniture rather than a sentence of the story.
    A line that introduces what follows ("In the video, Amri said:") or carries
    a quotation ('Merkel: "I thanked ..."') is the story's, however it is set."""
    if _page_line(text):
        return True
    if text.rstrip().endswith(":"):
        return False
    reason = text_fragment_reason(text, title)
    if reason in ("headline", "cut off") and _QUOTE_MARK.search(text):
        return False
    if reason == "headline" and not is_unterminated(text) and not _repeats(text, title):
        return False  # a full sentence of many names ("... identified the hostages as Britons Peter William Kennedy, ...")
    return reason in _NOT_STORY
