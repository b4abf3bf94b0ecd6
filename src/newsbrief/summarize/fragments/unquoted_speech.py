"""Speech that lost its quotation marks: a plea or an order given in the speaker's own
voice ("Tell me what i have to do please.", "Help us find our daughter."). A reporter does
not address the reader so; without its marks and its speaker the sentence is a piece of a
quotation nobody can place."""

from __future__ import annotations

import re

_PLEA = re.compile(
    r"^\s*(?:please\s+)?(?:tell|help|give|show|send|save|call|bring|forgive|find|pray\s+for|get)\s+(?:me|us)\b",
    re.IGNORECASE,
)
_MARKS = re.compile(r"``|''|[\"“”„«»]")


def is_unquoted_speech(text: str) -> bool:
    """A sentence opening with a plea or an order for the speaker ("Tell me", "Help us")
    and no quotation mark in it."""
    return bool(_PLEA.match(text)) and not _MARKS.search(text)
