"""Speed of the facts stage: a one-off ``newsbrief brief`` of ten articles with
and without facts (start-up included), clusters of ten articles (DUC 2003) and
the whole Multi-News validation split, in one process on this machine.

The command-line runs alternate with facts and without (and, with ``--trees
SRC...``, between the ``src`` folders of several trees) so that other work on
the shared machine weighs on every variant alike; each reports wall seconds and
the CPU seconds of the process (user + system), the steadier figure here, and
``newsbrief --help`` is timed beside them; beside
them, the CPU seconds a process spends importing what the CLI needs before it can
fork its spaCy child (the start of the critical path with facts). In the
in-process runs the spaCy model is loaded (and dateparser warmed) before timing,
as in a long-running process; the first DUC cluster is also reported cold, with
both paid inside its time, as a one-off command-line run pays them.

    .venv/bin/python benchmarks/facts_speed.py [--multinews-limit N] [--cli-repeats 3] [--trees SRC...] [--cli-only]

Prints the timings and writes benchmarks/results/facts_speed.json.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from newsbrief.facts import FactsConfig, extract_facts
from newsbrief.facts.nlp import _CACHE, load
from newsbrief.ingest import read_clusters
from newsbrief.pipeline import prepare
from newsbrief.split import split_articles

from common import ROOT, SHARED, print_table, results_path, write_results

EXAMPLE = ROOT / "src/newsbrief/examples/wikinews-air-france-447"
CLI_CLUSTER = "d30042t"
"""The DUC 2003 cluster briefed through the command line: ten articles, about 4,800 words."""

_COLD = """
import time
from newsbrief.ingest import read_clusters
from newsbrief.pipeline import prepare
from newsbrief.split import split_articles
cluster = next(c for c in read_clusters({path!r}) if hasattr(c, "articles"))
kept = list(prepare(cluster.articles)[0])
sentences = split_articles(kept)
start = time.perf_counter()
from newsbrief.facts import extract_facts
extract_facts(kept, sentences)
print(time.perf_counter() - start)
"""


HELP = "newsbrief --help"


def _cli_once(path: Path | str, facts: bool, src: Path | None) -> tuple[float, float]:
    """Wall and CPU seconds of one ``newsbrief brief PATH --words 100`` (or ``newsbrief --help``
    for ``HELP``) in a fresh process."""
    env = dict(os.environ, **({"PYTHONPATH": str(src)} if src else {}))
    options = (["--help"] if path == HELP else
               ["brief", str(path), "--words", "100", *([] if facts else ["--no-facts"])])
    command = [sys.executable, "-m", "newsbrief.cli", *options]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


_TO_FORK = "import newsbrief.cli\nfrom newsbrief.facts.nlp import load_in_background"
"""What the CLI imports before it can fork its spaCy child (``cli._cmd_brief``)."""


def fork_runs(repeats: int, trees: list[Path]) -> list[dict]:
    """Median CPU seconds of a fresh process that imports what the CLI needs before
    it forks its spaCy child: the start of the child's critical path."""
    sources: dict[str, Path | None] = {str(t): t for t in trees} or {"this tree": None}
    times: dict[str, list[float]] = {tree: [] for tree in sources}
    for _ in range(repeats):
        for tree, src in sources.items():
            env = dict(os.environ, **({"PYTHONPATH": str(src)} if src else {}))
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            subprocess.run([sys.executable, "-c", _TO_FORK], env=env, check=True)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            times[tree].append((after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime))
    return [{"tree": tree, "runs": len(runs), "cpu_seconds_to_fork": statistics.median(runs)} for tree, runs in times.items()]


