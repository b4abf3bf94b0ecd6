"""One renaming rule for repeated article ids, used by brief, batch and stories."""

from __future__ import annotations

from collections.abc import Container


def unique_id(wanted: str, taken: Container[str]) -> str:
    """``wanted`` when it is free, else the first free ``wanted#2``, ``wanted#3``...;
    ``#`` is never produced by a file name's stem, so a renamed id cannot collide
    with an id the input will give later in the common case, and is checked anyway."""
    if wanted not in taken:
        return wanted
    count = 2
    while f"{wanted}#{count}" in taken:
        count += 1
    return f"{wanted}#{count}"


def unique_ids(ids: list[str]) -> tuple[list[str], list[tuple[int, str, str]]]:
    """Every id made unique in order, ids given explicitly later never taken by a
    rename; and each rename as (position, old id, new id)."""
    final: list[str] = []
    taken: set[str] = set()
    later = set(ids)
    renames = []
    for position, wanted in enumerate(ids):
        new = wanted if wanted not in taken else unique_id(wanted, taken | later)
        if new != wanted:
            renames.append((position, wanted, new))
        taken.add(new)
        final.append(new)
    return final, renames
