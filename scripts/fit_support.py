"""Try to fit a better same-claim test for the "reported by" badges (summarize/support.py) on
every reader-judged support pair (benchmarks/reader: pairs-*.jsonl, labels-pairs.jsonl; issue 14).

    .venv/bin/python scripts/fit_support.py [--table /tmp/support-pairs.jsonl]

Each judged pair of every round (deduplicated by key; several judges: the majority, a tie is
not yes) is put back into its cluster as benchmarks/reader/make_items.py briefs it: the
cluster's articles cleaned and split by the pipeline, the brief's tf-idf representation and its
static sentence embeddings. Features: the tf-idf cosine the brief computes, the embedding
cosine, ``support.coverage``, the reverse coverage, a soft coverage (each claim word's best
embedding cosine with a word of the other sentence, averaged), the share of names repeated, the
length ratio, whether the summary sentence states a number, and, parsed by the facts stage's
spaCy model (here only), the claim's verbs: the share of the summary sentence's verb lemmas the
other sentence uses, whether it uses the lemma of its root, whether it repeats its subjects; and
the hard gates of
``support.same_claim`` (candidate cosine, every number repeated, no ``conflicts`` veto).

Three rules are scored under the same cross-validation, grouped by cluster (a cluster's pairs
are never both fitted and tested): the current rule (``Config`` thresholds, not refitted), a
logistic regression on the gated pairs whose probability cut is chosen by an inner grouped
cross-validation on the training folds for precision >= ``--precision``, and the current rule's
form with two more routes whose thresholds are chosen from a grid on the training folds alone.
Prints the table and writes benchmarks/results/support_fit.json. scikit-learn is used here only.
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks" / "reader"))
from items import OUT, PAIR_LABELS, SAMPLE, read_jsonl, sample_lines  # noqa: E402
from make_items import article_records  # noqa: E402

from newsbrief.config import Config  # noqa: E402
from newsbrief.ingest.datasets import BadLine, read_clusters  # noqa: E402
from newsbrief.model import Article  # noqa: E402
from newsbrief.pipeline import prepare  # noqa: E402
from newsbrief.represent.concepts import represent  # noqa: E402
from newsbrief.represent.embeddings import embed  # noqa: E402
from newsbrief.split import split_articles  # noqa: E402
from newsbrief.split.tokens import STOPWORDS, tokenize  # noqa: E402
from newsbrief.summarize.conflicts import conflict  # noqa: E402
from newsbrief.summarize.support import ClaimTest, claim_words, coverage, numbers, same_claim  # noqa: E402

RESULT = ROOT / "benchmarks" / "results" / "support_fit.json"
FEATURES = ("cosine", "meaning", "coverage", "reverse_coverage", "soft_coverage", "names", "length_ratio", "has_number")
VERB_FEATURES = ("shared_verbs", "shared_root", "shared_subjects")
_INSERTION = re.compile(r"\s*\[[^\]]*\]")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _plain(text: str) -> str:
    """A sentence as its article writes it: the edit stage's bracketed insertions dropped."""
    return " ".join(_INSERTION.sub("", text).split())


def judged_pairs() -> list[dict]:
    """Every judged pair of every round once, with its majority label (a tie is not yes)."""
    votes: dict[str, list[str]] = defaultdict(list)
    for row in read_jsonl(PAIR_LABELS):
        votes[row["key"]].append(row["label"])
    pairs: dict[str, dict] = {}
    for path in sorted(OUT.glob("pairs-*.jsonl")):
        for pair in read_jsonl(path):
            if pair["key"] in votes and pair["key"] not in pairs:
                yes = sum(label == "yes" for label in votes[pair["key"]])
                pairs[pair["key"]] = {**pair, "round": path.stem[len("pairs-"):],
                                      "yes": yes * 2 > len(votes[pair["key"]])}
    return list(pairs.values())


def sample_articles() -> dict[tuple[str, str], list[Article]]:
    """The sample's clusters by (dataset, cluster id), as the articles the CLI reads."""
    found = {}
    for dataset, path, count, _ in SAMPLE:
        clusters = [c for c in read_clusters(path) if not isinstance(c, BadLine)]
        for i in sample_lines(dataset, len(clusters), count):
            records = article_records(dataset, clusters[i])
            found[dataset, clusters[i].id] = [Article(r["id"], r["text"], title=r.get("title")) for r in records]
    return found


def _names(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text)[1:] if w[0].isupper()}


class _WordVectors:
    """Static embeddings of single words, each embedded once."""

    def __init__(self) -> None:
        self.rows: dict[str, np.ndarray] = {}

    def __call__(self, words: list[str]) -> np.ndarray:
        missing = [w for w in dict.fromkeys(words) if w not in self.rows]
        if missing:
            self.rows.update(zip(missing, embed(missing)))
        return np.array([self.rows[w] for w in words])


