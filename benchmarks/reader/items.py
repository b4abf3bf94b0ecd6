"""What the reader-judged evaluation's scripts share: the sample, the content keys and the
JSON-lines files of items and labels (benchmarks/reader/, ../shared/READER_EVAL.md)."""

from __future__ import annotations

import hashlib
import json
import random
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from common import DUC2003, DUC2006, DUC2007_MAIN, MULTINEWS_VALIDATION, ROOT, TAC2011  # noqa: E402

OUT = ROOT / "benchmarks" / "reader"
BRIEF_LABELS = OUT / "labels-briefs.jsonl"
PAIR_LABELS = OUT / "labels-pairs.jsonl"
SEED = 14
"""The issue's number; every random choice is seeded with a string that starts with it."""

SAMPLE = (
    ("duc2003", DUC2003, 12, 100),
    ("duc2006", DUC2006, 8, 100),
    ("duc2007", DUC2007_MAIN, 8, 100),
    ("tac2011", TAC2011, 6, 100),
    ("multinews-validation", MULTINEWS_VALIDATION, 16, 150),
)
"""(dataset, file, clusters drawn, words of the brief): 50 briefs."""


SAMPLES = ("dev", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7")
""""dev" is the sample every round since the first was judged on (and the rules were tuned after
seeing its labels); "fresh" is as many other clusters of the same files, drawn on 1 December 2026
to check the figures out of sample; "fresh2" as many again from what both left, drawn later the
same day once "fresh" had been read (its judged sentences guided some fragment rules); "fresh3"
from what the three left, drawn on 2 December 2026 after two fixes had been shaped by one brief of
"fresh2" (DUC 2003 has no cluster left for it, so it holds fewer briefs); "fresh4" from what the
four left, drawn later on 2 December 2026 once two fixes had been made after reading "fresh3b"; "fresh5"
from what the five left, drawn the same evening once "fresh4a" had been read; "fresh6" from what the
six left, drawn on the evening of 2 December 2026 before any brief of it was read (DUC 2006 has two
clusters left for it, the other DUC and TAC files none); "fresh7" from what the seven left, drawn on
3 December 2026 before any brief of it was read (Multi-News clusters only: no DUC or TAC cluster is left)."""


def sample_lines(dataset: str, available: int, count: int, sample: str = "dev") -> list[int]:
    """The positions (0-based, among the file's readable clusters) of the clusters drawn from a
    dataset: the same whatever tree runs it, since it depends only on the names and the count.
    Each later sample is drawn from the clusters the samples before it left."""
    if sample not in SAMPLES:
        raise ValueError(f"unknown sample {sample!r}; one of {', '.join(SAMPLES)}")
    taken: set[int] = set()
    for name in SAMPLES[: SAMPLES.index(sample) + 1]:
        seed = f"{SEED}:{dataset}" if name == "dev" else f"{SEED}:{name}:{dataset}"
        rest = [i for i in range(available) if i not in taken]
        drawn = sorted(random.Random(seed).sample(rest, min(count, len(rest))))
        taken |= set(drawn)
    return drawn


def _sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()


def brief_key(sentences: Sequence[str]) -> str:
    """A brief's content key: sha1 of its sentences' texts in order, one a line."""
    return _sha1("\n".join(sentences))


def pair_key(summary: str, other: str) -> str:
    """A support pair's content key: sha1 of the summary sentence, a line break, the other sentence."""
    return _sha1(summary + "\n" + other)


def read_jsonl(path: Path) -> list[dict]:
    """Every line of a JSON-lines file (none when it does not exist)."""
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def write_jsonl(path: Path, rows: Iterable[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")


def labelled_keys(path: Path) -> set[str]:
    """The content keys that already have a label in a labels file."""
    return {row["key"] for row in read_jsonl(path)}


def labels_by_key(path: Path) -> dict[str, dict]:
    """Each key's label; when a key was labelled twice the first label stands."""
    labels: dict[str, dict] = {}
    for row in read_jsonl(path):
        labels.setdefault(row["key"], row)
    return labels
