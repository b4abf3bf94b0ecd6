"""Sentences that lean on one before them: read off the sentence's own words."""

from __future__ import annotations

import re

from newsbrief.split.reporters import pronoun_reporter

_UNRESOLVED_START = re.compile(
    r"^(?:[\"“‘']?\s*)(?:he|she|they|it|his|her|their|its|him|them|this|these|those"
    r"|but|and|however|also|meanwhile|instead|moreover|furthermore|the other|the same)\b",
    re.IGNORECASE,
)
_OPENING_QUOTE = re.compile(r"^[\"“‘]|^'\s")
_SPEAKER = re.compile(r"\b(?:said|says|say|told|asked|added|according to|wrote|stated)\b", re.IGNORECASE)


def is_unresolved(text: str) -> bool:
    """A sentence that leans on one before it: a pronoun or connective opening,
    or a quotation with no speaker."""
    return bool(_UNRESOLVED_START.match(text)) or unattributed_quote(text)


def unattributed_quote(text: str) -> bool:
    """A sentence that opens a quotation and never says who speaks
    ('"Things like this don't happen here."')."""
    return bool(_OPENING_QUOTE.match(text)) and not _SPEAKER.search(text)


_CLOSING_QUOTE = re.compile(r"[\"”’']\s*$")


def quotation_alone(text: str) -> bool:
    """A sentence that is one quotation from its opening mark to its closing one and
    names no speaker ('" We expect police to identify the perpetrators. "'): news says
    who speaks in the sentence before, so without that sentence nobody does."""
    return unattributed_quote(text) and bool(_CLOSING_QUOTE.search(text.strip()))


_LEANS_START = re.compile(
    r"^(?:[\"“‘']?\s*)(?:but|and(?![-’'])"
    r"|however(?!\s+(?:hard|much|many|long|far|often|little|few|small|big|large|bad|good|well|you|we|they|it)\b)"
    r"|also|meanwhile|instead|moreover|furthermore|nevertheless|nonetheless"
    r"|this|these|those|that|the other|other|another|in other|in addition|additionally|in each case|in both cases"
    r"|in all|still|yet|then|thus|therefore|hence|as a result|even so|by contrast|in contrast|similarly|likewise"
    r"|otherwise|besides|on the other hand|on the one hand|for example|for instance|in turn|nor|it['’]s why"
    r"|beyond that|beyond this|apart from that|aside from that|after that|even then|by then|since then|until then"
    r"|it is why|indeed|in fact|at that point|at that time|so(?!\s+far)"
    r"|among (?:them|those|these|others)|of (?:them|those|these)(?=\s*,)|both of them"
    r"|the (?:two|three|four|five|latter|former|first|second|third|last|rest|remainder)"
    r"(?=\s+(?:is|are|was|were|have|has|had|will|would|could|can|may|might|must|should|did|do|does)\b)"
    r"|(?:yes|no|well|okay|ok)(?=\s*,)"
    r"|(?:at the same time|in the meantime|in response|as promised|without elaborating|to illustrate|that is"
    r"|that said|what['’]s more|on top of that|by comparison|conversely|not only that)(?=\s*,)"
    r"|(?:for|because of|despite|in spite of|given) (?:this|that|these|those)(?: reasons?)?(?=\s*[,;.])"
    r"|(?:almost |nearly )?immediately(?=\s*,)|(?:shortly|soon) after(?:wards?)?(?=\s*,))(?![\w-])",
    re.IGNORECASE,
)
_HOWEVER_INSIDE = re.compile(r",\s*however\s*[,.;!]", re.IGNORECASE)
"""A contrast set off inside or at the end of the sentence ("Not everyone welcomed
the new store, however."): with what, only the sentence before says."""
_IMPERSONAL = re.compile(r"^that\s+(?:is|was)\s+(?:according|the view)", re.IGNORECASE)


def leans_on_previous(text: str) -> bool:
    """A sentence that a reader cannot follow without the sentence before it in
    its article: an opening connective ("But", "And", "However", "Also", "In addition",
    "In each case", "On the other hand", "Beyond that", "Since then", "Indeed", "At that point",
    "At the same time,", "In response,", "As promised,", "Without elaborating,"...),
    a contrast inside it (", however,"), a demonstrative ("This", "Those"; after a
    short opening phrase too: "In men, this raises ..."), an early "then" ("The
    Tunisian was then killed"), a time counted from it ("Seconds later,"),
    "Other ..." or "The other", a count or rank standing for what was counted ("The two have
been accused", "The second is an explosion"), "Among those", or an answer ("No, but ..."), or a whole sentence in brackets (an aside).
Pronoun openings are left
    to the edit stage ("He" gets a name), to the selection's penalty
    (``is_unresolved``) and, for an "It"/"They" that stands for something, to
    ``opens_with_referring_pronoun`` (every "It"/"They" here cost 0.2 ROUGE-1 on
    Multi-News validation: benchmarks/reader/README.md)."""
    if _IMPERSONAL.match(text):
        return False
    return bool(_LEANS_START.match(text) or _HOWEVER_INSIDE.search(text) or _DEMONSTRATIVE_AFTER_INTRO.match(text)
                or _THEN_EARLY.match(text) or _COUNTED_FROM_BEFORE.match(text) or _ASIDE.match(text))


