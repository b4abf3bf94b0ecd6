"""A subordinate clause standing alone: a sentence opened by a conjunction that subordinates
("until", "unless", "although", "because", "if") or a relative "which" with no comma after which a main clause could
follow ("Until a beaver hand puppet enters his life.", "If you instagram -- $ 5 mil.",
"Which is a good thing for George Lucas."). The page
cut it from the sentence it belonged to, or set it as a teaser; either way it says nothing alone."""

from __future__ import annotations

import re

_SUBORDINATE_OPENING = re.compile(
    r"^\s*[\"“']?\s*(?:until|unless|although|though|because|whereas|if|which)\b"
    r"(?!\s+(?:of|so|not|only|recently|now|then|today|yesterday|last|this|that|any|ever|anything|necessary|possible)\b)",
    re.IGNORECASE,
)
_MAIN_CLAUSE_BREAK = re.compile(r"[,;:]")
_DASH = re.compile(r"\s(?:--|—|–|_|-)\s")
_WORD = re.compile(r"[^\W\d_]{2,}")
_LONGEST = 11
"""Words at most: a longer clause may run into its main clause with no comma ("If Putin is a hero
to anyone it is to the military")."""


def _main_clause_after_dash(text: str, start: int) -> bool:
    """A dash followed by three words or more: a main clause may stand there ("... _ this is the best
    time to ..."), where "-- $ 5 mil." is none."""
    return any(len(_WORD.findall(text, dash.end())) >= 3 for dash in _DASH.finditer(text, start))


def is_subordinate_clause_alone(text: str) -> bool:
    """A short sentence opened by a subordinating conjunction with no comma, semicolon, colon or
    clause-bearing dash after it."""
    opening = _SUBORDINATE_OPENING.match(text)
    if not opening or len(text.split()) > _LONGEST or text.rstrip(" \"”'’").endswith("?"):
        return False  # "Which team will win?" asks
    return not (_MAIN_CLAUSE_BREAK.search(text, opening.end()) or _main_clause_after_dash(text, opening.end()))
