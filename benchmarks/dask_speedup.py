#!/usr/bin/env python3
"""Speed-up of Dask with 1 and 2 workers on the same jobs: ``newsbrief batch`` on
Multi-News validation and ``newsbrief stories`` on the Multi-News validation pool.

A real ``dask scheduler`` and ``dask worker`` processes (one thread each) on
127.0.0.1; the second worker joins after the 1-worker runs. Outputs of all runs
are compared with the single-process run (byte-identical or the script fails).

    .venv/bin/python benchmarks/dask_speedup.py    # prints a table, writes benchmarks/results/dask_speedup.json
"""

from __future__ import annotations

import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from newsbrief.evaluate.pools import pool, write_feed

from common import MULTINEWS_VALIDATION as VALIDATION, print_table, write_results

BIN = Path(sys.executable).parent


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_worker(address: str) -> subprocess.Popen:
    return subprocess.Popen([str(BIN / "dask"), "worker", address, "--nthreads", "1", "--host", "127.0.0.1",
                             "--no-dashboard"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def wait_for(address: str, workers: int) -> None:
    from distributed import Client

    for _ in range(120):
        try:
            with Client(address, timeout="5s") as client:
                client.wait_for_workers(workers, timeout=120)
                return
        except OSError:
            time.sleep(0.5)
    raise SystemExit(f"no scheduler at {address}")


def timed(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    return time.perf_counter() - started


def main() -> None:
    if not VALIDATION.is_file():
        sys.exit(f"needs {VALIDATION} (the shared data)")
    newsbrief = str(BIN / "newsbrief")
    rows: dict[str, dict] = {}
    with tempfile.TemporaryDirectory() as tmp:
        feed = write_feed(pool([VALIDATION], seed=0)[0], Path(tmp) / "feed.jsonl")
        jobs = {"batch": [newsbrief, "batch", str(VALIDATION), "--words", "250", "--quiet"],
                "stories": [newsbrief, "stories", str(feed), "--no-facts", "--quiet"]}
        for name, command in jobs.items():
            rows[name] = {"single_process_1_job_s": round(timed([*command, "--out", f"{tmp}/{name}-1.jsonl", "--jobs", "1"]), 1)}
        port = free_port()
        address = f"tcp://127.0.0.1:{port}"
        processes = [subprocess.Popen([str(BIN / "dask"), "scheduler", "--host", "127.0.0.1", "--port", str(port),
                                       "--no-dashboard"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)]
        try:
            for workers in (1, 2):
                processes.append(start_worker(address))
                wait_for(address, workers)
                for name, command in jobs.items():
                    out = f"{tmp}/{name}-dask{workers}.jsonl"
                    rows[name][f"dask_{workers}_workers_s"] = round(timed([*command, "--out", out, "--dask", address]), 1)
                    same = Path(out).read_bytes() == Path(f"{tmp}/{name}-1.jsonl").read_bytes()
                    rows[name][f"dask_{workers}_identical"] = same
                    if not same:
                        sys.exit(f"{name} on {workers} Dask workers differs from the single-process run")
        finally:
            for process in reversed(processes):
                process.terminate()
                process.wait(timeout=30)
    table = []
    for name, r in rows.items():
        speedup = r["dask_1_workers_s"] / r["dask_2_workers_s"]
        r["speedup"] = round(speedup, 2)
        table.append((name, r["single_process_1_job_s"], r["dask_1_workers_s"], r["dask_2_workers_s"], f"{speedup:.2f}x",
                      r["dask_1_identical"] and r["dask_2_identical"]))
    print_table(("job", "single process, 1 job, s", "Dask 1 worker s", "Dask 2 workers s", "speed-up 1 -> 2 workers",
                 "output identical"), table)
    write_results("dask_speedup", rows)


if __name__ == "__main__":
    main()
