"""Static sentence embeddings: the shipped model, what it says about meaning, and
how loading behaves offline and when something is missing."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys

import numpy as np
import pytest

from newsbrief.represent import embeddings
from newsbrief.represent.embeddings import EmbeddingsUnavailable, embed, load_encoder, packaged_folder

VANISHED = "The Airbus A330 with 228 people aboard vanished from radar over the Atlantic Ocean."
DISAPPEARED = "An Air France jet carrying 228 passengers and crew disappeared from radar above the ocean."
UNRELATED = "Shares in the regional bank fell sharply after it reported a quarterly loss."


def test_rows_are_unit_length_and_a_text_without_pieces_is_zero() -> None:
    vectors = embed([VANISHED, "", UNRELATED])
    assert vectors.dtype == np.float32 and vectors.shape == (3, load_encoder().dim)
    assert np.allclose(np.linalg.norm(vectors[[0, 2]], axis=1), 1.0, atol=1e-5)
    assert not vectors[1].any()


def test_the_same_event_in_other_words_is_closer_than_another_story() -> None:
    a, b, c = embed([VANISHED, DISAPPEARED, UNRELATED])
    assert a @ b > a @ c + 0.2


def test_no_text_gives_no_rows() -> None:
    assert embed([]).shape == (0, load_encoder().dim)


def test_the_shipped_files_are_the_ones_the_build_recorded() -> None:
    """scripts/build_sentence_model.py writes build.json with each file's checksum;
    a model changed by hand (or half copied) would not match it."""
    folder = packaged_folder()
    card = json.loads((folder / "build.json").read_text(encoding="utf-8"))
    for name, recorded in card["files"].items():
        assert hashlib.sha256((folder / name).read_bytes()).hexdigest() == recorded["sha256"], name
    assert "# static-minilm" in (folder / "README.md").read_text(encoding="utf-8")


def test_a_missing_model_folder_is_a_clear_error(tmp_path) -> None:
    with pytest.raises(EmbeddingsUnavailable, match="build_sentence_model.py"):
        load_encoder(str(tmp_path / "nowhere"))


def test_a_damaged_model_is_a_clear_error(tmp_path) -> None:
    for name in embeddings.REQUIRED:
        (tmp_path / name).write_text("not a model", encoding="utf-8")
    with pytest.raises(EmbeddingsUnavailable, match="cannot be read"):
        load_encoder(str(tmp_path))


def test_without_model2vec_the_error_says_how_to_bring_it_back(monkeypatch) -> None:
    load_encoder.cache_clear()
    monkeypatch.setitem(sys.modules, "model2vec", None)
    try:
        with pytest.raises(EmbeddingsUnavailable, match="pip install newsbrief"):
            load_encoder()
    finally:
        load_encoder.cache_clear()


def test_loading_leaves_the_hub_setting_as_it_was(monkeypatch) -> None:
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    load_encoder.cache_clear()
    load_encoder()
    assert "HF_HUB_OFFLINE" not in os.environ


def test_loading_and_encoding_open_no_socket() -> None:
    """In a fresh process where any connection or name look-up fails, the model still loads and encodes."""
    code = (
        "import socket\n"
        "def refuse(*args, **kwargs):\n"
        "    raise OSError('network used')\n"
        "socket.socket.connect = socket.socket.connect_ex = refuse\n"
        "socket.create_connection = socket.getaddrinfo = refuse\n"
        "from newsbrief.represent.embeddings import embed\n"
        f"print(embed([{VANISHED!r}]).shape[0])\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("HF_")}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "1"


def test_the_shared_memo_embeds_each_text_once_and_answers_as_embed(monkeypatch) -> None:
    texts = ["The plane vanished from radar.", "Ships searched the ocean.", "The plane vanished from radar."]
    expected = embeddings.embed(texts)
    seen: list[str] = []
    real = embeddings.embed
    monkeypatch.setattr(embeddings, "embed", lambda batch, path=None: seen.extend(batch) or real(batch, path))
    memo = embeddings.SentenceEmbeddings()
    assert np.allclose(memo(texts), expected)
    assert np.allclose(memo(texts[1:]), expected[1:])
    assert sorted(seen) == sorted(set(texts))
    assert memo([]).shape == (0, expected.shape[1])
