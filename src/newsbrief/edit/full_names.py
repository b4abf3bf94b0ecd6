"""The full name behind a surname the recogniser left short or missed: "De Boer"
when the articles also write "Yvo de Boer" (which the recogniser may have filed
as another entity, even an organisation), "Chen" and "Lee" when they write
"Chen Ing-hau" and "Lee Chee-chen". Read off the entities' names alone: a
surname names the one person whose full name ends with it (or, for a name
written surname first, "Chen Ing-hau", begins with it)."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from newsbrief.edit.mentions import PERSON
from newsbrief.model import Entity

PARTICLES = frozenset("da de del della der di do dos das du van von den ter bin ibn al el la le y".split())
"""Lower-case words that belong to a surname ("Manuel da Silva", "Yvo de Boer")."""

SUFFIXES = frozenset("jr jr. sr sr. ii iii iv".split())
"""What follows a surname without being one ("John F. Kennedy Jr.")."""


def without_suffix(words: list[str]) -> list[str]:
    """A name's words less a generational suffix at the end ("Jr.", "III")."""
    return words[:-1] if len(words) > 2 and words[-1].lower() in SUFFIXES else words


_SURNAME_FIRST = re.compile(r"^[A-Z][a-z]+ [A-Z][a-z]+-[a-z]+$")
"""A Chinese name as news writes it: surname, then a hyphenated given name ("Chen Ing-hau")."""
_CAPITALISED = re.compile(r"\b[A-Z][a-z]+\b(?!-)")
_SPEECH = r"(?:said|says|told|tells|added|adds|explained|explains|wrote|writes|noted|notes|recalled|recalls|asked|asks)"
_SPEAKING_SURNAME = re.compile(rf"(?<![\w'’.-])([a-z][a-z'’-]{{2,}})\s+{_SPEECH}\b"
                               rf"|\b{_SPEECH}\s+([a-z][a-z'’-]{{2,}})(?=\s*[.,;]|\s*$)")
"""A surname written in lower case as the speaker (", " bachman said.", "..., said callanan,"): Multi-News
lower-cases its pages' text, and the recogniser misses most names there; beside a verb of
speech a lower-case word that is the surname of one person of the cluster is that person
(not after a determiner: "the king said" is no Stephen King)."""
_DETERMINED = re.compile(r"\b(?:the|a|an|this|that|his|her|their|its|our|my|your)\s+$", re.IGNORECASE)


@dataclass(frozen=True)
class FullName:
    """A person's full name, and whether it is written surname first."""

    entity: Entity
    surname_first: bool

    @property
    def given(self) -> str:
        """The words of the name that are not its surname."""
        words = without_suffix(self.entity.name.split())
        return " ".join(words[1:] if self.surname_first else words[:-1])


def reads_as_a_verb(word: str) -> bool:
    """A capitalised "-ing" word of six letters or more that the recogniser took into a name
    ("Describing Metallica"): no given name."""
    return word.lower().endswith("ing") and len(word) > 5


_COMPANY_SUFFIX = frozenset("inc inc. corp corp. co co. ltd ltd. llc plc gmbh ag sa s.a. nv n.v. lp llp".split())
"""The last word of a company's name ("Napster Inc."), which no person's name ends with."""


def looks_like_a_persons_name(name: str) -> bool:
    """Two words or more, each capitalised or a surname particle, the last capitalised and
    no company's suffix ("Napster Inc."), the first no verb the recogniser took in
    ("Describing Metallica")."""
    words = name.split()
    return (len(words) >= 2 and words[-1][:1].isupper() and words[-1].lower().rstrip(",") not in _COMPANY_SUFFIX
            and not reads_as_a_verb(words[0])
            and all(word[:1].isupper() or word in PARTICLES for word in words))


_CAPITALISED_WORD = re.compile(r"\b[A-Z][a-z]+\b")


def group_words(texts: Iterable[str]) -> frozenset[str]:
    """The capitalised words the ``texts`` write both alone and in the plural
    ("Republican" and "Republicans", "Serb" and "Serbs"), lower-cased: a group's word,
    not a surname, so that "Democratic and Republican lawmakers" gives no one's first
    name to "Republican" ("Idris" is no plural: the texts never write "Idri")."""
    words = {match.group() for text in texts for match in _CAPITALISED_WORD.finditer(text)}
    return frozenset(word.lower() for word in words if word + "s" in words)


def is_group_word(word: str, groups: frozenset[str]) -> bool:
    """Whether ``word`` is one of the ``groups`` (``group_words``) or its plural ("Serbs")."""
    word = word.lower()
    return word in groups or (word.endswith("s") and word[:-1] in groups)


class FullNames:
    """The full names of a cluster's people, looked up by surname; a word of
    ``groups`` (``group_words``) is no one's surname."""

    def __init__(self, entities: Sequence[Entity], groups: frozenset[str] = frozenset()) -> None:
        self._groups = groups
        found: dict[str, dict[str, FullName]] = defaultdict(dict)
        for entity in entities:
            if not looks_like_a_persons_name(entity.name.title() if entity.name.islower() else entity.name):
                continue  # a lower-cased page's name ("cindy bachman") in the shape it would have
            surname_first = bool(_SURNAME_FIRST.match(entity.name))
            if entity.type != PERSON and not (surname_first or any(w in PARTICLES for w in entity.name.split())):
                continue  # an organisation's name in a person's shape only when a recogniser's slip is likely
            words = without_suffix(entity.name.split())
            found[(words[0] if surname_first else words[-1]).lower()][entity.name.lower()] = FullName(entity, surname_first)
        self._by_surname = {surname: [name for key, name in names.items()
                                      if not any(other != key and other.endswith(" " + key) for other in names)]
                            for surname, names in found.items()}

    def of(self, surname: str) -> FullName | None:
        """The one full name ending (or, written surname first, starting) with
        ``surname``, a shorter form of it ("De Boer" of "Yvo de Boer") not counting
        as another; None when there is none, or more than one."""
        names = [] if self.names_a_group(surname) else self._by_surname.get(surname.lower(), [])
        return names[0] if len(names) == 1 else None

    def names_a_group(self, word: str) -> bool:
        """Whether the cluster writes ``word`` in the plural as a group's word ("Republicans")."""
        return is_group_word(word, self._groups)

    def bare_surnames(self, text: str, covered: Sequence[tuple[int, int]]) -> list[tuple[int, int, FullName]]:
        """Capitalised words of ``text`` outside the ``covered`` spans (what the
        recogniser found) that are the surname of exactly one person, and a lower-cased
        one beside a verb of speech (``_SPEAKING_SURNAME``): (start, end, name)."""
        found = []
        words = [(m.start(), m.end(), m.group()) for m in _CAPITALISED.finditer(text)]
        words += [(m.start(g), m.end(g), m.group(g)) for m in _SPEAKING_SURNAME.finditer(text)
                  for g in (1, 2) if m.group(g) and not _DETERMINED.search(text[:m.start(g)])]
        for at, end_at, word in sorted(words):
            if any(start < end_at and at < end for start, end in covered):
                continue
            name = self.of(word)
            if name is not None and name.entity.name.lower() not in text.lower():
                found.append((at, end_at, name))
        return found
