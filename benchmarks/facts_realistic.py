"""Score disagreements, furniture and name merging on the realistic clusters of
benchmarks/realistic/ (hand-written news pages, answer keys in benchmarks/realistic/keys/).

Every cluster is briefed with the default settings, as ``newsbrief brief DIR --format json``
would (in this process through the same functions the CLI calls, so the spaCy model loads
once; ``--cli`` runs the command itself for each cluster), and its JSON is scored:

- **recall**: a planted disagreement is *found* when one reported disagreement that is raised
  as a contradiction (not labelled benign: bound, rounding, update...) has, for every planted
  side, a different value that matches the side's value (``side_matches``: numbers, money,
  clock times and dates compared as values, hedges such as "at least" dropped, names and words
  compared case- and accent-blind, one side's words within the other's). ``found_any`` also
  counts a match that the brief labels benign.
- **strict recall**: found, and for every planted side the matched reported value cites every
  article the key lists for that side and none of the articles the key lists for another side
  (extra articles the key does not name on any side are allowed).
- **false alarms** per cluster: reported disagreements raised as contradictions, other than
  name-spelling entries, that match no planted disagreement; those that match a planted false
  friend (an update, a consistent hedge, rounding, a unit conversion, another person's age)
  are counted apart from those that match nothing planted. Spelling entries that match no
  planted disagreement are counted on their own line.
- **furniture leaks**: items of any section (summary sentences, entities, facts,
  disagreements, timeline, quotes, and any new section) any of whose strings contains one of
  the cluster's furniture strings (photo credits, captions, bylines, related links, media
  contacts) or the outlets' shared ones (cookie banners, newsletter sign-ups, footers).
- **alias recall**: for each group of names that must be one entity, the share of its other
  names found in the same entity as its first name (an entity's name, variants and mentions).

The matching of one planted disagreement against one reported one is ``match_disagreement``;
what counts as a reported disagreement is ``reported_disagreements``.

    .venv/bin/python benchmarks/facts_realistic.py [--cli] [--rev HEAD] [--cluster ID ...] [--set check]

Prints the tables and writes benchmarks/results/facts_realistic.json. ``--set check`` scores the
check set of benchmarks/realistic-check/ instead (same layout and key format, kept for
measurement only: nobody tunes on it) and writes benchmarks/results/facts_realistic-check.json.
"""

from __future__ import annotations

import argparse
import atexit
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

BENCH = Path(__file__).resolve().parent
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))

from common import ROOT, print_table, write_results  # noqa: E402

REALISTIC = BENCH / "realistic"
CLUSTERS = REALISTIC / "clusters"
KEYS = REALISTIC / "keys"
COMMON_FURNITURE = KEYS / "_common.json"
SETS = {"realistic": REALISTIC, "tune2": BENCH / "realistic-tune2", "check": BENCH / "realistic-check",
        "check2": BENCH / "realistic-check2", "check3": BENCH / "realistic-check3", "check4": BENCH / "realistic-check4"}
"""The sets of clusters, by ``--set`` name: the two tuned on (realistic, tune2), the check sets
already spent (check, check2), and the fresh ones (check3, check4), for measurement only."""
RESULT_NAMES = {name: "facts_realistic" if name == "realistic" else f"facts_realistic-{name}" for name in SETS}

KINDS = ("age", "name spelling", "dead", "count", "time", "date", "money", "role", "place", "agent")
"""The kinds of planted disagreement, as the issue names them (agent: who did it)."""
BENIGN_KINDS = frozenset({"bound", "rounding", "update", "unit", "conversion", "hedge", "benign"})
"""Disagreement kinds a brief labels as probably not a contradiction (when it gives no ``benign`` flag)."""
NOT_SECTIONS = frozenset({"schema_version", "summary_text", "words", "word_budget", "articles",
                          "article_count", "skipped", "warnings", "facts_warnings"})
"""Top-level keys of the JSON brief that are not findings (furniture is not looked for there)."""


# ---------------------------------------------------------------- article text

