"""Two sentences run together with no space between them: a scraped page that lost the
break after a sentence's last word ("the honest co. Theco-star is founder of the company"),
so the next sentence's first word is glued to a word of its own. Read as a capitalised
"The" glued to a word news knows, forming a word news never uses."""

from __future__ import annotations

import re

from newsbrief.represent.background import background_frequencies
from newsbrief.split.tokens import stem

_GLUED = re.compile(r"(?<![\w'’-])The([a-z]{2,})((?:-[a-z]+)*)\b")
COMMON = 100
"""The fewest background articles a glued-on word must appear in ("star" and "co" of "co-star")."""


def _known(word: str) -> int:
    frequencies, _ = background_frequencies()
    return frequencies.get(stem(word), 0)


def has_run_together_words(text: str) -> bool:
    """True when a capitalised "The" is glued to the next word ("Theco-star"): a word
    unknown to news at large whose rest is common ("Theron" and "Thesis" are known words)."""
    for match in _GLUED.finditer(text):
        first, compound = match.group(1), match.group(2)
        rest = [first, *compound.split("-")[1:]]
        if len(first) < 3 and not compound:
            continue  # "Theed", a name
        if _known("the" + first) == 0 and max(_known(piece) for piece in rest) >= COMMON:
            return True
    return False
