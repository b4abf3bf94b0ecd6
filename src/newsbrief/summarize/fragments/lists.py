"""List items: a line opened by a bullet, a dash or a number ("--Install shoulder belts in
all rear seating positions", "• Free parking", "3. Get an anti-virus program and use it.",
"Nov. 25 -- Elian rescued at sea", "A. Kennedy took off at 8:38"),
which continues a lead-in the reader does not see."""

from __future__ import annotations

import re

from newsbrief.split.tokens import MONTH_PREFIX

_BULLET = re.compile(r"^\s*(?:(?:--?(?![-\d])|[•▪◦●■□➢►*·–—])\s*(?=\S)|\d{1,2}[.)]\s+(?=[^\W\d_]))")


# A list's lead-in cut at its first number: "For this collection, several things were done: 1."
_LEAD_IN = re.compile(r":\s*\(?\d{1,2}[.)]\s*$")


# A chronology's entry, opened by its date and a dash ("Nov. 25 -- Elian rescued at sea"),
# and a question-and-answer piece's marker ("Q. What was the schedule?", "A. Kennedy took off").
_CHRONOLOGY = re.compile(
    rf"^\s*{MONTH_PREFIX}\.? \d{{1,2}}(?:, \d{{4}})?\s*(?:--|—|–|-|:)\s",
    re.IGNORECASE,
)
_QUESTION_OR_ANSWER = re.compile(r"^\s*[QA][.:]\s+(?=[A-Z\"“])")


def is_list_item(text: str) -> bool:
    """A sentence that opens with a bullet, a dash, an item's number, a chronology's date
    or a Q. / A. marker, or that ends on the number of the first item of a list."""
    return bool(_BULLET.match(text) or _LEAD_IN.search(text) or _CHRONOLOGY.match(text)
                or _QUESTION_OR_ANSWER.match(text))
