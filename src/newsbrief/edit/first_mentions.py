"""The first time the brief names a person, it gives the full name and role: a
surname alone ("Scata fired...") gets the first name the articles give, and a
name without a title the one the articles put before it, as insertions
("[Police Officer] [Luca] Scata fired...")."""

from __future__ import annotations

import re
from collections import Counter

from newsbrief.edit.mentions import PERSON, MentionIndex
from newsbrief.model import Entity, Insertion, Sentence


TITLES = frozenset(
    "mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame lord lady officer sgt sgt. sergeant president "
    "minister chancellor senator sen. rep. representative governor gov. mayor judge justice chief general gen. "
    "colonel col. captain capt. lieutenant lt. king queen prince princess pope rev. reverend father bishop "
    "detective inspector constable agent coach premier secretary ambassador".split()
)
"""Words that may stand before a surname without being a given name."""


def missing_first_names(full: str, written: str) -> str | None:
    """The words of ``full`` that a mention written ``written`` leaves out before
    its surname, when the mention is a surname alone, perhaps after a title
    ("Scata", "Mr Minniti"); a mention with any given name of its own is left as written."""
    names, words = full.split(), written.split()
    if len(names) < 2 or not words or words[-1].lower() != names[-1].lower():
        return None
    if any(word.lower() not in TITLES for word in words[:-1]):
        return None
    given = [name for name in names[:-1] if name.lower() not in TITLES]
    return " ".join(given) or None


def role_of(entity: Entity) -> str | None:
    """The title the articles put before the person's full name ("Interior
    Minister" of "Interior Minister Marco Minniti"), the most common one, if any."""
    found: Counter[str] = Counter()
    tail = entity.name.split()
    for variant in entity.variants:
        words = variant.split()
        if len(words) <= len(tail) or words[-len(tail):] != tail:
            continue
        prefix = words[: -len(tail)]
        if all(w[:1].isupper() for w in prefix) and any(w.lower() in TITLES for w in prefix):
            found[" ".join(prefix)] += 1
    return max(found, key=lambda role: (found[role], len(role))) if found else None


def _has_role(sentence_text: str, at: int, after: int) -> bool:
    """Whether the sentence already gives a role beside the mention: a title word
    among the three words before it, or an apposition right after it (", the officer...")."""
    before = sentence_text[:at].split()[-3:]
    if any(word.lower().strip(",") in TITLES for word in before):
        return True
    return bool(_APPOSITION.match(sentence_text[after:]))


_APPOSITION = re.compile(r",\s+(?:\d+,\s+)?(?:the|a|an|who|whose|[a-z]+'s)\b")


def first_mentions(sentence: Sentence, index: MentionIndex, introduced: set[str]) -> list[Insertion]:
    """Insertions giving the full name, and the role the articles give, of each
    person ``sentence`` names for the first time in the brief; every person it
    names joins ``introduced``."""
    insertions = []
    for mention in index.within(sentence.article_id, sentence.start, sentence.end, (PERSON,)):
        entity = mention.entity
        if entity.id in introduced:
            continue
        introduced.add(entity.id)
        at, after = mention.span.start - sentence.start, mention.span.end - sentence.start
        role = role_of(entity)
        if role and role.lower() not in mention.span.text.lower() and not _has_role(sentence.text, at, after):
            insertions.append(Insertion(at, role, "role", entity.id))
        given = missing_first_names(entity.name, mention.span.text)
        if given:
            surname_at = after - len(mention.span.text.split()[-1])
            insertions.append(Insertion(surname_at, given, "first mention", entity.id))
    return insertions
