"""Who a person is, as the articles describe them at a mention: the apposition
after their name ("Manuel da Silva, a taxi driver, said"; "John Warden, the
company's lead lawyer, said"; "Manuel da Silva, 40, who owns an ice cream parlor, said"). For a person the facts stage has no role for, it
is what a reader meeting "[Manuel] da Silva" in the brief needs. Read off the
words right after a mention of the person, in article order: the first such
description wins."""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsbrief.edit.full_names import looks_like_a_persons_name
from newsbrief.model import Article, Entity

MAX_WORDS = 8
"""A longer apposition reads as a clause, not a description beside a name."""

_APPOSITION = re.compile(
    r",\s+(?:\d{1,3},\s+)?((?:a|an|the|who)\s+(?:[a-z-]+ed,\s+)?[^,;:()\[\]\"“”.!?]{2,80}?)\s*(?=,|\.(?:\s|$))"
)
"""", a taxi driver," or ", 40, who owns an ice cream parlor," after the name, an
adjective before a comma kept with the rest (", a detailed, methodical interrogator,");
an age alone says too little."""
_REPORTING = r"said|says|told|added|adds|stated|noted|reported|announced|wrote|refused|declined"
_NOT_A_DESCRIPTION = re.compile(rf"\b(?:{_REPORTING}|and|or|who|which|when|was|is|were|are|had|has)\b",
                                re.IGNORECASE)
"""Words that make a noun apposition a clause or a list ("Silva, the mayor and the police chief")."""
_NOT_A_RELATIVE = re.compile(rf"\b(?:{_REPORTING}|and|or|which|when|he|she|they)\b", re.IGNORECASE)
"""Words that make a "who" apposition more than a description of the person."""
_ORGANISATION = re.compile(r"\b(?:club|group|organi[sz]ation|association|company|firm|party|committee|coalition"
                           r"|union|agency|newspaper|magazine|network|team|band|caucus|foundation|institute"
                           r"|council|board|wing|movement|division|body)s?$", re.IGNORECASE)
"""What an organisation is called: the recogniser took it for a person ("Log Cabin
Republicans, a club of gay Republicans")."""

_IN_APPOSITION = re.compile(r",\s+(?:[A-Z][\w.]*\s+){0,3}$")
"""A name that is itself an apposition ("his opponent, Attorney General Dennis Vacco,"),
whose closing comma starts no description of it."""


def description_after(text: str, end: int) -> str | None:
    """The description apposed to a name ending at ``end`` of ``text``, if any."""
    match = _APPOSITION.match(text, end)
    if not match:
        return None
    found = match.group(1).strip()
    words = found.split()
    if text[match.end():match.end() + 1] == "." and words[-1][:1].isupper() and len(words[-1]) <= 4:
        return None  # cut at an abbreviation ("the political director for former Tennessee Gov.")
    head = found.split(" of ")[0].split()[-1]  # "club" of "a club of gay Republicans"
    if words[0].lower() == "who":
        return found if len(words) <= MAX_WORDS and not _NOT_A_RELATIVE.search(found) else None
    if len(words) > MAX_WORDS or _NOT_A_DESCRIPTION.search(found) or _ORGANISATION.search(head):
        return None
    return found


class Descriptions:
    """The first description the articles appose to each name in a person's
    shape; the edit stage asks only for those it takes for people."""

    def __init__(self, articles: Sequence[Article], entities: Sequence[Entity]) -> None:
        order = {article.id: k for k, article in enumerate(articles)}
        texts = {article.id: article.text for article in articles}
        self._described: dict[str, str] = {}
        for entity in entities:
            if not looks_like_a_persons_name(entity.name):
                continue  # any type: the recogniser may file a person as an organisation ("Yvo de Boer")
            for span in sorted(entity.mentions, key=lambda s: (order.get(s.article_id, len(order)), s.start)):
                text = texts.get(span.article_id, "")
                if _IN_APPOSITION.search(text, max(0, span.start - 60), span.start):
                    continue  # "his opponent, Attorney General Dennis Vacco, a central issue": the comma closes
                found = description_after(text, span.end)
                if found:
                    self._described[entity.id] = found
                    break

    def of(self, entity_id: str | None) -> str | None:
        """How the articles first describe the person ``entity_id``, if they do."""
        return self._described.get(entity_id) if entity_id else None
