"""Entity resolution at the door: a cluster's parsed sentences in, its entities
and where each is mentioned out.

Alias resolution is written here because no library does it for names across
documents: spaCy finds mentions but does not link "Cristian Movio", "Christian
Morio" and "Movio"; rapidfuzz scores spellings but knows nothing of given
names, surnames, initials, acronyms or who is mentioned in the same sentence.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from newsbrief.facts.config import FactsConfig
from newsbrief.facts.entities.blocking import sharing_a_key
from newsbrief.facts.entities.mentions import NOT_NAMES, aliases, raw_mentions, repair, surface, title_before
from newsbrief.facts.entities.organisations import org_key, org_keys, same_organisation
from newsbrief.facts.entities.persons import is_full, resolve_short_names, same_person, surname_keys
from newsbrief.facts.entities.ranking import Resolved, rank
from newsbrief.facts.entities.salience import demonym_mentions
from newsbrief.facts.entities.voting import vote_groups
from newsbrief.facts.nlp import Parsed
from newsbrief.facts.text import name_tokens
from newsbrief.unionfind import UnionFind


def resolve(parsed: Sequence[Parsed], config: FactsConfig, caseless: bool = False) -> Resolved:
    """Find the entities of a cluster and every mention of each: mentions
    repaired, typed by vote, spellings of one name joined (declared aliases,
    full names of one person, organisation names and acronyms), single names
    resolved to the full name they stand for, then ranked."""
    mentions = repair(parsed, raw_mentions(parsed), caseless)
    for m in mentions:
        m.key = name_tokens(surface(parsed[m.p], m.start, m.end))
        m.title_start = title_before(parsed[m.p], m.start) if m.group == "person" else None
    mentions = [
        m for m in mentions
        if m.key and any(len(w) > 1 for w in m.key) and " ".join(m.key) not in NOT_NAMES
        and not (m.group == "person" and len(m.key) == 1 and surface(parsed[m.p], m.start, m.end).isupper())
    ]
    if not mentions:
        return Resolved([], [[] for _ in parsed])
    vote_groups(parsed, mentions)

    forms = sorted({(m.group, m.key) for m in mentions})
    form_index = {form: i for i, form in enumerate(forms)}
    union: UnionFind[int] = UnionFind(range(len(forms)))

    def join(i: int, j: int) -> None:
        a, b = union.find(i), union.find(j)
        union.union(max(a, b), min(a, b))  # the earliest form names the group

    sentences_of: dict[int, set[int]] = defaultdict(set)
    for m in mentions:
        sentences_of[form_index[(m.group, m.key)]].add(m.p)

    for i, j in aliases(parsed, mentions):
        join(form_index[(mentions[i].group, mentions[i].key)], form_index[(mentions[j].group, mentions[j].key)])

    persons = [i for i, (g, k) in enumerate(forms) if g == "person" and is_full(k)]
    for i, j in sharing_a_key({i: surname_keys(forms[i][1], config) for i in persons}):
        if sentences_of[i] & sentences_of[j]:
            continue
        if same_person(forms[i][1], forms[j][1], config):
            join(i, j)

    others = [i for i, (g, _) in enumerate(forms) if g in ("org", "place")]
    keys = {i: org_key(forms[i][1]) for i in others}
    for i, j in sharing_a_key({i: org_keys(keys[i]) for i in others}):
        if same_organisation(forms[i][0], keys[i], forms[j][0], keys[j]):
            join(i, j)

    assigned = resolve_short_names(parsed, mentions, forms, form_index, persons, union, config)
    roots: dict[int, list[int]] = defaultdict(list)
    for n, m in enumerate(mentions):
        root = assigned.get(n, union.find(form_index[(m.group, m.key)]))
        roots[root].append(n)
    groups = [[mentions[n] for n in members] for members in roots.values()]
    return rank(parsed, groups, config, demonym_mentions(parsed))
