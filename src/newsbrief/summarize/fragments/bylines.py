"""Bylines and credit lines for the writing: "By Jane Doe, Associated Press Writer",
"Jane Doe | CNN", "(Reporting by ...; Editing by ...)", "... contributed to this report"."""

from __future__ import annotations

import re

_NAME = r"[A-Z][\w.'’-]+(?:\s+(?:[A-Z][\w.'’-]+|de|van|von|al|el|la|le|da|du|bin))*"
_BYLINE = re.compile(
    r"\b(?:associated press|ap|afp|reuters|staff|contributing)\s+(?:writer|reporter)\b|\bstaff correspondent\b"
    r"|\b(?:contributed|contributing) (?:to )?this (?:report|story|article)\b"
    r"|\((?:additional )?(?:reporting|writing|editing) by\b"
    r"|^\s*(?:reporting|writing|editing|compiled|translated) by\b"
    r"|\b(?:follow|reach|contact) (?:him|her|them|the (?:author|writer|reporter)) (?:on|at|via) (?:twitter|facebook|instagram|email)\b"
    r"|\b(?:email|e-mail) (?:him|her|the author|the writer) at\b"
    rf"|^\s*{_NAME}\s*\|\s*[A-Z]",
    re.IGNORECASE,
)
_NOT_A_NAME = (r"(?!(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
               r"|Christmas|Easter|Then|Now|Noon|Midnight|Late|Early|Last|Next|This|That|The)\b)")
_CASED = re.compile(rf"^\s*(?:By|BY|Written by|Story by)\s+{_NOT_A_NAME}[A-Z][\w.'’-]+\s+{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*\s*(?:[,|/-]|$|\b(?:for|of)\b)")


def is_byline(text: str) -> bool:
    """A sentence that names who wrote, reported or edited the story."""
    if _CASED.match(text) and len(text.split()) <= 12:
        return True
    return bool(_BYLINE.search(text))
