"""What a sum of money is for: the theft, ransom, fine, fee or payment it is the
amount of, read from the words that govern it ("charged with embezzling $2.3m",
"a ransom of $2 million", "a £42million deal", "released on a $500,000 bond").

Written by hand because no library says which of a story's sums are one sum told
two ways: spaCy's MONEY label marks an amount, not what it pays for. Two sums
for different purposes are never compared; two for one purpose that each report
gives once are the same sum.
"""

from __future__ import annotations

import re

from newsbrief.facts.nlp import Parsed, Token

NEGATED = "not"
"""The purpose of a sum its sentence denies ("have not spent £48m on a player before")."""

_CUES = (
    ("theft", r"steal|stole|embezzl|pocket|took$|taken$|loot|swindl|defraud|misappropriat|siphon|snatch|grab|nabbed|swiped|rob(?:s|bed|bing|ber(?:y|ies))?$"),
    ("demand", r"ransom|demand"),
    ("fine", r"fine[ds]?$|penalt"),
    ("fee", r"fees?$|deals?$|transfer"),
    ("payment", r"payment|payout|bonus|compensation|settlement"),
    ("bail", r"bail|bonds?$"),
    ("offer", r"offer"),
    ("reward", r"reward"),
    ("raised", r"rais|donat|fundrais"),
    ("value", r"valu|fetch"),
    ("revenue", r"revenue|turnover|sales$"),
    ("profit", r"profit"),
    ("loss", r"loss"),
    ("cost", r"cost|damage|bill$"),
    ("spending", r"spen[dt]|invest"),
    ("salary", r"salar|wage|earn"),
    ("budget", r"budget"),
    ("debt", r"debts?$"),
    ("loan", r"loans?$|owe[ds]?$"),
)
_CUE_PATTERNS = tuple((purpose, re.compile(rf"^(?:{pattern})", re.I)) for purpose, pattern in _CUES)
STORY_PURPOSES = frozenset({"theft", "demand", "fine", "fee", "payment", "bail", "offer", "reward", "debt"})
"""Purposes a story has one sum of (one theft, one ransom, one fine, one transfer fee, the debts a firm collapsed with):
two reports each giving one sum for such a purpose give one sum two ways."""

_CARRIED_OFF = re.compile(r"\b(?:got\s+away|made\s+off|escaped|fled|handed\s+over)\b(?:(?!\b(?:and|but)\s+(?:was|were|is|are|had|has)\b)[^;:])*$", re.I)
"""A theft told by what the thieves left with ("got away with jewellery worth £118,000",
"the shopkeeper handed over £430")."""
_WEAK = re.compile(r"^(?:worth|valued)$", re.I)
"""Words that say what something is worth, not what happened to it: a theft further left
("stolen stock was worth £180,000") wins over them."""
_AUXILIARIES = frozenset({"be", "is", "was", "were", "are", "been", "being", "has", "have", "had", "will", "would",
                          "could", "may", "might", "can", "should", "must", "do", "does", "did", "get", "got"})
_NEGATIONS = frozenset({"not", "n't", "never", "no"})
_STOPS = frozenset({";", ":", "(", ")", "-", "–", "—", '"', "“", "”"})
_LOOK_BACK = 10
"""Tokens before a sum searched for what governs it."""
_APPOSED = re.compile(r"^\s*(?:\(|[-–—,]|or)\s*(?:about|around|roughly|some|nearly|almost|or)?\s*$", re.I)
"""Between a sum and the same sum given again ("$2 million (£1.6m)", "$1.38 million - about $1.4 million")."""


def _cue(word: str) -> str:
    return next((purpose for purpose, pattern in _CUE_PATTERNS if pattern.match(word)), "")


def _negated(tokens: list[Token], index: int) -> bool:
    """Whether a "not" or "never" stands among the two tokens before ``tokens[index]``."""
    return any(t.text.lower() in _NEGATIONS for t in tokens[max(0, index - 2) : index])


def money_purpose(parsed: Parsed, start: int, end: int, previous: tuple[int, str] | None = None) -> str:
    """What the sum at sentence characters ``start:end`` is for: a key of ``_CUES``,
    ``NEGATED``, or "" when nothing says. A noun right after the sum ("a £42million
    deal") decides first; else the nearest cue before it, scanning back to the first
    verb that is no cue ("The fee surpasses the £41m" says nothing of the £41m);
    ``previous``: (end, purpose) of the sum before it in the sentence, whose purpose
    a sum given again in brackets or after a dash takes."""
    text = parsed.sentence.text
    if previous is not None and _APPOSED.match(text[previous[0] : start]):
        return previous[1]
    base = parsed.sentence.start
    tokens = parsed.tokens
    after = [t for t in tokens if t.start - base >= end]
    if after and after[0].tag in ("NN", "NNS") and _cue(after[0].text):
        return _cue(after[0].text)
    before = [t for t in tokens if t.end - base <= start]
    weak = ""
    for index in range(len(before) - 1, max(-1, len(before) - 1 - _LOOK_BACK), -1):
        token = before[index]
        word = token.text.lower()
        if word in _STOPS:
            break
        if _WEAK.match(word):
            weak = weak or "value"
            continue
        purpose = _cue(word) if token.tag.startswith("VB") or token.tag in ("NN", "NNS") else ""
        if purpose:
            return NEGATED if token.tag.startswith("VB") and _negated(before, index) else purpose
        if token.tag.startswith("VB") and word not in _AUXILIARIES:
            break
    if _CARRIED_OFF.search(text[max(0, start - 80) : start]):
        return "theft"
    return weak