class _BodyText(HTMLParser):
    """The paragraphs of a page's story (its ``<article>``, or the ``story-text`` block of the
    messier pages), without figures, asides, galleries, byline, standfirst, live-blog time
    stamps, sign-up boxes, media contacts and tags: the text the key's word counts are about."""

    SKIP_TAGS = {"figure", "aside", "script", "style", "nav", "form"}
    SKIP_CLASSES = {"byline", "standfirst", "timestamp", "media-contact", "tags", "share-tools",
                    "story-meta", "share-row", "pic", "signup-box", "story-cta", "slideshow", "story-contact", "more-stories"}
    CONTAINER_CLASSES = {"story-text"}
    VOID = {"img", "br", "hr", "meta", "link", "input"}

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[tuple[bool, bool]] = []
        self.in_story = 0
        self.paragraphs: list[str] = []
        self.current: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.VOID:
            return
        classes = set((dict(attrs).get("class") or "").split())
        skipping = (bool(self.stack) and self.stack[-1][0]) or tag in self.SKIP_TAGS or bool(classes & self.SKIP_CLASSES)
        container = tag == "article" or bool(classes & self.CONTAINER_CLASSES)
        self.stack.append((skipping, container))
        self.in_story += container
        if tag == "p" and self.in_story and not skipping:
            self.current = []

    def handle_endtag(self, tag: str) -> None:
        if tag in self.VOID or not self.stack:
            return
        _, container = self.stack.pop()
        self.in_story -= container
        if tag == "p" and self.current is not None:
            self.paragraphs.append("".join(self.current).strip())
            self.current = None

    def handle_data(self, data: str) -> None:
        if self.current is not None:
            self.current.append(data)


def article_text(path: Path) -> str:
    """The article's own text: a JSON record's ``text``, a text file's content, a page's body paragraphs."""
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".json":
        return json.loads(raw)["text"]
    if path.suffix in {".html", ".htm"}:
        parser = _BodyText()
        parser.feed(raw)
        return "\n\n".join(parser.paragraphs)
    return raw


def word_count(text: str) -> int:
    return len(text.split())


# ---------------------------------------------------------------- values

