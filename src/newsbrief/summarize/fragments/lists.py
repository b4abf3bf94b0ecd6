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

# A live blog's entry, opened by its time stamp ("15.03 court has adjourned for the day."),
# not a sum or a measure ("2.45 million", "1.50 a gallon", "4:30 p.m.").
_LIVE_STAMP = re.compile(
    r"^\s*(?:[01]?[0-9]|2[0-3])[.:][0-5][0-9]\s+(?!(?:million|billion|trillion|percent|per|pounds|dollars|euros|yen"
    r"|points|am|pm|a|an|each|apiece|of|to|and|or|times|hours|minutes|seconds|miles|metres|meters|feet|inches|kg|km|m"
    r"|mph)\b|[ap]\.)[a-z]")

# Items run into their lead-in after its colon: "The new benefits mean: -new moms can take ..."
_RUN_IN_ITEMS = re.compile(r":\s+[-•*]\s*[a-z]")


def is_list_item(text: str) -> bool:
    """A sentence that opens with a bullet, a dash, an item's number, a chronology's date,
    a live blog's time stamp or a Q. / A. marker, that ends on the number of the first item of
    a list, or whose items run on after its lead-in's colon."""
    return bool(_BULLET.match(text) or _LEAD_IN.search(text) or _CHRONOLOGY.match(text)
                or _QUESTION_OR_ANSWER.match(text) or _LIVE_STAMP.match(text) or _RUN_IN_ITEMS.search(text))
