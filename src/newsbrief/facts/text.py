"""Small text helpers the facts modules share: name folding, edit distance,
content words, numbers written in digits or words, English detection."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rapidfuzz.distance import OSA

from newsbrief.split import STOPWORDS, stem, tokenize

_WORD = re.compile(r"[^\W_]+")


@lru_cache(maxsize=100_000)
def fold(text: str) -> str:
    """Lower case without accents, typographic apostrophes made plain."""
    decomposed = unicodedata.normalize("NFKD", text.replace("’", "'").replace("‘", "'"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def name_tokens(text: str) -> tuple[str, ...]:
    """Folded word tokens of a name: "Abu Bakr al-Baghdadi" -> (abu, bakr, al, baghdadi)."""
    return tuple(_WORD.findall(fold(text)))


def distance(a: str, b: str) -> int:
    """Edit distance counting a transposition as one edit ("Clywd"/"Clwyd")."""
    return OSA.distance(a, b)


def content_stems(text: str) -> set[str]:
    """Stems of the content words of ``text`` (no stopwords, no digits)."""
    return {stem(token) for token in tokenize(text) if token not in STOPWORDS and not token.isdigit() and len(token) > 1}


def is_caseless(texts: list[str]) -> bool:
    """True for text lower-cased apart from sentence starts (Multi-News as
    preprocessed), where capitalisation says nothing about names."""
    inner = capital = 0
    for text in texts:
        words = text.split()
        for previous, word in zip(words, words[1:]):
            if previous[-1:] in ".!?:\"'“”" or not word[:1].isalpha():
                continue
            inner += 1
            capital += word[0].isupper()
    return inner >= 50 and capital / inner < 0.02


_SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12,
}
_SCALE = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
          "trillion": 1_000_000_000_000, "bn": 1_000_000_000, "m": 1_000_000}

NUMBER_WORDS = "|".join(sorted(_SMALL, key=len, reverse=True))
NUMBER_PATTERN = (
    r"(?:(?<![\w.,:/])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\w,:/]*\d)"
    r"(?:[ -](?:million|billion|trillion|thousand)\b|(?:bn|m)\b)?"
    rf"|\b(?:a[ -])?(?:{NUMBER_WORDS})(?:[ -](?:and[ -])?(?:{NUMBER_WORDS}|a[ -]half|hundred|thousand|million|billion))*\b)"
)


def parse_number(text: str) -> float | None:
    """The value of a number written in digits, words or both ("3,197",
    "1.2 million", "twenty-four", "three-and-a-half", "a dozen")."""
    raw = text.strip().lower().replace(",", "")
    if not raw:
        return None
    match = re.fullmatch(r"(\d+(?:\.\d+)?)\s*-?\s*(million|billion|trillion|thousand|bn|m)?", raw)
    if match:
        value = float(match.group(1))
        return value * _SCALE[match.group(2)] if match.group(2) else value
    total, current, seen = 0.0, 0.0, False
    for word in re.split(r"[\s-]+", raw):
        if word in ("and", "a"):
            continue
        if word == "half":
            current += 0.5
        elif word in _SMALL:
            current += _SMALL[word]
        elif word in _SCALE and word not in ("m", "bn"):
            current = max(current, 1.0) * _SCALE[word]
            if _SCALE[word] >= 1000:
                total, current = total + current, 0.0
        else:
            return None
        seen = True
    return total + current if seen else None


def format_number(value: float) -> str:
    """A normalised number as people write it: 12, 3.5, 1,200,000."""
    if value == int(value):
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")
