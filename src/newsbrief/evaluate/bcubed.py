"""B-cubed precision, recall and F1 of a clustering against true clusters
(Bagga and Baldwin 1998; averaged over items, as in Amigó et al. 2009)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping


def bcubed(predicted: Mapping[str, object], truth: Mapping[str, object]) -> tuple[float, float, float]:
    """(precision, recall, F1) of ``predicted`` (item -> cluster label) against ``truth``,
    over the items both label."""
    items = [item for item in predicted if item in truth]
    if not items:
        return 0.0, 0.0, 0.0
    pair = Counter((predicted[i], truth[i]) for i in items)
    size_predicted = Counter(predicted[i] for i in items)
    size_truth = Counter(truth[i] for i in items)
    precision = sum(n * n / size_predicted[p] for (p, _), n in pair.items()) / len(items)
    recall = sum(n * n / size_truth[t] for (_, t), n in pair.items()) / len(items)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1
