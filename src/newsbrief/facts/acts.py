"""Who did what to whom: "Luca Scata fatally shot Amri", "Amri was shot to
death by Officer Lica Scata", "Christian Movio, the officer who killed Amri",
"Vasey fired the shot that hit guard Colm Reddan", "Reddan was hit when Ross Mulhern opened fire";
and, when only the doer is named, acts done to the article's main person ("He
was killed by Sergeant Dana Whitfield", "Andre Bell ... shot him dead") or to
a vehicle ("the plane was being flown by its captain, Gunnar Lie", "Lie was
at the controls").

Written by hand because the facts stage runs spaCy without its parser (it
would double the time), and these few surface patterns over entity mentions
are what news prose uses to say who did an act; no library offers them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from newsbrief.facts.nlp import Parsed
from newsbrief.facts.places import names_a_happening
from newsbrief.model import Entity

_KILL = (
    r"fatally\s+(?:shot|stabbed|wounded|struck)|shot\s+(?:and\s+killed|dead|to\s+death)|(?:shot|stabbed)\s+dead|killed|murdered|assassinated"
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
_STEER = r"flown|piloted|driven|steered|captained|skippered"
"""Past participles of steering a vehicle: who did it is asked as "Who flew the plane?"."""
_VEHICLES = {
    "plane": "plane", "aircraft": "plane", "jet": "plane", "airliner": "plane", "flight": "plane",
    "helicopter": "helicopter", "train": "train", "bus": "bus", "coach": "bus", "car": "car", "vehicle": "car",
    "truck": "truck", "lorry": "truck", "ferry": "vessel", "ship": "vessel", "boat": "vessel", "vessel": "vessel",
}
_STEERED = {"flown": "flew", "piloted": "flew", "driven": "drove", "steered": "steered", "captained": "steered",
            "skippered": "steered"}
_CONTROLS = {"plane": "flew", "helicopter": "flew", "train": "drove", "bus": "drove", "car": "drove", "truck": "drove",
             "vessel": "steered"}
# A person referred to, not named, as the one acted on ("him", "the gunman").
_UNNAMED = r"(?:him|her|the\s+(?:gunman|suspect|attacker|assailant|shooter|man|woman|killer|driver|hijacker|intruder))"
# "Dana Whitfield, who was off duty, shot him" / "Andre Bell ... confronted the gunman and shot him dead".
_ACTIVE_UNNAMED = re.compile(
    rf"^(?P<gap>[^.;:?!\"“”]{{0,80}}?)\b(?P<verb>{_ADVERB}{_VERB})\s+(?P<patient>{_UNNAMED})\b(?P<dead>\s+(?:dead|to\s+death))?",
    re.IGNORECASE,
)
_OTHER_SUBJECT = re.compile(r"\b(?:by|he|she|they|we|i|you|that|told|adding)\b", re.I)
"""Words in the gap after a doer's name that hand the act to another subject ("..., adding that he has thanked him")."""
# "He was killed within minutes by Sergeant " (up to the doer's name).
_PASSIVE_UNNAMED = re.compile(
    rf"^\s*(?:(?:he|she)|the\s+(?:gunman|suspect|attacker|assailant|shooter|killer|hijacker|intruder))\s+(?:was|had\s+been)\s+"
    rf"({_ADVERB}{_VERB})\b[^.;,]{{0,40}}?\s+by\s+(?:(?:the\s+)?(?:[A-Z][a-z]+\.?\s+|officer\s+|police\s+officer\s+)){{0,2}}$",
    re.IGNORECASE,
)
# "the plane was being flown by its captain, " (up to the doer's name).
_STEERED_BY = re.compile(
    rf"\b(?:the|its|their|a)\s+(?P<vehicle>[a-z]+)\s+(?:was|were|had\s+been|is)\s+(?:being\s+)?(?P<verb>{_STEER})\b"
    rf"[^.;,]{{0,40}}?\s+by\s+(?:(?:the|its|his|her|their)\s+)?(?:[a-z][\w-]*\s+){{0,3}}?(?:[a-z][\w-]*,\s+)?(?:[A-Z][a-z]+\.?\s+)?$",
)

