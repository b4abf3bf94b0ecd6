"""Gallery counters ("1 of 4", "Image 3 of 12", "Photo 2/9") and the caption they lead."""

from __future__ import annotations

import re

_COUNTER = re.compile(
    r"^(?:(?:image|photo|picture|slide|video)s?\s+)?\d{1,3}\s*(?:of|/)\s*\d{1,3}\b(?!\s*(?:%|percent|per cent))"
    r"|\b(?:image|photo|picture|slide)\s+\d{1,3}\s+of\s+\d{1,3}\b"
    r"|^(?:next|previous|prev|back|forward)\s+(?:image|photo|slide|picture)\b"
    r"|\b(?:expand|view|launch|open)\s+(?:the\s+)?(?:gallery|slideshow|slide show)\b",
    re.IGNORECASE,
)


def is_gallery(text: str) -> bool:
    """A sentence that opens with (or carries) a gallery counter or gallery control."""
    return bool(_COUNTER.search(text.strip()))
