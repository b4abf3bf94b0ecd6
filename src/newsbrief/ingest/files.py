"""Read articles from files, folders and standard input: text, Markdown, HTML and JSON."""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from newsbrief.ingest.dates import parse_published, read_date
from newsbrief.ingest.ids import unique_ids
from newsbrief.ingest.json_safe import JSONProblem, parse_json
from newsbrief.ingest.unicode import SurrogateScrubber, decode, printable_name, replace_surrogates
from newsbrief.model import Article, Skipped

TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSON_SUFFIXES = {".json"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES
NOT_ARTICLES = {"license", "licence", "copying", "notice", "attribution"}
"""Files in a folder passed over without comment: a folder of articles may carry its licence."""

MAX_ARTICLE_CHARS = 1_000_000
"""Longer texts are cut here with a warning: no news report is longer, and a
dump that is must not stall the whole brief."""


@dataclass(frozen=True)
class Loaded:
    """Articles read from the inputs, plus what was skipped and what was changed."""

    articles: tuple[Article, ...]
    skipped: tuple[Skipped, ...]
    warnings: tuple[str, ...]


__all__ = ["Loaded", "article_from_mapping", "articles_from_records", "decode", "load_paths",
           "parse_published"]


def article_from_mapping(record: dict, default_id: str, path: str | None, notes: list[str] | None = None) -> Article:
    """An Article from a JSON object with ``text`` and optional ``id``, ``title``,
    ``source``, ``url``, ``published``; ValueError when there is no text string.
    What had to be changed or ignored (lone surrogates, an unusable date) is
    added to ``notes``."""
    text = record.get("text")
    if not isinstance(text, str):
        raise ValueError('JSON object has no "text" string')
    notes = notes if notes is not None else []
    clean = SurrogateScrubber()

    def optional(key: str) -> str | None:
        value = record.get(key)
        return clean(str(value)) if value not in (None, "") else None

    published, problem = read_date(record.get("published"))
    if problem:
        notes.append(problem)
    article = Article(
        id=optional("id") or default_id,
        text=clean(text),
        title=optional("title"),
        source=optional("source"),
        url=optional("url"),
        published=published,
        path=path,
    )
    notes.extend(clean.note())
    return article


def _from_html(html: str, default_id: str, path: str | None) -> Article:
    import trafilatura

    document = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    text = getattr(document, "text", None) if document is not None else None
    if not text or not text.strip():
        raise ValueError("no main text found in the HTML page")
    return Article(
        id=default_id,
        text=text,
        title=getattr(document, "title", None) or None,
        source=getattr(document, "sitename", None) or getattr(document, "hostname", None) or None,
        url=getattr(document, "url", None) or None,
        published=parse_published(getattr(document, "date", None)),
        path=path,
    )


def articles_from_text(text: str, name: str, suffix: str, path: str | None = None,
                       warnings: list[str] | None = None) -> tuple[list[Article], list[Skipped]]:
    """Parse one input's decoded text by its kind; unusable parts come back as
    Skipped, changes made to usable ones as ``warnings`` (``name: what``)."""
    warnings = warnings if warnings is not None else []
    stem = printable_name(Path(name).stem) if path else name
    if not text.strip():
        return [], [Skipped(name, "empty file")]
    text, surrogates = replace_surrogates(text)
    if surrogates:
        warnings.append(f"{name}: {surrogates} lone surrogate code point(s) replaced by U+FFFD")
    if suffix in HTML_SUFFIXES:
        try:
            return [_from_html(text, stem, path)], []
        except ValueError as error:
            return [], [Skipped(name, str(error))]
    if suffix in JSON_SUFFIXES:
        try:
            data = parse_json(text)
        except JSONProblem as error:
            return [], [Skipped(name, str(error))]
        records = data if isinstance(data, list) else [data]
        articles, skipped = [], []
        for i, record in enumerate(records):
            label = name if len(records) == 1 else f"{name}[{i}]"
            if not isinstance(record, dict):
                skipped.append(Skipped(label, "JSON value is not an object"))
                continue
            notes: list[str] = []
            try:
                articles.append(article_from_mapping(record, stem if len(records) == 1 else f"{stem}-{i}", path, notes))
            except ValueError as error:
                skipped.append(Skipped(label, str(error)))
            warnings.extend(f"{label}: {note}" for note in notes)
        return articles, skipped
    if suffix in JSONL_SUFFIXES:
        articles, skipped = [], []
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            where = f"{name}:{number}"
            try:
                record = parse_json(line)
            except JSONProblem as error:
                skipped.append(Skipped(where, str(error)))
                continue
            if isinstance(record, dict) and record.get("id") not in (None, ""):
                where += f" (id {printable_name(str(record['id']))!r})"
            notes: list[str] = []
            try:
                if not isinstance(record, dict):
                    raise ValueError("JSON value is not an object")
                article = article_from_mapping(record, f"{stem}-{number}", path, notes)
                articles.append(replace(article, path=f"{path}:{number}" if path else None))
            except ValueError as error:
                skipped.append(Skipped(where, str(error)))
            warnings.extend(f"{where}: {note}" for note in notes)
        return articles, skipped
    return [Article(id=stem, text=text, path=path)], []


def _sniff_suffix(text: str) -> str:
    head = text.lstrip()[:200].lower()
    if head.startswith(("{", "[")):
        return ".json"
    if head.startswith(("<!doctype html", "<html")) or "<body" in text[:5000].lower():
        return ".html"
    return ".txt"


def _walk(folder: Path, skipped: list[Skipped]) -> Iterator[Path]:
    """Every file under ``folder``, depth first in name order, without recursion
    (so any depth works); symbolic links to folders are followed once, and a link
    that loops or points nowhere, or a folder that cannot be read, is reported."""
    stack = [folder]
    seen: set[tuple[int, int]] = set()
    while stack:
        current = stack.pop()
        try:
            info = current.stat()
            if (info.st_dev, info.st_ino) in seen:
                skipped.append(Skipped(printable_name(str(current)), "symbolic link loops back to a folder already read"))
                continue
            seen.add((info.st_dev, info.st_ino))
            entries = sorted(os.scandir(current), key=lambda entry: entry.name)
        except OSError as error:
            skipped.append(Skipped(printable_name(str(current)), f"cannot read this folder ({error.strerror})"))
            continue
        folders = []
        for entry in entries:
            path = Path(entry.path)
            if entry.name.startswith("."):
                continue
            try:
                mode = os.stat(entry.path).st_mode
            except OSError as error:
                reason = "broken symbolic link" if entry.is_symlink() else f"cannot read ({error.strerror})"
                skipped.append(Skipped(printable_name(entry.path), reason))
                continue
            if stat.S_ISDIR(mode):
                folders.append(path)
            elif stat.S_ISREG(mode):
                yield path
        stack.extend(reversed(folders))


def _expand(paths: Iterable[str]) -> tuple[list[Path | str], list[Skipped]]:
    files: list[Path | str] = []
    skipped: list[Skipped] = []
    for raw in paths:
        if raw == "-":
            files.append("-")
            continue
        path = Path(raw)
        if path.is_dir():
            found = [p for p in _walk(path, skipped) if p.stem.lower() not in NOT_ARTICLES]
            usable = [p for p in found if p.suffix.lower() in SUPPORTED]
            for other in found:
                if other.suffix.lower() not in SUPPORTED:
                    skipped.append(Skipped(printable_name(str(other)),
                                           f"unsupported file type {printable_name(other.suffix) or '(none)'}"))
            if not usable:
                skipped.append(Skipped(printable_name(str(path)),
                                       "folder holds no .txt, .md, .html, .json or .jsonl files"))
            files.extend(usable)
        elif path.is_file():
            files.append(path)
        elif path.is_symlink():
            skipped.append(Skipped(printable_name(raw), "broken symbolic link"))
        else:
            skipped.append(Skipped(printable_name(raw), "no such file or folder"))
    return files, skipped


def load_paths(paths: Iterable[str], stdin: object = None) -> Loaded:
    """Every article at the given paths (files, folders searched recursively, or
    ``-`` for standard input), with a reason for everything that was skipped.
    One bad file costs only itself."""
    files, skipped = _expand(paths)
    articles: list[Article] = []
    warnings: list[str] = []
    for item in files:
        if item == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            data = stream.read()
            name, path, suffix = "stdin", None, None
        else:
            name, path, suffix = printable_name(str(item)), printable_name(str(item)), item.suffix.lower()
            if name != str(item):
                warnings.append(f"{name}: the file name is not valid UTF-8; its id shows U+FFFD for the bad bytes")
            try:
                data = item.read_bytes()
            except OSError as error:
                skipped.append(Skipped(name, f"cannot read ({error.strerror})"))
                continue
        if isinstance(data, str):
            data = data.encode("utf-8", errors="surrogatepass")
        text, notes = decode(data)
        if text is None:
            skipped.append(Skipped(name, notes[0] if notes else "unreadable"))
            continue
        warnings.extend(f"{name}: {note}" for note in notes)
        found, lost = articles_from_text(text, name, suffix or _sniff_suffix(text), path, warnings)
        skipped.extend(lost)
        articles.extend(_within_length(article, name, warnings) for article in found)
    return Loaded(tuple(_unique_ids(articles, warnings)), tuple(skipped), tuple(warnings))


def articles_from_records(records: Sequence[Mapping[str, object]], name: str) -> Loaded:
    """Articles from JSON objects already parsed (``text`` and optionally ``id``,
    ``title``, ``source``, ``url``, ``published``), read exactly as the objects of a
    ``name.json`` file would be: the HTTP service's door into ingest. Nothing is
    fetched or opened: ``url`` is metadata only."""
    warnings: list[str] = []
    articles = []
    for i, record in enumerate(records):
        label = name if len(records) == 1 else f"{name}[{i}]"
        notes: list[str] = []
        article = article_from_mapping(dict(record), name if len(records) == 1 else f"{name}-{i}", None, notes)
        warnings.extend(f"{label}: {note}" for note in notes)
        articles.append(_within_length(article, label, warnings))
    return Loaded(tuple(_unique_ids(articles, warnings)), (), tuple(warnings))


def _within_length(article: Article, name: str, warnings: list[str]) -> Article:
    """The article cut to MAX_ARTICLE_CHARS, with a warning when it was cut."""
    if len(article.text) <= MAX_ARTICLE_CHARS:
        return article
    warnings.append(f"{name}: {len(article.text):,} characters; only the first {MAX_ARTICLE_CHARS:,} were read")
    return replace(article, text=article.text[:MAX_ARTICLE_CHARS])


def _unique_ids(articles: list[Article], warnings: list[str]) -> list[Article]:
    """Articles keep their ids; a repeated id is renamed by the one rule of
    ``ingest.ids`` so that attribution stays unambiguous, and each rename is noted."""
    ids, renames = unique_ids([article.id for article in articles])
    for position, old, new in renames:
        where = articles[position].path or "input"
        warnings.append(f"{where}: duplicate id {old!r}; kept as {new!r}")
    return [article if article.id == new else replace(article, id=new) for article, new in zip(articles, ids)]
