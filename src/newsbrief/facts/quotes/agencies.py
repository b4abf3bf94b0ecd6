"""News agencies and organisations are the sources of a quotation, not its
speakers ('Italian news agency Ansa are reporting that Amri made his way to
Italy "through Chambery, France."'), unless they issued it: a statement, a
communiqué, a spokesman's words ("the ministry said in a statement")."""

from __future__ import annotations

import re

from newsbrief.facts.entities.salience import OUTLETS
from newsbrief.facts.quotes.marks import Found
from newsbrief.facts.quotes.speakers import ArticleSpeakers
from newsbrief.facts.text import name_tokens

_ISSUED = re.compile(r"\b(?:statement|communiqu[eé]|press release|spokes(?:wo)?man|spokesperson|announced|declared|tweeted|posted|wrote)\b", re.I)
_REPORTING = re.compile(r"\b(?:reporting|reported|reports|according to|quoted|quoting|cited|citing|carried)\b", re.I)


def is_source_not_speaker(found: Found, article: ArticleSpeakers, names: dict[str, str]) -> bool:
    """Whether the organisation a quotation was attributed to only reports it."""
    if not found.speaker_id or article.kinds.get(found.speaker_id) != "ORG":
        return False
    s_start, s_end = article.sentence_of(found.start)
    sentence = article.text[s_start:max(s_end, found.start)]
    if _ISSUED.search(sentence):
        return False
    outlet = " ".join(name_tokens(names.get(found.speaker_id, ""))) in OUTLETS
    return outlet or bool(_REPORTING.search(sentence))


def drop_reporting_sources(found: list[Found], article: ArticleSpeakers, names: dict[str, str]) -> None:
    """Clear the speaker of every quotation an agency or organisation only reports."""
    for item in found:
        if is_source_not_speaker(item, article, names):
            item.speaker_id = item.speaker_span = item.speaker_text = None