def fold(text: str) -> str:
    """Case-, accent- and quote-blind form of a string, spaces collapsed."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return " ".join(text.casefold().split())


_NUMBER_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty".split())}
_NUMBER_WORDS.update({"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
                      "ninety": 90, "hundred": 100, "dozen": 12, "a dozen": 12})
_MULTIPLIERS = {"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "bn": 1e9, "billion": 1e9}
_CURRENCIES = {"$": "USD", "us$": "USD", "dollar": "USD", "dollars": "USD", "usd": "USD",
               "£": "GBP", "pound": "GBP", "pounds": "GBP", "gbp": "GBP",
               "€": "EUR", "euro": "EUR", "euros": "EUR", "eur": "EUR"}
_MONTHS = {m: i for i, m in enumerate(
    "jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}
_HEDGES = re.compile(r"\b(at least|at most|more than|less than|fewer than|no fewer than|nearly|almost|about|around|"
                     r"some|roughly|approximately|close to|up to|over|just over|just under|an estimated|estimated)\b")

_TIME = re.compile(r"\b(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?\s?m\b\.?|\b([01]?\d|2[0-3])[:.](\d{2})\b"
                   r"|\b([01]\d|2[0-3])([0-5]\d)\s*(?:gmt|utc|bst|cet|hrs|local)\b")
_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"
                   r"|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b"
                   r"|\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b")
_AMOUNT = re.compile(r"(us\$|[$£€]|\b(?:usd|gbp|eur)\b)?\s?(\d+(?:,\d{3})*(?:\.\d+)?)(?:\s?(thousand|million|billion|bn|mn|m|k)\b)?"
                     r"(?:\s(dollars|dollar|pounds|pound|euros|euro|usd|gbp|eur)\b)?")
_WORD_AMOUNT = re.compile(r"\b(a dozen|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")\b"
                          r"(?:\s(thousand|million|billion))?")


@dataclass(frozen=True)
class Value:
    """One value read from a string: ``kind`` is time, date, amount or text."""

    kind: str
    amount: float = 0.0
    currency: str = ""
    key: str = ""


def _times(text: str) -> list[tuple[Value, tuple[int, int]]]:
    found = []
    for m in _TIME.finditer(text):
        if m.group(3):
            hour, minute = int(m.group(1)) % 12 + (12 if m.group(3) == "p" else 0), int(m.group(2) or 0)
        elif m.group(4):
            hour, minute = int(m.group(4)), int(m.group(5))
        else:
            hour, minute = int(m.group(6)), int(m.group(7))
        found.append((Value("time", key=f"{hour:02d}:{minute:02d}"), m.span()))
    return found


def _dates(text: str) -> list[tuple[Value, tuple[int, int]]]:
    found = []
    for m in _DATE.finditer(text):
        if m.group(1):
            month, day = int(m.group(2)), int(m.group(3))
        elif m.group(4):
            month, day = _MONTHS[m.group(4)], int(m.group(5))
        else:
            month, day = _MONTHS[m.group(7)], int(m.group(6))
        if 1 <= day <= 31:
            found.append((Value("date", key=f"{month:02d}-{day:02d}"), m.span()))
    return found


def _amounts(text: str) -> list[Value]:
    found = []
    for m in _AMOUNT.finditer(text):
        amount = float(m.group(2).replace(",", "")) * _MULTIPLIERS.get(m.group(3) or "", 1.0)
        currency = _CURRENCIES.get((m.group(1) or m.group(4) or "").strip(), "")
        found.append(Value("amount", amount=amount, currency=currency))
    for m in _WORD_AMOUNT.finditer(text):
        found.append(Value("amount", amount=_NUMBER_WORDS[m.group(1)] * _MULTIPLIERS.get(m.group(2) or "", 1.0)))
    return found


def values_in(text: str) -> list[Value]:
    """Every time, date and amount written in ``text`` (times and dates are not also amounts)."""
    folded = fold(text)
    spans = [(v, s) for v, s in _times(folded) + _dates(folded)]
    rest = folded
    for _, (start, end) in sorted(spans, key=lambda item: -item[1][0]):
        rest = rest[:start] + " " + rest[end:]
    return [v for v, _ in spans] + _amounts(rest)


def canon(text: str) -> Value:
    """The one value a key's or a brief's value string stands for: its first time, else its
    first date, else its amount (currency kept), else its words without hedges, possessives and articles."""
    found = values_in(text)
    for kind in ("time", "date", "amount"):
        of_kind = [v for v in found if v.kind == kind]
        if of_kind:
            return of_kind[0]
    words = _HEDGES.sub(" ", fold(text))
    words = re.sub(r"'s\b|\b(?:a|an|the)\b", " ", words)  # "a chemical store" is the key's "chemical store at the back"
    return Value("text", key=" ".join(re.findall(r"[^\W_]+", words)))


def same_value(a: Value, b: Value) -> bool:
    """Two values are the same: equal times or dates, equal amounts (in the same currency when
    both name one), or words of which one's are all among the other's."""
    if a.kind != b.kind:
        return False
    if a.kind == "amount":
        if a.currency and b.currency and a.currency != b.currency:
            return False
        return abs(a.amount - b.amount) <= 1e-9 * max(abs(a.amount), abs(b.amount), 1.0)
    if a.kind in ("time", "date"):
        return a.key == b.key
    left, right = set(a.key.split()), set(b.key.split())
    return bool(left and right) and (left <= right or right <= left)


def mentions(text: str, value: str) -> bool:
    """``text`` states ``value``: the same time, date or amount is written in it, or the words are."""
    wanted = canon(value)
    if wanted.kind == "text":
        return fold(value) in fold(text)
    return any(same_value(wanted, found) for found in values_in(text))


# ---------------------------------------------------------------- the key

def load_key(cluster: str, folder: Path = REALISTIC) -> dict:
    """The answer key of one cluster of the set in ``folder``."""
    return json.loads((folder / "keys" / f"{cluster}.json").read_text(encoding="utf-8"))


def common_furniture(folder: Path = REALISTIC) -> list[str]:
    return json.loads((folder / "keys" / "_common.json").read_text(encoding="utf-8"))["furniture"]


def cluster_ids(folder: Path = REALISTIC) -> list[str]:
    return sorted(p.stem for p in (folder / "keys").glob("*.json") if not p.stem.startswith("_"))


# ---------------------------------------------------------------- the brief's disagreements

def sections(brief: dict) -> list[tuple[str, list]]:
    """The brief's findings as ``(name, items)``: every top-level list that is not about the
    input, and every list one level inside a top-level object (``facts.disagreements``)."""
    found = []
    for name, value in brief.items():
        if name in NOT_SECTIONS:
            continue
        if isinstance(value, list):
            found.append((name, value))
        elif isinstance(value, dict):
            found += [(f"{name}.{inner}", items) for inner, items in value.items() if isinstance(items, list)]
    return found


def _reported_value(value: object) -> dict | None:
    if isinstance(value, str):
        return {"value": value, "articles": []}
    if isinstance(value, dict):
        text = next((value[k] for k in ("value", "spelling", "name", "text") if isinstance(value.get(k), (str, int, float))), None)
        if text is not None:
            return {"value": str(text), "articles": list(value.get("articles") or [])}
    return None


def reported_disagreements(brief: dict) -> list[dict]:
    """Every disagreement-like item of the brief, whatever section holds it: an object with a
    ``values`` list of two or more objects carrying ``value`` or, in a section about spellings
    or variants, a ``values``, ``variants`` or ``spellings`` list (of strings or objects). Each
    comes back as ``{section, kind, benign, spelling, subject, attribute, values: [{value,
    articles}]}`` with article ids turned into file names."""
    names = {a["id"]: Path(a.get("path") or a["id"]).name for a in brief.get("articles", [])}
    found = []
    for section, items in sections(brief):
        about_spelling = "spelling" in section.lower() or "variant" in section.lower()
        for item in items:
            if not isinstance(item, dict):
                continue
            raw = item.get("values")
            if raw is None and about_spelling:
                raw = item.get("variants") or item.get("spellings")
            if not isinstance(raw, list) or len(raw) < 2:
                continue
            if not about_spelling and not all(isinstance(v, dict) and "value" in v for v in raw):
                continue
            values = [v for v in map(_reported_value, raw) if v is not None]
            if len(values) < 2:
                continue
            kind = str(item.get("kind", ""))
            label = f"{section} {kind} {item.get('attribute', '')}".lower()
            benign = item.get("benign")
            found.append({
                "section": section,
                "kind": kind,
                "benign": bool(benign) if benign is not None else kind in BENIGN_KINDS,
                "spelling": "spelling" in label or "variant" in label,
                "subject": item.get("subject_name") or item.get("subject") or item.get("name"),
                "attribute": item.get("attribute_label") or item.get("attribute") or item.get("question"),
                "values": [{"value": v["value"], "articles": sorted({names.get(a, a) for a in v["articles"]})} for v in values],
            })
    return found


def side_matches(side: dict, reported_value: str) -> bool:
    """A reported value is the planted side's value (or one of its ``accept`` forms)."""
    got = canon(reported_value)
    return any(same_value(canon(form), got) for form in [side["value"], *side.get("accept", [])])


