"""Word tokens, Porter stems and stopwords: the vocabulary later stages count."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache
from importlib import resources

import Stemmer

# The same token rule as ROUGE-1.5.5 and rouge-score (lower-cased runs of
# letters and digits), so that what the summarizer counts is what gets scored.
_TOKEN = re.compile(r"[a-z0-9]+")

# Letters of the non-Latin scripts (Greek to Hangul, by Unicode block), which the
# English rule above drops; ranges by hand: the stdlib ``re`` has no \p{Script}.
_NON_LATIN = (
    "\u0370-\u03ff\u0400-\u052f\u0530-\u058f\u0590-\u05ff\u0600-\u06ff\u0700-\u08ff"
    "\u0900-\u0dff\u0e00-\u0fff\u1000-\u10ff\u1100-\u11ff\u1200-\u139f\u1780-\u17ff"
    "\u3041-\u30fa\u30fc-\u30ff\u3130-\u318f\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff"
    "\uac00-\ud7af\uf900-\ufaff\ufb1d-\ufdff\ufe70-\ufefc\uff66-\uffdc\U00020000-\U0003134f"
)
_HAS_NON_LATIN = re.compile(f"[{_NON_LATIN}]")
_MIXED_TOKEN = re.compile(f"[a-z0-9]+|[{_NON_LATIN}]+")
# Scripts written without spaces (Han, kana, Thai, Lao, Tibetan, Myanmar, Khmer):
# their runs are cut into overlapping character bigrams, the usual unit for CJK retrieval.
_SPACELESS = re.compile(
    "[\u0e00-\u0fff\u1000-\u109f\u1780-\u17ff\u3041-\u30fa\u30fc-\u30ff\u31f0-\u31ff"
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f\U00020000-\U0003134f]"
)

ENGLISH_STOP_WORDS: frozenset[str] = frozenset(
    (resources.files("newsbrief") / "models" / "stopwords.txt").read_text(encoding="utf-8").split()
)
"""scikit-learn's English stopword list, shipped as a file by scripts/build_stopwords.py."""

STOPWORDS: frozenset[str] = ENGLISH_STOP_WORDS | frozenset(
    {"s", "t", "said", "says", "say", "mr", "mrs", "ms", "just", "like", "also", "new", "year", "years"}
)

MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
         r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
"""A month's name or its abbreviation, as a regular-expression fragment (read with re.IGNORECASE)."""
MONTH_PREFIX = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"
"""A word opening like a month's name ("Nov", "Novem", "November"): where a day number follows."""
WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
TITLE_ABBREVIATION = (r"(?:mr|mrs|ms|messrs|dr|drs|prof|sen|sens|rep|reps|gov|gen|lt|col|sgt|maj|capt|cmdr|adm|rev"
                      r"|msgr|atty|supt|det|insp|pres|amb)")
"""A title's abbreviation written before a name, without its stop ("sen", "lt", "atty"): the one
list the splitter (a former title, "then-sen.") and the fragment detectors (a line cut after a
title, "... in the words of ms.") read."""
"""A weekday's name, as a regular-expression fragment (read with re.IGNORECASE)."""

_STEMMER = Stemmer.Stemmer("porter")
_ASCII_LETTER = re.compile(r"[A-Za-z]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def tokenize(text: str) -> list[str]:
    """Lower-cased alphanumeric tokens of ``text``. Text mostly in a non-Latin
    script also gives that script's words (runs of letters and marks), or
    character bigrams for scripts written without spaces; mostly Latin text
    (a stray foreign word included) is tokenized exactly as ROUGE does."""
    lowered = text.lower()
    latin = _TOKEN.findall(lowered)
    if lowered.isascii() or not _HAS_NON_LATIN.search(lowered):
        return latin
    tokens: list[str] = []
    other = 0
    for match in _MIXED_TOKEN.finditer(lowered):
        run = match.group(0)
        if run.isascii():
            tokens.append(run)
        else:
            words = _script_words(run)
            other += sum(len(word) if _SPACELESS.match(word) else 1 for word in words)
            tokens.extend(piece for word in words for piece in _bigrams(word))
    return tokens if other >= len(latin) else latin


def _script_words(run: str) -> list[str]:
    """Words of a run of non-Latin characters, cut at punctuation and symbols."""
    words: list[str] = []
    piece: list[str] = []
    for ch in run + " ":
        if unicodedata.category(ch)[0] in "LMN":
            piece.append(ch)
        elif piece:
            words.append("".join(piece))
            piece = []
    return words


def _bigrams(word: str) -> list[str]:
    """A word of a script without spaces as its overlapping character bigrams."""
    if len(word) < 2 or not _SPACELESS.match(word):
        return [word]
    return [word[k : k + 2] for k in range(len(word) - 1)]


@lru_cache(maxsize=200_000)
def stem(token: str) -> str:
    """Porter stem of one lower-cased token (cached: news vocabularies repeat)."""
    return _STEMMER.stemWord(token)


def stems(text: str) -> list[str]:
    """Porter stems of the tokens of ``text``."""
    return [stem(token) for token in tokenize(text)]


def dominant_script(text: str) -> str:
    """The script most letters of ``text`` are written in, as Unicode names it
    ("LATIN", "ARABIC", "CJK", "DEVANAGARI", "HIRAGANA", ...); "" without letters."""
    sample = text[:5000]
    latin = len(_ASCII_LETTER.findall(sample))
    if sample.isascii():
        return "LATIN" if latin else ""
    counts = Counter(unicodedata.name(ch, " ").split()[0] for ch in _NON_ASCII.findall(sample) if ch.isalpha())
    counts["LATIN"] += latin
    script, count = counts.most_common(1)[0]
    return script if count else ""


def looks_english(text: str) -> bool:
    """English running text is roughly a third stopwords; other languages are not
    (a short text needs at least one English stopword)."""
    tokens = tokenize(text[:5000])
    if len(tokens) < 8:
        return bool(tokens) and sum(t in STOPWORDS for t in tokens) >= 1
    return sum(token in STOPWORDS for token in tokens) / len(tokens) >= 0.15
