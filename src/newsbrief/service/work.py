"""The CPU-bound part of a request, run in a worker process: ingest, brief, render.

Workers are started with the "spawn" method and load the scorer and the facts
model themselves (``warm``), so nothing loaded in the server process is shared.
"""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

from newsbrief.config import Config
from newsbrief.errors import Overtime
from newsbrief.ingest import articles_from_records
from newsbrief.model import Article
from newsbrief.pipeline import brief
from newsbrief.render import RENDERERS

RECORD_NAME = "article"
"""Request articles get the ids a file ``article.json`` holding them would give: article-0, article-1, ..."""

_WARM_TEXTS = (
    "Police in Dunmere said on Tuesday that two people were hurt when the Fenwick footbridge fell into the river.",
    "Two people were hurt when the Fenwick footbridge in Dunmere fell into the river on Tuesday, police said.",
)


def warm(server: int) -> None:
    """Load the learned scorer and the facts model now, not on a worker's first request,
    and exit when the ``server`` process does.
    BLAS and OpenMP run one thread a worker: the pool already has one worker a core,
    and spinning library threads competing for the same cores slow every request."""
    from threadpoolctl import threadpool_limits

    threadpool_limits(1)
    threading.Thread(target=_exit_with_parent, args=(server,), name="parent-watch", daemon=True).start()
    articles = [Article(f"warm-{i}", text) for i, text in enumerate(_WARM_TEXTS)]
    brief(articles, Config(words=30), with_facts=True)


def _exit_with_parent(parent: int) -> None:
    """End this worker once the server (process id ``parent``) is gone, even if it was killed."""
    while os.getppid() == parent:
        time.sleep(1)
    os._exit(0)


def ready() -> bool:
    """A no-op task: submitting one per worker starts (and warms) every worker."""
    return True


@contextmanager
def _deadline(at: float) -> Iterator[None]:
    """Raise Overtime in this (worker's main) thread when the wall clock reaches ``at``."""
    remaining = at - time.time()
    if remaining <= 0:
        raise Overtime("the request waited in the queue past its time limit")

    def expire(_signum, _frame):
        raise Overtime("briefing took longer than the time limit")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, remaining)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def run(records: list[dict], config: Config, fmt: str, deadline: float) -> str:
    """The rendered brief (``fmt`` is a RENDERERS key) of the request's articles
    under the request's ``config``, read exactly as the CLI reads the same
    objects from a JSON file."""
    with _deadline(deadline):
        loaded = articles_from_records(records, RECORD_NAME)
        result = brief(loaded.articles, config, loaded.skipped, loaded.warnings)
        return RENDERERS[fmt](result)