_ASIDE = re.compile(r"^\s*\([A-Z][^()]*[.!?]\s*\)\s*$")
"""'(The federal government could approve the project if the state refuses.)': a whole sentence
set in brackets is an aside on the one before it."""


_THEN_EARLY = re.compile(r"^(?!(?:if|when|once|whenever)\b)(?:[\w'’-]+\s+){1,4}then\b(?![-’'])(?!\s+(?:and|now)\b)",
                         re.IGNORECASE)
"""'The Tunisian was then killed', 'Police then arrested him': "then" among the first words
tells what came after something the sentence before told (not "If ..., then ...")."""


_COUNTED_FROM_BEFORE = re.compile(
    r"^(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|some|\d+)\s+)?"
    r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|moments?|decades?)\s+"
    r"(?:later|earlier|afterwards?(?=\s*,)|after(?=\s*,)|before(?=\s*,))(?!\s+than\b)",
    re.IGNORECASE)
"""'Seconds later, an explosion shook the area', 'Two days earlier, ...': a time counted
from what the sentence before told (not 'Two days after the crash, ...')."""


_INTRODUCTION = (r"(?:in|on|at|for|after|before|during|by|with|among|under|since|until|over|for now|for years"
                 r"|today|yesterday|now|later|first|again|here|there|once)\b[^,;:\"“”]{0,40},\s*")
"""A short opening phrase set off by a comma ("In men, ", "On Monday, ", "Later, ") before the subject."""
_DEMONSTRATIVE_AFTER_INTRO = re.compile(rf"^{_INTRODUCTION}(?:this|these|those)\b", re.IGNORECASE)
"""'In men, this raises the risk ...': the subject after the opening phrase points back."""
_INTRODUCTORY = re.compile(rf"^{_INTRODUCTION}", re.IGNORECASE)


def leans_on_earlier(text: str) -> bool:
    """Either kind of lean: an unresolved reference (``is_unresolved``), a
    sentence that needs its predecessor (``leans_on_previous``) or a pronoun
    reporting with nobody named before it ("..., they said.": ``split.reporters``)."""
    return is_unresolved(text) or leans_on_previous(text) or pronoun_reporter(text) is not None


_ATTRIBUTION = re.compile(r"^according\s+to\s+[^,;\"“]{1,80},\s*", re.IGNORECASE)
_PRONOUN_OPENING = re.compile(r"^(?:it|they|its|their|them)\b(?!['’]s\s+(?:time|not|no)\b)", re.IGNORECASE)
_EXPLETIVE_IT = re.compile(
    r"^it(?:['’]s|\s+(?:is|was|has\s+been|had\s+been|will\s+be|would\s+be|may\s+be|might\s+be|could\s+be)"
    r"|\s+(?:seems|seemed|appears|appeared|remains|remained|turns\s+out|turned\s+out|looks|looked|took|takes"
    r"|has\s+taken|will\s+take|would\s+take|happens|happened\s+that|follows|matters|helps|pays|hurts))\b"
    r"(?:(?![.;:!?]).){0,60}?\b(?:to|that|whether|when|where|how|why|who|what|if|since|until|before|as\s+if"
    r"|as\s+though|for\s+\w+\s+to)\b",
    re.IGNORECASE)
"""'It' that stands for no thing: 'It is possible to predict ...', 'It is unknown when
...', 'It has been years since ...', 'It took 60,000 years to ...', 'It turns out that ...'."""
_SAME_AS_BEFORE = re.compile(r"^it(?:['’]s|\s+(?:is|was))\s+the\s+same\b", re.IGNORECASE)
"""'It was the same clinic where ...': "the same" points back, so the "It" does too."""
_GENERIC_THEY = re.compile(r"^they\s+(?:say|said)\s+(?:that\s+)?(?:it|you|the)\b", re.IGNORECASE)


def opens_with_referring_pronoun(text: str) -> bool:
    """A sentence whose own words open with "It", "They", "Its" or "Their" standing
    for something a sentence before it named ("It received a five-star award",
    "They trained their janitors", "Their relationship was strained"), after an
    attribution or a short opening phrase too ("According to the survey, it had ...",
    "On Monday, it said"); not an "It"
    that stands for nothing ("It is possible to ...", "It turns out that ...") nor
    a quotation's (whose speaker's context is another matter)."""
    attribution = _ATTRIBUTION.match(text) or _INTRODUCTORY.match(text)
    own = text[attribution.end():] if attribution else text
    if not _PRONOUN_OPENING.match(own):
        return False
    if _SAME_AS_BEFORE.match(own):
        return True
    return not _EXPLETIVE_IT.match(own) and not _GENERIC_THEY.match(own)
