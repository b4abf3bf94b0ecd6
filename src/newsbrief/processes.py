"""A process pool that survives its workers: a worker that dies (killed for memory,
a crash in a C library) costs only the item it was working on, never the run.

``multiprocessing.Pool`` waits forever for the results of a worker that died;
``concurrent.futures`` at least reports it (``BrokenProcessPool``) but loses
every item in flight. Here the lost chunks are run again one item at a time in
a fresh pool, so the item that kills a worker is found and reported, and every
other item is still done. Written by hand because no library in the field does this.
"""

from __future__ import annotations

import multiprocessing
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")


def _run_chunk(worker: Callable[[T], R], chunk: list[T]) -> list[R]:
    return [worker(item) for item in chunk]


class _Pool:
    """A ProcessPoolExecutor of forked workers, replaced when one of them dies."""

    def __init__(self, jobs: int) -> None:
        self.jobs = jobs
        self.context = multiprocessing.get_context("fork" if sys.platform != "win32" else "spawn")
        self.executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=self.jobs, mp_context=self.context)

    def submit(self, worker: Callable[[T], R], chunk: list[T]) -> Future:
        return self.executor.submit(_run_chunk, worker, chunk)

    def restart(self) -> None:
        """A fresh pool, forked only once the broken one is gone: its surviving
        workers are killed and its threads joined first, so that no new worker
        inherits the old queues' pipes or a lock one of those threads held (a
        worker that died could otherwise hang the run, seen once in CI)."""
        old = self.executor
        for process in list((getattr(old, "_processes", None) or {}).values()):  # not public: see above
            if process.is_alive():
                process.kill()
        old.shutdown(wait=True, cancel_futures=True)
        self.executor = self._start()

    def close(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)


def process_map(
    items: Iterable[T],
    worker: Callable[[T], R],
    jobs: int,
    lost: Callable[[T, str], R],
    chunksize: int = 16,
    ahead: int = 4,
) -> Iterator[R]:
    """``worker`` over ``items`` on ``jobs`` processes, results in input order, at
    most ``ahead`` chunks a process in flight. When a worker process dies, the
    chunks it took down are run again item by item; an item that kills a worker
    again gives ``lost(item, why)`` in its place."""
    pool = _Pool(jobs)
    pending: deque[tuple[list[T], Future]] = deque()
    iterator = iter(items)
    try:
        while True:
            while len(pending) < ahead * jobs and (chunk := list(islice(iterator, chunksize))):
                pending.append((chunk, pool.submit(worker, chunk)))
            if not pending:
                return
            chunk, future = pending.popleft()
            try:
                results = future.result()
            except BrokenProcessPool:
                lost_chunks = [chunk] + [waiting for waiting, _ in pending]
                pending.clear()
                pool.restart()
                yield from _one_by_one(pool, worker, lost_chunks, lost)
                continue
            yield from results
    finally:
        pool.close()


def _one_by_one(pool: _Pool, worker: Callable[[T], R], chunks: list[list[T]],
                lost: Callable[[T, str], R]) -> Iterator[R]:
    """The items of ``chunks`` in order, each alone in the pool, so that the one
    that kills a worker is the only one lost."""
    for chunk in chunks:
        for item in chunk:
            try:
                yield from pool.submit(worker, [item]).result()
            except BrokenProcessPool:
                pool.restart()
                yield lost(item, "the worker process died while working on it (out of memory, or a crash)")