_VEHICLE_WORDS = "|".join(sorted(_VEHICLES, key=len, reverse=True))
_DOER = r"(?:the|its|their|a|an)\s+(?P<doer>(?-i:[a-z][\w-]*)(?:\s+(?-i:[a-z][\w-]*)){0,2})"
"""One named by what they are, not by name ("its master", "a bar pilot")."""
_COMMON_STEERING = (
    re.compile(rf"\b(?:the|its|their|a)\s+(?:[a-z-]+\s+)?(?P<vehicle>{_VEHICLE_WORDS})\b[^.;,]{{0,30}}?\s+(?:was|were|had\s+been|is)\s+"
               rf"(?:being\s+)?(?:{_STEER}|navigated)\s+by\s+{_DOER}", re.I),
    re.compile(rf"\b(?:the|its|their|a)\s+(?:[a-z-]+\s+)?(?P<vehicle>{_VEHICLE_WORDS})\s+(?:was|were|had\s+been|is)\s+"
               rf"(?:under\s+the\s+(?:control|command)\s+of|in\s+the\s+hands\s+of)\s+{_DOER}", re.I),
    re.compile(rf"(?:^|[^\w\s]\s*|\b(?:and|but|said|that)\s+){_DOER}\s+(?:was|were|had\s+been|is)\s+(?:guiding|steering|piloting|navigating|"
               rf"driving|flying|in\s+(?:control|command)\s+of|at\s+the\s+(?:controls|helm|wheel)\s+of)\s+(?:the|its|their)\s+"
               rf"(?P<vehicle>{_VEHICLE_WORDS})\b", re.I),
)
"""Who steered a vehicle, named by what they are: "the ship was being navigated by its master",
"the ship was under the control of a bar pilot", "a bar pilot was guiding the ship"."""
_DOER_ENDS = frozenset("when who which that as after before and but until while whose".split())

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

# Text between a shooter's name and the one hit ("Kieran Vasey, 27, fired the shot that hit guard ").
_FIRED_GAP = re.compile(
    r"^(?:\s*,\s*\d{1,3}\s*,\s*|\s*,\s+|\s+)(?:\w+ly\s+)?fired\s+(?:the\s+)?(?:fatal\s+|first\s+)?shots?\s+that\s+"
    r"(?P<verb>hit|killed|wounded|struck)\s+(?:(?:the\s+)?[a-z][\w-]*\s+){0,2}$"
)
# Text between the one hit and the shooter, with the shooter's act after the name
# ("Colm Reddan, was hit in the chest when " ... " opened fire").
_HIT_WHEN_GAP = re.compile(
    r"^(?:\s*,)?\s+(?:was|were|had\s+been)\s+(?:shot|hit|wounded|struck|injured)\b[^.;,]{0,40}?\s+when\s+$"
)
_OPENED_FIRE = re.compile(r"^\s+(?:opened\s+fire|fired|began\s+(?:firing|shooting))\b")


BLAMED = "was blamed for"
"""The act of an attribution: who a happening is put down to, asked as "Who was blamed for it?"."""
_BLAME_BEFORE = re.compile(
    r"\b(?P<subject>[^,;:]{0,120}?)\b(?:(?:was|were|has\s+been|have\s+been|had\s+been|is|are|being)\s+)?"
    r"(?:blamed\s+on|attributed\s+to|carried\s+out\s+by|caused\s+by|started\s+by|claimed\s+by|the\s+work\s+of)\s+"
    r"(?P<gap>(?:[\w'-]+\s+){0,7}?)$",
    re.IGNORECASE,
)
"""Text before the one a happening is put down to: "the fire was blamed on wiring installed by ",
"It was carried out by the ", "an attack that the agency has blamed on a gang known as "."""
_BLAME_AFTER = re.compile(
    r"^(?:\s+gang|\s+group)?\s+(?:has\s+|have\s+|had\s+)?(?:(?P<claimed>claimed\s+responsibility)(?!\s+for\b)"
    r"|(?:claimed\s+responsibility\s+for|(?:was|were|is|are)\s+(?:behind|responsible\s+for))\s+(?P<object>[^,;:.]{0,60}))",
    re.IGNORECASE,
)
"""Text after one who owns a happening: "Black Lantern claimed responsibility for the attack",
or "claimed responsibility" alone, which can only be for the story's happening."""
_GAP_STOP = re.compile(r"\b(?:said|says|told|and|but|not|denied|than|while|who|which)\b", re.I)
"""Words that end the attribution before a name: the name belongs to another clause."""
_ATTRIBUTED_KINDS = ("PERSON", "ORG", "GPE", "NORP")


