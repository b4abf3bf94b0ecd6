"""Score newsbrief and baselines on one dataset in one call, with wall time beside ROUGE."""

from __future__ import annotations

import json
import time
from dataclasses import asdict, dataclass
from functools import partial
from pathlib import Path

from newsbrief.batch import map_lines
from newsbrief.config import Config
from newsbrief.errors import UsageError
from newsbrief.ingest.datasets import BadLine, parse_line
from newsbrief.pipeline import brief, prepare
from newsbrief.split import split_articles
from newsbrief.summarize import baselines

SYSTEMS = ("newsbrief", "lead", "lexrank", "textrank")


@dataclass(frozen=True)
class SystemResult:
    system: str
    scores: dict[str, float]
    measure: str
    clusters: int
    seconds: float

    @property
    def clusters_per_second(self) -> float:
        return self.clusters / self.seconds if self.seconds > 0 else float("inf")


def _summarize_line(system: str, protocol: str, words: int, config: Config,
                    item: tuple[int, str] | BadLine) -> tuple[int, dict | None, BadLine | None]:
    if isinstance(item, BadLine):
        return item.line, None, item
    number, raw = item
    cluster = parse_line(raw, number)
    if isinstance(cluster, BadLine):
        return number, None, cluster
    if not cluster.summaries:
        return number, None, BadLine(number, "no reference summaries", cluster.id)
    if system == "newsbrief":
        text = brief(cluster.articles, config, with_facts=False).summary_text
    else:
        articles, _, _ = prepare(cluster.articles)
        sentences = split_articles(articles)
        if system == "lead":
            pick = baselines.lead_newest if protocol == "duc" else baselines.lead
            chosen = pick(sentences, articles, words)
        else:
            chosen = baselines.sumy_rank(system, sentences, words)
        text = "\n".join(s.text for s in chosen)
    return number, {"id": cluster.id, "summary": text, "references": list(cluster.summaries)}, None


def evaluate(
    path: str | Path,
    protocol: str,
    words: int,
    systems: tuple[str, ...] = ("newsbrief", "lead"),
    limit: int | None = None,
    jobs: int | None = None,
    config: Config | None = None,
) -> list[SystemResult]:
    """Run each system over the same clusters and score it with ``protocol``."""
    from newsbrief.evaluate.rouge import score

    config = (config or Config()).with_words(words)
    results = []
    for system in systems:
        if system not in SYSTEMS:
            raise UsageError(f"unknown system {system!r}; choose from {', '.join(SYSTEMS)}")
        if system in ("lexrank", "textrank"):
            baselines.sumy_rank(system, [], words)  # fail early, with the install hint, if sumy is missing
        started = time.perf_counter()
        worker = partial(_summarize_line, system, protocol, words, config)
        rows = [record for _, record, _ in map_lines(path, worker, jobs, limit) if record]
        seconds = time.perf_counter() - started
        scores = score(protocol, [r["summary"] for r in rows], [r["references"] for r in rows], words)
        results.append(SystemResult(system, scores.values, scores.measure, len(rows), seconds))
    return results


def format_table(results: list[SystemResult]) -> str:
    """A Markdown table: one row per system, ROUGE then speed."""
    if not results:
        return ""
    metrics = list(results[0].scores)
    header = ["system", *metrics, "clusters", "wall s", "clusters/s"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for r in results:
        cells = [r.system, *(f"{r.scores[m]:.2f}" for m in metrics), str(r.clusters), f"{r.seconds:.1f}", f"{r.clusters_per_second:.1f}"]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def results_to_json(results: list[SystemResult], **context: object) -> str:
    return json.dumps({**context, "results": [{**asdict(r), "clusters_per_second": r.clusters_per_second} for r in results]}, indent=2)
