"""Type voting: every spelling of a name takes the type (person, organisation,
place) that most of its mentions have, since the small NER model labels one
name differently from sentence to sentence."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from newsbrief.facts.entities.mentions import Mention
from newsbrief.facts.entities.persons import is_full, split_person
from newsbrief.facts.nlp import Parsed

_PLACE_CUES = {"in", "near", "outside", "from", "at", "across", "through"}


def vote_groups(parsed: Sequence[Parsed], mentions: list[Mention]) -> None:
    """Set each mention's group to its name's majority vote; a person's name
    after "in", "near", ... votes for a place, and a single word that is the
    surname of a full name voted a person is a person (unless voted a place)."""
    votes: dict[tuple[str, ...], Counter] = defaultdict(Counter)
    for m in mentions:
        votes[m.key][m.group] += 1
        previous = parsed[m.p].tokens[m.start - 1].text.lower() if m.start else ""
        if m.group == "person" and previous in _PLACE_CUES:
            votes[m.key]["place"] += 1.5
    person_surnames = {split_person(k)[1] for k, v in votes.items() if is_full(k) and v.most_common(1)[0][0] == "person"}
    person_lasts = {k[-1] for k, v in votes.items() if is_full(k) and v.most_common(1)[0][0] == "person"}
    for m in mentions:
        group = votes[m.key].most_common(1)[0][0]
        if len(m.key) == 1 and (m.key[0] in person_surnames or m.key[0] in person_lasts) and m.group != "place":
            group = "person"
        m.group = group
