"""An acronym the brief uses before it says what it stands for gets the
expansion the articles give ("the NTSB [National Transportation Safety Board]").

Expansions are read where articles define them: "National Transportation Safety
Board (NTSB)" or "NTSB (National Transportation Safety Board)", accepted only
when the acronym's letters are the initials of the expansion's capitalised
words. An acronym no article expands is left alone (the articles' readers were
taken to know it)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsbrief.model import Article, Insertion

_MINOR = {"of", "for", "and", "the", "on", "in", "to", "de", "du", "des", "la", "le", "&"}
_LONG_FIRST = re.compile(r"((?:[A-Z][\w'’.-]*|of|for|and|the|on|in|to|de|&)(?:\s+(?:[A-Z][\w'’.-]*|of|for|and|the|on|in|to|de|&)){1,9})\s+\(([A-Z][A-Za-z]{1,7})\)")
_SHORT_FIRST = re.compile(r"\b([A-Z][A-Z]{1,7})\s+\(((?:[A-Z][\w'’.-]*)(?:\s+(?:[A-Z][\w'’.-]*|of|for|and|the|on|in|to|de|&)){1,9})\)")
_ACRONYM = re.compile(r"\b[A-Z]{2,8}\b")


def _initials_match(acronym: str, words: list[str]) -> list[str] | None:
    """The shortest tail of ``words`` whose capitalised words spell ``acronym``."""
    letters = acronym.upper()
    for start in range(len(words) - 1, -1, -1):
        tail = words[start:]
        if tail[0].lower() in _MINOR:
            continue
        initials = "".join(w[0].upper() for w in tail if w.lower() not in _MINOR)
        if initials == letters:
            return tail
        if len(initials) > len(letters):
            return None
    return None


class Expansions:
    """What each acronym stands for, as the articles of a cluster define it."""

    def __init__(self, articles: Sequence[Article]) -> None:
        self.meaning: dict[str, str] = {}
        for article in articles:
            for long, short in _LONG_FIRST.findall(article.text):
                tail = _initials_match(short, long.split())
                if tail:
                    self.meaning.setdefault(short, " ".join(tail))
            for short, long in _SHORT_FIRST.findall(article.text):
                words = long.split()
                if _initials_match(short, words) == words:
                    self.meaning.setdefault(short, long)

    def insertions(self, text: str, shown: Sequence[str]) -> list[Insertion]:
        """Insertions expanding each acronym of ``text`` that neither ``text`` nor
        the sentences already ``shown`` expand or use."""
        found = []
        seen = set()
        for match in _ACRONYM.finditer(text):
            acronym = match.group()
            meaning = self.meaning.get(acronym)
            if not meaning or acronym in seen:
                continue
            seen.add(acronym)
            if meaning in text or any(acronym in earlier or meaning in earlier for earlier in shown):
                continue
            if text[match.end():match.end() + 2].startswith(" ("):
                continue
            found.append(Insertion(match.end(), meaning, "acronym"))
        return found
