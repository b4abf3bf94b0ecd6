"""What one deployment of the service accepts: one frozen dataclass, set at start-up."""

from __future__ import annotations

import os
from dataclasses import dataclass, field


def _cores() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))


@dataclass(frozen=True)
class ServiceLimits:
    """Limits a public deployment needs; every one is enforced before or while a request is read."""

    max_body_bytes: int = 5_000_000
    """Largest request body; checked against Content-Length and while the body streams in (413)."""
    max_articles: int = 1000
    """Most articles in one request (413)."""
    max_total_words: int = 300_000
    """Most words over all articles of one request (413)."""
    max_summary_words: int = 1000
    """Largest ``words`` a request may ask for (422)."""
    timeout_seconds: float = 60.0
    """Time from arrival to answer, queueing included (504 when passed); the body, too, must
    arrive within this time of the request's headers, or ``body_timeout_seconds`` if longer (408)."""
    workers: int = field(default_factory=_cores)
    """Worker processes doing the CPU-bound briefing, off the event loop."""
    max_queue: int = 64
    """Requests waiting for or in a worker at once; beyond it the service answers 503."""
    header_timeout_seconds: float = 10.0
    """Time a connection has to send a request's line and headers, counted from the connection's
    opening or the end of its previous answer; then it is closed."""
    body_timeout_seconds: float = 15.0
    """Longest silence between two pieces of a request body (408, and the connection is closed)."""
    max_drain_bytes: int = 20_000_000
    """After an early answer (413, 415, 408), the most bytes of the unread body that are still
    read and thrown away so that the client can read the answer instead of a reset."""

    def __post_init__(self) -> None:
        for name in ("timeout_seconds", "header_timeout_seconds", "body_timeout_seconds"):
            value = getattr(self, name)
            if not value > 0 or value == float("inf"):
                raise ValueError(f"{name} must be a positive number of seconds, not {value!r}")
