"""Figures of a reader-judged run (../shared/READER_EVAL.md) from its items and the stored labels.

    .venv/bin/python benchmarks/reader/figures.py --label before

Per dataset and overall: briefs, sentences and pairs (and how many of each are judged); badge
precision (judged "yes" / all judged pairs the brief counted); shares of judged sentences dangling,
repeat and fragment; share of judged openings ok; beside ROUGE of the same briefs, computed with
the ``rouge-score`` package (stemmed), NOT the ROUGE-1.5.5 Perl script of benchmarks/quality.py:
DUC and TAC recall R-1 / R-2, each reference scored alone and the recalls averaged; Multi-News
F1 R-1 / R-2 / R-Lsum against its one reference. Also the support matcher's recall, from the near
misses (the best tf-idf match the brief did not count, judged blind among the counted pairs).
Prints tables; writes benchmarks/reader/figures-LABEL.json.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from items import BRIEF_LABELS, OUT, PAIR_LABELS, labels_by_key, read_jsonl  # noqa: E402

from common import print_table, write_results  # noqa: E402  (on the path through items)

SIMILARITY_BINS = ((0.0, 0.5), (0.5, 0.7), (0.7, 1.01))
"""Bins of the similarity the brief reported, for badge precision by similarity."""


def _share(part: float, whole: float) -> float | None:
    return round(part / whole, 4) if whole else None


def rouge(dataset: str, briefs: list[dict]) -> dict[str, float]:
    """ROUGE of the briefs with rouge-score (stemmed), as percentages."""
    from rouge_score import rouge_scorer

    scored = [b for b in briefs if b["references"]]
    if not scored:
        return {}
    if dataset.startswith("multinews"):
        from newsbrief.evaluate.rouge import score_multinews

        values = score_multinews(["\n".join(b["sentences"]) for b in scored], [b["references"] for b in scored]).values
        return {f"{k} F1": round(v, 2) for k, v in values.items()}
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2"], use_stemmer=True)
    totals = {"R-1 recall": 0.0, "R-2 recall": 0.0}
    for brief in scored:
        summary = "\n".join(brief["sentences"])
        results = [scorer.score(reference, summary) for reference in brief["references"]]
        totals["R-1 recall"] += sum(r["rouge1"].recall for r in results) / len(results)
        totals["R-2 recall"] += sum(r["rouge2"].recall for r in results) / len(results)
    return {k: round(100 * v / len(scored), 2) for k, v in totals.items()}


def brief_figures(briefs: list[dict], labels: dict[str, dict]) -> dict:
    """Counts and shares of the briefs' judged sentences and openings."""
    judged = [labels[b["key"]] for b in briefs if b["key"] in labels]
    sentences = [s for label in judged for s in label["sentences"]]
    row = {"briefs": len(briefs), "sentences": sum(len(b["sentences"]) for b in briefs),
           "briefs judged": len(judged), "sentences judged": len(sentences),
           "openings ok": _share(sum(label["opening_ok"] for label in judged), len(judged))}
    for flag in ("dangling", "repeat", "fragment"):
        row[flag] = _share(sum(s[flag] for s in sentences), len(sentences))
    return row


def pair_figures(pairs: list[dict], labels: dict[str, dict]) -> dict:
    """Badge precision over the judged counted pairs; the matcher's recall with the near misses."""
    counted = [p for p in pairs if p["kind"] == "counted"]
    misses = [p for p in pairs if p["kind"] == "near-miss"]
    judged = [(p, labels[p["key"]]) for p in counted if p["key"] in labels]
    judged_misses = [(p, labels[p["key"]]) for p in misses if p["key"] in labels]
    yes = sum(label["label"] == "yes" for _, label in judged)
    missed_yes = sum(label["label"] == "yes" for _, label in judged_misses)
    row = {"pairs": len(counted), "pairs judged": len(judged), "badge precision": _share(yes, len(judged)),
           "partial": _share(sum(label["label"] == "partial" for _, label in judged), len(judged)),
           "contradicts": sum(label["contradicts"] for _, label in judged),
           "near misses": len(misses), "near misses judged": len(judged_misses),
           "near misses yes": _share(missed_yes, len(judged_misses)),
           "recall (judged yes counted / all judged yes)": _share(yes, yes + missed_yes)}
    # Each sample is a different fraction of its population: weight the yes rates back up to the
    # populations (pairs counted, summary sentences with a near miss) before comparing them.
    counted_population = counted[0]["population"] if counted else 0
    miss_population = misses[0]["population"] if misses else 0
    row["recall, weighted to the populations"] = None
    if judged and judged_misses:
        found = yes / len(judged) * counted_population
        lost = missed_yes / len(judged_misses) * miss_population
        row["recall, weighted to the populations"] = _share(found, found + lost)
    row["precision by reported similarity"] = {
        f"{low:.1f}-{min(high, 1.0):.1f}": {"judged": len(bin_), "precision": _share(
            sum(label["label"] == "yes" for _, label in bin_), len(bin_))}
        for low, high in SIMILARITY_BINS
        for bin_ in [[(p, label) for p, label in judged if p["similarity"] is not None and low <= p["similarity"] < high]]}
    return row


