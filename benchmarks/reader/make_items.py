"""Items for the reader-judged evaluation (../shared/READER_EVAL.md, issue 14): brief a fixed
development sample through the public CLI and write the briefs, the support pairs and the judge
packets.

    .venv/bin/python benchmarks/reader/make_items.py --label after
    .venv/bin/python benchmarks/reader/make_items.py --label before --src /tmp/reader-before/src
    .venv/bin/python benchmarks/reader/make_items.py --label fresh1 --sample fresh

The sample: 12 DUC 2003, 8 DUC 2006, 8 DUC 2007 (main), 6 TAC 2011 and 16 Multi-News validation
clusters, the same every run (lines drawn with ``random.Random("14:<dataset>")``); ``--sample fresh``
(and later ``fresh2``) draws as many other clusters (``random.Random("14:fresh:<dataset>")`` from the rest). Each cluster's
articles are written as JSON files (id, text, and title, source, date where the data has them) and
briefed with ``newsbrief brief FOLDER --format json --words 100`` (150 for Multi-News);
``--src DIR`` runs that copy of the library (PYTHONPATH=DIR). Writes, under benchmarks/reader/:

- ``briefs-L.jsonl``: one brief a line (dataset, cluster, content key, sentences, badges, references);
- ``pairs-L.jsonl``: the sampled pairs: 200 the brief counts as support and 100 near misses it does not;
- ``packets/L-briefs-K.md``, ``packets/L-pairs-K.md``: what a judge reads, only items whose key has no
  label yet in labels-briefs.jsonl / labels-pairs.jsonl; ``packets/keys/*.json`` maps numbers to keys.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from items import (  # noqa: E402  (items.py sits beside this script)
    BRIEF_LABELS, OUT, PAIR_LABELS, ROOT, SAMPLE, SAMPLES, SEED, brief_key, labelled_keys, pair_key, read_jsonl,
    sample_lines, write_jsonl,
)

COUNTED_PAIRS = 200
NEAR_MISSES = 100
BRIEFS_PER_PACKET = 13
PAIRS_PER_PACKET = 100
_TAC_HEADLINE = re.compile(r"^(\d{4})/(\d{2})/(\d{2}) +(\S.*)$")


def article_records(dataset: str, cluster) -> list[dict]:
    """The cluster's articles as the JSON objects ``newsbrief brief`` reads: TAC 2011's first line
    ("2005/01/08 Headline") becomes title and date; DUC ids give outlet and date."""
    records = []
    for article in cluster.articles:
        record = {"id": article.id, "text": article.text}
        if dataset.startswith("duc"):
            record["source"] = re.match(r"[A-Z_]*", article.id).group(0) or article.id
        if article.published:
            record["published"] = article.published.isoformat()
        if dataset == "tac2011":
            first, _, rest = article.text.partition("\n")
            match = _TAC_HEADLINE.match(first.strip())
            if match:
                record.update(title=match.group(4).strip(), text=rest.strip(),
                              published="-".join(match.group(1, 2, 3)))
        records.append(record)
    return records


def run_brief(python: str, src: Path, folder: Path, words: int) -> dict | None:
    """The CLI's JSON brief of one folder (exit status 0, or 1 when some article was skipped;
    None when no article has text left to brief, the CLI's "[E002] no article left"):
    the ``newsbrief`` command's entry point, ``newsbrief.cli:main``, imported from ``src``
    (the package has no ``__main__``, so ``python -m newsbrief`` is not available)."""
    command = [python, "-c", "import sys; from newsbrief.cli import main; sys.exit(main())", "brief", str(folder), "--format", "json", "--words", str(words)]
    done = subprocess.run(command, capture_output=True, text=True, cwd=folder,
                          env={**os.environ, "PYTHONPATH": str(src)})
    if done.returncode == 2 and "[E002] no article left to brief" in done.stderr:
        return None
    if done.returncode not in (0, 1):
        raise RuntimeError(f"{' '.join(command)} exited {done.returncode}: {done.stderr.strip()[-500:]}")
    return json.loads(done.stdout)


def brief_cluster(python: str, src: Path, dataset: str, cluster, words: int) -> tuple[dict | None, list[dict]]:
    """Brief one cluster; returns the item (None when nothing in it could be briefed) and the
    articles as written (text included)."""
    folder = Path(tempfile.mkdtemp(prefix="reader-items-"))
    try:
        records = article_records(dataset, cluster)
        for i, record in enumerate(records):
            (folder / f"{i:03d}.json").write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
        result = run_brief(python, src, folder, words)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    if result is None:
        return None, records
    sentences = [s.get("display", s["text"]) for s in result["summary"]]  # as a reader sees them: insertions in brackets
    item = {
        "dataset": dataset, "cluster": cluster.id, "key": brief_key(sentences), "sentences": sentences,
        "words": result["words"], "word_budget": result["word_budget"], "article_count": result["article_count"],
        "skipped": len(result.get("skipped", [])),
        "badges": [{"article_id": s["article_id"], "articles": s["articles"], "reported_by": s["reported_by"],
                    "support": [{"article_id": p["article_id"], "text": p["text"], "similarity": p.get("similarity")}
                                for p in s.get("support", [])]}
                   for s in result["summary"]],
        "references": list(cluster.summaries),
    }
    return item, records


def near_miss(item: dict, records: list[dict]) -> list[dict]:
    """For each summary sentence, the sentence of another article the brief did not count as
    reporting it that is most like it (tf-idf cosine over the cluster's sentences, English
    stopwords removed); sentences split by this tree's splitter after its furniture cleaning."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics.pairwise import cosine_similarity

    from newsbrief.clean import clean_article
    from newsbrief.model import Article
    from newsbrief.split.sentences import split_article

    candidates: list[tuple[str, str]] = []  # (article id, sentence)
    for i, record in enumerate(records):
        article, _ = clean_article(Article(id=record["id"], text=record["text"], title=record.get("title")))
        candidates += [(record["id"], s.text) for s in split_article(article, i)]
    if not candidates or not item["sentences"]:
        return []
    vectorizer = TfidfVectorizer(stop_words="english", sublinear_tf=True)
    matrix = vectorizer.fit_transform([text for _, text in candidates] + item["sentences"])
    similarity = cosine_similarity(matrix[len(candidates):], matrix[:len(candidates)])
    misses = []
    for k, (sentence, badge) in enumerate(zip(item["sentences"], item["badges"])):
        counted = set(badge["articles"])
        best = max((j for j, (article_id, _) in enumerate(candidates) if article_id not in counted),
                   key=lambda j: similarity[k, j], default=None)
        if best is not None and similarity[k, best] > 0:
            misses.append({"sentence": k, "article_id": candidates[best][0], "other": candidates[best][1],
                           "tfidf": round(float(similarity[k, best]), 4)})
    return misses


