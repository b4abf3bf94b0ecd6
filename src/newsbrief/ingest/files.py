"""Read articles from files, folders and standard input: text, Markdown, HTML and JSON."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

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


def parse_published(value: object) -> date | None:
    """A publication date from metadata: ISO strings, common written forms, epoch seconds."""
    if value is None or value == "":
        return None
    if isinstance(value, (int, float)):
        try:
            return datetime.fromtimestamp(float(value)).date()
        except (OverflowError, OSError, ValueError):
            return None
    text = str(value).strip()
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    import dateparser

    parsed = dateparser.parse(text, languages=["en"], settings={"RETURN_AS_TIMEZONE_AWARE": False})
    return parsed.date() if parsed else None


_SINGLE_BYTE_LATIN = {"cp1250", "cp1252", "latin_1", "iso8859_2", "iso8859_15", "iso8859_9", "cp1254", "mac_latin2", "mac_roman"}


def decode(data: bytes) -> tuple[str | None, str | None]:
    """Text of a file's bytes and, when it was not UTF-8, a note on the encoding
    used. (None, reason) for binary data."""
    if b"\x00" in data[:8192]:
        return None, "binary file (contains NUL bytes)"
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is None:
        return None, "not text in any known encoding"
    encoding = best.encoding
    if encoding in _SINGLE_BYTE_LATIN:
        # Short texts give the detector little to go on; for news in Latin
        # script Windows-1252 is by far the likeliest of these, so prefer it.
        try:
            return data.decode("cp1252"), "decoded as cp1252, not UTF-8"
        except UnicodeDecodeError:
            pass
    return data.decode(encoding, errors="replace"), f"decoded as {encoding}, not UTF-8"


def article_from_mapping(record: dict, default_id: str, path: str | None) -> Article:
    """An Article from a JSON object with ``text`` and optional ``id``, ``title``,
    ``source``, ``url``, ``published``; ValueError when there is no text string."""
    text = record.get("text")
    if not isinstance(text, str):
        raise ValueError('JSON object has no "text" string')
    def optional(key: str) -> str | None:
        value = record.get(key)
        return str(value) if value not in (None, "") else None
    return Article(
        id=optional("id") or default_id,
        text=text,
        title=optional("title"),
        source=optional("source"),
        url=optional("url"),
        published=parse_published(record.get("published")),
        path=path,
    )


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


def articles_from_text(text: str, name: str, suffix: str, path: str | None = None) -> tuple[list[Article], list[Skipped]]:
    """Parse one input's decoded text by its kind; unusable parts come back as Skipped."""
    stem = Path(name).stem if path else name
    if not text.strip():
        return [], [Skipped(name, "empty file")]
    if suffix in HTML_SUFFIXES:
        try:
            return [_from_html(text, stem, path)], []
        except ValueError as error:
            return [], [Skipped(name, str(error))]
    if suffix in JSON_SUFFIXES:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            return [], [Skipped(name, f"invalid JSON ({error.msg}, line {error.lineno})")]
        records = data if isinstance(data, list) else [data]
        articles, skipped = [], []
        for i, record in enumerate(records):
            label = name if len(records) == 1 else f"{name}[{i}]"
            if not isinstance(record, dict):
                skipped.append(Skipped(label, "JSON value is not an object"))
                continue
            try:
                articles.append(article_from_mapping(record, stem if len(records) == 1 else f"{stem}-{i}", path))
            except ValueError as error:
                skipped.append(Skipped(label, str(error)))
        return articles, skipped
    if suffix in JSONL_SUFFIXES:
        articles, skipped = [], []
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                if not isinstance(record, dict):
                    raise ValueError("JSON value is not an object")
                articles.append(article_from_mapping(record, f"{stem}-{number}", path))
            except json.JSONDecodeError as error:
                skipped.append(Skipped(f"{name}:{number}", f"invalid JSON ({error.msg})"))
            except ValueError as error:
                skipped.append(Skipped(f"{name}:{number}", str(error)))
        return articles, skipped
    return [Article(id=stem, text=text, path=path)], []


