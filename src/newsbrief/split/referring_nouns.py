"""A definite noun phrase anywhere in a sentence that names a particular event,
document, gathering or finding the story introduced earlier: "the slaying",
"the Stanford survey", "the memo", "the poll", "the crash". A reader who never
saw the sentence that introduced it asks "which survey?". Read off the words
alone: "the", up to two modifiers, then one of the nouns news uses this way;
a phrase that says itself what it names ("the crash of Flight 800", "the plan
that ...") or whose noun the sentence already used ("a survey ... the survey")
needs nothing before it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsbrief.split.tokens import stem, tokenize

REFERRING_NOUNS = frozenset("""
plan plans memo memos meeting meetings survey surveys study studies poll polls report statement act
crash slaying killing killings bombing bombings shooting blast explosion accident incident attack attacks
venue deal agreement accord ruling verdict proposal measure bill announcement decision
raid strike protest protests summit talks conference visit trip interview letter speech
couple film movie album trial lawsuit investigation probe referendum ceremony wedding funeral concert
overture offer bid merger acquisition experiment findings
""".split())
"""Nouns that, after "the", nearly always point back to one instance the story
introduced ("the plan", "the study", "the couple", "the overture"), not to a kind of
thing or a known institution. The third line (people, works, proceedings and offers)
cost 0.01 R-2 on 500 Multi-News validation clusters (quality.py --default-only) and
nothing on DUC 2003."""

_DEFINITE = re.compile(
    r"\bthe\s+((?:[\w'’-]+\s+){0,2}?)(" + "|".join(sorted(REFERRING_NOUNS, key=len, reverse=True)) + r")\b"
    r"(?!\s+(?:of|that|which|who|whose|where|in\s+which|known\s+as|called)\b)",
    re.IGNORECASE,
)
_NOT_A_MODIFIER = frozenset("of in on at to for by with from and or a an the that which".split())
LOOK_BACK = 3
"""How many sentences before it, in its own article, the introducing sentence may be."""


def referring_nouns(text: str) -> list[str]:
    """The nouns of ``text``'s definite phrases that point back ("survey" of
    "the Stanford survey reflected ..."), in order; a noun the sentence
    itself used before its "the" is not among them."""
    found = []
    for match in _DEFINITE.finditer(text):
        if any(word.lower() in _NOT_A_MODIFIER for word in match.group(1).split()):
            continue
        noun = match.group(2).lower()
        earlier = {stem(token) for token in tokenize(text[:match.start()])}
        if stem(noun) not in earlier and noun not in found:
            found.append(noun)
    return found


def introducing_sentence(text: str, earlier: Sequence[str]) -> int | None:
    """How far back (1 for the sentence right before) the nearest of the
    ``earlier`` sentences of its article (nearest first) that introduced a noun
    ``text`` points back to lies; None when ``text`` points back to nothing
    those sentences name, or to nothing at all."""
    nouns = {stem(noun) for noun in referring_nouns(text)}
    if not nouns:
        return None
    for back, other in enumerate(earlier[:LOOK_BACK], 1):
        if nouns & {stem(token) for token in tokenize(other)}:
            return back
    return None
