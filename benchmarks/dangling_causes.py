"""What the summary sentences of briefs made with facts on (so with the edit stage's
insertions) still lean on that the brief does not give them, counted by cause (issue 14's
dangling references): the first DUC 2003 clusters (100 words) and the first Multi-News
validation clusters (150 words), briefed through the library.

    .venv/bin/python benchmarks/dangling_causes.py                       # this tree
    .venv/bin/python benchmarks/dangling_causes.py --src /tmp/before/src --label before

``--src`` briefs with another copy of the library (in a subprocess with that PYTHONPATH);
the detectors are always this tree's, so both runs are judged alike. Causes, each a
sentence as the reader sees it:

- a quotation without a speaker: it opens a quotation, names no speaker and has no
  speaker's insertion, and the sentence before it in its article is not shown before it;
- a surname alone: a person the recogniser found, written by one word (after any title;
  not a group's word such as "Serbs"), whom no earlier sentence of the brief names in full
  and who gets no first name inserted;
- an opening connective or "also" without the sentence before it in its article;
- "It"/"They" standing for something, opening the sentence, without that sentence;
- a definite phrase whose noun its article mentioned before and the brief does not
  (``split.mentioned_before``);
- a first name inserted before a word the cluster writes in the plural, a group's word
  ("Democratic and [Log Cabin] Republican lawmakers": ``edit.full_names.group_words``).

Writes benchmarks/results/dangling-causes-<label>.json; prints a table.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from common import DUC2003, MULTINEWS_VALIDATION, ROOT, RESULTS, print_table, write_results

SETS = {"duc2003": (DUC2003, 100), "multinews-validation": (MULTINEWS_VALIDATION, 150)}
CAUSES = ("quotation without a speaker", "surname alone", "connective or also", "it/they opening",
          "definite phrase not in the brief", "first name before a group's word")


def dump(path: Path, limits: dict[str, int]) -> None:
    """Brief every cluster with facts on, with whichever ``newsbrief`` is importable; one JSON line per brief."""
    from newsbrief.config import Config
    from newsbrief.ingest.datasets import BadLine, read_clusters
    from newsbrief.pipeline import brief

    with path.open("w", encoding="utf-8") as out:
        for name, (data, words) in SETS.items():
            for cluster in read_clusters(data, limits[name]):
                if isinstance(cluster, BadLine):
                    continue
                result = brief(cluster.articles, Config().with_words(words), with_facts=True)
                index = {article.id: i for i, article in enumerate(result.articles)}
                people = [{"name": e.name, "mentions": [[index[m.article_id], m.start, m.end] for m in e.mentions
                                                        if m.article_id in index]}
                          for e in (result.facts.entities if result.facts else ()) if e.type == "PERSON"]
                out.write(json.dumps({
                    "dataset": name, "cluster": cluster.id, "people": people,
                    "articles": [{"id": a.id, "title": a.title, "text": a.text} for a in result.articles],
                    "summary": [{"article": index[item.sentence.article_id], "start": item.sentence.start,
                                 "end": item.sentence.end, "text": item.sentence.text,
                                 "insertions": [[i.offset, i.text, i.reason] for i in item.insertions]}
                                for item in result.summary],
                }, ensure_ascii=False) + "\n")


def causes_of(item: dict) -> list[list[str]]:
    """For each summary sentence of one brief, the causes it leans on (``CAUSES``)."""
    from newsbrief.edit.first_mentions import TITLES
    from newsbrief.edit.full_names import group_words, is_group_word
    from newsbrief.model import Article
    from newsbrief.split import split_article
    from newsbrief.split.continuations import continues_another
    from newsbrief.split.mentioned_before import mentioned_in, mentions
    from newsbrief.split.openings import leans_on_previous, opens_with_referring_pronoun, unattributed_quote

    articles = [Article(id=a["id"], text=a["text"], title=a["title"]) for a in item["articles"]]
    groups = group_words(a.text for a in articles)
    split: dict[int, list] = {}
    introduced: set[str] = set()
    shown_text = ""
    found = []
    for k, s in enumerate(item["summary"]):
        a, text, inserted = s["article"], s["text"], s["insertions"]
        if a not in split:
            split[a] = split_article(articles[a], a)
        before = [t for t in split[a] if t.end <= s["start"]]
        shown = item["summary"][:k]
        unmet = not (before and any(o["article"] == a and o["start"] == before[-1].start for o in shown))
        said_before = set().union(*(mentions(t.text) for t in before))
        causes = []
        if unattributed_quote(text) and unmet and not any(r == "speaker" for _, _, r in inserted):
            causes.append("quotation without a speaker")
        if _surname_alone(item["people"], s, shown_text, TITLES, groups):
            causes.append("surname alone")
        if (leans_on_previous(text) or continues_another(text)) and unmet:
            causes.append("connective or also")
        if opens_with_referring_pronoun(text) and unmet:
            causes.append("it/they opening")
        if any(noun not in introduced for noun in mentioned_in(text, said_before)):
            causes.append("definite phrase not in the brief")
        if any(r == "first mention" and text[offset:].split()[:1]
               and is_group_word(text[offset:].split()[0].strip(",.;:'’\""), groups) for offset, _, r in inserted):
            causes.append("first name before a group's word")
        introduced |= mentions(text)
        shown_text += " " + text + " " + " ".join(t for _, t, _ in inserted)
        found.append(causes)
    return found


def _surname_alone(people: list[dict], s: dict, shown_text: str, titles: frozenset[str],
                   groups: frozenset[str]) -> bool:
    """Whether the sentence writes a person by the surname alone (after titles: the first or last
    word of the full name) that no full name shown before in the brief, or in this sentence,
    ends or starts with, with no first name inserted before it (particles apart) or after it."""
    from newsbrief.edit.full_names import PARTICLES, is_group_word, looks_like_a_persons_name

    firsts = [offset for offset, _, reason in s["insertions"] if reason == "first mention"]
    seen = (shown_text + " " + s["text"]).lower()
    shown_names = [p["name"].lower().split() for p in people if p["name"].lower() in seen]
    for person in people:
        full = person["name"].lower().split()
        if not looks_like_a_persons_name(person["name"].title() if person["name"].islower() else person["name"]):
            continue
        for article, start, end in person["mentions"]:
            if article != s["article"] or start < s["start"] or end > s["end"]:
                continue
            start, end = start - s["start"], end - s["start"]
            words = [w.lower() for w in s["text"][start:end].split() if w.lower().strip(".") not in titles]
            if len(words) != 1 or words[0] not in (full[0], full[-1]) or is_group_word(words[0], groups):
                continue
            if any(words[0] in (name[0], name[-1]) for name in shown_names):
                continue
            if not any(f == end or (f <= start and all(w in PARTICLES for w in s["text"][f:start].lower().split()))
                       for f in firsts):
                return True
    return False


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--src", help="brief with the newsbrief package under this folder (default: this tree)")
    parser.add_argument("--label", default="after")
    parser.add_argument("--duc-limit", type=int, default=30)
    parser.add_argument("--multinews-limit", type=int, default=100)
    parser.add_argument("--dump", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    limits = {"duc2003": args.duc_limit, "multinews-validation": args.multinews_limit}
    if args.dump:
        dump(args.dump, limits)
        return
    briefs = Path(tempfile.mkdtemp(prefix="dangling-causes-")) / "briefs.jsonl"
    src = Path(args.src).resolve() if args.src else ROOT / "src"
    command = [sys.executable, __file__, "--dump", str(briefs), "--duc-limit", str(args.duc_limit),
               "--multinews-limit", str(args.multinews_limit)]
    subprocess.run(command, check=True, env={**os.environ, "PYTHONPATH": str(src)})
    sys.path.insert(0, str(ROOT / "src"))
    figures: dict[str, dict] = {}
    examples: dict[str, dict[str, list[str]]] = {}
    for line in briefs.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        row = figures.setdefault(item["dataset"], {"briefs": 0, "sentences": 0, "with a cause": 0, **{c: 0 for c in CAUSES}})
        row["briefs"] += 1
        for s, causes in zip(item["summary"], causes_of(item)):
            row["sentences"] += 1
            row["with a cause"] += bool(causes)
            for cause in causes:
                row[cause] += 1
                examples.setdefault(item["dataset"], {}).setdefault(cause, []).append(s["text"][:160])
    print(f"\n{args.label}: briefed with {src}; detectors of {ROOT / 'src'}")
    print_table(("set", "briefs", "sentences", "with a cause", *CAUSES),
                [(name, *(r[k] for k in ("briefs", "sentences", "with a cause", *CAUSES))) for name, r in figures.items()])
    write_results(RESULTS / f"dangling-causes-{args.label}.json",
                  {"label": args.label, "src": str(src), "limits": limits, "sets": figures,
                   "examples": {name: {c: found[:5] for c, found in by.items()} for name, by in examples.items()}})
    shutil.rmtree(briefs.parent, ignore_errors=True)


if __name__ == "__main__":
    main()
