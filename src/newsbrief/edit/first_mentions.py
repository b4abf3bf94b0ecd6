"""The first time the brief names a person, it gives the full name and role: a
surname alone ("Scata fired...") gets the first name the articles give, and a
name without a title the one the articles put before it, as insertions
("[Police Officer] [Luca] Scata fired...")."""

from __future__ import annotations

import re
from collections import Counter

from newsbrief.edit.descriptions import Descriptions, description_before
from newsbrief.edit.full_names import PARTICLES, FullNames, looks_like_a_persons_name, reads_as_a_verb
from newsbrief.edit.mentions import PERSON, MentionIndex
from newsbrief.model import Entity, Insertion, Sentence
from newsbrief.split.tokens import STOPWORDS


TITLES = frozenset(
    "mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame lord lady officer sgt sgt. sergeant president "
    "minister chancellor senator sen. rep. representative governor gov. mayor judge justice chief general gen. "
    "colonel col. captain capt. lieutenant lt. king queen prince princess pope rev. reverend father bishop "
    "detective inspector constable agent coach premier secretary ambassador".split()
)
"""Words that may stand before a surname without being a given name."""

_DETERMINERS = frozenset("the a an this that these those".split())
"""Words that never stand right before a person's name: "The Roadmap" is not a person."""


def _name_like(word: str) -> bool:
    """A word that can be part of a person's name: capitalised or a surname particle."""
    return word[:1].isupper() or word.lower() in PARTICLES


def _without_titles(words: list[str]) -> list[str]:
    """The words of a mention after the titles that open it ("Minniti" of "Mr Minniti")."""
    while len(words) > 1 and words[0].lower() in TITLES:
        words = words[1:]
    return words


def missing_first_names(full: str, written: str) -> str | None:
    """The words of ``full`` that a mention written ``written`` leaves out before
    its surname, when the mention is a surname alone, perhaps after a title or
    with its particle ("Scata", "Mr Minniti", "De Boer"); a mention with any given
    name of its own is left as written, and so is a "full name" that is not a
    person's ("Richard Arcara of Buffalo")."""
    names, words = full.split(), _without_titles(written.split())
    if not words or len(names) <= len(words):
        return None
    if [name.lower() for name in names[-len(words):]] != [word.lower() for word in words]:
        return None
    if any(word.lower() not in PARTICLES for word in words[:-1]):
        return None
    if not full.islower() and not all(_name_like(name) for name in names):
        return None
    given = [name for name in names[:-len(words)] if name.lower() not in TITLES]
    if any(name.lower() in STOPWORDS and name.lower() not in PARTICLES for name in given):
        return None  # "No Smoking" from a sign is no one's name: no "[No] Smoking"
    if len(given) == 1 and reads_as_a_verb(given[0]):
        return None  # a verb the recogniser took into a name ("Describing Metallica"), not "[Describing]"
    return " ".join(given) or None


def _already_written(given: str, text: str, surname_at: int) -> tuple[str, int]:
    """The part of ``given`` that ``text`` does not already write right before the
    surname at ``surname_at`` ("da" of "da Silva" when the mention is "Silva"),
    and the offset where that part goes: before the words already written."""
    names = given.split()
    at = surname_at
    while names:
        before = text[:at].rstrip()
        word = names[-1]
        if not before.lower().endswith(word.lower()) or before[:-len(word)][-1:].isalnum():
            break
        at = len(before) - len(word)
        names.pop()
    return " ".join(names), at