def match_disagreement(sides: list[dict], reported: dict) -> dict | None:
    """Match planted sides against one reported disagreement: each side to a different reported
    value. Returns ``{"strict": bool, "pairs": [(side value, reported value)]}`` or None."""
    values = reported["values"]
    planted_articles = [set(s.get("articles", [])) for s in sides]

    def assign(i: int, used: frozenset) -> list[int] | None:
        if i == len(sides):
            return []
        for j, value in enumerate(values):
            if j not in used and side_matches(sides[i], value["value"]):
                rest = assign(i + 1, used | {j})
                if rest is not None:
                    return [j, *rest]
        return None

    chosen = assign(0, frozenset())
    if chosen is None:
        return None
    strict = True
    for i, j in enumerate(chosen):
        cited = set(values[j]["articles"])
        others = set().union(*(planted_articles[k] for k in range(len(sides)) if k != i))
        if not planted_articles[i] <= cited or cited & (others - planted_articles[i]):
            strict = False
    return {"strict": strict, "pairs": [(sides[i]["value"], values[j]["value"]) for i, j in enumerate(chosen)]}


# ---------------------------------------------------------------- furniture and aliases

def _strings(node: object) -> list[str]:
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):
        return [s for v in node.values() for s in _strings(v)]
    if isinstance(node, list):
        return [s for v in node for s in _strings(v)]
    return []


