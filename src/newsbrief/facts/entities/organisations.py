"""Organisation and place names: when two spellings name one referent (the
same words, a known equivalence, an acronym, or the name less generic words
like "News Agency")."""

from __future__ import annotations

ORG_GENERIC = {
    "news", "agency", "party", "group", "inc", "corp", "corporation", "co", "company", "ltd", "plc", "llc",
    "organization", "organisation", "association", "propaganda", "wing", "network", "foundation",
    "institute", "movement", "front", "council", "committee", "service", "services", "airlines", "airline",
    "bank", "club", "team", "union", "federation", "league", "society", "department", "office",
}
COMPANY_WORDS = {"motors", "chemicals", "bancorp", "airways", "restructuring", "pharmaceuticals", "energy", "financial",
                 "capital", "partners", "logistics", "systems", "shipping", "insurance", "foods", "brewery", "mining"}
"""Last words of a business's name that it is often written without, and that make the
name a business's whatever the tagger said ("Corvane Motors" / "Corvane", "Cascade First
Bancorp" / "Cascade First")."""
ORG_GENERIC |= COMPANY_WORDS
ACRONYM_SKIP = {"of", "the", "and", "for", "de", "la", "&", "on", "in", "at", "to", "des", "du", "del"}
# Widely used names of one referent whose letters do not match (a group's
# English initials against its usual name): checked before any fuzzy rule.
KNOWN_EQUIVALENTS = (
    {"isis", "isil", "is", "islamic state", "daesh", "islamic state group", "islamic state of iraq and syria",
     "islamic state of iraq and the levant"},
    {"us", "usa", "united states", "united states of america"},
    {"uk", "united kingdom", "britain", "great britain"},
    {"un", "united nations"},
    {"eu", "european union"},
    {"ussr", "soviet union"},
)
_EQUIVALENT = {name: i for i, group in enumerate(KNOWN_EQUIVALENTS) for name in group}


def acronym(key: tuple[str, ...]) -> str:
    """Initials of a folded name, function words left out ("Front National" -> "fn")."""
    return "".join(word[0] for word in key if word not in ACRONYM_SKIP)


COUNTRY_PREFIXES = (("u", "s"), ("us",), ("u", "k"), ("uk",))
"""A country's initials written before a national body's name ("U.S. Coast Guard",
"UK Border Force"), which other reports leave out ("the Coast Guard")."""


def acronyms(key: tuple[str, ...]) -> set[str]:
    """The initials a name may be written as: of all its words, or of those before a
    closing "and ..." that acronyms often leave off ("Centers for Disease Control and
    Prevention" is "CDC" as well as "CDCP")."""
    found = {acronym(key)}
    if "and" in key[1:-1]:
        head = key[: len(key) - 1 - key[::-1].index("and")]
        if len(acronym(head)) >= 3:
            found.add(acronym(head))
    return found


def org_key(key: tuple[str, ...]) -> tuple[str, ...]:
    """A folded name less a leading article ("the", "al", "el") and a leading
    country's initials ("U.S. Coast Guard" is "coast guard"), "&" read as "and"
    ("Marks & Spencer" is "Marks and Spencer")."""
    key = tuple("and" if word == "&" else word for word in key)
    while len(key) > 1 and key[0] in ("the", "al", "el"):
        key = key[1:]
    for prefix in COUNTRY_PREFIXES:
        if len(key) > len(prefix) + 1 and key[: len(prefix)] == prefix:
            return key[len(prefix):]
    return key


PLACE_GENERIC = {"ocean", "sea", "river", "lake", "island", "islands", "mountains", "valley", "bay", "gulf",
                 "desert", "strait", "straits", "channel"}
"""Words of a natural feature's name that it is often written without ("the Atlantic" / "Atlantic Ocean")."""


def _contains(short: tuple[str, ...], long: tuple[str, ...], generic: set[str] = ORG_GENERIC) -> bool:
    """``short`` is ``long`` less generic words ("Amaq" in "Amaq News Agency")."""
    if len(short) >= len(long):
        return False
    rest = list(long)
    for word in short:
        if word not in rest:
            return False
        rest.remove(word)
    return all(word in generic for word in rest)


def _first_word(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """``short`` is the distinctive first word of a short company name ("Brightwater" of "Brightwater Chemicals")."""
    return len(short) == 1 and 2 <= len(long) <= 3 and long[0] == short[0] and len(short[0]) >= 4 and short[0] not in ORG_GENERIC


def org_keys(key: tuple[str, ...]) -> set[str]:
    """What two organisation or place names must share to be compared: a word,
    an acronym (or letters) on both sides, or a known equivalence."""
    found = {f"w:{word}" for word in [w for w in key if w not in ACRONYM_SKIP] or key}
    found.update(f"a:{letters}" for letters in acronyms(key))
    found.add(f"a:{''.join(key)}")
    text = " ".join(key)
    if text in _EQUIVALENT:
        found.add(f"e:{_EQUIVALENT[text]}")
    return found - {"a:"}


def same_organisation(gi: str, ki: tuple[str, ...], gj: str, kj: tuple[str, ...]) -> bool:
    """Whether two organisation or place names (group, ``org_key``) name one
    referent: the same words (of one group, or more than one word), a known
    equivalence, an acronym of the other, or an organisation's name less generic words."""
    text_i, text_j = " ".join(ki), " ".join(kj)
    same = ki == kj and (gi == gj or len(ki) > 1)
    if not same and text_i in _EQUIVALENT and _EQUIVALENT[text_i] == _EQUIVALENT.get(text_j):
        same = True
    if not same and gi == gj:
        if len(ki) == 1 and len(kj) > 1 and ki[0] in acronyms(kj) and len(ki[0]) >= 2:
            same = True
        elif len(kj) == 1 and len(ki) > 1 and kj[0] in acronyms(ki) and len(kj[0]) >= 2:
            same = True
        elif all(len(w) == 1 for w in ki) and "".join(ki) in ("".join(kj), acronym(kj)):
            same = True
        elif all(len(w) == 1 for w in kj) and "".join(kj) in ("".join(ki), acronym(ki)):
            same = True
        elif gi == "org" and (_contains(ki, kj) or _contains(kj, ki) or _first_word(ki, kj) or _first_word(kj, ki)):
            same = True
        elif gi == "place" and (_contains(ki, kj, PLACE_GENERIC) or _contains(kj, ki, PLACE_GENERIC)):
            same = True
    return same
