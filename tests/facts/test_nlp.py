"""The spaCy analysis the facts stage reads: entities everywhere, tags where asked,
the same whichever way the work is split."""

from __future__ import annotations

import pytest

from newsbrief.facts import FactsConfig, FactsUnavailable
from newsbrief.facts import nlp
from newsbrief.model import Sentence

try:
    nlp.load(FactsConfig().model)
except FactsUnavailable:
    pytest.skip("spaCy model missing: pip install 'newsbrief[facts]'", allow_module_level=True)

TEXTS = (
    "Anis Amri, 24, was shot dead by police in Sesto San Giovanni on Friday.",
    "The search continued across the Atlantic without result.",
    'A police spokesman said "the suspect was armed" when officers stopped him.',
    "Rescue teams found wreckage but no survivors.",
    "Two hundred soldiers joined the search near Recife.",
)


def needs_tags(text: str, labels: frozenset[str]) -> bool:
    """A rule of the kind a caller passes: tags for sentences with a digit or a person."""
    return any(c.isdigit() for c in text) or "PERSON" in labels


def sentences(texts=TEXTS) -> list[Sentence]:
    return [Sentence(f"a{i}", i, 0, 0, len(t), t) for i, t in enumerate(texts)]


@pytest.fixture(autouse=True)
def empty_cache():
    nlp._CACHE.clear()
    yield
    nlp._CACHE.clear()


def test_tags_only_where_asked_and_entities_everywhere():
    tagged = nlp.parse(sentences(), FactsConfig().model)
    nlp._CACHE.clear()
    partly = nlp.parse(sentences(), FactsConfig().model, tag_if=needs_tags)
    for full, some in zip(tagged, partly):
        assert [(t.start, t.end, t.text) for t in full.tokens] == [(t.start, t.end, t.text) for t in some.tokens]
        assert full.ents == some.ents
        asked = needs_tags(full.sentence.text, frozenset(label for *_, label in full.ents))
        assert [t.tag for t in some.tokens] == ([t.tag for t in full.tokens] if asked else [""] * len(full.tokens))
    assert all(t.tag for t in tagged[0].tokens)
    assert not any(t.tag for t in partly[1].tokens)


def test_untagged_cache_entry_is_tagged_when_tags_are_asked_for():
    nlp.parse(sentences(), FactsConfig().model, tag_if=lambda text, labels: False)
    again = nlp.parse(sentences(), FactsConfig().model)
    assert all(t.tag for item in again for t in item.tokens)


def test_both_cores_give_the_same_analysis(monkeypatch):
    many = sentences([f"{text} ({k})" for k in range(12) for text in TEXTS])
    alone = nlp.parse(many, FactsConfig().model, tag_if=needs_tags)
    nlp._CACHE.clear()
    monkeypatch.setattr(nlp, "PARALLEL_FROM", 10)
    monkeypatch.setattr(nlp, "_cores", lambda: 2)
    together = nlp.parse(many, FactsConfig().model, tag_if=needs_tags)
    assert together == alone


_BACKGROUND_RUN = """
import json, sys
from newsbrief.facts import nlp
from newsbrief.model import Sentence
texts = json.loads(sys.argv[1])
started = nlp.load_in_background(sys.argv[2])
parsed = nlp.parse([Sentence(f"a{i}", i, 0, 0, len(t), t) for i, t in enumerate(texts)], sys.argv[2])
print(json.dumps({"started": started, "loaded_here": nlp.load.cache_info().currsize,
                  "sys_modules_spacy": "spacy" in sys.modules,
                  "parsed": [[[[t.start, t.end, t.text, t.tag] for t in p.tokens], [list(e) for e in p.ents]] for p in parsed]}))
"""


def test_background_process_analyses_for_a_one_off_run():
    import json
    import subprocess
    import sys

    if nlp._cores() < 2:
        pytest.skip("one core: nothing runs in the background")
    out = subprocess.run([sys.executable, "-c", _BACKGROUND_RUN, json.dumps(TEXTS), FactsConfig().model],
                         capture_output=True, text=True, check=True, timeout=300)
    answer = json.loads(out.stdout)
    assert answer["started"] and not answer["loaded_here"] and not answer["sys_modules_spacy"]
    here = nlp.parse(sentences(), FactsConfig().model)
    assert answer["parsed"] == [[[[t.start, t.end, t.text, t.tag] for t in p.tokens], [list(e) for e in p.ents]] for p in here]


def test_no_background_process_once_the_model_is_loaded():
    assert not nlp.load_in_background(FactsConfig().model)
