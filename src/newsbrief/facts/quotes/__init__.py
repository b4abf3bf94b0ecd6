"""Direct quotations, their speakers, and the same quotation carried by several outlets.

Written by hand because no offline library attributes quotations: spaCy has no
quote component, and the conventions are news conventions (a quotation running
over paragraphs opens each one and closes only the last; "Merkel: ..." in a
live blog; "..., he said" pointing back to the person the story is about;
"said the minister" pointing to the minister named earlier). rapidfuzz
decides when two outlets' copies are one quotation.

One step a module: ``marks`` (pairing quotation marks), ``speakers``
(attribution, pronouns and roles), ``unmarked`` (quotations without marks),
``merge`` (one quotation across outlets) and ``find``, which runs them.
"""

from newsbrief.facts.quotes.find import find_quotes
from newsbrief.facts.quotes.marks import quoted_ranges
from newsbrief.facts.quotes.merge import normal_quote
from newsbrief.facts.quotes.speakers import SPEECH, mask_abbreviations

__all__ = ["SPEECH", "find_quotes", "mask_abbreviations", "normal_quote", "quoted_ranges"]