def _sniff_suffix(text: str) -> str:
    head = text.lstrip()[:200].lower()
    if head.startswith(("{", "[")):
        return ".json"
    if head.startswith(("<!doctype html", "<html")) or "<body" in text[:5000].lower():
        return ".html"
    return ".txt"


def _expand(paths: Iterable[str]) -> tuple[list[Path | str], list[Skipped]]:
    files: list[Path | str] = []
    skipped: list[Skipped] = []
    for raw in paths:
        if raw == "-":
            files.append("-")
            continue
        path = Path(raw)
        if path.is_dir():
            found = sorted(
                p for p in path.rglob("*")
                if p.is_file() and not p.name.startswith(".") and p.stem.lower() not in NOT_ARTICLES
            )
            usable = [p for p in found if p.suffix.lower() in SUPPORTED]
            for other in found:
                if other.suffix.lower() not in SUPPORTED:
                    skipped.append(Skipped(str(other), f"unsupported file type {other.suffix or '(none)'}"))
            if not usable:
                skipped.append(Skipped(str(path), "folder holds no .txt, .md, .html, .json or .jsonl files"))
            files.extend(usable)
        elif path.is_file():
            files.append(path)
        else:
            skipped.append(Skipped(str(path), "no such file or folder"))
    return files, skipped


def load_paths(paths: Iterable[str], stdin: object = None) -> Loaded:
    """Every article at the given paths (files, folders searched recursively, or
    ``-`` for standard input), with a reason for everything that was skipped."""
    files, skipped = _expand(paths)
    articles: list[Article] = []
    warnings: list[str] = []
    for item in files:
        if item == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            data = stream.read()
            name, path, suffix = "stdin", None, None
        else:
            name, path, suffix = str(item), str(item), item.suffix.lower()
            try:
                data = item.read_bytes()
            except OSError as error:
                skipped.append(Skipped(name, f"cannot read ({error.strerror})"))
                continue
        if isinstance(data, str):
            data = data.encode("utf-8")
        text, note = decode(data)
        if text is None:
            skipped.append(Skipped(name, note or "unreadable"))
            continue
        if note:
            warnings.append(f"{name}: {note}")
        found, lost = articles_from_text(text, name, suffix or _sniff_suffix(text), path)
        skipped.extend(lost)
        articles.extend(_within_length(article, name, warnings) for article in found)
    return Loaded(tuple(_unique_ids(articles)), tuple(skipped), tuple(warnings))


def articles_from_records(records: Sequence[Mapping[str, object]], name: str) -> Loaded:
    """Articles from JSON objects already parsed (``text`` and optionally ``id``,
    ``title``, ``source``, ``url``, ``published``), read exactly as the objects of a
    ``name.json`` file would be: the HTTP service's door into ingest. Nothing is
    fetched or opened: ``url`` is metadata only."""
    warnings: list[str] = []
    articles = []
    for i, record in enumerate(records):
        label = name if len(records) == 1 else f"{name}[{i}]"
        article = article_from_mapping(dict(record), name if len(records) == 1 else f"{name}-{i}", None)
        articles.append(_within_length(article, label, warnings))
    return Loaded(tuple(_unique_ids(articles)), (), tuple(warnings))


def _within_length(article: Article, name: str, warnings: list[str]) -> Article:
    """The article cut to MAX_ARTICLE_CHARS, with a warning when it was cut."""
    if len(article.text) <= MAX_ARTICLE_CHARS:
        return article
    warnings.append(f"{name}: {len(article.text):,} characters; only the first {MAX_ARTICLE_CHARS:,} were read")
    return Article(**{**article.__dict__, "text": article.text[:MAX_ARTICLE_CHARS]})


def _unique_ids(articles: list[Article]) -> list[Article]:
    """Articles keep their ids; a repeated id gets a numeric suffix so that
    attribution stays unambiguous."""
    seen: dict[str, int] = {}
    result = []
    for article in articles:
        count = seen.get(article.id, 0)
        seen[article.id] = count + 1
        if count:
            article = Article(**{**article.__dict__, "id": f"{article.id}-{count + 1}"})
        result.append(article)
    return result