def furniture_leaks(brief: dict, furniture: list[str]) -> list[dict]:
    """One row per item of a section holding a furniture string: ``{section, furniture, text}``."""
    marks = [(f, fold(f)) for f in furniture]
    leaks = []
    for section, items in sections(brief):
        for item in items:
            text = " | ".join(fold(s) for s in _strings(item))
            hits = [f for f, folded in marks if folded in text]
            if hits:
                shown = item.get("name") or item.get("text") or item.get("subject_name") if isinstance(item, dict) else item
                leaks.append({"section": section, "furniture": hits, "item": str(shown)[:160]})
    return leaks


def name_key(name: str) -> str:
    """A name compared case-blind but letter for letter (accents kept: "Radovanović" is a
    spelling of its own, to be merged), possessive dropped."""
    name = " ".join(name.replace("\u2019", "'").casefold().split())
    return re.sub(r"'s$", "", name)


def _entity_names(entity: dict) -> set[str]:
    names = {entity.get("name") or ""} | set(entity.get("variants") or []) | set(entity.get("aliases") or [])
    names |= {m.get("text", "") for m in entity.get("mentions") or [] if isinstance(m, dict)}
    return {name_key(n) for n in names if n}


def alias_merges(brief: dict, groups: list[list[str]]) -> list[dict]:
    """For each group, which of its other names share an entity with its first name."""
    entities = [_entity_names(e) for e in brief.get("entities") or [] if isinstance(e, dict)]
    rows = []
    for first, *others in groups:
        holding = [names for names in entities if name_key(first) in names]
        merged = [o for o in others if any(name_key(o) in names for names in holding)]
        rows.append({"group": [first, *others], "merged": merged, "missed": [o for o in others if o not in merged]})
    return rows


# ---------------------------------------------------------------- one cluster

def score_cluster(brief: dict, key: dict, furniture: list[str]) -> dict:
    reported = reported_disagreements(brief)
    raised = [r for r in reported if not r["benign"]]
    planted = []
    used = set()
    for d in key["disagreements"]:
        hits = [(i, m) for i, r in enumerate(reported) if (m := match_disagreement(d["sides"], r))]
        raised_hits = [(i, m) for i, m in hits if not reported[i]["benign"]]
        used |= {i for i, _ in hits}
        planted.append({
            "kind": d["kind"], "subject": d["subject"], "attribute": d["attribute"],
            "values": [s["value"] for s in d["sides"]],
            "found": bool(raised_hits),
            "strict": any(m["strict"] for _, m in raised_hits),
            "found_any": bool(hits),
            "labelled": sorted({reported[i]["kind"] for i, _ in hits}),
        })
    friend_alarms, unmatched, spelling_alarms = [], [], []
    for i, r in enumerate(reported):
        if i in used or r["benign"]:
            continue
        shown = {"subject": r["subject"], "attribute": r["attribute"], "kind": r["kind"],
                 "values": [v["value"] for v in r["values"]]}
        friend = next((f for f in key["false_friends"] if match_disagreement(f["values"], r)), None)
        if r["spelling"]:
            spelling_alarms.append(shown)
        elif friend:
            friend_alarms.append({**shown, "false_friend": friend["kind"]})
        else:
            unmatched.append(shown)
    friends_labelled = [f["kind"] for f in key["false_friends"]
                        if any(r["benign"] and match_disagreement(f["values"], r) for r in reported)]
    return {
        "planted": planted,
        "reported": len(reported), "raised": len(raised),
        "false_friend_alarms": friend_alarms, "unmatched_alarms": unmatched, "spelling_alarms": spelling_alarms,
        "false_friends_labelled_benign": friends_labelled,
        "leaks": furniture_leaks(brief, key["furniture"] + furniture),
        "aliases": alias_merges(brief, key["aliases"]),
    }


# ---------------------------------------------------------------- running

class InProcess:
    """Brief a folder through the functions ``newsbrief brief DIR --format json`` calls."""

    def __init__(self) -> None:
        from newsbrief import Config
        from newsbrief.ingest import load_paths
        from newsbrief.pipeline import brief
        from newsbrief.render import RENDERERS

        self.config, self.load, self.brief, self.render = Config(), load_paths, brief, RENDERERS["json"]

    def __call__(self, folder: Path) -> dict:
        loaded = self.load([str(folder)])
        result = self.brief(loaded.articles, self.config, loaded.skipped, loaded.warnings)
        return json.loads(self.render(result))


