"""A regular expression behind a cheap gate: the literal pieces one of which every
match contains. Python's ``re`` tries each alternative of a long alternation at every
position of the text (a 40-branch furniture pattern costs about 0.15 ms a sentence);
a substring test for the literals costs a few microseconds, and most sentences hold
none of them, so the pattern runs only where it could match. Same answers as the
bare pattern, provided every branch needs one of the literals (the tests check this
with strings Hypothesis generates from each gated pattern)."""

from __future__ import annotations

import re

_FOLD = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})
"""The characters ``re.IGNORECASE`` matches to an ASCII letter that ``str.lower`` does
not turn into it (İ lowers to "i" and a combining dot)."""


class Gated:
    """``pattern``, searched or matched only in a text holding one of ``needs`` (lower-case
    literals, looked for in the case-folded text when the pattern ignores case)."""

    def __init__(self, pattern: re.Pattern[str], needs: tuple[str, ...]) -> None:
        self.pattern = pattern
        self.caseless = bool(pattern.flags & re.IGNORECASE)
        if self.caseless and any(need != need.lower() for need in needs):
            raise ValueError("a caseless pattern's literals must be lower-case")
        self.needs = needs

    def could_match(self, text: str) -> bool:
        """True when ``text`` holds one of the literals every match needs."""
        folded = text.translate(_FOLD).lower() if self.caseless else text
        for need in self.needs:  # a plain loop: any() over a generator costs twice as much here
            if need in folded:
                return True
        return False

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(text) if self.could_match(text) else None

    def match(self, text: str) -> re.Match[str] | None:
        return self.pattern.match(text) if self.could_match(text) else None
