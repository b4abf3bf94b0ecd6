"""Brief every cluster of a JSONL dataset on all cores, one output line per cluster."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TypeVar

from newsbrief.config import Config
from newsbrief.ingest.datasets import BadLine, numbered_lines, parse_line
from newsbrief.jsonl_out import JsonlWriter
from newsbrief.pipeline import brief
from newsbrief.processes import process_map
from newsbrief.scaleout import dask_client
from newsbrief.summarize.learned import compiled_trees

T = TypeVar("T")
R = TypeVar("R")


@dataclass
class BatchReport:
    """What a batch run did: clusters briefed, lines rejected (with number and reason), time."""

    clusters: int = 0
    bad_lines: list[BadLine] = field(default_factory=list)
    seconds: float = 0.0
    empty: list[str] = field(default_factory=list)
    """Ids of clusters written with an empty summary (their line says why in "warnings")."""


LineResult = tuple[int, "dict | None", "BadLine | None"]
"""(line number, output record, None) for a briefed line; (line number, None, why) for a skipped one."""


OUTPUTS = ("summary", "brief")
"""What a batch line holds: "summary", the compact {id, summary, sources, words} that
scoring reads (no facts); "brief", {id, articles, brief} with the whole JSON brief of
``newsbrief brief --format json``, facts included as configured, as ``stories`` writes."""


def brief_line(config: Config, item: tuple[int, str] | BadLine, output: str = "summary") -> LineResult:
    """Brief one dataset line into the record ``output`` names (see OUTPUTS).
    Whatever goes wrong inside one line costs only that line."""
    if isinstance(item, BadLine):
        return item.line, None, item
    number, raw = item
    cluster = parse_line(raw, number)
    if isinstance(cluster, BadLine):
        return number, None, cluster
    try:
        result = brief(cluster.articles, config, warnings=cluster.notes,
                       with_facts=None if output == "brief" else False)
        if output == "brief":
            from newsbrief.render.json import brief_to_dict

            return number, {"id": cluster.id, "articles": [a.id for a in result.articles],
                            "brief": brief_to_dict(result)}, None
    except Exception as error:  # noqa: BLE001 - one cluster's failure must not stop the run
        return number, None, BadLine(number, f"could not be briefed ({type(error).__name__}: {error})", cluster.id)
    record = {
        "id": cluster.id,
        "summary": result.summary_text,
        "sources": [list(item.articles) for item in result.summary],
        "words": result.words,
    }
    if result.skipped:
        record["skipped"] = [str(s) for s in result.skipped]
    if result.warnings:
        record["warnings"] = list(result.warnings)
    return number, record, None


def _run_chunk(worker: Callable[[T], R], chunk: list[T]) -> list[R]:
    """Apply ``worker`` to a chunk of items: the unit of work sent to a Dask worker."""
    return [worker(item) for item in chunk]


def _no_loss(item: object, why: str) -> object:
    from newsbrief.errors import NewsbriefError

    raise NewsbriefError(f"a worker process died and its work cannot be skipped: {why}")


def map_items(
    items: Iterable[T],
    worker: Callable[[T], R],
    jobs: int | None = None,
    dask: object = None,
    lost: Callable[[T, str], R] = _no_loss,
) -> Iterator[R]:
    """Apply a picklable ``worker`` (a module-level function, or a ``partial`` of one
    that carries its Config) to every item, results in input order: on ``jobs``
    forked processes, or on the workers of a Dask ``Client`` when one is given.
    An item whose worker process dies gives ``lost(item, why)`` in its place."""
    if dask is not None:
        from newsbrief.scaleout import dask_map

        yield from dask_map(dask, partial(_run_chunk, worker), items)
        return
    jobs = jobs or os.cpu_count() or 1
    if jobs == 1:
        yield from map(worker, items)
        return
    yield from process_map(items, worker, jobs, lost)


def map_lines(
    path: str | Path,
    worker: Callable[[tuple[int, str] | BadLine], LineResult],
    jobs: int | None = None,
    limit: int | None = None,
    dask: object = None,
) -> Iterator[LineResult]:
    """Apply ``worker`` to every non-empty line of a dataset, in file order (see ``map_items``)."""
    yield from map_items(numbered_lines(path, limit), worker, jobs, dask, _lost_line)


def _lost_line(item: tuple[int, str] | BadLine, why: str) -> LineResult:
    number = item.line if isinstance(item, BadLine) else item[0]
    return number, None, BadLine(number, f"could not be briefed: {why}")


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
    output: str = "summary",
) -> BatchReport:
    """Brief every cluster of ``in_path`` into ``out_path`` (JSONL, same order, one
    record of the ``output`` kind a line); bad lines are reported through
    ``on_bad_line`` and skipped. ``dask`` is a scheduler address, or "local" for a
    local cluster, to brief on Dask workers instead."""
    if output not in OUTPUTS:
        from newsbrief.errors import ConfigError

        raise ConfigError(f"unknown batch output {output!r}; choose from {', '.join(OUTPUTS)}")
    worker = partial(brief_line, config, output=output)
    with compiled_trees(), dask_client(dask, jobs) as client:
        return _write_batch(in_path, out_path, worker, jobs, limit, progress, on_bad_line, client)


def _write_batch(
    in_path: str | Path,
    out_path: str | Path,
    worker: Callable[[tuple[int, str] | BadLine], LineResult],
    jobs: int | None,
    limit: int | None,
    progress: bool | None,
    on_bad_line: Callable[[BadLine], None] | None,
    client: object,
) -> BatchReport:
    report = BatchReport()
    started = time.perf_counter()
    results = show_progress(map_lines(in_path, worker, jobs, limit, client), progress, " clusters")
    with JsonlWriter(out_path) as out:
        for number, record, bad in results:
            if record is None:
                bad = bad or BadLine(number, "unreadable")
                report.bad_lines.append(bad)
                if on_bad_line:
                    on_bad_line(bad)
                continue
            if not record.get("words", record.get("brief", {}).get("words")):
                report.empty.append(record["id"])
            out.write(record)
            report.clusters += 1
    report.seconds = time.perf_counter() - started
    return report
