"""A wire's note on what a new version of a story changed, set in brackets by the headline
("Regulation ( corrects fourth paragraph reference to ... )", "( update2 ) ( adds yemenia says
... in sixth paragraph. )", "( corrects crown in which the koh-i-noor diamond is set ) the
ceremonial crown ..."). It is not part of the story: the splitter cuts the story's first
sentence off after it, and the piece holding it is a notice (``summarize.fragments.notices``)."""

from __future__ import annotations

import re

_NOTE_VERB = (r"(?:corrects|adds|updates|recasts|rewrites|changes|fixes|removes|refiles|repeats|clarifies"
              r"|inserts|deletes|amends)")
_UPDATE = r"(?:update\s*\d+\s*\)\s*\(\s*)?"
# Anywhere in a sentence when the note names a paragraph; otherwise only among its first four
# words, where prose rarely opens a bracket with one of these verbs; and a bare "( update2 )".
_WIRE_NOTE = re.compile(
    rf"\(\s*{_UPDATE}{_NOTE_VERB}\b[^()]{{0,240}}\bpara(?:graph)?s?\b[^()]{{0,120}}\)"
    rf"|^\s*(?:[\w'’-]+\s+){{0,4}}\(\s*{_UPDATE}{_NOTE_VERB}\s+[^()]{{2,240}}\)"
    r"|\(\s*update\s*\d+\s*\)",
    re.IGNORECASE,
)


def is_wire_note(text: str) -> bool:
    """Whether ``text`` carries a wire's bracketed note on what this version corrected or added."""
    return bool(_WIRE_NOTE.search(text))


def wire_note_ends(text: str, start: int, end: int) -> list[int]:
    """Where each wire note in ``text[start:end]`` ends (the slice, so that a note opening
    the sentence is found at its start)."""
    return [start + match.end() for match in _WIRE_NOTE.finditer(text[start:end])]
