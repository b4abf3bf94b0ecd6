"""Bylines and credit lines for the writing: "By Jane Doe, Associated Press Writer",
"Jane Doe | CNN", "(Reporting by ...; Editing by ...)", "... contributed to this report"."""

from __future__ import annotations

import re

from newsbrief.gated import Gated

_NAME = r"[A-Z][\w.'’-]+(?:\s+(?:[A-Z][\w.'’-]+|de|van|von|al|el|la|le|da|du|bin))*"
_BYLINE = Gated(re.compile(
    r"\b(?:associated press|ap|afp|reuters|staff|contributing)\s+(?:writer|reporter)\b|\bstaff correspondent\b"
    r"|\b(?:contributed|contributing) (?:to )?this (?:report|story|article)\b"
    r"|\((?:additional )?(?:reporting|writing|editing) by\b"
    r"|^\s*(?:reporting|writing|editing|compiled|translated) by\b"
    r"|\b(?:follow|reach|contact) (?:him|her|them|the (?:author|writer|reporter)) (?:on|at|via) (?:twitter|facebook|instagram|email)\b"
    r"|\b(?:email|e-mail) (?:him|her|the author|the writer) at\b"
    rf"|^\s*{_NAME}\s*\|\s*[A-Z]",
    re.IGNORECASE,
), ("writer", "reporter", "staff correspondent", "this report", "this story", "this article", "reporting by",
    "writing by", "editing by", "compiled by", "translated by", "twitter", "facebook", "instagram", "email", "mail ", "|"))
_NOT_A_NAME = (r"(?!(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
               r"|Christmas|Easter|Then|Now|Noon|Midnight|Late|Early|Last|Next|This|That|The)\b)")
_CASED = re.compile(rf"^\s*(?:By|BY|Written by|Story by)\s+{_NOT_A_NAME}[A-Z][\w.'’-]+\s+{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*\s*(?:[,|/-]|$|\b(?:for|of)\b)")


# Multi-News lower-cases the byline and runs it into the headline or the story: "By ed kilgore
# america is driving young scientists out ...". Two lower-case words after "By" are a name
# unless the first is how or when something happened ("by choice and disposition, ...").
_LOWER_CASE_NAME = re.compile(
    r"^\s*[Bb]y\s+(?!(?:the|a|an|then|now|that|this|these|those|his|her|their|its|our|my|far|next|last|most|all|some"
    r"|many|mid|early|late|noon|midnight|night|day|morning|evening|afternoon|law|contrast|comparison|choice|not|agreement"
    r"|almost|often|accident|virtue|design|default|chance|nature|definition|way|hand|mistake|contrast)\b)"
    r"(?![a-z]+(?:ing|ly)\b)[a-z][a-z'’-]+\s+[a-z][a-z'’-]+\s+[a-z]"
)


def is_byline(text: str) -> bool:
    """A sentence that names who wrote, reported or edited the story."""
    if _CASED.match(text) and len(text.split()) <= 12:
        return True
    return bool(_BYLINE.search(text) or _LOWER_CASE_NAME.match(text))
