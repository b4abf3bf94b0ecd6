#!/usr/bin/env python3
"""CPU time of ``newsbrief batch`` over the first Multi-News validation clusters,
for this tree and any others (``--src``), runs alternated so that machine load
falls on all alike. User+system seconds of the child are the figure; wall time
is shown beside it.

    git archive a43392b | tar -x -C /tmp/before
    .venv/bin/python benchmarks/batch_cpu.py --src /tmp/before/src --limit 1000 --repeats 2

Prints a table and writes benchmarks/results/batch_cpu.json.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import MULTINEWS_VALIDATION, ROOT, print_table, write_results


def one_run(src: Path, limit: int, jobs: int) -> tuple[float, float]:
    """CPU and wall seconds of one batch run of the library in ``src``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run([sys.executable, "-c", "import sys; from newsbrief.cli import main; sys.exit(main())",
                        "batch", str(MULTINEWS_VALIDATION), "--out", str(Path(folder) / "out.jsonl"),
                        "--limit", str(limit), "--jobs", str(jobs), "--quiet"],
                       env={**os.environ, "PYTHONPATH": str(src)}, check=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--src", type=Path, action="append", default=[], help="another library tree to time")
    parser.add_argument("--limit", type=int, default=1000)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--repeats", type=int, default=2)
    args = parser.parse_args()
    trees = [*args.src, ROOT / "src"]
    times: dict[str, list[tuple[float, float]]] = {str(t): [] for t in trees}
    for _ in range(args.repeats):
        for tree in trees:
            times[str(tree)].append(one_run(tree, args.limit, args.jobs))
    rows = [{"src": tree, "cpu_s": statistics.median(c for c, _ in runs), "wall_s": statistics.median(w for _, w in runs),
             "runs": len(runs), "clusters": args.limit, "jobs": args.jobs} for tree, runs in times.items()]
    print_table(("library", "CPU s (median)", "wall s (median)", "runs"),
                [(r["src"], f"{r['cpu_s']:.1f}", f"{r['wall_s']:.1f}", r["runs"]) for r in rows])
    write_results("batch_cpu", rows)


if __name__ == "__main__":
    main()
