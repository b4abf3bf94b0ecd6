"""Dask distributed as a drop-in for the process pool: connect to a scheduler
(or start a local cluster) and map work over its workers, results in order."""

from __future__ import annotations

import contextlib
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import TypeVar

from newsbrief.errors import Code, ExtraMissing, Unavailable

T = TypeVar("T")
R = TypeVar("R")

class DaskUnavailable(Unavailable):
    """The Dask scheduler cannot be reached."""

    default_code = Code.UNREACHABLE


@contextlib.contextmanager
def dask_client(address: str | None, jobs: int | None = None) -> Iterator[object]:
    """A ``distributed.Client`` for ``address`` ("local": a LocalCluster of ``jobs``
    single-threaded worker processes), closed on exit; None when address is None."""
    if address is None:
        yield None
        return
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise ExtraMissing("--dask", "dask", "Dask distributed") from None
    if address == "local":
        cluster = LocalCluster(n_workers=jobs or os.cpu_count() or 1, threads_per_worker=1,
                               processes=True, dashboard_address=None)
        with cluster, Client(cluster) as client:
            yield client
        return
    try:
        client = Client(address, timeout="10s")
    except (OSError, TimeoutError) as error:
        raise DaskUnavailable(f"cannot reach the Dask scheduler at {address}: {error}") from None
    with client:
        yield client


def _chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def dask_map(
    client: object,
    function: Callable[[list[T]], list[R]],
    items: Iterable[T],
    chunksize: int = 16,
    ahead: int = 64,
) -> Iterator[R]:
    """``function`` over chunks of ``items`` on the cluster, at most ``ahead`` chunks
    in flight; results come back in input order, so output does not depend on
    which worker finished first."""
    pending: deque = deque()
    for chunk in _chunks(items, chunksize):
        pending.append(client.submit(function, chunk, pure=False))
        if len(pending) >= ahead:
            yield from pending.popleft().result()
    while pending:
        yield from pending.popleft().result()