def allocate(total: int, available: dict[str, int] | None = None) -> dict[str, int]:
    """``total`` split over the datasets in proportion to their number of briefs (largest
    remainder); a dataset with fewer than its share (``available``) gives all it has and the
    rest is split the same way over the others."""
    weights = {name: count for name, _, count, _ in SAMPLE}
    available = available or {name: total for name in weights}
    shares = {name: 0 for name in weights}
    while (left := min(total, sum(available.values())) - sum(shares.values())) > 0:
        open_ = {name: weight for name, weight in weights.items() if shares[name] < available[name]}
        exact = {name: left * weight / sum(open_.values()) for name, weight in open_.items()}
        give = {name: int(value) for name, value in exact.items()}
        for name in sorted(exact, key=lambda n: exact[n] - give[n], reverse=True)[: left - sum(give.values())]:
            give[name] += 1
        for name, extra in give.items():
            shares[name] = min(available[name], shares[name] + extra)
    return shares


def sample_pairs(label: str, counted: list[dict], misses: list[dict]) -> list[dict]:
    """Stratified by dataset (in proportion to briefs, see ``allocate``): 200 counted pairs and
    100 near misses, each stratum drawn with ``random.Random(f"14:{label}:<kind>:<dataset>")``
    from its pairs in file order."""
    chosen = []
    for kind, pool, total in (("counted", counted, COUNTED_PAIRS), ("near-miss", misses, NEAR_MISSES)):
        strata = {name: [p for p in pool if p["dataset"] == name] for name, *_ in SAMPLE}
        for dataset, want in allocate(total, {name: len(stratum) for name, stratum in strata.items()}).items():
            stratum = strata[dataset]
            rng = random.Random(f"{SEED}:{label}:{kind}:{dataset}")
            picked = sorted(rng.sample(range(len(stratum)), want))
            chosen += [{**stratum[i], "population": len(stratum)} for i in picked]
    return chosen


