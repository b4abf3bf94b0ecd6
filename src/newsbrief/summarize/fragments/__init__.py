"""Fragments: sentences that are not a proper stand-alone sentence of the story, one
detector per file (captions, gallery counters, photo credits, page furniture glued into a
sentence, headlines, bylines, datelines, citation markers, list items, notices, lines cut
off, pieces of a quotation, unpaired brackets, sentences run together, a headline glued to
its lede, captions without a verb, speech that lost its quotation marks, a subordinate clause
alone, an instruction to the reader). A fragment never enters a summary.
"""

from __future__ import annotations

from newsbrief.model import Article, Sentence
from newsbrief.summarize.fragments.brackets import has_unbalanced_brackets
from newsbrief.summarize.fragments.bylines import is_byline
from newsbrief.summarize.fragments.captions import is_caption
from newsbrief.summarize.fragments.citations import has_citation_marker
from newsbrief.summarize.fragments.credits import is_credit
from newsbrief.summarize.fragments.datelines import has_dateline
from newsbrief.summarize.fragments.gallery import is_gallery
from newsbrief.summarize.fragments.glued import has_glued_furniture
from newsbrief.summarize.fragments.glued_headlines import has_glued_headline
from newsbrief.summarize.fragments.instructions import is_instruction
from newsbrief.summarize.fragments.headlines import is_cut_off, is_headline, is_unterminated, opens_with_kicker
from newsbrief.summarize.fragments.lists import is_list_item
from newsbrief.summarize.fragments.notices import is_notice
from newsbrief.summarize.fragments.run_together import has_run_together_words
from newsbrief.summarize.fragments.subordinate import is_subordinate_clause_alone
from newsbrief.summarize.fragments.unquoted_speech import is_unquoted_speech
from newsbrief.summarize.fragments.verbless import is_verbless_caption
from newsbrief.summarize.fragments.quotes import (
    closes_earlier_quotation,
    is_unbalanced,
    reads_as_speech,
    starts_inside_quotation,
)

DETECTORS = ("gallery", "credit", "caption", "byline", "dateline", "citation", "headline", "kicker", "cut off",
             "unbalanced quotes", "glued furniture", "list item", "notice", "end of a quotation",
             "unbalanced brackets", "run together", "glued headline", "verbless caption", "unquoted speech",
             "subordinate clause", "instruction",
             "inside a quotation", "truncated")
"""Every reason ``fragment_reason`` can give, in the order they are tried (the facts stage
reads the first ones as page furniture: see ``facts.furniture``)."""


def text_fragment_reason(text: str, title: str | None = None) -> str | None:
    """Why ``text`` on its own is a fragment, or None."""
    if is_gallery(text):
        return "gallery"
    if is_credit(text):
        return "credit"
    if is_caption(text):
        return "caption"
    if is_byline(text):
        return "byline"
    if has_dateline(text):
        return "dateline"
    if has_citation_marker(text):
        return "citation"
    if is_headline(text, title):
        return "headline"
    if opens_with_kicker(text):
        return "kicker"
    if is_cut_off(text):
        return "cut off"
    if is_unbalanced(text):
        return "unbalanced quotes"
    if has_glued_furniture(text):
        return "glued furniture"
    if is_list_item(text):
        return "list item"
    if is_notice(text):
        return "notice"
    if closes_earlier_quotation(text):
        return "end of a quotation"
    if has_unbalanced_brackets(text):
        return "unbalanced brackets"
    if has_run_together_words(text):
        return "run together"
    if has_glued_headline(text):
        return "glued headline"
    if is_verbless_caption(text):
        return "verbless caption"
    if is_unquoted_speech(text):
        return "unquoted speech"
    if is_subordinate_clause_alone(text):
        return "subordinate clause"
    if is_instruction(text):
        return "instruction"
    return None


def is_truncated(sentence: Sentence, article: Article) -> bool:
    """The article's last sentence, where the article stops without sentence-final
    punctuation: a document cut off mid-sentence ("... and debut at a time when")."""
    return not article.text[sentence.end:].strip() and is_unterminated(sentence.text)


def fragment_reason(sentence: Sentence, article: Article | None = None) -> str | None:
    """Why ``sentence`` is a fragment, or None; with its ``article``, also a sentence
    that starts inside a quotation (spoken in the first or second person), a headline
    that repeats the title and the cut-off end of a truncated article."""
    reason = text_fragment_reason(sentence.text, article.title if article is not None else None)
    if reason is not None or article is None:
        return reason
    if reads_as_speech(sentence.text) and starts_inside_quotation(article.text, sentence.start):
        return "inside a quotation"
    if is_truncated(sentence, article):
        return "truncated"
    return None


def is_fragment(sentence: Sentence, article: Article | None = None) -> bool:
    """True for a sentence no summary may use."""
    return fragment_reason(sentence, article) is not None
