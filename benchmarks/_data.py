"""Where the benchmarks find the shared data: ``../shared`` beside the repository."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"

FACTS_DATASETS = {
    "duc2003": "data/duc/duc2003.jsonl.gz",
    "tac2011": "data/tac2011/tac2011_multiling_en.jsonl.gz",
    "multinews": "data/multinews/validation.jsonl.gz",
}
"""The collections the facts benchmarks draw clusters from, relative to ``--shared``."""
