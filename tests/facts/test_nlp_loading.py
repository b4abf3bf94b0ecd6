"""How spaCy is brought up for the facts stage: without its command line, with a
bare tokenizer that the model's own file fills, and the same analysis either way."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

from newsbrief.facts import FactsConfig, FactsUnavailable
from newsbrief.facts import nlp

TEXTS = (
    "Police in Sesto San Giovanni said Anis Amri, 24, was shot dead on Friday.",
    "Airbus will pay between €12 million and €20 million (about US$16 million to $28 million).",
    "Dr. Smith's e-mail (http://example.com/a?b=1) said: \"don't go\" -- at 5:30 p.m. U.S. time.",
    "Mrs. O'Neill can't attend; she'll arrive Jan. 3rd, 2009, with 1,200 troops.",
)


def _model_or_skip() -> None:
    try:
        nlp.load(FactsConfig().model)
    except FactsUnavailable:
        pytest.skip("spaCy model missing: pip install 'newsbrief[facts]'", allow_module_level=True)


_model_or_skip()


def _run(code: str) -> dict:
    out = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, check=True,
                         timeout=300)
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_spacy_is_imported_without_its_command_line_which_still_imports_when_asked():
    answer = _run(f"""
        import json, sys
        from newsbrief.facts import nlp
        nlp.load({FactsConfig().model!r})
        import spacy
        before = sorted(m for m in sys.modules if m.startswith("spacy.cli"))
        has_cli_attribute = hasattr(spacy, "cli")
        import spacy.cli
        print(json.dumps({{"before": before, "attribute": has_cli_attribute,
                          "download": callable(spacy.cli.download), "info": callable(spacy.info),
                          "info_is_ours": spacy.info is nlp._spacy_info}}))
    """)
    assert answer == {"before": [], "attribute": False, "download": True, "info": True, "info_is_ours": True}


def test_spacy_that_needs_its_command_line_at_import_is_imported_as_it_is(tmp_path):
    package = tmp_path / "spacy"
    (package / "cli").mkdir(parents=True)
    (package / "__init__.py").write_text("from .cli.info import info\nfrom .cli.download import download\n")
    (package / "cli" / "__init__.py").write_text("REAL = True\n")
    (package / "cli" / "info.py").write_text("def info():\n    return 'real info'\n")
    (package / "cli" / "download.py").write_text("def download():\n    return 'real download'\n")
    answer = _run(f"""
        import json, sys
        sys.path.insert(0, {str(tmp_path)!r})
        from newsbrief.facts import nlp
        spacy = nlp._import_spacy()
        print(json.dumps({{"info": spacy.info(), "download": spacy.download(), "real_cli": spacy.cli.REAL}}))
    """)
    assert answer == {"info": "real info", "download": "real download", "real_cli": True}


def test_bare_tokenizer_gives_the_same_tokens_and_analysis_as_the_default_one():
    import spacy

    ours = nlp.load(FactsConfig().model)
    default = spacy.load(FactsConfig().model, exclude=["parser", "lemmatizer", "attribute_ruler", "senter"])
    assert ours.pipe_names == default.pipe_names == ["tok2vec", "tagger", "ner"]
    assert ours.tokenizer.rules == default.tokenizer.rules
    for text in TEXTS:
        assert [t.text for t in ours.tokenizer(text)] == [t.text for t in default.tokenizer(text)]
    assert [nlp._entities(d) for d in ours.pipe(TEXTS)] == [nlp._entities(d) for d in default.pipe(TEXTS)]
