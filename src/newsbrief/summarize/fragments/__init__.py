"""Fragments: sentences that are not a proper stand-alone sentence of the story, one
detector per file (captions, gallery counters, photo credits, headlines, bylines,
datelines, citation markers, lines cut off, pieces of a quotation). A fragment never enters a summary.
"""

from __future__ import annotations

from newsbrief.model import Article, Sentence
from newsbrief.summarize.fragments.bylines import is_byline
from newsbrief.summarize.fragments.captions import is_caption
from newsbrief.summarize.fragments.citations import has_citation_marker
from newsbrief.summarize.fragments.credits import is_credit
from newsbrief.summarize.fragments.datelines import has_dateline
from newsbrief.summarize.fragments.gallery import is_gallery
from newsbrief.summarize.fragments.headlines import is_cut_off, is_headline
from newsbrief.summarize.fragments.quotes import is_unbalanced, reads_as_speech, starts_inside_quotation

DETECTORS = ("gallery", "credit", "caption", "byline", "dateline", "citation", "headline", "cut off",
             "unbalanced quotes", "inside a quotation")
"""Every reason ``fragment_reason`` can give, in the order they are tried."""


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
    if is_cut_off(text):
        return "cut off"
    if is_unbalanced(text):
        return "unbalanced quotes"
    return None


def fragment_reason(sentence: Sentence, article: Article | None = None) -> str | None:
    """Why ``sentence`` is a fragment, or None; with its ``article``, also a sentence
    that starts inside a quotation (spoken in the first or second person) and a
    headline that repeats the title."""
    reason = text_fragment_reason(sentence.text, article.title if article is not None else None)
    if (reason is None and article is not None and reads_as_speech(sentence.text)
            and starts_inside_quotation(article.text, sentence.start)):
        return "inside a quotation"
    return reason


def is_fragment(sentence: Sentence, article: Article | None = None) -> bool:
    """True for a sentence no summary may use."""
    return fragment_reason(sentence, article) is not None
