"""Quoted words that are no quotation: a fragment set inside the writer's own
clause ('Muench told AFP that Amri's name "has come up in the past"', 'a
"soldier of the Islamic State"'). It opens in lower case, mid-sentence, and
either has no subject of its own (it opens on a verb) or no finite verb in
its sentence; a whole clause quoted in lower case ('said "our attention is
high"', '"for me Bali is very much a make or break"') is still a quotation."""

from __future__ import annotations

from newsbrief.facts.nlp import Parsed

_NO_SUBJECT = {"VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "MD", "TO"}
"""Opening on a verb, the quoted words have no subject of their own ("has come up in the past")."""
_FINITE = {"VBD", "VBZ", "VBP", "MD"}


def is_fragment(text: str, start: int, end: int, parsed: Parsed | None) -> bool:
    """Whether ``text[start:end]``, a quotation inside the sentence ``parsed``, is a
    fragment of a clause: in lower case, and opening on a verb or without a finite
    verb before its sentence ends ('"through Chambery, France." He reached ...')."""
    body = text[start:end].lstrip(" '‘\"“[(….")
    if not body[:1].isalpha() or not body[:1].islower():
        return False
    if parsed is None or not parsed.tokens:
        return len(body.split()) < 6
    inside = [t for t in parsed.tokens if start <= t.start < end and t.text[:1].isalnum()]
    if not inside or not any(t.tag for t in inside):
        return len(body.split()) < 6
    return inside[0].tag in _NO_SUBJECT or not any(t.tag in _FINITE for t in inside)
