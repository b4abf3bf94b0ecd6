"""Read cluster datasets: one JSON object a line, ``{"id": ..., "documents": [...]}``."""

from __future__ import annotations

import gzip
import io
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from newsbrief.ingest.ids import unique_ids
from newsbrief.ingest.json_safe import JSONProblem, parse_json
from newsbrief.ingest.unicode import SurrogateScrubber, replace_surrogates
from newsbrief.model import Article

_DATED_ID = re.compile(r"^[A-Z_]{2,8}(\d{4})(\d{2})(\d{2})")


@dataclass(frozen=True)
class Cluster:
    """One line of a dataset: an id, its articles and anything else the line held."""

    id: str
    articles: tuple[Article, ...]
    summaries: tuple[str, ...] = ()
    line: int = 0
    notes: tuple[str, ...] = ()
    """What was changed to read the line: replaced characters, renamed ids."""


@dataclass(frozen=True)
class BadLine:
    """A line that could not be read as a cluster, with its number and why."""

    line: int
    reason: str
    id: str | None = None
    """The cluster's or article's id, when the line got far enough to give one."""

    def __str__(self) -> str:
        return f"line {self.line}" + (f" (id {self.id!r})" if self.id else "") + f": {self.reason}"


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
    notes: list[str] = []
    clean = SurrogateScrubber()

    cluster_id = clean(record.get("id", f"line-{line}"))
    doc_ids = record.get("doc_ids") if isinstance(record.get("doc_ids"), list) else None
    texts, wanted = [], []
    for i, document in enumerate(documents):
        if not isinstance(document, str):
            raise ValueError(f"document {i} is not a string")
        texts.append(clean(document))
        wanted.append(clean(doc_ids[i]) if doc_ids and i < len(doc_ids) else f"{cluster_id}/{i}")
    ids, renames = unique_ids(wanted)
    notes.extend(f"duplicate document id {old!r}; kept as {new!r}" for _, old, new in renames)
    articles = [Article(id=doc_id, text=text, source=doc_id, published=date_from_id(doc_id))
                for doc_id, text in zip(ids, texts)]
    notes.extend(clean.note())
    summaries = record.get("summaries")
    summaries = tuple(clean(s) for s in summaries if isinstance(s, str)) if isinstance(summaries, list) else ()
    return Cluster(id=cluster_id, articles=tuple(articles), summaries=summaries, line=line, notes=tuple(notes))


def parse_line(raw: str, number: int) -> Cluster | BadLine:
    """One dataset line as a Cluster, or a BadLine saying why it is not one."""
    try:
        record = parse_json(raw)
    except JSONProblem as error:
        return BadLine(number, str(error))
    try:
        return cluster_from_record(record, number)
    except ValueError as error:
        found = record.get("id") if isinstance(record, dict) else None
        return BadLine(number, str(error), replace_surrogates(str(found))[0] if found is not None else None)


def open_text(path: str | Path) -> io.TextIOBase:
    """Open a dataset file, gzip-compressed or not, decoding bad bytes as U+FFFD."""
    path = Path(path)
    with open(path, "rb") as probe:
        compressed = probe.read(2) == b"\x1f\x8b"
    if compressed:
        return io.TextIOWrapper(gzip.open(path, "rb"), encoding="utf-8", errors="replace")
    return open(path, encoding="utf-8", errors="replace")


class Damaged(Exception):
    """A compressed file ends early or holds bytes that are not gzip data."""


def _gzip_lines(path: Path, chunk: int = 1 << 16) -> Iterator[str]:
    """Lines of a gzip file (several members allowed), every complete line before
    any damage included, then Damaged. (gzip.open loses the lines of the block it
    was reading when the stream breaks, hence the inflating by hand.)"""
    inflater = zlib.decompressobj(wbits=31)
    member_open = False
    pending = b""
    with open(path, "rb") as raw:
        while data := raw.read(chunk):
            while data:
                if not member_open and not data.strip(b"\x00"):
                    break  # zero padding after the last member, which gzip allows
                member_open = True
                try:
                    pending += inflater.decompress(data)
                except zlib.error as error:
                    yield from _complete_lines(pending)
                    raise Damaged(f"not valid gzip data ({error})") from None
                data = b""
                if inflater.eof:
                    data, member_open = inflater.unused_data, False
                    inflater = zlib.decompressobj(wbits=31)
            *lines, pending = pending.split(b"\n")
            yield from (line.decode("utf-8", errors="replace") + "\n" for line in lines)
    if member_open:
        raise Damaged("the compressed file ends before its end marker: it was cut short")
    if pending:
        yield pending.decode("utf-8", errors="replace")


def _complete_lines(data: bytes) -> Iterator[str]:
    for line in data.split(b"\n")[:-1]:
        yield line.decode("utf-8", errors="replace") + "\n"


def text_lines(path: str | Path) -> Iterator[str]:
    """Lines of a dataset file, gzip-compressed or not, bad bytes decoded as
    U+FFFD; Damaged where a compressed file breaks off."""
    path = Path(path)
    with open(path, "rb") as probe:
        compressed = probe.read(2) == b"\x1f\x8b"
    if compressed:
        yield from _gzip_lines(path)
        return
    with open(path, encoding="utf-8", errors="replace") as handle:
        yield from handle


def numbered_lines(path: str | Path, limit: int | None = None) -> Iterator[tuple[int, str] | BadLine]:
    """The non-empty lines of a dataset file with their numbers, at most ``limit``.
    A compressed file cut short or corrupt yields every line before the damage,
    then one BadLine naming the file, instead of raising."""
    count = number = 0
    try:
        for number, raw in enumerate(text_lines(path), start=1):
            if not raw.strip():
                continue
            if limit is not None and count >= limit:
                return
            count += 1
            yield number, raw
    except Damaged as error:
        yield BadLine(number + 1, f"{path}: {error} after line {number}; the lines before it were read, "
                                  "the rest of the file was not")


def read_clusters(path: str | Path, limit: int | None = None) -> Iterator[Cluster | BadLine]:
    """Every cluster of a JSONL(.gz) dataset in file order; unreadable lines come
    back as BadLine with their number instead of stopping the read."""
    for item in numbered_lines(path, limit):
        yield item if isinstance(item, BadLine) else parse_line(item[1], item[0])
