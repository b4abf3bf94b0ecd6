#!/usr/bin/env python3
"""Reproduce the packaged selector model: train on Multi-News train, score on
Multi-News validation and DUC 2003, write the model and its card.

    .venv/bin/python scripts/train_selector.py            # the shipped model
    .venv/bin/python scripts/train_selector.py --limit 8000 --out /tmp/m.txt --no-validation
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
from pathlib import Path

from newsbrief.training.selector import train

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path("..") / "shared" / "data"  # relative, so the model card names data the same on every machine


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", default=str(SHARED / "multinews" / "train.jsonl.gz"))
    parser.add_argument("--limit", type=int, default=None, help="first N training clusters (default: all)")
    parser.add_argument("--out", default=str(Path("src") / "newsbrief" / "models" / "selector.txt"))
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--no-validation", action="store_true")
    args = parser.parse_args()
    os.chdir(ROOT)
    validation = []
    if not args.no_validation:
        validation.append((str(SHARED / "multinews" / "validation.jsonl.gz"), "multinews", 250))
        if shutil.which("perl"):
            validation.append((str(SHARED / "duc" / "duc2003.jsonl.gz"), "duc", 100))
    card = train(args.data, args.out, args.limit, args.jobs, validation)
    print(json.dumps({k: card[k] for k in ("trained_on", "training_seconds", "size_bytes", "validation")}, indent=2))


if __name__ == "__main__":
    main()
