"""Who did what to whom, when both are named: "Luca Scata fatally shot Amri",
"Amri was shot to death by Officer Lica Scata", "Christian Movio, the officer
who killed Amri".

Written by hand because the facts stage runs spaCy without its parser (it
would double the time), and these few surface patterns over entity mentions
are what news prose uses to say who did an act; no library offers them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsbrief.facts.nlp import Parsed

_KILL = (
    r"fatally\s+(?:shot|stabbed|wounded|struck)|shot\s+(?:and\s+killed|dead|to\s+death)|killed|murdered|assassinated"
    r"|gunned\s+down|stabbed\s+to\s+death|beat(?:en)?\s+to\s+death|executed|slew|slain"
)
_OTHER = (
    r"shot|wounded|stabbed|injured|attacked|arrested|detained|captured|apprehended|defeated|beat|sued|charged"
    r"|accused|convicted|sentenced|replaced|succeeded|rescued|elected|hired|married|endorsed|pardoned|kidnapped"
    r"|appointed|nominated|fired|dismissed|sacked|ousted|interviewed|critici[sz]ed|praised|blamed|thanked|called"
    r"|phoned|met|visited|hugged|identified|named|founded|led|recruited|trained|betrayed|hit|punched|tackled|robbed"
)
_VERB = rf"(?:{_KILL}|{_OTHER})"
_ADVERB = r"(?:\w+ly\s+|then\s+|later\s+|also\s+)?"
_AUX = r"(?:has\s+|had\s+|have\s+)?"

# Text between an agent's name and the act ("Luca Scata, fatally shot", "Morio who fatally shot").
_ACTIVE_GAP = re.compile(
    rf"^(?:\s*,\s*(?:the\s+[\w\s-]{{1,30}}?\s+)?who\s+|\s+who\s+|\s*,\s*\d{{1,3}}\s*,\s*|\s*,\s+|\s+)"
    rf"{_AUX}({_ADVERB}{_VERB})\s+(?:(?:his|her|their|the|a|fellow|officer|police\s+officer|partner|colleague)\s*,?\s+){{0,3}}$",
    re.IGNORECASE,
)
# Text between a patient's name and its agent ("Amri, 23, was shot to death by Officer").
_PASSIVE_GAP = re.compile(
    rf"^(?:\s*,\s*[^,.;]{{1,40}},)?\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been|being|been|got)\s+"
    rf"({_ADVERB}{_VERB})\b[^.;,]{{0,40}}?\s+by\s+(?:(?:the\s+)?(?:[A-Z][a-z]+\.?\s+|officer\s+|police\s+officer\s+)){{0,2}}$",
)


def act_name(verb: str) -> str:
    """One name for the ways of saying an act: every way to kill is "killed"."""
    verb = re.sub(r"\s+", " ", verb.lower()).strip()
    if re.fullmatch(_KILL, verb, re.IGNORECASE):
        return "killed"
    return re.sub(r"^(?:\w+ly|then|later|also) ", "", verb)


@dataclass(frozen=True)
class Act:
    """``agent`` did ``act`` to ``patient`` (entity ids), stated in characters
    ``start:end`` of the sentence (from the first name to the last)."""

    agent: str
    act: str
    patient: str
    start: int
    end: int


def acts(parsed: Parsed, mentions: list[tuple[int, int, str]], kinds: dict[str, str]) -> list[Act]:
    """Every act the sentence states between two of its named entities."""
    text = parsed.sentence.text
    base = parsed.sentence.start
    found: list[Act] = []
    ordered = sorted(mentions)
    for i, (start_a, end_a, first) in enumerate(ordered):
        for start_b, end_b, second in ordered[i + 1 : i + 3]:
            if first == second:
                continue
            gap = text[end_a - base : start_b - base]
            if len(gap) > 80:
                continue
            match = _ACTIVE_GAP.match(gap)
            if match and kinds.get(first) in ("PERSON", "ORG"):
                found.append(Act(first, act_name(match.group(1)), second, start_a - base, end_b - base))
                continue
            match = _PASSIVE_GAP.match(gap)
            if match and kinds.get(second) in ("PERSON", "ORG"):
                found.append(Act(second, act_name(match.group(1)), first, start_a - base, end_b - base))
    return found