def _capitalised_as(given: str, written: str) -> str:
    """Given names in the case of the written surname: "katarzyna" before "Padlo"
    (a source that lower-cased the name once) is shown "Katarzyna"."""
    if written[:1].isupper() and given.islower():
        return " ".join(word if word in PARTICLES else word.capitalize() for word in given.split())
    return given


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
    among the three words before it, a title run news sets before a name ("Metallica
    drummer Lars Ulrich": ``edit.descriptions.description_before``), an apposition
    right after it (", the officer...") or a described phrase right before it ("His
    partner, Luca Scata")."""
    before = sentence_text[:at].split()[-3:]
    if any(word.lower().strip(",") in TITLES for word in before) or description_before(sentence_text, at):
        return True
    return bool(_APPOSITION.match(sentence_text[after:]) or _APPOSED_TO.search(sentence_text, 0, at))


_APPOSITION = re.compile(r",\s+(?:\d+,\s+)?(?:the|a|an|who|whose|[a-z]+'s)\b")
_APPOSED_TO = re.compile(r"\b(?:the|a|an|his|her|their|its|our|[A-Za-z]+'s)\s+(?:[\w'’-]+\s+){0,3}[\w'’-]+,\s*$",
                         re.IGNORECASE)
"""A name set off after the phrase that describes it: "His 29-year-old partner, Luca Scata, ..."."""


def first_mentions(sentence: Sentence, index: MentionIndex, introduced: set[str],
                   names: FullNames | None = None, descriptions: Descriptions | None = None) -> list[Insertion]:
    """Insertions giving the full name, and the role the articles give, of each
    person ``sentence`` names for the first time in the brief; every person it
    names joins ``introduced``. With ``names``, a surname the recogniser filed
    apart from the full name, or did not find at all, gets it too. A described
    role after a name the sentence writes is not added: on judged briefs it
    went to names the recogniser got wrong ("Buffalo [judge]", "Billy Joel
    [rock star]'s"); it is given where the edit stage writes the name itself
    (``edit.roles``), or a given name of it, or where the sentence writes a full
    name in a person's shape (two capitalised words, never in a possessive): then,
    with ``descriptions``, a person with no title gets how the articles describe
    them ("[Manuel] da Silva [, a taxi driver,] said", "Abdel Salam [, the steward,] said")."""
    insertions = []
    for mention in index.within(sentence.article_id, sentence.start, sentence.end, (PERSON,)):
        entity = mention.entity
        if entity.id in introduced:
            continue
        at, after = mention.span.start - sentence.start, mention.span.end - sentence.start
        words_before = sentence.text[:at].split()
        if words_before and words_before[-1].lower() in _DETERMINERS:
            continue  # "the Roadmap": a thing the recogniser took for a person
        introduced.add(entity.id)
        role = role_of(entity)
        if role and role.lower() not in mention.span.text.lower() and not _has_role(sentence.text, at, after):
            insertions.append(Insertion(at, role, "role", entity.id))

        surname = mention.span.text.split()[-1]
        given = missing_first_names(entity.name, mention.span.text)
        if given and entity.name.lower() in sentence.text[after:].lower():
            given = None  # "Kennedy, his wife, Carolyn Bessette Kennedy, ...": the surname is someone else's
        if given and names is not None and names.names_a_group(surname):
            given = None  # "Democratic and Republican lawmakers": a group's word, not "[Log Cabin] Republican"
        fuller = names.of(surname) if names and given is None else None
        described = entity.id
        if fuller is not None and not fuller.surname_first and fuller.entity.id not in introduced:
            given = missing_first_names(fuller.entity.name, mention.span.text)
            introduced.add(fuller.entity.id)
            described = fuller.entity.id  # the full name's entity: where the articles describe the person
        if given:
            written = _without_titles(mention.span.text.split())
            own = mention.span.text[mention.span.text.rindex(written[0]):]  # "De Boer" of "Mr De Boer"
            named = _given_names(sentence.text, after - len(own), surname, given, entity.id)
            insertions += named
            if named and not role and not _has_role(sentence.text, at, after):
                insertions += _described(sentence.text, after, described, descriptions)
        elif not role and looks_like_a_persons_name(mention.span.text) and not _has_role(sentence.text, at, after):
            insertions += _described(sentence.text, after, entity.id, descriptions)  # "Abdel Salam [, the steward,] said"
    if names is not None:
        covered = [(m.span.start - sentence.start, m.span.end - sentence.start)
                   for m in index.within(sentence.article_id, sentence.start, sentence.end)]
        for start, end, name in names.bare_surnames(sentence.text, covered):
            if name.entity.id in introduced:
                continue
            introduced.add(name.entity.id)
            if name.surname_first:
                insertions.append(Insertion(end, name.given, "first mention", name.entity.id))
            else:
                insertions += _given_names(sentence.text, start, sentence.text[start:end], name.given, name.entity.id)
            if not _has_role(sentence.text, start, end):
                insertions += _described(sentence.text, end, name.entity.id, descriptions)
    return insertions


def _given_names(text: str, surname_at: int, surname: str, given: str, entity_id: str) -> list[Insertion]:
    """The insertion of ``given`` before the surname at ``surname_at``, less any
    particle the sentence writes there already."""
    given, at = _already_written(given, text, surname_at)
    return [Insertion(at, _capitalised_as(given, surname), "first mention", entity_id)] if given else []


def _described(text: str, after: int, entity_id: str, descriptions: Descriptions | None) -> list[Insertion]:
    """The description of the person whose name ends at ``after``, set off by
    commas as an apposition is, unless ``text`` already writes it."""
    found = descriptions.of(entity_id) if descriptions is not None else None
    if not found or found.lower() in text.lower() or text[after:after + 1] in ("'", "’"):
        return []  # none inside a possessive ("da Silva's house")
    closing = "," if text[after:after + 1].isspace() and text[after + 1:after + 2].isalpha() else ""
    return [Insertion(after, f", {found}{closing}", "role", entity_id)]