def write_packets(label: str, briefs: list[dict], pairs: list[dict], replace: bool = False) -> list[Path]:
    """Judge packets of the items with no label yet; numbers map to keys in packets/keys/.
    A packet already out with a judge (some of its items unlabelled) is never silently renumbered:
    unless ``replace``, SystemExit says which packet would change."""
    packets = OUT / "packets"
    done_briefs, done_pairs = labelled_keys(BRIEF_LABELS), labelled_keys(PAIR_LABELS)
    todo_briefs, seen = [], set()
    for item in briefs:
        if item["key"] not in done_briefs and item["key"] not in seen and item["sentences"]:
            seen.add(item["key"])
            todo_briefs.append(item)
    todo_pairs, seen = [], set()
    for pair in pairs:
        if pair["key"] not in done_pairs and pair["key"] not in seen:
            seen.add(pair["key"])
            todo_pairs.append(pair)
    random.Random(f"{SEED}:{label}:packets").shuffle(todo_pairs)
    fresh: dict[str, tuple[str, str]] = {}
    for kind, todo, size, render in (("briefs", todo_briefs, BRIEFS_PER_PACKET, _brief_text),
                                     ("pairs", todo_pairs, PAIRS_PER_PACKET, _pair_text)):
        count = -(-len(todo) // size)
        for k in range(count):
            chunk = todo[k * len(todo) // count:(k + 1) * len(todo) // count]
            name = f"{label}-{kind}-{k + 1}"
            keys = {"packet": f"{name}.md", "kind": kind,
                    "items": [{"n": n, "key": x["key"], "sentences": len(x["sentences"]) if kind == "briefs" else None}
                              for n, x in enumerate(chunk, 1)]}
            fresh[name] = (_header(kind, len(chunk)) + "".join(render(n, x) for n, x in enumerate(chunk, 1)),
                           json.dumps(keys, indent=1) + "\n")
    old_packets = sorted(packets.glob(f"{label}-*.md"))
    if not replace:
        for old in old_packets:
            keys_path = packets / "keys" / f"{old.stem}.json"
            out = keys_path.is_file() and any(item["key"] not in done_briefs | done_pairs
                                              for item in json.loads(keys_path.read_text())["items"])
            if out and fresh.get(old.stem, ("",))[0] != old.read_text(encoding="utf-8"):
                raise SystemExit(f"make_items: {old} has items without labels and would be renumbered; add the "
                                 "judges' labels for it first (add_labels.py) and run again with --reuse-briefs, or pass --replace-packets")
    (packets / "keys").mkdir(parents=True, exist_ok=True)
    for old in old_packets + sorted((packets / "keys").glob(f"{label}-*.json")):
        old.unlink()
    for name, (text, keys) in fresh.items():
        (packets / f"{name}.md").write_text(text, encoding="utf-8")
        (packets / "keys" / f"{name}.json").write_text(keys, encoding="utf-8")
    return [packets / f"{name}.md" for name in fresh]


def _header(kind: str, count: int) -> str:
    if kind == "briefs":
        return (f"# Briefs to judge ({count})\n\nEach item is one brief, its sentences in reading order. "
                'Give one label per item; its "cluster" is the item number.\n\n')
    return (f"# Pairs to judge ({count})\n\nEach pair is a summary sentence and a sentence of another report. "
            'Give one label per pair; its "n" is the pair number.\n\n')


def _brief_text(n: int, item: dict) -> str:
    return f"## Item {n}\n\n" + "".join(f"{k}. {text}\n" for k, text in enumerate(item["sentences"], 1)) + "\n"


def _pair_text(n: int, pair: dict) -> str:
    return f"## Pair {n}\n\nSummary sentence: {pair['summary']}\n\nOther sentence: {pair['other']}\n\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--label", required=True, help="names the run: briefs-LABEL.jsonl, packets/LABEL-*.md")
    parser.add_argument("--src", type=Path, default=ROOT / "src", help="the newsbrief package folder to brief with")
    parser.add_argument("--sample", choices=SAMPLES, default="dev",
                        help="which 50 clusters: dev (every round's, tuned on), fresh, fresh2 ... fresh7 (see items.SAMPLES)")
    parser.add_argument("--jobs", type=int, default=2, choices=(1, 2), help="processes briefing at once (at most 2)")
    parser.add_argument("--reuse-briefs", action="store_true",
                        help="do not brief: take briefs-LABEL.jsonl as it is and draw the pairs and packets again")
    parser.add_argument("--replace-packets", action="store_true",
                        help="rewrite this label's packets even if a judge may be answering them")
    args = parser.parse_args()
    if not re.fullmatch(r"[A-Za-z0-9_.]+", args.label):
        parser.error("--label: letters, digits, '_' and '.' only")
    if not (args.src / "newsbrief" / "__init__.py").is_file():
        parser.error(f"--src {args.src}: no newsbrief package there")

    from newsbrief.ingest.datasets import BadLine, read_clusters

    jobs = []
    for dataset, path, count, words in SAMPLE:
        clusters = [c for c in read_clusters(path) if not isinstance(c, BadLine)]
        jobs += [(dataset, clusters[i], words) for i in sample_lines(dataset, len(clusters), count, args.sample)]
    if args.reuse_briefs:
        briefs = read_jsonl(OUT / f"briefs-{args.label}.jsonl")
        by_cluster = {cluster.id: (dataset, cluster) for dataset, cluster, _ in jobs}
        if any(item["cluster"] not in by_cluster for item in briefs):
            parser.error(f"--reuse-briefs: briefs-{args.label}.jsonl holds other clusters than the sample")
        done = [(item, article_records(*by_cluster[item["cluster"]])) for item in briefs]
    else:
        print(f"{args.label}: briefing {len(jobs)} clusters with {args.src}", flush=True)
        with ThreadPoolExecutor(args.jobs) as pool:
            done = list(pool.map(lambda job: brief_cluster(sys.executable, args.src.resolve(), *job), jobs))

    briefs, counted, misses = [], [], []
    for (dataset, cluster, _), (item, records) in zip(jobs, done) if not args.reuse_briefs else []:
        if item is None:
            print(f"  {dataset} {cluster.id}: no article has text left to brief (all page furniture); not an item")
    for item, records in done:
        if item is None:
            continue
        briefs.append(item)
        for k, (sentence, badge) in enumerate(zip(item["sentences"], item["badges"])):
            for support in badge["support"]:
                counted.append({"kind": "counted", "dataset": item["dataset"], "cluster": item["cluster"],
                                "sentence": k, "summary": sentence, "article_id": support["article_id"],
                                "other": support["text"], "similarity": support["similarity"],
                                "key": pair_key(sentence, support["text"])})
        for miss in near_miss(item, records):
            sentence = item["sentences"][miss["sentence"]]
            misses.append({"kind": "near-miss", "dataset": item["dataset"], "cluster": item["cluster"],
                           "sentence": miss["sentence"], "summary": sentence, "article_id": miss["article_id"],
                           "other": miss["other"], "similarity": None, "tfidf": miss["tfidf"],
                           "key": pair_key(sentence, miss["other"])})
        print(f"  {item['dataset']} {item['cluster']}: {len(item['sentences'])} sentences, "
              f"{sum(len(b['support']) for b in item['badges'])} support pairs", flush=True)
    pairs = sample_pairs(args.label, counted, misses)
    write_jsonl(OUT / f"briefs-{args.label}.jsonl", briefs)
    write_jsonl(OUT / f"pairs-{args.label}.jsonl", pairs)
    packets = write_packets(args.label, briefs, pairs, args.replace_packets)
    print(f"{len(briefs)} briefs, {sum(len(b['sentences']) for b in briefs)} sentences; "
          f"{len(counted)} counted pairs and {len(misses)} near misses, of which "
          f"{sum(p['kind'] == 'counted' for p in pairs)} and {sum(p['kind'] == 'near-miss' for p in pairs)} sampled")
    for path in packets:
        print(f"  {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
