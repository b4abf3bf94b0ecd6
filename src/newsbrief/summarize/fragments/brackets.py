"""Brackets that do not pair up: a sentence closing a bracket it never opened ('... it is
called a "meteorite.")') or opening one it never closes, cut from the rest of its aside."""

from __future__ import annotations

import re

_PAIRS = {")": "(", "]": "["}
_BRACKET = re.compile(r"[()\[\]]")
# Not a bracket of the text: a smiley, a list's "1)" or "a)".
_NOT_AN_ASIDE = re.compile(r"[:;]-?[()\[\]]|^\s*(?:\d{1,2}|[a-z])\)", re.IGNORECASE)


def has_unbalanced_brackets(text: str) -> bool:
    """The sentence's round or square brackets do not pair up."""
    open_brackets: list[str] = []
    for match in _BRACKET.finditer(_NOT_AN_ASIDE.sub(" ", text)):
        mark = match.group(0)
        if mark in _PAIRS:
            if not open_brackets or open_brackets.pop() != _PAIRS[mark]:
                return True
        else:
            open_brackets.append(mark)
    return bool(open_brackets)
