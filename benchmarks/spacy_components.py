#!/usr/bin/env python3
"""spaCy's throughput here for each part of what the facts stage runs (issue 15):
the entity recogniser alone, tok2vec + tagger alone, all three, the tokenizer
alone, at several ``nlp.pipe`` batch sizes; and what handing a Doc from one
process to another costs (``Doc.to_bytes`` and ``from_bytes``, what spaCy's
``n_process`` does for every Doc) beside analysing it.

The sentences are those of the first N articles of the pooled DUC 2006 + 2007
cluster that ``scale.py`` uses. Figures are CPU seconds of this process
(``time.process_time``), one warm-up batch first, so load from other work
changes them less than wall time would.

    .venv/bin/python benchmarks/spacy_components.py [--articles 60] [--batch-sizes 64 256 1000] [--out FILE]
"""

from __future__ import annotations

import argparse
import time

from common import print_table, write_results
from scale import duc_pool

PARTS = {
    "ner alone": ("tok2vec", "tagger"),
    "tok2vec + tagger": ("ner",),
    "tok2vec + tagger + ner": (),
    "tokenizer alone": ("tok2vec", "tagger", "ner"),
}
"""Each measured part by the components disabled for it."""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=60)
    parser.add_argument("--batch-sizes", type=int, nargs="+", default=[64, 256, 1000])
    parser.add_argument("--out", default="spacy_components", help="results name or path")
    args = parser.parse_args()

    from spacy.tokens import Doc

    from newsbrief.config import Config
    from newsbrief.facts.nlp import load
    from newsbrief.ingest.datasets import Cluster, read_clusters
    from newsbrief.split import split_articles

    articles = [a for p in duc_pool() for c in read_clusters(p) if isinstance(c, Cluster) for a in c.articles]
    texts = [s.text for s in split_articles(articles[: args.articles]) if s.text.strip()]
    words = sum(len(t.split()) for t in texts)
    nlp = load(Config().facts.model)
    list(nlp.pipe(texts[:200]))
    rows = []
    for part, disabled in PARTS.items():
        for size in args.batch_sizes:
            started = time.process_time()
            for _ in nlp.pipe(texts, batch_size=size, disable=list(disabled)):
                pass
            cpu = time.process_time() - started
            rows.append({"part": part, "batch_size": size, "cpu_seconds": round(cpu, 2), "words_per_second": round(words / cpu)})
    docs = list(nlp.pipe(texts, batch_size=256))
    started = time.process_time()
    sent = [doc.to_bytes() for doc in docs]
    to_bytes = time.process_time() - started
    started = time.process_time()
    for data in sent:
        Doc(nlp.vocab).from_bytes(data)
    from_bytes = time.process_time() - started
    handover = {"to_bytes_cpu_seconds": round(to_bytes, 2), "from_bytes_cpu_seconds": round(from_bytes, 2),
                "megabytes": round(sum(map(len, sent)) / 1e6, 1)}
    print(f"{len(texts)} sentences, {words} words, pipeline {nlp.pipe_names}")
    print_table(("part", "batch size", "CPU s", "words/s"),
                [(r["part"], r["batch_size"], f"{r['cpu_seconds']:.2f}", r["words_per_second"]) for r in rows])
    print(f"Doc handed between processes: to_bytes {to_bytes:.2f} CPU s, from_bytes {from_bytes:.2f} CPU s, "
          f"{handover['megabytes']} MB (token vectors included)")
    write_results(args.out, {"articles": args.articles, "sentences": len(texts), "words": words,
                             "parts": rows, "doc_handover": handover})


if __name__ == "__main__":
    main()
