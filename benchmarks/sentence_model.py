#!/usr/bin/env python3
"""Cost of the shipped static sentence-embedding model (models/static-minilm): the
time to import model2vec and load the model in a fresh process (newsbrief and numpy
already imported), and sentences
encoded per second, on the sentences of the first ``--clusters`` Multi-News
validation clusters as newsbrief splits them. CPU seconds beside wall seconds,
since the machine is shared; one process, one thread.

    .venv/bin/python benchmarks/sentence_model.py
Prints a table and writes benchmarks/results/sentence_model.json.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time

from newsbrief.ingest.datasets import Cluster, read_clusters
from newsbrief.pipeline import prepare
from newsbrief.split import split_articles

from common import MULTINEWS_VALIDATION, print_table, write_results

LOAD = (
    "import time, json\n"
    "from newsbrief.represent.embeddings import load_encoder, packaged_folder\n"
    "w, c = time.perf_counter(), time.process_time()\n"
    "model = load_encoder()\n"
    "print(json.dumps({'wall': time.perf_counter() - w, 'cpu': time.process_time() - c, 'shape': list(model.embedding.shape),"
    " 'bytes': sum(p.stat().st_size for p in packaged_folder().iterdir())}))\n"
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clusters", type=int, default=200)
    parser.add_argument("--loads", type=int, default=3, help="fresh processes timed; the median is reported")
    args = parser.parse_args()
    loads = sorted((json.loads(subprocess.run([sys.executable, "-c", LOAD], capture_output=True, text=True, check=True).stdout)
                    for _ in range(args.loads)), key=lambda r: r["cpu"])
    load = loads[len(loads) // 2]
    texts = []
    for cluster in read_clusters(MULTINEWS_VALIDATION, args.clusters):
        if isinstance(cluster, Cluster):
            texts.extend(s.text for s in split_articles(prepare(cluster.articles)[0]))
    from newsbrief.represent.embeddings import embed

    embed(texts[:10])
    wall, cpu = time.perf_counter(), time.process_time()
    embed(texts)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    rows = {"load": {"wall_seconds": round(load["wall"], 3), "cpu_seconds": round(load["cpu"], 3)},
            "encode": {"sentences": len(texts), "wall_seconds": round(wall, 2), "cpu_seconds": round(cpu, 2),
                       "sentences_per_cpu_second": round(len(texts) / cpu)},
            "model": {"shape": load["shape"], "bytes": load["bytes"]}}
    print_table(("step", "wall s", "CPU s", "rate"),
                [("import model2vec + load model (fresh process, numpy loaded; median of %d)" % args.loads,
                  rows["load"]["wall_seconds"], rows["load"]["cpu_seconds"], ""),
                 (f"encode {len(texts)} sentences", rows["encode"]["wall_seconds"], rows["encode"]["cpu_seconds"],
                  f"{rows['encode']['sentences_per_cpu_second']} sentences per CPU second")])
    write_results("sentence_model", rows)


if __name__ == "__main__":
    main()
