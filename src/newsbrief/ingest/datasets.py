"""Read cluster datasets: one JSON object a line, ``{"id": ..., "documents": [...]}``."""

from __future__ import annotations

import gzip
import io
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from newsbrief.model import Article

_DATED_ID = re.compile(r"^[A-Z_]{2,8}(\d{4})(\d{2})(\d{2})")


@dataclass(frozen=True)
class Cluster:
    """One line of a dataset: an id, its articles and anything else the line held."""

    id: str
    articles: tuple[Article, ...]
    summaries: tuple[str, ...] = ()
    line: int = 0


@dataclass(frozen=True)
class BadLine:
    """A line that could not be read as a cluster, with its number and why."""

    line: int
    reason: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.reason}"


def date_from_id(doc_id: str) -> date | None:
    """Publication date carried by a DUC/TAC-style id such as ``APW19981016.0240``."""
    match = _DATED_ID.match(doc_id)
    if not match:
        return None
    try:
        return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


def cluster_from_record(record: object, line: int = 0) -> Cluster:
    """Turn a parsed JSON line into a Cluster; ValueError says what is wrong with it."""
    if not isinstance(record, dict):
        raise ValueError("not a JSON object")
    documents = record.get("documents")
    if not isinstance(documents, list) or not documents:
        raise ValueError('no "documents" list')
    cluster_id = str(record.get("id", f"line-{line}"))
    doc_ids = record.get("doc_ids") if isinstance(record.get("doc_ids"), list) else None
    articles = []
    for i, document in enumerate(documents):
        if not isinstance(document, str):
            raise ValueError(f"document {i} is not a string")
        doc_id = str(doc_ids[i]) if doc_ids and i < len(doc_ids) else f"{cluster_id}/{i}"
        articles.append(Article(id=doc_id, text=document, source=doc_id, published=date_from_id(doc_id)))
    summaries = record.get("summaries")
    summaries = tuple(s for s in summaries if isinstance(s, str)) if isinstance(summaries, list) else ()
    return Cluster(id=cluster_id, articles=tuple(articles), summaries=summaries, line=line)


def parse_line(raw: str, number: int) -> Cluster | BadLine:
    """One dataset line as a Cluster, or a BadLine saying why it is not one."""
    try:
        return cluster_from_record(json.loads(raw), number)
    except json.JSONDecodeError as error:
        return BadLine(number, f"invalid JSON ({error.msg} at column {error.colno})")
    except ValueError as error:
        return BadLine(number, str(error))


def open_text(path: str | Path) -> io.TextIOBase:
    """Open a dataset file, gzip-compressed or not, decoding bad bytes as U+FFFD."""
    path = Path(path)
    with open(path, "rb") as probe:
        compressed = probe.read(2) == b"\x1f\x8b"
    if compressed:
        return io.TextIOWrapper(gzip.open(path, "rb"), encoding="utf-8", errors="replace")
    return open(path, encoding="utf-8", errors="replace")


def read_clusters(path: str | Path, limit: int | None = None) -> Iterator[Cluster | BadLine]:
    """Every cluster of a JSONL(.gz) dataset in file order; unreadable lines come
    back as BadLine with their number instead of stopping the read."""
    count = 0
    with open_text(path) as handle:
        for number, raw in enumerate(handle, start=1):
            if limit is not None and count >= limit:
                return
            if not raw.strip():
                continue
            count += 1
            yield parse_line(raw, number)
