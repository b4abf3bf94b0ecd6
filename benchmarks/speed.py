#!/usr/bin/env python3
"""Batch speed on the whole Multi-News validation split, and the speed ratio to
sumy's LexRank on its first 300 clusters, measured in the same run.

    .venv/bin/python benchmarks/speed.py    # prints a table, writes benchmarks/results/speed.json
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import MULTINEWS_VALIDATION as VALIDATION, print_table, write_results

NEWSBRIEF = str(Path(sys.executable).with_name("newsbrief"))


def timed(command: list[str]) -> tuple[float, float, str]:
    """Wall seconds, peak RSS (MB) of the largest process it ran, and its stdout."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return seconds, max(peak, before) / 1024, done.stdout


def main() -> None:
    if not VALIDATION.is_file():
        sys.exit(f"needs {VALIDATION} (the shared data)")
    rows = {}
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "out.jsonl")
        seconds, peak, _ = timed([NEWSBRIEF, "batch", str(VALIDATION), "--words", "250", "--out", out, "--quiet"])
        clusters = sum(1 for _ in open(out, encoding="utf-8"))
        rows["batch_multinews_validation"] = {"clusters": clusters, "seconds": round(seconds, 1),
                                              "clusters_per_second": round(clusters / seconds, 1),
                                              "peak_mb_per_process": round(peak), "processes": 1 + (os.cpu_count() or 1)}
        report = os.path.join(tmp, "eval.json")
        timed([NEWSBRIEF, "eval", str(VALIDATION), "--protocol", "multinews", "--systems", "newsbrief,lexrank",
               "--limit", "300", "--json", report])
        results = {r["system"]: r for r in json.loads(Path(report).read_text())["results"]}
    ratio = results["lexrank"]["seconds"] / results["newsbrief"]["seconds"]
    rows["first_300"] = {name: {"seconds": round(r["seconds"], 2), "scores": {k: round(v, 2) for k, v in r["scores"].items()}}
                         for name, r in results.items()}
    rows["first_300"]["lexrank_over_newsbrief_time"] = round(ratio, 1)
    b = rows["batch_multinews_validation"]
    table = [("newsbrief batch, Multi-News validation", b["clusters"], b["seconds"], b["clusters_per_second"],
              f"{b['peak_mb_per_process']} x {b['processes']} processes")]
    for name in ("newsbrief", "lexrank"):
        r = rows["first_300"][name]
        table.append((f"{name}, first 300 clusters (incl. start-up)", 300, r["seconds"], f"{300 / r['seconds']:.1f}", ""))
    print_table(("run", "clusters", "wall s", "clusters/s", "peak MB (largest of the processes)"), table)
    print(f"\nLexRank takes {ratio:.1f}x the time of newsbrief on the same 300 clusters.")
    write_results("speed", rows)


if __name__ == "__main__":
    main()
