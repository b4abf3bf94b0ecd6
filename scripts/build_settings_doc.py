#!/usr/bin/env python3
"""Write docs/settings.md, every setting of newsbrief once, from the config tree's
declarations: its CLI option, its service request field, its default, its valid
values and what it does. tests/test_design.py fails when the page is out of date.

    .venv/bin/python scripts/build_settings_doc.py
"""

from __future__ import annotations

import sys
from dataclasses import MISSING
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsbrief.config import SECTIONS, declared  # noqa: E402
from newsbrief.config_args import flag  # noqa: E402

TARGET = ROOT / "docs" / "settings.md"
TITLES = {"": "Summary", "facts": "Facts", "stories": "Stories", "service": "Service"}
WHERE = {
    "": "`newsbrief brief`, `batch`, `eval`, `stories`; in a service request as the field of the same name",
    "facts": "`newsbrief brief`, `stories`, `batch --output brief`; a service request has `facts` (true/false) only",
    "stories": "`newsbrief stories` (after its `--level` preset)",
    "service": "`newsbrief serve`",
}


def _default(item) -> str:
    if item.default_factory is not MISSING:
        return "one per core" if item.name == "workers" else repr(item.default_factory())
    return "none" if item.default is None else str(item.default).lower() if isinstance(item.default, bool) else repr(item.default)


def _values(item) -> str:
    meta = item.metadata
    if meta["choices"]:
        return " / ".join(f"`{choice}`" for choice in meta["choices"])
    bounds = []
    if meta["low"] is not None:
        bounds.append(f">= {meta['low']:g}")
    if meta["above"] is not None:
        bounds.append(f"> {meta['above']:g}")
    if meta["high"] is not None:
        bounds.append(f"<= {meta['high']:g}")
    return ", ".join(bounds) or str(item.type).replace(" | None", " or none")


def render() -> str:
    lines = ["# Settings", "",
             "Every setting of newsbrief, once: one name and one default in the Python API "
             "(`newsbrief.Config`), the CLI and the service. Made by `scripts/build_settings_doc.py` "
             "from `src/newsbrief/config.py`; a value outside its range is refused with a message "
             "naming what is allowed.", ""]
    for section, kind in SECTIONS.items():
        attribute = f"Config.{section}." if section else "Config."
        lines += [f"## {TITLES[section]} (`{attribute}NAME`)", "", f"Given in: {WHERE[section]}.", "",
                  "| setting | option | default | values | what it does |", "|---|---|---|---|---|"]
        for item in declared(kind):
            option = flag(section, item, own="service")
            if section == "facts" and item.name == "enabled":
                option = "`--facts` / `--no-facts`"
            else:
                option = f"`{option}`"
            request = "" if item.metadata["request"] or section else " (not in service requests)"
            lines.append(f"| `{item.name}` | {option} | {_default(item)} | {_values(item)} | "
                         f"{item.metadata['doc'].replace('|', '/')}{request} |")
        lines.append("")
    return "\n".join(lines)


if __name__ == "__main__":
    TARGET.write_text(render(), encoding="utf-8")
    print(f"wrote {TARGET}")
