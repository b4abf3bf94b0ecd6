"""Brief every cluster of a JSONL dataset on all cores, one output line per cluster."""

from __future__ import annotations

import json
import multiprocessing
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from newsbrief.config import Config
from newsbrief.ingest.datasets import BadLine, open_text, parse_line
from newsbrief.pipeline import brief

_CONFIG: Config = Config()


@dataclass
class BatchReport:
    """What a batch run did: clusters briefed, lines rejected (with number and reason), time."""

    clusters: int = 0
    bad_lines: list[BadLine] = field(default_factory=list)
    seconds: float = 0.0


def _init_worker(config: Config) -> None:
    global _CONFIG
    _CONFIG = config


def brief_line(item: tuple[int, str]) -> tuple[int, dict | None, str | None]:
    """Brief one dataset line: (line number, output record, None) or (line number, None, reason)."""
    number, raw = item
    cluster = parse_line(raw, number)
    if isinstance(cluster, BadLine):
        return number, None, cluster.reason
    result = brief(cluster.articles, _CONFIG)
    record = {
        "id": cluster.id,
        "summary": result.summary_text,
        "sources": [list(item.articles) for item in result.summary],
        "words": result.words,
    }
    if result.skipped:
        record["skipped"] = [str(s) for s in result.skipped]
    return number, record, None


def _numbered_lines(path: str | Path, limit: int | None) -> Iterator[tuple[int, str]]:
    count = 0
    with open_text(path) as handle:
        for number, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            if limit is not None and count >= limit:
                return
            count += 1
            yield number, raw


def map_lines(
    path: str | Path,
    config: Config,
    jobs: int | None = None,
    limit: int | None = None,
    worker: Callable[[tuple[int, str]], tuple[int, dict | None, str | None]] = brief_line,
) -> Iterator[tuple[int, dict | None, str | None]]:
    """Apply ``worker`` to every non-empty line of a dataset, in file order, on ``jobs`` processes."""
    jobs = jobs or os.cpu_count() or 1
    lines = _numbered_lines(path, limit)
    if jobs == 1:
        _init_worker(config)
        yield from map(worker, lines)
        return
    context = multiprocessing.get_context("fork" if sys.platform != "win32" else "spawn")
    with context.Pool(jobs, initializer=_init_worker, initargs=(config,)) as pool:
        yield from pool.imap(worker, lines, chunksize=16)


def run_batch(
    in_path: str | Path,
    out_path: str | Path,
    config: Config,
    jobs: int | None = None,
    limit: int | None = None,
    progress: bool | None = None,
    on_bad_line: Callable[[BadLine], None] | None = None,
) -> BatchReport:
    """Brief every cluster of ``in_path`` into ``out_path`` (JSONL, same order); bad
    lines are reported through ``on_bad_line`` and skipped."""
    report = BatchReport()
    started = time.perf_counter()
    show = sys.stderr.isatty() if progress is None else progress
    results: Iterable = map_lines(in_path, config, jobs, limit)
    if show:
        from tqdm import tqdm

        results = tqdm(results, unit=" clusters", file=sys.stderr, dynamic_ncols=True)
    with open(out_path, "w", encoding="utf-8") as out:
        for number, record, error in results:
            if record is None:
                bad = BadLine(number, error or "unreadable")
                report.bad_lines.append(bad)
                if on_bad_line:
                    on_bad_line(bad)
                continue
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            report.clusters += 1
    report.seconds = time.perf_counter() - started
    return report
