"""List items: a line opened by a bullet or a dash ("--Install shoulder belts in all rear
seating positions", "• Free parking"), which continues a lead-in the reader does not see."""

from __future__ import annotations

import re

_BULLET = re.compile(r"^\s*(?:--?(?![-\d])|[•▪◦●■□➢►*·–—])\s*(?=\S)")


def is_list_item(text: str) -> bool:
    """A sentence that opens with a bullet or a dash."""
    return bool(_BULLET.match(text))
