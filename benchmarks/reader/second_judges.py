#!/usr/bin/env python3
"""Shares of a second judge's brief labels, read beside the stored (first) judge's: a check
of how much the judged figures depend on who judges. add_labels.py keeps one label per item,
so a second judge's answers for the same packet are kept apart, in ``second/``, as
``<packet>-<judge>.json`` (the judge's JSON list, in the rubric's form).

    .venv/bin/python benchmarks/reader/second_judges.py --label fresh6a
Prints one table: each second judge's packet, then both packets' first-judge labels, and the
sentences on which the two disagree."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
KINDS = ("dangling", "repeat", "fragment")


def shares(labels: list[dict]) -> dict[str, float]:
    """Shares (in %) of sentences flagged per kind, and of openings ok."""
    sentences = [s for label in labels for s in label["sentences"]]
    found = {kind: 100 * sum(bool(s[kind]) for s in sentences) / len(sentences) for kind in KINDS}
    found["openings ok"] = 100 * sum(bool(label["opening_ok"]) for label in labels) / len(labels)
    found["sentences"] = len(sentences)
    return found


def first_judge(packet: str) -> list[dict]:
    """The stored labels of ``packet``, in item order."""
    rows = [json.loads(line) for line in (HERE / "labels-briefs.jsonl").read_text(encoding="utf-8").splitlines()]
    return sorted((row for row in rows if row["packet"] == packet), key=lambda row: row["cluster"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--label", required=True)
    args = parser.parse_args()
    print("| packet | judge | sentences | dangling | repeat | fragment | openings ok | sentence labels differing |")
    print("|---|---|---|---|---|---|---|---|")
    for path in sorted((HERE / "second").glob(f"{args.label}-briefs-*.json")):
        packet, judge = path.stem.rsplit("-J-", 1)
        second = sorted(json.loads(path.read_text(encoding="utf-8")), key=lambda label: label["cluster"])
        first = first_judge(f"{packet}.md")
        differing = sum(a[kind] != b[kind] for x, y in zip(first, second)
                        for a, b in zip(x["sentences"], y["sentences"]) for kind in KINDS)
        for who, labels in ((first[0]["judge"] if first else "-", first), (f"J-{judge}", second)):
            if not labels:
                continue
            found = shares(labels)
            print(f"| {packet} | {who} | {found['sentences']} | " + " | ".join(f"{found[k]:.1f}" for k in KINDS)
                  + f" | {found['openings ok']:.1f} | {differing if labels is second else ''} |")


if __name__ == "__main__":
    main()
