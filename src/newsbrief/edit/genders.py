"""Whether the articles write a person as "he" or "she", read off the cluster itself (no
list of given names): a title before a mention ("Mr", "Mrs", "Ms") and the pronouns of a
sentence naming that person and no one else, after the name, with the "he" or "she"
opening the sentence after it when that names no one; pooled over the people of one surname
(the recogniser files "chris fitzgerald" and "fitzgerald" apart), so that a family's
"he" and "she" decide nothing. A pronoun is then never given the name of someone the articles
write the other way ("she [Paul Ryan] said", "Her [Fitzgerald's] whereabouts" for a
sheriff the articles call "he")."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from newsbrief.edit.mentions import PERSON, MentionIndex
from newsbrief.model import Sentence
from newsbrief.split.quotations import blank_quotations

HE, SHE = "he", "she"
_PRONOUNS = {"he": HE, "him": HE, "his": HE, "himself": HE, "she": SHE, "her": SHE, "hers": SHE, "herself": SHE}
_PRONOUN = re.compile(r"\b(?:he|him|his|himself|she|her|hers|herself)\b", re.IGNORECASE)
_OPENING_PRONOUN = re.compile(r"^\W*(he|she)\b", re.IGNORECASE)
_TITLE = re.compile(r"\b(?:(mr|sir|lord|king|prince|father)|(mrs|ms|miss|dame|lady|queen|princess))\.?\s+$",
                    re.IGNORECASE)
_TITLE_WEIGHT = 3
"""A title tells as much as three pronouns."""
_DOMINANCE = 3
"""How many times the other side's evidence one side needs to decide."""


def pronoun_gender(word: str) -> str | None:
    """HE or SHE for a personal pronoun ("his" -> HE), None for any other word."""
    return _PRONOUNS.get(word.lower())


class Genders:
    """How the articles write each person of a cluster: HE, SHE or not known."""

    def __init__(self, sentences: Sequence[Sentence], index: MentionIndex) -> None:
        evidence: dict[str, Counter[str]] = defaultdict(Counter)
        self._surname: dict[str, str] = {}
        by_article: dict[str, list[Sentence]] = defaultdict(list)
        for sentence in sentences:
            by_article[sentence.article_id].append(sentence)
        for ordered in by_article.values():
            ordered.sort(key=lambda s: s.index)
            for k, sentence in enumerate(ordered):
                people = index.within(sentence.article_id, sentence.start, sentence.end, (PERSON,))
                for mention in people:
                    self._surname[mention.entity.id] = (mention.entity.name.split() or [""])[-1].lower()
                    title = _TITLE.search(sentence.text[:mention.span.start - sentence.start])
                    if title:
                        evidence[mention.entity.id][HE if title.group(1) else SHE] += _TITLE_WEIGHT
                if len({m.entity.id for m in people}) != 1:
                    continue
                told = evidence[people[0].entity.id]
                own = blank_quotations(sentence.text)
                after = people[0].span.end - sentence.start
                for found in _PRONOUN.finditer(own[after:] if own is not None else ""):
                    told[_PRONOUNS[found.group().lower()]] += 1
                following = ordered[k + 1] if k + 1 < len(ordered) else None
                if following is not None and following.index == sentence.index + 1 \
                        and not index.within(following.article_id, following.start, following.end, (PERSON,)):
                    opening = _OPENING_PRONOUN.match(following.text)
                    if opening:
                        told[_PRONOUNS[opening.group(1).lower()]] += 1
        surnames: dict[str, Counter[str]] = defaultdict(Counter)
        for entity_id, told in evidence.items():
            surnames[self._surname.get(entity_id, entity_id)] += told
        self._gender = {surname: side for surname, told in surnames.items() if (side := _decided(told))}

    def of(self, entity_id: str) -> str | None:
        """HE or SHE when the articles decide it for the people of this surname, else None."""
        return self._gender.get(self._surname.get(entity_id, entity_id))

    def fits(self, entity_id: str, pronoun: str) -> bool:
        """Whether a ``pronoun`` may stand for the person: unknown either way, or the same."""
        wanted, known = pronoun_gender(pronoun), self.of(entity_id)
        return wanted is None or known is None or wanted == known


def _decided(told: Counter[str]) -> str | None:
    """The side with at least two pieces of evidence and ``_DOMINANCE`` times the other's."""
    for side, other in ((HE, SHE), (SHE, HE)):
        if told[side] >= 2 and told[side] >= _DOMINANCE * told[other]:
            return side
    return None