def act_name(verb: str) -> str:
    """One name for the ways of saying an act: every way to kill is "killed"."""
    verb = re.sub(r"\s+", " ", verb.lower()).strip()
    if re.fullmatch(_KILL, verb, re.IGNORECASE):
        return "killed"
    return re.sub(r"^(?:\w+ly|then|later|also) ", "", verb)


@dataclass(frozen=True)
class Act:
    """``agent`` did ``act`` to ``patient`` (entity ids, or "the plane" for a
    vehicle), stated in characters ``start:end`` of the sentence (from the first
    name to the last); ``inferred`` when the patient is the article's main person,
    written as "him" or "the gunman"."""

    agent: str
    act: str
    patient: str
    start: int
    end: int
    inferred: bool = False


def acts(parsed: Parsed, mentions: list[tuple[int, int, str]], kinds: dict[str, str],
         main_person: str | None = None) -> list[Act]:
    """Every act the sentence states between two of its named entities, to a
    vehicle, or (when ``main_person``, the article's, is given) to a person it
    does not name."""
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
                continue
            match = _FIRED_GAP.match(gap)
            if match and kinds.get(first) == "PERSON":
                found.append(Act(first, "killed" if match.group("verb") == "killed" else "shot", second, start_a - base, end_b - base))
                continue
            fired = _OPENED_FIRE.match(text[end_b - base:])
            if fired and _HIT_WHEN_GAP.match(gap) and kinds.get(second) == "PERSON":
                found.append(Act(second, "shot", first, start_a - base, end_b - base + fired.end()))
    named = {(act.agent, act.act) for act in found}
    for act in (_steering(text, base, ordered, kinds) + _to_unnamed(text, base, ordered, kinds, main_person)
                + _attributions(text, base, ordered, kinds)):
        if (act.agent, act.act) not in named:
            found.append(act)
    steered = {act.patient for act in found}
    found += [act for act in _steered_by_someone(text) if act.patient not in steered]
    return found


def _steered_by_someone(text: str) -> list[Act]:
    """Who steered a vehicle when the sentence names them by what they are, not by
    name ("the ship was being navigated by its master"): the agent is those words
    less the determiner ("master", "bar pilot"); none when a name follows them ("by its
    captain, Gunnar Lie", which ``_steering`` reads)."""
    found = []
    for pattern in _COMMON_STEERING:
        for match in pattern.finditer(text):
            words = match.group("doer").split()
            cut = next((k for k, w in enumerate(words) if w.lower() in _DOER_ENDS), len(words))
            words = words[:cut]
            rest = text[match.end("doer"):]
            if not words or cut == len(match.group("doer").split()) and re.match(r"\s*,?\s+[A-Z]", rest):
                continue
            vehicle = _VEHICLES[match.group("vehicle").lower()]
            found.append(Act(" ".join(words), _CONTROLS[vehicle], f"the {vehicle}", match.start(), match.end()))
    return found


def acted_on(entities: Sequence[Entity], article_id: str, main_person: str | None) -> str | None:
    """Who "him" or "the gunman" is when an article does not name the one acted on:
    the story's most salient person if the article names them, else the article's
    most-mentioned person."""
    story = next((e for e in entities if e.type == "PERSON"), None)
    if story is not None and article_id in story.articles:
        return story.id
    return main_person


