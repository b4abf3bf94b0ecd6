"""A person the recogniser named by a given name alone because the page lower-cased the
surname ("Stacey abrams said" filed as "Stacey"; Multi-News lower-cases its pages' text)
gets the surname back: the word that follows the given name in most of the cluster's
occurrences of it ("Stacey abrams" seven times of eight), so that a pronoun is never
given a bare first name ("she [Stacey]", "He [Steve]")."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace

from newsbrief.edit.mentions import PERSON
from newsbrief.model import Entity
from newsbrief.split.reporters import REPORTING_VERB
from newsbrief.split.tokens import STOPWORDS

_FOLLOWED = 2 / 3
"""Share of the given name's occurrences the surname must follow it in (and twice at least)."""
_NOT_A_SURNAME = re.compile(rf"^(?:{REPORTING_VERB}|[a-z]+(?:ed|ing|ly))$")
"""A word after a name that is its verb or an adverb ("Stacey said", "Steve told", "Kim finally")."""


def completed_names(entities: Sequence[Entity], texts: Iterable[str]) -> tuple[Entity, ...]:
    """The ``entities`` with each one-word person's name completed by the word that
    mostly follows it in the ``texts``, when that is a lower-case word and no verb."""
    single = {e.name.lower() for e in entities if e.type == PERSON and len(e.name.split()) == 1 and e.name.isalpha()}
    if not single:
        return tuple(entities)
    after: dict[str, Counter[str]] = {name: Counter() for name in single}
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, sorted(single))) + r")\b(?:\s+([\w'’-]+))?", re.IGNORECASE)
    for text in texts:
        for found in pattern.finditer(text):
            after[found.group(1).lower()][found.group(2) or ""] += 1
    completed = []
    for entity in entities:
        following = after.get(entity.name.lower()) if entity.type == PERSON else None
        surname = _surname(following) if following else None
        completed.append(replace(entity, name=f"{entity.name} {surname}") if surname else entity)
    return tuple(completed)


def _surname(following: Counter[str]) -> str | None:
    """The word that follows a given name in most of its occurrences, if it can be a surname."""
    word, times = following.most_common(1)[0]
    if times < 2 or times < _FOLLOWED * sum(following.values()):
        return None
    if not word.isalpha() or not word.islower() or word in STOPWORDS or _NOT_A_SURNAME.match(word):
        return None
    return word
