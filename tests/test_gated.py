"""A gated pattern answers as its bare pattern: every string the pattern matches
holds one of the gate's literals."""

from __future__ import annotations

import importlib
import pkgutil
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsbrief
from newsbrief.gated import Gated


def _gated_patterns() -> dict[str, Gated]:
    """Every module-level Gated of the package, by module and name."""
    found = {}
    for info in pkgutil.walk_packages(newsbrief.__path__, "newsbrief."):
        if info.name.startswith(("newsbrief.service", "newsbrief.scaleout", "newsbrief.training")):
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, Gated):
                found[f"{info.name}.{name}"] = value
    return found


GATED = _gated_patterns()


def test_the_furniture_patterns_are_gated():
    assert {"newsbrief.summarize.fragments.glued._MARKER", "newsbrief.clean.furniture._CHROME_SENTENCE",
            "newsbrief.summarize.fragments.bylines._BYLINE", "newsbrief.summarize.fragments.credits._CREDIT"} <= set(GATED)


@pytest.mark.parametrize("name", sorted(GATED))
def test_every_match_passes_the_gate(name):
    gated = GATED[name]

    @settings(max_examples=1500, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.from_regex(gated.pattern))
    def check(text):
        assert gated.could_match(text), f"{text!r} matches {name} but holds none of its literals"
        assert gated.search(text) is not None

    check()


@pytest.mark.parametrize("text", ["İMAGE CAPTION the mayor spoke", "Story Highlights the mayor spoke",
                                  "GETTY a newly filed lawsuit"])
def test_case_is_folded_as_the_pattern_folds_it(text):
    gated = GATED["newsbrief.summarize.fragments.glued._MARKER"]
    assert bool(gated.search(text)) == bool(gated.pattern.search(text)) is True


def test_text_without_a_literal_is_not_searched():
    gated = Gated(re.compile(r"\bcopyright\b|^\s*page \d+", re.IGNORECASE), ("copyright", "page "))
    assert gated.search("The storm hit the coast on Monday.") is None
    assert gated.match("Page 2 of the report") is not None


def test_a_caseless_gate_needs_lower_case_literals():
    with pytest.raises(ValueError):
        Gated(re.compile("Getty", re.IGNORECASE), ("Getty",))
