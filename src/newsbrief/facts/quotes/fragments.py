"""Quoted words that are no quotation: a fragment set inside the writer's own
clause ('Muench told AFP that Amri's name "has come up in the past"', 'a
"soldier of the Islamic State"'). It opens in lower case, mid-sentence, and
either has no subject of its own (it opens on a verb, adverb or preposition)
or no finite verb at all; a whole clause quoted in lower case ('said "our
attention is high"') is still a quotation."""

from __future__ import annotations

from newsbrief.facts.nlp import Parsed

_NO_SUBJECT = {"VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "MD", "RB", "RBR", "RBS", "IN", "TO", "CC", "JJ", "JJR", "JJS"}
_FINITE = {"VBD", "VBZ", "VBP", "MD"}
_CONTINUING = {"IN", "TO", "CC"}
"""Opening on a preposition or conjunction, quoted words carry on the writer's sentence however far they run."""


def is_fragment(text: str, start: int, end: int, parsed: Parsed | None) -> bool:
    """Whether ``text[start:end]``, a quotation inside the sentence ``parsed``, is a fragment of a clause."""
    body = text[start:end].lstrip(" '‘\"“[(….")
    if not body[:1].isalpha() or not body[:1].islower():
        return False
    if parsed is None or not parsed.tokens:
        return len(body.split()) < 6
    inside = [t for t in parsed.tokens if start <= t.start < end and t.text[:1].isalnum()]
    if not inside or not any(t.tag for t in inside):
        return len(body.split()) < 6
    if inside[0].tag in _CONTINUING:
        return True
    if end > parsed.sentence.end:
        return False  # it runs on past its sentence: a quotation of its own
    return inside[0].tag in _NO_SUBJECT or not any(t.tag in _FINITE for t in inside)
