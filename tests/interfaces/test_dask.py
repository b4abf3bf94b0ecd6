"""Dask: a real ``dask scheduler`` and two ``dask worker`` processes on loopback
give byte-for-byte the output of the single-process run, for stories and batch."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsbrief.cli import main

from tests.conftest import STORY_DOCUMENTS
from tests.stories.test_stories import FIRE_DOCUMENTS, ROUNDUP

pytest.importorskip("distributed", reason="the dask extra is not installed: pip install 'newsbrief[dask]'")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    """Address of a scheduler with two single-threaded workers, all on 127.0.0.1."""
    from distributed import Client

    dask = str(Path(sys.executable).with_name("dask"))
    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    processes = [subprocess.Popen([dask, "scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard"],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)]
    try:
        for _ in range(2):
            processes.append(subprocess.Popen(
                [dask, "worker", address, "--nthreads", "1", "--nworkers", "1", "--host", "127.0.0.1", "--no-dashboard"],
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        deadline = time.monotonic() + 60
        while True:
            try:
                with Client(address, timeout="5s") as client:
                    client.wait_for_workers(2, timeout=60)
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.5)
        yield address
    finally:
        for process in reversed(processes):
            process.terminate()
        for process in processes:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()


def test_stories_on_dask_match_the_single_process_run(scheduler: str, tmp_path: Path, write_jsonl) -> None:
    texts = STORY_DOCUMENTS + FIRE_DOCUMENTS + [ROUNDUP, "A lone report about a parade in Ostby with floats and bands."]
    feed = write_jsonl(tmp_path / "feed.jsonl", [{"id": f"n{i}", "text": t} for i, t in enumerate(texts)] + ["{bad"])
    single, spread = tmp_path / "single.jsonl", tmp_path / "dask.jsonl"
    assert main(["stories", str(feed), "--out", str(single), "--jobs", "1", "--quiet"]) == 1  # the feed has a bad line
    assert main(["stories", str(feed), "--out", str(spread), "--dask", scheduler, "--quiet"]) == 1
    assert single.read_bytes() == spread.read_bytes() and single.stat().st_size > 0


def test_batch_on_dask_matches_the_single_process_run(scheduler: str, dataset: Path, tmp_path: Path) -> None:
    single, spread = tmp_path / "single.jsonl", tmp_path / "dask.jsonl"
    assert main(["batch", str(dataset), "--out", str(single), "--jobs", "1", "--quiet"]) == 1  # the dataset has bad lines
    assert main(["batch", str(dataset), "--out", str(spread), "--dask", scheduler, "--quiet"]) == 1
    assert single.read_bytes() == spread.read_bytes() and len(single.read_text().splitlines()) == 3


def test_unreachable_scheduler_is_a_clear_error(tmp_path: Path, dataset: Path, capsys) -> None:
    code = main(["batch", str(dataset), "--out", str(tmp_path / "o.jsonl"), "--dask", f"tcp://127.0.0.1:{_free_port()}", "--quiet"])
    assert code == 4 and "cannot reach the Dask scheduler" in capsys.readouterr().err
