"""List items: a line opened by a bullet, a dash or a number ("--Install shoulder belts in
all rear seating positions", "• Free parking", "3. Get an anti-virus program and use it."),
which continues a lead-in the reader does not see."""

from __future__ import annotations

import re

_BULLET = re.compile(r"^\s*(?:(?:--?(?![-\d])|[•▪◦●■□➢►*·–—])\s*(?=\S)|\d{1,2}[.)]\s+(?=[^\W\d_]))")


# A list's lead-in cut at its first number: "For this collection, several things were done: 1."
_LEAD_IN = re.compile(r":\s*\(?\d{1,2}[.)]\s*$")


def is_list_item(text: str) -> bool:
    """A sentence that opens with a bullet, a dash or an item's number, or that ends on
    the number of the first item of a list."""
    return bool(_BULLET.match(text) or _LEAD_IN.search(text))
