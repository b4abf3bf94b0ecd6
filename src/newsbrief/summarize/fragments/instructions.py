"""Instructions to the reader: a sentence that opens with a verb telling the reader what
to do ("Eat additional foods from a food group above your daily recommendation.", "Select a
higher-calorie form of a food.", "Click here to subscribe."): an item of advice or a page's
prompt, out of the list or box that introduced it; a report never addresses its reader so."""

from __future__ import annotations

import re

_IMPERATIVE = re.compile(
    r"^(?:eat|drink|add|select|choose|avoid|remember|consider|ask|visit|click|tap|subscribe|sign up|register"
    r"|download|install|follow|contact|email|e-mail|wash|cook|replace|remove|wear|buy|tell|limit|swap|skip"
    r"|don['’]t|do not|be sure|make sure|never|always|please)(?![\w'’-])"
    r"(?!\s+(?:of|to|with|and|or|is|are|was|were|has|have|had|will|would|can|could|says?|said)\b)",
)
"""The verb opens the sentence as its first word, capitalised, and is not a noun or a
subject ("Contact with the virus was...", "Email is ...", "Tell-tale signs", "Never has ...")."""
_INVERSION = re.compile(r"^(?:never|always)\s+(?:has|have|had|was|were|is|are|did|does|do|before|again|been|\w+ing)\b",
                        re.IGNORECASE)
_THEN_RESULT = re.compile(r",\s+and\s")
"""'Add up their face value, and the coins amount to under $600': an imperative that sets a
condition for what the sentence then reports."""


_APPEAL = re.compile(
    r"^(?:so\s+|and\s+|please\s+)?(?:help us|join us|support us|donate(?:\s+(?:to|now|today))?|give to)\b",
    re.IGNORECASE,
)
"""A page's appeal to its reader, in any case ("so help us get ken to america ...", "give to the water
bar ... fund and help us open our doors", "Please join us in urging ...", "Donate now"): in all
of Multi-News validation's 14 sentences opening so, each is one."""


def is_instruction(text: str) -> bool:
    """A sentence that opens with a verb in the imperative addressed to the reader, or with
    a page's appeal to its reader."""
    stripped = text.lstrip()
    if _APPEAL.match(stripped):
        return True
    if not stripped[:1].isupper():
        return False  # a lower-case start is a piece of a sentence, judged elsewhere
    lowered = stripped[0].lower() + stripped[1:]
    return bool(_IMPERATIVE.match(lowered)) and not _INVERSION.match(stripped) and not _THEN_RESULT.search(stripped)
