"""People's names: given names and surname, when two full names can name one
person (a surname one edit apart, "G." for "George"), and which full name a
surname or given name alone stands for."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from newsbrief.facts.config import FactsConfig
from newsbrief.facts.entities.mentions import Mention
from newsbrief.facts.nlp import Parsed
from newsbrief.facts.text import distance, name_tokens
from newsbrief.unionfind import UnionFind

PARTICLES = {"de", "del", "della", "di", "da", "van", "von", "der", "den", "le", "la", "du", "dos", "das",
             "al", "el", "bin", "ibn", "ben", "st", "ter", "ten", "mac", "lo"}


def split_person(key: tuple[str, ...]) -> tuple[tuple[str, ...], str, str]:
    """(given names, surname with particles, surname's last word)."""
    if len(key) == 1:
        return (), key[0], key[0]
    k = len(key) - 1
    while k > 0 and key[k - 1] in PARTICLES:
        k -= 1
    return key[:k], "".join(key[k:]), key[-1]


def is_full(key: tuple[str, ...]) -> bool:
    """A name with a given name as well as a surname."""
    return bool(split_person(key)[0])


def _given_compatible(a: str, b: str, fuzzy: bool, config: FactsConfig) -> bool:
    """Given names of one person: equal, an initial of the other, or (``fuzzy``) one edit
    apart as written or once romanised alike ("Dmitri" / "Dmytro")."""
    if a == b:
        return True
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    return fuzzy and min(len(a), len(b)) >= config.fuzzy_min_length and (
        distance(a, b) <= 1 or distance(romanised(a), romanised(b)) <= 1)


_ROMANISATIONS = (("kh", "h"), ("h", "g"), ("y", "i"), ("j", "i"), ("w", "v"))
"""Letters that the usual romanisations of one Slavic or Arabic name write apart
("Hrytsenko" / "Gritsenko", "Oleksandr" / "Aleksandr", "Yusuf" / "Jusuf")."""


def romanised(word: str) -> str:
    """A folded name word with the letters romanisations disagree on made one, and
    doubled letters single: two romanisations of one name have one such form."""
    for written, common in _ROMANISATIONS:
        word = word.replace(written, common)
    return re.sub(r"(.)\1", r"\1", word)


def same_person(a: tuple[str, ...], b: tuple[str, ...], config: FactsConfig) -> bool:
    """Whether two full names (two words or more) can name one person: the same
    surname and compatible given names ("Luca"/"Lica", "G."/"George"), or a
    surname one edit apart with the same given name ("Movio"/"Morio"), a surname
    romanised two ways with a given name one edit apart once romanised alike
    ("Oleksandr Hrytsenko"/"Aleksandr Gritsenko"), or the
    last words of the other (a double surname alone: "Okonjo-Hale"). Different
    given names, or clashing middle names, keep people who share a surname apart."""
    given_a, surname_a, _ = split_person(a)
    given_b, surname_b, _ = split_person(b)
    if not given_a or not given_b:
        return False
    short, long = sorted((a, b), key=len)
    if len(short) < len(long) and long[-len(short):] == short:
        return True  # a double surname written alone ("Okonjo-Hale" of "Farida Okonjo-Hale", "Ramos Cruz")
    transliterated = False
    if surname_a == surname_b:
        fuzzy_given = True
    elif min(len(surname_a), len(surname_b)) > config.fuzzy_min_length and romanised(surname_a) == romanised(surname_b):
        fuzzy_given = transliterated = True
    elif (
        min(len(surname_a), len(surname_b)) >= config.fuzzy_min_length
        and distance(surname_a, surname_b) <= config.fuzzy_surname_distance
    ):
        fuzzy_given = False
    else:
        return False
    first_a, first_b = (romanised(given_a[0]), romanised(given_b[0])) if transliterated else (given_a[0], given_b[0])
    if not _given_compatible(first_a, first_b, fuzzy_given, config):
        return False
    middle_a, middle_b = given_a[1:], given_b[1:]
    for x, y in zip(middle_a, middle_b):
        if not _given_compatible(x, y, False, config):
            return False
    return True


def surname_keys(key: tuple[str, ...], config: FactsConfig) -> set[str]:
    """The surname and, when it is long enough to be matched fuzzily, every form of
    it less one letter: two spellings one edit apart (with transpositions) share one."""
    surname = split_person(key)[1]
    if config.fuzzy_surname_distance > 1:
        return {""}  # a wider distance than this blocking covers: compare every pair
    found = {surname, "r:" + romanised(surname)}
    if len(surname) >= config.fuzzy_min_length and config.fuzzy_surname_distance == 1:
        found.update(surname[:k] + surname[k + 1 :] for k in range(len(surname)))
    return found


def name_parts(text: str) -> tuple[tuple[str, ...], str]:
    """Given names and surname of a person's name, folded."""
    given, surname, _ = split_person(name_tokens(text))
    return given, surname


def resolve_short_names(
    parsed: Sequence[Parsed],
    mentions: list[Mention],
    forms: list[tuple[str, tuple[str, ...]]],
    form_index: dict[tuple[str, tuple[str, ...]], int],
    persons: list[int],
    union: UnionFind[int],
    config: FactsConfig,
) -> dict[int, int]:
    """Single-word person mentions, resolved one by one to the full name they
    stand for: mention index -> root of that name's group. A surname (or one a
    letter off) shared by several people goes to the one named last before it in
    the article, else first in it, else to a person mentioned three times as
    often as any other; a given name alone only to the one person of the article with it."""
    clusters_by_surname: dict[str, set[int]] = defaultdict(set)
    clusters_by_given: dict[str, set[int]] = defaultdict(set)
    for i in persons:
        given, surname, last = split_person(forms[i][1])
        root = union.find(i)
        clusters_by_surname[surname].add(root)
        clusters_by_surname[last].add(root)
        clusters_by_given[given[0]].add(root)
    article_of = [item.sentence.article_id for item in parsed]
    full_positions: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for m in mentions:
        if m.group == "person" and is_full(m.key):
            full_positions[article_of[m.p]].append((m.p, union.find(form_index[(m.group, m.key)])))
    cluster_size = Counter(union.find(form_index[(m.group, m.key)]) for m in mentions)

    def pick(candidates: set[int], m: Mention) -> int | None:
        if len(candidates) == 1:
            return next(iter(candidates))
        local = [(p, root) for p, root in full_positions[article_of[m.p]] if root in candidates]
        before = [root for p, root in local if p <= m.p]
        if before:
            return before[-1]
        if local:
            return local[0][1]
        ranked = sorted(candidates, key=lambda r: -cluster_size[r])
        if ranked and cluster_size[ranked[0]] >= 3 * max(1, cluster_size[ranked[1]]):
            return ranked[0]
        return None

    near_surnames: dict[str, set[int]] = {}  # by word: the same surnames for every mention of it

    def near(word: str) -> set[int]:
        if word not in near_surnames:
            near_surnames[word] = {
                root for surname, roots in clusters_by_surname.items()
                if len(surname) >= config.fuzzy_min_length + 1 and distance(surname, word) <= config.fuzzy_surname_distance
                for root in roots
            }
        return near_surnames[word]

    assigned: dict[int, int] = {}
    for n, m in enumerate(mentions):
        if m.group != "person" or is_full(m.key):
            continue
        word = split_person(m.key)[1]
        candidates = clusters_by_surname.get(word, set()) | clusters_by_surname.get(m.key[-1], set())
        if not candidates and len(word) >= config.fuzzy_min_length + 1:
            candidates = set(near(word))
        if not candidates:
            local = {root for p, root in full_positions[article_of[m.p]]}
            candidates = clusters_by_given.get(word, set()) & local
            if len(candidates) != 1 or word in clusters_by_surname:
                candidates = set()
        choice = pick(candidates, m) if candidates else None
        if choice is not None:
            assigned[n] = choice
    return assigned
