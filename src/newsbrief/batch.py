"""Brief every cluster of a JSONL dataset on all cores, one output line per cluster."""

from __future__ import annotations

import json
import multiprocessing
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TypeVar

from newsbrief.config import Config
from newsbrief.ingest.datasets import BadLine, open_text, parse_line
from newsbrief.pipeline import brief
from newsbrief.scaleout import dask_client

_CONFIG: Config = Config()
T = TypeVar("T")
R = TypeVar("R")


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


def _run_chunk(config: Config, worker: Callable[[T], R], chunk: list[T]) -> list[R]:
    """Apply ``worker`` to a chunk of items under ``config``: the unit of work sent to a Dask worker."""
    _init_worker(config)
    return [worker(item) for item in chunk]


def map_items(
    items: Iterable[T],
    config: Config,
    worker: Callable[[T], R],
    jobs: int | None = None,
    dask: object = None,
) -> Iterator[R]:
    """Apply a module-level ``worker`` to every item, results in input order: on
    ``jobs`` forked processes, or on the workers of a Dask ``Client`` when one is given."""
    if dask is not None:
        from newsbrief.scaleout import dask_map

        yield from dask_map(dask, partial(_run_chunk, config, worker), items)
        return
    jobs = jobs or os.cpu_count() or 1
    if jobs == 1:
        _init_worker(config)
        yield from map(worker, items)
        return
    context = multiprocessing.get_context("fork" if sys.platform != "win32" else "spawn")
    with context.Pool(jobs, initializer=_init_worker, initargs=(config,)) as pool:
        yield from pool.imap(worker, items, chunksize=16)


def map_lines(
    path: str | Path,
    config: Config,
    jobs: int | None = None,
    limit: int | None = None,
    worker: Callable[[tuple[int, str]], tuple[int, dict | None, str | None]] = brief_line,
    dask: object = None,
) -> Iterator[tuple[int, dict | None, str | None]]:
    """Apply ``worker`` to every non-empty line of a dataset, in file order (see ``map_items``)."""
    yield from map_items(_numbered_lines(path, limit), config, worker, jobs, dask)


def show_progress(results: Iterable[R], progress: bool | None, unit: str, total: int | None = None,
                  desc: str | None = None) -> Iterable[R]:
    """``results`` behind a tqdm bar on standard error when asked, or by default when it is a terminal."""
    if not (sys.stderr.isatty() if progress is None else progress):
        return results
    from tqdm import tqdm

    return tqdm(results, unit=unit, total=total, desc=desc, file=sys.stderr, dynamic_ncols=True)


def run_batch(
    in_path: str | Path,
    out_path: str | Path,
    config: Config,
    jobs: int | None = None,
    limit: int | None = None,
    progress: bool | None = None,
    on_bad_line: Callable[[BadLine], None] | None = None,
    dask: str | None = None,
) -> BatchReport:
    """Brief every cluster of ``in_path`` into ``out_path`` (JSONL, same order); bad
    lines are reported through ``on_bad_line`` and skipped. ``dask`` is a scheduler
    address, or "local" for a local cluster, to brief on Dask workers instead."""
    with dask_client(dask, jobs) as client:
        return _write_batch(in_path, out_path, config, jobs, limit, progress, on_bad_line, client)


def _write_batch(
    in_path: str | Path,
    out_path: str | Path,
    config: Config,
    jobs: int | None,
    limit: int | None,
    progress: bool | None,
    on_bad_line: Callable[[BadLine], None] | None,
    client: object,
) -> BatchReport:
    report = BatchReport()
    started = time.perf_counter()
    results = show_progress(map_lines(in_path, config, jobs, limit, dask=client), progress, " clusters")
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
