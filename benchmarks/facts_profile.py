#!/usr/bin/env python3
"""CPU seconds of each step of the facts stage at growing cluster sizes, to see
which step grows faster than the number of sentences (issue 15).

The articles are those ``scale.py`` uses (DUC 2006 and DUC 2007 main pooled,
cut to the first N). Each size runs in a fresh process under cProfile with a
CPU clock (``time.process_time``), so a machine loaded by other work changes the
figures less than wall time would; spaCy runs in that process (no ``n_process``
children), so its CPU is counted too. Printed: a table of CPU seconds per step
(spaCy, entity resolution, the statement finders, dates, disagreements,
timeline, quotes, the summary edit) and, with ``--top K``, the K functions with
the most CPU of their own at each size. cProfile adds its own overhead, so the
figures are for comparing steps and sizes, not for the speed a user sees
(``scale.py`` measures that).

    .venv/bin/python benchmarks/facts_profile.py [--sizes 100 300 1000] [--src SRC] [--top 15] [--out FILE]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

from common import print_table, write_results
from scale import duc_pool, tree_env

SIZES = (100, 300, 1000)

STEPS = {
    "spaCy": ("facts/nlp.py", "parse"),
    "entities": ("facts/entities/resolve.py", "resolve"),
    "dates": ("facts/timeline.py", "find_dates"),
    "disagreements": ("facts/disagreements.py", "find_disagreements"),
    "timeline": ("facts/timeline.py", "build_timeline"),
    "quotes": ("facts/quotes/find.py", "find_quotes"),
    "facts total": ("facts/extract.py", "extract_facts"),
    "summary edit": ("edit/__init__.py", "edit_summary"),
}
"""Each step by the function that runs it (a path ending and a function name)."""

CHILD = r"""
import cProfile, json, pstats, sys, time
from newsbrief.config import Config
from newsbrief.facts import nlp
from newsbrief.ingest.datasets import Cluster, read_clusters
from newsbrief.pipeline import brief
nlp.PARALLEL_FROM = 10**9
n, steps, top, paths = int(sys.argv[1]), json.loads(sys.argv[2]), int(sys.argv[3]), sys.argv[4:]
articles = [a for p in paths for c in read_clusters(p) if isinstance(c, Cluster) for a in c.articles][:n]
nlp.load(Config().facts.model)
profile = cProfile.Profile(time.process_time)
profile.enable()
result = brief(articles, Config(words=250), with_facts=True)
profile.disable()
stats = pstats.Stats(profile).stats
seconds = {}
for name, (ending, function) in steps.items():
    seconds[name] = sum(ct for (file, _, func), (_, _, _, ct, _) in stats.items()
                        if file.replace("\\", "/").endswith(ending) and func == function)
own = sorted(((tt, f"{file.split('/src/')[-1]}:{line}({func})") for (file, line, func), (_, _, tt, _, _) in stats.items()),
             reverse=True)[:top]
sentences = len({(s.article_id, s.start) for s in __import__("newsbrief.split", fromlist=["x"]).split_articles(result.articles)})
print(json.dumps({"articles": len(articles), "sentences": sentences, "cpu": seconds,
                  "top": [[round(tt, 2), name] for tt, name in own]}))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
    parser.add_argument("--src", type=Path, default=None, help="another tree's src folder to run instead of this one")
    parser.add_argument("--top", type=int, default=0, help="also print the K functions with the most CPU of their own")
    parser.add_argument("--out", default=None, help="write the rows as JSON (a results name or a path)")
    args = parser.parse_args()
    paths, env = duc_pool(), tree_env(args.src)
    rows = []
    for n in args.sizes:
        out = subprocess.run([sys.executable, "-c", CHILD, str(n), json.dumps(STEPS), str(args.top), *paths],
                             capture_output=True, text=True, env=env)
        if out.returncode:
            sys.exit(f"size {n} failed:\n{out.stderr[-3000:]}")
        rows.append(json.loads(out.stdout.strip().splitlines()[-1]))
        if args.top:
            print(f"\n{n} articles: functions with the most CPU of their own (s)")
            for seconds, name in rows[-1]["top"]:
                print(f"  {seconds:8.2f}  {name}")
    names = list(STEPS)
    other = "facts other (statement finders, glue)"
    table = []
    for r in rows:
        cpu = r["cpu"]
        rest = cpu["facts total"] - sum(cpu[k] for k in names if k not in ("facts total", "summary edit"))
        table.append((r["articles"], r["sentences"], *(f"{cpu[k]:.2f}" for k in names), f"{rest:.2f}"))
    print()
    print_table(("articles", "sentences", *(f"{k} CPU s" for k in names), other), table)
    if args.out:
        write_results(args.out, rows)


if __name__ == "__main__":
    main()
