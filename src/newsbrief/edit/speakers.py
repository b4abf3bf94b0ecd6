"""A quotation that the brief shows without its speaker ('"Things like this don't
happen here."') gets the speaker the facts stage found for it, at its end
('"Things like this don't happen here." [Jane Doe]'), unless the brief's
sentence before already names that person."""

from __future__ import annotations

from collections.abc import Sequence

from newsbrief.edit.roles import KnownRoles
from newsbrief.model import Insertion, Quote, Sentence
from newsbrief.split.openings import unattributed_quote


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
                   roles: KnownRoles | None = None) -> list[Insertion]:
        """The speaker of a quotation ``sentence`` opens without naming anyone,
        inserted at its end; none when the previous sentence of the brief names them.
        A speaker not in ``introduced`` gets the role ``roles`` knows ("[Jane Doe, economist]") and joins it."""
        if not unattributed_quote(sentence.text):
            return []
        quote = self.speaker_of(sentence)
        if quote is None or (previous is not None and quote.speaker in previous.text):
            return []
        text = quote.speaker
        if introduced is not None and quote.speaker_id:
            if roles is not None and quote.speaker_id not in introduced:
                text = roles.named(text, quote.speaker_id)
            introduced.add(quote.speaker_id)
        return [Insertion(len(sentence.text), text, "speaker", quote.speaker_id)]
