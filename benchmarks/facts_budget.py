#!/usr/bin/env python3
"""Fidelity and CPU of the facts stage's analysis budget (issue 15): on the first
N articles of the pool ``scale.py`` uses, the facts with every sentence analysed
(budget 0) against the facts under each budget.

Each run is a fresh process (spaCy's cache of analyses would otherwise make a
second run free) that calls ``extract_facts`` alone, without the summary, and
reports CPU seconds (user + system, children included). Compared with the full
analysis: the share of its 15 top entities (the ones a brief lists) among the
budget's top 15, the share of its disagreements the budget still finds (same
subject, attribute and values) and of its questions (subject and attribute) it
still asks, how many disagreements it finds that the full run does not,
and the share of its shown quotations (the first 20) the budget shows.

    .venv/bin/python benchmarks/facts_budget.py [--sizes 300] [--budgets 1000 2000 3000] [--src SRC] [--out FILE]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys

from common import print_table, write_results
from scale import add_tree_options, duc_pool, tree_env

CHILD = r"""
import json, resource, sys
from newsbrief.config import FactsConfig
from newsbrief.facts import extract_facts
from newsbrief.ingest.datasets import Cluster, read_clusters
from newsbrief.pipeline import prepare
from newsbrief.split import split_articles
def cpu():
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime
n, budget, paths = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3:]
articles = [a for p in paths for c in read_clusters(p) if isinstance(c, Cluster) for a in c.articles][:n]
kept, _, _ = prepare(articles)
sentences = split_articles(kept)
started = cpu()
facts = extract_facts(kept, sentences, FactsConfig(analysis_budget=budget))
seconds = cpu() - started
coverage = facts.coverage
print(json.dumps({
    "articles": len(kept), "budget": budget, "cpu_seconds": round(seconds, 2),
    "analysed": coverage.analysed if coverage else None, "distinct": coverage.distinct if coverage else None,
    "entities": [[e.name, e.type] for e in facts.entities[:15]],
    "disagreements": [[d.subject_name, d.attribute, sorted(s.value for s in d.sides)] for d in facts.disagreements],
    "quotes": [[q.speaker, q.text] for q in facts.quotes[:20]],
}))
"""


def run(n: int, budget: int, paths: list[str], env: dict[str, str]) -> dict:
    """One extract_facts run in a fresh process."""
    out = subprocess.run([sys.executable, "-c", CHILD, str(n), str(budget), *paths],
                         capture_output=True, text=True, check=True, env=env)
    return json.loads(out.stdout.strip().splitlines()[-1])


def _share(reference: list, found: list) -> float | None:
    """The share of ``reference`` items that are in ``found`` (None with no reference item)."""
    wanted = [json.dumps(item) for item in reference]
    have = {json.dumps(item) for item in found}
    return round(sum(item in have for item in wanted) / len(wanted), 3) if wanted else None


def compare(full: dict, budgeted: dict) -> dict:
    """Fidelity of one budgeted run to the full one."""
    full_disagreements = {json.dumps(d) for d in full["disagreements"]}
    return {
        "top15_entities": _share(full["entities"], budgeted["entities"]),
        "disagreements_found": _share(full["disagreements"], budgeted["disagreements"]),
        "questions_found": _share(sorted({json.dumps(d[:2]) for d in full["disagreements"]}),
                                  [json.dumps(d[:2]) for d in budgeted["disagreements"]]),
        "disagreements_new": sum(json.dumps(d) not in full_disagreements for d in budgeted["disagreements"]),
        "quotes_shown": _share(full["quotes"], budgeted["quotes"]),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[300])
    parser.add_argument("--budgets", type=int, nargs="+", default=[1000, 2000, 3000])
    add_tree_options(parser, "facts_budget")
    args = parser.parse_args()
    paths, env = duc_pool(), tree_env(args.src)
    rows = []
    for n in args.sizes:
        full = run(n, 0, paths, env)
        rows.append({**full, "fidelity": None})
        for budget in args.budgets:
            budgeted = run(n, budget, paths, env)
            rows.append({**budgeted, "fidelity": compare(full, budgeted)})
    print_table(
        ("articles", "budget", "analysed / distinct", "CPU s", "top-15 entities", "disagreements found",
         "questions asked", "new",
         "quotes shown"),
        [(r["articles"], r["budget"] or "all", f"{r['analysed']} / {r['distinct']}" if r["analysed"] else "all",
          f"{r['cpu_seconds']:.2f}", *((r["fidelity"][k] for k in ("top15_entities", "disagreements_found",
                                                                    "questions_found", "disagreements_new",
                                                                    "quotes_shown"))
                                        if r["fidelity"] else ("",) * 5))
         for r in rows])
    write_results(args.out, [{**{k: v for k, v in r.items() if k not in ("disagreements", "quotes")},
                              "disagreements": len(r["disagreements"]), "quotes": len(r["quotes"])} for r in rows])


if __name__ == "__main__":
    main()
