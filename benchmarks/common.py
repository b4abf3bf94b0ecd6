"""What every benchmark script shares: where the repository, the shared data and the
results live, how a result is written, and how a table is printed.

A script run as ``python benchmarks/X.py`` has ``benchmarks/`` on its path, so
``from common import ...`` works from any working directory.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
"""The repository."""
SHARED = ROOT.parent / "shared"
"""The shared folder beside the repository (datasets, design notes)."""
DATA = SHARED / "data"
RESULTS = ROOT / "benchmarks" / "results"
"""Where each script writes its JSON (committed, so the README's figures can be traced)."""

DUC = DATA / "duc"
DUC2003 = DUC / "duc2003.jsonl.gz"
DUC2006 = DUC / "duc2006.jsonl.gz"
DUC2007_MAIN = DUC / "duc2007_main.jsonl.gz"
DUC2007_UPDATE = DUC / "duc2007_update.jsonl.gz"
TAC2011 = DATA / "tac2011" / "tac2011_multiling_en.jsonl.gz"
MULTINEWS = DATA / "multinews"
MULTINEWS_TRAIN = MULTINEWS / "train.jsonl.gz"
MULTINEWS_VALIDATION = MULTINEWS / "validation.jsonl.gz"

FACTS_DATASETS = {
    "duc2003": "data/duc/duc2003.jsonl.gz",
    "tac2011": "data/tac2011/tac2011_multiling_en.jsonl.gz",
    "multinews": "data/multinews/validation.jsonl.gz",
}
"""The collections the facts benchmarks draw clusters from, relative to ``--shared``
(those scripts take another shared folder on the command line)."""


def results_path(name: str) -> Path:
    """``benchmarks/results/NAME.json``."""
    return RESULTS / f"{name}.json"


def write_results(name: str | Path, rows: object, *, indent: int = 2) -> Path:
    """Write ``rows`` as JSON to ``benchmarks/results/NAME.json``, or to ``name`` itself
    when it is a path (a script's ``--out``); parent folders are made. Returns the path."""
    path = Path(name) if isinstance(name, Path) or str(name).endswith(".json") else results_path(str(name))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(rows, indent=indent, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def format_table(headers: Sequence[object], rows: Iterable[Sequence[object]]) -> str:
    """A Markdown table; cells are shown with ``str`` (format numbers before)."""
    def line(cells: Sequence[object]) -> str:
        return "| " + " | ".join(str(cell) for cell in cells) + " |"

    return "\n".join([line(headers), "|" + "---|" * len(headers), *(line(row) for row in rows)])


def print_table(headers: Sequence[object], rows: Iterable[Sequence[object]]) -> None:
    """Print a Markdown table, ready to paste into the docs."""
    print(format_table(headers, rows), flush=True)
