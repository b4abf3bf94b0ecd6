"""The first time the brief names a person, it gives the full name: a surname
alone ("Scata fired...") gets the first name the articles give, as an
insertion ("[Luca] Scata fired...")."""

from __future__ import annotations

from newsbrief.edit.mentions import PERSON, MentionIndex
from newsbrief.model import Insertion, Sentence


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


def first_mentions(sentence: Sentence, index: MentionIndex, introduced: set[str]) -> list[Insertion]:
    """Insertions giving the full name of each person ``sentence`` names for the
    first time in the brief; every person it names joins ``introduced``."""
    insertions = []
    for mention in index.within(sentence.article_id, sentence.start, sentence.end, (PERSON,)):
        entity = mention.entity
        if entity.id in introduced:
            continue
        introduced.add(entity.id)
        given = missing_first_names(entity.name, mention.span.text)
        if given:
            surname_at = mention.span.end - len(mention.span.text.split()[-1]) - sentence.start
            insertions.append(Insertion(surname_at, given, "first mention", entity.id))
    return insertions
