"""Cheap proxy for the reader-judged evaluation (../shared/READER_EVAL.md): brief DUC 2003
clusters (100 words) and Multi-News validation clusters (150 words) through the library,
then count the summary sentences the automatic detectors flag as fragments
(``newsbrief.summarize.fragments``) or as dangling (``newsbrief.split.openings.is_unresolved``), and
what the coherence constraint's detectors (``newsbrief.summarize.coherence``) find they lean on that
the brief does not show before them (a noun their article mentioned before: ``split.mentioned_before``),
and the writer's "I"/"we" (``split.reporters.first_person_subject``).

    .venv/bin/python benchmarks/reader_eval.py                        # this tree
    .venv/bin/python benchmarks/reader_eval.py --src /tmp/before/src --label before

``--src`` briefs with another copy of the library (in a subprocess with that PYTHONPATH);
the detectors are always this tree's, so before and after are judged alike.
Also counts what the two softened rules let through (long unterminated sentences,
third-person sentences inside a quotation). Writes benchmarks/reader/proxy-<label>.json (the briefs go to a temporary folder); prints tables.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from common import DUC2003, MULTINEWS_VALIDATION, ROOT, print_table, write_results

SETS = {"duc2003": (DUC2003, 100, None), "multinews-validation": (MULTINEWS_VALIDATION, 150, 200)}
OUT = ROOT / "benchmarks" / "reader"


def dump(path: Path, limit_duc: int | None, limit_multinews: int | None) -> None:
    """Brief every cluster with whichever ``newsbrief`` is importable; one JSON line per brief."""
    from newsbrief.config import Config
    from newsbrief.ingest.datasets import BadLine, read_clusters
    from newsbrief.pipeline import brief

    limits = {"duc2003": limit_duc, "multinews-validation": limit_multinews}
    with path.open("w", encoding="utf-8") as out:
        for name, (data, words, default_limit) in SETS.items():
            config = Config().with_words(words)
            for cluster in read_clusters(data, limits[name] or default_limit):
                if isinstance(cluster, BadLine):
                    continue
                result = brief(cluster.articles, config, with_facts=False)
                index = {article.id: i for i, article in enumerate(result.articles)}
                out.write(json.dumps({
                    "dataset": name, "cluster": cluster.id,
                    "articles": [{"id": a.id, "title": a.title, "text": a.text} for a in result.articles],
                    "summary": [{"article": index[item.sentence.article_id], "start": item.sentence.start,
                                 "end": item.sentence.end, "text": item.sentence.text} for item in result.summary],
                }, ensure_ascii=False) + "\n")


def judge(path: Path) -> dict[str, dict]:
    """Shares of summary sentences each detector flags, per dataset."""
    from newsbrief.model import Article, Sentence
    from newsbrief.split import split_article
    from newsbrief.split.continuations import continues_another
    from newsbrief.split.definites import introduced_before
    from newsbrief.split.mentioned_before import mentioned_in, mentions
    from newsbrief.split.openings import is_unresolved, leans_on_previous, opens_with_referring_pronoun, unattributed_quote
    from newsbrief.split.reporters import first_person_subject
    from newsbrief.summarize.fragments import DETECTORS, fragment_reason
    from newsbrief.summarize.fragments.headlines import is_unterminated
    from newsbrief.summarize.fragments.quotes import starts_inside_quotation

    figures: dict[str, dict] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        row = figures.setdefault(item["dataset"], {"briefs": 0, "sentences": 0, "fragment": 0, "dangling": 0,
                                                   "briefs with a fragment": 0, "reasons": Counter(), "examples": {},
                                                   "let through": Counter(), "leans": Counter()})
        articles = [Article(id=a["id"], text=a["text"], title=a["title"]) for a in item["articles"]]
        row["briefs"] += 1
        flagged = False
        split = {}
        introduced: set[str] = set()
        for k, s in enumerate(item["summary"]):
            article = articles[s["article"]]
            sentence = Sentence(article.id, s["article"], k, s["start"], s["end"], s["text"])
            assert article.text[sentence.start:sentence.end] == sentence.text
            row["sentences"] += 1
            reason = fragment_reason(sentence, article)
            if reason:
                flagged = True
                row["fragment"] += 1
                row["reasons"][reason] += 1
                row["examples"].setdefault(reason, s["text"][:200])
            elif is_unterminated(s["text"]):
                row["let through"]["long unterminated"] += 1  # the softened rules: see fragments/headlines.py
            elif starts_inside_quotation(article.text, sentence.start):
                row["let through"]["third person inside a quotation"] += 1  # see fragments/quotes.py
            row["dangling"] += is_unresolved(s["text"])
            if s["article"] not in split:
                split[s["article"]] = split_article(article, s["article"])
            before = [t for t in split[s["article"]] if t.end <= s["start"]]
            shown = item["summary"][:k]
            # a lean counts only when the brief does not show what the sentence leans on before it
            unmet = not (before and any(o["article"] == s["article"] and o["start"] == before[-1].start for o in shown))
            named = not any(introduced_before(s["text"], o["text"]) for o in shown)
            said_before = set().union(*(mentions(t.text) for t in before))
            unintroduced = any(noun not in introduced for noun in mentioned_in(s["text"], said_before))
            introduced |= mentions(s["text"])
            for name, hit in (("opening connective", leans_on_previous(s["text"]) and unmet),
                              ("also", continues_another(s["text"]) and unmet),
                              ("definite phrase introduced before",
                               introduced_before(s["text"], before[-1].text if before else None) and named),
                              ("quotation without a speaker", unattributed_quote(s["text"]) and unmet),
                              ("noun mentioned before, not in the brief", unintroduced),
                              ("it/they opening", opens_with_referring_pronoun(s["text"]) and unmet),
                              ("I/we subject", first_person_subject(s["text"]))):
                row["leans"][name] += hit
        row["briefs with a fragment"] += flagged
    for row in figures.values():
        row["reasons"] = {reason: row["reasons"].get(reason, 0) for reason in DETECTORS}
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--src", help="brief with the newsbrief package under this folder (default: this tree)")
    parser.add_argument("--label", default="after")
    parser.add_argument("--duc-limit", type=int)
    parser.add_argument("--multinews-limit", type=int)
    parser.add_argument("--dump", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.dump:
        dump(args.dump, args.duc_limit, args.multinews_limit)
        return
    briefs = Path(tempfile.mkdtemp(prefix="reader_eval-")) / f"briefs-{args.label}.jsonl"
    src = Path(args.src).resolve() if args.src else ROOT / "src"
    command = [sys.executable, __file__, "--dump", str(briefs)]
    command += ["--duc-limit", str(args.duc_limit)] if args.duc_limit else []
    command += ["--multinews-limit", str(args.multinews_limit)] if args.multinews_limit else []
    started = time.perf_counter()
    subprocess.run(command, check=True, env={**os.environ, "PYTHONPATH": str(src)})
    seconds = time.perf_counter() - started
    sys.path.insert(0, str(ROOT / "src"))
    figures = judge(briefs)
    from newsbrief.summarize.fragments import DETECTORS

    print(f"\n{args.label}: briefed with {src} in {seconds:.1f} s; detectors of {ROOT / 'src'}")
    print_table(("set", "briefs", "sentences", "fragment %", "dangling %", "briefs with a fragment %"),
                [(name, r["briefs"], r["sentences"], f"{100 * r['fragment'] / max(r['sentences'], 1):.1f}",
                  f"{100 * r['dangling'] / max(r['sentences'], 1):.1f}",
                  f"{100 * r['briefs with a fragment'] / max(r['briefs'], 1):.0f}") for name, r in figures.items()])
    print_table(("set", *DETECTORS), [(name, *r["reasons"].values()) for name, r in figures.items()])
    leans = ("opening connective", "also", "definite phrase introduced before", "quotation without a speaker",
             "noun mentioned before, not in the brief", "it/they opening", "I/we subject")
    print_table(("set (sentences leaning on what the brief does not show before them)", *leans),
                [(name, *(r["leans"].get(k, 0) for k in leans)) for name, r in figures.items()])
    softened = ("long unterminated", "third person inside a quotation")
    print_table(("set (let through by the softened rules)", *softened),
                [(name, *(r["let through"].get(k, 0) for k in softened)) for name, r in figures.items()])
    write_results(OUT / f"proxy-{args.label}.json", {"label": args.label, "src": str(src), "seconds": round(seconds, 1),
                                                    "sets": figures})
    shutil.rmtree(briefs.parent, ignore_errors=True)


if __name__ == "__main__":
    main()