def _soft_coverage(summary: str, other: str, vectors: _WordVectors) -> float:
    claim = [w for w in tokenize(" ".join(w for w in _WORD.findall(summary) if not w[0].isupper()))
             if w not in STOPWORDS and len(w) > 1]
    words = [w for w in tokenize(other) if w not in STOPWORDS and len(w) > 1]
    if not claim or not words:
        return 0.0
    return float((vectors(claim) @ vectors(words).T).max(axis=1).mean())


def features(a: str, b: str, cosine: float, meaning: float, covered: float, vectors: _WordVectors) -> list[float]:
    """The pair's values of ``FEATURES``."""
    other_claim, own_claim = claim_words(b), claim_words(a)
    reverse = len(other_claim & own_claim) / len(other_claim) if other_claim else 1.0
    named = _names(a)
    shared = len(named & _names(b)) / len(named) if named else 1.0
    lengths = len(a.split()), len(b.split())
    return [cosine, meaning, covered, reverse, _soft_coverage(a, b, vectors), shared,
            min(lengths) / max(max(lengths), 1), float(bool(numbers(a)))]


def verb_features(table: list[dict]) -> None:
    """Add ``VERB_FEATURES`` to each found pair of ``table``, from one spaCy parse of each sentence."""
    import spacy

    nlp = spacy.load(Config().facts.model, exclude=["ner"])
    texts = sorted({r[k] for r in table if not r["missing"] for k in ("summary_text", "other_text")})
    docs = dict(zip(texts, nlp.pipe(texts, batch_size=256)))
    for row in table:
        if row["missing"]:
            continue
        a, b = docs[row["summary_text"]], docs[row["other_text"]]
        lemmas = {t.lemma_.lower() for t in b}
        verbs = {t.lemma_.lower() for t in a if t.pos_ == "VERB"}
        roots = [t.lemma_.lower() for t in a if t.dep_ == "ROOT"]
        subjects = [t.lemma_.lower() for t in a if t.dep_ in ("nsubj", "nsubjpass")]
        row["verb_features"] = [len(verbs & {t.lemma_.lower() for t in b if t.pos_ == "VERB"}) / len(verbs) if verbs else 1.0,
                                float(bool(roots) and roots[0] in lemmas),
                                float(bool(subjects) and all(s in lemmas for s in subjects))]


def feature_table(pairs: list[dict]) -> list[dict]:
    """Each pair with its features, or ``missing`` when a sentence is not among its cluster's."""
    articles = sample_articles()
    config, vectors = Config(), _WordVectors()
    by_cluster: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for pair in pairs:
        by_cluster[pair["dataset"], pair["cluster"]].append(pair)
    table = []
    for where, members in sorted(by_cluster.items()):
        kept, _, _ = prepare(articles[where])
        sentences = split_articles(kept)
        representation = represent(sentences, len(kept), config)
        index = {" ".join(s.text.split()): i for i, s in reversed(list(enumerate(sentences)))}
        for pair in members:
            i, j = index.get(_plain(pair["summary"])), index.get(" ".join(pair["other"].split()))
            if i is None or j is None:
                table.append({**pair, "missing": True})
                continue
            a, b = sentences[i].text, sentences[j].text
            vector_product = representation.content_vectors[i] @ representation.content_vectors[j].T
            cosine = float(vector_product.toarray()[0, 0])
            rows = embed([a, b])
            meaning, covered = float(rows[0] @ rows[1]), coverage(a, representation.content_stems[j])
            table.append({**pair, "missing": False, "summary_text": a, "other_text": b,
                          "gates": cosine >= config.support_threshold and numbers(a) <= numbers(b)
                          and conflict(a, b) is None,
                          "features": features(a, b, cosine, meaning, covered, vectors)})
    return table


def _cut(probability: np.ndarray, y: np.ndarray, precision: float) -> float:
    """The lowest probability whose pairs at or above it are ``precision`` right (above 1: none)."""
    order = np.argsort(-probability, kind="stable")
    right = np.cumsum(y[order]) / np.arange(1, len(order) + 1)
    ok = np.flatnonzero(right >= precision)
    return float(probability[order][ok[-1]]) if len(ok) else 1.01


def _regression_rule(x, y, gated, groups, folds, precision, c):
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold

    def fit(rows):
        return LogisticRegression(C=c, max_iter=5000).fit(x[rows], y[rows])

    predicted = np.zeros(len(y), dtype=bool)
    for train, held in GroupKFold(folds).split(x, groups=groups):
        train = train[gated[train]]
        inner = np.zeros(len(train))
        for fit_rows, test_rows in GroupKFold(folds - 1).split(x[train], groups=groups[train]):
            inner[test_rows] = fit(train[fit_rows]).predict_proba(x[train[test_rows]])[:, 1]
        cut = _cut(inner, y[train], precision)
        predicted[held] = gated[held] & (fit(train).predict_proba(x[held])[:, 1] >= cut)
    return predicted


_GRID = {
    "lexical": (0.6, 0.65, 0.7, 0.75),
    "meaning": (0.75, 0.8, 0.85),
    "coverage": (0.5, 0.6, 0.7),
    "both_cosine": (0.5, 0.55, 0.6, 2.0),  # a third route: tf-idf and embedding cosine both fairly high
    "both_meaning": (0.75, 0.78, 0.82),
    "number_meaning": (0.75, 0.8, 2.0),  # a fourth: the sentence repeats a number and means the same
}