def combine_recall(rows: dict[str, dict], pairs: list[dict], labels: dict[str, dict]) -> float | None:
    """The overall population-weighted recall: per-dataset found and lost estimates summed."""
    found = lost = 0.0
    for dataset in rows:
        subset = [p for p in pairs if p["dataset"] == dataset]
        for kind in ("counted", "near-miss"):
            sample = [p for p in subset if p["kind"] == kind]
            judged = [labels[p["key"]]["label"] == "yes" for p in sample if p["key"] in labels]
            if not judged:
                if sample:
                    return None
                continue
            estimate = sum(judged) / len(judged) * sample[0]["population"]
            if kind == "counted":
                found += estimate
            else:
                lost += estimate
    return _share(found, found + lost)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--label", required=True)
    args = parser.parse_args()
    briefs = read_jsonl(OUT / f"briefs-{args.label}.jsonl")
    pairs = read_jsonl(OUT / f"pairs-{args.label}.jsonl")
    if not briefs:
        print(f"figures: no briefs-{args.label}.jsonl under {OUT}; run make_items.py --label {args.label}",
              file=sys.stderr)
        return 2
    brief_labels, pair_labels = labels_by_key(BRIEF_LABELS), labels_by_key(PAIR_LABELS)
    by_dataset: dict[str, list[dict]] = defaultdict(list)
    for brief in briefs:
        by_dataset[brief["dataset"]].append(brief)
    rows: dict[str, dict] = {}
    for dataset, items in by_dataset.items():
        subset = [p for p in pairs if p["dataset"] == dataset]
        rows[dataset] = {**brief_figures(items, brief_labels), **pair_figures(subset, pair_labels),
                         "rouge (rouge-score)": rouge(dataset, items)}
    overall = {**brief_figures(briefs, brief_labels), **pair_figures(pairs, pair_labels)}
    overall["recall, weighted to the populations"] = combine_recall(rows, pairs, pair_labels)
    rows["overall"] = overall

    def pct(value: float | None) -> str:
        return "-" if value is None else f"{100 * value:.1f}"

    print(f"\n{args.label}: reader-judged figures (shares in %; judged / all)")
    print_table(("set", "briefs", "sentences", "pairs", "badge precision", "dangling", "repeat", "fragment",
                 "openings ok"),
                [(name, f"{r['briefs judged']}/{r['briefs']}", f"{r['sentences judged']}/{r['sentences']}",
                  f"{r['pairs judged']}/{r['pairs']}", pct(r["badge precision"]), pct(r["dangling"]),
                  pct(r["repeat"]), pct(r["fragment"]), pct(r["openings ok"])) for name, r in rows.items()])
    print("\nsupport matcher (near misses: the best tf-idf match the brief did not count)")
    print_table(("set", "near misses judged", "near misses yes", "recall (judged)", "recall (weighted)", "contradicts"),
                [(name, f"{r['near misses judged']}/{r['near misses']}", pct(r["near misses yes"]),
                  pct(r["recall (judged yes counted / all judged yes)"]), pct(r["recall, weighted to the populations"]),
                  r["contradicts"]) for name, r in rows.items()])
    print("\nROUGE of the same briefs with rouge-score (stemmed), not the ROUGE-1.5.5 Perl script:")
    print_table(("set", "ROUGE"), [(name, ", ".join(f"{k} {v:.2f}" for k, v in r["rouge (rouge-score)"].items()))
                                   for name, r in rows.items() if name != "overall"])
    path = write_results(OUT / f"figures-{args.label}.json", {"label": args.label, "sets": rows})
    print(f"\nwrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
