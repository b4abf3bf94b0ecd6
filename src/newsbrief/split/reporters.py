"""Who speaks in a sentence's own words (outside quotation marks) when it does
not say: a pronoun as the subject of a reporting verb anywhere in it
("..., they said.", "It said police ...", "he told reporters") and the first
person ("We are raising ...", "I think ..."), which in a blog or a statement is
the writer, unknown to a reader of the brief. Quoted words are the speaker's
and never count."""

from __future__ import annotations

import re

from newsbrief.split.quotations import blank_quotations

REPORTING_VERB = (r"(?:said|says|say|added|adds|told|tells|wrote|writes|stated|states|explained|explains|noted|notes"
                  r"|reported|reports|announced|announces|insisted|insists|argued|argues|claimed|claims|warned|warns"
                  r"|confirmed|confirms|recalled|recalls|replied|declared|continued|acknowledged|acknowledges)")
_PRONOUN_REPORTS = re.compile(r"\b(he|she|it|they)\s+(?:also\s+|later\s+|then\s+)?" + REPORTING_VERB + r"\b"
                              r"|[,;]\s*" + REPORTING_VERB + r"\s+(he|she|they)\s*(?:[.,;!?]|$)", re.IGNORECASE)
_NOT_A_NAME = frozenset(
    "a an the in on at of for to by from with after before when while if as but and or so yet since until though "
    "although because during over under this that these those there here then now still also last next "
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august "
    "september october november december i we he she it they you".split())
_CAPITALISED = re.compile(r"\b[A-Z][\w'’.-]*")
_REPORTING = re.compile(r"(?<!United )\b" + REPORTING_VERB + r"\b", re.IGNORECASE)
"""A reporting verb; "the United States" is not one."""
_NAME_AT_START = re.compile(r"\s+(?:[A-Z]|" + REPORTING_VERB + r"\b)")
_FIRST_PERSON = re.compile(r"(?<![\w.])(?:I|I['’](?:m|ve|d|ll)|[Ww]e|[Ww]e['’](?:re|ve|d|ll)|me|us|[Mm]y|[Oo]ur"
                           r"|ours|myself|ourselves)(?![\w.])")
_NUMERAL_I = re.compile(r"\b(?:War|Phase|Title|Part|Chapter|Class|Type|Stage|Level|Act|Grade|Tier|Section|Article"
                        r"|King|Queen|Pope|[A-Z][a-z]+)\s+I$")


def _named_before(own: str, end: int, pronoun: str) -> bool:
    """Whether ``own[:end]`` says who the pronoun after it may stand for: a
    reporting verb's subject ("The union said ..., and it said") or, but for
    "they", a word written as a name ("Smith argued the plan would fail, he said").
    A name is not who "they" stand for: "The Clinton administration is determined
    ..., they said" reports unnamed officials. The opening word is capitalised
    anyway; it counts only when a name or a reporting verb follows it."""
    if _REPORTING.search(own, 0, end):
        return True
    if pronoun == "they":
        return False
    for word in _CAPITALISED.finditer(own, 0, end):
        if word.group().lower().rstrip(".'’") in _NOT_A_NAME:
            continue
        if own[:word.start()].strip(" ([") or _NAME_AT_START.match(own, word.end(), end):
            return True
    return False


def pronoun_reporter(text: str) -> re.Match[str] | None:
    """The first pronoun subject of a reporting verb in ``text``'s own words whose
    sentence names nobody before it it could stand for; the pronoun is the match's
    non-empty group 1 or 2. "said it would", "it is said" and quoted words do not count."""
    own = blank_quotations(text)
    if own is None:
        return None
    for found in _PRONOUN_REPORTS.finditer(own):
        if not _named_before(own, found.start(), reporter_pronoun(found)[0]):
            return found
    return None


def reporter_pronoun(found: re.Match[str]) -> tuple[str, int, int]:
    """The pronoun of a ``pronoun_reporter`` match, lower-cased, with its offsets."""
    group = 1 if found.group(1) else 2
    return found.group(group).lower(), found.start(group), found.end(group)


def speaks_first_person(text: str) -> bool:
    """Whether ``text``'s own words speak in the first person ("We were told",
    "my view") rather than only quote someone who does; "World War I" is a numeral."""
    own = blank_quotations(text)
    if own is None:
        return False
    return any(not (found.group() == "I" and _NUMERAL_I.search(own[:found.end()]))
               for found in _FIRST_PERSON.finditer(own))


_FIRST_PERSON_SUBJECT = re.compile(
    r"(?:^|[,;:(]\s*|\b(?:and|but|so|when|because|that|if|as|after|before|until|while|where|though|although"
    r"|since|once|unless)\s+)"
    r"(?:I|i|[Ww]e)(?:\s*['’]\s*(?:m|ve|d|ll|re))?\s+(?:[a-z]|['’])"
    # the writer's own as the sentence's subject: "Our new changes include ...", "My kid was shot ..."
    r"|^\W*(?:[Oo]ur|[Mm]y)\s+(?:[a-z][\w'’-]*\s+){0,3}?(?:is|are|was|were|has|have|had|will|would|can|could"
    r"|include[sd]?|makes?|made|goes|went|came|comes|shows?|showed)\b")


def first_person_subject(text: str) -> bool:
    """Whether ``text``'s own words have "I" or "we" as a subject ("I didn't hesitate",
    "We thank the public", "When Wired asked me, i said yes", "though i can't help but chuckle"),
    or the writer's own thing is ("Our new changes include ..."): the writer speaks,
    unknown to a reader of a brief, not a quoted speaker."""
    own = blank_quotations(text)
    return own is not None and bool(_FIRST_PERSON_SUBJECT.search(own))
