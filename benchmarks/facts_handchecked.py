"""Score entity merging and quote attribution against the hand-checked sets in data/facts/.

- data/facts/aliases.jsonl: pairs of names from one cluster of the shared data, each judged
  by reading the articles as the same referent or not ("same"), with a note saying why. The
  negatives are hard: people sharing a surname or a given name, a person and a place named
  after him, names one letter apart. A pair counts as merged when both names are variants of
  one entity; a name the stage never found counts as not merged.
- data/facts/quotes.jsonl: quotations (the first words are enough) with the speaker a reader
  gives them, or null for an unnamed speaker. A quote counts as attributed when the stage
  gives it a speaker, and as correct when that speaker is the person named (an entity with
  that name among its variants, or a noun phrase containing the words; a shorter form of the
  name ending in the same surname also counts, "Chary" for "Neel Chary").

Precision is over what the stage claims (merges made, speakers given), recall over the set.

    .venv/bin/python benchmarks/facts_handchecked.py

Prints both tables and writes benchmarks/results/facts_handchecked.json.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from newsbrief.facts import extract_facts
from newsbrief.facts.text import fold
from newsbrief.ingest import read_clusters
from newsbrief.pipeline import prepare
from newsbrief.split import split_articles

from common import FACTS_DATASETS as DATASETS, ROOT, SHARED, print_table, results_path, write_results


def words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", fold(text))


class Clusters:
    """Facts of each cluster named in the sets, computed once."""

    def __init__(self, shared: Path) -> None:
        self.shared = shared
        self.facts = {}

    def get(self, source: str):
        if source not in self.facts:
            dataset, cluster_id = source.split("/", 1)
            for cluster in read_clusters(self.shared / DATASETS[dataset]):
                if getattr(cluster, "id", None) == cluster_id:
                    kept = list(prepare(cluster.articles)[0])
                    self.facts[source] = extract_facts(kept, split_articles(kept))
                    break
            else:
                raise KeyError(f"cluster {source} not found")
        return self.facts[source]


def score_aliases(items: list[dict], clusters: Clusters) -> dict:
    tp = fp = fn = tn = missing = 0
    errors = []
    for item in items:
        facts = clusters.get(item["source"])
        owner_a = {e.id for e in facts.entities if item["a"] in e.variants}
        owner_b = {e.id for e in facts.entities if item["b"] in e.variants}
        if not owner_a or not owner_b:
            missing += 1
        merged = bool(owner_a & owner_b)
        if merged and item["same"]:
            tp += 1
        elif merged:
            fp += 1
            errors.append({**item, "error": "merged"})
        elif item["same"]:
            fn += 1
            errors.append({**item, "error": "not merged" + ("" if owner_a and owner_b else " (a name was not found)")})
        else:
            tn += 1
    return {
        "pairs": len(items), "same": tp + fn, "different": fp + tn, "true_merges": tp, "false_merges": fp,
        "missed_merges": fn, "kept_apart": tn, "names_not_found": missing,
        "precision": tp / (tp + fp) if tp + fp else None, "recall": tp / (tp + fn) if tp + fn else None,
        "hard_negatives_kept_apart": tn / (fp + tn) if fp + tn else None, "errors": errors,
    }


def _speaker_matches(gold: str, quote, facts) -> bool:
    gold_words = set(words(gold))
    names = [quote.speaker or ""]
    if quote.speaker_id:
        names += list(facts.entity(quote.speaker_id).variants)
    gold_list = words(gold)
    for name in names:
        mine = words(name)
        if not mine:
            continue
        if gold_words <= set(mine):
            return True
        # the right person under a shorter name ("Chary" for "Neel Chary", "De Boer" for "Yvo de Boer")
        if set(mine) <= gold_words and mine[-1] == gold_list[-1]:
            return True
    return False


def score_quotes(items: list[dict], clusters: Clusters) -> dict:
    found = attributed = correct = abstained_right = 0
    named = sum(1 for item in items if item["speaker"])
    errors = []
    for item in items:
        facts = clusters.get(item["source"])
        snippet = " ".join(words(item["quote"]))
        match = None
        for quote in facts.quotes:
            for source in quote.sources:
                if source.span.article_id == item["article"] and snippet in " ".join(words(source.span.text)):
                    match = quote
                    break
            if match:
                break
        if match is None:
            errors.append({**item, "error": "quotation not found"})
            continue
        found += 1
        if match.speaker is None:
            if item["speaker"] is None:
                abstained_right += 1
            else:
                errors.append({**item, "error": "no speaker given"})
            continue
        attributed += 1
        if item["speaker"] is not None and _speaker_matches(item["speaker"], match, facts):
            correct += 1
        else:
            errors.append({**item, "error": f"attributed to {match.speaker!r}"})
    return {
        "quotes": len(items), "with_named_speaker": named, "found": found, "attributed": attributed,
        "correct": correct, "unnamed_left_unattributed": abstained_right,
        "precision": correct / attributed if attributed else None,
        "recall": correct / named if named else None, "errors": errors,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=SHARED)
    parser.add_argument("--out", type=Path, default=results_path("facts_handchecked"))
    args = parser.parse_args(argv)
    if not args.shared.is_dir():
        print(f"shared data not found at {args.shared}", file=sys.stderr)
        return 1
    clusters = Clusters(args.shared)
    aliases = [json.loads(line) for line in (ROOT / "data" / "facts" / "aliases.jsonl").read_text().splitlines() if line.strip()]
    quotes = [json.loads(line) for line in (ROOT / "data" / "facts" / "quotes.jsonl").read_text().splitlines() if line.strip()]
    alias_scores = score_aliases(aliases, clusters)
    quote_scores = score_quotes(quotes, clusters)

    print(f"entity merging: {alias_scores['pairs']} pairs ({alias_scores['same']} same, {alias_scores['different']} different)")
    print(f"  precision {alias_scores['precision']:.3f}  recall {alias_scores['recall']:.3f}  "
          f"hard negatives kept apart {alias_scores['hard_negatives_kept_apart']:.3f}  "
          f"(false merges {alias_scores['false_merges']}, missed {alias_scores['missed_merges']}, names not found {alias_scores['names_not_found']})")
    print(f"quote attribution: {quote_scores['quotes']} quotes ({quote_scores['with_named_speaker']} with a named speaker)")
    print(f"  found {quote_scores['found']}  attributed {quote_scores['attributed']}  correct {quote_scores['correct']}  "
          f"precision {quote_scores['precision']:.3f}  recall {quote_scores['recall']:.3f}")
    for error in alias_scores["errors"] + quote_scores["errors"]:
        print("  -", json.dumps(error, ensure_ascii=False))
    print_table(("measure", "items", "precision", "recall"), [
        ("entity merging (pairs)", alias_scores["pairs"], f"{alias_scores['precision']:.3f}", f"{alias_scores['recall']:.3f}"),
        ("quote attribution (quotes)", quote_scores["quotes"], f"{quote_scores['precision']:.3f}", f"{quote_scores['recall']:.3f}"),
    ])
    write_results(args.out, {"aliases": alias_scores, "quotes": quote_scores}, indent=1)
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
