#!/usr/bin/env python3
"""Can a reader's "repeat" be predicted from what the summarizer can compute? Every judged
brief sentence after the first (labels-briefs.jsonl, first label per brief; the brief's text
from briefs-*.jsonl, editorial insertions dropped) against the sentences before it, with five
features: the largest embedding cosine with an earlier sentence (the packaged static model),
novelty (the share of its content stems' background idf not already in the brief), the largest
idf-weighted overlap with one earlier sentence, the most participants shared with one
(``summarize.same_event.participants``) and its number of content stems. A logistic regression
per feature set, cross-validated in 5 folds grouped by cluster; prints the AUC and the best
recall at a precision of at least 0.6, beside what the shipped same-event rule flags.

    .venv/bin/python benchmarks/reader/repeat_features.py
"""

from __future__ import annotations

import json
import math
import re
import sys
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import precision_recall_curve, roc_auc_score
from sklearn.model_selection import GroupKFold, cross_val_predict

sys.path.insert(0, str(Path(__file__).resolve().parent))
from items import BRIEF_LABELS, OUT, read_jsonl  # noqa: E402

from newsbrief.represent.background import background_frequencies
from newsbrief.represent.embeddings import embed
from newsbrief.split.tokens import STOPWORDS, stem, tokenize
from newsbrief.summarize.same_event import ALIKE, participants

_INSERTION = re.compile(r"\[[^\]]*\]\s*")
FEATURES = ("cosine", "novelty", "best pair overlap", "shared participants", "content stems")


def judged_briefs() -> list[tuple[dict, dict]]:
    """(brief, its first label) for every labelled brief whose text is on file."""
    labels: dict[str, dict] = {}
    for label in read_jsonl(BRIEF_LABELS):
        labels.setdefault(label["key"], label)
    briefs: dict[str, dict] = {}
    for path in sorted(OUT.glob("briefs-*.jsonl")):
        for brief in read_jsonl(path):
            briefs.setdefault(brief["key"], brief)
    return [(briefs[key], label) for key, label in labels.items()
            if key in briefs and len(briefs[key]["sentences"]) == len(label["sentences"])]


def rows() -> tuple[np.ndarray, np.ndarray, np.ndarray, list[str]]:
    """Features, labels, the shipped rule's flags and the cluster of each sentence after a brief's first."""
    frequencies, documents = background_frequencies()

    def idf(s: str) -> float:
        return math.log((documents + 1) / (frequencies.get(s, 0) + 1))

    features, repeats, rule, clusters = [], [], [], []
    for brief, label in judged_briefs():
        texts = [_INSERTION.sub("", s) for s in brief["sentences"]]
        vectors = embed(texts)
        vectors = vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-9)
        cosine = vectors @ vectors.T
        stems = [{stem(t) for t in tokenize(s) if t not in STOPWORDS and len(t) > 2} for s in texts]
        names = [participants(s) for s in texts]
        for i in range(1, len(texts)):
            weight = sum(idf(s) for s in stems[i]) or 1.0
            seen = set().union(*stems[:i])
            features.append([max(cosine[i, :i]), 1 - sum(idf(s) for s in stems[i] & seen) / weight,
                             max(sum(idf(s) for s in stems[i] & stems[j]) / weight for j in range(i)),
                             max(len(names[i] & names[j]) for j in range(i)), len(stems[i])])
            rule.append(any(cosine[i, j] >= ALIKE and names[i] & names[j] for j in range(i)))
            repeats.append(int(label["sentences"][i]["repeat"]))
            clusters.append(brief["cluster"])
    return np.array(features), np.array(repeats), np.array(rule), clusters


def main() -> None:
    features, repeats, rule, clusters = rows()
    print(f"{len(repeats)} sentences, {repeats.sum()} judged repeats; the same-event rule flags {rule.sum()}, "
          f"{int((rule & (repeats == 1)).sum())} of them repeats")
    print("| features | AUC | best recall at precision >= 0.6 |\n|---|---|---|")
    sets = [(name, [k]) for k, name in enumerate(FEATURES[:3])] + [("all five", list(range(len(FEATURES))))]
    for name, columns in sets:
        scores = cross_val_predict(LogisticRegression(max_iter=1000, class_weight="balanced"), features[:, columns],
                                   repeats, groups=clusters, cv=GroupKFold(5), method="predict_proba")[:, 1]
        precision, recall, _ = precision_recall_curve(repeats, scores)
        best = max((r for p, r in zip(precision, recall) if p >= 0.6), default=0.0)
        print(f"| {name} | {roc_auc_score(repeats, scores):.3f} | {best:.2f} |")


if __name__ == "__main__":
    main()
