"""The words of a sentence that are its own, not a quotation's: what lies outside
balanced quotation marks. Detectors of what a sentence leans on read only
these, since a quoted speaker's "I" or "also" is the speaker's, not the brief's."""

from __future__ import annotations

import re

_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”|‘[^’]*’(?!\w)")
_STRAY_QUOTE = re.compile(r"[\"“”]")


def outside_quotations(text: str) -> str | None:
    """``text`` with every balanced quotation cut out, or None when a quotation
    mark is left unmatched (the sentence starts or ends inside a quotation that
    another sentence opens or closes, so which words are whose is unknown)."""
    own = _QUOTED.sub(" ", text)
    return None if _STRAY_QUOTE.search(own) else own


def blank_quotations(text: str) -> str | None:
    """``text`` with every balanced quotation blanked out character for character,
    so that offsets into it are offsets into ``text``; None as ``outside_quotations``."""
    own = _QUOTED.sub(lambda quoted: " " * len(quoted.group()), text)
    return None if _STRAY_QUOTE.search(own) else own
