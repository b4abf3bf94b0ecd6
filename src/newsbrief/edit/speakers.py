"""A quotation that the brief shows without its speaker ('"Things like this don't
happen here."') gets the speaker the facts stage found for it, at its end
('"Things like this don't happen here." [Jane Doe]'), unless the brief's
sentence before already names that person."""

from __future__ import annotations

from collections.abc import Sequence

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

    def insertions(self, sentence: Sentence, previous: Sentence | None) -> list[Insertion]:
        """The speaker of a quotation ``sentence`` opens without naming anyone,
        inserted at its end; none when the previous sentence of the brief names them."""
        if not unattributed_quote(sentence.text):
            return []
        quote = self.speaker_of(sentence)
        if quote is None or (previous is not None and quote.speaker in previous.text):
            return []
        return [Insertion(len(sentence.text), quote.speaker, "speaker", quote.speaker_id)]
