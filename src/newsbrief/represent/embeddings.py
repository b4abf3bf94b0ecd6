"""Sentence embeddings from a static model: the normalised mean of a sentence's
word-piece vectors, read from a table distilled from all-MiniLM-L6-v2
(``scripts/build_sentence_model.py``; the card is ``models/static-minilm/README.md``).

No transformer runs and nothing is downloaded: the model is read from a local
folder, once per process, with the Hugging Face hub client held offline. It needs
the ``model2vec`` package (a core dependency, without torch).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np

from newsbrief.errors import Unavailable

MODEL_FOLDER = "static-minilm"
REQUIRED = ("model.safetensors", "tokenizer.json", "config.json")


class EmbeddingsUnavailable(Unavailable):
    """The sentence-embedding model cannot be loaded (model2vec or the model's files are missing)."""


def packaged_folder() -> Path:
    """The model folder shipped in ``newsbrief/models``."""
    return Path(str(resources.files("newsbrief") / "models" / MODEL_FOLDER))


@contextmanager
def _hub_offline() -> Iterator[None]:
    """HF_HUB_OFFLINE=1 while the model loads: if anything in the loader ever looked
    past the local folder, it would fail at once instead of reaching the network."""
    saved = os.environ.get("HF_HUB_OFFLINE")
    os.environ["HF_HUB_OFFLINE"] = "1"
    try:
        yield
    finally:
        if saved is None:
            os.environ.pop("HF_HUB_OFFLINE", None)
        else:
            os.environ["HF_HUB_OFFLINE"] = saved


@lru_cache(maxsize=4)
def load_encoder(path: str | None = None):
    """The model2vec ``StaticModel`` in the folder ``path`` (default: the packaged one),
    loaded once per process; EmbeddingsUnavailable, saying what to do, when it cannot be."""
    folder = Path(path) if path else packaged_folder()
    missing = [name for name in REQUIRED if not (folder / name).is_file()]
    if missing:
        raise EmbeddingsUnavailable(f"no sentence-embedding model at {folder} (missing {', '.join(missing)}); "
                                    "build one with scripts/build_sentence_model.py")
    with _hub_offline():
        try:
            from model2vec import StaticModel
            from safetensors.numpy import load_file
            from tokenizers import Tokenizer
        except ImportError as error:
            raise EmbeddingsUnavailable("sentence embeddings need model2vec, which newsbrief declares as a "
                                        "dependency; reinstall newsbrief (pip install newsbrief) to bring it back") from error
        # Built from its three files rather than by StaticModel.from_pretrained, which would
        # import the Hugging Face hub client (two thirds of the load time) to read the card.
        try:
            config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
            tensors = load_file(str(folder / "model.safetensors"))
            return StaticModel(vectors=tensors["embeddings"], tokenizer=Tokenizer.from_file(str(folder / "tokenizer.json")),
                               config=config, normalize=True, weights=tensors.get("weights"),
                               token_mapping=tensors.get("mapping"), max_length=config.get("max_length", 512))
        except Exception as error:  # a damaged file: safetensors, tokenizers and json each raise their own kind
            raise EmbeddingsUnavailable(f"the sentence-embedding model at {folder} cannot be read: {error}") from error


def embed(texts: Sequence[str], path: str | None = None) -> np.ndarray:
    """One unit-length float32 row per text (all zeros for a text with no word piece
    the model knows), so that a product of rows is their cosine."""
    if not texts:
        return np.zeros((0, load_encoder(path).dim), dtype=np.float32)
    vectors = np.asarray(load_encoder(path).encode(list(texts), use_multiprocessing=False), dtype=np.float32)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return np.divide(vectors, norms, out=np.zeros_like(vectors), where=norms > 0)


class SentenceEmbeddings:
    """The embeddings of one cluster's sentences, each text embedded once however
    many steps compare it by meaning (the repeats of the choice, then the badges)."""

    def __init__(self, path: str | None = None) -> None:
        self.path = path
        self._rows: dict[str, np.ndarray] = {}

    def __call__(self, texts: Sequence[str]) -> np.ndarray:
        """``embed(texts)``, embedding only the texts not seen before."""
        missing = [text for text in dict.fromkeys(texts) if text not in self._rows]
        if missing:
            self._rows.update(zip(missing, embed(missing, self.path)))
        if not texts:
            return embed([], self.path)
        return np.stack([self._rows[text] for text in texts])