def run_cli(folder: Path) -> dict:
    """``newsbrief brief DIR --format json``, the command a user runs."""
    done = subprocess.run([str(ROOT / ".venv" / "bin" / "newsbrief"), "brief", str(folder), "--format", "json"],
                          capture_output=True, text=True, check=False)
    if done.returncode not in (0, 1):
        raise RuntimeError(f"newsbrief failed on {folder} ({done.returncode}): {done.stderr.strip()[-500:]}")
    return json.loads(done.stdout)


def use_revision(rev: str) -> Path:
    """Make ``import newsbrief`` (here and in ``--cli`` subprocesses) load ``src/`` as it is at
    ``rev``, extracted to a temporary folder, instead of the working tree."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev, "src"], capture_output=True, check=False)
    if archive.returncode != 0:
        raise ValueError(f"cannot read src/ at {rev}: {archive.stderr.decode(errors='replace').strip()}")
    folder = Path(tempfile.mkdtemp(prefix="facts_realistic_"))
    atexit.register(shutil.rmtree, folder, True)
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        tar.extractall(folder, filter="data")
    src = str(folder / "src")
    sys.path.insert(0, src)
    os.environ["PYTHONPATH"] = os.pathsep.join(p for p in (src, os.environ.get("PYTHONPATH")) if p)
    return folder


def measured_code(rev: str | None) -> dict:
    """Which newsbrief was measured: where it was imported from, the revision asked for, or
    else the repository's HEAD and how many files under src/ differ from it (0: HEAD exactly)."""
    import newsbrief

    def git(*args: str) -> str:
        done = subprocess.run(["git", "-C", str(ROOT), *args], capture_output=True, text=True, check=False)
        return done.stdout.strip()

    package = Path(newsbrief.__file__).resolve().parent
    if rev:
        return {"package": str(package), "revision": git("rev-parse", "--short", rev)}
    return {"package": str(package), "head": git("rev-parse", "--short", "HEAD"),
            "src_files_changed_from_head": len(git("status", "--porcelain", "--", "src").splitlines())}


def ratio(part: float, whole: float) -> float:
    return round(part / whole, 3) if whole else 0.0


