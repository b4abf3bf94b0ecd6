"""Who a person is, as the articles describe them at a mention: the apposition
after their name ("Manuel da Silva, a taxi driver, said"; "John Warden, the
company's lead lawyer, said"; "Manuel da Silva, 40, who owns an ice cream parlor, said"), or,
where no article apposes one, the words news sets before a name ("police death squad
leader Eugene de Kock", "said prosecutor Patrick Haggan"). For a person the facts stage has
no role for, it is what a reader meeting "[Manuel] da Silva" in the brief needs. Read off the
words around each mention of the person, in article order: the first such description wins."""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsbrief.edit.full_names import looks_like_a_persons_name
from newsbrief.model import Article, Entity
from newsbrief.split.tokens import MONTH, WEEKDAY
from newsbrief.summarize.conflicts import irregular_lemma

MAX_WORDS = 8
"""A longer apposition reads as a clause, not a description beside a name."""

_APPOSITION = re.compile(
    r",\s+(?:\d{1,3},\s+)?((?:a|an|the|who)\s+(?:[a-z-]+ed,\s+)?[^,;:()\[\]\"“”.!?]{2,80}?)\s*(?=,|\.(?:\s|$))"
)
"""", a taxi driver," or ", 40, who owns an ice cream parlor," after the name, an
adjective before a comma kept with the rest (", a detailed, methodical interrogator,");
an age alone says too little."""
_REPORTING = r"said|says|told|added|adds|stated|noted|reported|announced|wrote|refused|declined"
_NOT_A_DESCRIPTION = re.compile(rf"\b(?:{_REPORTING}|and|or|who|which|when|was|is|were|are|had|has)\b",
                                re.IGNORECASE)
"""Words that make a noun apposition a clause or a list ("Silva, the mayor and the police chief")."""
_NOT_A_RELATIVE = re.compile(rf"\b(?:{_REPORTING}|and|or|which|when|he|she|they)\b", re.IGNORECASE)
"""Words that make a "who" apposition more than a description of the person."""
_ORGANISATION = re.compile(r"\b(?:club|group|organi[sz]ation|association|company|firm|party|committee|coalition"
                           r"|union|agency|newspaper|magazine|network|team|band|caucus|foundation|institute"
                           r"|council|board|wing|movement|division|body)s?$", re.IGNORECASE)
"""What an organisation is called: the recogniser took it for a person ("Log Cabin
Republicans, a club of gay Republicans")."""

_PLACE_HEAD = re.compile(r"\b(?:colony|country|nation|territory|province|state|island|islands|city|town|village"
                         r"|region|republic|kingdom|capital|port|county|district|enclave|peninsula)s?$", re.IGNORECASE)
"""What a place is called: the recogniser took it for a person ("East Timor, a former Portuguese colony")."""

_A_NAME = re.compile(r"^(?:a|an|the)\s+[A-Z][\w.'’&-]*(?:\s+(?:(?:of|for|the|de|and|&)\s+)*[A-Z][\w.'’&-]*)+$")
"""A description that is a name of its own ("the University of Southern California"):
the next item of a list ("Napster Inc., the University of Southern California, Yale ..."),
not who the person is; one capitalised word ("a Democrat") still describes."""

def _ends_in_a_past_verb(words: list[str]) -> bool:
    """Whether a would-be description ends in a verb's past form, so it is a clause set
    off by commas ("Luca Scata, the press conference heard, fatally shot ..."), not who
    the person is; one word long, it may be an adjective ("a retired", cut off)."""
    last = words[-1].lower().strip("'’")
    return len(words) > 1 and (last.endswith("ed") or (irregular_lemma(last) or last) != last) \
        and not last.endswith(("s", "ing"))


_IN_APPOSITION = re.compile(r",\s+(?:[A-Z][\w.]*\s+){0,3}$")
"""A name that is itself an apposition ("his opponent, Attorney General Dennis Vacco,"),
whose closing comma starts no description of it."""


def description_after(text: str, end: int) -> str | None:
    """The description apposed to a name ending at ``end`` of ``text``, if any."""
    match = _APPOSITION.match(text, end)
    if not match:
        return None
    found = match.group(1).strip()
    words = found.split()
    if text[match.end():match.end() + 1] == "." and words[-1][:1].isupper() and len(words[-1]) <= 4:
        return None  # cut at an abbreviation ("the political director for former Tennessee Gov.")
    head = found.split(" of ")[0].split()[-1]  # "club" of "a club of gay Republicans"
    if words[0].lower() == "who":
        return found if len(words) <= MAX_WORDS and not _NOT_A_RELATIVE.search(found) else None
    if len(words) > MAX_WORDS or _NOT_A_DESCRIPTION.search(found) or _ORGANISATION.search(head) \
            or _PLACE_HEAD.search(head) or found[-1:].isdigit() or _A_NAME.match(found) \
            or _ends_in_a_past_verb(words):
        return None  # a clause, a list, an organisation's or a place's ("a former Portuguese colony"), a cut number,
        # another name, a clause
    return found


