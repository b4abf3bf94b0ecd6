"""A pronoun or "there" in a summary sentence, resolved to the person, place or
organisation it stands for in its own article, so that a reader of the brief
alone knows who is meant ("He [Anis Amri] had arrived there [Milan]...").
The pronouns read are the subject that opens the sentence or its main clause
("On Saturday, he [Amr Moussa] traveled..."), the speaker of a quotation
('"...," she [Jane Doe] said'), "It" opening a report ("It [BBC] said...") and
a pronoun reporting anywhere else in the sentence's own words ("..., he [Gregg
Smith] added", "..., it [BBC] said": ``split.reporters``).

Resolution reads the sentences just before it in the article: the first person
named in the nearest sentence that names one (news sentences put their subject
first), and the last place named. An insertion is made only when the brief's
previous sentence does not already make the reference plain, i.e. unless that
sentence names exactly this one person (or place) and no other. A reporter
further into the sentence is named only when that is unambiguous: the speaker
the facts stage found for a quotation it carries, or the one person (one
organisation for "it") the article's sentence before it names. A "he" is never
given someone the articles write as "she", nor the other way (``edit.genders``): when
the nearest sentence naming someone names only people of the other gender, the
pronoun stands for someone the recogniser missed and gets no name.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from newsbrief.edit.genders import Genders
from newsbrief.edit.mentions import PERSON, PLACES, Mention, MentionIndex
from newsbrief.edit.roles import KnownRoles
from newsbrief.model import Insertion, Quote, Sentence
from newsbrief.split.reporters import pronoun_reporter, reporter_pronoun

LOOK_BACK = 3
"""How many sentences before it, in its own article, a reference may point to."""

_PERSONAL = re.compile(r"^[\"“‘']?\s*(he|she|his|her|him)\b", re.IGNORECASE)
_AFTER_OPENING_PHRASE = re.compile(r"^[^,;:\"“”]{2,80},\s+(he|she)\b(?!['’])")
_REPORTING = (r"(?:said|says|say|added|adds|told|tells|wrote|writes|asked|asks|explained|explains|continued"
              r"|noted|notes|recalled|recalls|insisted|insists|argued|argues|stated|states|replied|declared)")
_QUOTE_SPEAKER = re.compile(r"[,.?!…]\s*[\"”’']\s*(he|she)\s+" + _REPORTING + r"\b"
                            r"|[,.?!…]\s*[\"”’']\s*" + _REPORTING + r"\s+(he|she)\b", re.IGNORECASE)
_IT_REPORTS = re.compile(r"^(it)\s+(?:said|says|added|adds|reported|reports|announced|announces|stated|states"
                         r"|told|warned|confirmed)\b", re.IGNORECASE)
ORGANISATIONS = ("ORG",)
"""What "It said" may stand for; only the sentence right before is read for it."""
_POSSESSIVE = {"his", "her"}
_THERE = re.compile(
    r"\bthere\b(?!['’](?:s|re|d|ll|ve)\b|\s+(?:is|are|was|were|'s|’s|has|have|had|will|would|could|can|may|might|must|should|seem|seems"
    r"|seemed|appears?|appeared|remains?|remained|exists?|existed|being|been|be|used|came|comes|come)\b)",
    re.IGNORECASE,
)
_THERE_NOT_PLACE = re.compile(r"\b(?:from|over|out|in|up|down|here and|then|hi|hello)\s+there\b", re.IGNORECASE)


def _earlier(sentence: Sentence, by_position: dict[tuple[str, int], Sentence]) -> list[Sentence]:
    """The sentences before ``sentence`` in its article, nearest first."""
    found = []
    for back in range(1, LOOK_BACK + 1):
        other = by_position.get((sentence.article_id, sentence.index - back))
        if other is not None:
            found.append(other)
    return found


def _abbreviation(mention: Mention, other: Sentence) -> bool:
    """A short name written with a full stop after it ("Amherst, Ont."): an
    abbreviation the recogniser took for a name, never what a pronoun stands for."""
    after = mention.span.end - other.start
    return len(mention.span.text) <= 4 and other.text[after:after + 1] == "."


def antecedent(sentence: Sentence, by_position: dict[tuple[str, int], Sentence], index: MentionIndex,
               types: Sequence[str], last: bool, look_back: int = LOOK_BACK,
               fits: Callable[[str], bool] | None = None) -> Mention | None:
    """The entity of ``types`` that a reference at the start of ``sentence`` most
    likely stands for: in the nearest of the ``look_back`` earlier sentences naming
    one, its first (``last=False``) or last such mention that ``fits`` (by entity id)
    allows; None when that sentence names none it allows. A sentence whose subject is a
    personal pronoun before the first person it names is passed over for a person."""
    for other in _earlier(sentence, by_position)[:look_back]:
        mentions = [m for m in index.within(other.article_id, other.start, other.end, types)
                    if not _abbreviation(m, other)]
        if mentions and PERSON in types and _pronoun_subject_before(other, mentions[0]):
            continue  # "..., he refuted Clinton's comparison": the one meant is further back
        if mentions and PERSON in types and _unnamed_subject_before(other, mentions[0]):
            return None  # "A man who worked for Mark Harris' campaign ...": he is that man, whom it does not name
        if mentions:
            mentions = [m for m in mentions if fits is None or fits(m.entity.id)]
            return (mentions[-1] if last else mentions[0]) if mentions else None
    return None


def _pronoun_subject_before(other: Sentence, first: Mention) -> bool:
    """Whether ``other`` has a personal pronoun as its subject before the first person it
    names: that person is not who the pronoun, nor one after it that continues it, means."""
    found = _PERSONAL.match(other.text) or _AFTER_OPENING_PHRASE.match(other.text)
    return bool(found) and other.start + found.start(1) < first.span.start


_UNNAMED_PERSON = re.compile(
    r"^[\"“‘']?\s*(?:a|an|one|the|another)\s+(?:[\w'’-]+\s+){0,3}?(?:man|woman|boy|girl|teenager|teen|person|suspect"
    r"|gunman|driver|officer|worker|contractor|mother|father|son|daughter|resident|student|soldier|pilot|doctor|nurse"
    r"|passenger|victim|employee|friend|neighbou?r|husband|wife|spokesman|spokeswoman|spokesperson|official|lawyer"
    r"|attorney|witness|source|aide|volunteer|hunter|fisherman|firefighter|veteran|farmer|teacher|priest)\b",
    re.IGNORECASE,
)


def _unnamed_subject_before(other: Sentence, first: Mention) -> bool:
    """Whether ``other`` opens on a person it does not name ("A man who worked as an independent
    contractor for Mark Harris' campaign ...", "A spokesman for Smith said ..."): the pronoun
    after it most likely stands for that person, not for the one named later in it."""
    found = _UNNAMED_PERSON.match(other.text)
    return bool(found) and other.start + found.end() <= first.span.start


def _plain_from(previous: Sentence | None, entity_id: str, types: Sequence[str], index: MentionIndex) -> bool:
    """Whether the brief's previous sentence names this entity and no other of its kind."""
    if previous is None:
        return False
    named = {m.entity.id for m in index.within(previous.article_id, previous.start, previous.end, types)}
    return named == {entity_id}


def _person_pronoun(sentence: Sentence, index: MentionIndex) -> re.Match[str] | None:
    """The personal pronoun of ``sentence`` that stands for someone it never names
    before it: the opening one, the subject after an opening phrase, or a
    quotation's speaker."""
    found = _PERSONAL.match(sentence.text) or _AFTER_OPENING_PHRASE.match(sentence.text)
    if not found:
        found = _QUOTE_SPEAKER.search(sentence.text)
    if not found:
        return None
    group = 1 if found.group(1) else 2
    if found.start(group) > 0 and index.within(sentence.article_id, sentence.start,
                                                 sentence.start + found.start(group), (PERSON,)):
        return None  # a person named earlier in the sentence is who the pronoun means
    return found


def _only_one_before(sentence: Sentence, by_position: dict[tuple[str, int], Sentence], index: MentionIndex,
                     types: Sequence[str]) -> Mention | None:
    """The entity of ``types`` the article's sentence right before ``sentence``
    names, when it names exactly one."""
    other = by_position.get((sentence.article_id, sentence.index - 1))
    if other is None:
        return None
    mentions = [m for m in index.within(other.article_id, other.start, other.end, types) if not _abbreviation(m, other)]
    return mentions[0] if mentions and len({m.entity.id for m in mentions}) == 1 else None


def _reporter(sentence: Sentence, by_position: dict[tuple[str, int], Sentence], index: MentionIndex,
              speaker: Quote | None, genders: Genders | None = None) -> tuple[int, Mention | Quote] | None:
    """Where a singular pronoun reporting further into ``sentence`` ("..., he
    added") ends and who it stands for, when that is unambiguous."""
    found = pronoun_reporter(sentence.text)
    if found is None:
        return None
    word, start, end = reporter_pronoun(found)
    if word not in ("he", "she", "it") or _IT_REPORTS.match(sentence.text):
        return None
    types = ORGANISATIONS if word == "it" else (PERSON,)
    if index.within(sentence.article_id, sentence.start, sentence.start + start, types):
        return None  # named earlier in the sentence itself
    if word != "it" and speaker is not None and speaker.speaker and speaker.speaker_id:
        return (end, speaker) if genders is None or genders.fits(speaker.speaker_id, word) else None
    only = _only_one_before(sentence, by_position, index, types)
    if only is not None and genders is not None and not genders.fits(only.entity.id, word):
        return None
    return (end, only) if only else None


def _named(name: str, entity_id: str, introduced: set[str], roles: KnownRoles | None) -> str:
    """How a person a pronoun stands for is named: by surname once introduced,
    else in full, with the role ``roles`` knows."""
    if entity_id in introduced:
        return short_name(name)
    return roles.named(name, entity_id) if roles is not None else name


def resolve_references(sentence: Sentence, previous: Sentence | None, by_position: dict[tuple[str, int], Sentence],
                       index: MentionIndex, introduced: set[str], roles: KnownRoles | None = None,
                       speaker: Quote | None = None, genders: Genders | None = None) -> list[Insertion]:
    """The insertions that make a pronoun (see ``_person_pronoun``), an "It"
    opening a report, a pronoun reporting further in (``_reporter``; ``speaker``
    is the quotation the facts stage found in ``sentence``) and a "there" of ``sentence`` explicit; ``introduced`` holds
    the entities the brief has already named, which are then given by their shorter name;
    one named for the first time gets its role too, with ``roles`` ("he [Gregg Smith, economist]");
    with ``genders``, a person is never given to a pronoun of the other gender."""
    insertions = []
    pronoun = _person_pronoun(sentence, index)
    if pronoun:
        group = 1 if pronoun.group(1) else 2
        word = pronoun.group(group)
        fits = (lambda entity_id: genders.fits(entity_id, word)) if genders is not None else None
        found = antecedent(sentence, by_position, index, (PERSON,), last=False, fits=fits)
        if found and not _plain_from(previous, found.entity.id, (PERSON,), index):
            if pronoun.group(group).lower() in _POSSESSIVE:
                name = (short_name(found.entity.name) if found.entity.id in introduced else found.entity.name) + "'s"
            else:
                name = _named(found.entity.name, found.entity.id, introduced, roles)
            insertions.append(Insertion(pronoun.end(group), name, "pronoun", found.entity.id))
    report = _IT_REPORTS.match(sentence.text)
    if report:
        found = antecedent(sentence, by_position, index, ORGANISATIONS, last=False, look_back=1)
        if found and not _plain_from(previous, found.entity.id, ORGANISATIONS, index):
            insertions.append(Insertion(report.end(1), found.entity.name, "pronoun", found.entity.id))
    reporter = None if pronoun or report else _reporter(sentence, by_position, index, speaker, genders)
    if reporter:
        end, who = reporter
        if isinstance(who, Quote):
            name, entity_id, person = who.speaker or "", who.speaker_id or "", True
        else:
            name, entity_id, person = who.entity.name, who.entity.id, who.entity.type == PERSON
        if not _plain_from(previous, entity_id, (PERSON,) if person else ORGANISATIONS, index):
            insertions.append(Insertion(end, _named(name, entity_id, introduced, roles) if person else name,
                                        "pronoun", entity_id))
    for match in _THERE.finditer(sentence.text):
        if match.start() == 0 or _THERE_NOT_PLACE.search(sentence.text[max(0, match.start() - 12):match.end()]):
            continue
        own = index.within(sentence.article_id, sentence.start, sentence.start + match.start(), PLACES)
        if own:
            break  # a place named earlier in the same sentence is what "there" points to
        found = antecedent(sentence, by_position, index, PLACES, last=True)
        if found and not _plain_from(previous, found.entity.id, PLACES, index):
            insertions.append(Insertion(match.end(), found.entity.name, "place", found.entity.id))
        break
    return insertions


def short_name(name: str) -> str:
    """A person's surname, the way a brief names them again after the first time."""
    parts = name.split()
    return parts[-1] if parts else name
