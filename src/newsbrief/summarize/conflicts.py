"""Whether a similar sentence of another article contradicts a summary sentence instead
of supporting it: a different count of the same thing ("11 people were unaccounted for"
against "15 people were missing"), or the same event asserted by one and negated or
deferred by the other ("would wait before deciding to cancel" against "announced the
cancellation"). Read off the two sentences' words; linear in their length.
"""

from __future__ import annotations

import functools
import re
from importlib import resources

from newsbrief.split.tokens import WEEKDAY, stem

_WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?|\d[\d,]*(?:\.\d+)?")
_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
}
_MONTHS = frozenset("jan january feb february mar march apr april may jun june jul july aug august sep sept september "
                    "oct october nov november dec december".split())
# Words between a number and the thing it counts ("15 more people", "11 of the passengers").
_BETWEEN = frozenset("more other additional of the their its his her our about nearly some almost least at "
                     "than over under up to another million billion thousand hundred".split())
_NOT_A_KIND = frozenset("a an and or but in on at by for from with as is are was were has have had be been "
                        "said says year years old p m am pm".split())
_SCALE = {"million": 1e6, "billion": 1e9, "thousand": 1e3, "hundred": 1e2}
# Words that negate or put off the event they stand before.
_HEDGES = frozenset(stem(w) for w in (
    "not n't never no without denied deny denies refused refuse refuses rejected reject declined decline "
    "wait waiting decide deciding whether consider considering weigh weighing might may could unless if "
    "postpone postponed delay delayed rumored rumoured").split())
# What a negation turns into an assertion ("no doubt", "without a shadow of a doubt", "no surprise"):
# never read as a negated event.
_IDIOMS = frozenset(stem(w) for w in "doubt question surprise wonder shadow".split())
# Words a hedge reaches across to the event it governs ("not yet been able to", "deciding to").
_FUNCTION = frozenset("to be been being have has had the a an any yet further even ever also then so".split())


def _words(text: str) -> list[str]:
    """Lower-cased words and numbers; "don't" and "can't" read as "do not", "ca not"."""
    words = []
    for w in _WORD.findall(text):
        w = w.lower()
        if w.endswith("n't"):
            words += [w[:-3], "not"]
        else:
            words.append(w.split("'")[0] if "'" in w else w)
    return words


def _value(word: str) -> float | None:
    if word[0].isdigit():
        try:
            return float(word.replace(",", ""))
        except ValueError:
            return None
    return _NUMBER_WORDS.get(word)


def counts(text: str) -> dict[str, set[float]]:
    """The numbers of ``text`` by the stem of the thing each counts: {"peopl": {11.0}}.
    Years, dates and clock times are not counts."""
    words = _words(text)
    found: dict[str, set[float]] = {}
    for i, word in enumerate(words):
        value = _value(word)
        if value is None or word in ("hundred", "dozen") and i and _value(words[i - 1]) is not None:
            continue
        if any(w in ("other", "more", "additional", "another") for w in words[i + 1:i + 3]):
            continue  # "three other provinces": not the total the other sentence may give
        if word[0].isdigit() and "," not in word and "." not in word and 1800 <= value <= 2100:
            continue  # a year
        if i and words[i - 1] in _MONTHS:
            continue  # a date
        j = i + 1
        while j < len(words) and j <= i + 4 and words[j] in _BETWEEN:
            value *= _SCALE.get(words[j], 1.0)
            j += 1
        if j >= len(words) or words[j] in _NOT_A_KIND or _value(words[j]) is not None or words[j] in _MONTHS:
            continue
        found.setdefault(stem(words[j]), set()).add(value)
    return found


def numbers_conflict(a: str, b: str) -> bool:
    """Both sentences count the same kind of thing and no count agrees."""
    left, right = counts(a), counts(b)
    return any(not (left[kind] & right[kind]) for kind in left.keys() & right.keys())


@functools.cache
def _irregular_verbs() -> dict[str, str]:
    """Verb forms whose stem is not their lemma's ("sank" -> "sink"), from
    models/irregular_verbs.tsv (scripts/build_irregular_verbs.py)."""
    text = (resources.files("newsbrief") / "models" / "irregular_verbs.tsv").read_text(encoding="utf-8")
    return dict(line.split("\t") for line in text.splitlines() if line)


def irregular_lemma(word: str) -> str | None:
    """The lemma of an irregular verb form ("heard" -> "hear"), None for any other word."""
    return _irregular_verbs().get(word)


def _event_stem(word: str) -> str:
    """The stem of a word as an event: an irregular verb form by its lemma, so that
    "sank" and "did not sink" name the same event."""
    return stem(_irregular_verbs().get(word, word))


def _hedged(words: list[str]) -> dict[str, bool]:
    """Each content stem of ``words`` -> whether every occurrence is governed by a hedge:
    the first word after a negation or deferral that is not a function word."""
    stems = [_event_stem(w) for w in words]
    state: dict[str, bool] = {}
    governed = False
    for word, s in zip(words, stems):
        if s in _HEDGES or word in _HEDGES:
            governed = True
            continue
        if word in _FUNCTION or len(s) < 3:
            continue
        state[s] = state.get(s, True) and governed
        governed = False
    return state


def outcome_conflict(a: str, b: str) -> bool:
    """An event both sentences name is negated or put off in one and plainly stated in the other."""
    left, right = _hedged(_words(a)), _hedged(_words(b))
    return any(left[s] != right[s] for s in left.keys() & right.keys() if s not in _IDIOMS)


_WEEKDAY = re.compile(rf"\b({WEEKDAY})\b", re.IGNORECASE)


def days_conflict(a: str, b: str) -> bool:
    """Both sentences name a weekday and none is the same ("not expected until Sunday" /
    "not expected until Saturday"): another day is another claim."""
    left = {day.lower() for day in _WEEKDAY.findall(a)}
    right = {day.lower() for day in _WEEKDAY.findall(b)}
    return bool(left and right) and not left & right


def conflict(a: str, b: str) -> str | None:
    """Why ``b`` cannot count as reporting ``a`` ("numbers", "day", "outcome"), or None."""
    if numbers_conflict(a, b):
        return "numbers"
    if days_conflict(a, b):
        return "day"
    if outcome_conflict(a, b):
        return "outcome"
    return None