def summarise(per_cluster: dict[str, dict], folder: Path = REALISTIC) -> dict:
    by_kind: dict[str, Counter] = defaultdict(Counter)
    for result in per_cluster.values():
        for p in result["planted"]:
            by_kind[p["kind"]].update(planted=1, found=int(p["found"]), strict=int(p["strict"]), found_any=int(p["found_any"]))
    total = sum(by_kind.values(), Counter())
    clusters = len(per_cluster)
    leaks_by_section = Counter(leak["section"] for r in per_cluster.values() for leak in r["leaks"])
    variants = sum(len(a["group"]) - 1 for r in per_cluster.values() for a in r["aliases"])
    merged = sum(len(a["merged"]) for r in per_cluster.values() for a in r["aliases"])
    friend_alarms = sum(len(r["false_friend_alarms"]) for r in per_cluster.values())
    unmatched = sum(len(r["unmatched_alarms"]) for r in per_cluster.values())
    return {
        "clusters": clusters,
        "articles": sum(len(list((folder / "clusters" / c).iterdir())) for c in per_cluster),
        "planted": total["planted"], "found": total["found"], "strict": total["strict"], "found_any": total["found_any"],
        "recall": ratio(total["found"], total["planted"]),
        "strict_recall": ratio(total["strict"], total["planted"]),
        "recall_any_label": ratio(total["found_any"], total["planted"]),
        "false_alarms_per_cluster": ratio(friend_alarms + unmatched, clusters),
        "false_friend_alarms_per_cluster": ratio(friend_alarms, clusters),
        "unmatched_alarms_per_cluster": ratio(unmatched, clusters),
        "spelling_alarms": sum(len(r["spelling_alarms"]) for r in per_cluster.values()),
        "false_friends": sum(len(load_key(c, folder)["false_friends"]) for c in per_cluster),
        "false_friends_labelled_benign": sum(len(r["false_friends_labelled_benign"]) for r in per_cluster.values()),
        "furniture_leaks": sum(leaks_by_section.values()),
        "furniture_leaks_by_section": dict(leaks_by_section),
        "clusters_with_leaks": sum(1 for r in per_cluster.values() if r["leaks"]),
        "alias_variants": variants, "alias_merged": merged, "alias_recall": ratio(merged, variants),
        "by_kind": {k: {**by_kind[k], "recall": ratio(by_kind[k]["found"], by_kind[k]["planted"]),
                        "strict_recall": ratio(by_kind[k]["strict"], by_kind[k]["planted"])}
                    for k in [*KINDS, *sorted(set(by_kind) - set(KINDS))] if k in by_kind},
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cli", action="store_true", help="run the newsbrief command for each cluster")
    parser.add_argument("--cluster", action="append", help="only this cluster (repeatable)")
    parser.add_argument("--rev", help="measure src/ as it is at this git revision (e.g. HEAD), not the working tree")
    parser.add_argument("--set", choices=sorted(SETS), default="realistic", dest="cluster_set",
                        help="realistic (benchmarks/realistic/, the default), tune2 (also tuned on), or check, "
                             "check2, check3 or check4 (benchmarks/realistic-check*/, measurement only)")
    parser.add_argument("--out", type=Path, default=None,
                        help="results file (default benchmarks/results/facts_realistic.json, or facts_realistic-SET.json with --set SET)")
    args = parser.parse_args(argv)
    folder = SETS[args.cluster_set]
    ids = args.cluster or cluster_ids(folder)
    unknown = [c for c in ids if not (folder / "keys" / f"{c}.json").is_file()]
    if unknown:
        print(f"facts_realistic: no key for {', '.join(unknown)} (known: {', '.join(cluster_ids(folder))})", file=sys.stderr)
        return 2
    try:
        if args.rev:
            use_revision(args.rev)
        run = run_cli if args.cli else InProcess()
        shared = common_furniture(folder)
        per_cluster, started = {}, time.process_time()
        wall = time.perf_counter()
        for cluster in ids:
            per_cluster[cluster] = score_cluster(run(folder / "clusters" / cluster), load_key(cluster, folder), shared)
    except (ValueError, RuntimeError, OSError) as error:
        print(f"facts_realistic: {error}", file=sys.stderr)
        return 2
    summary = summarise(per_cluster, folder)
    summary["set"] = args.cluster_set
    summary["mode"] = "cli" if args.cli else "in-process"
    summary["measured"] = measured_code(args.rev)
    summary["cpu_seconds"] = round(time.process_time() - started, 1)
    summary["wall_seconds"] = round(time.perf_counter() - wall, 1)

    print_table(["kind", "planted", "found", "recall", "strict", "strict recall", "found, any label"],
                [[k, v["planted"], v["found"], f"{v['recall']:.2f}", v["strict"], f"{v['strict_recall']:.2f}", v["found_any"]]
                 for k, v in summary["by_kind"].items()]
                + [["all", summary["planted"], summary["found"], f"{summary['recall']:.2f}", summary["strict"],
                    f"{summary['strict_recall']:.2f}", summary["found_any"]]])
    print()
    print_table(["measure", "value"], [
        ["clusters / articles", f"{summary['clusters']} / {summary['articles']}"],
        ["false alarms per cluster (false friends + unmatched)",
         f"{summary['false_alarms_per_cluster']:.2f} ({summary['false_friend_alarms_per_cluster']:.2f} + "
         f"{summary['unmatched_alarms_per_cluster']:.2f})"],
        ["spelling entries matching nothing planted", summary["spelling_alarms"]],
        ["false friends labelled benign", f"{summary['false_friends_labelled_benign']} of {summary['false_friends']}"],
        ["furniture leaks (clusters with any)", f"{summary['furniture_leaks']} ({summary['clusters_with_leaks']})"],
        ["leaks by section", ", ".join(f"{k} {v}" for k, v in sorted(summary["furniture_leaks_by_section"].items())) or "none"],
        ["alias recall", f"{summary['alias_recall']:.2f} ({summary['alias_merged']} of {summary['alias_variants']})"],
    ])
    path = write_results(args.out or RESULT_NAMES[args.cluster_set], {"summary": summary, "clusters": per_cluster})
    print(f"\nwrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
