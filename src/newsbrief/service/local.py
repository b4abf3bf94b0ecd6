"""``newsbrief serve`` in a subprocess on a free loopback port: for tests and benchmarks."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager

from newsbrief.errors import Code, Unavailable


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class NotStarted(Unavailable):
    """The service exited or never answered /healthz."""

    default_code = Code.UNREACHABLE


@contextmanager
def serve_locally(*options: str, ready_seconds: float = 90) -> Iterator[str]:
    """Start the service with ``options`` (``newsbrief serve`` flags); yield its base
    URL once /healthz answers; stop it on exit. NotStarted if it never answers."""
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "newsbrief.cli", "serve", "--port", str(port), *options],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}"
    give_up = time.monotonic() + ready_seconds
    try:
        while True:
            try:
                with urllib.request.urlopen(url + "/healthz", timeout=5):
                    break
            except OSError:
                if process.poll() is not None:
                    raise NotStarted("newsbrief serve exited: "
                                       + process.stderr.read().decode(errors="replace")[-2000:]) from None
                if time.monotonic() > give_up:
                    raise NotStarted(f"newsbrief serve did not answer /healthz within {ready_seconds:g} s") from None
                time.sleep(0.2)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
