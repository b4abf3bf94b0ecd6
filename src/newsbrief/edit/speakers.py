"""A quotation that the brief shows without its speaker ('"Things like this don't
happen here."') gets the speaker the facts stage found for it, before it
('[Jane Doe said:] "Things like this don't happen here."': a name in brackets after
the quotation read to judges as a citation marker), unless the brief's
sentence before already names that person. One the facts stage found no speaker
for that goes on right after a quotation its article attributes ('"They took her
antiques," Troyer said. "Then took her identity."'), as news writes a speaker's
next words without saying again who speaks, gets that quotation's speaker."""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsbrief.edit.roles import KnownRoles
from newsbrief.model import Insertion, Quote, Sentence
from newsbrief.split.openings import unattributed_quote


_QUOTATION = re.compile(r"[\"“”]")
"""A quotation mark: the sentence before holds (a piece of) a quotation."""


_SPEECH = r"(?:said|says|told|tells|added|adds|wrote|writes|explained|explains|asked|asks|stated|testified)"


def attributes(text: str, speaker: str) -> bool:
    """Whether ``text`` says that ``speaker`` (by the last word of the name) said it, the
    name right beside a verb of speech: '..., Troyer said.', '..., said Sheriff Jim Troyer.',
    '..., Troyer, the sheriff, said.'; not '..., said Paul Weitzel, partner at the firm
    Willard Bishop' for "Willard Bishop"."""
    surname = re.escape(speaker.split()[-1])
    return bool(re.search(rf"\b{_SPEECH}\s+(?:[\w.'’-]+\s+){{0,3}}?{surname}\b"
                          rf"|\b{surname}(?:,[^,\"“”]{{1,60}},)?\s+{_SPEECH}\b", text, re.IGNORECASE))


class Speakers:
    """Who said each quotation of a cluster, looked up by the sentence that carries it."""

    def __init__(self, quotes: Sequence[Quote]) -> None:
        self._quotes = [quote for quote in quotes if quote.speaker]

    def speaker_of(self, sentence: Sentence) -> Quote | None:
        """The attributed quotation ``sentence`` carries, if any."""
        for quote in self._quotes:
            for source in quote.sources:
                span = source.span
                if span.article_id == sentence.article_id and span.start < sentence.end and sentence.start < span.end:
                    return quote
        return None

    def insertions(self, sentence: Sentence, previous: Sentence | None, introduced: set[str] | None = None,
                   roles: KnownRoles | None = None, before: Sentence | None = None) -> list[Insertion]:
        """The speaker of a quotation ``sentence`` opens without naming anyone,
        inserted before it ("[Jane Doe said:]"); none when the previous sentence of the brief names them.
        Without one, the speaker of the quotation the sentence of its article right
        ``before`` it attributes, when that sentence holds a quotation and this one
        opens the next. A speaker not in ``introduced`` gets the role ``roles`` knows
        ("[Jane Doe, economist, said:]") and joins it."""
        if not unattributed_quote(sentence.text):
            return []
        quote = self.speaker_of(sentence)
        if quote is None and before is not None and before.index == sentence.index - 1 \
                and _QUOTATION.search(before.text):
            quote = self.speaker_of(before)
            if quote is not None and not attributes(before.text, quote.speaker):
                quote = None  # the speaker found is not the one the sentence says said it
        if quote is None or (previous is not None and quote.speaker in previous.text):
            return []
        text = quote.speaker
        if introduced is not None and quote.speaker_id:
            if roles is not None and quote.speaker_id not in introduced:
                text = roles.named(text, quote.speaker_id)
            introduced.add(quote.speaker_id)
        said = f"{text}, said:" if "," in text else f"{text} said:"
        return [Insertion(0, said, "speaker", quote.speaker_id)]