def cli_runs(duc: Path, repeats: int, trees: list[Path]) -> list[dict]:
    """Median wall and CPU seconds of the command line on the built-in example and a
    DUC 2003 cluster, with and without facts, in this tree (or each of ``trees``' src folders), alternated."""
    cluster = next(c for c in read_clusters(duc) if getattr(c, "id", None) == CLI_CLUSTER)
    folder = Path(tempfile.mkdtemp(prefix="facts-speed-"))
    duc_file = folder / f"{CLI_CLUSTER}.jsonl"
    duc_file.write_text("".join(json.dumps({"id": a.id, "text": a.text}) + "\n" for a in cluster.articles), encoding="utf-8")
    inputs = {"example (10 articles, 3,000 words)": EXAMPLE,
              f"DUC 2003 {CLI_CLUSTER} (10 articles, {sum(len(a.text.split()) for a in cluster.articles):,} words)": duc_file}
    sources: dict[str, Path | None] = {str(t): t for t in trees} or {"this tree": None}
    variants = [(name, path, tree, src, facts) for name, path in inputs.items() for tree, src in sources.items()
                for facts in (True, False)] + [(HELP, HELP, tree, src, False) for tree, src in sources.items()]
    times: dict[tuple, list[tuple[float, float]]] = {v[:1] + v[2:3] + v[4:]: [] for v in variants}
    for _ in range(repeats):
        for name, path, tree, src, facts in variants:
            times[(name, tree, facts)].append(_cli_once(path, facts, src))
    duc_file.unlink()
    folder.rmdir()
    return [{"input": name, "tree": tree, "facts": facts, "runs": len(runs),
             "wall_seconds": statistics.median(w for w, _ in runs), "cpu_seconds": statistics.median(c for _, c in runs)}
            for (name, tree, facts), runs in times.items()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=SHARED)
    parser.add_argument("--multinews-limit", type=int, default=None, help="clusters of Multi-News validation (all by default)")
    parser.add_argument("--out", type=Path, default=results_path("facts_speed"))
    parser.add_argument("--cli-repeats", type=int, default=3, help="command-line runs of each variant (the median is reported)")
    parser.add_argument("--trees", type=Path, nargs="+", default=[],
                        help="src folders of trees to run alternately in place of this one (before and after a change)")
    parser.add_argument("--cli-only", action="store_true", help="only the command-line runs (the JSON keeps the other figures)")
    args = parser.parse_args(argv)
    duc = args.shared / "data/duc/duc2003.jsonl.gz"
    multinews = args.shared / "data/multinews/validation.jsonl.gz"

    cli = cli_runs(duc, args.cli_repeats, args.trees)
    print_table(("input", "tree", "facts", "runs", "wall s (median)", "CPU s (median)"),
                [(r["input"], r["tree"], "" if r["input"] == HELP else "yes" if r["facts"] else "no", r["runs"],
                  f"{r['wall_seconds']:.2f}",
                  f"{r['cpu_seconds']:.2f}") for r in cli])
    fork = fork_runs(max(5, args.cli_repeats), args.trees)
    print_table(("tree", "runs", "CPU s before the spaCy child forks (median)"),
                [(r["tree"], r["runs"], f"{r['cpu_seconds_to_fork']:.3f}") for r in fork])
    load_average = round(os.getloadavg()[0], 2)
    if args.cli_only:
        previous = json.loads(args.out.read_text(encoding="utf-8")) if args.out.is_file() else {}
        write_results(args.out, {**previous, "cli": cli, "cli_fork": fork, "cli_load_average_after": load_average},
                      indent=1)
        print(f"wrote {args.out}")
        return 0

    cold = float(subprocess.run([sys.executable, "-c", _COLD.format(path=str(duc))], capture_output=True, text=True,
                                check=True).stdout.strip())
    load(FactsConfig().model)
    import dateparser
    dateparser.parse("last month")

    ten = []
    for cluster in read_clusters(duc):
        kept = list(prepare(cluster.articles)[0])
        sentences = split_articles(kept)
        _CACHE.clear()
        start = time.perf_counter()
        extract_facts(kept, sentences)
        ten.append((cluster.id, len(kept), sum(s.words for s in sentences), time.perf_counter() - start))
    times = [t for *_, t in ten]
    print(f"DUC 2003, {len(ten)} clusters of ~10 articles ({statistics.mean(w for _, _, w, _ in ten):.0f} words): "
          f"mean {statistics.mean(times):.2f} s, max {max(times):.2f} s; first cluster cold (model load included) {cold:.2f} s")

    _CACHE.clear()
    started = time.perf_counter()
    facts_seconds = 0.0
    clusters = words = 0
    for cluster in read_clusters(multinews, limit=args.multinews_limit):
        if not hasattr(cluster, "articles"):
            continue
        kept = list(prepare(cluster.articles)[0])
        sentences = split_articles(kept)
        start = time.perf_counter()
        extract_facts(kept, sentences)
        facts_seconds += time.perf_counter() - start
        clusters += 1
        words += sum(s.words for s in sentences)
    total = time.perf_counter() - started
    print(f"Multi-News validation: {clusters} clusters, {words:,} words: facts {facts_seconds:.0f} s "
          f"({facts_seconds / max(1, clusters):.3f} s a cluster); with cleaning and splitting {total:.0f} s")
    print_table(("run", "clusters", "facts s", "s a cluster (mean)", "s a cluster (max)"), [
        ("DUC 2003, spaCy loaded before", len(ten), f"{sum(times):.1f}", f"{statistics.mean(times):.2f}", f"{max(times):.2f}"),
        ("DUC 2003, first cluster cold", 1, f"{cold:.2f}", f"{cold:.2f}", f"{cold:.2f}"),
        ("Multi-News validation", clusters, f"{facts_seconds:.0f}", f"{facts_seconds / max(1, clusters):.3f}", ""),
    ])
    write_results(args.out, {
        "duc2003_ten_article_clusters": {"mean_seconds": statistics.mean(times), "max_seconds": max(times),
                                         "cold_first_cluster_seconds": cold,
                                         "clusters": [{"id": i, "articles": n, "words": w, "seconds": t} for i, n, w, t in ten]},
        "multinews_validation": {"clusters": clusters, "words": words, "facts_seconds": facts_seconds, "total_seconds": total},
        "cli": cli, "cli_fork": fork, "cli_load_average_after": load_average,
    }, indent=1)
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