def _steering(text: str, base: int, ordered: list[tuple[int, int, str]], kinds: dict[str, str]) -> list[Act]:
    """Who flew, drove or steered a vehicle: "the plane was flown by its captain, Gunnar Lie", "Lie was at the controls"."""
    found = []
    for start, end, agent in ordered:
        if kinds.get(agent) != "PERSON":
            continue
        before = text[max(0, start - base - 100) : start - base]
        match = _STEERED_BY.search(before)
        if match and match.group("vehicle").lower() in _VEHICLES:
            vehicle = _VEHICLES[match.group("vehicle").lower()]
            found.append(Act(agent, _STEERED[match.group("verb")], f"the {vehicle}", start - base - len(before) + match.start(),
                             end - base))
            continue
        controls = re.match(r"\s+(?:was|had\s+been)\s+at\s+the\s+(?:controls|wheel|helm)\b[^.;]{0,40}?\bthe\s+([a-z]+)", text[end - base :])
        if controls and controls.group(1).lower() in _VEHICLES:
            vehicle = _VEHICLES[controls.group(1).lower()]
            found.append(Act(agent, _CONTROLS[vehicle], f"the {vehicle}", start - base, end - base + controls.end()))
    return found


def _to_unnamed(text: str, base: int, ordered: list[tuple[int, int, str]], kinds: dict[str, str],
                main_person: str | None) -> list[Act]:
    """Acts of a named doer on the article's main person written as "him" or "the gunman"."""
    if main_person is None:
        return []
    found = []
    people = [m for m in ordered if kinds.get(m[2]) == "PERSON"]
    for n, (start, end, agent) in enumerate(people):
        if agent == main_person:
            continue
        nxt = people[n + 1][0] - base if n + 1 < len(people) else len(text)
        match = _ACTIVE_UNNAMED.match(text[end - base : nxt])
        if match and not _OTHER_SUBJECT.search(match.group("gap")):
            verb = match.group("verb") + (" dead" if match.group("dead") else "")
            found.append(Act(agent, act_name(verb), main_person, start - base, end - base + match.end(), True))
            continue
        previous = people[n - 1][1] - base if n else 0
        match = _PASSIVE_UNNAMED.search(text[previous : start - base])
        if match and not any(e == main_person for *_, e in people[:n]):
            found.append(Act(agent, act_name(match.group(1)), main_person, previous + match.start(), end - base, True))
    return found


def _attributions(text: str, base: int, ordered: list[tuple[int, int, str]], kinds: dict[str, str]) -> list[Act]:
    """Who a happening is put down to, in a small closed class of constructions: "X was
    blamed on (... by) NAME", "attributed to NAME", "carried out / caused / started by
    NAME", "the work of NAME", "NAME claimed responsibility for X", "NAME was behind X". The happening must be named ("the fire", "an
    attack") or be "it" / "this"; the patient is "it", one slot per story."""
    found = []
    for start, end, agent in ordered:
        if kinds.get(agent) not in _ATTRIBUTED_KINDS:
            continue
        before = text[max(0, start - base - 200) : start - base]
        match = _BLAME_BEFORE.search(before)
        if match and not _GAP_STOP.search(match.group("gap")) and _about_a_happening(match.group("subject")):
            found.append(Act(agent, BLAMED, "it", start - base - len(before) + match.start("gap"), end - base))
            continue
        match = _BLAME_AFTER.match(text[end - base :])
        if match and (match.group("claimed") or _about_a_happening(match.group("object"))):
            found.append(Act(agent, BLAMED, "it", start - base, end - base + match.end()))
    return found


def _about_a_happening(text: str) -> bool:
    """Whether an attribution's subject or object is a happening: named by its noun, or "it" / "this"."""
    return names_a_happening(text) or bool(re.search(r"(?:^|\W)(?:it|this)\s*$|^\s*(?:it|this)\b", text, re.I))