def _routes(x: np.ndarray, gated: np.ndarray, p: dict) -> np.ndarray:
    cosine, meaning, covered = x[:, 0], x[:, 1], x[:, 2]
    return gated & ((cosine >= p["lexical"]) | ((meaning >= p["meaning"]) & (covered >= p["coverage"]))
                    | ((cosine >= p["both_cosine"]) & (meaning >= p["both_meaning"]))
                    | ((x[:, 7] > 0) & (meaning >= p["number_meaning"])))


def _grid_rule(x, y, gated, groups, folds, precision):
    from sklearn.model_selection import GroupKFold

    settings = [dict(zip(_GRID, values)) for values in itertools.product(*_GRID.values())]
    masks = [_routes(x, gated, p) for p in settings]
    predicted = np.zeros(len(y), dtype=bool)
    chosen = []
    for train, held in GroupKFold(folds).split(x, groups=groups):
        best = (-1.0, 0.0, 0)
        for k, mask in enumerate(masks):
            taken = mask[train]
            right = int((taken & y[train]).sum())
            if taken.sum() and right / taken.sum() >= precision:
                best = max(best, (right / y[train].sum(), right / taken.sum(), -k))
        if best[0] < 0:
            continue
        chosen.append(settings[-best[2]])
        predicted[held] = masks[-best[2]][held]
    return predicted, chosen


def _score(y: np.ndarray, predicted: np.ndarray, kinds: np.ndarray) -> dict:
    def one(rows):
        taken, right = int(predicted[rows].sum()), int((predicted[rows] & y[rows]).sum())
        return {"precision": round(right / taken, 3) if taken else None,
                "recall": round(right / max(int(y[rows].sum()), 1), 3), "counted": taken}
    every = np.ones(len(y), dtype=bool)
    return {"all": one(every), "counted pairs": one(kinds == "counted"), "near misses": one(kinds == "near-miss")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--precision", type=float, default=0.97, help="precision a fitted rule must keep")
    parser.add_argument("--folds", type=int, default=5, help="grouped cross-validation folds")
    parser.add_argument("--c", type=float, default=1.0, help="inverse L2 strength of the regression")
    parser.add_argument("--table", type=Path, help="also write the feature table here (JSON lines)")
    args = parser.parse_args()
    if args.folds < 3:
        parser.error("--folds: at least 3")

    table = feature_table(judged_pairs())
    found = [row for row in table if not row["missing"]]
    verb_features(table)
    if args.table:
        args.table.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in table), encoding="utf-8")
    y = np.array([r["yes"] for r in found])
    x = np.array([r["features"] for r in found])
    with_verbs = np.hstack([x[:, :3], np.array([r["verb_features"] for r in found])])
    gated = np.array([r["gates"] for r in found])
    groups = np.array([f"{r['dataset']}:{r['cluster']}" for r in found])
    kinds = np.array([r["kind"] for r in found])
    test = ClaimTest.of(Config())
    current = np.array([same_claim(r["summary_text"], r["other_text"], r["features"][0], r["features"][1],
                                   r["features"][2], test) for r in found])
    grid, chosen = _grid_rule(x, y, gated, groups, args.folds, args.precision)
    rules = {
        "current rule (Config thresholds, not refitted)": current,
        f"logistic regression on {', '.join(FEATURES)} (out of fold)":
            _regression_rule(x, y, gated, groups, args.folds, args.precision, args.c),
        f"logistic regression on cosine, meaning, coverage, {', '.join(VERB_FEATURES)} (out of fold)":
            _regression_rule(with_verbs, y, gated, groups, args.folds, args.precision, args.c),
        "current form + two routes, thresholds from a grid (out of fold)": grid,
    }
    result = {
        "pairs": len(table), "kinds": dict(Counter(r["kind"] for r in table)),
        "not_found": len(table) - len(found), "judged_yes": int(y.sum()),
        "gates": {"pass": int(gated.sum()), "pass_yes": int((gated & y).sum())},
        "folds": args.folds, "precision_kept": args.precision,
        "rules": {name: _score(y, rule, kinds) for name, rule in rules.items()},
        "grid_chosen_per_fold": chosen,
    }
    print(f"{result['pairs']} judged pairs {result['kinds']}, {result['not_found']} not found in their cluster; "
          f"{result['judged_yes']} of {len(found)} judged yes; {result['gates']['pass']} pass the gates "
          f"({result['gates']['pass_yes']} yes)")
    print(f"{'rule':<75} {'precision':>9} {'recall':>6} {'counted':>7}   near misses: recall")
    for name, score in result["rules"].items():
        s, near = score["all"], score["near misses"]
        print(f"{name:<75} {str(s['precision']):>9} {s['recall']:>6} {s['counted']:>7}   {near['recall']}")
    RESULT.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {RESULT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