_PREMODIFIER = re.compile(r"((?:(?<![\w'’.-])[A-Za-z][a-z'’-]*\s){1,5})$")
"""Words right before a name, the nearest last (no digits, initials or abbreviations)."""
_STOP_BEFORE = frozenset("""
a an the of to by for with and or but nor as at in on from into onto than that who whom whose which when while
where after before since until about like including among between against without during under over via per
is was are were be been being has had have do does did will would can could may might must shall should
said says say told tells added adds asked asks according also not then later now just only even still
his her their its our my your this these those some any each every both all no one two three
""".split())
"""Words that end a title run, read leftwards from the name ("of police death squad leader")."""
_ROLE_HEAD = re.compile(
    r"(?:er|or|ist|ian|man|woman|men|women|person|ee|eur)$"
    r"|^(?:chief|head|judge|coach|star|official|expert|aide|envoy|nun|priest|monk|poet|rep|boss|cop|guard|model"
    r"|mayor|attorney|doctor|nurse|student|teen|teenager|victim|suspect|witness|mother|father|wife|husband|son"
    r"|daughter|boy|girl|friend|colleague|neighbour|neighbor|resident|volunteer|veteran|survivor|pilot|agent"
    r"|diplomat|analyst|economist|scientist|activist|artist|journalist|novelist|tourist|chef|clerk|thief|killer"
    r"|gunman|dean|pastor|rabbi|imam|cardinal|bishop|sheriff|marshal|general|admiral|captain|colonel|major"
    r"|sergeant|lieutenant|constable|detective|inspector|commissioner|superintendent|secretary|minister"
    r"|spokesman|spokeswoman|spokesperson|chairman|chairwoman|chair|owner|founder|host|fan|heir|widow|widower"
    r"|steward|athlete|champion|mom|dad|kid|baby|infant|marine|medic|paramedic|cleric|critic|mechanic|surgeon"
    r"|candidate|consul|counsel|justice|magistrate|deputy|warden|inmate|hostage|pilgrim|sheikh|king|queen"
    r"|prince|pope|legend|icon|guru|mogul|tycoon|magnate|billionaire|millionaire|architect|graduate|cadet"
    r"|executive|representative|relative|operative|president|patient|correspondent|assistant|consultant"
    r"|attendant|defendant|servant|tenant|merchant|participant|accountant|immigrant|migrant|applicant"
    r"|informant|occupant|descendant|contestant|dignitary|missionary|emissary|actress|princess|hostess"
    r"|waitress|stewardess|heiress)$"
)
"""A head noun that names what a person is (most news titles end so: "-er", "-ist", "-man")."""
_NOT_A_ROLE = frozenset("""
after never over under other either whether later rather former ever number power water border center centre
order matter letter paper quarter river together however moment government parliament department statement
agreement percent recent different event present comment incident accident element elsewhere minor senior
junior inner outer upper lower super summer winter weather shelter theater theatre computer tower
several other another""".split())
"""Words with a role's ending that name no person."""


_CALENDAR = re.compile(rf"^(?:{WEEKDAY}|{MONTH})$", re.IGNORECASE)


def description_before(text: str, start: int) -> str | None:
    """The title run news sets right before a name starting at ``start`` of ``text``
    ("police death squad leader" of "... of police death squad leader Eugene de Kock",
    "Union leader" of "Union leader Maria Lopez"), if any: up to five words back to a word
    that ends it ("of", "said", "the") or to a comma; the last a lower-case noun naming a
    person, the others lower-case or a capitalised name of what they work for."""
    match = _PREMODIFIER.search(text, max(0, start - 80), start)
    if not match:
        return None
    kept: list[str] = []
    for word in reversed(match.group(1).split()):
        if word.lower() in _STOP_BEFORE or _CALENDAR.match(word):
            break
        kept.insert(0, word)
    if not kept:
        return None
    head = kept[-1]
    if not head.islower() or head in _NOT_A_ROLE or not _ROLE_HEAD.search(head) or head.endswith(("ing", "ed")):
        return None  # not a person's title, or a verb ("killed Jane Doe")
    return " ".join(kept) if len(kept) < 5 else None  # five words are more than a title


class Descriptions:
    """The first description the articles appose to each name in a person's
    shape, else the first title run before it; the edit stage asks only for those it
    takes for people."""

    def __init__(self, articles: Sequence[Article], entities: Sequence[Entity]) -> None:
        order = {article.id: k for k, article in enumerate(articles)}
        texts = {article.id: article.text for article in articles}
        self._described: dict[str, str] = {}
        for entity in entities:
            if not looks_like_a_persons_name(entity.name):
                continue  # any type: the recogniser may file a person as an organisation ("Yvo de Boer")
            spans = sorted(entity.mentions, key=lambda s: (order.get(s.article_id, len(order)), s.start))
            for span in spans:
                text = texts.get(span.article_id, "")
                if _IN_APPOSITION.search(text, max(0, span.start - 60), span.start):
                    continue  # "his opponent, Attorney General Dennis Vacco, a central issue": the comma closes
                found = description_after(text, span.end)
                if found:
                    self._described[entity.id] = found
                    break
            else:
                if entity.type != "PERSON":
                    continue  # a title run before an organisation's name ("several conservative Log Cabin ...")
                for span in spans:
                    found = description_before(texts.get(span.article_id, ""), span.start)
                    if found:
                        self._described[entity.id] = found
                        break

    def of(self, entity_id: str | None) -> str | None:
        """How the articles first describe the person ``entity_id``, if they do."""
        return self._described.get(entity_id) if entity_id else None
