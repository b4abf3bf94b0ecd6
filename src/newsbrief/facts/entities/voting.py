"""Type voting: every spelling of a name takes the type (person, organisation,
place) that most of its mentions have, since the small NER model labels one
name differently from sentence to sentence."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from newsbrief.facts.entities.mentions import Mention
from newsbrief.facts.entities.organisations import COMPANY_WORDS
from newsbrief.facts.entities.persons import is_full, split_person
from newsbrief.facts.nlp import Parsed

_PLACE_CUES = {"in", "near", "outside", "from", "at", "across", "through", "to", "into", "towards", "toward"}
_PLACE_OF = {"town", "city", "village", "suburb", "much", "parts", "part", "outskirts", "centre", "center", "county",
             "province", "region", "district", "streets", "residents", "people", "north", "south", "east", "west"}
"""Words before "of" that make the name after it a place ("the town of Riverton", "much of Riverton")."""
_PLACE_AFTER = {"station", "district", "suburb", "square", "street", "airport", "province", "region", "county",
                "town", "city", "village", "area", "neighbourhood", "neighborhood", "borough", "port", "harbour"}
"""Words after a name that make it a place ("Sesto San Giovanni police station", "the Eastgate district")."""


def _place_cue(parsed: Parsed, m: Mention) -> bool:
    """Whether the words around a name labelled a person read as a place's."""
    tokens = parsed.tokens
    previous = tokens[m.start - 1].text.lower() if m.start else ""
    if previous in _PLACE_CUES:
        return True
    if previous == "of" and m.start >= 2 and tokens[m.start - 2].text.lower() in _PLACE_OF:
        return True
    if previous == "the":
        return True
    following = [tokens[k].text.lower() for k in range(m.end, min(m.end + 2, len(tokens)))]
    return any(word in _PLACE_AFTER for word in following)


_COMPANY_SUFFIXES = {"corp", "corporation", "inc", "incorporated", "ltd", "limited", "plc", "llc", "gmbh", "labs",
                     "laboratories", "holdings", "industries", "technologies"} | COMPANY_WORDS
"""Last words that make a name a company's ("Borealis Gold Corp.", "Corvane Labs"), whatever the tagger said."""


def _company_prefixes(votes: dict[tuple[str, ...], Counter]) -> set[tuple[str, ...]]:
    """The names that are a company's name less its legal suffix, or its first words
    ("Borealis Gold" and "Borealis" of "Borealis Gold Corp."): the company written short."""
    return {key[:n] for key in votes if len(key) > 1 and key[-1] in _COMPANY_SUFFIXES for n in range(1, len(key))}


def vote_groups(parsed: Sequence[Parsed], mentions: list[Mention]) -> None:
    """Set each mention's group to its name's majority vote; a person's name
    after "in", "near", "the town of", ... or before "station", "district", ...
    votes for a place, and a single word that is the
    surname of a full name voted a person, or the last words of a longer one
    (a double surname), is a person (unless voted a place); a company's name,
    and that name without its legal suffix or with only its first words, is an organisation's."""
    votes: dict[tuple[str, ...], Counter] = defaultdict(Counter)
    for m in mentions:
        votes[m.key][m.group] += 1
        if m.group == "person" and _place_cue(parsed[m.p], m):
            votes[m.key]["place"] += 1.5
    person_surnames = {split_person(k)[1] for k, v in votes.items() if is_full(k) and v.most_common(1)[0][0] == "person"}
    person_lasts = {k[-1] for k, v in votes.items() if is_full(k) and v.most_common(1)[0][0] == "person"}
    person_tails = {k[n:] for k, v in votes.items() if len(k) > 2 and v.most_common(1)[0][0] == "person" for n in range(1, len(k) - 1)}
    companies = _company_prefixes(votes)
    for m in mentions:
        group = votes[m.key].most_common(1)[0][0]
        if m.key in companies or m.key[-1] in _COMPANY_SUFFIXES and len(m.key) > 1:
            group = "org"
        elif len(m.key) == 1 and (m.key[0] in person_surnames or m.key[0] in person_lasts) and m.group != "place":
            group = "person"
        elif m.key in person_tails and m.group != "place":
            group = "person"  # a double surname alone ("Okonjo-Hale" of "Farida Okonjo-Hale")
        m.group = group
