"""Store a judge's labels for one packet under the items' content keys.

    .venv/bin/python benchmarks/reader/add_labels.py benchmarks/reader/packets/before-briefs-1.md answer.json --judge J1

The answer is the judge's labels for that packet, by item number (briefs: ``"cluster"``) or pair
number (pairs: ``"n"``), in the rubric's form (../shared/READER_EVAL.md): a JSON list, one JSON
object a line, or either inside a Markdown code fence. Every label is checked (a brief's label
must have one entry per sentence of its item) before any is stored; then each is appended to
labels-briefs.jsonl or labels-pairs.jsonl with its key, the judge's name and the packet. A key
that already has a label keeps it (the new one is reported and left out).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from items import BRIEF_LABELS, OUT, PAIR_LABELS, labelled_keys  # noqa: E402

PAIR_ANSWERS = ("yes", "partial", "no")
_FENCE = re.compile(r"^\s*```[A-Za-z]*\s*$", re.MULTILINE)


class BadAnswer(ValueError):
    """The judge's answer cannot be stored; the message says which label and why."""


def parse_answer(text: str) -> list[dict]:
    """The labels of a judge's answer: a JSON list of objects, or one object a line;
    Markdown code fences around them are ignored."""
    text = _FENCE.sub("", text).strip()
    if not text:
        raise BadAnswer("the answer is empty")
    try:
        value = json.loads(text)
    except json.JSONDecodeError:
        value = []
        for number, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                value.append(json.loads(line))
            except json.JSONDecodeError as error:
                raise BadAnswer(f"line {number} is not JSON ({error.msg})") from None
    if isinstance(value, dict):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(label, dict) for label in value):
        raise BadAnswer("the answer must be a list of label objects")
    return value


def _flag(label: dict, field: str, where: str) -> bool:
    value = label.get(field)
    if not isinstance(value, bool):
        raise BadAnswer(f"{where}: {field!r} must be true or false, not {json.dumps(value)}")
    return value


def _why(label: dict, where: str) -> str:
    why = label.get("why", "")
    if not isinstance(why, str):
        raise BadAnswer(f"{where}: 'why' must be a string")
    return why


def check_brief(label: dict, sentences: int, where: str) -> dict:
    """A brief's label in the rubric's form, with one entry per sentence of its item."""
    entries = label.get("sentences")
    if not isinstance(entries, list):
        raise BadAnswer(f"{where}: 'sentences' must be a list")
    if len(entries) != sentences:
        raise BadAnswer(f"{where}: {len(entries)} sentence labels for an item of {sentences} sentences")
    checked = []
    for k, entry in enumerate(entries, 1):
        at = f"{where}, sentence {k}"
        if not isinstance(entry, dict):
            raise BadAnswer(f"{at}: not an object")
        checked.append({field: _flag(entry, field, at) for field in ("dangling", "repeat", "fragment")}
                       | {"why": _why(entry, at)})
    return {"cluster": label["cluster"], "opening_ok": _flag(label, "opening_ok", where), "sentences": checked}


def check_pair(label: dict, where: str) -> dict:
    """A pair's label in the rubric's form; ``contradicts`` may be left out (false) except on "no"."""
    answer = label.get("label")
    if answer not in PAIR_ANSWERS:
        raise BadAnswer(f"{where}: 'label' must be one of {', '.join(PAIR_ANSWERS)}, not {json.dumps(answer)}")
    contradicts = label.get("contradicts", False)
    if not isinstance(contradicts, bool):
        raise BadAnswer(f"{where}: 'contradicts' must be true or false")
    if contradicts and answer != "no":
        raise BadAnswer(f"{where}: 'contradicts' is true but the label is {answer!r} (the rubric says no)")
    return {"n": label["n"], "label": answer, "contradicts": contradicts, "why": _why(label, where)}


def read_keys(packet: Path) -> dict:
    """The packet's number-to-key map, written beside it by make_items.py."""
    keys = packet.parent / "keys" / f"{packet.stem}.json"
    if not keys.is_file():
        raise BadAnswer(f"{packet}: no key map {keys} (was the packet written by make_items.py?)")
    try:
        return json.loads(keys.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise BadAnswer(f"{keys}: not the JSON make_items.py writes ({error.msg})") from None


def match(packet: Path, labels: list[dict], judge: str) -> tuple[Path, list[dict], list[int]]:
    """The rows to append for a packet's labels, where they go, and the item numbers left unlabelled."""
    keys = read_keys(packet)
    kind = keys["kind"]
    items = {item["n"]: item for item in keys["items"]}
    field = "cluster" if kind == "briefs" else "n"
    rows, seen = [], set()
    for position, label in enumerate(labels, 1):
        number = label.get(field)
        where = f"label {position} ({field} {json.dumps(number)})"
        if isinstance(number, bool) or not isinstance(number, int) or number not in items:
            raise BadAnswer(f"{where}: {packet.name} has no {'item' if kind == 'briefs' else 'pair'} of that number "
                            f"(1 to {len(items)})")
        if number in seen:
            raise BadAnswer(f"{where}: labelled twice")
        seen.add(number)
        item = items[number]
        checked = check_brief(label, item["sentences"], where) if kind == "briefs" else check_pair(label, where)
        rows.append({"key": item["key"], "judge": judge, "packet": packet.name, **checked})
    return (BRIEF_LABELS if kind == "briefs" else PAIR_LABELS), rows, sorted(set(items) - seen)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("packet", type=Path, help="the packet the judge answered (packets/L-briefs-K.md or -pairs-K.md)")
    parser.add_argument("answer", type=Path, help="the judge's labels (JSON list or JSON lines)")
    parser.add_argument("--judge", required=True, help="the judge's name, stored with each label")
    parser.add_argument("--labels-dir", type=Path, default=OUT, help=argparse.SUPPRESS)
    args = parser.parse_args()
    try:
        answer = args.answer.read_text(encoding="utf-8")
        target, rows, missing = match(args.packet, parse_answer(answer), args.judge)
    except (OSError, UnicodeDecodeError) as error:
        print(f"add_labels: cannot read {error.filename or args.answer}: {error}", file=sys.stderr)
        return 2
    except BadAnswer as error:
        print(f"add_labels: {args.answer}: {error}; nothing was stored", file=sys.stderr)
        return 2
    target = args.labels_dir / target.name
    done = labelled_keys(target)
    fresh = [row for row in rows if row["key"] not in done]
    with target.open("a", encoding="utf-8") as out:
        out.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in fresh)
    print(f"{len(fresh)} labels added to {target.name}" + (f"; {len(rows) - len(fresh)} already labelled, kept"
                                                           if len(rows) > len(fresh) else ""))
    if missing:
        print(f"not labelled in {args.packet.name}: {', '.join(map(str, missing))}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
