"""Headlines, standfirsts and cut-off lines: text that is not a sentence of the story.

A headline repeats the article's title or is set in title case, and like any line cut
off mid-sentence (a truncated document's last words) it ends without a full stop.
"""

from __future__ import annotations

import re

from newsbrief.split.tokens import TITLE_ABBREVIATION

# A stop (or another script's: 。！？ ؟ ۔ । ...), then closing quotes and brackets, spaced or
# not (Multi-News writes "said . ''" and ". )").
_TERMINAL = re.compile(r"""[.!?…。！？｡؟۔।॥։።။།](?:\s*(?:["'”’»)\]」』）】〕》〉]|''))*\s*$""")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_MINOR = frozenset(
    "a an and as at but by for from in into of on or over the to up upon via vs with".split()
)


def _normal(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def is_unterminated(text: str) -> bool:
    """No sentence-final punctuation: a heading, a list item or a cut-off line."""
    return not _TERMINAL.search(text.strip())


_SHORT_LINE = 12


_QUOTATION_CUT = re.compile(r"\b(?:as\s+(?:saying|telling\s+[\w' ’]{1,30}?)|(?:said|says|added|wrote|writes|told\s+\w+)\s*:)"
                            r"\s*[.:]?\s*$", re.IGNORECASE)
"""An attribution whose quotation was cut away: "Ming Pao quoted Cheung as saying.", "The mayor said:"."""
_TITLE_CUT = re.compile(rf"(?<![\w.]){TITLE_ABBREVIATION}\.\s*$", re.IGNORECASE)
"""A line cut before the name its title goes with: "... in the words of ms.", "While still in high
school, dr." (a truncated document or a stop taken for a sentence's end); not a street's "St."."""


def is_cut_off(text: str) -> bool:
    """A short line with no sentence-final punctuation: a heading, a list item, a label;
    or an attribution whose quotation is gone (``_QUOTATION_CUT``) or a line ending on a
    title whose name is gone (``_TITLE_CUT``).
    Longer unterminated sentences (a truncated document's last words) are let through:
    excluding them too cost 0.24 ROUGE-1 on the truncated Multi-News validation set."""
    return (is_unterminated(text) and len(text.split()) <= _SHORT_LINE) or bool(_QUOTATION_CUT.search(text)) \
        or bool(_TITLE_CUT.search(text))


def is_title_case(text: str) -> bool:
    """Most words capitalised, as a headline is set ("Air France Jet Goes Missing Over Atlantic")."""
    words = [w for w in _WORD.findall(text) if w.lower() not in _MINOR]
    if len(words) < 4:
        return False
    capitalised = sum(1 for w in words if w[0].isupper())
    return capitalised >= 0.85 * len(words)


# A headline's kicker, one capitalised word and a colon before a lower-case run, as a
# lower-cased page keeps it glued to its story ("Trafficking: a third defendant set to ...",
# "Report: mother of ... revealed").
_KICKER = re.compile(r"^\s*[A-Z][a-z]+:\s+[a-z]")


def is_headline(text: str, title: str | None = None) -> bool:
    """The article's own headline, or a line set as one (a standfirst repeating the title counts)."""
    if title and _normal(text) == _normal(title):
        return True
    return is_title_case(text)


def opens_with_kicker(text: str) -> bool:
    """A headline's kicker glued to a lower-case run ("Trafficking: a third defendant ...");
    what follows may still be the story (a live blog's "Update: police now say ..."), so
    the facts stage keeps reading it."""
    return bool(_KICKER.match(text))
